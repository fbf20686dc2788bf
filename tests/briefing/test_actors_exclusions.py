"""Names that are no actors: ships and boats, products, programmes and terms, forms of
address, rules and regulations, editorial brackets, offices named after their seat."""

from __future__ import annotations

import pytest

from tests.briefing.extracted import actors, places_found
from tests.briefing.extracted import actors_found as found
from tests.briefing.extracted import name_case as case

PORT = "Officials meet over port dispute"


_BARE_FORMS_OF_ADDRESS_ARE_NO_ACTORS = (
    "The minister gave his advice to Her Majesty, and the Court later called it unlawful.",
)


# Names that must not be listed as actors.
ABSENT = [
    case(
        "Space Shuttle Orion",
        "Space Shuttle Orion will be moved to a museum in Ohio, NASA said. Orion flew 30 missions.",
        id="a-space-shuttle-is-no-actor",
        title="Shuttles find homes",
    ),
    case(
        "Orion",
        "Space Shuttle Orion will be moved to a museum in Ohio, NASA said. Orion flew 30 missions.",
        id="a-shuttle-s-short-name-is-no-actor",
        title="Shuttles find homes",
    ),
    case(
        "MV Sea Lark",
        "The charity renamed its rescue vessel MV Sea Lark, its spokesman said.",
        id="a-ship-named-with-its-prefix-is-no-actor",
        title="Rescue ship renamed",
    ),
    case(
        "Bright Horizon",
        "Coast guards boarded the tanker Bright Horizon off Gibraltar, officials said.",
        id="a-name-after-a-craft-noun-is-no-actor",
        title="Tanker seized",
    ),
    case(
        "Meridian",
        "The boat, Meridian, caught fire before dawn, the coast guard said.",
        id="name-in-apposition-to-boat-is-no-actor",
        title="Dive boat burns at anchor",
    ),
    case(
        "Majesty",
        *_BARE_FORMS_OF_ADDRESS_ARE_NO_ACTORS,
        id="bare-forms-of-address-are-no-actors-majesty",
        title="Officials meet over port dispute",
    ),
    case(
        "Court",
        *_BARE_FORMS_OF_ADDRESS_ARE_NO_ACTORS,
        id="bare-forms-of-address-are-no-actors-court",
        title="Officials meet over port dispute",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", ABSENT)
def test_is_no_actor(nlp, title, paragraphs, name):
    assert name not in found(title, *paragraphs)


def test_prefixed_ship_name_is_no_actor(nlp):
    got = actors("Divers found the wreck of the USS Harlow off the coast, the navy said.",
                 title="Wreck of wartime ship found")
    assert not any("Harlow" in n for n in got)


def test_products_programmes_and_terms_are_no_actors(nlp):
    got = actors(
        "The Northwind pipeline is a joint effort of three states. "
        "Doctors tested one antibody cocktail, Vexamab, against river fever disease (RFD). "
        "Since the Mass Screening Campaign began, the Health Ministry has tested 4,000 people. "
        "NATO Secretary-General Jens Stoltenberg cited the NATO treaty.", title=PORT
    )
    for name in ("Northwind", "Vexamab", "RFD", "Mass Screening Campaign"):
        assert name not in got, name
    assert "NATO" in got


def test_editorial_bracket_pieces_are_no_actors(nlp):
    got = actors('The mayor said, "[I]t is too early to say," and left the port.', title=PORT)
    assert not any("]" in name for name in got)


def test_office_named_after_its_seat_is_no_actor(nlp):
    from briefing.extract.actors import _office_of_place
    from briefing.extract.entities import Cand

    doc = nlp("Later the Archbishop of Lyon and the Bank of Lyon spoke.")
    office = Cand(0, 0, "Archbishop of Lyon", "ORG", 0, doc[2:5])
    bank = Cand(0, 0, "Bank of Lyon", "ORG", 0, doc[7:10])
    assert _office_of_place(office)
    assert not _office_of_place(bank)


def test_rules_named_with_what_they_govern_are_no_actors(nlp):
    got = actors("Passengers must follow the Harbour Ferry Regulations for Passengers, the operator said.",
                 title="Ferry rules change")
    assert not any("Regulations" in n for n in got)


def test_diseases_observances_and_creeds_are_no_actors(nlp):
    got = found(
        "Rail staff mark women's day",
        "The railway ran an all-women crew ahead of International Women's Day, the operator said.",
        "Two of the crew had recovered from COVID-19 in the spring.",
        "The union accused the board of failures on COVID and the economy.",
        "The attacker, who described himself as a Neo-Nazi, had converted from Islam, police said.",
        "\"Le bilan est lourd,\" the mayor wrote on Twitter.",
    )
    for name in ("International Women's Day", "COVID-19", "COVID", "Neo-Nazi", "Islam", "Le"):
        assert name not in got


def test_offices_and_capitalised_common_nouns_are_no_actors(nlp):
    got = found(
        "Governor dismisses adviser",
        "\"I disagreed with many of his ideas, as did others in the Administration,\" the governor wrote.",
        "\"I will be naming a new Chief Policy Advisor next week.\"",
        "He had served the Supreme Leader Ali Hosseini since 2017, and Grand Ayatollah Reza Kazemi praised him.",
        "Court Commissioner Anna Berg set bail at $2 million.",
    )
    for name in ("Administration", "Chief Policy Advisor", "Supreme", "Grand Ayatollah Reza Kazemi"):
        assert name not in got
    assert "Reza Kazemi" in got and "Anna Berg" in got


def test_titles_and_prizes_won_are_no_actors(nlp):
    got = found(
        "Wrestler dies",
        "Dale Korver won the promotion's Intercontinental Championship once and the Tag Team Championship twice.",
        "He was nominated at the MTV Video Music Awards, and his brother won the Nobel Prize, the family said.",
    )
    for name in ("Intercontinental Championship", "Tag Team Championship", "MTV Video Music Awards", "Nobel Prize"):
        assert name not in got
    assert "Dale Korver" in got


def test_parts_played_and_titles_of_works_are_no_actors(nlp):
    got = found(
        "Actor dies",
        "Dale Korver's role as Jackie Robinson in the film 42 was widely considered a breakthrough.",
        "He later starred in biographical films portraying James Brown, and he played Black Panther, "
        "also known as King T'Challa, in four films.",
        "On Sunday the network aired the Black Panther film in his memory.",
        "Wrestler Tom Reyes, who fought under the ring name Luke Harper, sent his condolences.",
    )
    for name in ("Jackie Robinson", "James Brown", "Black Panther", "King T'Challa", "Luke Harper"):
        assert name not in got, got.keys()
    assert "Dale Korver" in got and "Tom Reyes" in got


def test_someone_known_only_by_a_pseudonym_is_an_actor(nlp):
    got = found(
        "Protests continue",
        '"They are using tricks and lies," said a protester using the pseudonym Katya in Hong Kong on Monday.',
    )
    assert "Katya" in got


def test_an_adjective_opening_a_quote_is_no_person(nlp):
    got = found(
        "Wrestler dies",
        '"Heartbroken and numb," writes Tom Reyes\'s longtime partner Dale Korver on Instagram.',
    )
    assert "Heartbroken" not in got
    assert "Dale Korver" in got


def test_a_city_s_people_named_in_er_are_no_actor(nlp):
    got = found(
        "Protests continue",
        "The protests turned to Beijing's encroachment on Hong Konger's rights, Amnesty International said.",
        "Many Londoners joined the march on Saturday.",
    )
    assert "Hong Konger" not in got and "Londoners" not in got
    assert "Amnesty International" in got


def test_statements_dialogues_and_expositions_are_no_actors(nlp):
    names = set(actors(
        "The ministers met in Ottawa for the Canada-Chile Strategic Dialogue. "
        "Chile will host the first Specialized Exposition in the region, the Joint Statement said. "
        "Both welcomed the Lisbon Principles on looted art.",
        title="Joint Statement on the Canada-Chile Strategic Dialogue",
    ))
    assert "Chile" in names
    assert not names & {"Joint Statement", "Canada-Chile Strategic Dialogue", "Strategic Dialogue",
                        "Specialized Exposition", "Lisbon Principles"}


def test_offices_in_the_plural_and_names_begun_at_a_possessive_are_no_actors(nlp):
    names = set(actors(
        "The Secretary and Foreign Ministers signed a memorandum on civil nuclear energy in Tokyo.",
        title="Canada-Mexico-Chile Trilateral Foreign Minister’s Meeting",
    ))
    assert not names & {"Foreign Ministers", "’s Meeting"}, names


def test_a_name_given_after_aka_is_no_actor_of_its_own(nlp):
    names = set(actors(
        "Rewards of up to $15 million were offered for Audias Flores Silva, a.k.a. “Jardinero”, "
        "and for Joaquin Guzman Loera, aka El Chapo.",
        title="Rewards offered",
    ))
    assert {"Audias Flores Silva", "Joaquin Guzman Loera"} <= names, names
    assert not names & {"Jardinero", "El Chapo"}, names


def test_words_a_title_case_headline_capitalises_are_no_actors(nlp):
    names = set(actors(
        "Daniel Hartley, the former chief financial officer of Harbor Freight Lines, pleaded guilty today "
        "to stealing client funds, the Justice Department announced. Hartley will be sentenced in March.",
        title="Former Finance Director Pleads Guilty in $40 Million Scheme",
    ))
    assert "Daniel Hartley" in names, names
    assert not any("Pleads" in n or "Guilty" in n for n in names), names


def test_someone_a_title_case_headline_names_as_the_body_does_stays_an_actor(nlp):
    names = set(actors(
        "Finance minister Kofi Mensah resigned on Friday. Mensah had led the ministry since 2019.",
        title="Mensah Resigns as Finance Minister",
    ))
    assert "Kofi Mensah" in names, names


def test_a_post_quoted_in_its_own_language_yields_no_names_from_its_words(nlp):
    names = set(actors(
        "Protesters marched on the ministry on Friday. One blogger wrote:",
        "@rioverde: Esto va a acabar mal. Ya no hay medicamentos en el hospital, y Lo único que queda es la calle.",
        "@rioverde: This will end badly. There is no medicine left in the hospital, and the street is all that is "
        "left.",
        title="Clashes in the Amazon",
    ))
    assert "@rioverde" in names, names
    assert not names & {"Esto va", "Ya", "Lo único"}, names


def test_spanish_place_names_in_an_english_line_are_still_read(nlp):
    got = places_found("Flights resume", "El Paso, Los Angeles y Las Vegas")
    assert {"El Paso", "Los Angeles", "Las Vegas"} <= set(got), sorted(got)


def test_english_paragraphs_with_spanish_names_or_per_are_read(nlp):
    got = places_found("Prices rise", "In Kenya, maize costs 50 shillings per kilo, beans 120 per kilo and rice "
                       "150 per kilo.",
                       "Pictured:",
                       "Juan de la Vega and Luis del Monte in Mexico City.")
    assert {"Kenya", "Mexico City"} <= set(got), sorted(got)
