"""Place rules for names the gazetteer does not list: an unknown name needs a place's
wording around it to be a place."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.gazetteer import GeoEntry, gazetteer
from briefing.extract.places import _guessed, _put_there
from tests.briefing.briefings import make
from tests.briefing.extracted import places_found
from tests.briefing.extracted import regional_places as _places


def test_unknown_name_nothing_puts_anywhere_is_no_place(nlp):
    doc = nlp("Zorvaline is thought to protect the shells, the biologists in Peru wrote.")
    from briefing.extract.entities import Cand
    span = doc[0:1]
    c = Cand(0, len(span.text), span.text, "GPE", 0, span)
    e = GeoEntry("Zorvaline", "city")
    assert _guessed(gazetteer(), c, e)
    assert not _put_there(c)


def test_unknown_towns_listed_after_from_stay_places(nlp):
    doc = nlp("Crews came from Llanwerrig, Pentrefach and Cwmdarrow to fight the blaze.")
    from briefing.extract.entities import Cand
    for i in (3, 5, 7):
        span = doc[i:i + 1]
        c = Cand(0, 1, span.text, "GPE", 0, span)
        assert _put_there(c), span.text


def test_unknown_region_before_officials_is_a_place(nlp):
    doc = nlp("Senior Varkhand ministers rejected the plan.")
    from briefing.extract.entities import Cand
    span = doc[1:2]
    assert _put_there(Cand(0, 1, span.text, "GPE", 0, span))


def test_known_region_is_never_a_guess(nlp):
    doc = nlp("The Golan Heights were quiet.")
    from briefing.extract.entities import Cand
    span = doc[1:3]
    assert not _guessed(gazetteer(), Cand(0, 1, span.text, "LOC", 0, span), GeoEntry("Golan Heights", "region"))


def test_town_comma_region_splits_into_two_places(nlp):
    got = _places("The bus overturned near the market at Vellakari, Tamilnadu in India on Sunday.")
    assert not any("," in name for name in got)
    assert got.get("Vellakari", ("",))[0] == "city" and "Tamilnadu" in got


def test_a_name_joined_with_an_ampersand_is_a_firm_not_a_place(nlp):
    b = make("Lobbying emails", "An email from Hartwell & Associates to the minister urged a quick decision.")
    a = extract(b)
    assert "Hartwell & Associates" not in {p.name for p in a.places}
    assert "Hartwell & Associates" in {x.name for x in a.actors}


def test_a_town_given_with_its_country_is_a_place_whatever_the_model_calls_it(nlp):
    a = extract(make("Trial opens", "Ovidio Guzman Lopez, 33, of Culiacan, Mexico, was arraigned in Chicago today."))
    places = {p.name: p for p in a.places}
    assert "Culiacan" in places and places["Culiacan"].kind == "city"


def test_a_known_city_the_model_once_calls_a_person_stays_a_place(nlp):
    a = extract(make(
        "Summit ends",
        "The summit was held at Cusco and Ayacucho in Peru.",
        "Cusco was the ancient capital of the Incas.",
    ))
    assert "Cusco" in {p.name for p in a.places}
    assert "Cusco" not in {x.name for x in a.actors}


def test_an_island_the_model_reads_as_a_people_is_a_place(nlp):
    got = places_found(
        "Rebels hold out",
        "The army seized the island of Kavarian.",
        "Soldiers captured Mohelian's capital at dawn.",
    )
    for name in ("Kavarian", "Mohelian"):
        assert name in got and got[name].kind in ("region", "city"), name


def test_a_peoples_name_owning_a_border_is_no_place(nlp):
    got = places_found("Border", "Drones struck Sanaa. The Kurds' border with Turkey is closed.")
    assert "Kurds" not in got
