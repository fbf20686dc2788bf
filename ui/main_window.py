"""The main window: library and search on the left, the article in the
middle, who / where / what-is-open on the right.

This is the one place that connects the widgets: children emit requests,
the window decides, and slow work goes to the pools in ``context.workers``.
"""

from __future__ import annotations

import json
import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing import __version__
from briefing.curation import Curation
from briefing.export import analysis_json, analysis_markdown
from briefing.library import write_atomically
from briefing.load import SUPPORTED_SUFFIXES
from briefing.model import Analysis, Briefing, BriefingError, ImportReport, Mention
from briefing.paths import SAMPLE_BRIEFING, resource_path
from index import SearchResult, match_spans
from ui import jobs
from ui.article_view import ArticleView
from ui.brief_render import print_brief, write_brief_pdf
from ui.context import AppContext
from ui.library_view import LibraryView
from ui.panels import ActorsPanel, PlacesPanel, QuestionsPanel
from ui.search_view import SearchResultsView
from ui.workers import Task

log = logging.getLogger(__name__)

LAYOUT_VERSION = 1
_FILE_FILTER = "Briefings ({});;All files (*)".format(" ".join(f"*{s}" for s in SUPPORTED_SUFFIXES))


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 0)
    label = QLabel(f"<b>{title}</b>")
    layout.addWidget(label)
    layout.addWidget(widget)
    return box


class MainWindow(QMainWindow):
    briefing_shown = Signal(str)
    analysis_shown = Signal(str)
    search_done = Signal(object)
    import_done = Signal(object)
    brief_exported = Signal(str)
    task_failed = Signal(str)

    def __init__(self, context: AppContext):
        super().__init__()
        self.ctx = context
        self.current_id: str | None = None
        self.briefing: Briefing | None = None
        self.analysis: Analysis | None = None  # as shown: the extraction with the reader's curation
        self.extracted: Analysis | None = None
        self.curation = Curation()
        self.last_import_report: ImportReport | None = None
        self._pending_terms: tuple[str, ...] = ()
        self._import_task: Task | None = None
        self._queued_imports: list[tuple[list[str], bool]] = []

        self.setWindowTitle("Briefing Reader")
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect_signals()
        self._restore_layout()

    # -- construction ------------------------------------------------------
    def _build_widgets(self) -> None:
        self.article = ArticleView()
        self.setCentralWidget(self.article)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search the library…  (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_results = SearchResultsView()
        self.library_view = LibraryView()
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(self.library_view, "Library")
        self.left_tabs.addTab(self.search_results, "Search results")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.left_tabs)
        self.library_dock = QDockWidget("Library", self)
        self.library_dock.setObjectName("library_dock")
        self.library_dock.setWidget(left)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)

        self.actors_panel = ActorsPanel()
        self.places_panel = PlacesPanel()
        self.questions_panel = QuestionsPanel()
        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.addWidget(_titled("Who — actors", self.actors_panel))
        self.side_splitter.addWidget(_titled("Where — places", self.places_panel))
        self.side_splitter.addWidget(_titled("Still open — questions", self.questions_panel))
        self.side_splitter.setSizes([340, 200, 300])
        self.analysis_dock = QDockWidget("Analysis", self)
        self.analysis_dock.setObjectName("analysis_dock")
        self.analysis_dock.setWidget(self.side_splitter)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.analysis_dock)
        self.resizeDocks([self.library_dock, self.analysis_dock], [330, 430], Qt.Orientation.Horizontal)

        self.status_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.open_action = self._action("&Open…", self.choose_files, K.Open, "Import briefing files and open them")
        self.import_folder_action = self._action("Import &Folder…", self.choose_folder, "Ctrl+Shift+O",
                                                 "Import every supported file in a folder and below")
        self.print_action = self._action("&Print Brief…", self.print_brief, K.Print,
                                         "Print a one-page brief of this briefing")
        self.preview_action = self._action("Print Pre&view…", self.preview_brief, "Ctrl+Shift+P")
        self.export_action = self._action("&Export Brief as PDF…", self.choose_export, "Ctrl+E",
                                          "Save the one-page brief as a PDF")
        self.export_analysis_action = self._action(
            "Export &Analysis…", self.choose_analysis_export, "Ctrl+Shift+E",
            "Save actors, places and open questions as Markdown or JSON")
        self.delete_action = self._action("&Delete from Library", self.delete_current, None,
                                          "Remove this briefing from the library and the index")
        self.quit_action = self._action("&Quit", self.close, K.Quit)
        self.find_action = self._action("&Find in Library", self.focus_search, K.Find)
        self.about_action = self._action("&About Briefing Reader", self.show_about)
        for a in (self.print_action, self.preview_action, self.export_action, self.export_analysis_action,
                  self.delete_action):
            a.setEnabled(False)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        for a in (self.open_action, self.import_folder_action, None, self.print_action, self.preview_action,
                  self.export_action, self.export_analysis_action):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        paper_menu = file_menu.addMenu("Brief &Paper Size")
        self.paper_group = QActionGroup(self)
        current = str(self.ctx.settings.value("brief/paper", "a4"))
        for key, label in (("a4", "A4"), ("letter", "US Letter")):
            action = paper_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            self.paper_group.addAction(action)
        self.paper_group.triggered.connect(self._on_paper_chosen)
        for a in (None, self.delete_action, None, self.quit_action):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.find_action)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.library_dock.toggleViewAction())
        view_menu.addAction(self.analysis_dock.toggleViewAction())
        self.menuBar().addMenu("&Help").addAction(self.about_action)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.open_action, self.import_folder_action, self.print_action, self.export_action):
            toolbar.addAction(a)

    # Connect Signals
    def _connect_signals(self) -> None:
        self.library_view.open_requested.connect(self.open_briefing)
        self.library_view.delete_requested.connect(self.delete_briefings)
        self.search_results.result_requested.connect(self.open_search_result)
        self.search_box.textChanged.connect(self._on_search_text)
        self.search_box.returnPressed.connect(self.run_search)
        self._search_timer.timeout.connect(self.run_search)
        self.actors_panel.spans_requested.connect(self._show_mentions)
        self.places_panel.spans_requested.connect(self._show_mentions)
        self.questions_panel.spans_requested.connect(self._show_question)
        self.actors_panel.correction_requested.connect(self._correct_actor)
        self.places_panel.correction_requested.connect(self._correct_place)
        self.questions_panel.correction_requested.connect(self._correct_question)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.article.anchorClicked.connect(self._open_link)

    # -- start -------------------------------------------------------------
    def start(self, files: list[str]) -> None:
        """Called once the event loop runs: everything slow goes to workers."""
        self.refresh_library()
        self._run(self.ctx.workers.write, jobs.reconcile, self.ctx.library, self.ctx.index)
        self.status_label.setText("Loading the language model…")
        self._run(self.ctx.workers.read, jobs.warm_up, self.ctx.extractor, on_done=self._on_model_ready)
        if files:
            self.import_paths(files, open_first=True)
        elif len(self.ctx.library) == 0:
            self.import_paths([str(resource_path(*SAMPLE_BRIEFING))], open_first=True, quiet=True)
        else:
            last = self.ctx.settings.value("session/last_opened", "")
            entries = self.ctx.library.entries()
            self.open_briefing(last if last in self.ctx.library else entries[-1].doc_id)

    def _run(self, start, fn, *args, on_done=None, on_progress=None, on_failed=None) -> Task:
        """Hand ``fn`` to a pool (``start``); the pool keeps the task alive until it ends."""
        task = Task(fn, *args)
        if on_done is not None:
            task.signals.finished.connect(on_done)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        if on_failed is not None:
            task.signals.failed.connect(on_failed)
        task.signals.failed.connect(self._on_task_failed)
        return start(task)

    def _on_task_failed(self, message: str) -> None:
        self.status_label.setText(f"Failed: {message}")
        self.task_failed.emit(message)

    # -- library -----------------------------------------------------------
    def refresh_library(self) -> None:
        self.library_view.set_entries(self.ctx.library.entries())
        self.library_dock.setWindowTitle(f"Library ({len(self.ctx.library)})")

    def open_briefing(self, doc_id: str, terms: tuple[str, ...] = ()) -> None:
        if doc_id not in self.ctx.library:
            return
        self._pending_terms = terms
        if doc_id == self.current_id and self.briefing is not None:
            self._apply_search_terms()
            return
        self.current_id = doc_id
        self.briefing = self.analysis = self.extracted = None
        self.library_view.select(doc_id)
        for panel in (self.actors_panel, self.places_panel, self.questions_panel):
            panel.show_busy()
        self.status_label.setText("Opening…")
        self._run(self.ctx.workers.read, jobs.load_only, self.ctx.library, doc_id,
                  on_done=self._on_loaded, on_failed=self._on_load_failed)
        self._run(self.ctx.workers.read, jobs.analyse, self.ctx.library, self.ctx.index, self.ctx.extractor,
                  doc_id, on_done=self._on_analysed, on_failed=self._on_analysis_failed)

    def _on_model_ready(self, _result: object) -> None:
        if self.status_label.text().startswith("Loading the language model"):
            self.status_label.setText("Ready")

    def _on_load_failed(self, message: str) -> None:
        self.article.show_briefing(None)
        self.article.setPlainText(f"This briefing could not be opened: {message}")

    def _on_analysis_failed(self, message: str) -> None:
        for panel in (self.actors_panel, self.places_panel, self.questions_panel):
            panel.show_busy(f"Analysis failed: {message}")

    def _on_loaded(self, loaded: tuple[str, Briefing]) -> None:
        entry_id, briefing = loaded
        if entry_id != self.current_id or self.briefing is not None:
            return  # the reader moved on meanwhile, or the analysis brought it first
        self.briefing = briefing
        self.article.show_briefing(briefing)
        self.setWindowTitle(f"{briefing.title} — Briefing Reader")
        self.status_label.setText(f"{briefing.word_count()} words · {briefing.source or briefing.path}")
        for a in (self.print_action, self.preview_action, self.export_action, self.export_analysis_action,
                  self.delete_action):
            a.setEnabled(True)
        self.ctx.settings.setValue("session/last_opened", entry_id)
        self._apply_search_terms()
        self.briefing_shown.emit(entry_id)

    def _on_analysed(self, opened: jobs.Opened) -> None:
        if opened.doc_id != self.current_id:
            return
        if self.briefing is None:  # analysis can beat the plain load; show both now
            self._on_loaded((opened.doc_id, opened.briefing))
        self.extracted = opened.analysis
        self.curation = opened.curation
        self._show_analysis()
        self.analysis_shown.emit(opened.doc_id)

    def _show_analysis(self) -> None:
        analysis = self.analysis = self.curation.apply(self.extracted)
        self.actors_panel.show_analysis(analysis)
        self.places_panel.show_analysis(analysis)
        self.questions_panel.show_analysis(analysis)
        self.analysis_dock.setWindowTitle(
            f"Analysis — {len(analysis.actors)} actors, {len(analysis.places)} places, "
            f"{len(analysis.open_questions)} open questions")

    # -- the reader's corrections -------------------------------------------
    def _correct_actor(self, action: str, name: str) -> None:
        if self.extracted is None:
            return
        if action == "rename":
            new = self.ctx.prompts.ask_text(
                "Rename or Merge", "New name (the name of another actor merges the two):", name)
            if new is None or not new.strip() or new.strip() == name:
                return
            self.curation.rename_actor(self.extracted, name, new)
        elif action == "hide":
            self.curation.hide_actor(self.extracted, name)
        elif action == "restore":
            self.curation.restore_actors()
        self._curation_changed()

    def _correct_place(self, action: str, name: str) -> None:
        if action == "hide":
            self.curation.hidden_places.add(name)
        elif action == "restore":
            self.curation.hidden_places.clear()
        self._curation_changed()

    def _correct_question(self, action: str, question: str) -> None:
        if action == "resolve":
            self.curation.resolved_questions.add(question)
        elif action == "restore":
            self.curation.resolved_questions.clear()
        self._curation_changed()

    def _curation_changed(self) -> None:
        if self.current_id is None or self.extracted is None:
            return
        self._show_analysis()
        snapshot = Curation.from_json(self.curation.to_json())  # the worker gets its own copy
        self._run(self.ctx.workers.write, jobs.store_curation, self.ctx.library, self.current_id, snapshot)

    def _apply_search_terms(self) -> None:
        if self.briefing is not None and self._pending_terms:
            spans = match_spans(self.briefing.text, self._pending_terms)
            self.article.highlight_search(spans)
            self.status_label.setText(f"{len(spans)} match(es) highlighted · Esc clears")

    def _show_mentions(self, mentions: tuple[Mention, ...]) -> None:
        self.article.highlight_mentions(mentions)

    def _show_question(self, spans: tuple[Mention, ...]) -> None:
        if spans:
            self.article.focus_span(spans[0])

    def delete_current(self) -> None:
        if self.current_id:
            self.delete_briefings([self.current_id])

    def delete_briefings(self, ids: list[str]) -> None:
        titles = [self.ctx.library.get(i).title for i in ids if i in self.ctx.library]
        if not titles:
            return
        text = (f"Remove “{titles[0]}” from the library?" if len(titles) == 1
                else f"Remove {len(titles)} briefings from the library?")
        if not self.ctx.prompts.confirm("Delete from Library", text + "\nThe original files are not touched."):
            return
        for doc_id in ids:
            self.ctx.library.delete(doc_id)
        self._run(self.ctx.workers.write, self._delete_from_index, list(ids))
        if self.current_id in ids:
            self.current_id, self.briefing, self.analysis, self.extracted = None, None, None, None
            self.article.show_briefing(None)
            for panel in (self.actors_panel, self.places_panel, self.questions_panel):
                panel.show_analysis(Analysis())
            for a in (self.print_action, self.preview_action, self.export_action, self.delete_action):
                a.setEnabled(False)
            self.setWindowTitle("Briefing Reader")
        self.refresh_library()

    def _delete_from_index(self, task: Task, ids: list[str]) -> None:
        self.ctx.index.delete(ids)

    # -- importing ---------------------------------------------------------
    def choose_files(self) -> None:
        files = self.ctx.prompts.open_files("Open Briefings", _FILE_FILTER)
        if files:
            self.import_paths(files, open_first=True)

    def choose_folder(self) -> None:
        folder = self.ctx.prompts.open_folder("Import Folder")
        if folder:
            self.import_paths([folder], open_first=False)

    def receive_files(self, files: list[str]) -> None:
        """Files from another start of the app (the desktop's "Open With")."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
        if files:
            self.import_paths(files, open_first=True)

    def import_paths(self, paths: list[str], open_first: bool = False, quiet: bool = False) -> Task | None:
        if self._import_task is not None:
            # One import at a time (one index writer); the next waits its turn.
            self._queued_imports.append((list(paths), open_first))
            self.status_label.setText("Another import is running; these files are next.")
            return None
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status_label.setText("Importing…")
        self._import_open_first = open_first
        self._import_quiet = quiet
        self._import_task = self._run(self.ctx.workers.write, jobs.import_files, self.ctx.library,
                                      self.ctx.index, list(paths), on_done=self._on_imported,
                                      on_progress=self._on_import_progress)
        self._import_task.signals.failed.connect(self._on_import_failed)
        return self._import_task

    def _on_import_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status_label.setText(f"Importing {done}/{total}: {Path(what).name}")

    def cancel_import(self) -> None:
        if self._import_task is not None:
            self._import_task.cancel()
            self.status_label.setText("Cancelling import…")

    def _end_import(self) -> None:
        self._import_task = None
        self.progress.hide()
        self.cancel_button.hide()
        if self._queued_imports:
            paths, open_first = self._queued_imports.pop(0)
            QTimer.singleShot(0, partial(self.import_paths, paths, open_first))

    def _on_import_failed(self, message: str) -> None:
        self._end_import()
        self.ctx.prompts.error("Import failed", message)

    def _on_imported(self, report: ImportReport) -> None:
        self._end_import()
        self.last_import_report = report
        self.refresh_library()
        self.status_label.setText(f"Import: {report.summary()}")
        if report.failed and not self._import_quiet:
            lines = "\n".join(f"• {Path(p).name}: {reason}" for p, reason in report.failed[:40])
            more = f"\n… and {len(report.failed) - 40} more" if len(report.failed) > 40 else ""
            self.ctx.prompts.error("Import report", f"{report.summary()}.\n\n{lines}{more}")
        if self._import_open_first and report.ids:
            self.open_briefing(report.ids[0])
        self.import_done.emit(report)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths, open_first=len(paths) == 1)

    # -- searching ---------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _on_search_text(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.search_results.clear_result()
            self.article.highlight_search([])

    def run_search(self) -> None:
        query = self.search_box.text().strip()
        if query:
            self._run(self.ctx.workers.read, jobs.search, self.ctx.index, query, on_done=self._on_searched)

    def _on_searched(self, result: SearchResult) -> None:
        if result.query != self.search_box.text().strip():
            return  # an older query answered late
        self.search_results.show_result(result)
        self.left_tabs.setCurrentWidget(self.search_results)
        self.search_done.emit(result)

    def open_search_result(self, doc_id: str) -> None:
        terms = self.search_results.result.terms if self.search_results.result else ()
        self.open_briefing(doc_id, terms)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    # -- the brief ---------------------------------------------------------
    def _brief_ready(self) -> bool:
        if self.briefing is None or self.analysis is None:
            self.status_label.setText("The analysis is still running; try again in a moment.")
            return False
        return True

    def _on_paper_chosen(self, action: QAction) -> None:
        self.ctx.settings.setValue("brief/paper", action.data())

    def choose_export(self) -> None:
        if not self._brief_ready():
            return
        suggested = str(Path.home() / f"Brief - {self.briefing.title[:60]}.pdf".replace("/", "-"))
        path = self.ctx.prompts.save_file("Export Brief as PDF", suggested, "PDF (*.pdf)")
        if path:
            self.export_brief(path)

    def export_brief(self, path: str, paper: str | None = None) -> Task | None:
        if not self._brief_ready():
            return None
        paper = paper or str(self.ctx.settings.value("brief/paper", "a4"))
        self.status_label.setText("Writing the brief…")
        return self._run(self.ctx.workers.read, self._write_pdf, self.briefing, self.analysis, path, paper,
                         on_done=self._on_exported)

    @staticmethod
    def _write_pdf(task: Task, briefing: Briefing, analysis: Analysis, path: str, paper: str) -> str:
        write_brief_pdf(briefing, analysis, path, paper=paper)
        return path

    def _on_exported(self, path: str) -> None:
        what = "Brief" if path.lower().endswith(".pdf") else "Analysis"
        self.status_label.setText(f"{what} saved to {path}")
        self.brief_exported.emit(path)

    def choose_analysis_export(self) -> None:
        if not self._brief_ready():
            return
        suggested = str(Path.home() / f"Analysis - {self.briefing.title[:60]}.md".replace("/", "-"))
        path = self.ctx.prompts.save_file("Export Analysis", suggested, "Markdown (*.md);;JSON (*.json)")
        if path:
            self.export_analysis(path)

    def export_analysis(self, path: str) -> Task | None:
        """Save the analysis as shown (the reader's corrections included):
        JSON when the name ends in .json, else Markdown."""
        if not self._brief_ready():
            return None
        return self._run(self.ctx.workers.read, self._write_analysis, self.briefing, self.analysis, path,
                         on_done=self._on_exported)

    @staticmethod
    def _write_analysis(task: Task, briefing: Briefing, analysis: Analysis, path: str) -> str:
        if path.lower().endswith(".json"):
            data = json.dumps(analysis_json(briefing, analysis), ensure_ascii=False, indent=2) + "\n"
        else:
            data = analysis_markdown(briefing, analysis)
        try:
            write_atomically(Path(path), data.encode("utf-8"))
        except OSError as exc:
            raise BriefingError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return path

    def print_brief(self) -> None:
        if not self._brief_ready():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print Brief")
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_brief(self.briefing, self.analysis, printer)
            self.status_label.setText(f"Brief sent to {printer.printerName() or 'the printer'}")

    def preview_brief(self) -> None:
        if not self._brief_ready():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle("Brief — Print Preview")
        preview.paintRequested.connect(self._paint_preview)
        preview.exec()

    def _paint_preview(self, printer: QPrinter) -> None:
        print_brief(self.briefing, self.analysis, printer)

    # -- misc ----------------------------------------------------------------
    def show_about(self) -> None:
        QMessageBox.about(self, "About Briefing Reader",
                          f"<b>Briefing Reader</b> {__version__}<br>Read briefings with who, where and what is "
                          "still open beside them; search the library; print a one-page brief.<br>"
                          f"Data folder: {self.ctx.data_dir.root}")

    def _restore_layout(self) -> None:
        s = self.ctx.settings
        if int(s.value("window/layout_version", 0)) != LAYOUT_VERSION:
            return
        try:
            geometry = s.value("window/geometry")
            state = s.value("window/state")
            if isinstance(geometry, QByteArray):
                self.restoreGeometry(geometry)
            if isinstance(state, QByteArray):
                self.restoreState(state, LAYOUT_VERSION)
        except Exception:  # a damaged layout falls back to the default one
            log.warning("saved window layout ignored", exc_info=True)

    def closeEvent(self, event) -> None:  # noqa: N802
        s = self.ctx.settings
        s.setValue("window/layout_version", LAYOUT_VERSION)
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(LAYOUT_VERSION))
        s.sync()
        self.ctx.workers.cancel_all()
        self.ctx.workers.wait()
        super().closeEvent(event)
