"""Roles and affiliations: bodies inside title phrases, titles written by
their initials, judges' courts, and the office a person holds now."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.roles import normalise_role
from tests.briefing.briefings import make


def people(*paragraphs: str) -> dict:
    got = extract(make("Officials meet over harbour dispute", *paragraphs)).actors
    return {a.name: a for a in got if a.kind == "person"}


def test_body_inside_title_phrase_is_the_affiliation():
    got = people("Dockers' trade union Portlink general secretary Ada Brennan said the strike would go ahead.")
    assert got["Ada Brennan"].role == "General Secretary"
    assert got["Ada Brennan"].affiliation == "Portlink"


def test_holder_adjective_stays_body_leaves():
    got = people("A senior Hamas official, Yusuf Qandil, said the talks had stalled.")
    assert got["Yusuf Qandil"].role.lower() == "senior official"
    assert got["Yusuf Qandil"].affiliation == "Hamas"


def test_new_is_no_part_of_the_title():
    got = people("The harbour's new owner Lior Ventrasi said the cranes would be replaced.")
    assert got["Lior Ventrasi"].role.lower() == "owner"


def test_mp_is_spelled_out():
    assert normalise_role("MP", "") == "Member of Parliament"
    got = people("Member of parliament (MP) Oren Valcourt said the vote was a sad day.")
    assert got["Oren Valcourt"].role == "Member of Parliament"


def test_member_of_parliament_before_the_name():
    got = people('A member of the Maltese Parliament, Ivo Grech said, "We need a new harbour law."')
    assert got["Ivo Grech"].role == "Member of Parliament"
    assert "Parliament" in got["Ivo Grech"].affiliation


def test_district_judge_sits_on_the_district_court():
    got = people("On Monday, United States District Judge Mara Holloway blocked the harbour sale.")
    assert got["Mara Holloway"].affiliation == "United States District Court"
    assert "Judge" in got["Mara Holloway"].role


def test_current_office_beats_a_former_one():
    got = people("Ex-Prime Minister Tomas Lindqvist, the current President of the Nordic Council, wrote to the mayor.")
    assert got["Tomas Lindqvist"].role == "President"
    assert got["Tomas Lindqvist"].affiliation == "Nordic Council"


def test_ex_reads_as_former():
    got = people("Guests included ex-Prime Minister Harold Penrose and his family.")
    assert got["Harold Penrose"].role == "Former Prime Minister"


def test_governor_belongs_to_the_state_the_sentence_names():
    got = people("In Vermont, which had planned a vote on Tuesday, Governor Nell Ashcombe postponed it.")
    assert got["Nell Ashcombe"].affiliation == "Vermont"


def test_representative_of_a_state_sits_in_the_house():
    got = people("Representative Dale Witmer of Ohio's 9th district said he would resign.")
    assert got["Dale Witmer"].affiliation == "United States House of Representatives"


def test_two_occupations_before_the_name():
    got = people("Retired NATO officer and security analyst Piet Varenkamp told the paper the port was exposed.")
    assert got["Piet Varenkamp"].affiliation in ("NATO", "North Atlantic Treaty Organization")
    assert "analyst" in got["Piet Varenkamp"].role


def test_employer_from_apposition_after_a_title():
    got = people("Lead author Ines Moravec, a doctoral candidate at the University of Tartu, said the data were clear.")
    assert got["Ines Moravec"].role == "Lead author"
    assert got["Ines Moravec"].affiliation == "University of Tartu"
