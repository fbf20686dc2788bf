"""Build ``Block``s whose ``html`` shows exactly the characters of ``text``.

Highlighting works on character offsets into ``Briefing.text``, so the inline
markup must never add, drop or move a visible character.  Every format
therefore describes a block as *runs* — pieces of text, each with the inline
marks it carries — and this module alone collapses whitespace and writes the
markup, so the two can't disagree.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from html import escape
from pathlib import PurePath

from briefing.model import Block

log = logging.getLogger(__name__)

#: Inline marks a block may carry: ("b",), ("i",), ("code",) or ("a", href).
Mark = tuple[str, ...]

_SAFE_URL = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


@dataclass(frozen=True)
class Run:
    text: str
    marks: tuple[Mark, ...] = ()


def link_mark(href: str | None) -> Mark | None:
    """A link mark for web and mail addresses only.

    ``javascript:``, ``data:`` and relative links lead nowhere useful (or
    somewhere harmful) from a stored copy, so their text stays, unlinked.
    """
    href = (href or "").strip()
    if not _SAFE_URL.match(href) or any(c.isspace() or c in "<>\"'" for c in href):
        return None
    return ("a", href)


def clean(text: str) -> str:
    """One line of visible text: NFC, controls dropped, whitespace collapsed."""
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    return " ".join(text.split())


def make_block(kind: str, runs: list[Run] | str) -> Block | None:
    """A block from runs (or plain text); None when nothing visible is left."""
    if isinstance(runs, str):
        runs = [Run(runs)]
    pieces: list[tuple[str, tuple[Mark, ...]]] = []
    pending_space = False
    for run in runs:
        text = _CONTROL.sub("", unicodedata.normalize("NFC", run.text))
        for i, word in enumerate(re.split(r"(\s+)", text)):
            if i % 2:  # a whitespace separator
                pending_space = True
                continue
            if not word:
                continue
            if pending_space and pieces:
                # The gap keeps only the marks shared by both neighbours, so
                # a link or bold run never swallows the space beside it.
                before, shared = pieces[-1][1], 0
                while shared < min(len(before), len(run.marks)) and before[shared] == run.marks[shared]:
                    shared += 1
                pieces.append((" ", run.marks[:shared]))
            pending_space = False
            pieces.append((word, run.marks))
    text = "".join(p for p, _ in pieces)
    if not text:
        return None
    marked = any(marks for _, marks in pieces)
    return Block(kind, text, _render(pieces) if marked else "")


def _render(pieces: list[tuple[str, tuple[Mark, ...]]]) -> str:
    out: list[str] = []
    open_marks: tuple[Mark, ...] = ()
    for text, marks in pieces:
        keep = 0
        while keep < min(len(open_marks), len(marks)) and open_marks[keep] == marks[keep]:
            keep += 1
        for mark in reversed(open_marks[keep:]):
            out.append(f"</{mark[0]}>")
        for mark in marks[keep:]:
            out.append(f'<a href="{escape(mark[1])}">' if mark[0] == "a" else f"<{mark[0]}>")
        open_marks = marks
        out.append(escape(text, quote=False))
    for mark in reversed(open_marks):
        out.append(f"</{mark[0]}>")
    return "".join(out)


def stem_title(name: str) -> str:
    """A title from a file name: "brief_on-kyiv.txt" -> "brief on kyiv"."""
    stem = PurePath(name).stem if PurePath(name).suffix else PurePath(name).name
    return clean(re.sub(r"[_]+", " ", stem)) or "Untitled"


def first_sentence_title(text: str, limit: int = 80) -> str:
    """The first sentence of ``text``, cut at a word boundary near ``limit``."""
    text = clean(text)
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    sentence = match.group(1) if match else text
    if not any(c.isalpha() for c in sentence):  # "..", "?!": punctuation is no title
        sentence = text
    if len(sentence) <= limit:
        return sentence.rstrip(".")
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-–— ") + "…"


def fallback_title(blocks: list[Block], name: str) -> str:
    """Title for a document that names none: its first sentence, else the file."""
    for block in blocks:
        if any(c.isalpha() for c in block.text):
            return first_sentence_title(block.text)
    return stem_title(name)
