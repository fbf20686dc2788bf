"""Agreement between two annotations of the same articles.

Run from the repository root:

    python eval/agreement.py eval/agreement/gold [--reference eval/gold] [-v] [--json]

Every file in the second annotation's folder is scored against the reference
file of the same stem exactly as ``eval/score.py`` scores the extractor: the
second annotation plays the extractor.  Its "must" and "should" actors,
places and open questions are the predictions; an open question's evidence
is widened to the sentence that holds it (the extractor's sentence split), as
the extractor's evidence always is.  Precision of the second annotation is
the recall of the first one read the other way round, so one run gives both.

The figures say how far two careful readers agree: a ceiling for what any
extractor can score against a single reference reading.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import score  # noqa: E402

from briefing.extract import load_pipeline  # noqa: E402
from briefing.extract.document import parse  # noqa: E402
from briefing.load import load_briefing  # noqa: E402


@dataclass(frozen=True)
class _Actor:
    name: str
    role: str
    affiliation: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class _Question:
    question: str
    evidence: str


@dataclass(frozen=True)
class _Reading:
    """A second annotation in the shape ``score`` reads from an analysis."""

    actors: tuple[_Actor, ...]
    places: tuple[tuple[str, tuple[str, ...]], ...]
    open_questions: tuple[_Question, ...]


def _listed(entries: list[dict]) -> list[dict]:
    return [e for e in entries if e.get("level") in ("must", "should")]


def _sentence_of(parsed, evidence: str) -> str:
    at = parsed.text.find(evidence)
    if at < 0:
        return evidence
    i = parsed.sentence_at(at)
    return parsed.sentences[i].text if i >= 0 else evidence


def reading(second: dict, parsed) -> _Reading:
    actors = tuple(
        _Actor(a["name"], a.get("role", ""), a.get("affiliation", ""), tuple(a.get("aliases", ())))
        for a in _listed(second.get("actors", []))
    )
    places = tuple((p["name"], tuple(p.get("aliases", ()))) for p in _listed(second.get("places", [])))
    questions = tuple(
        _Question(q["question"], _sentence_of(parsed, q["evidence"]))
        for q in _listed(second.get("open_questions", []))
    )
    return _Reading(actors, places, questions)


def compare(reference: dict, second: _Reading) -> dict:
    actors = [(a.name, score._names(a)) for a in second.actors]
    places = [(name, {score.norm(name)} | {score.norm(x) for x in aliases}) for name, aliases in second.places]
    counts = {
        "actors": score._match_named(actors, reference.get("actors", [])),
        "places": score._match_named(places, reference.get("places", [])),
        "questions": score._match_questions(second, reference.get("open_questions", [])),
    }
    return counts


def run(second_dir: Path, reference_dir: Path, articles_root: Path) -> dict:
    nlp = load_pipeline()
    totals = {p: score.Count() for p in score.PANELS}
    people = score.Agreement()
    result: dict = {"articles": {}}
    for path in sorted(Path(second_dir).glob("*.json")):
        ref_path = Path(reference_dir) / path.name
        if not ref_path.exists():
            print(f"{path.name}: no reference annotation in {reference_dir}; skipped", file=sys.stderr)
            continue
        second = json.loads(path.read_text(encoding="utf-8"))
        reference = json.loads(ref_path.read_text(encoding="utf-8"))
        briefing = load_briefing(Path(articles_root) / reference["briefing"])
        other = reading(second, parse(nlp, briefing))
        counts = compare(reference, other)
        agree = score.agreement(reference, other)
        people.add(agree)
        entry = {p: counts[p].as_dict() for p in score.PANELS}
        entry["people"] = agree.as_dict()
        result["articles"][path.stem] = entry
        for p in score.PANELS:
            totals[p].add(counts[p])
    result["totals"] = score._totals(totals)
    result["totals"]["people"] = {k: v for k, v in people.as_dict().items() if k != "disagreements"}
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("second", type=Path, help="folder of the second annotation (gold format)")
    ap.add_argument("--reference", type=Path, default=score.DEFAULT_GOLD_DIR,
                    help="folder of the reference annotation (default eval/gold)")
    ap.add_argument("--articles-root", type=Path, default=ROOT / "eval",
                    help="folder the reference files' briefing paths are relative to")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list what one reading has and the other lacks")
    args = ap.parse_args(argv)
    result = run(args.second, args.reference, args.articles_root)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(f'{"second vs reference":34} | {"actors P R F1 must":23} | {"places P R F1 must":23} | questions P R F1 must')
    for stem, entry in result["articles"].items():
        print(score._row(stem, entry))
        if args.verbose:
            score._print_differences(entry, "    ")
    print(score._row("TOTAL", result["totals"]))
    people = result["totals"]["people"]
    print(f'people: role agreement {people["role_agreement"]} (of {people["roles"]}), '
          f'affiliation agreement {people["affiliation_agreement"]} (of {people["affiliations"]})')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
