"""Affiliations: the state or organisation a person speaks or works for.

News gives it in a handful of recurring shapes: a name before the title
("NATO Secretary-General X", "Ohio Governor X"), a possessive ("Tesco's chief
executive X"), a prepositional phrase after the name or title ("X of the World
Health Organization", "director of the National Institute of ..."), or a
nationality adjective ("Greek Foreign Minister X").  This module reads the
entity in such a slot and names it canonically; ``resolve_affiliation`` then
maps it onto an actor the article lists ("the GSA" -> "General Services
Administration").
"""

from __future__ import annotations

import re
from typing import Iterable

from .gazetteer import gazetteer
from .names import METONYMS, ORG_DEMONYMS, acronym_of, canonical_alias, demonym_country, fold, key

AFFILIATION_LABELS = ("ORG", "GPE", "NORP")


def entity_end(tokens, i: int) -> int:
    """End (exclusive) of the entity that starts at or covers ``tokens[i]``;
    ``tokens`` is a ``Doc`` or a list of its tokens."""
    k = i + 1
    while k < len(tokens) and tokens[k].ent_iob_ == "I" and tokens[k].ent_type_ == tokens[i].ent_type_ \
            and tokens[k].tag_ != "POS":  # "the Y Party's leader": the owner ends at the possessive
        k += 1
    return k


# Words that open a person's title and never a body's name.
_TITLE_OPENERS = frozenset("acting assistant deputy associate former".split())


def runs_into_title(tokens, k: int) -> bool:
    """``tokens[k]`` is an "and" that joins the next person's title to a body's
    name: "the Criminal Division | and Acting U.S. Attorney X"."""
    return (tokens[k].lower_ == "and" and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
            and fold(tokens[k + 1].text) in _TITLE_OPENERS)


def clean_name(text: str) -> str:
    text = text.split(" (")[0]  # "World Health Organization (WHO"
    text = re.sub(r"^[Tt]he\s+", "", text.strip())
    return re.sub(r"\s*['’]s?$", "", text).strip()


def canonical_affiliation(text: str) -> str:
    """Canonical name of a state or organisation written ``text``."""
    text = clean_name(text)
    if len(text.split()) > 1 and text.split()[-1].lower() == "headquarters":
        text = text.rsplit(" ", 1)[0]  # "an administrator at NASA Headquarters" works for NASA
    if not text:
        return ""
    f = fold(text)
    if f in METONYMS:
        return METONYMS[f]
    d = demonym_country(text) or ORG_DEMONYMS.get(f)
    if d:
        return d
    alias = canonical_alias(text)
    if alias:
        return alias
    c = gazetteer().country(text)
    if c:
        return c.name
    return text


def is_country(text: str) -> bool:
    name = canonical_affiliation(text)
    return bool(name) and (gazetteer().country(name) is not None or name in gazetteer().country_names)


def resolve_affiliation(aff: str, candidates: Iterable[tuple[str, Iterable[str]]]) -> str:
    """Map ``aff`` onto the name of a listed actor that it names.

    ``candidates`` are (name, surface forms) of the article's states and
    organisations.  Matches by key, by a surface form, by acronym, or by a
    short form that is the start of the longer name ("Mahan" for "Mahan Air").
    """
    if not aff:
        return aff
    k = key(aff)
    best = ""
    geo = gazetteer()
    # A place is not short for a body named after it ("Ohio" is no "Ohio
    # Supreme Court").
    city = geo.city(aff)
    # Nor is a big city short for a body named after it ("London" is no
    # "London Stock Exchange"); a small town's name may be ("Mahan Air").
    place = bool(geo.country(aff) or geo.region(aff) or geo.state_or_city(aff) or geo.territory(aff)
                 or (city is not None and (city.population or 0) >= 1_000_000))
    # "U.S. Marshals Service" names the body the text also calls "Marshals
    # Service", not a unit whose name begins with it: it stays as written.
    bare = re.sub(r"^(?:u\.?s\.?|united states) ", "", k)
    named_bare = False
    for name, surfaces in candidates:
        keys = {key(name)} | {key(x) for x in surfaces}
        if k in keys:
            return name
        named_bare = named_bare or (bare != k and bare in keys)
        if not best and (aff.isupper() and len(aff) >= 2 and acronym_of(name) == aff.replace(".", "")):
            best = name
        elif not best and not place and len(k) >= 4 and any(x.startswith(k + " ") for x in keys):
            best = name
    return aff if named_bare else best or aff
