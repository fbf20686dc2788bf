"""Actor rules for organisation names: spelling variants, vessels, coordinated names."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def actors(*paragraphs: str, title: str = "Militants claim attack on convoy"):
    return {a.name: a for a in extract(make(title, *paragraphs)).actors}


def test_transliterated_organisation_is_one_actor(nlp):
    got = actors(
        "Officials said Al-Qaeda fighters attacked the convoy near the border.",
        'A statement read: "The attack shows that al-Qa’ida remains a threat."',
        "Al-Qaeda has not commented on the claim.",
    )
    names = [n for n in got if "qa" in n.lower()]
    assert names == ["Al-Qaeda"]


def test_prefixed_ship_name_is_no_actor(nlp):
    got = actors("Divers found the wreck of the USS Harlow off the coast, the navy said.",
                 title="Wreck of wartime ship found")
    assert not any("Harlow" in n for n in got)


def test_name_in_apposition_to_boat_is_no_actor(nlp):
    got = actors("The boat, Meridian, caught fire before dawn, the coast guard said.",
                 title="Dive boat burns at anchor")
    assert "Meridian" not in got


def test_two_bodies_sharing_a_head_word_are_split(nlp):
    got = actors("The Institute for Coastal Ecology and Institute for Soil Health filed a lawsuit on Monday.",
                 title="Groups sue over pesticide rules")
    assert "Institute for Coastal Ecology" in got
    assert "Institute for Soil Health" in got
    assert not any(" and " in n for n in got)


def test_one_name_with_and_inside_is_kept(nlp):
    got = actors("The Ministry of Trade and Industry said exports fell in March.",
                 title="Exports fall")
    assert "Ministry of Trade and Industry" in got


def test_campus_after_comma_belongs_to_the_university(nlp):
    got = actors("Researchers at the University of Nevada, Las Vegas said the reef was recovering.",
                 title="Reef recovers")
    assert "University of Nevada, Las Vegas" in got


def test_list_of_universities_is_not_joined(nlp):
    got = actors("Scientists from the University of Leeds, Oxford and Cambridge joined the study.",
                 title="Study published")
    assert "University of Leeds" in got
