"""Small invented briefings for the extractor's rule tests."""

from __future__ import annotations

from briefing.model import Block, Briefing


def make(title: str, *paragraphs: str) -> Briefing:
    """A briefing with a title block and one paragraph block per argument."""
    return Briefing(title=title, blocks=(Block("title", title),) + tuple(Block("paragraph", p) for p in paragraphs))
