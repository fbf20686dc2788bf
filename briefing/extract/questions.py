"""Open questions (placeholder until the rules land)."""

from __future__ import annotations

from ..model import Actor, OpenQuestion
from .document import Parsed


def build_questions(parsed: Parsed, actors: list[Actor]) -> list[OpenQuestion]:
    return []
