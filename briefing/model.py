"""Plain, immutable data passed between the rooms of the app.

Every character span (``Mention``) is an offset into ``Briefing.text``: the
blocks of the briefing joined by one newline each.  The window renders one
text block per ``Block``, so the same offsets address the rendered document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

#: Kinds of block a loader may produce, in the order a reader meets them.
BLOCK_KINDS = ("title", "standfirst", "heading", "paragraph", "item", "quote", "code")


@dataclass(frozen=True)
class Block:
    """One paragraph-like piece of a briefing.

    ``html`` is optional inline markup for display (emphasis, links); its
    visible text must equal ``text`` so spans stay valid.  Newlines never
    occur inside ``text``.
    """

    kind: str
    text: str
    html: str = ""

    def display_html(self) -> str:
        return self.html or escape(self.text)


@dataclass(frozen=True)
class Briefing:
    title: str
    blocks: tuple[Block, ...]
    date: str = ""
    source: str = ""
    url: str = ""
    author: str = ""
    tags: tuple[str, ...] = ()
    path: str = ""  # where it was loaded from
    format: str = "text"  # text | markdown | html | pdf | docx

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @property
    def standfirst(self) -> str:
        return next((b.text for b in self.blocks if b.kind == "standfirst"), "")

    @property
    def body(self) -> str:
        """Everything but the title and standfirst, for snippets and the brief."""
        return "\n".join(b.text for b in self.blocks if b.kind not in ("title", "standfirst"))

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind not in ("title", "standfirst"))

    def block_offsets(self) -> list[int]:
        """Start offset of each block in ``text``."""
        offsets, pos = [], 0
        for b in self.blocks:
            offsets.append(pos)
            pos += len(b.text) + 1
        return offsets

    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Mention:
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str  # person | organisation | state
    role: str = ""
    affiliation: str = ""
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    salience: float = 0.0

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "affiliation": self.affiliation,
            "aliases": list(self.aliases),
            "mentions": len(self.mentions),
            "spans": [[m.start, m.end] for m in self.mentions],
            "salience": round(self.salience, 3),
        }


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # city | country | region | site
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    mentions: tuple[Mention, ...] = ()

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "mentions": len(self.mentions),
            "spans": [[m.start, m.end] for m in self.mentions],
        }


@dataclass(frozen=True)
class OpenQuestion:
    question: str  # always ends with "?"
    evidence: str  # the sentence that raises it
    span: Mention  # of the evidence sentence in Briefing.text
    condition: str = ""
    actors: tuple[str, ...] = ()
    score: float = 0.0

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "evidence": self.evidence,
            "span": [self.span.start, self.span.end],
            "condition": self.condition,
            "actors": list(self.actors),
            "score": round(self.score, 3),
        }


@dataclass(frozen=True)
class Analysis:
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    open_questions: tuple[OpenQuestion, ...] = ()
    extractor: str = ""  # name and version of what produced it

    def to_json(self) -> dict:
        return {
            "actors": [a.to_json() for a in self.actors],
            "places": [p.to_json() for p in self.places],
            "open_questions": [q.to_json() for q in self.open_questions],
            "extractor": self.extractor,
        }

    @classmethod
    def from_json(cls, data: dict) -> "Analysis":
        def spans(items):
            return tuple(Mention(int(s), int(e)) for s, e in items or ())

        return cls(
            actors=tuple(
                Actor(
                    name=a["name"], kind=a["kind"], role=a.get("role", ""),
                    affiliation=a.get("affiliation", ""), aliases=tuple(a.get("aliases", ())),
                    mentions=spans(a.get("spans")), salience=a.get("salience", 0.0),
                )
                for a in data.get("actors", ())
            ),
            places=tuple(
                Place(
                    name=p["name"], kind=p["kind"], country=p.get("country", ""),
                    latitude=p.get("latitude"), longitude=p.get("longitude"),
                    mentions=spans(p.get("spans")),
                )
                for p in data.get("places", ())
            ),
            open_questions=tuple(
                OpenQuestion(
                    question=q["question"], evidence=q["evidence"],
                    span=Mention(*q.get("span", (0, 0))), condition=q.get("condition", ""),
                    actors=tuple(q.get("actors", ())), score=q.get("score", 0.0),
                )
                for q in data.get("open_questions", ())
            ),
            extractor=data.get("extractor", ""),
        )


class BriefingError(Exception):
    """A file could not be turned into a briefing; the message is for the user."""


@dataclass
class ImportReport:
    """What an import did, one line per file that was not simply added."""

    added: list[str] = field(default_factory=list)  # ids of new entries
    duplicates: list[str] = field(default_factory=list)  # paths already in the library
    ids: list[str] = field(default_factory=list)  # every entry the batch names, in order
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    cancelled: bool = False

    def summary(self) -> str:
        parts = [f"{len(self.added)} added"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already in the library")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        if self.cancelled:
            parts.append("cancelled")
        return ", ".join(parts)
