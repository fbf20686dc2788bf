"""What the extractor finds in short invented briefings, shared by the rule tests
(cached where extraction is pure)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from briefing.extract import extract
from briefing.model import Briefing
from tests.briefing.briefings import make

TEST = "Test"


@lru_cache(maxsize=None)
def in_order(title: str, *paragraphs: str) -> list[str]:
    """The open questions of a briefing, in the order the extractor lists them (cached: extraction is pure)."""
    return [q.question for q in extract(make(title, *paragraphs)).open_questions]


def actors(*paragraphs: str, title: str) -> dict:
    return {a.name: a for a in extract(make(title, *paragraphs)).actors}


@lru_cache(maxsize=None)
def actors_found(title: str, *paragraphs: str) -> dict:
    """name -> actor (cached: extraction is pure)"""
    return {a.name: a for a in extract(make(title, *paragraphs)).actors}


def all_asked(*paragraphs: str) -> set[str]:
    return set(in_order(TEST, *paragraphs))


def asked(*paragraphs: str) -> set[str]:
    """One question per evidence sentence."""
    return set(by_evidence(*paragraphs).values())


def attribute_case(name: str, attribute: str, value: str, *paragraphs: str, id: str, title: str):
    return pytest.param(title, paragraphs, name, attribute, value, id=id)


def by_evidence(*paragraphs: str) -> dict[str, str]:
    """evidence -> question"""
    return {q.evidence: q.question for q in extract(make(TEST, *paragraphs)).open_questions}


def name_case(name: str, *paragraphs: str, id: str, title: str):
    return pytest.param(title, paragraphs, name, id=id)


@lru_cache(maxsize=None)
def people(*paragraphs: str) -> dict:
    """name -> person (cached: extraction is pure)"""
    got = extract(make("Officials meet over harbour dispute", *paragraphs)).actors
    return {a.name: a for a in got if a.kind == "person"}


@lru_cache(maxsize=None)
def places_found(title: str, *paragraphs: str) -> dict:
    """name -> place (cached: extraction is pure)"""
    return {p.name: p for p in extract(make(title, *paragraphs)).places}


def places_of(b: Briefing) -> dict:
    return {p.name: p for p in extract(b).places}


def question_case(question: str, *paragraphs: str, id: str, title: str = TEST):
    return pytest.param(title, paragraphs, question, id=id)


def regional_places(*paragraphs: str) -> dict[str, tuple[str, str]]:
    a = extract(make("Regional news", *paragraphs))
    return {p.name: (p.kind, p.country) for p in a.places}


def role_case(name: str, attribute: str, value: str, *paragraphs: str, id: str):
    return pytest.param(paragraphs, name, attribute, value, id=id)
