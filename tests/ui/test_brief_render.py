"""The one-page brief, written as a real PDF and read back with pypdf."""

from __future__ import annotations

import re

import pypdf
import pytest

from briefing.brief import DETAIL_LEVELS, compose_brief_html, lede
from briefing.load import load_briefing
from briefing.model import Actor, Analysis, Block, Briefing, Mention, OpenQuestion, Place
from ui.brief_render import write_brief_pdf


def _text(pdf) -> str:
    # Qt's PDFs separate words with tabs for pypdf; compare on plain spaces.
    return re.sub(r"\s+", " ", "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages))


@pytest.fixture(scope="module")
def sample_analysis():
    from briefing.extract import extract
    from tests.conftest import SAMPLE

    briefing = load_briefing(SAMPLE)
    return briefing, extract(briefing)


@pytest.mark.parametrize("paper, size", [("a4", (595, 842)), ("letter", (612, 792))])
def test_brief_of_the_sample_is_one_page(qapp, tmp_path, sample_analysis, paper, size):
    briefing, analysis = sample_analysis
    out = tmp_path / f"brief-{paper}.pdf"
    assert write_brief_pdf(briefing, analysis, out, paper=paper) == 1
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    text = _text(out)
    assert briefing.title in text
    assert "Open questions" in text and "Who" in text and "Where" in text
    for actor in analysis.actors[:3]:
        assert actor.name in text


def test_an_overfull_brief_still_fits_one_page(qapp, tmp_path):
    long_para = "This sentence is long and keeps going to fill the page with words. " * 60
    briefing = Briefing(
        title="A very long title that goes on " * 8,
        blocks=(Block("title", "A very long title that goes on " * 8),
                Block("standfirst", "A standfirst that is also rather long. " * 20),
                *(Block("paragraph", long_para) for _ in range(30))),
        source="Somewhere", date="2024-01-01",
    )
    span = Mention(0, 10)
    analysis = Analysis(
        actors=tuple(Actor(f"Person Number {i} With A Long Name", "person",
                           role="Deputy Assistant Under-Secretary of Everything", affiliation="Some Organisation",
                           mentions=(span,)) for i in range(60)),
        places=tuple(Place(f"Place {i}", "city", country="Country") for i in range(60)),
        open_questions=tuple(OpenQuestion(f"Will question {i} ever be answered in full? " * 3,
                                          long_para[:400], span, condition="if x " * 30) for i in range(40)),
    )
    out = tmp_path / "full.pdf"
    write_brief_pdf(briefing, analysis, out, paper="letter")
    assert len(pypdf.PdfReader(out).pages) == 1
    assert "Person Number 0" in _text(out)


def test_every_real_article_gives_one_page(qapp, tmp_path, articles_dir):
    from briefing.extract import extract

    for path in sorted(articles_dir.glob("*.md"))[:6]:
        briefing = load_briefing(path)
        out = tmp_path / (path.stem + ".pdf")
        write_brief_pdf(briefing, extract(briefing), out)
        assert len(pypdf.PdfReader(out).pages) == 1, path.name
        assert briefing.title[:30] in _text(out)


def test_composition_levels_shrink_and_escape():
    briefing = Briefing(title="<script>alert(1)</script> & co",
                        blocks=(Block("title", "<script>alert(1)</script> & co"),
                                Block("paragraph", "One. Two three. Four five six.")))
    html = compose_brief_html(briefing, Analysis(), DETAIL_LEVELS[0])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "nothing flagged as unresolved" in html
    assert [d.lede_words for d in DETAIL_LEVELS] == sorted((d.lede_words for d in DETAIL_LEVELS), reverse=True)
    assert lede(briefing, 3) == "One. Two three."
