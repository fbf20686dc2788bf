"""A learned second opinion on which sentences leave a matter open.

The hedge-cue rules in ``questions`` miss implicit open matters: an inquiry
whose cause is not yet known, a hearing someone is bailed until, a source
that declined to comment, a toll of "at least" so many.  This module scores
every body sentence with a small logistic regression over hashed features
(lemmas, lemma pairs, the root's tense/modal/negation/voice, reported
speech, entity kinds, hedged counts, position, the rules' own cues and
whether they already asked) plus the mean of the parser's token vectors.
Sentences scored above the shipped threshold that the rules left unasked
get a question phrased from the sentence (``extra_questions``).

The weights (``data/question_model.npz``) are trained by
``eval/train_question_model.py``; they load once, lazily.
"""

from __future__ import annotations

import re
import threading
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:

    from briefing.extract.document import Parsed, Sentence
    from briefing.model import Actor, OpenQuestion

N_HASH = 1 << 14
N_DENSE = 96  # the tok2vec width of the small English model
DIM = N_HASH + N_DENSE
WEIGHTS = Path(__file__).with_name("question_model.npz")

_REPORT = frozenset("say tell report claim add state according announce confirm deny".split())
_PENDING_WORDS = frozenset("""investigation inquiry probe trial charge hearing expect plan proposal
    court case appeal verdict sentence bail custody review study talk negotiation deal vote election
    decision ruling cause unknown unclear identify suspect police search rescue remain missing
    comment decline warn fear risk future next schedule pending await delay postpone""".split())
_HEDGED_COUNT = re.compile(r"\b(?:at least|about|around|more than|up to|nearly|almost|some|an estimated|"
                           r"as many as|roughly|approximately)\s+\d", re.I)
_QUOTE = re.compile("[\"“”]")


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    for i, e in enumerate(edges):
        if x < e:
            return i
    return len(edges)


def _h(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) & (N_HASH - 1)


def features(sent: "Sentence", index: int, n_sents: int, asked: bool, cues: list) -> tuple[np.ndarray, np.ndarray]:
    """(indices, values) of one sentence's sparse feature vector."""
    names: list[str] = ["bias", f"kind={sent.block_kind}", f"asked={asked}",
                        f"pos={_bucket(index, (1, 2, 3, 6, 11, 20))}",
                        f"rel={_bucket(index / max(1, n_sents), (0.25, 0.5, 0.75))}"]
    span = sent.span
    toks = [t for t in span if not (t.is_punct or t.is_space)]
    names.append(f"len={_bucket(len(toks), (8, 15, 25, 40))}")
    lemmas = [t.lemma_.lower() if t.pos_ != "PROPN" else "<" + (t.ent_type_ or "P") + ">" for t in toks]
    if any(t.like_num for t in toks):
        names.append("num")
    prev = "<s>"
    for lem in lemmas:
        names.append("l=" + lem)
        names.append("b=" + prev + "_" + lem)
        if lem in _PENDING_WORDS:
            names.append("pend")
        prev = lem
    for t in toks:
        if t.tag_ == "MD":
            names.append("md=" + t.lower_)
        if t.dep_ == "neg":
            names.append("neg")
        if t.ent_type_:
            names.append("ent=" + t.ent_type_)
        if t.lemma_ in _REPORT and t.pos_ in ("VERB", "ADP"):
            names.append("report")
        linked = t.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp", "ccomp", "advcl")
        names.append("dl=" + t.dep_ + "_" + t.head.lemma_.lower() if linked else "d=" + t.dep_)
    root = span.root
    kids = list(root.children)
    names += [f"root={root.lemma_.lower()}", f"roottag={root.tag_}"]
    for c in kids:
        if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod", "prt"):
            names.append(f"rk={c.dep_}_{c.lower_}")
        elif c.dep_ in ("xcomp", "ccomp", "advcl", "dobj", "nsubj", "nsubjpass", "prep"):
            names.append(f"rk={c.dep_}_{c.tag_}")
    if any(c.dep_ == "auxpass" for c in kids):
        names.append("passive")
    if _QUOTE.search(sent.text):
        names.append("quote")
    if _HEDGED_COUNT.search(sent.text):
        names.append("hedged_count")
    if "?" in sent.text:
        names.append("qmark")
    best = 0.0
    for c in cues:
        best = max(best, c.weight)
        names.append(f"cue={c.kind}")
        names.append(f"cue={c.kind}_{_bucket(c.weight, (0.5, 0.7, 0.85))}")
        names.append("cl=" + c.token.lemma_.lower())
    names.append(f"cuebest={_bucket(best, (0.01, 0.5, 0.7, 0.85))}")
    idx = np.fromiter((_h(n) for n in names), dtype=np.int64, count=len(names))
    vals = np.ones(len(idx), dtype=np.float32)
    # Dense part: the mean of the sentence's token vectors.
    tensor = span.doc.tensor
    if tensor is not None and tensor.shape[0] >= span.end and tensor.shape[1] == N_DENSE:
        mean = tensor[span.start:span.end].mean(axis=0)
        idx = np.concatenate([idx, np.arange(N_HASH, DIM, dtype=np.int64)])
        vals = np.concatenate([vals, (mean * 0.1).astype(np.float32)])
    return idx, vals


def candidates(parsed: "Parsed") -> list[int]:
    """Indices of the sentences the model scores (body text, five tokens or more)."""
    return [i for i, s in enumerate(parsed.sentences)
            if s.block_kind not in ("title", "heading", "code") and len(s.span) >= 5]


def sentence_rows(parsed: "Parsed", asked_spans: set[int]) -> tuple[list[int], list[tuple[np.ndarray, np.ndarray]]]:
    """The candidate sentences and their feature rows; ``asked_spans`` holds the
    start offsets of sentences the rules already asked about."""
    from briefing.extract.questions import _cues

    idxs = candidates(parsed)
    n = len(parsed.sentences)
    rows = []
    for i in idxs:
        s = parsed.sentences[i]
        rows.append(features(s, i, n, s.start in asked_spans, _cues(s)))
    return idxs, rows


def predict(w: np.ndarray, rows: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    if not rows:
        return np.zeros(0)
    z = np.array([float(np.dot(w[i], v)) for i, v in rows])
    return 1.0 / (1.0 + np.exp(-z))


# -- training (plain numpy: L2 logistic regression, full-batch gradient) -------

def train(rows: list[tuple[np.ndarray, np.ndarray]], y: np.ndarray, l2: float = 1.0, iters: int = 150,
          lr: float = 1.0) -> np.ndarray:
    """Deterministic: the same rows give the same weights."""
    n = len(rows)
    lens = np.array([len(i) for i, _ in rows])
    cols = np.concatenate([i for i, _ in rows])
    vals = np.concatenate([v for _, v in rows]).astype(np.float64)
    row_of = np.repeat(np.arange(n), lens)
    y = np.asarray(y, dtype=np.float64)
    pos = max(1.0, y.sum())
    # Balance the classes a little: positives are rare.
    sw = np.where(y > 0, min(3.0, (n - pos) / pos), 1.0)
    w = np.zeros(DIM)
    m = np.zeros(DIM)
    v2 = np.zeros(DIM)
    b1, b2, eps = 0.9, 0.999, 1e-8
    step = 0.05 * lr
    for k in range(1, iters + 1):
        z = np.bincount(row_of, weights=w[cols] * vals, minlength=n)
        p = 1.0 / (1.0 + np.exp(-z))
        g_row = sw * (p - y) / n
        grad = np.bincount(cols, weights=g_row[row_of] * vals, minlength=DIM) + l2 * w / n
        m = b1 * m + (1 - b1) * grad
        v2 = b2 * v2 + (1 - b2) * grad * grad
        w -= step * (m / (1 - b1 ** k)) / (np.sqrt(v2 / (1 - b2 ** k)) + eps)
    return w.astype(np.float32)


# -- shipped model ----------------------------------------------------------------

_lock = threading.Lock()
_model: "tuple[np.ndarray, float] | None" = None


def load() -> "tuple[np.ndarray, float] | None":
    """(weights, threshold), loaded once; None when no weights are shipped."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                if not WEIGHTS.exists():
                    _model = (np.zeros(0, dtype=np.float32), 2.0)
                else:
                    with np.load(WEIGHTS) as f:
                        _model = (f["w"].astype(np.float32), float(f["threshold"]))
    return _model if _model[0].size == DIM else None


# -- phrasing the added questions ----------------------------------------------------

def _comma_walk_ends(sent: "Sentence") -> bool:
    """Whether every walk up the heads from a comma's neighbours towards a noun
    after it ends; a root between the two would never be passed."""
    doc = sent.span.doc
    for comma in sent.span:
        if comma.text != "," or comma.i == 0 or comma.i + 1 >= len(doc):
            continue
        head = comma.head
        if head.i <= comma.i or head.pos_ not in ("NOUN", "PROPN"):
            continue
        for x, lo in ((doc[comma.i - 1], -1), (doc[comma.i + 1], comma.i)):
            for _ in range(64):
                if not (x.head.i != head.i and lo < x.head.i < head.i):
                    break
                if x.head.i == x.i:
                    return False
                x = x.head
            else:
                return False
    return True


def phrase(ph, sent: "Sentence") -> "str | None":
    """A question about the matter a sentence leaves open, phrased from its
    parse: the main clause (the reported one under "said") asked in its own
    tense or, when it looks ahead, as "Will ...?"."""
    from briefing.extract.questions import REPORT_VERBS, _content, _finish, _readable, _trim_dangling

    if not _comma_walk_ends(sent):
        return None
    root = sent.span.root
    verb = _content(root)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    q = None
    ahead = any(c.tag_ == "MD" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)
    if ahead:
        q = ph.yes_no(verb)
    elif verb.lemma_ not in REPORT_VERBS:
        q = ph.ask(verb)
    if not q or not _readable(q):
        return None
    q = _trim_dangling(_finish(q))
    if len(q.split()) > 30 or len(q.split()) < 4:
        return None  # a whole paragraph restated, or too little to stand alone
    return q


def extra_questions(parsed: "Parsed", actors: "list[Actor]", found: "list[OpenQuestion]",
                    threshold: "float | None" = None) -> "list[OpenQuestion]":
    """Questions for sentences the model scores as open that the rules left unasked."""
    model = load()
    if model is None:
        return []
    w, thr = model
    thr = thr if threshold is None else threshold
    from briefing.extract.questions import _condition, _Phraser, _Resolver
    from briefing.model import Mention, OpenQuestion

    asked = {q.span.start for q in found}
    idxs, rows = sentence_rows(parsed, asked)
    probs = predict(w, rows)
    seen = {q.question.lower() for q in found}
    out: list[OpenQuestion] = []
    resolver = None
    for i, p in zip(idxs, probs):
        sent = parsed.sentences[i]
        if p < thr or sent.start in asked:
            continue
        resolver = resolver or _Resolver(parsed, actors)
        ph = _Phraser(parsed, resolver, sent.block, sent.start)
        q = phrase(ph, sent)
        if not q or q.lower() in seen:
            continue
        seen.add(q.lower())
        involved = tuple(a.name for a in actors if any(sent.start <= m.start < sent.end for m in a.mentions))
        out.append(OpenQuestion(question=q, evidence=sent.text, span=Mention(sent.start, sent.end),
                                condition=_condition(sent), actors=involved, score=round(float(p) * 0.7, 3)))
    return out
