"""Launch the real window on a fresh data folder and report, as JSON on stdout,
how long after process start the sample was shown and analysed.

With --bare it shows an empty QMainWindow instead: the baseline of what any
Qt window costs on this machine in the same run.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

T0 = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}
    # The UI thread's worst stall: the longest gap between ticks of a 5 ms
    # timer while the window starts, imports the sample and analyses it.
    ticks = {"last": 0.0, "worst": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        if ticks["last"]:
            ticks["worst"] = max(ticks["worst"], now - ticks["last"])
        ticks["last"] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)

    def mark(name: str, *_: object) -> None:
        marks.setdefault(name, (time.perf_counter() - T0) * 1000)

    if "--bare" in sys.argv:
        w = QMainWindow()
        w.show()
        QTimer.singleShot(0, lambda: (mark("shown"), app.quit()))
    else:
        from briefing.paths import DataDir
        from ui.context import AppContext
        from ui.main_window import MainWindow

        ctx = AppContext.open(DataDir(Path(tempfile.mkdtemp(prefix="bench-launch-"))))
        w = MainWindow(ctx)
        w.show()
        w.briefing_shown.connect(lambda *_: mark("shown"))
        w.briefing_shown.connect(lambda *_: ticker.start())
        w.analysis_shown.connect(lambda *_: (mark("analysed"), app.quit()))
        QTimer.singleShot(0, lambda: w.start([]))
    QTimer.singleShot(60000, app.quit)
    app.exec()
    marks["worst_stall"] = ticks["worst"] * 1000
    print(json.dumps(marks))


if __name__ == "__main__":
    main()
