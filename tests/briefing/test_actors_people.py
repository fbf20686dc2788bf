"""Actor rules for people: whole names, titles kept out of names (or in them, for a
pope), one person under two spellings, people cut off an outlet's or a body's name."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.load import load_briefing
from tests.briefing.briefings import make
from tests.briefing.extracted import actors
from tests.briefing.extracted import actors_found as found
from tests.briefing.extracted import attribute_case as attr_case
from tests.briefing.extracted import name_case as case
from tests.conftest import EVAL_ARTICLES

PORT = "Officials meet over port dispute"


BUDGET = "Council votes on new budget"


_LOWER_CASE_ROLE_IS_TITLE_CASED_AND_NATIONALITY_MOVES_OUT = (
    "The Greek prime minister, Nikos Andreou, said talks would resume. Andreou spoke after meeting Kremlin spokesman "
    "Ivan Sorokin.",
)
_ROLE_WITH_A_PLACE_OF_SEVERAL_WORDS = (
    "On Monday, Mary Chan, the chief executive of Hong Kong, announced the plan.",
)
_SURNAME_AFTER_AN_OUTLET_IS_NOT_PART_OF_ITS_NAME = (
    "Senator Margaret Hollis spoke on Friday.",
    'A colleague told MSNBC Hollis "was a fine senator."',
)


# Names that must be listed as actors.
PRESENT = [
    case(
        "Pope Francis",
        "Messages of sympathy came from Pope Francis and the mayor.",
        id="pope-keeps-his-title-in-the-name-pope-francis",
        title="Officials meet over port dispute",
    ),
    case(
        "MSNBC",
        *_SURNAME_AFTER_AN_OUTLET_IS_NOT_PART_OF_ITS_NAME,
        id="surname-after-an-outlet-is-not-part-of-its-name-msnbc",
        title="Council votes on new budget",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", PRESENT)
def test_is_an_actor(nlp, title, paragraphs, name):
    assert name in found(title, *paragraphs)


# Names that must not be listed as actors.
ABSENT = [
    case(
        "MSNBC Hollis",
        *_SURNAME_AFTER_AN_OUTLET_IS_NOT_PART_OF_ITS_NAME,
        id="surname-after-an-outlet-is-not-part-of-its-name-msnbc-hollis",
        title="Council votes on new budget",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name", ABSENT)
def test_is_no_actor(nlp, title, paragraphs, name):
    assert name not in found(title, *paragraphs)


# What a listed actor must be.
ATTRS = [
    attr_case(
        "Pope Francis",
        "role",
        "Pope",
        "Messages of sympathy came from Pope Francis and the mayor.",
        id="pope-keeps-his-title-in-the-name-pope-francis-role",
        title="Officials meet over port dispute",
    ),
    attr_case(
        "Nikos Andreou",
        "role",
        "Prime Minister",
        *_LOWER_CASE_ROLE_IS_TITLE_CASED_AND_NATIONALITY_MOVES_OUT,
        id="lower-case-role-is-title-cased-and-nationality-moves-out-nikos-andreou-role",
        title="Officials meet over port dispute",
    ),
    attr_case(
        "Nikos Andreou",
        "affiliation",
        "Greece",
        *_LOWER_CASE_ROLE_IS_TITLE_CASED_AND_NATIONALITY_MOVES_OUT,
        id="lower-case-role-is-title-cased-and-nationality-moves-out-nikos-andreou-affiliation",
        title="Officials meet over port dispute",
    ),
    attr_case(
        "Ivan Sorokin",
        "role",
        "Kremlin spokesman",
        *_LOWER_CASE_ROLE_IS_TITLE_CASED_AND_NATIONALITY_MOVES_OUT,
        id="lower-case-role-is-title-cased-and-nationality-moves-out-ivan-sorokin-role",
        title="Officials meet over port dispute",
    ),
    attr_case(
        "Mary Chan",
        "role",
        "Chief Executive of Hong Kong",
        *_ROLE_WITH_A_PLACE_OF_SEVERAL_WORDS,
        id="role-with-a-place-of-several-words-mary-chan-role",
        title="Officials meet over port dispute",
    ),
    attr_case(
        "Mary Chan",
        "affiliation",
        "Hong Kong",
        *_ROLE_WITH_A_PLACE_OF_SEVERAL_WORDS,
        id="role-with-a-place-of-several-words-mary-chan-affiliation",
        title="Officials meet over port dispute",
    ),
]


@pytest.mark.parametrize("title, paragraphs, name, attribute, value", ATTRS)
def test_actor_attribute(nlp, title, paragraphs, name, attribute, value):
    assert getattr(found(title, *paragraphs)[name], attribute) == value


def test_name_with_lower_case_particle_keeps_given_name(nlp):
    got = actors("Marites dela Paz of the army said the convoy was attacked.", title=PORT)
    names = set(got)
    assert "Marites dela Paz" in names, names


def test_person_listed_after_an_organisation_is_no_place(nlp):
    a = extract(make("Study published", "The study was led by Ana Ruiz of the Coastal Research Institute at the "
                                        "University of Leeds and Tom Beck of Blue Reef Tours."))
    kinds = {x.name: x.kind for x in a.actors}
    assert kinds.get("Tom Beck") == "person"


def test_police_ranks_are_titles_not_names(nlp):
    got = actors(
        "Detective Inspector Harold Quimby said officers had searched the warehouse. "
        "Constable Mary Tolland of the Westfield Police said two men were held.",
        title="Police search warehouse after break-in",
    )
    assert "Harold Quimby" in got
    assert "Mary Tolland" in got
    assert not any("Detective" in n or "Constable" in n or n == "Inspector" for n in got)


def test_transliterated_names_are_one_person(nlp):
    got = actors(
        "Officials said Yusuf bin Qadan had been seen in the north. "
        "A statement said Yusef bin Qadin was planning new attacks.",
        title="Militant leader reported seen",
    )
    people = [n for n, a in got.items() if a.kind == "person"]
    assert len(people) == 1


def test_known_person_cut_off_an_outlet_name(nlp):
    got = actors(
        "Analyst Marta Kowalczyk wrote a long report on the port. "
        "A former official told Radio Kestrel Marta Kowalczyk had been right.",
        title="Analyst report on port",
    )
    assert "Marta Kowalczyk" in got
    assert not any(n.endswith("Marta Kowalczyk") and n != "Marta Kowalczyk" for n in got)


def test_person_of_body_is_split(nlp):
    got = actors(
        "Researcher Tomas Brevik of the Nordvik Institute said the ice was thinning. "
        "A fisherman told Karin Holt of KRVN that boats stayed in port. "
        "Brevik of NVI repeated the warning on Friday.",
        title="Ice thinning in northern fjords",
    )
    assert "Karin Holt" in got
    assert not any(" of " in n and n.split(" of ")[0] in ("Karin Holt", "Brevik") for n in got)


def test_name_with_office_in_apposition_is_a_person(nlp):
    got = actors(
        "The statue was stolen from Harwick Hall on Sunday. Edmund Vayle, chief executive of the hall, "
        "said the loss was painful. Edmund Vayle added that staff were helping police.",
        title="Statue stolen from stately home",
    )
    assert got.get("Edmund Vayle") is not None and got["Edmund Vayle"].kind == "person"


def test_country_before_title_is_no_part_of_an_organisation(nlp):
    got = actors("Yesterday, United States Senator Margaret Hollis announced a new bill.",
                 "Hollis said the bill would pass.", title=BUDGET)
    assert "Margaret Hollis" in got
    assert not any("Senator" in n for n in got)


def test_a_middle_initial_does_not_make_a_second_person(nlp):
    got = actors(
        "The governor dismissed chief of staff Harold T. Brennick on Monday.",
        "\"I told Harold Brennick his work was done,\" the governor said. \"I thank Harold for his service.\"",
        "Brennick said he had offered to resign.",
        title="Governor dismisses chief of staff",
    )
    people = [a for a in got.values() if a.kind == "person"]
    assert [p.name for p in people if "Brennick" in p.name or p.name == "Harold"] == ["Harold T. Brennick"]
    assert {"Harold Brennick", "Harold", "Brennick"} <= set(got["Harold T. Brennick"].aliases)


def test_a_surname_with_an_office_in_apposition_is_a_person_with_the_given_name(nlp):
    got = actors(
        "Three people died in a warehouse blaze in Gdańsk on Friday.",
        "Marek Zawadzki, a fire service spokesman, told reporters the roof had collapsed.",
        title="Warehouse blaze kills three",
    )
    assert got["Marek Zawadzki"].kind == "person"
    assert "Zawadzki" not in got


def test_the_place_of_an_office_is_no_part_of_the_holder_s_name(nlp):
    got = actors(
        "Three people died in a warehouse blaze on Friday.",
        "Mayor of Koszalin Piotr Wrona has declared Sunday a day of mourning.",
        title="Warehouse blaze kills three",
    )
    assert "Piotr Wrona" in got and got["Piotr Wrona"].kind == "person"
    assert not any("Koszalin" in name for name in got)


def test_a_bare_surname_names_the_relative_named_in_full_most_often(nlp):
    # A real obituary: the model tags the subject's full name once and his
    # son's once, but the text (title included) names the subject in full
    # more often, so the bare "Mukherjee" that follows is him.
    path = next(EVAL_ARTICLES.glob("148-*.md"))
    got = {a.name: a for a in extract(load_briefing(path)).actors}
    assert "Mukherjee" in got["Pranab Mukherjee"].aliases
    assert "Mukherjee" not in got["Abhijit Mukherjee"].aliases


def test_a_surname_the_model_calls_an_organisation_is_the_person(nlp):
    got = actors(
        "Marisol Ortega-Blanc, also an undergraduate, studied the chemical bonds within the glue.",
        "Ortega-Blanc found that slight changes in the bonds could alter its strength.",
        "Ortega-Blanc said the work would continue next year.",
        title="Slug glue could close wounds",
    )
    assert "Ortega-Blanc" in got["Marisol Ortega-Blanc"].aliases
    assert "Ortega-Blanc" not in got


def test_a_name_after_a_lower_case_cleric_s_title_is_a_person(nlp):
    got = actors(
        "Speaking about the film, the Polish archbishop Wojciech Polak said he was deeply disturbed.",
        title="Film on abuse in the church",
    )
    assert got["Wojciech Polak"].kind == "person"
    assert "archbishop" in got["Wojciech Polak"].role.lower()


def test_holder_named_right_after_a_chamber_is_a_person(nlp):
    got = found(
        "Magazine names activist",
        "The magazine also considered the Speaker of the House Nora Kellam and the Pope.",
        "Clemency was opposed by Republican members of the House of Representatives Dale Fenwick and Tim Ruske.",
    )
    assert "Nora Kellam" in got and "Dale Fenwick" in got
    assert not any("Kellam" in n and n != "Nora Kellam" for n in got)
    assert "House of Representatives Dale Fenwick" not in got


def test_a_name_glued_to_a_plural_title_is_a_titled_person(nlp):
    got = actors(
        "The case was prosecuted by Trial Attorneys Ivana Marek and Jon Bauer of the Criminal Division.",
        "The U.S. Marshals Service International Investigations Branch found the fugitive.",
        title="Fugitive returned",
    )
    assert got["Ivana Marek"].kind == "person" and got["Ivana Marek"].role == "Trial Attorney", got
    assert not any(n.startswith("Trial Attorneys") for n in got), got
    assert not any(a.kind == "person" and "Branch" in n for n, a in got.items()), got
