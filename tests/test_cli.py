"""The command line, run as a user runs it: a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pypdf
import pytest

from tests.conftest import REPO, SAMPLE, SAMPLE_GOLD


def run(*args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True,
                          env=full_env, timeout=180)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def sample_json() -> dict:
    return json.loads(run("extract", str(SAMPLE), "--json").stdout)


def test_extract_json_has_the_agreed_shape(sample_json):
    d = sample_json
    assert d["title"] == "Zelensky Prepares for Crucial Talks with Putin in Turkey"
    for a in d["actors"]:
        assert {"name", "kind", "role", "affiliation", "aliases", "mentions"} <= set(a)
        assert a["kind"] in ("person", "organisation", "state")
        assert isinstance(a["mentions"], int) and a["mentions"] >= 1
    for p in d["places"]:
        assert {"name", "kind", "country"} <= set(p)
        assert p["kind"] in ("city", "country", "region", "site")
    for q in d["open_questions"]:
        assert q["question"].endswith("?") and q["evidence"]


def test_extract_lists_every_person_of_the_gold_reading(sample_json):
    gold = json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))
    people = {a["name"] for a in gold["actors"] if a["kind"] == "person"}
    assert len(people) >= 7
    found = {a["name"] for a in sample_json["actors"] if a["kind"] == "person"}
    assert people <= found


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_brief_writes_one_page(tmp_path, paper):
    out = tmp_path / f"brief {paper}.pdf"
    run("brief", str(SAMPLE), "-o", str(out), "--paper", paper, env={"QT_QPA_PLATFORM": ""})
    assert len(pypdf.PdfReader(out).pages) == 1


def test_import_then_search_json(tmp_path):
    lib = tmp_path / "lib"
    run("--data-dir", str(lib), "import", str(SAMPLE))
    d = json.loads(run("search", "ceasefire", "--json", "--data-dir", str(lib)).stdout)  # flag after the command
    assert d["query"] == "ceasefire"
    hit = d["results"][0]
    assert {"title", "path", "score", "snippet"} <= set(hit)
    assert hit["path"] == str(SAMPLE.resolve())
    assert '<b class="match' in hit["snippet"]


def test_data_dir_from_the_environment(tmp_path):
    lib = tmp_path / "from-env"
    run("import", str(SAMPLE), env={"BRIEFING_READER_DATA_DIR": str(lib)})
    assert (lib / "library").is_dir()
    listing = json.loads(run("list", "--json", env={"BRIEFING_READER_DATA_DIR": str(lib)}).stdout)
    assert [e["title"] for e in listing] == ["Zelensky Prepares for Crucial Talks with Putin in Turkey"]


def test_import_reports_bad_files_and_exits_nonzero(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 100)
    proc = run("--data-dir", str(tmp_path / "lib"), "import", str(SAMPLE), str(bad), check=False)
    assert proc.returncode == 2
    assert "bad.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert "1 added" in proc.stdout


def test_missing_file_is_one_clear_line(tmp_path):
    proc = run("extract", str(tmp_path / "nope.txt"), check=False)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "nope.txt" in lines[0]


def test_version_and_help():
    assert run("--version").stdout.startswith("briefing-reader ")
    help_text = run("--help").stdout
    for command in ("extract", "brief", "import", "search"):
        assert command in help_text


def test_delete_and_reindex(tmp_path):
    lib = ["--data-dir", str(tmp_path / "lib")]
    run(*lib, "import", str(SAMPLE), str(REPO / "eval" / "articles"))
    entries = json.loads(run(*lib, "list", "--json").stdout)
    n = 1 + len(list((REPO / "eval" / "articles").glob("*.md")))
    assert len(entries) == n
    run(*lib, "delete", entries[0]["doc_id"])
    assert f"indexed {n - 1}" in run(*lib, "reindex").stdout
    assert len(json.loads(run(*lib, "list", "--json").stdout)) == n - 1
    proc = run(*lib, "delete", "doesnotexist", check=False)
    assert proc.returncode == 1 and "not in the library" in proc.stderr
