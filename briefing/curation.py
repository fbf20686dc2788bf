"""The reader's corrections, kept apart from what the extractor found.

Renamed, merged and hidden entries and resolved questions are stored beside
the briefing and laid over the extracted analysis each time it is shown, so
a better extractor can run again later without losing the reader's work.
Entries are addressed by the name the extractor gave them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from briefing.model import Actor, Analysis, Place


@dataclass
class Curation:
    renamed_actors: dict[str, str] = field(default_factory=dict)  # extracted name → reader's name
    hidden_actors: set[str] = field(default_factory=set)
    hidden_places: set[str] = field(default_factory=set)
    resolved_questions: set[str] = field(default_factory=set)  # question text

    def is_empty(self) -> bool:
        return not (self.renamed_actors or self.hidden_actors or self.hidden_places or self.resolved_questions)

    def to_json(self) -> dict:
        return {
            "version": 1,
            "renamed_actors": dict(sorted(self.renamed_actors.items())),
            "hidden_actors": sorted(self.hidden_actors),
            "hidden_places": sorted(self.hidden_places),
            "resolved_questions": sorted(self.resolved_questions),
        }

    @classmethod
    def from_json(cls, data: dict) -> "Curation":
        return cls(
            renamed_actors={str(k): str(v) for k, v in dict(data.get("renamed_actors", {})).items()},
            hidden_actors=set(map(str, data.get("hidden_actors", ()))),
            hidden_places=set(map(str, data.get("hidden_places", ()))),
            resolved_questions=set(map(str, data.get("resolved_questions", ()))),
        )

    def _sources(self, extracted: Analysis, shown: str) -> list[str]:
        """The extracted actors that are shown as ``shown`` (several after a merge)."""
        return [a.name for a in extracted.actors if self.renamed_actors.get(a.name, a.name) == shown]

    def rename_actor(self, extracted: Analysis, shown: str, new_name: str) -> None:
        new_name = " ".join(new_name.split())
        if not new_name:
            return
        for name in self._sources(extracted, shown):
            if name == new_name:
                self.renamed_actors.pop(name, None)
            else:
                self.renamed_actors[name] = new_name

    def hide_actor(self, extracted: Analysis, shown: str) -> None:
        self.hidden_actors.update(self._sources(extracted, shown))

    def restore_actors(self) -> None:
        self.hidden_actors.clear()

    def apply(self, analysis: Analysis) -> Analysis:
        """The analysis as the reader has corrected it.

        Renaming an actor to the name of another merges the two: mentions and
        aliases are pooled and the first-ranked keeps its place.
        """
        merged: dict[str, Actor] = {}
        for actor in analysis.actors:
            if actor.name in self.hidden_actors:
                continue
            name = self.renamed_actors.get(actor.name, actor.name)
            if name in merged:
                merged[name] = _merge(merged[name], actor)
            else:
                aliases = actor.aliases + ((actor.name,) if name != actor.name else ())
                merged[name] = replace(actor, name=name, aliases=tuple(dict.fromkeys(aliases)))
        places: tuple[Place, ...] = tuple(p for p in analysis.places if p.name not in self.hidden_places)
        questions = tuple(q for q in analysis.open_questions if q.question not in self.resolved_questions)
        return replace(analysis, actors=tuple(merged.values()), places=places, open_questions=questions)


def _merge(kept: Actor, other: Actor) -> Actor:
    aliases = tuple(dict.fromkeys(a for a in (*kept.aliases, other.name, *other.aliases) if a != kept.name))
    mentions = tuple(sorted(set(kept.mentions) | set(other.mentions), key=lambda m: (m.start, m.end)))
    return replace(
        kept,
        aliases=aliases,
        mentions=mentions,
        role=kept.role or other.role,
        affiliation=kept.affiliation or other.affiliation,
        salience=max(kept.salience, other.salience),
    )
