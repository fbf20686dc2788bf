"""Composing the one-page brief from a briefing and its analysis.

Composition is plain data → HTML (the subset Qt's rich text understands).
Whoever renders it lays it out on the real page and asks for less detail
until it fits one page: ``DETAIL_LEVELS`` runs from richest to sparest, and
the sparest level is small enough for any input (every field is capped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import escape

from briefing.model import Analysis, Briefing

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+")


@dataclass(frozen=True)
class BriefDetail:
    actors: int
    places: int
    questions: int
    lede_words: int
    evidence: bool  # quote the sentence under each open question
    base_pt: float  # body font size


DETAIL_LEVELS: tuple[BriefDetail, ...] = (
    BriefDetail(actors=10, places=8, questions=7, lede_words=220, evidence=True, base_pt=10),
    BriefDetail(actors=8, places=7, questions=6, lede_words=160, evidence=True, base_pt=9.5),
    BriefDetail(actors=8, places=6, questions=6, lede_words=120, evidence=False, base_pt=9.5),
    BriefDetail(actors=6, places=5, questions=5, lede_words=90, evidence=False, base_pt=9),
    BriefDetail(actors=5, places=4, questions=4, lede_words=60, evidence=False, base_pt=8.5),
    BriefDetail(actors=4, places=3, questions=3, lede_words=35, evidence=False, base_pt=8),
)


def clip(text: str, max_chars: int) -> str:
    text = " ".join(text.split())
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def lede(briefing: Briefing, max_words: int) -> str:
    """The opening of the body, whole sentences up to ``max_words``."""
    sentences: list[str] = []
    words = 0
    for para in briefing.paragraphs:
        for sentence in _SENTENCE_END.split(para):
            n = len(sentence.split())
            if words + n > max_words:
                if not sentences:  # one very long sentence: cut it
                    sentences.append(clip(sentence, max_words * 7))
                return " ".join(sentences)
            sentences.append(sentence)
            words += n
    return " ".join(sentences)


def _actor_line(a) -> str:
    detail = ", ".join(x for x in (a.role, a.affiliation if a.affiliation not in a.role else "") if x)
    line = f"<b>{escape(clip(a.name, 48))}</b>"
    if detail:
        line += f" — {escape(clip(detail, 60))}"
    elif a.kind != "person":
        line += f" <span style='color:#666'>({escape(a.kind)})</span>"
    return line


def _place_line(p) -> str:
    where = ", ".join(x for x in (p.kind, p.country) if x)
    return f"<b>{escape(clip(p.name, 40))}</b> <span style='color:#666'>({escape(where)})</span>"


def compose_brief_html(
    briefing: Briefing, analysis: Analysis, detail: BriefDetail, generated: date | None = None
) -> str:
    generated = generated or date.today()
    pt = detail.base_pt
    meta = " · ".join(
        escape(x) for x in (briefing.source, briefing.date, f"{briefing.word_count()} words") if x
    )
    parts = [
        f"<html><body style='font-family:\"DejaVu Sans\",sans-serif; font-size:{pt}pt; color:#111'>",
        f"<p style='font-size:{pt - 1.5}pt; color:#8a1c1c; letter-spacing:1px'><b>BRIEF</b>"
        f" &nbsp;·&nbsp; prepared {generated.isoformat()}</p>",
        f"<h1 style='font-size:{pt + 8}pt; margin-top:2px; margin-bottom:2px'>{escape(clip(briefing.title, 140))}</h1>",
    ]
    if meta:
        parts.append(f"<p style='color:#555; font-size:{pt - 1}pt; margin-top:0'>{meta}</p>")
    if briefing.standfirst:
        parts.append(f"<p><i>{escape(clip(briefing.standfirst, 300))}</i></p>")
    summary = lede(briefing, detail.lede_words)
    if summary:
        parts.append(f"<h3 style='font-size:{pt + 1.5}pt; margin-bottom:2px'>Summary</h3>")
        parts.append(f"<p style='margin-top:0'>{escape(summary)}</p>")

    actors = analysis.actors[: detail.actors]
    places = analysis.places[: detail.places]
    actor_cell = "<br>".join(_actor_line(a) for a in actors) or "<i>none found</i>"
    place_cell = "<br>".join(_place_line(p) for p in places) or "<i>none found</i>"
    parts.append(
        "<table width='100%' cellspacing='0' cellpadding='4' style='margin-top:6px'><tr>"
        f"<td width='60%' valign='top'><h3 style='font-size:{pt + 1.5}pt; margin:0'>Who</h3>{actor_cell}</td>"
        f"<td width='40%' valign='top'><h3 style='font-size:{pt + 1.5}pt; margin:0'>Where</h3>{place_cell}</td>"
        "</tr></table>"
    )

    questions = analysis.open_questions[: detail.questions]
    parts.append(f"<h3 style='font-size:{pt + 1.5}pt; margin-bottom:2px'>Open questions</h3>")
    if questions:
        items = []
        for q in questions:
            item = f"<li><b>{escape(clip(q.question, 160))}</b>"
            if q.condition:
                item += f" <span style='color:#555'>(condition: {escape(clip(q.condition, 80))})</span>"
            if detail.evidence:
                item += f"<br><span style='color:#555; font-size:{pt - 1}pt'>“{escape(clip(q.evidence, 220))}”</span>"
            items.append(item + "</li>")
        parts.append("<ol style='margin-top:0'>" + "".join(items) + "</ol>")
    else:
        parts.append("<p><i>The text leaves nothing flagged as unresolved.</i></p>")

    footer = briefing.url or briefing.path
    if footer:
        parts.append(f"<p style='color:#777; font-size:{pt - 2}pt'>Source: {escape(clip(footer, 140))}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)
