"""Pronouns in open questions read as the actor they mean: object and possessive
pronouns, a plural "they", quoted "we", "us" and "my"."""

from __future__ import annotations

import pytest

from tests.briefing.extracted import all_asked, asked, in_order
from tests.briefing.extracted import question_case as case

TEST, REPORT, HARBOUR = "Test", "Report", "Harbour report"


_THE_CHAIN_STOPS_WHERE_SEVERAL_PEOPLE_ARE_NAMED = (
    "Former governor Tomas Reyes met senator Ana Cruz and minister Luis Vega on Sunday. Recently there had been "
    "growing concerns over her health. There was no official word on what treatment she had received.",
)
_PRONOUNS_MEANING_THE_SUBJECT_STAY_PRONOUNS_AND_NAMES_KEEP_THEIR_ARTICLE = (
    'Voter Anna Brown said, "We are trying to do the best we can for our city."',
    "The United States Navy said on Monday that it may send a second carrier. Officials said they may also send more "
    "planes.",
)


# Sentences that must raise this open question.
ASKED = [
    case(
        "Will Norway suspend its fishing operations within the disputed waters?",
        "Greece and Egypt met in Athens on Tuesday. They urged Norway to suspend their fishing operations within the "
        "disputed waters.",
        id="their-of-a-single-state-becomes-its",
        title=REPORT,
    ),
    case(
        "Will Greece and Egypt suspend their fishing operations within the disputed waters?",
        "Officials met in Athens on Tuesday. Greece and Egypt may suspend their fishing operations within the "
        "disputed waters.",
        id="coordinated-owners-keep-their",
        title=REPORT,
    ),
    case(
        "Will the European Union need to stand by Poland?",
        'President Andrzej Nowak of Poland spoke in Warsaw on Friday. Nowak said, "The European Union may need to '
        'stand by us."',
        id="quoted-us-is-the-speakers-state",
        title=REPORT,
    ),
    case(
        "What treatment had Tomas Reyes received?",
        "Former governor Tomas Reyes died on Sunday, aged 80. By the time of his death, Reyes had been ill for "
        "years. Recently there had been growing concerns over his health. He spent a week in a clinic in Zurich, "
        "although there was no official word on what treatment he had received.",
        id="a-chain-of-the-same-pronoun-carries-the-person",
        title=REPORT,
    ),
    case(
        "Will the port need a new crane to lift the visiting ships?",
        "The visiting ships are too heavy, so the port may need a new crane to lift them.",
        id="them-is-the-one-plural-noun-before-it",
        title=REPORT,
    ),
    case(
        "Will the port need a new crane to lift them?",
        "The ships and barges are too heavy, so the port may need a new crane to lift them.",
        id="them-stays-when-several-plural-nouns-could-be-meant",
        title=REPORT,
    ),
    case(
        "Will visiting ships need the harbour crane to lift them out of the water?",
        "Visiting ships may need the harbour crane to lift them out of the water.",
        id="them-stays-when-the-question-names-its-antecedent",
        title=REPORT,
    ),
    case(
        "Did Maria Lopez and her family receive threats due to her ruling?",
        "Judge Maria Lopez ruled on Monday in Denver. Lopez said she acted without pressure from anyone. However, "
        "she said she and her family had reportedly received threats due to her ruling.",
        id="a-surname-the-actor-list-missed-still-names-the-one-meant",
        title=REPORT,
    ),
    case(
        "Will the guards seek a retrial of the case?",
        "The two guards were released on Monday. The guards, although charged, are back at work. They said they "
        "would seek a retrial of the case.",
        id="sentence-opening-they-is-the-plural-subject-before",
        title=REPORT,
    ),
    case(
        "Will Anna Brown do the best they can for their city?",
        *_PRONOUNS_MEANING_THE_SUBJECT_STAY_PRONOUNS_AND_NAMES_KEEP_THEIR_ARTICLE,
        id="pronouns-meaning-the-subject-stay-pronouns-and-names-keep-their-article-anna-brown-best-they",
    ),
]


@pytest.mark.parametrize("title, paragraphs, question", ASKED)
def test_question_is_asked(nlp, title, paragraphs, question):
    assert question in in_order(title, *paragraphs)


# Sentences none of whose questions may contain this fragment.
NOT_ASKED = [
    case(
        "Reyes",
        *_THE_CHAIN_STOPS_WHERE_SEVERAL_PEOPLE_ARE_NAMED,
        id="the-chain-stops-where-several-people-are-named-reyes",
        title=REPORT,
    ),
    case(
        "Vega",
        *_THE_CHAIN_STOPS_WHERE_SEVERAL_PEOPLE_ARE_NAMED,
        id="the-chain-stops-where-several-people-are-named-vega",
        title=REPORT,
    ),
    case(
        "seek a retrial",
        "The river rose on Monday. They said they would seek a retrial of the case.",
        id="they-stays-unasked-without-a-plural-group",
        title=REPORT,
    ),
    case(
        "Anna Brown can",
        *_PRONOUNS_MEANING_THE_SUBJECT_STAY_PRONOUNS_AND_NAMES_KEEP_THEIR_ARTICLE,
        id="pronouns-meaning-the-subject-stay-pronouns-and-names-keep-their-article-anna-brown-can",
    ),
    case(
        "Anna Brown's city",
        *_PRONOUNS_MEANING_THE_SUBJECT_STAY_PRONOUNS_AND_NAMES_KEEP_THEIR_ARTICLE,
        id="pronouns-meaning-the-subject-stay-pronouns-and-names-keep-their-article-anna-brown-s",
    ),
    case(
        " their ",
        'Mayor Anna Berg said, "I will make it my priority to repair every school."',
        id="quoted-my-of-the-subject-is-not-their",
    ),
]


@pytest.mark.parametrize("title, paragraphs, fragment", NOT_ASKED)
def test_no_question_contains(nlp, title, paragraphs, fragment):
    assert not any(fragment in q for q in in_order(title, *paragraphs))


def test_quoted_our_of_a_state_subject_becomes_its(nlp):
    qs = in_order(REPORT, 'The Netherlands will take all necessary action to protect our citizens wherever they are," '
                   "the foreign ministry said.")
    assert any("protect its citizens" in q for q in qs)


def test_they_in_a_report_is_the_group_reporting(nlp):
    qs = in_order(REPORT, "The bakery closed in March after the flood. Most of the workers in the town said "
                   "they would return to the bakery next year.")
    assert any(q.startswith("Will the workers in the town return to the bakery") for q in qs)


def test_they_after_a_plural_noun_is_not_the_earlier_state(nlp):
    got = asked("Norway has urged Chile to release the fishermen. It said they would face no charges.")
    assert "Will Chile release the fishermen?" in got
    assert not any(q.startswith(("Will Norway face", "Will Chile face", "Will they")) for q in got)


def test_a_pronoun_never_means_someone_the_text_marks_as_the_other_sex(nlp):
    from tests.briefing.extracted import by_evidence

    got = by_evidence(
        "Lena Ortiz, 9, died in hospital in May after months of illness.",
        "The prosecutor, Mr. Daniel Hale, told the court it is alleged that her parents ignored the warnings.",
    )
    questions = " ".join(got.values())
    assert "Daniel Hale's parents" not in questions and "Hale's parents" not in questions


def test_a_quoted_i_belongs_to_the_one_who_speaks_not_to_a_show_named_beside_him(nlp):
    got = all_asked(
        "Mayor Bill de Blasio said on Monday he was tired.",
        "Mayor de Blasio spoke on the morning show Morning Joe when he made the announcement: "
        "\"I'm going to end my presidential campaign and keep working as mayor.\"",
    )
    assert "Will Bill de Blasio end the presidential campaign?" in got


def test_a_quoted_we_belongs_to_the_main_clauses_speaker_not_one_in_a_subordinate_clause(nlp):
    got = all_asked('Union leader Mary Jones hit back after Prime Minister Tom Brown told reporters the strike was '
                    'illegal: "We may strike again in May."')
    assert not any("Tom Brown" in q for q in got)


def test_a_pronoun_reporting_on_its_speaker_is_the_speaker_and_tells_her_gender(nlp):
    got = all_asked(
        "On Monday, agency head Emily W. Hale sent a letter to the new minister, Joe Marsh, following the loss of "
        "President Tom Brant.",
        "Hale claimed she may have made this decision without pressure from the palace.",
        "Brant's reply departed from his earlier rhetoric, in which he asserted he may have won the vote.",
    )
    assert any(q.startswith("Did Emily W. Hale make") for q in got)
    assert not any("Hale win" in q for q in got)
