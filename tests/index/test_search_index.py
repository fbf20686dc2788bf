"""The Whoosh index on disk: search, highlights, persistence, one writer at a time."""

from __future__ import annotations

import threading

from briefing.load import load_briefing
from index import IndexedDoc, SearchIndex, match_spans


def _doc(i: int, body: str, title: str = "") -> IndexedDoc:
    return IndexedDoc(doc_id=f"d{i}", title=title or f"Doc {i}", body=body, path=f"/tmp/d{i}.txt")


def test_search_ranks_and_marks_hits(tmp_path, sample_path):
    ix = SearchIndex(tmp_path / "ix")
    sample = load_briefing(sample_path)
    ix.add([
        IndexedDoc.from_briefing("sample", sample),
        _doc(1, "Markets rallied on Friday as oil prices fell."),
        _doc(2, "A ceasefire was mentioned once in passing. " + "Markets and weather were the rest. " * 120),
    ])
    result = ix.search("ceasefire")
    ids = [h.doc_id for h in result.hits]
    assert set(ids) == {"sample", "d2"}
    assert ids[0] == "sample"  # two mentions in a similar length beat one
    top = result.hits[0]
    assert top.title == sample.title
    assert '<b class="match' in top.snippet and "ceasefire</b>" in top.snippet
    assert top.score > result.hits[1].score > 0
    assert result.total == 2


def test_stemmed_query_highlights_word_forms(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    text = "Talks stalled. The negotiators talked again about talking."
    ix.add([_doc(1, text)])
    result = ix.search("talks")
    assert result.hits
    spans = match_spans(text, result.terms)
    assert [text[s:e] for s, e in spans] == ["Talks", "talked", "talking"]


def test_index_persists_and_deletes(tmp_path):
    folder = tmp_path / "ix"
    ix = SearchIndex(folder)
    ix.add([_doc(1, "alpha beta"), _doc(2, "beta gamma")])
    reopened = SearchIndex(folder)
    assert reopened.doc_ids() == {"d1", "d2"}
    reopened.delete(["d1"])
    assert [h.doc_id for h in SearchIndex(folder).search("beta").hits] == ["d2"]


def test_update_replaces_not_duplicates(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    ix.add([_doc(1, "first version")])
    ix.add([_doc(1, "second version")])
    assert ix.count() == 1
    assert not ix.search("first").hits
    assert ix.search("second").hits


def test_bad_query_and_empty_query(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    ix.add([_doc(1, "text")])
    assert ix.search("   ").hits == ()
    # Unbalanced syntax is read leniently rather than raising.
    result = ix.search('"unclosed (phrase AND')
    assert result.error == "" or result.hits == ()


def test_reconcile_restores_exactly_the_library(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    ix.add([_doc(1, "keep me"), _doc(9, "stale entry")])
    wanted = {"d1": lambda: _doc(1, "keep me"), "d2": lambda: _doc(2, "was missing")}
    added, removed = ix.reconcile(wanted)
    assert (added, removed) == (1, 1)
    assert ix.doc_ids() == {"d1", "d2"}


def test_concurrent_writers_lose_nothing(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    errors: list[Exception] = []

    def write(start: int) -> None:
        try:
            for i in range(start, start + 15):
                ix.add([_doc(i, f"document number {i}")])
        except Exception as exc:  # pragma: no cover - the failure being tested for
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n * 100,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert ix.count() == 60


def test_damaged_index_is_rebuilt_not_fatal(tmp_path):
    folder = tmp_path / "ix"
    ix = SearchIndex(folder)
    ix.add([_doc(1, "something")])
    for toc in folder.glob("*.toc"):
        toc.write_bytes(b"\x00garbage")
    fresh = SearchIndex(folder)  # opens (empty), ready to be reconciled
    assert fresh.count() == 0
    fresh.add([_doc(1, "something")])
    assert fresh.search("something").hits


def test_compact_merges_many_segments_and_keeps_every_document(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    for batch in range(8):
        ix.add([_doc(batch * 10 + i, f"batch {batch} text number {i}") for i in range(3)])
    assert ix.segment_count() > 2  # Whoosh merges the smallest by itself, not all
    assert ix.compact(max_segments=2) is True
    assert ix.segment_count() == 1
    assert ix.count() == 24 and len(ix.search("text", limit=50).hits) == 24
    assert ix.compact(max_segments=2) is False
