"""Open questions from claims, allegations, blame, doubts and hedged reports: is what
was claimed or reported true, asked in its own tense and without the source."""

from __future__ import annotations

import pytest

from tests.briefing.extracted import all_asked, asked, by_evidence, in_order
from tests.briefing.extracted import question_case as case

TEST, REPORT, HARBOUR = "Test", "Report", "Harbour report"


_BLAME_EVIDENCE_AND_UNTIL_CLAUSES_ASK_WHAT_IS_UNSETTLED = (
    "The foreign minister issued a statement blaming Norway for the cyber attack.",
    'The police chief said there was "no evidence the fire was started deliberately."',
    "The judge suspended the order until the case is decided on appeal.",
)
_CLAIMS_ARE_ASKED_IN_THEIR_OWN_WORDS = (
    "The two officials who ordered the closure claimed they were testing the new signals.",
    "Both Chile and Peru have alleged foreign involvement in the riots.",
)
_HEDGED_STATE_AFTER_BE_IS_ASKED_BUT_HABITS_ARE_NOT = (
    "The old mill is reportedly the largest employer in the valley.",
    "Village council meetings are reportedly usually short.",
)
_ARGUED_AND_SUGGESTED_CONTENT_IS_OPEN = (
    "Opposition lawmakers argued the new tax will hurt small farmers.",
    "Some researchers have suggested farmers raised or traded the horses to supply the army.",
)
_ACCUSED_OF_AN_ACT_ASKS_WHETHER_IT_HAPPENED = (
    "The mayor was later accused of hiding the contracts from auditors.",
    "The union has accused the airline of cutting safety checks.",
)


# Sentences that must raise this open question.
ASKED = [
    case(
        "Was Norway responsible for the cyber attack?",
        *_BLAME_EVIDENCE_AND_UNTIL_CLAUSES_ASK_WHAT_IS_UNSETTLED,
        id="blame-evidence-and-until-clauses-ask-what-is-unsettled-norway-responsible-for-cyber",
    ),
    case(
        "Was the fire started deliberately?",
        *_BLAME_EVIDENCE_AND_UNTIL_CLAUSES_ASK_WHAT_IS_UNSETTLED,
        id="blame-evidence-and-until-clauses-ask-what-is-unsettled-fire-started-deliberately",
    ),
    case(
        "Will the case be decided on appeal?",
        *_BLAME_EVIDENCE_AND_UNTIL_CLAUSES_ASK_WHAT_IS_UNSETTLED,
        id="blame-evidence-and-until-clauses-ask-what-is-unsettled-case-decided-on-appeal",
    ),
    case(
        "Were the two officials testing the new signals?",
        *_CLAIMS_ARE_ASKED_IN_THEIR_OWN_WORDS,
        id="claims-are-asked-in-their-own-words-two-officials-testing-new",
    ),
    case(
        "Is the claim by both Chile and Peru of foreign involvement in the riots founded?",
        *_CLAIMS_ARE_ASKED_IN_THEIR_OWN_WORDS,
        id="claims-are-asked-in-their-own-words-claim-by-both-chile",
    ),
    case(
        "Were both Norway and Sweden responsible for the explosion?",
        "A militia spokesman blamed both Norway and Sweden for the explosion.",
        id="blame-on-two-parties-agrees-in-number",
    ),
    case(
        "Were the drones launched from a ship?",
        "The Guardian reported that the drones were launched from a ship.",
        id="an-outlet-reporting-that-is-an-unconfirmed-account",
    ),
    case(
        "Do the whales specialize in hunting seals?",
        "The team studied the bay for ten years. These whales, she suggested, specialize in hunting seals.",
        id="a-guess-set-off-as-an-aside-is-unconfirmed",
    ),
    case(
        "Did the man stab two guards with a knife then flee across the bridge?",
        "According to police, the man reportedly stabbed two guards with a knife then fled across the bridge.",
        id="a-reported-act-is-asked-without-the-hedge-and-in-plain-form",
    ),
    case(
        "Did the city police force fail to react quickly to the disappearances?",
        "The city police force faces allegations that it failed to react quickly to the disappearances.",
        id="an-allegation-asks-whether-its-content-is-true",
    ),
    case(
        "Is the old mill the largest employer in the valley?",
        *_HEDGED_STATE_AFTER_BE_IS_ASKED_BUT_HABITS_ARE_NOT,
        id="hedged-state-after-be-is-asked-but-habits-are-not-old-mill-largest-employer",
    ),
    case(
        "Will the new tax hurt small farmers?",
        *_ARGUED_AND_SUGGESTED_CONTENT_IS_OPEN,
        id="argued-and-suggested-content-is-open-new-tax-hurt-small",
    ),
    case(
        "Did farmers raise or trade the horses to supply the army?",
        *_ARGUED_AND_SUGGESTED_CONTENT_IS_OPEN,
        id="argued-and-suggested-content-is-open-farmers-raise-or-trade",
    ),
    case(
        "Did the mayor hide the contracts from auditors?",
        *_ACCUSED_OF_AN_ACT_ASKS_WHETHER_IT_HAPPENED,
        id="accused-of-an-act-asks-whether-it-happened-mayor-hide-contracts-from",
    ),
    case(
        "Did the airline cut safety checks?",
        *_ACCUSED_OF_AN_ACT_ASKS_WHETHER_IT_HAPPENED,
        id="accused-of-an-act-asks-whether-it-happened-airline-cut-safety-checks",
    ),
    case(
        "Are there about 300 soldiers now in the valley?",
        "There are reportedly about 300 soldiers now in the valley.",
        id="reportedly-there-are-asks-whether-there-are",
        title=REPORT,
    ),
    case(
        "Were the wells of major importance in farming?",
        '"It is highly unlikely, in my view, that these wells were of major importance in farming."',
        id="unlikely-with-an-aside-before-the-that-clause",
    ),
]


@pytest.mark.parametrize("title, paragraphs, question", ASKED)
def test_question_is_asked(nlp, title, paragraphs, question):
    assert question in in_order(title, *paragraphs)


# Sentences none of whose questions may contain this fragment.
NOT_ASKED = [
    case(
        "usually",
        *_HEDGED_STATE_AFTER_BE_IS_ASKED_BUT_HABITS_ARE_NOT,
        id="hedged-state-after-be-is-asked-but-habits-are-not-usually",
    ),
    case(
        "short",
        *_HEDGED_STATE_AFTER_BE_IS_ASKED_BUT_HABITS_ARE_NOT,
        id="hedged-state-after-be-is-asked-but-habits-are-not-short",
    ),
]


@pytest.mark.parametrize("title, paragraphs, fragment", NOT_ASKED)
def test_no_question_contains(nlp, title, paragraphs, fragment):
    assert not any(fragment in q for q in in_order(title, *paragraphs))


def test_attributed_statements_are_asked_in_their_own_tense_without_the_source(nlp):
    got = asked(
        "The mayor has reportedly resigned from the party, according to unnamed sources.",
        "The rebels reportedly entered the town of Kobar yesterday according to state media.",
    )
    assert "Has the mayor resigned from the party?" in got
    assert any(q.startswith("Did the rebels enter the town of Kobar") and "according" not in q for q in got)


def test_claims_keep_their_aspect_and_subjects_lose_relative_clauses(nlp):
    got = asked(
        "The guards claimed to be searching for a weapon.",
        "The Army of the North, which is linked to the Red Hand Group, later claimed responsibility for the blast.",
    )
    assert "Were the guards searching for a weapon?" in got
    assert any(q.startswith("Is the Army of the North's claim of responsibility") for q in got)
    assert not any("which is linked" in q for q in got)


def test_doubts_ask_about_the_doubted_not_the_doubter(nlp):
    got = asked(
        "The envoy Maria Lopez welcomed the offer, yet doubted Moscow's willingness to negotiate.",
        "Lawyers for the union questioned the mayor's authority to cancel the contract.",
    )
    assert "Is Moscow willing to negotiate?" in got
    assert "Does the mayor have the authority to cancel the contract?" in got
    assert not any(q.startswith(("Will Maria Lopez doubt", "Will lawyers")) for q in got)


def test_reliance_and_blame_ask_about_the_one_relied_on_or_blamed(nlp):
    got = asked(
        "The general wrote, \"I count on Poland to act with restraint.\"",
        "Farmers blame the governor for allowing loggers to clear the forest.",
        "On Monday, Prime Minister Ann Berg called for urgent action to protect the coral reefs.",
    )
    assert "Will Poland act with restraint?" in got
    assert "Did the governor allow loggers to clear the forest?" in got
    assert not any(q.startswith("Will Monday") for q in got)


def test_appears_as_if_still_hedges(nlp):
    got = by_evidence("It almost appears as if the letter was written before the board met.")
    assert len(got) == 1


def test_past_hedge_on_an_act_stays_open(nlp):
    got = asked(
        "A local paper noted the transfer appeared to bypass the finance ministry.",
        "The crowd appeared to be calm.",
    )
    assert got == {"Did the transfer bypass the finance ministry?"}


def test_a_later_vaguer_restatement_is_not_asked_twice(nlp):
    got = by_evidence(
        "On Monday, nine cities filed a joint lawsuit against the new toll rules.",
        "The lawsuit was filed in a federal court in Denver.",
    )
    assert len(got) == 1


def test_a_claimed_past_state_is_asked_with_was(nlp):
    got = asked("Smith denied wrongdoing. He claimed the payment had been legal.")
    assert "Was the payment legal?" in got
    assert not any(q.startswith("Did") and " be " in q for q in got)


def test_a_report_word_inside_a_relative_clause_does_not_hedge_the_narration(nlp):
    got = by_evidence("The files were deleted by the two clerks, who were sent home within hours of the allegation.")
    assert got == {}


def test_hedge_settled_later_in_the_sentence_is_not_asked(nlp):
    got = by_evidence("Witnesses said the driver had appeared to be carrying a rifle, "
                    "though it was later found to be a toy.")
    assert not got


def test_reports_without_a_named_source_are_unverified(nlp):
    got = by_evidence(
        "According to witness reports, the gunman fled the scene in a blue van.",
        "Reports said the bridge had been closed for repairs.",
    )
    assert any("gunman" in e for e in got)
    assert any("bridge" in e for e in got)


def test_an_alleged_act_asks_whether_it_is_confirmed(nlp):
    got = asked("The union protested last year over the alleged bribery of two inspectors in the port.")
    assert any(q.startswith("Has the alleged bribery of two inspectors") and q.endswith("been confirmed?")
               for q in got), got


def test_reported_there_are_no_asks_nothing_of_it(nlp):
    qs = in_order(REPORT, "There are reportedly no soldiers now in the valley.")
    assert not any(q.startswith("Are there") for q in qs)


def test_someone_else_s_belief_about_a_fact_is_open_the_speaker_s_own_is_not(nlp):
    qs = all_asked(
        "Harbour police said on Monday they believe the theft involved a group of thieves and two vans.",
        "\"I believe I am a modern harbour master,\" Brell said.",
    )
    assert "Did the theft involve a group of thieves and two vans?" in qs, qs
    assert not any("harbour master" in q for q in qs), qs


def test_hearsay_in_the_passive_asks_whether_it_holds(nlp):
    qs = all_asked(
        "The old quarry has for decades been rumoured to be a dumping ground for chemical waste.",
        "The gunman is believed to have acted alone.",
        "The trawler is thought to be carrying 200 migrants.",
    )
    assert "Is the old quarry a dumping ground for chemical waste?" in qs, qs
    assert "Did the gunman act alone?" in qs, qs
    assert "Is the trawler carrying 200 migrants?" in qs, qs


def test_reputed_and_purported_facts_are_asked_without_the_hedge(nlp):
    qs = all_asked(
        "Tom Reyes was reputedly responsible for most of the legends about the lake.",
        "The painting was purportedly sold to a collector in Geneva.",
    )
    assert "Was Tom Reyes responsible for most of the legends about the lake?" in qs, qs
    assert "Was the painting sold to a collector in Geneva?" in qs, qs


def test_an_estimated_count_asks_how_many(nlp):
    qs = all_asked(
        "An estimated four million people took part in the protests on Friday.",
        "In the end, an estimated two hundred people showed up at the gates, and the base was not stormed.",
    )
    assert "How many people took part in the protests on Friday?" in qs, qs
    assert "How many people showed up at the gates?" in qs, qs


def test_a_sentence_opening_reportedly_asks_whether_it_holds(nlp):
    qs = all_asked(
        "Reportedly, Mayor Hale and Governor Brun have been at odds over the harbour budget for months.",
    )
    assert "Have Mayor Hale and Governor Brun been at odds over the harbour budget for months?" in qs, qs


def test_a_mixed_case_acronym_keeps_its_capitals(nlp):
    qs = all_asked(
        "The chain agreed on Monday to buy 300 stores in Poland. UOKiK, the Polish anti-monopoly agency, has to "
        "approve the deal.",
    )
    assert "Will UOKiK approve the deal?" in qs, qs


def test_asserted_and_maintained_content_is_open(nlp):
    got = by_evidence(
        "The town council and the county police have asserted that the boy's name was not a factor in the arrest.",
        "The committee chairman has repeatedly maintained that the inquiry is already under way.",
        "The ministry maintains a policy of not commenting on active cases.",
    )
    evidence = " ".join(got)
    assert "asserted that the boy's name" in evidence
    assert "repeatedly maintained" in evidence
    assert "maintains a policy" not in evidence


def test_suspected_of_an_act_asks_whether_it_happened(nlp):
    qs = all_asked("Two trawler crews are suspected of dumping fuel oil near the marine reserve.")
    assert "Did two trawler crews dump fuel oil near the marine reserve?" in qs, qs
