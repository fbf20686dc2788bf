"""What is settled raises no open question: plain narration, overtaken plans and
predictions, counterfactuals, negations, and told outcomes."""

from __future__ import annotations

import pytest

from tests.briefing.extracted import all_asked, asked, by_evidence, in_order
from tests.briefing.extracted import question_case as case

TEST, REPORT, HARBOUR = "Test", "Report", "Harbour report"


_SUPERSEDED_PLANS_AND_NEGATIVE_OR_OWNERLESS_SUBJECTS_RAISE_NOTHING = (
    "Peru moved its election to June 2; it was originally planned for April 28.",
    '"Its status will change," the mayor said.',
    'She said, "No one could push this aside."',
)


# Sentences none of whose questions may contain this fragment.
NOT_ASKED = [
    case(
        "April 28",
        *_SUPERSEDED_PLANS_AND_NEGATIVE_OR_OWNERLESS_SUBJECTS_RAISE_NOTHING,
        id="superseded-plans-and-negative-or-ownerless-subjects-raise-nothing-april-28",
    ),
    case(
        "status",
        *_SUPERSEDED_PLANS_AND_NEGATIVE_OR_OWNERLESS_SUBJECTS_RAISE_NOTHING,
        id="superseded-plans-and-negative-or-ownerless-subjects-raise-nothing-status",
    ),
    case(
        "No one",
        *_SUPERSEDED_PLANS_AND_NEGATIVE_OR_OWNERLESS_SUBJECTS_RAISE_NOTHING,
        id="superseded-plans-and-negative-or-ownerless-subjects-raise-nothing-no-one",
    ),
]


@pytest.mark.parametrize("title, paragraphs, fragment", NOT_ASKED)
def test_no_question_contains(nlp, title, paragraphs, fragment):
    assert not any(fragment in q for q in in_order(title, *paragraphs))


def test_plain_appearances_and_refusals_raise_nothing(nlp):
    assert not asked(
        "The minister appeared at the hearing on Monday.",
        "The union does not have to approve the plan.",
    )


def test_prospects_named_in_a_settled_past_raise_nothing(nlp):
    got = asked(
        "The embassy declined the request and said the family had left.",
        "Efforts to contain the outbreak mainly involved closing schools.",
    )
    assert not any("request" in q or "efforts" in q.lower() for q in got)


def test_comparisons_told_fates_and_concluded_inquiries_are_settled(nlp):
    got = by_evidence(
        "When the delegates entered the hall it was as if they arrived with empty hands.",
        "A bill to cap rents was introduced in 2018, but was not passed.",
        "Twelve people were detained following an investigation of a smuggling ring.",
        "It was the agency's inquiry into Tom Reed which led to the seizure of the boat.",
    )
    assert got == {}


def test_a_pluperfect_request_in_a_subordinate_clause_is_overtaken(nlp):
    got = by_evidence("On Tuesday, the council approved half as much money as the mayor had requested for a bridge.")
    assert got == {}


def test_efforts_that_could_have_been_made_are_counterfactual(nlp):
    got = by_evidence("If we had been told, I could have made efforts to secure the building.")
    assert got == {}


def test_what_could_have_been_done_in_a_relative_clause_is_counterfactual(nlp):
    got = by_evidence("\"They chose force to settle a dispute that could have been resolved with talks,\" she said.")
    assert got == {}


def test_a_plain_past_beginning_is_told_as_done(nlp):
    from briefing.extract.document import parse
    from briefing.extract.questions import _cues
    from tests.briefing.briefings import make

    def begin_cues(text):
        sent = parse(nlp, make("Test", text)).sentences[-1]
        return [c for c in _cues(sent) if c.token.lemma_ == "begin"]

    assert not begin_cues("Members of the rescue team began arriving in Peru the day of the landslide.")
    assert begin_cues("The two sides have begun to draft a ceasefire agreement.")  # under way, still open


def test_past_progressive_plans_are_narration(nlp):
    got = by_evidence(
        "The choir was intending this year to raise money for a new organ.",
        "The town, which was planning to hold its fair on Sunday, cancelled it because of the storm.",
    )
    assert not any("organ" in q or "fair" in q for q in got.values())


def test_overtaken_predictions_and_hopes_are_settled(nlp):
    got = all_asked(
        "The wreck was found far from where the records initially predicted it would be.",
        "Officials had originally hoped the bridge would reopen in May.",
        "Forecasters predict the storm will reach the coast on Friday.",
    )
    assert got == {"Will the storm reach the coast on Friday?"}


def test_no_reason_to_expect_and_no_plans_are_negations(nlp):
    got = all_asked(
        "There was no reason for us to expect that a flood like this would happen.",
        "There is no reason to believe the dam will fail.",
        "The council has no plans to close the school.",
    )
    assert not got
    assert "Will the dam fail?" in all_asked("There is every reason to believe the dam will fail.")


def test_wishes_opinions_ruled_out_prospects_and_counterfactual_claims_are_not_open(nlp):
    qs = all_asked(
        "\"May God protect their parents and loved ones,\" the mayor of Valdoria wrote.",
        "Brell's mother told reporters she considered the deal acceptable.",
        "The judge sentenced Brell to life in prison without the possibility of parole.",
        "Brell, in remarks to the Harbour Herald, contended he would have drowned had he not worn a life vest.",
        "Superficially, the two ferries may look similar, but their hulls differ.",
    )
    assert not qs, qs
    # A prospect with a "but" after it stays open.
    assert "Will the talks resume?" in all_asked("The talks may resume next week, but the date is not set.")
    # A claim about a plain past perfect stays open.
    assert all_asked("Varga claimed she and her family had received violent threats over the harbour vote.")


def test_a_plan_overtaken_in_a_joined_clause_is_not_asked(nlp):
    qs = all_asked(
        "The ferry strike had initially started on March 26 and was planned to end on Saturday, April 4.",
        "On Saturday the union said the strike would go on for longer than initially planned.",
    )
    assert not any("end on Saturday" in q for q in qs), qs


def test_a_point_conceded_in_a_while_clause_is_not_asked_a_prospect_is(nlp):
    qs = all_asked(
        '"While old rules on women in the navy may have justified past bans," the judge wrote, '
        '"men and women are now similarly placed."',
        "While talks may resume next week, no date has been set.",
    )
    assert not any("justify" in q for q in qs), qs
    assert any(q.startswith("Will talks resume") for q in qs), qs


def test_a_case_investigated_in_the_past_is_settled(nlp):
    got = all_asked(
        "The FBI and the Postal Inspection Service investigated the case.",
        "Police are investigating whether the fire was set deliberately.",
    )
    assert not any("investigate the case" in q for q in got), got
    assert any("fire" in q for q in got), got


def test_the_presumption_of_innocence_and_the_standard_of_proof_raise_nothing(nlp):
    questions = all_asked(
        "The indictment alleges that Ruiz laundered $4 million for the network.",
        "An indictment is merely an allegation, and all defendants are presumed innocent "
        "until proven guilty beyond a reasonable doubt in a court of law.",
        "The two climbers are presumed dead after the avalanche.",
    )
    assert not any("innocent" in q or "court of law" in q for q in questions), questions
    assert any("climbers" in q for q in questions), questions


def test_a_courtesy_and_a_skill_are_nothing_unresolved(nlp):
    got = all_asked(
        "\"I would like to sincerely thank him and his staff for their work,\" Putin said.",
        "\"To organize a mission this complex, we use decades of lessons on how to run a large mission,\" Fox said.",
    )
    assert not any("thank" in q for q in got)
    assert not any(q.startswith("How to") for q in got)


def test_a_comparison_hedged_and_a_wish_in_a_condition_are_no_open_matter(nlp):
    from briefing.extract.document import parse
    from briefing.extract.questions import _cues
    from tests.briefing.briefings import make

    def kinds(text):
        return {(c.kind, c.token.lower_) for c in _cues(parse(nlp, make("Test", text)).sentences[-1])}

    assert ("adv", "perhaps") not in kinds("We understand more than perhaps anyone what is at stake.")
    assert ("adv", "perhaps") in kinds("The talks will perhaps resume next week.")
    assert ("cond", "if") not in kinds("If we want to see parity, we need more women to run.")
    assert ("cond", "if") in kinds("If the council approves the plan, work will start in May.")


def test_a_wish_to_act_and_an_active_could_have_remain_open(nlp):
    got = all_asked("\"We would like to begin talks with Russia next month,\" President Zelensky said.",
                    "Scientists are tracing a strain of the virus that could have come from bats sold at the market.")
    assert any("talks" in q for q in got)
    assert any("bats" in q for q in got)
