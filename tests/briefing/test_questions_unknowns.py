"""Open questions about what is not yet known: unknown causes and identities, withheld
comment or information, inquiries under way, estimates, and accounts that disagree."""

from __future__ import annotations

import pytest

from tests.briefing.extracted import all_asked, asked, by_evidence, in_order
from tests.briefing.extracted import question_case as case

TEST, REPORT, HARBOUR = "Test", "Report", "Harbour report"


_UNKNOWNS_RESEARCH_UNDER_WAY_AND_EXPECTED_EVENTS = (
    "It remains unclear who fired the first shot.",
    "It is not yet known how many people were on board.",
    "The cause of the crash is still unknown.",
    "The identity of the gunman has not been released.",
    "Police are investigating the cause of the fire.",
    "Scientists are still studying the effects of the drug.",
    "Investigators are examining whether the pilot was drunk.",
    "A vote on the bill is expected next week.",
    "The results are expected to be announced on Monday.",
    "The government said it would consider the proposal.",
)
_WITHHELD_INFORMATION_IS_ASKED_FOR = (
    "Investigators have not named a cause for the blaze.",
    "The firm declined to disclose the price of the merger.",
)
_AN_IF_THAT_ASKS_IS_READ_LIKE_WHETHER = (
    "Investigators will check if the pilot had been drinking before the flight.",
    "The court will decide if the contract was valid.",
)
_DISAGREEING_ACCOUNTS_LEAVE_THE_MATTER_OPEN = (
    "Accounts differ on whether the driver was drunk.",
    "There were conflicting reports about the number of dead.",
)
_WITHHELD_COMMENT_IS_OPEN = (
    "The company declined to comment on the lawsuit.",
    "The embassy did not immediately respond to questions about the arrests.",
    "A spokeswoman for the ministry did not respond to a request for comment.",
    "Officials have refused to comment on the investigation so far.",
)
_COMMENT_GIVEN_IS_NOT_OPEN = (
    "The company commented on the lawsuit on Monday.",
    "The embassy responded to the questions quickly.",
)
_NO_CAUSE_KNOWN_ASKS_FOR_IT = (
    "Police said no cause was immediately known for the blaze at the warehouse.",
    "No motive has been established for the shooting in the town.",
)
_ESTIMATED_COUNT_ASKS_HOW_MANY = (
    "The organisers estimated 3,000 people joined the march through the city centre.",
    "Police estimated 500 protesters were detained during the night.",
)


# Sentences that must raise this open question.
ASKED = [
    case(
        "Who fired the first shot?",
        *_UNKNOWNS_RESEARCH_UNDER_WAY_AND_EXPECTED_EVENTS,
        id="unknowns-research-under-way-and-expected-events-fired-first-shot",
    ),
    case(
        "How many people were on board?",
        *_UNKNOWNS_RESEARCH_UNDER_WAY_AND_EXPECTED_EVENTS,
        id="unknowns-research-under-way-and-expected-events-how-many-people-on",
    ),
    case(
        "What is the cause of the crash?",
        *_UNKNOWNS_RESEARCH_UNDER_WAY_AND_EXPECTED_EVENTS,
        id="unknowns-research-under-way-and-expected-events-cause-crash",
    ),
    case(
        "What is the identity of the gunman?",
        *_UNKNOWNS_RESEARCH_UNDER_WAY_AND_EXPECTED_EVENTS,
        id="unknowns-research-under-way-and-expected-events-identity-gunman",
    ),
    case(
        "What caused the fire?",
        *_UNKNOWNS_RESEARCH_UNDER_WAY_AND_EXPECTED_EVENTS,
        id="unknowns-research-under-way-and-expected-events-caused-fire",
    ),
    case(
        "What will the study of the effects of the drug find?",
        *_UNKNOWNS_RESEARCH_UNDER_WAY_AND_EXPECTED_EVENTS,
        id="unknowns-research-under-way-and-expected-events-study-effects-drug-find",
    ),
    case(
        "Was the pilot drunk?",
        *_UNKNOWNS_RESEARCH_UNDER_WAY_AND_EXPECTED_EVENTS,
        id="unknowns-research-under-way-and-expected-events-pilot-drunk",
    ),
    case(
        "Will the vote on the bill take place next week?",
        *_UNKNOWNS_RESEARCH_UNDER_WAY_AND_EXPECTED_EVENTS,
        id="unknowns-research-under-way-and-expected-events-vote-on-bill-take",
    ),
    case(
        "Will the results be announced on Monday?",
        *_UNKNOWNS_RESEARCH_UNDER_WAY_AND_EXPECTED_EVENTS,
        id="unknowns-research-under-way-and-expected-events-results-announced-on-monday",
    ),
    case(
        "Will the government consider the proposal?",
        *_UNKNOWNS_RESEARCH_UNDER_WAY_AND_EXPECTED_EVENTS,
        id="unknowns-research-under-way-and-expected-events-government-consider-proposal",
    ),
    case(
        "What is the cause for the blaze?",
        *_WITHHELD_INFORMATION_IS_ASKED_FOR,
        id="withheld-information-is-asked-for-cause-for-blaze",
    ),
    case(
        "What is the price of the merger?",
        *_WITHHELD_INFORMATION_IS_ASKED_FOR,
        id="withheld-information-is-asked-for-price-merger",
    ),
    case(
        "What is the source of the leaks?",
        "Engineers have installed cameras in the tunnel in an attempt to find the source of the leaks.",
        id="attempt-to-find-a-cause-asks-for-the-cause",
    ),
    case(
        "Had the pilot been drinking before the flight?",
        *_AN_IF_THAT_ASKS_IS_READ_LIKE_WHETHER,
        id="an-if-that-asks-is-read-like-whether-pilot-been-drinking-before",
    ),
    case(
        "Was the contract valid?",
        *_AN_IF_THAT_ASKS_IS_READ_LIKE_WHETHER,
        id="an-if-that-asks-is-read-like-whether-contract-valid",
    ),
    case(
        "Was the driver drunk?",
        *_DISAGREEING_ACCOUNTS_LEAVE_THE_MATTER_OPEN,
        id="disagreeing-accounts-leave-the-matter-open-driver-drunk",
    ),
    case(
        "Which account of the number of dead is accurate?",
        *_DISAGREEING_ACCOUNTS_LEAVE_THE_MATTER_OPEN,
        id="disagreeing-accounts-leave-the-matter-open-which-account-number-dead",
    ),
    case(
        "Why did the company decline to comment on the lawsuit?",
        *_WITHHELD_COMMENT_IS_OPEN,
        id="withheld-comment-is-open-why-company-decline-comment",
    ),
    case(
        "Will the embassy respond to questions about the arrests?",
        *_WITHHELD_COMMENT_IS_OPEN,
        id="withheld-comment-is-open-embassy-respond-questions-about",
    ),
    case(
        "Will the spokeswoman for the ministry respond?",
        *_WITHHELD_COMMENT_IS_OPEN,
        id="withheld-comment-is-open-spokeswoman-for-ministry-respond",
    ),
    case(
        "Why have officials refused to comment on the investigation?",
        *_WITHHELD_COMMENT_IS_OPEN,
        id="withheld-comment-is-open-why-officials-refused-comment",
    ),
    case("What was the cause of the blaze?", *_NO_CAUSE_KNOWN_ASKS_FOR_IT, id="no-cause-known-asks-for-it-cause-blaze"),
    case(
        "What was the motive for the shooting in the town?",
        *_NO_CAUSE_KNOWN_ASKS_FOR_IT,
        id="no-cause-known-asks-for-it-motive-for-shooting-in",
    ),
    case(
        "What will the investigation into the collision find?",
        'A spokesman for the harbour police said: "We are continuing to investigate this collision and have spoken '
        'to both crews."',
        id="continuing-inquiry-asks-what-it-will-find",
        title=REPORT,
    ),
    case(
        "How many people joined the march through the city centre?",
        *_ESTIMATED_COUNT_ASKS_HOW_MANY,
        id="estimated-count-asks-how-many-how-many-people-joined",
    ),
    case(
        "How many protesters were detained during the night?",
        *_ESTIMATED_COUNT_ASKS_HOW_MANY,
        id="estimated-count-asks-how-many-how-many-protesters-detained",
    ),
]


@pytest.mark.parametrize("title, paragraphs, question", ASKED)
def test_question_is_asked(nlp, title, paragraphs, question):
    assert question in in_order(title, *paragraphs)


# Sentences none of whose questions may contain this fragment.
NOT_ASKED = [
    case("comment", *_COMMENT_GIVEN_IS_NOT_OPEN, id="comment-given-is-not-open-comment"),
    case("respond", *_COMMENT_GIVEN_IS_NOT_OPEN, id="comment-given-is-not-open-respond"),
    case(
        "investigation into the collision",
        "The harbour police investigated the collision in 2015 and closed the case.",
        id="past-inquiry-is-not-asked",
        title=REPORT,
    ),
]


@pytest.mark.parametrize("title, paragraphs, fragment", NOT_ASKED)
def test_no_question_contains(nlp, title, paragraphs, fragment):
    assert not any(fragment in q for q in in_order(title, *paragraphs))


def test_untold_clause_after_a_negated_verb_of_telling_is_asked(nlp):
    got = asked(
        "The airline has not confirmed what cargo the plane was carrying.",
        "The ministry did not disclose whether it received any complaints from Norway.",
        "The company's notice specified no date for the closure.",
    )
    assert "What cargo was the plane carrying?" in got
    assert "Did the ministry receive any complaints from Norway?" in got
    assert any(q.startswith("What is the date") for q in got)


def test_advice_after_a_negated_verb_of_telling_is_not_asked(nlp):
    got = asked("The residents said they did not know what to do after the flood.")
    assert not any(q.lower().startswith("what to do") for q in got)


def test_agreeing_accounts_are_not_a_question(nlp):
    got = by_evidence("Reports do not differ on the cause of the fire.")
    assert got == {}


def test_another_report_sets_accounts_against_each_other(nlp):
    got = by_evidence(
        "Officials said four workers were hurt in the blast.",
        "Another report from the union said six workers were hurt.",
    )
    assert any("Another report" in e for e in got)


def test_an_inquiry_opened_by_a_body_asks_what_it_will_find(nlp):
    got = asked(
        "Inquiries have been opened by the port authority and the coast guard.",
        "The hull will be examined as part of probes.",
    )
    assert "What will the inquiries by the port authority and the coast guard find?" in got, got
    assert not any(q.startswith("What will the probes") for q in got), got


def test_hypotheses_about_a_cause_and_a_reported_hypothesis_are_asked(nlp):
    got = by_evidence(
        "The biologists only listed several hypotheses about the cause of the decline of the frogs.",
        "According to the hypothesis of the team, the lake warmed because the glacier retreated.",
        "The students built a small model to test their hypotheses.",
    )
    assert any(q.startswith("What is the cause of the decline of the frogs") for q in got.values()), got
    assert any("hypothesis of the team" in ev for ev in got), got
    assert not any("test their hypotheses" in ev for ev in got), got


def test_estimate_without_a_count_is_no_count_question(nlp):
    got = all_asked("The engineer estimated the repairs would take a week.")
    assert not any(q.startswith("How many") for q in got)


def test_an_unspecified_thing_or_unidentified_person_asks_what_or_who(nlp):
    qs = all_asked(
        "According to his family, Ray Tolland died of an unspecified lung disorder on Saturday.",
        "She testified she was beaten by two guards and an unidentified third officer.",
        "The club was sold to an undisclosed buyer for an undisclosed sum.",
    )
    assert "What was the lung disorder?" in qs, qs
    assert "Who was the third officer?" in qs, qs
    assert "Who was the buyer?" in qs, qs


def test_what_was_unknown_before_a_discovery_or_a_covered_face_asks_nothing(nlp):
    qs = all_asked(
        "The sevengill shark, previously unknown in the bay, was filmed by the divers.",
        "The decree bars any person with an undisclosed face from public buildings.",
    )
    assert not any(q.startswith(("What was the", "What is the")) for q in qs), qs


def test_an_act_done_for_reasons_left_untold_asks_why(nlp):
    qs = all_asked(
        "Tolland had been absent from the team since October for reasons not publicized.",
        "The harbour minister resigned on Friday for undisclosed reasons.",
        "Brell left the club in 2019 for personal reasons.",
    )
    assert "Why was Tolland absent from the team since October?" in qs, qs
    assert "Why did the harbour minister resign on Friday?" in qs, qs
    assert not any("Brell" in q for q in qs), qs


def test_whether_and_when_asks_the_clause_after_it(nlp):
    questions = all_asked(
        "The regulators are reviewing the loans, trying to decide whether and when enforcement action is appropriate.",
    )
    assert any("enforcement action be appropriate" in q for q in questions), questions
