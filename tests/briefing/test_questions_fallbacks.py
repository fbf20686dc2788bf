"""Cues whose first phrasing gives up: a plural "they", an inquiry whose
runner is a quoted "we", a date expected for an event."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def questions(*paras):
    return [q.question for q in extract(make("Report", *paras)).open_questions]


def test_they_in_a_report_is_the_group_reporting(nlp):
    qs = questions("The bakery closed in March after the flood. Most of the workers in the town said "
                   "they would return to the bakery next year.")
    assert any(q.startswith("Will the workers in the town return to the bakery") for q in qs)


def test_sentence_opening_they_is_the_plural_subject_before(nlp):
    qs = questions("The two guards were released on Monday. The guards, although charged, are back at work. "
                   "They said they would seek a retrial of the case.")
    assert "Will the guards seek a retrial of the case?" in qs


def test_they_stays_unasked_without_a_plural_group(nlp):
    qs = questions("The river rose on Monday. They said they would seek a retrial of the case.")
    assert not any("seek a retrial" in q for q in qs)


def test_continuing_inquiry_asks_what_it_will_find(nlp):
    qs = questions('A spokesman for the harbour police said: "We are continuing to investigate this '
                   'collision and have spoken to both crews."')
    assert "What will the investigation into the collision find?" in qs


def test_past_inquiry_is_not_asked(nlp):
    qs = questions("The harbour police investigated the collision in 2015 and closed the case.")
    assert not any("investigation into the collision" in q for q in qs)


def test_expected_date_for_an_event(nlp):
    qs = questions("The mayor spoke on Monday. The current expected date for the reopening of the "
                   "central library is March 3.")
    assert "Will the reopening of the central library take place on March 3?" in qs


def test_reportedly_there_are_asks_whether_there_are(nlp):
    qs = questions("There are reportedly about 300 soldiers now in the valley.")
    assert "Are there about 300 soldiers now in the valley?" in qs


def test_reported_there_are_no_asks_nothing_of_it(nlp):
    qs = questions("There are reportedly no soldiers now in the valley.")
    assert not any(q.startswith("Are there") for q in qs)
