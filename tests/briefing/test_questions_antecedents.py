"""Open questions whose subject is a pronoun or whose inquiry has an owner
named away from it: the question names the family, the thing or the owner."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def questions(*paras):
    return [q.question for q in extract(make("Report", *paras)).open_questions]


def test_they_means_the_family_named_by_its_surname(nlp):
    qs = questions("Owner Peter Hallam bought the old mill near the river in 2010. "
                   "The Hallams found the roof in poor repair, and Mr Hallam said they intended "
                   "to reopen the mill as a bakery.")
    assert any(q.startswith(("Will the Hallams reopen", "Did the Hallams")) for q in qs), qs


def test_its_means_the_subject_before_it(nlp):
    qs = questions('The council issued a statement which said, "The library serves the whole town, '
                   'and its status as a public building must be maintained."')
    assert any("the library's status" in q for q in qs), qs


def test_it_means_the_last_subject_of_the_sentence_before(nlp):
    qs = questions("A geologist at the university praised the work. "
                   '"This survey does lay groundwork for later studies. Perhaps it will change the maps."')
    assert any(q.startswith("Will the survey change the maps") for q in qs), qs


def test_empty_it_is_not_resolved(nlp):
    qs = questions("The survey of the coast ended in May. "
                   "It is likely that the coastal road will close next year.")
    assert not any("survey" in q.split("?")[0] and "road" in q for q in qs), qs


def test_inquiry_by_an_agency(nlp):
    qs = questions("A ferry sank off the coast on Monday. The families of the crew welcomed "
                   "an investigation by the maritime agency.")
    assert any("the maritime agency's investigation" in q for q in qs), qs


def test_inquiry_led_by_police(nlp):
    qs = questions("A fire destroyed a warehouse in the port on Sunday. The owners praised the investigation, "
                   "led by police, and the quick work of the fire crews.")
    assert any("the police's investigation" in q or "police' investigation" in q for q in qs), qs


def test_inquiry_owned_without_possessive_ending(nlp):
    qs = questions("Gunmen attacked a convoy near the border on Friday. The embassy said: "
                   '"We appreciate the Kenya Defence Forces rapid response and investigation."')
    assert any("investigation find" in q and "Forces" in q for q in qs), qs


def test_they_means_the_couple_that_reported_it(nlp):
    qs = questions("A landlord in the town lost a case over rent on Monday. "
                   "The couple said they may appeal against the ruling.")
    assert any(q.startswith("Will the couple appeal") for q in qs), qs
