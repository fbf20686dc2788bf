"""Place rules: state names, slash pairs, sites named short, names inside bodies."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def _places(*paragraphs: str) -> dict[str, tuple[str, str]]:
    a = extract(make("Regional news", *paragraphs))
    return {p.name: (p.kind, p.country) for p in a.places}


def test_state_written_with_state_is_the_us_state(nlp):
    got = _places("Traffic between New York State and Ontario fell sharply in Canada last month, "
                  "officials in Toronto and Ottawa said.")
    assert got.get("New York State") == ("region", "United States")


def test_slash_pair_names_both_countries(nlp):
    got = _places("The convoy was ambushed in the Iraq/Syria region on Monday.")
    assert "Iraq" in got and "Syria" in got
    assert not any(n.endswith("region") for n in got)


def test_constellation_and_campus_are_no_places(nlp):
    got = _places("Astronomers at the University of Texas, Austin studied a star in the constellation Orion.")
    assert "Orion" not in got and "Austin" not in got


def test_park_is_a_site_and_hotel_first_is_a_site(nlp):
    got = _places("A fire broke out at the Hotel Grand Meridian in Mumbai, India, near Shivaji Park.")
    assert got.get("Hotel Grand Meridian", ("",))[0] == "site"
    assert got.get("Shivaji Park", ("",))[0] == "site"
