"""Laying the one-page brief out on a real page: a PDF file or a printer.

The document is laid out against the very device it will be printed on
(page size, margins, resolution), so ``pageCount()`` is exactly what
``print_()`` produces; detail is reduced level by level until it is one page.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from briefing.brief import DETAIL_LEVELS, compose_brief_html
from briefing.model import Analysis, Briefing

log = logging.getLogger(__name__)

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(16, 14, 16, 14)


def layout_brief(briefing: Briefing, analysis: Analysis, device: QPagedPaintDevice) -> QTextDocument:
    """A document of exactly one page on ``device`` (already configured)."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 10))
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(rect.size()))
    for detail in DETAIL_LEVELS:
        doc.setHtml(compose_brief_html(briefing, analysis, detail))
        if doc.pageCount() <= 1:
            return doc
        log.debug("brief at %s spans %d pages; trying less detail", detail, doc.pageCount())
    log.warning("brief still spans %d pages at the sparsest level", doc.pageCount())
    return doc


def write_brief_pdf(briefing: Briefing, analysis: Analysis, path: str | Path, paper: str = "a4") -> int:
    """Write the brief as a PDF; returns its page count (always 1)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(f"Brief: {briefing.title}")
    writer.setCreator("Briefing Reader")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    doc = layout_brief(briefing, analysis, writer)
    pages = doc.pageCount()
    doc.print_(writer)
    del writer  # finishes the file
    return pages


def print_brief(briefing: Briefing, analysis: Analysis, printer: QPrinter) -> int:
    """Send the brief to a printer the user chose; laid out against that printer's page."""
    printer.setDocName(f"Brief: {briefing.title}")
    doc = layout_brief(briefing, analysis, printer)
    doc.print_(printer)
    return doc.pageCount()
