"""Roles and affiliations read from the words around a person's name.

News introduces people with a pre-modifying title ("Kremlin spokesman Dmitry
Peskov", "Ukrainian President Volodymyr Zelensky") or an apposition
("Luigi Di Maio, the Italian foreign minister,").  Nationality words and
country names in that phrase are the affiliation; organisation names stay in
the role and, when they stand for a state (the Kremlin), give its
affiliation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import gazetteer
from .names import METONYMS, ORG_DEMONYMS, ROLE_HEADS, canonical_alias, demonym_country, fold, is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CONNECT = {"of", "for", "and", "&"}


def _state_of(tok_text: str) -> str | None:
    """Country (or supranational body) a word in a role phrase points at."""
    g = gazetteer()
    d = demonym_country(tok_text)
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


def _role_token(t: "Token") -> bool:
    if is_title_word(t.text) or demonym_country(t.text) or fold(t.text) in ORG_DEMONYMS:
        return True
    # Organisation and country names inside a title ("EU foreign policy chief").
    return t.ent_type_ in ("ORG", "GPE", "NORP") and t.text[:1].isupper()


def _phrase_role(tokens: list["Token"]) -> tuple[str, str]:
    """Turn a title phrase into (role, affiliation)."""
    # Drop connectors and possessives at the edges.
    while tokens and (tokens[0].lower_ in _CONNECT or tokens[0].tag_ == "POS" or tokens[0].is_punct
                      or (tokens[0].pos_ == "ADP" and tokens[0].text.islower())):
        tokens = tokens[1:]  # also "under" in "under former US President Obama"
    former = bool(tokens) and tokens[0].lower_ in ("former", "ex")
    if former:
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in _CONNECT or tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens or not any(fold(t.text) in ROLE_HEADS or is_title_word(t.text) for t in tokens):
        return "", ""
    if not any(is_title_word(t.text) and not demonym_country(t.text) for t in tokens):
        return "", ""
    affiliation = ""
    # Leading nationality / country words are the affiliation, not the role.
    i = 0
    while i < len(tokens) - 1:
        t = tokens[i]
        st = _state_of(t.text)
        if st and (demonym_country(t.text) or gazetteer().country(t.text) or t.tag_ == "POS"
                   or canonical_alias(t.text) in gazetteer().country_names):
            affiliation = affiliation or st
            i += 1
        elif t.tag_ == "POS":
            i += 1
        else:
            break
    role_toks = tokens[i:]
    # Affiliation from words left inside the role: "EU foreign policy chief",
    # "Kremlin spokesman", "Minister of Foreign Affairs of Turkey".
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
    role = " ".join(t.text for t in role_toks)
    role = role.replace(" 's", "'s")
    if former:
        role = f"{'Former' if role[:1].isupper() else 'former'} {role}"
    if not is_title_word(role_toks[0].text) and not role_toks[0].text[:1].isupper():
        return "", affiliation
    return role, affiliation


_LOWER_WORDS = frozenset({"of", "for", "the", "and", "to", "in", "on"})


def normalise_role(role: str, affiliation: str) -> str:
    """Title-case a role given in lower case: "foreign minister" -> "Foreign
    Minister".  The affiliation stays a separate field (the panel shows
    "President" with "France", not "President of France")."""
    if not role:
        return role
    words = role.split()
    if words[0][:1].islower():
        # "foreign minister" -> "Foreign Minister"; a role that opens with a
        # name ("Kremlin spokesman") is kept as the text gives it.
        words = [w if (w.lower() in _LOWER_WORDS and i) or not w[:1].islower() else w[:1].upper() + w[1:]
                 for i, w in enumerate(words)]
    return " ".join(words)


def role_for(span: "Span", glued: list[str]) -> tuple[str, str]:
    """Role and affiliation for the person named by ``span`` (title stripped)."""
    doc = span.doc
    # Pre-modifying title: walk left over title words and names.
    left: list[Token] = []
    i = span.start - 1
    while i >= 0:
        t = doc[i]
        if _role_token(t) or (t.tag_ == "POS" and i > 0 and doc[i - 1].ent_type_ in ("GPE", "ORG")):
            left.insert(0, t)
        elif t.lower_ in _CONNECT and left and i > 0 and _role_token(doc[i - 1]):
            left.insert(0, t)
        else:
            break
        i -= 1
    # Titles the model glued inside the entity sit right before the name.
    if glued:
        start = span.start - len(glued)
        left = [t for t in left if t.i < start] + list(doc[start : span.start])
    if left:
        role, aff = _phrase_role(left)
        if role:
            return role, aff
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
        while k >= 0 and (_role_token(doc[k]) or doc[k].lower_ in _CONNECT):
            toks.insert(0, doc[k])
            k -= 1
        if toks and (k < 0 or doc[k].lower_ in ("the", "a", "an") or doc[k].is_sent_start):
            role, aff = _phrase_role(toks)
            if role:
                return role, aff
    return "", ""
