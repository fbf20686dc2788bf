"""Actor rules for organisation names: whole names of bodies, spelling variants,
coordinated names, acronyms in brackets, names cut at connectors or outlets."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from tests.briefing.briefings import make
from tests.briefing.extracted import actors, places_of
from tests.briefing.extracted import actors_found as found
from tests.briefing.extracted import name_case as case

PORT = "Officials meet over port dispute"


CONVOY = "Militants claim attack on convoy"


BUDGET = "Council votes on new budget"


_BODY_NAMED_WITH_THE_STATE_IT_SERVES = (
    "On Monday the National Farmers Union of Montana filed a complaint against the new tax rules.",
)
_ACRONYM_IN_BRACKETS_INSIDE_A_NAME = (
    "She travelled to New York for the United Nations (UN) General Assembly this week. The UN said talks would "
    "continue.",
)
_NAMES_CUT_AROUND_CONNECTORS_ARE_JOINED = (
    "A spokesman for the Sudanese League for the Protection of Civil Rights said the ban was unfair.",
)
_COURT_NAME_RUNS_TO_ITS_CIRCUIT = (
    "The Supreme Court sent the case back to the Court of Appeals for the Fifth Circuit on Monday.",
)


# Names that must be listed as actors.
PRESENT = [
    case(
        "Ministry of Trade and Industry",
        "The Ministry of Trade and Industry said exports fell in March.",
        id="one-name-with-and-inside-is-kept",
        title="Exports fall",
    ),
    case(
        "University of Nevada, Las Vegas",
        "Researchers at the University of Nevada, Las Vegas said the reef was recovering.",
        id="campus-after-comma-belongs-to-the-university",
        title="Reef recovers",
    ),
    case(
        "University of Leeds",
        "Scientists from the University of Leeds, Oxford and Cambridge joined the study.",
        id="list-of-universities-is-not-joined",
        title="Study published",
    ),
    case(
        "National Farmers Union of Montana",
        *_BODY_NAMED_WITH_THE_STATE_IT_SERVES,
        id="body-named-with-the-state-it-serves-national-farmers-union-montana",
        title="Council votes on new budget",
    ),
    case(
        "United Nations General Assembly",
        *_ACRONYM_IN_BRACKETS_INSIDE_A_NAME,
        id="acronym-in-brackets-inside-a-name-united-nations-general-assembly",
        title="Officials meet over port dispute",
    ),
    case(
        "United Nations",
        *_ACRONYM_IN_BRACKETS_INSIDE_A_NAME,
        id="acronym-in-brackets-inside-a-name-united-nations",
        title="Officials meet over port dispute",
    ),
    case(
        "Court of Appeals for the Fifth Circuit",
        *_COURT_NAME_RUNS_TO_ITS_CIRCUIT,
        id="court-name-runs-to-its-circuit-court-appeals-for-fifth",
        title="Court returns appeal",
    ),
    case(
        "Time",
        "Time named the activist its person of the year in New York on Wednesday.",
        "Time reported that the choice was unanimous.",
        id="magazine-sharing-a-small-foreign-town-s-name",
        title="Magazine names activist",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", PRESENT)
def test_is_an_actor(nlp, title, paragraphs, name):
    assert name in found(title, *paragraphs)


# Names that must not be listed as actors.
ABSENT = [
    case(
        "National Farmers Union",
        *_BODY_NAMED_WITH_THE_STATE_IT_SERVES,
        id="body-named-with-the-state-it-serves-national-farmers-union",
        title="Council votes on new budget",
    ),
    case(
        "Brightmart and Fresco",
        "On Monday, retailer Brightmart and Fresco agreed a merger, the companies said.",
        id="two-companies-joined-by-and-stay-apart",
        title="Officials meet over port dispute",
    ),
    case(
        "Sudanese League",
        *_NAMES_CUT_AROUND_CONNECTORS_ARE_JOINED,
        id="names-cut-around-connectors-are-joined-sudanese-league",
        title="Officials meet over port dispute",
    ),
    case(
        "Protection of Civil Rights",
        *_NAMES_CUT_AROUND_CONNECTORS_ARE_JOINED,
        id="names-cut-around-connectors-are-joined-protection-civil-rights",
        title="Officials meet over port dispute",
    ),
    case(
        "United Nations' World Food Programme",
        "The United Nations' World Food Programme said aid convoys were delayed at the port.",
        id="parent-possessive-splits-two-bodies",
        title="Officials meet over port dispute",
    ),
    case(
        "Fifth Circuit",
        *_COURT_NAME_RUNS_TO_ITS_CIRCUIT,
        id="court-name-runs-to-its-circuit-fifth-circuit",
        title="Court returns appeal",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", ABSENT)
def test_is_no_actor(nlp, title, paragraphs, name):
    assert name not in found(title, *paragraphs)


def test_transliterated_organisation_is_one_actor(nlp):
    got = actors(
        "Officials said Al-Qaeda fighters attacked the convoy near the border.",
        'A statement read: "The attack shows that al-Qa’ida remains a threat."',
        "Al-Qaeda has not commented on the claim.", title=CONVOY,
    )
    names = [n for n in got if "qa" in n.lower()]
    assert names == ["Al-Qaeda"]


def test_two_bodies_sharing_a_head_word_are_split(nlp):
    got = actors("The Institute for Coastal Ecology and Institute for Soil Health filed a lawsuit on Monday.",
                 title="Groups sue over pesticide rules")
    assert "Institute for Coastal Ecology" in got
    assert "Institute for Soil Health" in got
    assert not any(" and " in n for n in got)


def test_committee_named_with_its_remit(nlp):
    got = actors("She was a member of the Senate Select Committee on Benghazi for two years, aides said.", title=BUDGET)
    assert any(n.endswith("Committee on Benghazi") for n in got)


def test_tribe_is_an_organisation(nlp):
    got = actors("The plaintiffs were listed as Green Valley Alliance, Confederated Salish and Kootenai Tribes, "
                 "and Crow Tribe.", title=BUDGET)
    assert got.get("Crow Tribe") is not None and got["Crow Tribe"].kind == "organisation"
    assert "Confederated Salish and Kootenai Tribes" in got


def test_name_read_as_person_and_organisation_is_one_organisation(nlp):
    text = ("Supermarket chain Brightmart limited sales of rice on Monday. "
            "Brightmart said stocks would recover. Shoppers queued outside Brightmart stores. "
            "Brightmart and Fresco blamed panic buying.")
    hits = [a for a in extract(make("Rice limits", text)).actors if a.name == "Brightmart"]
    assert len(hits) <= 1


def test_organisation_name_cut_before_and_is_made_whole(nlp):
    got = actors(
        "The National Institute of Rivers and Coastal Studies (NIRCS) warned of floods. "
        "NIRCS said the water would rise.", title=PORT
    )
    names = set(got)
    assert "National Institute of Rivers and Coastal Studies" in names, names
    assert "NIRCS" not in names


def test_foreign_name_with_de_and_et_is_whole(nlp):
    a = extract(make("Officers jailed", "The officers worked for the Office de Surveillance et d’Enquête, "
                                        "an elite unit, the court heard."))
    names = {x.name for x in a.actors}
    assert not any(n.endswith("de Surveillance") for n in names)


def test_body_with_country_spelled_two_ways_is_one_actor(nlp):
    got = actors(
        "The US Federal Tariff Board ruled on Monday that the levy was lawful.",
        "The United States Federal Tariff Board said its ruling was final. "
        "Critics said the Federal Tariff Board had ignored the evidence.",
        title="Tariff board upholds levy",
    )
    boards = [n for n in got if "Tariff Board" in n]
    assert boards == ["United States Federal Tariff Board"]


def test_a_department_named_in_both_orders_is_one_actor(nlp):
    got = actors(
        "The Interior Department said on Monday that the lease was cancelled.",
        "A spokesman for the Department of the Interior declined to comment. "
        "The U.S. Department of Interior filed the notice.",
        title="Lease cancelled",
    )
    departments = [n for n in got if "Interior" in n]
    assert len(departments) == 1, departments


def test_law_names_are_documents_and_country_forms_agree():
    from briefing.extract.actors import EVENT_HEADS, _country_form

    assert {"law", "constitution", "decree"} <= EVENT_HEADS
    assert _country_form("US Supreme Court") == _country_form("United States Supreme Court")
    assert _country_form("Supreme Court") is None


def test_an_acronym_leaving_out_the_country_that_opens_the_name_is_the_same_body(nlp):
    got = actors(
        "The United States Commission on Presidential Debates cancelled the second debate on Friday.",
        "In a statement, the commission said, \"On October 8, CPD announced the debate would be virtual.\"",
        title="Second debate cancelled",
    )
    body = got["United States Commission on Presidential Debates"]
    assert "CPD" in body.aliases and "CPD" not in got


def test_police_the_text_never_names_are_listed_once_they_act(nlp):
    got = actors(
        "Five people died in a fire at an escape room in Valdoria on Friday.",
        "Polish police believe the fire started in the lobby, and police have been unable to question the owner.",
        title="Escape room fire kills five",
    )
    assert "Polish police" in got
    assert got["Polish police"].kind == "organisation" and got["Polish police"].affiliation == "Poland"
    quiet = actors(
        "Five people died in a fire at an escape room in Valdoria on Friday.",
        "The owner was questioned at the police station.",
        title="Escape room fire kills five",
    )
    assert not any("olice" in name for name in quiet)


def test_us_parties_named_by_their_adjective_are_actors_and_state_branches_stay_apart(nlp):
    got = found(
        "Clemency granted",
        "The U.S. President commuted the sentence of Democrat Tom Reyes, the former governor of Ohio, after "
        "Republican members of Congress objected.",
        "The Democratic and Republican Parties hold their primaries in the spring.",
        "Ana Brell, chair of the Maryland Democratic Party, praised the decision.",
    )
    assert "Democratic Party" in got and "Republican Party" in got
    assert "Maryland Democratic Party" in got
    assert "Republican Parties" not in got


def test_police_named_by_their_town_keep_the_phrase_as_a_mention(nlp):
    got = actors(
        "According to police in Marlowe, Texas, the driver had crashed twice before.",
        "Police said he was driving erratically.",
        title="Driver charged",
    )
    force = got["Marlowe police"]
    assert "police in Marlowe" in force.aliases


def test_an_office_named_after_its_holder_is_one_organisation(nlp):
    got = actors(
        "A detective for the Dunmore County Sheriff's office was given the files, the lawyer said.",
        "The Essex District Attorney's Office subpoenaed the records on Monday.",
        title="Records sought",
    )
    assert "Dunmore County Sheriff's office" in got
    assert "Essex District Attorney's Office" in got
    assert "Office" not in got and "Dunmore County Sheriff" not in got


def test_an_office_named_after_a_general_keeps_the_whole_title(nlp):
    got = actors(
        "The arrest was coordinated with the Attorney General’s Office of Mexico, officials said.",
        title="Arrest in Sinaloa",
    )
    assert "Attorney General’s Office of Mexico" in got
    assert "General’s Office of Mexico" not in got


def test_a_body_the_model_misses_is_read_from_its_name(nlp):
    got = actors(
        "Mid Kent Fire and Rescue Service were called to the farm, located near Ashford.",
        "Officers of the UK's National Crime Agency joined them.",
        title="Barn fire",
    )
    assert got["Mid Kent Fire and Rescue Service"].kind == "organisation"
    assert "Mid Kent Fire" not in got and "Rescue Service" not in got
    assert "National Crime Agency" in got


def test_a_cartel_or_movement_the_model_misses_is_read_from_its_name(nlp):
    got = actors("He was convicted as the leader of the Sinaloa Cartel.", title="Cartel leader convicted")
    assert got["Sinaloa Cartel"].kind == "organisation"


def test_a_name_with_officials_is_a_body_where_the_model_read_a_place(nlp):
    from briefing.extract.entities import Cand, _organisations_called_places

    doc = nlp("Zorvan officials have stated they never received it. Friends within Zorvan helped him leave.")
    at = [t.i for t in doc if t.text == "Zorvan"]
    cands = [Cand(doc[i].idx, doc[i].idx + 6, "Zorvan", label, 0, doc[i : i + 1])
             for i, label in zip(at, ("ORG", "LOC"))]
    _organisations_called_places(cands)
    assert [c.label for c in cands] == ["ORG", "ORG"]
    town = nlp("Jefferson Parish officials said the levees held. Residents within Jefferson Parish left.")
    at = [t.i for t in town if t.text == "Jefferson"]
    cands = [Cand(town[i].idx, town[i].idx + 16, "Jefferson Parish", label, 0, town[i : i + 2])
             for i, label in zip(at, ("ORG", "LOC"))]
    _organisations_called_places(cands)
    assert cands[1].label == "LOC"


def test_a_person_s_name_run_into_an_organisation_s_is_cut_off(nlp):
    got = actors(
        "Ray Whitlock, a former distributor, spoke to reporters on Monday.",
        "According to Whitlock the Amway property in question was returned by mail to the company.",
        title="Distributor speaks",
    )
    assert not any(name.startswith("Whitlock the") for name in got)
    assert "Amway" in got


def test_a_us_court_named_by_its_district_is_an_organisation(nlp):
    found = actors(
        "Dana Reyes was convicted in the Western District of Texas and served her sentence in Houston.",
        "Her brother is charged in the Northern District of Illinois, said U.S. Attorney Mark Bell "
        "for the Eastern District of Virginia.",
        title="Clemency granted",
    )
    assert found["Western District of Texas"].kind == "organisation", found
    assert found["Northern District of Illinois"].kind == "organisation", found
    assert "Eastern District of Virginia" not in found, found


def test_a_court_s_district_is_the_court_named_in_full(nlp):
    found = actors(
        "Ruiz pleaded not guilty in U.S. District Court for the Northern District of Illinois on Monday.",
        "He is charged in the Northern District of Illinois with four counts of fraud.",
        title="Plea entered",
    )
    courts = [a for a in found.values() if "District of Illinois" in a.name]
    assert len(courts) == 1, found
    assert "Northern District of Illinois" in courts[0].aliases and len(courts[0].mentions) == 2, courts


def test_a_unit_named_with_its_owner_is_the_unit(nlp):
    found = actors(
        "The case was investigated by the Justice Department’s Office of International Affairs "
        "and the Pentagon’s Defense Criminal Investigative Service.",
        "The U.S. Department of State’s Bureau of International Narcotics and Law Enforcement Affairs "
        "funds the program.",
        title="Fraud case closed",
    )
    assert {"Office of International Affairs", "Defense Criminal Investigative Service",
            "Bureau of International Narcotics and Law Enforcement Affairs"} <= set(found), found
    assert not any("’s" in name for name in found), found


def test_a_local_branch_named_with_its_owner_is_the_owner_and_holders_keep_their_office(nlp):
    found = actors(
        "Agents of IRS Criminal Investigation’s Chicago Office made the arrest, "
        "and the Attorney General’s Office of Legal Counsel reviewed the warrant.",
        title="Arrest made",
    )
    assert "IRS Criminal Investigation" in found, found
    assert "Attorney General’s Office of Legal Counsel" in found, found


def test_a_body_s_name_ends_before_the_next_person_s_title(nlp):
    found = actors(
        "Acting Assistant Attorney General Matthew Friedrich of the Criminal Division and Acting U.S. Attorney "
        "Dana Boente for the Eastern District of Virginia announced the plea.",
        title="Plea announced",
    )
    assert "Criminal Division" in found, found
    assert not any("Acting" in name for name in found), found
    boente = found["Dana Boente"]
    assert boente.role == "Acting U.S. Attorney for the Eastern District of Virginia", boente


def test_a_body_beside_a_state_joined_by_and_stays_apart_from_it(nlp):
    got = actors(
        "The minister thanked the Department of Justice and Bosnia and Herzegovina authorities for the arrest.",
        "The Islamic State of Iraq and Syria claimed an earlier attack.",
        title="Arrest made",
    )
    assert "Department of Justice" in got, got
    assert not any("Justice and Bosnia" in n for n in got), got
    assert "Islamic State of Iraq and Syria" in got, got


def test_a_known_group_named_with_a_number_is_an_actor_under_both_forms(nlp):
    got = found("Leaders call for action", "French President Emmanuel Macron called for G7 action on the fires.",
                "G7, or the Group of Seven, is an informal group of seven countries.",
                "Energy ministers of the G20 met in Houston, where the G20 agreed a statement.")
    assert "G7" in got and "Group of Seven" in got["G7"].aliases, sorted(got)
    assert "Group of Seven" not in got
    assert "G20" in got, sorted(got)


def test_a_title_after_a_body_in_apposition_is_no_part_of_its_name(nlp):
    got = found("Boats turned away", "Jeff Rathke, the State Department Spokesperson, said in a statement that the "
                "US was ready to help.")
    assert "State Department" in got and "State Department Spokesperson" not in got, sorted(got)


def test_a_municipality_is_the_town_s_government_and_names_the_town(nlp):
    b = make("Schools asked to pay tax", "Requests have come from the Municipality of Bogliasco, next to Genova.",
             "The request was advanced by the Municipality of Livorno in 2010.")
    actors_named = {a.name for a in extract(b).actors}
    assert {"Municipality of Bogliasco", "Municipality of Livorno"} <= actors_named, actors_named
    where = {p.name for p in extract(b).places}
    assert {"Bogliasco", "Livorno"} <= where and not any(n.startswith("Municipality") for n in where), where


def test_a_headline_capitalising_every_word_names_only_the_body(nlp):
    got = found("NASA Sets Plan to Return Moon Rocks, Seeks New Designs",
                "NASA said on Monday it would seek new designs.")
    assert "NASA" in got and not any(name.startswith("NASA Sets") for name in got)


def test_a_centre_or_council_of_a_body_named_often_is_not_the_body_itself(nlp):
    got = found(
        "Mission news",
        "The mission is managed by NASA Goddard, which built the spacecraft.",
        "NASA said the launch went well. NASA will fly it again in May, NASA added. FIFA said the ban stands. "
        "The FIFA Ethics Committee met on Monday.",
        "UEFA said it agreed. The UEFA Executive Council met on Tuesday.",
    )
    for body, part in (("NASA", "NASA Goddard"), ("FIFA", "FIFA Ethics Committee"), ("UEFA", "UEFA Executive Council")):
        assert body in got and part in got, body


def test_the_house_is_the_chamber_not_one_of_its_committees(nlp):
    got = found(
        "Contempt vote",
        "The United States House of Representatives voted to hold the two men in contempt.",
        "The House Oversight and Reform Committee had issued subpoenas. The House vote was 230 to 198.",
    )
    assert "House" in got["United States House of Representatives"].aliases


def test_instruments_named_in_capitals_are_things(nlp):
    got = found("Launch", "The Hyper-Angular Rainbow Polarimeter was built by the University of Maryland.")
    assert "Hyper-Angular Rainbow Polarimeter" not in got and "University of Maryland" in got


def test_a_chamber_its_leaders_title_and_its_bills_parts_are_read_right(nlp):
    got = found(
        "Senate passes bill",
        "The U.S. Senate passed the bill on Wednesday. The Senate vote was 74 to 25, said Senate Majority Leader "
        "Harry Reid. In the amended version of the bill (pp. 1-3), Division A covers banks.",
        "Passage of the Bill required a simple majority. The bill now goes to the House on Friday.",
    )
    assert "Senate" in got["U.S. Senate"].aliases
    assert not {"Senate Majority", "Division A", "Bill"} & set(got)
    assert got["Harry Reid"].role == "Majority Leader"
    assert "House" not in places_of(make("Senate passes bill", "The bill now goes to the House on Friday."))


def test_a_first_name_that_is_a_common_word_still_opens_a_name(nlp):
    got = found("Grant", "The grant came from the Bill and Melinda Gates Foundation in Seattle.")
    assert "Bill and Melinda Gates Foundation" in got


def test_review_short_forms_operations_and_firms_named_for_products_stay_bodies(nlp):
    got = found("Markets", "JPMorgan Chase said profits rose. JPMorgan also said it would hire.",
                "Operation Smile said it had treated 200 children. Telesat Satellite said the launch was delayed.")
    assert "JPMorgan" in got["JPMorgan Chase"].aliases
    assert "Operation Smile" in got and "Telesat Satellite" in got


def test_bodies_saying_something_are_no_people_and_encampments_no_groupings(nlp):
    got = found("Politics", "Team Sky said the race was over. Plaid Cymru said it would vote against.",
                "Students set up a pro-Palestinian camp on the lawn.")
    assert not [a for a in got.values() if a.kind == "person"]
    assert "Pro-Palestinian camp" not in got
