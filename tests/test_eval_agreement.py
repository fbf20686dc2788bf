"""The agreement measure between two annotations, run as a separate process
on real annotated articles: identical readings agree fully, and every change
to the second reading shows in the panel it touches."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from tests.conftest import REPO

GOLD = REPO / "eval" / "gold"
STEM = "15-germany-bans-mahan-air"


def agreement(second_dir) -> dict:
    out = subprocess.run(
        [sys.executable, str(REPO / "eval" / "agreement.py"), str(second_dir), "--json"],
        capture_output=True, text=True, cwd=REPO, check=True, timeout=600,
    )
    return json.loads(out.stdout)


def test_identical_readings_agree_fully_and_changes_show_per_panel(tmp_path):
    same = tmp_path / "same"
    same.mkdir()
    shutil.copy(GOLD / f"{STEM}.json", same)
    totals = agreement(same)["totals"]
    for panel in ("actors", "places", "questions"):
        assert totals[panel]["precision"] == totals[panel]["recall"] == 1.0

    reading = json.loads((GOLD / f"{STEM}.json").read_text(encoding="utf-8"))
    listed = [q for q in reading["open_questions"] if q["level"] in ("must", "should")]
    dropped_question = listed[0]["question"]
    reading["open_questions"].remove(listed[0])
    # The second reader quotes less of a sentence another question comes from:
    # it still counts, as the evidence is widened to its sentence.
    words = listed[1]["evidence"].split()
    listed[1]["evidence"] = " ".join(words[: max(3, len(words) // 2)])
    reading["actors"].append({"name": "Nobody In Particular", "kind": "person", "level": "must"})
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / f"{STEM}.json").write_text(json.dumps(reading), encoding="utf-8")

    result = agreement(changed)
    entry = result["articles"][STEM]
    assert entry["questions"]["missed"] == [f"{dropped_question} ({listed[0]['level']})"]
    assert entry["questions"]["extra"] == []
    assert entry["questions"]["precision"] == 1.0
    assert entry["actors"]["extra"] == ["Nobody In Particular"]
    assert entry["actors"]["recall"] == 1.0
    assert entry["places"]["f1"] == 1.0
