"""HTML, PDF and Word briefings, built as real files at test time."""

from __future__ import annotations

import io
import socket
import textwrap
from datetime import datetime

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from briefing.load import load_briefing, load_bytes
from briefing.model import BriefingError
from tests.briefing.block_checks import check_invariants


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a loader tried to open a network connection")

    class NoSocket(socket.socket):  # still a type: libraries annotate with it
        def __init__(self, *args, **kwargs):
            refuse()

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# --- HTML -----------------------------------------------------------------

HOSTILE_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Ministers meet in Cairo | Example News</title>
<script src="https://cdn.example/tracker.js"></script><style>body{color:red}</style>
<link rel="stylesheet" href="https://cdn.example/site.css"></head>
<body onload="boot()"><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet in Cairo</h1>
<p>On Wednesday, an assembly of several <b>foreign ministers</b> in Cairo denounced the maritime
memoranda between Turkey and Libya. <img src="https://tracker.example/pixel.gif" onerror="alert(1)"></p>
<iframe src="https://ads.example/frame"></iframe>
<p onclick="steal()">They concluded that the <a href="https://example.org/deal">agreement</a>
is "null and void" and cannot produce any legal consequences, the ministers said.</p>
<script>document.write('<p>injected</p>')</script>
<p>The ministers agreed to meet again on Crete, where the pipeline will be discussed
<a href="javascript:alert(2)">in detail</a>.</p>
</article><footer>Copyright 2020 Example News</footer></body></html>"""


def test_html_article_keeps_text_and_drops_everything_active(tmp_path, no_network):
    path = tmp_path / "page.html"
    path.write_text(HOSTILE_PAGE, encoding="utf-8")
    b = load_briefing(path)
    assert b.format == "html"
    assert b.title == "Ministers meet in Cairo"
    assert [x.kind for x in b.blocks][:2] == ["title", "paragraph"]
    assert b.paragraphs[0].startswith("On Wednesday, an assembly of several foreign ministers")
    assert any("null and void" in p for p in b.paragraphs)
    everything = " ".join(x.text + " " + x.html for x in b.blocks)
    for bad in ("script", "tracker", "alert", "iframe", "ads.example", "onerror", "onclick",
                "onload", "<img", "injected", "javascript", "color:red", "Home", "cdn.example"):
        assert bad not in everything, bad
    assert '<a href="https://example.org/deal">agreement</a>' in everything
    assert "<b>foreign ministers</b>" in everything
    check_invariants(b)


def test_html_without_article_falls_back_to_the_page_text(no_network):
    page = b"<html><head><title>Short Note</title></head><body><nav>menu</nav><div>Just one line.</div></body></html>"
    b = load_bytes(page, "note.htm")
    assert b.title == "Short Note"
    assert "Just one line." in b.paragraphs
    assert "menu" not in b.text


def test_html_with_only_scripts_is_refused(no_network):
    with pytest.raises(BriefingError, match=r"^x\.html: .*no readable text"):
        load_bytes(b"<html><script>alert(1)</script></html>", "x.html")


def test_html_legacy_encoding_from_meta_charset(no_network):
    page = ('<html><head><meta charset="windows-1252"><title>Café “talks”</title></head>'
            "<body><p>Réunion à Genève.</p></body></html>")
    b = load_bytes(page.encode("cp1252"), "legacy.html")
    assert b.title == "Café “talks”"
    assert "Réunion à Genève." in b.paragraphs


# --- PDF ------------------------------------------------------------------

def make_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A minimal one-page PDF with a real text layer (Helvetica, one line each)."""
    shown = " ".join(f"({line}) Tj T*" for line in lines)
    content = f"BT /F1 11 Tf 14 TL 72 760 Td {shown} ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if title:
        objects.append(f"<< /Title ({title}) /Author (Desk Officer) /CreationDate (D:20250513090000Z) >>")
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    info = f"/Info {len(objects)} 0 R" if title else ""
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {info} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


PARAGRAPH_1 = ("Negotiators from both sides returned to the table on Monday after a pause of three "
               "weeks, officials said, adding that the agenda covers prisoners and grain exports.")
PARAGRAPH_2 = ("A second round is planned for next month in Istanbul if the first goes well, "
               "according to a senior diplomat who asked not to be named.")
PDF_LINES = ["Talks Resume in Geneva", *textwrap.wrap(PARAGRAPH_1, 75), *textwrap.wrap(PARAGRAPH_2, 75), "2"]


def test_pdf_text_layer_becomes_paragraphs(tmp_path):
    path = tmp_path / "talks.pdf"
    path.write_bytes(make_pdf(PDF_LINES))
    assert "Negotiators" in PdfReader(path).pages[0].extract_text()  # a real text layer
    b = load_briefing(path)
    assert b.format == "pdf"
    assert b.title == "Talks Resume in Geneva" and b.blocks[0].kind == "title"
    assert b.paragraphs == (PARAGRAPH_1, PARAGRAPH_2)  # re-joined; the page number dropped
    check_invariants(b)


def test_pdf_metadata_title_and_author():
    b = load_bytes(make_pdf(textwrap.wrap(PARAGRAPH_1, 75), title="Geneva Talks Brief"), "m.pdf")
    assert b.title == "Geneva Talks Brief"
    assert b.author == "Desk Officer" and b.date == "2025-05-13"
    assert b.paragraphs == (PARAGRAPH_1,)


def test_encrypted_pdf_is_refused_clearly(tmp_path):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(PDF_LINES))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "secret.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    assert PdfReader(path).is_encrypted
    with pytest.raises(BriefingError, match=r"^secret\.pdf: the PDF is encrypted$"):
        load_briefing(path)


def test_pdf_with_empty_user_password_opens():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(PDF_LINES))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert load_bytes(buffer.getvalue(), "open.pdf").title == "Talks Resume in Geneva"


def test_pdf_without_text_layer_is_refused_clearly(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    with pytest.raises(BriefingError, match=r"^scan\.pdf: the PDF has no text layer \(a scanned image\?\)$"):
        load_briefing(path)


@pytest.mark.parametrize("data", [b"not a pdf at all", b"%PDF-1.4\n garbage \x00\x01 trailer"])
def test_damaged_pdf_is_refused_clearly(data):
    with pytest.raises(BriefingError, match=r"^bad\.pdf: "):
        load_bytes(data, "bad.pdf")


# --- DOCX -----------------------------------------------------------------

def make_docx(title_style: bool = True) -> bytes:
    document = docx.Document()
    props = document.core_properties
    props.title, props.author, props.keywords = "Core Title", "Analyst X", "ukraine, talks"
    props.created = datetime(2025, 5, 13, 9, 0)
    if title_style:
        document.add_paragraph("Brief on Kyiv", style="Title")
        document.add_paragraph("What the talks in Istanbul may bring.", style="Subtitle")
    document.add_heading("Background", level=1)
    para = document.add_paragraph("Talks were ")
    para.add_run("postponed").bold = True
    para.add_run(" and ")
    para.add_run("rescheduled").italic = True
    para.add_run(".\nA second line.")
    document.add_paragraph("first point", style="List Bullet")
    document.add_paragraph("second point", style="List Number")
    document.add_paragraph("We will be there.", style="Quote")
    document.add_heading("Details", level=2)
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Side", (0, 1): "Delegate", (1, 0): "Ukraine", (1, 1): "Umerov"}.items():
        table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_styles_become_block_kinds(tmp_path):
    path = tmp_path / "brief.docx"
    path.write_bytes(make_docx())
    b = load_briefing(path)
    assert b.format == "docx"
    assert (b.title, b.author, b.date, b.tags) == ("Brief on Kyiv", "Analyst X", "2025-05-13", ("ukraine", "talks"))
    assert [(x.kind, x.text) for x in b.blocks] == [
        ("title", "Brief on Kyiv"),
        ("standfirst", "What the talks in Istanbul may bring."),
        ("heading", "Background"),
        ("paragraph", "Talks were postponed and rescheduled. A second line."),
        ("item", "first point"),
        ("item", "second point"),
        ("quote", "We will be there."),
        ("heading", "Details"),
        ("paragraph", "Side | Delegate"),
        ("paragraph", "Ukraine | Umerov"),
    ]
    assert b.blocks[3].html == "Talks were <b>postponed</b> and <i>rescheduled</i>. A second line."
    check_invariants(b)


def test_docx_without_title_style_uses_first_heading():
    b = load_bytes(make_docx(title_style=False), "brief.docx")
    assert b.title == "Background" and b.blocks[0].kind == "title"


def test_old_doc_or_damaged_docx_is_refused_clearly():
    with pytest.raises(BriefingError, match=r"^old\.docx: this is not a Word \.docx file"):
        load_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.docx")
    with pytest.raises(BriefingError, match=r"^x\.docx: the Word document is damaged"):
        buffer = io.BytesIO()
        import zipfile
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "not a word document")
        load_bytes(buffer.getvalue(), "x.docx")


def test_title_of_punctuation_led_text_is_never_empty():
    # Found by the property test: ".. a" once gave the title "" (a sentence of dots).
    assert load_bytes(b"<p>.. a</p>", "dots.html").title == ".. a"
    assert load_bytes(b".. a", "dots.txt").title
