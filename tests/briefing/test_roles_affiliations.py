"""Affiliations of people: organisations after the name, possessives and "of"
phrases, canonical affiliation names, legislatures and courts, and the state a
national office belongs to."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.affiliations import canonical_affiliation, resolve_affiliation
from tests.briefing.briefings import make
from tests.briefing.extracted import people
from tests.briefing.extracted import role_case as attr_case

_POSSESSIVE_ORGANISATION_GIVES_THE_AFFILIATION = (
    "Speaking to the press, Joan Whitby, Tesco's chief executive, said prices would rise.",
)
_US_SENATORS_BELONG_TO_THE_SENATE = (
    "Support came from Ohio Senator Mary Keane. Senator Paul Dorn of Oregon agreed with her.",
)
_NATIONAL_OFFICE_TAKES_THE_STATE_THE_STORY_IS_SET_IN = (
    "A flood hit Manila and Cebu on Monday, and rescuers reached Davao on Tuesday.",
    "President Lito Ramos visited the area, and Health Secretary Ana Cruz said hospitals were full.",
    "The Philippines asked for help.",
)


# Role or affiliation a person must be given.
ATTRS = [
    attr_case(
        "Mark Delaney",
        "affiliation",
        "World Health Organization",
        "Mark Delaney of the World Health Organization told reporters the outbreak was slowing.",
        id="organisation-after-the-name-affiliation",
    ),
    attr_case(
        "Joan Whitby",
        "role",
        "Chief Executive",
        *_POSSESSIVE_ORGANISATION_GIVES_THE_AFFILIATION,
        id="possessive-organisation-gives-the-affiliation-joan-whitby-role",
    ),
    attr_case(
        "Joan Whitby",
        "affiliation",
        "Tesco",
        *_POSSESSIVE_ORGANISATION_GIVES_THE_AFFILIATION,
        id="possessive-organisation-gives-the-affiliation-joan-whitby-affiliation",
    ),
    attr_case(
        "John Farrow",
        "affiliation",
        "",
        "John Farrow of Springfield said the storm flattened his barn.",
        id="home-town-is-no-affiliation-affiliation",
    ),
    attr_case(
        "Mary Keane",
        "role",
        "Senator from Ohio",
        *_US_SENATORS_BELONG_TO_THE_SENATE,
        id="us-senators-belong-to-the-senate-mary-keane-role",
    ),
    attr_case(
        "Mary Keane",
        "affiliation",
        "United States Senate",
        *_US_SENATORS_BELONG_TO_THE_SENATE,
        id="us-senators-belong-to-the-senate-mary-keane-affiliation",
    ),
    attr_case(
        "Paul Dorn",
        "role",
        "Senator from Oregon",
        *_US_SENATORS_BELONG_TO_THE_SENATE,
        id="us-senators-belong-to-the-senate-paul-dorn-role",
    ),
    attr_case(
        "Paul Dorn",
        "affiliation",
        "United States Senate",
        *_US_SENATORS_BELONG_TO_THE_SENATE,
        id="us-senators-belong-to-the-senate-paul-dorn-affiliation",
    ),
    attr_case(
        "Lito Ramos",
        "affiliation",
        "Philippines",
        *_NATIONAL_OFFICE_TAKES_THE_STATE_THE_STORY_IS_SET_IN,
        id="national-office-takes-the-state-the-story-is-set-in-lito-ramos-affiliation",
    ),
    attr_case(
        "Ana Cruz",
        "affiliation",
        "Philippines",
        *_NATIONAL_OFFICE_TAKES_THE_STATE_THE_STORY_IS_SET_IN,
        id="national-office-takes-the-state-the-story-is-set-in-ana-cruz-affiliation",
    ),
    attr_case(
        "Omar Haddad",
        "affiliation",
        "",
        "Talks in Paris and Berlin went on. President Omar Haddad said little; France and Germany agreed.",
        id="no-state-when-none-dominates-affiliation",
    ),
    attr_case(
        "Dana Kessler",
        "affiliation",
        "Northwind Airlines",
        "Shares in Northwind Airlines fell on Monday. Northwind Airlines CEO Dana Kessler said jobs were safe.",
        id="listed-organisation-opening-a-title-is-the-affiliation-affiliation",
    ),
    attr_case(
        "Ivan Petrov",
        "affiliation",
        "Russia",
        "Floods hit Moscow and Kazan on Monday, Russian media said. Emergencies Minister Ivan Petrov flew to Moscow. "
        "The Emergencies Ministry said 40 were hurt.",
        id="ministers-title-word-is-no-organisation-affiliation",
    ),
    attr_case(
        "Lena Park",
        "affiliation",
        "Green Valley Watch",
        "Lena Park of Green Valley Watch said the strike would go on.",
        id="unlabelled-body-after-of-is-the-affiliation-affiliation",
    ),
    attr_case(
        "Tomas Reyna",
        "affiliation",
        "University of Norland",
        "The study was led by Tomas Reyna of the Keller School of Ocean Studies at the University of Norland, who "
        "said more work was needed.",
        id="unit-of-a-university-gives-the-university-affiliation",
    ),
    attr_case(
        "Daniel Okafor",
        "affiliation",
        "Reuters",
        "The report was welcomed on Monday. Reuters's Daniel Okafor said the talks had stalled.",
        id="possessive-organisation-without-a-title-affiliation",
    ),
    attr_case(
        "Priya Nandra",
        "affiliation",
        "London",
        "Mayor of London Priya Nandra said the bridge would reopen on Monday.",
        id="mayor-of-a-city-is-affiliated-with-the-city-affiliation",
    ),
    attr_case(
        "Nell Ashcombe",
        "affiliation",
        "Vermont",
        "In Vermont, which had planned a vote on Tuesday, Governor Nell Ashcombe postponed it.",
        id="governor-belongs-to-the-state-the-sentence-names-affiliation",
    ),
    attr_case(
        "Dale Witmer",
        "affiliation",
        "United States House of Representatives",
        "Representative Dale Witmer of Ohio's 9th district said he would resign.",
        id="representative-of-a-state-sits-in-the-house-affiliation",
    ),
]


@pytest.mark.parametrize("paragraphs, name, attribute, value", ATTRS)
def test_person_attribute(paragraphs, name, attribute, value):
    assert getattr(people(*paragraphs)[name], attribute) == value


def test_canonical_affiliation_names():
    assert canonical_affiliation("UK") == "United Kingdom"
    assert canonical_affiliation("the Kremlin") == "Russia"
    assert canonical_affiliation("Greek") == "Greece"
    assert canonical_affiliation("the Harbour Workers Union") == "Harbour Workers Union"
    assert canonical_affiliation("World Weather Agency (WWA") == "World Weather Agency"


def test_affiliation_resolves_to_a_listed_actor():
    listed = [("National Weather Bureau", {"National Weather Bureau", "NWB"}), ("Norland", {"Norland"})]
    assert resolve_affiliation("NWB", listed) == "National Weather Bureau"
    assert resolve_affiliation("the National Weather Bureau", listed) == "National Weather Bureau"
    assert resolve_affiliation("Acme", listed) == "Acme"


def test_state_senator_is_not_a_member_of_congress():
    got = people("State Senator Bill Varga of Ohio voted against the budget.")
    assert got["Bill Varga"].affiliation != "United States Senate"


def test_possessive_organisation_before_an_apposition():
    got = extract(make("Airline banned", "Germany banned Volta Air on Monday. Reports say Volta's director, "
                       "Karim Azadi, has ties to the army.")).actors
    by_name = {a.name: a for a in got}
    assert by_name["Karim Azadi"].affiliation == "Volta Air"
    assert by_name["Karim Azadi"].role == "Director"


def test_person_of_a_body_is_affiliated_with_it():
    text = "Mark Delaney of the Harbour Workers Federation said the strike would continue."
    got = {a.name: a for a in extract(make("Port strike continues", text)).actors}
    person = next((a for a in got.values() if a.kind == "person"), None)
    assert person is not None and "Federation" in person.affiliation


def test_big_city_is_no_short_form_of_a_body_named_after_it():
    listed = [("London Stock Exchange", {"London Stock Exchange"}), ("Mahan Air", {"Mahan Air"})]
    assert resolve_affiliation("London", listed) == "London"
    assert resolve_affiliation("Mahan", listed) == "Mahan Air"


def test_district_judge_sits_on_the_district_court():
    got = people("On Monday, United States District Judge Mara Holloway blocked the harbour sale.")
    assert got["Mara Holloway"].affiliation == "United States District Court"
    assert "Judge" in got["Mara Holloway"].role


def test_an_occupation_in_the_plural_gives_each_listed_person_role_and_body(nlp):
    found = people(
        "On Monday, ESA astronauts Marta Lindqvist, Paolo Ferri, and Ines Duarte, along with "
        "CSA (Canadian Space Agency) astronaut David Saint-Jacques, rehearsed the launch.",
        "Russian cosmonauts Oleg Kononenko and Nikolai Chub returned to Earth on Friday.",
    )
    for name in ("Marta Lindqvist", "Paolo Ferri", "Ines Duarte"):
        assert (found[name].role, found[name].affiliation) == ("Astronaut", "ESA"), found[name]
    assert found["David Saint-Jacques"].affiliation == "Canadian Space Agency", found["David Saint-Jacques"]
    assert (found["Nikolai Chub"].role, found["Nikolai Chub"].affiliation) == ("Cosmonaut", "Russia")


def test_a_crew_post_is_a_role_and_a_body_after_two_people_is_both_of_theirs(nlp):
    found = people(
        "Rubio was joined by Commander Sergey Prokopyev and Flight Engineer Dmitiri Petelin of Roscosmos "
        "to train on descent.",
        "Mary Smith and John Doe of Boston University spoke, and President Emmanuel Macron and "
        "Chancellor Olaf Scholz of Germany met.",
    )
    assert (found["Dmitiri Petelin"].role, found["Dmitiri Petelin"].affiliation) == ("Flight Engineer", "Roscosmos")
    assert found["Sergey Prokopyev"].affiliation == "Roscosmos", found["Sergey Prokopyev"]
    assert found["Mary Smith"].affiliation == "Boston University", found["Mary Smith"]
    assert found["Emmanuel Macron"].affiliation != "Germany", found["Emmanuel Macron"]


def test_a_capitalised_plural_title_before_names_gives_each_the_title(nlp):
    found = people(
        "The case is prosecuted by Assistant U.S. Attorneys Andrew Erskine and Erika Csicsila.",
        "Former Vice President of the United States Joe Biden spoke on Tuesday.",
    )
    for name in ("Andrew Erskine", "Erika Csicsila"):
        assert (found[name].role, found[name].affiliation) == ("Assistant U.S. Attorney", "United States"), found[name]
    assert found["Joe Biden"].role.endswith("United States"), found["Joe Biden"]


def test_a_head_of_government_named_after_another_leader_takes_no_state_of_his(nlp):
    found = people("On Monday newly elected French President Francois Hollande met Chancellor Angela Merkel in "
                   "Berlin.")
    assert found["Francois Hollande"].affiliation == "France", found["Francois Hollande"]
    assert found["Angela Merkel"].affiliation != "France", found["Angela Merkel"]


def test_a_president_named_after_an_opposition_leader_of_his_state_keeps_it(nlp):
    found = people("Kenyan opposition leader Raila Odinga accused President William Ruto of fraud.")
    assert found["William Ruto"].affiliation == "Kenya", found["William Ruto"]


def test_members_of_congress_belong_to_their_chamber_in_a_us_story():
    got = people(
        "The U.S. Senate passed the bill in Washington, D.C. on Friday, and the House followed in Washington.",
        "\"This is a good day,\" said Senator Ann Hollis. Representative Jim Tolland voted against it, as did "
        "former Congressman Ray Duffy. Texas state Senator Joe Barr called it a mistake in Austin, Texas.",
    )
    assert got["Ann Hollis"].affiliation == "United States Senate"
    assert got["Jim Tolland"].affiliation == "United States House of Representatives"
    assert got["Ray Duffy"].role == "Former Representative"
    assert got["Joe Barr"].affiliation != "United States Senate"


def test_a_senator_elsewhere_or_a_representative_in_lower_case_joins_no_us_chamber():
    got = people("The United States Senate passed the bill last week. In Canberra, Senator Penny Wong said "
                 "Australia would study the measure.",
                 "Congress passed the bill. \"We will not settle,\" said a representative, John Smith, in Ohio.")
    assert got["Penny Wong"].affiliation != "United States Senate"
    assert got["John Smith"].affiliation != "United States House of Representatives"


def test_a_party_named_before_a_leaders_title_stays_a_party():
    got = people("Labor MP Josh Burns said the plan was sound. Labor Leader Anthony Albanese backed him in Canberra.")
    assert got["Anthony Albanese"].affiliation == "Labor"
