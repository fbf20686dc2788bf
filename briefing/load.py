"""Turn a file (or the stored bytes of one) into a ``Briefing``.

The one entry point for every format: it checks the file itself (exists,
readable, not too large), picks the format module by suffix, and makes sure
every failure reaches the user as one ``BriefingError`` line that starts with
the file name.
"""

from __future__ import annotations

import codecs
import dataclasses
import importlib
import logging
import os
from pathlib import Path

from briefing.formats import FormatError
from briefing.model import Briefing, BriefingError

log = logging.getLogger(__name__)

#: Files larger than this are refused before they are read: no briefing is
#: anywhere near it, and parsing a huge PDF or page would freeze the import.
MAX_FILE_BYTES = 20 * 1024 * 1024

# suffix -> (module under briefing.formats, format name stored on the Briefing)
_FORMATS = {
    ".md": ("markdown_doc", "markdown"),
    ".markdown": ("markdown_doc", "markdown"),
    ".txt": ("plaintext", "text"),
    ".text": ("plaintext", "text"),
    ".html": ("html_doc", "html"),
    ".htm": ("html_doc", "html"),
    ".pdf": ("pdf_doc", "pdf"),
    ".docx": ("docx_doc", "docx"),
}

#: Suffixes ``load_briefing`` accepts, lower case with the dot.
SUPPORTED_SUFFIXES = tuple(_FORMATS)


def load_briefing(path: str | os.PathLike[str]) -> Briefing:
    """Load the briefing stored at ``path``; raise ``BriefingError`` if it can't be."""
    path = Path(path)
    name = path.name or str(path)
    briefing = load_bytes(_read(path, name), name)
    return dataclasses.replace(briefing, path=str(path))


def load_bytes(data: bytes, name: str) -> Briefing:
    """Load a briefing from the bytes of a file called ``name`` (for its suffix)."""
    suffix = Path(name).suffix.lower()
    if suffix not in _FORMATS:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        what = f'"{suffix}" files' if suffix else "files without a suffix"
        raise BriefingError(f"{name}: {what} are not supported (use {kinds})")
    if len(data) > MAX_FILE_BYTES:
        raise BriefingError(f"{name}: {_too_large(len(data))}")
    if not data.removeprefix(codecs.BOM_UTF8).strip():
        raise BriefingError(f"{name}: the file is empty")
    module_name, fmt = _FORMATS[suffix]
    module = importlib.import_module(f"briefing.formats.{module_name}")
    try:
        briefing = module.parse(data, name)
    except FormatError as exc:
        raise BriefingError(f"{name}: {exc}") from exc
    log.debug("loaded %s as %s: %d blocks", name, fmt, len(briefing.blocks))
    return dataclasses.replace(briefing, format=fmt)


def _read(path: Path, name: str) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise BriefingError(f"{name}: this is a folder, not a file")
        if size > MAX_FILE_BYTES:
            raise BriefingError(f"{name}: {_too_large(size)}")
        with open(path, "rb") as handle:
            # Read one byte past the limit: a file that grows (or a device
            # that reports size 0) is still refused without reading it all.
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise BriefingError(f"{name}: no such file") from exc
    except PermissionError as exc:
        raise BriefingError(f"{name}: the file cannot be read: permission denied") from exc
    except IsADirectoryError as exc:
        raise BriefingError(f"{name}: this is a folder, not a file") from exc
    except OSError as exc:
        raise BriefingError(f"{name}: the file cannot be read: {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE_BYTES:
        raise BriefingError(f"{name}: {_too_large(len(data))}")
    return data


def _too_large(size: int) -> str:
    limit = MAX_FILE_BYTES // (1024 * 1024)
    return f"the file is too large ({size / (1024 * 1024):.1f} MB; the limit is {limit} MB)"
