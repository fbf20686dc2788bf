"""Roles and affiliations: a body or place named before the title is the
affiliation and leaves the role."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def people(*paragraphs: str) -> dict:
    got = extract(make("Officials meet over harbour dispute", *paragraphs)).actors
    return {a.name: a for a in got if a.kind == "person"}


def test_company_before_title_moves_to_affiliation():
    got = people("In a letter, NWE President and CEO Arlo Benning said the firm would bury its lines.")
    assert got["Arlo Benning"].role == "President and CEO"


def test_unlabelled_acronym_before_a_rank():
    got = people("Speaking on Monday, USCG Captain Lisa Marchetti said the search had ended.")
    assert got["Lisa Marchetti"].role == "Captain"
    assert got["Lisa Marchetti"].affiliation == "USCG"


def test_place_kind_after_the_place_is_no_part_of_the_title():
    got = people("Busan city Mayor Kim Dae-ho said the bridge would reopen.")
    assert got["Kim Dae-ho"].role == "Mayor"
    assert got["Kim Dae-ho"].affiliation == "Busan"


def test_described_place_owner_is_dropped():
    got = people("Ravi Menon, the city's home minister, said towers above four floors were illegal.")
    assert got["Ravi Menon"].role == "Home Minister"


def test_title_modifier_is_not_a_body():
    got = people("The plan was confirmed by the Presidential Spokesperson Marco Reyes on Monday.")
    assert got["Marco Reyes"].role == "Presidential Spokesperson"


def test_occupation_right_before_the_name():
    got = people("\"The readings are clear,\" said NIO astronomer Pavel Drozd on Tuesday.")
    assert got["Pavel Drozd"].role == "Astronomer"
    assert got["Pavel Drozd"].affiliation == "NIO"


def test_occupation_read_as_an_adjective():
    got = people("According to ecologist Mira Kovac of the University of Lund, the bees returned.")
    assert got["Mira Kovac"].role == "Ecologist"
    assert got["Mira Kovac"].affiliation == "University of Lund"


def test_special_envoy_is_no_member_of_congress():
    got = people("US Special Representative for Syria Dale Hutch said the talks were political.")
    assert got["Dale Hutch"].role == "Special Representative for Syria"
    assert got["Dale Hutch"].affiliation == "United States"


def test_body_name_cut_at_a_dash_is_read_whole():
    got = people("\"It is a good sign,\" said Omar Haddad of the Harvard–Kessler Center for Optics, who took no part.")
    assert got["Omar Haddad"].affiliation == "Harvard–Kessler Center for Optics"
