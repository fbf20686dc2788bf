"""Markdown briefings, with optional YAML front matter.

The Markdown is rendered to HTML and walked like any untrusted page, so raw
HTML embedded in the Markdown gets no more trust than a downloaded web page.
"""

from __future__ import annotations

import logging

import markdown

from briefing.formats import FormatError
from briefing.formats.blocks import clean, fallback_title, make_block
from briefing.formats.decoding import decode_text
from briefing.formats.frontmatter import split_front_matter
from briefing.formats.htmltree import parse_fragment, walk
from briefing.model import Block, Briefing

log = logging.getLogger(__name__)


def parse(data: bytes, name: str) -> Briefing:
    text = decode_text(data)
    if not text.strip():
        raise FormatError("the file is empty")
    fm, body = split_front_matter(text)
    try:
        html = markdown.markdown(body, extensions=["extra", "sane_lists"], output_format="html")
    except RecursionError as exc:  # pathologically nested quotes or lists
        raise FormatError("the Markdown is nested too deeply to read") from exc

    pieces = walk(parse_fragment(html)) if html.strip() else []
    title = clean(fm.title)
    blocks: list[Block] = []
    for piece in pieces:
        block = piece.block
        if piece.level == 1 and not title:
            title = block.text
            block = Block("title", block.text, block.html)
        elif piece.level == 1 and not blocks and block.text.casefold() == title.casefold():
            block = Block("title", block.text, block.html)  # the heading repeats the title
        blocks.append(block)
    if title and not any(b.kind == "title" for b in blocks):
        blocks.insert(0, Block("title", title))
    standfirst = make_block("standfirst", fm.standfirst)
    if standfirst is not None and not any(b.kind == "standfirst" for b in blocks):
        at = 1 if blocks and blocks[0].kind == "title" else 0
        blocks.insert(at, standfirst)
    if not blocks:
        raise FormatError("the file has no readable text")
    if not title:
        title = fallback_title(blocks, name)
    return Briefing(
        title=title, blocks=tuple(blocks), date=clean(fm.date), source=clean(fm.source),
        url=clean(fm.url), author=clean(fm.author), tags=tuple(t for t in map(clean, fm.tags) if t),
        format="markdown",
    )
