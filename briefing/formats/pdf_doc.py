"""PDF briefings: the text layer, re-flowed into paragraphs.

pypdf gives lines, not paragraphs; the same reflow and title inference as
plain text then applies.  A PDF without a text layer is a scan: say so
instead of showing an empty briefing.
"""

from __future__ import annotations

import io
import logging
import re

from briefing.formats import FormatError
from briefing.formats.blocks import clean
from briefing.formats.paragraphs import line_units
from briefing.formats.plaintext import structure, take_byline
from briefing.model import Briefing

log = logging.getLogger(__name__)

# Full lines in proportional type vary in length; count a line as full when it
# reaches ~85% of the width estimate.
_TOLERANCE = 0.85
_PAGE_NUMBER = re.compile(r"^\s*(page\s+)?\d{1,4}(\s*(/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)
# Titles that PDF producers fill in on their own.
_JUNK_TITLE = re.compile(r"^(untitled|microsoft word|document\d*$)|\.(docx?|pdf|rtf|odt|txt)\b", re.IGNORECASE)


def parse(data: bytes, name: str) -> Briefing:
    from pypdf import PdfReader

    if b"%PDF-" not in data[:1024]:
        raise FormatError("this is not a PDF file")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _unlock(reader):
            raise FormatError("the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata or {}
        info = {key: _meta(meta, key) for key in ("/Title", "/Author", "/CreationDate", "/Keywords")}
    except FormatError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        log.info("pypdf could not read %s", name, exc_info=True)
        raise FormatError("the PDF is damaged or not readable") from exc

    lines = [line for page in pages for line in page.split("\n") if not _PAGE_NUMBER.match(line)]
    text = "\n".join(lines)
    if not any(c.isalnum() for c in text):
        raise FormatError("the PDF has no text layer (a scanned image?)")
    title_hint = info["/Title"] if not _JUNK_TITLE.search(info["/Title"]) else ""
    byline, units = take_byline(line_units(text, _TOLERANCE))
    title, blocks = structure(units, name, title_hint)
    return Briefing(
        title=title, blocks=tuple(blocks), author=info["/Author"] or byline,
        date=_pdf_date(info["/CreationDate"]),
        tags=tuple(t for t in (clean(k) for k in info["/Keywords"].split(",")) if t),
        format="pdf",
    )


def _unlock(reader) -> bool:
    """Open a PDF protected only by an owner password (empty user password)."""
    from pypdf import PasswordType

    try:
        return reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except Exception:  # noqa: BLE001 - e.g. AES without the optional crypto library
        log.info("could not decrypt the PDF with an empty password", exc_info=True)
        return False


def _meta(meta, key: str) -> str:
    try:
        value = meta.get(key)
    except Exception:  # noqa: BLE001 - broken indirect objects in the info dict
        return ""
    return clean(str(value)) if value is not None else ""


def _pdf_date(value: str) -> str:
    """"D:20240513120000+02'00'" -> "2024-05-13"."""
    match = re.match(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?", value)
    if not match:
        return ""
    return "-".join(part for part in match.groups() if part)
