"""Open questions: what a briefing leaves unresolved, phrased as questions.

A sentence raises a question when it hedges (may, might, could), looks ahead
(will, expects, plans, aims, is set to), waits (has yet to, pending, under
way), conditions (if, unless), reports something unconfirmed (reportedly,
speculation, allegations) or carries a proposal awaiting an answer.  Each
cue has a weight; the best cue of a sentence decides how the question is
phrased from the dependency parse (subject, modal, verb, object) and
pronouns are resolved to the actor they mean.  Negated, counterfactual
("would have") and purely past statements are dropped.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Actor, Mention, OpenQuestion
from .document import Parsed, Sentence

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

log = logging.getLogger(__name__)

MODAL_WEIGHTS = {"may": 1.0, "might": 1.0, "could": 0.75, "will": 0.8, "'ll": 0.6, "shall": 0.6,
                 "would": 0.6, "should": 0.45, "must": 0.35, "can": 0.2}
# Verbs whose plain past is done with: "called for talks", "discussed the plan".
_PAST_DONE = frozenset("""call ask discuss negotiate study review examine claim believe estimate try attempt
    challenge investigate probe""".split())
# Verbs that look ahead to a complement: "is expected to send", "plans to".
FORWARD_VERBS = {
    "expect": 0.95, "anticipate": 0.95, "plan": 0.9, "intend": 0.9, "aim": 0.85, "seek": 0.85,
    "hope": 0.8, "want": 0.6, "prepare": 0.8, "schedule": 0.85, "consider": 0.85, "weigh": 0.8,
    "propose": 0.85, "urge": 0.8, "demand": 0.7, "ask": 0.55, "request": 0.7, "threaten": 0.85,
    "promise": 0.8, "pledge": 0.8, "vow": 0.8, "investigate": 0.9, "probe": 0.85,
    "examine": 0.6, "review": 0.6, "study": 0.55, "negotiate": 0.6, "hint": 0.9, "suggest": 0.6,
    "speculate": 0.9, "allege": 0.85, "claim": 0.55, "accuse": 0.6, "warn": 0.7,
    "recommend": 0.7, "call": 0.6, "set": 0.4, "await": 0.9, "predict": 0.85, "forecast": 0.85,
    "estimate": 0.5, "believe": 0.5, "deny": 0.5, "appeal": 0.75, "challenge": 0.6,
    "tempt": 0.3, "mull": 0.85, "explore": 0.7, "discuss": 0.5, "try": 0.6, "attempt": 0.6,
    # Attributed, unverified statements leave their truth open.
    "report": 0.75, "blame": 0.8, "cite": 0.6, "project": 0.9, "encourage": 0.75,
    "need": 0.7, "begin": 0.6, "start": 0.5, "insist": 0.7, "argue": 0.6, "contend": 0.7,
    "assert": 0.6, "maintain": 0.4,
    "doubt": 0.9, "question": 0.8, "wonder": 0.9, "fear": 0.8, "concern": 0.5,
    # "I count on Turkey to act": reliance on someone else's future act.
    "count": 0.85, "rely": 0.75, "depend": 0.6, "invite": 0.8,
    # An undertaking still to be carried out: "the Parties agreed to establish a mechanism".
    "agree": 0.75, "commit": 0.75,
    # A lawsuit asks for something a court has yet to grant: "sued to be allowed to vote".
    "sue": 0.85,
}
# Requests with an addressee and an infinitive ("asking the US to waive") are
# as open as an urging, whatever their base weight.
REQUEST_VERBS = {"ask", "invite", "call", "request", "press", "encourage"}
# A stated concern leaves the matter open: "is particularly troubling".
CONCERN_ADJ = {"troubling": 0.8, "worrying": 0.8, "alarming": 0.75, "concerning": 0.75, "concerned": 0.75}
# Verbs that only look ahead with an infinitive ("count on X to act"), not alone.
NEEDS_INFINITIVE = {"count", "rely", "depend", "set", "begin", "start", "need", "invite", "agree", "commit"}
# Claim verbs: with a clause ("claims Mahan flies ...") the claim is unverified.
CLAIM_VERBS = {"claim", "allege", "insist", "contend", "assert", "maintain"}
# Verbs that put a case or a view rather than a fact: with a content clause, open.
_CASE_VERBS = frozenset("argue suggest".split())
# Attributions: the content is someone's report, open mainly when the source
# is unnamed or the report is hedged; a named agency's figures are news.
ATTRIBUTION = 0.6
UNNAMED_SOURCE = re.compile(
    r"\b(sources?|anonymous(?:ly)?|unnamed|some reports|did not name|declined to be named"
    r"|state[- ](?:run |owned )?(?:media|television|tv|news agency)|unconfirmed|unverified)\b"
    # Reports nobody is named for: "by early reports", "according to eyewitness
    # reports", a sentence opening "Reports said ...".
    r"|\b(?:by|to|from|some|early|initial|eyewitness|witness|media|press|local|news|multiple|several) reports\b"
    r"|^\W*Reports\b(?:\s+\S+){0,3}?\s+(?:say|said|suggest|suggested|indicate|indicated|claim|claimed|state|stated)\b",
    re.I,
)
ADJ_CUES = {
    "unclear": 1.0, "uncertain": 1.0, "unknown": 0.9, "undecided": 0.9, "unconfirmed": 1.0,
    "possible": 0.8, "likely": 0.85, "unlikely": 0.85, "potential": 0.6, "pending": 0.9,
    "upcoming": 0.7, "proposed": 0.7, "planned": 0.55, "expected": 0.8, "due": 0.6,
    "future": 0.5, "ongoing": 0.6, "preliminary": 0.6, "tentative": 0.8, "alleged": 0.85,
    "suspected": 0.8, "scheduled": 0.7, "open": 0.3, "imminent": 0.8,
    # Steps not yet taken.
    "unsigned": 0.85, "unratified": 0.9, "unresolved": 0.9, "unanswered": 0.9,
    "unverified": 1.0, "undetermined": 0.9, "unexplained": 0.8,
}
NOUN_CUES = {
    "speculation": 1.0, "hypothesis": 0.85, "hypotheses": 0.85, "rumour": 0.9, "rumor": 0.9,
    "investigation": 0.85, "inquiry": 0.85, "probe": 0.85, "investigations": 0.85, "inquiries": 0.85,
    "probes": 0.85, "proposal": 0.8, "plan": 0.6, "plans": 0.6, "possibility": 0.85,
    "prospect": 0.7, "uncertainty": 0.9, "doubt": 0.8, "doubts": 0.8, "allegation": 0.85,
    "allegations": 0.85, "claims": 0.6, "request": 0.7, "offer": 0.6, "trial": 0.45,
    "talks": 0.45, "negotiations": 0.45, "process": 0.3, "desire": 0.6, "warning": 0.6,
    "threat": 0.5, "risk": 0.6, "fears": 0.6, "concern": 0.5, "concerns": 0.5,
    "evidence": 0.8, "questions": 0.9, "intention": 0.85, "intentions": 0.85, "efforts": 0.7, "effort": 0.7, "bid": 0.7,
    "attempt": 0.7,
    "sources": 0.7, "reports": 0.75, "report": 0.6, "withdrawal": 0.5, "deadline": 0.7,
    "campaign": 0.4, "challenge": 0.5, "dispute": 0.6, "appeal": 0.7,
}
ADV_CUES = {"reportedly": 1.0, "allegedly": 1.0, "reputedly": 1.0, "purportedly": 1.0, "possibly": 0.9,
            "potentially": 0.8, "perhaps": 0.9, "apparently": 0.7, "probably": 0.8, "likely": 0.8, "soon": 0.6,
            "yet": 0.3}
VAGUE_VERBS = {"hint", "suggest", "signal", "allege", "claim", "speculate", "project", "report", "blame"}
WH_WORDS = {"who", "what", "when", "where", "why", "how", "which", "whom", "whose"}
THRESHOLD = 0.7
PRONOUNS_PERSON = {"he", "him", "his", "she", "her", "hers"}
PRONOUNS_PLURAL = {"they", "them", "their", "theirs"}
_QUOTE = re.compile("[\"“”]")


@dataclass
class Cue:
    weight: float
    kind: str  # modal | forward | yet | cond | adj | noun | adv | wh
    token: "Token"


def _lemma(t: "Token") -> str:
    """The lemma, mended where the small model's lemmatizer slips ("hopes" -> "hop")."""
    low = t.lemma_.lower()
    if low == "hop" and not t.lower_.startswith("hopp"):
        return "hope"
    return low


def _punct(t: "Token") -> bool:
    """Punctuation a question can drop; a percent sign is part of its number ("2%")."""
    return t.is_punct and t.text not in ("%", "‰")


def _neg_child(c: "Token") -> bool:
    """'not', 'never', 'no longer'."""
    return c.dep_ == "neg" or c.lower_ == "never" or (
        c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))


def _negated(tok: "Token") -> bool:
    return any(_neg_child(c) for c in tok.children) or any(
        _neg_child(c) for c in tok.head.children if tok.dep_ in ("aux", "xcomp")
    )


# Verbs whose subject is the one quoted: "X spoke on Y's show: 'I ...'".
_SPEAKING_VERBS = frozenset("say speak tell announce write add explain declare state reply answer respond".split())


# What a speaker "would like to" do as a courtesy: "I would like to thank him".
_COURTESY_VERBS = frozenset("thank congratulate welcome express acknowledge commend praise stress emphasise emphasize "
                            "remind".split())


def _courtesy(verb: "Token") -> bool:
    """'I would like to thank ...', 'we would like to express our condolences'."""
    if verb.lemma_.lower() not in ("like", "love"):
        return False
    inf = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (inf is not None and inf.lemma_.lower() in _COURTESY_VERBS
            and subj is not None and subj.lower_ in ("i", "we"))


def _counterfactual(verb: "Token") -> bool:
    """'had stayed', "'d have stayed", 'could have found': a past that did not happen."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return _would_have(verb) or verb.tag_ == "VBN" and ("had" in auxes or "'d" in auxes)


def _would_have(verb: "Token") -> bool:
    """'would have died', 'could have been': a modal past that did not happen
    (a reported 'had received' is a plain past perfect)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and "have" in auxes and any(a in ("'d", "would", "could", "might", "should")
                                                           for a in auxes)


def _infinitive(t: "Token") -> "Token | None":
    """The to-infinitive a verb governs: xcomp, or an advcl with 'to' ("count on X to act")."""
    for c in t.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            return c
        if c.dep_ == "advcl" and any(x.dep_ == "aux" and x.lower_ == "to" and x.i < c.i for x in c.children):
            return c
    return None


def _be_to(t: "Token") -> bool:
    """'is to involve', 'are to be permitted': an arrangement still ahead.

    Not a purpose ('was "to prevent ..."', 'is only to protect'): no quote
    or restricting adverb between the verb and its infinitive."""
    if _negated(t) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return False
    for c in t.children:
        if c.dep_ == "xcomp" and c.i > t.i:
            to = next((x for x in c.children if x.dep_ == "aux" and x.lower_ == "to"), None)
            if to is None:
                continue
            between = t.doc[t.i + 1 : to.i]
            if any(x.is_quote or x.lower_ in ("only", "just", "simply", "merely", "solely", "mainly") for x in between):
                return False
            return True
    return False


# Steps of consent a plan waits for: "has to approve the deal".
_APPROVAL_VERBS = frozenset("""approve ratify sign endorse pass confirm clear authorize authorise accept adopt
    sanction vote decide rule agree""".split())


def _obligation(have: "Token") -> "Token | None":
    """'has to be approved', 'will have to sign': the step still required.

    A duty to consent ("has to approve") or any passive step ("needs to be
    rebuilt") is pending; "we have to be careful" is advice, not a matter."""
    if _negated(have):
        return None
    inf = next((c for c in have.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if inf is None or not any(x.dep_ == "aux" and x.lower_ == "to" and x.i == have.i + 1 for x in inf.children):
        return None
    if have.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in have.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in inf.children)
    if passive or inf.lemma_.lower() in _APPROVAL_VERBS:
        return inf
    return None


# What a matter "pending"/"awaiting" waits for.
_CONSENT_NOUNS = frozenset("""approval ratification confirmation authorisation authorization clearance permission
    consent endorsement""".split())
_VERDICT_NOUNS = frozenset("verdict ruling decision outcome response answer reply judgment judgement".split())
_RESULT_NOUNS = frozenset("result results finding findings test tests analysis autopsy".split())
# Steps a person awaits, with the verb that asks whether they come: "detained
# pending removal" -> "Will she be removed?" (only of a person: see _awaited).
_AWAITED_STEPS = {"removal": "removed", "deportation": "deported", "extradition": "extradited",
                  "transfer": "transferred", "release": "released", "trial": "tried", "repatriation": "repatriated"}


def _pending_noun(t: "Token") -> "Token | None":
    """'pending approval', 'pending the outcome of': the awaited noun."""
    if t.dep_ == "amod" and t.head.pos_ == "NOUN":
        noun = t.head
    elif t.dep_ == "acomp" and t.head.lemma_ == "be" and not any(c.dep_ in ("pobj", "dobj") for c in t.children):
        # "The decision is pending": the subject is what waits.
        noun = next((c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    else:
        noun = next((c for c in t.children if c.dep_ in ("pobj", "dobj") and c.pos_ == "NOUN"), None)
    if noun is None:
        return None
    lem = noun.lemma_.lower()
    if lem in _CONSENT_NOUNS | _VERDICT_NOUNS | _RESULT_NOUNS or lem in _FINDING_NOUNS:
        return noun
    if (lem in _AWAITED_STEPS and t.dep_ in ("prep", "amod")
            and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)):
        return noun  # "is being detained pending removal": the step still to come, not "pending the release of X"
    return None


_PLAN_VERBS = frozenset("plan schedule expect intend set propose anticipate".split())
_SUPERSEDED = frozenset("originally initially previously formerly earlier first".split())


def _superseded(t: "Token") -> bool:
    """'were originally planned', 'previously announced it planned': an
    arrangement the text marks as overtaken."""
    for v in (t, t.head):
        if any(c.dep_ == "advmod" and c.lower_ in _SUPERSEDED for c in v.children):
            return True
        # "had initially started on March 26 and was planned to end on April 4"
        if v.dep_ not in ("ccomp", "xcomp", "conj"):
            break
    return False


# Facts a briefing says are not known yet: "the cause of the crash is unknown".
_INFO_NOUNS = frozenset("""cause identity motive whereabouts number extent origin source fate reason location
    name nature scale""".split())
_SEARCH_VERBS = frozenset("find determine establish identify discover uncover pinpoint learn".split())
_KNOW_WORDS = frozenset("know clear determine establish confirm identify".split())

# Counts of harm that a briefing reports while they are still moving.
_HARM_COUNTS = frozenset("""toll casualty casualties death deaths dead injured injury injuries case cases
    infection infections fatality fatalities victim victims""".split())
_RISE_VERBS = frozenset("rise increase climb grow jump soar surge mount double".split())
_EVENT_NOUNS = frozenset("""meeting meet summit talks round session conference visit vote referendum hearing
    negotiations negotiation election debate ceremony celebration celebrations rally match game launch
    festival parade inauguration march""".split())
# Court steps still ahead whose outcome is the open matter: "Sentencing is scheduled for May 4".
_COURT_EVENTS = frozenset("sentencing trial retrial verdict ruling inquest".split())


# Things done on a day that no event noun names: "the mission is scheduled for May 4".
_ACT_NOUNS = frozenset("mission test launch flight exercise inspection operation trip tour delivery".split())


def _scheduled_event(t: "Token") -> bool:
    """'A vote is expected next week', 'Sentencing is set for May 4': an event passively scheduled."""
    subj = t.head if t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.i < t.i else _subject(t)
    if t.tag_ != "VBN" or subj is None or (subj.dep_ != "nsubjpass" and subj is not t.head) or _negated(t):
        return False
    if subj.lemma_.lower() in _EVENT_NOUNS | _COURT_EVENTS:
        return True
    # "The first verification mission is scheduled for August 24": whatever is
    # given a date ahead is an event that may or may not take place.
    noun = subj.lemma_.lower()
    return t.lemma_.lower() in ("schedule", "set") and subj.pos_ == "NOUN" and (
        noun in _ACT_NOUNS or noun.endswith(("tion", "ment", "sal", "val"))) and any(
        c.dep_ == "prep" and c.lower_ in ("for", "on") and any(x.ent_type_ in ("DATE", "TIME") for x in c.subtree)
        for c in t.children)


def _rising_count(t: "Token") -> "Token | None":
    """'the death toll rose to 45', 'reported more cases of measles': the count."""
    if t.pos_ == "VERB" and _lemma(t) in _RISE_VERBS and not _negated(t):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.lemma_.lower() in _HARM_COUNTS or subj.lower_ in _HARM_COUNTS or (
                subj.lower_ == "number" and any(g.lower_ in _HARM_COUNTS for c in subj.children
                                                 if c.dep_ == "prep" for g in c.children))):
            return subj
        return None
    if (t.pos_ == "NOUN" and t.lower_ in _HARM_COUNTS and t.dep_ == "dobj"
            and any(c.lower_ in ("more", "new", "further") and c.dep_ == "amod" for c in t.children)
            and _lemma(t.head) in ("report", "confirm", "record", "register", "announce")
            and not _negated(t.head)):
        return t
    return None


# Report verbs that, passive with an infinitive, leave what they report open:
# "is rumoured to be", "was said to have fled", "are thought to be hiding".
_HEARSAY_VERBS = frozenset("rumor rumour say report think believe allege suspect understand".split())


def _passive_report(t: "Token") -> bool:
    return _lemma(t) in _HEARSAY_VERBS and any(c.dep_ == "auxpass" for c in t.children)


def _raised(t: "Token") -> "Token | None":
    """'appears to reduce', 'claimed to be', 'appears able to': the clause or
    adjective whose truth the hedging verb leaves open."""
    for c in t.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.i > t.i and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            return c
        if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" and c.i > t.i and (
                _lemma(t) in ("seem", "appear")
                or (_lemma(t) == "presume" and any(x.dep_ == "auxpass" for x in t.children))):
            return c  # "appears able to", "the others are presumed dead"
    return None


# Motions and suits put before a body that has yet to decide on them.
_MOTION_NOUNS = {"bill": "pass", "legislation": "pass", "amendment": "pass", "motion": "pass",
                 "resolution": "pass", "lawsuit": "succeed", "suit": "succeed", "petition": "succeed",
                 "appeal": "succeed", "complaint": "succeed", "application": "be approved"}
_TABLE_VERBS = frozenset("introduce table file submit lodge propose draft present launch".split())


_DECIDED_VERBS = frozenset("pass approve adopt reject defeat veto dismiss withdraw drop".split())


def _tabled(t: "Token") -> bool:
    """'introduced a bill', 'a lawsuit was filed': brought, not yet decided."""
    v = t.head
    if v.pos_ != "VERB" or _lemma(v) not in _TABLE_VERBS or _negated(v):
        return False
    if any(c.dep_ == "conj" and _lemma(c) in _DECIDED_VERBS for c in v.children):
        return False  # "a bill was proposed but was not passed": its fate is told
    return (t.dep_ == "dobj" and v.i > t.i - 6) or (t.dep_ == "nsubjpass")


def _wh_about(t: "Token") -> "Token | None":
    """The wh-clause a noun is about: 'ideas about how exactly flight developed'."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("about", "over", "on", "of"):
            for g in c.children:
                if (g.dep_ in ("pcomp", "pobj") and g.pos_ in ("VERB", "AUX")
                        and next(iter(g.subtree)).lower_ in WH_WORDS
                        and not any(x.dep_ == "aux" and x.lower_ == "to" for x in g.children)):
                    return g  # (not "lessons on how to run a mission": a skill, nothing unknown)
    return None


# Verbs of making something known: what a thing "to be unveiled" holds is open.
_DISCLOSE_VERBS = frozenset("unveil announce release present publish reveal disclose launch".split())
_GIVE_VERBS = frozenset("name give provide specify disclose reveal release publish announce".split())
_WITHHELD_NOUNS = _INFO_NOUNS | frozenset("price amount figure cost sum terms details list date".split())


def _no_det(noun: "Token") -> bool:
    """'no cause', 'no motive': a noun its determiner negates."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _no_comment(t: "Token") -> "Token | None":
    """The verb whose subject withholds comment: 'declined to comment', 'refused
    to comment on X', 'did not (immediately) respond (to a request for comment)',
    'could not be reached for comment'."""
    if t.pos_ == "VERB" and t.lemma_ == "comment" and t.dep_ == "xcomp":
        v = t.head
        return v if _lemma(v) in ("decline", "refuse") and not _negated(v) else None
    if t.pos_ == "VERB" and t.lemma_ == "respond" and _negated(t) and not _counterfactual(t):
        return t
    if t.pos_ == "VERB" and t.lemma_ == "reach" and _negated(t) and any(
            c.dep_ == "auxpass" for c in t.children) and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_ == "comment" for g in c.children)
            for c in t.children):
        return t
    return None


def _phrase_no_comment(ph: "_Phraser", t: "Token") -> str | None:
    v = _no_comment(t)
    who = ph.subject_text(v)
    if not who or who.lower() in _THIRD_PERSON | {"it", "this", "that", "there", "which", "who", "i", "we", "you"}:
        return None
    if re.match(r"(?:a|an) ", who):
        who = "the " + who.split(" ", 1)[1]  # "a spokeswoman for the ministry": the one just named
    on = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "about")
               and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)), None)
    if t.lemma_ == "respond":
        to = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if obj is not None and obj.lemma_ in ("request", "call", "message", "email", "inquiry", "enquiry"):
            on = None  # "to a request for comment": the request itself is no topic
        elif to is not None:
            on = to
        topic = " " + ph.words([x for x in on.subtree if not _punct(x)]) if on is not None else ""
        return f"Will {who} respond{topic}"
    topic = " " + ph.words([x for x in on.subtree if not _punct(x)]) if on is not None else ""
    if t.lemma_ == "reach":
        return f"What does {who} say{topic.replace(' on ', ' about ', 1)}"
    have = next((c for c in v.children if c.dep_ == "aux" and c.lemma_ == "have"), None)
    if have is not None and v.tag_ == "VBN":
        return f"Why {_FULL_AUX.get(have.lower_, have.lower_)} {who} {v.text} to comment{topic}"
    do = "does" if v.tag_ == "VBZ" else "do" if v.tag_ == "VBP" else "did"
    return f"Why {do} {who} {_lemma(v)} to comment{topic}"


def _bailed_until(t: "Token") -> "Token | None":
    """The person 'released on bail until <date>' (or 'bailed until'), not yet
    charged: the date is when the police must decide."""
    v = t.head
    lem = _lemma(v)
    if v.pos_ != "VERB" or lem not in ("release", "bail") or _negated(v):
        return None
    if lem == "release" and not any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.lemma_ == "bail" for g in c.children) for c in v.children):
        return None
    if not any(g.ent_type_ == "DATE" for g in t.subtree):
        return None  # "until his trial": a court date, asked elsewhere
    if any(x.lemma_ == "charge" for x in v.sent):
        return None  # already charged: the bail waits on the trial
    who = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if who is not None and who.tag_ == "PRP" and v.dep_ == "conj":
        # "arrested a 66-year-old man ... and released him": the one arrested.
        who = next((c for c in v.head.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), who)
    return who


def _withheld(v: "Token") -> "Token | None":
    """The piece of information a source holds back: 'officials have not named
    a cause', 'declined to disclose the price' -> the object noun."""
    if _lemma(v) not in _GIVE_VERBS:
        return None
    held = _negated(v) or (v.dep_ == "xcomp" and _lemma(v.head) in ("decline", "refuse") and not _negated(v.head))
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in _WITHHELD_NOUNS), None)
    if obj is not None and not held:
        # "the statement specified no date": held back as surely as "did not specify a date".
        held = any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
    return obj if held else None


# Verbs of telling or knowing: held back with a wh- or whether-clause, the clause is the open matter
# ("did not confirm what work the crew was doing", "declined to say whether it received a request").
_TELL_VERBS = frozenset("""say disclose reveal confirm specify explain announce indicate state know determine
    establish identify release mention comment""".split())


def _unsaid(v: "Token") -> "Token | None":
    """The 'whether'/'if' mark or wh-word opening the clause a source leaves
    untold; None unless ``v`` is a negated (or declined) verb of telling."""
    if _lemma(v) not in _TELL_VERBS:
        return None
    if not (_negated(v) or (v.dep_ == "xcomp" and _lemma(v.head) in ("decline", "refuse")
                            and not _negated(v.head))):
        return None
    doc = v.doc
    end = min(v.sent.end, v.i + 6)
    for j in range(v.i + 1, end):
        w = doc[j]
        if _punct(w) or w.pos_ in ("VERB", "AUX"):
            return None  # "did not say anything, and asked": the clause is not the object
        if w.lower_ in ("whether", "if") and w.dep_ == "mark" and w.head.i > w.i:
            return w
        if w.lower_ in WH_WORDS and w.lower_ != "whom":
            # A finite clause follows: "what to do" is advice, not a withheld fact.
            nxt = doc[j + 1] if j + 1 < v.sent.end else None
            return None if nxt is None or nxt.lower_ == "to" else w
    return None
# Nouns for those behind an attack: "the suspected perpetrators".
_CULPRITS = frozenset("perpetrator culprit attacker bomber gunman killer mastermind assailant".split())
_DEATH_WORDS = frozenset("kill die dead death".split())


def _unveiled(verb: "Token") -> "Token | None":
    """What is 'to be unveiled': the noun the clause hangs on ("a plan to be
    unveiled") or, as the parser sometimes reads it, the clause's subject."""
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)


def _toll(least: "Token") -> "Token | None":
    """The number of an 'at least N (people) were killed / dead' toll."""
    num = least.head
    while num.tag_ != "CD" and num.dep_ in ("advmod", "quantmod") and num.head.i != num.i:
        num = num.head
    if num.tag_ != "CD":
        return None
    noun = num.head if num.dep_ == "nummod" else num
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None and verb.lemma_.lower() in _DEATH_WORDS and not _negated(verb):
        return num
    if any(c.lemma_.lower() in _DEATH_WORDS and c.dep_ in ("amod", "acomp") for c in noun.children):
        return num
    if (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("death", "killing")
            and noun.tag_ in ("NNS", "CD")):
        return num  # "caused the death of at least 50 people"
    return None


# Matters that wait, stuck: "the bill is stalled in the Senate".
_STALLED = frozenset("stuck stalled deadlocked languishing".split())


def _stalled(t: "Token") -> "Token | None":
    """What is stuck: the subject, or the noun in 'eleven of the bills'."""
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and t.dep_ == "amod" and t.head.pos_ == "NOUN":
        subj = t.head
    if subj is not None and subj.tag_ == "CD":
        subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
    return subj if subj is not None and subj.pos_ == "NOUN" else None


def _remanded_to(t: "Token") -> "Token | None":
    """The court a case is sent back to: 'remanding the case to the Court of
    Appeals', 'sent the case back to the lower court'."""
    lem = _lemma(t)
    if lem not in ("remand", "send", "return", "refer") or _negated(t):
        return None
    back = lem == "remand" or any(c.lower_ == "back" for c in t.children)
    case = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.lemma_.lower() in ("case", "lawsuit", "suit", "matter", "appeal", "dispute")), None)
    if not back or (case is None and lem != "remand"):
        return None
    for p in [c for c in t.children if c.dep_ == "prep"] + [g for c in t.children if c.lower_ == "back"
                                                               for g in c.children if g.dep_ == "prep"]:
        if p.lower_ == "to":
            court = next((g for g in p.children if g.dep_ == "pobj"), None)
            if court is not None:
                return court
    return None


# Steps an announcement promises: "announced a complete withdrawal".
_ANNOUNCED_STEPS = frozenset("""withdrawal pullout closure cut cuts reform reforms ban moratorium system programme
    program scheme overhaul""".split())


def _announced_step(t: "Token") -> "Token | None":
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _ANNOUNCED_STEPS or obj.tag_ not in ("NN", "NNS"):
        return None
    return obj


def _refusal(modal: "Token") -> bool:
    """'he has said he will not approve a budget ...': a stated refusal of
    someone named or quoted, which they may yet give up; not 'will never',
    'will no longer' or a bare prediction."""
    verb = modal.head
    if modal.lower_ not in ("will", "wo") or verb.dep_ != "ccomp" or verb.head.lemma_ not in REPORT_VERBS:
        return False
    if not any(c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in verb.children):
        return False
    if any(c.lower_ in ("never", "longer") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.tag_ == "PRP" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))


# Heads after which a bare verb asks for something to be done:
# "recommended the fires be added", "the suggestion that issues be discussed".
_MANDATIVE = frozenset("""recommend suggest propose demand urge insist ask request recommendation suggestion
    proposal request insistence call""".split())


def _mandated(v: "Token") -> bool:
    """A mandative subjunctive: a bare 'be'-passive or base verb with its own
    subject and no modal or 'to', under a head that asks for it."""
    if v.dep_ not in ("ccomp", "acl") or _lemma(v.head) not in _MANDATIVE or v.i < v.head.i:
        return False
    if any(c.dep_ == "aux" or c.tag_ == "MD" or c.dep_ == "neg" for c in v.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return False
    if v.tag_ == "VBN":
        return any(c.dep_ == "auxpass" and c.tag_ == "VB" and c.lower_ == "be" for c in v.children)
    return v.tag_ == "VB"


# Readiness to act: "stands ready to help", "is willing to negotiate".
_READY_ADJ = frozenset("ready willing prepared poised eligible".split())


def _ready(adj: "Token") -> "Token | None":
    """The act someone declares themselves ready for, unless the readiness is
    itself a purpose ('in order to be ready to receive patients')."""
    inf = _infinitive(adj)
    head = adj.head
    if inf is None or adj.dep_ not in ("acomp", "oprd", "xcomp") or _negated(head):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return None
    return inf


_NEXT_EVENTS = _EVENT_NOUNS | {"appearance", "trial", "launch", "mission", "election"}


def _next_event(noun: "Token") -> bool:
    """'until his next court appearance': an event still ahead of the text."""
    if noun.lemma_.lower() not in _NEXT_EVENTS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("until", "till", "before", "at", "for"):
        return noun.head.lower_ in ("until", "till", "before") or not _past_clause(noun.head.head)
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj") and not _past_clause(noun.head)


# Accounts that, when they disagree, leave the matter itself unsettled.
_ACCOUNT_NOUNS = frozenset("""report reports account accounts estimate estimates figure figures source sources
    version versions testimony testimonies""".split())
_CONFLICT_VERBS = frozenset("vary differ conflict diverge disagree".split())
_CONFLICT_ADJ = frozenset("conflicting contradictory differing varying contradicting diverging".split())


def _conflicting_accounts(t: "Token") -> "Token | None":
    """'Reports vary on ...', 'accounts differ on whether ...', 'conflicting
    reports about ...': the accounts noun whose disagreement is told."""
    if t.pos_ == "VERB" and _lemma(t) in _CONFLICT_VERBS and not _negated(t):
        subj = _subject(t)
        if subj is not None and subj.lower_ in _ACCOUNT_NOUNS:
            return subj
    if t.lower_ in _CONFLICT_ADJ and t.dep_ == "amod" and t.head.lower_ in _ACCOUNT_NOUNS and not _negated(t.head.head):
        return t.head
    return None


def _conflict_topic(t: "Token") -> "tuple[Token | None, Token | None]":
    """(whether-clause, topic noun) the disagreeing accounts are about."""
    noun = _conflicting_accounts(t)
    for owner in (noun, t if t.pos_ == "VERB" else None):
        if owner is None:
            continue
        for c in owner.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "about", "over", "of", "as", "regarding", "concerning"):
                for g in c.subtree:
                    if g.dep_ == "mark" and g.lower_ in ("whether", "if"):
                        return g.head, None
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return None, pobj
    return None, None


# Words by which a text states what a law or rule allows: an if-clause under
# them is the rule's own condition ("permitted only if ..."), not a pending matter.
_PROVISION_WORDS = frozenset("""permit allow legal illegal lawful unlawful prohibit ban forbid punishable exempt
    allowed permitted prohibited banned forbidden""".split())


def _needed(t: "Token") -> "Token | None":
    """The thing said to be needed ("more protections are needed", "1,991
    delegates are needed"): whether it comes is open.  Not "no longer needed"."""
    if t.lower_ != "needed" or t.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in t.children):
        return None
    if _negated(t) or any(c.lower_ in ("longer", "never") for c in t.children):
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


# Words of quantity before a needed thing, left out of the question ("a total
# of at least 1,991 delegates" -> "the needed 1,991 delegates").
_NEED_QUANTIFIERS = frozenset("a an the more further some additional extra total of at least most".split())


def _phrase_needed(ph: "_Phraser", t: "Token") -> str | None:
    """'Will the needed X be secured?' for "X is needed (for Y)"."""
    subj = _needed(t)
    if subj is None:
        return None
    toks = [x for x in subj.subtree if not (x.dep_ in ("relcl", "acl", "appos") or x.is_punct or x.is_quote)]
    while toks and toks[0].lower_ in _NEED_QUANTIFIERS:
        toks = toks[1:]
    if not toks:
        return None
    rest = [x for c in t.children if c.dep_ == "prep" and c.i > t.i for x in c.subtree]
    what = ph.words(toks + rest)
    return f"Will the needed {what} be secured" if what else None


def _presumption_of_innocence(t: "Token") -> bool:
    """"All defendants are presumed innocent until proven guilty": a
    principle of law that closes every charging release, no open matter."""
    return _lemma(t) == "presume" and any(c.lower_ == "innocent" for c in t.children)


def _legal_provision(clause: "Token") -> bool:
    """An if-clause attached to a present-tense statement of what is permitted."""
    x = clause
    while x.dep_ == "conj" and x.head.i != x.i:
        x = x.head  # "if A, or if B": the first condition carries the attachment
    gov = x.head
    if x.dep_ != "advcl" or gov.i == x.i:
        return False
    words = {gov.lemma_.lower(), gov.lower_} | {c.lemma_.lower() for c in gov.children if c.dep_ in ("acomp", "attr")}
    present = gov.tag_ in ("VBZ", "VBP") or any(c.lower_ in ("is", "are") for c in gov.children
                                                 if c.dep_ in ("aux", "auxpass"))
    return present and bool(words & _PROVISION_WORDS)


_ASKING_VERBS = frozenset("""ask wonder check determine establish see know confirm verify investigate examine
    learn find decide assess question""".split())


def _asking_if(clause: "Token") -> bool:
    """'to determine if it had failed', 'will check if the pilot had been
    drinking': an if-clause that is the object of a verb of asking (the small
    parser often attaches it as an adverbial clause)."""
    head = clause.head
    return head.i != clause.i and clause.i > head.i and (
        clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and _lemma(head) in _ASKING_VERBS))


# Intentions whose past progressive narrates a frustrated or bygone plan.
_INTENT_VERBS = frozenset("intend plan hope aim mean".split())


def _past_intention(t: "Token") -> bool:
    """'The club was planning to hold the event': a plan told in the past, which the
    text then overtakes or leaves behind; a reported 'said it was planning to' is
    the speaker's present plan and stays open."""
    if _lemma(t) not in _INTENT_VERBS or t.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in t.children):
        return False
    return not (t.dep_ == "ccomp" and t.head.lemma_ in REPORT_VERBS)


# Verbs that settle, later in the same sentence, what only seemed so.
_SETTLING_VERBS = frozenset("find turn prove reveal confirm emerge discover establish determine show".split())


def _resolved_later(t: "Token") -> bool:
    """'appeared to be armed, though it was later found to be a fake': the
    same sentence resolves the hedge."""
    for c in t.children:
        if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in _SETTLING_VERBS and any(
                a.dep_ == "advmod" and a.lower_ in ("later", "subsequently", "afterwards", "since")
                for a in c.children):
            return True
    return False


# Instruments in force whose stated aim describes them: "the directive seeks to strike a balance".
_INSTRUMENTS = frozenset(
    "agreement directive treaty regulation convention law act accord charter pact protocol".split()
)


def _instrument_purpose(v: "Token") -> bool:
    subj = _subject(v)
    if subj is None:
        return False
    subj = _relative_antecedent(subj) or subj
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in _INSTRUMENTS and v.tag_ in ("VBZ", "VBP")


_OPEN_VERBS = frozenset("launch open begin start order announce".split())


def _opened_inquiry_by(t: "Token") -> "Token | None":
    """'Investigations have been launched by the FAA and the NTSB': who runs them."""
    v = t.head
    if t.dep_ != "nsubjpass" or v.lemma_.lower() not in _OPEN_VERBS or _negated(v):
        return None
    by = next((c for c in v.children if c.dep_ == "agent"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def _hypothesis_topic(t: "Token") -> "Token | None":
    """'hypotheses about the cause of the disappearance': the unknown the guesses are about."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("about", "on", "for", "regarding"):
            g = next((x for x in c.children if x.dep_ == "pobj"), None)
            if g is not None and g.lemma_.lower() in _INFO_NOUNS:
                return g
    return None


_ESTIMATE_NOUNS = frozenset("estimate estimates projection projections".split())


def _estimated_count(t: "Token") -> "tuple[Token, Token] | None":
    """'Police estimated 200 people attended', 'estimates state about 350 thousand
    abortions are carried out', 'an estimated 200 people attended': a count
    someone guessed at.  The clause and the counted noun."""
    if t.lower_ == "estimated" and t.dep_ == "amod":
        # "An estimated four million people took part": the counted subject.
        noun = t.head
        if (noun.dep_ in ("nsubj", "nsubjpass") and noun.pos_ == "NOUN" and noun.head.pos_ in ("VERB", "AUX")
                and any(x.dep_ == "nummod" and x.tag_ == "CD" for x in noun.children) and not _negated(noun.head)):
            return noun.head, noun
        return None
    if t.pos_ not in ("VERB", "NOUN"):
        return None
    estimate = _lemma(t) == "estimate"
    if not estimate and t.lemma_ not in REPORT_VERBS or _negated(t):  # cheap tests first: runs on every word
        return None
    # The small parser may tag the report verb a noun: "Estimates ... state N X are ...".
    subj = _subject(t) if t.pos_ == "VERB" else next((c for c in t.children if c.dep_ == "nsubj"), None)
    if t.pos_ == "NOUN" and (t.dep_ != "ROOT" or subj is None):
        return None
    if not estimate and not (subj is not None and subj.lower_ in _ESTIMATE_NOUNS):
        return None
    for c in t.children:
        if c.dep_ != "ccomp" or c.i < t.i or _negated(c):
            continue
        noun = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is not None and noun.pos_ == "NOUN" and any(
                x.dep_ == "nummod" and x.tag_ == "CD" for x in noun.children):
            return c, noun
    return None


def _phrase_count(ph: "_Phraser", clause: "Token", noun: "Token") -> str | None:
    """'about 350 thousand abortions are carried out each year' -> 'How many
    abortions are carried out each year'."""
    num = {x.i for c in noun.children if c.dep_ in ("nummod", "det") or (c.dep_ == "advmod" and c.i < noun.i)
           for x in c.subtree}
    subj = [x for x in noun.subtree if x.i not in num and x.i <= noun.i and x.lower_ != "estimated"]
    joined = {x.i for c in clause.children if c.dep_ in ("conj", "cc") and c.i > noun.i for x in c.subtree}
    rest = [x for x in clause.subtree if (x.i > noun.right_edge.i or x.i == clause.i) and x.i not in joined]
    rest = [x for x in rest if x.i >= clause.i or (x.head.i == clause.i and x.dep_ in ("aux", "auxpass", "neg"))]
    while rest and _punct(rest[-1]):
        rest.pop()
    if not subj or not rest:
        return None
    text = ph.words(subj)
    if text and not noun.ent_type_ and text[0].isupper() and subj[0].pos_ != "PROPN":
        text = text[0].lower() + text[1:]
    return f"How many {text} {ph.words(rest)}"


def _accused_of(t: "Token") -> "tuple[Token, Token] | None":
    """'accused Johnson of misleading the Queen', 'Qawi was accused of inciting
    the murder', 'the vessel is suspected of dumping oil': the one accused or
    suspected and the act, an allegation not yet proven."""
    if t.pos_ != "VERB" or _lemma(t) not in ("accuse", "suspect") or _negated(t):
        return None
    who = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
    # The parser hangs "of" on the verb or on the one accused.
    of = next((c for c in (*t.children, *(who.children if who is not None else ()))
               if c.dep_ == "prep" and c.lower_ == "of"), None)
    act = next((c for c in of.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) if of is not None else None
    if who is None or act is None or _negated(act):
        return None
    return who, act


def _wish(may: "Token") -> bool:
    """'May God protect ...': "may" opening its clause with the subject after it."""
    verb = may.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = next((x for x in may.sent if not (x.is_punct or x.is_space)), None)
    opens = first is not None and (first.i == may.i or (may.i > 0 and may.doc[may.i - 1].text in ('"', "“", "‘")))
    return opens and subj is not None and subj.i > may.i


def _conceded(may: "Token") -> bool:
    """'X may look similar, but Y', 'while X may have been so, Y': a "may"
    clause followed by a "but" clause, or opened by "while" or "although",
    concedes a point to set up the next one."""
    verb = may.head
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    if (verb.lemma_.lower() in _STATIVE or perfect) and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("while", "whilst", "although", "though") for c in verb.children):
        return True  # "While past restrictions may have justified it, ...": granted, then set aside
    return verb.lemma_.lower() in _STATIVE and any(c.dep_ == "cc" and c.lower_ in ("but", "yet")
                                                   for c in verb.children) and any(
        c.dep_ == "conj" and c.i > may.i for c in verb.children)


# Verbs of a state, not an event: "X may be right, but ..." concedes; "talks
# may resume, but ..." still looks ahead.
_STATIVE = frozenset("be look seem appear sound feel have know".split())


def _committed_gerund(t: "Token") -> "Token | None":
    """'committed to continuing trilateral meetings', 'is committed to
    vigorously pursuing X': the gerund of the undertaking."""
    if t.pos_ not in ("VERB", "ADJ") or _negated(t) or (t.pos_ == "ADJ" and _negated(t.head)):
        return None
    to = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None:
        return None
    k = to.i + 1
    while k < len(t.doc) and t.doc[k].pos_ == "ADV":
        k += 1
    g = t.doc[k] if k < len(t.doc) else None
    return g if g is not None and g.tag_ == "VBG" and g.i in {x.i for x in to.subtree} else None


def _first_person(subj: "Token | None") -> bool:
    """'I believe', 'we believe': the speaker's own view, not a matter to settle."""
    return subj is None or subj.lower_ in ("i", "we")


def _cues(sent: Sentence) -> list[Cue]:
    out: list[Cue] = []
    toks = list(sent.span)
    root = sent.span.root
    unnamed = bool(UNNAMED_SOURCE.search(sent.text))
    attribution = ATTRIBUTION + (0.2 if unnamed else 0.0)
    for i, t in enumerate(toks):
        low = t.lower_
        nxt = toks[i + 1].lower_ if i + 1 < len(toks) else ""
        if t.tag_ == "MD" and low in MODAL_WEIGHTS:
            if low == "may" and _wish(t):
                continue  # "May God protect them", "may he rest in peace": a wish, not a prospect
            if low == "may" and _conceded(t):
                continue  # "frogs may look similar, but ...": granted in passing, not a prospect
            verb = t.head
            if low in ("would", "'d") and _courtesy(verb):
                continue  # "I would like to thank him": a courtesy, nothing pending
            if any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children):
                # "may have evolved", "might have dealt": a guess about the past,
                # open; "would have", "should have" and a "could have" beside an
                # if-clause are counterfactual or settled.
                conditional = any(x.dep_ == "mark" and x.lower_ in ("if", "unless") for x in toks)
                # ("a problem that could have been resolved": what was not done).
                guess = low in ("may", "might") or (low == "could" and verb.dep_ != "ROOT" and not (
                    verb.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in verb.children)))
                if guess and not conditional and not _negated(verb):
                    out.append(Cue(MODAL_WEIGHTS[low], "guess", t))
                continue
            if _negated(verb) and low not in ("may", "might"):
                if _refusal(t):
                    out.append(Cue(0.75, "refusal", t))  # "said he will not approve X": will he hold out?
                continue
            w = MODAL_WEIGHTS[low]
            if verb.dep_ == "ccomp" and verb.head.dep_ in ("relcl", "acl") and _no_det(verb.head.head):
                continue  # "no reason to believe the dam will fail": the belief is denied
            if low in ("should", "must") and any(c.dep_ == "auxpass" for c in verb.children):
                w = max(w, 0.75)  # "the gun laws should be changed": a step someone calls for
            if low == "must" and _lemma(verb) in _APPROVAL_VERBS:
                w = 0.8  # "the treaty must be ratified": consent still ahead
            if low == "would" and verb.dep_ == "ccomp" and verb.head.lemma_ in REPORT_VERBS:
                w = MODAL_WEIGHTS["will"]  # reported "would": a future seen from the past
            if low == "should" and t.i < verb.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i > t.i for c in verb.children):
                out.append(Cue(0.85, "cond", t))  # "should Russia continue": a condition
                continue
            out.append(Cue(w, "modal", t))
        elif t.lemma_ == "go" and t.tag_ == "VBG" and nxt == "to" and any(c.dep_ == "aux" for c in t.children) \
                and _infinitive(t) is not None and not _negated(t):
            out.append(Cue(0.8, "goingto", t))  # "we are going to implement these plans"
        elif t.lemma_ in ("comment", "respond", "reach") and _no_comment(t) is not None:
            out.append(Cue(0.9, "nocomment", t))  # "declined to comment", "did not respond to a request for comment"
        elif low in ("until", "till") and t.dep_ == "prep" and _bailed_until(t) is not None:
            out.append(Cue(0.8, "bail", t))  # "released him on bail until October": will he be charged?
        elif t.lemma_ == "face" and t.tag_ in ("VBZ", "VBP") and _penalty_faced(t):
            out.append(Cue(0.8, "penalty", t))  # "she faces a $500,000 fine": what sentence will she get?
        elif low == "according" and nxt == "to":
            out.append(Cue(attribution, "adv", t))
        elif low == "yet" and nxt == "to":
            out.append(Cue(1.1, "yet", t))
        elif low == "yet" and t.dep_ == "advmod" and _negated(t.head):
            out.append(Cue(1.0, "notyet", t))  # "we haven't yet agreed on ..."
        elif ((low == "date" and i > 0 and toks[i - 1].lower_ == "to")
              or (low == "far" and i > 0 and toks[i - 1].lower_ == "so")
              or (low == "still" and t.dep_ == "advmod")):
            # "To date, his remains had not been recovered": a step still missing.
            verb = t
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.tag_ == "VBN" and _negated(verb):
                out.append(Cue(0.9, "notdone", verb))
        elif (low == "never" and t.head.tag_ == "VBN" and t.head.lemma_.lower() in _STEPS_AWAITED
              and any(c.dep_ == "auxpass" for c in t.head.children)
              and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.head.children)):
            # "his remains have never been recovered": a step still missing.
            out.append(Cue(0.9, "notdone", t.head))
        elif (t.dep_ == "mark" and low in ("until", "till") and t.head.tag_ in ("VBZ", "VBP", "VBN")
              and not _past_clause(t.head) and not _negated(t.head)
              and (t.head.tag_ != "VBN"
                   or any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in t.head.children))):
            out.append(Cue(0.8, "until", t))  # "stayed until the issue is resolved upon appeal"
        elif t.dep_ == "mark" and low in ("if", "unless", "whether"):
            clause = t.head
            # "to determine if it had performed as designed": an if that asks, like whether.
            asks = low == "if" and _asking_if(clause)
            if low != "whether" and not asks and (_counterfactual(clause) or _counterfactual(clause.head)):
                continue  # "if she'd have stayed ... we could have found"
            if (low == "if" and i > 0 and toks[i - 1].lower_ == "as"
                    and clause.head.lemma_ not in ("seem", "appear", "look", "sound")):
                continue  # "it was as if they walked in": a comparison ("appears as if" still hedges)
            if low != "whether" and _legal_provision(clause):
                continue  # "abortion is permitted only if the pregnancy ...": what a law says, not a pending matter
            if (low == "if" and clause.lemma_.lower() in ("want", "wish", "hope") and any(
                    c.dep_ == "nsubj" and c.lower_ in ("we", "you") for c in clause.children)):
                continue  # "if we want to see parity, we need ...": a general remark, no pending matter
            out.append(Cue(0.85 if low != "whether" and not asks else 0.9, "cond", t))
        elif (low == "whether" and t.dep_ != "mark" and i + 2 < len(toks) and toks[i + 1].lower_ in ("and", "or")
              and toks[i + 2].lower_ in ("when", "how", "where") and toks[i + 2].head.pos_ in ("VERB", "AUX")
              and toks[i + 2].head.i > toks[i + 2].i):
            # "to analyze whether and when action is appropriate": the parser
            # hangs "whether" on the verb; the clause after the wh-word is asked.
            out.append(Cue(0.9, "cond", toks[i + 2]))
        elif _needed(t) is not None:
            out.append(Cue(0.8, "need", t))  # "more protections are needed for X": will they come?
        elif t.lemma_ == "be" and t.dep_ in ("ROOT", "ccomp", "conj") and _be_to(t):
            out.append(Cue(0.85, "beto", t))  # "the study is to involve", "centres are to be permitted"
        elif t.pos_ in ("VERB", "AUX") and _mandated(t):
            out.append(Cue(0.8, "mandate", t))  # "recommended the fires be added to the agenda"
        elif low in _STALLED and t.pos_ in ("VERB", "ADJ") and not _negated(t) and _stalled(t) is not None:
            out.append(Cue(0.8, "stalled", t))  # "the bills have been stuck in Congress": will they pass?
        elif t.pos_ == "VERB" and _remanded_to(t) is not None:
            out.append(Cue(0.8, "remand", t))  # "remanding the case to the Court of Appeals"
        elif (t.pos_ == "VERB" and _lemma(t) in ("announce", "unveil") and not _negated(t)
              and _announced_step(t) is not None):
            out.append(Cue(0.75, "announced", t))  # "announced a complete withdrawal": will it go ahead?
        elif t.pos_ == "ADJ" and low in _READY_ADJ and _ready(t) is not None:
            out.append(Cue(0.8, "ready", t))  # "we stand ready to help": will they?
        elif (low in ("next", "upcoming") and t.dep_ == "amod" and _next_event(t.head)):
            out.append(Cue(0.75, "nextevent", t))  # "until his next court appearance"
        elif t.lemma_ == "have" and t.tag_ in ("VBZ", "VBP", "VB") and _obligation(t) is not None:
            out.append(Cue(0.82, "mustdo", t))  # "the deal still has to be approved": a step ahead
        elif low == "due" and t.dep_ == "acomp" and _infinitive(t) is not None and not _negated(t.head):
            out.append(Cue(0.85, "dueto", t))  # "the minister is due to visit Paris"
        elif low == "pending" and _pending_noun(t) is not None:
            out.append(Cue(0.85, "pending", t))  # "the merger is pending approval"
        elif low == "process" and i >= 2 and toks[i - 1].lower_ == "the" and toks[i - 2].lower_ == "in" and nxt == "of":
            out.append(Cue(0.85, "ongoing", t))  # "is in the process of formulating"
        elif (t.pos_ == "VERB" and _lemma(t) in _DISCLOSE_VERBS | _KNOW_WORDS
              and _subject(t) is not None and _subject(t).lemma_.lower() in _INFO_NOUNS
              and (_negated(t) or _no_det(_subject(t)))):
            # "the identity of the gunman has not been released", "no cause was immediately known"
            out.append(Cue(0.85, "undisclosed", t))
        elif t.pos_ == "VERB" and _unsaid(t) is not None:
            out.append(Cue(0.85, "unsaid", t))  # "did not confirm what work it was doing": what was it?
        elif t.pos_ == "VERB" and _withheld(t) is not None:
            out.append(Cue(0.85, "withheld", t))  # "police have not named a motive": what is it?
        elif (t.pos_ == "VERB" and (_lemma(t) in ("seem", "appear", "presume") or _passive_report(t))
              and _raised(t) is not None and not _negated(t) and not _resolved_later(t)
              and not _presumption_of_innocence(t)):
            # "the drug appears to reduce deaths": the writer's hedge; a past
            # "appeared to be" mostly narrates how things looked at the time.
            # A past hedge on an act ("the deal appeared to circumvent the
            # ministry") still leaves the act unconfirmed.
            inner = _raised(t)
            out.append(Cue(0.8 if t.tag_ != "VBD" or (inner.lemma_ not in ("be", "have") and inner.pos_ == "VERB")
                           else 0.5, "seem", t))
        elif t.pos_ == "VERB" and _lemma(t) in CLAIM_VERBS and _raised(t) is not None and not _negated(t):
            out.append(Cue(0.8, "seem", t))  # "the men claimed to be police officers"
        elif (t.pos_ == "VERB" and _lemma(t) == "claim" and not _negated(t)
              and any(c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit") for c in t.children)):
            out.append(Cue(0.85, "claimresp", t))  # "the group claimed responsibility for the attack"
        elif t.pos_ == "VERB" and _accused_of(t) is not None:
            out.append(Cue(0.8, "accused", t))  # "was accused of inciting the murder": did he?
        elif t.pos_ in ("VERB", "NOUN", "ADJ") and _estimated_count(t) is not None:
            out.append(Cue(0.85, "estimate", t))  # "police estimated 200 people attended": how many did?
        elif t.pos_ == "NOUN" and _lemma(t) in _MOTION_NOUNS and _tabled(t):
            out.append(Cue(0.8, "tabled", t))  # "introduced a bill to ...": will it pass?
        elif _conflicting_accounts(t) is not None:
            out.append(Cue(0.85, "conflict", t))  # "reports differ on whether ...", "conflicting accounts of ..."
        elif (_lemma(t) == "commit" or t.lower_ == "committed") and _committed_gerund(t) is not None:
            out.append(Cue(0.8, "commitgerund", t))  # "committed to continuing talks": will they?
        elif t.pos_ == "VERB" and _lemma(t) in FORWARD_VERBS:
            lemma = _lemma(t)
            if _negated(t) and lemma not in ("deny",):
                continue
            w = FORWARD_VERBS[lemma]
            inf = _infinitive(t)
            if lemma in NEEDS_INFINITIVE and inf is None and not (lemma == "set" and _scheduled_event(t)):
                continue
            if lemma in ("begin", "start") and t.tag_ == "VBD" and not any(c.dep_ == "aux" for c in t.children):
                continue  # "members began arriving the day of the quake": told as done
            has_comp = inf is not None or any(c.dep_ in ("xcomp", "ccomp") for c in t.children)
            if ((t.dep_ == "relcl" or lemma in ("consider", "believe", "estimate", "claim"))
                    and not has_comp and t.tag_ != "VBG"):
                continue  # "what they consider the causes": description, not intent
            if t.dep_ in ("relcl", "acl") and _no_det(t.head):
                continue  # "there was no reason to expect that ...": nothing is expected
            if _past_intention(t):
                continue  # "the charity was intending to raise money": narrated, or overtaken by what followed
            if lemma in ("seek", "aim") and _instrument_purpose(t):
                continue  # "the treaty, which seeks to balance X and Y": what it is for, not a pending step
            if (lemma in _PLAN_VERBS or lemma in _STANCE_NOUNS) and _superseded(t):
                continue  # "originally planned for April 28": replaced by what followed
            if lemma in ("report",):
                w = attribution
                subj = _subject(t)
                if (subj is not None and subj.ent_type_ in ("ORG", "NORP") and subj.pos_ == "PROPN"
                        and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                          for m in c.children) for c in t.children)):
                    # "Business Insider reported that ...": one outlet's account, set
                    # apart as its claim rather than told as the news itself.
                    w = 0.8
            if lemma == "set" and inf is not None and any(c.dep_ == "auxpass" for c in t.children):
                # "the council is set to vote": an arrangement still ahead.
                w = 0.85 if t.head.i == t.i or t.tag_ != "VBD" else 0.6
                if any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in t.children):
                    w = 0.75
            # A request with an addressee ("urged Turkey to halt", "called on
            # councils to instil", "calling for the killers to be brought to
            # justice") stays open whatever its tense.
            request = lemma in REQUEST_VERBS and inf is not None and (
                any(c.dep_ in ("dobj", "dative") for c in t.children)
                or any(_addressee_on(c, t) for c in t.children)
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in inf.children))
            # "demanded the resignation of the minister": a demand not yet met.
            request = request or (lemma == "demand" and inf is None and not _negated(t) and any(
                c.dep_ == "dobj" and c.pos_ == "NOUN" for c in t.children))
            if (lemma in _RESEARCH_NOUNS and t.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in (
                    "is", "are", "'s", "'re") for c in t.children)):
                w = max(w, 0.85)  # "scientists are still studying the effects": under way
            if lemma in ("try", "attempt", "struggle") and inf is not None and t.tag_ in ("VBP", "VBZ", "VBG"):
                w = max(w, 0.75)  # an effort under way: will it succeed?
            if lemma == "believe" and has_comp and not _first_person(_subject(t)):
                # "police believe him to be 25", "authorities said they believed a
                # fruit had exploded": someone else's belief about a fact, unconfirmed.
                out.append(Cue(0.8, "forward", t))
                continue
            comp = next((c for c in t.children if c.dep_ == "ccomp"), None)
            if comp is not None and comp.pos_ in ("VERB", "AUX") and _would_have(comp):
                continue  # "contended he would have died had he not been armed": what did not happen
            if lemma == "consider" and any(c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ == "ADJ"
                                           for c in t.children):
                continue  # "she considered the deal acceptable": an opinion, not an intent
            if (lemma in CLAIM_VERBS or lemma in _CASE_VERBS) and comp is not None:
                # An unverified claim, whatever the tense; so is a case argued or a
                # view suggested with its content ("legislators argued it would
                # prevent fraud", "scholars have suggested the birds were farmed").
                out.append(Cue(0.8, "forward", t))
                continue
            if t.tag_ == "VBD" and not any(c.dep_ == "xcomp" for c in t.children) and lemma in _PAST_DONE:
                w *= 0.6
            # Narrated past ("responded, expecting Putin to join him") is
            # settled; vague signals ("hinted at") stay open whatever the tense.
            past_root = root.tag_ == "VBD"
            if lemma not in VAGUE_VERBS:
                if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp") and past_root:
                    w *= 0.6
                elif t.tag_ == "VBD" and not has_comp and not _doubt_about(t):
                    w *= 0.75
                elif t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) and not has_comp:
                    w *= 0.6  # "was questioned about the case": something done to someone
            if request:
                w = max(w, 0.8)
            if _hedge_aside(t):
                w = max(w, 0.8)  # "These birds, she suggested, hunt sharks": her guess, unconfirmed
            if (t.tag_ == "VBN" and t.dep_ not in ("ROOT", "conj") and lemma not in VAGUE_VERBS
                    and any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children)):
                w = min(w, 0.6)  # "less than the president had requested": overtaken by the main clause
            if lemma in ("expect", "schedule", "plan", "set") and _scheduled_event(t):
                w = max(w, 0.85)  # "a vote on the bill is expected next week"
            out.append(Cue(w, "forward", t))
        elif (t.tag_ == "CD" and t.dep_ == "nummod" and t.head.dep_ == "nsubjpass"
              and t.head.head.lemma_.lower() in ("injure", "wound") and t.head.head.tag_ == "VBN"
              and not _negated(t.head.head)):
            out.append(Cue(0.75, "injured", t))  # "Fourteen people were injured": how are they?
        elif t.pos_ in ("NOUN", "ADJ", "VERB") and _rising_count(t) is not None:
            out.append(Cue(0.75, "rising", t))  # "the death toll rose to 45": will it rise further?
        elif (low in ("future", "follow-up") and t.dep_ == "amod" and t.head.lemma_.lower() in _EVENT_NOUNS
              and not any(x.ent_type_ in ("DATE", "TIME") for x in t.head.subtree)):
            out.append(Cue(0.8, "event", t))  # "agreed to a future meeting": when will it be?
        elif low == "least" and i > 0 and toks[i - 1].lower_ == "at" and _toll(t) is not None:
            out.append(Cue(0.8, "toll", t))  # "at least seven people were killed": will it rise?
        elif (t.tag_ == "VBN" and t.lemma_.lower() in _DISCLOSE_VERBS and _unveiled(t) is not None
              and any(c.dep_ == "auxpass" for c in t.children)
              and any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children)):
            out.append(Cue(0.85, "unveil", t))  # "an initiative to be unveiled next week"
        elif (low == "suspected" and t.dep_ == "amod" and t.head.lemma_.lower() in _CULPRITS
              and t.head.dep_ == "attr" and t.head.head.lemma_ == "be" and _subject(t.head.head) is not None):
            out.append(Cue(0.85, "suspect", t))  # "X are the suspected perpetrators"
        elif (low == "on" and i + 2 < len(toks) and toks[i + 2].lower_ == "way" and nxt == "the"
              and t.head.lemma_ == "be" and not _negated(t.head) and _subject(t.head) is not None
              and _subject(t.head).pos_ == "NOUN"):
            out.append(Cue(0.8, "ontheway", t))  # "a full-scale clampdown is on the way"
        elif t.pos_ == "ADJ" and low in CONCERN_ADJ and t.dep_ == "acomp" and not _negated(t.head):
            out.append(Cue(CONCERN_ADJ[low], "concern", t))
        elif (low == "only" and t.head.tag_ == "CD" and t.head.dep_ in ("nsubj", "nsubjpass")
              and t.head.head.pos_ in ("VERB", "AUX")):
            out.append(Cue(0.8, "partial", t))  # "only 27 have ratified": will the others?
        elif t.pos_ == "ADJ" and low in ADJ_CUES:
            out.append(Cue(ADJ_CUES[low], "adj", t))
        elif t.pos_ == "NOUN" and _wh_about(t) is not None:
            out.append(Cue(0.85, "whabout", t))  # "competing ideas about how flight developed"
        elif (low in _LINGERING_ADJ and t.dep_ == "amod" and t.head.lemma_.lower() in _PROBLEM_NOUNS
              and t.head.tag_ == "NNS" and not _negated(t.head.head)
              and t.head.head.lemma_.lower() not in _SETTLE_VERBS):
            out.append(Cue(0.8, "lingering", t))  # "identified continuing challenges": how will they be met?
        elif (low in _TALK_NOUNS and t.dep_ == "nsubj" and t.head.lemma_.lower() in ("continue", "resume")
              and t.head.tag_ in ("VBP", "VBZ") and not _negated(t.head)):
            out.append(Cue(0.8, "ongoing", t))  # "Discussions on X continue today": talks still under way
        elif (t.pos_ == "NOUN" and low in _RESOLVE_NOUNS and any(c.dep_ == "poss" for c in t.children)
              and (_noun_infinitive(t) is not None or _pledged_goal(t) is not None) and not _negated(t.head)):
            out.append(Cue(0.75, "noun", t))
        elif t.pos_ in ("NOUN", "PROPN") and low in NOUN_CUES:
            w = NOUN_CUES[low]
            if low in _INTENT_NOUNS and (_negated(t.head) or _no_det(t)):
                continue  # "did not have intentions of leaving": a plain negation
            if (low in _INTENT_NOUNS and t.dep_ == "dobj" and _lemma(t.head) in _PLAN_MADE_KNOWN
                    and _noun_infinitive(t) is not None):
                w = max(w, 0.8)  # "announced plans to close the plant": a declared act still ahead
            if t.head.pos_ in ("VERB", "AUX") and _counterfactual(t.head):
                continue  # "I could have made efforts to ...": what did not happen
            if t.dep_ == "pobj" and t.head.lower_ == "without":
                continue  # "life without the possibility of parole": ruled out, not open
            if low == "doubt" and any(c.lower_ == "reasonable" for c in t.children):
                continue  # "proven guilty beyond a reasonable doubt": the standard of proof
            if low in ("hypothesis", "hypotheses") and _hypothesis_topic(t) is None and not (
                    t.head.lower_ == "to" and t.head.head.lower_ == "according"):
                continue  # "to test their hypotheses": only a guess told, or one about a cause, is open
            if low in ("investigations", "inquiries", "probes") and _opened_inquiry_by(t) is None:
                continue  # plural inquiries are mostly generic ("part of investigations", "demands for probes")
            if low in _DONE_RESEARCH_NOUNS and _research_done(t):
                continue  # "following an investigation", "the inquiry led to arrests": concluded
            if low in ("report", "reports", "sources"):
                w = min(w, attribution)
                if any(c.dep_ in ("det", "amod") and c.lower_ in ("another", "other", "separate", "different")
                       for c in t.children) and t.dep_ in ("nsubj", "pobj"):
                    w = 0.8  # "another report said eight died": accounts that differ
            out.append(Cue(w, "noun", t))
        elif t.pos_ == "ADV" and low in ADV_CUES and not (t.head.pos_ == "PRON" or (
                t.head.dep_ == "pobj" and t.head.head.lower_ == "than")):
            # (not "more than perhaps anyone": a comparison hedged, not a claim)
            out.append(Cue(ADV_CUES[low], "adv", t))
        elif low in ("underway", "under") and (low == "underway" or nxt == "way"):
            out.append(Cue(0.8, "adj", t))
    if unnamed and not out and root.pos_ in ("VERB", "AUX") and not _negated(root):
        out.append(Cue(0.75, "unnamed", root))  # "figures provided anonymously by officials"
    from .question_events import event_cues  # the condition of people, unclaimed attacks, deadlines ...
    out.extend(event_cues(sent, Cue))
    return out


# ---------------------------------------------------------------- phrasing


class _Resolver:
    """Replace pronouns by the actor they most likely mean (nearest before)."""

    def __init__(self, parsed: Parsed, actors: list[Actor]) -> None:
        self.parsed = parsed
        self.mentions: list[tuple[int, int, Actor]] = sorted(
            ((m.start, m.end, a) for a in actors for m in a.mentions), key=lambda x: x[0]
        )
        self.by_name = {n.lower(): a for a in actors for n in (a.name, *a.aliases)}
        surnames: dict[str, list[Actor]] = {}
        for a in actors:
            if a.kind == "person" and " " in a.name:
                surnames.setdefault(a.name.split()[-1].lower(), []).append(a)
        for n, owners in surnames.items():
            if len(owners) == 1:
                self.by_name.setdefault(n, owners[0])  # "Lopez said": the one person of that surname
        self.last: Actor | None = None  # the actor the last resolved pronoun meant
        self.surnames = {n.split()[-1].lower() for a in actors if a.kind == "person" for n in (a.name, *a.aliases)}
        self.person_names = {n.lower() for a in actors if a.kind == "person" for n in (a.name, *a.aliases)}
        # People the text marks as men or women ("Mr. Tedeschi", "spokeswoman
        # X"): "her" never means a Mr., nor "his" a Mrs.
        self.gendered: dict[str, set[str]] = {"m": set(), "f": set()}
        for a in actors:
            if a.kind == "person":
                g = _marked_gender(parsed.text, a)
                if g:
                    self.gendered[g] |= {a.name, *a.aliases}

    def actor_before(self, pos: int, kinds: tuple[str, ...], lo: int, exclude: set[str]) -> Actor | None:
        best = None
        self.last_end = -1
        for s, e, a in self.mentions:
            if s >= pos:
                break
            if s >= lo and a.kind in kinds and not (exclude & ({a.name} | set(a.aliases))):
                best = a
                self.last_end = e
        return best

    def plural_noun_between(self, lo: int, pos: int) -> bool:
        """A plural noun after the candidate and before "they": "urged Iran to
        release the sailors. They ..." means the sailors, not Iran."""
        k = self.parsed.sentence_at(lo)
        while 0 <= k < len(self.parsed.sentences) and self.parsed.sentences[k].start < pos:
            sent = self.parsed.sentences[k]
            for t in sent.span:
                g = self.parsed.gstart(sent.block, t)
                if g >= pos:
                    break
                if (g >= lo and t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound"
                        and not any(s <= g < e and a.kind != "person" for s, e, a in self.mentions)):
                    return True
            k += 1
        return False

    def plural_group(self, tok: "Token", si: int, depth: int = 0) -> str | None:
        """A subject "they" that means a group named by a common noun:
        "The participants indicated they would return" (the reporter of the
        clause), or a sentence opening "They" after a sentence whose subject
        was "the officers".  Nothing when that subject is itself unclear."""
        if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass") or depth > 1:
            return None
        verb = tok.head
        if verb.dep_ == "ccomp" and verb.head.lemma_ in REPORT_VERBS and verb.i > verb.head.i:
            said = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
            if said is None:
                return None
            if said.lower_ == "they":
                return self.plural_group(said, si, depth + 1)
            return _group_phrase(said)
        first = next((x for x in tok.sent if not _punct(x)), None)
        if first is None or first.i != tok.i or verb.dep_ != "ROOT" or si <= 0:
            return None
        prev = self.parsed.sentences[si - 1]
        if self.parsed.sentences[si].block != prev.block:
            return None
        said = next((c for c in prev.span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return _group_phrase(said) if said is not None else None

    def family_before(self, tok: "Token", si: int, pos: int) -> "tuple[str, int] | None":
        """A "they" meaning a family named by its plural surname in this or the
        sentence before: "The Smiths bought the mill. Mr Smith said they
        intended to reopen it" -> "the Smiths".  Nothing when two are named.
        Gives the name and where its mention ends."""
        found: dict[str, int] = {}
        for k in (si - 1, si):
            if k < 0 or self.parsed.sentences[k].block != self.parsed.sentences[si].block:
                continue
            sk = self.parsed.sentences[k]
            for t in sk.span:
                g = self.parsed.gstart(sk.block, t)
                if g >= pos:
                    break
                if (t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() and t.lower_.endswith("s")
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                        and not any(c.dep_ == "compound" for c in t.children)
                        and (t.text[:-1].lower() in self.surnames or (
                            t.lower_.endswith("es") and t.text[:-2].lower() in self.surnames))):
                    found[t.text] = g + len(t.text)
        if len(found) != 1:
            return None
        name, g = next(iter(found.items()))
        return "the " + name, g

    def thing_before(self, tok: "Token", si: int) -> str | None:
        """The singular thing an "it"/"its" in a subject means: the nearest
        subject before it in its sentence ("Hagia Sophia bears ..., and its
        status must be maintained"), else the last main subject of the
        sentence before ("this study does lay groundwork. Perhaps it will
        inspire ...").  Nothing when that subject is a person, a plural, a
        pronoun or a bare noun."""
        cands = [x for x in tok.sent if x.i < tok.i and x.dep_ in ("nsubj", "nsubjpass")
                 and tok.i not in {y.i for y in x.subtree} and x.head.dep_ not in ("relcl", "acl")]
        if not cands and si > 0 and self.parsed.sentences[si - 1].block == self.parsed.sentences[si].block:
            prev = self.parsed.sentences[si - 1].span
            cands = [x for x in prev if x.dep_ in ("nsubj", "nsubjpass")
                     and x.head.dep_ in ("ROOT", "ccomp", "conj")]
        if not cands:
            return None
        s = cands[-1]
        # A name the tagger took for a person's that no person in the article
        # bears ("Hagia Sophia bears ..., and its status") is the thing "its" means.
        person = s.ent_type_ == "PERSON" and (tok.lower_ != "its" or any(
            x.text.lower() in self.surnames | self.person_names for x in s.subtree if x.pos_ == "PROPN"))
        if s.tag_ not in ("NN", "NNP") or person or s.ent_type_ in ("NORP", "DATE", "TIME", "CARDINAL") \
                or s.lower_ in self.surnames or s.text.lower() in self.person_names:
            return None
        if s.tag_ == "NN" and s.ent_type_ == "" and s.lower_ in _PERSON_NOUNS:
            return None
        drop = {x.i for c in s.children if c.dep_ in ("relcl", "appos", "acl", "punct", "prep", "cc", "conj")
                for x in c.subtree}
        toks = [x for x in s.subtree if x.i not in drop]
        if not toks or any(x.tag_ in ("PRP", "PRP$", "WDT", "WP") or _punct(x) for x in toks):
            return None
        if s.tag_ == "NN" and (toks[0].dep_ != "det" or toks[0].lower_ not in ("the", "this", "that")):
            return None  # "a report", "each": no one thing to name
        text = " ".join(x.text for x in toks)
        if toks[0].lower_ in ("the", "this", "that"):
            text = "the" + text[len(toks[0].text):]
        return text

    def reporter(self, tok: "Token", exclude: set[str]) -> Actor | None:
        """"Murphy claimed she made the decision": a pronoun that is the
        subject of what a named person reports is that person."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return None
        verb = tok.head.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        if verb.lemma_.lower() not in REPORT_VERBS or subj is None or subj.i > tok.i:
            return None
        return self.person_named(subj, exclude)

    def person_named(self, head: "Token", exclude: set[str] = frozenset()) -> Actor | None:
        """The person a name ending at ``head`` stands for, tried from its
        longest form to its last word ("Mayor de Blasio", "de Blasio",
        "Blasio"), as the text's other mentions name them."""
        words = [x.text.lower() for x in head.doc[head.left_edge.i : head.i + 1]]
        for k in range(len(words)):
            a = self.by_name.get(" ".join(words[k:]))
            if a is not None and a.kind == "person" and a.name not in exclude:
                return a
        return None

    def speaker(self, sent_start: int, sent_end: int) -> Actor | None:
        """The person a quoted "I"/"we" belongs to: the person named in the
        sentence, the one who speaks when several are ("X spoke on Y's show
        Z: 'I ...'")."""
        people = [(s, e, a) for s, e, a in self.mentions if sent_start <= s < sent_end and a.kind == "person"]
        si = self.parsed.sentence_at(sent_start)
        sent = self.parsed.sentences[si] if si >= 0 else None
        talkers = [t for t in (sent.span if sent is not None else ())  # the main clause's speaker only
                   if t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPEAKING_VERBS
                   and (t.head.dep_ == "ROOT"
                        or (t.head.dep_ in ("ccomp", "parataxis") and t.head.head.dep_ == "ROOT"))]
        for t in talkers:
            g = self.parsed.gstart(sent.block, t)
            for s, e, a in people:
                if s <= g < e:
                    return a
            # A speaker the tagger missed ("Mayor de Blasio ... spoke"), known by another mention.
            a = self.person_named(t)
            if a is not None:
                return a
        return people[0][2] if people else None

    def resolve(self, tok: "Token", block: int, sent_start: int, exclude: set[str] = frozenset()) -> str | None:
        low = tok.lower_
        pos = self.parsed.gstart(block, tok)
        si = self.parsed.sentence_at(pos)
        lo = self.parsed.sentences[si - 1].start if si > 0 else 0
        self.last = None
        if low in PRONOUNS_PERSON:
            exclude = set(exclude) | self.gendered["f" if low in ("he", "him", "his") else "m"]
            a = self.reporter(tok, exclude) or self.actor_before(pos, ("person",), lo, exclude)
            k = si
            while a is None and 0 <= k and si - k < 5 and (
                    k == si or _same_pronoun(low, self.parsed.sentences[k].text)):
                # "Recently there were concerns over his health. ... he had received":
                # a chain of the same pronoun carries the person named before it,
                # also by a surname the tagger saw but no mention recorded.
                sk = self.parsed.sentences[k]
                named = {x.name: x for s, _, x in self.mentions
                         if sk.start <= s < min(sk.end, pos) and x.kind == "person"}
                for e in sk.span.ents:
                    if e.label_ == "PERSON" and self.parsed.gstart(sk.block, e[0]) < pos:
                        x = self.by_name.get(e.text.lower())
                        named[x.name if x is not None and x.kind == "person" else e.text] = x
                for t in sk.span:
                    if t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON") and self.parsed.gstart(sk.block, t) < pos:
                        x = self.by_name.get(t.text.lower())  # "Murphy claimed": a known surname
                        if x is not None and x.kind == "person":
                            named[x.name] = x
                if named:
                    one = next(iter(named.values())) if len(named) == 1 else None
                    if one is not None and not (exclude & ({one.name} | set(one.aliases))):
                        a = one
                    break  # someone named here: that one, or several and so not clear
                k -= 1
        elif low in PRONOUNS_PLURAL:
            group = self.plural_group(tok, si)
            if group:
                self.last = None
                return group + "'s" if low == "their" and tok.dep_ == "poss" else group
            a = self.actor_before(pos, ("state", "organisation"), lo, exclude)
            fam = self.family_before(tok, si, pos) if low in ("they", "their") else None
            if fam is not None and (a is None or self.last_end <= fam[1]):
                self.last = None
                return fam[0] + "'s" if low == "their" and tok.dep_ == "poss" else fam[0]
            if a is not None and self.plural_noun_between(self.last_end, pos):
                return None
        elif low in ("i", "me", "my", "we", "our", "us") and si >= 0:
            # A quoted "I"/"we": the person quoted, named in this sentence or
            # in the one or two before it in the same paragraph.
            if low == "us" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _SHARES:
                return None  # "all of us", "each of us": more than the speaker
            a = None
            for k in range(si, max(-1, si - 3), -1):
                sk = self.parsed.sentences[k]
                if sk.block != block or (k < si and low in ("we", "our") and not _QUOTE.search(sk.text)):
                    break
                a = self.speaker(sk.start, sk.end)
                if a is not None:
                    break
            if a is not None and low == "us":
                # 'X said, "They need to stand by us"': the speaker's state or
                # organisation when the article names it as an actor, else the speaker.
                org = self.by_name.get(a.affiliation.lower()) if a.affiliation else None
                a = org if org is not None and org.kind in ("state", "organisation") else a
            if a is not None and low in ("my", "our"):
                self.last = a
                return _name_in_text(a) + "'s"
        elif low in ("it", "its") and _subject_pronoun(tok):
            thing = self.thing_before(tok, si)
            self.last = None
            if thing is None:
                return None
            return thing + "'s" if low == "its" else thing
        else:
            return None
        if a is None:
            return None
        self.last = a
        if low in ("his", "her", "their", "hers", "theirs") and tok.dep_ == "poss":
            return _name_in_text(a) + "'s"
        return _name_in_text(a)


_MALE_MARKS = frozenset("mr mr. sir lord king prince father brother son husband".split())
_FEMALE_MARKS = frozenset("mrs mrs. ms ms. miss dame lady queen princess mother sister daughter wife".split())
_MALE_ROLE_WORDS = frozenset("spokesman chairman congressman councilman assemblyman alderman king prince".split())
_FEMALE_ROLE_WORDS = frozenset(
    "spokeswoman chairwoman congresswoman councilwoman assemblywoman alderwoman queen princess actress".split())


# A verb of saying right after a name, then "he" or "she": the speaker reporting on
# themself ("Murphy claimed she made the decision").
_REPORTED_SELF = re.compile(
    r"\s+(?:said|says|claimed|claims|added|argued|insisted|stated|wrote|announced|confirmed|denied|admitted"
    r"|believes|believed|thinks|thought|maintained|maintains)\s+(?:that\s+)?(he|she)\b")


def _marked_gender(text: str, a: Actor) -> str:
    """"m" or "f" when a form of address right before a mention, a report of
    oneself right after it ("X said she ...") or a word of the role says so,
    and nothing says otherwise; else ""."""
    marks = set()
    for m in a.mentions:
        before = text[max(0, m.start - 10) : m.start].split()
        if before:
            w = before[-1].lower()
            marks.add("m" if w in _MALE_MARKS else "f" if w in _FEMALE_MARKS else "")
    # "Murphy claimed she made the decision": a report of oneself, after any
    # form of the name (the tagger may miss some).
    for form in {a.name, *a.aliases, a.name.split()[-1]}:
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            after = _REPORTED_SELF.match(text, m.end())
            if after:
                marks.add("m" if after.group(1).lower() == "he" else "f")
    role = set(a.role.lower().split())
    if role & _MALE_ROLE_WORDS:
        marks.add("m")
    if role & _FEMALE_ROLE_WORDS:
        marks.add("f")
    marks.discard("")
    return marks.pop() if len(marks) == 1 else ""


# Heads that make a name a common-noun phrase needing "the": "the United States".
_THE_HEADS = frozenset("""states kingdom nations union republic emirates islands netherlands philippines
    organization organisation agency commission council ministry department party army navy police board bank
    fund court committee office government administration service association movement group front forces
    guard guards institute authority assembly parliament senate federation league alliance coalition
    society foundation network company corporation times post journal agency""".split())


# Common nouns naming people, never meant by "it"/"its".
_PERSON_NOUNS = frozenset("""man woman child boy girl person spokesman spokeswoman spokesperson official
    officer minister president leader suspect victim driver pilot soldier author researcher scientist
    doctor lawyer judge mayor governor chief director manager owner captain""".split())


def _subject_pronoun(tok: "Token") -> bool:
    """An "it" that is a clause's subject and means a thing, not the empty
    "it" of "it is likely that", "it will take years to"; or an "its" owning
    a clause's subject ("its status must be maintained")."""
    if tok.lower_ == "its":
        return tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")
    verb = tok.head
    # Only a main clause's "it": in "found that it could rule", "until it
    # could review" the clause is someone's finding or a time, seldom the matter.
    main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
    return (main and tok.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB"
            and verb.lemma_ not in ("be", "seem", "appear", "remain", "look", "happen", "take", "make", "mean")
            and not any(c.dep_ in ("ccomp", "csubj", "acomp", "expl") or (
                c.dep_ == "xcomp" and verb.lemma_ not in ("continue", "begin", "start", "need"))
                for c in verb.children))


def _plural_antecedent(pron: "Token") -> "tuple[Token, str] | None":
    """The one plural subject or object before an object "them" in its own
    sentence, and its noun phrase up to the head.  Nothing when several
    plural nouns could be meant."""
    cands = [x for x in pron.sent if x.i < pron.i and x.tag_ in ("NNS", "NNPS") and x.dep_ != "compound"]
    if len(cands) != 1 or cands[0].dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    head = cands[0]
    toks = [x for x in head.subtree if x.i <= head.i]
    if not toks or any(x.tag_ in ("PRP", "PRP$", "WDT", "WP") or _punct(x) for x in toks):
        return None
    text = " ".join(x.text for x in toks)
    if toks[0].pos_ in ("DET", "ADJ") or toks[0].is_sent_start and toks[0].pos_ != "PROPN":
        text = text[0].lower() + text[1:]
    if toks[0].lower_ in ("these", "those", "such"):
        text = "the " + text.split(" ", 1)[1] if len(toks) > 1 else text
    return head, text


def _group_phrase(head: "Token") -> str | None:
    """'The officers, although suspended,' -> 'the officers'; 'More than 95%
    of the participants in her study' -> 'the participants in her study'.
    Only a plural common noun with a determiner or a quantity before it."""
    if (head.ent_type_ in ("PERCENT", "CARDINAL") or head.lower_ in _QUANTITY_HEADS | {"most", "many", "some", "all"}) \
            and not (head.lower_ in _PAIR_NOUNS and not any(c.lower_ == "of" for c in head.children)):
        # "95% of the participants", "a majority of voters": the group is the of-object.
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        head = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if head is None:
            return None
    # "The couple said they would appeal": a couple or family is a "they" too.
    if not (head.tag_ == "NNS" or head.tag_ == "NN" and head.lower_ in _PAIR_NOUNS) \
            or head.ent_type_ not in _COMMON_ENTS:
        return None
    drop = {x.i for c in head.children if c.dep_ in ("relcl", "appos", "acl", "punct", "advcl", "cc", "conj")
            for x in c.subtree}
    toks = [x for x in head.subtree if x.i not in drop]
    while toks and _punct(toks[-1]):
        toks.pop()
    if (not toks or toks[0].dep_ != "det" or toks[0].lower_ not in ("the", "these", "those", "both", "all")
            or any(x.tag_ in ("PRP", "WDT", "WP") or _punct(x) for x in toks)):
        return None
    # "the participants in her study": an owner further in reads as "the study".
    return " ".join(["the" if toks[0].lower_ in ("these", "those") else toks[0].lower_,
                     *("the" if x.tag_ == "PRP$" else x.text for x in toks[1:])])


_PAIR_NOUNS = frozenset("couple family pair".split())


def _same_pronoun(low: str, text: str) -> bool:
    """The sentence refers to someone by the same pronoun (he/him/his or she/her)."""
    pat = r"\b(?:he|him|his)\b" if low in ("he", "him", "his") else r"\b(?:she|her|hers)\b"
    return re.search(pat, text, re.I) is not None


def _name_in_text(a: Actor) -> str:
    """An actor's name as it runs in a sentence: 'the United States', 'Iran'."""
    name = a.name
    words = name.split()
    if (a.kind in ("state", "organisation") and not name.lower().startswith("the ")
            and (words[-1].lower() in _THE_HEADS and (len(words) > 1 or words[0].lower() in (
                "netherlands", "philippines")))):
        return "the " + name
    return name


_ASIDE_DEPS = frozenset("punct cc conj advcl parataxis mark relcl appos npadvmod".split())


def _clause_tokens(verb: "Token", skip: set[int]) -> list["Token"]:
    """Tokens of what follows the verb in its clause: objects, complements, adjuncts."""
    out: list[Token] = []
    glued = False
    for c in verb.rights:
        if glued or (c.text in ("-", "–") and not c.whitespace_ and (
                (out and out[-1].i == c.i - 1 and not out[-1].whitespace_)
                or (not out and c.i == verb.i + 1 and not verb.whitespace_))):
            # "to de-carbonize the economy", which the tokenizer split at its
            # hyphen and the parser hung on the verb in pieces: one word.
            out.extend(c.subtree)
            glued = not glued
            continue
        if c.dep_ == "punct" and c.text in ('"', "“", ":") and out:
            break  # 'took a shot on Twitter: "Oh no, ..."': the quotation is no part of the clause
        purpose = c.dep_ == "advcl" and any(x.dep_ == "aux" and x.lower_ == "to" and x.i < c.i for x in c.children)
        if (c.dep_ in _ASIDE_DEPS and not purpose) or c.i in skip:
            if c.dep_ == "npadvmod" and c.i not in skip and c.tag_ != "PRP" and (
                    c.i == verb.i + 1 or (out and out[0].i == verb.i + 1 and c.left_edge.i == out[-1].i + 1
                                          and all(x.dep_ == "npadvmod" for x in out))):
                pass  # right after the verb, also an amount split in two ("processed ₿ 7300")
            else:
                if c.dep_ in ("advcl", "conj", "parataxis", "cc"):
                    break
                continue
        if c.dep_ == "advmod" and c.lower_ in ("also", "however", "instead", "still"):
            continue
        if c.lower_ == "according" or (c.dep_ == "prep" and c.lower_ == "by" and c.i + 1 < len(c.doc)
                                       and c.doc[c.i + 1].lower_ in ("reports", "some")):
            continue  # "according to state media": the source, not the matter
        out.extend(t for t in c.subtree)
    # Trim at the first quote mark, dash or comma-led aside.
    cut = []
    inside = False
    for k, t in enumerate(out):
        if inside:
            inside = t.text != ")"
            continue
        if t.text == "(" and cut and any(x.text == ")" for x in out[k + 1:]) and out[-1].text != ")":
            # "demand a provider (here, Facebook) to take it down": an aside
            # in brackets is left out and the clause goes on after it.
            inside = True
            continue
        if t.text in ('"', "“", "”", "—", "–", ";", "(") or (t.text == "," and cut and not _inside_np(t)):
            break
        cut.append(t)
    # A relative clause cut before its verb says nothing: drop it whole
    # ("the efforts that the Board (...) have made" -> "the efforts").
    kept = {t.i for t in cut}
    for t in out:
        if t.dep_ == "relcl" and t.i not in kept:
            part = {x.i for x in t.subtree}
            cut = [x for x in cut if x.i not in part]
    while cut and _punct(cut[-1]):
        cut.pop()
    return cut


def _inside_np(comma: "Token") -> bool:
    """'an inclusive, post-election dialogue': a comma between two modifiers
    of the noun that follows, not the start of an aside."""
    head = comma.head
    while head.pos_ == "ADJ" and head.dep_ in ("amod", "conj") and head.head.i != head.i:
        head = head.head  # "a decades-long, collaborative, multi-district effort": the comma hangs on "long"
    if head.i <= comma.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    def modifier(x: "Token", lo: int) -> bool:
        # The sentence root is its own head: stop there rather than loop forever.
        while x.head.i != head.i and x.head.i != x.i and (lo < x.head.i < head.i or x.dep_ == "conj"):
            x = x.head
        return x.head.i == head.i and x.dep_ in ("amod", "compound")

    if comma.i + 1 >= len(comma.doc) or comma.i == 0:
        return False
    return modifier(comma.doc[comma.i - 1], -1) and modifier(comma.doc[comma.i + 1], comma.i)


_REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves".split())


def _subject(verb: "Token") -> "Token | None":
    s = _subject_as_parsed(verb)
    if s is not None and s.lower_ in _REFLEXIVES and verb.head is not verb:
        # "could declare themselves refugees and ask ...": the parser made a
        # reflexive the subject of a clause of its own; no reflexive acts.
        return _subject(verb.head)
    return s


def _subject_as_parsed(verb: "Token") -> "Token | None":
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if (len(subjects) > 1 and verb.doc[subjects[0].right_edge.i + 1].text == "," and subjects[0].pos_ == "NOUN"
            and not any(c.dep_ in ("det", "poss") for c in subjects[0].children)):
        # "Longer term, the goal is to ...": a fronted time phrase the parser
        # took for a second subject; the one next to the verb is the subject.
        return subjects[-1]
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "expl"):
            return c
        if c.dep_ in ("csubj", "csubjpass"):
            # "fixing the plant may take a year": a gerund names the matter;
            # "to conduct an election would force ...": a clause, no one to name.
            return c if c.tag_ == "VBG" and c.i < verb.i and not any(
                x.dep_ in ("nsubj", "aux") for x in c.children) else None
    # "promised each victim will be ...", "the hypothesis flight could have
    # evolved": the small parser makes the clause's subject the object of the
    # verb before it.
    if verb.dep_ in ("ccomp", "conj") and verb.head is not verb:
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i), None)
        if obj is not None and not any(x.pos_ in ("CCONJ", "PUNCT") for x in verb.doc[obj.i + 1 : verb.i]):
            return obj
    # "a statement agreeing the issue should be decided": a finite clause
    # without a subject whose subject the parser made the object before it.
    lead = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if lead and any(c.tag_ == "MD" for c in lead) and verb.dep_ in ("relcl", "ccomp", "advcl"):
        x = verb.doc[lead[0].i - 1]
        while x.dep_ != "dobj" and x.head.i != x.i and x.head.i < lead[0].i and x.head.i > verb.head.i - 1:
            x = x.head
        if x.dep_ == "dobj" and x.right_edge.i == lead[0].i - 1 and x.pos_ in ("NOUN", "PROPN"):
            return x
    # "reported X to be dead", "asked the council to reconsider": an
    # infinitive's subject is the object of the verb that governs it.
    if verb.dep_ == "xcomp" and verb.head is not verb and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and obj.tag_ not in ("WP", "WDT") and verb.head.lemma_ in _OBJECT_CONTROL:
            return obj
    # Climb through xcomp/conj to the governing verb's subject.
    if verb.dep_ in ("xcomp", "conj", "ccomp") and verb.head is not verb:
        return _subject(verb.head)
    return None


# "reported X to be dead", "urged X to resign": verbs whose object does what
# the infinitive says ("requested ballots to vote": a purpose, not the ballots).
_OBJECT_CONTROL = frozenset("""report believe expect ask urge tell order allow permit force encourage persuade want
    need require invite advise warn consider declare find show know help enable lead cause get compel press pressure
    push prompt instruct authorize authorise direct call""".split())
# "this week", "these days": a demonstrative of time points at the moment of writing.
_DEICTIC_TIME = frozenset("""week weekend month year morning afternoon evening night time season summer winter
    spring autumn fall day days decade century point stage moment way""".split())

# Verbs that report what someone says or thinks: the content is the matter.
# (_STATE_REPORTS, below: "reported/found X to be Y" states what is, not what will be.)
REPORT_VERBS = frozenset(
    """say tell report claim allege believe suggest describe deny insist contend assert maintain
    state add conclude think argue indicate write announce reveal confirm emphasize emphasise stress
    explain note observe acknowledge admit""".split()
)
_PERSONAL = {"i", "we", "you", "me", "us"}
# Words for a share of a group: "all of us", "each of them".
_SHARES = frozenset("all each many most some both none few several any one".split())
_STATE_REPORTS = REPORT_VERBS | {"know", "find", "show", "declare", "consider", "presume", "confirm"}


def _relative_antecedent(s: "Token") -> "Token | None":
    """'Ohio, which was planning ...', 'a mission, which NASA said might take
    place': the noun a relative pronoun stands for."""
    if s.tag_ not in ("WDT", "WP"):
        return None
    v = s.head
    while v.head is not v and (v.dep_ in ("xcomp", "conj")
                               or (v.dep_ == "ccomp" and v.head.lemma_ in REPORT_VERBS)):
        v = v.head
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
        return v.head
    return None


# Bodies that speak of themselves as "it".
_BODY_NOUNS = frozenset("""government ministry company council court police army military agency committee
    commission party board union group embassy firm administration authority department office parliament
    cabinet regime bank airline""".split())


def _reporter_subject(s: "Token") -> "Token | None":
    """'Salling said it seeks ...': "it" is the one who said so; 'the
    officials claimed they were ...': "they" are the officials."""
    if s.lower_ not in ("it", "they"):
        return None
    v = s.head
    while v.dep_ in ("xcomp", "conj") and v.head is not v:
        v = v.head
    if v.dep_ == "ccomp" and v.head.lemma_ in REPORT_VERBS and v.lemma_ != "be":
        # Not "X stated it would be fruitful": an "it" that stands for nothing.
        outer = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if s.lower_ == "they":
            plural = outer is not None and outer.pos_ in ("NOUN", "PROPN") and (
                outer.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in outer.children))
            return outer if plural else None
        if outer is not None and outer.pos_ == "PROPN" and outer.ent_type_ != "PERSON":
            return outer
        if outer is not None and outer.tag_ == "NN" and outer.lemma_.lower() in _BODY_NOUNS:
            return outer  # "the government said it would consider ..."
    return None


def _content(verb: "Token") -> "Token":
    """The innermost reported clause: 'reported its source said X were killed' -> X."""
    seen = 0
    while verb.lemma_ in REPORT_VERBS and seen < 4:
        comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if comp is None or comp.i < verb.i:
            break
        verb = comp
        seen += 1
    return verb


class _Phraser:
    def __init__(self, parsed: Parsed, resolver: _Resolver, block: int, sent_start: int) -> None:
        self.parsed, self.resolver, self.block, self.sent_start = parsed, resolver, block, sent_start
        si = parsed.sentence_at(sent_start)
        self.sentence = parsed.sentences[si].span if si >= 0 else None
        self.exclude: set[str] = set()
        self.drop: set[int] = set()  # tokens never spoken in the question
        # Set when a he/she/they nobody could be found for stays in the text.
        self.unresolved = False

    def words(self, toks: list["Token"], fix: dict[int, str] | None = None) -> str:
        parts: list[str] = []
        toks_fix: dict[int, str] = dict(fix or {})
        written: set[str] = set()  # names pronouns here were replaced by
        if self.drop:
            toks = [t for t in toks if t.i not in self.drop]
        span = self.sentence
        if span is not None:
            # A clause the parser ran on from the sentence before ("between 3 p.m. and
            # 6 a.m. | Thailand planned ...") is no part of this one.
            toks = [t for t in toks if span.start <= t.i < span.end]
        for i, t in enumerate(toks):
            w = t.text
            if t.tag_ == "PRP" or t.tag_ == "PRP$":
                own = t.dep_ in ("nsubj", "nsubjpass", "poss") or t.lower_ in ("i", "we", "my", "our")
                r = self.resolver.resolve(t, self.block, self.sent_start, set() if own else self.exclude)
                if r and own and self.exclude and r.removesuffix("'s") in self.exclude:
                    # "the best we can" after the one it means: a pronoun, not the name twice.
                    w = _SAME_AS_SUBJECT.get(t.lower_, t.lower_)
                    who = self.resolver.last
                    if who is not None and who.kind != "person" and w in _SINGULAR_ORG:
                        w = _SINGULAR_ORG[w]  # "the United States ... protect its people"
                    if t.lower_ == "my" and not (i + 1 < len(toks) and toks[i + 1].lower_ == "own"):
                        # "I will make it my mission": one person's own, which a
                        # plural "their" misstates and a guessed "his"/"her" may.
                        w = "the"
                    if t.lower_ == "i" and i + 1 < len(toks) and toks[i + 1].lower_ in ("am", "was"):
                        toks_fix[toks[i + 1].i] = "are" if toks[i + 1].lower_ == "am" else "were"
                elif r and t.lower_ in _POSSESSIVES and r.removesuffix("'s").split()[-1] in {
                        x.text for x in toks[max(0, i - 4):i]}:
                    # "Biden and his team": the owner was just named; a single
                    # state or organisation owns "its", not "their".
                    who = self.resolver.last
                    if t.lower_ == "their" and who is not None and who.kind != "person" and not any(
                            x.dep_ == "conj" or x.lower_ in ("and", "both") for x in toks[max(0, i - 6):i]):
                        w = "its"
                elif r and t.lower_ in PRONOUNS_PLURAL and any(
                        " and " in e and r.removesuffix("'s") in e for e in self.exclude):
                    pass  # "Greece and Egypt ... their": both own it, not the last one named
                elif r and t.lower_ in _POSSESSIVES and (r.removesuffix("'s") in written or any(
                        r.removesuffix("'s") in e for e in self.exclude)):
                    pass  # "Did X and her family ...": the owner was just named
                elif r:
                    w = r
                    written.add(r.removesuffix("'s"))
                elif t.lower_ in ("our", "we", "us") and len(self.exclude) == 1 and _QUOTE.search(t.sent.text) and (
                        org := self.resolver.by_name.get(next(iter(self.exclude)).lower().removeprefix("the ")))\
                        and org.kind != "person":
                    # A quoted "The United States will protect our people": the state speaks of itself.
                    w = {"our": "its", "we": "it", "us": "it"}[t.lower_]
                elif t.lower_ in _THIRD_PERSON and not any(
                        (x.tag_ in ("NNS", "NNPS") if t.lower_.startswith("th") else x.ent_type_ == "PERSON")
                        for x in toks[:i]):
                    np = _plural_antecedent(t) if t.lower_ == "them" else None
                    if np and (np[0].i in {x.i for x in toks} or np[1].lower() in {e.lower() for e in self.exclude}):
                        pass  # "Will visiting ships need a crane to lift them": the question names them
                    elif np:
                        w = np[1]  # "Older pods relied on the arm to take hold of them": the pods
                    else:
                        self.unresolved = True  # nor does the question itself name whom it means
            elif t.lower_ in ("this", "these") and t.dep_ == "det" and t.head.pos_ in ("NOUN", "PROPN") \
                    and t.head.lemma_.lower() not in _DEICTIC_TIME and t.head.i > t.i:
                # "this airline" points back at something the question cannot
                # see; "the airline" reads as the one the article is about.
                w = "the"
            if t.i in toks_fix:
                w = toks_fix[t.i]
            if t.text in ('"', "“", "”"):
                continue
            # Tokens left out between two kept ones ("elections[,] an") leave a space.
            gap = i + 1 < len(toks) and toks[i + 1].i != t.i + 1 and not t.whitespace_
            parts.append(w + (t.whitespace_ or (" " if gap else "")))
        return "".join(parts).strip()

    def subject_text(self, verb: "Token", subj: "Token | None" = None) -> str:
        s = subj if subj is not None else _subject(verb)
        if s is None:
            return ""
        s = _relative_antecedent(s) or _reporter_subject(s) or s
        ap = next((a for a in s.children if a.dep_ == "appos" and a.ent_type_ == "PERSON" and a.i > s.i), None)
        if (ap is not None and s.ent_type_ != "PERSON" and s.tag_ in ("NN", "NNP")
                and not any(c.dep_ in ("det", "poss") for c in s.children)):
            s = ap  # "former Vice President of the United States Joe Biden": the person, not a bare title
        # Drop appositive/relative clauses hanging off the subject, and a
        # relative clause anywhere in it ("the Islamic State of Iraq and the
        # Levant, which is linked to X, ...").
        drop = {x.i for a in s.children if a.dep_ in ("relcl", "appos", "acl") for x in a.subtree}
        drop |= {x.i for a in s.subtree if a.dep_ == "relcl" and a.i != s.i for x in a.subtree}
        if s.dep_ == "poss":
            drop |= {c.i for c in s.children if c.dep_ == "case"}  # "Serbia's decision to ...": Serbia
        reported_subject = (s.dep_ in ("nsubj", "nsubjpass") and s.head.dep_ == "ccomp") or (
            s.dep_ == "dobj" and any(c.dep_ == "ccomp" and c.i > s.i for c in s.head.children))
        if reported_subject and any(c.dep_ == "compound" and c.lemma_.lower() in _CONTENT_NOUNS for c in s.children):
            # "support the hypothesis flight could have evolved": the parser glued the
            # clause's subject to the noun naming it; the subject is "flight" alone.
            cut = max(c.i for c in s.children if c.dep_ == "compound" and c.lemma_.lower() in _CONTENT_NOUNS)
            drop |= {x.i for x in s.subtree if x.i <= cut}
        toks = [t for t in s.subtree if t.i not in drop]
        if s.dep_ in ("csubj", "csubjpass") and not any(c.dep_ == "dobj" for c in s.children):
            # "fixing the plant ... may take": the parser hangs the gerund's
            # object on the main verb as its subject.
            obj = next((c for c in s.head.children if c.dep_ == "nsubj" and c.left_edge.i == s.i + 1), None)
            if obj is not None:
                drop |= {x.i for a in obj.subtree if a.dep_ == "relcl" for x in a.subtree}
                toks += [t for t in obj.subtree if t.i not in drop]
        toks = [t for k, t in enumerate(toks) if not (t.text == "," and (k + 1 == len(toks) or _punct(toks[k + 1])))]
        while toks and _punct(toks[-1]):
            toks.pop()
        self.exclude = set()
        text = self.words(toks)
        if text and toks and re.match(re.escape(toks[0].text) + r"\b", text) and (
                not any(ch.isupper() for ch in toks[0].text[1:]) or toks[0].lower_ == "a") and (
                toks[0].pos_ == "DET" or (toks[0].pos_ != "PROPN" and toks[0].ent_type_ in _COMMON_ENTS)
                or (toks[0].tag_ == "NNS" and toks[0].is_sent_start and toks[0].text.istitle()
                    and toks[0].ent_type_ not in ("PERSON", "NORP", "GPE"))):
            # A common noun opening the sentence that the entity tagger took
            # for a name ("Photographs, videos and messages were deleted") is
            # no name either.
            # A sentence-initial capital is no part of the name: "Its status", "Buyers".
            text = text[0].lower() + text[1:]
        if toks and toks[0].tag_ == "NN" and toks[0].dep_ == "poss" and re.match(r"[a-z]+['’]s ", text) \
                and not any(c.dep_ == "det" for c in toks[0].children):
            text = "the " + text  # "that apartment's tenant moved in": a bare count noun needs its article
        if toks and toks[0].lower_ in WH_WORDS:
            return ""  # "What stop Ebola": a question word is no subject
        if toks and (toks[0].lower_ in _NEGATIVE_SUBJECTS or toks[0].dep_ == "neg"):
            return ""  # "no one could push this": a negation, not a matter
        first = text.split()[0].lower() if text else ""
        if first in ("our", "my") and len(toks) > 1:
            # A quoted "our targets" nobody could be found for: the speaker's own.
            text = "the " + text.split(" ", 1)[1]
        elif first in ("its", "your", "their", "his", "her", "whose"):
            return ""  # "its status": nobody found for the owner, the question would not stand alone
        if toks and toks[0].tag_ == "PRP" and len(toks) == 1 and text.lower() in ("he", "she", "him", "her"):
            return ""  # a pronoun nobody could be found for
        # Remember who the subject is so "him" in the object is someone else.
        self.exclude = {text}
        if s.tag_ == "PRP" and s.lower_ in ("we", "i") and text.lower() == s.lower_:
            # 'The commissioner said, "We haven't yet agreed ..."': the one quoted.
            v = s.head
            while v.head.i != v.i and v.lemma_ not in REPORT_VERBS:
                v = v.head
            said = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if v.lemma_ in REPORT_VERBS and said is not None and said.i < s.i:
                text = self.words([x for x in said.subtree if not _punct(x)])
                if toks and said.subtree and list(said.subtree)[0].pos_ == "DET":
                    text = text[0].lower() + text[1:]
                self.exclude = {text}
                return text
        if s.tag_ == "PRP" and s.lower_ in ("we", "you") and text.lower() == s.lower_:
            return s.lower_
        return text

    def yes_no(self, verb: "Token", skip: set[int] = frozenset(), subj_tok: "Token | None" = None,
               positive: bool = True) -> str | None:
        """'Will <subject> <verb> <rest>?' for the clause headed by ``verb``.

        The question is always asked positively ("haven't yet agreed" asks
        whether they will agree); ``positive`` documents that at call sites."""
        # "do everything to ensure that this meeting takes place": ask about the goal.
        for c in verb.rights:
            if c.dep_ in ("advcl", "xcomp") and c.lemma_ in ("ensure", "guarantee"):
                goal = next((g for g in c.children if g.dep_ == "ccomp"), None)
                if goal is not None:
                    q = self.yes_no(goal)
                    if q:
                        return q
        if verb.lemma_ in REPORT_VERBS and not any(c.tag_ == "MD" or c.dep_ == "auxpass" for c in verb.children):
            return None  # "Will reports describe ...": about the report, not the matter
        owner = None
        aim = subj_tok if subj_tok is not None else _subject(verb)
        if aim is not None and aim.lower_ == "one":  # "one of the goals of X is to ..."
            aim = next((g for c in aim.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), aim)
        inf = verb if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" else next(
            (c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None) if verb.lemma_ == "be" else None
        if aim is not None and aim.lemma_.lower() in _AIM_NOUNS | _DUTY_NOUNS and inf is not None \
                and inf.i > aim.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            verb = inf
            # "X's priority is to locate the item": will X locate it?  Not "will the priority locate".
            own = next((c for c in aim.children if c.dep_ == "poss"), None) or next(
                (g for c in aim.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if own is not None:
                owner = self.words([x for x in own.subtree if x.dep_ != "case"])
                owner = re.sub(r"['’]s$", "", owner)
            if not owner or owner.lower() in _POSSESSIVES | {"our", "my", "your", "we", "i"}:
                rest = self.words(_clause_tokens(verb, set(skip)))
                head = _lower_det(_noun_phrase(self, aim), aim)
                if not rest or head.split()[0].lower() not in ("the", "a", "an"):
                    return None
                return f"Will {re.sub(r'^(?:a|an) ', 'the ', head)} to {verb.lemma_} {rest} be met"
        subj = owner or self.subject_text(verb, subj_tok)
        if subj.lower() == "there" and verb.lemma_ == "be":
            # "did not mention if there were casualties": were there any?
            rest = self.words(_clause_tokens(verb, set(skip)))
            if not rest:
                return None
            if verb.tag_ == "VBD":
                return f"{'Was' if verb.lower_ == 'was' else 'Were'} there {rest}"
            return f"Will there be {rest}"
        if not subj or subj.lower() in (
                "it", "this", "that", "there", "which", "who", "we", "you", "i", "they", "them"):
            return None  # an unresolved pronoun: the question would not stand alone
        if verb.lemma_ == "be" and verb.dep_ == "xcomp" and verb.head.lemma_ in _STATE_REPORTS \
                and not any(c.tag_ == "MD" for c in verb.head.children):
            # "reported X to be dead": is X dead?  A state reported now, not a future.
            rest = self.words(_clause_tokens(verb, set(skip)))
            s_tok = subj_tok if subj_tok is not None else _subject(verb)
            if rest and s_tok is not None:
                return f"{'Are' if s_tok.tag_ in ('NNS', 'NNPS') else 'Is'} {subj} {rest}"
        # "were to decline": the infinitive carries the meaning.
        if verb.lemma_ == "be" and any(c.dep_ == "xcomp" for c in verb.children):
            verb = next(c for c in verb.children if c.dep_ == "xcomp")
        passive = any(c.dep_ == "auxpass" for c in verb.children) or (
            _reduced_passive(verb) and subj_tok is not None and subj_tok.head.i == verb.head.i)
        rest = self.words(_clause_tokens(verb, set(skip)))
        if passive:
            core = f"be {verb.text}"
        elif verb.lemma_ == "be":
            core = "be"
        else:
            core = verb.lemma_
        prt = "".join(" " + c.text for c in verb.children
                      if c.dep_ == "prt" and c.i < verb.i + 3 and c.text not in rest[:len(c.text)])
        if re.match(r"(?:a|an) ", subj) and subj.split()[1].lower() not in _QUANTITY_HEADS:
            # "a referendum seeking to create ...": the one the text just named.
            subj = "the " + subj.split(" ", 1)[1]
        if core in ("have", "come") and not prt and re.match(r"to (?:a|an|any|the)\b", rest) and not any(
                c.dep_ in ("dobj", "xcomp") for c in verb.children):
            # "as near as the public will ever have (come) to an official
            # concession": the thing itself is what is awaited.
            return f"Will there be {rest[3:]}"
        q = f"Will {subj} {core}{prt}"
        if rest:
            q += " " + rest
        return q

    def ask(self, verb: "Token", subj_tok: "Token | None" = None) -> str | None:
        """A yes/no question in the clause's own tense: 'FSB sources have
        ascribed X' -> 'Have FSB sources ascribed X?', 'X escaped' -> 'Did X
        escape?', 'may have evolved' -> 'Did ... evolve?'."""
        subj = self.subject_text(verb, subj_tok)
        if (subj.lower() == "there" and verb.lemma_ == "be" and verb.lower_ in _FRONTABLE
                and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)
                and not any(x.lower_ in _NEGATIVE_SUBJECTS for c in verb.children if c.dep_ == "attr"
                            for x in c.subtree)):
            # "There are reportedly 5,000 troops in the country": are there?
            rest = self.words(_clause_tokens(verb, set()))
            return f"{verb.lower_.capitalize()} there {rest}" if rest else None
        if not subj or subj.lower() in {
                "it", "this", "that", "there", "which", "who", "what", "they", "them"} | _PERSONAL:
            return None
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        s_tok = subj_tok if subj_tok is not None else _subject(verb)
        # '"...," said the astronomer': a subject after its verb is no part of the rest.
        rest = self.words(_clause_tokens(verb, {s_tok.i} if s_tok is not None and s_tok.head.i == verb.i
                                         and s_tok.i > verb.i else set()))
        if _gapped_object(verb):
            # "the firearms he allegedly used for the attack": did he use the firearms?
            obj = _lower_det(_noun_phrase(self, verb.head), verb.head)
            rest = f"{obj} {rest}".strip()
        neg = " not" if any(c.dep_ == "neg" and c.i < verb.i for c in verb.children) else ""
        if auxes:
            first = auxes[0]
            words = [a.text for a in auxes[1:]]
            if first.lower_ == "to":
                return None
            if (first.tag_ == "MD" and words[:2] == ["have", "been"] and verb.tag_ in ("VBN", "VBG")
                    and first.lower_ in ("may", "might", "could", "must")):
                # "may have been spread by bats": was it?  Never "did it been spread".
                front, middle = ("were" if _plural(verb, subj_tok) else "was"), [*words[2:], verb.text]
            elif first.tag_ == "MD" and words[:1] == ["have"] and first.lower_ in ("may", "might", "could", "must"):
                front, middle = "did", [*words[1:], verb.text] if words[1:] else [verb.lemma_]
            elif first.lower_ == "had" and not words and verb.tag_ == "VBN":
                front, middle = "did", [verb.lemma_]  # reported "had contributed": did it?
            elif first.tag_ == "MD" and not words:
                front, middle = _FULL_AUX.get(first.lower_, first.lower_), [verb.lemma_]
            else:
                front, middle = _FULL_AUX.get(first.lower_, first.lower_), [*words, verb.text]
            if front == "did" and middle == ["be"]:
                # "claimed it had been consensual": was it?  Never "did it be".
                front, middle = ("were" if _plural(verb, subj_tok) else "was"), []
        elif verb.lemma_ == "be":
            front, middle = _FULL_AUX.get(verb.lower_, verb.lower_), []
        elif verb.tag_ == "VBD":
            front, middle = "did", [verb.lemma_]
        elif verb.tag_ == "VBZ":
            front, middle = "does", [verb.lemma_]
        elif verb.tag_ == "VBP":
            front, middle = "do", [verb.lemma_]
        else:
            return None
        if front == "did" and neg:
            return None  # "did not say": a plain negation
        if front == "did":
            # "Did X stab them then flee": a past verb joined to the asked one takes its plain form too.
            past = {c.i: c.lemma_ for c in verb.children if c.dep_ in ("conj", "dep") and c.tag_ == "VBD"
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
            if past:
                toks = _clause_tokens(verb, set())
                if _gapped_object(verb):
                    rest = f"{_lower_det(_noun_phrase(self, verb.head), verb.head)} {self.words(toks, past)}".strip()
                else:
                    rest = self.words(toks, past)
        if not rest and not any(c.dep_ in ("dobj", "attr", "acomp", "prep") for c in verb.children):
            # "raised or farmed the birds": the object both verbs share hangs on the
            # second; ask of both, never a bare "Did they raise?".
            cc = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ in ("or", "and")), None)
            conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                         and (c.tag_ == verb.tag_ or {c.tag_, verb.tag_} <= {"VBD", "VBN"})
                         and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
            if cc is not None and conj is not None and verb.i < cc.i < conj.i:
                tail = self.words(_clause_tokens(conj, set()))
                if tail:
                    form = conj.lemma_ if middle == [verb.lemma_] else conj.text
                    rest = f"{cc.lower_} {form} {tail}"
        if s_tok is not None and s_tok.lower_ in ("they", "i", "we") and subj.lower() != s_tok.lower_ \
                and not subj.endswith("s") and " and " not in subj:
            front = _SINGULAR.get(front, front)  # "they", a quoted "I" resolved to one body
        q = " ".join(x for x in [front.capitalize(), subj + neg, *middle, rest] if x)
        return q

    def wh(self, clause: "Token", skip: frozenset[int] = frozenset()) -> str | None:
        """A wh-clause becomes the question itself: 'who will represent them'."""
        toks = [t for t in clause.subtree if t.i not in skip]
        # "what address her house was or know the date": a verb joined on
        # after the wh-clause is no part of what it asks.
        tail = [c for c in clause.children if c.dep_ == "conj" and c.i > clause.i and c.i not in skip
                and _stray_bare_verb(clause, c)]
        if tail and toks and toks[0].lower_ in WH_WORDS:
            start = min(c.left_edge.i for c in tail)
            cc = [c.i for c in clause.children if c.dep_ == "cc" and clause.i < c.i < start]
            toks = [t for t in toks if t.i < min([start, *cc])]
        # "where people live and how the pollution harms them": each wh-clause
        # is asked in turn, each with its own inversion.
        conj = next((c for c in clause.children if c.dep_ == "conj" and c.i not in skip
                     and c.left_edge.lower_ in WH_WORDS and c.left_edge.i > clause.i), None)
        if conj is not None and toks and toks[0].lower_ in WH_WORDS:
            cc = next((c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < conj.left_edge.i), None)
            cut = {x.i for x in conj.subtree} | ({cc.i} if cc is not None else set())
            first = self.wh(clause, frozenset(skip | {t.i for t in toks if t.i >= min(cut)}))
            second = self.wh(conj)
            if first and second and cc is not None:
                return f"{first} {cc.lower_} {second[0].lower()}{second[1:]}"
            return None  # half the matter asked would mislead
        while toks and _punct(toks[-1]):
            toks.pop()
        if not toks or toks[0].lower_ not in WH_WORDS:
            return None
        # "how exactly flight developed" -> "how exactly did flight develop":
        # invert when the question word is not itself the subject.
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (subj is None or subj.i <= toks[0].i or subj.lower_ in WH_WORDS or clause.i < subj.i
                or subj.left_edge.i <= toks[0].i  # "how many people were on board": the subject asks
                # "how much aid is received": the parser may hang "how much" on the
                # verb, yet it runs straight into the subject, which it asks about.
                or ((toks[0].doc[subj.left_edge.i - 1].lower_ in ("much", "many")
                     or toks[0].doc[subj.left_edge.i - 1].dep_ == "det")
                    and all(x.lower_ in WH_WORDS or x.lower_ in ("much", "many")
                            for x in toks[0].doc[toks[0].i:subj.left_edge.i]))):
            return self.words(toks)
        subj_toks = list(subj.subtree)
        lead = [t for t in toks if t.i < subj_toks[0].i]
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and subj.i < c.i < clause.i]
        rest = [t for t in toks if t.i > clause.i]
        if auxes:
            front, middle = [auxes[0].text.lower()], [*[a.text for a in auxes[1:]], clause.text]
        elif clause.lemma_ == "be":
            front, middle = [clause.text.lower()], []
        elif clause.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
            # A bare VBN here is the small model's reading of a plain past.
            front = [{"VBD": "did", "VBN": "did", "VBZ": "does", "VBP": "do"}[clause.tag_]]
            middle = [clause.lemma_]
        else:
            return None
        parts = [self.words(lead), *front, self.words(subj_toks), *middle, self.words(rest)]
        return " ".join(p for p in parts if p)


_QUANTITY_HEADS = frozenset("""number total lot few majority minority series couple handful third quarter half
    range variety host dozen score fraction share""".split())
_POSSESSIVES = frozenset("his her their its".split())
_THIRD_PERSON = frozenset("he him his she her hers they them their theirs".split())
_SINGULAR_ORG = {"they": "it", "them": "it", "their": "its"}
_SAME_AS_SUBJECT = {"i": "they", "we": "they", "me": "them", "us": "them", "my": "their", "our": "their"}
_NEGATIVE_SUBJECTS = frozenset("no nobody none nothing neither not noone".split())
_COMMON_ENTS = frozenset({"", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT"})
_SINGULAR = {"do": "does", "have": "has", "are": "is", "were": "was", "am": "is"}
_FULL_AUX = {"'s": "is", "'re": "are", "'ve": "have", "'m": "am", "'d": "would", "wo": "will", "ca": "can"}


# Steps a matter waits for, which "has never been <done>" leaves open (unlike
# "has never been seen on stage", a plain fact).
_STEPS_AWAITED = frozenset(
    "recover find locate identify solve resolve catch arrest charge prosecute determine explain "
    "confirm return repay compensate".split()
)


# Words of a penalty a court may impose.
_PENALTY_WORDS = frozenset("prison jail imprisonment penalty sentence fine fines".split())


def _penalty_faced(face: "Token") -> bool:
    """"X faces up to 20 years in prison", "faces a $500,000 fine": a penalty
    still to be imposed (not "we face a hard choice", not once sentenced)."""
    if _negated(face) or _first_person(_subject(face)):
        return False
    obj = next((c for c in face.children if c.dep_ == "dobj"), None)
    if obj is None or not any(x.lemma_.lower() in _PENALTY_WORDS for x in obj.subtree):
        return False
    return not any(x.lemma_ == "sentence" and x.tag_ == "VBN" for x in face.sent)


def _reduced_passive(verb: "Token") -> bool:
    """A conditional clause cut to its participle ("if convicted", "unless
    approved"): passive, its subject the main clause's."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children))


def _plural(verb: "Token", subj_tok: "Token | None" = None) -> bool:
    """Whether the clause's subject is plural ("the men", "X and Y", "they")."""
    s = subj_tok if subj_tok is not None else _subject(verb)
    if s is None:
        return False
    return (s.tag_ in ("NNS", "NNPS") or s.lower_ in ("they", "we", "these", "those")
            or any(c.dep_ == "conj" for c in s.children))


def _finish(q: str) -> str:
    if q.count("(") != q.count(")"):
        q = re.sub(r"\s*\([^()\s]*\)?", "", q)  # a bracketed acronym cut in half
    q = re.sub(r"\s+", " ", q).strip(" ,;:-—")
    # An aside cut out between two dashes leaves them behind ("X — — and Y");
    # a dash left alone opens nothing ("two towns —including X declare").
    q = re.sub(r"\s*[—–]\s*[—–]\s*", " ", q)
    if q.count("—") == 1:
        q = re.sub(r"\s*—\s*", " ", q)
    # The hedge is what the question asks: "Did X stab reportedly several people",
    # "more than 100 members, reportedly, of the tribe".
    q = re.sub(r",\s+(?:reportedly|reputedly|allegedly|purportedly|apparently|supposedly),(?=\s)", "", q)
    q = re.sub(r"\s+\b(?:reportedly|reputedly|purportedly)\b", "", q)
    q = re.sub(r"\s+([,.;:!?])", r"\1", q)
    q = re.sub(r"(?<=[a-z]) -(?=[a-z])", "-", q)  # "re -examine": a word split at its hyphen, rejoined
    # Asked positively: "Will there be no debate?" -> "Will there be any debate?"
    q = re.sub(r"^((?:Will|Would|Is|Are|Was|Were) there (?:be )?)no\b", r"\1any", q)
    q = q.rstrip(".!?,;:")
    if not q:
        return q
    return q[0].upper() + q[1:] + "?"


def _condition(sent: Sentence) -> str:
    for t in sent.span:
        if (t.dep_ == "mark" and t.lower_ in ("if", "unless")
                or (t.lower_ == "should" and t.tag_ == "MD" and t.head.dep_ == "advcl")):
            clause = t.head
            toks = [x for x in clause.subtree if x.text not in ('"', "“", "”")]
            while toks and _punct(toks[-1]):
                toks.pop()
            return "".join(x.text + x.whitespace_ for x in toks).strip()
    return ""


_CONDITION_WORDS = frozenset("if unless should were was to would the a an".split())


def _restates(condition: str, question: str) -> bool:
    """Whether the question merely asks the condition ("Will Russia reject
    the proposal?" with "should Russia reject the proposal"): then the
    condition adds nothing and is not shown."""
    words = [w for w in re.findall(r"[\w'’]+", condition.lower()) if w not in _CONDITION_WORDS]
    if not words:
        return False
    asked = {w[:4] for w in re.findall(r"[\w'’]+", question.lower())}  # "keeps" / "keep"
    return sum(w[:4] in asked for w in words) >= 0.8 * len(words)


# Verbs that need an object: in a relative clause without one, the object is
# the noun the clause describes ("the effects this event will have").
_TRANSITIVE = frozenset("have cause do make take bring pay face give get see need".split())


def _gapped_object(verb: "Token") -> bool:
    """A relative clause whose object is the noun it describes ('the guns he
    used for the attack'), not its subject ('the guns that jammed') nor a
    place or time ('the day he arrived', 'the city he lived in')."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.lemma_ == "be":
        return False
    if verb.head.ent_type_ in ("DATE", "TIME") or verb.head.lemma_.lower() in ("way", "time", "day", "year", "place"):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ in ("WDT", "WP") or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd") or c.tag_ in ("WRB", "WDT", "WP"):
            return False
        if c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            return False  # a stranded preposition: "the city he lived in"
    return True


def _object_gap(verb: "Token") -> bool:
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in _TRANSITIVE:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in ("that", "which", "who"):
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children)


# Acts and events a report can allege without their being established.
_ALLEGED_ACTS = frozenset("""death killing murder assassination plot plots attack attacks involvement role ties link
    links abuse assault fraud crime crimes offence offences theft bribery corruption rape misconduct wrongdoing
    violation violations breach breaches affair scheme collusion interference use weapon""".split())
_ALLEGING_ADJ = frozenset("alleged unconfirmed rumoured rumored purported".split())


def _alleged_act(t: "Token") -> "Token | None":
    """'the alleged death of X', 'over alleged assassination plots': the act
    the hedge is on, when it is an act rather than a person ('the alleged
    gunman' names who is charged, a settled matter of procedure)."""
    if t.lower_ in _ALLEGING_ADJ and t.dep_ == "amod" and t.head.pos_ == "NOUN" \
            and t.head.lemma_.lower() in _ALLEGED_ACTS and t.head.ent_type_ != "PERSON":
        return t.head
    return None


def _phrase(ph: _Phraser, sent: Sentence, cue: Cue) -> str | None:
    t = cue.token
    q = _phrase_cue(ph, sent, cue)
    if q is None and _alleged_act(t) is not None:
        # Nothing asks better: has the alleged act been confirmed?
        noun = _alleged_act(t)
        text = _lower_det(_noun_phrase(ph, noun), noun)
        if not text or text.split()[0].lower() in ("his", "her", "their", "its"):
            return None
        text = re.sub(r"^(?:a|an) ", "the ", text)
        if next(iter(noun.subtree)).pos_ != "DET" and not text.lower().startswith("the "):
            text = "the " + text
        plural = noun.tag_ == "NNS"
        return f"{'Have' if plural else 'Has'} {text} been confirmed"
    return q


def _phrase_cue(ph: _Phraser, sent: Sentence, cue: Cue) -> str | None:
    t = cue.token
    if cue.kind == "modal":
        if any(c.tag_ in ("WP", "WDT") and c.dep_ == "dobj" and c.i < t.i for c in t.head.children):
            # "did not say whom they would support": the wh-word is the object asked about.
            q = ph.wh(t.head)
            if q and not re.search(r"^\w+(?: \w+)? \w+ (?:it|they|he|she)\b", q):
                return q  # never with a pronoun left unnamed
        if _object_gap(t.head):
            return None
        return ph.yes_no(t.head)
    if cue.kind == "guess":
        return ph.ask(t.head)
    if cue.kind == "accused":
        who, act = _accused_of(t)
        if act.head.head.i == who.i:  # "accused the airline of cutting ...": the airline alone
            cut = {x.i for x in act.head.subtree}
            subj = _lower_det(ph.words([x for x in who.subtree if x.i not in cut]), who)
        else:
            subj = ph.subject_text(t, who)
        rest = ph.words(_clause_tokens(act, set()))
        if not subj or subj.lower() in _THIRD_PERSON | {"it", "this", "that", "which", "who"} | _PERSONAL:
            return None
        return f"Did {subj} {act.lemma_}{' ' + rest if rest else ''}"
    if cue.kind == "estimate":
        return _phrase_count(ph, *_estimated_count(t))
    if cue.kind == "whabout":
        return ph.wh(_wh_about(t))
    if cue.kind == "goingto":
        return ph.yes_no(_infinitive(t), subj_tok=_subject(t))
    if cue.kind == "unnamed":
        inner = _content(t)
        return ph.ask(inner) if inner.lemma_ not in REPORT_VERBS else None
    if cue.kind == "yet":
        # "has yet to confirm who will represent them" -> the wh-clause.
        verb = next((c for c in t.head.children if c.dep_ == "xcomp"), None) or t.head
        for c in verb.children:
            if c.dep_ in ("ccomp", "dobj") and c.dep_ == "ccomp":
                w = ph.wh(c)
                if w:
                    return w
        return ph.yes_no(verb)
    if cue.kind == "bail":
        who = _bailed_until(t)
        text = _lower_det(_noun_phrase(ph, who), who)
        if not text or text.lower() in _THIRD_PERSON or ph.unresolved:
            return None
        if re.match(r"(?:a|an) ", text):
            text = "the " + text.split(" ", 1)[1]
        date = ph.words([x for x in t.subtree if x.i != t.i and not _punct(x)])
        return f"Will {text} be charged by {date}"
    if cue.kind == "nocomment":
        return _phrase_no_comment(ph, t)
    if cue.kind == "undisclosed":
        subj = _subject(t)
        if _no_det(subj):
            # "No cause was immediately known for the fire": what was the cause of it?
            toks = [x for x in subj.subtree if x.dep_ != "det" or x.head.i != subj.i]
            text = ph.words([x for x in toks if not _punct(x)])
            rest = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "behind")]
            if rest and not any(c.dep_ == "prep" for c in subj.children):
                text += " " + ph.words([x for x in rest[0].subtree if not _punct(x)],
                                       {rest[0].i: "of"} if subj.lemma_ == "cause" else None)
            return f"What {'were' if subj.tag_ == 'NNS' else 'was'} the {text}"
        return f"What is {_lower_det(_noun_phrase(ph, subj), subj)}"
    if cue.kind == "unsaid":
        return _phrase_unsaid(ph, t, _unsaid(t))
    if cue.kind == "withheld":
        obj = _withheld(t)
        text = _noun_phrase(ph, obj)
        first = next(iter(obj.subtree))
        if first.lower_ in ("a", "an", "any", "some", "no") and first.dep_ == "det":
            text = "the" + text[len(first.text):]
        return f"What {'are' if obj.tag_ in ('NNS', 'NNPS') else 'is'} {_lower_det(text, obj)}"
    clause = next((c for c in t.head.children if c.dep_ == "ccomp" and c.i > t.i), None)
    if cue.kind == "notyet" and t.head.lemma_.lower() in _KNOW_WORDS and clause is not None:
        # "It is not yet known how many people were on board": the wh-clause.
        return ph.wh(clause) or ph.ask(clause) or ph.yes_no(clause)
    if cue.kind == "notyet":
        skip = {c.i for c in t.head.children if c.dep_ == "neg"} | {t.i}
        return ph.yes_no(t.head, skip=skip, positive=True)
    if cue.kind == "notdone":
        return ph.yes_no(t, positive=True)
    if cue.kind == "seem":
        return _phrase_raised(ph, t, _raised(t))
    if cue.kind == "claimresp":
        subj = ph.subject_text(t)
        if not subj or subj.lower() in ("it", "this", "that", "which", "who", "we", "you", "i", "they"):
            return None
        resp = next(c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit"))
        what = ph.words([x for x in resp.subtree if x.i != resp.i and x.i > resp.i])
        return f"Is {subj}'s claim of {resp.lower_}{' ' + what if what else ''} genuine"
    if cue.kind == "tabled":
        toks = [x for x in t.subtree if not (x.dep_ in ("appos", "punct") and x.head.i == t.i)]
        drop = {y.i for x in t.children if x.dep_ == "appos" for y in x.subtree}
        toks = [x for x in toks if x.i not in drop and x.i >= t.i or x.dep_ in ("amod", "compound", "nmod")]
        while toks and _punct(toks[-1]):
            toks.pop()
        text = ph.words(toks)
        if not text:
            return None
        return f"Will the {text} {_MOTION_NOUNS[_lemma(t)]}"
    if cue.kind == "rising":
        count = _rising_count(t)
        if count.dep_ == "dobj":
            # "reported more cases of measles": will the cases keep rising?
            toks = [x for x in count.subtree if x.i not in {c.i for c in count.children
                                                             if c.dep_ in ("amod", "det", "nummod")}
                    and not (x.dep_ in ("prep", "punct") and x.head.i == count.i and x.lower_ != "of")]
            drop = {y.i for c in count.children if c.dep_ in ("prep", "appos", "acl", "relcl") and c.lower_ != "of"
                    for y in c.subtree}
            text = ph.words([x for x in toks if x.i not in drop])
            return f"Will the number of {text} keep rising" if text else None
        text = re.sub(r"^(?:a|an) ", "the ", _lower_det(_noun_phrase(ph, count), count))
        if not text.lower().startswith(("the ", "its ", "their ")):
            text = "the " + text
        return f"Will {text} rise further"
    if cue.kind == "lingering":
        noun = t.head
        drop = {x.i for c in noun.children if c.dep_ in ("relcl", "appos", "acl", "punct", "prep") for x in c.subtree}
        toks = [x for x in noun.subtree if x.i not in drop and not (x.dep_ in ("det", "poss") and x.head.i == noun.i)]
        text = ph.words(toks)
        return f"How will the {text} be addressed" if text else None
    if cue.kind == "ongoing":
        # "Discussions on X continue today": what will come of them?
        drop = {x.i for c in t.children if c.dep_ in ("relcl", "appos", "acl", "punct") for x in c.subtree}
        toks = [x for x in t.subtree if x.i not in drop and not (x.dep_ == "det" and x.head.i == t.i)]
        text = ph.words(toks)
        return f"What will come of the {text[:1].lower() + text[1:]}" if text else None
    if cue.kind == "event":
        noun = t.head
        drop = {x.i for c in noun.children if c.dep_ in ("relcl", "appos", "acl", "punct") for x in c.subtree}
        toks = [x for x in noun.subtree if x.i not in drop and not (x.dep_ == "det" and x.head.i == noun.i)]
        while toks and _punct(toks[-1]):
            toks.pop()
        text = ph.words(toks)
        return f"When will the {text} take place" if text else None
    if cue.kind == "stalled":
        noun = _stalled(t)
        text = re.sub(r"^(?:a|an|all|all the) ", "the ", _lower_det(_noun_phrase(ph, noun), noun))
        if not text or text.split()[0].lower() in _POSSESSIVES:
            return None
        if not text.lower().startswith(("the ", "these ", "those ")):
            text = "the " + text
        where = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "before")), None)
        where_text = " " + ph.words(list(where.subtree)) if where is not None else ""
        motion = _MOTION_NOUNS.get(noun.lemma_.lower())
        return f"Will {text} {motion}{where_text}" if motion else f"Will {text} move forward"
    if cue.kind == "remand":
        court = _remanded_to(t)
        text = _lower_det(_noun_phrase(ph, court), court)
        return f"How will {text} rule on the case" if text else None
    if cue.kind == "announced":
        obj = _announced_step(t)
        toks = []
        for x in obj.subtree:  # up to an aside: "a withdrawal from the region, beyond ..."
            if x.i > obj.i and x.text in (",", ";", "(", "—", "–"):
                break
            toks.append(x)
        text = re.sub(r"^(?:a|an) ", "the ", _lower_det(ph.words(toks), obj))
        if not text or text.split()[0].lower() in _POSSESSIVES | {"this", "that"}:
            return None
        if not text.lower().startswith("the "):
            text = "the " + text
        return f"Will {text} go ahead"
    if cue.kind == "refusal":
        return ph.yes_no(t.head, positive=True)  # asked positively: will they give in?
    if cue.kind == "mandate":
        return ph.yes_no(t)
    if cue.kind == "ready":
        return ph.yes_no(_ready(t), subj_tok=_subject(t.head))
    if cue.kind == "nextevent":
        noun = t.head
        # "his next court appearance": whose it is may be misread; "the" serves.
        toks = [x for x in noun.subtree if not (x.dep_ in ("relcl", "appos", "acl", "punct") and x.head.i == noun.i)]
        drop = {y.i for x in noun.children if x.dep_ in ("relcl", "appos", "acl", "poss", "det") for y in x.subtree}
        toks = [x for x in toks if x.i not in drop]
        text = ph.words(toks)
        return f"What will happen at the {text}" if text else None
    if cue.kind == "until":
        return ph.yes_no(t.head)
    if cue.kind == "mustdo":
        return ph.yes_no(_obligation(t), subj_tok=_subject(t))
    if cue.kind == "dueto":
        return ph.yes_no(_infinitive(t), subj_tok=_subject(t.head))
    if cue.kind == "pending":
        noun = _pending_noun(t)
        verb = t.head if t.dep_ in ("amod", "prep") else t
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return _awaited(ph, noun, _subject(verb) if verb.pos_ in ("VERB", "AUX") else None)
    if cue.kind == "beto":
        subj = _subject(t)
        if subj is not None and subj.lemma_ in _AIM_NOUNS:
            # "the goal for the shutdown was to exceed 90 percent": will it be met?
            aim = _lower_det(_noun_phrase(ph, subj), subj)
            inf = next((c for c in t.children if c.dep_ == "xcomp" and c.i > t.i), None)
            if inf is not None and all(c.dep_ in ("det", "poss") for c in subj.children):
                # A bare "the goal is to X" says what the goal is: name it.
                # Up to where a second step joins on ("and, through X, do so ...").
                stop = min((c.i for c in inf.children if c.i > inf.i and c.dep_ in (
                    "cc", "conj", "dep", "punct", "parataxis")), default=inf.right_edge.i + 1)
                act = ph.words([x for x in inf.subtree if not _punct(x) and x.i < stop])
                if act.startswith("to ") and len(act.split()) <= 12:
                    return f"Will {aim} {act} be met"
            return f"Will {aim} be met"
        return ph.yes_no(t)
    if cue.kind == "concern":
        # "X is troubling": the matter is X; "they are concerned about X": X.
        about = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("about", "over", "by", "at")), None)
        matter = next((c for c in about.children if c.dep_ == "pobj"), None) if about is not None else None
        if matter is None and t.lower_ != "concerned":
            matter = _subject(t.head)
        if matter is None:
            return None
        text = _noun_phrase(ph, matter)
        if list(matter.subtree)[0].pos_ == "DET":
            text = text[:1].lower() + text[1:]
        return f"What will come of {text}"
    if cue.kind == "partial":
        verb = t.head.head
        rest = ph.words(_clause_tokens(verb, set()))
        return f"Will the others {verb.lemma_} {rest}" if rest else None
    if cue.kind == "ongoing":
        # "the EU is in the process of formulating X": will it (finish and) do X?
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        act = (next((c for c in of.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"), None)
               if of is not None else None)
        verb = t.head.head if t.head.dep_ == "prep" else t.head
        if act is not None:
            q = ph.yes_no(act, subj_tok=_subject(verb))
            if q:
                return q
    if cue.kind == "cond":
        clause = t.head
        if (t.lower_ == "whether" or _asking_if(clause)) and _past_clause(
                clause) and not any(c.tag_ == "MD" for c in clause.children):
            # "examining whether the pilot was drunk": was he?  In the clause's own tense.
            q = ph.ask(clause)
            if q:
                return q
        main = clause.head
        subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
        if _reduced_passive(clause) and subj is not None and main.tag_ in ("VBZ", "VBP") and not any(
                c.tag_ == "MD" for c in main.children):
            # "If convicted, X faces life in prison": will X be convicted?  (With a
            # modal, "X could receive …" is the matter asked.)
            return ph.yes_no(clause, subj_tok=subj)
        return ph.yes_no(clause)
    if cue.kind == "conflict":
        clause, topic = _conflict_topic(t)
        if clause is not None:
            return ph.ask(clause) or ph.yes_no(clause)
        if topic is None:
            return None
        text = _lower_det(_noun_phrase(ph, topic), topic)
        return f"Which account of {text} is accurate" if text else None
    if cue.kind == "forward":
        return _phrase_forward(ph, t)
    if cue.kind == "commitgerund":
        g = _committed_gerund(t)
        to = next(c for c in t.children if c.dep_ == "prep" and c.lower_ == "to")
        subj = ph.subject_text(t.head if t.pos_ == "ADJ" else t)
        if not subj or subj.lower() in ("it", "this", "that", "which", "who", "we", "i", "you", "they"):
            return None
        adverbs = ph.words([x for x in t.doc[to.i + 1 : g.i]])
        rest = [x for x in to.subtree if x.i > g.i]
        while rest and _punct(rest[-1]):
            rest.pop()
        return " ".join(w for w in ("Will", subj, adverbs, g.lemma_, ph.words(rest)) if w)
    if cue.kind == "ontheway":
        subj = _subject(t.head)
        text = re.sub(r"^(?:a|an) ", "", _lower_det(_noun_phrase(ph, subj), subj))
        return f"Is {'a ' if text[:1].lower() not in 'aeiou' else 'an '}{text} on the way" \
            if subj.tag_ == "NN" and not text.lower().startswith(("the ", "this ", "that ")) else None
    if cue.kind == "injured":
        return f"What is the condition of the {t.lower_} {t.head.lower_} {t.head.head.lower_}"
    if cue.kind == "need":
        return _phrase_needed(ph, t)
    if cue.kind == "penalty":
        subj = ph.subject_text(t)
        if not subj or subj.lower() in ("it", "this", "that", "which", "who", "they", "he", "she", "we", "i", "you"):
            return None
        return f"What sentence will {subj} receive"
    if cue.kind == "toll":
        num = _toll(t)
        return f"Will the death toll rise above {num.text}" if num is not None else None
    if cue.kind == "unveil":
        noun = _unveiled(t)
        drop = {x.i for x in t.subtree if x.i not in {y.i for y in noun.subtree}} | {
            x.i for a in noun.children if a.dep_ in ("relcl", "acl", "appos") for x in a.subtree}
        toks = [x for x in noun.subtree if x.i not in drop]
        while toks and _punct(toks[-1]):
            toks.pop()
        text = re.sub(r"^(?:a|an) ", "the ", _lower_det(ph.words(toks), noun))
        return f"What will {text} contain" if text and not text.lower().startswith(("this ", "that ")) else None
    if cue.kind == "suspect":
        be = t.head.head
        subj = ph.subject_text(be)
        if not subj or subj.lower() in ("it", "this", "that", "which", "who", "we", "you", "i", "they"):
            return None
        verb = {"is": "Is", "are": "Are", "was": "Was", "were": "Were"}.get(be.lower_)
        return f"{verb} {subj} the {t.head.text}" if verb else None
    if (cue.kind == "noun"
            and t.lower_ in ("investigation", "investigations", "inquiry", "inquiries", "probe", "probes")
            and not any(c.dep_ == "prep" and c.lower_ in ("into", "of", "on") for c in t.children)
            and _opened_inquiry_by(t) is not None):
        # "An inquiry has been opened by the regulator": what will it find?
        by = _opened_inquiry_by(t)
        return f"What will the {t.lower_} by {_lower_det(_noun_phrase(ph, by), by)} find"
    if cue.kind == "noun" and _hypothesis_topic(t) is not None:
        topic = _hypothesis_topic(t)
        return f"What is {_lower_det(_noun_phrase(ph, topic), topic)}"
    if cue.kind == "noun" and t.lemma_.lower() == "question" and t.dep_ == "nsubj":
        # "Questions remain (over) how much aid arrived": the wh-clause is the question.
        for c in t.head.children:
            inner = next((x for x in c.children if x.dep_ == "pcomp"), None) if c.dep_ == "prep" else c
            if inner is not None and inner.dep_ in ("ccomp", "pcomp") and inner.left_edge.lower_ in WH_WORDS:
                q = ph.wh(inner)
                if q:
                    return q
    if cue.kind == "noun":
        q = _phrase_purpose(ph, t) or _phrase_noun(ph, t)
        if q:
            return q
    if cue.kind == "adj" and t.lower_ in _OPEN_ADJ and t.dep_ == "acomp":
        # "it is possible that this airline carries out ...": ask about the that-clause;
        # "it remains unclear who fired first": the wh-clause is the question.
        clause = next((c for c in [*t.children, *t.head.children] if c.i > t.i and (c.dep_ == "ccomp" or (
            # "It is unlikely, in my view, that ...": an aside splits off the that-clause.
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)))), None)
        if (clause is None and t.head.dep_ == "ccomp" and t.head.head.i > t.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.head.head.children)):
            clause = t.head.head  # the parser makes the that-clause the head of "it is unlikely"
        if clause is not None:
            q = ph.wh(clause) or ph.ask(clause)
            if q:
                return q
        subj = _subject(t.head)
        if (clause is None and t.lower_ in ("unknown", "unclear", "uncertain") and subj is not None
                and subj.lemma_.lower() in _INFO_NOUNS):
            # "The cause of the crash is still unknown": what is it?
            return f"What is {_lower_det(_noun_phrase(ph, subj), subj)}"
    if (cue.kind == "adj" and t.dep_ == "amod" and t.lower_ in _PROSPECT_ADJ and t.head.pos_ == "NOUN"
            and not any(c.dep_ == "nummod" for c in t.head.children) and t.head.tag_ == "NN"):
        # "mentioned a possible arbitration route at the ICJ": will there be one?
        noun = t.head
        drop = {x.i for a in noun.children if a.dep_ in ("relcl", "appos", "acl", "punct") for x in a.subtree} | {t.i}
        toks = [x for x in noun.subtree if x.i not in drop]
        while toks and _punct(toks[-1]):
            toks.pop()
        if toks and toks[0].lower_ in ("a", "an") and len(toks) > 1:
            toks = toks[1:]
            text = ph.words(toks)
            text = ("an " if text[:1].lower() in "aeiou" else "a ") + text
        else:
            text = ph.words(toks)
        if (len(toks) >= 2 or toks[0].pos_ == "NOUN") and not text.lower().startswith(("the ", "this ", "that ")):
            return f"Will there be {text}"
    if cue.kind in ("noun", "adj", "adv"):
        # The hedge colours the whole clause: ask about its main verb.
        verb = t.head if t.dep_ in ("advmod", "amod", "acomp") and t.head.pos_ in ("VERB", "AUX") else sent.span.root
        # A word naming a prospect ("the possible drugs", "the request", "their
        # bid") in a narrated past clause does not make the narration doubtful:
        # "the embassy declined the request" is settled.  Reports, claims and
        # hedges on the clause itself do.
        hedge = cue.kind == "adv" or t.lower_ in _ATTRIBUTION_WORDS or (
            cue.kind == "adj" and t.dep_ != "amod")
        if cue.kind == "adv" or t.lower_ in ("reports", "report", "sources", "claims", "allegations") \
                or verb.lemma_ in REPORT_VERBS:
            # "reportedly believe the prince ordered X": ask whether he did.
            inner = _content(verb)
            if inner.i != verb.i and not hedge and _past_clause(inner):
                return None
            if inner.i != verb.i:
                q = ph.ask(inner)
                if q:
                    return q
        if verb.lemma_ == "be" and t.lower_ in ("underway", "ongoing", "under") and _subject(verb) is not None:
            # "A closed-door trial is underway": what will it find?  "Efforts are
            # ongoing to negotiate ...": will they succeed?
            subj = _subject(verb)
            text = re.sub(r"^(?:a|an) ", "the ", _lower_det(_noun_phrase(ph, subj), subj))
            if subj.pos_ == "NOUN" and subj.lemma_ in _FINDING_NOUNS:
                return f"What will {text} find"
            if subj.pos_ == "NOUN" and subj.lemma_ in _EFFORT_NOUNS | {"talk", "negotiation", "work", "search"}:
                return f"Will {text} succeed"
            return None
        if verb.lemma_ == "be" and not any(c.tag_ == "MD" for c in verb.children):
            opening = t.i == sent.span.start and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ","
            if (cue.kind == "adv" and t.lower_ in _HEDGE_ADVS and (t.i > verb.i or opening)
                    and not any(x.lower_ in _HABITUAL for c in [t.head, *verb.children] for x in [c, *c.children])):
                # "the plant was reportedly the largest in the region", "Reportedly,
                # X and Y have been at odds": was it, have they?  A habit ("are
                # reportedly usually quiet") describes, it asks nothing.
                ph.drop = ph.drop | {t.i, t.i + 1} if opening else ph.drop | {t.i}
                return ph.ask(verb)
            return None  # "X is an effort to ...": a description, nothing to ask
        if not hedge and (_past_clause(verb) or _clause_between(t, verb)):
            return None  # a prospect word buried in another clause says nothing of this one
        if cue.kind == "noun" and _in_relative(t, verb):
            # "the men, who left hours after the allegation, deleted the files":
            # the report word belongs to the aside, not to the narrated act.
            return None
        if hedge and cue.kind == "adv" and not any(c.tag_ == "MD" for c in verb.children):
            # "According to NPR, Biden has amassed ...": has he?  In the report's own tense.
            q = ph.ask(verb)
            if q:
                return q
        q = ph.yes_no(verb)
        # A reported past event: ask whether it happened as reported.
        if q and verb.tag_ == "VBD" and q.startswith("Will "):
            q = "Did " + q[5:]
        return q
    if cue.kind.startswith("ev_"):
        from .question_events import phrase_event
        return phrase_event(ph, sent, cue)
    return None


# Hedge adverbs that doubt the statement they sit in.
_HEDGE_ADVS = frozenset("reportedly reputedly purportedly allegedly apparently possibly probably perhaps".split())
_HABITUAL = frozenset("usually often typically generally normally always sometimes rarely seldom".split())

_ATTRIBUTION_WORDS = frozenset("""reports report sources claims claim allegation allegations rumour rumor
    rumours rumors speculation alleged suspected unconfirmed unverified""".split())


_CLAUSE_DEPS = frozenset("relcl advcl ccomp xcomp conj acl pcomp parataxis csubj".split())


def _clause_between(t: "Token", verb: "Token") -> bool:
    """Whether a clause boundary lies on the way from ``t`` up to ``verb``."""
    x = t
    while x.i != verb.i and x.head.i != x.i:
        if x.dep_ in _CLAUSE_DEPS:
            return True
        x = x.head
    return x.i != verb.i


def _in_relative(t: "Token", verb: "Token") -> bool:
    """Whether ``t`` sits in a relative clause on the way up to ``verb``."""
    x = t
    while x.i != verb.i and x.head.i != x.i:
        if x.dep_ in ("relcl", "acl"):
            return True
        x = x.head
    return False


# Verbs of guessing that, set off as an aside ("These birds, she suggested,
# hunt sharks"), mark the main clause as someone's guess.
_HEDGE_ASIDES = frozenset("suggest speculate believe suspect wonder estimate".split())


def _hedge_aside(t: "Token") -> bool:
    """'X, she suggested, does Y': a hedging verb in a parenthetical aside
    (between commas, inside the clause it hedges) with the main clause its head."""
    if t.dep_ != "parataxis" or _lemma(t) not in _HEDGE_ASIDES or _negated(t) or t.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in t.children):
        return False
    doc = t.doc
    left, right = t.left_edge.i, t.right_edge.i
    comma_left = doc[left].text == "," or (left > 0 and doc[left - 1].text == ",")
    comma_right = doc[right].text == "," or (right + 1 < len(doc) and doc[right + 1].text == ",")
    return (comma_left and comma_right and _subject(t.head) is not None and _subject(t.head).i < t.i < t.head.i)


def _past_clause(v: "Token") -> bool:
    """'declined', 'was stopped', 'had bid': a clause narrated in the past."""
    return v.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "did") for c in v.children)


# Verbs whose object is the one expected to act: "urged Turkey to halt".
OBJECT_CONTROL = {"urge", "ask", "call", "request", "tell", "encourage", "invite", "warn",
                  "press", "persuade", "force", "allow", "appeal", "demand", "expect", "want",
                  # "counts on Turkey to act": the one relied on is the one to act.
                  "count", "rely", "depend"}


def _addressee_on(prep: "Token", verb: "Token") -> bool:
    """'called on Turkey to', 'count on NATO to': not 'On Thursday, X called for'."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "upon") or prep.i < verb.i:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ not in ("DATE", "TIME")


# Dispositions a doubt may be about, and how to ask whether they hold.
_DISPOSITIONS = {"willingness": "willing", "readiness": "ready", "ability": "able", "commitment": "committed",
                 "determination": "determined", "eagerness": "eager", "preparedness": "prepared",
                 "capacity": "able", "intention": "going"}
_ENTITLEMENTS = frozenset("authority right power mandate means competence jurisdiction".split())


# What one questions when one doubts a matter, not a person: "questioned the legality".
_DOUBTED_NOUNS = frozenset("""legality validity credibility legitimacy accuracy wisdom need motive motives
    sincerity reliability independence impartiality fairness account version figures claim claims""".split())


def _doubt_about(t: "Token") -> "Token | None":
    """The matter a 'doubted' / 'questioned' names as its object."""
    lemma = _lemma(t)
    if lemma not in ("doubt", "question") or any(c.dep_ in ("ccomp", "auxpass") for c in t.children):
        return None
    target = next((c for c in t.children if c.dep_ == "dobj"), None)
    if target is None or target.pos_ != "NOUN":
        return None
    lem = target.lemma_.lower()
    if lemma == "question" and lem not in _DISPOSITIONS and lem not in _ENTITLEMENTS and lem not in _DOUBTED_NOUNS:
        return None  # "police questioned the suspect"
    return target


def _doubted(ph: _Phraser, target: "Token", verb: "Token") -> str | None:
    """'doubted Putin's willingness to engage' -> 'Is Putin willing to engage?';
    'questioned his authority to make the change' -> 'Does X have the authority
    to make the change?'; otherwise whether the doubts are justified."""
    lem = target.lemma_.lower()
    owner = next((c for c in target.children if c.dep_ == "poss"), None)
    inf = next((c for c in [*target.children, *verb.children] if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
                and c.left_edge.i in (target.i + 1, target.right_edge.i + 1)
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)), None)
    if owner is not None and inf is not None and (lem in _DISPOSITIONS or lem in _ENTITLEMENTS):
        who = re.sub(r"['’]s?$", "", ph.words([x for x in owner.subtree if x.dep_ != "case"]))
        if not who or who.lower() in _THIRD_PERSON | {"its", "it"}:
            return None
        act = ph.words([x for x in inf.subtree if not _punct(x)])
        if lem in _ENTITLEMENTS:
            plural = owner.tag_ in ("NNS", "NNPS") or who.lower() == "their"
            return f"{'Do' if plural else 'Does'} {who} have the {target.lower_} {act}"
        return f"Is {who} {_DISPOSITIONS[lem]} {act}"
    text = _lower_det(_noun_phrase(ph, target), target)
    return f"Are the doubts about {text} justified" if text else None


_FRONTABLE = frozenset("""is are was were has have had will would can could may might should does do did
    am""".split())


def _stray_bare_verb(head: "Token", conj: "Token") -> bool:
    """A bare verb joined to a finite one with no auxiliary of its own
    belongs to the clause around both: in "did not know what address her
    house was or know the date", "know" goes with "did not", not with "was"
    ("who will lead the team and attend" shares its "will")."""
    return (conj.tag_ == "VB" and head.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children))


def _phrase_unsaid(ph: _Phraser, v: "Token", opener: "Token") -> str | None:
    """The untold clause as a question: 'whether it received warrants' ->
    'Did <teller> receive warrants?'; 'what work the crew was doing' -> 'What
    work was the crew doing?'."""
    teller = _subject(v)
    if opener.lower_ in ("whether", "if"):
        clause = opener.head
        inner = _subject(clause)
        # "it", "they" in the clause mostly mean the body that keeps quiet about itself.
        subj_tok = teller if (inner is not None and inner.lower_ in ("it", "they") and teller is not None
                              and teller.pos_ in ("PROPN", "NOUN")) else None
        return ph.ask(clause, subj_tok=subj_tok) or ph.yes_no(clause, subj_tok=subj_tok)
    # By hand rather than by the parse, which often splits the clause ("what work" | "the crew was doing").
    toks = []
    for x in opener.doc[opener.i:opener.sent.end]:
        if x.lower_ in (";", ":") or (x.lower_ == "," and x.i > opener.i + 1):
            break
        if x.dep_ == "cc" and x.i > opener.i + 1 and any(
                c.dep_ == "conj" and c.i > x.i and _stray_bare_verb(x.head, c) for c in x.head.children):
            break  # "what address her house was or know the date": a second verb, another matter
        toks.append(x)
    while toks and _punct(toks[-1]):
        toks.pop()
    lead = [toks[0]]
    for x in toks[1:]:
        if x.pos_ in ("NOUN", "ADJ") and x.head.i >= opener.i and x.i == lead[-1].i + 1 and x.tag_ != "PRP":
            lead.append(x)
        else:
            break
    rest = toks[len(lead):]
    if not rest:
        return None
    if rest[0].pos_ in ("VERB", "AUX"):
        return ph.words(toks)  # "who will lead the city": the wh-word is the subject
    aux = next((x for x in rest if x.pos_ in ("VERB", "AUX")), None)
    if aux is None or aux.lower_ not in _FRONTABLE or aux.tag_ == "VBN":
        # "why it failed": let the parse lend the verb its "did".
        clause = next((x for x in opener.sent if x.left_edge.i == opener.i and x.pos_ in ("VERB", "AUX")
                       and x.i > opener.i), None)
        return ph.wh(clause) if clause is not None else None
    body = [x for x in rest if x.i != aux.i]
    return " ".join(p for p in (ph.words(lead), aux.lower_, ph.words(body)) if p)


def _possessive(name: str) -> str:
    """'Iran' -> "Iran's", 'the officials' -> "the officials'"."""
    return name + "'" if name.endswith("s") and not name[-2:-1].isupper() and name.split()[-1][:1].islower() \
        else name + "'s"


def _reduced_relative_verb(head: "Token", clause: "Token") -> "Token | None":
    """'whether a report posted online was written by X': the small parser
    reads the participle as the clause's verb and hangs the real one, which
    follows without a conjunction, on the verb above.  Returns the real verb."""
    if (clause.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "mark" for c in clause.children)
            or any(c.dep_ in ("aux", "auxpass") for c in clause.children)):
        return None
    subj = _subject(clause)
    if subj is None or subj.i != clause.i - 1 or subj.pos_ != "NOUN":
        return None
    for w in head.children:
        if (w.dep_ in ("advcl", "conj", "ccomp") and w.i > clause.i and w.left_edge.i == clause.right_edge.i + 1
                and any(c.dep_ in ("aux", "auxpass") and c.i < w.i for c in w.children)):
            return w
    return None


_DATE_NOUNS = frozenset("date day deadline time".split())


def _dated_event(ph: _Phraser, t: "Token") -> str | None:
    """'the expected date for the reopening of X' -> 'Will the reopening of X
    take place on June 15?' (the date the sentence names), else '... as planned?'."""
    if t.dep_ != "amod" or t.head.lemma_.lower() not in _DATE_NOUNS or t.i > t.head.i:
        return None
    event = next((g for c in t.head.children if c.dep_ == "prep" and c.lower_ == "for"
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if event is None:
        return None
    what = re.sub(r"^(?:a|an|this|that) ", "the ", _lower_det(_noun_phrase(ph, event), event))
    if not what or what.split()[0].lower() in _POSSESSIVES or not what.lower().startswith("the "):
        return None
    day = next((e for e in t.sent.ents if e.label_ == "DATE" and re.search(r"\d", e.text)
                and not any(x.lower_ in ("ago", "last", "since") for x in e)), None)
    when = re.sub(r"^the ", "", day.text) if day is not None else ""
    if re.fullmatch(r"(?:[A-Z][a-z]+ )?\d{1,2}(?: [A-Z][a-z]+)?(?:,? \d{4})?", when):
        return f"Will {what} take place on {when}"  # "June 15", "15 June 2021"
    if re.fullmatch(r"(?:[A-Z][a-z]+ )?\d{4}", when):
        return f"Will {what} take place in {when}"  # "2021", "March 2021"
    return f"Will {what} take place as {'planned' if _lemma(t) in ('plan', 'schedule') else 'expected'}"


def _takes_place(ph: _Phraser, t: "Token", event: "Token") -> str:
    """'A vote is expected next week', 'the mission, scheduled for August 24':
    will the event take place (then)?"""
    what = re.sub(r"^(?:a|an) ", "the ", _lower_det(_noun_phrase(ph, event), event))
    when = ph.words([x for c in t.children if c.dep_ == "npadvmod" or (c.dep_ == "prep" and (
        c.lower_ in ("on", "in", "by", "before") or (c.lower_ == "for" and any(
            g.ent_type_ in ("DATE", "TIME") for g in c.children)))) for x in c.subtree])
    if when.startswith("for "):
        # "scheduled for May 4": held on May 4; "for next spring" reads badly after "on".
        when = "on " + when[4:] if re.match(r"for (?:\d|[A-Z][a-z]+ \d|[A-Z][a-z]+day\b)", when) else ""
    if event.lemma_.lower() == "sentencing":
        return f"What sentence will be handed down{' at the sentencing ' + when if when else ''}"
    if event.lemma_.lower() in _COURT_EVENTS:
        return f"What will be the outcome of {what}{' ' + when if when else ''}"
    return f"Will {what} take place{' ' + when if when else ''}"


def _phrase_forward(ph: _Phraser, t: "Token") -> str | None:
    lemma = _lemma(t)
    dated = _dated_event(ph, t)
    if dated:
        return dated
    if t.dep_ == "acl" and _scheduled_event(t):
        return _takes_place(ph, t, t.head)  # "the first mission, scheduled for August 24"
    if _hedge_aside(t):
        q = ph.ask(t.head)  # "X, she suggested, does Y": does X do Y?
        if q:
            return q
    subj0 = _subject(t)
    if subj0 is not None and subj0.tag_ == "CD" and not any(c.dep_ == "prep" for c in subj0.children):
        return None  # "amassed 1,217 pledged delegates": a number misread as who pledges
    xc = next((c for c in t.children if c.dep_ == "xcomp"), None)
    if xc is None and lemma in OBJECT_CONTROL:
        xc = _infinitive(t)
    if xc is not None and _negated(xc):
        # "urged states not to reschedule but rather to use mail-in voting":
        # ask about what they were urged to do instead, never the reverse.
        xc = next((c for c in xc.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _negated(c)), None)
        if xc is None:
            return None
    if xc is not None and xc.pos_ in ("VERB", "AUX"):
        actor = None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in xc.children):
            pass  # "calling for the killers to be brought": the clause names them
        elif (t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.head.dep_ == "ROOT"
              and t.head.pos_ in ("NOUN", "PROPN") and t.i == t.head.i + 1 and _subject(t) is None):
            # "Local firefighters planned to continue ...": the small parser takes
            # the past verb for a participle of the sentence's only noun, which
            # is its subject.
            actor = t.head
        elif lemma in OBJECT_CONTROL:
            actor = next((c for c in t.children if c.dep_ in ("dobj", "dative")), None)
            if (actor is not None and lemma == "request" and actor.pos_ != "PRON"
                    and actor.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")):
                # "requested absentee ballots to vote by mail": what was asked
                # for, not who was asked.
                actor = None
            if actor is None:
                on = next((c for c in t.children if _addressee_on(c, t)), None)
                actor = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        q = ph.yes_no(xc, subj_tok=actor)
        if q:
            return q
    for c in t.children:
        if c.dep_ == "ccomp":
            w = ph.wh(c)
            if w:
                return w
            real = _reduced_relative_verb(t, c)
            if real is not None:
                # "whether a manifesto posted online was written by X": the
                # participle describes the subject; the later verb is asked.
                q = ph.ask(real, subj_tok=_subject(c))
                if q:
                    return q
            if lemma in REPORT_VERBS and c.i > t.i:
                # A claim or report: is what it says true, in its own tense?
                q = ph.ask(_content(c))
                if q:
                    return q
            q = ph.yes_no(c)
            if q:
                return q
    target = next((c for c in t.children if c.dep_ == "dobj"), None)
    if _doubt_about(t) is not None:
        # "doubted Putin's willingness to engage": is he willing?  Never
        # "Will X doubt ...?", which asks about the doubter.
        return _doubted(ph, _doubt_about(t), t)
    if lemma == "blame" and target is not None:
        # "blaming Iran for the attacks": was Iran responsible?
        cause = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        act = next((c for c in cause.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) \
            if cause is not None else None
        if act is not None:
            who = _lower_det(_noun_phrase(ph, target), target)
            what = ph.words(_clause_tokens(act, set()))
            if who and who.lower() not in _THIRD_PERSON | {"it", "this", "that", "them"}:
                return f"Did {who} {act.lemma_}{' ' + what if what else ''}"
        if cause is not None and any(c.dep_ == "pobj" for c in cause.children):
            who = _lower_det(_noun_phrase(ph, target), target)
            what = ph.words([x for x in cause.subtree if not _punct(x) or x.i < cause.right_edge.i])
            plural = target.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in target.children)
            be = "Were" if plural else "Was"  # "blamed both Israel and Iran": were they
            return f"{be} {who} responsible {what}"
    if lemma in ("expect", "anticipate", "predict", "forecast") and target is not None and any(
            c.dep_ == "det" and c.lower_ == "no" for c in target.children):
        # "expects no political turmoil over the sale": will there be any?
        what = ph.words([x for x in target.subtree if not (x.dep_ == "det" and x.head.i == target.i)
                         and not (_punct(x) and x.i == target.right_edge.i)])
        return f"Will there be {what}" if what else None
    if (lemma in _RESEARCH_NOUNS and target is not None and t.i < target.i and not _past_clause(t)
            and (t.tag_ in ("VBZ", "VBP") or (t.tag_ == "VBG" and any(c.dep_ == "aux" for c in t.children))
                 # "a unit tasked with investigating crime": a remit, no inquiry under way
                 or (t.tag_ == "VB" and t.dep_ == "xcomp" and t.head.tag_ == "VBG"
                                                     and t.head.lemma_ in ("continue", "keep", "begin", "start")))
            and not any(c.dep_ == "ccomp" for c in t.children)):
        # "We are continuing to investigate the incident": what the inquiry
        # will find is the matter, whoever runs it.
        of = next((g for c in target.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        if target.lemma_.lower() == "cause" and of is not None:
            return f"What caused {_lower_det(_noun_phrase(ph, of), of)}"
        what = _lower_det(_noun_phrase(ph, target), target)
        if what and what.split()[0].lower() not in _THIRD_PERSON | {"it", "this", "that", "them"}:
            return f"What will the {_RESEARCH_NOUNS[lemma]} {what} find"
    subj = ph.subject_text(t)
    if not subj or subj.lower() in ("it", "this", "that", "which", "who", "we", "you", "i"):
        return None
    if subj.lower() == "they" and lemma not in ("expect", "anticipate", "predict", "forecast"):
        return None  # nobody found for "they"; "they expect a decision" still asks about the decision
    objs = [c for c in t.children if c.dep_ in ("dobj", "prep")]
    target = None
    for o in objs:
        target = o if o.dep_ == "dobj" else next((c for c in o.children if c.dep_ == "pobj"), None)
        if target is not None:
            break
    rest = ph.words(_clause_tokens(t, set()))
    subj_tok = _subject(t)
    if lemma in ("suggest", "indicate") and target is not None and target.dep_ == "dobj" \
            and subj_tok is not None and subj_tok.pos_ == "NOUN":
        # "Some reports suggest a deliberate criminal act": was there one?
        return f"Was there {_noun_phrase(ph, target)}" if t.tag_ in ("VBP", "VBZ", "VBD") else None
    if lemma in ("hint", "suggest", "signal") and target is not None:
        noun = ph.words([x for x in target.lefts if x.dep_ in ("amod", "compound")] + [target])
        if target.tag_ == "NNS":
            return f"What {noun} does {subj} have in mind"
        return f"What does {subj} mean by {ph.words(list(target.subtree))}"
    if lemma in ("claim", "allege", "accuse"):
        if not rest:
            return None
        what = "accusation" if lemma == "accuse" else "claim"
        if target is not None and target.dep_ == "dobj" and lemma != "accuse":
            rest = "of " + _lower_det(rest, target)  # "alleged Iranian involvement"
        if " and " in subj or subj_tok is None or subj_tok.tag_ in ("NNS", "NNPS"):
            return f"Is the {what} by {subj} {rest} founded"
        return f"Is {_possessive(subj)} {what} {rest} founded"
    if lemma == "propose" and target is not None and target.dep_ == "dobj":
        # "proposed an amendment to X": will the proposed amendment go ahead?
        what = [x for x in target.subtree if x.dep_ != "det" or x.head.i != target.i]
        return f"Will the proposed {ph.words(what)} go ahead"
    if lemma in ("demand", "request") and target is not None and target.dep_ == "dobj" and rest:
        # "demanded the resignation of the minister": will the demand be met?
        return f"Will {_possessive(subj)} {lemma} for {_lower_det(rest, target)} be met"
    if lemma in ("call", "urge", "demand", "request", "appeal") and rest:
        return f"Will {_possessive(subj)} call {rest} be heeded"
    if lemma == "await" and target is not None and target.dep_ == "dobj":
        q = _awaited(ph, target, subj_tok)
        if q:
            return q
    if lemma in ("expect", "anticipate", "await", "predict", "forecast") and target is not None \
            and target.dep_ == "dobj":
        # "they expect a decision this year"
        return f"Will there be {rest}" if not rest.lower().startswith(("the ", "this ", "that ")) else None
    if lemma in REPORT_VERBS:
        return None  # "Will X tell the press?" asks about the telling, not the matter
    comp = next((c for c in t.children if c.dep_ == "ccomp"), None)
    if comp is not None:
        # "hopes it will be resolved shortly": will the hope come true?  Never
        # "Will he hope ...?", which asks about the hoping.
        noun = _STANCE_NOUNS.get(lemma)
        if noun is None or comp.i < t.i:
            return None
        said = ph.words([x for x in comp.subtree if not _punct(x) or x.i < list(comp.subtree)[-1].i])
        return f"Will {_possessive(subj)} {noun} that {said} come true"
    if any(c.dep_ == "auxpass" for c in t.children):
        # "A vote on the bill is expected next week": will it take place?
        if subj_tok is not None and subj_tok.pos_ == "NOUN" and (
                subj_tok.lemma_.lower() in _EVENT_NOUNS | _COURT_EVENTS or _scheduled_event(t)):
            return _takes_place(ph, t, subj_tok)
        return None  # "Will the results expect ...": the passive verb is no act of the subject
    if lemma in _RESEARCH_NOUNS and target is not None and target.dep_ == "dobj" and t.tag_ in ("VBG", "VBZ", "VBP"):
        # "Police are investigating the cause of the fire": what will they find?
        of = next((g for c in target.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        if target.lemma_.lower() == "cause" and of is not None:
            return f"What caused {_lower_det(_noun_phrase(ph, of), of)}"
        return f"What will the {_RESEARCH_NOUNS[lemma]} {_lower_det(_noun_phrase(ph, target), target)} find"
    if rest:
        aux = "be" if t.tag_ == "VBG" and any(c.dep_ == "aux" for c in t.children) else ""
        if aux:
            return f"Will {subj} keep {t.text} {rest}"
        if t.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return f"Did {subj} {lemma} {rest}"  # a narrated past act: did it happen as told?
        return f"Will {subj} {lemma} {rest}"
    return None


# Research in progress and the noun that names it: "investigating X" -> "the investigation into X".
_RESEARCH_NOUNS = {"investigate": "investigation into", "probe": "probe into", "examine": "examination of",
                   "review": "review of", "study": "study of", "assess": "assessment of", "analyse": "analysis of",
                   "analyze": "analysis of", "test": "testing of", "research": "research into"}

_STANCE_NOUNS = {"hope": "hope", "expect": "expectation", "fear": "fear", "predict": "prediction",
                 "forecast": "forecast", "warn": "warning", "promise": "promise", "pledge": "pledge", "vow": "vow"}


def _noun_phrase(ph: _Phraser, head: "Token") -> str:
    drop = {x.i for a in head.children if a.dep_ in ("relcl", "appos", "acl", "punct") for x in a.subtree}
    if head.dep_ == "appos":
        drop.add(head.i)
    toks = [x for x in head.subtree if x.i not in drop]
    while toks and _punct(toks[-1]):
        toks.pop()
    return ph.words(toks)


def _phrase_raised(ph: _Phraser, t: "Token", inner: "Token") -> str | None:
    """Ask whether what a hedge or claim says holds, in the hedge's tense:
    'appears to reduce deaths' -> 'Does ... reduce deaths?', 'claimed to be
    police officers' -> 'Were the men police officers?', 'seems to have
    started' -> 'Did ... start?', 'appears able to' -> 'Is ... able to?'."""
    s_tok = _subject(t)
    subj = ph.subject_text(t)
    if not subj or s_tok is None or subj.lower() in {"it", "this", "that", "there", "which", "who", "what"} | _PERSONAL:
        return None
    passive = next((c.lower_ for c in t.children if c.dep_ == "auxpass"), "")  # "are presumed dead"
    past = t.tag_ == "VBD" or passive in ("was", "were")
    plural = s_tok.tag_ in ("NNS", "NNPS") or s_tok.lower_ in ("they", "we") or any(
        c.dep_ == "conj" for c in s_tok.children) or passive in ("are", "were")
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    if inner.pos_ == "ADJ":
        toks = []
        for x in inner.subtree:
            if x.i > inner.i and x.text in (",", ";", "—", "–", "(", '"', "“", "”"):
                break
            toks.append(x)
        while toks and _punct(toks[-1]):
            toks.pop()
        return f"{be.capitalize()} {subj} {ph.words(toks)}"
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in inner.children)
    passive = any(c.dep_ == "auxpass" for c in inner.children)
    progressive = inner.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in inner.children)
    rest = ph.words(_clause_tokens(inner, set()))
    prt = "".join(" " + c.text for c in inner.children if c.dep_ == "prt" and not rest.startswith(c.text))
    if passive or progressive:
        front, middle = ("were" if plural else "was") if perfect else be, inner.text
    elif inner.lemma_ == "be":
        front, middle = ("were" if plural else "was") if perfect else be, ""
    else:
        front = "did" if past or perfect else ("do" if plural else "does")
        middle = inner.lemma_
    q = " ".join(x for x in [front.capitalize(), subj, middle + prt, rest] if x)
    return q


def _awaited(ph: _Phraser, noun: "Token", subj: "Token | None") -> str | None:
    """What a pending matter waits for, as a question: 'pending approval from
    the regulator' -> 'Will the merger get approval from the regulator?'."""
    lem = noun.lemma_.lower()
    if lem in _AWAITED_STEPS:
        from .roles import person_noun

        # Only a person awaits removal or trial: "the film was shelved pending release" asks nothing.
        if subj is None or subj.i in {x.i for x in noun.subtree} or not (
                subj.lower_ in ("he", "she", "they", "him", "her", "them") or subj.ent_type_ == "PERSON"
                or (subj.pos_ == "PROPN" and subj.ent_type_ == "") or person_noun(subj)):
            return None
        who = ph.subject_text(subj.head, subj)
        rest = ph.words([x for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "to")
                         for x in c.subtree])
        return f"Will {who} be {_AWAITED_STEPS[lem]}{' ' + rest if rest else ''}" if who else None
    toks = [x for x in noun.subtree if x.lower_ != "pending" and not (
        x.dep_ in ("relcl", "appos", "acl", "punct") and x.head.i == noun.i)]
    drop = {y.i for x in noun.children if x.dep_ in ("relcl", "appos", "acl") for y in x.subtree}
    toks = [x for x in toks if x.i not in drop]
    while toks and _punct(toks[-1]):
        toks.pop()
    text = _lower_det(ph.words(toks), noun)
    if not text:
        return None
    if lem in _CONSENT_NOUNS:
        who = ph.subject_text(subj.head, subj) if subj is not None else ""
        if not who or who.lower() in ("it", "this", "that", "which", "who", "we", "you", "i", "they"):
            return f"Will {text} be granted"
        return f"Will {who} get {text}"
    if not text.lower().startswith(("the ", "a ", "an ", "this ", "these ", "its ", "their ", "his ", "her ")):
        text = "the " + text
    text = re.sub(r"^(?:a|an) ", "the ", text)
    if lem in _VERDICT_NOUNS:
        return f"How will {text} turn out"
    if lem in _RESULT_NOUNS:
        return f"What will {text} show"
    if lem in _FINDING_NOUNS:
        return f"What will {text} find"
    return None


def _phrase_noun(ph: _Phraser, t: "Token") -> str | None:
    low = t.lower_
    if low in ("evidence", "proof", "indication", "sign", "signs") or low in _CHARGE_NOUNS:
        # "no evidence the attacks came from Yemen": did they?  "faces allegations
        # it failed to act": did it?
        clause = next((c for c in t.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                       and c.i > t.i and not any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)), None)
        if clause is not None and not any(x.tag_ in ("WDT", "WP") for x in clause.children) and (
                low not in _CHARGE_NOUNS or any(x.dep_ in ("nsubj", "nsubjpass") for x in clause.children)):
            own = next((x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            holder = _subject(t.head) if low in _CHARGE_NOUNS and t.head.pos_ in ("VERB", "AUX") else None
            if (own is None or own.lower_ not in ("he", "she", "it", "they") or holder is None
                    or holder.pos_ not in ("NOUN", "PROPN")):
                holder = None
            # "X faces allegations it failed to act": "it" is X.
            q = ph.ask(clause, subj_tok=holder)
            if q or low not in _CHARGE_NOUNS:
                return q
        elif low not in _CHARGE_NOUNS:
            return None
    # "a 30-day ceasefire, a proposal he claims ...": the proposal is the head.
    head = t.head if t.dep_ == "appos" else t
    if head is t:
        # "his desire for X", "the speculation surrounding X": X is the matter.
        inner = None
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ != "by":  # "an investigation by X": X runs it, it is not the matter
                inner = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ == "acl" and c.tag_ == "VBG":
                inner = next((g for g in c.children if g.dep_ == "dobj"), None)
            if inner is not None:
                break
    else:
        inner = head
    text = _noun_phrase(ph, inner) if inner is not None else ""
    if not text and low in ("investigation", "inquiry", "probe") and head is t:
        owner = _inquiry_owner(t)
        if owner is not None:
            name = _lower_det(_noun_phrase(ph, owner), owner)
            first = name.split()[0].lower() if name else ""
            if name and first not in _POSSESSIVES | {"a", "an", "its", "their", "our", "my", "your"}:
                if first != "the" and (owner.pos_ == "NOUN" and owner.tag_ != "NNS" or owner.pos_ == "PRON"):
                    return None  # "by someone", "by it": no owner to name
                if first != "the" and (owner.pos_ == "NOUN" or owner.dep_ == "nmod" and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in owner.head.children)):
                    name = "the " + name  # "by police", "the Security Forces response"
                own = name + "'" if owner.tag_ in ("NNS", "NNPS") and name.endswith("s") else _possessive(name)
                return f"What will {own} {low} find"
        return None
    if not text:
        return None
    if text[:1].isupper() and inner is not None and inner.pos_ != "PROPN" and list(inner.subtree)[0].pos_ == "DET":
        text = text[0].lower() + text[1:]
    if low in ("proposal", "offer", "request", "desire", "plan", "plans"):
        return f"Will {text} go ahead"
    if low in ("investigation", "inquiry", "probe", "trial"):
        return f"What will the {low} into {text} find"
    if low in ("speculation", "rumour", "rumor", "possibility", "prospect", "uncertainty", "doubt", "doubts"):
        return f"What will become of {text}"
    if low in ("allegation", "allegations", "claims"):
        return f"Are the {low} of {text} true"
    return None


def _inquiry_owner(t: "Token") -> "Token | None":
    """Who runs an inquiry named without its subject: "an investigation by the
    agency", "the investigation, led by police,", "the Security Forces'
    response and investigation" (an owner the parser hangs on the first noun
    of a pair, with or without its possessive ending)."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "by" or c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.lemma_ in ("lead", "conduct", "carry", "run", "launch", "open"):
            by = next((g for g in c.children if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")), None)
            if by is not None:
                return next((g for g in by.children if g.dep_ == "pobj"), None)
    noun = t.head if t.dep_ == "conj" and t.head.pos_ == "NOUN" else t
    own = next((c for c in noun.children if c.dep_ in ("poss", "nmod") and c.pos_ == "PROPN"
                and c.ent_type_ in ("ORG", "GPE", "NORP", "")), None)
    if own is None or own.tag_ == "PRP$":
        return None
    return own


_OPEN_ADJ = frozenset("possible likely unlikely unclear uncertain unknown".split())
# Nouns naming a charge whose content clause is the unproven matter: "allegations (that) it failed".
_CHARGE_NOUNS = frozenset("allegation allegations accusation accusations suspicion suspicions".split())
_PROSPECT_ADJ = frozenset("possible potential planned proposed imminent upcoming tentative likely".split())
_FINDING_NOUNS = frozenset("trial investigation inquiry probe review hearing study research".split())
_AIM_NOUNS = frozenset("goal aim target objective ambition".split())
_DUTY_NOUNS = frozenset("priority mission task purpose job".split())
_CONTENT_NOUNS = frozenset("hypothesis theory idea notion claim view possibility assumption belief fear hope".split())
_INTENT_NOUNS = frozenset("intention intentions plan plans".split())
# Problems the text says are still there: "identified continuing challenges".
_LINGERING_ADJ = frozenset("continuing remaining outstanding persistent lingering ongoing".split())
_PROBLEM_NOUNS = frozenset("challenge problem obstacle hurdle concern gap difference dispute issue".split())
_SETTLE_VERBS = frozenset("resolve settle solve overcome fix clear remove address".split())
# Talks whose outcome is pending while they go on.
_TALK_NOUNS = frozenset("talks negotiations discussions consultations deliberations".split())
# Nouns of a resolve whose act is still ahead: "Serbia's intent to open
# consulates", "its commitment to take part", "the decision to sign on".
_RESOLVE_NOUNS = frozenset("intent commitment pledge promise decision".split())
# Verbs by which a subject makes its plan known: "announced plans to ...".
_PLAN_MADE_KNOWN = frozenset("announce unveil reveal have outline confirm present disclose".split())
_DONE_RESEARCH_NOUNS = frozenset("investigation inquiry probe".split())


def _research_done(t: "Token") -> bool:
    """An inquiry told as the cause of a past outcome is over: 'were arrested
    following an investigation', 'the investigation led to the discovery'."""
    if t.dep_ == "pobj" and t.head.lower_ in ("following", "after"):
        return True
    if t.dep_ == "nsubj":
        return t.head.tag_ == "VBD" and t.head.lemma_ != "be"
    # "It was the agency's investigation of X which led to ...": a cleft on a past outcome.
    return t.dep_ == "attr" and any(
        x.dep_ == "relcl" and x.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in x.children)
        for x in t.subtree)


_EFFORT_NOUNS = frozenset("effort efforts bid attempt attempts drive push campaign".split())


def _lower_det(text: str, head: "Token") -> str:
    first = next(iter(head.subtree))
    return text[:1].lower() + text[1:] if text and first.pos_ == "DET" else text


def _noun_infinitive(t: "Token") -> "Token | None":
    """'its intention to leave X', 'Efforts are ongoing to negotiate X'."""
    for c in t.children:
        if c.dep_ in ("acl", "relcl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            return c
    if t.dep_ == "nsubj":
        for sib in t.head.children:
            for c in [sib, *sib.children]:
                if c.dep_ == "xcomp" and c.i > t.i and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                    return c
    return None


def _pledged_goal(t: "Token") -> "Token | None":
    """The goal of a commitment named as an act: "their commitment to the
    complete denuclearization of X" -> "denuclearization"."""
    if t.lower_ not in ("commitment", "commitments", "pledge", "pledges"):
        return None
    return next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.text.islower()
                 and g.lower_.endswith(("tion", "sion", "sal", "val"))), None)


def _phrase_purpose(ph: _Phraser, t: "Token") -> str | None:
    """An intention or an effort named by a noun with its infinitive."""
    low = t.lower_
    inf = _noun_infinitive(t)
    goal = _pledged_goal(t) if inf is None else None
    if goal is not None and not _negated(t.head):
        what = re.sub(r"^(?:a|an) ", "the ", _lower_det(_noun_phrase(ph, goal), goal))
        return f"Will {what} be achieved" if what.lower().startswith("the ") else None
    if inf is None or _negated(t.head):
        return None
    if low in _INTENT_NOUNS or low in _RESOLVE_NOUNS:
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if (owner is not None and owner.tag_ == "PRP$") or (
                owner is None and t.dep_ == "dobj" and _lemma(t.head) in _PLAN_MADE_KNOWN):
            # "its plans to ...", "X announced plans to ...": the subject's plan.
            owner = next((c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
        if owner is None:
            return None
        return ph.yes_no(inf, subj_tok=owner)
    if low in _EFFORT_NOUNS:
        if t.head.pos_ in ("VERB", "AUX") and _past_clause(t.head):
            return None  # "efforts to contain the outbreak involved ...": over
        target = next((c for c in inf.children if c.dep_ == "dobj"), None)
        if (_lemma(inf) in _SEARCH_VERBS and target is not None and target.lemma_.lower() in _INFO_NOUNS
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in target.children)):
            # "in an attempt to find the cause of the tremors": what is it?
            return f"What is {_lower_det(_noun_phrase(ph, target), target)}"
        act = ph.words([x for x in inf.subtree if not _punct(x)])
        return f"Will the {low} {act} succeed"
    return None


_DANGLING = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "and", "or", "but",
             "that", "than"}


def _readable(question: str) -> bool:
    """Reject phrasings too short or empty to stand alone ("Will they do?"), or
    that speak in a quoted speaker's own person."""
    words = re.findall(r"[\w'’-]+", question)
    if not words or words[0].lower() not in _QUESTION_OPENERS:
        return False  # "Helped the movement improve ...?": no auxiliary or wh-word, no question
    if re.search(r",\s*,", question):
        return False  # a list whose members were left out
    if (len(words) > 1 and words[1].lower() in ("we", "i", "you")) or any(
            w.lower() in ("our", "my", "your") for w in words):
        return False  # "Will we ...?", "What is our work about?": whose, the reader cannot tell
    if re.search(r"\bhave to (?:a|an|the|this|that|its|their)\b", question, re.I):
        return False  # "have to an official concession": a comparison cut short
    if (words and words[0].lower() not in WH_WORDS and words[-1].lower() in _STRANDED
            and not re.search(r"\bbe(?:en|ing)? [\w'’-]+ [\w'’-]+\W*$", question)):
        return False  # "Did frogs fall into?": the object went with a gap or a quote
    return len(words) >= 3 and words[-1].lower() not in ("do", "be", "have", "get", "so")


# Words an English question can open with: an auxiliary or a wh-word.
_QUESTION_OPENERS = frozenset("""will would shall should can could may might must is are was were am do does did
    has have had what who whom whose which when where why how""".split())


# Prepositions a yes/no question cannot end on.
_STRANDED = frozenset("about into onto of from with at upon toward towards".split())


# Verbs that cannot end a question: "Will local authorities find?", "Do the
# researchers hope?" ask nothing once their object is lost.
_NEEDS_OBJECT = frozenset("""find say tell hope ascertain determine establish demand make take give bring put use
    include reach receive seek provide cause face get see need want consider ask urge allow require
    represent reveal contain involve anticipate expect predict forecast offer identify address""".split())


def _object_lost(question: str) -> bool:
    last = re.findall(r"[\w'’-]+", question)[-1:]
    if not last:
        return False
    if question.split(" ", 1)[0].lower() in WH_WORDS:
        return False  # "What will the inquiry find?": the question word is the object
    w = last[0].lower()
    return w in _NEEDS_OBJECT or w in REPORT_VERBS or w in ("who", "whom", "what", "which", "whether")


def _ask_what(question: str) -> str | None:
    """'Will the inquiry find?' -> 'What will the inquiry find?'; 'Will X
    ascertain who?' -> 'What will X ascertain?'.  Not for a past report
    ('Did X say?'): what was said is in the text."""
    q = re.sub(r"\s+(?:who|whom|what|which|whether)\?$", "?", question)
    first, _, rest = q.partition(" ")
    last = (re.findall(r"[\w'’-]+", q)[-1:] or [""])[0].lower()
    if first.lower() not in ("will", "would", "can", "could", "may", "might", "do", "does") or not rest:
        return None
    if first.lower() in ("do", "does") and last in REPORT_VERBS:
        return None
    return f"What {first.lower()} {rest}"


def _trim_dangling(question: str) -> str:
    """Drop words a cut-off clause leaves hanging: '... trade blocs as an?'."""
    q = question.rstrip("?").rstrip()
    q = re.sub(r"\s+(?:in case|such as|because of|due to|in order|as well as|so that)$", "", q)
    while True:
        head, _, last = q.rpartition(" ")
        if head and last.lower() in _DANGLING and len(head.split()) >= 3:
            q = head.rstrip(" ,;:")
        else:
            break
    return q + "?"


def _drop_stray_wh(question: str) -> str:
    """'Will X like the plan or how it is used?': a wh-clause joined to a noun
    phrase has no verb of its own in a yes/no question; ask the first part.
    Left alone when a wh-clause already came before ('explain why ... and how ...')."""
    first, _, rest = question.partition(" ")
    if first.lower() in WH_WORDS:
        return question
    m = re.search(r",?\s+(?:and|or)\s+(?:how|why|where|when|whether)\s+\w+\s+\w+", rest)
    if m is None or set(re.findall(r"[\w'’]+", rest[:m.start()].lower())) & (WH_WORDS | {"whether", "if"}):
        return question
    head = rest[:m.start()]
    return f"{first} {head}?" if len(head.split()) >= 3 else question


@dataclass
class _Candidate:
    """A sentence whose cues passed the bar, with the question phrased for it."""

    sent: Sentence
    cues: list[Cue]
    score: float
    involved: list[str]
    question: str


def _candidates(parsed: Parsed, actors: list[Actor], bar: float = THRESHOLD) -> "Iterator[_Candidate]":
    """Every body sentence whose cues score at least ``bar``, phrased as a
    question (sentences whose phrasing fails are left out)."""
    resolver = _Resolver(parsed, actors)
    for sent in parsed.sentences:
        if sent.block_kind in ("title", "heading", "code") or len(sent.span) < 5:
            continue
        cues = _cues(sent)
        if not cues:
            continue
        cues.sort(key=lambda c: -c.weight)
        # Corroborating cues add a little; faint ones ("talks", "process") don't.
        score = cues[0].weight + 0.05 * min(2, sum(c.weight >= 0.5 for c in cues[1:]))
        involved = [a.name for a in actors if any(sent.start <= m.start < sent.end for m in a.mentions)]
        score += 0.03 * min(3, len(involved))
        if sent.block_kind == "standfirst":
            score -= 0.35  # a summary line restates the body's questions
        if score < bar:
            continue
        ph = _Phraser(parsed, resolver, sent.block, sent.start)
        question = fallback = None
        for cue in cues:
            if cue.weight < 0.5:
                break
            ph.unresolved = False
            # The hedge the question asks about is no part of it: "Did X reportedly stab ..." -> "Did X stab ...".
            ph.drop = {cue.token.i} if (cue.kind == "adv" and cue.token.dep_ == "advmod"
                                        and cue.token.head.dep_ in ("ROOT", "ccomp", "conj")
                                        and cue.token.head.pos_ in ("VERB", "AUX")) else set()
            question = _phrase(ph, sent, cue)
            if question and _readable(question):
                if _object_lost(_trim_dangling(_finish(question))):
                    # "Will local authorities find?" asks nothing; what they will find is the matter.
                    fallback = fallback or _ask_what(_trim_dangling(_finish(question)))
                    question = None
                    continue
                if not ph.unresolved:
                    break
                # "Will X include them?": keep looking for a phrasing that
                # stands alone, else ask this one.
                fallback = fallback or question
            question = None
        question = question or fallback
        if not question:
            continue
        finished = _finish(question)
        question = _drop_stray_wh(_trim_dangling(finished))
        if question != finished and (_object_lost(question) or re.search(r"\b(?:have|get)\?$", question)):
            continue  # trimming left it without its object: "Does redesigning the flag now have?"
        last = question.rstrip("?").rpartition(" ")[2]
        if last and re.search(rf"(?<![\w-]){re.escape(last)}-[^\W\d_]", sent.text) and not re.search(
                rf"(?<![\w-]){re.escape(last)}(?![\w-])", sent.text):
            continue  # cut inside a hyphenated word: "Will countries pull together to de?"
        yield _Candidate(sent, cues, score, involved, question)


def build_questions(parsed: Parsed, actors: list[Actor]) -> list[OpenQuestion]:
    found: list[OpenQuestion] = []
    seen: set[str] = set()
    asked: list[frozenset[str]] = []
    for cand in _candidates(parsed, actors):
        question, sent = cand.question, cand.sent
        if question.lower() in seen:
            continue
        words = frozenset(re.findall(r"[\w'’-]+", question.lower()))
        if any(words < earlier for earlier in asked):
            continue  # "Will the lawsuit succeed?" after "Will the combined lawsuit succeed?"
        seen.add(question.lower())
        asked.append(words)
        cond = _condition(sent)
        if _restates(cond, question):
            cond = ""  # the question was asked of the condition itself
        found.append(
            OpenQuestion(
                question=question, evidence=sent.text, span=Mention(sent.start, sent.end),
                condition=cond, actors=tuple(cand.involved), score=min(1.0, cand.score / 1.3),
            )
        )
    found.sort(key=lambda q: -q.score)
    return found
