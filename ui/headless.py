"""Qt for commands that draw without a window (the brief PDF)."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one that needs no screen."""
    app = QGuiApplication.instance()
    if app is None:
        if not any(os.environ.get(v) for v in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
            # Qt aborts the process when it finds no screen; a PDF needs none.
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["briefing-reader"])
    return app
