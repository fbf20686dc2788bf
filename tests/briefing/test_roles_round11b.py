"""Roles and affiliations: party labels before a name, in a title, or as an
apposition give the person's affiliation when no body is named."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def people(*paragraphs: str) -> dict:
    got = extract(make("Officials meet over harbour dispute", *paragraphs)).actors
    return {a.name: a for a in got if a.kind == "person"}


def test_party_label_before_a_name():
    got = people("Republican Kevin Marlow lost the vote on the harbour bill.")
    assert got["Kevin Marlow"].affiliation == "Republican Party"


def test_party_label_leaves_the_title():
    got = people("Labour MP Jane Rowntree said the harbour plan was flawed.")
    assert got["Jane Rowntree"].role == "Member of Parliament"
    got = people("Conservative leader Tom Harkin said the harbour tax would rise.")
    assert got["Tom Harkin"].role == "Leader"
    assert got["Tom Harkin"].affiliation == "Conservative Party"


def test_party_noun_as_apposition():
    got = people("Tom Gale, a Republican from Ohio, said the harbour budget was late.")
    assert got["Tom Gale"].affiliation == "Republican Party"


def test_office_named_beats_the_party():
    got = people("Pedro Lima, the Republican governor of Ohio, declined to comment.")
    assert got["Pedro Lima"].role == "Governor of Ohio"
    assert got["Pedro Lima"].affiliation == "Ohio"


def test_party_label_does_not_replace_a_public_office():
    got = people("Republican President Aldo Brenn praised the harbour deal.")
    assert got["Aldo Brenn"].role == "President"
    assert got["Aldo Brenn"].affiliation != "Republican Party"
