"""Open questions read as well-formed questions an analyst can trust: wh-clauses asked
directly, numbers kept whole, the right subject and article, no clause cut off by an aside."""

from __future__ import annotations

import re

import pytest

from briefing.extract.questions import _ask_what, _drop_stray_wh, _finish, _object_lost, _readable
from tests.briefing.extracted import all_asked, in_order
from tests.briefing.extracted import question_case as case

TEST, REPORT, HARBOUR = "Test", "Report", "Harbour report"


_PHRASING_KEEPS_NOUN_PHRASES_AND_GAPPED_OBJECTS_WHOLE = (
    "We urge all parties to commit to an open, inclusive national dialogue on the constitution.",
    "Police said John Hale had a permit for the two rifles he allegedly used in the robbery.",
    "Shoppers were reportedly hoarding rice due to fears of shortages in case prices rise.",
)


# Sentences that must raise this open question.
ASKED = [
    case(
        "Why did the ferry turn back?",
        "The port authority published its figures on Monday.",
        "Questions remain about why the ferry turned back.",
        id="questions-remain-over-inverts",
        title=HARBOUR,
    ),
    case(
        "Who fired first and why did the guards leave?",
        "The port authority published its figures on Monday.",
        "Officials said it is unclear who fired first and why the guards left.",
        id="coordinated-wh-clauses-each-inverted",
        title=HARBOUR,
    ),
    case(
        "Will the goal to double the cargo traffic be met?",
        "The port authority published its figures on Monday.",
        "Longer term, according to the harbour master, the goal is to double the cargo traffic.",
        id="fronted-time-phrase-is-not-the-subject",
        title=HARBOUR,
    ),
    case(
        "What did the inspectors find on the ship?",
        "The port authority published its figures on Monday.",
        "Officials said it is unclear what the inspectors found on the ship.",
        id="wh-pronoun-object-still-inverts",
        title=HARBOUR,
    ),
    case(
        "Will all parties commit to an open, inclusive national dialogue on the constitution?",
        *_PHRASING_KEEPS_NOUN_PHRASES_AND_GAPPED_OBJECTS_WHOLE,
        id="phrasing-keeps-noun-phrases-and-gapped-objects-whole-all-parties-commit-open",
    ),
    case(
        "Did John Hale use the two rifles in the robbery?",
        *_PHRASING_KEEPS_NOUN_PHRASES_AND_GAPPED_OBJECTS_WHOLE,
        id="phrasing-keeps-noun-phrases-and-gapped-objects-whole-john-hale-use-two",
    ),
    case(
        "Were shoppers hoarding rice due to fears of shortages?",
        *_PHRASING_KEEPS_NOUN_PHRASES_AND_GAPPED_OBJECTS_WHOLE,
        id="phrasing-keeps-noun-phrases-and-gapped-objects-whole-shoppers-hoarding-rice-due",
    ),
    case(
        "Will documents and receipts from the office be destroyed by the clerks?",
        "Documents and receipts from the office may be destroyed by the clerks.",
        id="a-sentence-opening-plural-noun-is-not-capitalised-mid-question",
    ),
]


@pytest.mark.parametrize("title, paragraphs, question", ASKED)
def test_question_is_asked(nlp, title, paragraphs, question):
    assert question in in_order(title, *paragraphs)


# Sentences none of whose questions may contain this fragment.
NOT_ASKED = [
    case(
        "the week",
        "The port authority may reopen the northern quay this week, officials said.",
        id="deictic-time-keeps-this",
        title=HARBOUR,
    ),
    case(
        "priority find",
        "The Harbour Police said the coast guard's priority is to find the missing crew.",
        id="priority-owner-is-the-subject",
        title=HARBOUR,
    ),
    case(
        "hypothesis feathers",
        "The new fossils support the hypothesis feathers could have evolved for display.",
        id="content-noun-glued-to-clause-subject",
        title=HARBOUR,
    ),
]


@pytest.mark.parametrize("title, paragraphs, fragment", NOT_ASKED)
def test_no_question_contains(nlp, title, paragraphs, fragment):
    assert not any(fragment in q for q in in_order(title, *paragraphs))


def test_demonstrative_becomes_definite(nlp):
    qs = in_order(HARBOUR, "The ferry operator Blue Line ordered a new vessel in March.",
                    "Officials said this vessel may enter service next spring.")
    assert any(q.startswith("Will the vessel") for q in qs), qs
    assert not any(" this vessel" in q.lower() for q in qs), qs


def test_reported_to_be_asks_about_the_object(nlp):
    qs = in_order(HARBOUR, "On Monday, several newspapers reported the smuggler Anton Vell to be dead "
                         "citing sources within the coast guard.")
    assert qs == ["Is the smuggler dead?"], qs


def test_finish_drops_empty_dashes_and_hedges():
    assert _finish("Will the probe — — and the lander reach orbit") == "Will the probe and the lander reach orbit?"
    assert _finish("Did the driver hit reportedly two cars") == "Did the driver hit two cars?"
    assert _finish("Did 40 members, reportedly, of the club attend") == "Did 40 members of the club attend?"


def test_lost_object_is_asked_as_what():
    assert _object_lost("Will the inspectors find?")
    assert not _object_lost("What will the inspectors find?")
    assert not _object_lost("Will the council reconsider?")
    assert _ask_what("Will the inspectors find?") == "What will the inspectors find?"
    assert _ask_what("Will the coroner ascertain who?") == "What will the coroner ascertain?"
    assert _ask_what("Did the minister say?") is None


def test_bare_possessive_noun_gets_article(nlp):
    qs = in_order(HARBOUR, "The Harbour Gazette reported its source said that warehouse's owner may have fled abroad.")
    assert not any(q.startswith("Did warehouse's") for q in qs), qs


def test_questions_remain_asks_the_wh_clause(nlp):
    qs = in_order(HARBOUR, "The port authority published its figures on Monday.",
                    "Analysts said questions remain how much money was received by the dock workers.")
    assert "How much money was received by the dock workers?" in qs, qs
    assert not any(q.startswith("Do questions remain") for q in qs), qs


def test_percent_sign_kept(nlp):
    qs = in_order(HARBOUR, "The port authority published its figures on Monday.",
                    "A lawyer wrote that the board could raise fees by 5% next year.")
    assert any(q.endswith("5% next year?") for q in qs), qs


def test_bracketed_aside_does_not_cut_clause(nlp):
    qs = in_order(HARBOUR, "The port authority published its figures on Monday.",
                    "A lawyer wrote that a single country could demand an online provider "
                    "(in this case a search engine) to take down an objectionable post.")
    assert any(q.endswith("provider to take down an objectionable post?") for q in qs), qs


def test_reduced_relative_is_not_the_verb(nlp):
    qs = in_order(HARBOUR, "The port authority published its figures on Monday.",
                    "Detectives are examining whether a letter sent to the newspaper was written by the former clerk.")
    assert any(q.startswith("Was a letter") and q.endswith("written by the former clerk?") for q in qs), qs


def test_stray_wh_after_noun_phrase():
    assert _drop_stray_wh("Will the council like the plan or how it is funded?") == "Will the council like the plan?"
    assert _drop_stray_wh("Did the mayor explain why it failed and how it spread?") == \
        "Did the mayor explain why it failed and how it spread?"
    assert _drop_stray_wh("Will the board decide when and how to act?") == "Will the board decide when and how to act?"


def test_wh_object_of_modal_clause_is_asked(nlp):
    qs = in_order(HARBOUR, "The port authority published its figures on Monday.",
                    "The Harbour Workers Union did not announce whom they would support to lead the board.")
    assert any(q.startswith("Whom would the Harbour Workers Union support") for q in qs), qs
    assert not any("support to lead" in q and q.startswith("Will") for q in qs), qs


def test_amount_split_by_tokenizer_kept_whole(nlp):
    qs = in_order(HARBOUR, "The port authority published its figures on Monday.",
                    "Allegedly, the broker processed ₿4100 in fees and purchases.")
    assert any("₿4100" in q for q in qs), qs


def test_stated_names_get_the_article_they_need(nlp):
    from briefing.extract.questions import _name_in_text
    from briefing.model import Actor

    assert _name_in_text(Actor("United States", "state")) == "the United States"
    assert _name_in_text(Actor("World Health Organization", "organisation")) == "the World Health Organization"
    assert _name_in_text(Actor("Iran", "state")) == "Iran"
    assert _name_in_text(Actor("Ned Lamont", "person")) == "Ned Lamont"


def test_question_never_ends_on_a_stranded_preposition(nlp):
    got = all_asked("Local officials have suggested residents \"think about\" it when they travel.")
    assert not any(q.endswith("about?") for q in got)


def test_a_word_split_at_its_hyphen_is_asked_whole(nlp):
    got = all_asked("Governments need to pull together to de-carbonize the world economy.")
    assert "Will governments pull together to de-carbonize the world economy?" in got


def test_a_guessed_passive_past_is_asked_with_was(nlp):
    got = all_asked("The virus may have been spread by bats, researchers said.",
                    "The fires might have been started by lightning.")
    assert "Was the virus spread by bats?" in got and "Were the fires started by lightning?" in got
    assert not any(" been " in q for q in got)


def test_a_reflexive_is_never_the_one_who_acts(nlp):
    got = all_asked("Its citizens could declare themselves climate change refugees and ask for sanctuary abroad.")
    assert not any(q.startswith("Will themselves") for q in got)


def test_us_in_all_of_us_is_not_the_speaker_alone(nlp):
    got = all_asked("\"Wherever we go, all of us may meet again,\" Senator Tom Reyes said.")
    assert not any("Tom Reyes" in q for q in got)


def test_comma_before_noun_check_stops_at_the_sentence_root():
    """A parse whose root lies between a comma and the noun it heads must not hang."""
    from types import SimpleNamespace

    from briefing.extract.questions import _inside_np

    toks = [SimpleNamespace(i=i, pos_="NOUN", dep_="dep") for i in range(5)]
    doc = toks
    for t in toks:
        t.doc = doc
    # 0 <- 1 (comma) -> 4; token 2 is the root (its own head), token 3 hangs off it.
    toks[0].head, toks[1].head, toks[2].head = toks[4], toks[4], toks[2]
    toks[3].head, toks[4].head = toks[2], toks[2]
    toks[0].dep_ = "amod"
    assert _inside_np(toks[1]) is False


def test_a_verb_joined_after_an_untold_wh_clause_is_left_out(nlp):
    qs = in_order(HARBOUR, "Police found the girl on Sunday.",
                  "She did not know what address her house was or know the date and said her brothers were locked in.")
    assert "What address was her house?" in qs, qs


def test_verbs_sharing_the_wh_subject_stay_in_the_question(nlp):
    qs = in_order(HARBOUR, "The coach resigned on Sunday.",
                  "It is not yet known who will lead the team and attend the final.")
    assert any(q.lower().startswith("who will lead the team and attend the final") for q in qs), qs


def test_questions_do_not_speak_in_a_quoted_speaker_s_person(nlp):
    qs = in_order(HARBOUR, "The harbour charity renamed its boat on Sunday.",
                  "[...] If we Naruto run, we can move faster than their bullets.")
    assert not any(re.search(r"\b(?:our|we)\b", q) for q in qs), qs


def test_a_phrasing_without_an_auxiliary_or_wh_word_is_no_question():
    assert not _readable("Helped the social movement improve Muslim / non-Muslim relations?")
    assert _readable("Did the social movement improve relations?")
    assert _readable("Why had Park cancelled his schedule?")


def test_a_list_of_modifiers_before_a_noun_stays_in_the_question(nlp):
    got = all_asked("The charges may stem from a decades-long, collaborative, multi-district effort by three agencies.")
    assert any("a decades-long, collaborative, multi-district effort by three agencies" in q for q in got), got


def test_a_question_left_without_its_object_is_not_asked_that_way(nlp):
    got = all_asked(
        'The minister said he believes changing the anthem now has a "strong rationale".',
        'The curator explained, "The heron was considered [to represent] the god of rain, the god of the harvest."',
    )
    assert "Does changing the anthem have?" not in got
    assert "Will the heron represent?" not in got


def test_there_will_be_no_is_asked_positively(nlp):
    got = all_asked("The commission said there will be no debate on October 15.")
    assert "Will there be any debate on October 15?" in got, got


def test_a_question_never_ends_on_a_verb_that_lost_its_object():
    assert _object_lost("Will Jeremy Werdell anticipate?")
    assert _object_lost("Did the agency expect?")
    assert not _object_lost("Will the talks resume?")


def test_a_quotation_after_a_colon_is_no_part_of_the_clause(nlp):
    from briefing.extract.questions import _clause_tokens

    doc = nlp('The senator quickly took a parting shot on Twitter: "Oh no, really big news, he has dropped out."')
    took = next(t for t in doc if t.text == "took")
    words = [t.text for t in _clause_tokens(took, set())]
    assert "Twitter" in words and "Oh" not in words


def test_a_verb_split_at_its_hyphen_is_asked_whole(nlp):
    got = all_asked("The council in Leeds will re-examine the case next month.")
    assert "Will the council in Leeds re-examine the case next month?" in got


def test_a_sentence_run_on_past_a_clock_time_is_split_and_asked_alone(nlp):
    from briefing.extract.document import parse
    from tests.briefing.briefings import make

    text = ("Before that, the curfew was only in effect between 3 p.m. and 6 a.m. Bolivia planned to impose a curfew "
            "between 10 p.m. and 4 a.m. The launch is at 10 a.m. ET on Friday.")
    sentences = [s.text for s in parse(nlp, make("Curfews", text)).sentences]
    assert "Bolivia planned to impose a curfew between 10 p.m. and 4 a.m." in sentences
    assert "The launch is at 10 a.m. ET on Friday." in sentences
    assert not any(q.startswith("Will between") for q in all_asked(text))
