"""The reading pane keeps briefing offsets and document positions in step."""

from __future__ import annotations

from briefing.load import load_bytes
from briefing.model import Block, Briefing, Mention
from ui.article_view import ArticleView

MARKDOWN = """---
title: Structure test
---
Intro paragraph with **bold** and a [link](https://example.org).

## A heading

- first item
- second *item*

> A quoted line.

| a | b |
|---|---|
| 1 | 2 |

```
code line one
code line two
```

Closing paragraph naming Kaja Kallas.
"""


def test_rendered_text_equals_briefing_text_for_every_block_kind(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    briefing = load_bytes(MARKDOWN.encode(), "structure.md")
    assert {b.kind for b in briefing.blocks} >= {"title", "paragraph", "heading", "item", "quote", "code"}
    view.show_briefing(briefing)
    assert view.document().toPlainText() == briefing.text
    start = briefing.text.index("Kaja Kallas")
    view.highlight_mentions([Mention(start, start + len("Kaja Kallas"))])
    (sel,) = view.extraSelections()
    assert sel.cursor.selectedText() == "Kaja Kallas"


def test_positions_are_mapped_when_rendering_differs(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    # Qt folds runs of spaces in HTML; offsets must still land on the words.
    text = "Spaced    out   words then Target here."
    briefing = Briefing(title="T", blocks=(Block("title", "T"), Block("paragraph", text)))
    view.show_briefing(briefing)
    assert view.document().toPlainText() != briefing.text
    start = briefing.text.index("Target")
    view.highlight_mentions([Mention(start, start + 6)])
    assert view.extraSelections()[0].cursor.selectedText() == "Target"


def test_no_remote_content_and_no_script_reaches_the_view(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    page = (b"<html><head><title>Hostile</title><script>alert(1)</script></head><body><article>"
            b"<h1>Hostile page</h1><p onclick='alert(2)'>A paragraph long enough to be the article's main text, "
            b"with a remote image <img src='http://example.invalid/x.png' onerror='alert(3)'> inside it.</p>"
            b"<iframe src='http://example.invalid/'></iframe><p>Second paragraph of the article body text.</p>"
            b"</article></body></html>")
    view.show_briefing(load_bytes(page, "hostile.html"))
    html = view.toHtml()
    for bad in ("alert", "example.invalid", "<img", "iframe", "onclick", "onerror"):
        assert bad not in html
    assert "Second paragraph" in view.toPlainText()
