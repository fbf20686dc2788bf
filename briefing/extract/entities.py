"""Clean spaCy's entities into candidate mentions and repair its usual slips.

The small model glues titles to names ("President Trump"), keeps a leading
"the" and a trailing possessive, reads title-case headlines as names
("Zelensky Prepares"), tags capitals as people and misses some acronyms.
These are fixed here with document-level rules before actors and places are
built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .affiliations import entity_end
from .document import Parsed
from .gazetteer import gazetteer
from .names import (
    ALIASES,
    CASE_SENSITIVE_SHORT,
    GOVERNMENT_HEADS,
    HONORIFICS,
    OCCUPATION_WORDS,
    PORTFOLIOS,
    RANK_PREFIX_WORDS,
    ROLE_HEADS,
    TITLE_MODIFIERS,
    US_DISTRICT,
    canonical_alias,
    demonym_country,
    fold,
    is_title_word,
    key,
    surname,
)
from .roles import plural_title

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
# Things the model tags as organisations that are media channels or units,
# not parties to events: platforms, time zones.
NOT_ACTORS = frozenset(
    "twitter facebook youtube instagram whatsapp telegram tiktok linkedin reddit wechat weibo "
    "bst gmt utc est edt pst pdt cet cest ist jst aest a.m. p.m. am pm".split()
)
_DROP_LEAD = {"the", "a", "an"}
# Standard time-zone abbreviations, upper case as news prints them after a
# clock time ("2 p.m. ET", "0900 GMT").  Never a party or a place, wherever
# they stand; short ones that are also ordinary words or codes are only
# dropped after a time (see ``_time_zone``).
TIME_ZONES = frozenset(
    """UTC GMT BST IST CET CEST EET EEST WET WEST MSK EST EDT CST CDT MST MDT PST PDT AKST AKDT
    HST HAST AST ADT NST NDT ET CT MT PT AEST AEDT ACST ACDT AWST NZST NZDT JST KST HKT SGT PHT
    WIB WITA WIT ICT PKT IRST GST SAST WAT CAT EAT""".split()
)
_AMBIGUOUS_ZONES = frozenset("IST WEST WET AST ADT CAT EAT GST ICT WIT CT MT PT ET NST".split())
# Words of spelled-out zones: "Eastern Time", "Pacific Standard Time".
_ZONE_WORDS = frozenset(
    "eastern central mountain pacific atlantic alaska hawaii greenwich mean universal coordinated "
    "standard daylight summer local british european western moscow arabia india japan korea".split()
)
# A clock time just before: "9:54", "a.m.", "1354" (a number alone only
# counts for the listed zones: "in 2015 ISIS" is a year).
_CLOCK = re.compile(r"^(?:\d{1,2}[:.]\d{2}|[ap]\.?m\.?|noon|midnight|hrs|hours|o'clock)$", re.I)
_HHMM = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")


def _time_zone(span: "Span") -> bool:
    """A time-zone abbreviation or a spelled-out zone: a standard
    abbreviation anywhere, a short capitalised code right after a clock time
    ("10 a.m. PT", "(1354 UTC)"), or "[Eastern] [Standard] Time"."""
    text = span.text
    words = text.split()
    if words[-1] == "Time" and len(words) > 1 and all(fold(w) in _ZONE_WORDS for w in words[:-1]):
        return True
    if len(span) != 1 or not text.isupper():
        return False
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    after_time = prev is not None and (_CLOCK.match(prev.text) is not None or prev.ent_type_ == "TIME")
    if text in TIME_ZONES and (text not in _AMBIGUOUS_ZONES or after_time
                               or (prev is not None and _HHMM.match(prev.text))):
        return True
    # Another code after a clock time that ends its phrase ("10 a.m. HKT on
    # Friday"); "at 3 p.m. CNN reported" is a source that speaks.
    nxt = doc[span.end] if span.end < len(doc) else None
    return (after_time and 2 <= len(text) <= 4 and text.isalpha() and not canonical_alias(text)
            and (nxt is None or nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ")))


@dataclass
class Cand:
    start: int
    end: int
    text: str
    label: str  # PERSON ORG GPE LOC FAC NORP
    block: int
    span: "Span"
    glued_titles: list[str] = field(default_factory=list)
    # For a person split off an organisation's name ("Amnesty International
    # Jo Bloggs said"): that organisation.
    affiliation: str = ""

    @property
    def root(self) -> "Token":
        return self.span.root


def _trim(span: "Span") -> "Span | None":
    s, e = span.start, span.end
    doc = span.doc
    while s < e and (doc[s].lower_ in _DROP_LEAD or doc[s].is_punct):
        s += 1
    while e > s and (doc[e - 1].lower_ in ("'s", "’s", "'") or doc[e - 1].is_punct
                     or doc[e - 1].pos_ in ("ADP", "DET", "CCONJ") or _HANDLE.fullmatch(doc[e - 1].text)):
        e -= 1  # "Jonathan Sanchez @jsanchez": the account is no part of the name
    if s >= e:
        return None
    if s > 0 and doc[s - 1].text == "#" and not doc[s - 1].whitespace_:
        return None  # "#DroneStrikes": a hashtag names a topic, not a party or a place
    return doc[s:e]


# A social-media account: "@jsanchez".
_HANDLE = re.compile(r"@\w{2,}")


def _quoted_accounts(parsed: Parsed, bi: int, doc, out: list["Cand"], covered: list[tuple[int, int]]) -> None:
    """An account that opens a line introducing its post ("@jsanchez: the
    police shot first") is someone quoted, known only by the account."""
    text = parsed.block_texts[bi]
    # A language tag may stand before the colon ("@user [zh]: ..."), as in posts
    # that link a source in another language.
    m = re.match(r"\s*(@\w[\w-]*\w)\s*(?:\[[a-z]{2}(?:-[A-Za-z]{2,4})?\]\s*)?:", text)
    if m is None or any(a < m.end(1) and m.start(1) < b for a, b in covered):
        return
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None:
        return
    s, e = parsed.gspan(bi, span)
    out.append(Cand(s, e, span.text, "PERSON", bi, span))
    covered.append((m.start(1), m.end(1)))


def _is_headline(parsed: Parsed, block: int) -> bool:
    """Title, heading, or any title-case line without a full stop."""
    cache = parsed.__dict__.setdefault("_headline", {})
    if block not in cache:
        cache[block] = _headline_uncached(parsed, block)
    return cache[block]


def _headline_uncached(parsed: Parsed, block: int) -> bool:
    if parsed.kinds[block] in ("title", "heading"):
        return True
    text = parsed.block_texts[block]
    # Words of four letters or more, found in the text rather than by visiting
    # every token: this runs for every block of every article.
    return not text.rstrip().endswith((".", "!", "?", '"')) and _title_case(text)


_LONG_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{4,}(?![^\W\d_])")


def _title_case(text: str) -> bool:
    """Every long word capitalised, as headlines in title case are."""
    words = _LONG_WORD.findall(text)
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def known_place(text: str) -> bool:
    """The gazetteer knows the name as a country, state, region or city."""
    g = gazetteer()
    return bool(g.country(text) or canonical_alias(text) or g.region(text) or g.cities_named(text))


def _country_regex() -> re.Pattern:
    g = gazetteer()
    names = sorted(g.country_names, key=len, reverse=True)
    acr = sorted(
        {a for a in ALIASES if a.replace(".", "") in CASE_SENSITIVE_SHORT or a.replace(".", "").isalpha()},
        key=len, reverse=True,
    )
    parts = [re.escape(n) for n in names if len(n) > 3]
    parts += [re.escape(a.upper()) for a in acr if len(a.replace(".", "")) <= 5]
    return re.compile(r"(?<![\w.])(" + "|".join(parts) + r")(?![\w])")


_COUNTRY_RE: re.Pattern | None = None


def country_regex() -> re.Pattern:
    global _COUNTRY_RE
    if _COUNTRY_RE is None:
        _COUNTRY_RE = _country_regex()
    return _COUNTRY_RE


# Last words of a party's members' name in the plural: "Liberal Democrats",
# "Social Democrats" name parties, not nationalities.
_PARTY_PLURALS = frozenset(
    "democrats republicans conservatives liberals socialists greens nationalists unionists "
    "communists progressives libertarians".split()
)


def _lost_first_word(doc, span: "Span", label: str) -> bool:
    """The token before ``span`` is the first word of the same name that the
    model left untagged: "Mayor of London Sadiq | Khan", "news source Daily |
    Xtra".  Only a capitalised proper word inside a sentence that is no title,
    nationality or place."""
    i = span.start - 1
    if i < 0:
        return False
    t = doc[i]
    if (t.ent_type_ or t.is_sent_start or not t.is_alpha or not t.text[:1].isupper() or t.text.isupper()
            or not span[0].text[:1].isupper() or not t.whitespace_):
        return False
    if t.pos_ != "PROPN" and not (label == "ORG" and t.pos_ == "ADJ"):
        return False
    if (is_title_word(t.text) or is_title_word(t.text.removesuffix("s")) or demonym_country(t.text)
            or fold(t.text) in HONORIFICS | OCCUPATION_WORDS):
        return False
    g = gazetteer()
    return not (g.country(t.text) or g.region(t.text) or g.cities_named(t.text))


def _lost_last_words(doc, span: "Span") -> int:
    """How many untagged proper words after a person's name end the same
    name: "president Ahmed Abdallah | Mohamed Sambi said", where the parser
    hangs the tagged words on the last one.  At most two, each capitalised,
    no title, nationality or place."""
    last = span[-1]
    h = last.head
    if last.dep_ != "compound" or not 0 < h.i - last.i <= 2:
        return 0
    g = gazetteer()
    for t in doc[span.end : h.i + 1]:
        if (t.ent_type_ or t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.text.isupper()
                or is_title_word(t.text) or demonym_country(t.text) or g.country(t.text) or g.region(t.text)):
            return 0
    return h.i + 1 - span.end


def _unknown_proper_words(span: "Span") -> bool:
    """Capitalised proper words that name no place the gazetteer knows."""
    g = gazetteer()
    return (all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in span)
            and not (g.country(span.text) or g.region(span.text) or g.cities_named(span.text)
                     or g.territory(span.text) or canonical_alias(span.text)))


def _binomial(doc, span: "Span") -> bool:
    """A Latin species name in brackets: "(Genus species)"."""
    s, e = span.start, span.end
    return (len(span) == 1 and s > 0 and doc[s - 1].text == "(" and e + 1 < len(doc)
            and doc[e].is_alpha and doc[e].text.islower() and doc[e + 1].text == ")")


def _city_demonym(span: "Span") -> bool:
    """"Londoner", "New Yorkers": a city's residents, not an actor."""
    text = span.text
    for suffix in ("ers", "er"):
        if text.endswith(suffix) and len(text) > len(suffix) + 3:
            stem = text[: -len(suffix)]
            g = gazetteer()
            if g.cities_named(stem) or g.region(stem):
                return True
    return False


def _owner_before(doc, span: "Span") -> int:
    """Start of a name whose first word is a plural possessive the model left
    out: "Fishmongers' | Hall", "Workers' | Party"."""
    s = span.start
    if s >= 2 and doc[s - 1].text in ("'", "’"):
        o = doc[s - 2]
        if (o.is_alpha and o.text[:1].isupper() and o.text.endswith("s") and not o.ent_type_
                and o.whitespace_ == "" and not is_title_word(o.text)):
            return s - 2
    return s


# Offices held by one person whose staff is named after them: "the Sheriff's
# Office", "the District Attorney's Office".
_OFFICE_HOLDERS = frozenset("sheriff attorney coroner marshal prosecutor comptroller auditor general".split())
_OFFICE_NOUNS = frozenset("office department".split())


def _holder_office(doc, span: "Span") -> "Span":
    """An office named after its holder, which the model cut at the "'s":
    "Los Angeles Sheriff | 's office" grows to the whole name, and "the
    Manhattan District Attorney's | Office" takes its holder and place."""
    s, e = span.start, span.end
    if (e + 1 < len(doc) and doc[e - 1].lower_ in _OFFICE_HOLDERS and doc[e].tag_ == "POS"
            and doc[e + 1].lower_ in _OFFICE_NOUNS):
        return doc[s : e + 2]
    holder = None
    if (e - s == 1 and doc[s].lower_ in _OFFICE_NOUNS and s >= 2 and doc[s - 1].tag_ == "POS"
            and doc[s - 2].lower_ in _OFFICE_HOLDERS and doc[s - 2].text[:1].isupper()):
        holder = s - 2
    elif (e - s > 2 and doc[s].lower_ in _OFFICE_HOLDERS and doc[s + 1].tag_ == "POS"
            and doc[s + 2].lower_ in _OFFICE_NOUNS):
        holder = s  # "Attorney | General's Office of X": the holder's title lost its first word
    if holder is not None:
        i = holder
        while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and (
                not doc[i - 1].is_sent_start or doc[i - 1].pos_ == "PROPN"):
            i -= 1
        return doc[i : e]
    return span


def _cut_common_tail(span: "Span") -> "Span":
    """An organisation's name ends before "of"/"for" followed only by common
    words: "Associated Press | of bank robberies"."""
    for t in span[1:]:
        if t.lower_ in ("of", "for") and t.i + 1 < span.end and all(
                x.text.islower() for x in span.doc[t.i + 1 : span.end]):
            return span.doc[span.start : t.i]
    return span


# Rank words that end a run of them before a name ("Private First Class X").
_RANK_ENDS = frozenset("private specialist class airman seaman".split())


# Verbs that open the names of campaigns and movements ("Occupy Wall Street").
_CAMPAIGN_VERBS = frozenset("occupy save stop defend".split())


def _title_prefix_length(toks: list["Token"]) -> int:
    """How many leading tokens of a person's name are title, nationality,
    occupation or rank: "Ukrainian President X", "Flight Engineer Y",
    "Private First Class Z".  Rank words alone ("Flight", "First") count only
    up to the title or rank word that closes them; one token is always left."""
    i = cut = 0
    while i < len(toks) - 1:
        w = fold(toks[i].text)
        if i == 0 and len(w) == 2 and w.endswith(".") and len(toks) >= 3:
            break  # "M. Yvonne Evans": an initial before a full name, not "Monsieur"
        if is_title_word(toks[i].text) or demonym_country(toks[i].text) or w in OCCUPATION_WORDS \
                or w in _RANK_ENDS:
            i += 1
            cut = i
        elif (w in TITLE_MODIFIERS and i + 2 < len(toks) and is_title_word(toks[i + 1].text)) \
                or w in RANK_PREFIX_WORDS:
            i += 1
        else:
            break
    return cut


def _portfolio_length(doc, span: "Span") -> tuple[int, int]:
    """Leading tokens of a person's name that are the field of the title just
    before it: "Minister of Education | Jane Doe", "Under Secretary for Public
    Diplomacy | Sarah Rogers".  No name follows "Minister of" or "Secretary
    for" directly, so what comes first is the field; the name is its last two
    words (three with a middle initial).  Returns the start of the title and
    the number of the span's tokens that belong to it, (0, 0) for none."""
    s = span.start
    b = s  # the field may start before the span: "for Public | Diplomacy Sarah Rogers"
    while b > 0 and s - b < 3 and doc[b - 1].text[:1].isupper() and doc[b - 1].is_alpha \
            and not doc[b - 1].is_sent_start:
        b -= 1
    if b >= 3 and b == s and doc[b - 1].lower_ == "the" and doc[b - 2].lower_ == "of":
        b -= 1  # "Secretary of the | Treasury Scott Bessent"
    if len(span) < 2 or b < 2 or doc[b - 1].lower_ not in ("of", "for") or not is_title_word(doc[b - 2].text):
        return 0, 0
    if fold(span[0].text) in PORTFOLIOS and len(span) > 2:
        return b - 2, 1
    words = [n for n, t in enumerate(span) if n == 0 or span[n - 1].whitespace_]
    if len(words) < (3 if b == s else 2):
        return 0, 0
    start = words[-2]
    if len(words) > 3 and len(span[start].text) <= 2 and span[start].text.rstrip(".").isalpha():
        start = words[-3]  # "Darleen A. Druyun"
    if not all(t.text[:1].isupper() for t in span[:start]):
        return 0, 0
    title = b - 2
    while title > 0 and doc[title - 1].text[:1].isupper() and is_title_word(doc[title - 1].text):
        title -= 1  # "Under | Secretary for Public Diplomacy"
    return title, start


# Head nouns of the units a body is made of.
UNIT_HEADS = frozenset("office bureau division section unit command service branch directorate".split())


def unit_of_owner(span: "Span") -> "Span":
    """A body's unit named with its owner is the unit: "the Justice
    Department’s Office of International Affairs" names the office; the owner
    is its parent, named in full elsewhere if the text means it.  A local
    branch ("IRS Criminal Investigation’s Chicago Office") is the body itself.
    An office named after its holder ("the Sheriff's Office") stays whole."""
    k = next((t.i - span.start for t in span[1:-2] if t.tag_ == "POS"), None)
    if k is None:
        return span
    owner, unit = span[:k], span[k + 1 :]
    head = next((t for t in unit[1:] if t.lower_ in ("of", "for")), None)
    head = unit[-1] if head is None else unit[head.i - unit.start - 1]
    if (owner[-1].lower_ in _OFFICE_HOLDERS or (len(owner) == 1 and is_title_word(owner[0].text))
            or head.lower_ not in UNIT_HEADS
            or not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the") for t in unit)):
        return span
    if unit[0].text[:1].isupper() and unit[-2].lower_ not in ("of", "for", "and", "the") and (
            known_place(unit[:-1].text) or all(known_place(t.text) for t in unit[:-1] if t.is_alpha)):
        return owner  # "the FBI’s Chicago Field Office" is the FBI there
    return unit


# Function words of the languages quoted beside their translation in
# citizen-media posts (Spanish, French, Portuguese, Italian, German,
# Indonesian), none of them an English word.
_FOREIGN_FUNCTION_WORDS = frozenset("""el la los las del que y en un una es por con para lo se ya esto pero como más
    muy le les des du et est pas une dans pour qui elle sur au aux ne nous vous sont mais avec yang dan di ini itu
    tidak ke dari untuk apa aku kami saya juga akan sudah yg adalah tapi belum em não com uma os seu sua mas che
    non sono della nel der das und ist nicht mit ein eine zu auf für sich von wir""".split())


def _foreign_block(parsed: Parsed, bi: int) -> bool:
    """A post quoted in another language: a paragraph that opens with an
    account or follows a line ending in a colon, whose lower-case function
    words are foreign at least twice as often as English ones, three or more
    ("El Paso", "Juan de la Vega" in English text are no such post)."""
    text = parsed.block_texts[bi]
    if not (re.match(r"\s*@\w", text) or (bi > 0 and parsed.block_texts[bi - 1].rstrip().endswith(":"))):
        return False
    foreign = english = 0
    for t in parsed.docs[bi]:
        if not t.is_alpha:
            continue
        if t.text in _FOREIGN_FUNCTION_WORDS:
            foreign += 1
        elif t.is_stop:
            english += 1
    return foreign >= 3 and foreign >= 2 * english


def _name_with_number(span: "Span", label: str) -> bool:
    """A name with a number in it that still names a party: a known group
    ("G7", "G20") or a body whose name ends in its head noun ("the 1031 Tax
    Group", "March 23 Movement").  Dates, amounts, viruses ("COVID-19") and
    models ("Bell 206") are left out."""
    if canonical_alias(span.text):
        return True
    head = span[-1]
    return (label == "ORG" and head.text[:1].isupper() and (head.lower_ in ORG_WORDS or head.lower_ in BODY_NOUNS)
            and sum(t.is_alpha and t.text[:1].isupper() for t in span) >= 2)


def candidates(parsed: Parsed) -> list[Cand]:
    country_re = country_regex()
    g = gazetteer()
    out: list[Cand] = []
    for bi, doc in enumerate(parsed.docs):
        covered: list[tuple[int, int]] = []
        first = len(out)
        if _foreign_block(parsed, bi):
            # A post quoted in its own language beside its translation: the
            # English model reads its words as names ("Esto va", "Si el").
            _quoted_accounts(parsed, bi, doc, out, covered)
            continue
        joined_to = -1  # end of a place name grown over the next entity
        for ent in doc.ents:
            if ent.label_ not in LABELS or ent.start < joined_to:
                continue
            span = _trim(ent)
            if span is None or (any(ch.isdigit() for ch in span.text) and not _name_with_number(span, ent.label_)):
                continue
            label = ent.label_
            glued: list[str] = []
            if _binomial(doc, span):
                continue
            if label in ("PERSON", "ORG", "FAC") and _lost_first_word(doc, span, label):
                span = doc[span.start - 1 : span.end]
            lost = _lost_last_words(doc, span) if label == "PERSON" else 0
            if lost:
                longer = doc[span.start : span.end + lost]
                if _portfolio_length(doc, longer)[1] <= _portfolio_length(doc, span)[1]:
                    span = longer  # (a portfolio's field is told by the name's length)
            if label in ("ORG", "FAC"):
                span = doc[_owner_before(doc, span) : span.end]
            if label in ("GPE", "LOC", "FAC", "ORG") and len(span) > 3 and span[1].tag_ == "POS" \
                    and span[0].text[:1].isupper() and span[2].text[:1].isupper() \
                    and span[0].lower_ not in _OFFICE_HOLDERS and not is_title_word(span[0].text):
                span = span[2:]  # "Kennedy’s | Neil Armstrong Operations ... building": the owner is no part of it
            if label == "ORG":
                span = _holder_office(doc, _cut_common_tail(unit_of_owner(span)))
                named = _name_after_plural_title(span)
                if named is not None:
                    span, label = named, "PERSON"  # "Trial Attorneys | Ivana Nizich": a person, titled
            if (label in ("GPE", "LOC") and 2 <= len(span) <= 3 and span.start > 0
                    and is_title_word(doc[span.start - 1].text) and doc[span.start - 1].text.islower()
                    and _unknown_proper_words(span)):
                label = "PERSON"  # "South African president Thabo Mbeki" read as a place
            if label in ("PERSON", "PRODUCT", "NORP") and len(span) == 1 and _city_demonym(span):
                continue
            nxt = _cut_place_word(doc, span) if label in ("GPE", "LOC") else None
            if nxt is not None:
                span = doc[span.start : nxt.end]  # "Punta" + "Ventana": one name cut in two
                joined_to = nxt.end
            if (label == "ORG" and len(span) >= 3 and fold(span[0].text) in PORTFOLIOS
                    and _portfolio_length(doc, span)[1] == 1
                    and all(t.pos_ == "PROPN" and t.is_alpha and fold(t.text) not in ORG_WORDS for t in span[1:])):
                label = "PERSON"  # "Secretary of the | Treasury Scott Bessent": the portfolio, then a name
            if label == "PERSON":
                # Titles and nationality words glued to the name become role.
                toks = list(span)
                i = _title_prefix_length(toks)
                title_start, field = _portfolio_length(doc, span) if i == 0 else (0, 0)
                if field:
                    i = field  # "Minister of Education Jane Doe": the portfolio ends the title
                    glued = [t.text for t in doc[title_start : span.start + field]]
                else:
                    glued = [t.text for t in toks[:i]]
                span = doc[span.start + i : span.end]
                if is_title_word(span.text) or demonym_country(span.text):
                    continue
                if not any(t.text[:1].isupper() for t in span):
                    continue
                # Capitals and countries mislabelled as people, and a region
                # written after its town ("in Livorno, Tuscany").
                if g.country(span.text) or canonical_alias(span.text):
                    label = "GPE"
                elif (span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_ == "GPE"
                      and g.region(span.text)):
                    label = "GPE"
                elif len(span) == 1 and g.city(span.text) and span.text in g_capitals():
                    label = "GPE"
            if label == "PERSON" and len(span) > 1 and fold(span[-1].text) in BODY_NOUNS:
                label = "ORG"  # "Crow Tribe", "Green Party": no one's surname
            if (label == "NORP" and span.end < len(doc) and doc[span.end].text in ("world", "ocean", "sea")
                    and span.root.head.i == span.end):
                span, label = doc[span.start : span.end + 1], "LOC"  # "the Arab world", "the Indian ocean"
            if label == "NORP" and len(span) > 1 and span[-1].lower_ in _PARTY_PLURALS \
                    and all(t.text[:1].isupper() for t in span):
                label = "ORG"  # "Liberal Democrats", "Social Democrats": a party
            if ((label == "NORP" and span.start > 0 and doc[span.start - 1].lower_ == "ancient")
                    or (span[0].lower_ == "ancient" and len(span) == 2 and label in ("NORP", "ORG", "PERSON")
                        and span[1].text.endswith("s") and demonym_country(span[1].text[:-1]))):
                continue  # "the ancient Egyptians": a people of the past, no party today
            if label == "NORP" and not demonym_country(span.text):
                # Non-national groups ("Houthis") and companies named with a
                # demonym ("Saudi Aramco") are organisation candidates; other
                # adjectives (religions, languages) are not.
                if len(span) > 1 and demonym_country(span[0].text) and span[-1].text[:1].isupper():
                    label = "ORG"
                elif (span.end + 1 < len(doc) and doc[span.end].text == "," and span.text[:1].isupper()
                      and g.country(doc[span.end + 1 : entity_end(doc, span.end + 1)].text)):
                    label = "GPE"  # "in Samarra, Iraq": a town given with its country is a place
                elif len(span) == 1 and span.text[:1].isupper() and _names_a_territory(span.root):
                    label = "GPE"  # "the island of Anjouan", "Anjouan's capital": no people's name
                elif len(span) == 1 and span.text in US_PARTY_MEMBERS and _us_story(parsed):
                    label = "ORG"  # "199 Republicans": the party (canonical name from names.ALIASES)
                elif (len(span) == 1 and span.text[:1].isupper() and span.text.endswith("s")
                      and span.root.dep_ in ("nsubj", "nsubjpass")):
                    label = "ORG"  # a named group that acts: "Republicans have urged him"
                elif not (len(span) == 1 and g.demonym_of(span.text)):
                    continue  # kept: a demonym formed from the state's name ("Samoan")
            if label == "ORG" and "(" in span.text:
                # "World Health Organization (WHO": name and acronym in one entity.
                cut = next(t for t in span if t.text == "(")
                inner = doc[cut.i + 1 : span.end]
                if len(inner) and inner.text.replace(".", "").isalnum():
                    s2, e2 = parsed.gspan(bi, inner)
                    out.append(Cand(s2, e2, inner.text, "ORG", bi, inner))
                span = doc[span.start : cut.i]
                if not len(span):
                    continue
            if label == "ORG":
                titled = _titled_name_in_org(span)
                if titled is not None:
                    # "Presidential Spokesperson Harry Roque" read as one organisation.
                    glued = [t.text for t in span[: titled.start - span.start]]
                    span, label = titled, "PERSON"
                elif (span.start > 0 and 2 <= len(span) <= 3 and is_title_word(doc[span.start - 1].text)
                      and doc[span.start - 1].text[:1].isupper()
                      and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                              and not is_title_word(t.text) and fold(t.text) not in ORG_WORDS
                              and fold(t.text) not in BODY_NOUNS and not demonym_country(t.text)
                              for t in span)):
                    # "MP Jo Bloggs" with only the name read as an organisation.
                    glued, label = [doc[span.start - 1].text], "PERSON"
            if (label == "ORG" and len(span) == 1 and fold(span.text) in PORTFOLIOS and span.end < len(doc)
                    and doc[span.end].text in _MINISTERIAL_TITLES):
                continue  # "Commerce Secretary Wilbur Ross": the portfolio, part of the title
            if label == "ORG" and len(span) == 2 and span[0].lower_ in _DOCUMENT_PARTS and (
                    len(span[1].text) == 1 and span[1].text.isupper() or _ROMAN_NUMBER.match(span[1].text)):
                continue  # "Division A", "Title IV" of a bill: a part of a text, no party
            if (label in ("PERSON", "GPE", "LOC") and len(span) == 1 and span.start > 0
                    and doc[span.start - 1].lower_ in ("the", "a", "an") and span[0].lower_ in _COMMON_WORDS_NAMED
                    and not (span.end < len(doc) and (doc[span.end].text[:1].isupper()
                                                      or doc[span.end].lower_ in ("and", "&")))):
                continue  # "passage of the Bill", "sent to the House": no one's name, no place
            if label == "ORG" and numbered_site(span):
                continue  # "Space Launch Complex | 40": a numbered site (see places), no body
            if label in ("ORG", "FAC") and len(span) >= 2 and span[-1].lower_ == "headquarters":
                span, label = span[:-1], "ORG"  # "at NASA Headquarters": the body; the site is its seat (places)
            if len(span) >= 2 and span[0].text == "Operation" and (
                    label in ("GPE", "LOC", "FAC") or span.root.dep_ not in ("nsubj", "nsubjpass")):
                continue  # "Operation Fast and Furious": a named operation (not "Operation Smile said")
            if label in ("GPE", "LOC", "FAC") and len(span) >= 2 and span[0].lower_ in _CAMPAIGN_VERBS \
                    and span[0].text[:1].isupper():
                label = "ORG"  # "Occupy Brussels", "Save Venice": a campaign named after its place
            if label == "ORG" and (is_title_word(span.text) or fold(span.text) in NOT_ACTORS):
                continue
            if label in ("ORG", "GPE", "LOC", "FAC") and not span.text[:1].isupper():
                continue
            if label == "ORG" and (g.country(span.text) or (canonical_alias(span.text) or "") in g.country_names):
                label = "GPE"  # the small model often calls states organisations
            # "Senator from Vermont Bernie Sanders": a known place glued to the
            # person named after it.
            if (label in ("GPE", "LOC", "ORG") and 3 <= len(span) <= 4 and span.start > 0
                    and doc[span.start - 1].lower_ in ("from", "of")
                    and (g.region(span[0].text) or g.country(span[0].text))
                    and not any(fold(t.text) in ORG_WORDS for t in span[1:])
                    and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in span[1:])
                    and not any(t.lower_ in ADMIN_HEADS or t.lower_ in FEATURE_HEADS for t in span[1:])
                    and not g.cities_named(span[1:].text) and not g.region(span[1:].text)):
                head, span = span[:1], span[1:]
                hs, he = parsed.gspan(bi, head)
                out.append(Cand(hs, he, head.text, "GPE", bi, head))
                covered.append((head.start_char, head.end_char))
                label = "PERSON"
            # "the Sulu region": a name before an administrative noun is no person.
            if (label == "PERSON" and len(span) == 1 and span.end < len(doc)
                    and doc[span.end].lower_ in ("region", "province", "county", "district", "state")
                    and doc[span.end].text.islower() and not glued):
                label = "LOC"
            # "the Gulf region", "the San Francisco area": keep the head noun
            # that names a region.
            if (label in ("LOC", "GPE") and span.end < len(doc)
                    and (doc[span.end].lower_ == "region"
                         or (doc[span.end].lower_ == "area" and g.cities_named(span.text)))):
                span = doc[span.start : span.end + 1]
            for part in (_coordinated_names(span) if label == "ORG" else (span,)):
                s, e = parsed.gspan(bi, part)
                out.append(Cand(s, e, part.text, label, bi, part, glued))
            covered.append((span.start_char, span.end_char))
        _titled_people(parsed, bi, doc, out, first, covered)
        _people_listed_after_plural_title(parsed, bi, doc, out, first, covered)
        _untagged_speakers(parsed, bi, doc, out, first, covered)
        _political_camps(parsed, bi, doc, out)
        if _SOURCE_CUE.search(parsed.block_texts[bi]):
            _untagged_sources(parsed, bi, doc, out, first, covered)
        _untagged_bodies(parsed, bi, doc, out, first, covered)
        _town_and_state_bodies(parsed, bi, doc, out, first)
        _quoted_accounts(parsed, bi, doc, out, covered)
        # Country names and acronyms the model missed.
        for m in country_re.finditer(parsed.block_texts[bi]):
            if any(a < m.end() and m.start() < b for a, b in covered):
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            canon = canonical_alias(m.group()) or m.group()
            label = "GPE" if canon in g.country_names else "ORG"
            s, e = parsed.gspan(bi, span)
            out.append(Cand(s, e, span.text, label, bi, span))
        out[first:] = _geo_phrases(parsed, bi, doc, out[first:])
    _fix_headlines(parsed, out)
    out = [d for c in out for d in _municipal_body(parsed, c)]
    out = _people_inside_organisations(parsed, out)
    out = _people_of_bodies(parsed, out)
    out = _media_names(parsed, out)
    _people_called_organisations(out)
    out = [_person_by_apposition(parsed, c) for c in out]
    out = [d for c in out for d in _place_before_name(parsed, c)]
    _places_called_names(out)
    _organisations_called_places(out)
    _people_called_places(out)
    _places_called_people(out)
    _sites_by_name(out)
    out = [_court_district(parsed, c) for c in out]
    # A named craft is no party, and its short name goes with it: "Columbia"
    # after "Space Shuttle Columbia".
    vehicles = [c for c in out if _vehicle(c)]
    craft = {key(c.span[-1].text) for c in vehicles if c.span[-1].text[:1].isupper()}
    gone = {id(c) for c in vehicles}
    out = [c for c in out if not (id(c) in gone or _junk(c) or (len(c.span) == 1 and key(c.text) in craft))]
    out = _drop_deities_and_genera(out)
    out = _drop_headline_words(parsed, out)
    out = [_before_aka(parsed, c) for c in out if not _nickname(c.span)]
    out = [c for c in out if not (c.label in ("GPE", "LOC", "FAC") and len(c.span) > 1
                                  and c.span[-1].lower_ in _PROCESS_HEADS and c.span[-1].text[:1].isupper())]
    out.sort(key=lambda c: c.start)
    return out


# A US federal court's district, named by its compass part and, after "of", its state.
COURT_DISTRICT = re.compile(rf"^(?:the )?{US_DISTRICT}(?: of (.+))?$")


def _court_district(parsed: Parsed, c: Cand) -> Cand:
    """A US federal court named by its district: "charged in the Northern
    District of Illinois", "convicted in the Western District of Texas".  The
    court acts (it tries, convicts, sentences); the district is no scene.  A
    district an office is "for" ("the U.S. Attorney for the Eastern District
    of X") is that office's jurisdiction and stays out."""
    m = COURT_DISTRICT.match(c.text)
    if m is None or c.label not in ("GPE", "LOC", "FAC", "ORG"):
        return c
    doc, span = c.span.doc, c.span
    if m.group(1) is None:
        # "the Northern District | of Illinois": the model cut the state off.
        e = span.end
        if e + 1 < len(doc) and doc[e].lower_ == "of" and doc[e + 1].text[:1].isupper():
            e += 2
            while e < len(doc) and doc[e].is_alpha and doc[e].text[:1].isupper():
                e += 1
            span = doc[span.start : e]
        m = COURT_DISTRICT.match(span.text)
        if m is None or m.group(1) is None:
            return c
    region = gazetteer().region(m.group(1))
    if region is None or region.country_code != "US":
        return c
    k = span.start - 1 if span.start >= 1 and doc[span.start - 1].lower_ == "the" else span.start
    if k >= 1 and doc[k - 1].lower_ == "for":
        return c
    if k >= 2 and doc[k - 1].lower_ == "in" and doc[k - 2].lower_ in ("office", "offices"):
        return c  # "the Marshals Service office in the Southern District of X": where the office is
    start, stop = parsed.gspan(c.block, span)
    return replace(c, start=start, end=stop, text=span.text, span=span, label="ORG")


_AKA = frozenset(("aka", "a.k.a", "a.k.a.", "alias"))
# Last words of the names of processes and agreements named after a place:
# "the Doha Process", "the Minsk Protocol" are no places.
_PROCESS_HEADS = frozenset(
    "process framework agreement accord accords declaration initiative format protocol roadmap dialogue".split())


def _before_aka(parsed: Parsed, c: Cand) -> Cand:
    """A name the model ran on into "a.k.a." ends before it: "Nemesio Oseguera
    Cervantes, a.k.a" is Nemesio Oseguera Cervantes."""
    cut = next((t.i for t in c.span[1:] if t.lower_ in _AKA), None)
    if cut is None:
        return c
    end = cut - 1 if c.span.doc[cut - 1].text == "," else cut
    span = c.span.doc[c.span.start : end]
    if not len(span):
        return c
    start, stop = parsed.gspan(c.block, span)
    return replace(c, start=start, end=stop, text=span.text, span=span)


def _nickname(span: "Span") -> bool:
    """A name given after "a.k.a." or "aka" is what someone is also called, no
    actor of its own: "Audias Flores Silva, a.k.a. “Jardinero”"."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].text == "."):
        i -= 1
    return i >= 0 and doc[i].lower_ in _AKA


def _drop_headline_words(parsed: Parsed, cands: list[Cand]) -> list[Cand]:
    """A place named only by a title-case headline that the gazetteer does
    not know is words the headline capitalised: "... in Reward Offers and
    Visa Restrictions"."""
    body = {key(c.text) for c in cands if parsed.kinds[c.block] not in ("title", "heading")}
    body_words = {w for k in body for w in k.split()}
    return [c for c in cands if not (
        parsed.kinds[c.block] in ("title", "heading") and key(c.text) not in body
        and _title_case(parsed.block_texts[c.block]) and (
            (c.label in ("GPE", "LOC") and not known_place(c.text))
            or (c.label in ("PERSON", "ORG") and not set(key(c.text).split()) <= body_words)))]


def _cut_place_word(doc, span: "Span") -> "Span | None":
    """The rest of a place's name the model tagged as a nationality word:
    a capitalised proper noun right after the place, which is no known
    demonym (foreign names such as "Punta" + "Ventana")."""
    e = span.end
    if e >= len(doc) or not span[-1].whitespace_ or doc[e].ent_type_ != "NORP" or doc[e].ent_iob_ != "B":
        return None
    t = doc[e]
    if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()):
        return None
    if demonym_country(t.text) or gazetteer().demonym_of(t.text) or (e + 1 < len(doc) and doc[e + 1].ent_iob_ == "I"):
        return None
    return doc[e : e + 1]


def _alpha_name(text: str) -> bool:
    """Letters only, or an Irish-style name with an apostrophe ("O’Hara")."""
    return text.isalpha() or (len(text) > 3 and text[1] in "'’" and text[0].isupper()
                              and text[2:].isalpha() and text[2].isupper())


def _titled_people(parsed: Parsed, bi: int, doc, out: list["Cand"], first: int,
                   covered: list[tuple[int, int]]) -> None:
    """People the model misses after a capitalised title: "Presidents Muhammadu
    Buhari of Nigeria".  Two or three capitalised proper nouns after a title
    word, outside every entity, that are no place or organisation word."""
    g = gazetteer()
    taken = {i for c in out[first:] for i in range(c.span.start, c.span.end)}
    i = 0
    n = len(doc)
    while i < n - 2:
        t = doc[i]
        word = t.text if is_title_word(t.text) or fold(t.text) in OCCUPATION_WORDS else (
            t.text[:-1] if t.text.endswith("s") and len(t.text) > 4 else t.text)
        if not (t.text[:1].isupper() and (is_title_word(word) or fold(word) in OCCUPATION_WORDS)
                and fold(word) not in ("state", "home", "party", "general")):
            i += 1
            continue
        k = i + 1
        while (k < n and k - i <= 3 and doc[k].pos_ == "PROPN" and _alpha_name(doc[k].text) and k not in taken
               and doc[k].text[:1].isupper() and not doc[k].text.isupper()
               and not is_title_word(doc[k].text) and not demonym_country(doc[k].text)
               and fold(doc[k].text) not in ORG_WORDS and fold(doc[k].text) not in ADMIN_HEADS
               and not g.country(doc[k].text) and not g.cities_named(doc[k].text)):
            k += 1
        if k - i >= 3 and (k >= n or doc[k].pos_ != "PROPN"):
            span = doc[i + 1 : k]
            s, e = parsed.gspan(bi, span)
            out.append(Cand(s, e, span.text, "PERSON", bi, span, [t.text]))
            covered.append((span.start_char, span.end_char))
            taken.update(range(i + 1, k))
        i = max(i + 1, k)


# Nouns of political groupings named by what they are for or against.
_CAMP_NOUNS = frozenset("camp bloc".split())


def _political_camps(parsed: Parsed, bi: int, doc, out: list["Cand"]) -> None:
    """"the pro-democracy camp", "the anti-government bloc": a grouping that
    acts in politics, named by its cause."""
    for t in doc[3:]:
        if t.lower_ not in _CAMP_NOUNS:
            continue
        lead, dash, cause = doc[t.i - 3], doc[t.i - 2], doc[t.i - 1]
        member_of = t.lower_ == "bloc" or (t.dep_ == "pobj" and t.head.lower_ in ("from", "of", "within"))
        if (member_of and lead.lower_ in ("pro", "anti") and dash.text == "-" and cause.is_alpha
                and not lead.whitespace_):  # (not "set up a pro-Palestinian camp": an encampment)
            span = doc[lead.i : t.i + 1]
            s, e = parsed.gspan(bi, span)
            out.append(Cand(s, e, span.text[:1].upper() + span.text[1:], "ORG", bi, span))


# Verbs of speaking whose subject is a person the model may leave untagged.
_SPEECH_VERBS = frozenset("say tell add explain insist argue warn claim".split())


# Common nouns capitalised for an institution or a text, which the model reads as a
# name: "the Bill", "the House".
_COMMON_WORDS_NAMED = frozenset("bill act house senate assembly congress parliament".split())
# Titles a portfolio word opens: "Commerce Secretary" (not "Labor Leader": a party).
_MINISTERIAL_TITLES = frozenset("Secretary Minister".split())
# Parts of a bill or a treaty, named with a letter or a number: "Division A", "Title IV".
_DOCUMENT_PARTS = frozenset("division title section part article chapter schedule annex clause".split())
_ROMAN_NUMBER = re.compile(r"^(?:[IVX]+|\d+)$")


def _untagged_speakers(parsed: Parsed, bi: int, doc, out: list["Cand"], first: int,
                       covered: list[tuple[int, int]]) -> None:
    """People the model misses as the subject of "said": "Regina Ip from the
    pro-Beijing camp said ...".  Two or three capitalised proper nouns
    outside every entity, each no title, place, nationality or body word,
    that are the subject of a verb of speaking and are introduced by where
    they come from or what they are."""
    g = gazetteer()
    taken = {i for c in out[first:] for i in range(c.span.start, c.span.end)}
    for t in doc:
        if not (t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.head.lemma_.lower() in _SPEECH_VERBS
                and t.head.i > t.i and t.i not in taken):
            continue
        if not any((c.dep_ == "prep" and c.lower_ in ("from", "of", "at")) or c.dep_ == "appos" for c in t.rights):
            continue  # "X Y from the Z camp said", "X Y, a lawyer, said" (not "Team Sky said")
        k = t.i
        while k > 0 and doc[k - 1].dep_ == "compound" and doc[k - 1].head.i == t.i and t.i - k < 2:
            k -= 1
        span = doc[k : t.i + 1]
        if len(span) < 2 or any(x.i in taken or x.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
                                for x in span):
            continue
        if not all(x.pos_ == "PROPN" and _alpha_name(x.text) and x.text[:1].isupper() and not x.text.isupper()
                   and not is_title_word(x.text) and not demonym_country(x.text)
                   and fold(x.text) not in ORG_WORDS and fold(x.text) not in BODY_NOUNS
                   and not g.country(x.text) and not g.region(x.text)
                   for x in span) or g.cities_named(span[-1].text) or known_place(span.text):
            continue  # (a first name may be a town's: "Regina Ip")
        if k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and not doc[k - 1].is_sent_start:
            continue  # a longer name the parser cut: left alone
        s, e = parsed.gspan(bi, span)
        out.append(Cand(s, e, span.text, "PERSON", bi, span))
        covered.append((span.start_char, span.end_char))
        taken.update(range(k, t.i + 1))


# Verbs and prepositions whose subject or object is an outlet, journal or
# agency cited as a source: "Rappler reported", "published in Nature
# Astronomy", "according to Xinhua".  ("told X" is left out: the one told is
# as often a person the model missed.)
_SOURCE_CUE = re.compile(r"\b(?:reported|reports|published|according)\b")


def _untagged_sources(parsed: Parsed, bi: int, doc, out: list["Cand"], first: int,
                      covered: list[tuple[int, int]]) -> None:
    """Outlets and journals the model leaves untagged although the sentence
    cites them as a source: a run of capitalised proper nouns, outside every
    entity, that is the subject of "reported", the object of "according to",
    or where something was "published in"."""
    g = gazetteer()
    taken = {i for c in out[first:] for i in range(c.span.start, c.span.end)}
    for v in doc:
        lw = v.lower_
        if lw not in ("reported", "reports", "published", "according"):
            continue
        if lw in ("reported", "reports"):
            heads = [t for t in v.children if t.dep_ == "nsubj" and t.i < v.i]
        else:
            word = "in" if lw == "published" else "to"
            heads = [t for p in v.children if p.dep_ == "prep" and p.lower_ == word
                     for t in p.children if t.dep_ == "pobj"]
        for t in heads:
            s = t.i
            while s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].head.i == t.i:
                s -= 1
            span = doc[s : t.i + 1]
            if not all(w.pos_ == "PROPN" and w.ent_type_ == "" and w.i not in taken
                       and w.text[:1].isupper() for w in span):
                continue
            if (len(span) > 4 or is_title_word(span.text) or demonym_country(span.text)
                    or fold(span.text) in NOT_ACTORS or g.country(span.text)
                    or canonical_alias(span.text) or g.cities_named(span.text)):
                continue
            a, b = parsed.gspan(bi, span)
            out.append(Cand(a, b, span.text, "ORG", bi, span))
            covered.append((span.start_char, span.end_char))
            taken.update(range(span.start, span.end))


_NAME_WORD = r"[A-Z][A-Za-z'’&-]*"
_UNTAGGED_BODY = re.compile(
    rf"\b{_NAME_WORD}(?:\s+(?:(?:and|of|for|&)\s+)?{_NAME_WORD})*\s+"
    r"(?:Service|Services|Department|Agency|Authority|Commission|Ministry|Brigade|Directorate|Council|"
    r"Committee|Board|Cartel|Movement)\b")
# Heads that name a body after as little as one word: "the Sinaloa Cartel",
# "the Five Star Movement" (an office or a board needs a longer name).
_SHORT_BODY_HEADS = frozenset(("Cartel", "Movement"))


def _untagged_bodies(parsed: Parsed, bi: int, doc, out: list["Cand"], first: int,
                     covered: list[tuple[int, int]]) -> None:
    """Bodies the model leaves untagged although their name says what they
    are: three or more capitalised words ending in a body's head noun ("North
    Wales Fire and Rescue Service", "Tamil Nadu Forest Department"). What the
    model found inside such a name (a place, a "person" Mid Kent Fire) is part
    of it."""
    text = parsed.block_texts[bi]
    for m in _UNTAGGED_BODY.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        s = span.start
        owner = [t.i for t in span if t.tag_ == "POS"]
        if owner:
            s = owner[-1] + 1  # "the UK's National Crime Agency": the owner is no part of the name
        while s < span.end and (doc[s].lower_ == "the" or is_title_word(doc[s].text) or doc[s].pos_ == "DET"):
            s += 1
        span = doc[s : span.end]
        if len([t for t in span if t.text[:1].isupper()]) < (2 if span[-1].text in _SHORT_BODY_HEADS else 3):
            continue
        inside = [c for c in out[first:] if c.block == bi and c.span.start < span.end and span.start < c.span.end]
        if any(c.span.start < span.start or c.span.end > span.end for c in inside):
            continue
        for c in inside:
            out.remove(c)
        a, b = parsed.gspan(bi, span)
        out.append(Cand(a, b, span.text, "ORG", bi, span))
        covered.append((span.start_char, span.end_char))


# A town's government named after it: "the Municipality of Livorno".
MUNICIPAL_HEADS = frozenset("municipality commune".split())


def _municipal_body(parsed: Parsed, c: "Cand") -> list["Cand"]:
    """"the Municipality of Livorno" is the town's government, which acts,
    and names the town, a place: two candidates."""
    sp = c.span
    i = 1 if sp[0].lower_ == "the" else 0
    if c.label not in ("GPE", "LOC", "ORG") or len(sp) < i + 3 or sp[i].lower_ not in MUNICIPAL_HEADS \
            or sp[i + 1].lower_ != "of" or not sp[i + 2].text[:1].isupper():
        return [c]
    body, town = sp[i:], sp[i + 2 :]
    (bs, be), (ts, te) = parsed.gspan(c.block, body), parsed.gspan(c.block, town)
    return [Cand(bs, be, body.text, "ORG", c.block, body), Cand(ts, te, town.text, "GPE", c.block, town)]


def _town_and_state_bodies(parsed: Parsed, bi: int, doc, out: list["Cand"], first: int) -> None:
    """A local body named by its town and state, which the model cuts at the
    comma: "the Boynton Beach, | Florida Police Department" is the town's
    police department, and the town is no scene of its own."""
    g = gazetteer()
    places = {c.span.end: c for c in out[first:] if c.block == bi and c.label in ("GPE", "LOC")}
    for c in list(out[first:]):
        if c.label != "ORG" or c.block != bi or c.span.start < 2 or doc[c.span.start - 1].text != ",":
            continue
        town = places.get(c.span.start - 1)
        if town is None or not g.cities_named(town.text):
            continue
        n = next((n for n in (2, 1) if n < len(c.span) and g.region(c.span[:n].text)), 0)
        rest = c.span[n:]
        if not n or not rest[-1].text[:1].isupper() or not (
                rest[-1].lower_ in ORG_WORDS or rest[-1].lower_ in BODY_NOUNS or rest[-1].lower_ in UNIT_HEADS):
            continue
        span = doc[town.span.start : c.span.end]
        s, e = parsed.gspan(bi, span)
        out.remove(c)
        out.remove(town)
        out.append(Cand(s, e, span.text, "ORG", bi, span))


def _people_listed_after_plural_title(parsed: Parsed, bi: int, doc, out: list["Cand"], first: int,
                                      covered: list[tuple[int, int]]) -> None:
    """The other people of a list opened by a plural title, which the model
    often leaves untagged: "Presidents A Bloggs of X and C Doe of Y", "Ministers
    A Bloggs, C Doe and E Roe"."""
    taken = {i for c in out[first:] for i in range(c.span.start, c.span.end)}
    starts = {c.span.start: c for c in out[first:] if c.label == "PERSON"}
    n = len(doc)
    for c in [c for c in out[first:] if c.label == "PERSON"]:
        if c.span.start == 0 or not _plural_title(doc[c.span.start - 1]):
            continue
        k = c.span.end
        for _ in range(6):
            if k < n and doc[k].lower_ in ("of", "from"):
                k += 1
                m = k
                while k < n and k - m < 4 and doc[k].text[:1].isupper():
                    k += 1
            g0 = k
            while k < n and doc[k].lower_ in _LIST_GLUE:
                k += 1
            if k == g0 or k >= n:
                break
            if k in starts:
                k = starts[k].span.end
                continue
            e = k
            while e < n and e - k < 6 and e not in taken and (doc[e].text[:1].isupper() or doc[e].text == "-"):
                e += 1
            if e == k or not _name_run(doc, k, e) or (e < n and doc[e].pos_ == "PROPN"):
                break
            span = doc[k:e]
            s, t = parsed.gspan(bi, span)
            out.append(Cand(s, t, span.text, "PERSON", bi, span))
            covered.append((span.start_char, span.end_char))
            taken.update(range(k, e))
            k = e


# Last words of names that are bodies, never people's surnames ("Post",
# "Bank" and "Guard" can be).
BODY_NOUNS = frozenset(
    """tribe tribes council party ministry committee commission association federation
    university institute agency department foundation coalition alliance organisation
    organization""".split()
)
# Last words of organisations' names beyond ORG_WORDS: "Amnesty
# International", "Human Rights Watch".
ORG_TAILS = frozenset(
    """international watch institute initiative alliance coalition trust project forum league
    movement front network centre center foundation""".split()
)
# Verbs that introduce what someone said.
SPEECH_VERBS = frozenset(
    """say tell add write state note warn explain argue claim announce comment tweet post
    insist stress urge allege accuse describe reply respond confirm""".split()
)


def _words(span: "Span") -> list["Span"]:
    """The whitespace-separated words of a span ("Man-kei" is one word)."""
    out: list[tuple[int, int]] = []
    for t in span:
        if out and not span.doc[t.i - 1].whitespace_:
            out[-1] = (out[-1][0], t.i + 1)
        else:
            out.append((t.i, t.i + 1))
    return [span.doc[a:b] for a, b in out]


def _name_word(w: "Span") -> bool:
    """A capitalised word that can be part of a person's name."""
    text = w.text
    g = gazetteer()
    return (text[:1].isupper() and not text.isupper() and text.replace("-", "").replace("'", "").isalpha()
            and fold(text) not in ORG_WORDS and fold(text) not in ORG_TAILS and fold(text) not in BODY_NOUNS
            and not is_title_word(text)
            and not demonym_country(text) and not g.country(text) and not canonical_alias(text)
            and fold(text) not in ADMIN_HEADS and fold(text) not in FEATURE_HEADS)


def _speech_follows(doc, i: int) -> bool:
    """A speech verb at token ``i``, perhaps after an auxiliary or adverb."""
    while i < len(doc) and doc[i].pos_ in ("AUX", "ADV", "PART") and doc[i].lower_ != "not":
        i += 1
    return i < len(doc) and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in SPEECH_VERBS


US_PARTY_MEMBERS = {"Democrats": "Democratic Party", "Republicans": "Republican Party", "GOP": "Republican Party",
                    # A member or a contest named by the party's adjective:
                    # "Democrat Rod Blagojevich", "the Republican primary".
                    "Democrat": "Democratic Party", "Democratic": "Democratic Party",
                    "Republican": "Republican Party",
                    # "the Democratic and Republican Parties": each party.
                    "Republican Parties": "Republican Party", "Republican parties": "Republican Party",
                    "Democratic Parties": "Democratic Party", "Democratic parties": "Democratic Party"}
_US_MARKERS = re.compile(r"\b(?:U\.S\.|US|USA|United States|Americans?|Congress|Senate|White House|Capitol Hill)\b")


def _us_story(parsed: Parsed) -> bool:
    """Whether the text is set in the United States, where "Democrats" and
    "Republicans" are the two parties (elsewhere they may be anything)."""
    cache = parsed.__dict__
    if "_us_story" not in cache:
        cache["_us_story"] = _US_MARKERS.search(parsed.text) is not None
    return cache["_us_story"]


def party_name(parsed: Parsed, text: str) -> str | None:
    """"Democratic Party" for "Democrats" in a US story; None otherwise."""
    name = US_PARTY_MEMBERS.get(text.strip())
    return name if name and _us_story(parsed) else None


def _state_lead(span: "Span") -> int:
    """Length of a state's name opening ``span`` right before a title word
    ("United States | Representative ..."); 0 when none does."""
    g = gazetteer()
    for n in (3, 2, 1):
        if n + 2 < len(span) and is_title_word(span[n].text) and span[n - 1].text[:1].isupper():
            lead = span[:n].text
            if g.country(canonical_alias(lead) or lead):
                return n
    return 0


def _titled_name_in_org(span: "Span") -> "Span | None":
    """The person's name at the end of an 'organisation' that is only titles
    and a name: "Presidential Spokesperson Harry Roque" -> "Harry Roque".  A
    state's name may open the titles: "United States Senator Jo Bloggs"."""
    i = _state_lead(span)
    while i < len(span) - 2 and (is_title_word(span[i].text) or (
            (span[i].pos_ == "ADJ" or fold(span[i].text) in TITLE_MODIFIERS)
            and span[i].text[:1].isupper() and is_title_word(span[i + 1].text))):
        i += 1
    rest = span[i:]
    if not i or not is_title_word(span[i - 1].text) or not 2 <= len(rest) <= 3:
        return None
    if all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not is_title_word(t.text)
           and fold(t.text) not in ORG_WORDS and not demonym_country(t.text) for t in rest):
        return rest
    return None


def _known_person_tail(span: "Span", person_keys: set[str]) -> int:
    """Where a person's full name, tagged as a person elsewhere in the text,
    ends an organisation's span after at least one capitalised word; 0 when
    none does."""
    words = _words(span)
    for n in (3, 2):
        if len(words) - n < 1:
            continue
        tail = span.doc[words[-n].start : span.end]
        head = span.doc[span.start : words[-n].start]
        if key(tail.text) in person_keys and head[-1].text[:1].isupper() and not is_title_word(head[-1].text):
            return words[-n].start
    return 0


def _people_of_bodies(parsed: Parsed, cands: list["Cand"]) -> list["Cand"]:
    """Split "Jo Bloggs of Acme" that the model read as one organisation into
    the person and the body: the words before "of" are a person the text
    names in full elsewhere (or that person's surname), or two name words
    with no article before them."""
    people = [key(c.text) for c in cands if c.label == "PERSON" and len(c.span) >= 2]
    if not any(c.label == "ORG" and " of " in c.text for c in cands):
        return cands
    surnames = {surname(k) for k in people}
    out: list[Cand] = []
    for c in cands:
        span = c.span
        doc = span.doc
        of = next((t.i for t in span if t.lower_ == "of"), None)
        if c.label != "ORG" or of is None or of == span.start or of + 1 >= span.end:
            out.append(c)
            continue
        head, tail = doc[span.start:of], doc[of + 1:span.end]
        words = _words(head)
        hk = key(head.text)
        ok = (len(words) <= 3 and tail[0].text[:1].isupper() and tail[0].lower_ != "the"
              and all(_name_word(w) and w[0].pos_ == "PROPN" for w in words))
        if ok and not (hk in people or (len(words) == 1 and hk in surnames)):
            ok = len(words) == 2 and not (span.start > 0 and doc[span.start - 1].pos_ == "DET")
        if not ok:
            out.append(c)
            continue
        s1, e1 = parsed.gspan(c.block, head)
        s2, e2 = parsed.gspan(c.block, tail)
        out.append(Cand(s1, e1, head.text, "PERSON", c.block, head, affiliation=tail.text))
        out.append(Cand(s2, e2, tail.text, "ORG", c.block, tail))
    return out


def _people_inside_organisations(parsed: Parsed, cands: list["Cand"]) -> list["Cand"]:
    """Split an organisation's name the model ran on into a person's:
    "Amnesty International Jo Bloggs said".  The organisation part must be
    named elsewhere in the text or end like an organisation's name, the rest
    be two or three name words, and a speech verb follow."""
    org_keys: dict[str, int] = {}
    for c in cands:
        if c.label == "ORG":
            org_keys[key(c.text)] = org_keys.get(key(c.text), 0) + 1
    person_keys = {key(c.text) for c in cands if c.label == "PERSON" and len(c.span) >= 2}
    out: list[Cand] = []
    # "Amnesty International Jo-ann" + "Bloggs": the model's cut inside the
    # person's name; the two read as one span.
    nxt: dict[tuple[int, int], Cand] = {}
    for c in cands:
        if c.label == "PERSON" and not c.glued_titles:
            nxt[(c.block, c.span.start)] = c
    absorbed: set[int] = set()
    for c in cands:
        if c.label != "ORG":
            out.append(c)
            continue
        doc = c.span.doc
        p = nxt.get((c.block, c.span.end))
        if p is not None and len(p.span) > 2:
            p = None
        span = doc[c.span.start : p.span.end] if p is not None else c.span
        # "told NPR Jo Bloggs had...": a person named in full elsewhere ends
        # the span; "Speaker of the House Jo Bloggs": a chamber closes a
        # title, then its holder.  The rest is the organisation, not theirs.
        cut = (_known_person_tail(c.span, person_keys) or _name_after_chamber(c.span)) if p is None else 0
        if cut:
            org, person = doc[c.span.start : cut], doc[cut : c.span.end]
            s1, e1 = parsed.gspan(c.block, org)
            s2, e2 = parsed.gspan(c.block, person)
            out.append(Cand(s1, e1, org.text, "ORG", c.block, org))
            out.append(Cand(s2, e2, person.text, "PERSON", c.block, person))
            continue
        if not _speech_follows(doc, span.end):
            out.append(c)
            continue
        words = _words(span)
        split = None
        for n in (2, 3):
            if len(words) - n < 1:
                break
            head = doc[span.start : words[-n].start]
            hk = key(head.text)
            if all(_name_word(w) for w in words[-n:]) and (
                    (hk == key(c.text) and p is not None)  # tagged apart: "Amnesty International" + "Jo Bloggs"
                    or (org_keys.get(hk, 0) >= 1 and hk != key(c.text))
                    or fold(head[-1].text) in ORG_WORDS | ORG_TAILS):
                split = words[-n].start
                break
        if split is None or split > c.span.end:
            out.append(c)
            continue
        if split == c.span.end:
            p.affiliation = c.text
            out.append(c)
            continue
        if p is not None:
            absorbed.add(id(p))
        org, person = doc[span.start : split], doc[split : span.end]
        s1, e1 = parsed.gspan(c.block, org)
        s2, e2 = parsed.gspan(c.block, person)
        out.append(Cand(s1, e1, org.text, "ORG", c.block, org))
        out.append(Cand(s2, e2, person.text, "PERSON", c.block, person, affiliation=org.text))
    return [c for c in out if id(c) not in absorbed]


# Chambers whose name closes a title before its holder's name: "Speaker of
# the House Jo Bloggs", "members of the House of Representatives Jo Bloggs".
_CHAMBERS = frozenset("house representatives senate congress parliament assembly commons lords council".split())


def _name_after_chamber(span: "Span") -> int:
    """Where a person's two- or three-word name starts right after a
    chamber's name inside an 'organisation' span; 0 when it does not."""
    words = _words(span)
    for n in (2, 3):
        if len(words) - n < 1:
            break
        head = span.doc[span.start : words[-n].start]
        name = words[-n:]
        if (fold(head[-1].text) in _CHAMBERS and head[-1].text[:1].isupper()
                and all(_name_word(w) and w[0].pos_ == "PROPN" and fold(w.text) not in ORG_WORDS
                        and not is_title_word(w.text) and not gazetteer().region(w.text) for w in name)):
            return words[-n].start
    return 0


# Last words of newspapers' and broadcasters' names: "the Samoa Observer".
MEDIA_HEADS = frozenset(
    """observer times post herald tribune journal gazette daily news express mail telegraph guardian
    chronicle star sun independent reporter monitor standard inquirer courier today review
    record bulletin dispatch examiner press mirror""".split()
)


def _media_names(parsed: Parsed, cands: list["Cand"]) -> list["Cand"]:
    """Outlets the model cut short: a place name followed by a capitalised
    newspaper word it left out ("Samoa" + "Observer"), and a broadcaster's
    acronym followed by the country of its branch ("CNN" + "Philippines")."""
    g = gazetteer()
    by_start = {(c.block, c.span.start): c for c in cands}
    drop: set[int] = set()
    for c in cands:
        doc = c.span.doc
        e = c.span.end
        if e >= len(doc) or id(c) in drop:
            continue
        nxt = doc[e]
        if (c.label in ("GPE", "ORG", "LOC", "NORP") and fold(nxt.text) in MEDIA_HEADS
                and nxt.text[:1].isupper() and not nxt.text.isupper() and nxt.ent_type_ == ""
                and c.span[-1].whitespace_ and (c.block, e) not in by_start):
            span = doc[c.span.start : e + 1]
        elif (c.label == "ORG" and len(c.span) == 1 and c.text.isupper() and c.text.isalpha()
              and 2 <= len(c.text) <= 5 and not canonical_alias(c.text) and c.span[-1].whitespace_
              and (c.block, e) in by_start and by_start[(c.block, e)].label in PLACE_LABELS
              and g.country(by_start[(c.block, e)].text)):
            o = by_start[(c.block, e)]
            after = doc[o.span.end] if o.span.end < len(doc) else None
            if after is not None and (after.pos_ == "NOUN" or after.text in ("-", "–")):
                continue  # "the ABC Japan deal": a modifier, not a name
            span = doc[c.span.start : o.span.end]
            drop.add(id(o))
        else:
            continue
        c.span, c.text, c.label, c.glued_titles = span, span.text, "ORG", []
        c.start, c.end = parsed.gspan(c.block, span)
    return [c for c in cands if id(c) not in drop]


def _org_like(c: "Cand") -> bool:
    """Words in the name that make it an organisation's, or a known place."""
    g = gazetteer()
    return bool(set(key(c.text).split()) & (ORG_WORDS | ORG_TAILS) or g.country(c.text)
                or canonical_alias(c.text) or g.region(c.text) or g.cities_named(c.text))


def _people_called_organisations(cands: list["Cand"]) -> None:
    """Relabel as people the two- or three-word names the model called
    organisations where the text lists them with people ("A Bloggs, C Doe
    and E Roe met") or puts them after a person's title ("Presidents A
    Bloggs of X and C Doe of Y", "Senator C Doe")."""
    by_block: dict[int, list[Cand]] = {}
    for c in cands:
        by_block.setdefault(c.block, []).append(c)
    for block in by_block.values():
        block.sort(key=lambda c: c.span.start)
        person_tokens = {i for c in block if c.label == "PERSON" for i in range(c.span.start, c.span.end)}
        for n, c in enumerate(block):
            if c.label not in ("ORG", "FAC") or not 2 <= len(_words(c.span)) <= 3 or _org_like(c):
                continue
            if c.label == "FAC" and not _role_apposition(c.span.doc, c.span.end):
                continue
            if not all(_name_word(w) and w[0].pos_ == "PROPN" for w in _words(c.span)):
                continue
            doc = c.span.doc
            e = c.span.end
            if e < len(doc) and doc[e].pos_ == "NOUN" and doc[e].text.islower():
                continue  # a modifier: "the Acme Widgets analyst"
            if (_person_title_before(doc, c.span.start) or _listed_with_person(doc, block, n, person_tokens)
                    or _of_body_after(doc, c.span) or _role_apposition(doc, e)):
                c.label = "PERSON"
                person_tokens.update(range(c.span.start, c.span.end))


def _person_by_apposition(parsed: Parsed, c: Cand) -> Cand:
    """A surname the model called an organisation, with a person's office in
    apposition: "Tomasz Kubiak, a fire service spokesman, said" is a person,
    and the untagged given name before it is part of the name."""
    span = c.span
    if c.label != "ORG" or len(span) > 2 or _org_like(c) or not all(_name_word(w) for w in _words(span)):
        return c
    doc = span.doc
    e = span.end
    if e >= len(doc) or doc[e].text != ",":
        return c
    office = next((t for t in doc[e + 1 : e + 7] if t.dep_ == "appos" and t.head.i == span.root.i), None)
    if office is None or office.lower_ not in ROLE_HEADS | OCCUPATION_WORDS:
        return c
    s = span.start
    if (s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].head.i == span.root.i
            and doc[s - 1].ent_type_ == "" and _name_word(doc[s - 1 : s])):
        s -= 1
    new = doc[s:e]
    start, end = parsed.gspan(c.block, new)
    return replace(c, start=start, end=end, text=new.text, span=new, label="PERSON")


def _place_before_name(parsed: Parsed, c: Cand) -> list[Cand]:
    """"Mayor of Koszalin Piotr Jedlinski": the model reads the place of the
    office and the holder's name as one name.  A person's name after "of"
    that opens with a known place and goes on with two name words is the
    place, then the person."""
    span = c.span
    doc = span.doc
    if c.label != "PERSON" or len(span) < 3 or span.start == 0 or doc[span.start - 1].lower_ != "of":
        return [c]
    g = gazetteer()
    for cut in (1, 2):
        place, person = span[:cut], span[cut:]
        if len(person) < 2 or not all(_name_word(w) for w in _words(person)):
            continue
        if g.cities_named(place.text) or g.country(place.text) or g.region(place.text):
            ps, pe = parsed.gspan(c.block, place)
            s, e = parsed.gspan(c.block, person)
            return [Cand(ps, pe, place.text, "GPE", c.block, place),
                    replace(c, start=s, end=e, text=person.text, span=person)]
    return [c]


_LIST_GLUE = frozenset({",", "and", "or", "&"})


def _role_apposition(doc, e: int) -> bool:
    """", chief executive of ...", ", the spokesman for ...": a person's
    office in apposition right after token ``e``."""
    if e + 1 >= len(doc) or doc[e].text != ",":
        return False
    i = e + 1
    if doc[i].lower_ == "the":
        i += 1
    head = False
    j = i
    while j < len(doc) and j < i + 3 and doc[j].text.islower() and is_title_word(doc[j].text):
        head = head or doc[j].lower_ in ROLE_HEADS
        j += 1
    return head and j < len(doc) and (doc[j].lower_ in ("of", "for", "at") or doc[j].is_punct)


def _of_body_after(doc, span: "Span") -> bool:
    """"told Jo Bloggs of Acme News": two name words with no article before
    them, then "of" and a capitalised name, are a person and their body."""
    s, e = span.start, span.end
    if len(_words(span)) != 2 or (s > 0 and doc[s - 1].pos_ == "DET"):
        return False
    return e + 1 < len(doc) and doc[e].lower_ == "of" and doc[e + 1].text[:1].isupper() \
        and doc[e + 1].lower_ != "the"


def _person_title_before(doc, i: int) -> bool:
    """A capitalised title of a person ("President", "Presidents", "Dr.")
    right before token ``i``."""
    if i == 0:
        return False
    t = doc[i - 1]
    word = t.text[:-1] if t.text.endswith("s") and len(t.text) > 4 else t.text
    if t.text.islower() and fold(word) in _CLERICS:
        return True  # "the senior archbishop Wojciech Polak"
    return t.text[:1].isupper() and (fold(word) in ROLE_HEADS or fold(word) in HONORIFICS) and fold(word) not in (
        "general", "state", "head", "chief", "leader", "director", "official", "officer")


_CLERICS = frozenset("archbishop bishop cardinal imam ayatollah rabbi pastor priest cleric".split())


def _name_run(doc, a: int, b: int) -> bool:
    """Tokens a..b are two or three untagged capitalised name words."""
    span = doc[a:b]
    words = _words(span)
    return (2 <= len(words) <= 3 and all(t.ent_type_ == "" for t in span)
            and all(_name_word(w) and w[0].pos_ == "PROPN" for w in words))


def _untagged_name_after(doc, i: int) -> int:
    """1 when an untagged name follows token ``i`` across a list's glue."""
    k = i
    while k < len(doc) and doc[k].lower_ in _LIST_GLUE:
        k += 1
    if k == i:
        return 0
    e = k
    while e < len(doc) and e - k < 8 and (doc[e].text[:1].isupper() or doc[e].text == "-"):
        e += 1
    return int(e > k and _name_run(doc, k, e))


def _untagged_name_before(doc, i: int) -> int:
    """1 when an untagged name precedes token ``i`` across a list's glue."""
    k = i
    while k > 0 and doc[k - 1].lower_ in _LIST_GLUE:
        k -= 1
    if k == i:
        return 0
    s = k
    while s > 0 and k - s < 8 and (doc[s - 1].text[:1].isupper() or doc[s - 1].text == "-"):
        s -= 1
    return int(s < k and _name_run(doc, s, k))


def _plural_title(t: "Token") -> bool:
    """A capitalised plural title: "Presidents", "Ministers"."""
    return (t.text[:1].isupper() and t.text.endswith("s") and len(t.text) > 4
            and fold(t.text[:-1]) in ROLE_HEADS)


def _listed_with_person(doc, block: list["Cand"], n: int, person_tokens: set[int]) -> bool:
    """In a list of people: with at least two people's names and nothing else,
    joined by commas, "and" or "or" ("A Bloggs, C Doe and E Roe"); or a
    conjunct of a person named after a plural title ("Presidents A Bloggs of
    X and C Doe of Y")."""
    untagged = 0

    def glued(left: "Cand", right: "Cand") -> bool:
        """Only list glue between two members, or glue around a name the
        model left untagged (which counts as a person)."""
        nonlocal untagged
        a, b = left.span.end, right.span.start
        if a >= b:
            return False
        i, j = a, b
        while i < b and doc[i].lower_ in _LIST_GLUE:
            i += 1
        while j > i and doc[j - 1].lower_ in _LIST_GLUE:
            j -= 1
        if i == j:
            return True
        if i > a and j < b and _name_run(doc, i, j):
            untagged += 1
            return True
        return False

    members = [block[n]]
    m = n - 1
    while m >= 0 and glued(block[m], members[0]):
        members.insert(0, block[m])
        m -= 1
    m = n + 1
    while m < len(block) and glued(members[-1], block[m]):
        members.append(block[m])
        m += 1
    others = [o for o in members if o is not block[n]]
    # A name the model left untagged at either end of the list counts as a
    # person too ("A Bloggs, C Doe and E Roe" with "E Roe" untagged).
    untagged += _untagged_name_after(doc, members[-1].span.end) + _untagged_name_before(doc, members[0].span.start)
    if (others and len(others) + untagged >= 2 and all(o.label == "PERSON" for o in others)):
        return True
    c = block[n]
    r = c.root
    if r.dep_ != "conj" or r.head.i not in person_tokens:
        return False
    partner = next((o for o in block if o.label == "PERSON" and o.span.start <= r.head.i < o.span.end), None)
    if partner is None:
        return False
    before = doc[partner.span.start - 1] if partner.span.start > 0 else None
    return ((partner.glued_titles and _plural_title(doc[partner.span.start - 1]))
            or (before is not None and _plural_title(before)))


PLACE_LABELS = ("GPE", "LOC", "FAC")
# Last words of administrative units' names: "Kidapawan City", "X Province".
ADMIN_HEADS = frozenset(
    "city province county region district municipality prefecture governorate oblast "
    "state territory department canton township borough".split()
)
# Last words of natural features' names: "Mindanao Fault", "Cotabato Trench".
FEATURE_HEADS = frozenset(
    """fault trench river lake mountain mountains mount volcano island islands bay strait
    canal desert plateau ridge valley peninsula gulf sea ocean glacier reef basin""".split()
)
# Lower-case nouns that, after a name, make it a site: "the Khurais oil field".
SITE_NOUNS = frozenset("field oilfield gasfield airport airbase dam mine refinery camp station plant".split())
# Lower-case nouns of natural areas that, after a name, make the area:
# "the Amazon rainforest", "the Danube delta", "the Atacama desert".
NATURE_NOUNS = frozenset("rainforest forest jungle desert delta savanna steppe tundra wetlands marshes".split())
SITE_MODIFIERS = frozenset(
    "oil gas air refugee military naval coal gold copper police power nuclear railway rail bus fire central main"
    .split()
)
_ADMIN_NUMBER = re.compile(r"\b(?:Region|District|Zone|Province|Sector|Ward|Area) (?:\d{1,3}|[IVX]{1,5})(?![\w-])")
# A state in a border's name may be abbreviated: "the U.S.-Mexico border".
_BORDER_STATE = r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|U\.S\.|U\.K\.|[A-Z]{2,3})"
_BORDER = re.compile(rf"(?<![\w.])({_BORDER_STATE})[-–]({_BORDER_STATE}) (border|frontier|boundary)\b")
_COMPASS = re.compile(
    r"\b((?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|mainland)\s+$", re.I
)


def _name_after_plural_title(span: "Span") -> "Span | None":
    """The person's name the model glued after a plural title into one
    "organisation" ("Trial Attorneys Ivana Nizich"), else None."""
    j = next((k for k, t in enumerate(span) if t.text[:1].isupper() and plural_title(t.text)), None)
    if j is None or not 2 <= len(span) - j - 1 <= 4 or any(t.text[:1].islower() for t in span[:j]):
        return None  # "the House of Representatives Darin LaHood": the body's own name runs on
    name = span[j + 1:]
    if all(t.pos_ == "PROPN" and t.text[:1].isupper() and not is_title_word(t.text)
           and fold(t.text) not in ORG_WORDS | BODY_NOUNS | ORG_TAILS for t in name):
        return name
    return None


def _whole_state_names(doc, cands: list["Cand"], make) -> list["Cand"]:
    """A state's or region's name the model cut at a hyphen or an apostrophe
    ("Guinea | -Bissau", "Cote | D’Ivoire", "sub-Saharan | Africa") is one
    place, when the whole name is one the gazetteer knows."""
    g = gazetteer()
    # A place's neighbour may be the rest of its name ("Bosnia and" + "Herzegovina").
    taken = {i for c in cands if c.label not in ("GPE", "LOC") for i in range(c.span.start, c.span.end)}
    out: list[Cand] = []
    absorbed: set[int] = set()

    def joins(i: int) -> bool:
        t = doc[i]
        return i not in taken and t.lower_ not in ("the", "a", "an") and (
            t.text[:1].isupper() or t.text in ("-", "–") or t.lower_ in ("and", "sub"))

    for c in cands:
        if c.span.start in absorbed:
            continue
        if c.label not in ("GPE", "LOC", "PERSON", "ORG", "NORP"):
            out.append(c)
            continue
        s0, e0 = c.span.start, c.span.end
        sent = c.span.sent
        # How far the name may run on each side (contiguous joining words only).
        left = 0
        while left < 3 and s0 - left - 1 >= sent.start and joins(s0 - left - 1):
            left += 1
        right = 0
        while right < 3 and e0 + right < sent.end and joins(e0 + right):
            right += 1
        best = None
        for ls in range(0, left + 1):
            for rs in range(0, right + 1):
                if ls == rs == 0:
                    continue
                s, e = s0 - ls, e0 + rs
                text = doc[s:e].text
                hit = g.country(text) or g.region(text)
                if hit is not None and (best is None or e - s > best[1] - best[0]):
                    best = (s, e, "GPE" if hit.kind == "country" else "LOC")
        if best is None:
            out.append(c)
            continue
        out = [o for o in out if not best[0] <= o.span.start < best[1]]
        out.append(make(doc[best[0]:best[1]], best[2]))
        taken.update(range(best[0], best[1]))
        absorbed.update(range(best[0], best[1]))
    return out


def _geo_phrases(parsed: Parsed, bi: int, doc, cands: list["Cand"]) -> list["Cand"]:
    """Complete the place names of one block that the model cuts or misses.

    - adjacent place entities are one name ("Sultan" + "Kudarat");
    - a capitalised title-like word the model cut off an administrative
      name belongs to it ("General" + "Santos City");
    - an administrative name continues over "in"/"of" and capitalised words
      ("Autonomous Region in Muslim Mindanao");
    - numbered units ("Region 11"), borders named by two states
      ("Syrian-Turkish border") and compass parts of a country
      ("north-eastern Syria") are regions;
    - a name followed by a site noun is the site ("Khurais oil field");
    - an "organisation" named like a natural feature is one ("Mindanao Fault").
    """
    g = gazetteer()

    def make(span: "Span", label: str) -> Cand:
        s, e = parsed.gspan(bi, span)
        return Cand(s, e, span.text, label, bi, span)

    cands.sort(key=lambda c: c.span.start)
    cands = _whole_state_names(doc, cands, make)
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        # "Islamic State of Iraq and the Levant": an organisation named after
        # two places is one name; its places are not places of the text.
        if (prev is not None and prev.label == "ORG" and c.label in PLACE_LABELS
                and any(t.lower_ == "of" for t in prev.span) and len(prev.span) >= 3
                and [t.lower_ for t in doc[prev.span.end : c.span.start]] in (["and"], ["and", "the"])
                and not (g.country(c.text) and not (g.country(prev.span[-1].text) or g.region(prev.span[-1].text)))):
            # (Not "the Department of Justice | and | Bosnia and Herzegovina authorities":
            # a body beside a state, unless the body is named after places.)
            out[-1] = make(doc[prev.span.start : c.span.end], "ORG")
            continue
        if (prev is not None and prev.label in PLACE_LABELS and c.label in PLACE_LABELS
                and [t.lower_ for t in doc[prev.span.end : c.span.start]] == ["and"]
                and g.country(doc[prev.span.start : c.span.end].text)):
            # "the United Kingdom of Great Britain | and | Northern Ireland":
            # one state's formal name the model cut in two.
            out[-1] = make(doc[prev.span.start : c.span.end], prev.label)
            continue
        if (prev is not None and prev.label in PLACE_LABELS and c.label in PLACE_LABELS
                and prev.span.end == c.span.start and prev.span[-1].whitespace_ == " "
                and not g.country(prev.text) and not g.country(c.text)):
            span = doc[prev.span.start : c.span.end]
            out[-1] = make(span, "LOC" if "LOC" in (prev.label, c.label) else prev.label)
            continue
        out.append(c)
    grown: list[tuple[int, int]] = []
    for i, c in enumerate(out):
        span = c.span
        if c.label in PLACE_LABELS and span[-1].lower_ in ADMIN_HEADS and span[-1].text[:1].isupper():
            s = span.start
            while (s > 0 and doc[s - 1].text[:1].isupper() and is_title_word(doc[s - 1].text)
                   and not doc[s - 1].is_sent_start):
                s -= 1
            e = span.end
            if (e + 1 < len(doc) and doc[e].lower_ in ("in", "of") and doc[e + 1].text[:1].isupper()
                    and doc[e + 1].ent_type_ in ("GPE", "LOC", "NORP", "")):
                k = e + 1
                while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
                    k += 1
                e = k
            if (s, e) != (span.start, span.end):
                out[i] = c = make(doc[s:e], c.label)
                span = c.span
                grown.append((s, e))
        if c.label == "ORG" and span[-1].lower_ in FEATURE_HEADS and len(span) > 1:
            c.label = "LOC"
        if c.label in PLACE_LABELS + ("ORG", "PERSON") and not g.country(c.text):
            e = span.end
            while e < len(doc) and e - span.end < 2 and doc[e].lower_ in SITE_MODIFIERS:
                e += 1  # "the X oil field", "the Y central police station"
            if e < len(doc) and doc[e].lower_ in SITE_NOUNS and doc[e].text.islower():
                out[i] = make(doc[span.start : e + 1], "FAC")
            elif (span.end < len(doc) and doc[span.end].lower_ in NATURE_NOUNS and c.root.dep_ == "compound"
                  and c.root.head.i == span.end):
                out[i] = make(doc[span.start : span.end + 1], "LOC")  # "the Amazon rainforest"
    # Entities swallowed by a grown name are parts of it, not places of their own.
    out = [c for c in out if not any(a <= c.span.start and c.span.end <= b and (a, b) != (c.span.start, c.span.end)
                                      for a, b in grown)]
    taken = [(c.span.start_char, c.span.end_char) for c in out]

    def add(a: int, b: int, label: str) -> None:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            out.append(make(span, label))

    text = parsed.block_texts[bi]
    for m in _ADMIN_NUMBER.finditer(text):
        add(m.start(), m.end(), "LOC")
    for m in _BORDER.finditer(text):
        if all(demonym_country(x) or g.country(x) for x in (m.group(1), m.group(2))):
            # The states named in it are parts of the border's name.
            out = [x for x in out if not (m.start() <= x.span.start_char and x.span.end_char <= m.end())]
            add(m.start(), m.end(), "LOC")
    for c in list(out):
        if c.label == "GPE" and g.country(c.text):
            m = _COMPASS.search(text, 0, c.span.start_char)
            if m and not any(a <= m.start() < b for a, b in taken):
                add(m.start(), c.span.end_char, "LOC")
    for m in _NAMED_REGION.finditer(text):
        a, b = m.span(1)
        span = doc.char_span(a, b, alignment_mode="expand")
        if (span is not None and not any(x < b and a < y for x, y in taken) and not is_title_word(m.group(2))
                and not any(t.ent_type_ == "NORP" or demonym_country(t.text) for t in span)):
            add(a, b, "LOC")
    for i, c in enumerate(out):
        e = c.span.end
        if (c.label == "LOC" and e < len(doc) and doc[e].lower_ in ("nations", "countries", "states")
                and c.root.dep_ == "compound"):
            out[i] = make(doc[c.span.start : e + 1], "LOC")  # "Pacific island nations"
    for m in _MISSION.finditer(text):
        owner = m.group(1)
        if not (demonym_country(owner) or g.country(owner) or canonical_alias(owner)):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        # Where something happens ("killed in the X consulate in Y") it is a
        # site; written to, or speaking, it is the state's office.
        r = next((t for t in span if t.lower_ in ("embassy", "consulate", "commission")), span.root)
        where = ((r.dep_ == "pobj" and r.head.lower_ in _SITE_PREPS)
                 or (r.dep_ == "dobj" and r.head.lemma_.lower() in MOTION_VERBS))
        out = [x for x in out if not (span.start <= x.span.start and x.span.end <= span.end
                                      and x.label in ("ORG", "FAC"))]
        out.append(make(span, "FAC" if where else "ORG"))
    return out


# "the Ural region", "the Rakhine state": a name before a lower-case
# administrative noun.
_NAMED_REGION = re.compile(
    r"\bthe (([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?) (?:region|province|district|county|governorate|prefecture|"
    r"oblast|state|valley|basin|delta))\b")
# A state's diplomatic mission in a city: "the Saudi consulate in Istanbul".
_MISSION = re.compile(
    r"\b([A-Z][a-z]+|[A-Z]{2,3}|U\.S\.|U\.K\.) (?:[Ee]mbassy|[Cc]onsulate(?: [Gg]eneral)?|[Hh]igh [Cc]ommission)"
    r" in ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_SITE_PREPS = frozenset("in at inside outside near into from within".split())


# Prepositions that, before a name, make it a location beyond doubt.
_IN_PREPS = frozenset("in at near inside outside around across throughout".split())
# Words that mark a real organisation even when it is "in" something.
ORG_WORDS = frozenset(
    """ministry council party company corporation corp inc ltd group agency bank
    university institute police force forces army navy court commission committee
    association union federation organization organisation office department
    government parliament assembly service services airline airlines media news
    times post journal network tv radio hospital school foundation fund
    air airways airline airlines corps guard guards college colleges academy society
    centre center centres centers directorate laboratory laboratories observatory
    board representatives senate congress embassy consulate mission railway railways
    brigade bureau administration""".split()
)
# Common nouns that, right before a name, say it names a company or outlet:
# "Iranian airline Mahan Air", "British supermarket Ocado".
ORG_NOUNS = frozenset(
    """airline carrier company firm retailer supermarket chain broadcaster newspaper
    outlet site website agency group manufacturer maker producer bank insurer operator
    network channel broadcaster publisher startup brand chain""".split()
)
# Words before "to" that make what follows a source of information.
_SOURCE_HEADS = frozenset(
    """according accord speak talk tell say explain remark report state confirm write
    contributor columnist correspondent""".split())


def _source(r: "Token") -> bool:
    while r.dep_ == "conj" and r.head.i != r.i:
        r = r.head
    to = r.head
    return r.dep_ == "pobj" and to.lower_ == "to" and (
        to.head.lower_ in _SOURCE_HEADS or to.head.lemma_.lower() in _SOURCE_HEADS)
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(com|org|net|gov|edu|info|news|[a-z]{2})$", re.I)


# Verbs whose object is a place: "entered Tell Tamer", "visited Paris".
MOTION_VERBS = frozenset(
    "enter visit reach leave capture seize besiege shell bomb raid storm occupy "
    "evacuate flee tour liberate surround".split()
)


# Nouns of places: names given as examples of them are places ("towns
# including Makilala", "destinations such as Spain").
PLACE_NOUNS = frozenset(
    """town city village province region country district area destination municipality
    island port capital state territory locality""".split()
)
_STRICT_PREPS = frozenset("in at into within across throughout inside near".split())


def example_of_place(r: "Token") -> bool | None:
    """For a name given as an example ("X including Y", "X such as Y", "X like
    Y"): True when X is a place or a location, False when it is something
    else, None when the name is no example."""
    head = None
    if r.dep_ == "pobj" and r.head.lower_ in ("including", "like"):
        head = r.head.head
    elif r.dep_ == "pobj" and r.head.lower_ == "as" and r.head.i > 0 and r.doc[r.head.i - 1].lower_ == "such":
        head = r.head.head
    if head is None:
        return None
    if head.lemma_.lower() in PLACE_NOUNS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in _STRICT_PREPS


def _names_a_territory(r: "Token") -> bool:
    """A word the model read as a people's name stands for a territory: the
    object of "the island of", "the province of" or the owner of "'s
    capital"."""
    if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lemma_.lower() in PLACE_NOUNS \
            and r.head.head.i < r.i:
        return True
    return (r.dep_ == "poss" and r.i + 2 < len(r.doc) and r.doc[r.i + 1].tag_ == "POS" and not r.text.endswith("s")
            and r.head.lemma_.lower() in ("capital", "coast", "border", "north", "south", "east", "west"))


# Verbs that give a thing its name: "a mannequin nicknamed X", "a region to be called Y".
NAMING_VERBS = frozenset("name nickname call dub christen rename".split())


def named_thing(c: Cand) -> "Token | None":
    """The common noun a name is given to: the thing a naming verb names ("a
    mannequin, nicknamed X", "the new region, to be called Y") or a noun
    right before the name in apposition ("the film X", "the island Y")."""
    r = c.root
    doc = c.span.doc
    if r.dep_ == "oprd" and r.head.lemma_.lower() in NAMING_VERBS:
        h = r.head
        for _ in range(3):  # over "to be" and a participle's clause
            if h.pos_ == "NOUN" or h.head is h:
                break
            h = h.head
        return h if h.pos_ == "NOUN" and h.text.islower() else None
    s = c.span.start
    if r.dep_ == "appos" and s > 0 and r.head.i == s - 1 and doc[s - 1].pos_ == "NOUN" and doc[s - 1].text.islower():
        return doc[s - 1]
    return None


def names_a_place(c: Cand) -> bool | None:
    """For a name given to a common noun (see ``named_thing``): True when
    that noun is a kind of place, False when it is something else (a film, a
    ship, a mannequin), None when the name is not introduced so."""
    thing = named_thing(c)
    if thing is None:
        return None
    lemma = thing.lemma_.lower()
    return lemma in PLACE_NOUNS or lemma in FEATURE_HEADS or lemma in ADMIN_HEADS or lemma in SITE_HEADS


# People who work for or belong to a body: "X officials", "a member of X".
_STAFF_NOUNS = frozenset(
    """official attorney lawyer spokesman spokeswoman spokesperson member leader executive staff
    employee representative officer agent""".split())


def has_staff(c: Cand) -> bool:
    """The name has officials, attorneys or members, as a body does and a
    place, in news, rarely needs saying: "Scientology officials", "an attorney
    for X", "a member of X"."""
    r = c.root
    if r.dep_ == "compound" and r.head.i >= c.span.end:
        staff = r.head
    elif r.dep_ == "pobj" and r.head.lower_ in ("of", "for") and r.head.head.i < r.head.i:
        staff = r.head.head
    else:
        return False
    if staff.lemma_.lower() not in _STAFF_NOUNS or not staff.text.islower():
        return False
    # "Jefferson Parish officials": a known or administrative place has officials too.
    g = gazetteer()
    return not (set(key(c.text).split()) & (ADMIN_HEADS | {"parish"}) or g.country(c.text) or g.region(c.text)
                or g.cities_named(c.text))


def _acronym_word(word: str) -> bool:
    """An organisation's acronym: capitals only, at least three letters, no
    place's name ("INTERPOL", "FBI"; not "USA" or a dateline's "PARIS")."""
    g = gazetteer()
    return (len(word) >= 3 and word.isalpha() and word.isupper()
            and not (g.country(word) or canonical_alias(word) or g.city(word.title()) or g.region(word.title())))


def _places_called_names(cands: list[Cand]) -> None:
    """Relabel names the model took for organisations or people that the text
    only ever uses as locations ("fighting in Tell Tamer", "a meeting on Crete",
    "towns including Makilala"), or tags as a place elsewhere."""
    place_tokens = {(id(c.span.doc), i) for c in cands if c.label in PLACE_LABELS
                    for i in range(c.span.start, c.span.end)}
    place_keys = {key(c.text) for c in cands if c.label in PLACE_LABELS}
    # Tokens of bodies named with an organisation word: a name listed with
    # one ("at the X University and Jo Bloggs") takes no place reading from it.
    body_tokens = {(id(c.span.doc), i) for c in cands if c.label == "ORG" and set(key(c.text).split()) & ORG_WORDS
                   for i in range(c.span.start, c.span.end)}
    # "the mayor of Esperanza, Sultan Kudarat": a title-like word the model
    # cut off a person's name, where the whole is a place named elsewhere.
    for c in cands:
        if c.label == "PERSON" and c.glued_titles:
            doc = c.span.doc
            full = doc[c.span.start - len(c.glued_titles) : c.span.end]
            if key(full.text) in place_keys:
                c.start -= c.span.start_char - full.start_char
                c.span, c.text, c.label, c.glued_titles = full, full.text, "GPE", []

    def where(c: Cand) -> tuple[bool, bool]:
        """(strictly locative, loosely locative) for one mention."""
        r = c.root
        doc_id = id(c.span.doc)
        while r.dep_ == "conj" and r.head is not r:
            if (doc_id, r.head.i) in place_tokens:
                return True, True  # listed with places: "Mangina and Katwa"
            if (doc_id, r.head.i) in body_tokens:
                return False, False
            r = r.head
        if r.dep_ == "pobj" and r.head.lower_ in _IN_PREPS:
            return True, True
        if r.dep_ == "dobj" and r.head.lemma_.lower() in MOTION_VERBS:
            return True, True
        if example_of_place(r):
            return True, True
        if (r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lemma_ in PLACE_NOUNS
                and r.head.head.i < r.i):
            return True, True  # "the island of X", "the town of Y"
        return False, r.dep_ == "pobj" and r.head.lower_ in ("on", "to", "from")

    by_key: dict[str, list[Cand]] = {}
    for c in cands:
        if c.label in ("ORG", "PERSON"):
            by_key.setdefault(key(c.text), []).append(c)
    for k, group in by_key.items():
        if set(k.split()) & ORG_WORDS or canonical_alias(group[0].text):
            continue
        if k in _COMMON_WORDS_NAMED:
            continue  # "sent to the House": the chamber, not a place
        if group[0].span[-1].lower_ in _CAMP_NOUNS and group[0].span[0].lower_ in ("pro", "anti"):
            continue  # "lawmakers from the pro-democracy camp": a grouping, not a place
        if group[0].label == "ORG" and demonym_country(group[0].span[0].text):
            continue  # "Saudi Aramco"
        if group[0].label == "ORG" and (_acronym_word(group[0].span[0].text)
                                        or group[0].span[0].lower_ in _CAMPAIGN_VERBS | MUNICIPAL_HEADS):
            continue  # "assigned to INTERPOL Washington", "such as Occupy Brussels", "from the Municipality of X"
        marks = [where(c) for c in group]
        strict = sum(m[0] for m in marks) + (k in place_keys)
        locative = sum(m[1] for m in marks)
        acting = sum(c.root.dep_ in ("nsubj", "nsubjpass", "poss") or c.glued_titles != [] or has_staff(c)
                     for c in group)
        # A name the text gives to a place ("the new region, to be called X")
        # is that place even where it then acts.
        named = any(names_a_place(c) for c in group)
        if named or (acting == 0 and (strict >= 1 or (locative >= 1 and group[0].label == "ORG"))):
            for c in group:
                c.label = "GPE"


# Last words of buildings' and facilities' names: "X Hospital", "X Cathedral".
SITE_HEADS = frozenset(
    """hospital clinic cathedral church basilica chapel mosque temple synagogue shrine
    airport airfield airbase base mall stadium prison jail embassy consulate museum hotel
    avenue street boulevard road lane highway motorway square bridge station cosmodrome spaceport
    planetarium aquarium zoo""".split()
)
# Two last words that make a facility's name where the last alone would be
# an organisation's: "X Space Center", "Y Launch Complex", "Z Power Plant".
SITE_HEAD_PAIRS = frozenset(
    {("space", "center"), ("space", "centre"), ("launch", "complex"), ("launch", "center"),
     ("power", "plant"), ("nuclear", "plant"), ("science", "center"), ("science", "centre"),
     ("rocket", "center"), ("visitor", "center"), ("visitors", "center"), ("visitor", "centre"),
     ("convention", "center"), ("convention", "centre"), ("shopping", "center"),
     ("shopping", "centre"), ("community", "center"), ("community", "centre")}
)


# First words of sites' names: "Mount X", "Camp X", "Masjid X" (a mosque).
SITE_LEAD_WORDS = frozenset("mount mt fort camp masjid raf".split())


# Head words that name a building when they open an "X of Y" name: "Museum
# of Flight", "National Museum of the U.S. Air Force".
SITE_HEADS_BEFORE_OF = frozenset("museum planetarium aquarium cathedral basilica".split())


# Words that make "X Church" a denomination, not a building: "the Catholic Church".
_DENOMINATIONS = frozenset("""catholic orthodox anglican protestant lutheran methodist baptist evangelical coptic
    episcopal presbyterian pentecostal mormon adventist""".split())


# Verbs of reaching a body and nouns of what it sends: "contact the embassy",
# "updates from the embassy".
_CONTACT_VERBS = frozenset("contact call email phone notify inform alert consult".split())
_MESSAGE_NOUNS = frozenset("update updates information message messages alert alerts notice guidance".split())


def _mission_addressed(r: "Token") -> bool:
    """An embassy someone contacts or hears from."""
    while r.dep_ == "conj" and r.head is not r:
        r = r.head
    if r.dep_ == "dobj" and r.head.lemma_.lower() in _CONTACT_VERBS:
        return True
    return r.dep_ == "pobj" and r.head.lower_ == "from" and r.head.head.lower_ in _MESSAGE_NOUNS


def numbered_site(span: "Span") -> bool:
    """A facility's name followed by its number: "Space Launch Complex 40"."""
    doc = span.doc
    return (len(span) >= 2 and span.end < len(doc) and doc[span.end].like_num
            and (span[-1].lower_ in SITE_HEADS or (span[-2].lower_, span[-1].lower_) in SITE_HEAD_PAIRS))


def is_site_name(c: Cand) -> bool:
    span = c.span
    if len(span) < 2 or not span[-1].text[:1].isupper():
        return False
    if (span[-1].lower_ == "church" and any(t.lower_ in _DENOMINATIONS for t in span[:-1])
            and all(t.lower_ in _DENOMINATIONS or t.lower_ in ("the", "roman") or demonym_country(t.text)
                    for t in span[:-1])):
        return False  # "the Roman Catholic Church", "the Russian Orthodox Church": a body; not "First Baptist Church"
    if span[-1].lower_ in ("embassy", "consulate") and _mission_addressed(span.root):
        return False  # "contact the nearest U.S. Embassy": the mission as a body, no building
    if span[-1].lower_ in SITE_HEADS or (len(span) > 2 and (span[-2].lower_, span[-1].lower_) in SITE_HEAD_PAIRS):
        return True
    of = next((t.i for t in span if t.lower_ == "of"), None)
    return of is not None and of > span.start and span.doc[of - 1].lower_ in SITE_HEADS_BEFORE_OF


def site_initials(name: str) -> str:
    """"International Space Station" -> "ISS" (capitalised words only)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def edit1(a: str, b: str) -> bool:
    """At most one letter added, dropped or changed: "Magnitigorsk"."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def _acts(r: "Token") -> bool:
    """The name does or says something: a subject, the agent of a passive
    ("a study released by the museum"), or a source ("according to")."""
    if r.dep_ == "nsubj":
        return True
    if r.dep_ != "pobj":
        return False
    return r.head.dep_ == "agent" or (r.head.lower_ == "to" and r.head.head.lower_ == "according")


# Site heads that name a public place even written in lower case after the name.
_OPEN_SITE_HEADS = frozenset("square street avenue boulevard bridge plaza".split())


def _open_site_after(c: Cand) -> bool:
    """"the historic Roemerberg square": a name before a lower-case site noun
    that ends the phrase, with an article before the name, of something that
    never acts here; not "Hamas street protests"."""
    doc, e = c.span.doc, c.span.end
    head = doc[e]
    return (head.text in _OPEN_SITE_HEADS and head.dep_ != "compound"
            and (e + 1 >= len(doc) or doc[e + 1].pos_ not in ("NOUN", "PROPN"))
            and any(t.lower_ == "the" for t in doc[max(0, c.span.start - 3) : c.span.start])
            and not _acts(c.root))


def _sites_by_name(cands: list[Cand]) -> None:
    """Buildings named as such ("Hartford Hospital", "Jolo Cathedral") are
    sites, whatever the model called them; one that acts somewhere in the
    text ("the hospital said") stays an organisation as well."""
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and is_site_name(c):
            groups.setdefault(key(c.text), []).append(c)
    for group in groups.values():
        acts = any(_acts(c.root) for c in group)
        for c in group:
            c.label = "ORG" if acts else "FAC"
            c.glued_titles = []
    g = gazetteer()
    # "Hagia Sophia" when "Hagia Sophia Museum" is named too (or the model cut
    # the head word off), and "Masjid X", "Mount X", "Camp X": a site's name,
    # not a person's.  Words of people's full names and known towns are kept.
    short: set[str] = set()
    for c in cands:
        doc = c.span.doc
        e = c.span.end
        if is_site_name(c) and len(c.span) > 1:
            short.add(key(c.span[:-1].text))
        elif (c.label in ("ORG", "PERSON") and e < len(doc)
              and ((doc[e].text[:1].isupper() and doc[e].lower_ in SITE_HEADS) or _open_site_after(c))):
            short.add(key(c.text))  # "Tahrir Square", "the historic Roemerberg square"
    def site_like(c: Cand) -> bool:
        k = key(c.text)
        return (k in short or (len(c.span) > 1 and fold(c.span[0].text) in SITE_LEAD_WORDS)
                or any(edit1(k, s) for s in short if len(s) >= 7))  # "Haghia Sophia"

    people_words = {key(t.text) for c in cands if c.label == "PERSON" and len(c.span) > 1 and not site_like(c)
                    for t in c.span}
    for c in cands:
        if (c.label in ("ORG", "PERSON") and not c.glued_titles and site_like(c)
                and not g.cities_named(c.text) and not g.country(c.text)
                and not set(key(c.text).split()) & people_words):
            c.label = "FAC"
    # "ISS" for "International Space Station": a site's initials are the site.
    initials = {site_initials(c.text) for c in cands if c.label == "FAC" and len(c.span) > 2}
    for c in cands:
        if c.label in ("ORG", "GPE", "LOC") and len(c.span) == 1 and c.text.isupper() and c.text in initials:
            c.label = "FAC"
    # "Jolo" alone, when "Jolo Cathedral" is a site and Jolo a known town:
    # the town the site is named after, not a person.
    g = gazetteer()
    firsts = {key(c.span[0].text) for c in cands if c.label in PLACE_LABELS and len(c.span) > 1}
    for c in cands:
        if (c.label == "PERSON" and len(c.span) == 1 and not c.glued_titles
                and key(c.text) in firsts and g.cities_named(c.text)):
            c.label = "GPE"


def _coordinated_names(span: "Span") -> tuple["Span", ...]:
    """Two bodies joined by "and" that repeat the same head word are two
    names: "Institute for X and Institute for Y", "Council of A and
    Council of B".  (One name with "and" inside, "Ministry of Trade and
    Industry", does not repeat its first word.)"""
    lead = span.start + (1 if span[0].lower_ == "the" else 0)
    head = span.doc[lead]
    if not head.text[:1].isupper():
        return (span,)
    for t in span.doc[lead + 2 : span.end - 2]:
        nxt = span.doc[t.i + 1]
        if t.lower_ in ("and", "&") and nxt.text == head.text:
            return (span.doc[lead : t.i], span.doc[t.i + 1 : span.end])
    return (span,)


_DEITY_NOUNS = frozenset("god goddess deity gods goddesses deities demigod".split())
_SCAN_NOUNS = frozenset("scan scans scanner scanners scanning imaging".split())
_PROFESSION_TAILS = ("logists", "ographers", "onomers", "ologues")
_ABBREVIATED_SPECIES = re.compile(r"^[A-Z]\. [a-z]{3,}$")


_LATIN_ENDINGS = ("a", "us", "um", "is", "ae", "i", "ata", "ensis", "oides")
# English nouns with Latin endings that follow a name as its head ("the Okavango
# delta", "the Azadi stadium", "the Omicron variant's status"), not a species epithet.
_ENGLISH_LATINATE = frozenset("""area arena plaza delta villa media era mafia militia opera agenda camera data
drama formula gala quota saga visa sofa pizza vista tundra savanna lava bacteria criteria dogma stigma
trauma mania nebula peninsula diaspora sharia fatwa intifada junta guerrilla armada regatta fiesta
crisis basis analysis thesis axis oasis status campus census virus bonus focus genius consensus corpus
chorus circus radius stimulus apparatus onus nexus minimum maximum museum forum stadium album premium
medium spectrum memorandum referendum curriculum aquarium auditorium gymnasium moratorium symposium
consortium condominium emporium podium taxi safari alibi""".split())


def _latin_epithet(t: "Token") -> bool:
    text = t.text
    return (t.is_alpha and text.islower() and len(text) > 4 and text.endswith(_LATIN_ENDINGS)
            and text not in _ENGLISH_LATINATE and t.lemma_ not in _ENGLISH_LATINATE)


def _drop_deities_and_genera(cands: list[Cand]) -> list[Cand]:
    """Names the text itself marks as no party to events, dropped wherever
    they recur: a god or goddess ("the god Ra", "Ra, the sun god") and the
    genus of a Latin species name ("Genus species" once, then "Genus")."""
    gone: set[str] = set()
    for c in cands:
        if c.label not in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"):
            continue
        doc, s, e = c.span.doc, c.span.start, c.span.end
        if s > 0 and doc[s - 1].lower_ in _DEITY_NOUNS:
            gone.add(c.text)
        elif (e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("the", "a")
              and (doc[e + 2].lower_ in _DEITY_NOUNS
                   or (e + 3 < len(doc) and doc[e + 3].lower_ in _DEITY_NOUNS and doc[e + 2].pos_ != "PROPN"))):
            gone.add(c.text)
        elif (len(c.span) == 1 and c.label != "PERSON" and e < len(doc) and _latin_epithet(doc[e])
              and doc[e].pos_ in ("PROPN", "NOUN", "ADJ")
              and doc[e].dep_ != "compound" and c.root.dep_ in ("compound", "nmod", "amod")
              and c.root.head.i == e):
            gone.add(c.text)  # "Porites lutea": genus and Latin epithet
        elif (len(c.span) == 2 and c.label != "PERSON" and c.span[0].text[:1].isupper()
              and _latin_epithet(c.span[1])):
            gone.update((c.text, c.span[0].text))  # the binomial read as one name
    if not gone:
        return cands
    return [c for c in cands if c.text not in gone]


# Verbs of performing a part: "debuted as the heel X", "starred as Y".
_PERFORM_VERBS = frozenset("play star appear debut perform wrestle compete cast act".split())
# Nouns after which a name is one given to someone: "the ring name X".
_GIVEN_NAME_NOUNS = frozenset("alias persona moniker".split())
_PERFORMERS_NAMES = frozenset("ring stage screen pen".split())


def role_played(c: Cand) -> bool:
    """A name the text gives as a part someone plays or a name they go by,
    not a party: "portraying James Brown", "his role as Jackie Robinson",
    "debuted as the heel Brodie Lee", "under the ring name Luke Harper",
    "also known as King T'Challa"."""
    if c.label != "PERSON":
        return False
    r = c.root
    while r.dep_ == "conj" and r.head.i != r.i and r.head.ent_type_ == "PERSON":
        r = r.head  # "portraying X in A and Y in B"
    h = r.head
    if r.dep_ == "dobj" and h.lemma_.lower() in ("portray", "play", "impersonate"):
        return True
    if r.dep_ == "pobj" and h.lower_ == "as" and (
            h.head.lemma_.lower() in _PERFORM_VERBS | {"role", "part", "character", "know"}):
        return True
    s = c.span.start
    prev = c.span.doc[s - 1] if s > 0 else None
    if prev is None or not prev.text.islower():
        return False
    # A pseudonym may be all the text calls someone; a stage name is a
    # second name of someone it names.
    return prev.lower_ in _GIVEN_NAME_NOUNS or (
        prev.lower_ == "name" and any(x.lower_ in _PERFORMERS_NAMES for x in prev.children))


def _people_of_a_city(c: Cand) -> bool:
    """'Hong Konger', 'Londoners': the people of a large city or a region, by
    their name in -er ("The New Yorker" is a magazine)."""
    k = key(c.text)
    stem = k[:-3] if k.endswith("ers") else k[:-2] if k.endswith("er") else ""
    if len(stem) < 4 or (c.span.start > 0 and c.span.doc[c.span.start - 1].lower_ == "the"):
        return False
    g = gazetteer()
    if g.region(stem) is not None or g.territory(stem) is not None:
        return True
    cities = g.cities_named(stem)
    return bool(cities) and cities[0].population >= 1_000_000


def _junk(c: Cand) -> bool:
    """Units and symbols the model sometimes takes for places: "A.M.", "US$";
    a common noun capitalised only because it opens a sentence ("Households");
    diseases, observances, faiths and creeds, pieces of titles and offices."""
    if (len(c.span) == 1 and c.span[0].is_sent_start and c.span[0].pos_ == "NOUN" and c.label in ("ORG", "PERSON")
            and not _HANDLE.fullmatch(c.text)):
        return True
    if fold(c.text) in NOT_ACTORS or any(ch in c.text for ch in "$€£¥%") or _time_zone(c.span):
        return True
    if len(c.span) > 1 and c.span[0].text in _STORM_WORDS:
        return True  # a named storm: "Hurricane X", "Typhoon Y"
    if c.label != "PERSON" and fold(c.span[-1].text).endswith("virus"):
        return True  # a disease's agent: "Coronavirus", "the Zika virus"
    if fold(c.text) in _FAITHS_AND_CREEDS:
        return True  # "converted to Islam", "a self-described Neo-Nazi"
    if role_played(c):
        return True
    if c.label in ("ORG", "PERSON", "NORP") and _people_of_a_city(c):
        return True  # "Hong Konger's rights", "Londoners": a place's people, not a party
    if len(c.span) == 1 and c.label == "PERSON" and c.span[0].tag_ == "JJ" and c.span[0].dep_ not in (
            "nsubj", "nsubjpass", "poss", "compound", "appos"):
        return True  # "'Heartbroken and numb,' writes X": an adjective the tagger took for a name
    if c.text in _FOREIGN_ARTICLES:
        return True  # a quote in French: "Le bilan est lourd" (not "LA" or "IL", in capitals)
    nxt = c.span.doc[c.span.end] if c.span.end < len(c.span.doc) else None
    if (nxt is not None and is_title_word(nxt.text)
            and ((len(c.span) == 1 and nxt.text[:1].isupper()
                  and (fold(c.text) in ORG_WORDS or fold(c.text) in _TITLE_ADJECTIVES))
                 or all(is_title_word(t.text) for t in c.span))):
        return True  # part of a title: "Court Commissioner X", "Supreme Leader Y", "Shadow Home Secretary Z"
    if c.label in ("ORG", "PERSON") and all(is_title_word(t.text) or is_title_word(t.text.removesuffix("s"))
                                            for t in c.span):
        return True  # "the Secretary and Foreign Ministers signed": offices, no one named
    if not c.span[0].is_alpha and c.span[0].text in ("’s", "'s"):
        return True  # "Foreign Minister| ’s Meeting": the model began a name at a possessive
    if c.text in _POST_NOMINALS and c.span.start > 0 and c.span.doc[c.span.start - 1].text == ",":
        return True  # "Tom Molomby, SC,": letters after a name, no body
    if (len(c.span) == 1 and fold(c.text) in PORTFOLIOS and c.span.start > 1
            and c.span.doc[c.span.start - 1].lower_ in ("of", "for")
            and is_title_word(c.span.doc[c.span.start - 2].text)):
        return True  # "Undersecretary for Education": the field of a title, no body
    if len(c.span) == 1 and c.label == "PERSON" and fold(c.text) in ORG_WORDS:
        return True  # "the Railway": a body's head noun alone, never a person
    if fold(c.text) in _DISEASES or fold(c.text).split("-")[0] in _DISEASES:
        return True  # a disease: "COVID", "COVID-19", "Ebola"
    if len(c.span) == 1 and fold(c.text) in GOVERNMENT_HEADS | {"government"} and c.label != "PERSON":
        return True  # "others in the Administration": a capitalised common noun
    if len(c.span) > 1 and c.span[-1].text in ("Day", "Week") and c.label in ("ORG", "PERSON", "FAC"):
        return True  # an observance: "International Women's Day"
    if len(c.span) > 1 and fold(c.span[-1].text) in _HONOURS and c.label in ("ORG", "PERSON", "FAC"):
        return True  # a title or prize won, no party: "the Intercontinental Championship", "the Nobel Prize"
    doc = c.span.doc
    before = c.span.start - 1
    while before > 0 and doc[before].pos_ == "ADJ" and doc[before].text.islower():
        before -= 1
    if (c.label == "ORG" and before >= 0 and doc[before].lower_ in ("a", "an")
            and fold(c.span[-1].text) in ROLE_HEADS):
        return True  # "naming a new National Security Advisor": an office, not a body
    if _ABBREVIATED_SPECIES.match(c.text):
        return True  # a species with its genus abbreviated: "A. thaliana"
    if len(c.span) == 1 and c.text[:1].isupper():
        t = c.span[0]
        if t.text.isupper() and len(t) >= 4 and t.pos_ == "VERB" and t.dep_ in ("ROOT", "conj"):
            return True  # a verb set in capitals: "the court DISMISSES the case"
        if fold(t.text).endswith(_PROFESSION_TAILS):
            return True  # a profession in plural: "Egyptologists", "Oceanographers"
        after = t.doc[t.i + 2] if t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" else (
            t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None)
        if t.text.isupper() and after is not None and after.lower_ in _SCAN_NOUNS and c.label != "PERSON":
            return True  # a scan named by its technique: "CT scans", "MRI scanner"
    # A language named before what is said in it: "the Swahili phrase".
    return (c.label != "PERSON" and c.root.dep_ in ("compound", "amod", "nmod") and c.span.end < len(doc)
            and doc[c.span.end].lower_ in _LANGUAGE_NOUNS)


_FOREIGN_ARTICLES = frozenset("Le La Les El Los Las Il Der Die Das".split())
_POST_NOMINALS = frozenset("QC KC SC OBE MBE CBE KBE DBE".split())
# Prefixes of ships' names, and the common nouns that introduce a craft's name.
VESSEL_PREFIXES = frozenset("USS HMS HMAS HMCS HMNZS INS USNS USCGC MV RMS RV".split())
_CRAFT_NOUNS = frozenset(
    """shuttle orbiter spacecraft capsule rover probe lander ship vessel tanker freighter ferry yacht
    submarine frigate destroyer cruiser warship aircraft airliner jet helicopter""".split())
_CRAFT_NAMES = frozenset({"air force one", "marine one"})


def vessel_prefix(word: str) -> bool:
    """"USS", "HMS", "U.S.S.": the prefix of a ship's name."""
    bare = word.replace(".", "")
    return bare.isupper() and bare in VESSEL_PREFIXES


def _vehicle(c: Cand) -> bool:
    """A named ship, spacecraft or aircraft: an analyst lists the people and
    bodies that act, not the craft they use."""
    span = c.span
    if vessel_prefix(span[0].text) or fold(c.text) in _CRAFT_NAMES:
        return True
    if len(span) > 1 and span[0].lower_ == "space" and span[1].lower_ == "shuttle":
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.text.islower() and before.lower_ in _CRAFT_NOUNS
            and c.label != "GPE")


_FAITHS_AND_CREEDS = frozenset(
    "islam christianity judaism hinduism buddhism sikhism "
    "nazi nazis neo-nazi neo-nazis fascist fascists communist communists".split())
_TITLE_ADJECTIVES = frozenset("supreme grand high".split())
# Last words of the names of titles, prizes and contests that are won.
_HONOURS = frozenset("championship championships award awards prize prizes trophy medal cup".split())
_DISEASES = frozenset("covid covid19 sars mers ebola hiv aids zika mpox measles malaria cholera".split())
_STORM_WORDS = frozenset("Hurricane Typhoon Cyclone Storm Tropical".split())
_LANGUAGE_NOUNS = frozenset("phrase phrases word words term terms expression saying dialect translation".split())
# Verbs whose "to" names the body someone joins ("elected to the X"), and the
# glosses that make a name a body ("the X, the upper legislature").
_SEATING_VERBS = frozenset("elect re-elect appoint nominate admit".split())
_BODY_APPOSITIVES = BODY_NOUNS | ORG_WORDS | frozenset("legislature chamber house".split())
# Verbs whose "to" names who receives something, not where it goes:
# "sold its stores to X".
_TRANSFER_VERBS = frozenset("sell give hand transfer lease license licence donate lend award".split())


# Bodies with known short forms that are never places (unlike the European
# Union, which is also a region).
_KNOWN_BODIES = frozenset(key(v) for k, v in ALIASES.items() if k in (
    "un", "unsc", "who", "imf", "wto", "nato", "opec", "icc", "icj", "iaea", "unicef", "unhcr",
    "fbi", "cia", "nsa", "oecd", "g7", "g20"))


def _organisations_called_places(cands: list[Cand]) -> None:
    """Relabel as organisations the names the model took for places although
    the text marks them as companies or bodies: an organisation word in the
    name ("Mahan Air"), a web domain ("News.com.au"), a company noun before it
    ("supermarket Ocado"), or an acronym in brackets after an organisation's
    name ("Institute of Volcanology and Seismology (Phivolcs)")."""
    g = gazetteer()
    orgs: set[str] = set()
    for c in cands:
        if c.label not in ("GPE", "LOC", "FAC"):
            continue
        k = key(c.text)
        if k in _KNOWN_BODIES:
            orgs.add(k)  # "ambassador to the United Nations"
            continue
        if g.country(c.text) or canonical_alias(c.text) or g.region(c.text):
            continue
        doc = c.span.doc
        prev = doc[c.span.start - 1] if c.span.start > 0 else None
        nxt = doc[c.span.end] if c.span.end < len(doc) else None
        if g.cities_named(c.text):
            continue
        r = c.root
        if len(c.span) > 1 and k.split()[-1] in ORG_WORDS:
            orgs.add(k)
        elif len(c.span) > 2 and any(t.text == "&" for t in c.span[1:-1]):
            orgs.add(k)  # "Burkhardt & Associates": a firm; a place with "&" is in the gazetteer
        elif r.dep_ == "dobj" and r.head.lemma_.lower() == "tell":
            orgs.add(k)  # "told The Atlantic": a source
        elif prev is not None and prev.text == "The" and not prev.is_sent_start:
            orgs.add(k)  # "The Atlantic" mid-sentence: the title of a publication
        elif r.dep_ == "pobj" and r.head.lower_ == "in" and r.head.head.lemma_.lower() == "publish":
            orgs.add(k)  # "published in X": a journal
        elif r.dep_ == "pobj" and r.head.lower_ == "to" and r.head.head.lemma_.lower() in _TRANSFER_VERBS:
            orgs.add(k)  # "sold its stores to X": a buyer
        elif r.dep_ == "pobj" and r.head.lower_ == "to" and r.head.head.lemma_.lower() in _SEATING_VERBS:
            orgs.add(k)  # "elected to the X": a chamber or a board
        elif any(t.dep_ == "appos" and t.head.i == r.i and t.lower_ in _BODY_APPOSITIVES for t in r.children):
            orgs.add(k)  # "the X, the upper legislature,": a body by its own gloss
        elif (nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ in ORG_NOUNS and r.dep_ in ("compound", "nmod")
              and c.text[:1].isupper()):
            orgs.add(k)  # "the X chain"
        elif (len(c.span) > 1 and c.span[0].text.isupper() and 2 <= len(c.span[0].text) <= 5
              and c.span[0].is_alpha and not canonical_alias(c.span[0].text)
              and (g.country(c.span[1:].text) or g.region(c.span[1:].text) or g.cities_named(c.span[1:].text))):
            orgs.add(k)  # "ABC Australia": an acronym's branch in a country
        elif _DOMAIN.match(c.text) and "." in c.text.strip("."):
            orgs.add(k)
        elif _source(c.root):
            orgs.add(k)  # "according to Reuters and NBC", "speaking to NBC": a source, not a place
        elif prev is not None and prev.pos_ == "NOUN" and prev.lower_ in ORG_NOUNS and c.root.dep_ != "compound":
            orgs.add(k)
        elif len(c.span) > 1 and _bracketed_org_initials(doc, c.span):
            orgs.add(k)  # "Pacific Gas and Electric (PG&E)": the body its acronym names
        elif len(c.span) == 1 and _org_name_in_brackets_after(doc, c.span):
            orgs.add(k)  # "AEW (All Elite Wrestling)": an acronym spelled out as a body
        elif (prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")"
              and c.root.dep_ == "appos" and c.text.isalpha() and c.text[:1].isupper()
              and not g.cities_named(c.text)):
            orgs.add(k)
        elif (thing := named_thing(c)) is not None and thing.lemma_.lower() in _GROUP_NOUNS:
            orgs.add(k)  # "the elite group called the X": a name given to a body
    # An unknown name that has officials or members where the model read it
    # as an organisation ("X officials") is that body where it read a place.
    for c in cands:
        if c.label == "ORG" and has_staff(c):
            k = key(c.text)
            if any(d.label in ("GPE", "LOC") and key(d.text) == k for d in cands):
                orgs.add(k)
    for c in cands:
        if c.label in ("GPE", "LOC", "FAC") and key(c.text) in orgs:
            c.label = "ORG"


_GROUP_NOUNS = frozenset(
    "group organisation organization movement party company firm unit body faction militia sect cult".split())


def _bracketed_org_initials(doc, span: "Span") -> bool:
    """An organisation's acronym in brackets right after the name that
    spells the initials of its capitalised words."""
    inside = _org_in_brackets(doc, span.end, 4)
    if inside is None:
        return False
    letters = "".join(ch for ch in inside.text if ch.isalpha())
    return len(letters) >= 2 and letters.isupper() and letters == site_initials(span.text).upper()


def _org_in_brackets(doc, i: int, most: int) -> "Span | None":
    """The words of "( ... )" opening at token ``i``, at most ``most`` long,
    when the model tags the first of them as part of an organisation."""
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 1].ent_type_ != "ORG":
        return None
    j = i + 1
    while j < len(doc) and doc[j].text != ")" and j - i <= most:
        j += 1
    return doc[i + 1 : j] if j < len(doc) and doc[j].text == ")" else None


def _org_name_in_brackets_after(doc, span: "Span") -> bool:
    """An acronym followed by the bracketed name of the organisation whose
    capitalised words it spells: "AEW (All Elite Wrestling)"."""
    letters = span.text
    if not (letters.isalpha() and letters.isupper() and len(letters) >= 2):
        return False
    inside = _org_in_brackets(doc, span.end, 8)
    return inside is not None and site_initials(inside.text).upper() == letters


_CAPITALS: set[str] | None = None


def g_capitals() -> set[str]:
    global _CAPITALS
    if _CAPITALS is None:
        _CAPITALS = {c.title() for c in gazetteer().capital_of}
        _CAPITALS |= set(gazetteer().capital_of)
    return _CAPITALS


def _fix_headlines(parsed: Parsed, cands: list[Cand]) -> None:
    """Trim title-case headline entities to a name the body uses.

    Headlines capitalise every word, so "Zelensky Prepares" is read as a
    name; if a prefix of it is an entity in the body, keep only that prefix.
    """
    body_keys = {key(c.text) for c in cands if not _is_headline(parsed, c.block)}
    body_tokens = {key(c.span[-1].text) for c in cands if not _is_headline(parsed, c.block)}
    for c in cands:
        if not _is_headline(parsed, c.block) or key(c.text) in body_keys:
            continue
        for n in range(len(c.span) - 1, 0, -1):
            sub = c.span[:n]
            if key(sub.text) in body_keys or (n == 1 and key(sub.text) in body_tokens):
                c.span = sub
                c.text = sub.text
                c.start, c.end = parsed.gspan(c.block, sub)
                break


# Lower-case nouns of areas a name before them places: "the Tsuen Wan district".
_AREA_NOUNS_AFTER = ADMIN_HEADS | frozenset("area neighbourhood neighborhood suburb village town".split())


def _places_called_people(cands: list[Cand]) -> None:
    """Names the model took for people that name an area: "in the Tsuen Wan
    district", "the Kowloon Bay area".  Only a name the text never gives to
    someone who acts."""
    people: dict[str, list[Cand]] = {}
    for c in cands:
        if c.label == "PERSON":
            people.setdefault(key(c.text), []).append(c)
    # One-word names the text also gives as a known city and never as part of
    # a longer name of someone: "held at Cusco" ... "Cusco was the capital".
    g = gazetteer()
    places = {key(c.text) for c in cands if c.label in ("GPE", "LOC") and len(c.span) == 1}
    name_parts = {key(t.text) for c in cands if c.label in ("PERSON", "ORG") and len(c.span) > 1 for t in c.span}
    for k, group in people.items():
        if all(c.root.dep_ == "compound" and c.root.head.text.islower() and c.root.head.lower_ in _AREA_NOUNS_AFTER
               and c.root.head.i == c.span.end for c in group) or (
                k in places and k not in name_parts and all(len(c.span) == 1 for c in group)
                and g.cities_named(group[0].text)):
            for c in group:
                c.label = "GPE"


def _people_called_places(cands: list[Cand]) -> None:
    """Names the model took for places that are people named elsewhere: "Jamal
    Khashoggi" (tagged a place) when "Khashoggi" is a person, and then "Jamal"
    alone, the first name of that person."""
    people = [c for c in cands if c.label == "PERSON"]
    single = {key(c.text) for c in people if len(c.span) == 1}
    single |= {key(c.span[-1].text) for c in people if len(c.span) > 1}

    firsts: set[str] = {key(c.span[0].text) for c in people if len(c.span) > 1}
    for c in cands:
        if c.label not in PLACE_LABELS or known_place(c.text) or len(c.span) < 2 or len(c.span) > 3:
            continue
        words = key(c.text).split()
        if (words[-1] in single and not set(words) & (ORG_WORDS | ADMIN_HEADS | FEATURE_HEADS)
                and all(t.text[:1].isupper() and t.is_alpha for t in c.span)):
            c.label = "PERSON"
            firsts.add(words[0])
    for c in cands:
        if c.label in PLACE_LABELS and len(c.span) == 1 and key(c.text) in firsts and not known_place(c.text):
            c.label = "PERSON"
