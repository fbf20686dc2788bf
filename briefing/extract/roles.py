"""Roles and affiliations read from the words around a person's name.

News introduces people with a pre-modifying title ("Kremlin spokesman Dmitry
Peskov", "Ukrainian President Volodymyr Zelensky") or an apposition
("Luigi Di Maio, the Italian foreign minister,").  Nationality words and
country names in that phrase are the affiliation; organisation names stay in
the role and, when they stand for a state (the Kremlin), give its
affiliation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .affiliations import canonical_affiliation, clean_name, entity_end, is_country, runs_into_title
from .gazetteer import gazetteer
from .names import (
    HONORIFICS,
    METONYMS,
    OCCUPATION_WORDS,
    ORG_DEMONYMS,
    PORTFOLIOS,
    RANK_PREFIX_WORDS,
    ROLE_HEADS,
    TITLE_MODIFIERS,
    US_DISTRICT,
    canonical_alias,
    demonym_country,
    fold,
    is_title_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

def _demonym(word: str) -> str | None:
    """Country of a nationality word, also one the table lacks but its
    country's name shows ("Samoan" -> Samoa, "Iranian" -> Iran)."""
    d = demonym_country(word)
    if d or len(word) < 5 or not word[:1].isupper() or not word.endswith(("an", "ese", "i")):
        return d
    return _derived_demonym(word)


@lru_cache(maxsize=512)
def _derived_demonym(word: str) -> str | None:
    g = gazetteer()
    if word.endswith("an"):
        stems = (word[:-1], word[:-2], word[:-3], word[:-3] + "y")  # Samoa, Chile, Iran, Italy
        if word.endswith("ssian"):
            stems += (word[:-4],)  # "Belarussian": Belarus
    elif word.endswith("ese"):
        stems = (word[:-3],)  # Japan
    else:
        stems = (word[:-1],)  # Pakistan
    for stem in stems:
        c = g.country(stem) if len(stem) >= 3 else None
        if c is not None:
            return c.name
    return None


_CONNECT = {"of", "for", "and", "&"}
# Words that say what kind of place a name before a title is ("Y city mayor").
_PLACE_KINDS = frozenset("city town municipal regional provincial county district".split())
_HYPHENS = {"-", "–", "‑"}
# Honorifics and academic titles: a role only when nothing better is given
# ("Dr Jane Roe, a retail expert at ..." is a retail expert).
_WEAK_TITLES = {"mr": "", "mrs": "", "ms": "", "miss": "", "sir": "", "dame": "",
                "dr": "Doctor", "doctor": "Doctor", "prof": "Professor", "professor": "Professor",
                "emeritus professor": "Emeritus Professor", "professor emeritus": "Professor Emeritus"}


def _state_of(tok_text: str) -> str | None:
    """Country (or supranational body) a word in a role phrase points at."""
    g = gazetteer()
    d = _demonym(tok_text)
    if d:
        return d
    if fold(tok_text) in ORG_DEMONYMS:
        return ORG_DEMONYMS[fold(tok_text)]
    c = g.country(tok_text)
    if c:
        return c.name
    alias = canonical_alias(tok_text)
    if alias:
        return alias
    return None


def plural_title(word: str) -> str | None:
    """Singular of a plural title that opens a list of people ("Presidents",
    "Ministers"), else None."""
    f = fold(word)
    if len(f) > 4 and f.endswith("s") and (f[:-1] in ROLE_HEADS or (
            word[:1].isupper() and is_title_word(f[:-1]) and f != "states")):  # "Attorneys", not "United States"
        return word[:-1]
    if word.islower() and len(f) > 4 and f.endswith("s") and f[:-1] in _LISTED_OCCUPATIONS:
        return word[:-1]  # "NASA astronauts A, B and C"
    return None


# Occupations news writes in the plural before a list of names.
_LISTED_OCCUPATIONS = frozenset("astronaut cosmonaut taikonaut journalist reporter researcher scientist".split())


def _plural_before_name(t: "Token") -> bool:
    """A plural title right before a name ("Presidents A of X and B of Y"),
    not one inside a body's name ("House of Representatives")."""
    doc = t.doc
    return plural_title(t.text) is not None and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" \
        and not (t.i > 0 and doc[t.i - 1].lower_ == "of")


def _title(t: "Token") -> bool:
    return is_title_word(t.text) or _plural_before_name(t)


def _role_token(t: "Token") -> bool:
    if t.text in _HYPHENS and t.i > 0 and is_title_word(t.doc[t.i - 1].text) and t.i + 1 < len(t.doc) \
            and is_title_word(t.doc[t.i + 1].text):
        return True  # "Secretary-General", "Attorney-General"
    if _title(t) or _demonym(t.text) or fold(t.text) in ORG_DEMONYMS:
        return True
    # Organisation and country names inside a title ("EU foreign policy chief").
    return t.ent_type_ in ("ORG", "GPE", "NORP") and t.text[:1].isupper()


_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "ant", "ent", "eur", "ive")
_NOT_PERSON = frozenset(
    """number order letter paper quarter border power matter corner center centre error factor
    sector floor door minor water weather winter summer member's other after under over
    government agent event percent content moment payment statement agreement amount
    department apartment parliament treatment tournament""".split()
)
# Person nouns without a tell-tale ending.
_PERSON_WORDS = frozenset(
    """expert member official wife husband mother father son daughter brother sister
    fiancee fiance widow widower friend colleague aide chief head boss nurse judge candidate
    nominee deputy delegate envoy rapporteur victim witness survivor citizen national native
    spokesperson analyst scholar academic economist diplomat politician activist pilot coach
    ceo cfo chairman chairwoman chair chairperson captain author co-author coauthor
    businessman businesswoman lawyer attorney physician surgeon medic veteran cleric
    official officials staffer student resident professor doctor eyewitness chef suspect
    undergrad undergraduate postgraduate graduate alumnus alumna postdoc astronaut cosmonaut""".split()
)


def person_noun(t: "Token") -> bool:
    """A noun that names a person by what they do or are ("voter", "political
    scientist", "spokesperson")."""
    w = fold(t.text)
    if t.ent_type_ in ("GPE", "LOC") and t.pos_ == "PROPN" and w in ROLE_HEADS:
        return True  # the model reads "Sultan of Oman" as a place
    if w in _PERSON_WORDS and t.text.islower() and t.dep_ == "compound":
        return True  # "NASA astronaut X", whatever part of speech the tagger gave it
    if (t.pos_ not in ("NOUN", "PROPN") and not (t.pos_ == "ADJ" and t.is_sent_start)
            and not (t.pos_ in ("ADJ", "VERB") and w.endswith(_OCCUPATION_ENDINGS))
            or t.ent_type_ in ("PERSON", "GPE", "LOC", "DATE", "TIME", "CARDINAL")):
        return False
    if w in _NOT_PERSON:
        return False
    if is_title_word(w) or w in _PERSON_WORDS:
        return True
    # A proper noun only where capitals say nothing: "Voter Kitty Mak told".
    return (t.pos_ in ("NOUN", "ADJ", "VERB") or t.is_sent_start) and len(w) > 4 and w.endswith(_PERSON_SUFFIXES) \
        and not w.endswith("ment")


def _join(tokens: list["Token"]) -> str:
    """The tokens as the text spells them ("Secretary-General", "Tesco's")."""
    out = ""
    for n, t in enumerate(tokens):
        out += t.text
        if n + 1 < len(tokens) and t.whitespace_:
            out += " "
    return out.replace(" 's", "'s")


def _office_named_with_country(rest: list["Token"]) -> bool:
    """The title after a country is an office named with it, which alone would
    mislead: a "U.S. Attorney" or "U.S. Marshal" is a federal officer, not any
    attorney or marshal, so the country stays in the role."""
    return len(rest) == 1 and rest[0].lower_ in ("attorney", "attorneys", "marshal", "marshals")


def _phrase_role(tokens: list["Token"], person_head: bool = False, keep_body: bool = False) -> tuple[str, str]:
    """Turn a title phrase into (role, affiliation).

    ``person_head``: the phrase may end in a person noun that is no title
    ("political scientist", "voter"); it was found by the parse.
    ``keep_body``: an organisation before the title stays in it (a second
    title whose body differs from the person's affiliation: "President X of
    Y and AU chairperson").
    """
    stripped = False
    # Drop connectors and possessives at the edges.
    while tokens and (tokens[0].lower_ in _CONNECT or tokens[0].tag_ == "POS" or tokens[0].is_punct
                      or (tokens[0].pos_ == "ADP" and tokens[0].text.islower())):
        tokens = tokens[1:]  # also "under" in "under former US President Obama"
    # "then-Governor X", "then the deputy director": the office held at the
    # time the story tells of, which is the role.
    if len(tokens) > 1 and tokens[0].lower_ == "then":
        tokens = tokens[1:]
        while tokens and (tokens[0].text in _HYPHENS or tokens[0].lower_ in ("the", "a", "an")):
            tokens = tokens[1:]
    f = next((n for n, t in enumerate(tokens) if t.lower_ in ("former", "ex")), 0)
    if 0 < f < len(tokens) - 1 and all(t.text.islower() and t.pos_ in ("ADJ", "NOUN") for t in tokens[:f]):
        tokens = tokens[f:]  # "regular visitor ex-Z Prime Minister": the office opens a new phrase
    former = bool(tokens) and tokens[0].lower_ in ("former", "ex")
    if former:
        tokens = tokens[1:]
        if tokens and tokens[0].text in _HYPHENS:
            tokens = tokens[1:]  # "ex-President"
    while len(tokens) > 1 and tokens[0].lower_ in _HOLDER_STATES and (tokens[0].text.islower()
                                                                     or tokens[0].lower_ != "new"):
        # "the new owner", "the late founder", "Current Prime Minister",
        # "fellow Representative": the title is the same ("New" may open a name).
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in _CONNECT or tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens:
        return "", ""
    titled = any(_title(t) and not _demonym(t.text) for t in tokens) and \
        any(fold(t.text) in ROLE_HEADS or _title(t) for t in tokens)
    if not titled and not (person_head and person_noun(tokens[-1])):
        return "", ""
    affiliation = ""
    inner = _body_inside(tokens)
    if inner is not None:
        tokens, affiliation = inner
    # Leading nationality words, country names and organisation names are the
    # affiliation, not the role ("NATO Secretary-General", "Ohio Governor",
    # "Tesco's chief executive"); a metonym stays ("Kremlin spokesman").
    i = 0
    while i < len(tokens) - 1:
        t = tokens[i]
        if fold(t.text) in PORTFOLIOS and t.text[:1].isupper() and tokens[i + 1].text in ("Secretary", "Minister"):
            break  # "Commerce Secretary": the portfolio is part of the title, however the model tagged it
        if t.ent_type_ in ("ORG", "GPE") and t.text[:1].isupper() and not is_title_word(t.text):
            k = entity_end(tokens, i)
            while k > i + 1 and fold(tokens[k - 1].text) in ROLE_HEADS:
                k -= 1  # the model glued the title to the organisation
            if k >= len(tokens):
                break
            name = _join(tokens[i:k])
            if tokens[i].ent_type_ == "GPE" and tokens[k].tag_ != "POS" and not is_country(name) \
                    and not any(fold(t.text) in ROLE_HEADS for t in tokens[k:]):
                # "a Toronto lawyer": the town a professional works in is
                # neither the role nor an allegiance ("Ohio Governor" is).
                i = k
                continue
            if tokens[k].tag_ == "POS" and k + 1 < len(tokens) and fold(clean_name(name)) not in METONYMS:
                # "Mahan's director", "Ohio's governor": the owner is the
                # affiliation, the title alone the role.
                affiliation = affiliation or canonical_affiliation(name)
                i = k + 1
                break
            if fold(clean_name(name)) in TITLE_MODIFIERS:
                break  # "Presidential Spokesperson": an adjective of the office read as a body
            affiliation = affiliation or canonical_affiliation(name)
            if is_country(name) and _office_named_with_country(tokens[k:]):
                break
            if keep_body or fold(clean_name(name)) in METONYMS or affiliation in ORG_DEMONYMS.values():
                # A metonym stays in the role and stands for its state
                # ("Kremlin spokesman"), as does a union of states used like a
                # nationality ("EU foreign policy chief").
                break
            # An organisation or a region before the title is the affiliation
            # and no part of the role ("NATO Secretary-General" is the
            # Secretary-General of NATO, "Ohio Governor" the Governor of Ohio,
            # "the firm's president and CEO" its President and CEO).
            i = k
            stripped = True
            if i < len(tokens) - 1 and tokens[i].text in _PLACE_KINDS:
                i += 1  # "Seoul city Mayor", "the Y regional governor"
            if i < len(tokens) - 1 and tokens[i].tag_ == "POS":
                i += 1
            continue
        if (t.ent_type_ == "NORP" and i + 2 < len(tokens) and tokens[i + 1].ent_iob_ == "I"
                and demonym_country(f"{t.text} {tokens[i + 1].text}")):
            affiliation = affiliation or demonym_country(f"{t.text} {tokens[i + 1].text}")
            i += 2  # "South African president": a nationality of two words
            continue
        st = _state_of(t.text)
        if st and (_demonym(t.text) or gazetteer().country(t.text) or t.tag_ == "POS"
                   or canonical_alias(t.text) in gazetteer().country_names):
            affiliation = affiliation or st
            if t.tag_ != "POS" and _office_named_with_country(tokens[i + 1:]):
                break
            i += 1
        elif t.tag_ == "POS":
            i += 1
        elif _acronym(t) and t.ent_type_ == "" and tokens[i + 1].text not in _HYPHENS:
            # An organisation's acronym the model left unlabelled ("AU trade
            # commissioner", "RCMP Constable") is its affiliation.
            affiliation = affiliation or canonical_affiliation(t.text)
            i += 1
        elif t.pos_ == "PROPN" and t.ent_type_ == "" and t.text[:1].isupper() and not _title(t) \
                and (_acronym(tokens[i + 1]) or tokens[i + 1].text in _PLACE_KINDS and i + 2 < len(tokens)) \
                and gazetteer().city(t.text) is not None:
            if tokens[i + 1].text in _PLACE_KINDS:
                affiliation = affiliation or canonical_affiliation(t.text)  # "Y city Mayor"
                i += 1
            i += 1  # the town of a force's detachment: "Y RCMP Constable"
        elif t.lower_ in _PLACE_NOUNS and i + 2 < len(tokens) and tokens[i + 1].tag_ == "POS":
            i += 2  # "the city's home minister": the place is only described
        else:
            break
    role_toks = _drop_rank(tokens[i:])
    # Affiliation from words left inside the role: "Kremlin spokesman",
    # "Minister of Foreign Affairs of Turkey".
    if not affiliation:
        for n, t in enumerate(role_toks):
            if fold(t.text) in METONYMS:
                affiliation = METONYMS[fold(t.text)]
                break
            if t.ent_type_ == "GPE" and t.ent_iob_ == "I":
                continue  # inside a place name looked up whole below
            if t.ent_type_ == "GPE" and n + 1 < len(role_toks) and role_toks[n + 1].ent_iob_ == "I":
                # A place of several words: "chief executive of Hong Kong"
                # (and "New Jersey" is no "Jersey").
                k = n + 1
                while k < len(role_toks) and role_toks[k].ent_iob_ == "I":
                    k += 1
                st = _state_of(" ".join(x.text for x in role_toks[n:k]))
            else:
                st = _state_of(t.text)
            if st:
                affiliation = st
                break
    if not affiliation:
        # "Mayor of X", "Governor of Y": the place the office is of.
        for n in range(1, len(role_toks) - 1):
            if role_toks[n].lower_ == "of" and role_toks[n + 1].ent_type_ == "GPE" \
                    and fold(role_toks[n - 1].text) in ROLE_HEADS:
                k = entity_end(role_toks, n + 1)
                affiliation = canonical_affiliation(_join(role_toks[n + 1 : k]))
                break
    court = _court_of(tokens, affiliation) if fold(tokens[-1].text) in _JUDGES else ""
    if court:
        # "US District Judge X", "US District Court Judge X": the court is the
        # affiliation and its kind part of the title ("District Judge").
        kind = court.split()[-2]
        if not any(t.text == kind for t in role_toks):
            role_toks = [t for t in tokens if t.text == kind][:1] + role_toks
        affiliation = court
    role = _join(role_toks)
    single = plural_title(role_toks[-1].text) if _plural_before_name(role_toks[-1]) else None
    if single:
        role = role[: len(role) - len(role_toks[-1].text)] + single  # "Presidents A of X and B of Y"
    if former:
        role = f"{'Former' if role[:1].isupper() else 'former'} {role}"
    if not is_title_word(role_toks[0].text) and not role_toks[0].text[:1].isupper() and not person_head \
            and inner is None \
            and not (role_toks[0].pos_ == "NOUN" and role_toks[0].dep_ in ("compound", "nmod")) \
            and not (stripped and _field_adjective(role_toks[0])):
        # A noun naming the field stays ("tour manager", "criminology
        # professor"); a describing adjective does not make a title.
        return "", affiliation
    return role, affiliation


# Words that say when or how long the holder holds a title, not what it is
# ("the late Y founder", "the new Z chairman").
_HOLDER_STATES = frozenset("late new current incumbent outgoing sitting fellow".split())
# Lower-case particles that open Arabic names of bodies ("al-Shabaab").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "an", "as", "ash", "at", "az", "ar"})


def _body_start(t: "Token") -> bool:
    if t.text in _HYPHENS or is_title_word(t.text) or fold(t.text) in ROLE_HEADS:
        return False
    if t.text[:1].isupper():
        return t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP") or t.text.isupper()
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.lower_ in _NAME_PARTICLES and nxt is not None and nxt.text in _HYPHENS and not t.whitespace_


def _body_inside(tokens: list["Token"]) -> "tuple[list[Token], str] | None":
    """A named body inside a title phrase after words describing the holder
    or the body: "senior Hamas official", "a high-ranking Y member", "trade
    union Z general secretary".  The body is the affiliation; adjectives of
    the holder stay in the role ("Senior official"), common nouns that only
    say what the body is ("trade union", "airline") are dropped.  Returns the
    tokens to read the role from (with the body moved to the front when the
    affiliation loop can read it there) and an affiliation, else None."""
    b = 0
    while b < len(tokens) and (tokens[b].text.islower() or tokens[b].text in _HYPHENS
                               or (b == 0 and tokens[b].is_sent_start and tokens[b].pos_ in ("ADJ", "NOUN")
                                   and tokens[b].text[1:].islower()
                                   and tokens[b].ent_type_ not in ("PERSON", "GPE", "NORP"))) \
            and not _body_start(tokens[b]):
        if tokens[b].tag_ == "POS" or tokens[b].pos_ in ("DET", "ADP", "CCONJ", "NUM"):
            return None
        b += 1
    if b == 0 or b >= len(tokens) - 1 or not _body_start(tokens[b]):
        return None
    t = tokens[b]
    if t.ent_type_ in ("ORG", "GPE", "NORP") and t.text[:1].isupper():
        e = min(entity_end(tokens, b), len(tokens))
    else:
        e = b + 1
        while e < len(tokens) and (tokens[e].text in _HYPHENS and not tokens[e].whitespace_
                                   or tokens[e].text[:1].isupper() and tokens[e].pos_ == "PROPN"
                                   and not _title(tokens[e]) and fold(tokens[e].text) not in ROLE_HEADS
                                   or e > 0 and tokens[e - 1].text in _HYPHENS and not tokens[e - 1].whitespace_):
            e += 1
    rest = tokens[e:]
    if not rest or not all(x.text.islower() or _title(x) or x.text in _HYPHENS for x in rest) \
            or not (fold(rest[-1].text) in ROLE_HEADS or _title(rest[-1]) or person_noun(rest[-1])):
        return None
    name = clean_name(_join(tokens[b:e]))
    if not name or fold(name) in METONYMS or fold(name) in ORG_DEMONYMS or fold(name) in TITLE_MODIFIERS \
            or canonical_affiliation(name) in ORG_DEMONYMS.values():
        return None  # "senior Kremlin aide", "top EU diplomat": kept as the text gives them
    # Words before the body: a noun only says what the body is; the rest
    # describe the holder ("senior", "high-ranking").
    words: list[list[Token]] = []
    for x in tokens[:b]:
        if words and (x.text in _HYPHENS or words[-1][-1].text in _HYPHENS) and not words[-1][-1].whitespace_:
            words[-1].append(x)
        else:
            words.append([x])
    if any(fold(w[0].text) in ("former", "ex", "then") for w in words):
        return None  # "regular visitor ex-Z Prime Minister": read by the rules for a past office
    keep = [x for w in words if not (len(w) == 1 and (w[0].pos_ in ("NOUN", "PROPN")
                                                      or fold(w[0].text) in _HOLDER_STATES)) for x in w]
    body = tokens[b:e]
    if body[0].ent_type_ in ("ORG", "GPE", "NORP") or _state_of(body[0].text):
        return body + keep + rest, ""  # read as a leading body below
    return keep + rest, canonical_affiliation(name)


_JUDGES = frozenset({"judge", "justice", "magistrate"})
_COURT_KINDS = frozenset("district circuit supreme superior high federal appeals bankruptcy".split())


def _court_of(tokens: list["Token"], place: str) -> str:
    """The court a judge titled "<state> <kind> (Court) Judge" sits on
    ("United States District Court"), when a state or region is named."""
    if not place or not (is_country(place) or gazetteer().region(place) is not None):
        return ""
    kinds = [t.text for t in tokens[:-1] if fold(t.text) in _COURT_KINDS and t.text[:1].isupper()]
    return f"{place} {kinds[-1]} Court" if len(kinds) == 1 else ""


# Military and police ranks: after an office they are a form of address
# ("Coast Guard Commandant Admiral X" is the commandant).
_RANKS = frozenset(
    """admiral general gen gen. lieutenant lt lt. colonel col col. major maj maj. captain capt capt.
    commander cmdr marshal brigadier brig sergeant sgt sgt. rear vice field""".split()
)


# Titles that take a postpositive "General": "Director General", "Attorney General".
_GENERAL_OF = frozenset("secretary director attorney solicitor governor inspector surgeon auditor consul".split())


def _drop_rank(toks: list["Token"]) -> list["Token"]:
    end = len(toks)
    while end > 1 and fold(toks[end - 1].text) in _RANKS:
        if fold(toks[end - 1].text).startswith("gen") and (
                fold(toks[end - 2].text) in _GENERAL_OF or toks[end - 2].text in _HYPHENS):
            break
        end -= 1
    if end < len(toks) and any(fold(t.text) in ROLE_HEADS and fold(t.text) not in _RANKS for t in toks[:end]):
        return toks[:end]
    return toks


_LOWER_WORDS = frozenset({"of", "for", "the", "and", "to", "in", "on"})
# Titles news writes by their initials.
_SHORT_TITLES = {"MP": "Member of Parliament", "MPs": "Member of Parliament",
                 "MEP": "Member of the European Parliament",
                 # The office a member of the US House holds, however the text addresses them.
                 "Congressman": "Representative", "Congresswoman": "Representative",
                 "congressman": "representative", "congresswoman": "representative"}


def normalise_role(role: str, affiliation: str) -> str:
    """Title-case a role given in lower case: "foreign minister" -> "Foreign
    Minister".  The affiliation stays a separate field (the panel shows
    "President" with "France", not "President of France")."""
    if not role:
        return role
    words = role.split()
    if words[-1] in _SHORT_TITLES:
        # "MP Y": the title spelled out, as a reader of the panel expects it.
        words[-1:] = _SHORT_TITLES[words[-1]].split()
        role = " ".join(words)
    if words[0][:1].islower():
        # "foreign minister" -> "Foreign Minister"; a role that opens with a
        # name ("Kremlin spokesman") is kept as the text gives it, and one
        # that is no title only gets its first letter ("Political scientist").
        if all(is_title_word(w) or w.lower() in _LOWER_WORDS for w in words[1:] if w[:1].islower()):
            words = [w if (w.lower() in _LOWER_WORDS and i) or not w[:1].islower() else w[:1].upper() + w[1:]
                     for i, w in enumerate(words)]
        else:
            words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


def _premodified(span: "Span", glued: list[str]) -> tuple[str, str, str]:
    """A title before the name: "NATO Secretary-General X", "political scientist
    X".  Returns (role, affiliation, affiliation of a second title stacked
    before the first: "AU chairperson President X of Egypt")."""
    doc = span.doc
    left: list[Token] = []
    person_head = False
    spelled_out = ""
    i = span.start - 1
    if i > 0 and _form_of_address(doc[i], span) and (_title(doc[i - 1]) or fold(doc[i - 1].text) in ROLE_HEADS):
        i -= 1  # "archbishop Monsignor X": the form of address is skipped
    elif i > 2 and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].text in _SHORT_TITLES:
        # "Member of parliament (MP) X": the title spelled out, then its initials.
        return _SHORT_TITLES[doc[i - 1].text], "", ""
    while i >= 0:
        t = doc[i]
        if _role_token(t) or (t.tag_ == "POS" and i > 0 and doc[i - 1].ent_type_ in ("GPE", "ORG")):
            left.insert(0, t)
        elif left and t.ent_iob_ == "I" and t.ent_type_ in ("ORG", "GPE") and t.ent_type_ == left[0].ent_type_ \
                and left[0].ent_iob_ == "I":
            left.insert(0, t)  # a word inside a body's name: "Department of Transport official"
        elif person_head and t.lower_ == "and" and left and i > 0 and doc[i - 1].pos_ == "NOUN" \
                and (doc[i - 1].text.islower() or doc[i - 1].is_sent_start) \
                and any(x.dep_ == "conj" and x.head.i == i - 1 for x in left):
            left[:0] = [doc[i - 1], t]  # "actor and film director X": two occupations
            i -= 1
        elif t.lower_ in _CONNECT | {"to", "from"} and left and i > 0 and _role_token(doc[i - 1]) \
                and (t.lower_ in ("and", "&") or not _has_head(left)) and not runs_into_title(doc, i):
            # "Secretary of State", "Ambassador to Germany", "Senator from
            # Ohio"; not "a spokesman for President X", whose title is his own.
            left.insert(0, t)
        elif t.lower_ == "the" and left and i > 1 and doc[i - 1].lower_ in ("of", "for", "to") \
                and _role_token(doc[i - 2]) and not _has_head(left):
            left.insert(0, t)  # "Vice President of the United States X"
        elif not left and t.i == span.start - 1 and _occupation_before(t, span):
            left.insert(0, t)  # "voter X", "political scientist X", "UCL astronomer X"
            person_head = True
        elif left and _modifies_phrase(t, left, span):
            left.insert(0, t)  # "Senate minority leader", "Board Member"
        elif (left and t.text == ")" and i >= 3 and doc[i - 2].text == "(" and _acronym(doc[i - 1])
              and doc[i - 3].ent_type_ == "ORG"):
            i -= 2  # "Drug Enforcement Administration (DEA) Administrator X": the body before its initials
        elif (left and t.text == ")" and not spelled_out and (o := _bracket_open(doc, i)) is not None
              and o >= 1 and _acronym(doc[o - 1]) and doc[o + 1].ent_type_ == "ORG"):
            # "CSA (Canadian Space Agency) astronaut X": the body, spelled out in brackets.
            spelled_out = _join(list(doc[o + 1 : i]))
            break
        elif left and i > 1 and _field_pair(doc, i, left):
            left[:0] = list(doc[i - 2 : i + 1])  # "trade and industry commissioner"
            i -= 2
        else:
            break
        i -= 1
    # Titles the model glued inside the entity sit right before the name.
    if glued:
        start = span.start - len(glued)
        left = [t for t in left if t.i < start] + list(doc[start : span.start])
    if not left:
        if (span.start >= 2 and doc[span.start - 1].text[:1].isupper()
                and fold(doc[span.start - 1].text) in OCCUPATION_WORDS
                and fold(doc[span.start - 2].text) in RANK_PREFIX_WORDS and doc[span.start - 2].text[:1].isupper()):
            return _join(list(doc[span.start - 2 : span.start])), "", ""  # "Flight Engineer X": a crew post
        return "", "", ""
    if len(left) > 1 and _form_of_address(left[-1], span) and (
            _title(left[-2]) or fold(left[-2].text) in ROLE_HEADS or fold(left[-2].text) in PORTFOLIOS):
        left = left[:-1]  # the same, read as an organisation by the model
    cut = _stacked_at(left)
    if cut:
        role, aff = _phrase_role(left[cut:])
        other, other_aff = _phrase_role(left[:cut], keep_body=True)
        if role and other:
            if "party" in fold(other).split() or "party" in fold(other_aff).split():
                # "party leader and Prime Minister X": the office of state is
                # the role and the state the affiliation, not the party.
                return role, aff, ""
            return f"{role} and {other}", aff, other_aff
    role, aff = _phrase_role(left, person_head)
    aff = aff or spelled_out
    if not role and left[-1].text.islower() and plural_title(left[-1].text):
        role = plural_title(left[-1].text).capitalize()  # "NASA astronauts A and B", however tagged
    if not role and not aff and len(left) >= 2 and left[-1].tag_ == "POS" \
            and all(t.ent_type_ in ("ORG", "GPE") for t in left[:-1]):
        aff = canonical_affiliation(_join(left[:-1]))  # "the Agency's X": no title, but an employer
    elif role and not aff and i >= 0 and _acronym(doc[i]):
        aff = _state_of(doc[i].text) or doc[i].text  # "WHO director-general X": an acronym left unlabelled
    return role, aff, ""


def _bracket_open(doc, close: int) -> int | None:
    """The "(" of the bracket closed at ``close``, a few words back."""
    return next((k for k in range(close - 1, max(-1, close - 9), -1) if doc[k].text == "("), None)


# Occupations the tagger sometimes reads as adjectives or verbs ("ecologist X").
_OCCUPATION_ENDINGS = ("ologist", "icist", "nomist", "chemist", "grapher", "scientist")


def _occupation_before(t: "Token", span: "Span") -> bool:
    """``t``, right before the name, is a person noun the name belongs to:
    "voter X" (a compound of the name), "astronomer X" (the name parsed as its
    apposition, no comma between), "ecologist X" (tagged as an adjective)."""
    if t.dep_ == "compound" and span.start <= t.head.i < span.end:
        return person_noun(t)
    if t.dep_ == "conj" and t.head.dep_ == "compound" and span.start <= t.head.head.i < span.end \
            and t.head.i < t.i:
        return person_noun(t)  # "agent and terrorism specialist X": the second of two occupations
    if span.root.dep_ == "appos" and span.root.head.i == t.i:
        return person_noun(t)
    return t.pos_ in ("ADJ", "VERB") and t.text.islower() and t.dep_ == "amod" and span.start <= t.head.i < span.end \
        and t.lower_.endswith(_OCCUPATION_ENDINGS)


def _acronym(t: "Token") -> bool:
    w = t.text.replace(".", "")
    return 2 <= len(w) <= 6 and w.isalpha() and w.isupper() and t.ent_type_ in ("", "ORG") \
        and not is_title_word(t.text)


def _field_pair(doc, i: int, left: list["Token"]) -> bool:
    """``doc[i-2:i+1]`` is a pair of fields joined by "and" before a title:
    "trade and industry commissioner", "health and safety officer"."""
    t, cc, first = doc[i], doc[i - 1], doc[i - 2]
    return t.pos_ == "NOUN" and t.text.islower() and t.dep_ == "conj" and t.head.i == first.i \
        and cc.lower_ == "and" and first.pos_ == "NOUN" and first.text.islower() \
        and first.dep_ in ("compound", "nmod") and left[0].i <= first.head.i <= left[-1].i


# Forms of address that names.py also counts as title words (so they never
# start a name) but that are no part of a role.
_ADDRESS_WORDS = HONORIFICS | {"monsignor", "monsenor", "monseñor", "monsignore", "msgr", "msgr."}


def _form_of_address(t: "Token", span: "Span") -> bool:
    """A capitalised word right before a name that is neither title nor
    place: a foreign honorific between the title and the name ("archbishop
    Monsignor X") is a form of address, not part of the title."""
    if t.i != span.start - 1 or not t.text[:1].isupper():
        return False
    if fold(t.text) in _ADDRESS_WORDS:
        return True
    return t.pos_ == "PROPN" and not _title(t) \
        and fold(t.text) not in ROLE_HEADS and not _state_of(t.text) and t.ent_type_ not in ("GPE", "NORP")


def _has_head(toks: list["Token"]) -> bool:
    return any(fold(t.text) in ROLE_HEADS for t in toks)


# Offices of state that can follow another title: "AU chairperson President X".
_STATE_OFFICES = frozenset("president minister premier chancellor king queen sultan emir governor mayor".split())
_FIRST_HEAD_NOT = frozenset({"chief", "head", "general", "deputy"})


def _stacked_at(left: list["Token"]) -> int:
    """Where a second title starts in a phrase of two stacked ones ("AU
    chairperson | President", "party leader | Prime Minister"), else 0."""
    for n in range(len(left) - 1, 0, -1):
        t = left[n]
        if fold(t.text) not in _STATE_OFFICES or not t.text[:1].isupper():
            continue
        start = n
        while start > 0 and left[start - 1].text[:1].isupper() and is_title_word(left[start - 1].text) \
                and fold(left[start - 1].text) not in ROLE_HEADS:
            start -= 1  # "Prime Minister", "Vice President"
        earlier = [x for x in left[:start] if fold(x.text) in ROLE_HEADS and x.text.islower()
                   and fold(x.text) not in _FIRST_HEAD_NOT]
        return start if earlier and start > 0 else 0
    return 0


def _modifies_phrase(t: "Token", left: list["Token"], span: "Span") -> bool:
    """``t`` is a modifier inside the title phrase being read leftwards."""
    if t.text in _HYPHENS:
        # "Co-author": a hyphen written without spaces.
        return not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in _HYPHENS and left[0].text in _HYPHENS:
        return True
    if t.dep_ not in ("compound", "amod", "nmod") or t.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return False
    if t.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    return left[0].i <= t.head.i < span.end


_APPOS_PREPS = ("of", "for", "at", "from", "with", "to", "in")


def _head_phrase(h: "Token", stop: int) -> tuple[list["Token"], str]:
    """The words of the noun phrase headed by ``h`` up to ``h`` itself (no
    determiner, no age), and an affiliation given by a possessive in it
    ("Tesco's chief executive")."""
    toks = [t for t in h.doc[h.left_edge.i : h.i + 1] if t.i > stop]
    aff = ""
    # A possessive organisation or state: "Tesco's", "Russia's".
    pos_at = max((n for n, t in enumerate(toks) if t.tag_ == "POS"), default=-1)
    if pos_at > 0:
        owner = toks[:pos_at]
        while owner and owner[0].pos_ == "DET":
            owner = owner[1:]
        if owner and owner[-1].ent_type_ in ("ORG", "GPE", "NORP") and owner[-1].ent_type_ != "PERSON":
            aff = canonical_affiliation(_join(owner))
            toks = toks[pos_at + 1 :]
    toks = [t for t in toks if t.pos_ != "DET" and t.tag_ != "PRP$"
            and not (t.ent_type_ in ("DATE", "CARDINAL") or t.like_num)
            and not (t.text in _HYPHENS and t.ent_type_ == "DATE")]
    if is_title_word(h.text):
        # "the long-serving Sultan", "the outgoing president": a description
        # of the holder, not part of the title.
        n = 0
        while n < len(toks) - 1 and toks[n] is not h and (
                toks[n].text in _HYPHENS or toks[n].pos_ in ("ADJ", "ADV", "VERB") and toks[n].text.islower()
                and not is_title_word(toks[n].text) and not _demonym(toks[n].text)
                and not _field_adjective(toks[n]) and toks[n].lower_ not in _GRADE_WORDS):
            n += 1
        toks = toks[n:]
    return toks, aff


# Words that make a grade of the office, not a description of its holder:
# "associate administrator", "assistant secretary".
_GRADE_WORDS = frozenset("associate assistant principal chief executive senior".split())


# A relational adjective names the field of a job ("editorial director",
# "medical officer", "executive producer"); these only describe its holder.
_FIELD_ENDINGS = ("al", "ic", "ical", "ary", "ory", "ive")
_DESCRIBING = frozenset(
    """controversial original additional potential legendary traditional local historic iconic
    dynamic charismatic active effective respective relative massive elusive exclusive initial
    eventual usual actual influential powerful popular longtime""".split()
)


def _field_adjective(t: "Token") -> bool:
    w = t.lower_
    return t.pos_ == "ADJ" and w.endswith(_FIELD_ENDINGS) and w not in _DESCRIBING \
        and t.tag_ not in ("JJR", "JJS") and len(w) > 4


def _apposition(span: "Span") -> tuple[str, str]:
    """A role the parse attaches as an apposition: "X, executive director of
    the Y Association,", "X, a voter,", "Y's director, X,"."""
    doc = span.doc
    root = span.root
    heads: list[Token] = [c for c in root.rights if c.dep_ == "appos" and c.i > span.end
                          and doc[span.end].text == ","]
    before = root.dep_ == "appos" and root.head.i < span.start and span.start > 0 \
        and doc[span.start - 1].text == ","
    if before:
        h = root.head
        if h.dep_ == "pobj" and h.ent_type_ in ("ORG", "GPE") and h.head.lower_ in ("of", "at") \
                and h.head.head.i < h.i and person_noun(h.head.head):
            # "the director of the Y Fund, X,": the parse hangs the name on
            # the organisation instead of the title.
            h = h.head.head
        elif not person_noun(h):
            # "Speaking to the Y Agency, the president of Z, X, said": the
            # title is a sister apposition right before the name.
            h = next((c for c in h.children if c.dep_ == "appos" and c.i < span.start
                      and c.right_edge.i == span.start - 2 and person_noun(c)), h)
        heads.append(h)
    for h in heads:
        if not person_noun(h):
            continue
        toks, aff = _head_phrase(h, span.end - 1 if h.i > span.start else -1)
        if not toks:
            continue
        role_toks = list(toks)
        # One prepositional complement: "of the Y Association", "for Central Europe".
        for c in h.rights:
            if c.dep_ != "prep" or c.lower_ not in _APPOS_PREPS or (before and c.i >= span.start):
                continue
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is None:
                break
            ent = _object_entity(obj)
            place = _place_named(obj) if not ent else None
            if place is not None:
                # "mayor of the northern city of X": the place is named, the
                # description of it is no part of the title.
                role_toks = role_toks + [c] + place
                aff = aff or canonical_affiliation(_join(place))
            elif ent and ent[1] == "ORG" and not aff:
                aff = canonical_affiliation(ent[0])
            elif ent and ent[1] == "GPE" and c.lower_ in ("of", "in", "for", "to"):
                role_toks = role_toks + list(doc[c.i : obj.right_edge.i + 1])
                aff = aff or canonical_affiliation(ent[0])
            elif not ent and c.lower_ == "for" and obj.text.islower() and person_noun(obj) \
                    and not is_title_word(obj.text) and fold(obj.text) not in ROLE_HEADS:
                pass  # "a lawyer for the victim": the client is no part of the title
            elif not ent and c.lower_ in ("of", "for", "to"):
                role_toks = role_toks + list(doc[c.i : obj.right_edge.i + 1])
            break
        if len(role_toks) > 8 or any(t.is_punct and t.text not in _HYPHENS and t.tag_ != "POS" for t in role_toks):
            continue
        role, aff2 = _phrase_role(role_toks, person_head=True)
        if role:
            return role, aff or aff2
    return "", ""


_PLACE_NOUNS = frozenset("city town village municipality province state region county district".split())


def _place_named(obj: "Token") -> "list[Token] | None":
    """The place in "the (Polish) city of X": its tokens, else None."""
    if obj.lower_ not in _PLACE_NOUNS:
        return None
    for c in obj.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            o = next((x for x in c.children if x.dep_ == "pobj"), None)
            if o is not None and o.ent_type_ == "GPE":
                a = o.i
                while a > 0 and o.doc[a].ent_iob_ == "I":
                    a -= 1
                return list(o.doc[a : entity_end(o.doc, a)])
    return None


def _named_after(span: "Span") -> tuple[str, str]:
    """A person noun the name is given to: "a Polish chef named X", "a
    nurse called X"."""
    r = span.root
    verb = r.head
    if r.dep_ not in ("oprd", "dobj", "attr") or verb.lemma_ not in ("name", "call") or verb.dep_ != "acl" \
            or verb.i >= span.start or not person_noun(verb.head):
        return "", ""
    h = verb.head
    stop = max((t.i for t in h.doc[h.left_edge.i : h.i] if t.pos_ in ("DET", "CCONJ", "PUNCT")), default=-1)
    toks, aff = _head_phrase(h, stop)
    while len(toks) > 1 and toks[0].pos_ == "ADJ" and not _demonym(toks[0].text):
        toks = toks[1:]  # "a young chef": a description, not the occupation
    if not toks or len(toks) > 6:
        return "", ""
    role, aff2 = _phrase_role(toks, person_head=True)
    return role, aff or aff2


_BE_FORMS = frozenset("is was has been had".split())


def _clause_after(span: "Span") -> tuple[str, str]:
    """An office told in a clause right after the name: "X, who is the
    secretary of state,", "X who was the country's president", or "X,
    speaking for the Health Ministry," (a spokesperson of that body)."""
    doc = span.doc
    k = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    if k + 2 < len(doc) and doc[k].lower_ == "speaking" and doc[k + 1].lower_ in ("for", "on"):
        j = k + 2
        if doc[j].lower_ == "behalf" and j + 1 < len(doc) and doc[j + 1].lower_ == "of":
            j += 2
        while j < len(doc) and (doc[j].lower_ == "the" or doc[j].tag_ == "POS" or doc[j].lower_ in ("country", "city")):
            j += 1
        if j < len(doc) and doc[j].ent_type_ == "ORG" and doc[j].ent_iob_ == "B":
            return "Spokesperson", doc[j : entity_end(doc, j)].text
        return "", ""
    if k + 2 >= len(doc) or doc[k].lower_ != "who":
        return "", ""
    j = k + 1
    while j < len(doc) and doc[j].lower_ in _BE_FORMS:
        j += 1
    if j == k + 1 or j >= len(doc) or doc[j].lower_ not in ("the", "a", "an"):
        return "", ""
    past = doc[k + 1].lower_ in ("was", "had")
    j += 1
    toks: list[Token] = []
    while j < len(doc) and (_role_token(doc[j]) or (doc[j].lower_ in _CONNECT and j + 1 < len(doc)
                                                      and _role_token(doc[j + 1]))):
        toks.append(doc[j])
        j += 1
    if not toks or not any(_title(t) for t in toks):
        return "", ""
    role, aff = _phrase_role(toks)
    if role and past and fold(role.split()[0]) != "former":
        role = "Former " + role  # "X, who was the mayor,": an office held before
    return role, aff


def _object_entity(obj: "Token") -> tuple[str, str] | None:
    """(text, label) of the organisation or place an object names."""
    doc = obj.doc
    if obj.ent_type_ not in ("ORG", "GPE", "NORP"):
        return None
    a = obj.i
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    label = obj.ent_type_
    end = entity_end(doc, a)
    if label == "ORG" and end + 2 < len(doc) and doc[end].lower_ in ("for", "of") and doc[end + 1].lower_ == "the" \
            and doc[end + 1].ent_type_ == "ORG" and doc[end + 1].ent_iob_ == "B":
        end = entity_end(doc, end + 1)  # one name the model cut in two: "the League for the Defence of Y"
    text = doc[a:end].text
    if label == "GPE" and not is_country(text) and fold(clean_name(text)) in METONYMS:
        label = "ORG"
    return text, label


def _of_after(span: "Span", has_role: bool) -> str:
    """Affiliation right after the name: "X of the World Health Organization",
    "President X of Iran", "X at Saint Francis"."""
    doc = span.doc
    j = span.end
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in ("of", "at", "from"):
        return ""
    k = j + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
        while k + 1 < len(doc) and doc[k].pos_ == "ADJ" and doc[k].text.islower() and doc[k + 1].text[:1].isupper():
            k += 1  # "of the conservative Y Party": a description of the body
    if k + 2 < len(doc) and doc[k].pos_ == "NOUN" and doc[k].text.islower() and doc[k + 1].tag_ == "POS" \
            and doc[k + 2].ent_type_ == "ORG" and doc[k + 2].ent_iob_ == "B":
        k += 2  # "of the army's Western Command": the body the owner has
    if k < len(doc) and doc[k].ent_type_ not in ("ORG", "GPE"):
        end = _unlabelled_name_end(doc, k)
        if not end and has_role and _lone_name(doc, k):
            end = k + 1  # "Flight Engineer X of Roscosmos": a titled person's body, one word
        return canonical_affiliation(doc[k:end].text) if end else ""
    if k >= len(doc) or doc[k].ent_type_ not in ("ORG", "GPE") or doc[k].ent_iob_ != "B" and doc[k - 1].lower_ != "the":
        return ""
    end = _dashed_name_end(doc, entity_end(doc, k))
    if end < len(doc) and doc[end].tag_ == "POS":
        return ""  # "of the army's Western Command": the owner is not the body
    text = doc[k:end].text
    if doc[k].ent_type_ == "GPE" and not (is_country(text) or has_role):
        return ""  # "John Smith of Boston": a home town, not an allegiance
    parent = _parent_body(doc, k, end)
    return canonical_affiliation(parent or text)


def _of_after_partner(span: "Span") -> str:
    """The body named after the second of two people joined by "and": it is
    both people's ("Commander X and Flight Engineer Y of Roscosmos")."""
    doc = span.doc
    k = span.end
    if k >= len(doc) or doc[k].lower_ != "and" or not span[-1].ent_type_ == "PERSON":
        return ""
    k += 1
    while k < len(doc) and k - span.end <= 4 and doc[k].ent_type_ != "PERSON" and doc[k].text[:1].isupper():
        k += 1  # the partner's title
    if k >= len(doc) or doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return ""
    end = entity_end(doc, k)
    aff = _of_after(doc[k:end], True)
    return "" if is_country(aff) else aff


# Units of an institution: "the X School of Y at the University of Z" works
# for the university.
_UNITS = frozenset("school faculty department college institute centre center laboratory lab division unit".split())


def _parent_body(doc, k: int, end: int) -> str:
    """The institution a unit named ``doc[k:end]`` belongs to, when the text
    gives it right after ("... at the University of Z"), else ""."""
    if not any(fold(t.text) in _UNITS for t in doc[k:end]):
        return ""
    n = end
    while n < len(doc) and n < end + 8 and (doc[n].pos_ == "PROPN" and doc[n].text[:1].isupper()
                                             or doc[n].lower_ in ("and", "of", "&")):
        n += 1  # the rest of a long unit name the model cut short
    if n + 1 < len(doc) and doc[n].lower_ == "at":
        m = n + 1 + (doc[n + 1].lower_ == "the")
        if m < len(doc) and doc[m].ent_type_ == "ORG":
            return doc[m : entity_end(doc, m)].text
    return ""


def _dashed_name_end(doc, end: int) -> int:
    """End of a body's name the model cut at a dash inside a word
    ("the Harvard–Smithsonian Center for Astrophysics"): the name goes on
    through the capitalised words after the dash."""
    if not (end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper()):
        return end
    n = end + 1
    while n < len(doc) and (doc[n].pos_ == "PROPN" and doc[n].text[:1].isupper() and doc[n].ent_type_ != "PERSON"
                            or doc[n].lower_ in ("for", "of", "and") and n + 1 < len(doc)
                            and doc[n + 1].pos_ == "PROPN" and doc[n + 1].text[:1].isupper()):
        n += 1
    return n


def _unlabelled_name_end(doc, k: int) -> int:
    """End of a body's proper name the model left unlabelled after "of"/"at"
    ("X of Harbour Workers Alliance said", "Dr. X at Saint Mary said"): two
    or more capitalised proper nouns, or one acronym; else 0."""
    n = k
    while n < len(doc) and doc[n].pos_ == "PROPN" and doc[n].text[:1].isupper() \
            and doc[n].ent_type_ in ("", "ORG") and not is_title_word(doc[n].text):
        n += 1
    if n == k or (n - k == 1 and not (doc[k].text.isupper() and len(doc[k].text) >= 2)):
        return 0
    if n < len(doc) and (doc[n].tag_ == "POS" or doc[n].ent_type_ == "PERSON"):
        return 0  # an owner ("of Acme's board") or a person's name
    return n


def _lone_name(doc, k: int) -> bool:
    """One capitalised proper noun the model left unlabelled, standing alone."""
    t = doc[k]
    return (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
            and t.ent_type_ == "" and not is_title_word(t.text)
            and (k + 1 >= len(doc) or (doc[k + 1].pos_ != "PROPN" and doc[k + 1].tag_ != "POS")))


# The offices a federal district names: its U.S. Attorney and U.S. Marshal (not
# their assistants).
_FEDERAL_OFFICE = re.compile(r"(?:Acting )?(?:U\.S\.|US|United States) (?:Attorney|Marshal)")
# A federal district: "the Northern District of New York", "the District of Columbia".
_DISTRICT = rf"the (?:{US_DISTRICT}|District) of [A-Z][a-z]+(?: [A-Z][a-z]+)?"
_DISTRICT_AFTER = re.compile(rf"^,?\s*(?:of|for) ({_DISTRICT})")


def _district_after(span: "Span") -> str:
    """" for the Northern District of New York" when the name is followed by
    the federal district its holder serves, else ""."""
    doc = span.doc
    m = _DISTRICT_AFTER.match(doc[span.end : span.end + 9].text if span.end < len(doc) else "")
    return f" for {m.group(1)}" if m else ""


# The same office given after the name: "X, U.S. Marshal for the Southern
# District of Florida".
_FEDERAL_OFFICE_AFTER = re.compile(
    rf"^,\s*(?:the\s+)?((?:Acting )?(?:U\.S\.|US|United States) (Attorney|Marshal)) (?:for|of) ({_DISTRICT})")


def _federal_office_after(span: "Span") -> tuple[str, str]:
    """The federal district office named in an apposition after the name,
    with its holder's affiliation: the country for a U.S. Attorney, the
    Marshals Service for a U.S. Marshal."""
    doc = span.doc
    tail = span.end
    if tail < len(doc) and doc[tail].text in ("Jr.", "Sr."):
        tail += 1
    m = _FEDERAL_OFFICE_AFTER.match(doc[tail : tail + 14].text if tail < len(doc) else "")
    if not m:
        return "", ""
    aff = "United States" if m.group(2) == "Attorney" else "U.S. Marshals Service"
    return f"{m.group(1)} for {m.group(3)}", aff


def role_for(span: "Span", glued: list[str]) -> tuple[str, str]:
    """Role and affiliation for the person named by ``span`` (title stripped)."""
    role, aff, stacked_aff = _premodified(span, glued)
    if _FEDERAL_OFFICE.fullmatch(role):
        role += _district_after(span)  # "U.S. Attorney X of the Northern District of New York"
    office = _federal_office_after(span)
    if office[0] and not _FEDERAL_OFFICE.match(role):
        role, aff = office  # "prosecutor X, the U.S. Attorney for …": the office is the role
    weak = fold(role.rstrip(".")) in _WEAK_TITLES if role else False
    if not role:
        r1, a1 = _listed_after_plural_title(span)
        if r1:
            role, aff = r1, a1 or aff
    if role and fold(role.split()[0]) == "former":
        # "Ex-Minister X, the current President of Y": the office held now.
        r2, a2 = _apposition(span)
        if r2 and has_title(r2) and fold(r2.split()[0]) != "former":
            role, aff = r2, a2
    if not role or weak:
        r2, a2 = _apposition(span)
        if not r2:
            r2, a2 = _listed_apposition(span)
        if not r2:
            r2, a2 = _named_after(span)
        if not r2:
            r2, a2 = _clause_after(span)
        if r2:
            role, aff = r2, a2 or aff
        elif weak:
            role = _WEAK_TITLES[fold(role.rstrip("."))]
    if role and not aff and not weak:
        # "Lead author X, a doctoral candidate at the Y University,": the
        # apposition names the employer even when the title came before.
        aff = _apposition(span)[1]
        g = gazetteer()
        if aff and (is_country(aff) or g.region(aff) is not None or g.city(aff) is not None):
            aff = ""  # a place in the apposition is where the office is, not an employer
    if not aff:
        aff = _of_after(span, bool(role)) or stacked_aff or _of_after_partner(span)
    elif role and is_country(aff) and not any(fold(w) in _STATE_OFFICES for w in role.split()):
        # "Polish leader X of the Y Party": the body named after the name says
        # whom a leader who holds no office of state speaks for.
        body = _of_after(span, True)
        if body and not is_country(body):
            aff = body
    if not role or not has_title(role):
        r3, a3 = _named_as(span)
        if r3:
            role, aff = r3, a3 or aff
    if role:
        role, aff = _us_legislator(role, aff, span)
    if role and not aff:
        aff = _unit_in_sentence(role, span)
    if fold(aff) in TITLE_MODIFIERS:
        aff = ""  # "Presidential Spokesperson": an adjective of the office, not a body
    role, party = _party_in_role(role)
    party = party or _party_before(span) or _party_apposition(span)
    if party and not aff and not any(fold(w) in _PUBLIC_OFFICES or fold(w) in _CHAMBERS for w in role.split()):
        # A party label is the affiliation of whoever holds no public office:
        # "Republican X", "X, a Democrat from Ohio", "Labour leader X"; a
        # "Republican President" still speaks for the state.
        aff = party
    return role, aff


# Party labels news puts before a name or title ("Democrat X", "Labour MP X",
# "Conservative leader X") or uses as a noun ("X, a Republican from Ohio").
_PARTIES = {"democrat": "Democratic Party", "democratic": "Democratic Party",
            "republican": "Republican Party", "gop": "Republican Party",
            "labour": "Labour Party", "conservative": "Conservative Party",
            "tory": "Conservative Party"}


def _party_word(t: "Token") -> str:
    """The party a capitalised label names, unless it starts a longer name
    ("Democratic Republic of ...", "Republican Guard")."""
    if not t.text[:1].isupper() or fold(t.text) not in _PARTIES:
        return ""
    if t.i > 0 and t.doc[t.i - 1].text[:1].isupper() and t.doc[t.i - 1].is_alpha \
            and not t.doc[t.i - 1].is_sent_start and fold(t.doc[t.i - 1].text) not in _PARTIES:
        return ""  # "Liberal Democrat", "National Republican": another party's name
    return _PARTIES[fold(t.text)]


def _party_in_role(role: str) -> tuple[str, str]:
    """"Labour Member of Parliament" -> ("Member of Parliament", "Labour Party")."""
    words = role.split()
    lead = 1 if words and fold(words[0]) == "former" else 0
    if len(words) > lead + 1 and fold(words[lead]) in _PARTIES and words[lead][:1].isupper():
        nxt = words[lead + 1]
        if nxt[:1].islower() or is_title_word(nxt) or nxt in _SHORT_TITLES:
            rest = words[:lead] + words[lead + 1 :]
            rest[0] = rest[0][:1].upper() + rest[0][1:]
            return " ".join(rest), _PARTIES[fold(words[lead])]
    return role, ""


def _party_before(span: "Span") -> str:
    """"Republican X", "the Democrat X": the label right before the name."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or doc[i].ent_type_ == "PERSON":
        return ""
    return _party_word(doc[i])


_PUBLIC_OFFICES = _STATE_OFFICES | frozenset(
    "parliament mp mep senate speaker judge justice secretary ambassador attorney".split())
_PARTY_NOUNS = frozenset({"democrat", "republican", "conservative", "tory"})


def _party_apposition(span: "Span") -> str:
    """"X, a Republican from Ohio,", "X, a Democrat,"."""
    doc = span.doc
    j = span.end
    if j + 3 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("a", "the", "fellow") \
            and fold(doc[j + 2].text) in _PARTY_NOUNS and doc[j + 2].text[:1].isupper():
        nxt = doc[j + 3]
        if nxt.is_punct or nxt.lower_ in ("from", "who", "and", "representing"):
            return _PARTIES[fold(doc[j + 2].text)]
    return ""


# Offices of a state, province or city rather than a country.
_REGIONAL_OFFICES = frozenset({"governor", "premier"})
_CITY_OFFICES = frozenset({"mayor"})


def _unit_in_sentence(role: str, span: "Span") -> str:
    """The state, province or city a governor, premier or mayor with no unit
    given in the title belongs to, when the sentence names exactly one such
    unit ("In Ohio, ..., Governor X postponed it"; "Under Y state law, X, the
    governor, ...")."""
    words = fold(role).replace("-", " ").split()
    if not words or words[-1] not in _REGIONAL_OFFICES | _CITY_OFFICES or len(words) > 3:
        return ""
    geo = gazetteer()
    city = words[-1] in _CITY_OFFICES
    found: set[str] = set()
    sent = span.sent
    n = sent.start
    while n < sent.end:
        t = span.doc[n]
        if t.ent_type_ == "GPE" and t.ent_iob_ == "B" and not (span.start <= n < span.end):
            end = entity_end(span.doc, n)
            text = span.doc[n:end].text
            if city:
                hit = geo.city(text)
                if hit is not None and not geo.country(text) and not geo.region(text):
                    found.add(hit.name)
            elif not geo.country(text):
                hit = geo.region(text) or geo.territory(text)
                if hit is not None:
                    found.add(hit.name)
            n = end
        else:
            n += 1
    return next(iter(found)) if len(found) == 1 else ""


def has_title(role: str) -> bool:
    """True when a role names an office ("President", "chief executive"),
    not only a relation or a description ("successor", "voter")."""
    return any(fold(w) in ROLE_HEADS for w in role.replace("-", " ").split())


def _named_as(span: "Span") -> tuple[str, str]:
    """An office the sentence gives the person with "as": "X was sworn in as
    President", "acknowledged his cousin, X, as the new Sultan"."""
    r = span.root
    if r.dep_ == "appos" and r.head.dep_ in ("dobj", "nsubjpass"):
        r = r.head
    if r.dep_ not in ("dobj", "nsubjpass", "nsubj", "oprd"):
        return "", ""
    verb = r.head
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i >= span.end), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or fold(obj.text) not in ROLE_HEADS or not obj.text[:1].isupper():
        return "", ""
    toks = [t for t in obj.doc[obj.left_edge.i : obj.i + 1]
            if t.pos_ != "DET" and t.tag_ != "PRP$" and not (t.pos_ == "ADJ" and not is_title_word(t.text))]
    for c in obj.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            toks += list(obj.doc[c.i : c.right_edge.i + 1])
            break
    return _phrase_role(toks)


# Members of the United States Congress: the chamber is the affiliation, the
# state they represent stays in the role ("Senator from Vermont").
_CHAMBERS = {"senator": "United States Senate", "sen.": "United States Senate", "sen": "United States Senate",
             "representative": "United States House of Representatives",
             "rep.": "United States House of Representatives",
             "congressman": "United States House of Representatives",
             "congresswoman": "United States House of Representatives"}


def _us_state(text: str) -> str:
    r = gazetteer().region(text) if text else None
    return r.name if r is not None and r.country_code == "US" else ""


def _party_state(span: "Span") -> str:
    """The state in a party label after the name: "(D-Vermont)", "(R-Ohio)"."""
    doc = span.doc
    j = span.end
    if j + 3 < len(doc) and doc[j].text == "(" and doc[j + 1].text in ("D", "R", "I") \
            and doc[j + 2].text in _HYPHENS:
        k = j + 3
        while k < len(doc) and k < j + 7 and doc[k].text != ")":
            k += 1
        return _us_state(_join(list(doc[j + 3 : k])).rstrip("."))
    return ""


def _state_after(span: "Span") -> str:
    """The state right after the name: "Representative X of Ohio", "X of
    Ohio's 7th district"."""
    doc = span.doc
    j = span.end
    if j + 1 < len(doc) and doc[j].lower_ in ("of", "from") and doc[j + 1].ent_type_ == "GPE":
        return _us_state(doc[j + 1 : entity_end(doc, j + 1)].text)
    return ""


# Words that may stand before a member of Congress's title.
_LEGISLATOR_WORDS = frozenset("former us u.s. united states democratic republican gop senior junior then".split())


def _us_legislator(role: str, aff: str, span: "Span") -> tuple[str, str]:
    words = role.split()
    heads = [n for n, w in enumerate(words) if fold(w) in _CHAMBERS]
    if not heads or any(fold(w) == "state" for w in words):
        return role, aff  # "state senator": a state legislature
    n = heads[-1]
    state = ""
    rest = words[n + 1 :]
    if any(w[:1].isupper() and fold(w) not in _LEGISLATOR_WORDS and not _us_state(w)
           for w in words[:n]) and not _us_state(" ".join(words[:n])):
        return role, aff  # "Special Representative", "Trade Representative": an envoy, no legislator
    if len(rest) >= 2 and rest[0].lower() in ("from", "for", "of"):
        state = _us_state(" ".join(rest[1:]))
    if not state and n > 0:
        state = _us_state(" ".join(w for w in words[:n] if fold(w) not in ("former", "us", "u.s.", "united", "states")))
    if not state and aff and not rest:
        state = _us_state(aff)
    state = state or _party_state(span)
    if not state and _state_after(span):
        # "Representative X of Y's 7th district": a member of Congress; the
        # phrase may name the district rather than the state represented.
        state, aff = "", "United States"
    if not state and fold(aff) != "united states":
        return role, aff
    former = "Former " if fold(words[0]) == "former" else ""
    title = "Senator" if _CHAMBERS[fold(words[n])].endswith("Senate") else "Representative"
    return (f"{former}{title} from {state}" if state else f"{former}{title}"), _CHAMBERS[fold(words[n])]


def _listed_after_plural_title(span: "Span") -> tuple[str, str]:
    """The title of a list opened by a plural one: "Presidents A of X and B
    of Y", "Ministers A, B and C" (the role of B and C)."""
    doc = span.doc
    k = span.start - 1
    if k < 0 or doc[k].lower_ not in ("and", ","):
        return "", ""
    lo = max(0, span.start - 16)
    while k >= lo:
        t = doc[k]
        if _plural_before_name(t):
            if k + 1 < span.start and doc[k + 1].pos_ == "PROPN":
                r, a, _ = _premodified(doc[k + 1 : k + 2], [])
                return r, a
            return "", ""
        if not (t.lower_ in ("and", ",", "of", "from") or t.pos_ == "PROPN" and t.text[:1].isupper()
                or t.text in _HYPHENS):
            return "", ""
        k -= 1
    return "", ""


def _listed_apposition(span: "Span") -> tuple[str, str]:
    """Title phrases next to the name read token by token, for parses that
    miss the apposition."""
    doc = span.doc
    # Apposition after the name: "X, the Greek prime minister, said".
    j = span.end
    if j < len(doc) and doc[j].text == ",":
        toks: list[Token] = []
        k = j + 1
        while k < len(doc) and (doc[k].lower_ in ("the", "a", "an") or doc[k].tag_ == "POS"):
            if doc[k].tag_ == "POS" and toks:
                toks.append(doc[k])
            k += 1
        # A possessive country: "Russia's foreign minister".
        if k + 1 < len(doc) and doc[k + 1].tag_ == "POS":
            toks = [doc[k], doc[k + 1]]
            k += 2
        while k < len(doc) and (_role_token(doc[k]) or (
                doc[k].lower_ in _CONNECT and k + 1 < len(doc) and _role_token(doc[k + 1]))):
            toks.append(doc[k])
            k += 1
        if toks and (k >= len(doc) or doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX", "CCONJ")):
            role, aff = _phrase_role(toks)
            if role:
                return role, aff
    # Apposition before the name: "The Italian foreign minister, Luigi Di Maio,".
    if span.start >= 2 and doc[span.start - 1].text == ",":
        toks = []
        k = span.start - 2
        while k >= 0 and (_role_token(doc[k]) or doc[k].lower_ in _CONNECT or (
                doc[k].tag_ == "POS" and k > 0 and doc[k - 1].ent_type_ in ("ORG", "GPE"))):
            # also an owner's possessive: "The Y Party's leader, X,"
            toks.insert(0, doc[k])
            k -= 1
        if toks and (k < 0 or doc[k].lower_ in ("the", "a", "an") or doc[k].is_sent_start):
            role, aff = _phrase_role(toks)
            if role:
                return role, aff
        return _member_of_before(span)
    return "", ""


def _member_of_before(span: "Span") -> tuple[str, str]:
    """"A member of the Y Parliament, X, said": a person noun and the body it
    is of, set before the name and parsed as a second subject."""
    doc = span.doc
    e = span.start - 1
    if e < 4 or doc[e - 1].ent_type_ != "ORG":
        return "", ""
    a = e - 1
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    if doc[a].lower_ == "the":
        a += 1
    of = a - 1 - (doc[a - 1].lower_ == "the")
    if of < 1 or doc[of].lower_ != "of":
        return "", ""
    h = doc[of - 1]
    if not (h.pos_ == "NOUN" and person_noun(h)) or not (of - 1 == 0 or doc[of - 2].pos_ == "DET"
                                                         or h.is_sent_start):
        return "", ""
    body = _join(list(doc[a:e]))
    if fold(h.text) == "member" and fold(doc[e - 1].text) == "parliament":
        return "Member of Parliament", canonical_affiliation(body)
    role, aff = _phrase_role([h], person_head=True)
    return role, aff or canonical_affiliation(body)
