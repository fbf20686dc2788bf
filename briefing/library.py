"""The library: the user's briefings, stored as copies in the data folder.

The library is the source of truth.  Each entry is a folder named by the
content hash, holding the original bytes and ``meta.json``; a cached analysis
and the user's curation may sit beside them.  An entry is written completely
in a staging folder and then renamed into place, so a crash or a kill at any
moment leaves either the whole entry or none of it; leftovers of an
interrupted write are swept away the next time the library opens.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import threading
import uuid
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from briefing.curation import Curation
from briefing.model import Analysis, Briefing, BriefingError

log = logging.getLogger(__name__)

_STAGING_PREFIX = ".staging-"
_TRASH_PREFIX = ".trash-"
_SET_ASIDE = ".set-aside"  # kept, never swept: what the library could not read
_META = "meta.json"
_ANALYSIS = "analysis.json"
_CURATION = "curation.json"


@dataclass(frozen=True)
class Entry:
    """What the library list shows of one briefing."""

    doc_id: str
    title: str
    date: str
    source: str
    imported: str  # ISO 8601, UTC
    original_path: str
    file_name: str  # of the stored copy: "original" + the original suffix
    format: str
    words: int = 0


def content_id(data: bytes) -> str:
    """Identity of a briefing: the same bytes imported twice are one entry."""
    return hashlib.sha256(data).hexdigest()[:20]


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a reader never sees half of it."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class Library:
    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._entries: dict[str, Entry] = {}
        self.recovered = self._recover()
        self._load_entries()

    # -- opening ---------------------------------------------------------
    def _recover(self) -> int:
        """Sweep away what an interrupted write or delete left behind."""
        swept = 0
        for child in list(self.root.iterdir()):
            if child.name == _SET_ASIDE:
                continue
            if child.name.startswith((_STAGING_PREFIX, _TRASH_PREFIX)):
                shutil.rmtree(child, ignore_errors=True)
                swept += 1
            elif child.is_dir() and not (child / _META).is_file():
                # Never produced by this code (entries appear whole by rename),
                # but a folder without metadata cannot be shown: set it aside
                # where nothing deletes it.
                aside = self.root / _SET_ASIDE
                aside.mkdir(exist_ok=True)
                log.warning("library entry %s has no metadata; moved to %s", child.name, aside)
                child.rename(aside / f"{child.name}-{uuid.uuid4().hex[:8]}")
                swept += 1
        if swept:
            log.info("library recovered: %d interrupted writes cleaned up", swept)
        return swept

    def _load_entries(self) -> None:
        for child in sorted(self.root.iterdir()):
            if child.name.startswith(".") or not child.is_dir():
                continue
            try:
                meta = json.loads((child / _META).read_text(encoding="utf-8"))
                entry = Entry(**meta)
            except (OSError, ValueError, TypeError) as exc:
                log.warning("library entry %s unreadable (%s); skipped", child.name, exc)
                continue
            self._entries[entry.doc_id] = entry

    # -- reading ---------------------------------------------------------
    def entries(self) -> list[Entry]:
        with self._lock:
            return sorted(self._entries.values(), key=lambda e: e.imported)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._entries

    def get(self, doc_id: str) -> Entry:
        try:
            return self._entries[doc_id]
        except KeyError:
            raise BriefingError(f"no briefing {doc_id} in the library") from None

    def stored_file(self, doc_id: str) -> Path:
        entry = self.get(doc_id)
        return self.root / doc_id / entry.file_name

    def load(self, doc_id: str) -> Briefing:
        """The briefing as loaded from the stored copy."""
        from briefing.load import load_bytes  # the loaders pull in parsers; load them late

        entry = self.get(doc_id)
        data = (self.root / doc_id / entry.file_name).read_bytes()
        b = load_bytes(data, entry.file_name)
        # The stored copy's name is generic; keep the user's path for display.
        return replace(b, path=entry.original_path)

    # -- writing ---------------------------------------------------------
    def add(self, data: bytes, briefing: Briefing, original_path: str) -> tuple[Entry, bool]:
        """Store a briefing's bytes; returns (entry, True if it was new)."""
        doc_id = content_id(data)
        with self._lock:
            if doc_id in self._entries:
                return self._entries[doc_id], False
            suffix = Path(original_path).suffix.lower() or ".txt"
            entry = Entry(
                doc_id=doc_id,
                title=briefing.title,
                date=briefing.date,
                source=briefing.source,
                imported=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                original_path=str(original_path),
                file_name="original" + suffix,
                format=briefing.format,
                words=briefing.word_count(),
            )
            staging = self.root / f"{_STAGING_PREFIX}{uuid.uuid4().hex}"
            staging.mkdir()
            try:
                write_atomically(staging / entry.file_name, data)
                write_atomically(staging / _META, json.dumps(asdict(entry), indent=1).encode())
                _fsync_dir(staging)
                os.rename(staging, self.root / doc_id)
                _fsync_dir(self.root)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            self._entries[doc_id] = entry
            return entry, True

    def delete(self, doc_id: str) -> None:
        with self._lock:
            if doc_id not in self._entries:
                return
            trash = self.root / f"{_TRASH_PREFIX}{doc_id}-{uuid.uuid4().hex[:8]}"
            os.rename(self.root / doc_id, trash)  # atomic: gone from the list at once
            del self._entries[doc_id]
        shutil.rmtree(trash, ignore_errors=True)

    # -- derived data kept beside an entry --------------------------------
    def cached_analysis(self, doc_id: str, extractor: str | None) -> Analysis | None:
        """The stored analysis if ``extractor`` made it; ``None`` accepts any
        extractor's (good enough for the search index's actor and place names)."""
        path = self.root / doc_id / _ANALYSIS
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if extractor is not None and data.get("extractor") != extractor:
            return None  # a better extractor has arrived: extract again
        try:
            return Analysis.from_json(data)
        except (KeyError, TypeError, ValueError):
            return None

    def store_analysis(self, doc_id: str, analysis: Analysis) -> None:
        folder = self.root / doc_id
        if folder.is_dir():
            write_atomically(folder / _ANALYSIS, json.dumps(analysis.to_json()).encode())

    def curation(self, doc_id: str) -> Curation:
        """The reader's corrections; none if never made or unreadable."""
        try:
            return Curation.from_json(json.loads((self.root / doc_id / _CURATION).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, AttributeError):
            return Curation()

    def store_curation(self, doc_id: str, curation: Curation) -> None:
        folder = self.root / doc_id
        if folder.is_dir():
            write_atomically(folder / _CURATION, json.dumps(curation.to_json(), indent=1).encode())
