"""Open questions about the status of people and events that no hedge word marks:
the injured, unclaimed attacks, deadlines, bail, pending rulings, rising tolls."""

from __future__ import annotations

import pytest

from tests.briefing.extracted import all_asked, in_order
from tests.briefing.extracted import question_case as case

TEST, REPORT, HARBOUR = "Test", "Report", "Harbour report"


_THINGS_IN_GOOD_CONDITION_DO_NOT_RECOVER = (
    "Engineers said the old harbour bridge is in good condition after the storm.",
    "The water is being treated at the new plant in Valdoria.",
)
_BAIL_UNTIL_A_DATE_ASKS_ABOUT_CHARGES = (
    "On Friday officers arrested a 40-year-old woman on suspicion of fraud, and released her on bail till June.",
    "The man was released on bail until March 3 while inquiries continue.",
)
_PENDING_DECISION_AND_ELIGIBILITY_TO_APPEAL = (
    "The ruling is pending and expected in June of this year.",
    "The defendant is eligible to appeal.",
)
_RISING_TOLLS_AND_FUTURE_MEETINGS_ARE_OPEN = (
    "The death toll rose to 45 on Sunday.",
    "Since then, the ministry has reported more cases of cholera, including 40 on Monday.",
    "The leaders agreed to a future meeting in Geneva.",
    "The number of tourists rose by five percent last year.",
)
_NEXT_HEARING_AND_TOLLS_OF_THE_DEAD = (
    "The judge ordered the defendant held in custody until his next court appearance on May 9.",
    "The fire in the market caused the death of at least 12 people.",
)
_STALLED_REMANDED_AND_ANNOUNCED_STEPS_ARE_PENDING = (
    "The union lobbied for months, but all four of the pension bills have been stuck in the Senate.",
    "The high court overturned the fine, sending the case back to the district court in Ohio.",
    "The ministry announced a gradual withdrawal of troops from the border, officials said.",
)


# Sentences that must raise this open question.
ASKED = [
    case(
        "Will those rescued recover?",
        "A bus overturned near the harbour on Sunday night.",
        "Those rescued are having serious injuries, the health minister said.",
        id="serious-injuries-ask-recovery",
        title=HARBOUR,
    ),
    case(
        "Who carried out the shelling?",
        "Two mortar rounds hit the port's fuel depot on Tuesday night.",
        "No group has claimed responsibility for the shelling.",
        id="unclaimed-attack-asks-who",
        title=HARBOUR,
    ),
    case(
        "Who will win the mayoral election?",
        "Marta Solis, a candidate in the mayoral election to be held on May 9, toured the docks.",
        id="contest-to-be-held-asks-winner",
        title=HARBOUR,
    ),
    case(
        "What will the flight recorders reveal?",
        "A cargo plane overran the runway at Valdoria airport on Friday.",
        "Officials said the flight recorders have been recovered from the wreck.",
        id="recovered-recorders-ask-what-they-show",
        title=HARBOUR,
    ),
    case(
        "How will the appeals court rule?",
        "The appeals court placed a stay on the port's eviction order until it hears arguments from both sides.",
        id="stay-until-hearing-asks-the-ruling",
        title=HARBOUR,
    ),
    case(
        "Was Marek Holz the victim?",
        "The coast guard did not identify Marek Holz as the victim of Tuesday's stabbing.",
        id="victim-not-identified-marek-holz-victim",
        title=HARBOUR,
    ),
    case(
        "Who is the victim?",
        "A body was found in the harbour on Sunday.",
        "The victim has not been named by police.",
        id="victim-not-identified-victim",
        title=HARBOUR,
    ),
    case(
        "Will the 40-year-old woman be charged by June?",
        *_BAIL_UNTIL_A_DATE_ASKS_ABOUT_CHARGES,
        id="bail-until-a-date-asks-about-charges-40-year-old-woman",
    ),
    case(
        "Will the man be charged by March 3?",
        *_BAIL_UNTIL_A_DATE_ASKS_ABOUT_CHARGES,
        id="bail-until-a-date-asks-about-charges-man-charged-by-march",
    ),
    case(
        "How will the ruling turn out?",
        *_PENDING_DECISION_AND_ELIGIBILITY_TO_APPEAL,
        id="pending-decision-and-eligibility-to-appeal-how-ruling-turn-out",
    ),
    case(
        "Will the defendant appeal?",
        *_PENDING_DECISION_AND_ELIGIBILITY_TO_APPEAL,
        id="pending-decision-and-eligibility-to-appeal-defendant-appeal",
    ),
    case(
        "Will the death toll rise further?",
        *_RISING_TOLLS_AND_FUTURE_MEETINGS_ARE_OPEN,
        id="rising-tolls-and-future-meetings-are-open-death-toll-rise-further",
    ),
    case(
        "Will the number of cases of cholera keep rising?",
        *_RISING_TOLLS_AND_FUTURE_MEETINGS_ARE_OPEN,
        id="rising-tolls-and-future-meetings-are-open-number-cases-cholera-keep",
    ),
    case(
        "When will the future meeting in Geneva take place?",
        *_RISING_TOLLS_AND_FUTURE_MEETINGS_ARE_OPEN,
        id="rising-tolls-and-future-meetings-are-open-when-future-meeting-in",
    ),
    case(
        "What will happen at the next court appearance on May 9?",
        *_NEXT_HEARING_AND_TOLLS_OF_THE_DEAD,
        id="next-hearing-and-tolls-of-the-dead-happen-at-next-court",
    ),
    case(
        "Will the death toll rise above 12?",
        *_NEXT_HEARING_AND_TOLLS_OF_THE_DEAD,
        id="next-hearing-and-tolls-of-the-dead-death-toll-rise-above",
    ),
    case(
        "What sentence will be handed down at the sentencing on February 4?",
        "The man pleaded guilty to eight counts of fraud on Tuesday in a Leeds court.",
        "Sentencing is scheduled for February 4.",
        id="a-scheduled-sentencing-asks-for-the-sentence",
    ),
    case(
        "Will the pension bills pass in the Senate?",
        *_STALLED_REMANDED_AND_ANNOUNCED_STEPS_ARE_PENDING,
        id="stalled-remanded-and-announced-steps-are-pending-pension-bills-pass-in",
    ),
    case(
        "How will the district court in Ohio rule on the case?",
        *_STALLED_REMANDED_AND_ANNOUNCED_STEPS_ARE_PENDING,
        id="stalled-remanded-and-announced-steps-are-pending-how-district-court-in",
    ),
    case(
        "Will the gradual withdrawal of troops from the border go ahead?",
        *_STALLED_REMANDED_AND_ANNOUNCED_STEPS_ARE_PENDING,
        id="stalled-remanded-and-announced-steps-are-pending-gradual-withdrawal-troops-from",
    ),
    case(
        "Are the rest dead?",
        "Two divers were rescued while the rest are presumed dead.",
        id="presumed-state-is-unconfirmed",
    ),
]


@pytest.mark.parametrize("title, paragraphs, question", ASKED)
def test_question_is_asked(nlp, title, paragraphs, question):
    assert question in in_order(title, *paragraphs)


# Sentences none of whose questions may contain this fragment.
NOT_ASKED = [
    case(
        "recover",
        "The dock worker Anna Mirel was in serious condition after the crane fell on Monday.",
        "Mirel died in hospital on Tuesday, her family said.",
        id="condition-not-asked-of-the-dead",
        title=HARBOUR,
    ),
    case(
        "condition",
        "The old harbour master, Leon Dufresne, is being treated as a hero by the port's workers.",
        id="treated-as-is-no-condition",
        title=HARBOUR,
    ),
    case(
        "remain",
        "Rosa Lind, the acting chair of the committee, criticised the port's owners on Monday.",
        id="acting-title-in-apposition-is-no-question",
        title=HARBOUR,
    ),
    case(
        "recover",
        *_THINGS_IN_GOOD_CONDITION_DO_NOT_RECOVER,
        id="things-in-good-condition-do-not-recover-recover",
        title=HARBOUR,
    ),
    case(
        "condition",
        *_THINGS_IN_GOOD_CONDITION_DO_NOT_RECOVER,
        id="things-in-good-condition-do-not-recover-condition",
        title=HARBOUR,
    ),
    case(
        "be charged",
        "The driver was charged with dangerous driving and released on bail until 4 April.",
        id="bail-after-charge-is-no-charging-question",
    ),
    case(
        "tourists",
        *_RISING_TOLLS_AND_FUTURE_MEETINGS_ARE_OPEN,
        id="rising-tolls-and-future-meetings-are-open-tourists",
    ),
]


@pytest.mark.parametrize("title, paragraphs, fragment", NOT_ASKED)
def test_no_question_contains(nlp, title, paragraphs, fragment):
    assert not any(fragment in q for q in in_order(title, *paragraphs))


def test_condition_of_the_injured_asks_recovery(nlp):
    qs = in_order(HARBOUR, "A ferry captain, Tomas Brell, was hurt when the gangway collapsed in Valdoria on Monday.",
                    "Brell is in critical condition at the city hospital, officials said.")
    assert "Will Tomas Brell recover?" in qs or "Will Brell recover?" in qs, qs


def test_being_treated_asks_condition(nlp):
    qs = in_order(HARBOUR, "The harbour master, Leon Dufresne, collapsed at the quay on Friday.",
                    "As of Sunday, Dufresne was being treated in Marseille.")
    assert any(q.endswith("condition?") and "Dufresne" in q for q in qs), qs


def test_taken_ill_asks_the_illness(nlp):
    qs = in_order(HARBOUR, "The mayor, Ilse Varga, was taken ill on Thursday evening and taken to hospital.")
    assert any(q.startswith("What was") and "illness" in q for q in qs), qs


def test_claimed_attack_is_not_unclaimed(nlp):
    qs = in_order(HARBOUR, "The Harbour Front claimed responsibility for the shelling of the depot.")
    assert not any(q.startswith("Who carried out") for q in qs), qs


def test_demands_not_met(nlp):
    qs = in_order(HARBOUR, "Dockers have blocked the port of Valdoria for two weeks.",
                    "Their demands have included higher wages and a shorter working week.")
    assert any(q.endswith("demands be met?") for q in qs), qs


def test_deadline_asks_the_owed_act_by_the_date(nlp):
    qs = in_order(HARBOUR, "Under the port charter, the harbour board has until March 3 to publish its audit.")
    assert any(q.startswith("Will the harbour board publish") and q.endswith("by March 3?") for q in qs), qs


def test_acting_office_holder(nlp):
    qs = in_order(HARBOUR, "Senator Rosa Lind has stepped into the role as the committee's acting chair "
                         "after the death of its chairman.")
    assert any(q.startswith("Will") and "remain chair of the committee" in q for q in qs), qs


def test_pending_case_without_outcome_noun_asks_nothing(nlp):
    assert not all_asked("The case is pending.")


def test_a_prosecution_still_ahead_asks_its_outcome(nlp):
    qs = in_order(HARBOUR, "A crane operator in Valdoria has been charged with causing the collapse of the gangway.",
                  "Tomas Brell's charges include manslaughter and breach of safety rules.",
                  "Police said the operator's brother was taken into custody on Friday.")
    assert "Will a crane operator in Valdoria be convicted?" in qs, qs
    assert "Will Tomas Brell be convicted?" in qs, qs
    assert "Will the operator's brother be charged?" in qs, qs


def test_a_verdict_in_the_sentence_settles_the_charge(nlp):
    qs = in_order(HARBOUR, "The ferry captain was charged with negligence and convicted in December.",
                  "Last year Lena Varga pleaded guilty to the charges against her.")
    assert not any(q.endswith(("be convicted?", "be charged?")) for q in qs), qs


def test_a_measure_extended_to_a_date_asks_whether_it_ends_then(nlp):
    qs = in_order(HARBOUR, "On Thursday, the mayor of Valdoria extended the harbour curfew to May 1.",
                  "The regional assembly voted to extend the state of emergency by 15 days.",
                  "In a 1994 agreement the harbour licence was extended to all ferry operators.")
    assert "Will the harbour curfew end on May 1 or be extended again?" in qs, qs
    assert "Will the state of emergency be extended again?" in qs, qs
    assert not any("licence" in q for q in qs), qs


def test_a_step_that_has_never_been_taken_is_still_awaited(nlp):
    qs = in_order(HARBOUR, "The arsonist who set fire to the harbour office has never been caught.",
                  "The old lighthouse keeper has never been seen on television.")
    assert "Will the arsonist who set fire to the harbour office be caught?" in qs or any(
        q.startswith("Will the arsonist") and q.endswith("be caught?") for q in qs), qs
    assert not any("television" in q for q in qs), qs


def test_a_penalty_still_to_be_imposed_asks_the_sentence(nlp):
    qs = in_order(HARBOUR, "The harbour master Lena Varga pleaded guilty on Monday.",
                  "Lena Varga faces up to five years in prison and a fine.",
                  "We face a hard choice about the harbour.",
                  "The pilot was sentenced to two years and faces a further fine.")
    assert "What sentence will Lena Varga receive?" in qs, qs
    assert not any("we receive" in q or "pilot" in q for q in qs), qs


def test_a_step_a_person_is_held_pending_is_still_to_come(nlp):
    qs = in_order(HARBOUR, "The ferry captain is being detained pending removal from Valdoria on visa violations.",
                  "The crane operator remains in custody pending extradition to Ruritania.",
                  "The pending extradition of the pilot was delayed.")
    assert "Will the ferry captain be removed from Valdoria?" in qs, qs
    assert "Will the crane operator be extradited to Ruritania?" in qs, qs
    assert not any("be extradited" in q and "extradition" in q for q in qs), qs


def test_a_likely_act_asks_whether_it_happened(nlp):
    qs = in_order(HARBOUR, "Investigators determined that the pilot had more than likely obtained a licence by "
                           "fraudulent means.")
    assert "Did the pilot obtain a licence by fraudulent means?" in qs, qs


def test_a_place_or_service_closed_asks_when_it_reopens(nlp):
    qs = in_order(HARBOUR, "The ferry terminal in Valdoria was temporarily closed on Monday.",
                  "The harbour office had suspended operations, and told sailors to stay ashore.",
                  "The report was shut in a drawer.")
    assert "When will the ferry terminal in Valdoria reopen?" in qs, qs
    assert "When will the harbour office resume operations?" in qs, qs
    assert not any("report" in q for q in qs), qs


def test_a_closure_undone_later_or_for_good_asks_nothing(nlp):
    qs = in_order(HARBOUR, "The old station was closed after the storm on Monday.",
                  "It reopened on Tuesday morning.",
                  "The fish market was permanently closed in 2019.",
                  "The court was closed to the public while the boy testified.")
    assert not any("reopen" in q for q in qs), qs


def test_a_step_awaited_by_no_person_asks_nothing(nlp):
    qs = in_order(HARBOUR, "Peace talks were suspended pending the release of the hostages.",
                  "The film was shelved pending release of the final report.")
    assert not any(q.endswith(("be released?", "be tried?")) for q in qs), qs


def test_a_closed_place_named_in_lower_case_keeps_its_spelling(nlp):
    qs = in_order(HARBOUR, "Officials said eBay offices were closed on Monday.")
    assert "When will eBay offices reopen?" in qs, qs
