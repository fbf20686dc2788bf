"""Actors rules for sources the model leaves untagged: outlets that reported and
journals something was published in; a lower-case subject of "reported" is no actor."""

from __future__ import annotations

import pytest

from tests.briefing.extracted import actors
from tests.briefing.extracted import actors_found as found
from tests.briefing.extracted import name_case as case

STORM = "Storm floods coastal towns"


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
