"""The library list: every stored briefing, sortable by any column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from briefing.library import Entry

_COLUMNS = ("Title", "Date", "Source", "Imported", "Original path")
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _row(e: Entry) -> tuple[str, ...]:
    return (e.title, e.date, e.source, e.imported.replace("T", " ")[:16], e.original_path)


class LibraryModel(QAbstractTableModel):
    """Sorts itself in Python: a proxy model would call ``data()`` across the
    Python boundary n·log n times, hundreds of milliseconds for a big library."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._rows: list[tuple[str, ...]] = []
        self._sort = (3, Qt.SortOrder.DescendingOrder)

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._apply_sort()
        self.endResetModel()

    def _apply_sort(self) -> None:
        column, order = self._sort
        pairs = sorted(zip(self._entries, map(_row, self._entries)), key=lambda p: p[1][column].casefold(),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._entries = [e for e, _ in pairs]
        self._rows = [r for _, r in pairs]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == _ID_ROLE:
            return self._entries[index.row()].doc_id
        return None

    def row_of(self, doc_id: str) -> int:
        return next((i for i, e in enumerate(self._entries) if e.doc_id == doc_id), -1)


class LibraryView(QTableView):
    open_requested = Signal(str)
    delete_requested = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model_ = LibraryModel(self)
        self.setModel(self.model_)
        self.setSortingEnabled(True)
        self.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        # Size columns from a sample of rows: measuring thousands would stall the UI.
        self.horizontalHeader().setResizeContentsPrecision(100)
        self.activated.connect(self._on_activated)
        self.clicked.connect(self._on_activated)

        self.delete_action = QAction("Delete from Library", self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._on_delete)
        self.addAction(self.delete_action)

    def set_entries(self, entries: list[Entry]) -> None:
        self.model_.set_entries(entries)
        for c in (1, 2, 3):
            self.resizeColumnToContents(c)
        # The title is what the reader scans for: give it most of the width.
        self.setColumnWidth(0, max(200, self.viewport().width() - 40))

    def select(self, doc_id: str) -> None:
        row = self.model_.row_of(doc_id)
        if row < 0:
            return
        self.selectRow(row)
        self.scrollTo(self.model_.index(row, 0))

    def selected_ids(self) -> list[str]:
        return [self.model_.data(i, _ID_ROLE) for i in self.selectionModel().selectedRows()]

    def _on_activated(self, index: QModelIndex) -> None:
        doc_id = self.model_.data(self.model_.index(index.row(), 0), _ID_ROLE)
        if doc_id:
            self.open_requested.emit(doc_id)

    def _on_delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.addAction(self.delete_action)
        menu.exec(event.globalPos())
