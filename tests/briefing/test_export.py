"""The analysis as Markdown and JSON, independent of the window."""

from __future__ import annotations

from briefing.export import analysis_json, analysis_markdown
from briefing.model import Actor, Analysis, Block, Briefing, Mention, OpenQuestion, Place


def _briefing() -> Briefing:
    return Briefing(title="Port *strike* [update]", blocks=(Block("title", "Port *strike* [update]"),
                                                         Block("paragraph", "Talks may resume.")),
                    date="2026-01-02", source="Harbour Times")


def test_markdown_lists_every_panel_and_keeps_text_literal():
    analysis = Analysis(
        actors=(Actor("Jane Doe", "person", role="Union leader", affiliation="Dockers_Union",
                      mentions=(Mention(0, 4), Mention(9, 13))),),
        places=(Place("Rotterdam", "city", country="Netherlands"), Place("Netherlands", "country")),
        open_questions=(OpenQuestion(question="Will talks resume?", evidence="Talks may resume.",
                                     span=Mention(23, 40), condition="if the port reopens"),),
    )
    md = analysis_markdown(_briefing(), analysis)
    assert md.startswith("# Port \\*strike\\* \\[update\\]\n")
    assert "2026-01-02 · Harbour Times" in md
    assert "- **Jane Doe** (person) — Union leader, Dockers\\_Union · 2 mentions" in md
    assert "- **Rotterdam** (city, Netherlands)" in md and "- **Netherlands** (country)\n" in md
    assert "1. Will talks resume?\n   - Condition: if the port reopens\n   - Evidence: “Talks may resume.”" in md


def test_empty_analysis_says_so():
    md = analysis_markdown(_briefing(), Analysis())
    assert md.count("- none found") == 2 and "- nothing flagged as unresolved" in md
    assert analysis_json(_briefing(), Analysis())["actors"] == []
