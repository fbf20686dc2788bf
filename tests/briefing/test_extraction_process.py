"""The window's extractor runs in a child process; results match in-process ones."""

from __future__ import annotations

import os
import signal

from briefing.extract import extract
from briefing.extraction_process import ExtractionProcess, extractor_id
from briefing.load import load_briefing


def test_child_process_gives_the_same_analysis_and_survives_a_kill(sample_path):
    briefing = load_briefing(sample_path)
    here = extract(briefing)
    assert here.extractor == extractor_id()  # the library's cache key

    service = ExtractionProcess()
    try:
        there = service.extract(briefing)
        assert there == here
        (pid,) = service._pool._processes  # the one child
        os.kill(pid, signal.SIGKILL)
        again = service.extract(briefing)  # a new child takes over
        assert again == here
    finally:
        service.shutdown()
