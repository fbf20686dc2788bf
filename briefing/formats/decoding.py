"""Turn the bytes of a text file into clean, normalised ``str``.

Briefings arrive from every kind of editor and mail client, so the order is:
byte-order marks first (they are unambiguous), then UTF-16 without a mark
(recognised by its zero bytes), then strict UTF-8 (by far the
most common), then damaged UTF-8, then Windows-1252 (what Western "ANSI" and
Latin-1 files really are), and only then a statistical guess.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from briefing.formats import FormatError

log = logging.getLogger(__name__)

NOT_TEXT = "the file does not look like text (is it a binary file?)"

# C0/C1 controls other than tab and newline; U+FFFE/U+FFFF.  They never carry
# meaning in an article and lxml refuses strings that contain them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_LINE_SEPARATORS = re.compile("\r\n|\r|\u2028|\u2029|\x85")

# What Windows-1252 text decodes to above ASCII when it really is Western
# European text.  Deliberately leaves out ¹²³ and box/currency oddities: those
# are what Central-European and Cyrillic code pages look like when misread.
_CP1252_PLAUSIBLE = set(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
    "ŒœŠšŽžŸ‘’‚“”„–—…•€«»°£§©®™\u00a0·´¿¡ƒ‰¢¥½¼¾µ¶ºª†‡‹›˜ˆ"
)


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to normalised text (``\\n`` newlines, NFC, no controls).

    ``declared`` is an encoding the document names itself (an HTML ``<meta
    charset>``); it is tried only after the byte-order marks and strict UTF-8,
    because such declarations are often wrong.
    """
    text = _decode(data, declared)
    text = _LINE_SEPARATORS.sub("\n", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes, declared: str | None) -> str:
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: same first two bytes
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")

    if b"\x00" in data:
        text = _bomless_utf16(data)
        if text is None:
            raise FormatError(NOT_TEXT)
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass

    damaged = _truncated_utf8(data) or _damaged_utf8(data)
    if damaged is not None:
        return damaged
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            log.debug("declared encoding %r does not fit the bytes", declared)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_western(text):
        return text
    return _guess(data)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark (some Windows tools do), or None.

    In UTF-16 text the byte of each pair that holds the high half is zero for
    every ASCII character (spaces, digits, punctuation, Latin letters), while
    the other byte almost never is; binary data has zeros on both sides.
    """
    pairs = len(data) // 2
    if pairs < 4:
        return None
    zeros_even = data[0:2 * pairs:2].count(0) / pairs
    zeros_odd = data[1:2 * pairs:2].count(0) / pairs
    if zeros_odd >= 0.1 and zeros_even <= 0.01:
        codec = "utf-16-le"
    elif zeros_even >= 0.1 and zeros_odd <= 0.01:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data[: 2 * pairs].decode(codec)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    if "\x00" in text or printable < 0.97 * len(text):
        return None
    log.info("decoding %s without a byte-order mark", codec)
    return text


def _looks_western(text: str) -> bool:
    """Whether cp1252-decoded text reads like a Western European language.

    Misread Cyrillic or Greek also decodes to accented Latin letters, but then
    nearly every letter is accented; in French or German only a few are.
    """
    high = [c for c in text if ord(c) > 127]
    if not all(c in _CP1252_PLAUSIBLE for c in high):
        return False
    letters = sum(1 for c in text if c.isalpha())
    accented = sum(1 for c in high if c.isalpha())
    return accented <= 0.3 * max(letters, 1)


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (a truncated download, a bad paste), or None.

    A file is taken for damaged UTF-8 when it holds real multi-byte sequences
    and far fewer broken ones; a legacy 8-bit file has no valid sequences.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if broken and valid >= 2 * broken:
        log.info("decoding damaged UTF-8 with %d replacement(s)", broken)
        return text
    return None


def _truncated_utf8(data: bytes) -> str | None:
    """UTF-8 cut inside its last character (an interrupted copy), or None."""
    for cut in (1, 2, 3):
        head, tail = data[:-cut], data[-cut:]
        lead = tail[0]
        needs = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
        if needs > cut and all(0x80 <= b <= 0xBF for b in tail[1:]):
            try:
                return head.decode("utf-8")
            except UnicodeDecodeError:
                return None
    return None


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes  # slow to import; rarely needed

    best = from_bytes(data).best()
    if best is None:
        raise FormatError(NOT_TEXT)
    text = str(best)
    printable = sum(1 for c in text if c.isprintable() or c in "\n\t")
    if printable < 0.9 * max(len(text), 1):
        raise FormatError(NOT_TEXT)
    log.info("guessed encoding %s", best.encoding)
    return text
