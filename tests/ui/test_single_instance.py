"""A second start hands its files to the running window."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO
from ui.single_instance import InstanceServer, hand_over


def test_second_start_hands_files_to_the_running_window(qtbot, started, articles_dir, data_dir):
    server = InstanceServer(data_dir.root)
    server.files_received.connect(started.receive_files)
    path = sorted(articles_dir.glob("*.md"))[0]
    with qtbot.waitSignal(started.import_done, timeout=60000) as blocker:
        # A real second process, as the desktop would start it.
        proc = subprocess.Popen([sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir.root),
                                 str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
    assert proc.returncode == 0, proc.stderr
    assert len(blocker.args[0].added) == 1
    assert len(started.ctx.library) == 2
    server.server.close()


def test_no_running_window_means_no_hand_over(qapp, tmp_path):
    assert hand_over(tmp_path, ["/nonexistent.md"]) is False


def test_a_queued_import_runs_after_the_current_one(qtbot, started, articles_dir):
    files = sorted(articles_dir.glob("*.md"))
    with qtbot.waitSignal(started.import_done, timeout=60000):
        started.import_paths([str(files[0])])
        assert started.import_paths([str(files[1])]) is None  # queued, not refused
    qtbot.waitUntil(lambda: len(started.ctx.library) == 3, timeout=60000)
