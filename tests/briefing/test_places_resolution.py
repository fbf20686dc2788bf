"""Places' kind and country: where an unlisted name lies, and regions that span states."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.places import _spans_states
from tests.briefing.briefings import make


def _places(*paragraphs: str) -> dict[str, tuple[str, str]]:
    a = extract(make("Regional news", *paragraphs))
    return {p.name: (p.kind, p.country) for p in a.places}


def test_island_off_the_coast_of_a_state_lies_in_its_country(nlp):
    got = _places("A cargo ship sank near Vorlak Island off the coast of Oregon on Sunday.")
    assert got.get("Vorlak Island", ("", ""))[1] == "United States"


def test_unlisted_site_where_something_happens_takes_the_one_known_country(nlp):
    got = _places("Hikers in Nairobi said the climber was found dead at Mount Tembwezi on Friday.")
    assert got.get("Mount Tembwezi") == ("site", "Kenya")


def test_unlisted_name_only_mentioned_stays_without_country(nlp):
    got = _places("Officials in Nairobi said Tembwezi Valley was beautiful.")
    assert got.get("Tembwezi Valley", ("", ""))[1] == ""


def test_space_station_lies_in_no_country(nlp):
    got = _places("The capsule launched from Florida and docked at the Orbital Science Station "
                  "and the International Space Station in Texas on Sunday.")
    assert got.get("International Space Station", ("", ""))[1] == ""


def test_regions_spanning_states():
    assert _spans_states("Middle Eastern")
    assert _spans_states("Amazon rainforest", alone=False)
    assert _spans_states("Sahel region")
    assert not _spans_states("Amazon", alone=False)
    assert not _spans_states("Tigray region")
    assert not _spans_states("Bavarian")


def test_place_whose_governor_is_named_is_a_region(nlp):
    got = _places("Voronezh's governor said drones hit Voronezh regional power lines in Russia.")
    assert got.get("Voronezh") == ("region", "Russia")


def test_unlisted_name_before_a_site_noun_is_a_site(nlp):
    got = _places("A storm in Chile destroyed the famous Roca Blanquita rock formation on Tuesday.")
    assert got.get("Roca Blanquita", ("",))[0] == "site"


def test_national_reserve_is_a_site(nlp):
    got = _places("The elk came from the National Elk Range in Wyoming, officials said.")
    assert got.get("National Elk Range", ("",))[0] == "site"


def test_unlisted_seat_in_a_story_set_in_one_country(nlp):
    a = extract(make("Kenya election results",
                     "Voters in Kenya went to the polls on Tuesday. The party leader was defeated in "
                     "Kiptenge East by a newcomer, and turnout in Kenya was high."))
    got = {p.name: (p.kind, p.country) for p in a.places}
    assert got.get("Kiptenge East", ("", ""))[1] == "Kenya"


def test_county_named_after_a_town_of_a_named_country(nlp):
    got = _places("Officials from Fresno County met United States weather experts on Monday.")
    assert got.get("Fresno County") == ("region", "United States")


def test_name_people_come_from_takes_no_country_from_elsewhere(nlp):
    got = _places("Officials from Orange County met Chinese and French experts in Beijing on Monday.")
    assert got.get("Orange County", ("", ""))[1] != "China"


def test_town_a_distance_from_which_something_happened(nlp):
    got = _places("Flooding struck Oaxaca on Monday. The quake's epicentre lay ten kilometres "
                  "southwest of the town of Santa Irelda.")
    assert got.get("Santa Irelda", ("", ""))[1] == "Mexico"
