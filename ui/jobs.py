"""The work the window hands to its pools: plain functions over the services.

Each takes the running ``Task`` first (for progress and cancel) and returns
plain data; none touches a widget.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from briefing.curation import Curation
from briefing.extraction_process import ExtractionProcess, extractor_id
from briefing.importer import import_paths, reindex
from briefing.library import Library
from briefing.model import Analysis, Briefing, ImportReport
from index import IndexedDoc, SearchIndex, SearchResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Opened:
    doc_id: str
    briefing: Briefing
    analysis: Analysis  # as extracted; the curation is laid over it for display
    curation: Curation


def analyse(task, library: Library, search_index: SearchIndex, extractor: ExtractionProcess,
            doc_id: str) -> Opened:
    briefing = library.load(doc_id)
    analysis = library.cached_analysis(doc_id, extractor_id())
    if analysis is None:
        analysis = extractor.extract(briefing)
        library.store_analysis(doc_id, analysis)
        # Actors and places become searchable once known.
        search_index.add([IndexedDoc.from_briefing(doc_id, briefing, analysis)])
    return Opened(doc_id, briefing, analysis, library.curation(doc_id))


def store_curation(task, library: Library, doc_id: str, curation: Curation) -> None:
    library.store_curation(doc_id, curation)


def load_only(task, library: Library, doc_id: str) -> tuple[str, Briefing]:
    return doc_id, library.load(doc_id)


def import_files(task, library: Library, search_index: SearchIndex, paths: list[str]) -> ImportReport:
    return import_paths(library, search_index, paths, progress=task.report, cancelled=task.cancelled)


def search(task, search_index: SearchIndex, query: str) -> SearchResult:
    return search_index.search(query)


def reconcile(task, library: Library, search_index: SearchIndex) -> tuple[int, int]:
    return reindex(library, search_index)


def warm_up(task, extractor: ExtractionProcess) -> None:
    extractor.warm_up()
