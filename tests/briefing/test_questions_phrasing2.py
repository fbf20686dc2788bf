"""Open questions read as grammatical questions: wh-clauses asked directly,
numbers kept whole, the right subject, no clause cut off by an aside."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.questions import _drop_stray_wh
from tests.briefing.briefings import make


def _questions(nlp, *paragraphs: str) -> list[str]:
    return [q.question for q in extract(make("Harbour report", *paragraphs)).open_questions]


def test_questions_remain_asks_the_wh_clause(nlp):
    qs = _questions(nlp, "The port authority published its figures on Monday.",
                    "Analysts said questions remain how much money was received by the dock workers.")
    assert "How much money was received by the dock workers?" in qs, qs
    assert not any(q.startswith("Do questions remain") for q in qs), qs


def test_questions_remain_over_inverts(nlp):
    qs = _questions(nlp, "The port authority published its figures on Monday.",
                    "Questions remain about why the ferry turned back.")
    assert "Why did the ferry turn back?" in qs, qs


def test_coordinated_wh_clauses_each_inverted(nlp):
    qs = _questions(nlp, "The port authority published its figures on Monday.",
                    "Officials said it is unclear who fired first and why the guards left.")
    assert "Who fired first and why did the guards leave?" in qs, qs


def test_percent_sign_kept(nlp):
    qs = _questions(nlp, "The port authority published its figures on Monday.",
                    "A lawyer wrote that the board could raise fees by 5% next year.")
    assert any(q.endswith("5% next year?") for q in qs), qs


def test_bracketed_aside_does_not_cut_clause(nlp):
    qs = _questions(nlp, "The port authority published its figures on Monday.",
                    "A lawyer wrote that a single country could demand an online provider "
                    "(in this case a search engine) to take down an objectionable post.")
    assert any(q.endswith("provider to take down an objectionable post?") for q in qs), qs


def test_fronted_time_phrase_is_not_the_subject(nlp):
    qs = _questions(nlp, "The port authority published its figures on Monday.",
                    "Longer term, according to the harbour master, the goal is to double the cargo traffic.")
    assert "Will the goal to double the cargo traffic be met?" in qs, qs


def test_reduced_relative_is_not_the_verb(nlp):
    qs = _questions(nlp, "The port authority published its figures on Monday.",
                    "Detectives are examining whether a letter sent to the newspaper was written by the former clerk.")
    assert any(q.startswith("Was a letter") and q.endswith("written by the former clerk?") for q in qs), qs


def test_stray_wh_after_noun_phrase():
    assert _drop_stray_wh("Will the council like the plan or how it is funded?") == "Will the council like the plan?"
    assert _drop_stray_wh("Did the mayor explain why it failed and how it spread?") == \
        "Did the mayor explain why it failed and how it spread?"
    assert _drop_stray_wh("Will the board decide when and how to act?") == "Will the board decide when and how to act?"


def test_wh_object_of_modal_clause_is_asked(nlp):
    qs = _questions(nlp, "The port authority published its figures on Monday.",
                    "The Harbour Workers Union did not announce whom they would support to lead the board.")
    assert any(q.startswith("Whom would the Harbour Workers Union support") for q in qs), qs
    assert not any("support to lead" in q and q.startswith("Will") for q in qs), qs


def test_amount_split_by_tokenizer_kept_whole(nlp):
    qs = _questions(nlp, "The port authority published its figures on Monday.",
                    "Allegedly, the broker processed ₿4100 in fees and purchases.")
    assert any("₿4100" in q for q in qs), qs


def test_wh_pronoun_object_still_inverts(nlp):
    qs = _questions(nlp, "The port authority published its figures on Monday.",
                    "Officials said it is unclear what the inspectors found on the ship.")
    assert "What did the inspectors find on the ship?" in qs, qs
