"""Starting the window: the Qt application, the crash handler, the services."""

from __future__ import annotations

import logging
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


def run_gui(data_dir: DataDir, files: list[str], qt_args: list[str], debug: bool = False) -> int:
    app = QApplication(qt_args)
    app.setApplicationName("Briefing Reader")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("BriefingReader")
    icon = resource_path("icons", "briefing-reader.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_crash_handler(show_dialog=app.platformName() not in ("offscreen", "minimal"))

    from ui.single_instance import InstanceServer, hand_over

    if hand_over(data_dir.root, files):
        log.info("handed %d file(s) to the window already running", len(files))
        return 0
    server = InstanceServer(data_dir.root, app)

    context = AppContext.open(data_dir)
    window = MainWindow(context)
    context.prompts = Prompts(window)
    server.files_received.connect(window.receive_files)
    window.show()
    # Start work only once the event loop runs, so the window paints first.
    QTimer.singleShot(0, lambda: window.start(files))
    log.info("Briefing Reader %s started with data in %s", __version__, data_dir.root)
    return app.exec()
