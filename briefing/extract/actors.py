"""People, organisations and states that act in a briefing.

Mentions are grouped into actors with document-level rules: a surname or a
partial name joins the full name given elsewhere; acronyms and short forms
join their full name; nationality words are evidence of a state, not actors
themselves; a country counts as an actor when the text makes it do something
(subject, object, possessor) rather than only naming where something happens.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import Actor, Mention
from .document import Parsed
from .entities import (
    BODY_NOUNS,
    COURT_DISTRICT,
    ORG_WORDS,
    UNIT_HEADS,
    Cand,
    example_of_place,
    has_staff,
    known_place,
    numbered_site,
    party_name,
    unit_of_owner,
    vessel_prefix,
)
from .gazetteer import gazetteer
from .names import (
    ALIASES,
    DEPENDENT_TERRITORY_CODES,
    GOVERNMENT_HEADS,
    HONORIFICS,
    METONYMS,
    PORTFOLIOS,
    ROLE_HEADS,
    acronym_of,
    canonical_alias,
    demonym_country,
    fold,
    government_of,
    is_title_word,
    key,
    surname,
)

if TYPE_CHECKING:
    from spacy.tokens import Token
from .affiliations import resolve_affiliation
from .roles import has_title, normalise_role, plural_title, role_for

log = logging.getLogger(__name__)

# Prepositions that make a country the scene of an event rather than a party to it.
LOC_PREPS = frozenset(
    "in at to into from across near throughout within inside outside toward towards "
    "through around via onto along beyond over off".split()
)
# Nouns a country can own geographically ("Ukraine's regions", "Turkish waters").
GEO_NOUNS = frozenset(
    "region regions territory territories border borders coast coastline waters city "
    "cities capital province provinces soil airspace mainland island islands north south "
    "east west part parts area areas shore shores forest forests reef reefs river rivers lake lakes "
    "mountains valley valleys beaches countryside interior".split()
)
# Institutions a country only hosts: "Australia's Griffith University",
# "United States museums".
_HOSTED_NOUNS = frozenset(
    "university universities college colleges museum museums school schools hospital hospitals "
    "zoo zoos library libraries observatory".split()
)
# Nouns a country's name classifies without it acting: "the US state of
# Montana", "a U.S. national".
_KIND_NOUNS = frozenset("state states province provinces".split())
# People a country's name classifies without making it a party or a place:
# "a U.S. national", "Canadian citizens".
_PEOPLE_OF = frozenset("resident residents citizen citizens national nationals native natives".split())
# Private people a state's name describes by where they come from: "US actor Chadwick Boseman".
_PRIVATE_PEOPLE = frozenset("""actor actress singer rapper musician wrestler boxer athlete player footballer
    writer author novelist artist filmmaker comedian model star celebrity businessman businesswoman billionaire
    tourist student scientist researcher astronaut journalist""".split())
# People who live in a country without it acting: "a resident of the United States".
_RESIDENT_NOUNS = frozenset("resident citizen national native".split())
# What befalls a state, which does not make it act: "the breakup of Yugoslavia".
_BREAKUP_NOUNS = frozenset("breakup break-up collapse dissolution partition".split())
_CURRENCY_NOUNS = frozenset("dollar euro pound currency".split())
# Governmental roles whose holder belongs to a state even if the phrase omits it.
_STATE_ROLE_WORDS = frozenset(
    "president minister spokesman spokeswoman ambassador secretary chancellor premier "
    "envoy general".split()
)


# Offices through which a state acts: "the Greek foreign minister".
_GOVERNMENT_NOUNS = frozenset(
    "minister ministry government president premier chancellor ambassador embassy army military "
    "navy authorities officials parliament cabinet".split()
)


@dataclass
class _Group:
    name: str
    kind: str
    role: str = ""
    affiliation: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    agentive: int = 0
    demonyms: int = 0
    names: int = 0


def _absorb(keep: _Group, drop: _Group) -> None:
    """Make ``drop``'s mentions ``keep``'s: two names of one actor."""
    keep.spans.extend(drop.spans)
    keep.names += drop.names
    drop.spans.clear()


# Verbs whose subject is where something happens, not who does it.
_UNDERGO_VERBS = frozenset("experience undergo endure witness suffer".split())
# People through whom a state takes part: "representatives from Canada".
_ENVOY_NOUNS = frozenset(
    "representative delegate delegation envoy official minister diplomat negotiator leader".split()
)
# Sets a list of states after a colon can spell out: "the following nations: A, B".
_LISTED_STATE_NOUNS = frozenset("country nation state government member party".split())


def _party_set(noun: "Token") -> bool:
    """A set of states that takes part: the subject of an active verb ("the
    following countries signed") or the states envoys come from
    ("representatives from the following nations")."""
    if noun.dep_ == "conj" and noun.head.tag_ == "NNS":
        noun = noun.head  # "nations and unions"
    if noun.dep_ == "nsubj":
        return True
    return (noun.dep_ == "pobj" and noun.head.lower_ in ("from", "of")
            and noun.head.head.lemma_.lower() in _ENVOY_NOUNS)


def listed_party(c: Cand) -> bool:
    """A state listed as one of the parties of a meeting or a deal: named
    after envoys ("officials from Canada and Japan met") or spelled out after
    a colon for "the following nations" that take part."""
    r = c.root
    while r.dep_ == "conj" and r.head is not r:
        r = r.head
    if r.dep_ == "pobj" and r.head.lower_ == "from" and r.head.head.lemma_.lower() in _ENVOY_NOUNS:
        return True
    sent = r.sent
    colon = next((t for t in sent if t.text == ":" and t.i < c.span.start), None)
    if colon is None:
        return False
    for t in sent[: colon.i - sent.start]:
        if (t.lower_ == "following" and t.head.tag_ == "NNS"
                and t.head.lemma_.lower() in _LISTED_STATE_NOUNS and _party_set(t.head)):
            return True
    return False


def _country_word(text: str) -> bool:
    """A country's name or short form, whatever the model tagged it ("DRC")."""
    return gazetteer().country(canonical_alias(text) or text) is not None


# People a state sends: "troops from X", "a delegation from Y".
_SENT_NOUNS = frozenset(
    "army force troop soldier peacekeeper diplomat delegation envoy navy military".split())


_LEAVING_VERBS = frozenset("withdraw return pull evacuate recall repatriate leave exit redeploy bring".split())


def sent_by(r: "Token") -> bool:
    """The name is the state that sent the forces or envoys before it
    ("African Union forces from Sudan and Tanzania"): a party, not where
    anything happens."""
    return (r.dep_ == "pobj" and r.head.lower_ == "from" and r.head.head.lemma_.lower() in _SENT_NOUNS
            and not any(t.lemma_.lower() in _LEAVING_VERBS for t in r.sent))  # (not "troops from Syria return home")


def is_locative(parsed: Parsed, c: Cand, cands_by_end: dict[tuple[int, int], Cand]) -> bool:
    """True when the mention names where something happens ("talks in Istanbul")."""
    if listed_party(c):
        return False
    r = c.root
    while r.dep_ in ("conj", "appos") and r.head is not r and (
            r.head.ent_type_ in ("", "GPE", "LOC") or _country_word(r.head.text)):
        r = r.head  # "between Crete and Cyprus", "in Australia, Brazil, Canada", "in the DRC and Uganda"
    if sent_by(r):
        return False
    if r.dep_ == "pobj" and r.head.lower_ in LOC_PREPS:
        return True
    if r.dep_ == "nsubj" and (r.head.lemma_.lower() in _UNDERGO_VERBS or any(
            c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in _UNDERGO_VERBS for c in r.head.children)):
        # "Ghana and Zambia have experienced peaceful elections": where they
        # happened (the parser may hang the verb on the object as an adjective).
        return True
    if r.dep_ == "pobj" and r.head.lower_ == "of":
        owner = r.head.head
        if owner.lower_ in LOC_PREPS or owner.lemma_.lower() in _RESIDENT_NOUNS | _BREAKUP_NOUNS:
            return True  # "outside of Australia", "a resident of the United States", "the breakup of Yugoslavia"
        if owner.lower_ in GEO_NOUNS and owner.text.islower():
            return True  # "off the coast of Fiji", "parts of Spain"
    if r.dep_ == "dobj" and r.head.lemma_.lower() in ("visit", "enter", "reach", "leave", "tour", "flee"):
        return True
    if r.dep_ in ("poss", "compound") and (r.head.lemma_.lower() in GEO_NOUNS or r.head.lower_ in GEO_NOUNS
                                           or (r.dep_ == "compound" and r.head.lower_ in _HOSTED_NOUNS)):
        return True  # "Mexico's forests", "United States museums"
    if r.dep_ in ("compound", "nmod", "amod") and r.head.lower_ in _KIND_NOUNS and r.head.text.islower():
        return True  # "the US state of Montana"
    doc = c.span.doc
    end = c.span.end
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ == "based":
        return True  # "UK-based retailer": where the company sits
    if r.dep_ in ("dobj", "pobj") and r.head.lemma_.lower() in ("comprise", "comprising", "span", "cover"):
        return True  # "the region, comprising Czechia, Hungary, Poland and Slovakia"
    if example_of_place(r):
        return True  # "destinations including Spain", "in nations such as Denmark"
    if r.dep_ == "pobj" and r.head.lower_ in ("including", "like") and _place_noun_before(r.head):
        return True  # "reports in several countries over the outbreak, including Italy"
    # "Ankara, Turkey", "Mindanao, Philippines": a country after a city or a
    # region is its address.
    if c.span.start >= 2 and doc[c.span.start - 1].text == ",":
        prev = doc[c.span.start - 2]
        if prev.ent_type_ in ("GPE", "LOC") and (gazetteer().city(prev.text) or gazetteer().region(prev.text)):
            return True
    return False


def _place_noun_before(t: "Token", window: int = 8) -> bool:
    """True when a plural place noun ("countries", "nations") closely precedes
    ``t`` in its sentence: the examples that follow are places, whatever the
    parser attached them to."""
    sent_start = t.sent.start
    for k in range(t.i - 1, max(sent_start, t.i - window) - 1, -1):
        w = t.doc[k]
        if w.tag_ == "NNS" and w.lemma_.lower() in ("country", "nation", "state", "city", "region", "territory"):
            return w.dep_ not in ("nsubj", "nsubjpass")  # "countries, including X, protested": parties
    return False


def names_no_party(c: Cand) -> bool:
    """True when a state's name is only a word of something else: neither a
    party that acts nor a place where things happen ("U.S. dollars", "the
    Islamic State of Iraq", "the Iran–Iraq War", "United States public utility
    Pacific Gas")."""
    r = c.root
    while r.dep_ == "conj" and r.head is not r:
        r = r.head
    if r.dep_ == "pobj" and r.head.lower_ == "of":
        owner = r.head.head
        if (owner.pos_ == "PROPN" and owner.text[:1].isupper() and owner.ent_type_ not in ("PERSON", "GPE", "NORP")
                and owner.lower_ not in GOVERNMENT_HEADS and owner.lemma_.lower() not in _GOVERNMENT_NOUNS
                and owner.lower_.removesuffix("s") not in _GOVERNMENT_NOUNS  # "the Governments of A, B and C"
                and plural_title(owner.text) is None  # "the G7 Foreign Ministers of Canada, France ...": they act
                and (not is_title_word(owner.text) or any(
                    ch.dep_ == "compound" and ch.text[:1].isupper() and not is_title_word(ch.text)
                    and not demonym_country(ch.text) for ch in owner.children))):
            return True  # part of a name: "Islamic State of Iraq", "Bank of England"
    if r.dep_ in ("compound", "nmod"):
        h = r.head
        if h.lemma_.lower() in _CURRENCY_NOUNS:
            return True  # "U.S. dollars"
        if (h.lower_ in _PEOPLE_OF or h.lemma_.lower() in _PRIVATE_PEOPLE) and h.text.islower():
            return True  # "a U.S. national", "US actor Chadwick Boseman"
        if h.ent_type_ in ("ORG", "EVENT", "FAC") and h.lemma_.lower() not in _GOVERNMENT_NOUNS:
            return True  # "United States public utility Pacific Gas...": where it is from
        if (h.pos_ == "PROPN" and h.text[:1].isupper() and not is_title_word(h.text)
                and h.ent_type_ not in ("PERSON", "GPE", "NORP")):
            return True  # "the Iran–Iraq War": part of a name
    return False


def _person_groups(parsed: Parsed, cands: list[Cand]) -> tuple[list[_Group], dict[int, _Group]]:
    """Group person mentions: full names first, then partial names join them."""
    persons = [c for c in cands if c.label == "PERSON"]
    groups: list[_Group] = []
    by_key: dict[str, _Group] = {}
    owner: dict[int, _Group] = {}
    first_pos: dict[int, int] = {}

    def new_group(c: Cand, k: str) -> _Group:
        g = _Group(c.text, "person")
        groups.append(g)
        by_key[k] = g
        first_pos[id(g)] = c.start
        return g

    # Full names (two or more words), longest first so "Recep Tayyip Erdogan"
    # becomes the canonical form before "Tayyip Erdogan" is seen.
    for c in sorted(persons, key=lambda c: -len(c.span)):
        if len(c.span) < 2:
            continue
        k = key(c.text)
        g = by_key.get(k)
        if g is None:
            # A shorter multi-word name that ends a longer one ("Le Drian").
            for other in groups:
                if key(other.name).endswith(" " + k):
                    g = other
                    break
        if g is None:
            # The same name in another transliteration ("Usama bin Ladin").
            g = next((other for other in groups if _spelling_variant(key(other.name), k)), None)
        if g is None:
            # The same name with or without a middle initial ("John R. Bolton").
            g = next((other for other in groups if _without_initials(key(other.name)) == _without_initials(k)
                      and len(_without_initials(k).split()) >= 2), None)
        if g is None:
            # The same first name and surname with or without middle names
            # ("Maria Zavoczki" of "Maria Luca Zavoczki"), when one name fits.
            w = k.split()
            fits = [other for other in groups if len(key(other.name).split()) > len(w) == 2
                    and key(other.name).split()[0] == w[0] and key(other.name).split()[-1] == w[-1]]
            g = fits[0] if len(fits) == 1 else None
        if g is None:
            g = new_group(c, k)
        owner[id(c)] = g
    # Single words: the surname (or sole name) of the nearest full name before
    # it, else the first one after it.
    for c in persons:
        if id(c) in owner:
            continue
        k = key(c.text)
        matches = [
            g for g in groups
            if key(g.name).split()[-1] == k or key(g.name).endswith(" " + k)
            or key(g.name).split()[-1].endswith("-" + k)  # "Assad" of "Bashar al-Assad"
            or (len(k) >= 3 and key(g.name).split()[-1].startswith(k + "-"))  # "Lazo" of "Lazo-Sanchez"
        ]
        if not matches:
            matches = [g for g in groups if k in key(g.name).split()[1:]]
        if not matches:
            # A first name (or a name given first, "Prime Minister Tuilaepa")
            # of exactly one full name.
            firsts = [g for g in groups if key(g.name).split()[0] == k]
            if len(firsts) == 1:
                matches = firsts
        if matches:
            before = [g for g in matches if first_pos.get(id(g), 1 << 30) <= c.start]
            if len(before) > 1:
                # Relatives sharing a surname ("his mother, Jane Smith"): a bare
                # surname goes on naming the person named in full most often
                # so far (the subject), the latest one on a tie.  The full
                # names are counted in the text, title included, as the model
                # misses some of them.
                full = {id(g): parsed.text.count(g.name, 0, c.start) for g in before}
                top = max(full.values())
                before = [g for g in before if full[id(g)] == top]
            g = before[-1] if before else matches[0]
        else:
            g = by_key.get(k) or new_group(c, k)
        owner[id(c)] = g
    return groups, owner


_VOWELS = frozenset("aeiouy")


def _without_initials(k: str) -> str:
    """A folded name without its middle initials: "john r bolton" → "john bolton"."""
    words = k.split()
    return " ".join(w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1))


def _spelling_variant(a: str, b: str) -> bool:
    """Two folded multi-word names that differ only in vowels of some long
    words, one vowel each, with at least one word the same: transliterations
    of one name ("Usama bin Ladin" and "Osama bin Laden")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or a == b:
        return False
    same = 0
    for x, y in zip(wa, wb):
        if x == y:
            same += 1
            continue
        if len(x) != len(y) or len(x) < 5:
            return False
        diff = [(p, q) for p, q in zip(x, y) if p != q]
        if len(diff) != 1 or diff[0][0] not in _VOWELS or diff[0][1] not in _VOWELS:
            return False
    return same >= 1


def _name_token(t: "Token", pos: tuple[str, ...] = ("PROPN",)) -> bool:
    """A capitalised proper noun outside every entity that is no title,
    nationality, place or organisation word: a piece of a personal name."""
    return (t.pos_ in pos and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
            and t.ent_type_ == "" and not is_title_word(t.text) and not demonym_country(t.text)
            and fold(t.text) not in ORG_WORDS and not gazetteer().country(t.text))


def _complete_person(parsed: Parsed, c: Cand) -> Cand:
    """The whole name of a person the model cut short: "Superintendent
    Graciano" + "Mijares", "Arnel" + "dela Vega".  Only name-like tokens
    bound to the entity by the parse (compound) are taken."""
    span = c.span
    doc = span.doc
    s, e = span.start, span.end
    if e < len(doc) and _name_token(doc[e]) and span.root.dep_ == "compound" and span.root.head.i == e:
        e += 1
    # A name that opens with a lower-case particle ("dela Vega", "van der
    # Berg") lost its given name.
    # The small model also reads such a given name as a common noun.
    if (s > 0 and doc[s].text[:1].islower() and _name_token(doc[s - 1], ("PROPN", "NOUN"))
            and not c.glued_titles):
        s -= 1
    if (s, e) == (span.start, span.end):
        return c
    new = doc[s:e]
    start, end = parsed.gspan(c.block, new)
    return replace(c, start=start, end=end, text=new.text, span=new)


def _plural_demonym(text: str) -> str | None:
    """State whose people a word such as "Samoans", "American Samoan" or "Hong
    Kongers" names ("" for a city's people, None for no such word)."""
    geo = gazetteer()
    f = fold(text)
    for suffix in ("ers", "ns", "n"):
        if f.endswith(suffix) and len(f) > len(suffix) + 3:
            stem = f[: -len(suffix)]
            country = geo.country(stem)
            if country:
                return country.name
            if suffix == "ers" and any(e.population >= 500_000 for e in geo.cities_named(stem)):
                return ""  # "Londoners": people of a city
    return None


def _demonym_group(c: Cand) -> Cand | None:
    """People named after their place ("Hong Kongers", "American Samoans") are
    evidence of a state, not actors; adjectives of nationality the model
    took for a name ("Turkish Cypriot interests", "a Greek Orthodox church")
    are neither."""
    if c.label in ("PERSON", "ORG"):
        place = _plural_demonym(c.text)
        if place is not None:
            country = gazetteer().country(place) if place else None
            if country is None or country.country_code in DEPENDENT_TERRITORY_CODES:
                return None
            return replace(c, label="NORP")
    if (c.label == "ORG" and c.root.ent_type_ == "NORP" and demonym_country(c.span[0].text)
            and c.root.dep_ in ("amod", "compound") and c.root.head.pos_ == "NOUN"
            and c.root.head.text.islower()):
        return None
    return c


_CONNECTORS = frozenset({"of", "for", "and", "&", "on", "the"})
# The same connectors in the French, Spanish and Italian names news quotes
# untranslated: "Brigade de Recherche et d'Intervention".
_FOREIGN_OF = frozenset({"de", "du", "des", "del", "della", "di"})
_FOREIGN_AND = frozenset({"et", "y", "e"})
_ELIDED = re.compile(r"^[dl][’'][A-ZÀ-Ý]")


def _bracket_after(doc, i: int) -> str | None:
    """The acronym in "( ACR )" starting at token ``i``, if any."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        acr = doc[i + 1].text.replace(".", "")
        if acr.isalnum() and sum(ch.isupper() for ch in acr) >= 2:
            return acr
    return None


_CAMPUS_HEADS = frozenset({"university", "academy", "college"})


def _campus_after(doc, span) -> int:
    """End of a campus named after a comma: "University of California, Los
    Angeles", "Royal Military Academy, Sandhurst".  The campus is a place of
    one or two capitalised words not followed by another list item."""
    e = span.end
    words = [t.lower_ for t in span if t.lower_ != "the"]
    if not words or not (words[-1] in _CAMPUS_HEADS or (words[0] == "university" and "of" in words)):
        return e
    if e + 1 >= len(doc) or doc[e].text != ",":
        return e
    k = e + 1
    while k < len(doc) and k - e <= 2 and doc[k].is_alpha and doc[k].text[:1].isupper() \
            and not doc[k].text.isupper() and doc[k].ent_type_ in ("", "GPE", "LOC", "FAC"):
        k += 1
    if k == e + 1 or (k < len(doc) and doc[k].text[:1].isupper()):
        return e
    if k < len(doc) and (doc[k].lower_ in ("and", "&", "or")
                         or (doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())):
        return e  # "University of A, B and C": a list
    return k


def _org_extension(doc, span, surnames: frozenset[str] = frozenset()) -> int:
    """End of an organisation's name the model cut before a connector or a
    comma: "National Institute of Allergy | and Infectious Diseases (NIAID)",
    "Office of the UN | High Commissioner for Human Rights", "United Nations
    Educational, | Scientific and Cultural Organization (UNESCO)".  Commas
    and other entities' words are crossed only on the way to a bracketed
    acronym that spells the whole name.  A person's surname right after the
    name is no part of it: "told Channel 4 | Bloggs said"."""
    e = span.end
    if e < len(doc) and (doc[e].text in surnames or doc[e].lower_ == "headquarters"):
        return e  # ("at NASA Headquarters": the body's seat, a site of its own)
    if e + 1 < len(doc) and doc[e].lower_ in ("majority", "minority") and doc[e + 1].lower_ in ("leader", "whip"):
        return e  # "Senate | Majority Leader Harry Reid": the title, not the body
    campus = _campus_after(doc, span)
    if campus > e:
        return campus
    court = _court_district(doc, e) if span[-1].lower_ in ("court", "appeals") else e
    if court > e:
        return court
    place = _of_place_after(doc, span)
    if place > e:
        return place
    k = e
    last_word = e
    crossed = False  # a comma or another entity's word on the way
    foreign = any(t.lower_ in _FOREIGN_OF for t in span[1:])
    while k < len(doc):
        t = doc[k]
        if ((t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and t.ent_type_ in ("", "ORG"))
                or (foreign and k > e and _ELIDED.match(t.text) and t.ent_type_ in ("", "ORG"))):
            crossed = crossed or t.ent_type_ == "ORG"
            k += 1
            last_word = k
        elif (t.lower_ in _CONNECTORS or t.text == "," or (foreign and t.lower_ in _FOREIGN_AND)) \
                and k + 1 < len(doc) and doc[k + 1].text != span[0].text \
                and (doc[k + 1].text[:1].isupper() or (foreign and _ELIDED.match(doc[k + 1].text))):
            # "Tesco and Salling" are two names; "Ministry of Trade and
            # Industry" is one: "and" joins inside an "of" phrase.
            crossed = crossed or t.text == "," or (
                t.lower_ in ("and", "&") and not any(x.lower_ in ("of", "for") for x in doc[span.start:k]))
            k += 1
        else:
            break
    while last_word > e and is_title_word(doc[last_word - 1].text):
        last_word -= 1  # "NATO Secretary-General ...": a title after the name
    while last_word > e and doc[last_word - 1].lower_ in _CONNECTORS:
        last_word -= 1
    if last_word == e:
        return e
    nxt = doc[last_word] if last_word < len(doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON":
        return e  # "Police and Crime Commissioner Stephen Mold": a title
    if crossed:
        # "Immigration | and Customs Enforcement's (ICE) …": the acronym may
        # follow the owner's possessive.
        owner = last_word + 1 if last_word < len(doc) and doc[last_word].tag_ == "POS" else last_word
        acr = _bracket_after(doc, owner)
        if not acr or not _spells(acr, acronym_of(doc[span.start:last_word].text.removeprefix("the "))):
            return e
    return last_word


# Bodies named after their remit: "Select Committee | on Benghazi".
_REMIT_HEADS = frozenset({"committee", "subcommittee", "commission", "inquiry", "tribunal"})


def _of_place_after(doc, span) -> int:
    """End of a body's name that goes on with the place it serves, which the
    model tagged apart: "Civil Liberties Union | of Montana", "Embassy | of
    Ruritania", "Select Committee | on Benghazi".  The body's name must end
    in its head noun and the place must end the phrase."""
    e = span.end
    head = span[-1].lower_
    if e + 1 >= len(doc) or not span[-1].text[:1].isupper():
        return e
    prep = doc[e].lower_
    if not ((prep == "of" and (head in ORG_WORDS or head in BODY_NOUNS)) or (prep == "on" and head in _REMIT_HEADS)):
        return e
    k = e + 1
    if doc[k].lower_ == "the":
        k += 1
    if k >= len(doc):
        return e
    if doc[k].ent_type_ in ("GPE", "LOC") and doc[k].ent_iob_ == "B":
        k += 1
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
    else:
        # A known place the model left untagged: "Union of Montana".
        m = k
        while m < len(doc) and m - k < 3 and doc[m].is_alpha and doc[m].text[:1].isupper() \
                and doc[m].ent_type_ == "":
            m += 1
        g = gazetteer()
        name = doc[k:m].text
        if m == k or not (g.country(name) or g.region(name) or g.cities_named(name)):
            return e
        k = m
    if k < len(doc) and (doc[k].text[:1].isupper() or doc[k].tag_ == "POS" or (
            doc[k].lower_ in ("and", "&", "or") and k + 1 < len(doc) and doc[k + 1].ent_type_ in ("GPE", "LOC"))):
        return e  # the place goes on, owns something, or is one of a list of places
    return k


# Plural heads that one body shares out among the peoples it joins:
# "the Salish and Kootenai Tribes".
_JOINT_HEADS = frozenset({"tribes", "nations", "peoples", "bands"})


def _joint_lead(doc, span) -> int:
    """Start of a joint body's name the model began after "and": "Confederated
    Salish and | Kootenai Tribes"."""
    s = span.start
    if span[-1].lower_ not in _JOINT_HEADS or not span[-1].text[:1].isupper() \
            or s < 2 or doc[s - 1].lower_ != "and":
        return s
    k = s - 1
    while k > 0 and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() and not doc[k - 1].is_sent_start \
            and doc[k - 1].ent_type_ in ("", "NORP", "ORG") and s - k < 4:
        k -= 1
    if doc[k - 1].is_sent_start and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper():
        k -= 1
    return k if k < s - 1 else s


_JURISDICTIONS = frozenset({"circuit", "district", "division"})


def _court_district(doc, e: int) -> int:
    """End of a court's jurisdiction the model split off its name: "Court of
    Appeals | for the Ninth Circuit", "District Court | for the Southern
    District of New York".  The whole name runs to the circuit or district."""
    k = e
    if k >= len(doc) or doc[k].lower_ != "for":
        return e
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    end = e
    seen = False
    while k < len(doc):
        t = doc[k]
        if t.text[:1].isupper() and t.is_alpha or t.ent_type_ == "ORDINAL" and t.text[:1].isupper():
            k += 1
            if t.lower_ in _JURISDICTIONS:
                seen = True
            if seen:
                end = k
        elif seen and t.lower_ == "of" and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            k += 1
        else:
            break
    return end if seen else e


def _spells(acr: str, initials: str) -> bool:
    """True when ``acr`` is made of the initials, in order (some may be skipped)."""
    it = iter(initials.upper())
    return len(acr) >= 2 and all(ch in it for ch in acr.upper())


def _complete_organisations(parsed: Parsed, cands: list[Cand]) -> list[Cand]:
    """Organisation names the model cut short, made whole; the pieces it made
    of the rest are dropped.  "the United Nations (UN) General Assembly" names
    the assembly of the United Nations."""
    out: list[Cand] = []
    absorbed_until: dict[int, int] = {}  # block -> token end of the last extension
    org_ending: dict[tuple[int, int], Cand] = {}  # (block, end token) -> organisation
    surnames = frozenset(c.span[-1].text for c in cands if c.label == "PERSON")
    for c in cands:
        if c.label != "ORG":
            out.append(c)
            continue
        doc = c.span.doc
        if absorbed_until.get(c.block, -1) >= c.span.end:
            continue
        if len(c.span) > 1 and fold(c.span[-1].text) in ROLE_HEADS and c.span.end < len(doc) \
                and doc[c.span.end].pos_ == "PROPN" \
                and (doc[c.span.end].ent_type_ == "PERSON" or is_title_word(doc[c.span.end].text)):
            # "Coast Guard Commandant | Admiral X": the title of the person
            # named next is no part of the body's name.
            sp = doc[c.span.start : c.span.end - 1]
            if all(is_title_word(t.text) for t in sp):
                continue  # "Detective | Inspector X": a title, all of it
            start, end = parsed.gspan(c.block, sp)
            c = replace(c, start=start, end=end, text=sp.text, span=sp)
        elif len(c.span) > 2 and fold(c.span[-1].text) in ROLE_HEADS and (
                c.span[-2].lower_ in ORG_WORDS or fold(c.span[:-1].text.removeprefix("the ")) in METONYMS):
            # "Jeff Rathke, the State Department | Spokesperson,": the office
            # holder's title is no part of the body's name.
            sp = doc[c.span.start : c.span.end - 1]
            start, end = parsed.gspan(c.block, sp)
            c = replace(c, start=start, end=end, text=sp.text, span=sp)
        lead = min(_country_before_court(doc, c.span), _joint_lead(doc, c.span))
        if lead < c.span.start:
            # "the U.S. | District Court": the country is part of a court's name.
            sp = doc[lead : c.span.end]
            start, end = parsed.gspan(c.block, sp)
            c = replace(c, start=start, end=end, text=sp.text, span=sp)
        new = c
        # A headline capitalises every word: "NASA Sets Path to ..." names NASA only.
        e = c.span.end if parsed.kinds[c.block] in ("title", "heading") else _org_extension(doc, c.span, surnames)
        if e != c.span.end and numbered_site(doc[c.span.start:e]):
            absorbed_until[c.block] = e
            continue  # grown into a numbered site's name: a place, no body
        if e != c.span.end:
            sp = unit_of_owner(doc[c.span.start:e])
            start, end = parsed.gspan(c.block, sp)
            new = replace(c, start=start, end=end, text=sp.text, span=sp)
            absorbed_until[c.block] = e
        elif (c.span.start >= 3 and (c.block, c.span.start - 3) in org_ending
              and _bracket_after(doc, c.span.start - 3) and all(t.text[:1].isupper() for t in c.span)):
            parent = org_ending[(c.block, c.span.start - 3)]
            new = replace(c, text=f"{parent.text.removeprefix('the ')} {c.text}")
        out.append(new)
        org_ending[(c.block, new.span.end)] = new
    orgs = [(c.block, c.start, c.end) for c in out if c.label == "ORG"]
    return [c for c in out if c.label == "ORG" or not any(
        b == c.block and s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for b, s, e in orgs)]


# Courts whose official name opens with the country: "United States District
# Court", "U.S. Court of Appeals".
_COURT_HEADS = frozenset({"court", "appeals"})


def _country_before_court(doc, span) -> int:
    """Start of a court's name with the country the model left out of it."""
    if not any(t.lower_ in _COURT_HEADS for t in span) or span.start == 0:
        return span.start
    for n in (2, 1):
        s = span.start - n
        if s < 0 or not doc[s].text[:1].isupper():
            continue
        lead = doc[s : span.start].text
        if gazetteer().country(canonical_alias(lead) or lead):
            return s
    return span.start


_KNOWN_BODIES = frozenset(key(v) for v in ALIASES.values())


def _reread_names(parsed: Parsed, cands: list[Cand]) -> list[Cand]:
    """Candidates the model labelled or bounded wrongly, read again:

    - an "organisation" made only of name words that holds the surname of a
      person named elsewhere is that person ("Maria Lopez Garcia" beside
      "Lopez said");
    - a body named with its parent's possessive is two actors ("the United
      Nations' World Food Programme");
    - a piece with an editorial bracket ("I]t") is no name at all;
    - a person's name run into an organisation's ("Rathbun the X") is cut off.
    """
    # Single-word names, and the surnames of people named in full.
    person_words = {c.text if len(c.span) == 1 else c.span[-1].text for c in cands if c.label == "PERSON"}
    # Double-barrelled surnames given in full ("Lazo-Sanchez"), and their parts.
    hyphened = {c.text.split()[-1] for c in cands if c.label == "PERSON" and len(c.span) > 1
                and "-" in c.text.split()[-1]}
    hyphen_parts = {part for name in hyphened for part in name.split("-") if len(part) >= 3 and part[:1].isupper()}
    org_at = {(c.block, c.span.start): c for c in cands if c.label == "ORG"}
    out: list[Cand] = []
    for c in cands:
        if c.label in ("ORG", "PERSON") and any(ch in c.text for ch in "[]"):
            continue
        # A hyphen only in a person's double-barrelled surname: "Melvin
        # Lazo-Sanchez" beside "Melvin Noe Lazo-Sanchez", not "Harley-Davidson".
        dash = next((t.i for t in c.span if t.text == "-"), None)
        if (c.label == "ORG" and 2 <= len(c.span) <= 5
                and all((t.pos_ == "PROPN" and t.is_alpha) or t.i == dash for t in c.span)
                and (dash is None or (dash == c.span.end - 2 and c.span[-3:].text.replace(" ", "") in hyphened))
                and not any(t.lower_ in ORG_WORDS for t in c.span)
                and any(t.text in person_words for t in c.span[1:])):
            out.append(replace(c, label="PERSON"))
            continue
        if (c.label == "ORG" and len(c.span) == 1 and c.text in hyphen_parts
                and c.span[0].pos_ == "PROPN" and c.span[0].lower_ not in ORG_WORDS):
            out.append(replace(c, label="PERSON"))  # "Sanchez" of "Melvin Lazo-Sanchez"
            continue
        if (c.label == "ORG" and 2 <= len(c.span) <= 5 and c.span[0].pos_ == "PROPN" and c.span[-1].pos_ == "PROPN"
                and all((t.pos_ == "PROPN" and t.is_alpha) or t.text == "-" for t in c.span)
                and not any(t.lower_ in _BODY_HEADS or t.lower_ in UNIT_HEADS or demonym_country(t.text)
                            for t in c.span)
                and _of_body(c, org_at)):
            out.append(replace(c, label="PERSON"))  # "Jo Bloggs of the Harbour Trust": a person's name
            continue
        inner = next((t for t in c.span[1:-1] if t.lower_ == "the"), None) if c.label == "ORG" else None
        if inner is not None and c.span.doc[c.span.start:inner.i].text in person_words:
            # "According to Rathbun the Scientology property": a person's
            # name the model ran into the next name.
            sp = c.span.doc[inner.i + 1:c.span.end]
            start, end = parsed.gspan(c.block, sp)
            out.append(replace(c, start=start, end=end, text=sp.text, span=sp))
            continue
        if c.label == "ORG":
            poss = next((t for t in c.span if t.tag_ == "POS" or t.text in ("'", "’")), None)
            if poss is not None and c.span.start < poss.i and c.span.end - poss.i - 1 >= 3:
                owner = c.span.doc[c.span.start:poss.i]
                rest = c.span.doc[poss.i + 1:c.span.end]
                known = canonical_alias(owner.text) or key(owner.text) in _KNOWN_BODIES
                if known or gazetteer().country(owner.text):
                    for sp in (owner, rest):
                        start, end = parsed.gspan(c.block, sp)
                        out.append(replace(c, start=start, end=end, text=sp.text, span=sp))
                    continue
        out.append(c)
    return out


_BODY_HEADS = ORG_WORDS | BODY_NOUNS | frozenset("league alliance coalition movement front campaign network".split())


def _join_split_names(parsed: Parsed, cands: list[Cand]) -> list[Cand]:
    """One name the model cut in two around a connector, made whole:

    - two person names back to back ("Zine El Abidine | Ben Ali");
    - a first name joined by "and" to a foundation named after a couple
      ("Bill | and | Melinda Gates Foundation");
    - a body's head noun followed by "for"/"of" and the rest of its name
      ("Tunisian League | for the | Defence of Human Rights");
    - "of" a place "and" another place ("High Court of England | and | Wales").
    """
    geo = gazetteer()
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is None or prev.block != c.block or prev.span.doc is not c.span.doc:
            out.append(c)
            continue
        doc = c.span.doc
        gap = [t.lower_ for t in doc[prev.span.end:c.span.start]]
        label = None
        if not gap and prev.label == c.label == "PERSON" and not prev.glued_titles and not c.glued_titles:
            label = "PERSON"
        elif (gap == ["and"] and prev.label == "PERSON" and len(prev.span) == 1 and c.label == "ORG"
              and len(c.span) >= 2 and c.span[-1].lower_ == "foundation"):
            label = "ORG"
        elif (prev.label == "ORG" and c.label == "ORG" and gap in (["for"], ["for", "the"], ["of"], ["of", "the"])
              and prev.span[-1].lower_ in _BODY_HEADS and prev.span[-1].text[:1].isupper()
              and all(t.text[:1].isupper() or t.lower_ in _CONNECTORS for t in c.span)):
            label = "ORG"
        elif (prev.label == "ORG" and c.label in ("GPE", "LOC") and gap in (["for"], ["for", "the"])
              and prev.span[-1].lower_ in _BODY_HEADS and prev.span[-1].text[:1].isupper()
              and len(c.span) >= 2 and not geo.country(c.text)):
            label = "ORG"  # "the District Court for the Eastern District of Ohio"
        elif (gap == ["and"] and prev.label == "ORG" and len(c.span) == 1 and c.label in ("ORG", "GPE")
              and len(prev.span) >= 3 and prev.span[-2].lower_ == "of"
              and (geo.country(prev.span[-1].text) or geo.region(prev.span[-1].text))
              and (geo.country(c.text) or geo.region(c.text))):
            label = "ORG"
        if label is None or doc[prev.span.start].sent.start != c.span.sent.start:
            out.append(c)
            continue
        sp = doc[prev.span.start:c.span.end]
        start, end = parsed.gspan(c.block, sp)
        out[-1] = replace(prev, start=start, end=end, text=sp.text, span=sp, label=label)
    return out


# Common nouns for things, not parties: "the EastMed pipeline", "the PALM
# trial", "an antibody cocktail, ZMapp".
THING_NOUNS = frozenset(
    """pipeline trial trials study vaccine vaccines drug drugs treatment therapy cocktail
    medicine system software app aircraft jet plane missile rocket satellite vessel
    ship tanker vehicle car model device phone smartphone product brand campaign
    operation exercise mission festival tournament treaty virus disease game
    programme program project boat submarine warship ferry yacht spacecraft capsule
    telescope probe rover""".split()
)
# Last words of instruments' and craft's names: "the Hyper-Angular Rainbow Polarimeter".
_INSTRUMENT_HEADS = frozenset(
    """polarimeter spectrometer radiometer spectrograph telescope imager sensor spacecraft
    rover lander orbiter probe""".split())
# Works whose titles may be names: "the Black Panther film", "the album X".
_WORK_NOUNS = frozenset("film movie documentary series sitcom album song single novel book musical".split())
# Last words of the names of events, agreements and programmes.
EVENT_HEADS = frozenset(
    """campaign operation summit games festival cup war treaty agreement accord act bill
    award prize pipeline trial study law constitution amendment directive charter protocol
    declaration decree ordinance statute regulations rules conditions code guidelines
    statement communique dialogue exposition expo principles accords memorandum roadmap notice""".split()
)
# Heads of the names of rules, which may go on with what they govern.
_RULE_HEADS = frozenset(
    "act treaty agreement accord charter protocol declaration statute regulations rules conditions "
    "code guidelines".split()
)


def _name_head(span) -> "Token":
    """The head word of a name: its last word, or a rule's or a body's head
    before its first "of"/"for" ("Conditions | of Travel", "Regulations | for
    Buses", "Department | of War")."""
    for t in span[1:]:
        if t.lower_ in ("of", "for"):
            prev = span.doc[t.i - 1]
            return prev if prev.lower_ in _RULE_HEADS or prev.lower_ in _BODY_HEADS else span[-1]
    return span[-1]
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
_MAKE_VERBS = frozenset({"make", "produce", "manufacture", "launch", "brew"})


def _thing_keys(cands: list[Cand]) -> set[str]:
    """Keys of names that stand for things rather than parties: products,
    programmes, events, terms.

    - named after an event or agreement noun ("Mass Vaccination Campaign");
    - put in apposition to a common noun for a thing ("an antibody cocktail,
      ZMapp");
    - only ever modifying such a noun or made by someone ("the PALM trial",
      "which makes Kleenex Toilet Tissue") and never acting;
    - a bracketed short form of a lower-case term ("Ebola virus disease (EVD)").
    """
    strong: set[str] = set()
    weak: dict[str, bool] = {}
    acting: set[str] = set()
    for c in cands:
        if c.label not in ("ORG", "PERSON"):
            continue
        k = key(c.text)
        r = c.root
        doc = c.span.doc
        head = _name_head(c.span) if len(c.span) > 1 else c.span[-1]
        instrument = head.lower_ in _INSTRUMENT_HEADS and r.dep_ != "nsubj"  # ("Telesat Satellite said": a firm)
        if len(c.span) > 1 and (head.lower_ in EVENT_HEADS or instrument) and head.text[:1].isupper():
            strong.add(k)  # "the Clean Air Act", "the Vehicle Regulations for Buses", "the Rainbow Polarimeter"
        if len(c.span) > 1 and vessel_prefix(c.span[0].text):
            strong.add(k)  # a ship, not a party
        if (r.dep_ == "appos" and r.head.pos_ == "NOUN" and r.head.text.islower()
                and r.head.lemma_.lower() in THING_NOUNS):
            strong.add(k)
        if (r.dep_ in ("compound", "nmod", "appos") and r.head.text.islower()
                and r.head.lemma_.lower() in _WORK_NOUNS):
            strong.add(k)  # "the Black Panther film", "the album Hard Times": a title, not a party
        s = c.span.start
        if s >= 2 and doc[s - 1].text == "(" and c.span.end < len(doc) and doc[c.span.end].text == ")":
            letters = c.text.replace(".", "")
            n = len(letters)
            words = [t for t in doc[max(0, s - 1 - n): s - 1]]
            if (letters.isupper() and len(words) == n and all(t.is_alpha for t in words)
                    and "".join(t.text[0] for t in words).upper() == letters
                    and any(t.text.islower() and t.lower_ not in _CONNECTORS for t in words)):
                strong.add(k)  # not "Department of Labor (DOL)"
        if r.dep_ in _AGENT_DEPS or canonical_alias(c.text) or has_staff(c) or (
                r.dep_ in ("compound", "nmod") and is_title_word(r.head.text)):
            acting.add(k)  # acts, is a known body, or has office holders ("NATO Secretary-General")
        thing = ((r.dep_ in ("compound", "nmod") and r.head.text.islower()
                  and r.head.lemma_.lower() in THING_NOUNS)
                 or (r.dep_ == "dobj" and r.head.lemma_.lower() in _MAKE_VERBS))
        weak[k] = weak.get(k, False) or thing
    return strong | {k for k, w in weak.items() if w and k not in acting}


def _of_body(c: Cand, org_at: dict[tuple[int, int], Cand]) -> str:
    """The body a person is introduced as being "of": "Jo Bloggs of the
    Harbour Trust said", "Jo Bloggs of the UK's Harbour Trust"."""
    doc = c.span.doc
    k = c.span.end
    if k >= len(doc) or doc[k].lower_ != "of":
        return ""
    k += 1
    while k < len(doc) and k <= c.span.end + 5 and (doc[k].lower_ == "the" or doc[k].tag_ == "POS"
                                                   or doc[k].ent_type_ in ("GPE", "NORP")):
        org = org_at.get((c.block, k))
        if org is not None:
            break
        k += 1
    org = org_at.get((c.block, k))
    return org.text if org is not None else ""


# A capitalised common noun or a form of address alone names no one:
# "the Court found", "advice to Her Majesty", "an Order in Council".
_BARE_COMMON = frozenset("majesty highness excellency court council embassy consulate".split())


# Titles that are part of how a sovereign or a pope is named: "Pope Francis".
_ROMAN = re.compile(r"^[IVX]+$")
_REGNAL = frozenset("pope king queen prince princess emperor empress sultan emir".split())


def _office_of_place(c: Cand) -> bool:
    """An office named after its seat ("the Archbishop of Canterbury", "Mayor
    of Lyon") is a title; the holder, named or not, is the actor."""
    sp = c.span
    if c.label not in ("ORG", "PERSON") or len(sp) < 3 or sp[1].lower_ != "of":
        return False
    if fold(sp[0].text) not in ROLE_HEADS and not (is_title_word(sp[0].text) and sp[0].text[:1].isupper()
                                                   and fold(sp[0].text) not in HONORIFICS):
        return False
    rest = sp[2:].text.removeprefix("the ")
    geo = gazetteer()
    return bool(geo.country(canonical_alias(rest) or rest) or geo.city(rest) or geo.region(rest))


def build_actors(parsed: Parsed, cands: list[Cand]) -> list[Actor]:
    geo = gazetteer()
    cands = [_complete_person(parsed, c) if c.label == "PERSON" else c for c in cands]
    cands = [d for d in (_demonym_group(c) for c in cands) if d is not None]
    cands = _complete_organisations(parsed, cands)
    cands = _join_split_names(parsed, cands)
    cands = _reread_names(parsed, cands)
    things = _thing_keys(cands)
    cands = [c for c in cands if not (c.label in ("ORG", "PERSON") and key(c.text) in things)]
    cands = [c for c in cands if not (c.label in ("ORG", "PERSON") and len(c.span) == 1
                                      and c.span[0].lower_ in _BARE_COMMON)]
    cands = [c for c in cands if not _office_of_place(c)]
    person_groups, owner = _person_groups(parsed, cands)
    surname_index = {}
    full_mentions = {}
    for c in cands:
        if c.label == "PERSON" and len(c.span) >= 2 and id(c) in owner:
            full_mentions[id(owner[id(c)])] = full_mentions.get(id(owner[id(c)]), 0) + 1
    for g in person_groups:
        if len(key(g.name).split()) >= 2:
            # Of several people sharing a surname, the one named in full most often.
            last = surname(key(g.name))
            other = surname_index.get(last)
            if other is None or full_mentions.get(id(g), 0) > full_mentions.get(id(other), 0):
                surname_index[last] = g

    groups: dict[str, _Group] = {}
    org_groups: list[_Group] = []
    cands_by_end = {(c.start, c.end): c for c in cands}
    # A name shared with a country ("Georgia") in a text that names that
    # other country's states is one of those states, a place.
    region_states = countries_with_states_named(cands)
    mentioned = countries_mentioned(cands)

    def group(name: str, kind: str) -> _Group:
        k = key(name)
        if kind == "organisation" and k.endswith("s") and k[:-1] in groups:
            k = k[:-1]  # "Houthis" and "Houthi"
        elif kind == "organisation" and k + "s" in groups:
            k = k + "s"
        if k not in groups:
            groups[k] = _Group(name, kind)
            if kind == "organisation":
                org_groups.append(groups[k])
        return groups[k]

    org_at = {(c.block, c.span.start): c for c in cands if c.label == "ORG"}
    for c in cands:
        span = (c.start, c.end)
        if c.label == "PERSON":
            g = owner[id(c)]
            g.spans.append(span)
            if not g.role or not g.affiliation or not has_title(g.role):
                # A later mention may give what the first one did not; an
                # office beats a relation ("his successor" ... "as Sultan").
                role, aff = role_for(c.span, c.glued_titles)
                if role and g.role and not has_title(g.role) and has_title(role):
                    g.role = ""
                if c.affiliation and aff and aff != c.affiliation and role and aff not in role:
                    # The organisation is the affiliation, so the place stays in
                    # the role: "Hong Kong director of Amnesty International".
                    role = f"{aff} {role[:1].lower()}{role[1:]}"
                g.affiliation = g.affiliation or c.affiliation or aff or _of_body(c, org_at)
                if not g.role:
                    g.role = role
                    if c.affiliation and g.role.endswith(" of " + c.affiliation):
                        g.role = g.role[: -len(" of " + c.affiliation)]  # "director of X" with X the affiliation
                if fold(g.role) in _REGNAL and (" " not in g.name or _ROMAN.match(g.name.split()[-1])):
                    g.name = f"{g.role[:1].upper()}{g.role[1:]} {g.name}"
            continue
        # Surnames the model tagged as places or organisations.
        if len(c.span) == 1 and key(c.text) in surname_index and not geo.country(c.text):
            surname_index[key(c.text)].spans.append(span)
            continue
        if c.label == "NORP":
            country = demonym_country(c.text) or _plural_demonym(c.text)
            if country:
                g = group(country, "state")
                g.spans.append(span)
                g.demonyms += 1
                if c.root.dep_ in ("amod", "compound") and c.root.head.lemma_.lower() in _GOVERNMENT_NOUNS:
                    # "the Greek foreign minister criticised": the state acts through its office.
                    g.agentive += 1
                    g.names += 1
            continue
        if c.label in ("GPE", "ORG"):
            alias = canonical_alias(c.text) or party_name(parsed, c.text)
            country = geo.country(alias or c.text)
            gov_span = None
            if country is None and c.label == "ORG":
                # "the Government of Ethiopia": the state itself, or for a
                # territory its government.
                place = government_of(c.text)
                country = geo.country(place) if place else None
                gov_span = span if country else None
            elif country is not None:
                gov_span = _government_phrase(parsed, c)
            if country and country.country_code in DEPENDENT_TERRITORY_CODES:
                if gov_span:
                    g = group(f"Government of {country.name}", "organisation")
                    g.spans.append(gov_span)
                    g.names += 1
                    g.affiliation = country.name
                continue  # otherwise a territory is a place, not a party
            if country and alias is None and (r := geo.region(c.text)) is not None and r.country in region_states:
                continue
            if country:
                g = group(country.name, "state")
                g.spans.append(span)
                g.names += 1
                if not (is_locative(parsed, c, cands_by_end) or names_no_party(c)):
                    g.agentive += 1
                continue
            if c.label == "GPE":
                # A capital doing something stands for its state ("Kyiv responded").
                cap = geo.capital_of.get(fold(c.text))
                if cap and c.root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss"):
                    g = group(cap, "state")
                    g.spans.append(span)
                    g.agentive += 1
                continue
            name = alias or c.text
            if (c.label == "ORG" and len(c.span) == 1 and fold(name) not in METONYMS
                    and geo.city_named_as_body(name, mentioned)):
                continue  # a city the model called an organisation: a place
            g = group(name, "organisation")
            g.spans.append(span)
            g.names += 1
            if fold(name) in METONYMS:
                g.affiliation = METONYMS[fold(name)]

    police = _story_police(parsed, groups)
    if police is not None:
        name, spans, aff = police
        g = group(name, "organisation")
        g.spans.extend(spans)
        g.names += len(spans)
        g.agentive += 1
        g.affiliation = g.affiliation or aff

    _merge_introduced_accounts(parsed, person_groups, [g for g in groups.values() if g.kind == "organisation"])
    _merge_person_into_org(person_groups, groups)
    _merge_first_name_orgs(org_groups, person_groups)
    _merge_country_variants(org_groups)
    _merge_office_forms(org_groups)
    _merge_spelled_variants(org_groups, person_groups)
    _merge_acronyms(parsed, org_groups, groups)
    _merge_local_offices(parsed, org_groups)
    _merge_bracketed(cands, groups)
    _merge_partial_names(org_groups, person_groups)

    text = parsed.text
    title_end = _title_end(parsed)
    home_state = _home_state(cands)
    us_congress = bool(re.search(r"\b(?:Congress|U\.?S\.? (?:Senate|House)|United States (?:Senate|House))\b",
                                 parsed.text))
    home_region, home_region_country = _home_region(cands)
    place_words = {c.text for c in cands if c.label in ("GPE", "LOC", "FAC")}
    parliaments = [o.name for o in groups.values() if o.spans and o.kind == "organisation"
                   and "parliament" in fold(o.name).split()]
    actors: list[Actor] = []
    _organisations_before_titles(person_groups, groups)
    all_groups = person_groups + list(groups.values())
    # A state acts through the people who hold its offices ("Turkish President
    # Erdogan" makes Turkey a party even if it is otherwise only a venue).
    listed = [(o.name, {text[a:b] for a, b in o.spans}) for o in groups.values() if o.spans]
    # Heads of state or government and their states, by mention.
    person_states = [(a, g.affiliation) for g in person_groups
                     if g.affiliation and set(fold(g.role).split()) & _HEAD_TITLES for a, _ in g.spans]
    for g in person_groups:
        if not g.spans:
            continue
        if not g.affiliation:
            g.affiliation, g.role = _named_in_role(g.role, listed)
        g.affiliation = resolve_affiliation(g.affiliation, listed)
        if not g.affiliation and any(w in fold(g.role).split() for w in _STATE_ROLE_WORDS):
            # A head of state or government named after another head of
            # that state is not of it ("French President A met Chancellor
            # B"); after an opposition leader he may be.
            others = person_states if set(fold(g.role).split()) & _HEAD_TITLES else []
            g.affiliation = _nearest_state(parsed, g.spans[0][0], groups, others)
        if (home_region and fold(g.role).split()[-1:] in (["premier"], ["governor"])
                and g.affiliation in ("", home_region_country)):
            # "Premier X" with no state named: the premier of the state or
            # province the story is about, not of its country.
            g.affiliation = home_region
        if not g.affiliation and fold(g.role) in _LEGISLATOR_ROLES and len(parliaments) == 1:
            g.affiliation = parliaments[0]  # "MP X" where one parliament is listed
        if not g.affiliation and fold(g.role) == "secretary of state" and "united states" in groups:
            g.affiliation = "United States"  # the office, unqualified, in a text that names the US
        # Only a title the text capitalises, in a US story or one naming Congress, and
        # no other country named beside the person ("In Canberra, Senator X said").
        chamber = _us_chamber(g.role) if g.role[:1].isupper() and (
            home_state == "United States" or us_congress) else ""
        if chamber and (not g.affiliation or g.affiliation == "United States") and g.spans \
                and not _other_country_beside(parsed, g.spans[0][0], geo):
            g.affiliation = chamber  # "Senator X", "Representative Y" in a US story: a member of that chamber
        if not g.affiliation and _national_office(g.role):
            # "President X", "the Defence Secretary" with no state named: the
            # state the story is about, when one clearly dominates it.
            g.affiliation = home_state
        if g.affiliation and key(g.affiliation) in groups:
            if not (groups[key(g.affiliation)].kind == "state" and g.role
                    and fold(g.role).split()[-1] in _PRIVATE_PEOPLE):
                groups[key(g.affiliation)].agentive += 1  # (a state acts through its office holders, not its actors)
        elif (g.affiliation and g.affiliation[:1].isupper() and " " not in g.affiliation.strip()
              and fold(g.affiliation) not in PORTFOLIOS
              and g.role and has_title(g.role) and g.affiliation not in place_words
              and not any(key(g.affiliation) in key(p.name).split() for p in person_groups)
              and not geo.country(g.affiliation) and not geo.region(g.affiliation)
              and not geo.city(g.affiliation)):
            # A body named only inside a title ("union Aslef general secretary
            # X") is a party too, wherever the text names it.
            found = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(g.affiliation)}(?!\w)", text)]
            if found:
                og = group(g.affiliation, "organisation")
                og.spans.extend(found)
                og.agentive += 1
                all_groups.append(og)
    for g in all_groups:
        if not g.spans:
            continue
        if g.kind == "state" and g.agentive == 0 and g.demonyms < 3:
            continue  # only ever the scene of events, or a passing adjective
        if g.kind == "state" and g.names == 0:
            continue
        if g.kind == "person":
            g.role = normalise_role(g.role, g.affiliation)
        spans = sorted(set(g.spans))
        surfaces = {text[s:e] for s, e in spans}
        first = spans[0][0]
        salience = (
            len(spans)
            + (2.0 if first < title_end else 0.0)
            + 1.5 * (1.0 - first / max(1, len(text)))
        )
        actors.append(
            Actor(
                name=g.name, kind=g.kind, role=g.role, affiliation=g.affiliation,
                aliases=tuple(sorted(surfaces - {g.name})),
                mentions=tuple(Mention(s, e) for s, e in spans), salience=salience,
            )
        )
    # The outlet that publishes the briefing ("told Wikinews") reports the
    # events; it is no party to them.
    publisher = key(re.sub(r"\s*\(.*\)\s*$", "", parsed.briefing.source))
    actors = [a for a in actors if not (publisher and key(a.name) == publisher)]
    top = max((a.salience for a in actors), default=1.0) or 1.0
    actors = [
        Actor(a.name, a.kind, a.role, a.affiliation, a.aliases, a.mentions, a.salience / top)
        for a in actors
    ]
    actors.sort(key=lambda a: (-a.salience, a.mentions[0].start))
    return actors


_POLICE = re.compile(r"\b[Pp]olice\b")


def countries_mentioned(cands: list[Cand]) -> set[str]:
    """Countries the text names or names the people of ("Tongan")."""
    geo = gazetteer()
    mentioned: set[str] = set()
    for c in cands:
        if c.label == "NORP" and geo.demonym_of(c.text):
            mentioned.add(geo.demonym_of(c.text))
        elif c.label in ("GPE", "ORG"):
            e = geo.country(canonical_alias(c.text) or c.text)
            if e:
                mentioned.add(e.name)
    return mentioned


def countries_with_states_named(cands: list[Cand]) -> set[str]:
    """Countries whose states or provinces the text names ("Ohio")."""
    geo = gazetteer()
    return {r.country for c in cands if c.label in ("GPE", "LOC") and not geo.country(c.text)
            for r in (geo.region(c.text),) if r is not None and r.country}


def _story_police(parsed: Parsed, groups: dict[str, _Group]) -> "tuple[str, list[tuple[int, int]], str] | None":
    """The police of the story when the text never names the force: "police
    said", "Polish police believe", "according to police in Baytown".  Listed
    once it acts (a subject, or the one something is said by or according
    to, not one told something); named after the place or nationality the
    text gives it."""
    if any(g.spans and g.kind == "organisation" and "police" in key(g.name).split() for g in groups.values()):
        return None
    spans: list[tuple[int, int]] = []
    acts = False
    qualifier = ""
    geo = gazetteer()
    for bi, doc in enumerate(parsed.docs):
        if parsed.kinds[bi] == "title":
            continue
        # Found by a text search first: this runs on every block.
        for m in _POLICE.finditer(parsed.block_texts[bi]):
            sp = doc.char_span(m.start(), m.end())
            if sp is None or len(sp) != 1:
                continue
            t = sp[0]
            if t.dep_ == "compound" or t.ent_type_ not in ("", "NORP", "GPE"):
                continue
            end = t
            for c in t.children:
                place = next((x for x in c.children if x.dep_ == "pobj" and x.ent_type_ == "GPE"), None) \
                    if c.dep_ == "prep" and c.lower_ == "in" else None
                if place is not None and place.i == c.i + 1:
                    end = place  # "police in Baytown": the whole phrase names the force
            span_end = parsed.gstart(bi, end) + len(end.text)
            spans.append((parsed.gstart(bi, t), span_end))
            acts = acts or t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and (
                t.head.lower_ == "by" or t.head.lower_ == "to" and t.head.head.lower_ == "according")
            if qualifier:
                continue
            for c in t.children:
                if c.dep_ in ("amod", "compound") and c.text[:1].isupper() and (
                        demonym_country(c.text) or geo.city(c.text) or geo.region(c.text)):
                    qualifier = doc[c.left_edge.i : c.i + 1].text
                elif c.dep_ == "prep" and c.lower_ == "in":
                    place = next((x for x in c.children if x.dep_ == "pobj" and x.ent_type_ == "GPE"), None)
                    if place is not None:
                        qualifier = place.text
    if not spans or not acts:
        return None
    country = demonym_country(qualifier) if qualifier else None
    return (f"{qualifier} police" if qualifier else "Police"), spans, country or ""


def _role_lead(role: str) -> str:
    """The name a role opens with before its title words: "ABS-CBN" of
    "ABS-CBN CEO", "Harbour Board" of "Harbour Board spokesman"."""
    words = role.split()
    if words and fold(words[0]) in ("former", "ex"):
        words = words[1:]
    n = 0
    while n < len(words) and words[n][:1].isupper() and not is_title_word(words[n]) \
            and not demonym_country(words[n]) and not words[n].endswith(("'s", "'")):
        n += 1
    return " ".join(words[:n]) if 0 < n < len(words) else ""


def _named_in_role(role: str, listed: list[tuple[str, set[str]]]) -> tuple[str, str]:
    """(affiliation, role) when a role opens with a listed organisation:
    "ABS-CBN CEO" works for ABS-CBN; "Mahan's director" is a director of
    Mahan Air (the possessive moves out of the role)."""
    words = role.split()
    if len(words) >= 2 and words[0].endswith(("'s", "’s")) and words[0][:1].isupper():
        owner = words[0][:-2]
        found = resolve_affiliation(owner, listed)
        if any(found == name for name, _ in listed):
            rest = " ".join(words[1:])
            return found, rest[:1].upper() + rest[1:]
        return "", role
    lead = _role_lead(role)
    if not lead or _national_office(role):
        return "", role  # "Emergencies Minister": a minister of the state
    found = resolve_affiliation(lead, listed)
    return (found if any(found == name for name, _ in listed) else ""), role


def _organisations_before_titles(persons: list[_Group], groups: dict[str, _Group]) -> None:
    """A one-word "person" whose name opens another person's title is an
    organisation: "SpaceX founder Elon Musk" (the model often reads company
    names as people)."""
    by_key = {key(p.name): p for p in persons if p.spans and not p.role and " " not in p.name}
    for g in persons:
        if not g.spans or g.affiliation or not g.role:
            continue
        lead = _role_lead(g.role)
        p = by_key.get(key(lead)) if lead else None
        if p is None or p is g:
            continue
        org = groups.get(key(p.name))
        if org is None:
            org = groups[key(p.name)] = _Group(p.name, "organisation")
        org.spans.extend(p.spans)
        org.names += len(p.spans)
        p.spans.clear()
        g.affiliation = org.name


def _government_phrase(parsed: Parsed, c: Cand) -> tuple[int, int] | None:
    """Global span of "X government" / "X's authorities" / "government of X"
    around a place mention ``c``, or None."""
    r = c.root
    doc = c.span.doc
    off = parsed.offsets[c.block]
    head = r.head
    if r.dep_ in ("compound", "poss", "nmod") and head.lower_ in GOVERNMENT_HEADS and head.i >= c.span.end:
        return off + c.span[0].idx, off + head.idx + len(head.text)
    if (r.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in GOVERNMENT_HEADS
            and head.head.i == head.i - 1):
        gov = head.head
        return off + gov.idx, off + doc[c.span.end - 1].idx + len(doc[c.span.end - 1].text)
    return None


def _title_end(parsed: Parsed) -> int:
    end = 0
    for off, kind, text in zip(parsed.offsets, parsed.kinds, parsed.block_texts):
        if kind == "title":
            end = off + len(text)
    return end


# Offices of a national government: their holder speaks for a state.
_HEAD_OFFICES = frozenset("president premier chancellor minister sultan king queen emir".split())
_PORTFOLIOS = frozenset(
    """foreign defence defense home interior health finance treasury justice state trade energy
    education transport environment""".split()
)
# Words that make an office one of a company, a party or a region.
_NOT_NATIONAL = frozenset(
    """senior executive company corporate regional provincial state's party club university college
    student association union league federation board council""".split()
)

# Words that open the title of an office of the national government.
_NATIONAL_LEADS = frozenset({"presidential", "government", "federal"})


def _national_office(role: str) -> bool:
    words = fold(role).replace("-", " ").split()
    if not words or any(w in _NOT_NATIONAL for w in words):
        return False
    if any(w in _HEAD_OFFICES for w in words):
        return True
    if words[0] in _NATIONAL_LEADS and len(words) > 1:
        return True  # "Presidential Spokesperson", "government spokesman"
    for a, b in zip(words, words[1:]):
        if b == "secretary" and a in _PORTFOLIOS or a == "secretary" and b == "of":
            return True  # "Defence Secretary", "Secretary of State"
        if b == "general" and a in ("solicitor", "attorney"):
            return True
    return False


_HOUSE_ROLES = frozenset("representative congressman congresswoman congressmember".split())


def _other_country_beside(parsed: Parsed, pos: int, geo) -> bool:
    """The sentence at ``pos`` names a place outside the United States."""
    si = parsed.sentence_at(pos)
    if si < 0:
        return False
    for e in parsed.sentences[si].span.ents:
        if e.label_ != "GPE":
            continue
        c = geo.country(canonical_alias(e.text) or e.text)
        where = c.name if c is not None else getattr(geo.city(e.text), "country", "")
        if where and where != "United States":
            return True
    return False


def _us_chamber(role: str) -> str:
    """The chamber of Congress a member's title names: "Senator", "Senator from
    Ohio", "former Representative", "Congressman" (not a state senator)."""
    words = fold(role).removeprefix("former ").removeprefix("u.s. ").removeprefix("us ").split()
    if not words or "state" in words:
        return ""
    if words[0] == "senator" and (len(words) == 1 or words[1] == "from"):
        return "United States Senate"
    if words[0] in _HOUSE_ROLES and (len(words) == 1 or words[1] == "from"):
        return "United States House of Representatives"
    return ""


def _home_state(cands: list[Cand]) -> str:
    """The state a story is set in: the country named, or holding the places
    named, clearly more often than any other (at least three times, twice as
    often as the next)."""
    geo = gazetteer()
    geo_cands = [c for c in cands if c.label in ("GPE", "LOC", "FAC")]
    countries = [geo.country(canonical_alias(c.text) or c.text) for c in geo_cands]
    named = {co.name for co in countries if co is not None}
    counts: dict[str, int] = {}
    for c, co in zip(geo_cands, countries):
        where = co.name if co is not None else ""
        if not where:
            r = geo.region(c.text) or geo.territory(c.text)
            where = r.country if r is not None else ""
        if not where:
            ci = geo.city(c.text, named)
            where = ci.country if ci is not None else ""
        if where:
            counts[where] = counts.get(where, 0) + 1
    for c in cands:
        d = demonym_country(c.text) if c.label == "NORP" else None
        if d:
            counts[d] = counts.get(d, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return ""
    return ranked[0][0]


_LEGISLATOR_ROLES = frozenset({"member of parliament", "mp", "member of the legislative assembly", "mla"})


def _home_region(cands: list[Cand]) -> tuple[str, str]:
    """(region, its country) when one state or province of a federation is
    named, alone or inside a body's name ("Parliament of Ontario"), at least
    twice and more often than any other; else ("", "")."""
    geo = gazetteer()
    counts: dict[str, int] = {}
    entries = {}
    for c in cands:
        if c.label not in ("GPE", "LOC", "ORG"):
            continue
        text = c.text.removeprefix("the ")
        r = geo.region(text)
        if r is None and c.label == "ORG" and " of " in text:
            r = geo.region(text.rsplit(" of ", 1)[1].removeprefix("the "))
        if r is None or r.kind != "region" or r.name == r.country:
            continue
        counts[r.name] = counts.get(r.name, 0) + 1
        entries[r.name] = r
    # Its initials count too: "NSW" beside "New South Wales".
    initials = {"".join(w[0] for w in n.split() if w[:1].isupper()): n for n in counts if " " in n}
    for c in cands:
        n = initials.get(c.text) if c.text.isupper() else None
        if n:
            counts[n] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[0][1] <= ranked[1][1]:
        return "", ""
    r = entries[ranked[0][0]]
    return r.name, r.country


_HEAD_TITLES = frozenset("president chancellor premier prime".split())


def _nearest_state(parsed: Parsed, pos: int, groups: dict[str, _Group],
                   person_states: list[tuple[int, str]]) -> str:
    """The state named closest before ``pos`` in the same sentence, unless a
    person of that state (``person_states``: mention start, affiliation) is
    named between them."""
    si = parsed.sentence_at(pos)
    if si < 0:
        return ""
    s = parsed.sentences[si]
    best, best_pos = "", -1
    for g in groups.values():
        if g.kind != "state":
            continue
        for a, _ in g.spans:
            if s.start <= a < pos and a > best_pos:
                best, best_pos = g.name, a
    if any(best_pos < p < pos and aff == best for p, aff in person_states):
        return ""
    return best


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _merge_bracketed(cands: list[Cand], groups: dict[str, _Group]) -> None:
    """'Philippine Institute of Volcanology and Seismology (Phivolcs)': the
    bracketed short form is the organisation's alias, whatever its letters."""
    spans_by_doc: dict[int, list[Cand]] = {}
    for c in cands:
        if c.label == "ORG":
            spans_by_doc.setdefault(c.block, []).append(c)
    owner: dict[tuple[int, int], _Group] = {}
    for g in groups.values():
        if g.kind == "organisation":
            for sp in g.spans:
                owner[sp] = g
    for c in cands:
        doc = c.span.doc
        if c.label != "ORG" or c.span.start == 0 or doc[c.span.start - 1].text != "(":
            continue
        # The name right before the bracket, else the one the parse hangs it on.
        head = c.root.head
        same = spans_by_doc.get(c.block, ())
        long = next((d for d in same if d is not c and d.span.end == c.span.start - 1), None)
        if long is None:
            long = next((d for d in same if d is not c and d.span.start <= head.i < d.span.end), None)
        if long is None:
            continue
        short_g, long_g = owner.get((c.start, c.end)), owner.get((long.start, long.end))
        if short_g is None or long_g is None or short_g is long_g:
            continue
        _absorb(long_g, short_g)
    # A bracketed acronym the model did not tag ("Federal Security Service
    # (FSB)") still names the organisation before it wherever it recurs.
    for c in cands:
        if c.label != "ORG":
            continue
        acr = _bracket_after(c.span.doc, c.span.end)
        long_g = owner.get((c.start, c.end))
        short_g = groups.get(key(acr)) if acr else None
        if long_g is None or short_g is None or short_g is long_g or short_g.kind != "organisation":
            continue
        _absorb(long_g, short_g)


def _country_form(name: str) -> str | None:
    """The key of a body's name with its leading country spelled the canonical
    way ("US Supreme Court" and "United States Supreme Court" are one), or
    None when the name does not open with a country."""
    words = name.removeprefix("the ").split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        head = " ".join(words[:n])
        country = canonical_alias(head)
        if country is None:
            entry = gazetteer().country(head)
            country = entry.name if entry is not None else None
        if country:
            return f"{key(country)} {key(' '.join(words[n:]))}"
    return None


def _merge_country_variants(orgs: list[_Group]) -> None:
    """One body named with its country spelled in two ways is one actor, named
    with the country in full."""
    seen: dict[str, _Group] = {}
    for g in orgs:
        if not g.spans:
            continue
        form = _country_form(g.name)
        if form is None:
            continue
        first = seen.get(form)
        if first is None:
            seen[form] = g
            continue
        if key(first.name) == form or (key(g.name) != form and len(first.name) >= len(g.name)):
            keep, drop = first, g
        else:
            keep, drop = g, first
        keep.affiliation = keep.affiliation or drop.affiliation
        _absorb(keep, drop)
        seen[form] = keep


def _office_form(name: str) -> tuple[str, str] | None:
    """A government department's name in one order, with its country apart:
    "Justice Department", "the Department of Justice" and "U.S. Department of
    Justice" are ("", "department of justice") and ("United States", …).
    Ministries are left alone: in a story about two states, "the Foreign
    Ministry" may be either one's."""
    words = name.removeprefix("the ").split()
    country = ""
    for n in (3, 2, 1):
        if len(words) <= n + 1:
            continue
        head = " ".join(words[:n])
        found = canonical_alias(head) or getattr(gazetteer().country(head), "name", None)
        if found:
            country, words = found, words[n:]
            break
    low = [w.lower() for w in words if w != "the"]  # "Department of (the) Interior"
    if len(low) >= 2 and low[-1] == "department" and all(w[:1].isupper() or w == "and" for w in words):
        return country, " ".join(["department", "of", *low[:-1]])  # "Justice Department"
    if len(low) >= 3 and low[0] == "department" and low[1] == "of":
        return country, " ".join(low)
    return None


def _merge_office_forms(orgs: list[_Group]) -> None:
    """A department named in both orders ("the Justice Department", "the
    Department of Justice"), with or without its country, is one actor, named
    in its longest form; two countries' departments stay apart."""
    by_form: dict[str, list[tuple[str, _Group]]] = {}
    for g in orgs:
        f = _office_form(g.name) if g.spans else None
        if f is not None:
            by_form.setdefault(f[1], []).append((f[0], g))
    for named in by_form.values():
        if len(named) < 2 or len({country for country, _ in named if country}) > 1:
            continue
        gs = [g for _, g in named]
        keep = max(gs, key=lambda g: (len(g.name), len(g.spans)))
        for drop in gs:
            if drop is keep:
                continue
            keep.affiliation = keep.affiliation or drop.affiliation
            _absorb(keep, drop)


def _variant_key(name: str) -> str:
    """A name's key with apostrophes dropped and hyphens as spaces, so that
    transliterations compare word by word ("al-Qa'ida", "Al-Qaeda")."""
    return re.sub(r"\s+", " ", key(name).replace("'", "").replace("-", " ")).strip()


def _merge_spelled_variants(orgs: list[_Group], persons: list[_Group]) -> None:
    """One organisation transliterated in two ways (a quoted statement keeps
    its own spelling) is one actor, named as the article mostly names it; the
    odd spelling may have been read as a role-less person."""
    live = [g for g in orgs if g.spans]
    others = [p for p in persons if p.spans and not p.role]
    for i, a in enumerate(live):
        for b in live[i + 1:] + others:
            if not a.spans or not b.spans:
                continue
            ka, kb = _variant_key(a.name), _variant_key(b.name)
            if ka != kb and not _spelling_variant(ka, kb):
                continue
            keep, drop = (a, b) if len(a.spans) >= len(b.spans) or b.kind != a.kind else (b, a)
            keep.affiliation = keep.affiliation or drop.affiliation
            _absorb(keep, drop)


def _merge_partial_names(orgs: list[_Group], persons: list[_Group]) -> None:
    """'Mahan' and 'Revolutionary Guards' are short forms of 'Mahan Air' and
    'Islamic Revolutionary Guard Corps': a run of the full name's words
    (plurals aside).  Joined only when exactly one longer name fits."""
    def words(name: str) -> list[str]:
        return [_singular(w) for w in key(name).split()]

    known = {key(v) for v in ALIASES.values()}
    # A role-less "person" of several words that only begins an organisation's
    # name is that organisation cut short ("Northfield Fire" of "Northfield
    # Fire and Rescue").
    for p in persons:
        sw = words(p.name)
        if not p.spans or p.role or not 2 <= len(sw) <= 3:
            continue
        fits = [o for o in orgs if o.spans and len(words(o.name)) > len(sw) + 1 and words(o.name)[:len(sw)] == sw]
        if len(fits) == 1:
            fits[0].spans.extend(p.spans)
            fits[0].names += len(p.spans)
            p.spans.clear()
    for short in list(orgs) + [p for p in persons if len(key(p.name).split()) == 1]:
        if not short.spans or key(short.name) in known:
            continue  # "United Nations" stands for itself, not for one of its agencies
        sw = words(short.name)
        if len(sw) > 3 and not COURT_DISTRICT.match(short.name):
            continue  # a court's district is the court named in full elsewhere
        fits = []
        for long in orgs:
            if long is short or not long.spans:
                continue
            lw = words(long.name)
            if len(lw) <= len(sw):
                continue
            if lw[-len(sw):] == sw and _region_name(" ".join(key(long.name).split()[: len(lw) - len(sw)])):
                continue  # "Maryland Democratic Party": the state's branch, not the party itself
            if lw[-len(sw):] != sw and _unit_or_office(long.name, short.name):
                continue  # "U.S. Marshals Service International Investigations Branch", "INTERPOL Washington"
            if any(lw[i : i + len(sw)] == sw for i in range(len(lw) - len(sw) + 1)):
                fits.append(long)
        if len(fits) == 1 and (short.kind == "organisation" or words(fits[0].name)[0] == sw[0]):
            if (short.name.replace(".", "").isupper() and len(short.spans) >= 3
                    and len(short.spans) >= 2 * len(fits[0].spans)):
                continue  # "NASA", named often, beside one "NASA Goddard": the body, not its centre
            _absorb(fits[0], short)


def _unit_or_office(long: str, short: str) -> bool:
    """True when ``long`` names a unit or a local office of the body ``short``
    names: the body's name followed by a unit's name ("… Service
    International Investigations Branch") or by a place ("INTERPOL Buenos
    Aires")."""
    words = long.removeprefix("the ").removeprefix("The ").split()
    lw, sw = [key(w) for w in words], key(short).split()
    at = next((i for i in range(len(lw) - len(sw) + 1) if lw[i : i + len(sw)] == sw), None)
    if at is None or at + len(sw) == len(lw):
        return False
    rest = words[at + len(sw):]
    if not all(w[:1].isupper() or w in _CONNECTORS for w in rest) or not rest[-1][:1].isupper():
        return False
    # A unit has a name of its own ("International Investigations Branch") or
    # names the body inside its own ("Salvadoran National INTERPOL Office");
    # "Metropolitan Police | Service" is the body's full name, not a unit.
    unit = lw[-1] in UNIT_HEADS or lw[-1] in ("squad", "team", "committee", "subcommittee", "council")
    return (unit and (len(rest) >= 2 or at > 0)) or known_place(" ".join(rest))


@lru_cache(maxsize=4096)
def _region_name(text: str) -> bool:
    """A state's or province's name: the branch of a national body is named
    after it ("Maryland Democratic Party"); a country's own bodies are not."""
    geo = gazetteer()
    return bool(text) and geo.region(text) is not None and geo.country(text) is None


# Verbs that introduce a quoted post: "X wrote:", "Y tweeted:".
_POSTING_VERBS = frozenset("write tweet post say reply note joke add comment ask wonder respond share".split())


def _merge_introduced_accounts(parsed: Parsed, persons: list[_Group], orgs: list[_Group]) -> None:
    """A post quoted under its account right after a line that introduces a
    named person or body ("Yasmine Bouchène wrote:" then "@Yaspuppchen: …")
    is theirs: the account is one of their names."""
    starts = {off: b for b, off in enumerate(parsed.offsets)}
    for acct in persons:
        if not acct.spans or not acct.name.startswith("@"):
            continue
        for a, _ in acct.spans:
            b = starts.get(a)
            if b is None or b == 0 or not parsed.block_texts[b - 1].rstrip().endswith(":"):
                continue
            lo = parsed.offsets[b - 1]
            doc = parsed.docs[b - 1]
            # The clause that ends at the colon must say someone writes: its
            # last verb a verb of posting, whose subject is the named writer
            # ("Yasmine Bouchène wrote:"), not "one protester replied:" after
            # a named official, nor "Lady Gaga fans have criticized it:".
            verb = next((t for t in reversed(doc) if t.pos_ == "VERB"), None)
            if verb is None or verb.lemma_.lower() not in _POSTING_VERBS:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            s0, s1 = lo + subj.left_edge.idx, lo + subj.right_edge.idx + len(subj.right_edge)
            named = [p for p in persons + orgs if p is not acct and p.spans and not p.name.startswith("@")
                     and any(s0 <= x and y <= s1 and x <= lo + subj.idx < y for x, y in p.spans)]
            if len(named) == 1:
                _absorb(named[0], acct)
                break


def _merge_person_into_org(persons: list[_Group], groups: dict[str, _Group]) -> None:
    """A name the model reads as a person in one sentence and as an
    organisation in another ("Woolworths", "Houthis") is one actor, and one
    that is ever an organisation is an organisation."""
    for p in persons:
        if not p.spans or p.role:
            continue
        k = key(p.name)
        org = next((groups[x] for x in (k, k[:-1] if k.endswith("s") else k + "s")
                    if x in groups and groups[x].kind == "organisation"), None)
        if org is None:
            continue
        org.spans.extend(p.spans)
        org.names += len(p.spans)
        p.spans.clear()


def _merge_first_name_orgs(orgs: list[_Group], persons: list[_Group]) -> None:
    """A one-word "organisation" that is the first name or the surname of
    exactly one person named in full, and no organisation or place word, is
    that person ("Hamza said..." after "Hamza bin Laden", "Gallego-Lazo
    found" after "Christopher Gallego-Lazo")."""
    firsts: dict[str, list[_Group]] = {}
    lasts: dict[str, list[_Group]] = {}
    for p in persons:
        words = key(p.name).split()
        if p.spans and len(words) >= 2:
            firsts.setdefault(words[0], []).append(p)
            lasts.setdefault(words[-1], []).append(p)
    if not firsts:
        return
    geo = gazetteer()
    full = {key(p.name): p for p in persons if p.spans and p.role and " " in key(p.name)}
    for o in orgs:
        k = key(o.name)
        if o.spans and k in full:
            # A titled person the model calls an organisation elsewhere.
            _absorb(full[k], o)
            continue
        fits = firsts.get(k) or lasts.get(k)
        if (not o.spans or not fits or len(fits) != 1 or " " in k or k in ORG_WORDS
                or canonical_alias(o.name) or geo.country(o.name) or geo.region(o.name)
                or geo.city(o.name) or o.name.isupper()):
            continue
        _absorb(fits[0], o)


def _initials(name: str) -> set[str]:
    """The acronyms a body's name may go by: its initials, and those of the
    name without the country that opens it ("United States Commission on
    Presidential Debates" is the CPD)."""
    out = {acronym_of(name)}
    words = name.split()
    if "of" in words and all(w[0].isupper() or w == "of" for w in words):
        # "Department of War" is the DOW, "Department of Justice" the DOJ (not
        # "Department of the Treasury" the DOT).
        out.add("".join("O" if w == "of" else w[0] for w in words))
    for n in (1, 2, 3):
        lead = " ".join(words[:n])
        if len(words) > n + 1 and (gazetteer().country(lead) or demonym_country(lead)):
            out.add(acronym_of(" ".join(words[n:])))
    return out


# Bodies whose offices in a country are national bodies of their own: INTERPOL's
# national central bureaus ("INTERPOL Washington" is the US bureau).
_NATIONAL_BUREAUS = frozenset({"interpol"})


def _merge_local_offices(parsed: Parsed, orgs: list[_Group]) -> None:
    """A body's local office named by its acronym and a place ("ERO
    Washington", "HSI El Salvador", "FBI Chicago") is that body, acting
    there: one actor, not two."""
    text = parsed.text
    surfaces = {id(o): {key(text[a:b]) for a, b in o.spans} | {key(o.name)} for o in orgs}
    for local in list(orgs):
        words = local.name.split()
        if not local.spans or len(words) < 2 or not (2 <= len(words[0]) <= 6 and words[0].isupper()):
            continue
        if fold(words[0]) in _NATIONAL_BUREAUS:
            continue
        if not known_place(" ".join(words[1:])):
            continue
        body = [o for o in orgs if o is not local and o.spans and key(words[0]) in surfaces[id(o)]]
        if len(body) == 1:
            _absorb(body[0], local)


def _merge_acronyms(parsed: Parsed, orgs: list[_Group], groups: dict[str, _Group]) -> None:
    """Join an acronym to the organisation whose initials it spells."""
    # Each long name's initials, worked out once: the gazetteer is asked for its leading country.
    initials = {id(o): _initials(o.name.removeprefix("the ")) for o in orgs if len(o.name.split()) >= 2}
    for short in list(orgs):
        letters = short.name.replace(".", "").replace("-", "")  # "C-MORE" spells CMORE
        if not (2 <= len(letters) <= 6 and letters.isupper()):
            continue
        for long in orgs:
            if long is short or id(long) not in initials:
                continue
            if letters in initials[id(long)]:
                _absorb(long, short)
                break
