"""Run the pipeline over a briefing block by block, keeping global offsets.

Blocks are parsed separately (``nlp.pipe``) so a title without a full stop
never glues onto the first paragraph and entities never cross blocks; every
token offset is shifted by its block's start so spans address
``Briefing.text`` directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Briefing
from .affiliations import runs_into_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass
class Sentence:
    start: int  # global character offsets
    end: int
    text: str
    span: "Span"
    block: int
    block_kind: str


@dataclass
class Parsed:
    briefing: Briefing
    text: str
    docs: list["Doc"]
    offsets: list[int]  # global start of each block / doc
    kinds: list[str]
    # Each block's text, as parsed: Doc.text joins every token again on each
    # call, and the rules ask for it once per block per rule.
    block_texts: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def gstart(self, block: int, token: "Token") -> int:
        return self.offsets[block] + token.idx

    def gspan(self, block: int, span: "Span") -> tuple[int, int]:
        return self.offsets[block] + span.start_char, self.offsets[block] + span.end_char

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence containing global offset ``pos`` (or -1)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if pos < s.start:
                hi = mid - 1
            elif pos >= s.end:
                lo = mid + 1
            else:
                return mid
        return -1


def parse(nlp, briefing: Briefing) -> Parsed:
    texts = [b.text for b in briefing.blocks]
    offsets = briefing.block_offsets()
    docs = list(nlp.pipe(texts, batch_size=64))
    for doc in docs:
        _end_entities_before_titles(doc)
    parsed = Parsed(briefing, briefing.text, docs, offsets, [b.kind for b in briefing.blocks], texts)
    for i, doc in enumerate(docs):
        for s in _sentences(doc):
            text = s.text.strip()
            if not text:
                continue
            start = offsets[i] + s.start_char
            # Trim trailing whitespace so the evidence span is exactly the sentence.
            start += len(s.text) - len(s.text.lstrip())
            parsed.sentences.append(
                Sentence(start, start + len(text), text, s, i, parsed.kinds[i])
            )
    return parsed


def _end_entities_before_titles(doc: "Doc") -> None:
    """A body's name the model ran on into the next person's title ends
    before it: "the Criminal Division | and Acting U.S. Attorney X"."""
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        cut = next((k for k in range(ent.start + 1, ent.end - 1) if runs_into_title(doc, k)), None)
        if cut is not None:
            ents[n] = type(ent)(doc, ent.start, cut, label=ent.label)
            changed = True
    if changed:
        doc.ents = ents


def _sentences(doc: "Doc") -> list["Span"]:
    """spaCy's sentences, re-joined where the small parser splits inside quotes.

    A "sentence" that starts in lower case (after an optional quote mark or
    bracket) continues the previous one: he may fly "if I see potential"; so
    does one after a bracket left open: "instructed ODESC [Officials
    Committee for Domestic and External Security] to report".
    """
    out: list[Span] = []
    for s in _split_after_clock_times(doc, list(doc.sents)):
        first = next((t for t in s if not (t.is_punct or t.is_space)), None)
        starts_lower = first is not None and first.text[:1].islower()
        tiny = len([t for t in s if not t.is_punct]) == 0
        if out and (starts_lower or tiny or _unclosed(out[-1].text)):
            out[-1] = doc[out[-1].start : s.end]
        else:
            out.append(s)
    return out


_CLOCK_ABBREVIATIONS = frozenset(("a.m.", "p.m."))
_NOT_OPENERS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split())


def _split_after_clock_times(doc: "Doc", sents: list["Span"]) -> list["Span"]:
    """Sentences the parser ran on past a clock time that ended one: "... between
    3 p.m. and 6 a.m. Thailand planned a curfew" is two sentences, the second
    opening with the subject of its own verb (not "at 9 p.m. Monday", "at
    10 a.m. ET")."""
    out: list["Span"] = []
    for s in sents:
        start = s.start
        for t in s[:-1]:
            if t.lower_ not in _CLOCK_ABBREVIATIONS or t.i + 1 >= s.end:
                continue
            nxt = doc[t.i + 1]
            subj = nxt if nxt.dep_ in ("nsubj", "nsubjpass") else (
                nxt.head if nxt.dep_ == "compound" and nxt.head.dep_ in ("nsubj", "nsubjpass") else None)
            if (nxt.is_alpha and nxt.text[:1].isupper() and not nxt.text.isupper()
                    and nxt.lower_ not in _NOT_OPENERS and subj is not None and subj.head.i > subj.i):
                out.append(doc[start : t.i + 1])
                start = t.i + 1
        out.append(doc[start : s.end])
    return out


def _unclosed(text: str) -> bool:
    return text.count("[") > text.count("]") or text.count("(") > text.count(")")
