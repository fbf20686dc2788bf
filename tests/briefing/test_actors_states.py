"""Actor rules for states: a state acts through its government or leader, not as a
venue, a coast, a currency, a citizen's origin or a list of places where things happened."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.names import government_of
from tests.briefing.briefings import make
from tests.briefing.extracted import actors, places_of
from tests.briefing.extracted import actors_found as found
from tests.briefing.extracted import attribute_case as attr_case
from tests.briefing.extracted import name_case as case

PORT = "Officials meet over port dispute"


_STATE_ONLY_NAMED_AS_VENUE_IS_NO_ACTOR = (
    "The talks were held in Norway on Monday. Delegates flew to Norway from Oslo.",
    "The Kenyan foreign minister said Kenya would sign the deal.",
)
_TERRITORY_ACTS_THROUGH_ITS_GOVERNMENT = (
    "The Macao government rejected the proposal on Tuesday. Protests were held in Macao after the vote.",
)
_GOVERNMENT_OF_A_STATE_IS_THE_STATE = (
    "We urge the Government of Kenya to hold free elections, the statement said.",
)
_PEOPLE_NAMED_AFTER_THEIR_PLACE_ARE_NO_ACTOR = (
    "Hong Kongers voted in large numbers on Sunday. The Cypriot foreign minister said Greek Cypriot interests were at "
    "stake.",
)
_COUNTRY_ONLY_AS_A_COAST_OR_A_CITIZENS_ORIGIN_IS_NO_ACTOR = (
    "Divers studied the reefs off the coast of Fiji last year.",
    "The lead diver, a U.S. national, said the corals were bleaching.",
)


# Names that must be listed as actors.
PRESENT = [
    case(
        "Kenya",
        *_STATE_ONLY_NAMED_AS_VENUE_IS_NO_ACTOR,
        id="state-only-named-as-venue-is-no-actor-kenya",
        title="Officials meet over port dispute",
    ),
    case(
        "Tanzania",
        "Mark Doyle flew to Dodoma, Tanzania, to meet President Samia Hassan on Friday.",
        id="state-acting-through-its-leader-is-an-actor",
        title="Officials meet over port dispute",
    ),
    case(
        "Government of Macao",
        *_TERRITORY_ACTS_THROUGH_ITS_GOVERNMENT,
        id="territory-acts-through-its-government-government-macao",
        title="Officials meet over port dispute",
    ),
    case(
        "Kenya",
        *_GOVERNMENT_OF_A_STATE_IS_THE_STATE,
        id="government-of-a-state-is-the-state-kenya",
        title="Officials meet over port dispute",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", PRESENT)
def test_is_an_actor(nlp, title, paragraphs, name):
    assert name in found(title, *paragraphs)


# Names that must not be listed as actors.
ABSENT = [
    case(
        "Norway",
        *_STATE_ONLY_NAMED_AS_VENUE_IS_NO_ACTOR,
        id="state-only-named-as-venue-is-no-actor-norway",
        title="Officials meet over port dispute",
    ),
    case(
        "Macao",
        *_TERRITORY_ACTS_THROUGH_ITS_GOVERNMENT,
        id="territory-acts-through-its-government-macao",
        title="Officials meet over port dispute",
    ),
    case(
        "Government of Kenya",
        *_GOVERNMENT_OF_A_STATE_IS_THE_STATE,
        id="government-of-a-state-is-the-state-government-kenya",
        title="Officials meet over port dispute",
    ),
    case(
        "Hong Kongers",
        *_PEOPLE_NAMED_AFTER_THEIR_PLACE_ARE_NO_ACTOR,
        id="people-named-after-their-place-are-no-actor-hong-kongers",
        title="Officials meet over port dispute",
    ),
    case(
        "Greek Cypriot",
        *_PEOPLE_NAMED_AFTER_THEIR_PLACE_ARE_NO_ACTOR,
        id="people-named-after-their-place-are-no-actor-greek-cypriot",
        title="Officials meet over port dispute",
    ),
    case(
        "Fiji",
        *_COUNTRY_ONLY_AS_A_COAST_OR_A_CITIZENS_ORIGIN_IS_NO_ACTOR,
        id="country-only-as-a-coast-or-a-citizens-origin-is-no-actor-fiji",
        title="Corals bleach in warm water",
    ),
    case(
        "United States",
        *_COUNTRY_ONLY_AS_A_COAST_OR_A_CITIZENS_ORIGIN_IS_NO_ACTOR,
        id="country-only-as-a-coast-or-a-citizens-origin-is-no-actor-united-states",
        title="Corals bleach in warm water",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", ABSENT)
def test_is_no_actor(nlp, title, paragraphs, name):
    assert name not in found(title, *paragraphs)


# What a listed actor must be.
ATTRS = [
    attr_case(
        "Government of Macao",
        "kind",
        "organisation",
        *_TERRITORY_ACTS_THROUGH_ITS_GOVERNMENT,
        id="territory-acts-through-its-government-government-macao-kind",
        title="Officials meet over port dispute",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name, attribute, value", ATTRS)
def test_actor_attribute(nlp, title, paragraphs, name, attribute, value):
    assert getattr(found(title, *paragraphs)[name], attribute) == value


def test_government_of_names():
    assert government_of("Government of Kenya") == "kenya"
    assert government_of("the Kenyan government") == "kenyan"
    assert government_of("Macao authorities") == "macao"
    assert government_of("Kenya Airways") is None


def test_country_inside_a_name_or_a_currency_does_not_act(nlp):
    got = actors(
        "Most trade is paid in U.S. dollars, the Ghanaian trade minister said. "
        "Fighters of the Islamic State of Iraq and Syria fled. "
        "Prices also rose outside of Norway, the Ghanaian minister said.", title=PORT
    )
    assert "Ghana" in got
    for name in ("United States", "Iraq", "Norway"):
        assert name not in got, name


def test_countries_listed_as_places_of_events_are_no_parties(nlp):
    got = actors(
        "Police said raids took place in Austria, Belgium, Chile, Denmark and Peru on Monday.",
        "Complaints were reported in several regions during the dispute, including Norway, Kenya and Chile.",
        title=PORT,
    )
    for country in ("Belgium", "Denmark", "Peru", "Norway", "Kenya"):
        assert country not in got


def test_small_state_demonyms_are_in_the_table():
    from briefing.extract.names import demonym_country

    assert demonym_country("Samoan") == "Samoa"
    assert demonym_country("Mauritian") == "Mauritius"
    assert demonym_country("Bhutanese") == "Bhutan"
    assert demonym_country("Vatican") is None


def test_a_us_state_named_like_a_country_is_no_state_actor(nlp):
    got = found(
        "Senators propose term limits",
        "The amendment was co-sponsored by Senators Ann Kerr of Florida, Tom Vale of Utah, "
        "and Dan Price of Georgia, all Republicans.",
        "Kerr said the Senate would vote in the spring.",
    )
    assert "Georgia" not in got
    assert "Georgia" in places_of(make(
        "Senators propose term limits",
        "The amendment was co-sponsored by Senators Ann Kerr of Florida, Tom Vale of Utah, "
        "and Dan Price of Georgia, all Republicans.",
    ))


def test_states_whose_envoys_take_part_are_actors_not_places(nlp):
    b = make("Ministers end fisheries meeting",
             "Representatives from the following nations were present at the two-day meeting: the Hellenic Republic, "
             "Canada, the Italian Republic and Japan.",
             "Officials from Chile and Peru met in Lima on Tuesday.")
    got = {a.name: a for a in extract(b).actors}
    where = places_of(b)
    for state in ("Greece", "Canada", "Italy", "Japan", "Chile", "Peru"):
        assert got[state].kind == "state"
        assert state not in where
    assert "Lima" in where


def test_states_that_send_troops_are_actors_not_places(nlp):
    b = make("Peacekeepers land", "The 900 peacekeepers from Ghana and Malawi landed in Goma on Monday.")
    got = {a.name: a for a in extract(b).actors}
    where = places_of(b)
    for state in ("Ghana", "Malawi"):
        assert got[state].kind == "state"
        assert state not in where
    assert "Goma" in where


def test_states_people_come_from_stay_places(nlp):
    where = places_of(make("Visitors return", "Tourists from Chile and Peru visited Lima on Tuesday."))
    assert {"Chile", "Peru", "Lima"} <= set(where)


def test_states_whose_ministers_or_governments_speak_together_are_actors(nlp):
    got = actors(
        "The statement was released by the Governments of Norway, Chile and Kenya. "
        "We, the G20 Trade Ministers of Brazil, Indonesia and Mexico, urge both sides to talk.",
        title="Joint statement on the strait",
    )
    for state in ("Norway", "Chile", "Kenya", "Brazil", "Indonesia", "Mexico"):
        assert got[state].kind == "state"
    assert not any(name.startswith("Governments") for name in got)


def test_a_state_named_only_as_a_private_persons_origin_is_no_actor(nlp):
    got = actors("Tributes were paid on Sunday to US actor Dale Whitmore, who died aged 43.",
                 "Canadian wrestler Joe Lemieux also died this week.", title="Tributes")
    assert "United States" not in got and "Canada" not in got
    assert got["Dale Whitmore"].affiliation == "United States"


def test_troops_coming_home_from_a_state_leave_it_a_place(nlp):
    b = make("Withdrawal", "President Biden ordered troops from Syria to return home.")
    assert "Syria" in places_of(b)
