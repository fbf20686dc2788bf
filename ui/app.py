"""Starting the window: the Qt application, the crash handler, the services."""

from __future__ import annotations

import logging
import signal
import sys
import traceback

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing import __version__
from briefing.paths import DataDir, resource_path
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.prompts import Prompts

log = logging.getLogger(__name__)


def install_crash_handler(show_dialog: bool) -> None:
    """Log any uncaught exception and tell the user, instead of vanishing."""

    def handler(exc_type, exc, tb) -> None:
        sys.excepthook = sys.__excepthook__  # a failure in here must not recurse
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("uncaught exception:\n%s", text)
        if show_dialog and QApplication.instance() is not None:
            box = QMessageBox(QMessageBox.Icon.Critical, "Briefing Reader — unexpected error",
                              f"Something went wrong: {exc}\n\nYour library is safe. Details are in the log.")
            box.setDetailedText(text)
            box.exec()
        sys.excepthook = handler

    sys.excepthook = handler


def _quit_on_terminate(app: QApplication) -> None:
    """A logout or `kill` ends the app as Quit would: settings saved, the
    analysis process stopped.  Python only sees signals when it runs, so a
    slow timer gives it the chance while Qt's loop waits."""
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    tick = QTimer(app)
    tick.timeout.connect(_noop)
    tick.start(500)


def _noop() -> None:
    pass


def run_gui(data_dir: DataDir, files: list[str], qt_args: list[str], debug: bool = False) -> int:
    app = QApplication(qt_args)
    app.setApplicationName("Briefing Reader")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("BriefingReader")
    app.setDesktopFileName("briefing-reader")  # matches the .desktop entry: taskbar icon, Wayland
    icon = resource_path("icons", "briefing-reader.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_crash_handler(show_dialog=app.platformName() not in ("offscreen", "minimal"))

    from ui.single_instance import InstanceServer, hand_over

    if hand_over(data_dir.root, files):
        log.info("handed %d file(s) to the window already running", len(files))
        return 0
    server = InstanceServer(data_dir.root, app)
    _quit_on_terminate(app)

    context = AppContext.open(data_dir)
    window = MainWindow(context)
    context.prompts = Prompts(window)
    server.files_received.connect(window.receive_files)
    app.aboutToQuit.connect(context.extractor.shutdown)
    window.show()
    # Start work only once the event loop runs, so the window paints first.
    QTimer.singleShot(0, lambda: window.start(files))
    log.info("Briefing Reader %s started with data in %s", __version__, data_dir.root)
    return app.exec()
