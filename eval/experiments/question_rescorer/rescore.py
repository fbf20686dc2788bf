"""Experiment: a learned score for the open-question rules' candidates.

The rules give each sentence a score from hand-set cue weights and ask it when
the score reaches ``THRESHOLD``.  This script asks whether a score learned from
the annotated articles ranks the same candidates better on rounds it has not
seen: it phrases every sentence whose cues score at least ``BAR`` (far below
the threshold), labels it by whether it holds the evidence of a reference
question, and compares, one annotation round held out at a time,

- the rules as shipped (score >= THRESHOLD), with
- an L2 logistic regression over the candidate's cues, context and phrasing,
  its cut chosen on the training rounds only (the lowest probability at which
  they keep the rules' own precision).

    .venv/bin/python eval/experiments/question_rescorer/rescore.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from score import _evidence_match, gold_files  # noqa: E402

BAR = 0.45
L2 = 3.0
_SPEECH = re.compile(r"\b(?:said|says|told|added|according)\b")
_QUOTES = re.compile(r"[\"“”]")


def group_of(label: str) -> str:
    if label == "sample":
        return "sample"
    num = label.split("-")[0]
    return "0x-2x" if len(num) == 2 and num[0] in "012" else num[:-1] + "x"


def features(c, index: int, n_sents: int) -> dict[str, float]:
    """Named features of one candidate (a `questions._Candidate`)."""
    top = c.cues[0]
    f: dict[str, float] = {
        "bias": 1.0,
        "score": c.score,
        "top_weight": top.weight,
        "second_weight": c.cues[1].weight if len(c.cues) > 1 else 0.0,
        "strong_cues": min(3, sum(x.weight >= 0.5 for x in c.cues)),
        "actors": min(3, len(c.involved)) / 3,
        "position": index / max(1, n_sents - 1),
        "first_sentences": float(index < 3),
        "quoted": float(bool(_QUOTES.search(c.sent.text))),
        "speech": float(bool(_SPEECH.search(c.sent.text))),
        "length": min(60, len(c.sent.span)) / 60,
        "q_length": min(25, len(c.question.split())) / 25,
        f"kind={top.kind}": 1.0,
        f"lemma={top.token.lemma_.lower()}": 1.0,
        f"kind_lemma={top.kind}:{top.token.lemma_.lower()}": 1.0,
        f"block={c.sent.block_kind}": 1.0,
        f"opener={c.question.split()[0].lower()}": 1.0,
        f"root_tag={c.sent.span.root.tag_}": 1.0,
    }
    for x in c.cues[1:3]:
        f[f"also={x.kind}"] = 1.0
    first = c.sent.span[0].lower_
    if first in ("i", "we", "our", "my"):
        f["first_person"] = 1.0
    if any(t.dep_ == "neg" for t in c.sent.span):
        f["negation"] = 1.0
    if any(t.ent_type_ in ("DATE", "TIME") for t in c.sent.span):
        f["date"] = 1.0
    return f


def build() -> list[dict]:
    from briefing.extract import load_pipeline
    from briefing.extract.actors import build_actors
    from briefing.extract.document import parse
    from briefing.extract.entities import candidates
    from briefing.extract.questions import THRESHOLD, _candidates
    from briefing.load import load_briefing

    nlp = load_pipeline()
    arts = []
    for label, gpath, bpath in gold_files():
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        gq = [g for g in gold.get("open_questions", []) if g.get("level") in ("must", "should")]
        parsed = parse(nlp, load_briefing(bpath))
        actors = build_actors(parsed, candidates(parsed))
        index = {s.start: i for i, s in enumerate(parsed.sentences)}
        rows, ys, rules = [], [], []
        for c in _candidates(parsed, actors, BAR):
            rows.append(features(c, index[c.sent.start], len(parsed.sentences)))
            ys.append(float(any(_evidence_match(g["evidence"], c.sent.text) for g in gq)))
            rules.append(c.score >= THRESHOLD)
        arts.append({"label": label, "group": group_of(label), "rows": rows, "y": np.array(ys),
                     "rules": np.array(rules, dtype=bool), "gold": len(gq)})
    return arts


def vectorise(arts: list[dict], vocab: dict[str, int] | None = None) -> tuple[np.ndarray, dict[str, int]]:
    rows = [r for a in arts for r in a["rows"]]
    if vocab is None:
        counts: dict[str, int] = defaultdict(int)
        for r in rows:
            for k in r:
                counts[k] += 1
        vocab = {k: i for i, k in enumerate(sorted(k for k, n in counts.items() if n >= 3))}
    x = np.zeros((len(rows), len(vocab)))
    for i, r in enumerate(rows):
        for k, v in r.items():
            j = vocab.get(k)
            if j is not None:
                x[i, j] = v
    return x, vocab


def train(x: np.ndarray, y: np.ndarray, l2: float = L2, iters: int = 400) -> np.ndarray:
    w = np.zeros(x.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for k in range(1, iters + 1):
        p = 1 / (1 + np.exp(-(x @ w)))
        g = x.T @ (p - y) / len(y) + l2 * w / len(y)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** k)) / (np.sqrt(v / (1 - 0.999 ** k)) + 1e-8)
    return w


def main() -> int:
    arts = build()
    groups = sorted({a["group"] for a in arts})
    tot = defaultdict(int)
    print("| held out | gold | rules asked | rules right | model asked | model right | cut |")
    print("|---|---|---|---|---|---|---|")
    for g in groups:
        train_arts = [a for a in arts if a["group"] != g]
        test_arts = [a for a in arts if a["group"] == g]
        x, vocab = vectorise(train_arts)
        y = np.concatenate([a["y"] for a in train_arts])
        rules = np.concatenate([a["rules"] for a in train_arts])
        w = train(x, y)
        p = 1 / (1 + np.exp(-(x @ w)))
        # The cut: the lowest probability at which the training rounds keep the rules' precision.
        target = y[rules].mean() if rules.any() else 0.75
        cut = 1.0
        for t in np.arange(0.95, 0.05, -0.01):
            sel = p >= t
            if sel.sum() >= 20 and y[sel].mean() >= target:
                cut = t
        xt, _ = vectorise(test_arts, vocab)
        yt = np.concatenate([a["y"] for a in test_arts]) if test_arts else np.zeros(0)
        rt = np.concatenate([a["rules"] for a in test_arts])
        pt = 1 / (1 + np.exp(-(xt @ w)))
        gold = sum(a["gold"] for a in test_arts)
        row = (gold, int(rt.sum()), int(yt[rt].sum()), int((pt >= cut).sum()), int(yt[pt >= cut].sum()))
        for k, n in zip(("gold", "ra", "rr", "ma", "mr"), row):
            tot[k] += n
        print(f"| {g} | {row[0]} | {row[1]} | {row[2]} | {row[3]} | {row[4]} | {cut:.2f} |")
    print(f"| total | {tot['gold']} | {tot['ra']} | {tot['rr']} | {tot['ma']} | {tot['mr']} | |")
    print(f"rules: P {tot['rr'] / max(1, tot['ra']):.3f} R {tot['rr'] / tot['gold']:.3f}; "
          f"model: P {tot['mr'] / max(1, tot['ma']):.3f} R {tot['mr'] / tot['gold']:.3f} "
          "(before the rules' de-duplication)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
