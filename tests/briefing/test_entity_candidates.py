"""Entity candidates: the model's usual slips repaired, on short invented sentences."""

from __future__ import annotations

import pytest

from briefing.extract import extract, load_pipeline
from briefing.model import Block, Briefing


def make(title: str, *paragraphs: str) -> Briefing:
    return Briefing(title=title, blocks=(Block("title", title),) + tuple(Block("paragraph", p) for p in paragraphs))


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def analyse(*paragraphs: str, title: str = "Officials meet over port dispute"):
    return extract(make(title, *paragraphs))


def names(*paragraphs: str) -> set[str]:
    a = analyse(*paragraphs)
    return {x.name for x in a.actors} | {x.name for x in a.places}


def actors(*paragraphs: str) -> dict:
    return {a.name: a for a in analyse(*paragraphs).actors}


# Time zones after clock times are neither actors nor places.

@pytest.mark.parametrize("sentence", [
    "The ferry sank near the pier at 9:54 a.m. ET (1354 UTC) during a storm.",
    "The launch is set for 10 a.m. HKT on Friday, the agency said.",
    "Polling stations close at 8 p.m. PT and counting starts at 9 p.m. PT.",
    "The summit opens at 0900 GMT in Vienna.",
    "Voting ends at 7 p.m. EST, the board said.",
])
def test_time_zone_after_clock_time_is_nothing(nlp, sentence):
    got = names(sentence)
    assert not got & {"ET", "UTC", "HKT", "PT", "GMT", "EST"}


def test_source_after_clock_time_is_kept(nlp):
    assert "CNN" in actors("At 3 p.m. CNN reported that the bridge had reopened.")


def test_acronym_after_a_year_is_kept(nlp):
    assert "ISIS" in actors("In 2015 ISIS seized the town, officials said.")
