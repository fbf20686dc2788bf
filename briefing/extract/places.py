"""Where things happen: cities, countries, regions and sites, resolved offline.

Countries become places only when the text uses them as a location (after
in/at/to, as a city's address, owning regions or borders); a country that
only acts is an actor.  Ambiguous city names prefer a city in a country the
text mentions, else the most populous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Mention, Place
from .actors import LOC_PREPS, countries_mentioned, countries_with_states_named, is_locative, listed_party, sent_by
from .document import Parsed
from .entities import (
    ADMIN_HEADS,
    COURT_DISTRICT,
    FEATURE_HEADS,
    MUNICIPAL_HEADS,
    ORG_NOUNS,
    ORG_WORDS,
    SITE_HEADS,
    SITE_LEAD_WORDS,
    SITE_NOUNS,
    Cand,
    edit1,
    example_of_place,
    is_site_name,
    names_a_place,
    site_initials,
)
from .gazetteer import _REGION_STATES, KNOWN_REGIONS, REGION_WORDS, GeoEntry, gazetteer
from .names import METONYMS, OCCUPATION_WORDS, canonical_alias, demonym_country, fold, is_title_word, key, surname
from .roles import person_noun

if TYPE_CHECKING:
    from spacy.tokens import Span

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


# Plural nouns for states as parties to something: "its members, A and B".
MEMBER_NOUNS = frozenset("member ally partner signatory".split())
# ... and for states of a group: "a group of seven countries, A, B and C".
STATE_NOUNS = frozenset("country nation state power economy".split())
GROUP_NOUNS = frozenset("group bloc alliance coalition club union grouping league".split())
_WHERE_PREPS = frozenset("in at across throughout within inside near into".split())


def _members(r) -> bool:
    """States listed as the members of a group ("a group of seven countries,
    A, B and C", "its members, A and B"): parties, not places; a list of
    countries where something happens ("floods hit three countries, A, B
    and C") is no such list."""
    if not (r.dep_ == "appos" or (r.pos_ == "NOUN" and r.ent_type_ == "")):
        return False
    noun = r.head if r.dep_ == "appos" else r
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or (noun.dep_ == "pobj" and noun.head.lower_ in _WHERE_PREPS):
        return False
    lemma = noun.lemma_.lower()
    if lemma in MEMBER_NOUNS:
        return True
    return (lemma in STATE_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in GROUP_NOUNS)


def _acts(c: Cand) -> bool:
    """The mention names a state doing something: the agent of a passive
    ("joined by Australia"), the owner of a force or office ("the navies of
    China"), a person's state ("President X of Egypt"), or one of a list of
    parties that are no places ("allies including the UK and France")."""
    if listed_party(c):
        return True
    r = c.root
    while r.dep_ == "conj" and r.head is not r:
        r = r.head
    if example_of_place(r) is False:
        return True
    if _members(r):
        return True
    if r.dep_ != "pobj":
        return False
    prep = r.head
    if prep.dep_ == "agent":
        return True
    if sent_by(r):
        return True
    if prep.lower_ != "of":
        return False
    owner = prep.head
    return owner.lemma_.lower() in AGENT_NOUNS or owner.ent_type_ == "PERSON" or is_title_word(owner.text)


def _as_modifier(c: Cand) -> bool:
    """A country named as the kind of a thing ("US dollars", "a US envoy"),
    which says whose it is, not where anything happens."""
    r = c.root
    return r.dep_ in ("compound", "nmod", "amod") and r.head.pos_ in ("NOUN", "PROPN") and r.head.i >= c.span.end


# Capitalised words before "of" that make the place part of a name only when
# they belong to an organisation: "Islamic State of Iraq" (but "Gulf of Oman",
# "State of Israel", "Kingdom of Spain" are places).
_NAME_OF_PLACE = frozenset(
    "republic kingdom federation emirate sultanate commonwealth principality isle isles".split()
)


# Bodies named for the matter they deal with: "the Commission on X".
_ON_BODIES = frozenset("committee subcommittee commission council panel inquiry conference taskforce force".split())


def _part_of_name(c: Cand) -> bool:
    """The mention is a word of another name, not a place of the text: "the
    Law of the Sea", "the Islamic State of Iraq", a "pro-Beijing" camp."""
    doc = c.span.doc
    r = c.root
    while r.dep_ == "conj" and r.head is not r and r.head.i < r.i:
        r = r.head
    s = c.span.start if r.i >= c.span.start else r.left_edge.i
    if s >= 2 and doc[s - 1].text in ("-", "–") and doc[s - 2].lower_ in ("pro", "anti"):
        return True
    k = s - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 1 and doc[k].lower_ == "on" and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ in _ON_BODIES:
        return True  # "the Select Committee on X": the matter a body is named for
    if k < 1 or doc[k].lower_ != "of":
        return False
    w = doc[k - 1]
    if not w.text[:1].isupper() or w.is_sent_start or is_title_word(w.text):
        return False
    if w.lower_ in MUNICIPAL_HEADS:
        return False  # "the Municipality of X" governs the town X, a place of the text
    if w.ent_type_ == "ORG":
        return True
    lw = w.lower_
    if (lw in REGION_WORDS or lw in ADMIN_HEADS or lw in FEATURE_HEADS or lw in _NAME_OF_PLACE
            or w.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "NORP")):
        return False
    return w.pos_ in ("PROPN", "NOUN")


# Verbs whose subject is where something is, not who acts: "Istanbul hosts".
_PLACE_SUBJECT_VERBS = frozenset("be become remain lie sit host border face see suffer record experience".split())


def _speaks_for_state(c: Cand) -> bool:
    """A capital that stands for its government: "Athens expelled the
    ambassador", "Beijing warned"."""
    r = c.root
    while r.dep_ == "conj" and r.head is not r:
        r = r.head
    return (r.dep_ == "nsubj" and r.head.pos_ == "VERB"
            and r.head.lemma_.lower() not in _PLACE_SUBJECT_VERBS)


# Verbs of what states say and demand: a country named once as their subject
# is a party speaking ("Germany and France urged Iran"), not a place.
SPEECH_VERBS = frozenset(
    """say tell urge call warn condemn demand deny accuse announce threaten reject insist
    claim welcome criticise criticize propose vow pledge protest summon appeal ask""".split()
)


def _speech(c: Cand) -> bool:
    r = c.root
    while r.dep_ == "conj" and r.head is not r:
        r = r.head
    return r.dep_ == "nsubj" and r.head.lemma_.lower() in SPEECH_VERBS


# Bodies of the sky: where a spacecraft goes or a fire burns "on Earth" is
# no place an analyst locates on a map.
CELESTIAL = frozenset("earth moon sun mars venus mercury jupiter saturn".split())
_DEMONSTRATIVES = frozenset("this that these those".split())


def _no_place(c: Cand, person_keys: set[str]) -> bool:
    """Names the model calls places that are something else: a bare title
    ("became Sultan"), a body of the sky ("Earth"), a name given to a thing
    that is no place ("the film X", "a mannequin nicknamed Y"), a common
    noun capitalised after a demonstrative ("this Chamber"), a single name
    after "a" that heads no noun ("a Latina"), or two people
    taken as one name ("Smith and Jones")."""
    text = c.text
    if len(c.span) == 1 and (is_title_word(text) or fold(text) in CELESTIAL):
        return True
    if names_a_place(c) is False:
        return True
    s = c.span.start
    doc = c.span.doc
    if s > 0 and doc[s - 1].dep_ == "det" and doc[s - 1].lower_ in _DEMONSTRATIVES:
        return True
    if (len(c.span) == 1 and s > 0 and doc[s - 1].lower_ in ("a", "an") and c.root.dep_ not in ("compound", "amod")
            and (s + 1 >= len(doc) or not doc[s + 1].text[:1].isalpha() or doc[s + 1].pos_ not in ("NOUN", "PROPN"))):
        return True  # "to be a Latina": one of a people, not a town
    if s > 0 and doc[s - 1].lower_ in _SKY_NOUNS and doc[s - 1].text.islower():
        return True  # "the constellation Leo", "the planet Mars"
    if s > 0 and doc[s - 1].text.islower() and doc[s - 1].lower_ in _PERSON_LABELS:
        return True  # "the actress X", "former model Y": a person so labelled

    if _campus(c):
        return True
    if len(c.span) > 1 and c.span[-1].lower_ in _DOCUMENT_HEADS and c.span[-1].text[:1].isupper():
        return True  # "the Critical Minerals Statement", "an INTERPOL Purple Notice": a document
    m = COURT_DISTRICT.match(text)
    if m and m.group(1) and (r := gazetteer().region(m.group(1))) is not None and r.country_code == "US":
        return True  # "convicted in the Western District of Texas": a federal court's district
    parts = [p for p in re.split(r",\s*|\s+and\s+", text) if p]
    return len(parts) > 1 and all(key(p) in person_keys for p in parts)


# Last words of the names of documents, which no place's name ends with.
_DOCUMENT_HEADS = frozenset(
    "statement communique declaration memorandum notice notices warrant directive decree roadmap".split()
)
# Lower-case occupations news writes before a person's name.
_PERSON_LABELS = (OCCUPATION_WORDS - {"member"}) | frozenset(("model",))
_SKY_NOUNS = frozenset("constellation planet star galaxy comet asteroid exoplanet nebula".split())


def _campus(c: Cand) -> bool:
    """"the University of X, Y": the town after the comma names the campus,
    a word of the body's name like X."""
    doc, s = c.span.doc, c.span.start
    if s < 4 or doc[s - 1].text != ",":
        return False
    j = s - 2
    while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].pos_ == "PROPN" and s - j < 5:
        j -= 1
    if j < 2 or doc[j - 1].lower_ != "of" or not doc[j].text[:1].isupper():
        return False
    w = doc[j - 2]
    return w.text[:1].isupper() and fold(w.text) in ("university", "college", "institute", "school")


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
    cands: list[Cand] = field(default_factory=list)
    locative: int = 0
    acting: int = 0  # mentions as an agent or owner, or as one of a list of parties
    modifier: int = 0  # mentions as the kind of a thing: "US dollars"
    speaking: int = 0  # mentions as the subject of a verb
    speech: int = 0  # ... of a verb of saying or demanding
    as_region: int = 0  # mentions before a region's noun: "X province", "the X regional council"
    guessed: int = 0  # mentions of a name neither the gazetteer nor the wording makes a place


def _merge_alternate_names(places: dict[str, _P]) -> None:
    """"the Scarborough Shoal or Huangyan Island": one feature the gazetteer
    does not know, under the two names the text gives it; "the Huangyan
    Islands" later is the same feature in the plural."""
    def absorb(into: _P, k: str) -> None:
        p = places.pop(k)
        into.spans += p.spans
        into.cands += p.cands
        into.locative += p.locative

    for k, p in list(places.items()):
        single = places.get(k[:-1]) if k.endswith("s") and " " in k else None
        if single is not None and single is not p and p.lat is None and single.lat is None:
            absorb(single, k)
    at: dict[tuple[int, int], _P] = {}
    for p in places.values():
        for c in p.cands:
            at[(c.block, c.span.end - 1)] = p
    for k, p in list(places.items()):
        if p.lat is not None or p.kind == "country" or " " not in k:
            continue
        for c in p.cands:
            doc, i = c.span.doc, c.span.start
            first = at.get((c.block, i - 2)) if i >= 2 and doc[i - 1].lower_ == "or" else None
            if (first is not None and first is not p and first.lat is None and first.kind != "country"
                    and " " in first.name):
                absorb(first, k)
                break


# Head words of natural features a text may later name alone ("the Shoal").
_FEATURE_HEADS = frozenset(
    "shoal reef atoll cay island islet peninsula glacier volcano canyon lagoon dam bridge".split()
)


def _merge_short_site_names(places: dict[str, _P]) -> None:
    """"Bradley Airport" is "Bradley International Airport" named short: a site
    whose words are a part of a longer site's, same first and last word.
    An unlisted single name that is a word of a site's name ("X" after "the
    Y X Correctional Facility") is that site named short."""
    sites = [(k, p) for k, p in places.items() if p.kind == "site"]
    long_sites = [(k.split(), p) for k, p in sites if len(k.split()) > 2]
    geo = gazetteer()
    for k, p in list(places.items()):
        if p.kind == "country" or p.lat is not None or " " in k:
            continue
        if p.kind == "region" and geo.region(p.name) is not None:
            continue  # "Los Angeles, California" beside "the California Science Center"
        whole = next((p2 for w2, p2 in long_sites if k in w2[:-1] and p2 is not p), None)
        if whole is None and k in _FEATURE_HEADS:
            # "the Shoal" after "the Scarborough Shoal": the one site with that head word.
            heads = [p2 for k2, p2 in places.items() if len(k2.split()) >= 2 and k2.split()[-1] == k
                     and p2 is not p and p2.kind != "country" and p2.lat is None]
            whole = heads[0] if len(heads) == 1 else None
        if whole is not None:
            whole.spans += p.spans
            whole.locative += p.locative
            del places[k]
    sites = [(k, p) for k, p in places.items() if p.kind == "site"]
    by_initials = {site_initials(p.name): p for k, p in sites if len(k.split()) > 2}
    for k, p in sites:
        whole = by_initials.get(p.name)
        if whole is not None and whole is not p and p.name.isupper():
            whole.spans += p.spans  # "ISS" is the "International Space Station"
            whole.locative += p.locative
            del places[k]
            continue
        words = k.split()
        for k2, p2 in sites:
            w2 = k2.split()
            if (k2 != k and len(w2) > len(words) >= 2 and w2[0] == words[0] and w2[-1] == words[-1]
                    and set(words) <= set(w2) and k2 in places):
                p2.spans += p.spans
                p2.locative += p.locative
                del places[k]
                break


# Words before a country that name a part of it: "northern Syria", "mainland China".
_PART_OF_COUNTRY = re.compile(
    r"^(?:the )?((?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|"
    r"mainland|upper|lower|rural|coastal)\s+(.+)$", re.I)
# Last words of natural features that are sites rather than regions.
SITE_FEATURES = frozenset("fault trench volcano dam reef glacier crater".split())
# Administrative nouns after a name: "the Chelyabinsk region", "Maidan Wardak province".
_ADMIN_NOUNS = frozenset("region province state county district governorate prefecture oblast area".split())


def _address_part(c: Cand, place_tokens: set[tuple[int, int]]) -> bool:
    """A compass part of a country given as the address of a place the text
    names ("Cape X, Florida in the southeastern United States", "the Y
    region of northeastern Z"): a gloss on that place, not a scene of its
    own (unlike "the offensive into northern Syria")."""
    if not _PART_OF_COUNTRY.match(c.text):
        return False
    r = c.root
    if r.dep_ != "pobj" or r.head.lower_ not in ("in", "of"):
        return False
    # "X in Y in the western Z": the place written just before the
    # preposition, whatever the parse hangs it on.
    before = r.head.i - 1
    if before > 0 and c.span.doc[before].text == ",":
        before -= 1  # "X, in northern Y": the gloss set off by a comma
    return (c.block, r.head.head.i) in place_tokens or (
        before >= 0 and r.head.i < c.span.start and (c.block, before) in place_tokens)


def _named_with_head(c: Cand, heads: frozenset[str]) -> bool:
    """A name of several words ending in a capitalised one of ``heads``."""
    span = c.span
    return len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in heads


# Last words of institutions' premises: "X Correctional Facility".
_FACILITY_HEADS = frozenset("facility penitentiary barracks".split())


def _facility(c: Cand) -> bool:
    return _named_with_head(c, _FACILITY_HEADS)


# Last words of small named features of a shore: "the X Estuary", "Y Point".
_SHORE_HEADS = frozenset("estuary point lagoon creek cove headland".split())


def _shore_site(c: Cand) -> bool:
    return _named_with_head(c, _SHORE_HEADS) and not set(fold(c.text).split()) & _BODY_WORDS


_LEGISLATURE = re.compile(
    r"^(?:the )?(?:Parliament|Government|Legislature|Legislative (?:Assembly|Council)|Assembly|Premier) of ", re.I)


def _legislature_region(c: Cand, geo) -> "tuple[Span, GeoEntry] | None":
    """The state or province in "the Parliament of X", "the Government of Y"
    (sub-national units the gazetteer knows; a country's government acts)."""
    if not _LEGISLATURE.match(c.text):
        return None
    span = c.span
    of = next((t.i for t in span if t.lower_ == "of"), None)
    if of is None or of + 1 >= span.end:
        return None
    inner = span.doc[of + 1 : span.end]
    e = geo.region(inner.text)
    if e is None or not e.country or geo.country(inner.text):
        return None
    return inner, e


_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth)$", re.I)


def _numbered_district(c: Cand) -> bool:
    """"the 7th Congressional District": a numbered unit named without its
    owner's proper name is no place of its own."""
    s = c.span.start
    doc = c.span.doc
    if s < 1 or not _ORDINAL.match(doc[s - 1].text) or not any(t.lower_ in _ADMIN_NOUNS for t in c.span):
        return False
    return all(t.pos_ != "PROPN" or t.lower_ in _ADMIN_NOUNS or t.text.lower() in ("congressional", "legislative",
                                                                                      "assembly", "senate")
               for t in c.span)


def _site_by_lead_word(c: Cand) -> bool:
    words = fold(c.text).split()
    return len(words) > 1 and (words[0] in SITE_LEAD_WORDS or words[-1] in SITE_FEATURES)


# Countries known by two current English names: the text's own is kept
# ("the Czech Republic" is not renamed "Czechia", nor "Burma" "Myanmar").
_BOTH_CURRENT_NAMES = frozenset((
    "czech republic", "burma", "ivory coast", "cote d'ivoire", "east timor", "timor-leste",
    "cape verde", "cabo verde", "swaziland", "eswatini"))


_DC = frozenset(("d.c.", "dc", "d.c"))


def _district_of_columbia(c: Cand) -> bool:
    """"Washington, D.C." (or "Washington DC"): the capital, named apart
    from the state of Washington."""
    words = fold(c.text).replace(",", " ").split()
    if not words or words[0] != "washington":
        return False
    if len(words) > 1:
        return words[-1] in _DC
    doc, e = c.span.doc, c.span.end
    if e < len(doc) and doc[e].text == ",":
        e += 1
    return e < len(doc) and doc[e].lower_ in _DC


def _listed_with_states(c: Cand, geo) -> bool:
    """"Maine, New York and Ohio": a name shared by a state and a city, listed
    with other states, is the state."""
    r = c.root
    head = r
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    doc = c.span.doc
    for t in [head, *head.conjuncts]:
        if t.i == r.i or not t.text[:1].isupper():
            continue
        i = t.i
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        state = geo.region(doc[i : t.i + 1].text)
        if state is not None and state.country_code == "US":
            return True
    return False


# The abbreviations of US states that news style writes after a town ("Manassas,
# Va."); only read so after a comma, as some are words too ("Miss.", "Ind.").
_STATE_ABBREVIATIONS = {
    "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "colo.": "Colorado",
    "conn.": "Connecticut", "del.": "Delaware", "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois",
    "ind.": "Indiana", "kan.": "Kansas", "kans.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana",
    "md.": "Maryland", "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota",
    "miss.": "Mississippi", "mo.": "Missouri", "mont.": "Montana", "neb.": "Nebraska", "nev.": "Nevada",
    "n.h.": "New Hampshire", "n.j.": "New Jersey", "n.m.": "New Mexico", "n.y.": "New York",
    "n.c.": "North Carolina", "n.d.": "North Dakota", "okla.": "Oklahoma", "ore.": "Oregon",
    "pa.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina", "s.d.": "South Dakota",
    "tenn.": "Tennessee", "tex.": "Texas", "vt.": "Vermont", "va.": "Virginia", "wash.": "Washington",
    "w.va.": "West Virginia", "wis.": "Wisconsin", "wyo.": "Wyoming",
}


def _state_abbreviation(geo, c: Cand) -> GeoEntry | None:
    """The US state an abbreviation after a town's name stands for."""
    name = _STATE_ABBREVIATIONS.get(c.text.lower())
    doc = c.span.doc
    if name is None or c.span.start == 0 or doc[c.span.start - 1].text != ",":
        return None
    return geo.region(name)


def _headquarters(c: Cand) -> "Span | None":
    """A body's headquarters named after it: "the ECB headquarters", "Google's
    headquarters"."""
    doc, e = c.span.doc, c.span.end
    if e < len(doc) and doc[e].tag_ == "POS":
        e += 1
    if e < len(doc) and doc[e].lower_ == "headquarters":
        start = c.span.start + (1 if c.span[0].lower_ == "the" else 0)
        return doc[start : e + 1]
    return None


def resolve(geo, c: Cand, mentioned: set[str], region_states: set[str] = frozenset()) -> GeoEntry | None:
    """What one place mention names: a country, a region of one, a city, a site,
    or an unlisted region or town; None when it names no place."""
    text = c.text
    state = _state_abbreviation(geo, c)
    if state is not None:
        return state  # "Manassas, Va.": Virginia
    words = text.split()
    folded = fold(text).removeprefix("the ")
    m = _PART_OF_COUNTRY.match(text)
    if m and (m.group(1).lower() == "mainland" or not (geo.country(text) or geo.region(text))):
        whole = geo.country(canonical_alias(m.group(2)) or m.group(2))
        if whole is not None:
            owner = geo.territory(m.group(2))
            return GeoEntry(text, "region", owner.country if owner else whole.name)
    territory = geo.territory(text)
    if territory is not None:
        return territory
    country = geo.country(canonical_alias(text) or text)
    if country is not None:
        us_state = geo.region(text)
        if us_state is not None and us_state.country in region_states:
            return us_state  # "Georgia" in a text about American states
        name = text.removeprefix("the ") if folded in _BOTH_CURRENT_NAMES else country.name
        return GeoEntry(name, "country")
    if len(words) == 1 and geo.demonym_of(text):
        return None  # "Tongan officials": a nationality, not a place
    if c.label == "ORG" and len(words) > 1 and words[-1] == "Reservation":
        return GeoEntry(text.removeprefix("the "), "region")  # "the X Reservation": a tribe's land
    if c.label == "ORG":
        # Only a single-word "organisation" that is really a known city.
        return geo.city_named_as_body(text, mentioned) if len(c.span) == 1 else None
    if len(words) > 1 and fold(words[-1]) in _ADMIN_NOUNS and words[-1].islower():
        # "the Gulf region" is the Gulf; "the Chelyabinsk region" is the
        # region around that city, named with its noun.
        inner = " ".join(words[:-1])
        known = geo.region(inner)
        if known is not None:
            return known
        city = geo.city(inner, mentioned)
        return GeoEntry(text, "region", city.country if city else "")
    if (len(words) > 1 and fold(words[-1]) in _ADMIN_NOUNS and words[-1][:1].isupper()
            and not geo.region(text) and not geo.city(text)):
        # "X County", "Y Province": the region named after a town or region
        # lies in its country, when the text names that country (and the
        # largest town of the name lies there).
        inner = " ".join(words[:-1]).removeprefix("the ")
        owner = geo.region(inner) or geo.city(inner)
        if owner is not None and owner.country and owner.country in mentioned | region_states:
            return GeoEntry(text.removeprefix("the "), "region", owner.country)
    if len(words) > 1 and fold(words[-1]) == "state":
        # "New York State": the US state, named apart from its city.
        state = geo.region(" ".join(words[:-1]))
        if state is not None and state.country_code == "US":
            return GeoEntry(text.removeprefix("the "), "region", state.country, "US")
    if _district_of_columbia(c):
        capital = geo.state_or_city("Washington")
        if capital is not None:
            return GeoEntry("Washington, D.C.", "city", capital.country, "US", capital.latitude, capital.longitude)
    big_city = geo.state_or_city(text)
    if (big_city is not None and c.span.end < len(c.span.doc) and c.span.doc[c.span.end].lower_ != "state"
            and not _listed_with_states(c, geo)):
        return big_city
    region = geo.region(text)
    if region is not None:
        return region
    city = geo.city(text, mentioned) if c.label == "GPE" or len(c.span) <= 2 else None
    if city is not None:
        return city
    last = folded.split()[-1] if folded else ""
    if len(words) > 1 and last in _GROUNDS_HEADS and not is_title_word(words[0]) and words[-1][:1].isupper():
        return GeoEntry(text.removeprefix("the "), "site")  # "X Park", "Y Castle": grounds, not a region
    called = _called(c)
    if called == "region" and last not in SITE_HEADS:
        return GeoEntry(text, "region")  # "the island of X"
    if c.label == "FAC":
        return GeoEntry(text, "site")
    if c.label == "LOC":
        return GeoEntry(text, "site" if last in SITE_FEATURES else "region")
    # An unlisted name the model calls a place: a town when its name or the
    # text says so ("X City", "the town of X"), a region when its name does
    # ("X Province", "North X", "Y del Sur", "Zshire") or a noun after it
    # ("the X province"), else a town.
    called = _called(c)
    doc = c.span.doc
    if not called and (set(folded.split()) & _BODY_WORDS or (
            c.span.end < len(doc) and doc[c.span.end].lower_ in ORG_NOUNS | _OUTLET_NOUNS)):
        return None  # "the X Archive", "X Fire and Rescue", "X magazine": a body, not a town
    if last == "city" or called == "city":
        return GeoEntry(text, "city")
    doc = c.span.doc
    nxt = doc[c.span.end] if c.span.end < len(doc) else None
    if not called and nxt is not None and nxt.text.islower() and nxt.lower_ in _SITE_NOUNS_AFTER:
        return GeoEntry(text, "site")  # "the X rock formation", "the Y dam": the thing so named
    if (len(words) > 2 and words[0] == "National" and words[-1][:1].isupper()
            and not set(folded.split()) & (REGION_WORDS | ADMIN_HEADS)):
        return GeoEntry(text.removeprefix("the "), "site")  # "the National X Range": a reserve
    if (called == "region" or set(folded.split()) & (REGION_WORDS | ADMIN_HEADS | _REGION_NAME_WORDS)
            or (last in ("island", "isle", "atoll") and len(words) > 1)
            or last.endswith("shire") or (c.span.end < len(doc) and doc[c.span.end].lower_ in _ADMIN_NOUNS)):
        return GeoEntry(text, "region")
    return GeoEntry(text, "city")


# Last words of great buildings and their grounds, shared by the site rules below.
_ESTATE_HEADS = frozenset("park palace castle abbey gardens".split())
# Last words of grounds and great buildings: "X Park", "Y Palace", "Z Castle".
_GROUNDS_HEADS = _ESTATE_HEADS | frozenset(("zoo", "cemetery"))


# Prepositions that put something at a building: "at the White House".
_AT_PREPS = frozenset("at outside inside near".split())


# Words of the names of bodies, outlets and events that the model may take
# for unlisted towns.
_BODY_WORDS = ORG_WORDS | frozenset(
    "archive archives rescue competition magazine club team museum library project initiative".split())
_OUTLET_NOUNS = frozenset("magazine newspaper daily weekly journal".split())


# Words of regions' names in other languages: "Davao del Sur", "Mindoro Oriental".
_REGION_NAME_WORDS = frozenset("sur norte oriental occidental".split())
_TOWN_NOUNS = frozenset("town city village suburb hamlet township".split())
_AREA_NOUNS = frozenset("island region province state county district territory peninsula".split())
# Lower-case nouns after an unlisted name that make it a site: "the X rock formation".
_SITE_NOUNS_AFTER = SITE_NOUNS | SITE_FEATURES | frozenset(
    "rock formation lighthouse monument reservoir waterfall falls arch quarry".split())


def _called(c: Cand) -> str:
    """"the town of X", "X, a city in ...", "the island of X": what the text
    calls the place ("city", "region" or "")."""
    doc = c.span.doc
    s, e = c.span.start, c.span.end
    noun = ""
    if s >= 2 and doc[s - 1].lower_ == "of":
        noun = doc[s - 2].lower_
    elif e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("a", "the"):
        noun = doc[e + 2].lower_
    if noun in _TOWN_NOUNS:
        return "city"
    return "region" if noun in _AREA_NOUNS else ""


_ISLAND_WORDS = frozenset(("island", "islands", "isle"))
_VARIANT_HEADS = ADMIN_HEADS | _ISLAND_WORDS | frozenset(("strip",))
# Last words of buildings and grounds named after a place: "X Palace", "Y Park".
_NAMED_SITE_HEADS = SITE_HEADS | SITE_NOUNS | _ESTATE_HEADS | frozenset(
    "hall tower manor estate house fort cathedral".split())


def _merge_variants(places: dict[str, _P], mentioned: set[str] = frozenset()) -> None:
    """One place under two names: "Gaza" and "the Gaza Strip", "Chelyabinsk"
    and "the Chelyabinsk region", "Hagia Sophia" and "Hagia Sophia Museum",
    a misspelling one letter off a name the text also uses (long names only)."""
    def join(short: str, long: str) -> None:
        p, q = places[short], places[long]
        q.spans += p.spans
        q.cands += p.cands
        q.locative += p.locative
        q.acting += p.acting
        q.modifier += p.modifier
        q.speaking += p.speaking
        q.speech += p.speech
        del places[short]

    # Countries the text puts anything in: a small town abroad, in a country
    # the text never names, that shares its name with the first words of a
    # site ("Blenheim" and "Blenheim Palace") is only that site named short.
    countries: dict[str, int] = {}
    for p in places.values():
        countries[_country_of(p)] = countries.get(_country_of(p), 0) + 1
    for k in list(places):
        p = places.get(k)
        if p is None or p.kind == "country":
            continue
        for k2 in list(places):
            q = places.get(k2)
            if q is None or k2 == k or q.kind == "country" or not k2.startswith(k + " "):
                continue
            rest = k2[len(k) + 1:]
            if (rest in _VARIANT_HEADS and p.kind in ("city", "region") and q.kind in ("city", "region")) or (
                    rest in SITE_HEADS and p.kind == "site" and q.kind == "site") or (
                    # "Costa Sur" and "the Costa Sur power plant": an unlisted
                    # name is the site named after it.
                    q.kind == "site" and p.lat is None and rest.split()[-1] in SITE_NOUNS) or (
                    q.kind == "site" and p.kind == "city" and p.country not in mentioned
                    and countries.get(p.country, 0) <= 1 and _small_town(p.name)
                    and len(rest.split()) == 1 and rest in _NAMED_SITE_HEADS):
                if rest in _ISLAND_WORDS and (p.country or p.lat is not None) and not q.country:
                    join(k2, k)  # "Mayotte Island" is the listed Mayotte
                else:
                    join(k, k2)
                break
    # "the State of Virginia" is Virginia; "the Commonwealth of Massachusetts" too.
    for k in list(places):
        m = re.match(r"^(?:state|commonwealth|province|republic) of (.+)$", k)
        if m and m.group(1) in places and places[m.group(1)].kind == places[k].kind:
            join(k, m.group(1))
    keys = [k for k in places if len(k) >= 7 and places[k].kind != "country"]
    for k in keys:
        p = places.get(k)
        if p is None:
            continue
        for k2 in keys:
            q = places.get(k2)
            if q is None or k2 == k or not edit1(k, k2):
                continue
            # The unlisted spelling joins the listed one, else the rarer the commoner.
            if (p.lat is None and q.lat is not None) or (
                    (p.lat is None) == (q.lat is None) and len(p.spans) < len(q.spans)):
                join(k, k2)
                break


def _small_town(name: str) -> bool:
    """A town too small for news abroad to name it bare (under 100,000 people)."""
    towns = gazetteer().cities_named(name)
    return bool(towns) and towns[0].population < 100_000


def _country_of(p: _P | None) -> str:
    if p is None:
        return ""
    return p.name if p.kind == "country" else p.country


# Words after a place that tie it to the place named next: "X near Y",
# "the plant at Y", "an island off the coast of Y", "X, near Y".
_NEAR_WORDS = frozenset(("near", "at", "outside", "off"))
_COAST_WORDS = frozenset(("coast", "shore", "shores", "coastline"))
# Things that lie in no state: "the International Space Station".
_OFF_EARTH = re.compile(r"\b(?:space station|orbit|orbital)\b", re.I)


def _spans_states(name: str, alone: bool = True) -> bool:
    """A region that spans several states, named alone ("the Amazon", unless
    ``alone`` is false), with a lower-case noun of nature ("the Amazon
    rainforest") or as its adjective ("Middle Eastern")."""
    f = fold(name).removeprefix("the ")
    words = f.split()
    cands = {f} if alone else set()
    if len(words) > 1 and not name.split()[-1][:1].isupper():
        cands.add(" ".join(words[:-1]))  # "Amazon rainforest", "Sahel region"
    if name[:1].isupper():
        for suffix in ("ern", "an", "ian"):
            if f.endswith(suffix) and len(f) > len(suffix) + 2:
                stem = f[: -len(suffix)]
                cands |= {stem, stem + "a"}  # "Middle Eastern" -> "middle east", "Asian" -> "asia"
    continents = {k for k, r in gazetteer().regions.items() if not r.country}
    return any((k in KNOWN_REGIONS and k not in _REGION_STATES) or k in continents for k in cands)


def _next_place(c: Cand, starts: dict) -> "_P | None":
    """The place written just after ``c`` behind "near", "at", "off" or "off
    the coast of" (a comma before them allowed): where ``c`` lies."""
    doc, j = c.span.doc, c.span.end
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in _NEAR_WORDS:
        return None
    j += 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ in _COAST_WORDS and doc[j + 1].lower_ == "of":
        j += 2
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
    return starts.get((c.block, j))


def _infer_countries(places: dict[str, _P], starts: dict, ends: dict, setting: str = "") -> None:
    """Give places the gazetteer does not know the country the text puts them
    in: "Afghanistan's Maidan Wardak province", "Ain Issa, Syria", "a city in
    the Ural region of Russia", "an island off the coast of X", "the plant at
    Y"; failing that, the one country all the text's known towns and regions
    lie in."""
    # A border lies between two states, in neither; "the Arab world" spans
    # many, as do "the Amazon rainforest" and what lies in orbit.
    unplaced = [p for p in places.values() if p.kind != "country" and not p.country
                and p.name.split()[-1] not in ("border", "frontier", "boundary", "world")
                and not _OFF_EARTH.search(p.name)]
    for p in places.values():
        if p.kind != "country" and p.country and p.lat is None and _spans_states(p.name, alone=False):
            p.country = ""  # "Brazil's Amazon rainforest" is still the whole Amazon
    spanning = {id(p) for p in places.values() if _spans_states(p.name)}
    unplaced = [p for p in unplaced if id(p) not in spanning]
    if not unplaced:
        return
    for _ in range(3):  # later passes let "X at Y, Z in W" reach X through Y and Z
        for p in unplaced:
            if p.country:
                continue
            for c in p.cands:
                doc, s, e = c.span.doc, c.span.start, c.span.end
                found = ""
                for t in c.span[:-1]:
                    if t.lower_ == "in":  # "the Saudi consulate in Ankara"
                        found = _country_of(starts.get((c.block, t.i + 1)))
                if not found and s >= 2 and doc[s - 1].text in ("'s", "’s"):
                    found = _country_of(ends.get((c.block, s - 1)))
                j = e
                if not found and j < len(doc) and doc[j].text in (",", "in", "of"):
                    j += 1
                    if j < len(doc) and doc[j].lower_ == "the":
                        j += 1
                    found = _country_of(starts.get((c.block, j)))
                if not found:
                    found = _country_of(_next_place(c, starts))
                if found:
                    p.country = found
                    break
    # A site named after a town or region of the text lies in its country:
    # "the Medical University of X", "the X central police station".
    located = [(f" {key(p.name)} ", p.country) for p in places.values()
               if p.kind in ("city", "region") and p.country]
    for p in unplaced:
        if not p.country and p.kind == "site":
            k = f" {key(p.name)} "
            p.country = next((country for name, country in located if name in k and name != k), "")
    # Continents span many states: "South America" lies in none of them.
    continents = {k for k, r in gazetteer().regions.items() if not r.country}
    known = [p.country for p in places.values() if p.kind != "country" and p.country]
    counts: dict[str, int] = {}
    for country in known:
        counts[country] = counts.get(country, 0) + 1
    top = max(counts, key=counts.get) if counts else ""
    # The one country the text's known places lie in, or nearly all of them
    # (a story set in one country that mentions a town abroad).
    if len(known) >= 2 and (len(counts) == 1 or (counts[top] >= 3 and 4 * counts[top] >= 3 * len(known))):
        for p in unplaced:
            if not p.country and fold(p.name) not in KNOWN_REGIONS and fold(p.name) not in continents:
                p.country = top
    elif len(counts) == 1 or (not counts and setting):
        # Only one place of the text has a known country (or none, in a story
        # set in one country): an unlisted name the text says something
        # happens in or at ("found at Mount X", "entered Y", "defeated in Z")
        # lies there too; a name merely mentioned stays open.
        for p in unplaced:
            if (not p.country and p.lat is None and any(_happens_there(c) for c in p.cands)
                    and fold(p.name) not in KNOWN_REGIONS and fold(p.name) not in continents):
                p.country = top or setting


# Words that put what happens at a place: "found at X", "fighting in Y",
# "entered Z" (not "officials from X", who may be elsewhere).
_AT_PREPS = frozenset("in at near inside outside into".split())
_ARRIVE_VERBS = frozenset("enter reach".split())


_COMPASS_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east "
    "south-west".split())


def _happens_there(c: Cand) -> bool:
    r = c.root
    if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lemma_.lower() in _TOWN_NOUNS:
        r = r.head.head  # "in the town of X"
    if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ in _COMPASS_WORDS:
        return True  # "8 km southwest of X"
    return ((r.dep_ == "pobj" and r.head.lower_ in _AT_PREPS)
            or (r.dep_ == "dobj" and r.head.lemma_.lower() in _ARRIVE_VERBS))


# Nouns that, after a state's demonym, are somewhere in that state.
DEMONYM_PLACE_NOUNS = frozenset(
    """store shop market operation business subsidiary branch chain unit plant factory mine territory
    water airspace soil coast coastline border capital city town village province region
    island mainland countryside hospital clinic prison jail port airport harbour harbor""".split()
)


# Verbs whose subject is where things are or happen, not who acts.
_SETTING_VERBS = _PLACE_SUBJECT_VERBS | frozenset(("have", "undergo", "endure", "witness"))


def _setting_country(parsed: Parsed, cands: list[Cand], geo) -> str:
    """The country a story is set in: named (or by its demonym) in the title,
    named more often than any other country in the text, and never itself
    the subject of a verb."""
    counts: dict[str, int] = {}
    in_title: set[str] = set()
    subjects: set[str] = set()
    for c in cands:
        if c.label == "NORP":
            state = geo.demonym_of(c.text)
        elif c.label in ("GPE", "ORG"):
            e = geo.country(canonical_alias(c.text) or c.text)
            state = e.name if e is not None and not geo.territory(c.text) else None
        else:
            continue
        if state:
            counts[state] = counts.get(state, 0) + 1
            if parsed.kinds[c.block] == "title":
                in_title.add(state)
                doc = c.span.doc
                if c.span.start == 0 and c.span.end < len(doc) and doc[c.span.end].text == ":":
                    return state  # "Zambia: Judge Suspensions Unfold …": the title names its scene
            if (c.label != "NORP" and c.root.dep_ == "nsubj" and c.root.head.pos_ in ("VERB", "AUX")
                    and c.root.head.lemma_.lower() not in _SETTING_VERBS):
                subjects.add(state)  # "X imposes sanctions" (not "X had years of war")
    if not counts:
        return ""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    # A country that is itself the subject of what happens is a party to the
    # story ("US imposes sanctions"), not its scene.
    if top in in_title and top not in subjects and (len(ranked) == 1 or ranked[1][1] < n):
        return top
    return ""


# A name joined by a hyphen to a lower-case word is an adjective: "U.S.-led".
_HYPHEN_MODIFIER = re.compile(r"[-–][a-z]+$")
_BORDER_NAME = re.compile(r"^(.+?)[-–](.+) (?:border|frontier|boundary)$")


def _outlet_or_jurisdiction(c: Cand) -> bool:
    """A name followed by an outlet's noun ("Time magazine") is the outlet; a
    court district an office is "for" ("the U.S. Attorney for the Western
    District of X") is its jurisdiction, not a scene."""
    doc = c.span.doc
    s, e = c.span.start, c.span.end
    if e < len(doc) and doc[e].lower_ in _OUTLET_NOUNS and c.text[:1].isupper():
        return True
    if (m := COURT_DISTRICT.match(c.text)) and m.group(1):
        k = s - 1 if s >= 1 and doc[s - 1].lower_ == "the" else s
        return k >= 1 and doc[k - 1].lower_ == "for"
    return False


def _before_body_word(c: Cand) -> bool:
    """An unlisted name written before a capitalised word of a body's
    name: the model cut the body's name short."""
    doc, e = c.span.doc, c.span.end
    if e >= len(doc) or not doc[e].text[:1].isupper():
        return False
    w = fold(doc[e].text)
    return w in ORG_WORDS or w in ("tribe", "tribes", "band")


_WHERE_ADJECTIVES = frozenset("based headquartered registered born".split())


def _before_hyphen_word(c: Cand) -> bool:
    """"a United-States-based team": the name is the first part of an
    adjective joined by a hyphen to a lower-case word."""
    doc, e = c.span.doc, c.span.end
    if e >= len(doc):
        return False
    nxt = doc[e].text
    if nxt in ("-", "–"):
        word = doc[e + 1].text if e + 1 < len(doc) else ""
    else:
        word = nxt[1:] if nxt[:1] in ("-", "–") else ""
    # "a Luxembourg-based court" still says where the court is.
    return word[:1].islower() and word.isalpha() and word not in _WHERE_ADJECTIVES


_PAIR_NOUNS = frozenset("region border area frontier".split())


def _slash_pair(c: Cand, geo) -> "tuple[GeoEntry, GeoEntry] | None":
    """"the Afghanistan/Pakistan region": two states written with a slash,
    the model taking only the second (with the noun) for a name."""
    doc, s = c.span.doc, c.span.start
    if s < 2 or doc[s - 1].text != "/":
        return None
    left = geo.country(canonical_alias(doc[s - 2].text) or doc[s - 2].text)
    words = c.text.split()
    if left is None or words[-1] not in _PAIR_NOUNS or len(words) < 2:
        return None
    inner = " ".join(words[:-1])
    right = geo.country(canonical_alias(inner) or inner)
    return (left, right) if right is not None else None


def _border_states(geo, e: GeoEntry) -> list[GeoEntry]:
    """The two states a border is named by ("the U.S.-Mexican border"): the
    border lies in both, so both are where things happen."""
    m = _BORDER_NAME.match(e.name) if e.kind == "region" else None
    if m is None:
        return []
    states = [geo.country(canonical_alias(x) or demonym_country(x) or x) for x in m.groups()]
    return [s for s in states if s is not None]


# Numbered roads: "Interstate 75", "I-75", "Highway 401", "Route 66".  The
# model seldom tags them, and names with digits are no entity candidates.
_NUMBERED_ROAD = re.compile(
    r"(?<![\w.])(?:((?:U\.S\. |US )?(?:Interstate|Highway|Route|State Road|State Route|County Road|Motorway|Expressway"
    r"|Autobahn))\s+(\d{1,4}[A-Z]?)|I-(\d{1,3}))(?![\w-])")
# Numbered facilities: "Launch Pad 39B", "Orbiter Processing Facility-1", "Terminal 5".
_NUMBERED_FACILITY = re.compile(
    r"\b((?:[A-Z][a-z]+ ){0,3}(?:Pad|Complex|Terminal|Facility|Hangar|Pier|Berth))([ -]\d{1,3}[A-Z]?)(?![\w-]| [A-Z])")
# Capitalised words that open a sentence or a date, not a facility's name.
_NOT_NAME_OPENERS = frozenset("""the a an at in on near from to by for and but of after before while monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august september october
    november december""".split())
# Words of street names: "36 Quai des Orfèvres", "10 Downing Street".
_STREET_WORDS = frozenset(
    """street st avenue ave road rd boulevard blvd lane drive place square quai quay rue via
    calle strasse straße way terrace crescent parade embankment highway""".split())
_HOUSE_NUMBER = re.compile(r"^\d{1,4}[A-Za-z]?$")


def _house_number(c: Cand) -> bool:
    """The name follows a house number, as an address does ("at 36 Quai
    des Orfèvres", "to 10 Downing Street"): a street word in it, or "at"
    before the number."""
    doc = c.span.doc
    s = c.span.start
    if s < 1 or not _HOUSE_NUMBER.match(doc[s - 1].text) or not c.text[:1].isupper():
        return False
    words = fold(c.text).split()
    return bool(set(words) & _STREET_WORDS) or (s >= 2 and doc[s - 2].lower_ == "at")


# British roads named by letter and number after a preposition of the way:
# "off the A496", "along the M25" (not "the A380 aircraft").
_LETTER_ROAD = re.compile(
    r"\b(?:on|off|along|onto|near|via|closed|beside) the ([AMB]\d{1,4})(?![\w-])"
    r"(?! (?:aircraft|airliner|jet|jets|plane|planes|bomber|bombers|rifle|rifles|tank|tanks|chip|chips"
    r"|route|routes|flight|flights|fleet|model|engine|engines)\b)")


def _numbered_sites(parsed: Parsed, cands: list[Cand]) -> list[tuple[str, Cand]]:
    """Numbered roads and addresses the candidates leave out, each with the
    name it is listed under: "I-75" is "Interstate 75"."""
    out: list[tuple[str, Cand]] = []
    for bi, doc in enumerate(parsed.docs):
        text = parsed.block_texts[bi]
        if any(ch.isdigit() for ch in text):
            for m in _NUMBERED_ROAD.finditer(text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None:
                    continue
                name = f"{m.group(1)} {m.group(2)}" if m.group(1) else f"Interstate {m.group(3)}"
                s, e = parsed.gspan(bi, span)
                out.append((name, Cand(s, e, span.text, "FAC", bi, span)))
            for m in _NUMBERED_FACILITY.finditer(text):
                start = m.start()
                for word in m.group(1).split()[:-1]:
                    if word.lower() not in _NOT_NAME_OPENERS:
                        break
                    start += len(word) + 1  # "At Terminal 5", "On Monday Terminal 3": the name is "Terminal …"
                span = doc.char_span(start, m.end(), alignment_mode="expand")
                if span is not None:
                    s, e = parsed.gspan(bi, span)
                    out.append((text[start : m.end()], Cand(s, e, span.text, "FAC", bi, span)))
            for m in _LETTER_ROAD.finditer(text):
                span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
                if span is not None:
                    s, e = parsed.gspan(bi, span)
                    out.append((m.group(1), Cand(s, e, span.text, "FAC", bi, span)))
            for ent in doc.ents:
                # "10 Downing Street" tagged whole (a digit keeps it out of the candidates).
                if (ent.label_ in ("FAC", "GPE", "LOC") and len(ent) > 1 and _HOUSE_NUMBER.match(ent[0].text)
                        and set(fold(ent[1:].text).split()) & _STREET_WORDS and ent[1].text[:1].isupper()):
                    s, e = parsed.gspan(bi, ent)
                    out.append((ent.text, Cand(s, e, ent.text, "FAC", bi, ent)))
    return out


# Last words of a site named with a possessive: "Fishmongers' Hall", "St
# Mary's Church".
_POSSESSIVE_SITE_HEADS = SITE_HEADS | _ESTATE_HEADS | frozenset(("hall", "tower", "market"))


def _possessive_site(c: Cand) -> "Span | None":
    """The whole site's name when the model cut it at its possessive:
    "Fishmongers" of "Fishmongers' Hall"."""
    doc = c.span.doc
    e = c.span.end
    if e + 1 >= len(doc) or doc[e].text not in ("'", "’", "'s", "’s"):
        return None
    head = doc[e + 1]
    if head.text[:1].isupper() and head.lower_ in _POSSESSIVE_SITE_HEADS:
        return doc[c.span.start : e + 2]
    return None


# Common nouns of a gloss that says a name is a body or a publication, not a
# town: "X, an online journal", "Y, a company that ...".
_BODY_GLOSS_NOUNS = _OUTLET_NOUNS | frozenset(
    """company firm business charity organisation organization group foundation agency
    publication website outlet band team party university college institute""".split())
# Words of the names of charities and ensembles the model tags as facilities.
_BODY_NAME_WORDS = frozenset("charity orchestra foundation fund society association faculty".split())


def _glossed_as_body(c: Cand) -> bool:
    """"X, an online journal", "Y, a company that ...": the comma's gloss
    says the name is a body or an outlet."""
    doc = c.span.doc
    e = c.span.end
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("a", "an", "the"):
        return False
    for t in doc[e + 2 : min(len(doc), e + 7)]:
        if t.pos_ == "NOUN" and t.lemma_.lower() in _BODY_GLOSS_NOUNS:
            return True
        if t.is_punct and t.text not in ("-", "–"):
            return False
    return False


# Last words of unlisted places' names, which "of" may follow: "Seal Island of".
_PLACE_LAST_WORDS = REGION_WORDS | ADMIN_HEADS | FEATURE_HEADS | SITE_HEADS | _TOWN_NOUNS | _AREA_NOUNS


def _person_of_body(c: Cand) -> bool:
    """"Jo Bloggs of Acme Tours": two capitalised words and "of" a
    capitalised name is a person and their organisation, not a town."""
    doc = c.span.doc
    s, e = c.span.start, c.span.end
    words = c.text.split()
    if (len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words)
            or fold(words[-1]) in _PLACE_LAST_WORDS or (s > 0 and doc[s - 1].lower_ == "the")):
        return False
    j = e + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    return e < len(doc) and doc[e].lower_ == "of" and j < len(doc) and doc[j].text[:1].isupper()


def _people_surnames(cands: list[Cand], person_keys: set[str]) -> set[str]:
    """Last words of the people the text names, also those the model calls
    organisations ("Jo Bloggs" as two plain capitalised words)."""
    out = {surname(k) for k in person_keys if " " in k}
    for c in cands:
        words = c.text.split()
        if c.label == "PERSON" and len(words) > 1:
            out.add(surname(key(c.text)))
        elif (c.label == "ORG" and len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words)
              and not any(fold(w) in ORG_WORDS or fold(w) in _PLACE_LAST_WORDS for w in words)
              and c.span[0].pos_ == "PROPN" and c.span[1].pos_ == "PROPN"):
            out.add(key(words[-1]))
    return out


def _no_town(c: Cand, person_last: set[str]) -> bool:
    """An unlisted name the model calls a place that the text shows is
    something else: an event ("during the X"), a body glossed as one ("X, a
    charity"), a person of an organisation ("Jo Bloggs of X"), or the
    surname of a person the text names."""
    r = c.root
    if r.dep_ == "pobj" and r.head.lower_ == "during":
        return True
    if _glossed_as_body(c) or _person_of_body(c):
        return True
    words = fold(c.text).split()
    if set(words) & _BODY_NAME_WORDS and words[-1] not in SITE_HEADS:
        return True
    return len(words) == 1 and key(c.text) in person_last


# Adjectives of parts of the world written as two words: "Latin American",
# "Middle Eastern", "South American" (a bare "European" is too loose).
_REGION_ADJECTIVE = re.compile(
    r"\b(Latin|South|North|Central|Middle|Southeast|South-East|East|West|Southern|Northern|Eastern|Western)"
    r"[ -](American|Eastern|Asian|African|European)\b")
# Nouns such an adjective places in the region: "the Latin American country".
_REGION_ADJ_NOUNS = frozenset("country nation state region group".split())


def _regions_by_adjective(parsed: Parsed, geo) -> list[tuple[GeoEntry, Cand]]:
    """A part of the world named by its adjective before a country or a
    group of countries: "other Latin American countries", "the South
    American group X"."""
    out: list[tuple[GeoEntry, Cand]] = []
    for bi, doc in enumerate(parsed.docs):
        for m in _REGION_ADJECTIVE.finditer(parsed.block_texts[bi]):
            span = doc.char_span(m.start(), m.end())
            if span is None:
                continue
            head = span[-1].head
            nxt = doc[span.end] if span.end < len(doc) else head
            if not any(t.i >= span.end and t.lemma_.lower() in _REGION_ADJ_NOUNS for t in (head, nxt)):
                continue
            adj = m.group(2)
            name = f"{m.group(1)} {adj[:-3] if adj.endswith('ern') else adj[:-1]}"
            e = geo.region(name)
            if e is not None:
                s, e2 = parsed.gspan(bi, span)
                out.append((e, Cand(s, e2, span.text, "LOC", bi, span)))
    return out


# Verbs of taking someone somewhere for care, and words of the names of
# places of care: "was rushed to the Medical University of X".
_CARRY_VERBS = frozenset("take rush airlift fly transport transfer admit bring".split())
_CARE_WORDS = frozenset("medical hospital clinic infirmary university health".split())


def _care_destination(c: Cand) -> bool:
    """An organisation someone was taken to for treatment: where they are."""
    r = c.root
    if r.dep_ != "pobj" or r.head.lower_ != "to" or r.head.head.lemma_.lower() not in _CARRY_VERBS:
        return False
    return bool(set(fold(c.text).split()) & _CARE_WORDS)


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _model_or_foreign(c: Cand) -> bool:
    """An unlisted name that is no town: a model after its year and maker
    ("a recalled 2005 Acme Roadster"), or foreign words given after their
    language ("Polish: Nic", "Spanish language: Nada")."""
    doc = c.span.doc
    s = c.span.start
    k = s - 1
    while k >= 0 and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" and s - k <= 2:
        k -= 1
    if k >= 0 and _YEAR.match(doc[k].text) and (k == 0 or doc[k - 1].pos_ != "ADP"):
        return True
    if s >= 2 and doc[s - 1].text == ":":
        lang = doc[s - 2]
        return lang.lower_ == "language" or (lang.text[:1].isupper() and bool(gazetteer().demonym_of(lang.text)))
    return False


_OWNING_VERBS = frozenset("own buy sell drive steal crash park rent lease import order".split())


# Verbs of events held somewhere: "the summit took place in the Kremlin" (not "a vote in the Bundestag").
_EVENT_VERBS = frozenset("take hold meet gather host convene sign open".split())


def _a_thing_or_listener(c: Cand) -> bool:
    """A town's name used for something else: a thing someone owns or buys,
    counted with "a" ("owned a bulletproof Mercedes"), or someone told
    something ("officials told Xinhua")."""
    r = c.root
    doc = c.span.doc
    if len(c.span) == 1 and r.dep_ == "dobj" and r.head.lemma_.lower() == "tell":
        return True
    if r.dep_ != "dobj" or r.head.lemma_.lower() not in _OWNING_VERBS:
        return False  # (not "returned to a devastated Mariupol")
    k = c.span.start - 1
    while k >= 0 and doc[k].dep_ in ("amod", "compound") and doc[k].text.islower():
        k -= 1
    return k >= 0 and doc[k].lower_ in ("a", "an") and doc[k].head.i == r.i


def _addressed_town(c: Cand, geo, mentioned: set[str]) -> bool:
    """"X, Texas", "X, Norway": a name the gazetteer knows as a town of the
    state or country written after it is that town, whoever shares its name."""
    doc = c.span.doc
    e = c.span.end
    if e + 1 >= len(doc) or doc[e].text != "," or not doc[e + 1].text[:1].isupper():
        return False
    j = e + 1
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    after = doc[e + 1 : j + 1].text
    owner = geo.region(after) or geo.country(canonical_alias(after) or after)
    if owner is None:
        return False
    state = owner.name if owner.kind == "country" else owner.country
    return bool(state) and any(t.country == state for t in geo.cities_named(c.text))


# Nouns of shops and works a business name is written before: "a Acme store".
_OUTLET_SITE_NOUNS = frozenset("store supermarket shop restaurant cafe warehouse factory plant outlet".split())


def _hotel(c: Cand) -> bool:
    """"the Hotel X": a hotel named with its noun first is a building,
    whatever the model called it."""
    words = c.text.removeprefix("the ").split()
    return len(words) > 1 and words[0] == "Hotel" and all(w[:1].isupper() for w in words)


def _store(c: Cand) -> bool:
    """"a Walmart store in X", "the Acme factory": a company's premises,
    named by the company, as the scene of something."""
    doc = c.span.doc
    s, e = c.span.start, c.span.end
    if e >= len(doc) or doc[e].lower_ not in _OUTLET_SITE_NOUNS or s < 1 or doc[s - 1].lower_ not in ("a", "an", "the"):
        return False
    noun = doc[e]
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "in", "inside", "outside", "near")


def _capitals_named(parsed: Parsed, geo, cands: list[Cand]) -> list[tuple[GeoEntry, Cand]]:
    """A capital the model missed, named after the word: "the country's
    capital, X", "the capital city, X", "the Maldives' capital of Male"."""
    out: list[tuple[GeoEntry, Cand]] = []
    taken = {(c.block, c.span.start) for c in cands}
    for bi, doc in enumerate(parsed.docs):
        if "capital" not in parsed.block_texts[bi]:
            continue
        for t in doc:
            if t.lower_ != "capital":
                continue
            j = t.i + 1
            if j < len(doc) and doc[j].lower_ == "city":
                j += 1
            if j + 1 >= len(doc) or doc[j].text not in (",", "of") or (bi, j + 1) in taken:
                continue  # "the capital, X", "the capital of X"
            k = j + 1
            while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" and k - j <= 3:
                k += 1
            if k == j + 1 or (k < len(doc) and doc[k].text not in (",", ".", ";", "and", "on", "in")):
                continue
            span = doc[j + 1 : k]
            e = geo.city(span.text)
            if e is None or fold(e.name) not in geo.capital_of:
                continue
            s2, e2 = parsed.gspan(bi, span)
            out.append((e, Cand(s2, e2, span.text, "GPE", bi, span)))
    return out


_REGION_NOUNS_AFTER = _ADMIN_NOUNS | frozenset(("provincial", "regional", "oblast"))


def _before_region_noun(c: Cand) -> bool:
    """"the X province", "the X regional governor": a lower-case noun or
    adjective of a region after the name."""
    doc, e = c.span.doc, c.span.end
    if e + 1 < len(doc) and doc[e].text in ("'s", "’s") and doc[e + 1].lower_ in _GOVERNOR_WORDS:
        return True  # "X's governor": a governor heads a region, not a town
    return e < len(doc) and doc[e].text.islower() and doc[e].lower_ in _REGION_NOUNS_AFTER


_GOVERNOR_WORDS = frozenset(("governor", "governorship", "governorate"))


def _bracketed_short_form(c: Cand, ends: dict) -> "_P | None":
    """The place whose name a bracketed short form right after it spells
    with its initials: "British Columbia (B.C.)", "Ciudad Juárez (CJ)"."""
    doc = c.span.doc
    s, e = c.span.start, c.span.end
    if s < 1 or doc[s - 1].text != "(" or e >= len(doc) or doc[e].text != ")":
        return None
    p = ends.get((c.block, s - 1))
    if p is None or p.kind == "country":
        return None
    letters = "".join(ch for ch in c.text if ch.isalpha())
    if len(letters) < 2 or not letters.isupper() or letters != site_initials(p.name).upper():
        return None
    return p


def _guessed(geo, c: Cand, e: GeoEntry) -> bool:
    """The place is only the model's guess: a name the gazetteer does not
    know, whose words and wording do not make it a place (no "X Province",
    "the town of X", "X, a city in ...", "a region to be called X")."""
    if e.latitude is not None or e.country or e.kind not in ("city", "region") or c.label not in ("GPE", "LOC"):
        return False
    if geo.region(e.name) is not None or names_a_place(c):
        return False
    words = set(fold(e.name).removeprefix("the ").split())
    if words & (REGION_WORDS | ADMIN_HEADS | _TOWN_NOUNS | _AREA_NOUNS | FEATURE_HEADS | _REGION_NAME_WORDS) \
            or _called(c):
        return False
    doc = c.span.doc
    return not (c.span.end < len(doc) and doc[c.span.end].lower_ in _ADMIN_NOUNS)


# Nouns for a place's own people and officials: "X ministers", "Y police".
_LOCAL_NOUNS = AGENT_NOUNS | frozenset(
    "police authorities authority residents people villagers townspeople council mayor governor".split())


def _put_there(c: Cand) -> bool:
    """Something happens at the name, comes from it or belongs to it as a
    place: "from A, B and C", "in X", "Y police", "Z, <a known place>"."""
    r = c.root
    while r.dep_ in ("conj", "appos") and r.head is not r:
        r = r.head  # a list's later names hang on its first
    if r.dep_ == "pobj" and r.head.lower_ in LOC_PREPS:
        return True
    if r.dep_ in ("compound", "poss") and r.head.pos_ == "NOUN" and r.head.lemma_.lower() in _LOCAL_NOUNS:
        return True
    if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ in MUNICIPAL_HEADS:
        return True  # "the Municipality of Bogliasco": a town, whatever the gazetteer knows
    return _happens_there(c)


def _split_addresses(parsed: Parsed, cands: list[Cand], geo, split_parts: dict[int, str]) -> list[Cand]:
    """"Town, Region" taken as one name splits into its two places: the
    town, and the state or province written after it as its address."""
    out: list[Cand] = []
    for c in cands:
        toks = c.span
        commas = [t.i for t in toks if t.text == ","]
        if (c.label != "GPE" or len(commas) != 1 or geo.city(c.text) or geo.region(c.text)
                or any(t.lower_ in ("and", "or", "of") for t in toks)
                or not all(t.text[:1].isupper() for t in toks if t.text != ",")):
            out.append(c)
            continue
        doc = toks.doc
        left, right = doc[toks.start:commas[0]], doc[commas[0] + 1:toks.end]
        if not len(left) or not len(right) or set(fold(right.text).split()) & _BODY_WORDS:
            out.append(c)
            continue
        for part in (left, right):
            s2, e2 = parsed.gspan(c.block, part)
            out.append(Cand(s2, e2, part.text, "GPE", c.block, part))
        split_parts[id(out[-1])] = left.text
    return out


def _school_before_person(c: Cand, org_names: list[str]) -> bool:
    """A town's name before a person noun ("an Ithaca undergrad", "a Stanford
    professor") where the text names a body that opens with it ("Ithaca
    College"): short for that body."""
    r = c.root
    return (len(c.span) == 1 and r.dep_ in ("compound", "amod", "nmod") and person_noun(r.head)
            and any(n.startswith(c.text + " ") for n in org_names))


def _name_as_written(p: "_P", spans: list[tuple[int, int]], text: str) -> str:
    """The name a reader sees in the text: a town the gazetteer knows under
    another spelling ("Makkah" for "Mecca", "Tiruchirappalli" for "Trichy")
    or with other accents ("Herāt" for "Herat"), or whose name only adds a
    river to the text's ("Frankfurt am Main"), keeps the text's, the
    commonest of its mentions.  Standard names that only expand what the
    text wrote ("Washington, D.C.", "Interstate 95") and countries ("United
    States" for "U.S.") stay."""
    if p.kind != "city" or not spans:
        return p.name
    written = [re.sub(r"^the\s+|['’]s?$", "", text[s:e], flags=re.I).strip() for s, e in spans]
    # Abbreviations ("D.C.", "NYC") are no spelling of the name.
    names = [w for w in written if w[:1].isupper() and "." not in w and not w.isupper()]
    same_letters = [w for w in names if fold(w) == fold(p.name)]
    if same_letters:
        return max(same_letters, key=same_letters.count)  # "Herat", not the gazetteer's "Herāt"
    if not names or any(fold(w) == fold(p.name) for w in written):
        return p.name
    best = max(names, key=names.count)
    if p.name.startswith(best + " ") and p.name[len(best) + 1 :][:1].islower():
        return best  # "Frankfurt" for "Frankfurt am Main", "Newcastle" for "Newcastle upon Tyne"
    if fold(best) in fold(p.name) or fold(p.name) in fold(best):
        return p.name
    same = gazetteer().city(best)
    return best if same is not None and (same.name, same.country) == (p.name, p.country) else p.name


def build_places(parsed: Parsed, cands: list[Cand], person_keys: set[str]) -> list[Place]:
    geo = gazetteer()
    mentioned = countries_mentioned(cands)

    # Countries whose states or provinces the text names ("Ohio"): a name
    # shared with a country ("Georgia") is then that country's state.
    region_states = countries_with_states_named(cands)
    places: dict[str, _P] = {}
    # Surnames of the people the text names: "Smith" alone is no town.
    person_last = _people_surnames(cands, person_keys)
    by_end = {(c.start, c.end): c for c in cands}

    starts: dict[tuple[int, int], _P] = {}
    ends: dict[tuple[int, int], _P] = {}

    def add(name: str, kind: str, c: Cand, country: str = "", lat=None, lon=None, where: bool = False,
            guessed: bool = False) -> None:
        p = places.setdefault(_place_key(name), _P(name, kind, country, lat, lon))
        p.guessed += guessed
        p.spans.append((c.start, c.end))
        p.cands.append(c)
        starts[(c.block, c.span.start)] = p
        ends[(c.block, c.span.end)] = p
        if kind == "city" and _before_region_noun(c):
            p.as_region += 1
        if where or is_locative(parsed, c, by_end):
            p.locative += 1
        elif _acts(c):
            p.acting += 1
        elif _as_modifier(c):
            p.modifier += 1
        elif _speaks_for_state(c):
            p.speaking += 1
            p.speech += _speech(c)

    short_forms: dict[str, _P] = {}
    place_tokens = {(c.block, i) for c in cands if c.label in ("GPE", "LOC", "FAC")
                    for i in range(c.span.start, c.span.end)}
    demonyms: dict[str, list[Cand]] = {}
    split_parts: dict[int, str] = {}  # id of the second part of "Town, Region" -> its first part
    for c in _split_addresses(parsed, cands, geo, split_parts):
        if c.label == "NORP":
            # "its Malaysian stores", "Israeli territory": a state's demonym
            # before a place or a business there names the state as a place.
            state = geo.demonym_of(c.text)
            if state:
                demonyms.setdefault(state, []).append(c)
            r = c.root
            if (state and r.dep_ in ("amod", "compound", "nmod") and r.head.i >= c.span.end
                    and r.head.lemma_.lower() in DEMONYM_PLACE_NOUNS and geo.country(state)):
                add(geo.country(state).name, "country", c, where=True)
            continue
        if c.label not in ("GPE", "LOC", "FAC", "ORG"):
            continue
        if c.label == "ORG":
            seat = _headquarters(c)
            if seat is not None:
                # "at the U.N. headquarters": the body's seat is a site; the body stays an actor.
                s2, e2 = parsed.gspan(c.block, seat)
                body = c.text.removeprefix("the ")
                name = f"{canonical_alias(body) or body} headquarters"  # one site: "U.N.", "Google's"
                add(name, "site", Cand(s2, e2, seat.text, "FAC", c.block, seat), where=True)
                continue
            inner = _legislature_region(c, geo)
            if inner is not None:
                # "the Parliament of X": the state or province whose house it
                # is, where what it passes takes effect.
                span, e = inner
                s2, e2 = parsed.gspan(c.block, span)
                add(e.name, e.kind, Cand(s2, e2, span.text, "GPE", c.block, span), e.country, where=True)
                continue
        if c.label != "ORG" and _numbered_district(c):
            continue  # "the seventh Congressional District": no place without its state's name
        whole = _possessive_site(c) if c.label != "ORG" else None
        if whole is not None and not geo.city(c.text) and not geo.country(c.text):
            s2, e2 = parsed.gspan(c.block, whole)
            add(whole.text, "site", Cand(s2, e2, whole.text, "FAC", c.block, whole))
            continue
        if c.label != "ORG" and _house_number(c) and not geo.city(c.text) and not geo.country(c.text):
            doc = c.span.doc
            span = doc[c.span.start - 1 : c.span.end]
            s2, e2 = parsed.gspan(c.block, span)
            add(span.text, "site", Cand(s2, e2, span.text, "FAC", c.block, span))
            continue
        if c.label == "ORG" and _store(c):
            add(c.text, "site", c, where=True)
            continue
        if c.label == "ORG" and len(c.span) > 1 and _care_destination(c):
            add(c.text, "site", c, where=True)
            continue
        if (is_site_name(c) or (c.label != "ORG" and (_site_by_lead_word(c) or _facility(c))) or _hotel(c)
                or (_shore_site(c) and not geo.city(c.text))):
            add(c.text, "site", c)
            continue
        if (len(c.span) > 1 and c.span[-1].lower_ in NOT_PLACE_HEADS) or _in_event_name(c):
            continue
        seat = METONYMS.get(fold(c.text).removeprefix("the "))
        prep = c.root.head if c.root.dep_ == "pobj" else None
        building = prep is not None and prep.lower_ in _AT_PREPS and (
            len(c.span) > 1 or prep.lower_ != "in" or prep.head.lemma_.lower() in _EVENT_VERBS)
        if seat and building:
            # "flags at the White House", "a summit in the Kremlin": the
            # building where it happens, besides the government it stands for.
            add(c.text.removeprefix("the ").removeprefix("The "), "site", c, seat, where=True)
            continue
        if (key(c.text) in person_keys and not _addressed_town(c, geo, mentioned)) or fold(c.text) in METONYMS \
                or _part_of_name(c) or _no_place(c, person_keys):
            continue
        if _address_part(c, place_tokens):
            continue
        if _outlet_or_jurisdiction(c):
            continue
        if _HYPHEN_MODIFIER.search(c.text) or _before_hyphen_word(c):
            continue  # "a U.S.-designated group", "Iran-backed militias": whose, not where
        pair = _slash_pair(c, geo)
        if pair is not None:
            # "the Afghanistan/Pakistan region": both states, each a place.
            left, right = pair
            doc = c.span.doc
            lspan = doc[c.span.start - 2 : c.span.start - 1]
            s2, e2 = parsed.gspan(c.block, lspan)
            where = is_locative(parsed, c, by_end)
            add(left.name, "country", Cand(s2, e2, lspan.text, "GPE", c.block, lspan), where=where)
            add(right.name, "country", c, where=where)
            continue
        short_of = _bracketed_short_form(c, ends)
        if short_of is not None:
            # "British Columbia (B.C.)": the short form names the same place,
            # here and wherever else it recurs.
            short_forms[_place_key(c.text)] = short_of
        if _place_key(c.text) in short_forms:
            q = short_forms[_place_key(c.text)]
            q.spans.append((c.start, c.end))
            q.cands.append(c)
            continue
        e = resolve(geo, c, mentioned, region_states)
        if e is not None and e.kind in ("city", "site") and e.latitude is None and (
                _no_town(c, person_last) or _model_or_foreign(c)):
            continue
        if e is not None and e.kind == "city" and _a_thing_or_listener(c):
            continue
        if e is not None and e.kind != "country" and e.latitude is None and not e.country and _before_body_word(c):
            continue  # "the Eastern X Tribe", "the Y Valley Council": a body's name
        if e is not None and id(c) in split_parts and e.kind == "city" and e.latitude is None:
            e = GeoEntry(e.name, "region")  # "Town, Region": the second name is the larger unit
        if e is not None:
            add(e.name, e.kind, c, e.country, e.latitude, e.longitude, guessed=_guessed(geo, c, e),
                where=id(c) in split_parts)
            for state in _border_states(geo, e):
                add(state.name, "country", c, where=True)

    for name, c in _numbered_sites(parsed, cands):
        add(name, "site", c)
    for e, c in _capitals_named(parsed, geo, cands):
        add(e.name, e.kind, c, e.country, e.latitude, e.longitude, where=True)
    for e, c in _regions_by_adjective(parsed, geo):
        add(e.name, "region", c, e.country, e.latitude, e.longitude, where=True)

    for p in places.values():
        # "in X ... X province": an unlisted name the text also calls a
        # province is one; a listed town only when every mention says so.
        if p.kind == "city" and p.as_region and (p.lat is None or p.as_region == len(p.spans)):
            p.kind = "region"
    _merge_short_site_names(places)
    _merge_alternate_names(places)
    _merge_variants(places, mentioned)
    setting = _setting_country(parsed, cands, geo)
    _infer_countries(places, starts, ends, setting)
    # A country that holds a town, region or site of the text is where
    # things happen, whatever it does elsewhere; so is the country the story
    # is about (named in the title and the most named in the text).
    capitals = geo.capital_of

    def stands_for_government(p: _P) -> bool:
        # A capital whose every mention is the subject of an action.
        return (p.kind == "city" and not p.locative and p.speaking == len(p.spans)
                and bool(capitals.get(fold(p.name))))

    holders = {p.country for p in places.values() if p.kind != "country" and not stands_for_government(p)}
    if setting:
        holders.add(setting)
        entry = geo.country(setting)
        if entry is not None and _place_key(entry.name) not in places:
            for c in demonyms.get(setting, ()):  # "Kenyan police ... in Nairobi"
                add(entry.name, "country", c)
    org_names = [c.text for c in cands if c.label == "ORG"]
    out: list[Place] = []
    for p in places.values():
        if p.kind == "country" and not p.locative:
            if p.acting == len(p.spans) and p.name != setting:
                continue  # a state that only acts: "joined by Australia" (not the story's own country)
            if p.name not in holders and (len(p.spans) > PASSING_MENTIONS or p.acting or p.modifier or p.speech):
                continue  # named as a party or a kind of thing: "US envoys", "U.S. dollars"
        if stands_for_government(p):
            continue  # "Athens expelled the ambassador"
        if p.kind == "city" and p.cands and all(_school_before_person(c, org_names) for c in p.cands):
            continue  # "an Ithaca undergrad" beside "Ithaca College": the college, not the town
        if p.guessed == len(p.spans) and not p.locative and not any(_put_there(c) for c in p.cands):
            continue  # "Macroalgae are suggested to ...": an unknown name nothing puts anyone in
        spans = sorted(set(p.spans))
        out.append(
            Place(_name_as_written(p, spans, parsed.text), p.kind, p.country, p.lat, p.lon,
                  tuple(Mention(s, e) for s, e in spans))
        )
    out.sort(key=lambda p: (-len(p.mentions), p.mentions[0].start))
    return out
