"""Roles and affiliations: party labels before a name, in a title, or as an
apposition give the person's affiliation when no body is named; a public office
takes precedence over the party."""

from __future__ import annotations

import pytest

from tests.briefing.extracted import people
from tests.briefing.extracted import role_case as attr_case

_PARTY_LABEL_LEAVES_THE_TITLE = (
    "Conservative leader Tom Harkin said the harbour tax would rise.",
)
_OFFICE_NAMED_BEATS_THE_PARTY = (
    "Pedro Lima, the Republican governor of Ohio, declined to comment.",
)


# Role or affiliation a person must be given.
ATTRS = [
    attr_case(
        "Kevin Marlow",
        "affiliation",
        "Republican Party",
        "Republican Kevin Marlow lost the vote on the harbour bill.",
        id="party-label-before-a-name-affiliation",
    ),
    attr_case(
        "Jane Rowntree",
        "role",
        "Member of Parliament",
        "Labour MP Jane Rowntree said the harbour plan was flawed.",
        id="party-label-leaves-the-title-jane-rowntree-role",
    ),
    attr_case(
        "Tom Harkin",
        "role",
        "Leader",
        *_PARTY_LABEL_LEAVES_THE_TITLE,
        id="party-label-leaves-the-title-tom-harkin-role",
    ),
    attr_case(
        "Tom Harkin",
        "affiliation",
        "Conservative Party",
        *_PARTY_LABEL_LEAVES_THE_TITLE,
        id="party-label-leaves-the-title-tom-harkin-affiliation",
    ),
    attr_case(
        "Tom Gale",
        "affiliation",
        "Republican Party",
        "Tom Gale, a Republican from Ohio, said the harbour budget was late.",
        id="party-noun-as-apposition-affiliation",
    ),
    attr_case(
        "Pedro Lima",
        "role",
        "Governor of Ohio",
        *_OFFICE_NAMED_BEATS_THE_PARTY,
        id="office-named-beats-the-party-pedro-lima-role",
    ),
    attr_case(
        "Pedro Lima",
        "affiliation",
        "Ohio",
        *_OFFICE_NAMED_BEATS_THE_PARTY,
        id="office-named-beats-the-party-pedro-lima-affiliation",
    ),
    attr_case(
        "Anton Brask",
        "affiliation",
        "Harbour Party",
        "Norlandic leader Anton Brask of the conservative Harbour Party promised new laws.",
        id="party-named-after-a-leader-beats-the-nationality-affiliation",
    ),
]


@pytest.mark.parametrize("paragraphs, name, attribute, value", ATTRS)
def test_person_attribute(paragraphs, name, attribute, value):
    assert getattr(people(*paragraphs)[name], attribute) == value


def test_party_label_does_not_replace_a_public_office():
    got = people("Republican President Aldo Brenn praised the harbour deal.")
    assert got["Aldo Brenn"].role == "President"
    assert got["Aldo Brenn"].affiliation != "Republican Party"


def test_party_post_of_a_head_of_government_is_not_the_affiliation():
    got = people("Liberal Party leader and Prime Minister Tom Hardy said he was grateful.")
    assert got["Tom Hardy"].role == "Prime Minister"
    assert "Party" not in got["Tom Hardy"].affiliation
