"""The analysis of a briefing as data to hand on: JSON for tools, Markdown for people.

The JSON is the shape ``main.py extract --json`` prints, so a file saved from
the window and the command line's output can be read by the same script.  The
Markdown is what an analyst pastes into a mail or a shared note: the three
panels as lists, each open question with the sentence that raises it.
"""

from __future__ import annotations

from briefing.model import Analysis, Briefing


def analysis_json(briefing: Briefing, analysis: Analysis) -> dict:
    return {"title": briefing.title, "date": briefing.date, "source": briefing.source, **analysis.to_json()}


def _md(text: str) -> str:
    """Text that Markdown shows as written (no accidental emphasis or links)."""
    for c in "\\`*_[]<>#|":
        text = text.replace(c, "\\" + c)
    return " ".join(text.split())


def analysis_markdown(briefing: Briefing, analysis: Analysis) -> str:
    lines = [f"# {_md(briefing.title)}", ""]
    meta = " · ".join(_md(x) for x in (briefing.date, briefing.source, briefing.url) if x)
    if meta:
        lines += [meta, ""]
    lines += ["## Who — actors", ""]
    for a in analysis.actors:
        detail = ", ".join(_md(x) for x in (a.role, a.affiliation) if x)
        lines.append(f"- **{_md(a.name)}** ({a.kind})" + (f" — {detail}" if detail else "")
                     + f" · {len(a.mentions)} mention{'s' if len(a.mentions) != 1 else ''}")
    if not analysis.actors:
        lines.append("- none found")
    lines += ["", "## Where — places", ""]
    for p in analysis.places:
        where = f", {_md(p.country)}" if p.country and p.country != p.name else ""
        lines.append(f"- **{_md(p.name)}** ({p.kind}{where})")
    if not analysis.places:
        lines.append("- none found")
    lines += ["", "## Still open — questions", ""]
    for n, q in enumerate(analysis.open_questions, 1):
        lines.append(f"{n}. {_md(q.question)}")
        if q.condition:
            lines.append(f"   - Condition: {_md(q.condition)}")
        lines.append(f"   - Evidence: “{_md(q.evidence)}”")
    if not analysis.open_questions:
        lines.append("- nothing flagged as unresolved")
    lines.append("")
    return "\n".join(lines)
