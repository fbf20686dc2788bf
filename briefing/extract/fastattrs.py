"""A faster drop-in for the model's ``attribute_ruler``, with identical output.

The small English model maps fine tags to coarse parts of speech, morphology
and a few lemma exceptions with spaCy's ``AttributeRuler``: ~180 one- or
two-token ``Matcher`` patterns tried at every token.  On news text that costs
~40 µs a token, about an eighth of the whole pipeline.  Almost every pattern
starts with a fixed tag or lower-case form, so an index on those two
attributes finds the few candidate patterns for a token with two dictionary
look-ups; the patterns' other conditions are then checked exactly as the
``Matcher`` would, and the attributes are set in the ruler's own order (later
rules win).  The patterns and attribute values are the model's own, read at
load time, so a different model version is handled the same way; anything
the index does not understand is rejected at load and the original ruler is
kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")


class Unsupported(Exception):
    pass


def _check_spec(spec: dict) -> None:
    for k, v in spec.items():
        if k not in _FIELDS:
            raise Unsupported(k)
        if isinstance(v, dict):
            if not set(v) <= {"IN", "NOT_IN", "REGEX"}:
                raise Unsupported(str(v))
        elif not isinstance(v, (str, bool)):
            raise Unsupported(repr(v))


def _compile(field: str, cond, strings):
    """One condition as a test on the token's attribute (a string hash, or a
    bool for IS_SPACE), matching the ``Matcher``'s semantics."""
    if field == "IS_SPACE":
        return lambda v, c=bool(cond): bool(v) == c
    h = strings.__getitem__
    if isinstance(cond, str):
        return lambda v, c=h(cond): v == c
    ins = frozenset(h(x) for x in cond.get("IN", ())) if "IN" in cond else None
    outs = frozenset(h(x) for x in cond.get("NOT_IN", ()))
    rx = re.compile(cond["REGEX"]) if "REGEX" in cond else None

    def test(v) -> bool:
        if ins is not None and v not in ins:
            return False
        if v in outs:
            return False
        return rx is None or rx.search(strings[v]) is not None

    return test


def _fixed(cond) -> tuple[str, ...]:
    """The values a condition allows, when it is a fixed value or list; else ()."""
    if isinstance(cond, str):
        return (cond,)
    if isinstance(cond, dict) and set(cond) == {"IN"}:
        return tuple(cond["IN"])
    return ()


class FastAttributeRuler:
    """Callable on a ``Doc``; built from a loaded ``AttributeRuler``."""

    def __init__(self, ruler) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        self._attrs = ruler.attrs  # normalised, indexed by rule id
        self._indices = ruler.indices
        self._cols = [TAG, LOWER, DEP, IS_SPACE]
        col = {f: i for i, f in enumerate(_FIELDS)}
        strings = ruler.vocab.strings
        h = strings.__getitem__
        self.by_pair: dict[tuple[int, int], list] = {}
        self.by_tag: dict[int, list] = {}
        self.by_lower: dict[int, list] = {}
        self.by_dep: dict[int, list] = {}
        self.spaces: list = []  # patterns for whitespace tokens
        self.always: list = []
        for rule_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                for spec in pattern:
                    _check_spec(spec)
                if not pattern:
                    raise Unsupported("empty pattern")
                # Per token of the pattern: (column, test) pairs.
                tests = tuple(
                    tuple((col[k], _compile(k, spec[k], strings)) for k in _FIELDS if k in spec)
                    for spec in pattern
                )
                item = (rule_id, tests)
                first = pattern[0]
                tags = _fixed(first.get("TAG"))
                lows = _fixed(first.get("LOWER"))
                if tags and lows:
                    for t in tags:
                        for w in lows:
                            self.by_pair.setdefault((h(t), h(w)), []).append(item)
                elif tags:
                    for t in tags:
                        self.by_tag.setdefault(h(t), []).append(item)
                elif lows:
                    for w in lows:
                        self.by_lower.setdefault(h(w), []).append(item)
                elif _fixed(first.get("DEP")):
                    for d in _fixed(first.get("DEP")):
                        self.by_dep.setdefault(h(d), []).append(item)
                elif first.get("IS_SPACE") is True:
                    self.spaces.append(item)
                else:
                    self.always.append(item)
        for index in (self.by_pair, self.by_tag, self.by_lower, self.by_dep):
            for k, v in index.items():
                index[k] = tuple(v)
        self.spaces = tuple(self.spaces)
        self.always = tuple(self.always)

    def __call__(self, doc: "Doc") -> "Doc":
        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array(self._cols).tolist()
        matches: set[tuple[int, int, int]] = set()
        by_pair, by_tag, by_lower, by_dep = self.by_pair, self.by_tag, self.by_lower, self.by_dep
        always = self.always
        for i, row in enumerate(rows):
            cands = (by_pair.get((row[0], row[1]), ()) + by_tag.get(row[0], ())
                     + by_lower.get(row[1], ()) + by_dep.get(row[2], ()) + always)
            if row[3]:
                cands += self.spaces
            for rule_id, tests in cands:
                if i + len(tests) > n:
                    continue
                for j, token_tests in enumerate(tests):
                    r = rows[i + j]
                    if not all(test(r[c]) for c, test in token_tests):
                        break
                else:
                    matches.add((rule_id, i, i + len(tests)))
        for rule_id, start, end in sorted(matches):
            index = self._indices[rule_id]
            self._set(doc[start + index if index >= 0 else end + index], self._attrs[rule_id])
        return doc
