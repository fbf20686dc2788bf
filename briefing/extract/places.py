"""Where things happen: cities, countries, regions and sites, resolved offline.

Countries become places only when the text uses them as a location (after
in/at/to, as a city's address, owning regions or borders); a country that
only acts is an actor.  Ambiguous city names prefer a city in a country the
text mentions, else the most populous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Mention, Place
from .actors import is_locative
from .document import Parsed
from .entities import Cand, is_site_name
from .gazetteer import REGION_WORDS, gazetteer
from .names import METONYMS, canonical_alias, demonym_country, fold, key

# A country named once, never as a location, is still listed as a place:
# a passing mention is more often geography than agency.
PASSING_MENTIONS = 1


_COMPASS_FORMS = re.compile(r"\b(north|south)[- ]?(east|west)(?:ern)?\b|\b(north|south|east|west)ern\b")


# Last words of names of events, documents and laws: "X Week", "the Y
# Constitution", "the Z Accord" are not where anything happens.
NOT_PLACE_HEADS = frozenset(
    """week day days war wars constitution amendment act treaty accord accords agreement
    convention charter festival summit conference games cup olympics award prize
    declaration protocol doctrine plan""".split()
)


# Nouns of bodies that act for a state: "the navies of China and India".
AGENT_NOUNS = frozenset(
    """navy navies army armies military militaries force forces government governments
    leader leaders president presidents minister ministers official officials troops
    diplomat diplomats delegation delegations ambassador ambassadors""".split()
)


def _acts(c: Cand) -> bool:
    """The mention names a state doing something: the agent of a passive
    ("joined by Australia") or the owner of a force or office ("the navies of
    China")."""
    r = c.root
    while r.dep_ == "conj" and r.head is not r:
        r = r.head
    if r.dep_ != "pobj":
        return False
    prep = r.head
    if prep.dep_ == "agent":
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in AGENT_NOUNS


def _in_event_name(c: Cand) -> bool:
    """Part of an event's name: "the Iran–Iraq War"."""
    doc = c.span.doc
    e = c.span.end
    return e < len(doc) and doc[e].text[:1].isupper() and doc[e].lower_ in NOT_PLACE_HEADS


def _place_key(name: str) -> str:
    """Key under which spellings of one place meet: "north-eastern Syria" and
    "northeast Syria" are one region."""
    return _COMPASS_FORMS.sub(lambda m: (m.group(1) or "") + (m.group(2) or "") + (m.group(3) or ""), key(name))


@dataclass
class _P:
    name: str
    kind: str
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    locative: int = 0
    acting: int = 0


def _merge_short_site_names(places: dict[str, _P]) -> None:
    """"Bradley Airport" is "Bradley International Airport" named short: a site
    whose words are a part of a longer site's, same first and last word."""
    sites = [(k, p) for k, p in places.items() if p.kind == "site"]
    for k, p in sites:
        words = k.split()
        for k2, p2 in sites:
            w2 = k2.split()
            if (k2 != k and len(w2) > len(words) >= 2 and w2[0] == words[0] and w2[-1] == words[-1]
                    and set(words) <= set(w2) and k2 in places):
                p2.spans += p.spans
                p2.locative += p.locative
                del places[k]
                break


def build_places(parsed: Parsed, cands: list[Cand], person_keys: set[str]) -> list[Place]:
    geo = gazetteer()
    mentioned: set[str] = set()
    for c in cands:
        if c.label == "NORP" and demonym_country(c.text):
            mentioned.add(demonym_country(c.text))
        elif c.label in ("GPE", "ORG"):
            e = geo.country(canonical_alias(c.text) or c.text)
            if e:
                mentioned.add(e.name)

    places: dict[str, _P] = {}
    by_end = {(c.start, c.end): c for c in cands}

    def add(name: str, kind: str, c: Cand, country: str = "", lat=None, lon=None) -> None:
        p = places.setdefault(_place_key(name), _P(name, kind, country, lat, lon))
        p.spans.append((c.start, c.end))
        if is_locative(parsed, c, by_end):
            p.locative += 1
        elif _acts(c):
            p.acting += 1

    for c in cands:
        if c.label not in ("GPE", "LOC", "FAC", "ORG"):
            continue
        if is_site_name(c):
            add(c.text, "site", c)
            continue
        if (len(c.span) > 1 and c.span[-1].lower_ in NOT_PLACE_HEADS) or _in_event_name(c):
            continue
        if key(c.text) in person_keys or fold(c.text) in METONYMS:
            continue
        text = c.text
        alias = canonical_alias(text)
        country = geo.country(alias or text)
        if country:
            add(country.name, "country", c)
            continue
        if c.label == "ORG":
            # Only a single-word "organisation" that is really a known city.
            city = geo.city(text, mentioned) if len(c.span) == 1 else None
            if city:
                add(city.name, "city", c, city.country, city.latitude, city.longitude)
            continue
        region = geo.region(text)
        if region:
            add(region.name, "region", c, region.country, region.latitude, region.longitude)
            continue
        city = geo.city(text, mentioned) if c.label == "GPE" or len(c.span) <= 2 else None
        if city:
            add(city.name, "city", c, city.country, city.latitude, city.longitude)
            continue
        words = set(fold(text).split())
        if c.label == "FAC":
            add(text, "site", c)
        elif c.label == "LOC":
            add(text, "region" if words & REGION_WORDS else "site", c)
        else:
            add(text, "region", c)

    _merge_short_site_names(places)
    out: list[Place] = []
    for p in places.values():
        if p.kind == "country" and p.locative == 0 and len(p.spans) > PASSING_MENTIONS:
            continue  # a state that only acts
        if p.kind == "country" and p.locative == 0 and p.acting == len(p.spans):
            continue  # named once, acting: "joined by Australia"
        spans = sorted(set(p.spans))
        out.append(
            Place(p.name, p.kind, p.country, p.lat, p.lon, tuple(Mention(s, e) for s, e in spans))
        )
    out.sort(key=lambda p: (-len(p.mentions), p.mentions[0].start))
    return out
