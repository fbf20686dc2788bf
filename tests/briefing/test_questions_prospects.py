"""Open questions about what is hoped, planned, scheduled, required or called for:
will it happen, and under which condition."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from tests.briefing.briefings import make
from tests.briefing.extracted import all_asked, asked, in_order
from tests.briefing.extracted import question_case as case

TEST, REPORT, HARBOUR = "Test", "Report", "Harbour report"


_HOPES_SCHEDULES_AND_DUE_DATES_LOOK_AHEAD = (
    "The company hopes to open a new factory in Ohio.",
    "The council is set to vote on the budget on Friday.",
    "The minister is due to visit Paris next week.",
)
_REQUIRED_CONSENT_AND_PENDING_MATTERS_ARE_OPEN = (
    "The regulator has to approve the deal.",
    "The treaty must be ratified by the parliament.",
    "The merger is pending approval from the European Commission.",
    "The families are awaiting the results of DNA tests.",
    "We have to be careful about this.",
)
_CALLS_FOR_ACTION_IN_SUBJUNCTIVE_OR_DEONTIC_PASSIVE = (
    "The mayor backed the council's recommendation the bridge be closed to lorries.",
    "The senator said at a rally that the tax rules should be simplified.",
)
_DECLARED_READINESS_TO_ACT = (
    "The World Bank stands ready to fund the new port in Mombasa.",
    "Staff trained for weeks in order to be ready to receive patients.",
)


# Sentences that must raise this open question.
ASKED = [
    case(
        "Will the company open a new factory in Ohio?",
        *_HOPES_SCHEDULES_AND_DUE_DATES_LOOK_AHEAD,
        id="hopes-schedules-and-due-dates-look-ahead-company-open-new-factory",
    ),
    case(
        "Will the council vote on the budget on Friday?",
        *_HOPES_SCHEDULES_AND_DUE_DATES_LOOK_AHEAD,
        id="hopes-schedules-and-due-dates-look-ahead-council-vote-on-budget",
    ),
    case(
        "Will the minister visit Paris?",
        *_HOPES_SCHEDULES_AND_DUE_DATES_LOOK_AHEAD,
        id="hopes-schedules-and-due-dates-look-ahead-minister-visit-paris",
    ),
    case(
        "Will the regulator approve the deal?",
        *_REQUIRED_CONSENT_AND_PENDING_MATTERS_ARE_OPEN,
        id="required-consent-and-pending-matters-are-open-regulator-approve-deal",
    ),
    case(
        "Will the treaty be ratified by the parliament?",
        *_REQUIRED_CONSENT_AND_PENDING_MATTERS_ARE_OPEN,
        id="required-consent-and-pending-matters-are-open-treaty-ratified-by-parliament",
    ),
    case(
        "Will the merger get approval from the European Commission?",
        *_REQUIRED_CONSENT_AND_PENDING_MATTERS_ARE_OPEN,
        id="required-consent-and-pending-matters-are-open-merger-get-approval-from",
    ),
    case(
        "What will the results of DNA tests show?",
        *_REQUIRED_CONSENT_AND_PENDING_MATTERS_ARE_OPEN,
        id="required-consent-and-pending-matters-are-open-results-dna-tests-show",
    ),
    case(
        "Will the bridge be closed to lorries?",
        *_CALLS_FOR_ACTION_IN_SUBJUNCTIVE_OR_DEONTIC_PASSIVE,
        id="calls-for-action-in-subjunctive-or-deontic-passive-bridge-closed-lorries",
    ),
    case(
        "Will the tax rules be simplified?",
        *_CALLS_FOR_ACTION_IN_SUBJUNCTIVE_OR_DEONTIC_PASSIVE,
        id="calls-for-action-in-subjunctive-or-deontic-passive-tax-rules-simplified",
    ),
    case(
        "Will the World Bank fund the new port in Mombasa?",
        *_DECLARED_READINESS_TO_ACT,
        id="declared-readiness-to-act-world-bank-fund-new",
    ),
    case(
        "Will there be delays to the bridge repairs?",
        "The mayor said she expects no delays to the bridge repairs this summer.",
        id="expecting-no-trouble-asks-whether-there-will-be-any",
    ),
    case(
        "Will the reopening of the central library take place on March 3?",
        "The mayor spoke on Monday. The current expected date for the reopening of the central library is March 3.",
        id="expected-date-for-an-event",
        title=REPORT,
    ),
]


@pytest.mark.parametrize("title, paragraphs, question", ASKED)
def test_question_is_asked(nlp, title, paragraphs, question):
    assert question in in_order(title, *paragraphs)


# Sentences none of whose questions may contain this fragment.
NOT_ASKED = [
    case(
        "careful",
        *_REQUIRED_CONSENT_AND_PENDING_MATTERS_ARE_OPEN,
        id="required-consent-and-pending-matters-are-open-careful",
    ),
    case("receive patients", *_DECLARED_READINESS_TO_ACT, id="declared-readiness-to-act-receive-patients"),
    case(
        "protect migratory birds",
        "The convention, which seeks to protect migratory birds, was signed by forty states.",
        id="an-instruments-stated-aim-is-not-asked",
    ),
]


@pytest.mark.parametrize("title, paragraphs, fragment", NOT_ASKED)
def test_no_question_contains(nlp, title, paragraphs, fragment):
    assert not any(fragment in q for q in in_order(title, *paragraphs))


def test_bills_suits_and_claims_await_an_answer(nlp):
    got = asked(
        "Senator Jane Smith introduced a bill to ban plastic bags in all states.",
        "The family filed a lawsuit against the city over the shooting.",
        "The Red Hand group claimed responsibility for the attack in the capital.",
        "The men claimed to be police officers.",
        "The new drug appears to reduce deaths from malaria.",
        "The fire seems to have started in the kitchen.",
    )
    assert "Will the bill to ban plastic bags in all states pass?" in got
    assert "Will the lawsuit succeed?" in got
    assert any(q.startswith("Is the Red Hand group's claim of responsibility") for q in got)
    assert "Were the men police officers?" in got
    assert "Does the new drug reduce deaths from malaria?" in got
    assert "Did the fire start in the kitchen?" in got


def test_stated_refusal_is_asked_positively(nlp):
    got = asked("Governor Tom Reed has said he will not sign a bill that raises the fuel tax.")
    assert any(q.startswith("Will Tom Reed sign a bill that raises the fuel tax") for q in got)
    assert not asked("The minister said the plant will never reopen in its old form.")


def test_gerund_subject_and_relative_clause_through_a_report(nlp):
    got = asked(
        "An engineer said repairing the damaged bridge, which was hit by a barge, may take a year.",
        "The agency picked two pilots for the first crewed flight, which the agency said might take place in June.",
    )
    assert "Will repairing the damaged bridge take a year?" in got
    assert any(q.startswith("Will the first crewed flight take place") for q in got)


def test_reported_past_progressive_plan_stays_open(nlp):
    got = asked("The company said it was planning to open a second plant in Ohio.")
    assert any("second plant" in q for q in got)


def test_plan_misread_as_participle_keeps_its_subject(nlp):
    got = asked("Local volunteers planned to continue to clear the beach and work to protect the dunes.")
    assert any(q.startswith("Will local volunteers continue") for q in got), got


def test_a_body_that_seeks_a_step_is_still_asked(nlp):
    got = asked("The government seeks to extradite the suspect to Mexico.")
    assert any("extradite the suspect" in q for q in got), got


def test_a_condition_that_the_question_restates_is_not_repeated(nlp):
    qs = extract(make(TEST,
        "The allies warned of new sanctions should the government continue to reject the proposal.",
        "Mayor Ana Ruiz said she may close the bridge if the river keeps rising.",
    )).open_questions
    by_question = {q.question: q.condition for q in qs}
    assert by_question, "the hedged sentences raise questions"
    for question, condition in by_question.items():
        if condition:
            assert not question.lower().startswith("will the government continue"), (question, condition)
    mayor = [q for q in qs if "bridge" in q.evidence]
    assert mayor and mayor[0].question == "Will Ana Ruiz close the bridge?"
    assert mayor[0].condition == "if the river keeps rising"


def test_a_condition_written_into_a_rule_is_not_open(nlp):
    got = asked("Hunting is illegal in the park, and is permitted only in one case: "
                "if the animal is a danger to people.")
    assert not any("danger" in q for q in got)
    assert "Will the union win the ballot?" in asked("The strike will be allowed if the union wins the ballot.")


def test_a_scheduled_debate_or_ceremony_asks_whether_it_takes_place(nlp):
    qs = all_asked(
        "According to the organisers, the final debate is still scheduled for October 22 in Valdoria.",
        "The opening ceremony is set for June 3 at the harbour.",
    )
    assert "Will the final debate take place on October 22 in Valdoria?" in qs, qs
    assert any(q.startswith("Will the opening ceremony take place") for q in qs), qs


def test_announced_plans_ask_whether_the_subject_will_carry_them_out(nlp):
    qs = all_asked(
        "Shipping through the port fell by a third last year.",
        "The harbour company announced plans to close the northern terminal on Monday.",
        "Britain, France and Germany have announced plans to pull out of the deal.",
    )
    assert "Will the harbour company close the northern terminal on Monday?" in qs, qs
    assert "Will Britain, France and Germany pull out of the deal?" in qs, qs


def test_a_demand_for_something_asks_whether_it_will_be_met(nlp):
    qs = all_asked(
        "Shipping through the port fell by a third last year.",
        "The port workers' union demanded the resignation of the harbour master on Monday.",
    )
    assert any(q.startswith("Will the port workers' union's demand for the resignation of the harbour master")
               and q.endswith("be met?") for q in qs), qs


def test_a_stated_intent_or_commitment_asks_whether_the_act_follows(nlp):
    got = asked(
        "Chile announced its intent to open new consulates in Denver and Atlanta.",
        "The ministers welcomed Peru’s decision to join the fisheries pact.",
        "Norway reaffirmed its commitment to fund the clinic for three more years.",
    )
    assert "Will Chile open new consulates in Denver and Atlanta?" in got
    assert "Will Peru join the fisheries pact?" in got
    assert "Will Norway fund the clinic for three more years?" in got


def test_something_given_a_date_ahead_asks_whether_it_takes_place_then(nlp):
    got = all_asked(
        "The first inspection mission, scheduled for August 24 in Goma, will be led by the commission.",
        "The next verification mission is scheduled for September 3.",
    )
    assert "Will the first inspection mission take place on August 24 in Goma?" in got, got
    assert "Will the next verification mission take place on September 3?" in got, got


def test_an_undertaking_agreed_asks_whether_it_is_carried_out(nlp):
    got = all_asked(
        "The parties agreed to establish a joint commission to review the ceasefire.",
        "The two sides agreed that the talks had been useful.",
    )
    assert "Will the parties establish a joint commission to review the ceasefire?" in got, got
    assert not any("useful" in q for q in got), got


def test_a_commitment_to_an_act_named_by_a_noun_asks_whether_it_is_achieved(nlp):
    got = all_asked(
        "The ministers reiterated their shared commitment to the complete elimination of chemical arms.",
        "Japan reaffirmed its commitment to the alliance.",
    )
    assert "Will the complete elimination of chemical arms be achieved?" in got, got
    assert not any("alliance" in q for q in got), got


def test_talks_that_go_on_ask_what_will_come_of_them(nlp):
    got = all_asked(
        "Discussions on border security continue today in Geneva.",
        "Negotiations between the two unions did not continue after the strike.",
    )
    assert "What will come of the discussions on border security?" in got, got
    assert not any("unions" in q for q in got), got


def test_problems_said_to_remain_ask_how_they_will_be_addressed(nlp):
    got = all_asked(
        "The working group identified continuing challenges, including gaps in oversight.",
        "The outstanding issues were resolved last week.",
    )
    assert "How will the continuing challenges be addressed?" in got, got
    assert not any("outstanding" in q for q in got), got


def test_what_is_said_to_be_needed_is_asked_whether_it_comes(nlp):
    questions = all_asked(
        "Biologists said more protections are needed for the wetlands and their nesting grounds.",
        "The mayor said the old permits are no longer needed at the port.",
    )
    assert any(q.startswith("Will the needed protections for the wetlands") for q in questions), questions
    assert not any("permits" in q for q in questions), questions


def test_a_charge_whose_outcome_sets_the_penalty_asks_whether_it_is_proven(nlp):
    qs = all_asked("If convicted, the two harbour managers face up to ten years in prison.",
                   "If found guilty, the ferry captain could lose his licence.")
    assert "Will the two harbour managers be convicted?" in qs, qs
    assert "Will the ferry captain lose his licence?" in qs, qs


def test_a_commitment_to_doing_something_asks_whether_it_is_done(nlp):
    qs = all_asked("The ministers of the three harbour towns committed to continuing joint patrols at all levels.",
                   "The port authority is committed to vigorously pursuing all those who dump waste at sea.",
                   "The pilot was not committed to fighting the case.")
    assert "Will the ministers of the three harbour towns continue joint patrols at all levels?" in qs, qs
    assert any(q.startswith("Will the port authority") and q.endswith("pursue all those who dump waste at sea?")
               for q in qs), qs
    assert not any("fight" in q for q in qs), qs
