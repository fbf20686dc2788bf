"""The analysis engine: actors, places and open questions of a briefing.

``extract(briefing)`` returns an ``Analysis`` whose spans are offsets into
``briefing.text``.  The spaCy model loads once, lazily and thread-safely, on
first use; ``load_pipeline()`` lets a caller warm it up in the background.
"""

from __future__ import annotations

import logging
import time

from ..model import Analysis, Briefing
from .pipeline import MODEL_NAME, load_pipeline

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "briefing-extract 0.18"

__all__ = ["extract", "load_pipeline", "EXTRACTOR_VERSION"]


def extract(briefing: Briefing) -> Analysis:
    from .actors import build_actors
    from .document import parse
    from .entities import candidates
    from .names import key
    from .places import build_places
    from .questions import build_questions

    nlp = load_pipeline()
    started = time.perf_counter()
    parsed = parse(nlp, briefing)
    cands = candidates(parsed)
    actors = build_actors(parsed, cands)
    person_keys = {key(a.name) for a in actors if a.kind == "person"}
    person_keys |= {key(al) for a in actors if a.kind == "person" for al in a.aliases}
    # Short forms of organisations ("Mahan" for "Mahan Air") are not places either.
    person_keys |= {key(al) for a in actors if a.kind == "organisation" for al in a.aliases}
    places = build_places(parsed, cands, person_keys)
    questions = build_questions(parsed, actors)
    log.debug("extracted %s in %.0f ms", briefing.title[:40], 1000 * (time.perf_counter() - started))
    return Analysis(
        actors=tuple(actors), places=tuple(places), open_questions=tuple(questions),
        extractor=f"{EXTRACTOR_VERSION} ({MODEL_NAME})",
    )
