"""What every loaded briefing must satisfy, shared by the loader tests."""

from __future__ import annotations

from html.parser import HTMLParser


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def visible(html: str) -> str:
    """The text a reader sees of a block's inline HTML."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def check_invariants(b) -> None:
    """A title, and blocks whose text is one line that their HTML shows exactly."""
    assert b.title
    for block in b.blocks:
        assert block.text and "\n" not in block.text
        if block.html:
            assert visible(block.html) == block.text
