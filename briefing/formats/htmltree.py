"""Walk an HTML tree into blocks, keeping only safe inline markup.

Used for rendered Markdown and for web pages.  Neither is trusted: the walk
*rebuilds* markup from a short allow-list (b, i, code, web links) instead of
cleaning what came in, so scripts, frames, images and event handlers cannot
survive by construction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import lxml.html
from lxml import etree

from briefing.formats.blocks import Mark, Run, clean, link_mark, make_block
from briefing.model import Block

log = logging.getLogger(__name__)

#: Never shown: active content, remote media, form controls, page furniture.
DROP = frozenset(
    "script style iframe frame frameset object embed applet img picture svg math video "
    "audio source track canvas noscript template head title meta link base form input "
    "button select textarea option map area dialog".split()
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
BLOCKS = frozenset(
    "p div section article main header footer aside nav address center figure figcaption "
    "ul ol dl dt dd li blockquote pre table thead tbody tfoot tr td th caption hr details "
    "summary fieldset body html".split()
)
INLINE_MARKS = {"b": "b", "strong": "b", "i": "i", "em": "i", "cite": "i", "code": "code",
                "kbd": "code", "samp": "code", "tt": "code"}


@dataclass(frozen=True)
class Piece:
    """A block found in the tree; ``level`` is 1-6 for headings, else 0."""

    block: Block
    level: int = 0


class _Walker:
    def __init__(self, skip: frozenset[str]) -> None:
        self.skip = DROP | skip
        self.pieces: list[Piece] = []
        self.runs: list[Run] = []
        self.kind = "paragraph"

    def flush(self, level: int = 0) -> None:
        block = make_block(self.kind, self.runs)
        if block is not None:
            self.pieces.append(Piece(block, level))
        self.runs = []

    def add(self, text: str | None, kind: str, marks: tuple[Mark, ...]) -> None:
        if not text:
            return
        if not self.runs or not any(r.text.strip() for r in self.runs):
            self.kind = kind
        self.runs.append(Run(text, marks))

    def walk(self, el: etree._Element, kind: str, marks: tuple[Mark, ...]) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in self.skip:
            return  # comments, processing instructions, dropped elements
        if tag in HEADINGS:
            self.flush()
            self.inline(el, "heading", marks)
            self.flush(HEADINGS[tag])
        elif tag == "pre":
            self.flush()
            for line in el.text_content().splitlines():
                block = make_block("code", line.expandtabs(4))
                if block is not None:
                    # Keep the indentation that clean() would collapse.
                    indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
                    self.pieces.append(Piece(Block("code", " " * indent + block.text)))
        elif tag == "table":
            self.flush()
            self.table(el, kind)
        elif tag == "br":
            self.add(" ", kind, marks)
        elif tag in BLOCKS:
            self.flush()
            inner = {"li": "item", "dt": "item", "blockquote": "quote"}.get(tag, kind)
            self.inline(el, inner, marks)
            self.flush()
        else:
            mark = INLINE_MARKS.get(tag)
            if tag == "a":
                link = link_mark(el.get("href"))
                # A link inside a link is invalid HTML; keep the outer one.
                if link and not any(m[0] == "a" for m in marks):
                    marks = marks + (link,)
            elif mark and (mark,) not in marks:
                marks = marks + ((mark,),)
            self.inline(el, kind, marks)

    def inline(self, el: etree._Element, kind: str, marks: tuple[Mark, ...]) -> None:
        self.add(el.text, kind, marks)
        for child in el:
            self.walk(child, kind, marks)
            self.add(child.tail, kind, marks)

    def table(self, el: etree._Element, kind: str) -> None:
        # One block per row, cells joined by " | ": rows are what an analyst
        # quotes, and a block can't hold a grid.
        for row in el.iter("tr"):
            cells = []
            for cell in row:
                if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th"):
                    sub = _Walker(self.skip)
                    sub.inline(cell, kind, ())
                    sub.flush()
                    cells.append(" ".join(p.block.text for p in sub.pieces))
            text = " | ".join(c for c in cells if c)
            if clean(text):
                self.pieces.append(Piece(Block("paragraph", clean(text))))


def walk(root: etree._Element, skip: frozenset[str] = frozenset()) -> list[Piece]:
    """The blocks of ``root`` in reading order; ``skip`` adds tags to drop."""
    walker = _Walker(skip)
    walker.inline(root, "paragraph", ())
    walker.flush()
    return walker.pieces


def parse_fragment(html: str) -> etree._Element:
    """Parse an HTML fragment under one ``<div>`` (never fetches anything)."""
    return lxml.html.fragment_fromstring(html or "<p></p>", create_parent="div")
