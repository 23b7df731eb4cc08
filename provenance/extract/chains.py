"""How a claim reached the reader: the outlets a speaker's words passed through.

A speaker mention may name an outlet as well as (or instead of) a source: "a report in The
Tarnwick Courier" and "a new report" (the outlet's report speaks), "OVB News' Mira Okonta" (the
outlet's reporter: a credit, not a source of her own), "the Courier's source" (an anonymous source
of the outlet). "X reported, citing Y" puts Y before X in the chain. A wire credit in a dateline
("QUILLPORT, March 3 (Tarnwire) -") is an outlet the whole story passed through. "The Tarnwick
Courier newspaper" is the Courier, "information obtained by Tarnwire" the wire's report, and "This
morning's Courier" the Courier (an edition, not an outlet of its own).

Pure: text in, words out; document.py resolves the words to outlets and speakers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from provenance.datafiles import load_data
from provenance.extract.dates import CALENDAR_WORDS
from provenance.extract.grammar import NAME_TAILS
from provenance.extract.lexicon import Lexicon, fold, lexicon, phrase_alternation

_NAME = r"[A-Z0-9][\w.&’'-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z0-9][\w.&’'-]*)*"
_POSSESSIVE = re.compile(r"^(?P<owner>(?:[Tt]he\s+)?" + _NAME + r")(?:['’]s|(?<=s)['’])\s+(?P<rest>.+)$")
# the full stops of initials ('a U.S. official') are no end of the words cited
_CITED = re.compile(r"\b(?:citing|quoting|which cited|who cited)\s+"
                    r"(?P<np>(?:(?<!\w)[A-Z]\.(?=[A-Z]\.|\s+\w)|[^,;:.\u2014\u2013])+)")
# an opening clause of whom the attribution after it cites: 'Citing two officials, | the Courier reported'
_CITED_BEFORE = re.compile(r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"\u201d])\s*)(?:Citing|Quoting)\s+"
                           r"(?P<np>(?:(?<!\w)[A-Z]\.(?=[A-Z]\.|\s+\w)|[^,;:.\n\u2014\u2013])+),\s*$")
# the nouns a name before them says is a medium ('the Tarnwick Courier newspaper', 'the Tarnwire news agency')
_MEDIUM_NOUNS = ("newspaper", "paper", "daily", "weekly", "magazine", "broadcaster", "channel", "network", "station",
                 "website", "site", "agency", "news agency", "news website", "news site", "radio station",
                 "television station", "tv station")
# the name after a telling cue, before the phrase or 'that' that ends it ('told| the Courier in an interview that')
_TOLD_NAME = re.compile(r"[ \t]+((?:[Tt]he[ \t]+)?[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*)*)"
                        r"(?=[ \t]+(?:[a-z]|that\b)|,)")
# a dateline in lower case or a date alone ('Harbourton (ANTARA) -', 'Dec 1 (Reuters) -'): a few words, no byline
_HOUSE_WIRE = re.compile(r"^(?!By[ \t])[A-Z][\w.’'-]*(?:[ \t]+[\w.’'-]+){0,3}(?:,[^()\n]{0,30})?[ \t]*"
                         r"\((?P<wire>[A-Z][\w .&-]{1,40})\)[ \t]*[-\u2013\u2014]")
# the people before 'VERB by' that ends at a mention ('Three residents interviewed by | the Courier')
_POLLED_BEFORE = re.compile(r"(?:^|(?<=[.!?,;:\n]))[ \t]*(?P<people>(?:[\w’'-]+[ \t]+){0,3}?(?P<head>[\w’'-]+))"
                            r"[ \t]+(?P<verb>[a-z]+ed)[ \t]+by[ \t]+(?:the[ \t]+)?$")
_WIRE = re.compile(r"^[A-Z][A-Z .,'’-]{2,60}?(?:,[^()\n]{0,30})?\s*\((?P<wire>[A-Z][\w .&-]{1,40})\)\s*[-\u2013\u2014]")


@dataclass(frozen=True)
class Credit:
    """What a speaker mention says of the chain: `kind` is "report" (an outlet's report speaks),
    "reporter" (an outlet's journalist, named in `rest`) or "source" (an outlet's source, described
    in `rest`); `outlet` the words naming the outlet, None when the mention names none."""

    kind: str
    outlet: str | None
    rest: str | None = None


def credit(mention: str, lex: Lexicon | None = None) -> Credit | None:
    """The chain a speaker mention gives, or None for a plain source.

    >>> credit("a report in The Tarnwick Courier")
    Credit(kind='report', outlet='The Tarnwick Courier', rest=None)
    >>> credit("a new report")
    Credit(kind='report', outlet=None, rest=None)
    >>> credit("OVB News' Mira Okonta")
    Credit(kind='reporter', outlet='OVB News', rest='Mira Okonta')
    >>> credit("the Tarnwick Courier newspaper")
    Credit(kind='report', outlet='Tarnwick Courier', rest=None)
    >>> credit("Sunday's Tarnwick Courier")
    Credit(kind='report', outlet='Tarnwick Courier', rest=None)
    >>> credit("the minister") is None, credit("the report") is None
    (True, True)
    """
    mention = " ".join(mention.split())
    return _credit_cached(mention) if lex is None or lex is lexicon() else _credit(mention, lex)


@lru_cache(maxsize=4096)
def _credit_cached(mention: str) -> Credit | None:
    return _credit(mention, lexicon())


def _credit(mention: str, lex: Lexicon) -> Credit | None:
    words = mention.split()
    if not words:
        return None
    low = [fold(w).strip(",") for w in words]
    nouns = lex.media_reports
    # 'a report in/by/from OUTLET', 'the story published by OUTLET'
    for k, w in enumerate(low):
        if w in nouns and _modifiers(low[:k], lex) and k + 1 < len(words):
            x = k + 1
            if low[x] in ("published", "carried", "aired", "broadcast"):
                x += 1
            if x >= len(words):
                return None  # ('the report published': no outlet named)
            # ('a report in the Tarnwick Courier': an outlet's name may follow a lower-case 'the')
            name_at = x + 2 if x + 2 < len(words) and low[x + 1] == "the" else x + 1
            if low[x] in ("in", "by", "from", "on", "at") and name_at < len(words) and words[name_at][:1].isupper():
                return Credit("report", " ".join(words[x + 1:name_at] + name_run(words, name_at)))
            if low[x] == "the" and x + 1 < len(words):
                return Credit("report", " ".join(words[x:x + 1] + name_run(words, x + 1)))
            return None
    seen = _seen_by(words, low, lex) or _medium_named(words, low) or _polled_by(words, low, lex)
    if seen is not None:
        return seen
    # 'a new report', 'the report', 'a Washington Post report', "the Post's latest report"
    if low[-1] in nouns:
        inner = words[:-1]
        while inner and fold(inner[-1]) in lex.adjectives:
            inner = inner[:-1]
        if inner and fold(inner[0]) in ("a", "an", "the", "this", "that", "one"):
            inner = inner[1:]
        if not inner:
            # 'a new report', 'reports': some outlet's; 'the report' may be any document's
            return Credit("report", None) if low[0] in ("a", "an") or len(words) == 1 and low[0].endswith("s") else None
        owner = " ".join(inner)
        if owner.endswith(("'s", "’s")):
            owner = owner[:-2]
        elif owner.endswith(("'", "’")):
            owner = owner[:-1]
        return Credit("report", owner) if all(w[:1].isupper() or w[:1].isdigit() for w in owner.split()) else None
    if edition(mention) != mention:
        return Credit("report", edition(mention))  # "Sunday's Courier": the Courier's edition of the day
    m = _POSSESSIVE.match(mention)
    if m:
        rest = m.group("rest")
        rest_words = rest.split()
        if all(w[:1].isupper() for w in rest_words) and len(rest_words) >= 2 \
                and not _office_of_body(m.group("owner"), rest_words, lex):
            return Credit("reporter", m.group("owner"), rest)
        if all(fold(w) not in lex.title_words or fold(w) in lex.anonymous_heads for w in rest_words) \
                and fold(rest_words[-1]) in lex.anonymous_heads:
            return Credit("source", m.group("owner"), rest)
    return None


def _office_of_body(owner: str, rest: list[str], lex: Lexicon) -> bool:
    """Whether the capitalised words after a possessive are a body's office and its holder, no outlet's journalist
    ("VPA's Director General, Dr. Ana Lind", "VPA's Managing Director Ana Lind"): a title is one of their first two
    words, before a comma or two more words, none of them is
    a journalist's (titles.json's 'media_job_titles'), and the owner is no listed outlet ("Tarn TV's Political
    Editor Ana X", "the Courier's Ana X" stay credits)."""
    low = [fold(w).strip(",") for w in rest]
    if not any(w in lex.title_words for w in low[:2]) or not ("," in " ".join(rest) or len(rest) >= 3):
        return False
    key = fold(owner)
    key = key[4:] if key.startswith("the ") else key
    return not any(w in _media_job_titles() for w in low) and key not in lex.outlet_index \
        and "the " + key not in lex.outlet_index


@cache
def _media_job_titles() -> frozenset[str]:
    return frozenset(fold(w) for w in load_data("titles.json").get("media_job_titles") or [])


def name_run(words: list[str], start: int) -> list[str]:
    """The words of an outlet's name from `start`, ending after a comma or before a lower-case word that
    opens the time, place or manner said after it (grammar.json's name_tails) when no capitalised word
    but the calendar's follows ('a report in the Tarnwick Courier on Monday' names the Tarnwick Courier;
    'the French daily Le Tarn' is left whole).

    >>> name_run("the Tarnwick Courier on Monday".split(), 1), name_run("Times of Ossa, a daily".split(), 0)
    (['Tarnwick', 'Courier'], ['Times', 'of', 'Ossa'])
    """
    for end in range(start + 1, len(words) + 1):
        if words[end - 1].endswith(","):
            return words[start:end - 1] + [words[end - 1].rstrip(",")]
        if end < len(words) and words[end] in NAME_TAILS and all(
                not w[:1].isupper() or fold(w.strip(",.")) in CALENDAR_WORDS for w in words[end:]):
            return words[start:end]
    return words[start:]


def refers_to_report(mention: str, lex: Lexicon | None = None) -> bool:
    """Whether a mention refers back to a report the text has relayed ('according to the report',
    'the story said'): a determiner, any adjectives, and what an outlet publishes.

    >>> refers_to_report("the report"), refers_to_report("the same story"), refers_to_report("the Post")
    (True, True, False)
    """
    lex = lex or lexicon()
    words = [fold(w) for w in mention.split()]
    return len(words) >= 2 and words[0] in ("the", "that", "this") and words[-1] in lex.media_reports \
        and all(w in lex.adjectives or w in ("same", "original") for w in words[1:-1])


def _seen_by(words: list[str], low: list[str], lex: Lexicon) -> Credit | None:
    """'documents seen by the Courier', 'emails obtained by OVB News', 'information obtained by
    Tarnwire': what the outlet that saw them reports."""
    for k in range(1, len(low) - 2):
        if low[k] in lex.seen_by_verbs and low[k + 1] == "by" and (low[k - 1] in lex.evidence_nouns
                                                                    or low[k - 1] in _obtained_matter()):
            # ('information obtained by Tarnwire, the developer': the name ends at a comma)
            end = next((j + 1 for j in range(k + 2, len(words)) if words[j].endswith(",")), len(words))
            name = words[k + 3:end] if low[k + 2] == "the" else words[k + 2:end]
            if name and all(w[:1].isupper() for w in name):
                return Credit("report", " ".join(words[k + 2:end]).rstrip(","))
    return None


def _polled_by(words: list[str], low: list[str], lex: Lexicon) -> Credit | None:
    """'economists polled by Tarnwire', 'three residents interviewed by the Courier', 'pilots close to
    the ferry board consulted by this paper': people who spoke to the outlet (outlets.json's polled_by),
    its sources as the words describe them (their head first, what they are close to after it)."""
    for k in range(1, len(low) - 1):
        if low[k] in _polled_verbs() and low[k + 1] == "by":
            # (the people open after a clause's comma and its conjunction: 'C, and lawyers consulted by X expect')
            first = next((j + 1 for j in range(k - 1, -1, -1) if words[j].endswith((",", ";"))), 0)
            first += first < k - 1 and low[first] in ("and", "but", "while")
            words, low, k = words[first:], low[first:], k - first
            if k == 0 or not _polled_people(low[:k], lex):
                return None  # (none before the verb but a name set off by its comma: 'Ana Lind, interviewed by X')
            # (a described group, never a name, though the sentence capitalises it: 'Businesses contacted by X')
            words = [words[0][:1].lower() + words[0][1:]] + words[1:] if _general_plural_first(low[:k], lex) else words
            if k + 2 == len(low) or low[k + 2] == "this" and k + 4 == len(low) and words[k + 3].islower():
                # ('this paper'; '' when the mention stops at 'by', the words after it left to the reader)
                return Credit("source", " ".join(words[k + 2:]), " ".join(words[:k]))
            # ('three residents interviewed by the Courier in Marlow': the name is the capitalised words)
            at = k + 3 if low[k + 2] == "the" and k + 3 < len(words) else k + 2
            # (a name may open with a lower-case letter before its capitals: 'eJolby')
            end = next((j for j in range(at, len(words)) if not (words[j][:1].isupper() or words[j][1:2].isupper())),
                       len(words))
            end = next((j + 1 for j in range(at, end) if words[j].endswith(",")), end)
            if end > at:
                return Credit("source", " ".join(words[k + 2:end]).rstrip(","), " ".join(words[:k]))
            return None
    return None


def _polled_people(low: list[str], lex: Lexicon) -> bool:
    """Whether words before a polling verb describe people: an anonymous head last ('three residents'),
    or one before 'close to' or 'familiar with' and what they know ('pilots close to the ferry board')."""
    if _people_head(low[-1], lex):
        return True
    at = next((j for j in range(1, len(low) - 1) if low[j:j + 2] in (["close", "to"], ["familiar", "with"])), None)
    return at is not None and _people_head(low[at - 1], lex)


def _general_plural_first(low: list[str], lex: Lexicon) -> bool:
    """Whether the people before a polling verb open with their head, a plural titles.json does not count
    among anonymous heads ('businesses', 'businesses close to the ferry board'): a sentence's capital on it
    makes no name of it."""
    head = next((j - 1 for j in range(1, len(low) - 1) if low[j:j + 2] in (["close", "to"], ["familiar", "with"])),
                len(low) - 1)
    return head == 0 and low[0] not in lex.anonymous_heads


def _people_head(word: str, lex: Lexicon) -> bool:
    """Whether a word before a polling verb heads what an outlet polled: an anonymous head ('residents', and
    the records titles.json counts among them, 'documents consulted by the Courier'), or any other plural that
    names no record or evidence ('timber merchants contacted by the Courier': only people are polled)."""
    return word in lex.anonymous_heads or lex.occupation_plural(word) or word.isalpha() and word.endswith("s") \
        and not word.endswith("ss") and word not in lex.evidence_nouns and word not in lex.record_nouns \
        and word not in _obtained_matter()


def polled_before(text: str, start: int, lex: Lexicon | None = None) -> int | None:
    """Where the people start whom an outlet polled, when the words before offset start say so
    ('Three residents interviewed by | Tarnwire said C': a reader may take the outlet for the
    speaker), else None.

    >>> text = "Three residents interviewed by the Courier said they had no warning."
    >>> polled_before(text, text.index("the Courier"))
    0
    """
    lex = lex or lexicon()
    m = _POLLED_BEFORE.search(text, max(0, start - 80), start)
    if m is None or fold(m.group("verb")) not in _polled_verbs() or not _people_head(fold(m.group("head")), lex):
        return None
    return m.start("people")


def _medium_named(words: list[str], low: list[str]) -> Credit | None:
    """'the Tarnwick Courier newspaper', 'Tarnwire news agency': a name that a noun after it says is a
    medium names the outlet (the noun in lower case: 'the Harbour Agency' is a body's name)."""
    for n in (2, 1):
        if len(words) > n and " ".join(low[-n:]) in _MEDIUM_NOUNS and all(w.islower() for w in words[-n:]):
            name = words[1:-n] if low[0] == "the" else words[:-n]
            if name and all(w[:1].isupper() or w[:1].isdigit() for w in name):
                return Credit("report", " ".join(name))
            return None
    return None


def edition(name: str) -> str:
    """The outlet's name in words that name one day's edition of it ("This morning's Tarnwick
    Courier", "Sunday's Courier"), else the words as they are.

    >>> edition("This morning's Tarnwick Courier"), edition("The Tarnwick Courier")
    ('Tarnwick Courier', 'The Tarnwick Courier')
    """
    m = _edition_pattern().match(name)
    return name[m.end():] if m and name[m.end():m.end() + 1].isupper() else name


@lru_cache(maxsize=1)
def _edition_pattern() -> re.Pattern[str]:
    """outlets.json's 'editions' as an alternation (longest first) before a possessive."""
    return re.compile(r"(?i:" + phrase_alternation(load_data("outlets.json").get("editions") or [])
                      + r")['’]s\s+(?:(?i:the)\s+)?")


def _polled_verbs() -> frozenset[str]:
    """outlets.json's 'polled_by': the verbs by which an outlet gathers what people tell it."""
    return _outlet_words("polled_by")


def _obtained_matter() -> frozenset[str]:
    """outlets.json's 'obtained_matter': what an outlet obtains that is no record of its own."""
    return _outlet_words("obtained_matter")


@cache
def _outlet_words(key: str) -> frozenset[str]:
    """The folded words of outlets.json's list `key`."""
    return frozenset(fold(w) for w in load_data("outlets.json").get(key) or [])


def _modifiers(words: list[str], lex: Lexicon) -> bool:
    """Are these the words a report noun may follow at the head of a mention ('a new', 'the')?"""
    return bool(words) and all(w in ("a", "an", "the", "this", "that") or w in lex.adjectives for w in words)


def cited(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words of whom a trailing attribution cites ('C, the Courier reported, citing a senior
    official.'), as offsets into text."""
    for a, b in spans:
        if text.find("cit", a, b) < 0 and text.find("quot", a, b) < 0:
            continue  # no 'citing', 'cited' nor 'quoting': the pattern cannot match (a scan saved)
        m = _CITED.search(text, a, b)
        if m:
            s, e = m.span("np")
            while e > s and text[e - 1] in " \t":
                e -= 1
            return (s, e) if e > s else None
    return None


def cited_before(text: str, start: int) -> tuple[int, int] | None:
    """The words of whom an attribution cites in a clause that opens its sentence, before the
    speaker at offset start ('Citing two officials, the Courier reported that C'), as offsets.

    >>> text = "Citing two officials, the Courier reported that C."
    >>> s, e = cited_before(text, text.index("the Courier"))
    >>> text[s:e]
    'two officials'
    """
    lo = max(0, start - 160)
    if text.find("Citing", lo, start) < 0 and text.find("Quoting", lo, start) < 0:
        return None  # every match holds one of the two words: no pattern scan of the 160 characters
    m = _CITED_BEFORE.search(text, lo, start)
    return m.span("np") if m else None


def told_name(text: str, cue_end: int, content_start: int) -> tuple[int, int] | None:
    """The name a cue that tells someone addresses, when a phrase stands between it and the content
    ('told The Tarnwick Courier in a phone interview that C', 'told Tarnwire on Friday that C'), as
    offsets; None unless a capitalised name opens the words between.

    >>> text = "told The Tarnwick Courier after the ruling that the deal was dead"
    >>> s, e = told_name(text, 4, text.index("the deal"))
    >>> text[s:e]
    'The Tarnwick Courier'
    """
    m = _TOLD_NAME.match(text, cue_end, content_start)
    return m.span(1) if m else None


def wire(paragraph: str, lex: Lexicon | None = None) -> str | None:
    """The wire credited in a paragraph's dateline: 'QUILLPORT, March 3 (Tarnwire) - ...' ->
    'Tarnwire'; in a house style that writes the place in lower case or gives only the date
    ('Harbourton (ANTARA) - ...', 'Dec 1 (Reuters) - ...'), a wire outlets.json lists.

    >>> wire("Harbourton, May 2 (Reuters) - The mayor said ..."), wire("Sen. Ana Costa (D-Kessing) - said ...")
    ('Reuters', None)
    """
    m = _WIRE.match(paragraph)
    if m:
        return m.group("wire").strip()
    m = _HOUSE_WIRE.match(paragraph)
    if m is None:
        return None
    index, key = (lex or lexicon()).outlet_index, fold(m.group("wire").strip())
    return m.group("wire").strip() if key in index or "the " + key in index else None


# a capitalised name of up to four words, perhaps after 'The' (an outlet the list may not know)
_DESCRIBED_NAME = r"(?P<name>(?:The[ \t]+)?[A-Z](?:[\w&’'-]|\.(?=\w))*(?:[ \t]+[A-Z](?:[\w&’'-]|\.(?=\w))*){0,3})"
# the name an apposition after it describes ends at the apposition's comma: the leftmost start that reaches it
_NAME_BEFORE = re.compile(r"(?<![\w’'-])" + _DESCRIBED_NAME + r"\Z")
_NAME_REACH = 200  # a name of at most four words with 'The' never runs longer than this many characters back
_WORD_BEFORE = frozenset("_'’-")
# words between an article and the medium noun after a name are adjectives, never a preposition's phrase
# ('Vellwick, a local paper,' not 'Ana Lind, a reporter at the paper,')
_NOT_ADJECTIVES = frozenset({"at", "of", "for", "with", "in", "on", "from", "to", "by", "and", "or", "who", "whose"})


def described_outlets(text: str, lex: Lexicon | None = None) -> list[tuple[int, str, str]]:
    """Names the text says are outlets by a medium noun in lower case set next to them, before
    ('the regional newspaper The Beacon', 'news site Korvalis') or after as an apposition ('Vellwick,
    a local paper,'): each with its offset and the kind the noun says (outlets.json's 'described_by'),
    in text order. The noun must be the head: 'the paper's editor Ana Lind' and 'the newspaper editor
    Ana Lind' describe a person; 'Daily' capitalised opens a name.

    >>> described_outlets("It was first reported by the regional newspaper The Beacon, which ...")
    [(48, 'The Beacon', 'newspaper')]
    >>> described_outlets("The list went to Vellwick, a local paper, on Monday.")
    [(17, 'Vellwick', 'newspaper')]
    >>> described_outlets("The newspaper's editor Ana Lind said it.")
    []
    """
    lex = lex or lexicon()
    kinds = _described_by()
    found = []
    for m in _after_word_start(_described_before(), text):
        found.append((m.start("name"), m.group("name"), kinds.get(" ".join(m.group("noun").split()), "newspaper")))
    for m in _described_after().finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - _NAME_REACH), m.start())
        if name and not _NOT_ADJECTIVES.intersection(m.group("between").split()):
            found.append((name.start("name"), name.group("name"), kinds.get(" ".join(m.group("noun").split()), "newspaper")))
    return sorted((at, name, kind) for at, name, kind in ((at, _possessive_off(name), kind) for at, name, kind in found)
                  if _may_be_outlet(name, lex))


def _possessive_off(name: str) -> str:
    """The name without a possessive ending ("Stentor's editor": Stentor)."""
    return re.sub(r"['’]s?$", "", name)


def _may_be_outlet(name: str, lex: Lexicon) -> bool:
    """Whether a name described as a medium may be one: no weekday or month ('the paper Monday'), no
    country or its people, and no person's given name first ('the daily Ana Lind wrote for')."""
    words = [fold(w) for w in name.split()]
    words = words[1:] if words[:1] == ["the"] and len(words) > 1 else words
    return bool(words) and not CALENDAR_WORDS.intersection(words) and " ".join(words) not in lex.country_index \
        and not (len(words) > 1 and words[0] in lex.given_names)


def medium_kinds(noun: str) -> tuple[str, ...] | None:
    """The kind of outlet a medium noun says (outlets.json's 'described_by'), or None for other words.

    >>> medium_kinds("news agency"), medium_kinds("tv station"), medium_kinds("minister")
    (('agency',), ('broadcaster',), None)
    """
    kind = _described_by().get(noun)
    return (kind,) if kind else None


@cache
def _described_by() -> dict[str, str]:
    """outlets.json's 'described_by': medium noun -> the kind of outlet it says."""
    return dict(load_data("outlets.json").get("described_by") or {})


@cache
def _described_before() -> re.Pattern[str]:
    """A medium noun in lower case, then the name it describes ('the local daily Stentor')."""
    nouns = phrase_alternation(_described_by())
    return re.compile(r"(?P<noun>" + nouns + r")[ \t]+" + _DESCRIBED_NAME + r"(?![\w’'-])")


def _after_word_start(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern's matches in text, left to right and not overlapping, that open a word (no letter, digit,
    apostrophe or hyphen before them): what a look-behind at the pattern's start would give, without the
    look-behind that keeps the regex engine from skipping ahead to the pattern's first letters."""
    at = 0
    while (m := pattern.search(text, at)) is not None:
        if m.start() and (text[m.start() - 1] in _WORD_BEFORE or text[m.start() - 1].isalnum()):
            at = m.start() + 1
            continue
        yield m
        at = m.end()


@cache
def _described_after() -> re.Pattern[str]:
    """A name, then an apposition that says it is a medium ('Vellwick, a local paper,')."""
    nouns = phrase_alternation([*_described_by(), "paper"])
    return re.compile(r",[ \t]+(?:an?|the)[ \t]+(?P<between>(?:[a-z][\w-]*[ \t]+){0,3}?)"
                      r"(?P<noun>" + nouns + r")(?=[ \t]*[,.;:)]|[ \t]+(?:based|in|that|which|owned|published|run)\b)")
