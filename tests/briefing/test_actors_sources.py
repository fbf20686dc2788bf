"""Actors rules for sources the model leaves untagged: outlets that reported and
journals something was published in; a lower-case subject of "reported" is no actor."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.load import load_briefing
from tests.briefing.extracted import actors
from tests.briefing.extracted import actors_found as found
from tests.briefing.extracted import name_case as case

STORM = "Storm floods coastal towns"


# Names that must be listed as actors.
PRESENT = [
    case(
        "Valden Courier",
        "The Valden Courier reported that two ferries sank in the storm.",
        id="outlet-that-reported-is-an-actor",
        title="Storm floods coastal towns",
    ),
    case(
        "Coastal Dynamics",
        "The survey, published on Friday in Coastal Dynamics, mapped the damage.",
        id="journal-something-was-published-in-is-an-actor",
        title="Storm floods coastal towns",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", PRESENT)
def test_is_an_actor(nlp, title, paragraphs, name):
    assert name in found(title, *paragraphs)


def test_lowercase_subject_of_reported_is_no_actor(nlp):
    got = actors("Residents reported that the river rose overnight in the valley.", title=STORM)
    assert not any(k.lower() == "residents" for k in got)


def test_the_outlet_that_publishes_the_briefing_is_no_actor(tmp_path, nlp):
    text = (
        '---\ntitle: "All-women crew runs express train"\nsource: "Harbour Herald (harbourherald.example)"\n---\n\n'
        "An all-women crew ran the express on Friday. The railway manager, Asha Rao, told Harbour Herald the "
        "run would become monthly. Speaking to the Coast Times, the driver said she was proud.\n"
    )
    path = tmp_path / "crew.md"
    path.write_text(text, encoding="utf-8")
    got = {a.name for a in extract(load_briefing(path)).actors}
    assert "Asha Rao" in got and "Coast Times" in got
    assert "Harbour Herald" not in got


def test_an_account_introducing_a_quoted_post_is_someone_quoted(nlp):
    names = set(actors(
        "Protesters blocked the road to the port on Friday, residents wrote online.",
        "Lucia Ortega @lortega:",
        "The police fired first, and nobody has said how many were hurt.",
        "@riverwatch22:",
        "The road is still closed tonight.",
        title="Port road blocked",
    ))
    assert {"Lucia Ortega", "@riverwatch22"} <= names, names
    assert not any("@lortega" in n for n in names), names


def test_an_account_in_any_script_with_a_language_tag_is_someone_quoted(nlp):
    names = set(actors(
        "Protesters blocked the road to the port on Friday, residents wrote online.",
        "@河边-观察 [zh]: The road is still closed tonight, and nobody has said when it reopens.",
        title="Port road blocked",
    ))
    assert "@河边-观察" in names, names


def test_an_account_posting_after_a_line_that_introduces_its_writer_is_the_writer(nlp):
    got = actors(
        "Voters stayed home across the country on Thursday.",
        "Journalist Marta Oliveira noted the lack of voters:",
        "@martaoli: At the polling station in the old town, very few voters; mostly elderly.",
        "Fans of the opposition have criticized the decision:",
        "@bluewave77: What right do they have to ban it?",
        title="Low turnout in the election",
    )
    assert "@martaoli" in got["Marta Oliveira"].aliases, got["Marta Oliveira"]
    assert "@martaoli" not in got
    assert "@bluewave77" in got  # the fans are nobody named


def test_a_hashtag_is_no_party(nlp):
    names = set(actors(
        "@riverwatch22: Ten million people are facing #famine while the world only cares about #DroneStrikes.",
        title="Hunger grows",
    ))
    assert "DroneStrikes" not in names, names


def test_an_account_after_a_line_whose_writer_is_unnamed_stays_its_own(nlp):
    got = actors(
        "Police chief John Smith said the march was illegal, and hours later one protester replied on Twitter:",
        "@marchfree: We will be back tomorrow.",
        title="March declared illegal",
    )
    assert "@marchfree" in got and "@marchfree" not in got["John Smith"].aliases
