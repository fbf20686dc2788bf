"""Bringing files into the library and the index, one batch at a time.

Used alike by the command line and by the window's import worker.  A bad
file is reported and skipped; the rest of the batch goes on.  The library is
written first (entry by entry, each atomically); the index follows in
batches, and any batch lost to a crash is restored by ``reconcile`` at the
next start.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from briefing.library import Library
from briefing.load import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, load_bytes
from briefing.model import BriefingError, ImportReport
from index import IndexedDoc, SearchIndex

log = logging.getLogger(__name__)

#: (files done, files in all, current file) after each file.
Progress = Callable[[int, int, str], None]


def expand_paths(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to import, and (path, reason) for paths that cannot be.

    A file named explicitly is always tried (its loader says if the type is
    unsupported); a folder contributes only the supported files below it.
    """
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.suffix.lower() in SUPPORTED_SUFFIXES and f.is_file()
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            problems.append((str(p), "no such file or folder"))
    return files, problems


def read_limited(path: Path) -> bytes:
    """The file's bytes, refusing before reading anything too large."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BriefingError(
                f"the file is {size / 2**20:.0f} MB; briefings are limited to {MAX_FILE_BYTES // 2**20} MB"
            )
        return path.read_bytes()
    except PermissionError:
        raise BriefingError("cannot be read: permission denied") from None
    except IsADirectoryError:
        raise BriefingError("is a folder, not a file") from None
    except OSError as exc:
        raise BriefingError(f"cannot be read: {exc.strerror or exc}") from None


def import_paths(
    library: Library,
    search_index: SearchIndex,
    paths: Iterable[str | os.PathLike],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    batch_size: int = 50,
) -> ImportReport:
    report = ImportReport()
    files, problems = expand_paths(paths)
    report.failed.extend(problems)
    pending: list[IndexedDoc] = []

    def flush() -> None:
        if pending:
            search_index.add(pending)
            pending.clear()

    try:
        for n, path in enumerate(files, 1):
            if cancelled():
                report.cancelled = True
                break
            try:
                data = read_limited(path)
                briefing = replace(load_bytes(data, path.name), path=str(path.resolve()))
                entry, new = library.add(data, briefing, briefing.path)
            except BriefingError as exc:
                report.failed.append((str(path), str(exc)))
            except Exception as exc:  # a loader bug must not stop the batch
                log.exception("unexpected failure importing %s", path)
                report.failed.append((str(path), f"unexpected error: {exc}"))
            else:
                report.ids.append(entry.doc_id)
                if new:
                    report.added.append(entry.doc_id)
                    pending.append(IndexedDoc.from_briefing(entry.doc_id, briefing))
                else:
                    report.duplicates.append(str(path))
                if len(pending) >= batch_size:
                    flush()
            if progress:
                progress(n, len(files), str(path))
    finally:
        flush()
    if report.added:
        search_index.compact()
    return report


def reindex(library: Library, search_index: SearchIndex) -> tuple[int, int]:
    """Bring the index back in line with the library (after a crash or an upgrade).

    Entries rebuilt here take their actor and place names from the analysis
    stored beside them, even one by an older extractor, so a rebuilt index
    still answers searches on those fields before each briefing is reopened."""

    def builder(doc_id: str) -> Callable[[], IndexedDoc]:
        def build() -> IndexedDoc:
            try:
                return IndexedDoc.from_briefing(doc_id, library.load(doc_id), library.cached_analysis(doc_id, None))
            except BriefingError:
                entry = library.get(doc_id)
                return IndexedDoc(doc_id, entry.title, "", path=entry.original_path)

        return build

    return search_index.reconcile({e.doc_id: builder(e.doc_id) for e in library.entries()})
