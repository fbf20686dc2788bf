"""Roles and affiliations of people: titles before the name, appositions
after it, possessives and "of" phrases, canonical affiliation names."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.affiliations import canonical_affiliation, resolve_affiliation
from tests.briefing.briefings import make


def people(*paragraphs: str) -> dict:
    got = extract(make("Officials meet over harbour dispute", *paragraphs)).actors
    return {a.name: a for a in got if a.kind == "person"}


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


def test_hyphenated_title_and_organisation_before_it():
    got = people("NATO Secretary-General Jens Lindqvist wrote that the alliance would meet.")
    assert got["Jens Lindqvist"].role == "Secretary-General"
    assert got["Jens Lindqvist"].affiliation == "NATO"


def test_lower_case_words_inside_a_title():
    got = people("Senate minority leader Paul Hendricks criticised the bill on Monday.")
    assert got["Paul Hendricks"].role == "Minority Leader"
    assert got["Paul Hendricks"].affiliation == "Senate"


def test_nationality_adjective_moves_out_of_the_role():
    got = people("Greek Foreign Minister Nikos Papadakis met the delegation in Athens.")
    assert got["Nikos Papadakis"].role == "Foreign Minister"
    assert got["Nikos Papadakis"].affiliation == "Greece"


def test_apposition_with_organisation_after_the_title():
    got = people("Martin Greaves, executive director of the Northern Grocers Association, said shelves were empty.")
    assert got["Martin Greaves"].role == "Executive Director"
    assert got["Martin Greaves"].affiliation == "Northern Grocers Association"


def test_apposition_with_a_plain_person_noun():
    got = people("Lena Ostrova, a voter in the capital, said she waited for hours. Ostrova was not alone.")
    assert got["Lena Ostrova"].role == "Voter"


def test_lower_case_role_before_the_name():
    got = people("The turnout was high, political scientist Tomas Brandt said on Sunday.")
    assert got["Tomas Brandt"].role == "Political scientist"


def test_organisation_after_the_name():
    got = people("Mark Delaney of the World Health Organization told reporters the outbreak was slowing.")
    assert got["Mark Delaney"].affiliation == "World Health Organization"


def test_possessive_organisation_gives_the_affiliation():
    got = people("Speaking to the press, Joan Whitby, Tesco's chief executive, said prices would rise.")
    assert got["Joan Whitby"].role == "Chief Executive"
    assert got["Joan Whitby"].affiliation == "Tesco"


def test_honorific_gives_way_to_an_apposition():
    got = people("Dr Helen Moss, a retail expert at Southbank University, said stores restock overnight.")
    assert got["Helen Moss"].role == "Retail expert"
    assert got["Helen Moss"].affiliation == "Southbank University"


def test_home_town_is_no_affiliation():
    got = people("John Farrow of Springfield said the storm flattened his barn.")
    assert got["John Farrow"].affiliation == ""


def test_title_with_of_the_country_before_the_name():
    got = people("The former Vice President of the United States Tom Harlan won the vote in three states.")
    assert got["Tom Harlan"].role == "Former Vice President of the United States"
    assert got["Tom Harlan"].affiliation == "United States"


def test_spokesperson_for_a_president_is_not_the_presidents_role():
    got = people("A statement came from a spokesperson for President Anton Velkov on Monday.")
    assert got["Anton Velkov"].role == "President"


def test_plural_title_opens_a_list_of_people():
    got = people("On Friday Presidents Amadou Sanou of Senegal and Kofi Mensah of Ghana signed the trade pact.")
    assert (got["Amadou Sanou"].role, got["Amadou Sanou"].affiliation) == ("President", "Senegal")
    assert (got["Kofi Mensah"].role, got["Kofi Mensah"].affiliation) == ("President", "Ghana")


def test_stacked_titles_keep_the_office_of_state_first():
    got = people("At the summit, AU chairperson President Idris Kamara of Kenya opened the talks. The AU agreed.")
    assert got["Idris Kamara"].role == "President and AU chairperson"
    assert got["Idris Kamara"].affiliation == "Kenya"


def test_rank_after_an_office_is_dropped():
    got = people("The order came from Navy Commandant Admiral Rafael Ocampo on Monday.")
    assert got["Rafael Ocampo"].role.endswith("Commandant")


def test_postpositive_general_stays_in_the_title():
    got = people("Solicitor General Marta Reyes filed a petition against the network.")
    assert got["Marta Reyes"].role == "Solicitor General"


def test_then_marks_the_office_held_at_the_time():
    got = people("Rosa Diaz, then the deputy director of the Harbour Authority, was convicted of fraud.")
    assert got["Rosa Diaz"].role == "Deputy Director"


def test_us_senators_belong_to_the_senate():
    got = people("Support came from Ohio Senator Mary Keane. Senator Paul Dorn of Oregon agreed with her.")
    assert (got["Mary Keane"].role, got["Mary Keane"].affiliation) == ("Senator from Ohio", "United States Senate")
    assert (got["Paul Dorn"].role, got["Paul Dorn"].affiliation) == ("Senator from Oregon", "United States Senate")


def test_state_senator_is_not_a_member_of_congress():
    got = people("State Senator Bill Varga of Ohio voted against the budget.")
    assert got["Bill Varga"].affiliation != "United States Senate"


def test_national_office_takes_the_state_the_story_is_set_in():
    got = people(
        "A flood hit Manila and Cebu on Monday, and rescuers reached Davao on Tuesday.",
        "President Lito Ramos visited the area, and Health Secretary Ana Cruz said hospitals were full.",
        "The Philippines asked for help.",
    )
    assert got["Lito Ramos"].affiliation == "Philippines"
    assert got["Ana Cruz"].affiliation == "Philippines"


def test_no_state_when_none_dominates():
    got = people("Talks in Paris and Berlin went on. President Omar Haddad said little; France and Germany agreed.")
    assert got["Omar Haddad"].affiliation == ""


def test_listed_organisation_opening_a_title_is_the_affiliation():
    got = people("Shares in Northwind Airlines fell on Monday. "
                 "Northwind Airlines CEO Dana Kessler said jobs were safe.")
    assert got["Dana Kessler"].affiliation == "Northwind Airlines"


def test_possessive_organisation_before_an_apposition():
    got = extract(make("Airline banned", "Germany banned Volta Air on Monday. Reports say Volta's director, "
                       "Karim Azadi, has ties to the army.")).actors
    by_name = {a.name: a for a in got}
    assert by_name["Karim Azadi"].affiliation == "Volta Air"
    assert by_name["Karim Azadi"].role == "Director"


def test_ministers_title_word_is_no_organisation():
    got = people("Floods hit Moscow and Kazan on Monday, Russian media said. Emergencies Minister Ivan Petrov "
                 "flew to Moscow. The Emergencies Ministry said 40 were hurt.")
    assert got["Ivan Petrov"].affiliation == "Russia"


def test_description_before_the_title_in_an_apposition_is_dropped():
    got = people("Jane Roe, the outgoing president of the Harbour Board, resigned on Monday.")
    assert got["Jane Roe"].role == "President"
    assert got["Jane Roe"].affiliation == "Harbour Board"


def test_office_given_with_as_beats_a_relation():
    got = people("Her successor, Peter Mwangi, attended the funeral. "
                 "Later the council named Mwangi as the new Governor.")
    assert got["Peter Mwangi"].role == "Governor"


def test_person_of_a_body_is_affiliated_with_it():
    text = "Mark Delaney of the Harbour Workers Federation said the strike would continue."
    got = {a.name: a for a in extract(make("Port strike continues", text)).actors}
    person = next((a for a in got.values() if a.kind == "person"), None)
    assert person is not None and "Federation" in person.affiliation


def test_noun_naming_the_field_stays_in_the_role():
    got = people("The plan worked, Harbourside College marine biology professor Lena Varga told reporters.")
    assert got["Lena Varga"].role.endswith("arine biology professor")
    assert got["Lena Varga"].affiliation == "Harbourside College"


def test_occupational_qualifier_before_and_after_the_name():
    got = people("According to eyewitness Tomas Brandt, the roof fell in. Another eyewitness, Sarah Miller, "
                 "heard a blast.")
    assert got["Tomas Brandt"].role == "Eyewitness"
    assert got["Sarah Miller"].role == "Eyewitness"


def test_town_of_a_professional_is_neither_role_nor_affiliation():
    got = people("Karl Jansen, a Chicago lawyer representing the crew, said the ship was safe.")
    assert got["Karl Jansen"].role == "Lawyer"
    assert got["Karl Jansen"].affiliation == ""


def test_client_of_a_lawyer_is_no_part_of_the_title():
    got = people("Marie Lenoir, a lawyer for the victim, told reporters the trial was fair.")
    assert got["Marie Lenoir"].role == "Lawyer"


def test_mayor_of_a_described_city():
    got = people("Piotr Nowak, mayor of the northern city of Gdynia, was taken to hospital on Sunday.")
    assert got["Piotr Nowak"].role == "Mayor of Gdynia"
    assert got["Piotr Nowak"].affiliation == "Gdynia"


def test_title_of_an_organisation_before_the_name_in_apposition():
    got = people("On Monday the director of the Harbour Workers Union, Anna Keller, said talks had failed.")
    assert got["Anna Keller"].role == "Director"
    assert got["Anna Keller"].affiliation == "Harbour Workers Union"


def test_party_post_of_a_head_of_government_is_not_the_affiliation():
    got = people("Liberal Party leader and Prime Minister Tom Hardy said he was grateful.")
    assert got["Tom Hardy"].role == "Prime Minister"
    assert "Party" not in got["Tom Hardy"].affiliation


def test_owner_possessive_before_an_apposed_title():
    got = people("The Green Party's leader, Rosa Lindt announced she would step down.")
    assert got["Rosa Lindt"].role == "Leader"
    assert got["Rosa Lindt"].affiliation == "Green Party"


def test_foreign_honorific_is_no_part_of_the_title():
    got = people("The law was criticised by archbishop Monsenor Carlos Ruiz Ortega on Sunday.")
    assert got["Carlos Ruiz Ortega"].role == "Archbishop"


def test_person_noun_given_a_name():
    got = people("A passer-by and a young chef named Marek Nowicki chased the attacker down the street.")
    assert got["Marek Nowicki"].role == "Chef"


def test_of_inside_a_body_name_before_the_title():
    got = people("Oregon Department of Forestry official Dana Whitfield said the fire was contained.")
    assert got["Dana Whitfield"].role == "Official"
    assert got["Dana Whitfield"].affiliation == "Oregon Department of Forestry"


def test_title_apposed_to_the_same_word_as_the_name():
    got = people("Speaking to Reuters, the president of the Northern League for the Protection of Rivers, "
                 "Hanna Berg, said the dam was a mistake.")
    assert got["Hanna Berg"].role == "President"


def test_nationality_word_derived_from_the_country_name():
    got = people("Samoan Prime Minister Tavita Leota said on Monday the schools would reopen.")
    assert got["Tavita Leota"].role == "Prime Minister"
    assert got["Tavita Leota"].affiliation == "Samoa"


def test_unlabelled_body_after_of_is_the_affiliation():
    got = people("Lena Park of Green Valley Watch said the strike would go on.")
    assert got["Lena Park"].affiliation == "Green Valley Watch"


def test_unit_of_a_university_gives_the_university():
    got = people("The study was led by Tomas Reyna of the Keller School of Ocean Studies at the "
                 "University of Norland, who said more work was needed.")
    assert got["Tomas Reyna"].affiliation == "University of Norland"


def test_possessive_organisation_without_a_title():
    got = people("The report was welcomed on Monday. Reuters's Daniel Okafor said the talks had stalled.")
    assert got["Daniel Okafor"].affiliation == "Reuters"


def test_pair_of_fields_stays_in_the_title():
    got = people("The talks ended on Friday. The bloc's trade and industry commissioner Peter Lindholm "
                 "announced that two members would join.")
    assert "trade and industry" in got["Peter Lindholm"].role.lower()


def test_party_named_after_a_leader_beats_the_nationality():
    got = people("Norlandic leader Anton Brask of the conservative Harbour Party promised new laws.")
    assert got["Anton Brask"].affiliation == "Harbour Party"


def test_mayor_of_a_city_is_affiliated_with_the_city():
    got = people("Mayor of London Priya Nandra said the bridge would reopen on Monday.")
    assert got["Priya Nandra"].affiliation == "London"


def test_big_city_is_no_short_form_of_a_body_named_after_it():
    listed = [("London Stock Exchange", {"London Stock Exchange"}), ("Mahan Air", {"Mahan Air"})]
    assert resolve_affiliation("London", listed) == "London"
    assert resolve_affiliation("Mahan", listed) == "Mahan Air"


def test_field_adjective_stays_in_the_title_a_describing_one_does_not():
    got = people("The magazine met on Monday. Its editorial director, Mara Linde, said the issue was sold out.")
    assert got["Mara Linde"].role.lower().endswith("editorial director")
    got = people("The union met on Monday. Its outgoing president, Karl Brenner, said the deal was fair.")
    assert "outgoing" not in got["Karl Brenner"].role.lower()
