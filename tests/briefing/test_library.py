"""The library on disk: copies, duplicates, deletion, and surviving a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from briefing.importer import import_paths, reindex
from briefing.library import Library, content_id
from briefing.load import load_briefing
from index import SearchIndex

REPO = Path(__file__).resolve().parents[2]


def test_import_copies_and_survives_deleting_the_original(tmp_path, sample_path, data_dir):
    original = tmp_path / "my brief über Kyiv.txt"  # spaces and non-ASCII on purpose
    original.write_bytes(sample_path.read_bytes())
    library, ix = Library(data_dir.library), SearchIndex(data_dir.index)
    report = import_paths(library, ix, [original])
    assert len(report.added) == 1 and not report.failed
    original.unlink()

    reopened = Library(data_dir.library)
    (entry,) = reopened.entries()
    assert entry.title == "Zelensky Prepares for Crucial Talks with Putin in Turkey"
    assert entry.original_path.endswith("my brief über Kyiv.txt")
    assert entry.imported and entry.format
    assert reopened.load(entry.doc_id).text == load_briefing(sample_path).text
    assert SearchIndex(data_dir.index).search("ceasefire").hits[0].doc_id == entry.doc_id


def test_same_content_twice_is_one_entry(tmp_path, sample_path, data_dir):
    copy = tmp_path / "renamed copy.txt"
    copy.write_bytes(sample_path.read_bytes())
    library, ix = Library(data_dir.library), SearchIndex(data_dir.index)
    first = import_paths(library, ix, [sample_path])
    second = import_paths(library, ix, [copy, sample_path])
    assert len(first.added) == 1
    assert second.added == [] and len(second.duplicates) == 2
    assert second.ids == first.ids * 2
    assert len(library) == 1 and ix.count() == 1


def test_delete_leaves_library_and_index(data_dir, articles_dir):
    library, ix = Library(data_dir.library), SearchIndex(data_dir.index)
    report = import_paths(library, ix, [articles_dir])
    n = len(list(articles_dir.glob("*.md")))
    assert len(report.added) == n
    victim = library.entries()[0]
    library.delete(victim.doc_id)
    ix.delete([victim.doc_id])
    assert victim.doc_id not in Library(data_dir.library)
    assert victim.doc_id not in SearchIndex(data_dir.index).doc_ids()
    assert not (data_dir.library / victim.doc_id).exists()
    assert len(Library(data_dir.library)) == n - 1


def test_folder_import_reports_bad_files_and_keeps_the_rest(data_dir, articles_dir):
    (articles_dir / "empty.txt").write_bytes(b"")
    (articles_dir / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (articles_dir / "ignored.exe").write_bytes(b"MZ\x90\x00")  # unsupported: not picked from folders
    (articles_dir / ".hidden.md").write_text("# Hidden\n\nNot imported.")
    library, ix = Library(data_dir.library), SearchIndex(data_dir.index)
    before = import_paths(library, ix, [articles_dir])
    failed = dict(before.failed)
    assert set(map(lambda p: Path(p).name, failed)) == {"empty.txt", "binary.txt"}
    assert all(reason and "\n" not in reason for reason in failed.values())
    assert len(before.added) == len(list(articles_dir.glob("*.md"))) - 1  # not the hidden one
    # Nothing already stored is touched by a later bad batch.
    stored = {e.doc_id: library.stored_file(e.doc_id).read_bytes() for e in library.entries()}
    again = import_paths(library, ix, [articles_dir / "empty.txt", articles_dir / "nope.md"])
    assert len(again.failed) == 2 and not again.added
    assert {e.doc_id: library.stored_file(e.doc_id).read_bytes() for e in library.entries()} == stored


def test_oversized_file_is_refused_without_reading_it(tmp_path, data_dir):
    from briefing.load import MAX_FILE_BYTES

    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    library, ix = Library(data_dir.library), SearchIndex(data_dir.index)
    report = import_paths(library, ix, [big])
    ((path, reason),) = report.failed
    assert "MB" in reason and str(MAX_FILE_BYTES // 2**20) in reason
    assert len(library) == 0


def test_interrupted_writes_are_swept_on_open(data_dir, sample_path):
    library = Library(data_dir.library)
    entry, _ = library.add(sample_path.read_bytes(), load_briefing(sample_path), str(sample_path))
    # What a kill in mid-write or mid-delete leaves behind:
    (data_dir.library / ".staging-deadbeef").mkdir()
    (data_dir.library / ".staging-deadbeef" / "original.txt").write_text("half")
    (data_dir.library / ".trash-0123").mkdir()
    (data_dir.library / "no-meta-entry").mkdir()
    reopened = Library(data_dir.library)
    assert reopened.recovered == 3
    assert [e.doc_id for e in reopened.entries()] == [entry.doc_id]
    assert sorted(p.name for p in data_dir.library.iterdir()) == [".set-aside", entry.doc_id]
    assert len(list((data_dir.library / ".set-aside").iterdir())) == 1  # set aside, not deleted


def test_analysis_cache_follows_the_extractor_version(data_dir, sample_path):
    from briefing.model import Actor, Analysis

    library = Library(data_dir.library)
    entry, _ = library.add(sample_path.read_bytes(), load_briefing(sample_path), str(sample_path))
    analysis = Analysis(actors=(Actor("Someone", "person"),), extractor="x 1")
    library.store_analysis(entry.doc_id, analysis)
    assert library.cached_analysis(entry.doc_id, "x 1") == analysis
    assert library.cached_analysis(entry.doc_id, "x 2") is None
    assert library.cached_analysis(entry.doc_id, None) == analysis


def test_rebuilt_index_keeps_actor_and_place_names(data_dir, sample_path):
    """A lost index is rebuilt with the names from the stored analysis, so a
    search on the actors field still finds the briefing."""
    import shutil

    from briefing.model import Actor, Analysis, Place

    library = Library(data_dir.library)
    entry, _ = library.add(sample_path.read_bytes(), load_briefing(sample_path), str(sample_path))
    library.store_analysis(entry.doc_id, Analysis(
        actors=(Actor("Qwertyuiop Zxcvbnm", "person", aliases=("Zxcvbnm",)),),
        places=(Place("Asdfghjkl", "city"),), extractor="an older extractor"))
    reindex(library, SearchIndex(data_dir.index))
    shutil.rmtree(data_dir.index)
    ix = SearchIndex(data_dir.index)
    assert reindex(library, ix) == (1, 0)
    assert [h.doc_id for h in ix.search("actors:zxcvbnm").hits] == [entry.doc_id]
    assert [h.doc_id for h in ix.search("places:asdfghjkl").hits] == [entry.doc_id]


_SLOW_IMPORT = """
import sys, time
sys.path.insert(0, {repo!r})
from briefing import library as lib
from briefing.importer import import_paths
from briefing.library import Library
from index import SearchIndex

real_write = lib.write_atomically
def slow_write(path, data):
    real_write(path, data)
    time.sleep(0.02)   # widen the window in which the kill lands
lib.write_atomically = slow_write
library, ix = Library({lib_dir!r}), SearchIndex({ix_dir!r})
print("started", flush=True)
import_paths(library, ix, [{folder!r}], batch_size=5)
print("finished", flush=True)
"""


def test_kill_during_import_leaves_a_consistent_library(tmp_path, data_dir, sample_path):
    folder = tmp_path / "many"
    folder.mkdir()
    base = sample_path.read_text(encoding="utf-8")
    for i in range(300):
        (folder / f"brief {i:03}.txt").write_text(base + f"\nVariant number {i} of the text.\n", encoding="utf-8")
    script = _SLOW_IMPORT.format(repo=str(REPO), lib_dir=str(data_dir.library), ix_dir=str(data_dir.index),
                                 folder=str(folder))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "started"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # let a few entries land, then kill mid-stream
        if data_dir.library.exists() and len([p for p in data_dir.library.iterdir()
                                              if not p.name.startswith(".")]) >= 12:
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    library = Library(data_dir.library)
    entries = library.entries()
    assert 12 <= len(entries) < 300
    for entry in entries:  # every entry that exists is whole and readable
        meta = json.loads((data_dir.library / entry.doc_id / "meta.json").read_text())
        assert meta["doc_id"] == entry.doc_id
        data = library.stored_file(entry.doc_id).read_bytes()
        assert content_id(data) == entry.doc_id
        assert library.load(entry.doc_id).title
    assert not [p for p in data_dir.library.iterdir() if p.name.startswith(".")]

    ix = SearchIndex(data_dir.index)
    reindex(library, ix)  # what every start does
    assert ix.doc_ids() == {e.doc_id for e in entries}
    # And the interrupted import can simply be run again to finish.
    rest = import_paths(library, ix, [folder])
    assert len(rest.added) + len(rest.duplicates) == 300 and len(library) == 300
