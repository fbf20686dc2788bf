"""Actors rules for unseen news: whole names of bodies, titled people, surnames after outlets."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def actors(*paragraphs: str, title: str = "Council votes on new budget"):
    return {a.name: a for a in extract(make(title, *paragraphs)).actors}


def test_body_named_with_the_state_it_serves(nlp):
    got = actors("On Monday the National Farmers Union of Montana filed a complaint against the new tax rules.")
    assert "National Farmers Union of Montana" in got
    assert "National Farmers Union" not in got


def test_committee_named_with_its_remit(nlp):
    got = actors("She was a member of the Senate Select Committee on Benghazi for two years, aides said.")
    assert any(n.endswith("Committee on Benghazi") for n in got)


def test_country_before_title_is_no_part_of_an_organisation(nlp):
    got = actors("Yesterday, United States Senator Margaret Hollis announced a new bill.",
                 "Hollis said the bill would pass.")
    assert "Margaret Hollis" in got
    assert not any("Senator" in n for n in got)


def test_surname_after_an_outlet_is_not_part_of_its_name(nlp):
    got = actors("Senator Margaret Hollis spoke on Friday.",
                 "A colleague told MSNBC Hollis \"was a fine senator.\"")
    assert "MSNBC" in got
    assert "MSNBC Hollis" not in got


def test_tribe_is_an_organisation(nlp):
    got = actors("The plaintiffs were listed as Green Valley Alliance, Confederated Salish and Kootenai Tribes, "
                 "and Crow Tribe.")
    assert got.get("Crow Tribe") is not None and got["Crow Tribe"].kind == "organisation"
    assert "Confederated Salish and Kootenai Tribes" in got


def test_country_only_as_a_coast_or_a_citizens_origin_is_no_actor(nlp):
    got = actors("Divers studied the reefs off the coast of Fiji last year.",
                 "The lead diver, a U.S. national, said the corals were bleaching.",
                 title="Corals bleach in warm water")
    assert "Fiji" not in got
    assert "United States" not in got


def test_rules_named_with_what_they_govern_are_no_actors(nlp):
    got = actors("Passengers must follow the Harbour Ferry Regulations for Passengers, the operator said.",
                 title="Ferry rules change")
    assert not any("Regulations" in n for n in got)
