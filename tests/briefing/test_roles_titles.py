"""Roles of people: titles before the name and appositions after it, read as the
office held now; a body or place named before the title is the affiliation and leaves
the role, as do nationality words, honorifics and describing adjectives."""

from __future__ import annotations

import pytest

from briefing.extract.roles import normalise_role
from tests.briefing.extracted import actors, people
from tests.briefing.extracted import role_case as attr_case

_UNLABELLED_ACRONYM_BEFORE_A_RANK = (
    "Speaking on Monday, USCG Captain Lisa Marchetti said the search had ended.",
)
_OCCUPATION_RIGHT_BEFORE_THE_NAME = (
    '"The readings are clear," said NIO astronomer Pavel Drozd on Tuesday.',
)
_OCCUPATION_READ_AS_AN_ADJECTIVE = (
    "According to ecologist Mira Kovac of the University of Lund, the bees returned.",
)
_SPECIAL_ENVOY_IS_NO_MEMBER_OF_CONGRESS = (
    "US Special Representative for Syria Dale Hutch said the talks were political.",
)
_HYPHENATED_TITLE_AND_ORGANISATION_BEFORE_IT = (
    "NATO Secretary-General Jens Lindqvist wrote that the alliance would meet.",
)
_LOWER_CASE_WORDS_INSIDE_A_TITLE = (
    "Senate minority leader Paul Hendricks criticised the bill on Monday.",
)
_NATIONALITY_ADJECTIVE_MOVES_OUT_OF_THE_ROLE = (
    "Greek Foreign Minister Nikos Papadakis met the delegation in Athens.",
)
_APPOSITION_WITH_ORGANISATION_AFTER_THE_TITLE = (
    "Martin Greaves, executive director of the Northern Grocers Association, said shelves were empty.",
)
_HONORIFIC_GIVES_WAY_TO_AN_APPOSITION = (
    "Dr Helen Moss, a retail expert at Southbank University, said stores restock overnight.",
)
_TITLE_WITH_OF_THE_COUNTRY_BEFORE_THE_NAME = (
    "The former Vice President of the United States Tom Harlan won the vote in three states.",
)
_PLURAL_TITLE_OPENS_A_LIST_OF_PEOPLE = (
    "On Friday Presidents Amadou Sanou of Senegal and Kofi Mensah of Ghana signed the trade pact.",
)
_STACKED_TITLES_KEEP_THE_OFFICE_OF_STATE_FIRST = (
    "At the summit, AU chairperson President Idris Kamara of Kenya opened the talks. The AU agreed.",
)
_DESCRIPTION_BEFORE_THE_TITLE_IN_AN_APPOSITION_IS_DROPPED = (
    "Jane Roe, the outgoing president of the Harbour Board, resigned on Monday.",
)
_OCCUPATIONAL_QUALIFIER_BEFORE_AND_AFTER_THE_NAME = (
    "According to eyewitness Tomas Brandt, the roof fell in. Another eyewitness, Sarah Miller, heard a blast.",
)
_TOWN_OF_A_PROFESSIONAL_IS_NEITHER_ROLE_NOR_AFFILIATION = (
    "Karl Jansen, a Chicago lawyer representing the crew, said the ship was safe.",
)
_MAYOR_OF_A_DESCRIBED_CITY = (
    "Piotr Nowak, mayor of the northern city of Gdynia, was taken to hospital on Sunday.",
)
_TITLE_OF_AN_ORGANISATION_BEFORE_THE_NAME_IN_APPOSITION = (
    "On Monday the director of the Harbour Workers Union, Anna Keller, said talks had failed.",
)
_OWNER_POSSESSIVE_BEFORE_AN_APPOSED_TITLE = (
    "The Green Party's leader, Rosa Lindt announced she would step down.",
)
_OF_INSIDE_A_BODY_NAME_BEFORE_THE_TITLE = (
    "Oregon Department of Forestry official Dana Whitfield said the fire was contained.",
)
_NATIONALITY_WORD_DERIVED_FROM_THE_COUNTRY_NAME = (
    "Samoan Prime Minister Tavita Leota said on Monday the schools would reopen.",
)
_BODY_INSIDE_TITLE_PHRASE_IS_THE_AFFILIATION = (
    "Dockers' trade union Portlink general secretary Ada Brennan said the strike would go ahead.",
)
_CURRENT_OFFICE_BEATS_A_FORMER_ONE = (
    "Ex-Prime Minister Tomas Lindqvist, the current President of the Nordic Council, wrote to the mayor.",
)
_EMPLOYER_FROM_APPOSITION_AFTER_A_TITLE = (
    "Lead author Ines Moravec, a doctoral candidate at the University of Tartu, said the data were clear.",
)


# Role or affiliation a person must be given.
ATTRS = [
    attr_case(
        "Arlo Benning",
        "role",
        "President and CEO",
        "In a letter, NWE President and CEO Arlo Benning said the firm would bury its lines.",
        id="company-before-title-moves-to-affiliation-role",
    ),
    attr_case(
        "Lisa Marchetti",
        "role",
        "Captain",
        *_UNLABELLED_ACRONYM_BEFORE_A_RANK,
        id="unlabelled-acronym-before-a-rank-lisa-marchetti-role",
    ),
    attr_case(
        "Lisa Marchetti",
        "affiliation",
        "USCG",
        *_UNLABELLED_ACRONYM_BEFORE_A_RANK,
        id="unlabelled-acronym-before-a-rank-lisa-marchetti-affiliation",
    ),
    attr_case(
        "Kim Dae-ho",
        "role",
        "Mayor",
        "Busan city Mayor Kim Dae-ho said the bridge would reopen.",
        id="place-kind-after-the-place-is-no-part-of-the-title-kim-dae-ho-role",
    ),
    attr_case(
        "Kim Dae-ho",
        "affiliation",
        "Busan",
        "Busan city Mayor Kim Dae-ho said the bridge would reopen.",
        id="place-kind-after-the-place-is-no-part-of-the-title-kim-dae-ho-affiliation",
    ),
    attr_case(
        "Ravi Menon",
        "role",
        "Home Minister",
        "Ravi Menon, the city's home minister, said towers above four floors were illegal.",
        id="described-place-owner-is-dropped-role",
    ),
    attr_case(
        "Marco Reyes",
        "role",
        "Presidential Spokesperson",
        "The plan was confirmed by the Presidential Spokesperson Marco Reyes on Monday.",
        id="title-modifier-is-not-a-body-role",
    ),
    attr_case(
        "Pavel Drozd",
        "role",
        "Astronomer",
        *_OCCUPATION_RIGHT_BEFORE_THE_NAME,
        id="occupation-right-before-the-name-pavel-drozd-role",
    ),
    attr_case(
        "Pavel Drozd",
        "affiliation",
        "NIO",
        *_OCCUPATION_RIGHT_BEFORE_THE_NAME,
        id="occupation-right-before-the-name-pavel-drozd-affiliation",
    ),
    attr_case(
        "Mira Kovac",
        "role",
        "Ecologist",
        *_OCCUPATION_READ_AS_AN_ADJECTIVE,
        id="occupation-read-as-an-adjective-mira-kovac-role",
    ),
    attr_case(
        "Mira Kovac",
        "affiliation",
        "University of Lund",
        *_OCCUPATION_READ_AS_AN_ADJECTIVE,
        id="occupation-read-as-an-adjective-mira-kovac-affiliation",
    ),
    attr_case(
        "Dale Hutch",
        "role",
        "Special Representative for Syria",
        *_SPECIAL_ENVOY_IS_NO_MEMBER_OF_CONGRESS,
        id="special-envoy-is-no-member-of-congress-dale-hutch-role",
    ),
    attr_case(
        "Dale Hutch",
        "affiliation",
        "United States",
        *_SPECIAL_ENVOY_IS_NO_MEMBER_OF_CONGRESS,
        id="special-envoy-is-no-member-of-congress-dale-hutch-affiliation",
    ),
    attr_case(
        "Omar Haddad",
        "affiliation",
        "Harvard–Kessler Center for Optics",
        '"It is a good sign," said Omar Haddad of the Harvard–Kessler Center for Optics, who took no part.',
        id="body-name-cut-at-a-dash-is-read-whole-affiliation",
    ),
    attr_case(
        "Jens Lindqvist",
        "role",
        "Secretary-General",
        *_HYPHENATED_TITLE_AND_ORGANISATION_BEFORE_IT,
        id="hyphenated-title-and-organisation-before-it-jens-lindqvist-role",
    ),
    attr_case(
        "Jens Lindqvist",
        "affiliation",
        "NATO",
        *_HYPHENATED_TITLE_AND_ORGANISATION_BEFORE_IT,
        id="hyphenated-title-and-organisation-before-it-jens-lindqvist-affiliation",
    ),
    attr_case(
        "Paul Hendricks",
        "role",
        "Minority Leader",
        *_LOWER_CASE_WORDS_INSIDE_A_TITLE,
        id="lower-case-words-inside-a-title-paul-hendricks-role",
    ),
    attr_case(
        "Paul Hendricks",
        "affiliation",
        "Senate",
        *_LOWER_CASE_WORDS_INSIDE_A_TITLE,
        id="lower-case-words-inside-a-title-paul-hendricks-affiliation",
    ),
    attr_case(
        "Nikos Papadakis",
        "role",
        "Foreign Minister",
        *_NATIONALITY_ADJECTIVE_MOVES_OUT_OF_THE_ROLE,
        id="nationality-adjective-moves-out-of-the-role-nikos-papadakis-role",
    ),
    attr_case(
        "Nikos Papadakis",
        "affiliation",
        "Greece",
        *_NATIONALITY_ADJECTIVE_MOVES_OUT_OF_THE_ROLE,
        id="nationality-adjective-moves-out-of-the-role-nikos-papadakis-affiliation",
    ),
    attr_case(
        "Martin Greaves",
        "role",
        "Executive Director",
        *_APPOSITION_WITH_ORGANISATION_AFTER_THE_TITLE,
        id="apposition-with-organisation-after-the-title-martin-greaves-role",
    ),
    attr_case(
        "Martin Greaves",
        "affiliation",
        "Northern Grocers Association",
        *_APPOSITION_WITH_ORGANISATION_AFTER_THE_TITLE,
        id="apposition-with-organisation-after-the-title-martin-greaves-affiliation",
    ),
    attr_case(
        "Lena Ostrova",
        "role",
        "Voter",
        "Lena Ostrova, a voter in the capital, said she waited for hours. Ostrova was not alone.",
        id="apposition-with-a-plain-person-noun-role",
    ),
    attr_case(
        "Tomas Brandt",
        "role",
        "Political scientist",
        "The turnout was high, political scientist Tomas Brandt said on Sunday.",
        id="lower-case-role-before-the-name-role",
    ),
    attr_case(
        "Helen Moss",
        "role",
        "Retail expert",
        *_HONORIFIC_GIVES_WAY_TO_AN_APPOSITION,
        id="honorific-gives-way-to-an-apposition-helen-moss-role",
    ),
    attr_case(
        "Helen Moss",
        "affiliation",
        "Southbank University",
        *_HONORIFIC_GIVES_WAY_TO_AN_APPOSITION,
        id="honorific-gives-way-to-an-apposition-helen-moss-affiliation",
    ),
    attr_case(
        "Tom Harlan",
        "role",
        "Former Vice President of the United States",
        *_TITLE_WITH_OF_THE_COUNTRY_BEFORE_THE_NAME,
        id="title-with-of-the-country-before-the-name-tom-harlan-role",
    ),
    attr_case(
        "Tom Harlan",
        "affiliation",
        "United States",
        *_TITLE_WITH_OF_THE_COUNTRY_BEFORE_THE_NAME,
        id="title-with-of-the-country-before-the-name-tom-harlan-affiliation",
    ),
    attr_case(
        "Anton Velkov",
        "role",
        "President",
        "A statement came from a spokesperson for President Anton Velkov on Monday.",
        id="spokesperson-for-a-president-is-not-the-presidents-role-role",
    ),
    attr_case(
        "Amadou Sanou",
        "role",
        "President",
        *_PLURAL_TITLE_OPENS_A_LIST_OF_PEOPLE,
        id="plural-title-opens-a-list-of-people-amadou-sanou-role",
    ),
    attr_case(
        "Amadou Sanou",
        "affiliation",
        "Senegal",
        *_PLURAL_TITLE_OPENS_A_LIST_OF_PEOPLE,
        id="plural-title-opens-a-list-of-people-amadou-sanou-affiliation",
    ),
    attr_case(
        "Kofi Mensah",
        "role",
        "President",
        *_PLURAL_TITLE_OPENS_A_LIST_OF_PEOPLE,
        id="plural-title-opens-a-list-of-people-kofi-mensah-role",
    ),
    attr_case(
        "Kofi Mensah",
        "affiliation",
        "Ghana",
        *_PLURAL_TITLE_OPENS_A_LIST_OF_PEOPLE,
        id="plural-title-opens-a-list-of-people-kofi-mensah-affiliation",
    ),
    attr_case(
        "Idris Kamara",
        "role",
        "President and AU chairperson",
        *_STACKED_TITLES_KEEP_THE_OFFICE_OF_STATE_FIRST,
        id="stacked-titles-keep-the-office-of-state-first-idris-kamara-role",
    ),
    attr_case(
        "Idris Kamara",
        "affiliation",
        "Kenya",
        *_STACKED_TITLES_KEEP_THE_OFFICE_OF_STATE_FIRST,
        id="stacked-titles-keep-the-office-of-state-first-idris-kamara-affiliation",
    ),
    attr_case(
        "Marta Reyes",
        "role",
        "Solicitor General",
        "Solicitor General Marta Reyes filed a petition against the network.",
        id="postpositive-general-stays-in-the-title-role",
    ),
    attr_case(
        "Rosa Diaz",
        "role",
        "Deputy Director",
        "Rosa Diaz, then the deputy director of the Harbour Authority, was convicted of fraud.",
        id="then-marks-the-office-held-at-the-time-role",
    ),
    attr_case(
        "Jane Roe",
        "role",
        "President",
        *_DESCRIPTION_BEFORE_THE_TITLE_IN_AN_APPOSITION_IS_DROPPED,
        id="description-before-the-title-in-an-apposition-is-dropped-jane-roe-role",
    ),
    attr_case(
        "Jane Roe",
        "affiliation",
        "Harbour Board",
        *_DESCRIPTION_BEFORE_THE_TITLE_IN_AN_APPOSITION_IS_DROPPED,
        id="description-before-the-title-in-an-apposition-is-dropped-jane-roe-affiliation",
    ),
    attr_case(
        "Peter Mwangi",
        "role",
        "Governor",
        "Her successor, Peter Mwangi, attended the funeral. Later the council named Mwangi as the new Governor.",
        id="office-given-with-as-beats-a-relation-role",
    ),
    attr_case(
        "Tomas Brandt",
        "role",
        "Eyewitness",
        *_OCCUPATIONAL_QUALIFIER_BEFORE_AND_AFTER_THE_NAME,
        id="occupational-qualifier-before-and-after-the-name-tomas-brandt-role",
    ),
    attr_case(
        "Sarah Miller",
        "role",
        "Eyewitness",
        *_OCCUPATIONAL_QUALIFIER_BEFORE_AND_AFTER_THE_NAME,
        id="occupational-qualifier-before-and-after-the-name-sarah-miller-role",
    ),
    attr_case(
        "Karl Jansen",
        "role",
        "Lawyer",
        *_TOWN_OF_A_PROFESSIONAL_IS_NEITHER_ROLE_NOR_AFFILIATION,
        id="town-of-a-professional-is-neither-role-nor-affiliation-karl-jansen-role",
    ),
    attr_case(
        "Karl Jansen",
        "affiliation",
        "",
        *_TOWN_OF_A_PROFESSIONAL_IS_NEITHER_ROLE_NOR_AFFILIATION,
        id="town-of-a-professional-is-neither-role-nor-affiliation-karl-jansen-affiliation",
    ),
    attr_case(
        "Marie Lenoir",
        "role",
        "Lawyer",
        "Marie Lenoir, a lawyer for the victim, told reporters the trial was fair.",
        id="client-of-a-lawyer-is-no-part-of-the-title-role",
    ),
    attr_case(
        "Piotr Nowak",
        "role",
        "Mayor of Gdynia",
        *_MAYOR_OF_A_DESCRIBED_CITY,
        id="mayor-of-a-described-city-piotr-nowak-role",
    ),
    attr_case(
        "Piotr Nowak",
        "affiliation",
        "Gdynia",
        *_MAYOR_OF_A_DESCRIBED_CITY,
        id="mayor-of-a-described-city-piotr-nowak-affiliation",
    ),
    attr_case(
        "Anna Keller",
        "role",
        "Director",
        *_TITLE_OF_AN_ORGANISATION_BEFORE_THE_NAME_IN_APPOSITION,
        id="title-of-an-organisation-before-the-name-in-apposition-anna-keller-role",
    ),
    attr_case(
        "Anna Keller",
        "affiliation",
        "Harbour Workers Union",
        *_TITLE_OF_AN_ORGANISATION_BEFORE_THE_NAME_IN_APPOSITION,
        id="title-of-an-organisation-before-the-name-in-apposition-anna-keller-affiliation",
    ),
    attr_case(
        "Rosa Lindt",
        "role",
        "Leader",
        *_OWNER_POSSESSIVE_BEFORE_AN_APPOSED_TITLE,
        id="owner-possessive-before-an-apposed-title-rosa-lindt-role",
    ),
    attr_case(
        "Rosa Lindt",
        "affiliation",
        "Green Party",
        *_OWNER_POSSESSIVE_BEFORE_AN_APPOSED_TITLE,
        id="owner-possessive-before-an-apposed-title-rosa-lindt-affiliation",
    ),
    attr_case(
        "Carlos Ruiz Ortega",
        "role",
        "Archbishop",
        "The law was criticised by archbishop Monsenor Carlos Ruiz Ortega on Sunday.",
        id="foreign-honorific-is-no-part-of-the-title-role",
    ),
    attr_case(
        "Marek Nowicki",
        "role",
        "Chef",
        "A passer-by and a young chef named Marek Nowicki chased the attacker down the street.",
        id="person-noun-given-a-name-role",
    ),
    attr_case(
        "Dana Whitfield",
        "role",
        "Official",
        *_OF_INSIDE_A_BODY_NAME_BEFORE_THE_TITLE,
        id="of-inside-a-body-name-before-the-title-dana-whitfield-role",
    ),
    attr_case(
        "Dana Whitfield",
        "affiliation",
        "Oregon Department of Forestry",
        *_OF_INSIDE_A_BODY_NAME_BEFORE_THE_TITLE,
        id="of-inside-a-body-name-before-the-title-dana-whitfield-affiliation",
    ),
    attr_case(
        "Hanna Berg",
        "role",
        "President",
        "Speaking to Reuters, the president of the Northern League for the Protection of Rivers, Hanna Berg, said "
        "the dam was a mistake.",
        id="title-apposed-to-the-same-word-as-the-name-role",
    ),
    attr_case(
        "Tavita Leota",
        "role",
        "Prime Minister",
        *_NATIONALITY_WORD_DERIVED_FROM_THE_COUNTRY_NAME,
        id="nationality-word-derived-from-the-country-name-tavita-leota-role",
    ),
    attr_case(
        "Tavita Leota",
        "affiliation",
        "Samoa",
        *_NATIONALITY_WORD_DERIVED_FROM_THE_COUNTRY_NAME,
        id="nationality-word-derived-from-the-country-name-tavita-leota-affiliation",
    ),
    attr_case(
        "Ada Brennan",
        "role",
        "General Secretary",
        *_BODY_INSIDE_TITLE_PHRASE_IS_THE_AFFILIATION,
        id="body-inside-title-phrase-is-the-affiliation-ada-brennan-role",
    ),
    attr_case(
        "Ada Brennan",
        "affiliation",
        "Portlink",
        *_BODY_INSIDE_TITLE_PHRASE_IS_THE_AFFILIATION,
        id="body-inside-title-phrase-is-the-affiliation-ada-brennan-affiliation",
    ),
    attr_case(
        "Tomas Lindqvist",
        "role",
        "President",
        *_CURRENT_OFFICE_BEATS_A_FORMER_ONE,
        id="current-office-beats-a-former-one-tomas-lindqvist-role",
    ),
    attr_case(
        "Tomas Lindqvist",
        "affiliation",
        "Nordic Council",
        *_CURRENT_OFFICE_BEATS_A_FORMER_ONE,
        id="current-office-beats-a-former-one-tomas-lindqvist-affiliation",
    ),
    attr_case(
        "Harold Penrose",
        "role",
        "Former Prime Minister",
        "Guests included ex-Prime Minister Harold Penrose and his family.",
        id="ex-reads-as-former-role",
    ),
    attr_case(
        "Ines Moravec",
        "role",
        "Lead author",
        *_EMPLOYER_FROM_APPOSITION_AFTER_A_TITLE,
        id="employer-from-apposition-after-a-title-ines-moravec-role",
    ),
    attr_case(
        "Ines Moravec",
        "affiliation",
        "University of Tartu",
        *_EMPLOYER_FROM_APPOSITION_AFTER_A_TITLE,
        id="employer-from-apposition-after-a-title-ines-moravec-affiliation",
    ),
]


@pytest.mark.parametrize("paragraphs, name, attribute, value", ATTRS)
def test_person_attribute(paragraphs, name, attribute, value):
    assert getattr(people(*paragraphs)[name], attribute) == value


def test_rank_after_an_office_is_dropped():
    got = people("The order came from Navy Commandant Admiral Rafael Ocampo on Monday.")
    assert got["Rafael Ocampo"].role.endswith("Commandant")


def test_noun_naming_the_field_stays_in_the_role():
    got = people("The plan worked, Harbourside College marine biology professor Lena Varga told reporters.")
    assert got["Lena Varga"].role.endswith("arine biology professor")
    assert got["Lena Varga"].affiliation == "Harbourside College"


def test_pair_of_fields_stays_in_the_title():
    got = people("The talks ended on Friday. The bloc's trade and industry commissioner Peter Lindholm "
                 "announced that two members would join.")
    assert "trade and industry" in got["Peter Lindholm"].role.lower()


def test_field_adjective_stays_in_the_title_a_describing_one_does_not():
    got = people("The magazine met on Monday. Its editorial director, Mara Linde, said the issue was sold out.")
    assert got["Mara Linde"].role.lower().endswith("editorial director")
    got = people("The union met on Monday. Its outgoing president, Karl Brenner, said the deal was fair.")
    assert "outgoing" not in got["Karl Brenner"].role.lower()


def test_holder_adjective_stays_body_leaves():
    got = people("A senior Hamas official, Yusuf Qandil, said the talks had stalled.")
    assert got["Yusuf Qandil"].role.lower() == "senior official"
    assert got["Yusuf Qandil"].affiliation == "Hamas"


def test_new_is_no_part_of_the_title():
    got = people("The harbour's new owner Lior Ventrasi said the cranes would be replaced.")
    assert got["Lior Ventrasi"].role.lower() == "owner"


def test_current_and_fellow_are_no_part_of_the_title():
    got = people(
        'Current Prime Minister of Norway Jonas Lenske wrote, "The nation grieves."',
        "The bill was filed by Senator Ada Morrow and fellow Republican Representative Tom Rusk.",
    )
    assert got["Jonas Lenske"].role == "Prime Minister of Norway"
    assert got["Tom Rusk"].role == "Representative"


def test_local_legislators_titles_are_titles():
    got = people(
        "Newly elected Assemblywoman Rosa Quintal said the session would open in March.",
        "Councilman Dale Ferrin voted against the plan.",
    )
    assert got["Rosa Quintal"].role == "Assemblywoman"
    assert got["Dale Ferrin"].role == "Councilman"


def test_mp_is_spelled_out():
    assert normalise_role("MP", "") == "Member of Parliament"
    got = people("Member of parliament (MP) Oren Valcourt said the vote was a sad day.")
    assert got["Oren Valcourt"].role == "Member of Parliament"


def test_member_of_parliament_before_the_name():
    got = people('A member of the Maltese Parliament, Ivo Grech said, "We need a new harbour law."')
    assert got["Ivo Grech"].role == "Member of Parliament"
    assert "Parliament" in got["Ivo Grech"].affiliation


def test_two_occupations_before_the_name():
    got = people("Retired NATO officer and security analyst Piet Varenkamp told the paper the port was exposed.")
    assert got["Piet Varenkamp"].affiliation in ("NATO", "North Atlantic Treaty Organization")
    assert "analyst" in got["Piet Varenkamp"].role


def test_an_office_told_in_a_clause_after_the_name():
    got = people(
        "Harlan often disagreed with Mike Varga who is the secretary of state.",
        "Lena Ortiz, who was the mayor of Denver, said the plan would fail.",
        "Ali Reza Tavana, speaking for the country's Health Ministry, reported 66 deaths.",
    )
    assert got["Mike Varga"].role == "Secretary of State"
    assert got["Lena Ortiz"].role.lower() == "former mayor of denver"
    assert (got["Ali Reza Tavana"].role, got["Ali Reza Tavana"].affiliation) == ("Spokesperson", "Health Ministry")


def test_a_portfolio_after_of_ends_the_title_not_begins_the_name():
    got = people(
        "Minister of Education Stefania Valdrini said a wider review is needed.",
        "Undersecretary for Education Mr. Paolo Ferrante warned schools would raise fees.",
    )
    assert got["Stefania Valdrini"].role == "Minister of Education"
    assert got["Paolo Ferrante"].role == "Undersecretary for Education"
    assert "Education" not in {p.affiliation for p in got.values()}


def test_shadow_and_emeritus_belong_to_the_title_and_post_nominals_are_no_body():
    texts = (
        "Shadow Home Secretary Yvonne Carrow said the plan was a gimmick.",
        "Emeritus Professor Alan Thorby, the chairman of the review panel, said the design was final.",
        "Speaking for the defence, Tom Mallory, SC, said the parents should be acquitted.",
        "In May, Pierre Lacasse was forced to resign as Foreign Affairs minister.",
    )
    got = people(*texts)
    assert got["Yvonne Carrow"].role == "Shadow Home Secretary"
    assert got["Alan Thorby"].role.startswith("Chairman")
    assert not {"Shadow Home", "Emeritus", "SC", "Foreign Affairs"} & {p.affiliation for p in got.values()}
    assert not {"Shadow Home", "Emeritus", "SC", "Foreign Affairs"} & set(actors(*texts, title="Minister quits"))


def test_a_field_of_several_words_after_for_ends_the_title():
    got = people(
        "The accord was signed during the visit of Under Secretary for Public Diplomacy Dana Whitcombe.",
        "Minister of Rural Development Peter Mwangi said the roads would be finished.",
    )
    assert "Dana Whitcombe" in got and "Peter Mwangi" in got
    assert got["Dana Whitcombe"].role == "Under Secretary for Public Diplomacy"
    assert got["Peter Mwangi"].role == "Minister of Rural Development"


def test_ranks_and_posts_before_a_name_are_no_part_of_it():
    got = people(
        "Flight Engineer Sergei Morozov of Roscosmos will return to Earth on Friday.",
        "Private First Class Dale Brennan said he saw the detainees beaten.",
        "EPA Administrator Ruth Calloway said the rule would be withdrawn.",
    )
    assert {"Sergei Morozov", "Dale Brennan", "Ruth Calloway"} <= set(got)
    assert got["Ruth Calloway"].role == "Administrator"


def test_a_name_the_model_misses_after_a_plural_looking_title_or_an_occupation_is_found():
    got = people(
        "Secretary of State Marco Rubio and Minister of Foreign Affairs Marko Djuric led the dialogue.",
        "Flight Engineer Loral O’Hara of NASA was joined by Mogensen in the morning.",
    )
    assert got["Marko Djuric"].role == "Minister of Foreign Affairs"
    assert "Loral O’Hara" in got


def test_an_unqualified_secretary_of_state_in_a_text_naming_the_us_is_american():
    got = people(
        "Secretary of State Marco Rubio met Serbia's foreign minister in Washington.",
        "The United States and Serbia signed three agreements.",
    )
    assert got["Marco Rubio"].affiliation == "United States"


def test_an_occupation_the_tagger_reads_as_a_verb_is_still_the_role():
    got = people("NASA astronaut Doug Hurley said the capsule was ready.")
    assert got["Doug Hurley"].role == "Astronaut"
    assert got["Doug Hurley"].affiliation == "NASA"


def test_a_body_given_with_its_initials_before_a_title_is_the_affiliation():
    got = people("Drug Enforcement Administration (DEA) Administrator Anne Milgram made the announcement.")
    assert got["Anne Milgram"].role == "Administrator"
    assert got["Anne Milgram"].affiliation == "Drug Enforcement Administration"


def test_a_federal_prosecutor_or_marshal_keeps_the_country_and_district_in_the_office(nlp):
    got = actors(
        "U.S. Attorney Dana Whitfield of the Northern District of Ohio announced the charges.",
        "Assistant U.S. Attorney Paul Greer of the Northern District of Ohio is prosecuting the case, and "
        "US Marshal Tom Brandt said the fugitive was arrested.",
        title="Charges announced",
    )
    assert got["Dana Whitfield"].role == "U.S. Attorney for the Northern District of Ohio"
    assert got["Dana Whitfield"].affiliation == "United States"
    assert got["Paul Greer"].role == "Assistant U.S. Attorney"
    assert got["Tom Brandt"].role == "US Marshal"


def test_a_nationality_of_two_words_is_the_affiliation_not_the_role():
    got = people("Meanwhile, South African president Jacob Zuma denounced the operation.")
    assert (got["Jacob Zuma"].role, got["Jacob Zuma"].affiliation) == ("President", "South Africa")


def test_a_portfolio_before_the_title_is_part_of_it_however_the_model_tags_it():
    got = people("Commerce Secretary Wilbur Ross called the vote a stunt.")
    assert got["Wilbur Ross"].role == "Commerce Secretary"
    assert "Commerce" not in actors("Commerce Secretary Wilbur Ross called the vote a stunt.", title="Vote")


def test_a_grade_of_the_office_stays_in_the_role_a_description_does_not():
    got = people("\"It is a priority,\" said Nicky Hale, associate administrator, Science Directorate, at NASA.",
                 "\"We are ready,\" said Tom Reyes, the outgoing administrator, at NASA.")
    assert got["Nicky Hale"].role == "Associate Administrator"
    assert got["Tom Reyes"].role == "Administrator"
