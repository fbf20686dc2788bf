"""Web pages saved as HTML: the article, not the page around it.

trafilatura finds the main text and the headline; it is given the page as a
string, so nothing is ever fetched.  Its HTML output is walked with the same
allow-list as Markdown, so scripts, frames, images and handlers can't survive.
"""

from __future__ import annotations

import logging
import re

import lxml.etree
import lxml.html

from briefing.formats import FormatError
from briefing.formats.blocks import clean, fallback_title
from briefing.formats.decoding import decode_text
from briefing.formats.htmltree import Piece, walk
from briefing.model import Block, Briefing

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Page furniture the fallback walk leaves out, as trafilatura would.
_FURNITURE = frozenset({"nav", "header", "footer", "aside"})


def parse(data: bytes, name: str) -> Briefing:
    declared = _META_CHARSET.search(data[:4096])
    text = decode_text(data, declared.group(1).decode("ascii") if declared else None)
    if not text.strip():
        raise FormatError("the file is empty")
    meta, pieces = _extract(text)
    if not pieces:
        pieces = _fallback(text)
    title = clean(meta.get("title", "")) or _page_title(text)

    blocks: list[Block] = []
    for piece in pieces:
        block = piece.block
        if not blocks and title and piece.level and block.text.casefold() == title.casefold():
            block = Block("title", block.text, block.html)  # the page repeats its headline
        blocks.append(block)
    if title and not any(b.kind == "title" for b in blocks):
        blocks.insert(0, Block("title", title))
    if not blocks:
        raise FormatError("the page has no readable text")
    return Briefing(
        title=title or fallback_title(blocks, name), blocks=tuple(blocks),
        date=clean(meta.get("date", "")), source=clean(meta.get("sitename", "")),
        url=clean(meta.get("url", "")), author=clean(meta.get("author", "")),
        tags=tuple(t for t in (clean(x) for x in meta.get("tags", [])) if t), format="html",
    )


def _extract(text: str) -> tuple[dict, list[Piece]]:
    """Main text and metadata from trafilatura; ({}, []) when it finds nothing."""
    import trafilatura  # heavy import: only when a page is opened

    page = _document(text)
    if page is None:
        return {}, []
    # Menus are never the article; trafilatura keeps them on short pages.
    for el in page.xpath("//nav | //*[@role='navigation']"):
        el.drop_tree()
    try:
        html = trafilatura.extract(
            page, output_format="html", with_metadata=True, include_comments=False,
            include_tables=True, include_images=False, include_links=True,
            include_formatting=True, favor_recall=True,
            # Only dates the page states for itself; the extensive search
            # turns a "Copyright 2020" footer into a publication date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - a third-party parser of untrusted input
        log.warning("trafilatura failed on this page; using the plain walk", exc_info=True)
        return {}, []
    root = _document(html) if html and html.strip() else None
    if root is None:
        return {}, []
    # trafilatura puts its metadata in <meta name=... content=...> elements.
    meta: dict = {}
    for el in root.iter("meta"):
        key, value = el.get("name"), el.get("content")
        if key and value:
            meta[key] = value
    meta["tags"] = [t for t in meta.get("tags", "").split(",") if t.strip()]
    body = root.find("body")
    return meta, walk(body) if body is not None else []


def _fallback(text: str) -> list[Piece]:
    root = _document(text)
    if root is None:
        return []
    body = root.find("body")
    return walk(body if body is not None else root, skip=_FURNITURE)


def _page_title(text: str) -> str:
    root = _document(text)
    if root is None:
        return ""
    for path in ("//title", "//h1"):
        found = root.xpath(path)
        if found and clean(found[0].text_content()):
            return clean(found[0].text_content())
    return ""


def _document(text: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return None
