"""Place rules: states of federations, provinces in parliaments' names, address
glosses, names inside bodies' names, short names of facilities, shore features
and lettered roads, people labelled by their occupation."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.gazetteer import gazetteer
from tests.briefing.briefings import make


def _places(*paragraphs: str) -> dict[str, tuple[str, str]]:
    a = extract(make("Regional news", *paragraphs))
    return {p.name: (p.kind, p.country) for p in a.places}


def test_federal_states_are_regions_of_their_country():
    geo = gazetteer()
    for name, country in (("Kerala", "India"), ("Sindh", "Pakistan"), ("Bavaria", "Germany")):
        e = geo.region(name)
        assert e is not None and e.kind == "region" and e.country == country


def test_province_in_parliament_name_is_the_place(nlp):
    got = _places("On Tuesday the Parliament of Queensland (QLD), Australia passed a bill on water rights. "
                  "Farmers in Brisbane welcomed the vote.")
    assert got.get("Queensland") == ("region", "Australia")
    assert "QLD" not in got


def test_compass_gloss_after_comma_is_no_new_place(nlp):
    got = _places("Fighting was reported near Kirkuk, in northern Iraq, on Sunday, officials said.")
    assert "Kirkuk" in got
    assert not any(n.lower().startswith("northern") for n in got)


def test_matter_of_a_committee_is_no_place(nlp):
    got = _places("She sat on the Senate Select Committee on Libya before she moved to Denver in 2015.")
    assert "Libya" not in got and "Denver" in got


def test_facility_named_short_is_one_site(nlp):
    got = _places("The inmate was moved to the Harold P. Wexworth Correctional Facility in Texas. "
                  "Guards at Wexworth said he was calm.")
    assert got.get("Harold P. Wexworth Correctional Facility", ("",))[0] == "site"
    assert "Wexworth" not in got


def test_lettered_road_and_estuary_are_sites(nlp):
    got = _places("The cottage near Aberystwyth, Wales stands off the A487 overlooking the Dyfi Estuary.")
    assert got.get("A487", ("",))[0] == "site"
    assert got.get("Dyfi Estuary", ("",))[0] == "site"
    assert "A380" not in _places("Passengers boarded the A380 aircraft in Dubai on the A380 route.")


def test_person_after_occupation_is_no_place(nlp):
    got = _places("The payments to singer Florence Avalon were made in Chicago, prosecutors said.")
    assert "Florence Avalon" not in got
