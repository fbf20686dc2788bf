"""Plain-text briefings: infer title, standfirst and paragraphs from lines.

Text exported from news tools often looks like::

    A one-sentence summary of the story.
    The Headline

    The Headline
    A short deck under the headline.
    First paragraph on one long line...

so the title is the short line that repeats, a short line after it is the
standfirst, and the summary above it is dropped when a standfirst exists.
"""

from __future__ import annotations

import logging
import re
from statistics import median

from briefing.formats import FormatError
from briefing.formats.blocks import fallback_title, make_block
from briefing.formats.decoding import decode_text
from briefing.formats.paragraphs import Unit, line_units
from briefing.model import Block, Briefing

log = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
# "By Jane Doe", "By Jane Doe and John Smith, Reuters", "Written by J. Doe | AP".
_NAME = r"(?:[a-z]{1,3}-)?[A-ZÀ-Þ][\w'’.-]*"  # "Doe", "O'Neil", "al-Rashid"
_BYLINE = re.compile(
    rf"^(?i:by|written by|words by)\s+({_NAME}(?:\s+(?:{_NAME}|(?:and|&|de|da|van|von|der|al|bin|la|le)(?=\s)))*)"
    r"(?:\s*[,|–—-]\s*(.{1,60}))?(?<![.!?:;])$"
)
_NOT_NAMES = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|The|This|That|Then|Now|Land|Air|Sea|Day|Night)\b"
)


def parse(data: bytes, name: str) -> Briefing:
    text = decode_text(data)
    if not text.strip():
        raise FormatError("the file is empty")
    author, units = take_byline(line_units(text))
    title, blocks = structure(units, name)
    return Briefing(title=title, blocks=tuple(blocks), author=author, format="text")


def take_byline(units: list[Unit]) -> tuple[str, list[Unit]]:
    """The author from a byline among the first lines ("By Jane Doe"), and the
    lines without it: a byline is neither a heading nor a paragraph of the
    story, and its name is not one of the story's actors."""
    for j, unit in enumerate(units[1:5], start=1):  # the first line is the title
        text = " ".join(unit.text.split())
        m = _BYLINE.match(text) if unit.kind == "paragraph" and len(text.split()) <= 14 else None
        if m and not _NOT_NAMES.match(m.group(1)):
            return m.group(1), units[:j] + units[j + 1:]
    return "", units


def structure(units: list[Unit], name: str, title_hint: str = "") -> tuple[str, list[Block]]:
    """Title and blocks for a list of paragraphs (also used for PDF text).

    ``title_hint`` is a title known from elsewhere (document metadata); it is
    used when no title line can be found in the text itself.
    """
    units = [u for u in units if u.text.strip()]
    if not units:
        raise FormatError("the file has no readable text")
    t = _title_index(units)
    if t is None:
        title_unit = None
        before, rest = [], units
    else:
        title_unit = units[t]
        before = units[:t]
        key = _key(title_unit.text)
        # Drop the repeats of the title that sit right below it.
        rest = [u for j, u in enumerate(units[t + 1:], t + 1) if not (j <= t + 3 and _key(u.text) == key)]

    standfirst = None
    if title_unit is not None and _is_deck(rest):
        standfirst, rest = rest[0], rest[1:]
    summary = next((u for u in before if _is_sentence(u.text) and u.kind == "paragraph"), None)
    if summary is not None:
        before = [u for u in before if u is not summary]
        if standfirst is None:
            standfirst = summary
        else:
            log.debug("dropping the summary line above the title: a standfirst follows it")

    blocks: list[Block] = []
    if title_unit is not None:
        blocks.append(make_block("title", title_unit.text))
    if standfirst is not None:
        blocks.append(make_block("standfirst", standfirst.text))
    body = before + rest
    for j, unit in enumerate(body):
        kind = unit.kind
        if kind == "paragraph" and _is_subheading(unit, body[j + 1] if j + 1 < len(body) else None):
            kind = "heading"
        blocks.append(make_block(kind, unit.text))
    blocks = [b for b in blocks if b is not None]

    if title_unit is not None:
        title = blocks[0].text
    else:
        title = title_hint or fallback_title(blocks, name)
    return title, blocks


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _is_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.strip()))


def _is_titleish(unit: Unit) -> bool:
    text = unit.text.strip()
    return (
        unit.kind == "paragraph"
        and len(text) <= 150
        and len(text.split()) <= 20
        and not text.endswith((".", ",", ";", ":"))
        and any(c.isalpha() for c in text)
    )


def _title_index(units: list[Unit]) -> int | None:
    """Where the title is: a short line repeated just below itself, else line 0."""
    for t in range(min(4, len(units))):
        if _is_titleish(units[t]):
            key = _key(units[t].text)
            if any(_key(u.text) == key for u in units[t + 1:t + 4]):
                return t
    if _is_titleish(units[0]):
        return 0
    return None


def _is_deck(rest: list[Unit]) -> bool:
    """Whether the first line under the title is a standfirst, not paragraph 1.

    A deck is short, one or two sentences, and clearly shorter than the
    paragraphs it introduces.
    """
    if len(rest) < 2 or rest[0].kind != "paragraph":
        return False
    deck = rest[0].text
    sentences = len(re.findall(r"[.!?…](\s|$)", deck))
    body = [len(u.text) for u in rest[1:6]]
    return len(deck) <= 300 and sentences <= 2 and len(deck) < 0.7 * median(body)


def _is_subheading(unit: Unit, nxt: Unit | None) -> bool:
    """A short unpunctuated line followed by a longer paragraph."""
    return (
        nxt is not None
        and _is_titleish(unit)
        and len(unit.text.split()) <= 10
        and unit.text[:1].isupper()
        and nxt.kind == "paragraph"
        and len(nxt.text) > 2 * len(unit.text)
    )
