"""Object and possessive pronouns in open questions read as the actor they mean."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def questions(*paras):
    return [q.question for q in extract(make("Report", *paras)).open_questions]


def test_their_of_a_single_state_becomes_its(nlp):
    qs = questions("Greece and Egypt met in Athens on Tuesday. They urged Norway to suspend "
                   "their fishing operations within the disputed waters.")
    assert "Will Norway suspend its fishing operations within the disputed waters?" in qs


def test_coordinated_owners_keep_their(nlp):
    qs = questions("Officials met in Athens on Tuesday. Greece and Egypt may suspend their "
                   "fishing operations within the disputed waters.")
    assert "Will Greece and Egypt suspend their fishing operations within the disputed waters?" in qs


def test_quoted_us_is_the_speakers_state(nlp):
    qs = questions("President Andrzej Nowak of Poland spoke in Warsaw on Friday. "
                   'Nowak said, "The European Union may need to stand by us."')
    assert "Will the European Union need to stand by Poland?" in qs


def test_quoted_our_of_a_state_subject_becomes_its(nlp):
    qs = questions('The Netherlands will take all necessary action to protect our citizens wherever they are," '
                   "the foreign ministry said.")
    assert any("protect its citizens" in q for q in qs)


def test_a_chain_of_the_same_pronoun_carries_the_person(nlp):
    qs = questions("Former governor Tomas Reyes died on Sunday, aged 80. By the time of his death, Reyes had "
                   "been ill for years. Recently there had been growing concerns over his health. He spent a "
                   "week in a clinic in Zurich, although there was no official word on what treatment he had received.")
    assert "What treatment had Tomas Reyes received?" in qs


def test_the_chain_stops_where_several_people_are_named(nlp):
    qs = questions("Former governor Tomas Reyes met senator Ana Cruz and minister Luis Vega on Sunday. "
                   "Recently there had been growing concerns over her health. "
                   "There was no official word on what treatment she had received.")
    assert not any("Reyes" in q or "Vega" in q for q in qs)


def test_them_is_the_one_plural_noun_before_it(nlp):
    qs = questions("The visiting ships are too heavy, so the port may need a new crane to lift them.")
    assert "Will the port need a new crane to lift the visiting ships?" in qs


def test_them_stays_when_several_plural_nouns_could_be_meant(nlp):
    qs = questions("The ships and barges are too heavy, so the port may need a new crane to lift them.")
    assert "Will the port need a new crane to lift them?" in qs


def test_them_stays_when_the_question_names_its_antecedent(nlp):
    qs = questions("Visiting ships may need the harbour crane to lift them out of the water.")
    assert "Will visiting ships need the harbour crane to lift them out of the water?" in qs


def test_a_surname_the_actor_list_missed_still_names_the_one_meant(nlp):
    qs = questions("Judge Maria Lopez ruled on Monday in Denver. Lopez said she acted without pressure from "
                   "anyone. However, she said she and her family had reportedly received threats due to her ruling.")
    assert "Did Maria Lopez and her family receive threats due to her ruling?" in qs
