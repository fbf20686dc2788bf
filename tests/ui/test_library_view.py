"""The library list shows title, date, source, import time and original path, sortable by each."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.library import Entry
from ui.library_view import LibraryView


def _entry(i: int, title: str, date: str, source: str) -> Entry:
    return Entry(f"id{i}", title, date, source, f"2026-11-2{i}T10:00:00+00:00", f"/docs/{title}.md",
                 "original.md", "markdown", 100)


def test_every_column_sorts_both_ways(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_entries([_entry(1, "beta", "2020-05-01", "Wikinews"), _entry(2, "Alpha", "2019-01-01", "State"),
                      _entry(3, "gamma", "2021-02-03", "agency")])
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Title", "Date", "Source", "Imported", "Original path"]

    def column(c: int) -> list[str]:
        return [model.data(model.index(r, c)) for r in range(model.rowCount())]

    assert column(0) == ["gamma", "Alpha", "beta"]  # newest import first by default
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column(0) == ["Alpha", "beta", "gamma"]  # case does not split the order
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert column(1) == ["2021-02-03", "2020-05-01", "2019-01-01"]
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert column(2) == ["agency", "State", "Wikinews"]
    view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert column(4) == ["/docs/Alpha.md", "/docs/beta.md", "/docs/gamma.md"]
    view.select("id1")
    assert view.selected_ids() == ["id1"]
