"""Open questions from estimated counts, argued or suggested claims, and shared objects."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def asked(*paragraphs: str) -> set[str]:
    return {q.question for q in extract(make("Test", *paragraphs)).open_questions}


def test_estimated_count_asks_how_many(nlp):
    got = asked(
        "The organisers estimated 3,000 people joined the march through the city centre.",
        "Police estimated 500 protesters were detained during the night.",
    )
    assert "How many people joined the march through the city centre?" in got
    assert "How many protesters were detained during the night?" in got


def test_estimate_without_a_count_is_no_count_question(nlp):
    got = asked("The engineer estimated the repairs would take a week.")
    assert not any(q.startswith("How many") for q in got)


def test_argued_and_suggested_content_is_open(nlp):
    got = asked(
        "Opposition lawmakers argued the new tax will hurt small farmers.",
        "Some researchers have suggested farmers raised or traded the horses to supply the army.",
    )
    assert "Will the new tax hurt small farmers?" in got
    assert "Did farmers raise or trade the horses to supply the army?" in got


def test_question_never_ends_on_a_stranded_preposition(nlp):
    got = asked("Local officials have suggested residents \"think about\" it when they travel.")
    assert not any(q.endswith("about?") for q in got)


def test_accused_of_an_act_asks_whether_it_happened(nlp):
    got = asked(
        "The mayor was later accused of hiding the contracts from auditors.",
        "The union has accused the airline of cutting safety checks.",
    )
    assert "Did the mayor hide the contracts from auditors?" in got
    assert "Did the airline cut safety checks?" in got
