"""Search results: ranked, each with a snippet whose matches are marked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from index import SearchResult

_STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
a { color: #1a4f8b; text-decoration: none; font-weight: bold; }
b.match { background-color: #ffb86b; }
p.snippet { color: #333; margin-top: 2px; }
p.meta { color: #777; font-size: 8pt; margin-bottom: 10px; }
"""


class SearchResultsView(QTextBrowser):
    result_requested = Signal(str)  # doc id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.result: SearchResult | None = None
        self.setPlaceholderText("Type in the search box to search the whole library.")

    def show_result(self, result: SearchResult) -> None:
        self.result = result
        parts = [f"<html><head><style>{_STYLE}</style></head><body>"]
        if result.error:
            parts.append(f"<p><i>{escape(result.error)}</i></p>")
        elif not result.hits:
            parts.append(f"<p><i>No briefing matches “{escape(result.query)}”.</i></p>")
        else:
            shown = len(result.hits)
            more = f", showing the best {shown}" if result.total > shown else ""
            parts.append(f"<p class='meta'>{result.total} briefing(s) match{more}</p>")
            for rank, hit in enumerate(result.hits, 1):
                # Snippets come from Whoosh's HTML formatter, which escapes the text.
                parts.append(
                    f"<p>{rank}. <a href='doc:{escape(hit.doc_id)}'>{escape(hit.title)}</a></p>"
                    f"<p class='snippet'>{hit.snippet}</p>"
                    f"<p class='meta'>{escape(' · '.join(x for x in (hit.source, hit.date) if x))}"
                    f" &nbsp; score {hit.score:.2f}</p>"
                )
        parts.append("</body></html>")
        self.setHtml("".join(parts))

    def clear_result(self) -> None:
        self.result = None
        self.clear()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "doc":
            self.result_requested.emit(url.path())
