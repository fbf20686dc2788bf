"""Bad and awkward inputs: each one loads correctly or fails with one clear line."""

from __future__ import annotations

import builtins
import codecs
import os
from pathlib import Path

import pytest

from briefing.load import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, load_briefing, load_bytes
from briefing.model import BriefingError

ARTICLE = "Talks in Istanbul\n\nThe president said the talks were on track. Officials agreed.\n"


def test_supported_suffixes():
    assert set(SUPPORTED_SUFFIXES) == {".md", ".markdown", ".txt", ".text", ".html", ".htm", ".pdf", ".docx"}
    assert MAX_FILE_BYTES == 20 * 1024 * 1024


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
@pytest.mark.parametrize("content", [b"", b"   \n\t \r\n  ", codecs.BOM_UTF8 + b" \n "])
def test_empty_or_blank_file(tmp_path, suffix, content):
    path = tmp_path / f"report{suffix}"
    path.write_bytes(content)
    with pytest.raises(BriefingError, match=rf"^report\{suffix}: the file is empty$"):
        load_briefing(path)


def test_unknown_suffix_names_the_supported_ones():
    with pytest.raises(BriefingError, match=r'^notes\.doc: "\.doc" files are not supported \(use \.md, '):
        load_bytes(b"hello", "notes.doc")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",  # NUL bytes
    bytes(range(256)) * 4,  # every byte value
    bytes((i * 37 + 11) % 256 for i in range(4000) if (i * 37 + 11) % 256),  # noise, no NUL
])
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_binary_bytes_are_not_text(data, suffix):
    with pytest.raises(BriefingError, match=rf"^blob\{suffix}: the file does not look like text"):
        load_bytes(data, f"blob{suffix}")


def test_truncated_utf8_decodes_with_a_fallback():
    data = "Talks in Zürich\n\nThe délégation arrived in Genève.".encode()
    b = load_bytes(data[:-2], "cut.txt")  # cut inside the final "è"
    assert b.title == "Talks in Zürich"
    assert b.paragraphs[0].startswith("The délégation arrived in Gen")
    b = load_bytes("Talks in Zürich\n\nThe délégation ".encode() + b"\xff\xfe bad " + "café.".encode(), "bad.txt")
    assert "délégation" in b.paragraphs[0] and "café" in b.paragraphs[0]


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_legacy_western_encodings(codec):
    text = "Café Talks Résumé\n\nThe minister’s “final” offer — naïve or not — was refused in Zürich.\n"
    if codec == "latin-1":
        text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("—", "-")
    b = load_bytes(text.encode(codec), f"legacy-{codec}.txt")
    assert b.title == "Café Talks Résumé"
    assert b.paragraphs == (text.split("\n")[2],)


def test_utf16_with_bom_and_crlf():
    data = "\ufeffTalks in Kyiv\r\n\r\nDelegations met on Friday in Kyiv.\r\n".encode("utf-16-le")
    b = load_bytes(data, "wide.txt")
    assert b.title == "Talks in Kyiv" and b.paragraphs == ("Delegations met on Friday in Kyiv.",)
    b = load_bytes("# Überblick\n\nText.".encode("utf-16"), "wide.md")
    assert b.title == "Überblick"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec):
    text = "Talks in Kyiv\r\n\r\nDelegations met in Kyiv; the Ukrainian side — and Zürich’s mediators — agreed.\r\n"
    b = load_bytes(text.encode(codec), "wide.txt")
    assert b.title == "Talks in Kyiv"
    assert b.paragraphs == ("Delegations met in Kyiv; the Ukrainian side — and Zürich’s mediators — agreed.",)
    # Cyrillic: the high bytes are not zero, but spaces and punctuation still give it away.
    b = load_bytes("Переговоры в Киеве\n\nДелегации встретились в пятницу, сказал он.\n".encode(codec), "ru.txt")
    assert b.title == "Переговоры в Киеве"


def test_binary_with_zero_bytes_on_one_side_is_still_refused():
    data = bytes(b for i in range(3000) for b in ((i * 7 + 3) % 256 or 1, 0))  # UTF-16 shape, control characters
    with pytest.raises(BriefingError, match="does not look like text"):
        load_bytes(data, "blob.txt")


def test_newlines_and_unicode_are_normalised():
    data = "Cafe\u0301 Talks\r\rLine one of the body.\u2028Line two.\x0c\n".encode()
    b = load_bytes(data, "norm.txt")
    assert b.title == "Café Talks"  # NFC: one code point
    assert all("\n" not in x.text and "\x0c" not in x.text for x in b.blocks)


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 20 MB written
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        assert Path(file) != path, "the oversized file was opened"
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    with pytest.raises(BriefingError, match=r"^huge\.txt: the file is too large \(20\.0 MB; the limit is 20 MB\)$"):
        load_briefing(path)
    with pytest.raises(BriefingError, match=r"the limit is 20 MB"):
        load_bytes(b"a" * (MAX_FILE_BYTES + 1), "huge.md")


def test_path_with_spaces_and_non_ascii(tmp_path):
    folder = tmp_path / "Brief Ordner ü"
    folder.mkdir()
    path = folder / "Brief über Kyiv.md"
    path.write_text("---\ntitle: Brief über Kyiv\n---\nDer Text.\n", encoding="utf-8")
    b = load_briefing(path)
    assert b.title == "Brief über Kyiv" and b.path == str(path) and b.format == "markdown"
    b = load_briefing(str(folder / "Brief über Kyiv.md"))
    assert b.paragraphs == ("Der Text.",)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(BriefingError, match=r"^gone\.txt: no such file$"):
        load_briefing(tmp_path / "gone.txt")
    folder = tmp_path / "folder.md"
    folder.mkdir()
    with pytest.raises(BriefingError, match=r"^folder\.md: this is a folder, not a file$"):
        load_briefing(folder)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    if os.geteuid() != 0:
        # A real permission check; root reads through chmod 000, so it is
        # covered below by an open() that fails the way the OS would.
        path.chmod(0)
        try:
            with pytest.raises(BriefingError, match=r"^locked\.txt: the file cannot be read: permission denied$"):
                load_briefing(path)
        finally:
            path.chmod(0o644)
    real_open = builtins.open

    def denying_open(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denying_open)
    with pytest.raises(BriefingError, match=r"^locked\.txt: the file cannot be read: permission denied$"):
        load_briefing(path)


def test_errors_are_one_line():
    for data, name in [(b"", "a.txt"), (b"\x00\x01", "b.txt"), (b"x", "c.pdf"), (b"x", "d.docx")]:
        with pytest.raises(BriefingError) as info:
            load_bytes(data, name)
        assert "\n" not in str(info.value) and str(info.value).startswith(name + ": ")
