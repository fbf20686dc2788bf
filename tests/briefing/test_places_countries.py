"""Places' countries: where an unlisted name lies, the country a story is set in, and
states that are places of the story rather than parties speaking in it."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from tests.briefing.briefings import make
from tests.briefing.extracted import attribute_case as attr_case
from tests.briefing.extracted import name_case as case
from tests.briefing.extracted import places_found as found
from tests.briefing.extracted import places_of
from tests.briefing.extracted import regional_places as _places

_KINDS_AND_COUNTRIES_COME_FROM_GAZETTEER_AND_TEXT = (
    "Fighting broke out in northern Syria near the town of Korsafa on Tuesday.",
    "Delegates later met in New York and in the Gaza Strip; Gaza was calm.",
)
_STATES_THAT_SPEAK_OR_ARE_LISTED_AS_PARTIES_ARE_NOT_PLACES = (
    "Inspectors visited a plant in central Iran on Monday.",
    "Germany, France and Britain urged Iran to return to the deal.",
    "President Ana Ruiz of Peru said the talks would resume, and payments are made in U.S. dollars.",
    "London has summoned the ambassador.",
)
_A_COUNTRY_HOLDING_PLACES_OF_THE_TEXT_IS_A_PLACE = (
    "Polls closed in Ohio and Georgia on Tuesday, US officials said.",
)
_SETTING_COUNTRY_NAMED_BY_DEMONYMS = (
    "Kenyan police fired tear gas at protesters in central Nairobi.",
    "The protesters accused the Kenyan government of corruption.",
)
_STATES_LISTED_AS_MEMBERS_OF_A_GROUP_ARE_PARTIES = (
    "The bloc, an informal group of four countries, Chile, Peru, Ecuador and Bolivia, met in Lima.",
    "Floods hit three countries, Brazil, Uruguay and Paraguay, last week.",
)
_A_DEMONYM_WORLD_AND_A_DEMONYM_HOSPITAL_ARE_PLACES = (
    "He had the longest reign in the Muslim world.",
    "After a week in an Austrian hospital he returned to Muscat.",
)
_CAPITAL_NAMED_AFTER_THE_WORD_CAPITAL = (
    "Two bombs went off last week in the country's capital, Nairobi, police in Kenya said.",
)
_TOWN_WITH_ITS_STATE_IS_A_TOWN_EVEN_WHEN_A_PERSON_SHARES_THE_NAME = (
    "Police chief Tom Plano said the suspect, a man from Plano, Texas, was held in Dallas.",
)


# Names that must be listed as places.
PRESENT = [
    case(
        "Iran",
        *_STATES_THAT_SPEAK_OR_ARE_LISTED_AS_PARTIES_ARE_NOT_PLACES,
        id="states-that-speak-or-are-listed-as-parties-are-not-places-iran",
        title="Deal",
    ),
    case(
        "United States",
        *_A_COUNTRY_HOLDING_PLACES_OF_THE_TEXT_IS_A_PLACE,
        id="a-country-holding-places-of-the-text-is-a-place-united-states",
        title="Vote",
    ),
    case(
        "Kenya",
        *_SETTING_COUNTRY_NAMED_BY_DEMONYMS,
        id="setting-country-named-by-demonyms-kenya",
        title="Kenyan police disperse protesters",
    ),
    case(
        "Malaysia",
        "The grocer sold its 40 Malaysian stores last year.",
        id="demonym-before-a-place-noun-names-the-state",
        title="Retail",
    ),
    case(
        "Lima",
        *_STATES_LISTED_AS_MEMBERS_OF_A_GROUP_ARE_PARTIES,
        id="states-listed-as-members-of-a-group-are-parties-lima",
        title="Trade bloc meets in Lima",
    ),
    case(
        "Brazil",
        *_STATES_LISTED_AS_MEMBERS_OF_A_GROUP_ARE_PARTIES,
        id="states-listed-as-members-of-a-group-are-parties-brazil",
        title="Trade bloc meets in Lima",
    ),
    case(
        "Uruguay",
        *_STATES_LISTED_AS_MEMBERS_OF_A_GROUP_ARE_PARTIES,
        id="states-listed-as-members-of-a-group-are-parties-uruguay",
        title="Trade bloc meets in Lima",
    ),
    case(
        "Paraguay",
        *_STATES_LISTED_AS_MEMBERS_OF_A_GROUP_ARE_PARTIES,
        id="states-listed-as-members-of-a-group-are-parties-paraguay",
        title="Trade bloc meets in Lima",
    ),
    case(
        "Muslim world",
        *_A_DEMONYM_WORLD_AND_A_DEMONYM_HOSPITAL_ARE_PLACES,
        id="a-demonym-world-and-a-demonym-hospital-are-places-muslim-world",
        title="Ruler dies",
    ),
    case(
        "Austria",
        *_A_DEMONYM_WORLD_AND_A_DEMONYM_HOSPITAL_ARE_PLACES,
        id="a-demonym-world-and-a-demonym-hospital-are-places-austria",
        title="Ruler dies",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", PRESENT)
def test_is_a_place(nlp, title, paragraphs, name):
    assert name in found(title, *paragraphs)


# Names that must not be listed as places.
ABSENT = [
    case(
        "Gaza",
        *_KINDS_AND_COUNTRIES_COME_FROM_GAZETTEER_AND_TEXT,
        id="kinds-and-countries-come-from-gazetteer-and-text-gaza",
        title="Clashes",
    ),
    case(
        "Germany",
        *_STATES_THAT_SPEAK_OR_ARE_LISTED_AS_PARTIES_ARE_NOT_PLACES,
        id="states-that-speak-or-are-listed-as-parties-are-not-places-germany",
        title="Deal",
    ),
    case(
        "France",
        *_STATES_THAT_SPEAK_OR_ARE_LISTED_AS_PARTIES_ARE_NOT_PLACES,
        id="states-that-speak-or-are-listed-as-parties-are-not-places-france",
        title="Deal",
    ),
    case(
        "United Kingdom",
        *_STATES_THAT_SPEAK_OR_ARE_LISTED_AS_PARTIES_ARE_NOT_PLACES,
        id="states-that-speak-or-are-listed-as-parties-are-not-places-united-kingdom",
        title="Deal",
    ),
    case(
        "Peru",
        *_STATES_THAT_SPEAK_OR_ARE_LISTED_AS_PARTIES_ARE_NOT_PLACES,
        id="states-that-speak-or-are-listed-as-parties-are-not-places-peru",
        title="Deal",
    ),
    case(
        "United States",
        *_STATES_THAT_SPEAK_OR_ARE_LISTED_AS_PARTIES_ARE_NOT_PLACES,
        id="states-that-speak-or-are-listed-as-parties-are-not-places-united-states",
        title="Deal",
    ),
    case(
        "London",
        *_STATES_THAT_SPEAK_OR_ARE_LISTED_AS_PARTIES_ARE_NOT_PLACES,
        id="states-that-speak-or-are-listed-as-parties-are-not-places-london",
        title="Deal",
    ),
    case(
        "Chile",
        *_STATES_LISTED_AS_MEMBERS_OF_A_GROUP_ARE_PARTIES,
        id="states-listed-as-members-of-a-group-are-parties-chile",
        title="Trade bloc meets in Lima",
    ),
    case(
        "Ecuador",
        *_STATES_LISTED_AS_MEMBERS_OF_A_GROUP_ARE_PARTIES,
        id="states-listed-as-members-of-a-group-are-parties-ecuador",
        title="Trade bloc meets in Lima",
    ),
    case(
        "Bolivia",
        *_STATES_LISTED_AS_MEMBERS_OF_A_GROUP_ARE_PARTIES,
        id="states-listed-as-members-of-a-group-are-parties-bolivia",
        title="Trade bloc meets in Lima",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", ABSENT)
def test_is_no_place(nlp, title, paragraphs, name):
    assert name not in found(title, *paragraphs)


# Places that, if listed, must lie in no known country.
NO_COUNTRY = [
    case(
        "Tembwezi Valley",
        "Officials in Nairobi said Tembwezi Valley was beautiful.",
        id="unlisted-name-only-mentioned-stays-without-country",
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
        "Vorlak Island",
        "country",
        "United States",
        "A cargo ship sank near Vorlak Island off the coast of Oregon on Sunday.",
        id="island-off-the-coast-of-a-state-lies-in-its-country-country",
        title="Regional news",
    ),
    attr_case(
        "Mount Tembwezi",
        "kind",
        "site",
        "Hikers in Nairobi said the climber was found dead at Mount Tembwezi on Friday.",
        id="unlisted-site-where-something-happens-takes-the-one-known-country-kind",
        title="Regional news",
    ),
    attr_case(
        "Mount Tembwezi",
        "country",
        "Kenya",
        "Hikers in Nairobi said the climber was found dead at Mount Tembwezi on Friday.",
        id="unlisted-site-where-something-happens-takes-the-one-known-country-country",
        title="Regional news",
    ),
    attr_case(
        "Santa Irelda",
        "country",
        "Mexico",
        "Flooding struck Oaxaca on Monday. The quake's epicentre lay ten kilometres southwest of the town of Santa "
        "Irelda.",
        id="town-a-distance-from-which-something-happened-country",
        title="Regional news",
    ),
    attr_case(
        "northern Syria",
        "kind",
        "region",
        *_KINDS_AND_COUNTRIES_COME_FROM_GAZETTEER_AND_TEXT,
        id="kinds-and-countries-come-from-gazetteer-and-text-northern-syria-kind",
        title="Clashes",
    ),
    attr_case(
        "northern Syria",
        "country",
        "Syria",
        *_KINDS_AND_COUNTRIES_COME_FROM_GAZETTEER_AND_TEXT,
        id="kinds-and-countries-come-from-gazetteer-and-text-northern-syria-country",
        title="Clashes",
    ),
    attr_case(
        "New York",
        "kind",
        "city",
        *_KINDS_AND_COUNTRIES_COME_FROM_GAZETTEER_AND_TEXT,
        id="kinds-and-countries-come-from-gazetteer-and-text-new-york-kind",
        title="Clashes",
    ),
    attr_case(
        "Gaza Strip",
        "kind",
        "region",
        *_KINDS_AND_COUNTRIES_COME_FROM_GAZETTEER_AND_TEXT,
        id="kinds-and-countries-come-from-gazetteer-and-text-gaza-strip-kind",
        title="Clashes",
    ),
    attr_case(
        "Georgia",
        "country",
        "United States",
        *_A_COUNTRY_HOLDING_PLACES_OF_THE_TEXT_IS_A_PLACE,
        id="a-country-holding-places-of-the-text-is-a-place-georgia-country",
        title="Vote",
    ),
    attr_case(
        "Nairobi",
        "country",
        "Kenya",
        *_SETTING_COUNTRY_NAMED_BY_DEMONYMS,
        id="setting-country-named-by-demonyms-nairobi-country",
        title="Kenyan police disperse protesters",
    ),
    attr_case(
        "Muslim world",
        "country",
        "",
        *_A_DEMONYM_WORLD_AND_A_DEMONYM_HOSPITAL_ARE_PLACES,
        id="a-demonym-world-and-a-demonym-hospital-are-places-muslim-world-country",
        title="Ruler dies",
    ),
    attr_case(
        "Nairobi",
        "kind",
        "city",
        *_CAPITAL_NAMED_AFTER_THE_WORD_CAPITAL,
        id="capital-named-after-the-word-capital-nairobi-kind",
        title="Blasts",
    ),
    attr_case(
        "Nairobi",
        "country",
        "Kenya",
        *_CAPITAL_NAMED_AFTER_THE_WORD_CAPITAL,
        id="capital-named-after-the-word-capital-nairobi-country",
        title="Blasts",
    ),
    attr_case(
        "Plano",
        "kind",
        "city",
        *_TOWN_WITH_ITS_STATE_IS_A_TOWN_EVEN_WHEN_A_PERSON_SHARES_THE_NAME,
        id="town-with-its-state-is-a-town-even-when-a-person-shares-the-name-plano-kind",
        title="Arrest",
    ),
    attr_case(
        "Plano",
        "country",
        "United States",
        *_TOWN_WITH_ITS_STATE_IS_A_TOWN_EVEN_WHEN_A_PERSON_SHARES_THE_NAME,
        id="town-with-its-state-is-a-town-even-when-a-person-shares-the-name-plano-country",
        title="Arrest",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name, attribute, value", ATTRS)
def test_place_attribute(nlp, title, paragraphs, name, attribute, value):
    assert getattr(found(title, *paragraphs)[name], attribute) == value


def test_unlisted_seat_in_a_story_set_in_one_country(nlp):
    a = extract(make("Kenya election results",
                     "Voters in Kenya went to the polls on Tuesday. The party leader was defeated in "
                     "Kiptenge East by a newcomer, and turnout in Kenya was high."))
    got = {p.name: (p.kind, p.country) for p in a.places}
    assert got.get("Kiptenge East", ("", ""))[1] == "Kenya"


def test_name_people_come_from_takes_no_country_from_elsewhere(nlp):
    got = _places("Officials from Orange County met Chinese and French experts in Beijing on Monday.")
    assert got.get("Orange County", ("", ""))[1] != "China"


def test_story_country_that_has_a_past_is_still_its_scene(nlp):
    a = extract(make("Malawi President Jo Banda dies aged 70",
                     "Jo Banda, the President of Malawi, died on Sunday.",
                     "The government of Malawi announced his death on Monday.",
                     "Malawi had ten years of drought before his presidency."))
    assert "Malawi" in {p.name for p in a.places}


def test_slash_pair_names_both_countries(nlp):
    got = _places("The convoy was ambushed in the Iraq/Syria region on Monday.")
    assert "Iraq" in got and "Syria" in got
    assert not any(n.endswith("region") for n in got)


def test_site_named_after_a_town_lies_in_its_country(nlp):
    places = places_of(make(
        "Attack",
        "The wounded were taken from Lyon to the Lyon Central Police Station, France's police said.",
    ))
    site = next((p for n, p in places.items() if n.startswith("Lyon Central")), None)
    assert site is None or site.country == "France"


def test_island_names_are_regions_and_country_names_keep_the_texts_form(nlp):
    places = places_of(make(
        "Storm",
        "The boat sank near Tarrow Island. Aid came from the Czech Republic and Austria.",
    ))
    assert "Czech Republic" in places
    if "Tarrow Island" in places:
        assert places["Tarrow Island"].kind != "city"


def test_the_formal_name_of_north_korea_is_north_korea_not_south_korea(nlp):
    from briefing.extract.gazetteer import gazetteer
    g = gazetteer()
    assert g.country("Democratic People’s Republic of Korea").name == "North Korea"
    assert g.country("Republic of Korea").name == "South Korea"
    assert g.country("DPRK").name == "North Korea"


def test_a_country_that_opens_the_title_before_a_colon_is_the_scene(nlp):
    where = places_of(make("Norway: Fishing Quota Talks Collapse",
                           "Norway rejected the quota proposal on Monday, and the fishermen's union called a strike.",
                           "Norway has not said when talks resume."))
    assert "Norway" in where


def test_states_that_went_through_something_are_places_not_parties(nlp):
    b = make("Vote passes calmly", "The vote passed calmly.",
             "Ghana, Liberia and Zambia have all experienced peaceful elections in recent years.")
    where = places_of(b)
    got = {a.name for a in extract(b).actors}
    for state in ("Ghana", "Liberia", "Zambia"):
        assert state in where
        assert state not in got


def test_a_state_name_cut_at_a_hyphen_or_apostrophe_is_whole(nlp):
    where = places_of(make("Coups and contested votes", "There were coups in Mali and Guinea-Bissau, and a contested "
                           "election in Cote D’Ivoire, in what analysts call a test for democracy in sub-Saharan "
                           "Africa."))
    assert {"Mali", "Guinea-Bissau", "Cote D’Ivoire", "sub-Saharan Africa"} <= set(where), sorted(where)
    assert where["Cote D’Ivoire"].kind == "country"
    assert "Africa" not in where


def test_a_country_listed_after_a_short_form_the_model_calls_a_body_is_a_place(nlp):
    got = places_of(make("Outbreak funding", "The United States commends Burundi for its swift action.",
                         "Burundi has asked for more help.",
                         "The money pays for response efforts in the DRC and Burundi."))
    assert "Burundi" in got
