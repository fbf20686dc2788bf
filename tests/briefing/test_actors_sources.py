"""Actors rules for sources the model leaves untagged: outlets that reported and
journals something was published in; a lower-case subject of "reported" is no actor."""

from __future__ import annotations

from functools import lru_cache

import pytest

from briefing.extract import extract
from tests.briefing.briefings import make

STORM = "Storm floods coastal towns"


@lru_cache(maxsize=None)
def found(title: str, *paragraphs: str) -> dict:
    """name -> actor (cached: extraction is pure)"""
    return {a.name: a for a in extract(make(title, *paragraphs)).actors}


def actors(*paragraphs: str, title: str) -> dict:
    return {a.name: a for a in extract(make(title, *paragraphs)).actors}


def case(name: str, *paragraphs: str, id: str, title: str):
    return pytest.param(title, paragraphs, name, id=id)


# Names that must be listed as actors.
PRESENT = [
    case(
        "Valden Courier",
        "The Valden Courier reported that two ferries sank in the storm.",
        id="outlet-that-reported-is-an-actor",
        title="Storm floods coastal towns",
    ),
    case(
        "Coastal Dynamics",
        "The survey, published on Friday in Coastal Dynamics, mapped the damage.",
        id="journal-something-was-published-in-is-an-actor",
        title="Storm floods coastal towns",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", PRESENT)
def test_is_an_actor(nlp, title, paragraphs, name):
    assert name in found(title, *paragraphs)


def test_lowercase_subject_of_reported_is_no_actor(nlp):
    got = actors("Residents reported that the river rose overnight in the valley.", title=STORM)
    assert not any(k.lower() == "residents" for k in got)
