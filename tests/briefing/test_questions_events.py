"""Open questions about the status of people and events that no hedge word marks."""

from __future__ import annotations

from briefing.extract import extract
from tests.briefing.briefings import make


def _questions(nlp, *paragraphs: str) -> list[str]:
    return [q.question for q in extract(make("Harbour report", *paragraphs)).open_questions]


def test_condition_of_the_injured_asks_recovery(nlp):
    qs = _questions(nlp, "A ferry captain, Tomas Brell, was hurt when the gangway collapsed in Valdoria on Monday.",
                    "Brell is in critical condition at the city hospital, officials said.")
    assert "Will Tomas Brell recover?" in qs or "Will Brell recover?" in qs, qs


def test_condition_not_asked_of_the_dead(nlp):
    qs = _questions(nlp, "The dock worker Anna Mirel was in serious condition after the crane fell on Monday.",
                    "Mirel died in hospital on Tuesday, her family said.")
    assert not any("recover" in q for q in qs), qs


def test_serious_injuries_ask_recovery(nlp):
    qs = _questions(nlp, "A bus overturned near the harbour on Sunday night.",
                    "Those rescued are having serious injuries, the health minister said.")
    assert "Will those rescued recover?" in qs, qs


def test_being_treated_asks_condition(nlp):
    qs = _questions(nlp, "The harbour master, Leon Dufresne, collapsed at the quay on Friday.",
                    "As of Sunday, Dufresne was being treated in Marseille.")
    assert any(q.endswith("condition?") and "Dufresne" in q for q in qs), qs


def test_treated_as_is_no_condition(nlp):
    qs = _questions(nlp, "The old harbour master, Leon Dufresne, is being treated as a hero by the port's workers.")
    assert not any("condition" in q for q in qs), qs


def test_taken_ill_asks_the_illness(nlp):
    qs = _questions(nlp, "The mayor, Ilse Varga, was taken ill on Thursday evening and taken to hospital.")
    assert any(q.startswith("What was") and "illness" in q for q in qs), qs


def test_unclaimed_attack_asks_who(nlp):
    qs = _questions(nlp, "Two mortar rounds hit the port's fuel depot on Tuesday night.",
                    "No group has claimed responsibility for the shelling.")
    assert "Who carried out the shelling?" in qs, qs


def test_claimed_attack_is_not_unclaimed(nlp):
    qs = _questions(nlp, "The Harbour Front claimed responsibility for the shelling of the depot.")
    assert not any(q.startswith("Who carried out") for q in qs), qs


def test_demands_not_met(nlp):
    qs = _questions(nlp, "Dockers have blocked the port of Valdoria for two weeks.",
                    "Their demands have included higher wages and a shorter working week.")
    assert any(q.endswith("demands be met?") for q in qs), qs


def test_deadline_asks_the_owed_act_by_the_date(nlp):
    qs = _questions(nlp, "Under the port charter, the harbour board has until March 3 to publish its audit.")
    assert any(q.startswith("Will the harbour board publish") and q.endswith("by March 3?") for q in qs), qs


def test_contest_to_be_held_asks_winner(nlp):
    qs = _questions(nlp, "Marta Solis, a candidate in the mayoral election to be held on May 9, toured the docks.")
    assert "Who will win the mayoral election?" in qs, qs


def test_recovered_recorders_ask_what_they_show(nlp):
    qs = _questions(nlp, "A cargo plane overran the runway at Valdoria airport on Friday.",
                    "Officials said the flight recorders have been recovered from the wreck.")
    assert "What will the flight recorders reveal?" in qs, qs


def test_stay_until_hearing_asks_the_ruling(nlp):
    qs = _questions(nlp, "The appeals court placed a stay on the port's eviction order until it hears arguments "
                         "from both sides.")
    assert "How will the appeals court rule?" in qs, qs


def test_victim_not_identified(nlp):
    qs = _questions(nlp, "The coast guard did not identify Marek Holz as the victim of Tuesday's stabbing.")
    assert "Was Marek Holz the victim?" in qs, qs
    qs = _questions(nlp, "A body was found in the harbour on Sunday.", "The victim has not been named by police.")
    assert "Who is the victim?" in qs, qs


def test_acting_office_holder(nlp):
    qs = _questions(nlp, "Senator Rosa Lind has stepped into the role as the committee's acting chair "
                         "after the death of its chairman.")
    assert any(q.startswith("Will") and "remain chair of the committee" in q for q in qs), qs


def test_acting_title_in_apposition_is_no_question(nlp):
    qs = _questions(nlp, "Rosa Lind, the acting chair of the committee, criticised the port's owners on Monday.")
    assert not any("remain" in q for q in qs), qs


def test_things_in_good_condition_do_not_recover(nlp):
    qs = _questions(nlp, "Engineers said the old harbour bridge is in good condition after the storm.",
                    "The water is being treated at the new plant in Valdoria.")
    assert not any("recover" in q or "condition" in q for q in qs), qs
