"""Markdown briefings: front matter, structure, inline markup, untrusted HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.load import load_briefing, load_bytes
from tests.briefing.block_checks import check_invariants

DATA = Path(__file__).resolve().parents[1] / "data"


def front_matter_title(path: Path) -> str:
    match = re.search(r'^title: "(.*)"$', path.read_text(encoding="utf-8"), re.M)
    return match.group(1).replace("\\'", "'")


ARTICLES = sorted(p for p in DATA.glob("*.md") if p.name != "README.md")


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_stored_corpus_articles_load_with_their_title(path):
    b = load_briefing(path)
    assert b.format == "markdown"
    assert b.title == front_matter_title(path)
    assert b.blocks[0].kind == "title" and b.blocks[0].text == b.title
    assert b.date and b.url.startswith("https://") and b.source and b.author
    assert len(b.paragraphs) >= 3
    check_invariants(b)


EVAL_ARTICLES = sorted((Path(__file__).resolve().parents[2] / "eval" / "articles").glob("*.md"))


def test_every_annotated_article_loads_with_its_title():
    """The evaluation set (the project's corpus and the annotated Wikinews rounds)."""
    assert len(EVAL_ARTICLES) >= 12
    for path in EVAL_ARTICLES:
        b = load_briefing(path)
        assert b.title == front_matter_title(path), path.name
        check_invariants(b)


SAMPLE = """---
title: "Talks in Istanbul"
date: 2025-05-13
source: Example Wire
url: https://example.org/talks
author: A. Reporter
tags: [diplomacy, Ukraine, Russia]
---
# Talks in Istanbul

The **president** said the *talks* were [on track](https://example.org/more) and
mentioned `code` too.

## Background

- first item
- second item with **bold**

> A quoted remark.

| Side | Delegate |
|------|----------|
| Ukraine | Umerov |

```
line one
    indented two
```

# A second top heading
"""


def test_markdown_structure_and_metadata():
    b = load_bytes(SAMPLE.encode(), "talks.md")
    assert (b.title, b.date, b.source, b.url, b.author) == (
        "Talks in Istanbul", "2025-05-13", "Example Wire", "https://example.org/talks", "A. Reporter")
    assert b.tags == ("diplomacy", "Ukraine", "Russia")
    got = [(x.kind, x.text) for x in b.blocks]
    assert got == [
        ("title", "Talks in Istanbul"),
        ("paragraph", "The president said the talks were on track and mentioned code too."),
        ("heading", "Background"),
        ("item", "first item"),
        ("item", "second item with bold"),
        ("quote", "A quoted remark."),
        ("paragraph", "Side | Delegate"),
        ("paragraph", "Ukraine | Umerov"),
        ("code", "line one"),
        ("code", "    indented two"),
        ("heading", "A second top heading"),
    ]
    para = b.blocks[1].html
    assert "<b>president</b>" in para and "<i>talks</i>" in para
    assert '<a href="https://example.org/more">on track</a>' in para and "<code>code</code>" in para
    check_invariants(b)


def test_h1_is_the_title_without_front_matter_and_tags_may_be_a_string():
    b = load_bytes(b"---\ntags: a, b ,c\n---\n# Heading Title\n\nBody text here.\n", "x.md")
    assert b.title == "Heading Title" and b.tags == ("a", "b", "c")
    assert [x.kind for x in b.blocks] == ["title", "paragraph"]


@pytest.mark.parametrize("front", [
    '---\ntitle: "Broken: [yaml\ndate: 2020-01-01\n---\n',  # invalid YAML, closed
    "---\ntitle: Unclosed Title\ndate: 2020-01-01\n\n",  # never closed
    "---\n- just\n- a list\n---\n",  # valid YAML, not a mapping
])
def test_broken_front_matter_keeps_the_article(front):
    b = load_bytes((front + "The article body survives.\n\nSecond paragraph.\n").encode(), "Bad Front.md")
    assert "The article body survives." in b.paragraphs
    assert "Second paragraph." in b.paragraphs
    assert b.title
    assert not any("date:" in x.text for x in b.blocks)
    check_invariants(b)


def test_broken_front_matter_salvages_title_and_date():
    b = load_bytes(b'---\ntitle: "Broken: [yaml\ndate: 2020-01-01\n---\nBody.\n', "b.md")
    assert b.date == "2020-01-01"
    b = load_bytes(b"---\ntitle: Unclosed Title\ndate: 2020-01-01\n\nBody.\n", "u.md")
    assert b.title == "Unclosed Title" and b.paragraphs == ("Body.",)


def test_raw_html_in_markdown_is_not_trusted():
    md = (
        "# Title\n\nHello <span onclick=\"evil()\">there</span> <img src=\"https://t.example/p.gif\" "
        "onerror=\"alert(1)\">friend.\n\n<script>alert('x')</script>\n\n"
        "<iframe src=\"https://evil.example\"></iframe>\n\n<style>p{}</style>\n\n"
        "[click](javascript:alert(1)) and <a href=\"https://ok.example\" onmouseover=\"x()\">ok</a>\n"
    )
    b = load_bytes(md.encode(), "raw.md")
    everything = " ".join(x.text + " " + x.html for x in b.blocks)
    for bad in ("script", "alert", "iframe", "onerror", "onclick", "onmouseover", "img", "evil",
                "t.example", "javascript", "p{}"):
        assert bad not in everything
    assert "Hello there friend." in b.paragraphs
    assert '<a href="https://ok.example">ok</a>' in everything
    check_invariants(b)
