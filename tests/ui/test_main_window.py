"""Whole-window scenarios, driven as a reader would."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdf
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ui.context import AppContext
from ui.main_window import MainWindow

SAMPLE_TITLE = "Zelensky Prepares for Crucial Talks with Putin in Turkey"


def test_first_start_shows_the_sample_with_three_filled_panels(started):
    w = started
    assert w.briefing.title == SAMPLE_TITLE
    assert SAMPLE_TITLE in w.article.toPlainText()
    assert w.article.toPlainText().count(SAMPLE_TITLE) == 1
    assert w.actors_panel.entry_count() >= 7
    assert w.places_panel.entry_count() >= 4
    assert w.questions_panel.entry_count() >= 1
    assert w.library_view.model().rowCount() == 1
    assert w.export_action.isEnabled() and w.print_action.isEnabled()
    w.grab().save(str(w.ctx.data_dir.root / "window.png"))


def test_picking_an_actor_highlights_its_mentions(started):
    w = started
    panel = w.actors_panel
    item = next(panel.topLevelItem(i) for i in range(panel.topLevelItemCount())
                if "Peskov" in panel.topLevelItem(i).text(0))
    panel.setCurrentItem(item)
    selections = w.article.extraSelections()
    assert selections
    assert all("Peskov" in s.cursor.selectedText() for s in selections)


def test_picking_a_question_selects_its_evidence_sentence(started):
    w = started
    panel = w.questions_panel
    panel.setCurrentItem(panel.topLevelItem(0))
    (selection,) = w.article.extraSelections()
    evidence = w.analysis.open_questions[0].evidence
    assert selection.cursor.selectedText() == evidence


def test_search_lists_the_sample_and_highlights_hits_in_the_article(qtbot, started):
    w = started
    with qtbot.waitSignal(w.search_done, timeout=10000) as blocker:
        w.search_box.setText("ceasefire")
    result = blocker.args[0]
    assert result.hits and result.hits[0].title == SAMPLE_TITLE
    assert re.search(r'<b class="match[^"]*">ceasefire</b>', result.hits[0].snippet)
    assert "ceasefire" in w.search_results.toPlainText()
    assert w.left_tabs.currentWidget() is w.search_results

    w.search_results.result_requested.emit(result.hits[0].doc_id)
    hits = [s.cursor.selectedText().lower() for s in w.article.extraSelections()]
    assert hits and all(h.startswith("ceasefire") for h in hits)


def test_search_with_no_hits_says_so(qtbot, started):
    with qtbot.waitSignal(started.search_done, timeout=10000) as blocker:
        started.search_box.setText("zzxqnonexistent")
    assert blocker.args[0].hits == ()
    assert "No briefing matches" in started.search_results.toPlainText()


def test_import_with_bad_files_reports_them_and_keeps_the_rest(qtbot, started, articles_dir, prompts):
    w = started
    articles = len(list(articles_dir.glob("*.md")))
    (articles_dir / "empty.md").write_text("")
    (articles_dir / "noise.txt").write_bytes(b"\x00\xff\xfe\x00" * 500)
    with qtbot.waitSignal(w.import_done, timeout=60000) as blocker:
        w.import_paths([str(articles_dir)])
    report = blocker.args[0]
    assert len(report.added) == articles
    assert len(report.failed) == 2
    assert prompts.errors and "empty.md" in prompts.errors[-1][1] and "noise.txt" in prompts.errors[-1][1]
    assert w.library_view.model().rowCount() == articles + 1
    assert not w.progress.isVisible()


def test_import_can_be_cancelled(qtbot, started, tmp_path, sample_path):
    w = started
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i}.txt").write_text(sample_path.read_text() + f"\nCopy {i}.\n")
    with qtbot.waitSignal(w.import_done, timeout=60000) as blocker:
        task = w.import_paths([str(folder)])
        assert w.cancel_button.isVisible() and w.progress.isVisible()
        qtbot.waitUntil(lambda: w.progress.value() > 0, timeout=20000)
        w.cancel_button.click()
    report = blocker.args[0]
    assert task.cancelled() and report.cancelled
    assert 0 < len(report.added) < 400
    assert len(w.ctx.library) == 1 + len(report.added)


def test_delete_removes_from_library_index_and_view(qtbot, started):
    w = started
    doc_id = w.current_id
    w.delete_current()
    assert doc_id not in w.ctx.library
    w.ctx.workers.wait()
    assert doc_id not in w.ctx.index.doc_ids()
    assert w.library_view.model().rowCount() == 0
    assert w.article.toPlainText() == ""
    assert not w.export_action.isEnabled()


def test_drop_files_onto_the_window_imports_them(qtbot, started, articles_dir):
    w = started
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted(articles_dir.glob("*.md"))[:2]])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(w.import_done, timeout=30000):
        w.dropEvent(event)
    assert len(w.ctx.library) == 3


def test_export_brief_writes_one_page_pdf(qtbot, started, tmp_path, prompts):
    w = started
    prompts.save_path = str(tmp_path / "brief from window.pdf")
    with qtbot.waitSignal(w.brief_exported, timeout=30000):
        w.choose_export()
    reader = pypdf.PdfReader(prompts.save_path)
    assert len(reader.pages) == 1
    assert SAMPLE_TITLE in re.sub(r"\s+", " ", reader.pages[0].extract_text())


def test_export_analysis_as_markdown_and_json(qtbot, started, tmp_path, prompts):
    """The analysis as shown, corrections included, saved for a colleague or a tool."""
    w = started
    hidden = next(a.name for a in reversed(w.analysis.actors) if a.kind == "person")
    w._correct_actor("hide", hidden)
    shown = w.analysis
    assert hidden not in [a.name for a in shown.actors]
    prompts.save_path = str(tmp_path / "analysis ü.md")
    with qtbot.waitSignal(w.brief_exported, timeout=30000):
        w.choose_analysis_export()
    md = Path(prompts.save_path).read_text(encoding="utf-8")
    assert md.startswith(f"# {SAMPLE_TITLE}")
    assert "## Who — actors" in md and "## Where — places" in md and "## Still open — questions" in md
    for a in shown.actors:
        assert f"**{a.name}**" in md
    assert f"**{hidden}**" not in md
    assert md.count("   - Evidence: “") == len(shown.open_questions) > 0
    assert "Analysis saved to" in w.status_label.text()

    out = tmp_path / "analysis.json"
    with qtbot.waitSignal(w.brief_exported, timeout=30000):
        w.export_analysis(str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["title"] == SAMPLE_TITLE
    assert [a["name"] for a in data["actors"]] == [a.name for a in shown.actors]
    assert [q["question"] for q in data["open_questions"]] == [q.question for q in shown.open_questions]

    with qtbot.waitSignal(w.task_failed, timeout=30000):
        w.export_analysis(str(tmp_path / "no such folder" / "a.md"))
    assert "cannot write" in w.status_label.text()


def test_panel_entries_copy_to_the_clipboard(qtbot, started):
    from PySide6.QtGui import QGuiApplication

    w = started
    panel = w.actors_panel
    panel.setCurrentItem(panel.topLevelItem(0))
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    first = w.analysis.actors[0]
    assert QGuiApplication.clipboard().text().startswith(f"{first.name} ({first.kind})")
    q = w.analysis.open_questions[0]
    w.questions_panel.setCurrentItem(w.questions_panel.topLevelItem(0))
    assert w.questions_panel.copy_selection().startswith(q.question)
    assert q.evidence in QGuiApplication.clipboard().text()


def test_files_on_the_command_line_are_imported_and_opened(qtbot, context, articles_dir):
    path = sorted(articles_dir.glob("*.md"))[3]
    w = MainWindow(context)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.analysis_shown, timeout=60000):
        w.start([str(path)])
    assert w.ctx.library.get(w.current_id).original_path == str(path.resolve())
    assert len(w.ctx.library) == 1  # no sample when the user brought a file


def test_restart_restores_library_and_last_briefing(qtbot, started, data_dir, prompts, articles_dir):
    w = started
    with qtbot.waitSignal(w.import_done, timeout=60000):
        w.import_paths([str(sorted(articles_dir.glob("*.md"))[0])], open_first=True)
    qtbot.waitUntil(lambda: w.briefing is not None and w.briefing.path.endswith(".md"), timeout=30000)
    last = w.current_id
    w.close()
    w.ctx.workers.wait()

    again = MainWindow(AppContext.open(data_dir, prompts))
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.briefing_shown, timeout=60000):
        again.start([])
    assert again.current_id == last
    assert again.library_view.model().rowCount() == 2
    again.ctx.workers.wait()


def test_paper_size_choice_is_kept_and_used(qtbot, started, tmp_path, prompts):
    w = started
    letter = next(a for a in w.paper_group.actions() if a.data() == "letter")
    letter.trigger()
    assert w.ctx.settings.value("brief/paper") == "letter"
    prompts.save_path = str(tmp_path / "letter.pdf")
    with qtbot.waitSignal(w.brief_exported, timeout=30000):
        w.choose_export()
    box = pypdf.PdfReader(prompts.save_path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_reader_corrections_are_shown_kept_and_used_by_the_brief(qtbot, started, prompts, data_dir, tmp_path):
    w = started
    panel = w.actors_panel
    first = panel.key_of(0)
    second = panel.key_of(1)
    prompts.text_answer = first  # rename the second actor to the first: a merge
    panel.correction_requested.emit("rename", second)
    assert second not in [a.name for a in w.analysis.actors]
    merged = next(a for a in w.analysis.actors if a.name == first)
    assert second in merged.aliases
    question = w.questions_panel.key_of(0)
    w.questions_panel.correction_requested.emit("resolve", question)
    assert question not in [q.question for q in w.analysis.open_questions]
    assert w.questions_panel.entry_count() == len(w.analysis.open_questions)

    prompts.save_path = str(tmp_path / "curated.pdf")
    with qtbot.waitSignal(w.brief_exported, timeout=30000):
        w.choose_export()
    text = re.sub(r"\s+", " ", pypdf.PdfReader(prompts.save_path).pages[0].extract_text())
    assert question not in text
    w.ctx.workers.wait()
    stored = w.ctx.library.curation(w.current_id)
    assert stored.renamed_actors == {second: first} and stored.resolved_questions == {question}

    w.questions_panel.correction_requested.emit("restore", "")
    assert question in [q.question for q in w.analysis.open_questions]


class _BrokenExtractor:
    """Stands in for an analysis process that fails, to see the window report it."""

    def warm_up(self):
        pass

    def extract(self, briefing):
        raise RuntimeError("the analysis process ran out of memory")


def test_a_failed_analysis_is_reported_in_the_panels(qtbot, context):
    context.extractor = _BrokenExtractor()
    w = MainWindow(context)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.task_failed, timeout=60000):
        w.start([])
    qtbot.waitUntil(lambda: "Analysis failed" in w.actors_panel.topLevelItem(0).text(0), timeout=10000)
    assert "out of memory" in w.questions_panel.topLevelItem(0).text(0)
    qtbot.waitUntil(lambda: w.briefing is not None, timeout=10000)  # the article itself still opens


def test_switching_quickly_shows_the_last_briefing_asked_for(qtbot, started, articles_dir):
    w = started
    with qtbot.waitSignal(w.import_done, timeout=60000):
        w.import_paths([str(p) for p in sorted(articles_dir.glob("*.md"))[:3]])
    ids = [e.doc_id for e in w.ctx.library.entries() if e.doc_id != w.current_id][:3]
    with qtbot.waitSignal(w.analysis_shown, timeout=60000, check_params_cb=lambda d: d == ids[-1]):
        for doc_id in ids:  # the reader clicks down the list faster than it loads
            w.open_briefing(doc_id)
    w.ctx.workers.wait()
    qtbot.wait(50)  # let any late answers for the earlier clicks arrive
    last = w.ctx.library.get(ids[-1])
    assert w.current_id == ids[-1]
    assert w.briefing.title == last.title
    assert w.article.toPlainText().startswith(last.title)
