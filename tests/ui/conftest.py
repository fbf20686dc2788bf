from __future__ import annotations

import pytest

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.prompts import Prompts


class RecordingPrompts(Prompts):
    """Answers every question without a dialog and remembers what was asked."""

    def __init__(self):
        super().__init__(None)
        self.errors: list[tuple[str, str]] = []
        self.confirm_answer = True
        self.files: list[str] = []
        self.save_path = ""
        self.text_answer: str | None = None

    def error(self, title, text):
        self.errors.append((title, text))

    def confirm(self, title, text):
        return self.confirm_answer

    def open_files(self, title, filters):
        return self.files

    def open_folder(self, title):
        return self.files[0] if self.files else ""

    def save_file(self, title, suggested, filters):
        return self.save_path

    def ask_text(self, title, label, text=""):
        return self.text_answer


@pytest.fixture
def prompts():
    return RecordingPrompts()


@pytest.fixture
def context(data_dir, prompts):
    ctx = AppContext.open(data_dir, prompts)
    yield ctx
    ctx.workers.cancel_all()
    ctx.workers.wait()


@pytest.fixture
def window(qtbot, context):
    w = MainWindow(context)
    qtbot.addWidget(w)
    w.show()
    yield w
    context.workers.wait()


@pytest.fixture
def started(qtbot, window):
    """The window after its first start: the sample imported, shown and analysed."""
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.start([])
    return window
