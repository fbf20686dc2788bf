"""Places that are regions: provinces and states (also named by their parliament or
governor), counties, islands, borders, regions that span states, and named areas."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.places import _spans_states
from tests.briefing.briefings import make
from tests.briefing.extracted import attribute_case as attr_case
from tests.briefing.extracted import name_case as case
from tests.briefing.extracted import places_found as found
from tests.briefing.extracted import places_of, regional_places

_PROVINCE_IN_PARLIAMENT_NAME_IS_THE_PLACE = (
    "On Tuesday the Parliament of Queensland (QLD), Australia passed a bill on water rights. Farmers in Brisbane "
    "welcomed the vote.",
)
_MAINLAND_AND_ISLAND_OF_ARE_REGIONS = (
    "Ferries from Macau to mainland China were halted.",
    "The storm later reached the island of Tavula Levu.",
)
_NAMED_REGION_BEFORE_A_LOWER_CASE_NOUN = (
    "A building collapsed in Kuzovo, a city in the Ural region of Russia.",
)
_A_BORDER_NAMED_BY_ABBREVIATED_STATES_IS_A_REGION_IN_BOTH = (
    "Hundreds of migrants waited near the U.S.-Mexican border on Sunday.",
)
_REGION_NAMED_BY_ITS_TWO_WORD_ADJECTIVE = (
    "Chile became the third Latin American country to pass the law in Santiago on Monday.",
    "The South American group signed a pact in Santiago.",
)
_WASHINGTON_DC_AND_STATES_LISTED_WITH_STATES = (
    "Raids took place in Ohio, New York, Oregon and Washington, and in Washington, D.C. on Friday.",
)
_BRACKETED_INITIALS_JOIN_THE_PLACE_THEY_SHORTEN = (
    "Roads were closed in Halifax, Nova Scotia (N.S.), Canada on Monday after heavy rain.",
    "Officials in N.S. said more rain was expected.",
)


# Names that must be listed as places.
PRESENT = [
    case(
        "U.S.-Mexican border",
        *_A_BORDER_NAMED_BY_ABBREVIATED_STATES_IS_A_REGION_IN_BOTH,
        id="a-border-named-by-abbreviated-states-is-a-region-in-both-u-s-mexican-border",
        title="Migrants wait",
    ),
    case(
        "Mexico",
        *_A_BORDER_NAMED_BY_ABBREVIATED_STATES_IS_A_REGION_IN_BOTH,
        id="a-border-named-by-abbreviated-states-is-a-region-in-both-mexico",
        title="Migrants wait",
    ),
    case(
        "South America",
        *_REGION_NAMED_BY_ITS_TWO_WORD_ADJECTIVE,
        id="region-named-by-its-two-word-adjective-south-america",
        title="Vote",
    ),
    case(
        "Nova Scotia",
        *_BRACKETED_INITIALS_JOIN_THE_PLACE_THEY_SHORTEN,
        id="bracketed-initials-join-the-place-they-shorten-nova-scotia",
        title="Flooding closes roads in Nova Scotia",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", PRESENT)
def test_is_a_place(nlp, title, paragraphs, name):
    assert name in found(title, *paragraphs)


# Names that must not be listed as places.
ABSENT = [
    case(
        "QLD",
        *_PROVINCE_IN_PARLIAMENT_NAME_IS_THE_PLACE,
        id="province-in-parliament-name-is-the-place-qld",
        title="Regional news",
    ),
    case(
        "U.S.-Mexican",
        *_A_BORDER_NAMED_BY_ABBREVIATED_STATES_IS_A_REGION_IN_BOTH,
        id="a-border-named-by-abbreviated-states-is-a-region-in-both-u-s-mexican",
        title="Migrants wait",
    ),
    case(
        "N.S.",
        *_BRACKETED_INITIALS_JOIN_THE_PLACE_THEY_SHORTEN,
        id="bracketed-initials-join-the-place-they-shorten-n-s",
        title="Flooding closes roads in Nova Scotia",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", ABSENT)
def test_is_no_place(nlp, title, paragraphs, name):
    assert name not in found(title, *paragraphs)


# What a listed place must be.
ATTRS = [
    attr_case(
        "Voronezh",
        "kind",
        "region",
        "Voronezh's governor said drones hit Voronezh regional power lines in Russia.",
        id="place-whose-governor-is-named-is-a-region-kind",
        title="Regional news",
    ),
    attr_case(
        "Voronezh",
        "country",
        "Russia",
        "Voronezh's governor said drones hit Voronezh regional power lines in Russia.",
        id="place-whose-governor-is-named-is-a-region-country",
        title="Regional news",
    ),
    attr_case(
        "Fresno County",
        "kind",
        "region",
        "Officials from Fresno County met United States weather experts on Monday.",
        id="county-named-after-a-town-of-a-named-country-kind",
        title="Regional news",
    ),
    attr_case(
        "Fresno County",
        "country",
        "United States",
        "Officials from Fresno County met United States weather experts on Monday.",
        id="county-named-after-a-town-of-a-named-country-country",
        title="Regional news",
    ),
    attr_case(
        "New York State",
        "kind",
        "region",
        "Traffic between New York State and Ontario fell sharply in Canada last month, officials in Toronto and "
        "Ottawa said.",
        id="state-written-with-state-is-the-us-state-kind",
        title="Regional news",
    ),
    attr_case(
        "New York State",
        "country",
        "United States",
        "Traffic between New York State and Ontario fell sharply in Canada last month, officials in Toronto and "
        "Ottawa said.",
        id="state-written-with-state-is-the-us-state-country",
        title="Regional news",
    ),
    attr_case(
        "Queensland",
        "kind",
        "region",
        *_PROVINCE_IN_PARLIAMENT_NAME_IS_THE_PLACE,
        id="province-in-parliament-name-is-the-place-queensland-kind",
        title="Regional news",
    ),
    attr_case(
        "Queensland",
        "country",
        "Australia",
        *_PROVINCE_IN_PARLIAMENT_NAME_IS_THE_PLACE,
        id="province-in-parliament-name-is-the-place-queensland-country",
        title="Regional news",
    ),
    attr_case(
        "mainland China",
        "kind",
        "region",
        *_MAINLAND_AND_ISLAND_OF_ARE_REGIONS,
        id="mainland-and-island-of-are-regions-mainland-china-kind",
        title="Ferry",
    ),
    attr_case(
        "mainland China",
        "country",
        "China",
        *_MAINLAND_AND_ISLAND_OF_ARE_REGIONS,
        id="mainland-and-island-of-are-regions-mainland-china-country",
        title="Ferry",
    ),
    attr_case(
        "Tavula Levu",
        "kind",
        "region",
        *_MAINLAND_AND_ISLAND_OF_ARE_REGIONS,
        id="mainland-and-island-of-are-regions-tavula-levu-kind",
        title="Ferry",
    ),
    attr_case(
        "Ural region",
        "kind",
        "region",
        *_NAMED_REGION_BEFORE_A_LOWER_CASE_NOUN,
        id="named-region-before-a-lower-case-noun-ural-region-kind",
        title="Collapse",
    ),
    attr_case(
        "Ural region",
        "country",
        "Russia",
        *_NAMED_REGION_BEFORE_A_LOWER_CASE_NOUN,
        id="named-region-before-a-lower-case-noun-ural-region-country",
        title="Collapse",
    ),
    attr_case(
        "U.S.-Mexican border",
        "kind",
        "region",
        *_A_BORDER_NAMED_BY_ABBREVIATED_STATES_IS_A_REGION_IN_BOTH,
        id="a-border-named-by-abbreviated-states-is-a-region-in-both-u-s-mexican-kind",
        title="Migrants wait",
    ),
    attr_case(
        "Latin America",
        "kind",
        "region",
        *_REGION_NAMED_BY_ITS_TWO_WORD_ADJECTIVE,
        id="region-named-by-its-two-word-adjective-latin-america-kind",
        title="Vote",
    ),
    attr_case(
        "South America",
        "country",
        "",
        *_REGION_NAMED_BY_ITS_TWO_WORD_ADJECTIVE,
        id="region-named-by-its-two-word-adjective-south-america-country",
        title="Vote",
    ),
    attr_case(
        "New York",
        "kind",
        "region",
        *_WASHINGTON_DC_AND_STATES_LISTED_WITH_STATES,
        id="washington-dc-and-states-listed-with-states-new-york-kind",
        title="Lawsuit",
    ),
    attr_case(
        "Washington, D.C.",
        "kind",
        "city",
        *_WASHINGTON_DC_AND_STATES_LISTED_WITH_STATES,
        id="washington-dc-and-states-listed-with-states-washington-d-c-kind",
        title="Lawsuit",
    ),
    attr_case(
        "Washington",
        "kind",
        "region",
        *_WASHINGTON_DC_AND_STATES_LISTED_WITH_STATES,
        id="washington-dc-and-states-listed-with-states-washington-kind",
        title="Lawsuit",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name, attribute, value", ATTRS)
def test_place_attribute(nlp, title, paragraphs, name, attribute, value):
    assert getattr(found(title, *paragraphs)[name], attribute) == value


def test_regions_spanning_states():
    assert _spans_states("Middle Eastern")
    assert _spans_states("Amazon rainforest", alone=False)
    assert _spans_states("Sahel region")
    assert not _spans_states("Amazon", alone=False)
    assert not _spans_states("Tigray region")
    assert not _spans_states("Bavarian")


def test_a_region_given_its_name_is_a_place(nlp):
    b = make(
        "Voters back new autonomous area",
        "Officials in Manila said the new province, to be called Maranaw Sur, would govern itself.",
    )
    assert "Maranaw Sur" in places_of(b)


def test_a_name_before_a_nature_noun_is_the_area(nlp):
    b = make("Fires spread", "Fires are burning in the Gran Chaco forest and the Okavango delta this week.")
    got = {k.lower() for k in places_of(b)}
    assert "gran chaco forest" in got and "okavango delta" in got


def test_unlisted_name_the_text_calls_a_province_is_a_region(nlp):
    places = places_of(make(
        "Blast",
        "A bomb exploded in Qarabel on Monday. Officials of the Qarabel province council said ten died.",
    ))
    if "Qarabel" in places:
        assert places["Qarabel"].kind == "region"


def test_the_state_of_x_is_x(nlp):
    ps = places_of(make(
        "Driver sentenced",
        "He was found guilty under the laws of the State of Virginia, where the crash happened.",
        "The crash in Charlottesville, Virginia, killed one woman.",
    ))
    assert "Virginia" in ps and "State of Virginia" not in ps
    assert len(ps["Virginia"].mentions) == 2


def test_a_name_before_a_district_noun_is_a_place_not_a_person(nlp):
    b = make(
        "Teenager shot",
        "The shooting took place in the Tsuen Wan district of Hong Kong on Tuesday, police said.",
    )
    assert "Tsuen Wan" in places_of(b)
    assert "Tsuen Wan" not in {a.name for a in extract(b).actors}


def test_regions_of_unitary_states_and_a_region_after_its_town_are_places(nlp):
    got = regional_places("The case concerned two religious schools in Livorno, Tuscany, which must pay arrears.",
                          "Fighting spread across North Kivu and South Kordofan, while factories in Guangdong "
                          "closed.")
    assert got.get("Tuscany") == ("region", "Italy"), got
    assert got.get("North Kivu") == ("region", "Democratic Republic of the Congo"), got
    assert got.get("South Kordofan") == ("region", "Sudan"), got
    assert got.get("Guangdong") == ("region", "China"), got


def test_an_island_named_with_its_noun_is_the_listed_island(nlp):
    got = places_of(make("Storm passes", "The storm reached Martinique on Monday.",
                         "Fishermen on Martinique Island stayed ashore."))
    assert "Martinique Island" not in got and got["Martinique"].country == "France"



def test_a_capital_named_after_of_and_a_lower_case_ocean_are_places(nlp):
    got = places_of(make("Island plan", "The president spoke from the country's capital of Male on Monday.",
                         "The islands lie in the Indian ocean."))
    assert got["Male"].kind == "city"
    assert got["Indian ocean"].kind == "region"
