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
kept.  What a token matches depends only on its own four indexed values plus
its neighbours for the few longer patterns, so it is remembered per value
row, and the results are written back as one array.
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
        self._memo: dict[tuple, tuple] = {}
        # Per rule: ((column, value), ...) when it sets only the array columns.
        from spacy.attrs import LEMMA, MORPH, POS

        self._array_cols = [POS, MORPH, LEMMA]
        col_of = {a: i for i, a in enumerate(self._array_cols)}
        self._simple = [tuple((col_of[k], v) for k, v in attrs.items()) if set(attrs) <= set(col_of) else None
                        for attrs in self._attrs]

    def _for_row(self, row: tuple) -> tuple[tuple[int, ...], tuple]:
        """For a token's (tag, lower, dep, is_space): the one-token rules it
        matches, and the longer patterns whose first token it matches, with
        the tests still to check on the tokens after it.  Both depend on these four values alone, so callers cache
        them: news text repeats a few thousand such rows."""
        cands = (self.by_pair.get((row[0], row[1]), ()) + self.by_tag.get(row[0], ())
                 + self.by_lower.get(row[1], ()) + self.by_dep.get(row[2], ()) + self.always)
        if row[3]:
            cands += self.spaces
        first = [(rule_id, tests) for rule_id, tests in cands if all(test(row[c]) for c, test in tests[0])]
        single = tuple(rule_id for rule_id, tests in first if len(tests) == 1)
        # Longer patterns keep only the tests on the following tokens.
        return single, tuple((rule_id, tests[1:]) for rule_id, tests in first if len(tests) > 1)

    def __call__(self, doc: "Doc") -> "Doc":
        n = len(doc)
        if not n:
            return doc
        rows = [tuple(r) for r in doc.to_array(self._cols).tolist()]
        matches: set[tuple[int, int, int]] = set()
        memo = self._memo
        for i, row in enumerate(rows):
            found = memo.get(row)
            if found is None:
                if len(memo) > 100_000:
                    memo.clear()
                found = memo[row] = self._for_row(row)
            single, longer = found
            for rule_id in single:
                matches.add((rule_id, i, i + 1))
            for rule_id, rest in longer:
                if i + 1 + len(rest) > n:
                    continue
                for j, token_tests in enumerate(rest, start=i + 1):
                    r = rows[j]
                    if not all(test(r[c]) for c, test in token_tests):
                        break
                else:
                    matches.add((rule_id, i, i + 1 + len(rest)))
        self._apply(doc, sorted(matches))
        return doc

    def _apply(self, doc: "Doc", ordered: list[tuple[int, int, int]]) -> None:
        """Set the matched rules' attributes in the ruler's order (later rules
        win).  Rules that set only POS, MORPH and LEMMA (nearly all) are
        folded into one array written with ``Doc.from_array``; a token that
        any other rule touches gets all its rules replayed in order through
        spaCy's own setter afterwards, which ends in the same state."""
        values = doc.to_array(self._array_cols).tolist()
        replay: dict[int, list[int]] = {}
        targets = []
        for rule_id, start, end in ordered:
            index = self._indices[rule_id]
            t = start + index if index >= 0 else end + index
            targets.append((t, rule_id))
            simple = self._simple[rule_id]
            if simple is None:
                replay[t] = []
            else:
                row = values[t]
                for col, v in simple:
                    row[col] = v
        self._from_array(doc, values)
        if replay:
            for t, rule_id in targets:
                if t in replay:
                    replay[t].append(rule_id)
            for t, rule_ids in replay.items():
                token = doc[t]
                for rule_id in rule_ids:
                    self._set(token, self._attrs[rule_id])

    def _from_array(self, doc: "Doc", values: list[list[int]]) -> None:
        import numpy

        doc.from_array(self._array_cols, numpy.asarray(values, dtype="uint64"))
