"""The Whoosh full-text index: a rebuildable cache of the library."""

from index.search_index import IndexedDoc, SearchHit, SearchIndex, SearchResult, match_spans

__all__ = ["IndexedDoc", "SearchHit", "SearchIndex", "SearchResult", "match_spans"]
