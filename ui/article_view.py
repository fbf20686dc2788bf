"""The reading pane: a briefing rendered block by block, with highlights.

Each ``Block`` becomes one text block of the document, so a character offset
into ``Briefing.text`` is the same position in the rendered document.  Should
the rendering ever differ (Qt folds some whitespace), positions are mapped
through an alignment of the two texts instead of being trusted blindly.
"""

from __future__ import annotations

import difflib
import logging
from bisect import bisect_right
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from briefing.model import Briefing, Mention

log = logging.getLogger(__name__)

MENTION_COLOR = QColor("#ffe58a")
SEARCH_COLOR = QColor("#ffb86b")
FOCUS_COLOR = QColor("#9fd3ff")

_STYLE = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 12pt; color: #1d1d1d; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 20pt; margin-bottom: 6px; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 14pt; margin-top: 14px; }
p.standfirst { font-size: 13pt; color: #444; font-style: italic; margin-bottom: 12px; }
p.meta { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #777; }
p { margin-bottom: 9px; line-height: 135%; }
pre { font-size: 10pt; }
"""


# One element per block, so each block is exactly one text block of the document.
_BLOCK_HTML = {
    "title": "<h1>{}</h1>",
    "standfirst": "<p class='standfirst'>{}</p>",
    "heading": "<h2>{}</h2>",
    "item": "<li>{}</li>",
    "quote": "<blockquote><i>{}</i></blockquote>",
    "code": "<pre>{}</pre>",
}


def briefing_html(briefing: Briefing) -> str:
    """HTML with exactly one text block per ``Block``."""
    out = [f"<html><head><style>{_STYLE}</style></head><body>"]
    in_list = False
    for block in briefing.blocks:
        content = block.display_html()
        if block.kind == "item" and not in_list:
            out.append("<ul>")
            in_list = True
        elif block.kind != "item" and in_list:
            out.append("</ul>")
            in_list = False
        if block.kind == "code":
            content = escape(block.text)
        out.append(_BLOCK_HTML.get(block.kind, "<p>{}</p>").format(content))
    if in_list:
        out.append("</ul>")
    out.append("</body></html>")
    return "".join(out)


class ArticleView(QTextBrowser):
    """Shows one briefing; highlights mentions and search hits."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)  # links open in the system browser, never inside
        self.setOpenExternalLinks(False)
        self.setPlaceholderText("Open or import a briefing to read it here.")
        self.document().setDocumentMargin(24)
        self._briefing: Briefing | None = None
        self._positions: list[int] | None = None  # text offset → document position, when they differ
        self._mentions: list[QTextEdit.ExtraSelection] = []
        self._search: list[QTextEdit.ExtraSelection] = []
        self._focus: list[QTextEdit.ExtraSelection] = []

    @property
    def briefing(self) -> Briefing | None:
        return self._briefing

    def show_briefing(self, briefing: Briefing | None) -> None:
        self._briefing = briefing
        self._mentions, self._search, self._focus = [], [], []
        self._apply()
        if briefing is None:
            self.clear()
            return
        self.setHtml(briefing_html(briefing))
        self._build_position_map(briefing.text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _build_position_map(self, text: str) -> None:
        shown = self.document().toPlainText()
        if shown == text:
            self._positions = None
            return
        log.debug("rendered text differs from the briefing text; aligning the two")
        matcher = difflib.SequenceMatcher(None, text, shown, autojunk=False)
        starts, targets = [], []
        for a, b, size in matcher.get_matching_blocks():
            if size:
                starts.append(a)
                targets.append(b)
        self._positions = [starts, targets]  # type: ignore[list-item]

    def document_position(self, offset: int) -> int:
        if self._positions is None:
            return offset
        starts, targets = self._positions  # type: ignore[misc]
        i = max(0, bisect_right(starts, offset) - 1)
        return targets[i] + (offset - starts[i]) if starts else offset

    def _selection(self, start: int, end: int, color: QColor) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.document())
        last = max(0, self.document().characterCount() - 1)
        cursor.setPosition(min(self.document_position(start), last))
        cursor.setPosition(min(self.document_position(end), last), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _apply(self) -> None:
        # Search hits under mentions under the focused item; all are kept
        # referenced here, since Qt holds them only by value.
        self.setExtraSelections(self._search + self._mentions + self._focus)

    def highlight_mentions(self, mentions: list[Mention] | tuple[Mention, ...]) -> None:
        self._mentions = [self._selection(m.start, m.end, MENTION_COLOR) for m in mentions]
        self._focus = []
        self._apply()
        if mentions:
            self.scroll_to(mentions[0].start)

    def highlight_search(self, spans: list[tuple[int, int]]) -> None:
        self._search = [self._selection(s, e, SEARCH_COLOR) for s, e in spans]
        self._apply()
        if spans:
            self.scroll_to(spans[0][0])

    def focus_span(self, span: Mention) -> None:
        self._mentions = []
        self._focus = [self._selection(span.start, span.end, FOCUS_COLOR)]
        self._apply()
        self.scroll_to(span.start)

    def highlighted_count(self) -> int:
        return len(self.extraSelections())

    def scroll_to(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.document_position(offset), max(0, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        # Put the spot a third of the way down, with its context above it,
        # rather than wherever the least scrolling would leave it.
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - self.viewport().height() // 3)

    def selected_text(self) -> str:
        return self.textCursor().selectedText().replace("\u2029", "\n")

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self._search, self._mentions, self._focus = [], [], []
            self._apply()
        super().keyPressEvent(event)
