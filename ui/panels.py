"""The three side panels: who, where, and what is still open.

Each panel only shows an ``Analysis`` and emits a request when the reader
picks an entry; the window decides what to highlight.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
)

from briefing.model import Actor, Analysis, Mention, OpenQuestion, Place

_SPANS = Qt.ItemDataRole.UserRole + 1
_KEY = Qt.ItemDataRole.UserRole + 2  # the name the extractor gave, which curation refers to
_COPY = Qt.ItemDataRole.UserRole + 3  # the entry as plain text, for the clipboard
# Glyphs present in the DejaVu fonts, so no platform shows empty boxes.
_KIND_ICONS = {"person": "◉", "organisation": "▣", "state": "⚑", "city": "●", "country": "◼",
               "region": "◌", "site": "⌖"}


class AnalysisPanel(QTreeWidget):
    """A list of entries with their spans; picking one asks for them to be shown."""

    spans_requested = Signal(object)  # tuple[Mention, ...]
    #: (action, key): the reader asks to correct an entry; the window decides.
    correction_requested = Signal(str, str)
    columns: tuple[str, ...] = ()
    empty_text = "Nothing found."
    #: (action, menu label) offered on an entry's context menu
    entry_actions: tuple[tuple[str, str], ...] = (("hide", "Hide"),)
    restore_label = "Show Hidden Entries Again"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(len(self.columns))
        self.setHeaderLabels(list(self.columns))
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.itemSelectionChanged.connect(self._on_selection)
        self._placeholder(self.empty_text)

    def _placeholder(self, text: str) -> None:
        self.clear()
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(0, QColor("#888"))
        self.addTopLevelItem(item)

    def show_busy(self, text: str = "Analysing…") -> None:
        self._placeholder(text)

    def entry_count(self) -> int:
        return sum(1 for i in range(self.topLevelItemCount())
                   if self.topLevelItem(i).data(0, _SPANS) is not None)

    def _add(self, key: str, values: list[str], spans: tuple[Mention, ...], tooltip: str = "",
             copy_text: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(values)
        item.setData(0, _SPANS, spans)
        item.setData(0, _KEY, key)
        item.setData(0, _COPY, copy_text or key)
        if tooltip:
            for c in range(len(values)):
                item.setToolTip(c, tooltip)
        self.addTopLevelItem(item)
        return item

    def _on_selection(self) -> None:
        items = self.selectedItems()
        if items and items[0].data(0, _SPANS) is not None:
            self.spans_requested.emit(items[0].data(0, _SPANS))

    def copy_selection(self) -> str:
        """Put the selected entry on the clipboard as plain text; return it."""
        items = [i for i in self.selectedItems() if i.data(0, _COPY)]
        text = "\n".join(i.data(0, _COPY) for i in items)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        item = self.itemAt(event.pos())
        key = item.data(0, _KEY) if item is not None else None
        menu = QMenu(self)
        if key:
            self.setCurrentItem(item)
            menu.addAction("Copy", self.copy_selection)
            menu.addSeparator()
            for action, label in self.entry_actions:
                menu.addAction(label).setData((action, key))
            menu.addSeparator()
        menu.addAction(self.restore_label).setData(("restore", ""))
        chosen = menu.exec(event.globalPos())
        if chosen is not None and chosen.data():
            self.correction_requested.emit(*chosen.data())

    def key_of(self, row: int) -> str:
        return self.topLevelItem(row).data(0, _KEY) or ""

    def show_analysis(self, analysis: Analysis) -> None:
        self.clear()
        self._fill(analysis)
        if not self.entry_count():
            self._placeholder(self.empty_text)
        for c in range(self.columnCount() - 1):
            self.resizeColumnToContents(c)
            self.setColumnWidth(c, min(self.columnWidth(c), 190))

    def _fill(self, analysis: Analysis) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class ActorsPanel(AnalysisPanel):
    columns = ("Actor", "×", "Role", "Affiliation")
    empty_text = "No actors found."
    entry_actions = (("rename", "Rename or Merge…"), ("hide", "Hide"))

    def _fill(self, analysis: Analysis) -> None:
        for a in analysis.actors:
            self._add_actor(a)

    def _add_actor(self, a: Actor) -> None:
        tip = f"{a.name} ({a.kind})"
        if a.aliases:
            tip += "\nAlso: " + ", ".join(a.aliases)
        detail = ", ".join(x for x in (a.role, a.affiliation) if x)
        self._add(a.name, [f"{_KIND_ICONS.get(a.kind, '')} {a.name}", str(len(a.mentions)), a.role,
                           a.affiliation], a.mentions, tip, f"{a.name} ({a.kind})" + (f" — {detail}" if detail else ""))


class PlacesPanel(AnalysisPanel):
    columns = ("Place", "Kind", "Country")
    empty_text = "No places found."

    def _fill(self, analysis: Analysis) -> None:
        for p in analysis.places:
            self._add_place(p)

    def _add_place(self, p: Place) -> None:
        tip = p.name
        if p.latitude is not None and p.longitude is not None:
            tip += f"\n{p.latitude:.3f}, {p.longitude:.3f}"
        where = f", {p.country}" if p.country and p.country != p.name else ""
        self._add(p.name, [f"{_KIND_ICONS.get(p.kind, '')} {p.name}", p.kind, p.country], p.mentions, tip,
                  f"{p.name} ({p.kind}{where})")


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the view's current width
    (QTreeView alone sizes rows for one line and cuts the rest)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        view = self.parent()
        width = max(80, view.viewport().width() - view.indentation() - 12)
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, rect.height() + 8)


class QuestionsPanel(AnalysisPanel):
    columns = ("Open question",)
    empty_text = "The text leaves nothing flagged as unresolved."
    entry_actions = (("resolve", "Mark as Resolved"),)
    restore_label = "Reopen Resolved Questions"

    def __init__(self, parent=None):
        super().__init__(parent)
        # Questions are sentences: wrap them to the panel's width, never elide.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHeaderHidden(True)
        self.setItemDelegate(_WrappingDelegate(self))
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Row heights are cached; recompute them when the width changes.
        self.header().sectionResized.connect(self._relayout_rows)

    def _relayout_rows(self, *_: object) -> None:
        self.scheduleDelayedItemsLayout()

    def _fill(self, analysis: Analysis) -> None:
        for q in analysis.open_questions:
            self._add_question(q)

    def _add_question(self, q: OpenQuestion) -> None:
        tip = f"“{q.evidence}”"
        if q.condition:
            tip += f"\nCondition: {q.condition}"
        if q.actors:
            tip += "\nInvolves: " + ", ".join(q.actors)
        text = q.question + (f"\n    condition: {q.condition}" if q.condition else "")
        self._add(q.question, [text], (q.span,), tip, f"{q.question}\n{tip}")
