"""Open questions about the status of people and events that no hedge word marks.

News reports leave some matters open without a modal or a "plans to": the
condition of someone injured or ill ("is in stable condition", "was being
treated"), an attack no group has claimed, demands not yet met, a deadline
still ahead ("has until October 28 to release plans"), a contest still to be
decided ("the election to be held on August 9") and evidence recovered for an
investigation ("the flight recorders have been recovered"), a prosecution
still ahead ("has been charged with", "his charges include", "was taken into
custody"), a temporary measure extended to a date ("extended the lockdown to
May 1") and a place or service closed or suspended ("the station was
temporarily closed", "the embassy had suspended operations").

``event_cues`` finds these in a sentence and ``phrase_event`` asks them; both
are handed the question module's objects (its ``Cue`` class and phraser), and
that module is imported lazily here, so neither imports the other at load.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .document import Sentence

# A cheap first look: only sentences with one of these words are parsed further.
_TRIGGER = re.compile(
    r"\b(?:condition|injur|treated|ill|sick|claimed|demands|until|to be held|recorders?|black box|identif"
    r"|named?\b|acting|interim|charge|custody|extend|unidentified|unspecified|undisclosed|unknown|reasons?\b"
    r"|closed|shut|suspend)",
    re.I)

_CONDITION_ADJ = frozenset("""stable critical serious grave fair good satisfactory poor life-threatening
guarded""".split())
_INJURY_ADJ = frozenset("serious critical severe life-threatening grave".split())
_INJURY_VERBS = frozenset("have suffer sustain receive".split())
_CLAIMERS = frozenset("group organization organisation one militant militants faction".split())
_CONTESTS = frozenset("election elections vote referendum poll primary runoff run-off".split())
_DEMAND_HOLDERS_NOT_MET = frozenset("accede meet grant satisfy heed yield agree".split())
_RECORDERS = frozenset("recorder recorders box boxes".split())
_DEATH = re.compile(r"\b(?:died|dies|dead|death|killed|funeral|late)\b", re.I)
_COURTS = frozenset("court judge justice justices tribunal panel".split())
_STAY_VERBS = frozenset("place put issue grant impose order".split())
_UNNAMED_PEOPLE = frozenset("""victim victims man woman boy girl suspect suspects attacker attackers gunman gunmen
driver pilot dead deceased body bodies inmate officer soldier passenger""".split())
_PEOPLE_NOUNS = _UNNAMED_PEOPLE | frozenset("""people person patient patients child children survivor survivors
wounded injured worker workers widow wife husband son daughter mother father player""".split())
_PRONOUNS = frozenset("he she they it him her them this that who which".split())
_ASKING_AUX = frozenset("did does do is was were are has have had will would can could".split())
_OFFICIALS = frozenset("official officials source sources buyer buyers donor donors assailant assailants".split())


def _neg(t: "Token") -> bool:
    return any(c.dep_ == "neg" for c in t.children)


def _condition_verb(t: "Token") -> "Token | None":
    """'(is) in stable condition': the verb whose subject the condition is of."""
    if t.lemma_.lower() != "condition" or t.dep_ != "pobj" or t.head.lower_ != "in":
        return None
    if not any(c.dep_ == "amod" and c.lower_ in _CONDITION_ADJ for c in t.children):
        return None
    verb = t.head.head
    if verb.pos_ not in ("VERB", "AUX") or _neg(verb):
        return None
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in ("say", "tell", "report", "state", "add"):
        return None  # "X said Y ... and was in serious condition": the parse lost whose condition
    return verb


def _injury_verb(t: "Token") -> "Token | None":
    """'are having serious injuries', 'suffered critical injuries'."""
    if t.lemma_.lower() not in ("injury",) or t.dep_ != "dobj":
        return None
    if not any(c.dep_ == "amod" and c.lower_ in _INJURY_ADJ for c in t.children):
        return None
    verb = t.head
    if verb.lemma_.lower() not in _INJURY_VERBS or _neg(verb):
        return None
    return verb


def _under_treatment(t: "Token") -> bool:
    """'was being (medically) treated': care still going on, not 'treated and released'."""
    if t.lemma_.lower() != "treat" or t.tag_ != "VBN" or _neg(t):
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in t.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("as", "like") and c.i > t.i for c in t.children):
        return False  # "treated as royalty": how people behave toward someone
    return not any(c.dep_ == "conj" and c.lemma_.lower() in ("release", "discharge") for c in t.children)


def _taken_ill(t: "Token") -> bool:
    """'was taken ill', 'had been sick', 'fell ill': an illness the report does not name."""
    low = t.lower_
    if low not in ("ill", "sick") or t.dep_ not in ("oprd", "acomp", "advmod"):
        return False
    v = t.head
    if _neg(v):
        return False
    lemma = v.lemma_.lower()
    if lemma in ("take", "fall", "become"):
        return True
    # "had been sick": a past state the report leaves unexplained.
    return lemma == "be" and any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)


def _unclaimed(t: "Token") -> "Token | None":
    """'No group (immediately) claimed responsibility for the attack': the attack."""
    if t.lemma_.lower() != "claim" or t.pos_ != "VERB":
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit")), None)
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if obj is None or subj is None:
        return None
    nobody = subj.lower_ in ("nobody", "none", "noone") or (
        subj.lower_ in _CLAIMERS and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children))
    if not nobody and not (_neg(t) and subj.lower_ in ("group", "organization", "organisation")):
        return None
    prep = next((c for c in [*obj.children, *t.children] if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else obj


def _open_demands(t: "Token") -> bool:
    """'Their demands have included X', 'did not accede to the protesters' demands'."""
    if t.lower_ != "demands" or t.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "poss" for c in t.children):
        return False  # whose demands they are is what makes them an open matter
    v = t.head
    if t.dep_ == "nsubj" and v.lemma_.lower() == "include" and not _neg(v):
        return True
    if t.dep_ == "pobj" and v.dep_ == "prep":
        v = v.head
    return t.dep_ in ("dobj", "pobj") and v.lemma_.lower() in _DEMAND_HOLDERS_NOT_MET and _neg(v)


def _deadline(t: "Token") -> "tuple[Token, Token] | None":
    """'has until October 28 to release plans': (the date, the act still owed)."""
    if t.lower_ not in ("until", "till") or t.dep_ != "prep":
        return None
    have = t.head
    date = next((c for c in t.children if c.dep_ == "pobj"), None)
    if have.lemma_.lower() == "have" and have.tag_ in ("VBZ", "VBP") and not _neg(have):
        act = next((c for c in have.children if c.dep_ in ("advcl", "xcomp") and c.i > t.i and c.tag_ == "VB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if act is None and have.dep_ == "aux" and have.head.tag_ == "VB" and not _neg(have.head) and any(
                a.dep_ == "aux" and a.lower_ == "to" and a.i > t.i for a in have.head.children):
            act = have.head  # "has until May 1 to reply", read with "has" as the reply's auxiliary
    elif (have.tag_ == "VB" and not _neg(have)
          and any(a.dep_ == "aux" and a.lower_ in ("has", "have") and a.i < t.i for a in have.children)
          and any(a.dep_ == "aux" and a.lower_ == "to" and a.i > t.i for a in have.children)):
        act = have  # "has until May 1 to reply", read with "has" as the reply's auxiliary
    else:
        return None
    if date is None or act is None or date.ent_type_ not in ("DATE", "TIME"):
        return None
    return date, act


def _contest_ahead(t: "Token") -> bool:
    """'the presidential election to be held on August 9': who will win it?"""
    if t.lower_ not in _CONTESTS or t.pos_ != "NOUN":
        return False
    doc = t.doc
    nxt = [x.lower_ for x in doc[t.i + 1: t.i + 4]]
    return nxt == ["to", "be", "held"]


def _recovered_recorders(t: "Token") -> bool:
    """'the flight recorders have been recovered': what will they show?"""
    if t.lemma_.lower() != "recover" or t.tag_ != "VBN" or _neg(t):
        return False
    if not any(c.dep_ == "auxpass" for c in t.children):
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    heads = [subj] + [c for x in subj.children if x.dep_ == "prep" for c in x.children if c.dep_ == "pobj"]
    return any(h.lower_ in _RECORDERS and any(c.lower_ in ("flight", "black", "cockpit", "data", "voice")
                                              for c in h.children) for h in heads)


def _stay_until(t: "Token") -> "Token | None":
    """'placed a stay on the ruling until it hears arguments': the court whose ruling is ahead."""
    if t.lemma_.lower() != "stay" or t.pos_ != "NOUN" or t.dep_ != "dobj":
        return None
    v = t.head
    if v.lemma_.lower() not in _STAY_VERBS or _neg(v):
        return None
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till") for m in c.children)
               and c.tag_ in ("VBZ", "VBP", "VBN") for c in v.children):
        return None
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    return next((x for x in subj.subtree if x.lemma_.lower() in _COURTS and x.pos_ in ("NOUN", "PROPN")), None)


def _not_identified(t: "Token") -> "tuple[Token, Token | None] | None":
    """'did not identify X as the victim' -> (X, victim); 'the victim has not been named' -> (victim, None)."""
    if t.lemma_.lower() not in ("identify", "name") or t.pos_ != "VERB" or not _neg(t):
        return None
    if any(c.dep_ == "auxpass" for c in t.children):
        subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lemma_.lower() in _UNNAMED_PEOPLE and subj.tag_ in ("NN", "NNS") and any(
                c.dep_ == "det" and c.lower_ in ("the", "a") for c in subj.children):
            return subj, None
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    as_ = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    role = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    if obj is None or role is None or role.lemma_.lower() not in _UNNAMED_PEOPLE:
        return None
    return obj, role


# Adjectives that leave a person or thing the text names unnamed: "an
# unspecified lung disorder", "an unidentified third officer".
_UNSPECIFIED = frozenset("unidentified unspecified undisclosed unknown".split())
# What a party can keep undisclosed: "an undisclosed sum", "an undisclosed location".
_DISCLOSABLE = frozenset("""sum amount fee price location reason number date time term terms figure value cost
settlement condition illness ailment injury place site""".split())


def _unspecified(t: "Token") -> "Token | None":
    """The noun such an adjective leaves unnamed; None for a discovery
    ("a species previously unknown in the area")."""
    if t.lower_ not in _UNSPECIFIED or t.dep_ != "amod" or t.head.pos_ != "NOUN":
        return None
    if any(c.dep_ == "advmod" and c.lower_ in ("previously", "formerly", "once", "hitherto") for c in t.children):
        return None
    if _untold_reasons(t.head) is not None:
        return None  # "for undisclosed reasons": why, not what
    if t.lower_ == "undisclosed" and t.head.lemma_.lower() not in _DISCLOSABLE | _PEOPLE_NOUNS | _OFFICIALS:
        return None  # "a person with an undisclosed face": covered, not kept secret
    return t.head


_TELL_VERBS = frozenset("publicize publicise disclose reveal release give explain announce state know".split())


def _untold_reasons(noun: "Token") -> "Token | None":
    """'resigned for undisclosed reasons', 'absent for reasons not publicized',
    'closed for reasons the company did not explain': the clause whose cause
    the text leaves out."""
    if noun.lemma_.lower() != "reason" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in _UNSPECIFIED:
            return verb
        if (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _TELL_VERBS | {"make"}
                and any(x.dep_ == "neg" for x in c.children)):
            return verb
        if c.dep_ == "amod" and c.lower_ == "public" and any(x.dep_ == "neg" for x in c.children):
            return verb
    return None


_STAND_IN_VERBS = frozenset("step take serve name appoint install choose select elect become".split())


def _stand_in(t: "Token") -> "Token | None":
    """'stepped into the role as the committee's acting chair': the office held for now."""
    role = t.head
    if t.lower_ not in ("acting", "interim") or t.dep_ != "amod" or role.dep_ not in ("pobj", "attr", "oprd"):
        return None
    verb = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "as" else role.head
    if verb.lemma_.lower() not in _STAND_IN_VERBS or _neg(verb) or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.ent_type_ != "PERSON":
        return None
    return role


# A verdict or plea in the same sentence settles what a charge leaves open.
_SETTLED_CASE = re.compile(r"\b(?:convicted|guilty|acquitted|sentenced|dropped|dismissed|cleared)\b", re.I)


def _charged(t: "Token") -> "Token | None":
    """'X has been charged with / for ...': the verb whose subject awaits trial."""
    if t.lower_ != "charged" or t.pos_ != "VERB" or _neg(t) or not any(c.dep_ == "auxpass" for c in t.children):
        return None
    return t


def _charges_of(t: "Token") -> "Token | None":
    """"X's charges include ...", "charges against X": the person charged."""
    if t.lower_ != "charges" or t.pos_ != "NOUN":
        return None
    owner = next((c for c in t.children if c.dep_ == "poss" and c.lower_ not in _PRONOUNS), None)
    if owner is None:
        against = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "against"), None)
        owner = next((c for c in against.children if c.dep_ == "pobj"), None) if against is not None else None
    return owner if owner is not None and _is_person(owner) else None


def _into_custody(t: "Token") -> "Token | None":
    """'was taken into custody': the verb whose subject is held."""
    if t.lower_ != "custody" or t.dep_ != "pobj" or t.head.lower_ != "into":
        return None
    verb = t.head.head
    if verb.lemma_.lower() != "take" or _neg(verb):
        return None
    return verb


# Temporary measures whose end date is news while it lies ahead.
_MEASURES = frozenset("""lockdown lockdowns curfew curfews order orders emergency ban bans restriction restrictions
measure measures closure closures suspension shutdown shutdowns quarantine deadline moratorium""".split())


def _extended(t: "Token") -> "tuple[Token, Token | None] | None":
    """'extended the city lockdown to May 1', 'voted to extend the state of
    emergency by 15 days': (the measure, the date it now runs to, if given)."""
    if t.lemma_.lower() != "extend" or t.pos_ != "VERB" or _neg(t):
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    of = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if obj.lemma_.lower() not in _MEASURES and not (obj.lemma_.lower() == "state" and of
                                                    and of[0].lemma_.lower() in _MEASURES):
        return None  # "the state of emergency" is the emergency
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "until", "till", "through", "by")):
        when = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if when is not None and (when.ent_type_ == "DATE" or any(x.like_num for x in when.subtree)):
            return obj, (when if prep.lower_ != "by" else None)
    return None


# Places and services that close and reopen: "the station was temporarily
# closed", "schools are closed", "the embassy had suspended operations".
_CLOSABLE = frozenset("""station stations airport airports school schools college colleges university universities
road roads border borders bridge bridges port ports embassy embassies consulate office offices shop shops business
businesses store stores market markets museum museums railway railways line lines factory factories plant plants
mine mines terminal terminals airspace highway highways tunnel tunnels hospital hospitals court courts restaurant
restaurants church churches mosque mosques temple temples park parks beach beaches ferry ferries site sites
crossing crossings""".split())
_SUSPENDED_SERVICES = frozenset("operations operation classes flights flight service services production talks".split())
_REOPENED = re.compile(r"\b(?:reopen|re-open|resum|restart|lifted)", re.I)


# A closure that is no pending matter: for good, to the public only, or dated in a past year.
_SETTLED_CLOSURE = re.compile(r"\b(?:permanently|for good|to the public|in (?:1[89]|20)\d\d)\b", re.I)


def _closed(t: "Token") -> "Token | None":
    """'Cité station was temporarily closed', 'schools are closed', 'the line
    was shut down': the place closed, when the sentence does not say it
    reopened or closed for good (later sentences are read when asking)."""
    if t.lower_ not in ("closed", "shut") or _neg(t) or t.dep_ not in ("ROOT", "conj", "acomp", "ccomp"):
        return None
    if _SETTLED_CLOSURE.search(t.sent.text):
        return None
    if not any(c.dep_ in ("auxpass", "aux", "cop") and c.lemma_.lower() in ("be", "remain") for c in t.children) \
            and not (t.dep_ == "acomp" and t.head.lemma_.lower() in ("be", "remain")):
        return None
    verb = t.head if t.dep_ == "acomp" else t
    subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None or not (subj.lemma_.lower() in _CLOSABLE or subj.lower_ in _CLOSABLE):
        return None
    return subj


def _suspended(t: "Token") -> "tuple[Token, Token] | None":
    """'The embassy had suspended operations': (who suspended, what), for a
    service still to resume."""
    if t.lemma_.lower() != "suspend" or t.pos_ != "VERB" or _neg(t) or t.tag_ == "VBG":
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if obj is None or subj is None or obj.lemma_.lower() not in _SUSPENDED_SERVICES \
            or any(c.dep_ == "poss" for c in obj.children):
        return None
    return subj, obj


def _is_person(subj: "Token | None") -> bool:
    """Only people recover or are treated: 'the bridge is in good condition' asks nothing."""
    if subj is None:
        return False
    if subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she", "they", "him", "her", "them"):
        return True
    if subj.pos_ == "PROPN" and subj.text[:1].isupper() and subj.ent_type_ in ("", "ORG"):
        return True  # a surname the tagger did not take for a person
    if subj.pos_ in ("DET", "PRON") and any(c.dep_ == "acl" for c in subj.children):
        return True  # "those admitted"
    return subj.lemma_.lower() in _PEOPLE_NOUNS or subj.lower_ in _PEOPLE_NOUNS


def event_cues(sent: "Sentence", cue_type: type) -> list:
    """Cues for the status matters of one sentence (``cue_type`` is the question module's Cue)."""
    if not _TRIGGER.search(sent.text):
        return []
    from .questions import _subject
    from .roles import person_noun

    out = []
    for t in sent.span:
        low = t.lower_
        if low == "condition" and _condition_verb(t) is not None and _is_person(_subject(_condition_verb(t))):
            out.append(cue_type(0.8, "ev_condition", t))
        elif low == "injuries" and _injury_verb(t) is not None and _is_person(_subject(_injury_verb(t))):
            out.append(cue_type(0.8, "ev_injured", t))
        elif low == "treated" and _under_treatment(t) and _is_person(_subject(t)):
            out.append(cue_type(0.8, "ev_treated", t))
        elif low in ("ill", "sick") and _taken_ill(t):
            out.append(cue_type(0.85, "ev_ill", t))  # asked before a report of the same clause
        elif low == "claimed" and _unclaimed(t) is not None:
            out.append(cue_type(0.85, "ev_unclaimed", t))
        elif low == "demands" and _open_demands(t):
            out.append(cue_type(0.8, "ev_demands", t))
        elif low in ("until", "till") and _deadline(t) is not None:
            out.append(cue_type(0.85, "ev_deadline", t))
        elif low in _CONTESTS and _contest_ahead(t):
            out.append(cue_type(0.8, "ev_contest", t))
        elif low == "stay" and _stay_until(t) is not None:
            out.append(cue_type(0.85, "ev_stay", t))  # asked before the until-clause itself
        elif low in ("identify", "identified", "name", "named") and _not_identified(t) is not None:
            out.append(cue_type(0.85, "ev_unidentified", t))
        elif low in ("reason", "reasons") and _untold_reasons(t) is not None:
            out.append(cue_type(0.85, "ev_reasons", t))  # why?
        elif low in _UNSPECIFIED and _unspecified(t) is not None:
            out.append(cue_type(0.85, "ev_unspecified", t))  # who or what was it?
        elif low in ("acting", "interim") and _stand_in(t) is not None:
            out.append(cue_type(0.8, "ev_acting", t))  # will the stand-in keep the office?
        elif low == "recovered" and _recovered_recorders(t):
            out.append(cue_type(0.8, "ev_recorders", t))
        elif low in ("closed", "shut") and not _REOPENED.search(sent.text) and _closed(t) is not None:
            out.append(cue_type(0.8, "ev_closed", t))  # when will it reopen?
        elif low.startswith("suspend") and not _REOPENED.search(sent.text) and _suspended(t) is not None:
            out.append(cue_type(0.8, "ev_suspended", t))  # when will it resume?
        elif low.startswith("extend") and _extended(t) is not None:
            out.append(cue_type(0.8, "ev_extended", t))  # will the measure end then, or run on?
        elif low in ("charged", "charges", "custody") and not _SETTLED_CASE.search(sent.text):
            verb = _charged(t) or _into_custody(t)
            subj = _subject(verb) if verb is not None else None
            if (subj is not None and (_is_person(subj) or person_noun(subj))) or _charges_of(t) is not None:
                out.append(cue_type(0.8, "ev_charged", t))  # will the case end in a conviction?
    return out


def _person(ph, verb: "Token", subj: "Token | None" = None) -> str:
    """The subject named, or '' when only an unresolved pronoun is left."""
    ph.unresolved = False
    text = ph.subject_text(verb, subj)
    if not text or text.lower() in _PRONOUNS or ph.unresolved:
        return ""
    return text


def _dead(ph, name: str, subj: "Token | None" = None) -> bool:
    """Whether the article reports the person dead: recovery is then no question."""
    names = {name.split()[-1].removesuffix("'s")}
    if subj is not None:
        names |= {x.text for x in subj.subtree if x.pos_ == "PROPN"}
    pat = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names if n) + r")\b")
    return any(pat.search(s.text) and _DEATH.search(s.text) for s in ph.parsed.sentences)


_LEADING_WORDS = frozenset("the a an this that these those many multiple some all several most".split())


def _lower_first(text: str, head: "Token") -> str:
    """'The border', a sentence's 'Schools' -> 'the border', 'schools'
    inside a question; names stay as written ('eBay offices')."""
    first = head.left_edge
    if text and (first.lower_ in _LEADING_WORDS
                 or (first.is_sent_start and first.pos_ != "PROPN" and not first.ent_type_)):
        return text[:1].lower() + text[1:]
    return text


def _reopened_later(ph, subj: "Token") -> bool:
    """A later sentence of the text says the place closed has reopened."""
    head = subj.lemma_.lower()
    at = ph.parsed.sentence_at(ph.parsed.offsets[ph.block] + subj.idx)
    later = ph.parsed.sentences[at + 1 : at + 4] if at >= 0 else []
    return any(_REOPENED.search(s.text) and (head in s.text.lower() or re.search(r"\b(?:it|they)\b", s.text, re.I))
               for s in later)


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def phrase_event(ph, sent: "Sentence", cue) -> str | None:
    from .questions import _lower_det, _noun_phrase, _subject

    t = cue.token
    kind = cue.kind
    if kind in ("ev_condition", "ev_injured"):
        verb = _condition_verb(t) if kind == "ev_condition" else _injury_verb(t)
        # "He was reported to be in stable condition": the reported one's subject.
        subj = _subject(verb)
        if subj is None or subj.dep_ == "expl":
            return None
        if subj.pos_ in ("DET", "PRON") and any(c.dep_ == "acl" for c in subj.children):
            who = ph.words([x for x in subj.subtree if not x.is_punct])  # "those admitted"
            who = who[:1].lower() + who[1:]
        else:
            who = _person(ph, verb, subj)
        if not who or _dead(ph, who, subj):
            return None
        return f"Will {who} recover"
    if kind == "ev_treated":
        subj = _subject(t)
        # "his widow, Denise, was being treated": the name beside the description.
        name = next((a for a in subj.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None) \
            if subj is not None else None
        who = ph.words(list(name.subtree)) if name is not None else _person(ph, t)
        if not who or _dead(ph, who, subj):
            return None
        return f"What is {_possessive(who)} condition"
    if kind == "ev_ill":
        who = _person(ph, t.head)
        return f"What was {_possessive(who)} illness" if who else None
    if kind == "ev_unclaimed":
        target = _unclaimed(t)
        if target is None or target.lemma_.lower() in ("responsibility", "credit"):
            return "Who carried out the attack"
        text = re.sub(r"^(?:a|an|this|that) ", "the ", _lower_det(_noun_phrase(ph, target), target))
        if not text.lower().startswith(("the ", "these ", "those ")):
            text = "the " + text
        return f"Who carried out {text}"
    if kind == "ev_demands":
        owner = next(c for c in t.children if c.dep_ == "poss")
        if owner.lower_ in ("their", "his", "her", "its"):
            ph.unresolved = False
            who = ph.words([owner])
            if ph.unresolved or who.lower() == owner.lower_:
                return "Will the demands be met"
            return f"Will {who} demands be met"
        text = ph.words(list(owner.subtree))
        if owner.tag_ in ("NNS", "NN") and not any(c.dep_ in ("det", "poss") for c in owner.children):
            text = "the " + text  # "protesters' demands": the protesters the article is about
        return f"Will {text} demands be met" if text else None
    if kind == "ev_deadline":
        date, act = _deadline(t)
        subj = _subject(t.head) or _subject(act)
        if subj is None or not _person(ph, act, subj):
            return None
        date_text = ph.words([x for x in date.subtree])
        ph.drop = ph.drop | {x.i for x in t.subtree} | {
            a.i for a in act.children if a.dep_ == "aux" and a.lower_ in ("has", "have")}
        q = ph.yes_no(act, subj_tok=subj)
        if not q or not date_text:
            return None
        return f"{q.rstrip('?')} by {date_text}"
    if kind == "ev_contest":
        toks = [x for x in t.subtree if x.i <= t.i and not (x.dep_ == "det" and x.head.i == t.i)
                and x.dep_ not in ("punct",)]
        text = ph.words(toks)
        return f"Who will win the {text}" if text else None
    if kind == "ev_stay":
        court = _stay_until(t)
        toks = [x for x in court.subtree if x.i <= court.i and x.dep_ in ("compound", "amod") or x.i == court.i]
        text = ph.words(toks)
        return f"How will the {text[:1].lower() + text[1:]} rule" if court.pos_ == "NOUN" else f"How will {text} rule"
    if kind == "ev_unidentified":
        who, role = _not_identified(t)
        if role is None:
            return f"Who {'are' if who.tag_ == 'NNS' else 'is'} the {who.lower_}"
        name = ph.words(list(who.subtree))
        past = any(c.dep_ == "aux" and c.lower_ in ("did", "had") for c in t.children)
        return f"{'Was' if past else 'Is'} {name} the {role.lower_}" if name else None
    if kind == "ev_reasons":
        ph.drop = ph.drop | {x.i for x in t.head.subtree}
        q = ph.ask(_untold_reasons(t))
        if not q or q.split()[0].lower() not in _ASKING_AUX:
            return None
        return f"Why {q[:1].lower()}{q[1:]}"
    if kind == "ev_unspecified":
        noun = _unspecified(t)
        toks = [x for x in noun.subtree if x.i <= noun.i and x.i != t.i and x.dep_ not in ("det", "punct", "poss")
                and x.head.i != t.i]
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        past = verb.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                   for c in verb.children)
        plural = noun.tag_ == "NNS"
        be = ("were" if plural else "was") if past else ("are" if plural else "is")
        who = "Who" if noun.lemma_.lower() in _PEOPLE_NOUNS | _UNNAMED_PEOPLE | _OFFICIALS else "What"
        text = ph.words(toks)
        return f"{who} {be} the {text}" if text else None
    if kind == "ev_acting":
        role = _stand_in(t)
        verb = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "as" else role.head
        who = _person(ph, verb)
        owner = next((c for c in role.children if c.dep_ == "poss"), None)
        title = ph.words([x for x in role.subtree if x.i > t.i and x.i <= role.i])
        if not who or not title:
            return None
        if owner is not None and owner.pos_ == "NOUN":
            owner_text = ph.words([x for x in owner.subtree if x.dep_ != "case"])
            return f"Will {who} remain {title} of {owner_text}"
        return f"Will {who} remain {title}"
    if kind == "ev_extended":
        obj, when = _extended(t)
        measure = obj.doc[obj.left_edge.i : obj.i + 1].text
        of = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        if of is not None:
            measure = obj.doc[obj.left_edge.i : of.right_edge.i + 1].text
        measure = re.sub(r"^(?:its|their|his|her)\b", "the", measure)
        measure = _lower_det(measure, obj)
        if not measure.lower().startswith(("the ", "its ", "their ", "his ", "her ")) and "'" not in measure:
            measure = "the " + measure
        if when is not None:
            date = ph.words([x for x in when.subtree])
            return f"Will {measure} end on {date} or be extended again" if date else None
        return f"Will {measure} be extended again"
    if kind == "ev_charged":
        owner = _charges_of(t)
        if owner is not None:
            who = ph.words([x for x in owner.subtree if x.dep_ != "case"])
            return f"Will {who} be convicted" if who else None
        verb = _charged(t) or _into_custody(t)
        who = _person(ph, verb)
        if not who:
            return None
        who = who[:1].lower() + who[1:] if who.split()[0] in ("A", "An", "The") else who
        return f"Will {who} be {'charged' if t.lower_ == 'custody' else 'convicted'}"
    if kind == "ev_closed":
        subj = _closed(t)
        if _reopened_later(ph, subj):
            return None  # "It reopened on Tuesday morning."
        verb = t.head if t.dep_ == "acomp" else t
        what = _person(ph, verb, subj)
        return f"When will {_lower_first(what, subj)} reopen" if what else None
    if kind == "ev_suspended":
        subj, obj = _suspended(t)
        if _reopened_later(ph, subj):
            return None
        who = _person(ph, t, subj)
        return f"When will {_lower_first(who, subj)} resume {obj.lower_}" if who else None
    if kind == "ev_recorders":
        subj = next(c for c in t.children if c.dep_ == "nsubjpass")
        head = subj if subj.lower_ in _RECORDERS else next(
            c for x in subj.children if x.dep_ == "prep" for c in x.children if c.dep_ == "pobj")
        text = ph.words([x for x in head.subtree if x.i <= head.i and x.dep_ != "det"])
        return f"What will the {text} reveal" if text else None
    return None
