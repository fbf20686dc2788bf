"""Actor rules that read the whole story: relatives sharing a surname, regional
offices, bodies named only in titles, and names that are no party to events."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def actors(*paragraphs: str, title: str = "Council votes on new budget"):
    return {a.name: a for a in extract(make(title, *paragraphs)).actors}


def test_bare_surname_stays_with_the_subject_not_a_relative(nlp):
    got = actors(
        "Senator Harold Pennington died on Sunday. Harold Pennington had served for thirty years.",
        "He was born in Ohio to Martha Louise Pennington, a teacher.",
        "Pennington later chaired the finance committee, colleagues said.",
    )
    assert "Pennington" in got["Harold Pennington"].aliases
    assert "Pennington" not in got["Martha Louise Pennington"].aliases


def test_premier_without_a_named_state_takes_the_story_state(nlp):
    got = actors(
        "Lawmakers in Ontario passed the housing bill on Tuesday, and the Parliament of Ontario will debate "
        "a second bill in Ontario next month.",
        "Premier Dana Whitcombe was not present at the vote.",
    )
    assert got["Dana Whitcombe"].affiliation == "Ontario"


def test_single_word_body_named_in_a_title_is_an_actor(nlp):
    got = actors("Rail union Brakeforce general secretary Tom Elland said the plan was too late.")
    assert "Brakeforce" in got


def test_gods_and_diseases_are_no_actors(nlp):
    got = actors(
        "The birds were sacrificed to the god Amunet in temples along the river.",
        "Coronavirus has spread to four more towns, Governor Lisa Harmon said.",
    )
    assert "Amunet" not in got
    assert "Coronavirus" not in got


def test_capitalised_verb_and_scan_technique_are_no_actors(nlp):
    got = actors(
        "For the reasons below, the court ABSTAINS from ruling on the dispute.",
        "Researchers used CT scans of 150 species from the University of Kent.",
    )
    assert "ABSTAINS" not in got
    assert "CT" not in got
