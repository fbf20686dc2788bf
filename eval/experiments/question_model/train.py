"""Train the open-question sentence model from eval/gold + eval/articles.

    python eval/experiments/question_model/train.py            # grouped cross-validation, then write the weights
    python eval/experiments/question_model/train.py --cv-only  # report only

A sentence is positive when it holds the evidence of a gold open question
(matched as eval/score.py matches evidence).  Cross-validation holds out one
annotation round at a time (01-23, 3x, 4x, ... 10x); the threshold is chosen
inside the training rounds only (leave-one-round-out on them), as the lowest
probability at which the rules plus the added questions keep a precision of
at least ``TARGET_P`` on those rounds.  Output is deterministic.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(HERE))

import question_model as qm  # noqa: E402
from score import _evidence_match, _match_questions, gold_files  # noqa: E402

TARGET_P = 0.75
UNASKED_ONLY = True
CACHE = Path("/tmp/question_model_rows.pkl")


def group_of(label: str) -> str:
    if label == "sample":
        return "sample"
    num = label.split("-")[0]
    return "0x-2x" if len(num) == 2 and num[0] in "012" else num[:-1] + "x"


def build_dataset() -> list[dict]:
    from briefing.extract import load_pipeline
    from briefing.extract.actors import build_actors
    from briefing.extract.document import parse
    from briefing.extract.entities import candidates
    from briefing.extract.questions import _Phraser, _Resolver, build_questions
    from briefing.load import load_briefing

    nlp = load_pipeline()
    out = []
    for label, gpath, bpath in gold_files():
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        briefing = load_briefing(bpath)
        parsed = parse(nlp, briefing)
        cands = candidates(parsed)
        actors = build_actors(parsed, cands)
        rules = build_questions(parsed, actors)
        asked = {q.span.start for q in rules}
        idxs, rows = qm.sentence_rows(parsed, asked)
        gq = [g for g in gold.get("open_questions", []) if g.get("level") in ("must", "should")]
        texts = [parsed.sentences[i].text for i in idxs]
        resolver = _Resolver(parsed, actors)
        phrased = [None if parsed.sentences[i].start in asked else qm.phrase(
            _Phraser(parsed, resolver, parsed.sentences[i].block, parsed.sentences[i].start), parsed.sentences[i])
            for i in idxs]
        y = np.array([any(_evidence_match(g["evidence"], t) for g in gq) for t in texts], dtype=np.float64)
        out.append({"label": label, "group": group_of(label), "gold": gold, "rows": rows, "y": y,
                    "texts": texts, "phrased": phrased,
                    "asked": np.array([parsed.sentences[i].start in asked for i in idxs]),
                    "rules": [(q.question, q.evidence) for q in rules]})
    return out


def evaluate(arts: list[dict], probs: list[np.ndarray], thr: float, drop: float = -1.0) -> tuple[int, int, int, int]:
    """(tp, predicted, found, gold) over the articles with rules + added sentences."""
    tp = pred = found = gold = 0
    for a, p in zip(arts, probs):
        qs = [SimpleNamespace(question=q, evidence=e) for q, e in a["rules"]]
        if drop > 0:
            low = {a["texts"][k] for k in range(len(p)) if a["asked"][k] and p[k] < drop}
            qs = [q for q in qs if q.evidence not in low]
        qs += [SimpleNamespace(question="+" + a["texts"][k], evidence=a["texts"][k])
               for k in range(len(p)) if not a["asked"][k] and p[k] >= thr and a["phrased"][k]]
        c = _match_questions(SimpleNamespace(open_questions=qs), a["gold"].get("open_questions", []))
        tp, pred, found, gold = tp + c.tp, pred + c.pred, found + c.found, gold + c.gold
    return tp, pred, found, gold


def fit(arts: list[dict], unasked_only: bool = UNASKED_ONLY, **kw) -> np.ndarray:
    if unasked_only:
        # Only the sentences the rules left unasked are ever added.
        rows = [r for a in arts for r, asked in zip(a["rows"], a["asked"]) if not asked]
        y = np.concatenate([a["y"][~a["asked"]] for a in arts])
    else:
        rows = [r for a in arts for r in a["rows"]]
        y = np.concatenate([a["y"] for a in arts])
    return qm.train(rows, y, **kw)


GRID = [round(x, 3) for x in np.arange(0.30, 0.951, 0.025)]


def choose_threshold(arts: list[dict], **kw) -> float:
    """Lowest threshold whose leave-one-round-out precision on ``arts`` stays >= TARGET_P."""
    groups = sorted({a["group"] for a in arts} - {"sample"})
    probs: dict[int, np.ndarray] = {}
    for g in groups:
        train = [a for a in arts if a["group"] != g]
        w = fit(train, **kw)
        for k, a in enumerate(arts):
            if a["group"] == g:
                probs[k] = qm.predict(w, a["rows"])
    held = [a for k, a in enumerate(arts) if k in probs]
    pl = [probs[k] for k in range(len(arts)) if k in probs]
    best = 1.01
    for thr in GRID:
        tp, pred, found, gold = evaluate(held, pl, thr)
        if pred and tp / pred >= TARGET_P:
            best = min(best, thr)
    return best


def _fold(job: tuple) -> tuple[float, list[np.ndarray]]:
    arts, g, kw = job
    train = [a for a in arts if a["group"] != g]
    thr = choose_threshold(train, **kw)
    w = fit(train, **kw)
    return thr, [qm.predict(w, a["rows"]) for a in arts if a["group"] == g]


def cross_validate(arts: list[dict], **kw) -> None:
    print('params', kw)
    groups = sorted({a["group"] for a in arts} - {"sample"}, key=lambda g: (len(g), g))
    tot = np.zeros((2, 4), dtype=int)
    print(f"{'group':8} {'thr':>5} | {'rules P':>7} {'R':>5} {'n':>4} | {'+model P':>8} {'R':>5} {'n':>4} | gold")
    folds = [_fold((arts, g, kw)) for g in groups]
    for g, (thr, probs) in zip(groups, folds):
        test = [a for a in arts if a["group"] == g]
        base = evaluate(test, probs, 2.0)
        mod = evaluate(test, probs, thr)
        tot += np.array([base, mod])
        print(f"{g:8} {thr:5.3f} | {base[0] / max(1, base[1]):7.2f} {base[2] / base[3]:5.2f} {base[1]:4d} | "
              f"{mod[0] / max(1, mod[1]):8.2f} {mod[2] / mod[3]:5.2f} {mod[1]:4d} | {base[3]}")
    b, m = tot
    print(f"{'TOTAL':8} {'':5} | {b[0] / b[1]:7.2f} {b[2] / b[3]:5.2f} {b[1]:4d} | "
          f"{m[0] / m[1]:8.2f} {m[2] / m[3]:5.2f} {m[1]:4d} | {b[3]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--cached", action="store_true", help="reuse the parsed rows of the last run")
    ap.add_argument("--params", default="{}", help="training parameters as JSON (for experiments)")
    args = ap.parse_args(argv)
    if args.cached and CACHE.exists():
        arts = pickle.loads(CACHE.read_bytes())
    else:
        arts = build_dataset()
        CACHE.write_bytes(pickle.dumps(arts))
    print(f"{len(arts)} articles, {sum(len(a['y']) for a in arts)} sentences, "
          f"{int(sum(a['y'].sum() for a in arts))} positive, "
          f"{int(sum((a['y'] * ~a['asked']).sum() for a in arts))} positive unasked")
    kw = json.loads(args.params)
    cross_validate(arts, **kw)
    if args.cv_only:
        return 0
    thr = choose_threshold(arts)
    w = fit(arts)
    qm.WEIGHTS.parent.mkdir(exist_ok=True)
    np.savez_compressed(qm.WEIGHTS, w=w.astype(np.float16).astype(np.float32), threshold=np.float32(thr))
    print(f"wrote {qm.WEIGHTS} (threshold {thr})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
