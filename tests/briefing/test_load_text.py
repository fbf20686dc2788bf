"""Plain-text briefings: title, standfirst and paragraphs inferred from lines."""

from __future__ import annotations

import textwrap
from pathlib import Path

from briefing.load import load_briefing, load_bytes

DATA = Path(__file__).resolve().parents[1] / "data"


def kinds(briefing):
    return [b.kind for b in briefing.blocks]


def test_sample_seed_reads_like_an_article():
    b = load_briefing(DATA / "seed_zelensky_istanbul.txt")
    assert b.format == "text"
    assert b.title == "Zelensky Prepares for Crucial Talks with Putin in Turkey"
    assert b.text.count(b.title) == 1
    assert b.blocks[0].kind == "title"
    assert b.standfirst.startswith("Ukrainian President aims for direct dialogue")
    assert b.paragraphs[0].startswith("Ukrainian President Volodymyr Zelensky")
    # The summary line above the title is dropped: the deck below it is the standfirst.
    assert "pivotal moment" not in b.text
    assert kinds(b)[:3] == ["title", "standfirst", "paragraph"]
    assert len(b.paragraphs) == 9


def test_summary_above_title_becomes_standfirst_when_there_is_no_deck():
    text = (
        "Ministers agreed a new trade pact after a night of talks.\n"
        "Trade Pact Agreed in Geneva\n\nTrade Pact Agreed in Geneva\n"
        + "The agreement, reached after twelve hours of negotiation, cuts tariffs on grain. " * 3
        + "\n" + "Officials said the pact would take effect in the spring once ratified. " * 3
    )
    b = load_bytes(text.encode(), "pact.txt")
    assert b.title == "Trade Pact Agreed in Geneva"
    assert b.text.count("Trade Pact Agreed in Geneva") == 1
    assert b.standfirst == "Ministers agreed a new trade pact after a night of talks."
    assert b.paragraphs[0].startswith("The agreement")


def test_hard_wrapped_paragraphs_are_rejoined():
    paragraphs = [
        "The foreign ministers of five countries met in Cairo on Wednesday to discuss the "
        "maritime agreement between Turkey and Libya, which they called null and void.",
        "Egypt, Greece, Cyprus and France said the deal infringes upon the sovereign rights "
        "of third states and called on Turkey to halt drilling near Cyprus.",
    ]
    text = "Cairo Summit Denounces Deal\n\n" + "\n\n".join(textwrap.fill(p, 70) for p in paragraphs)
    text += "\n\n- first point\n- second point\n  continued\n"
    b = load_bytes(text.encode(), "wrapped.txt")
    assert b.title == "Cairo Summit Denounces Deal"
    assert list(b.paragraphs[:2]) == paragraphs
    assert [x.text for x in b.blocks if x.kind == "item"] == ["first point", "second point continued"]


def test_single_newline_wrapped_text_is_rejoined():
    body = textwrap.fill("word " * 60 + "end of the paragraph.", 64)
    b = load_bytes(("Heading Line\n\n" + body).encode(), "w.txt")
    assert b.paragraphs == (" ".join(("word " * 60 + "end of the paragraph.").split()),)


def test_title_falls_back_to_first_sentence_or_file_name():
    long = "Officials in the capital confirmed on Monday that the talks would resume. More follows."
    b = load_bytes(long.encode(), "note.txt")
    assert b.title == "Officials in the capital confirmed on Monday that the talks would resume"
    assert "title" not in kinds(b)
    b = load_bytes("12345 67890 ...".encode(), "field_report.txt")
    assert b.title == "field report"


def test_blocks_are_single_lines_and_offsets_match():
    b = load_briefing(DATA / "seed_zelensky_istanbul.txt")
    for block, start in zip(b.blocks, b.block_offsets()):
        assert block.text and "\n" not in block.text
        assert b.text[start:start + len(block.text)] == block.text


def test_byline_becomes_the_author_not_a_heading():
    text = ("Port Strike Spreads to the North\n\nBy Jane Doe and Ahmed al-Rashid, Harbour Times\n\n"
            "Dock workers in three more cities walked out on Monday, union officials said.\n\n"
            "The strike may last into next week if talks fail.\n")
    b = load_bytes(text.encode(), "strike.txt")
    assert b.title == "Port Strike Spreads to the North"
    assert b.author == "Jane Doe and Ahmed al-Rashid"
    assert all("Jane Doe" not in blk.text for blk in b.blocks)
    assert [blk.kind for blk in b.blocks] == ["title", "paragraph", "paragraph"]


def test_lines_that_only_look_like_bylines_stay():
    for line in ("By Tuesday, the port was closed again.", "By Land and Sea"):
        text = (f"Port Strike Spreads\n\n{line}\n\n"
                "Dock workers walked out on Monday, officials said, and more may follow.\n")
        b = load_bytes(text.encode(), "strike.txt")
        assert b.author == ""
        assert any(line in blk.text for blk in b.blocks)
