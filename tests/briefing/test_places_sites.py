"""Places that are sites: named buildings, missions, stations, facilities, parks,
reserves, roads and addresses, and shops and institutions people are taken to."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from tests.briefing.briefings import make
from tests.briefing.extracted import attribute_case as attr_case
from tests.briefing.extracted import name_case as case
from tests.briefing.extracted import places_found as found
from tests.briefing.extracted import places_of
from tests.briefing.extracted import regional_places as _places

_FACILITY_NAMED_SHORT_IS_ONE_SITE = (
    "The inmate was moved to the Harold P. Wexworth Correctional Facility in Texas. Guards at Wexworth said he was "
    "calm.",
)
_PARK_IS_A_SITE_AND_HOTEL_FIRST_IS_A_SITE = (
    "A fire broke out at the Hotel Grand Meridian in Mumbai, India, near Shivaji Park.",
)
_A_NAME_BEFORE_A_SITE_NOUN_PHRASE_IS_THE_SITE = (
    "The Vega Alta power plant in Ponce was damaged on Monday.",
    "The suspect spent the night in the Ponce central police station.",
)
_NUMBERED_ROADS_AND_ADDRESSES_ARE_SITES = (
    "A lorry overturned on I-95 near Richmond, Virginia, on Monday.",
    "Later the driver was questioned by police at 12 Rue des Lilas in Lyon.",
)


# Names that must be listed as places.
PRESENT = [
    case(
        "Ponce",
        *_A_NAME_BEFORE_A_SITE_NOUN_PHRASE_IS_THE_SITE,
        id="a-name-before-a-site-noun-phrase-is-the-site-ponce",
        title="Blackout continues",
    ),
    case(
        "12 Rue des Lilas",
        *_NUMBERED_ROADS_AND_ADDRESSES_ARE_SITES,
        id="numbered-roads-and-addresses-are-sites-12-rue-des-lilas",
        title="Crash",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", PRESENT)
def test_is_a_place(nlp, title, paragraphs, name):
    assert name in found(title, *paragraphs)


# Names that must not be listed as places.
ABSENT = [
    case(
        "Wexworth",
        *_FACILITY_NAMED_SHORT_IS_ONE_SITE,
        id="facility-named-short-is-one-site-wexworth",
        title="Regional news",
    ),
    case(
        "Vega Alta",
        *_A_NAME_BEFORE_A_SITE_NOUN_PHRASE_IS_THE_SITE,
        id="a-name-before-a-site-noun-phrase-is-the-site-vega-alta",
        title="Blackout continues",
    ),
    case(
        "Rue des Lilas",
        *_NUMBERED_ROADS_AND_ADDRESSES_ARE_SITES,
        id="numbered-roads-and-addresses-are-sites-rue-des-lilas",
        title="Crash",
    ),
    case(
        "Drapers",
        "A concert was held at Drapers' Hall in London on Friday, and a second concert in Drapers' Hall followed.",
        id="site-named-with-a-possessive-keeps-its-head",
        title="Concert",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", ABSENT)
def test_is_no_place(nlp, title, paragraphs, name):
    assert name not in found(title, *paragraphs)


# Places that, if listed, must lie in no known country.
NO_COUNTRY = [
    case(
        "International Space Station",
        "The capsule launched from Florida and docked at the Orbital Science Station and the International Space "
        "Station in Texas on Sunday.",
        id="space-station-lies-in-no-country",
        title="Regional news",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", NO_COUNTRY)
def test_lies_in_no_known_country(nlp, title, paragraphs, name):
    got = found(title, *paragraphs)
    assert name not in got or got[name].country == ""


# What a listed place must be.
ATTRS = [
    attr_case(
        "Roca Blanquita",
        "kind",
        "site",
        "A storm in Chile destroyed the famous Roca Blanquita rock formation on Tuesday.",
        id="unlisted-name-before-a-site-noun-is-a-site-kind",
        title="Regional news",
    ),
    attr_case(
        "National Elk Range",
        "kind",
        "site",
        "The elk came from the National Elk Range in Wyoming, officials said.",
        id="national-reserve-is-a-site-kind",
        title="Regional news",
    ),
    attr_case(
        "Harold P. Wexworth Correctional Facility",
        "kind",
        "site",
        *_FACILITY_NAMED_SHORT_IS_ONE_SITE,
        id="facility-named-short-is-one-site-harold-p-wexworth-kind",
        title="Regional news",
    ),
    attr_case(
        "Hotel Grand Meridian",
        "kind",
        "site",
        *_PARK_IS_A_SITE_AND_HOTEL_FIRST_IS_A_SITE,
        id="park-is-a-site-and-hotel-first-is-a-site-hotel-grand-meridian-kind",
        title="Regional news",
    ),
    attr_case(
        "Shivaji Park",
        "kind",
        "site",
        *_PARK_IS_A_SITE_AND_HOTEL_FIRST_IS_A_SITE,
        id="park-is-a-site-and-hotel-first-is-a-site-shivaji-park-kind",
        title="Regional news",
    ),
    attr_case(
        "Vega Alta power plant",
        "kind",
        "site",
        *_A_NAME_BEFORE_A_SITE_NOUN_PHRASE_IS_THE_SITE,
        id="a-name-before-a-site-noun-phrase-is-the-site-vega-alta-power-kind",
        title="Blackout continues",
    ),
    attr_case(
        "Ponce central police station",
        "kind",
        "site",
        *_A_NAME_BEFORE_A_SITE_NOUN_PHRASE_IS_THE_SITE,
        id="a-name-before-a-site-noun-phrase-is-the-site-ponce-central-police-kind",
        title="Blackout continues",
    ),
    attr_case(
        "Interstate 95",
        "kind",
        "site",
        *_NUMBERED_ROADS_AND_ADDRESSES_ARE_SITES,
        id="numbered-roads-and-addresses-are-sites-interstate-95-kind",
        title="Crash",
    ),
    attr_case(
        "12 Rue des Lilas",
        "kind",
        "site",
        *_NUMBERED_ROADS_AND_ADDRESSES_ARE_SITES,
        id="numbered-roads-and-addresses-are-sites-12-rue-des-kind",
        title="Crash",
    ),
    attr_case(
        "Medical University of Poznań",
        "kind",
        "site",
        "The mayor was stabbed in Poznań and was taken to the Medical University of Poznań for surgery.",
        "The Medical University of Poznań said his condition was stable.",
        id="organisation-someone-is-taken-to-for-care-is-a-site-kind",
        title="Stabbing",
    ),
    attr_case(
        "Walmart",
        "kind",
        "site",
        "Two men robbed shoppers at a Walmart store in Denver, Colorado on Monday.",
        id="a-company-store-is-a-site-kind",
        title="Robbery",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name, attribute, value", ATTRS)
def test_place_attribute(nlp, title, paragraphs, name, attribute, value):
    assert getattr(found(title, *paragraphs)[name], attribute) == value


def test_lettered_road_and_estuary_are_sites(nlp):
    got = _places("The cottage near Aberystwyth, Wales stands off the A487 overlooking the Dyfi Estuary.")
    assert got.get("A487", ("",))[0] == "site"
    assert got.get("Dyfi Estuary", ("",))[0] == "site"
    assert "A380" not in _places("Passengers boarded the A380 aircraft in Dubai on the A380 route.")


def test_missions_and_named_buildings_are_sites(nlp):
    b = make(
        "Visit",
        "The reporter was last seen in the Saudi consulate in Ankara.",
        "The mayor wrote to the US Embassy in Lima about the case.",
        "Crowds gathered at Masjid Al-Noor and outside the Hagia Irene Museum; Hagia Irene reopened.",
    )
    a = extract(b)
    places = {p.name: p for p in a.places}
    assert places["Saudi consulate in Ankara"].kind == "site"
    assert "US Embassy in Lima" not in places
    assert places["Masjid Al-Noor"].kind == "site"
    assert any(n.startswith("Hagia Irene") and p.kind == "site" for n, p in places.items())
    assert not {"Masjid Al-Noor", "Hagia Irene"} & {x.name for x in a.actors if x.kind == "person"}


def test_stations_launch_centres_and_their_initials_are_sites(nlp):
    b = make(
        "Cargo ship reaches orbiting lab",
        "The capsule lifted off from the Wallops Space Center and docked with the Orbital Research Station.",
        "It will stay at the ORS for a week.",
    )
    got = places_of(b)
    assert got["Wallops Space Center"].kind == "site"
    ors = got["Orbital Research Station"]
    assert ors.kind == "site" and len(ors.mentions) == 2
    assert "ORS" not in got
    assert not {"Wallops Space Center", "ORS", "Orbital Research Station"} & {a.name for a in extract(b).actors}


def test_a_seat_of_government_where_something_happens_is_a_site(nlp):
    ps = places_of(make(
        "Congressman dies",
        "Flags at the White House were lowered on Thursday, and the Kremlin sent condolences to Baltimore.",
    ))
    assert "White House" in ps and "Baltimore" in ps
    assert "Kremlin" not in ps


def test_museums_planetariums_and_science_centres_are_sites(nlp):
    b = make(
        "Retired aircraft find new homes",
        "The bomber will go to the Dalton Science Center in Ohio, and the glider to the Harlow Planetarium "
        "in Chicago.",
        "The trainer was promised to the Museum of Coastal Aviation in Oregon.",
    )
    got = places_of(b)
    for name in ("Dalton Science Center", "Harlow Planetarium", "Museum of Coastal Aviation"):
        assert got[name].kind == "site"
    assert not {"Dalton Science Center", "Harlow Planetarium", "Museum of Coastal Aviation"} & {
        a.name for a in extract(b).actors}


def test_a_museum_that_publishes_a_study_stays_an_actor(nlp):
    b = make(
        "Beetle survey",
        "In a study released by the Ridgeway Museum of Natural History on Monday, scientists report that "
        "beetles may be declining.",
    )
    assert "Ridgeway Museum of Natural History" in {a.name for a in extract(b).actors}


def test_a_state_named_in_a_site_s_name_and_an_address_stays_a_place(nlp):
    got = places_of(make(
        "Glider finds a home",
        "The glider will be sent to the Ohio Science Center in Dayton, Ohio, after its last flight.",
    ))
    assert got["Ohio Science Center"].kind == "site"
    assert got["Ohio"].kind == "region"


def test_a_road_named_as_such_is_a_site_not_a_person(nlp):
    b = make(
        "Papers found on street",
        "Marlowfield Road residents found the papers on the street in Kanata.",
        "Residents of Dunrobin Road said the bags had been there for days.",
    )
    got = places_of(b)
    assert got["Marlowfield Road"].kind == "site" and got["Dunrobin Road"].kind == "site"
    assert not {"Marlowfield Road", "Dunrobin Road"} & {a.name for a in extract(b).actors}


def test_an_owner_before_a_building_s_name_is_no_part_of_it(nlp):
    names = set(places_of(make(
        "Crew rehearses",
        "The crew awoke at their crew quarters inside Kennedy’s Neil Armstrong Operations and Checkouts "
        "building before putting on their suits.",
    )))
    assert any(n.startswith("Neil Armstrong Operations and Checkouts") for n in names), names
    assert not any(n.startswith("Kennedy’s") for n in names), names


def test_a_feature_under_two_names_short_and_plural_forms_is_one_place(nlp):
    where = places_of(make("Standoff at sea",
                           "Tension rose over the waters of the Kessler Shoal or Vinter Reef on Monday.",
                           "Coast guard ships expelled fishermen from the Shoal, officials said.",
                           "Both navies patrol near the Vinter Reefs."))
    feature = [n for n in where if n.endswith(("Shoal", "Reef", "Reefs"))]
    assert len(feature) == 1, sorted(where)
    assert len(where[feature[0]].mentions) == 4


def test_a_name_before_a_lower_case_square_is_a_site_not_a_person(nlp):
    b = make("Protest in the old town", "Around 2,000 activists managed to occupy the historic Roemerberg square "
             "where the city hall is based. Police cleared the Roemerberg later.")
    assert places_of(b)["Roemerberg"].kind == "site"
    assert "Roemerberg" not in {a.name for a in extract(b).actors}


def test_a_body_s_headquarters_is_a_site_and_the_body_still_acts(nlp):
    b = make("Visit to the headquarters", "Dignitaries gathered at the U.N. headquarters on Monday. The team later "
             "received VIP attention at Google headquarters and again at Google's headquarters on Tuesday.")
    sites = {n: p for n, p in places_of(b).items() if p.kind == "site"}
    assert set(sites) == {"United Nations headquarters", "Google headquarters"}, sorted(sites)
    assert len(sites["Google headquarters"].mentions) == 2
    assert {"United Nations", "Google"} <= {a.name for a in extract(b).actors}


def test_numbered_roads_with_their_country_and_numbered_facilities_are_sites(nlp):
    got = places_of(make("Crash on the highway", "The crash happened on U.S. Route 2 near the border on Friday.",
                         "The crew then travelled to Launch Pad 39B, while the orbiter stayed in the hangar known "
                         "as Orbiter Processing Facility-1."))
    for name in ("U.S. Route 2", "Launch Pad 39B", "Orbiter Processing Facility-1"):
        assert name in got and got[name].kind == "site", sorted(got)
    assert "Route 2" not in got
    assert "Terminal 2" in places_of(make("Terminal evacuated", "The Terminal 2 building was evacuated on Monday."))


def test_a_denomination_s_church_is_a_body_not_a_building(nlp):
    b = make("Schools and taxes", "The Catholic Church said the schools should not pay the tax.",
             "Mass was held at St Mary's Church on Sunday.")
    assert "Catholic Church" not in places_of(b)
    assert "St Mary's Church" in places_of(b)
    assert "Catholic Church" in {a.name for a in extract(b).actors}


def test_a_group_before_a_street_it_protests_in_stays_a_group_and_a_local_church_a_site(nlp):
    b = make("Protests", "Hamas street protests erupted in Gaza on Friday. Hamas said it would respond.",
             "A gunman opened fire at the First Baptist Church in Sutherland Springs on Sunday.",
             "At Terminal 5 passengers waited, and on Monday Terminal 3 was evacuated.")
    where = places_of(b)
    assert "Hamas" in {a.name for a in extract(b).actors} and "Hamas" not in where
    assert where["First Baptist Church"].kind == "site"
    assert {"Terminal 5", "Terminal 3"} <= set(where), sorted(where)


def test_a_seat_of_government_where_a_meeting_is_held_is_a_site(nlp):
    got = places_of(make("Summit", "The summit took place in the Kremlin on Monday.",
                         "The Kremlin said the talks had gone well."))
    assert got["Kremlin"].kind == "site" and got["Kremlin"].country == "Russia"


def test_a_bodys_headquarters_named_with_a_capital_is_its_seat_not_a_second_body(nlp):
    b = make("Mission news", "Nicky Hale, associate administrator at NASA Headquarters in Washington, said the "
             "review was done.", "NASA will launch the probe next year.")
    names = {a.name: a for a in extract(b).actors}
    assert "NASA Headquarters" not in names and names["Nicky Hale"].affiliation == "NASA"
    assert any(p.kind == "site" and "headquarters" in p.name.lower() for p in extract(b).places)


def test_a_numbered_launch_complex_is_a_site_and_no_body(nlp):
    b = make("Launch", "The satellite launched aboard a SpaceX Falcon 9 rocket from Space Launch Complex 40 at Cape "
             "Canaveral Space Force Station in Florida.")
    assert "Space Launch Complex 40" in places_of(b)
    assert not any("Launch Complex" in a.name for a in extract(b).actors)
