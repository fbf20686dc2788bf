"""Actor rules for agencies, their units and their local offices, as US
government releases name them: an agency's full name before its bracketed
acronym, units of a body, local offices named by acronym and town, federal
district offices held by a person, bodies named by town and state."""

from __future__ import annotations

from tests.briefing.extracted import actors_found as found
from tests.briefing.extracted import people, places_found

TITLE = "Fugitive returned to face charges"

_AGENCY_BEFORE_POSSESSIVE_ACRONYM = (
    "A fugitive was handed over on Friday by U.S. Immigration and Customs Enforcement's (ICE) Enforcement and "
    "Removal Operations (ERO). The flight was run by ICE's Air Operations Unit.",
)


def test_agency_cut_at_and_is_whole_before_its_possessive_acronym(nlp):
    got = found(TITLE, *_AGENCY_BEFORE_POSSESSIVE_ACRONYM)
    assert "U.S. Immigration and Customs Enforcement" in got
    assert "ICE" in got["U.S. Immigration and Customs Enforcement"].aliases
    assert "U.S. Immigration" not in got and "Customs Enforcement" not in got


def test_local_office_named_by_acronym_and_town_is_the_body(nlp):
    got = found(TITLE, *_AGENCY_BEFORE_POSSESSIVE_ACRONYM,
                "Officers of ERO Chicago arrested him in March outside his home.")
    assert "ERO Chicago" not in got
    assert "ERO Chicago" in got["Enforcement and Removal Operations"].aliases


def test_interpol_national_bureau_is_a_body_of_its_own_not_a_place(nlp):
    text = ("An officer assigned to INTERPOL Ottawa notified the team of an active notice. "
            "The officer works with INTERPOL and the police in Canada to find fugitives.")
    got = found(TITLE, text)
    assert "INTERPOL Ottawa" in got and "INTERPOL" in got
    assert got["INTERPOL Ottawa"].kind == "organisation"
    assert "INTERPOL Ottawa" not in places_found(TITLE, text)


def test_initial_before_a_full_name_is_no_title(nlp):
    got = people("“We are proud of the team,” said M. Lorna Quist, field office director for the agency.")
    assert "M. Lorna Quist" in got
    assert got["M. Lorna Quist"].role != "M."


def test_parts_of_a_double_barrelled_surname_name_the_person(nlp):
    got = found(TITLE, "Jose Luis Ramos-Vega, 34, was flown to Lima on Friday. Ramos-Vega was arrested in March "
                "outside his home. Vega had evaded extradition in 2012 when he was removed. Ramos was ordered "
                "removed by a judge. The deportation of Jose Ramos-Vega is another example of cooperation.")
    people_named = [a for a in got.values() if a.kind == "person"]
    assert [a.name for a in people_named] == ["Jose Luis Ramos-Vega"]
    assert {"Ramos", "Vega", "Jose Ramos-Vega"} <= set(people_named[0].aliases)


def test_name_without_the_middle_name_is_the_same_person(nlp):
    got = found(TITLE, "Police arrested Anna Maria Kovacs, one of Hungary's most wanted criminals, in Miami on "
                "Tuesday. “The capture of fugitive Anna Kovacs shows what cooperation can do,” the marshal said.")
    assert "Anna Kovacs" not in got
    assert "Anna Kovacs" in got["Anna Maria Kovacs"].aliases


def test_unit_of_a_body_is_no_person(nlp):
    got = found(TITLE, "An inquiry spearheaded by the Fugitive Division of INTERPOL Washington, U.S. National "
                       "Central Bureau, led to the arrest.")
    assert "Fugitive Division" in got
    assert got["Fugitive Division"].kind == "organisation"


def test_federal_office_in_apposition_is_the_role(nlp):
    got = people("“This capture is a fine example of teamwork,” said Arturo Benes Jr., U.S. Marshal for the "
                 "Southern District of Florida.")
    person = got["Arturo Benes Jr."]
    assert person.role == "U.S. Marshal for the Southern District of Florida"


def test_federal_office_in_apposition_outranks_a_job_word(nlp):
    got = people("The case is being handled by prosecutor Dana Whitlow, the U.S. Attorney for the Western "
                 "District of Texas.")
    assert got["Dana Whitlow"].role == "U.S. Attorney for the Western District of Texas"
    assert got["Dana Whitlow"].affiliation == "United States"


def test_district_where_an_office_is_is_no_court(nlp):
    got = found(TITLE, "Investigators sent the file to the Marshals Service office in the Southern District of "
                       "Florida on Monday.")
    assert "Southern District of Florida" not in got


def test_marshal_belongs_to_the_service_not_to_its_branch(nlp):
    got = people(
        "The search was led by the U.S. Marshals Service International Investigations Branch.",
        "“It was a fine example of teamwork,” said Arturo Benes, U.S. Marshal for the Southern District of Florida.",
        "The Marshals Service said the fugitive would be returned.",
    )
    assert got["Arturo Benes"].affiliation in ("Marshals Service", "U.S. Marshals Service")


def test_body_named_by_town_and_state_is_one_body(nlp):
    text = ("On Tuesday, officers of the Marshals Service and the Boynton Beach, Florida Police Department took "
            "the fugitive into custody.")
    got = found(TITLE, text)
    assert "Boynton Beach, Florida Police Department" in got
    assert "Florida Police Department" not in got
    assert "Boynton Beach" not in places_found(TITLE, text)


def test_state_abbreviation_after_a_town_is_the_state(nlp):
    got = places_found(TITLE, "He was arrested on March 15 outside his home in Manassas, Va., by officers.")
    assert "Virginia" in got and got["Virginia"].kind == "region"
    assert "Va." not in got


def test_department_named_after_a_war_is_a_body_with_its_of_acronym(nlp):
    got = found("Agencies join forces", "The White House and the Department of War (DOW) have worked closely with "
                "industry partners. The Department of Labor (DOL) said on Monday that it would act.")
    assert "DOW" in got["Department of War"].aliases
    assert "DOL" in got["Department of Labor"].aliases


def test_portfolio_with_the_before_a_name_is_the_title(nlp):
    got = people("“We will act,” said Secretary of the Treasury Scott Bessent.")
    assert got["Scott Bessent"].role == "Secretary of the Treasury"


def test_a_body_s_full_name_ending_in_a_unit_word_is_still_its_name(nlp):
    got = found(TITLE, "The U.S. Marshals Service arrested the fugitive in Ohio. The U.S. Marshals said he was armed.")
    assert "U.S. Marshals" not in got, sorted(got)
    assert "U.S. Marshals" in got["U.S. Marshals Service"].aliases


def test_a_hyphenated_company_sharing_a_person_s_surname_stays_a_company(nlp):
    got = found("Sales fall", "Harley-Davidson said sales fell. Bill Davidson, a spokesman, said Harley-Davidson "
                "would recover.")
    assert got["Harley-Davidson"].kind == "organisation"


def test_the_of_acronym_needs_a_name_of_capitals_and_of_only(nlp):
    got = found("Flights safe", "The Department of the Treasury said sanctions would follow. The Department of "
                "Transportation, or DOT, said flights were safe. DOT officials declined to comment.")
    assert "DOT" in got["Department of Transportation"].aliases
    assert "DOT" not in got["Department of the Treasury"].aliases
