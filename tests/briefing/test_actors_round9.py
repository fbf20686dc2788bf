"""Actors rules added for unseen news: sources the model leaves untagged, and more."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def actors(*paragraphs: str, title: str = "Storm floods coastal towns"):
    return {a.name: a for a in extract(make(title, *paragraphs)).actors}


def test_outlet_that_reported_is_an_actor(nlp):
    got = actors("The Valden Courier reported that two ferries sank in the storm.")
    assert "Valden Courier" in got


def test_journal_something_was_published_in_is_an_actor(nlp):
    got = actors("The survey, published on Friday in Coastal Dynamics, mapped the damage.")
    assert "Coastal Dynamics" in got


def test_lowercase_subject_of_reported_is_no_actor(nlp):
    got = actors("Residents reported that the river rose overnight in the valley.")
    assert not any(k.lower() == "residents" for k in got)
