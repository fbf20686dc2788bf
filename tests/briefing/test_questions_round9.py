"""Open questions from news formulas: withheld comment, bail dates, unknown causes, split that-clauses."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def asked(*paragraphs: str) -> set[str]:
    return {q.question for q in extract(make("Test", *paragraphs)).open_questions}


def test_withheld_comment_is_open(nlp):
    got = asked(
        "The company declined to comment on the lawsuit.",
        "The embassy did not immediately respond to questions about the arrests.",
        "A spokeswoman for the ministry did not respond to a request for comment.",
        "Officials have refused to comment on the investigation so far.",
    )
    assert "Why did the company decline to comment on the lawsuit?" in got
    assert "Will the embassy respond to questions about the arrests?" in got
    assert "Will the spokeswoman for the ministry respond?" in got
    assert "Why have officials refused to comment on the investigation?" in got


def test_comment_given_is_not_open(nlp):
    got = asked("The company commented on the lawsuit on Monday.", "The embassy responded to the questions quickly.")
    assert not any("comment" in q or "respond" in q for q in got)


def test_bail_until_a_date_asks_about_charges(nlp):
    got = asked(
        "On Friday officers arrested a 40-year-old woman on suspicion of fraud, and released her on bail till June.",
        "The man was released on bail until March 3 while inquiries continue.",
    )
    assert "Will the 40-year-old woman be charged by June?" in got
    assert "Will the man be charged by March 3?" in got


def test_bail_after_charge_is_no_charging_question(nlp):
    got = asked("The driver was charged with dangerous driving and released on bail until 4 April.")
    assert not any("be charged" in q for q in got)


def test_no_cause_known_asks_for_it(nlp):
    got = asked(
        "Police said no cause was immediately known for the blaze at the warehouse.",
        "No motive has been established for the shooting in the town.",
    )
    assert "What was the cause of the blaze?" in got
    assert "What was the motive for the shooting in the town?" in got


def test_unlikely_with_an_aside_before_the_that_clause(nlp):
    got = asked('"It is highly unlikely, in my view, that these wells were of major importance in farming."')
    assert "Were the wells of major importance in farming?" in got


def test_pending_decision_and_eligibility_to_appeal(nlp):
    got = asked(
        "The ruling is pending and expected in June of this year.",
        "The defendant is eligible to appeal.",
    )
    assert "How will the ruling turn out?" in got
    assert "Will the defendant appeal?" in got


def test_pending_case_without_outcome_noun_asks_nothing(nlp):
    assert not asked("The case is pending.")


def test_overtaken_predictions_and_hopes_are_settled(nlp):
    got = asked(
        "The wreck was found far from where the records initially predicted it would be.",
        "Officials had originally hoped the bridge would reopen in May.",
        "Forecasters predict the storm will reach the coast on Friday.",
    )
    assert got == {"Will the storm reach the coast on Friday?"}


def test_no_reason_to_expect_and_no_plans_are_negations(nlp):
    got = asked(
        "There was no reason for us to expect that a flood like this would happen.",
        "There is no reason to believe the dam will fail.",
        "The council has no plans to close the school.",
    )
    assert not got
    assert "Will the dam fail?" in asked("There is every reason to believe the dam will fail.")


def test_comma_before_noun_check_stops_at_the_sentence_root():
    """A parse whose root lies between a comma and the noun it heads must not hang."""
    from types import SimpleNamespace

    from briefing.extract.questions import _inside_np

    toks = [SimpleNamespace(i=i, pos_="NOUN", dep_="dep") for i in range(5)]
    doc = toks
    for t in toks:
        t.doc = doc
    # 0 <- 1 (comma) -> 4; token 2 is the root (its own head), token 3 hangs off it.
    toks[0].head, toks[1].head, toks[2].head = toks[4], toks[4], toks[2]
    toks[3].head, toks[4].head = toks[2], toks[2]
    toks[0].dep_ = "amod"
    assert _inside_np(toks[1]) is False
