"""Word (.docx) briefings: styles say what each paragraph is.

Title/Subtitle/Heading/List/Quote styles map to block kinds; bold, italic and
hyperlinks are kept as inline markup.  Legacy .doc files are not zip files
and are refused with a clear message.
"""

from __future__ import annotations

import io
import logging
import zipfile

from briefing.formats import FormatError
from briefing.formats.blocks import Run, clean, fallback_title, link_mark, make_block
from briefing.model import Block, Briefing

log = logging.getLogger(__name__)

#: A document.xml that unpacks to more than this is a zip bomb, not a briefing.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


def parse(data: bytes, name: str) -> Briefing:
    import docx

    _check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [b for item in document.iter_inner_content() for b in _blocks(item)]
        props = document.core_properties
        core = {
            "title": clean(props.title or ""), "author": clean(props.author or ""),
            "date": props.created.date().isoformat() if props.created else "",
            "tags": tuple(t for t in (clean(k) for k in (props.keywords or "").split(",")) if t),
        }
    except FormatError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx on untrusted input
        log.info("python-docx could not read %s", name, exc_info=True)
        raise FormatError("the Word document is damaged or not readable") from exc

    if not any(b.kind == "title" for b in blocks):
        # No Title style: the first top-level heading, else the document properties.
        first = next((i for i, b in enumerate(blocks) if b.kind == "heading1"), None)
        if first == 0 or (first is not None and not core["title"]):
            blocks[first] = Block("title", blocks[first].text, blocks[first].html)
        elif core["title"]:
            blocks.insert(0, Block("title", core["title"]))
    blocks = [Block("heading", b.text, b.html) if b.kind == "heading1" else b for b in blocks]
    if not blocks:
        raise FormatError("the Word document has no text")
    title = next((b.text for b in blocks if b.kind == "title"), "") or fallback_title(blocks, name)
    return Briefing(
        title=title, blocks=tuple(blocks), author=core["author"], date=core["date"],
        tags=core["tags"], format="docx",
    )


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise FormatError("this is not a Word .docx file (an old .doc, or damaged?)") from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise FormatError("the Word document unpacks to an implausible size")


def _kind(paragraph) -> str:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    style = style.lower()
    if style == "title":
        return "title"
    if style == "subtitle":
        return "standfirst"
    if style == "heading 1":
        return "heading1"  # may become the title; decided once all are read
    if style.startswith("heading"):
        return "heading"
    if "quote" in style:
        return "quote"
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if style.startswith("list") or numbered:
        return "item"
    return "paragraph"


def _blocks(item) -> list[Block]:
    from docx.table import Table
    from docx.text.hyperlink import Hyperlink

    if isinstance(item, Table):
        # One block per row, as for Markdown tables; cells joined by " | ".
        rows = []
        for row in item.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) not in seen:  # a merged cell is listed once per grid column
                    seen.add(id(cell._tc))
                    cells.append(clean(cell.text))
            rows.append(make_block("paragraph", " | ".join(c for c in cells if c)))
        return [row for row in rows if row is not None]
    runs: list[Run] = []
    for part in item.iter_inner_content():
        if isinstance(part, Hyperlink):
            link = link_mark(part.address) if part.address else None
            for run in part.runs:
                runs.append(Run(run.text, _marks(run) + ((link,) if link else ())))
        else:
            runs.append(Run(part.text, _marks(part)))
    block = make_block(_kind(item), runs)
    return [block] if block is not None else []


def _marks(run) -> tuple:
    marks = []
    if run.bold:
        marks.append(("b",))
    if run.italic:
        marks.append(("i",))
    return tuple(marks)
