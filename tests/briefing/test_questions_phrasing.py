"""Open questions read as well-formed questions an analyst can trust."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.questions import _ask_what, _finish, _object_lost
from tests.briefing.briefings import make


def _questions(nlp, *paragraphs: str) -> list[str]:
    return [q.question for q in extract(make("Harbour report", *paragraphs)).open_questions]


def test_demonstrative_becomes_definite(nlp):
    qs = _questions(nlp, "The ferry operator Blue Line ordered a new vessel in March.",
                    "Officials said this vessel may enter service next spring.")
    assert any(q.startswith("Will the vessel") for q in qs), qs
    assert not any(" this vessel" in q.lower() for q in qs), qs


def test_deictic_time_keeps_this(nlp):
    qs = _questions(nlp, "The port authority may reopen the northern quay this week, officials said.")
    assert not any("the week" in q for q in qs), qs


def test_reported_to_be_asks_about_the_object(nlp):
    qs = _questions(nlp, "On Monday, several newspapers reported the smuggler Anton Vell to be dead "
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


def test_priority_owner_is_the_subject(nlp):
    qs = _questions(nlp, "The Harbour Police said the coast guard's priority is to find the missing crew.")
    assert not any("priority find" in q for q in qs), qs


def test_content_noun_glued_to_clause_subject(nlp):
    qs = _questions(nlp, "The new fossils support the hypothesis feathers could have evolved for display.")
    assert not any("hypothesis feathers" in q for q in qs), qs


def test_bare_possessive_noun_gets_article(nlp):
    qs = _questions(nlp, "The Harbour Gazette reported its source said that warehouse's owner may have fled abroad.")
    assert not any(q.startswith("Did warehouse's") for q in qs), qs
