"""Who a speaker mention refers to: name, role, affiliation, anonymity, kind; outlets; coreference.

"Chilean Finance Minister Marta Ibarra" -> name "Marta Ibarra", role "Chilean Finance Minister",
affiliation from the demonym. "A senior Chilean official" -> anonymous, described as
"senior Chilean official". "he", "the source", "the ministry", "the statement" and surnames
resolve to a speaker met before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import TypeVar

from provenance.datafiles import load_data
from provenance.extract.carried import legal_forms, undotted_legal_forms
from provenance.extract.dates import CALENDAR_WORDS, MONTH_NAMES, WEEKDAYS
from provenance.extract.grammar import (  # data/grammar.json
    _ADJECTIVE_ENDINGS,
    _BE_FORMS,
    _DETERMINERS,
    _EMPHATIC_REFLEXIVES,
    _EMPLOYMENT_PARTICIPLES,
    _LY_NOUNS,
    _NAMING_REFLEXIVES,
    _OTHER_HOLDER_MODIFIERS,
    _PORTFOLIO_JOINS,
    _RECORD_LINKS,
    _SHARE_WORDS,
    _SUBJECT_ADVERBS,
)
from provenance.extract.lexicon import Lexicon, fold, lexicon
from provenance.extract.plausible import _person_endings, implausible

# an initial keeps its full stop ('John F. Kerry'); other words drop a final one
# initials keep their full stops ("H.R. McMaster", "U.S. officials")
# a plural's apostrophe stays before the next word of a name ("Dock Workers' Union"), and after a
# capitalised name before any word ("Kestrel Airlines' chief executive"); a figure keeps the commas of its
# thousands ('Some 1,200 residents')
_WORD = re.compile(r"(?<!\d)\d{1,3}(?:,\d\d\d)++(?!\d)|(?:[A-Z]\.){2,}(?!\w)|[A-Z]\.(?!\w)|[A-Z][\w’'\-.&]*s['’](?=\s+\w)"
                   r"|[\w][\w’'\-.&]*[\w](?:(?<=s)['’](?=\s+[A-Z]))?|[\w]",
                   re.UNICODE)
# two capitalised words an ampersand joins in a firm's name: 'Orvik & Co', 'Brell & Partners'
_AMPERSAND = re.compile(r"\b([A-Z][\w'\u2019.-]*) & ([A-Z][\w'\u2019.-]*)")
# a party or a seat in brackets after a name: '(D-N.Y.)', '(SPD)', '(Northfield East)'
_BRACKETED = r"[A-Z][\w.'\u2019&-]*(?:(?:[ \t]+|[ \t]*/[ \t]*)(?:[A-Z][\w.'\u2019&-]*|of|and|the))*"
_PARTY_LABEL = re.compile(r"\s*\(([RDI]|[RDI]-[A-Z][A-Za-z.]{0,8}|[A-Z][a-z]{1,4}\.|" + _BRACKETED + r")\)")
_PARTY_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|\()([RDI]-(?:[A-Z][A-Za-z.]{0,8}|\d+(?:st|nd|rd|th)[ \t]+Dist\.?))(?![\w-])"
                          r"|[ \t]*\((" + _BRACKETED + r")\)")
# a party and a seat in brackets after a name: '(TPP, Oswick North)', '(Labour, Hallam West)'
_PARTY_SEAT = re.compile(r"\s*\(([A-Z][\w.'\u2019&-]*(?:[ \t]+[A-Z][\w.'\u2019&-]*){0,3}),[ \t]*" + _BRACKETED + r"\)")
# an age in brackets after a name, as tabloids write it: 'Local farmer Ana Costa (58)'
_BRACKETED_AGE = re.compile(r"\s*\(\d{1,3}\)(?=\s*(?:,|$))")
# a headline in capitals run on into the sentence after it ('PORT TO CLOSE BY MAY — The harbour board said'):
# three words in capitals or more, a dash or a break, then a word written in small letters after its capital
# (never the initials before a name: 'KMP MLA S Varadan')
_CAPITALS_LEAD = re.compile(r"(?:[A-Z][A-Z\d'\u2019.&-]*[,:]?[ \t]+){2,}[A-Z][A-Z\d'\u2019.&-]*"
                            r"(?:[ \t]*[\u2014\u2013][ \t]*|[ \t]*--?[ \t]+|\u00a0|[ \t]*\n\s*)(?=[A-Z][a-z])")
# a nickname in single quotes between a given name and a surname: "Tom 'Big' Reyes"
_NICKNAME = re.compile(r"\b([A-Z][a-z]+)[ \t]+['\u2018][A-Z][\w-]*['\u2019](?=[ \t]+[A-Z])")
# a designation in brackets that ends a mention: 'A lawyer for the firm, Ana Costa (KC)'
_BRACKETED_POSTNOMINAL = re.compile(r"\s*\(([A-Za-z]{2,4})\)\s*$")
# 'Mother of four Rose Lind', 'father of two Tom Vane': a kinship descriptor and its count before a name (titles.json's
# family_descriptors and descriptor_counts), read as the hyphened title it is written as too ('mum-of-three Ana Costa')
_FAMILY_OF = re.compile(r"^((?i:" + "|".join(load_data("titles.json")["family_descriptors"]) + r"))[ \t]+of[ \t]+((?i:"
                        + "|".join(load_data("titles.json")["descriptor_counts"]) + r"))[ \t]+(?=[A-Z])")
# the body after a name in an appositive: 'Another pollster, Dana Reyes | of Carrow University'
_NAME_OF_BODY = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z].*$")
# an account's handle that ends a mention ('Instagram user @JolbyFloods')
_HANDLE = re.compile(r"(?<![\w@])@(\w{2,30})\s*$")
_COMMA_BETWEEN = re.compile(r"(\w+), (?=(\w+))")
_QUOTE_MARKS = "\u201c\u201d\u2018\"\u00ab\u00bb"
# an apostrophe that opens a capitalised word ("'Matsepo", a Sesotho given name) and closes no quotation before it
_OPENING_APOSTROPHE = re.compile(r"(?<![\w'\u2019])['\u2019](?=[A-Z][a-z])")
# the lower-case words a person's name keeps in many naming cultures ('Salma bint Idris Al Rashdi', 'Anke ter Beek')
_NAME_PARTICLES = frozenset(fold(w) for w in load_data("titles.json")["person_name_particles"])
_HONORIFIC_COMPOUNDS = frozenset(fold(w) for w in load_data("titles.json")["honorific_compounds"])  # 'Tan Sri'
_NAME_HONORIFICS = frozenset(fold(w) for w in load_data("titles.json")["name_honorifics"])  # 'Nurul Haji Talib'
_DESCENT_LINKS = frozenset(fold(w) for w in load_data("titles.json")["descent_links"])  # 'Rahim bin Osman'
_GIVEN_HONORIFICS = frozenset(fold(w) for w in load_data("titles.json")["given_name_honorifics"])  # 'Awang Tengah'
_PREPOSITIONS = frozenset("of within in at from with familiar close for on to inside among near who by about "
                          "briefed knowledgeable involved".split())
_ARTICLES = frozenset(["a", "an", "the"])
_NAME_OPENERS = frozenset(["and", "but", "yet", "so", "still"])  # conjunctions that open a sentence before a name
_NAME_JOINS = frozenset(["and", "&"])  # inside a body's name: 'Fire and Rescue Tasmania'
_DEFINITE = frozenset(["the", "this", "that", "these", "those"])
_LINKS = frozenset(["for", "of", "at", "with", "in"])  # between a post and its body: 'a spokeswoman for the council'
_INDEFINITE = frozenset(["a", "an", "another", "one"])
_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + ")"
_WEEKDAY = "(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + ")"
_PART_OF_DAY = r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
# a date the mention's words hold around a name, no part of it: a day's possessive before a record
# ("Tuesday's poll", "Monday night's results"), a month before a common noun or a record ('the June
# survey', 'a March forum'), a day or a relative date after the words ('Ana Costa Wednesday', 'the party
# today', 'a poll released Sunday', 'last October')
_DATE_BEFORE = re.compile(r"^((?:the|a|an|The|A|An)[ \t]+)?(?:(?:" + _WEEKDAY + "|" + _MONTH + ")" + _PART_OF_DAY
                          + r"['\u2019]s|(?:" + _WEEKDAY + "|" + _MONTH + r")(?=[ \t]+[a-z]))[ \t]+(?=\w)")
_MONTH_BEFORE_NAME = re.compile(r"^((?:the|a|an|The|A|An)[ \t]+)?" + _MONTH + r"[ \t]+(?=[A-Z])")
_DATE_AFTER = re.compile(r"(?:[ \t]+(?:released|published|issued|out|on))?[ \t]+(?:(?:" + _WEEKDAY + _PART_OF_DAY
                         + r"|today|yesterday|tonight|tomorrow)|(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)[ \t]+(?:"
                         + _MONTH + "|" + _WEEKDAY + "))$")
_RELATIVE_DATES = frozenset(["last", "next", "this", "early", "late", "today", "yesterday", "tonight"])
_ANONYMOUS_MARKERS = frozenset(["unnamed", "anonymous", "unidentified", "senior"]) | _INDEFINITE
PRONOUNS_PLURAL = frozenset(["they", "we"])
# a personal pronoun's object form, a mention alone ('according to him'): the pronoun it is ('her' may be a
# possessive, 'her vow': read so only after 'according to', by the document)
_OBJECT_FORMS = {"him": "he", "them": "they"}
# an age that describes a person: 'the 38-year-old', 'a 61-year-old nurse'
_AGE = re.compile(r"\d{1,3}-years?-old")
# words before a post that several hold at once: 'a vice president', 'an assistant director'
_SHARED_POSTS = frozenset(["vice", "assistant", "associate"])


@dataclass(eq=False)
class Speaker:
    name: str
    kind: str                   # person | institution | group | media
    anonymous: bool
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    outlet: dict | None = None  # for a medium speaking: the outlet record
    head: str | None = None     # head noun of a description ("source", "ministry")
    words: frozenset[str] = frozenset()
    plural: bool = False
    gender: str | None = None   # "f" / "m" when a given name or a role word says so
    last_outlet: str | None = None
    last_sentence: int = -1
    last_stated: str | None = None
    with_article: bool = False  # a name the text writes after 'the' ('the Coast Guard'): a public body, no company
    particular: str = ""        # a description of one post's holder, met as 'the' ("the council's spokeswoman") or 'a' one
    by_its: bool = False        # a one-word name the text showed a body by its own 'its' ('Valtrex said its exports ...')


@dataclass
class Mention:
    text: str
    pronoun: str | None = None
    definite: bool = False      # "the source", "the ministry": may point back
    speaker: Speaker | None = None




@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """A mention without quotation marks and runs of spaces: '“Tarn Wire”,' -> 'Tarn Wire'. Kept for the
    mentions met last (a speaker's words are cleaned each time the text names them)."""
    for mark in _QUOTE_MARKS:  # each mark a space (str.replace: no look-up per character)
        if mark in text:
            text = text.replace(mark, " ")
    if "'" in text or "\u2019" in text:
        text = _OPENING_APOSTROPHE.sub("", text)  # ("'Matsepo Khanyane": a name's own apostrophe, no quotation)
    return " ".join(text.split()).strip(" ,;:")


def clear_caches() -> None:
    """Forget the mentions and names met so far (the word lists stay loaded): a benchmark's cold start."""
    fold.cache_clear()
    clean.cache_clear()
    _find_outlet.cache_clear()
    _analyse_cached.cache_clear()


def find_outlet(name: str, lex: Lexicon | None = None, fuzzy: bool = True) -> dict | None:
    """The outlets.json record for a name or alias ("The Post", "Daily Sabah"), matched loosely."""
    return _find_outlet(name, fuzzy) if lex is None or lex is lexicon() else _find_outlet_in(name, lex, fuzzy)


@lru_cache(maxsize=8192)
def _find_outlet(name: str, fuzzy: bool) -> dict | None:
    return _find_outlet_in(name, lexicon(), fuzzy)


def _find_outlet_in(name: str, lex: Lexicon, fuzzy: bool) -> dict | None:
    key = fold(clean(name))
    if key.startswith("the "):
        key = key[4:]
    if not key:
        return None
    hit = lex.outlet_index.get(key) or lex.outlet_index.get("the " + key)
    bare = None if hit else _without_web_ending(key, lex)
    if bare:
        # 'MaltaToday.com.mt', 'Kuensel Online': the listed outlet by its web address or its site's name
        hit = lex.outlet_index.get(bare) or lex.outlet_index.get("the " + bare)
    if hit or not fuzzy or len(key) < 4:
        return hit
    if key.endswith("s") and (key[:-1] in lex.outlet_index or "the " + key[:-1] in lex.outlet_index):
        return None  # 'Economists said': the plural of a common noun, never The Economist
    # names this close (ratio >= 92) share the opening letters of some word: compare only with
    # the outlets that do, not with all of them (most capitalised mentions are people)
    candidates = {k for w in key.split() for k in lex.outlet_prefixes.get(w[:3], ())}
    if not candidates:
        return None
    fuzz, process = _rapidfuzz()
    # in a fixed order: on a tie extractOne keeps the first, which a set's order would leave to the
    # string hash of the run
    best = process.extractOne(key, sorted(candidates), scorer=fuzz.ratio, score_cutoff=92)
    return lex.outlet_index[best[0]] if best else None


def _without_web_ending(key: str, lex: Lexicon) -> str | None:
    """A folded outlet name without the ending of its web address ('newsbook.com.mt') or the word that ends
    an outlet's site adds to its name (titles.json's web_name_words: 'kuensel online'), else None."""
    domain = WEB_ADDRESS.fullmatch(key) if "." in key else None
    if domain is not None:
        return domain.group(1)
    words = key.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in lex.web_name_words else None


@lru_cache(maxsize=1)
def _rapidfuzz() -> tuple[ModuleType, ModuleType]:
    """rapidfuzz's scorers and process module, imported on the first fuzzy look-up (an import
    statement in the look-up itself costs a call into the import machinery at each of them)."""
    from rapidfuzz import fuzz, process

    return fuzz, process


def country_of(words: list[str], lex: Lexicon) -> str | None:
    """The first country or organisation named by a demonym, name, capital or alias among words."""
    folded = [fold(w).strip(".,") for w in words]
    starts = lex.country_starts
    for i in range(len(folded)):
        # a name of several words is looked up only from a word that opens one
        longest = min(lex.max_country_words, len(folded) - i) if folded[i].split(" ", 1)[0] in starts else 1
        for n in range(longest, 0, -1):
            key = " ".join(folded[i:i + n])
            base = key[:-2] if key.endswith("'s") else key
            hit = lex.country_index.get(base) or lex.organisation_index.get(base)
            # a short word in lower case is no acronym: 'who' is no WHO, 'us' no US
            if hit and not (n == 1 and words[i].islower() and len(words[i]) <= 3):
                return hit
    return None


def analyse(text: str, lex: Lexicon | None = None) -> Mention:
    """Read one speaker mention as the text gives it (a fresh Mention: the registry may change it)."""
    if lex is not None and lex is not lexicon():
        return _analyse(text, lex)
    cached = _analyse_cached(text)
    # a shallow copy by __dict__: dataclasses.replace re-runs __init__ and costs several times more
    mention = object.__new__(Mention)
    mention.__dict__.update(cached.__dict__)
    sp = cached.speaker
    if sp is not None:
        mention.speaker = object.__new__(Speaker)
        mention.speaker.__dict__.update(sp.__dict__)
        mention.speaker.aliases = list(sp.aliases)
    return mention


def reading_of(text: str, lex: Lexicon | None = None) -> Mention:
    """What analyse(text, lex) gives, without the copy: the cached reading itself, to be read and
    never changed (analyse's copy is for a registry that changes what it holds)."""
    if lex is not None and lex is not lexicon():
        return _analyse(text, lex)
    return _analyse_cached(text)


@lru_cache(maxsize=8192)
def _analyse_cached(text: str) -> Mention:
    return _analyse(text, lexicon())


# what UTF-8 read as Latin-1 or cp1252 leaves ('TrÃ©vidic', 'â€œ'): a cheap gate before ftfy decides
_MOJIBAKE = re.compile("[\u00c2-\u00c5][\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u2122]|\u00e2\u20ac")


def repaired(text: str) -> str:
    """A mention composed (NFC: 'e' and a combining accent are one letter) and with mojibake undone
    by ftfy ('Marc TrÃ©vidic' -> 'Marc Trévidic'), so that a name whose accents came through
    decomposed or garbled is still read as a name; plain text comes back unchanged."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)
    if not _MOJIBAKE.search(text):
        return text
    import ftfy  # only for the rare mention that needs it (its import costs more than most articles)
    return ftfy.fix_encoding(text)


def _analyse(text: str, lex: Lexicon) -> Mention:
    if "'" in text or "\u2018" in text:
        text = _NICKNAME.sub(r"\1", text)  # "Tom 'Big' Reyes": a nickname in single quotes, no part of his name
    if "(" in text:  # (most mentions hold no bracket: not scanned)
        text = _BRACKETED_AGE.sub("", text)  # 'Ana Costa (58)': her age, no part of her name
    lead = _CAPITALS_LEAD.match(text) if text[:2].isupper() else None
    text = _unissued(_subject_of_clause(_undated(text[lead.end():] if lead else text, lex), lex), lex)
    text = _name_before_clause(text, lex)
    text, post = _postnominal(text, lex)
    bracketed = _BRACKETED_POSTNOMINAL.search(text)
    if bracketed and bracketed.group(1) in lex.postnominals:
        text, post = text[:bracketed.start()], post or bracketed.group(1)  # 'Ana Costa (KC)': her designation
    seat = _PARTY_SEAT.search(text)
    if seat:
        text = text[:seat.start()] + text[seat.end():]  # 'Ana Costa (TPP, Oswick North)': no part of her name
    family = _FAMILY_OF.match(text)
    hyphened = f"{family.group(1)}-of-{family.group(2)} {text[family.end():]}" if family is not None else text
    mention = _people_by_clause(text, _analyse_words(repaired(hyphened), lex))
    if family is not None and mention.speaker is not None:
        _unhyphen(mention.speaker, family.group(0).strip())  # (as the text writes it: 'Mother of four')
    if mention.speaker is not None and ", " in text:
        _keep_commas(mention.speaker, text)
    if mention.speaker is not None and " & " in text:
        _keep_ampersands(mention.speaker, text)
    if mention.speaker is not None and "." in text:
        _keep_stops(mention.speaker, text, lex)
    label = _PARTY_LABEL.search(mention.text)
    sp = mention.speaker
    if sp is not None and sp.kind == "person" and not sp.anonymous:
        if post:
            sp.role = sp.role or post  # 'Ana Costa TD': her title, no part of her name
        party = label or seat
        if party is not None:
            sp.affiliation = party.group(1)  # 'Ana Costa (D-N.Y.)': her party and state
    return mention


def _undated(text: str, lex: Lexicon | None = None) -> str:
    """A mention without the date its words hold around the name: a day is never a speaker, and a
    day's possessive before a record is the record's date, not who issued it ('the' record).

    >>> _undated("Thursday's Harlow poll"), _undated("The June survey"), _undated("Ana Costa Wednesday")
    ('the Harlow poll', 'The survey', 'Ana Costa')
    >>> _undated("a poll released Sunday"), _undated("the party today"), _undated("April Lind")
    ('a poll', 'the party', 'April Lind')
    """
    if " " not in text.strip():
        return text
    head, comma, rest = text.partition(", ")
    text = _date_cut(head) + comma + rest  # ('a poll released Sunday, 8 percent of voters')
    month = _MONTH_BEFORE_NAME.match(text)
    if month is not None and fold(text.split()[-1]) in (lex or lexicon()).evidence_nouns:
        return (month.group(1) or "") + text[month.end():]  # 'a September Harlow poll': the poll's date
    dated = _DATE_BEFORE.match(text)
    if dated is None or len(text.split()) < 2:
        return text
    return (dated.group(1) or ("the " if dated.group().rstrip().endswith("s") else "")) + text[dated.end():]


def _subject_of_clause(text: str, lex: Lexicon) -> str:
    """The words before a past tense and its object, when a mention runs on into a clause: who did it
    ('His office put out a statement', 'the union sent a letter to the board': its subject).

    >>> _subject_of_clause("the union sent out a letter", lexicon()), _subject_of_clause("Ana Lind", lexicon())
    ('the union', 'Ana Lind')
    """
    head, comma, rest = text.partition(", ")  # (never in a description after a comma: '..., who ran the office')
    words = head.split()
    if len(words) < 4:
        return text
    low = [fold(w) for w in words]
    cut = next((k for k in range(1, len(low) - 1) if low[k] in lex.past_tenses and words[k][:1].islower()
                and _past_with_object(words, low, k, lex.past_tenses)), None)
    if cut is None or any(w in lex.relatives for w in low[:cut]):
        return text
    return " ".join(words[:cut]) + comma + rest


_CLAUSE_DASHES = frozenset(["--", "\u2014", "\u2013"])


def _name_before_clause(text: str, lex: Lexicon) -> str:
    """A courtesy title and a name of up to three words, then an emphatic reflexive, an adverb, a dash or a
    relative pronoun and what follows: the name ('Mr. Hesk himself', 'Ms. Hesk reflexively', 'Mr. Hesk only',
    'Mrs. Hesk -- whose husband'); a name alone before a singular emphatic reflexive too ('Hesk herself',
    'Rivers himself'). A
    possessive and its noun ("Mr. Hesk's aides"), a list ('Mr. Hesk and his team') or a verb ('Mr. Hesk
    roused the crowd': a clause, which plausible.clause_shape gates) stay.

    >>> _name_before_clause("Mr. Hesk only", lexicon()), _name_before_clause("Hesk herself", lexicon())
    ('Mr. Hesk', 'Hesk')
    >>> _name_before_clause("Mr. Hesk and his team", lexicon()), _name_before_clause("Mr. Hesk roused them", lexicon())
    ('Mr. Hesk and his team', 'Mr. Hesk roused them')
    """
    words = text.split()
    titled = bool(words) and fold(words[0]).rstrip(".") in lex.courtesy_titles
    k = 1 if titled else 0
    while k < min(len(words), 4) and _NAME_WORD.fullmatch(words[k]):
        k += 1
    after = fold(words[k]) if int(titled) < k < len(words) else ""
    if not titled and (k + 1 != len(words) or after not in _EMPHATIC_REFLEXIVES or after.endswith("selves")
                       or any(_person_or_body_noun(fold(w), lex) and not _plural(fold(w), lex) or fold(w) in lex.group_heads
                              for w in words[:k])):
        return text  # (a singular reflexive: 'Sanders himself', not 'Migrants themselves')
    if after in _EMPHATIC_REFLEXIVES or after in _SUBJECT_ADVERBS or after in ("only", "too") or after in lex.relatives \
            or after.endswith("ly") and after.isalpha() and after not in _LY_NOUNS or words[k:k + 1] and words[k] in _CLAUSE_DASHES:
        return " ".join(words[:k])
    return text


# words after a participle of issuing or seeing that tell where, when or to whom, no part of the record's name
_AFTER_ISSUED = frozenset("on in to with at for from under last this earlier late early online".split())


def _unissued(text: str, lex: Lexicon) -> str:
    """A description without the participle it runs on into, of issuing (cues.json's 'issued_verbs') or of
    seeing ('seen_by_verbs'), and the words after it: the record is named before it ('the ministry's decision
    published on its website', 'the contract filed', 'emails obtained by the Courier'). A record issued by
    someone keeps its issuer ('a poll released by the Harlow Institute'), a participle before its noun stays
    ('its own published guidelines').

    >>> _unissued("the ministry's decision published on its website", lexicon()), _unissued("the contract filed", lexicon())
    ("the ministry's decision", 'the contract')
    >>> _unissued("emails obtained by the Courier", lexicon()), _unissued("a poll released by the Harlow Institute", lexicon())
    ('emails', 'a poll released by the Harlow Institute')
    """
    head, comma, rest = text.partition(", ")
    words = head.split()
    low = [fold(w) for w in words]
    for k in range(1, len(words)):
        seen = low[k] in lex.seen_by_verbs
        after = low[k + 1] if k + 1 < len(low) else None
        if (seen or low[k] in lex.issued_verbs) and words[k - 1].islower() and not low[k - 1].endswith("ly") \
                and low[k - 1] not in _BE_FORMS \
                and (after is None or after in _AFTER_ISSUED or seen and after == "by" or _calendar_word(after)):
            return " ".join(words[:k]) + comma + rest
    return text


def _calendar_word(word: str) -> bool:
    """A month's or a weekday's name, or its possessive ("Friday's")."""
    low = fold(word)
    return (low[:-2] if low.endswith(("'s", "\u2019s")) else low) in CALENDAR_WORDS


def _date_cut(text: str) -> str:
    """A mention without a date after its words ('Ana Costa Wednesday', 'a poll released Sunday')."""
    cut = _DATE_AFTER.search(text)
    return text[:cut.start()] if cut is not None and cut.start() > 0 else text


def _keep_commas(sp: Speaker, text: str) -> None:
    """Give back to a speaker's name and role the commas the text has between two of its words
    ('spokesperson for the Department of Roads, Bridges and Harbours'): the words were read without."""
    for m in _COMMA_BETWEEN.finditer(text):
        plain, written = f"{m.group(1)} {m.group(2)}", f"{m.group(1)}, {m.group(2)}"
        if plain in sp.name:
            sp.name = sp.name.replace(plain, written)
        if sp.role and plain in sp.role:
            sp.role = sp.role.replace(plain, written)


def _keep_ampersands(sp: Speaker, text: str) -> None:
    """'Orvik & Co', 'Brell & Partners': a name the mention joins by an ampersand keeps it (the words
    read the names without it), and a name so joined is a firm's, not a person's ('Orvik Co')."""
    name = sp.name
    for m in _AMPERSAND.finditer(text):
        first, second = m.group(1).rstrip("."), m.group(2).rstrip(".")  # ('Orvik & Co.': the stop is kept after)
        if f"{first} {second}" in name:
            name = name.replace(f"{first} {second}", f"{first} & {second}", 1)
    if name != sp.name:
        sp.name = name
        if sp.kind == "person" and not sp.anonymous:
            sp.kind, sp.gender = "institution", None


def _keep_stops(sp: Speaker, text: str, lex: Lexicon) -> None:
    """Give back to a speaker's name the full stops of the abbreviations the text writes in it
    (titles.json's abbreviations: 'St. Brigid Hospital', 'Mt. Jolby Council', 'Ana Costa Jr.'): the
    words were read without them, as initials ('H.R.') never are."""
    words = sp.name.split()
    kept = [w + "." if w in lex.abbreviations and _written_with_stop(w, text) else w for w in words]
    if kept != words:
        sp.name = " ".join(kept)


def _written_with_stop(word: str, text: str) -> bool:
    """Does `text` write `word` with a full stop after it ('Rep.', 'St.'), which a mention's words drop?"""
    return re.search(r"(?<![\w.])" + re.escape(word) + r"\.", text) is not None


def _postnominal(text: str, lex: Lexicon) -> tuple[str, str | None]:
    """A mention without the title written in capitals after a name ('Ana Costa TD', 'Tom Reyes MP,
    a former minister'), and that title; the mention unchanged and None when it ends in none.

    >>> _postnominal("Ana Costa TD", lexicon())
    ('Ana Costa', 'TD')
    >>> _postnominal("the TD", lexicon())
    ('the TD', None)
    """
    head, comma, rest = text.partition(",")
    words = head.split()
    if len(words) < 2 or words[-1].strip(_QUOTE_MARKS) not in lex.postnominals \
            or not all(_namelike(w) and fold(w) not in _DEFINITE | _ARTICLES for w in words[:-1]) \
            or _party_words(words[:-1], lex) or not _looks_like_name(" ".join(words[-3:-1]), lex):
        return text, None  # ('the Green MLA', 'Labour MP': a party's member, unnamed)
    return " ".join(words[:-1]) + comma + rest, words[-1].strip(_QUOTE_MARKS)


def not_a_source(sp: Speaker, lex: Lexicon | None = None) -> bool:
    """Is this 'speaker' no source at all: a document or a thing ('a new report', 'the box'), a
    figure ('74 percent of voters'), an adjective ('new'), a word that names nobody ('Once'), a
    function word ('and', 'in Asia') or a clause read as a name ("his aides haven't", 'Warren said Bank')?

    >>> not_a_source(Speaker("new report", "media", True, head="report"))
    True
    >>> not_a_source(Speaker("two officials", "group", True, head="officials"))
    False
    """
    lex = lex or lexicon()
    if sp.anonymous and sp.head in ("them", "us") and _ONE_OF_THEM.match(sp.name):
        return False  # 'seven of them': some of a group the text counted, whatever the count's word
    words = sp.name.split()
    low = [fold(w).strip(".,") for w in words]
    if not words or any(w in lex.quantities for w in low) or all(_NUMBER.fullmatch(w) for w in low):
        return True
    if any(w.endswith("n't") or w.endswith("n’t") for w in low):
        return True
    if len(words) == 1 and words[0] in lex.not_names or low[-1] in CALENDAR_WORDS and all(
            w in CALENDAR_WORDS or w in _RELATIVE_DATES for w in low):
        return True  # ('Once'; 'Monday', 'Last October': a date)
    if "where" in low[1:-1] and words[low.index("where") + 1][:1].isupper():
        return True  # ('a forum where Ana Costa': a clause)
    if (low[0] in lex.openers and low[:2] not in (["at", "least"], ["at", "most"])) \
            or (len(low) == 1 and low[0] in lex.possessives) or any(w in lex.clause_words for w in words[1:]) \
            or _verb_with_object(words, low, lex.past_tenses):
        return True  # 'and', 'in Asia', 'Together', 'his', 'Warren said Bank': a function word or a clause
    if not sp.anonymous and len(words) >= 2 and words[-1] in lex.place_heads and words[0][:1].isupper() \
            and low[0] not in lex.given_names:
        return True  # 'Carrow Bridge', 'Mill Street': a place (not 'Tom Bridge')
    if sp.anonymous and sp.head in ("it", "you") and sp.name == sp.head:
        return True  # 'it' with nothing it could refer to, 'you' the reader (Registry.resolve)
    if not (sp.kind == "group" and sp.plural) \
            and implausible(sp.name, lex.not_sources, lex.outlet_words, lex.issuer_nouns, lex.record_nouns):
        return True  # 'the wider puzzle', 'which', 'runs the pumping station': no source's description (extract/plausible.py)
    head = sp.head if sp.head is not None else (low[-1] if sp.anonymous or sp.kind == "media" else None)
    if head is not None and (head in lex.not_sources or head in lex.adjectives):
        return True
    return sp.kind == "institution" and len(low) == 1 and low[0] in lex.not_sources


_OBJECT_OPENERS = frozenset("a an the his her their its our my this that these those to".split())
_WHO = frozenset(["who", "which", "whom"])  # ('the man who lost the race': a description, no clause)


def _verb_with_object(words: list[str], low: list[str], pasts: frozenset[str] = frozenset()) -> bool:
    """Is there a past tense with its object among the words, so that they are a clause ('released a
    statement', 'X tweaked his campaign', 'forces attempted to mobilize', 'voters elected Ana Lind', and
    with `pasts`, 'His office put out a statement')?

    >>> _verb_with_object("forces attempted to mobilize".split(), "forces attempted to mobilize".split())
    True
    >>> _verb_with_object("a fired staffer".split(), "a fired staffer".split())
    False
    >>> _verb_with_object("voters elected Ana Lind".split(), "voters elected ana lind".split())
    True
    >>> _verb_with_object("the union sent out a letter".split(), "the union sent out a letter".split(), frozenset(["sent"]))
    True
    """
    return any(words[k][:1].islower() and _past_with_object(words, low, k, pasts) for k in range(len(low) - 1))


def _past_with_object(words: list[str], low: list[str], k: int, pasts: frozenset[str]) -> bool:
    """Whether low[k] is a past tense before its object ('released a', 'sent out a', 'elected Ana' after a
    plural noun); one of `pasts` never after 'who' or a possessive, nor before 'to' ('envoys sent to')."""
    w = low[k]
    obj = low[k + 2] if low[k + 1] == "out" and k + 2 < len(low) else low[k + 1]
    if w.endswith("ed") and len(w) > 4:
        return obj in _OBJECT_OPENERS or k > 0 and words[k + 1][:1].isupper() and low[k - 1].endswith("s") \
            and words[k - 1][:1].islower() and not low[k - 1].endswith("ss")
    return w in pasts and k > 0 and obj in _OBJECT_OPENERS and obj != "to" and low[k - 1] not in _OBJECT_OPENERS | _WHO \
        and not low[k - 1].endswith(("'s", "\u2019s"))


_NUMBER = re.compile(r"[\d,.]+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?")


def party_after(text: str, end: int) -> str | None:
    """A lawmaker's party and state written after the name that ends at `end`: ', R-N.Y.,',
    ' (D-Calif.)', ', R-2nd Dist.,'."""
    m = _PARTY_AFTER.match(text, end)
    return (m.group(1) or m.group(2)) if m else None


def _unhyphen(sp: Speaker, written: str) -> None:
    """A kinship descriptor read hyphened ('Mother-of-four') as the text writes it ('Mother of four') again, in
    the role it is and in a name or alias that holds it ("father of two Tom Vane's lawyer")."""
    hyphened = written.replace(" ", "-")
    sp.name = sp.name.replace(hyphened, written)
    sp.aliases = [a.replace(hyphened, written) for a in sp.aliases]
    sp.role = sp.role.replace(hyphened, written) if sp.role else sp.role


def _analyse_words(text: str, lex: Lexicon) -> Mention:
    raw = clean(text)
    main, appositive = _portfolio_split(raw, *_main_words(raw, lex), lex)
    account = _by_handle(raw, main) or (None if appositive else _legal_company(raw, main, lex))  # ('Frostvik ehf.')
    if account is not None:
        return account
    named = _description_then_name(raw, main, appositive, lex) if appositive else None
    if named is not None:
        return named
    if appositive and _appositive_names(appositive, lex) and not _looks_like_name(main, lex):
        named = _named_in_appositive(raw, main, appositive, lex)
        if named is not None:
            return named
    described = _outlet_described(main, appositive, lex) if appositive else None
    if described is not None:
        # 'KVNR, a Calder radio station': the name before the description is the outlet's
        return Mention(raw, speaker=Speaker(described["name"], "media", False, outlet=described,
                                            affiliation=described.get("country"),
                                            words=frozenset(fold(w) for w in main.split())))
    company = _described_name(main, appositive, lex.company_heads - lex.person_trades) if appositive else None
    if company is not None:
        # 'Kestrel, a battery company based in Perth': the company, whose role the description is
        role = appositive.partition(" ")[2]
        return Mention(raw, speaker=Speaker(company, "institution", False, role=role,
                                            words=frozenset(fold(w) for w in company.split())))
    m = _PARTITIVE.match(main)
    if m and not appositive:
        # 'one of the people familiar with the matter': a member of a group met before speaks for it
        return _analyse(m.group(1), lex)
    owner = _document_owner(main, appositive, lex)
    if owner is not None:
        return _analyse(owner, lex)
    m = _ONE_OF_THEM.match(main)
    if m and not appositive:
        # 'One of them told the paper': one of a group the text spoke of, unnamed
        one = fold(m.group(1)) in ("one", "each", "another")
        return Mention(raw, speaker=Speaker(fold(main), "person" if one else "group", True, head=fold(m.group(2)),
                                            words=frozenset(fold(main).split()), plural=not one))
    words = _WORD.findall(main)
    if not words:
        return Mention(raw)
    low = [fold(w) for w in words]
    if len(words) > 1 and low[0] in _NAMING_REFLEXIVES and all(_namelike(w) for w in words[1:]):
        # 'a group calling itself Blackwren': the name it goes by
        return Mention(raw, speaker=Speaker(" ".join(words[1:]), "group", False, words=frozenset(low[1:])))
    pronoun = _pronoun_of(low, lex)
    if pronoun is not None:
        return Mention(raw, pronoun=pronoun)
    if len(words) > 2 and words[0] in lex.not_names and low[1] in _ARTICLES | _DEFINITE:
        # 'Later the agency said': a sentence's opening word before the article is no part of the mention
        words, low = words[1:], low[1:]
    definite = low[0] in _DEFINITE
    body, body_low = words, low
    while body and body_low[0] in _ARTICLES | _DEFINITE:
        body, body_low = body[1:], body_low[1:]
    while len(body) > 1 and (body_low[0].endswith("-based") or (body_low[0] in lex.not_sources and body[0].islower()
                                                               and body[1][:1].isupper()) or (
            (body[0] in lex.not_names or body_low[0] in _NAME_OPENERS) and body[1][:1].isupper())):
        # 'the Shanghai-based Hurun Report': where it is based is no part of the name; nor is a
        # sentence's opening word ('Later Ana Costa told ...', 'But Costa said')
        body, body_low = body[1:], body_low[1:]
        main = " ".join(body)
    if not body:
        return Mention(raw)
    medium_or_service = _medium_or_service(raw, main, body, body_low, definite, lex)
    if medium_or_service is not None:
        return medium_or_service
    speaks_for = _speaks_for_person(raw, low, body, body_low, lex)
    if speaks_for is not None:
        return speaks_for
    split = _title_of_split(body, body_low, lex)
    if split is not None:
        # 'Secretary of State John Kerry', 'Minister of Defence Ana Costa': a title with 'of', then the name
        return _name_after_title_of(raw, _MentionWords(words, low, body, body_low, appositive, definite), split, lex)
    return _described_body(_by_head_noun(raw, _MentionWords(words, low, body, body_low, appositive, definite), lex),
                           appositive, lex)


def _described_body(mention: Mention, appositive: str, lex: Lexicon) -> Mention:
    """'Kestrel Alliance, an environmental group': a named body keeps the description set off after its name, an
    article and a noun phrase, as its role (what kind of body it is: an interest group, a regulator, a charity);
    'Tidewatch, a conservation charity': a name so described by a body's noun is a body's, no person's."""
    sp = mention.speaker
    article, _, described = appositive.partition(" ")
    if sp is None or sp.anonymous or sp.kind not in ("institution", "person") or fold(article) not in _ARTICLES \
            or not described or not described[:1].islower():
        return mention
    if sp.kind == "institution" and not sp.role:
        sp.role = described
    elif sp.kind == "person" and sp.role == described and sp.gender is None and _body_noun(described, lex) \
            and fold(sp.name.split()[0]) not in lex.given_names:
        sp.kind = "institution"
    return mention


def _body_noun(description: str, lex: Lexicon) -> bool:
    """Is the head of a description (its last word before a preposition) a word for a body ('conservation
    charity', 'largest union in the port')?"""
    low = [fold(w) for w in _WORD.findall(description)]
    cut = next((k for k, w in enumerate(low) if k and w in _PREPOSITIONS), len(low))
    head = low[cut - 1] if cut else ""
    return head in lex.private_body_heads or head in lex.institution_heads or head in lex.firm_descriptors \
        or head in lex.company_heads and head not in lex.person_trades


def _name_after_title_of(raw: str, mw: _MentionWords, split: int, lex: Lexicon) -> Mention:
    """The person named after a title with 'of' or 'for' ending at word `split` of the mention's body, past the
    honorifics before the name ('Minister of Works Dato Seri Setia Ali Osman'), her party before the title."""
    body, body_low = mw.body, mw.body_low
    titled = title_end(body[split:], body_low[split:], lex) + 1
    split += titled if titled < len(body) - split else 0
    tail = body[split:]
    party = _party_words(body[:split], lex)  # 'Labour MP for Hallam West Ana Costa': her party
    sp = Speaker(" ".join(tail), "person", False, role=_role(body[party:split], raw, lex),
                 affiliation=" ".join(body[:party]) or country_of(mw.words + _WORD.findall(mw.appositive), lex),
                 words=frozenset(fold(w) for w in tail), gender=_gender(mw.low, fold(tail[0]), lex))
    return Mention(raw, definite=False, speaker=sp)


def _people_by_clause(text: str, mention: Mention) -> Mention:
    """'Several guides who worked for the company': 'who' points back to people only, so an unnamed plural
    description it follows is a group of people, whatever its noun (a table of heads may lack 'guides')."""
    sp = mention.speaker
    if sp is None or not sp.anonymous or sp.kind != "person" or sp.plural or not sp.head \
            or not _PLURAL_NOUN.fullmatch(sp.head) or not _PEOPLE_CLAUSE.search(text):
        return mention
    sp.kind, sp.plural = "group", True
    return mention


def _pronoun_of(low: list[str], lex: Lexicon) -> str | None:
    """The pronoun a mention of folded words LOW stands for: a subject pronoun, an object form ('According to him,
    C': he, whom the text named), or the owner of a medium it names by a possessive ('its website' as 'it')."""
    if len(low) == 1 and low[0] in ("he", "she", "they", "it", "we", "i", "you"):
        return low[0]
    if len(low) == 1 and low[0] in _OBJECT_FORMS:
        return _OBJECT_FORMS[low[0]]
    return _owner_of_medium(low, lex)


def _appositive_names(appositive: str, lex: Lexicon) -> bool:
    """Does the appositive after a description name the person described: a name, after an honorific or a
    title ('Ms Ana Costa'), with her party in brackets after it ('Ana Costa (KDP)'), after a description
    with an article ('the Ohio-based investor Ana Costa') or after her work in lower case ('bus driver Ana
    Costa', 'retired nurse Ana Costa')?

    >>> _appositive_names("Ms Ana Costa (KDP)", lexicon()), _appositive_names("bus driver Ana Costa", lexicon())
    (True, True)
    >>> _appositive_names("a town in the north", lexicon())
    False
    """
    bare = _PARTY_LABEL.sub("", _NAME_OF_BODY.sub("", appositive)).strip()
    return _names_a_person(bare, lex) or _ends_in_name(appositive, lex) or _work_then_name(bare, lex)


def _work_then_name(text: str, lex: Lexicon) -> bool:
    """One to three words in lower case ending in a word for a person's work or standing, then a name:
    'taxi driver Ana Costa', 'retired teacher Tom Reyes'."""
    words = text.split()
    k = next((k for k, w in enumerate(words) if not w.islower()), len(words))
    if not 1 <= k <= 3 or not all(w.isalpha() for w in words[:k]):
        return False
    head = fold(words[k - 1])
    return (head in lex.occupations or head in lex.title_words or head in lex.anonymous_heads
            or head in lex.person_trades or head in lex.company_heads) and head not in lex.group_heads \
        and _looks_like_name(" ".join(words[k:]), lex)


@lru_cache(maxsize=4)
def _legal_form_end(suffixes: frozenset[str]) -> re.Pattern[str]:
    """A company's name, capitalised words, then one or two legal forms (titles.json's company_suffixes) to the
    mention's end, a form's full stops optional and the letters between them spaced or not ('S.A.', 'S. A.'), a
    part of the form or the company's country perhaps in brackets before the last ('Korvane Trading (Pty) Ltd',
    'Korvane Textiles (Lesotho) Co., Ltd.')."""
    forms = "|".join(r"\.[ \t]?".join(re.escape(p) for p in f.rstrip(".").split(".")) + r"\.?"
                     for f in sorted(suffixes, key=len, reverse=True))
    word = r"[A-Z][\w'\u2019&-]*"
    return re.compile(rf"(?:[A-Za-z][a-z-]*[ \t]+(?=[a-z]))?(?:[a-z][\w-]*[ \t]+)*({word}(?:[ \t]+(?:{word}|de|del|la|y|&))*"
                      rf"(?:[ \t]+\((?:{forms}|{word}(?:[ \t]+{word}){{0,2}})\))?[ \t]+({forms})(?:,?[ \t]+(?:{forms}))?)$")  # ('Shanxi Longtai Co., Ltd.': a comma between two forms)


def _legal_company(raw: str, main: str, lex: Lexicon) -> Mention | None:
    """'Frostvik ehf.', 'Marlow Reciclaje Servicios Urbanos S. A.', 'tour operator Jolby Treks Oy': a mention ending
    in a company's legal form names the company (the words before its name describe it), never a person nor a
    description cut at the form's letters."""
    found = _legal_form_end(legal_forms(lex.company_suffixes)).match(main) if lex.company_suffixes else None
    before = [fold(w) for w in main[:found.start(1)].split()] if found is not None else []
    # (a company's description or an article before the name makes it the company's: 'engineering firm Marlow AG')
    firm = before in (["the"], ["this"]) or any(w in lex.company_heads or w in lex.firm_descriptors for w in before)
    if found is None or found.group(1).split()[0] in lex.not_names or before and before[-1] in _PREPOSITIONS \
            or not firm and _person_so_written(found, lex):
        return None  # ('Bank of Jolby Ltd': a name that runs on before it, read as it was)
    name = found.group(1)
    role = " ".join(w for w in main[:found.start(1)].split() if fold(w) not in _ARTICLES | _DEFINITE) or None
    return Mention(raw, speaker=Speaker(name, "institution", False, role=role,
                                        words=frozenset(fold(w) for w in name.split())))


def without_legal_form(name: str, lex: Lexicon) -> str | None:
    """A company's name without the legal form it ends in ('NorthSea Freight Ltd' -> 'NorthSea Freight', 'Hafgola ehf.'
    -> 'Hafgola', 'Lembah Sawit Sdn Bhd' -> 'Lembah Sawit'), the name it is also known by; None for a name with none."""
    found = _legal_form_end(legal_forms(lex.company_suffixes)).match(name) if lex.company_suffixes else None
    if found is None or found.start(1) != 0:
        return None
    bare = name[:found.start(2)].rstrip(" \t,")
    if bare.endswith("&") or bare.endswith(" and"):
        return None  # ('Hargreaves & Co': the '& Co' is of the name, which has no shorter form)
    forms = undotted_legal_forms(lex.company_suffixes)
    while " " in bare and bare.rsplit(None, 1)[1].replace(".", "").rstrip(",") in forms:
        bare = bare.rsplit(None, 1)[0].rstrip(" \t,")  # ('Koala Pumps Pty Ltd': both words are its form)
    return bare if bare and bare != name else None


def _person_so_written(found: re.Match[str], lex: Lexicon) -> bool:
    """A person's name that ends in letters a legal form is also written with: a title before it ('Professor Lena
    Berg AB', 'Sir Ana Costa KG'), a given name and the form alone ('Anna Oy', 'chief executive Liisa Oy'), or a
    form that is also a post-nominal or two capitals ('AS', 'AG', 'MS') after no more than a name of one word or
    a given name and a surname ('Wang AG', 'Ana Costa AS'), where a company's name needs more ('Jolby Treks AB')."""
    form, name = found.group(2), found.string[found.start(1):found.start(2)].split()
    first = fold(name[0])
    if first in lex.title_words | lex.honorifics | lex.courtesy_titles or len(name) == 1 and first in lex.given_names:
        return True
    risky = re.fullmatch(r"[A-Z]{2}", form) is not None or form in lex.postnominals
    return risky and not any(w in lex.company_words for w in name) and (len(name) == 1 or first in lex.given_names)


def _by_handle(raw: str, main: str) -> Mention | None:
    """'Instagram user @JolbyFloods': the account's handle names who posted, the words before it are the role."""
    handle = _HANDLE.search(main) if "@" in main else None  # (most mentions hold no '@': not scanned)
    if handle is None:
        return None
    role = " ".join(w for w in main[:handle.start()].split() if fold(w) not in _ARTICLES) or None
    return Mention(raw, speaker=Speaker(handle.group(0), "person", False, role=role,
                                        words=frozenset([fold(handle.group(1))])))


def _medium_or_service(raw: str, main: str, body: list[str], body_low: list[str], definite: bool,
                       lex: Lexicon) -> Mention | None:
    """An outlet by name or description, or a police force or emergency service by its own word
    ('Carabinieri', 'the RCMP', 'Police Scotland'), which speaks as a body; else None."""
    outlet = _outlet_named(main, body, body_low, lex)
    if outlet is not None:
        sp = Speaker(outlet["name"], "media", False, outlet=outlet, words=frozenset(body_low),
                     affiliation=outlet.get("country"))
        return Mention(raw, definite=False, speaker=sp)
    if " ".join(body_low) in lex.police_services:
        return Mention(raw, definite=definite, speaker=Speaker(
            " ".join(body), "institution", False, head=body_low[-1], words=frozenset(body_low)))
    return None


def _portfolio_split(raw: str, main: str, appositive: str, lex: Lexicon) -> tuple[str, str]:
    """The words before a name and the name, when a title lists its portfolio with commas
    ("Tarnland's Minister of Labour, Training and Skills, Ana Costa"); else main and appositive."""
    if ", " in appositive:
        head, _, last = raw.rpartition(", ")
        if all(part[:1].isupper() for part in appositive.split(", ")) and _names_a_person(last, lex) \
                and not _looks_like_name(main, lex):
            return head, last
    elif main.count(", ") >= 2:
        # ('a senior official of the Ministry of Ports, Roads and Waters, Dr Ana Costa': a body's name lists it)
        head, _, last = main.rpartition(", ")
        if all(part[:1].isupper() for part in head.split(", ")[1:]) and _names_a_person(last, lex) \
                and not _looks_like_name(head, lex):
            return head, last
    elif appositive and " and " in appositive:
        named = _portfolio_then_name(main, appositive, lex)
        if named is not None:
            return named
    return main, appositive


# the title before a mention whose portfolio a comma lists ('Minister of Transport, | Ports and Fisheries Ines Tarro')
_TITLE_OF_BEFORE = re.compile(r"(?:^|(?<=[\s(\u201c\"]))(?P<title>(?:[A-Z][\w'\u2019-]*[ \t]+){1,3}(?:of|for)[ \t]+(?:the[ \t]+)?"
                              r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*),[ \t]+$")


def portfolio_before(text: str, start: int, end: int, lex: Lexicon | None = None) -> int | None:
    """Where a title starts whose portfolio the mention text[start:end] ends, with a person's name after it
    ('Minister of Transport, | Ports and Fisheries Ines Tarro said': the parser's words open after the comma), else None.

    >>> text = "Minister of Transport, Ports and Fisheries Ines Tarro said so."
    >>> portfolio_before(text, text.index("Ports"), text.index(" said"))
    0
    """
    lex = lex or lexicon()
    if " and " not in text[start:end]:
        return None
    m = _TITLE_OF_BEFORE.search(text, max(0, start - 80), start)
    if m is None or _portfolio_then_name(m.group("title"), text[start:end], lex) is None:
        return None
    return m.start("title")


def _portfolio_then_name(main: str, appositive: str, lex: Lexicon) -> tuple[str, str] | None:
    """The title whose portfolio the comma lists and the name right after it, with no comma between
    ('Minister of Transport, Ports and Fisheries Ines Tarro', 'Minister of Forests, Mines and Water
    R. Palm'): the name opens at a given name or an initial after the portfolio's last words, else it is the
    last two words; None when the words name no such title and person.

    >>> _portfolio_then_name("Minister of Transport", "Ports and Fisheries Ines Tarro", lexicon())
    ('Minister of Transport, Ports and Fisheries', 'Ines Tarro')
    """
    low = [fold(w) for w in main.split()]
    of = next((k for k, w in enumerate(low) if k and w in ("of", "for")), None)  # ('Minister for Ports, Roads and ...')
    if of is None or not any(w in lex.title_words for w in low[:of]) or "," in appositive:
        return None
    words = appositive.split()
    k = words.index("and")
    if not 0 < k < len(words) - 2 or not all(w[:1].isupper() or w in ("and", "of", "the", "&") or w in _NAME_PARTICLES
                                             for w in words):
        return None
    last = len(words) - 2  # (a given name the list does not know: the last two words, a name's usual length, after a
    while last > k + 2 and words[last] in _NAME_PARTICLES:
        last -= 1  # portfolio word; with the particles of a name: 'Marieke van den Berg')
    at = next((j for j in range(k + 2, len(words) - 1) if fold(words[j]) in lex.given_names
               or re.fullmatch(r"[A-Z]\.", words[j])), last if last >= k + 2 else None)
    if at is None or not _looks_like_name(" ".join(words[at:]), lex):
        return None
    return f"{main}, {' '.join(words[:at])}", " ".join(words[at:])


def _owner_of_medium(low: list[str], lex: Lexicon) -> str | None:
    """The pronoun for the owner of a medium or document a mention names by a possessive ('its
    website', 'a post on its dark-web site', 'a statement on their page'): the owner speaks
    through it, so the mention refers to the owner as the pronoun would.

    >>> _owner_of_medium("a post on its dark-web site".split(), lexicon())
    'it'
    >>> _owner_of_medium("its chief executive".split(), lexicon()) is None
    True
    """
    k = next((k for k, w in enumerate(low) if w in lex.owner_pronouns), None)
    if k is None or not 0 < len(low) - k - 1 <= 3 or not _is_medium(low[-1], lex):
        return None
    if k > 0 and not (2 <= k <= 3 and low[k - 1] in ("on", "in", "from") and _is_medium(low[k - 2], lex)
                      and (k == 2 or low[0] in _ARTICLES)):
        return None  # 'its website', 'a post on its site'; not 'the head of its board'
    return lex.owner_pronouns[low[k]]


def _is_medium(word: str, lex: Lexicon) -> bool:
    return word in lex.owned_media or word in lex.media_heads or word in lex.issuer_nouns


# an age set off by commas at the head of what follows a name ('Piet Varsk, 54, said', '..., 54, a fisherman')
_SET_OFF_AGE = re.compile(r"^(\d{1,3})(?:,[ \t]*|[ \t]*$)")


def _set_off_age(appositive: str) -> str:
    """A set-off age after a name written as one ('54': aged 54; '54, a fisherman': aged 54, a fisherman), so
    that no role is a bare number; the status rules read it as before (news gives the age of someone it
    describes, rarely of an office holder)."""
    m = _SET_OFF_AGE.match(appositive)
    if m is None:
        return appositive
    rest = appositive[m.end():]
    return f"aged {m.group(1)}, {rest}" if rest else f"aged {m.group(1)}"


_RELATIVE_ENDS = (" who", " whom", " whose", " which", " that")  # a relative pronoun closing a mention's words


def _main_words(raw: str, lex: Lexicon) -> tuple[str, str]:
    """The mention's words that name the speaker, and an appositive after a comma."""
    main, _, appositive = raw.partition(", ")
    appositive = _set_off_age(appositive)
    if _listed_portfolio(main, appositive, lex) or _listed_places(main, appositive) \
            or _listed_members(main, appositive, lex) or _legal_forms_apart(main, appositive, lex):
        main, appositive = raw, ""  # 'the Department of Roads, Bridges and Harbours': one body's name
    # a lawmaker's party and state ('Ana Costa (D-N.Y.)') is no part of the name
    main = _PARTY_LABEL.sub(lambda m: m.group(0) if _bracketed_legal_form(m, lex) else "", main).strip()
    if main.lower().endswith(_RELATIVE_ENDS):
        main = main.rsplit(None, 1)[0]  # 'an architect who': the relative pronoun points back to him
    else:
        m = _RELATIVE.search(main)
        if m:
            main = main[:m.start()]  # 'the body that hosted the talks': the body
    if f" {appositive.lower()}".endswith(_RELATIVE_ENDS):
        appositive = appositive.rsplit(None, 1)[0].rstrip(" ,") if " " in appositive else ""  # (no role "who")
    if main.endswith(("'s", "\u2019s")) and not appositive:
        main = main[:-2]  # "the minister's claim": the minister
    return main, appositive


def _bracketed_legal_form(label: re.Match[str], lex: Lexicon) -> bool:
    """Is a group in brackets that reads as a party's label a part of a company's name, a legal form after it:
    another form ('Korvane Trading (Pty) Ltd') or the country the company is registered in ('Korvane Textiles
    (Lesotho) Co., Ltd.'): the company's name, no party?"""
    forms = undotted_legal_forms(lex.company_suffixes)
    after = label.string[label.end():].split()
    return bool(after) and after[0].rstrip(",").replace(".", "") in forms


def _legal_forms_apart(main: str, appositive: str, lex: Lexicon) -> bool:
    """Are the words before a mention's comma a company's name with its legal form and those after it the
    second legal form alone ('Shanxi Longtai Co., Ltd.')?"""
    forms = undotted_legal_forms(lex.company_suffixes)
    return bool(main) and main.split()[-1].replace(".", "") in forms and appositive.replace(".", "").strip() in forms


def _listed_places(main: str, appositive: str) -> bool:
    """Are the words after a mention's comma the rest of a list of places after its 'in' or 'across' ('health
    boards in Jolby' + 'Tarn and Oswick')?

    >>> _listed_places("health boards in Jolby", "Tarn and Oswick")
    True
    >>> _listed_places("Ana Costa", "Tarn and Oswick")
    False
    """
    m = re.search(r"\s(?:in|across)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*$", main)
    return m is not None and re.fullmatch(r"[A-Z][\w'\u2019.-]*(?:(?:\s+|,\s+)[A-Z][\w'\u2019.-]*)*\s+and\s+"
                                          r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*", appositive) is not None


def _listed_members(main: str, appositive: str, lex: Lexicon) -> bool:
    """Are the words after a mention's comma the rest of a body's name that lists whom it gathers before
    its head noun ('the Jolby Nurses' + 'Midwives and Porters Union'): plural names, commas, an 'and',
    then the head?

    >>> _listed_members("the Jolby Nurses", "Midwives and Porters Union", lexicon())
    True
    >>> _listed_members("Ana Costa", "Ben Lind and Tom Reyes", lexicon())
    False
    """
    words, before = appositive.split(), main.split()
    if len(words) < 4 or "and" not in words[1:-2] or fold(words[-1]) not in lex.institution_heads or not before:
        return False
    listed = [before[-1]] + [w.rstrip(",") for k, w in enumerate(words[:-1]) if w.endswith(",") or words[k + 1] == "and"]
    return all(_namelike(w) for w in before[1:] + words if w != "and") \
        and all(w.endswith("s") and w[:1].isupper() for w in listed + [words[-2]]) \
        and not any(fold(w) in lex.given_names for w in before)  # ('Tom Reyes, Nurses and Porters Union')


def _listed_portfolio(main: str, appositive: str, lex: Lexicon) -> bool:
    """Are the words after a mention's comma the rest of a body's name that lists its portfolio
    ('the Department of Roads' + 'Bridges and Harbours')? (A title's list goes to the role:
    _portfolio_split.)

    >>> _listed_portfolio("a spokesperson for the Department of Roads", "Bridges and Harbours", lexicon())
    True
    >>> _listed_portfolio("Ana Costa", "Deputy Minister of Roads and Bridges", lexicon())
    False
    """
    words, before = appositive.split(), main.split()
    return len(before) >= 3 and fold(before[-2]) in ("of", "for") and before[-1][:1].isupper() \
        and before[-3][:1].isupper() and fold(before[-3]) in lex.institution_heads and "and" in words and words[0][:1].isupper() \
        and all(_namelike(w) or w in ("and", "of", "the") for w in words) and words[-1][:1].isupper()


def _document_owner(main: str, appositive: str, lex: Lexicon) -> str | None:
    """The words naming who speaks through the document a mention names: its owner ("the ministry's
    statement", "the State Department's public schedule") or its issuer ('a statement from the Chief
    Minister's Office', 'a Jolby House communique'); else None."""
    main = _without_document_tail(main, lex)
    m = _ISSUED_BY.match(main) or _OWNED.match(main)
    if m and not appositive and (m.re is _ISSUED_BY or _owns_document(m.group(1), m.group(2), lex)) \
            and not _complement_owner(m.group(1), lex):
        return m.group(1)
    aside = appositive.split(" ", 1)[0]  # ('a survey by X, published in August': no description of X)
    return _issuer_of_document(main, lex) if not appositive or aside.islower() and aside.endswith("ed") else None


_TAIL_LINKS = frozenset(["for", "of", "on", "from", "in", "into", "about", "dated"])


def _without_document_tail(main: str, lex: Lexicon) -> str:
    """A mention of an owner's document without the words after the document's noun that say what it
    covers ("the Auditor of Farms's report for the first half of the year": "the Auditor of Farms's
    report"), so that its owner, a name with 'of' in it, is read whole; any other mention as it is.

    >>> _without_document_tail("the Auditor of Farms's report for the first half of the year", lexicon())
    "the Auditor of Farms's report"
    """
    if "'s " not in main and "\u2019s " not in main:
        return main
    words = main.split()
    own = next((k for k, w in enumerate(words) if _possessive(w)), None)
    if own is None or not words[own][:1].isupper():
        return main
    for k in range(own + 1, min(own + 5, len(words) - 1)):
        if not words[k].islower():
            return main
        if fold(words[k]) in lex.issuer_nouns and fold(words[k + 1]) in _TAIL_LINKS:
            return " ".join(words[:k + 1])
    return main


# ' in Varnholm', ' in New Tarnow': the seat after a court's name ('the Commercial Court in Varnholm')
_SEAT = re.compile(r"[ \t]+in[ \t]+((?:[A-Z][\w'\u2019-]*)(?:[ \t]+[A-Z][\w'\u2019-]*){0,2})")


def with_seat(text: str, name: str, end: int, lex: Lexicon | None = None) -> str:
    """A court's or tribunal's name with the seat the text writes after it, where the name ends at
    `end` ('the Commercial Court in Varnholm', 'an Environmental Tribunal in Port Avel'): courts of one
    kind sit in many towns, and the seat tells them apart. Any other name, or a month or weekday after
    'in' ('the High Court in March'), comes back as it was.

    >>> with_seat("The Commercial Court in Tarnow froze it.", "Commercial Court", 20)
    'Commercial Court in Tarnow'
    >>> with_seat("The High Court in March froze it.", "High Court", 14)
    'High Court'
    """
    lex = lex or lexicon()
    m = _SEAT.match(text, end)
    if m is None or fold(name.split()[-1]) not in lex.finder_nouns or not name.split()[-1][:1].isupper():
        return name
    seat = m.group(1).split()
    if fold(seat[0]) in CALENDAR_WORDS or fold(seat[0]) in lex.not_names or fold(seat[0]) in lex.institution_heads:
        return name
    return f"{name} in {' '.join(seat)}"


def record_named(mention: str, lex: Lexicon | None = None) -> tuple[str | None, str] | None:
    """The record a source mention names and the words naming who issued it, when the mention
    names one: a possessive, a pronoun's, capitalised words before the record ('Council records')
    or a body after 'from' or 'by'. A document (cues.json's 'record_nouns': a report, a filing, a
    notice, an inspection) is a record whoever issued it; a collection of evidence (its
    'evidence_nouns': records, figures, data) only with its issuer named ('marine tracking data'
    is what the publisher read). None when the mention names no record ('the statement', 'a poll').

    >>> record_named("Council records")
    ('Council', 'Council records')
    >>> record_named("its most recent annual filing")
    ('its', 'its most recent annual filing')
    >>> record_named("figures from the Coastal Safety Agency")
    ('the Coastal Safety Agency', 'figures from the Coastal Safety Agency')
    >>> record_named("The 2019 principal inspection")
    (None, '2019 principal inspection')
    >>> record_named("the May Harlow Institute poll"), record_named("Friday's Harlow Institute poll")
    (('Harlow Institute', 'May Harlow Institute poll'), ('Harlow Institute', "Friday's Harlow Institute poll"))
    >>> record_named("three reports") is None, record_named("marine tracking data") is None
    (True, True)
    >>> record_named("a court decision"), record_named("his decision")
    (('the court', 'court decision'), None)
    """
    lex = lex or lexicon()
    words = clean(mention).split()
    low = [fold(w) for w in words]
    cut = next((k for k in range(1, len(low)) if low[k] in _RECORD_LINKS or low[k] in lex.issued_verbs), len(low))
    head = low[cut - 1] if words else ""
    if cut >= 2 and f"{low[cut - 2]} {head}" in lex.record_nouns:
        head = f"{low[cut - 2]} {head}"  # ('the charge sheet', 'a press release': a record of two words)
    ruled = head in lex.court_records and _court_word(low[:cut - 1] + low[cut:], lex)
    if not (head in lex.record_nouns or head in lex.evidence_nouns or ruled) or not (
            words[cut - 1][:1].islower() or cut == 1 and (len(low) == 1 or cut < len(low))):
        return None  # (a capitalised record word inside a name is a title: 'Hurun Report')
    name = " ".join(words[1:] if low[0] in _ARTICLES | _DEFINITE else words)
    k = 1 if low[0] in _ARTICLES | _DEFINITE else 0
    if k < cut - 1 and (_NUMBER.fullmatch(low[k]) and not _YEAR.fullmatch(low[k]) or low[k] in lex.quantities):
        return None  # 'three reports', 'two audits': records counted, the publisher's summary of them
    if k < cut - 1 and _calendar_word(low[k]):
        k += 1  # ("the September Harlow poll", "Friday's Harlow poll": its date, no part of who issued it)
    owner = _record_owner(words, low, k, cut, lex)
    return (owner, name) if owner is not None or head in lex.record_nouns or ruled else None


def _without_sample(issuer: list[str]) -> list[str]:
    """The words naming a record's issuer without whom its survey asked after the name ('the Jolby Institute
    among 150 agencies', 'the Tarn Institute of 800 voters': the institute).

    >>> _without_sample("the Jolby Institute among 150 agencies".split())
    ['the', 'Jolby', 'Institute']
    >>> _without_sample("the Bank of Tarnland".split())
    ['the', 'Bank', 'of', 'Tarnland']
    """
    for k in range(1, len(issuer) - 1):
        word, after = fold(issuer[k]), issuer[k + 1]
        if not issuer[k - 1][-1:].isalnum():
            return issuer  # ('the pollster X (XP), conducted in August among 1,200 people': no name alone)
        if issuer[k - 1][:1].isupper() and (word in ("among", "across") or word in ("of", "in") and after[:1].isdigit()):
            return issuer[:k]
    return issuer


def _court_word(low: list[str], lex: Lexicon) -> bool:
    """Whether the words hold a court's word ('court', "tribunal's", 'judge'): one of the finder nouns
    that names no group of people (not 'analysts', 'investigators')."""
    return any((w := re.sub(r"['\u2019]s?$", "", x)) in lex.finder_nouns and w not in lex.group_heads for x in low)


def _record_owner(words: list[str], low: list[str], k: int, cut: int, lex: Lexicon) -> str | None:
    """The words naming who issued the record words[k:cut] names ('figures from the Harbour Board',
    'results posted by the county', "the county's results", 'its filing', 'Council records'), or None."""
    if cut < len(low):
        issuer = _without_sample(words[cut + 2:] if low[cut] not in _PREPOSITIONS and low[cut + 1:cut + 2] == ["by"]
                                 else words[cut + 1:])
        rest = issuer[1:] if issuer and fold(issuer[0]) in _ARTICLES else issuer
        by = low[cut] in ("from", "by", "of") or low[cut + 1:cut + 2] == ["by"]
        if rest and fold(rest[0]) in lex.owner_pronouns:
            return None  # ('a draft of its projections': what the record is of, not who issued it)
        while len(rest) > 1 and rest[0][:1].islower() and rest[-1][:1].isupper():
            rest = rest[1:]  # 'a memo from chief executive Ana Costa': a role before the name
        named = bool(rest) and (rest[0][:1].isupper() and rest[-1][:1].isupper() or len(rest) == 1
                                and fold(rest[0]) in lex.record_issuers)
        return " ".join(issuer) if by and named else None
    if low[0] in lex.owner_pronouns:
        return low[0]
    owned = next((j for j in range(k, cut - 1) if low[j].endswith(("'s", "\u2019s"))), None)
    if owned is not None:
        owner = " ".join(words[:owned + 1])[:-2]
        # ("Tarnland's business register": a country keeps a register through an office the words do not
        # name; the register speaks, not the country)
        return None if fold(owner) in lex.country_index and low[cut - 1] in lex.record_nouns else owner
    if k < cut - 1 and words[cut - 2].islower() and low[cut - 2] in lex.record_issuers:
        return "the " + low[cut - 2]  # 'county records', 'state figures': the county's, the state's
    run = k
    while run < cut - 1 and words[run][:1].isupper():
        run += 1
    modifiers = low[k:run]
    if modifiers and (len(modifiers) > 1 or modifiers[-1] in lex.institution_heads or modifiers[-1] in lex.body_heads
                      or 2 <= len(words[k]) <= 6 and words[k].isupper()):  # ('the CAG report': its initials)
        return " ".join(words[k:run])
    return None


_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")


def _ends_in_name(text: str, lex: Lexicon) -> bool:
    """A description after an article that ends in a name: 'the Ohio-based investor Ana Costa'."""
    words = text.split()
    return len(words) >= 4 and fold(words[0]) in _ARTICLES and words[-3][:1].islower() \
        and _looks_like_name(" ".join(words[-2:]), lex)


def _issuer_of_document(main: str, lex: Lexicon) -> str | None:
    """The body that issued the document a mention names, when it names one by its name: 'a
    statement from the Chief Minister's Office', 'a survey of 900 voters by the Kessler Institute',
    'a Jolby House communique': capitalised words between an article and the document's noun, not a
    sentence's first word, 'Court filings'); else None.

    >>> _issuer_of_document("a notice from the Harbour Board", lexicon())
    'the Harbour Board'
    >>> _issuer_of_document("a Jolby Council report", lexicon())
    'Jolby Council'
    >>> _issuer_of_document("a report from the scene", lexicon()) is None
    True
    """
    words = main.split()
    low = [fold(w) for w in words]
    k = 1 if low and low[0] in _ARTICLES else 0
    if k == 1 and k < len(low) and low[k] in lex.issuer_nouns and words[k][:1].islower():
        for by in (j for j in range(k + 1, len(low) - 1) if low[j] in ("from", "by", "of")):
            issuer = _without_sample(words[by + 1:])  # (not whom a survey asked: '... among 150 agencies')
            rest = issuer[1:] if fold(issuer[0]) in _ARTICLES else issuer
            if rest and rest[0][:1].isupper() and rest[-1][:1].isupper():
                return " ".join(issuer)  # ('a report of the Audit Office'; not 'a survey of 900 voters')
        return None
    if k == 1 and len(low) >= 3 and low[-1] in lex.issuer_nouns and words[-1][:1].islower() \
            and all(w[:1].isupper() for w in words[k:-1]) and not (low[-2].endswith("'s") or low[-2].endswith("’s")):
        return " ".join(words[k:-1])
    return None


def _names_a_person(text: str, lex: Lexicon) -> bool:
    """A name, or a name after an honorific or a title: 'Ana Costa', 'Dr Ana Costa', 'Professor Tom Reyes'."""
    words = text.split()
    k = 0
    while k < len(words) - 2 and (fold(words[k]).rstrip(".") in lex.honorifics or fold(words[k]) in lex.title_words
                                  or fold(words[k]) in lex.modifiers and fold(words[k + 1]) in lex.title_words
                                  or _compound_honorific([fold(w) for w in words[k:k + 4]], 0)):
        k += max(1, _compound_honorific([fold(w) for w in words[k:k + 4]], 0))  # 'Dr Ana Costa', 'Tan Sri Ali Osman'
    return _looks_like_name(" ".join(words[k:]), lex)


def _described_name(main: str, appositive: str, heads: Mapping[str, object] | frozenset[str]) -> str | None:
    """The capitalised name before an appositive whose head noun is one of heads ('KVNR, a Calder
    radio station', 'Kestrel, a battery company based in Perth'), else None."""
    low = [fold(w) for w in _WORD.findall(appositive)]
    cut = next((k for k, w in enumerate(low) if k > 0 and (w in _PREPOSITIONS or w.endswith(("-based", "based")))),
               len(low))
    body = [w for w in main.split() if fold(w) not in _ARTICLES]
    if len(low) < 2 or low[0] not in _ARTICLES or cut < 2 or low[cut - 1] not in heads \
            or not body or not all(_namelike(w) for w in body):
        return None
    return " ".join(body)


def _outlet_described(main: str, appositive: str, lex: Lexicon) -> dict | None:
    """The outlet a capitalised name is when its appositive says it is a medium ('KVNR, a Calder
    radio station', 'the Brixley Courier, a weekly paper') or when it is the appositive after a description
    that says so ('A weekly newspaper, the Brixley Courier', 'the state broadcaster, KVNR'), else None."""
    name = _described_name(main, appositive, lex.media_head_kinds)
    description = appositive
    if name is None:
        name, description = _described_name(appositive, main, lex.media_head_kinds), main
    if name is None:
        return None
    return find_outlet(name, lex) or {"name": name, "aliases": [], "country": country_of(_WORD.findall(description), lex)}


def _description_then_name(raw: str, main: str, appositive: str, lex: Lexicon) -> Mention | None:
    """'The supplier, Harrowgate', 'The operator, Tarn Valley Hydro Power Joint Stock Company': a description in
    common words after an article, then the name it describes set off by commas, up to seven capitalised words: the
    name speaks, a body when the name is a body's or one word after a word for a body ('supplier', 'operator'), else
    a person the description gives a role. None when the description's head is no word for a speaker and the name
    no body's ('The plan, Monday, was dropped')."""
    words, names = main.split(), appositive.split()
    the_name = len(names) > 1 and fold(names[0]) == "the"
    if the_name:
        # ('The main opposition party, the Velm Alliance': a body's name may keep its article, a person's never)
        names = names[1:]
        appositive = " ".join(names)
    if len(words) < 2 or fold(words[0]) not in _ARTICLES or not all(w.islower() for w in words[1:]) \
            or not 1 <= len(names) <= 7 or not all(w[:1].isupper() for w in names):
        return None
    head = fold(words[-1])
    body = head in lex.institution_heads or head in lex.company_heads
    named = _analyse(appositive, lex).speaker
    if the_name and body and (named is None or named.anonymous or named.kind != "media"):
        # ('The main opposition party, the All Velm Convention': the body the description names, whatever the
        # name's own words would make of it alone)
        named = Speaker(appositive, "institution", False, words=frozenset(fold(w) for w in names))
    if named is not None and named.kind == "group" and named.anonymous and len(names) > 1:
        # 'The buyer, Aquila Water Partners': a name set off after a description is one body's, whatever its last
        # word ('Partners', 'Associates' head a group of people only in common words)
        named = Speaker(appositive, "institution", False, words=frozenset(fold(w) for w in names))
    if named is None or named.anonymous or named.kind not in ("person", "institution") or not (
            body or named.kind == "institution" or head in lex.anonymous_heads or head in lex.title_words
            or head in lex.occupations):
        return None
    firm = (head in lex.firm_descriptors or head in lex.company_heads and head not in lex.person_trades and len(words) <= 3
            and not any(w.endswith(("'s", "’s")) for w in words)) and named.gender is None and fold(names[0]) not in lex.given_names
    if named.kind == "institution" or body and (len(names) == 1 or the_name) or firm:
        # (a person's name after 'The kitchen's operator'; 'The engine maker, Corvair Propulsion': a firm's description
        # of its own, titles.json firm_descriptors or company_heads, and no given name)
        return Mention(raw, speaker=Speaker(named.name, "institution", False, role=" ".join(words[1:]),
                                            words=frozenset(fold(w) for w in names)))
    return _named_in_appositive(raw, main, appositive, lex)


def _named_in_appositive(raw: str, main: str, appositive: str, lex: Lexicon) -> Mention | None:
    """"Norway's foreign minister, Ana Costa": the name, with the description as the role."""
    named = _analyse(appositive, lex)
    if named.speaker is None or named.speaker.kind not in ("person", "institution") or named.speaker.anonymous:
        return None
    if named.speaker.kind == "institution":
        return Mention(raw, speaker=named.speaker)  # "the ferry's operator, Gullby Marine": the company
    role_words = main.split()
    if role_words and fold(role_words[0]) in _ARTICLES:
        role_words = role_words[1:]
    role = " ".join(role_words) or None
    own = named.speaker.role
    # ('the report's lead author, Dr Ana Costa': the description says more than the honorific)
    bare = fold(own or "").rstrip(".")
    named.speaker.role = role if role and (not own or bare in lex.honorifics or bare in lex.title_words) else (
        f"{role}, {own}" if role and own and own[:1].islower() else own)  # ('Another resident, bus driver Ana Costa')
    named.speaker.affiliation = named.speaker.affiliation or country_of(_WORD.findall(main), lex)
    named.speaker.gender = named.speaker.gender or _gender([fold(w) for w in _WORD.findall(main)], None, lex)
    return Mention(raw, speaker=named.speaker)


def looks_like_outlet(low: list[str], lex: Lexicon) -> bool:
    """Whether capitalised words (folded) read as a medium's name: 'Valley Herald', 'Daily Ledger',
    'Northland News Agency'; not a public body whose last word also names an institution
    ('Environmental Protection Agency')."""
    if len(low) < 2:
        return False
    if low[0] in lex.outlet_openers:
        return True
    if low[-1] in lex.institution_heads:
        return low[-1] in lex.outlet_words and any(w in lex.outlet_words or w in lex.media_heads for w in low[:-1])
    return low[-1] in lex.outlet_words


def _outlet_named(main: str, body: list[str], body_low: list[str], lex: Lexicon) -> dict | None:
    """An outlet by name ("The New York Post", "Reuters") or by description ("the Hebrew newspaper X")."""
    # an outlet's name is written capitalised: "the diplomat" is no magazine
    outlet = find_outlet(main, lex) if body[0][:1].isupper() or body[0][:1].isdigit() else None
    if outlet is None:
        for k, w in enumerate(body_low):
            # 'the Hebrew daily Haaretz' (a description in lower case), not 'The Daily Ledger' (a name)
            if w in lex.media_heads and body[k][:1].islower() and k + 1 < len(body) and body[k + 1][0].isupper() \
                    and w not in ("news", "reports"):
                name = " ".join(body[k + 1:])
                outlet = find_outlet(name, lex) or {"name": name, "aliases": [], "country": country_of(body[:k], lex)}
                break
    site = WEB_ADDRESS.fullmatch(body[0]) if outlet is None and len(body) == 1 else None
    if site is not None:
        # 'Lovin.com.mt reported that C': a news site by its address, an outlet the list does not know, also
        # known by its site's name ('Lovin')
        outlet = {"name": body[0], "aliases": [site.group(1)], "country": None, "kind": "online"}
    if outlet is None and len(body) >= 2 and looks_like_outlet(body_low, lex) and all(w[:1].isupper() for w in body):
        # an unlisted 'Valley Herald', 'Morning Post' or 'Daily Ledger': a capitalised name shaped like a medium
        outlet = {"name": " ".join(body), "aliases": [], "country": None}
    return outlet


@dataclass
class _MentionWords:
    """A mention's words, folded, and without its leading article (body)."""
    words: list[str]
    low: list[str]
    body: list[str]
    body_low: list[str]
    appositive: str
    definite: bool


def _participle_after_people(body: list[str], low: list[str], k: int, lex: Lexicon) -> bool:
    """Is the word at k a present participle in lower case after a noun for people ('the people living there',
    'a man running the mill'), the phrase it opens no part of the head?"""
    return low[k].endswith("ing") and body[k].islower() and len(low[k]) > 5 and (
        low[k - 1] in lex.anonymous_heads or low[k - 1] in lex.occupations)


def _by_head_noun(raw: str, mw: _MentionWords, lex: Lexicon) -> Mention:
    """A named person after a title, else a speaker whose kind its head noun says (the last word
    before the first preposition): a medium, an institution, an anonymous person or group."""
    body, body_low = mw.body, mw.body_low
    cut = len(body)
    for k, w in enumerate(body_low):
        if k > 0 and (w in _PREPOSITIONS or _participle_after_people(body, body_low, k, lex)):
            cut = k  # ('the people | living there': the participle's phrase describes them)
            break
    head_words, head_low = body[:cut], body_low[:cut - 1] + [_hyphened_head(body_low[cut - 1], lex)]
    while len(head_words) > 1 and head_low[-1].endswith("ed") and head_words[-1].islower() \
            and head_low[-1] not in lex.title_words and head_low[-1] not in lex.anonymous_heads:
        head_words, head_low = head_words[:-1], head_low[:-1]  # 'a poll conducted', 'people involved'
    head = head_low[-1] if head_low else body_low[-1]
    head_base = head[:-2] if head.endswith("'s") else head
    affiliation = country_of(mw.words + _WORD.findall(mw.appositive), lex)
    last_title = _last_title(head_words, head_low, lex)
    company = _employed_people(raw, mw, cut, head_base, lex) or _company_after_description(raw, mw, lex) \
        or _named_by_head(raw, mw, lex)
    if company is not None:
        return company
    if last_title < 0 and cut < len(body) and body_low[cut] == "of" and _capitalised_name(body) \
            and (not _looks_like_name(" ".join(head_words), lex) or any(_possessive(w) for w in head_words[:-1])) \
            and head_low[0] not in lex.given_names:
        # ("Corvane's Atlas of Science": a possessive opens no person's name)
        # 'the Port of Jolby Sound', 'the University of Harlow': a body named by what it is, of a place
        kind = "person" if head_base in lex.title_words else "institution"  # ('the Duke of Tarnland')
        return Mention(raw, speaker=Speaker(" ".join(body), kind, False, affiliation=affiliation,
                                            head=None if kind == "person" else head_base, words=frozenset(body_low)))
    person = _person_after_title(raw, mw, head_words, head_low, head_base, last_title, affiliation, lex)
    if person is not None:
        return person
    party = _party_words(head_words, lex)
    if 0 < party < len(head_words) and head_base in lex.title_words and cut == len(body):
        # 'Labour MP said', 'the Green MLA said': a party's member unnamed, who may be one named before
        sp = Speaker(" ".join(body), "person", True, role=" ".join(head_words[party:]),
                     affiliation=" ".join(head_words[:party]), head=head_base, words=frozenset(body_low))
        return Mention(raw, definite=mw.definite, speaker=sp)
    desc = " ".join(body)
    definite = mw.definite
    plural = head_base in lex.group_heads or lex.occupation_plural(head_base) or (
        head_base.endswith("s") and not head_base.endswith("ss") and head_base[:-1] in lex.anonymous_heads)
    if head_base in lex.media_heads and head_base not in lex.institution_heads:
        name = _describe(body, lex)
        sp = Speaker(name, "media", True, affiliation=affiliation, head=head_base, words=frozenset(body_low),
                     plural=plural)
        return Mention(raw, definite=definite, speaker=sp)
    if (named := _role_then_name(raw, body, body_low, lex)) is not None:
        return named  # ('Jolby Rovers coach Ana Lind')
    # 'the airline', 'the carrier': a company, on the record (not 'a crane operator')
    firm = mw.definite and len(body) == 1 and head_base in lex.company_heads and head_base not in lex.person_trades
    if (head_base in lex.institution_heads or head_base in lex.body_heads or firm) \
            and head_base not in lex.anonymous_heads or _named_body(head_words, head_low, head_base, lex):
        sp = Speaker(desc, "institution", _unnamed_body(mw, head_base, lex), affiliation=affiliation, head=head_base,
                     words=frozenset(body_low))
        return Mention(raw, definite=definite, speaker=sp)
    # ('Nurses at the clinic', 'a fish seller': a person by their work, not 'Ana Porter', a surname)
    trade = head_words[-1].islower() or plural and len(head_words) == 1 if head_words else False
    if head_base in lex.anonymous_heads or head_base in lex.group_heads or head_base in lex.title_words or (
            trade and (head_base in lex.occupations or plural and lex.occupation_plural(head_base))):
        if not plural and _sole_post(mw, head_base, cut, lex):
            # "Jolby Rail's chief executive", 'the head of the Jolby Port Authority': one person the text
            # identifies by the one post she holds in a named body, on the record
            return Mention(raw, definite=definite, speaker=Speaker(desc, "person", False, role=desc, head=head_base,
                                                                   affiliation=affiliation, words=frozenset(body_low)))
        named_role = desc if last_title >= 0 else None
        sp = Speaker(_describe(body, lex), "group" if plural else "person", True, role=named_role,
                     affiliation=affiliation, head=head_base, words=frozenset(body_low), plural=plural,
                     gender=None if plural else _gender(mw.low, None, lex))
        return Mention(raw, definite=definite, speaker=sp)
    if all(w[:1].isupper() for w in head_words if w.lower() not in _PREPOSITIONS and w not in _NAME_JOINS):
        kind = "institution" if len(body) > 1 or fold(desc) in lex.country_index else "person"
        if fold(desc) in lex.country_index:
            affiliation = lex.country_index[fold(desc)]
        sp = Speaker(desc, kind, False, affiliation=affiliation, words=frozenset(body_low))
        return Mention(raw, speaker=sp)
    sp = Speaker(_describe(body, lex), "group" if plural else "person", True, affiliation=affiliation,
                 head=head_base, words=frozenset(body_low), plural=plural)  # (but 'an angry Hesk' is Hesk)
    return _name_after_description(raw, body, body_low, lex) or Mention(raw, definite=definite, speaker=sp)


def _employed_people(raw: str, mw: _MentionWords, cut: int, head: str, lex: Lexicon) -> Mention | None:
    """'Two dockers employed by the port', 'a crane operator employed by the port': the words before a participle
    of employment (grammar.json's employment_participles) and 'by' at `cut` name people, unnamed, whatever noun
    names them (never the operator as a company); None for any other mention."""
    body, low = mw.body, mw.body_low
    if not 2 <= cut < len(body) or low[cut] != "by" or low[cut - 1] not in _EMPLOYMENT_PARTICIPLES \
            or not body[cut - 2].islower():
        return None
    plural = head in lex.group_heads or lex.occupation_plural(head) or head.endswith("s") and not head.endswith("ss")
    sp = Speaker(_describe(body, lex), "group" if plural else "person", True, head=head, words=frozenset(low),
                 plural=plural, affiliation=country_of(mw.words + _WORD.findall(mw.appositive), lex))
    return Mention(raw, definite=mw.definite, speaker=sp)


# a word of a person's name: 'Hesk', "O'Brien", 'McCain', 'Kelleher-Vergantini', an initial 'B.' (not 'Census-taker', 'PAC')
_NAME_WORD = re.compile(r"(?:[A-Z]['\u2019])?(?:[A-Z][a-z]+)+(?:-(?:[A-Z][a-z]+)+)*|[A-Z]\.")


def _name_after_description(raw: str, body: list[str], low: list[str], lex: Lexicon) -> Mention | None:
    """'an angry Hesk', 'the more moderate Costa', 'political scientist Ana Costa': lower-case words that only
    describe (no quantifier, no particle of a name, no gerund, none of the lexicon's adjectives of a record, 'the
    new', no noun before their last word: 'voters prefer Lind' is a clause), then a name of one to four
    capitalised words (no initials in capitals, 'a super PAC') that names no group, party or country, after no
    word for a medium or a body ('the online publication Jolby Post': its own rules): the one named, on the
    record, the words before the name her role when they end on a person's noun.

    >>> _name_after_description("", ["angry", "Hesk"], ["angry", "lund"], lexicon()).speaker.name
    'Hesk'
    >>> _name_after_description("", ["voters", "prefer", "Hesk"], ["voters", "prefer", "lund"], lexicon()) is None
    True
    """
    k = len(body)
    while k > 0 and body[k - 1][:1].isupper():
        k -= 1
    tail, desc = body[k:], low[:k]
    if not desc or not 1 <= len(tail) <= 4 or not all(re.fullmatch(r"[a-z]{3,}(?:-[a-z]+)*", w) for w in body[:k]) \
            or not all(_NAME_WORD.fullmatch(w) for w in tail) \
            or any(w in _DETERMINERS or w in _SHARE_WORDS or w in _NAME_PARTICLES or w in _PREPOSITIONS
                   or w in _NAME_JOINS or w in lex.openers or w in lex.possessives or w.endswith("ing") and "-" not in w
                   or w in lex.adjectives and w != "more" for w in desc) \
            or any(_person_or_body_noun(w, lex) and w not in lex.title_words for w in desc[:-1]) or _plural(desc[-1], lex) \
            or desc[-1] in lex.media_heads | lex.institution_heads | lex.body_heads | lex.company_heads \
            or country_of(tail, lex) is not None:
        return None
    if not all(_describing(w, lex) for w in desc[:-1]) or not (_describing(desc[-1], lex) or _person_noun(desc[-1], lex)):
        return None  # (a noun for a thing: 'the online publication Jolby', 'a point Hesk')
    sp = analyse(" ".join(tail), lex).speaker
    if sp is None or sp.anonymous or sp.kind not in ("person", "institution"):
        return None
    if _person_noun(desc[-1], lex):
        sp.role = " ".join(body[:k])
    return Mention(raw, speaker=sp)


def _describing(word: str, lex: Lexicon) -> bool:
    """A word shaped as an adjective or an adverb ('angry', 'defensive', 'teary-eyed', 'newly'; grammar.json's
    adjective_endings), 'more', or a title's modifier ('chief', 'political')."""
    return word == "more" or "-" in word or word.endswith(tuple(_ADJECTIVE_ENDINGS)) or word.endswith("ly") \
        or word in lex.title_words


def _person_noun(word: str, lex: Lexicon) -> bool:
    """A noun for a person: a title, an occupation, an unnamed source's head, or a person's ending ('defender')."""
    return word in lex.anonymous_heads or word in lex.title_words or word in lex.occupations \
        or word.endswith(_person_endings())


def _person_or_body_noun(word: str, lex: Lexicon) -> bool:
    """A noun for a person, a group or a body ('scientist', 'voters', 'university'), or any plural."""
    return word in lex.anonymous_heads or word in lex.institution_heads or word in lex.body_heads \
        or word in lex.title_words or word in lex.occupations or _plural(word, lex)


def _plural(word: str, lex: Lexicon) -> bool:
    """A word for many: a group's ('residents', 'staff') or a plural's ending (not 'famous', 'status')."""
    return word in lex.group_heads or lex.occupation_plural(word) or word.endswith("s") \
        and not word.endswith(("ss", "ous", "us", "is"))


def _named_body(head_words: list[str], head_low: list[str], head_base: str, lex: Lexicon) -> bool:
    """Do a mention's capitalised words name a body by a word of an institution ('Harbour Authority', 'Directorate
    General', whose last word may stand before a title too)? Not when they end on a title: 'The Police Commissioner'
    is a person, no body 'the police' could refer to."""
    return any(w in lex.institution_heads for w in head_low) and bool(head_words) and head_words[-1][:1].isupper() \
        and head_base not in lex.anonymous_heads and (head_base not in lex.title_words or head_base in lex.modifiers)


def _hyphened_head(word: str, lex: Lexicon) -> str:
    """The body's head noun a hyphened head opens with ('Directorate-General for Roads': a directorate,
    as 'the directorate' says after it); any other word as it is ('Secretary-General' is a title).

    >>> _hyphened_head("directorate-general", lexicon()), _hyphened_head("secretary-general", lexicon())
    ('directorate', 'secretary-general')
    """
    first, hyphen, rest = word.partition("-")
    if hyphen and (first in lex.institution_heads or first in lex.body_heads) and word not in lex.title_words \
            and not rest.endswith(("ed", "ing")):  # (not 'council-owned', 'state-run')
        return first
    return word


def _role_then_name(raw: str, body: list[str], low: list[str], lex: Lexicon) -> Mention | None:
    """'Jolby Rovers coach Ana Lind', 'Harlow Bank head of equity research Tom Reyes': a body's name, a
    role in lower case with a title or an occupation in it, then a person's name of two to four words;
    the person, named, her role the words before her name.

    >>> _role_then_name("", "Jolby Rovers coach Ana Lind".split(), "kelby rovers coach ana lind".split(),
    ...                 lexicon()).speaker.name
    'Ana Lind'
    >>> _role_then_name("", "Jolby Rovers fans Ana Lind".split(), "kelby rovers fans ana lind".split(), lexicon()) is None
    True
    """
    k = len(body)
    while k > 0 and body[k - 1][:1].isupper() and body[k - 1].replace("-", "").replace(".", "").isalpha():
        k -= 1
    tail = body[k:]
    i = k
    while i > 0 and body[i - 1].islower():
        i -= 1
    role = low[i:k]
    if not 2 <= len(tail) <= 4 or i == k or not _looks_like_name(" ".join(tail), lex) \
            or any(len(w) > 1 and w.isupper() for w in tail) \
            or role[-1] in _PREPOSITIONS or role[-1] in _NAME_JOINS or role[-1] in _DEFINITE | _ARTICLES \
            or any(w in _PREPOSITIONS and w not in ("of", "for", "on") for w in role) \
            or not any(_is_role_word(w, lex) and w not in _PREPOSITIONS
                       and (x == len(role) - 1 or role[x + 1] in ("of", "for", "on")) for x, w in enumerate(role)) \
            or not all(w[:1].isupper() or low[x] in _NAME_JOINS for x, w in enumerate(body[:i])) \
            or any(w in _ANONYMOUS_MARKERS or w in _DEFINITE and low[x - 1] not in ("of", "for", "on")
                   for x, w in enumerate(low[:k])):
        return None  # ('interest in presumptive nominee Ana Lind': a description, then her name)
    sp = Speaker(" ".join(tail), "person", False, role=" ".join(body[:k]), affiliation=" ".join(body[:i]) or None,
                 words=frozenset(fold(w) for w in tail), gender=_gender(low, fold(tail[0]), lex))
    return Mention(raw, definite=False, speaker=sp)


def _sole_post(mw: _MentionWords, head: str, cut: int, lex: Lexicon) -> bool:
    """Does a description name the one holder of a post (titles.json's 'sole_posts') in a body or of a
    person the text names: "Jolby Rail's chief executive", "Ana Lind's lawyer", 'its director', 'the
    head of the Jolby Port Authority'? 'A director', 'the company's spokesman', 'the chief
    executive' alone (who refers back) are not.

    >>> words = "Jolby Rail's chief executive".split()
    >>> _sole_post(_MentionWords(words, [fold(w) for w in words], words, [fold(w) for w in words], "", False),
    ...            "executive", 4, lexicon())
    True
    """
    body, low = mw.body, mw.body_low
    if not low or mw.low[0] in _INDEFINITE or head not in lex.sole_posts or low[cut - 1] != head \
            or any(w in _ANONYMOUS_MARKERS or w in _SHARED_POSTS for w in low[:cut]):
        return False  # ('its senior vice president': one of several)
    owner = next((k for k, w in enumerate(body[:cut]) if _possessive(w) or low[k] in lex.owner_pronouns), None)
    if owner is not None:
        # ("Jolby Rail's chief executive": the owner's name capitalised, the post in lower case after it)
        return (low[owner] in lex.owner_pronouns and owner == 0 or all(w[:1].isupper() for w in body[:owner + 1])) \
            and all(w.islower() for w in body[owner + 1:cut]) and cut == len(body)
    # ('the head of the Jolby Port Authority': the post, then the body's name)
    rest = body[cut + 1:] if cut < len(body) and low[cut] == "of" else []
    if rest and fold(rest[0]) == "the":
        rest = rest[1:]
    return mw.definite and cut <= 2 and all(w.islower() for w in body[:cut]) and bool(rest) and _capitalised_name(rest)


def _unnamed_body(mw: _MentionWords, head: str, lex: Lexicon) -> bool:
    """Is the body a mention describes one the text does not name ('a local union', 'an environmental
    group', 'a state company', 'a federal regulator familiar with the case')? An indefinite article
    and no word of a name, a country's adjective aside: anonymous, like 'an official'. ('the union' refers to one named before; 'a
    Tarnby union' names no one either, but its place word may be a name's first word: kept named.)"""
    return bool(mw.low) and mw.low[0] in _INDEFINITE and (head in lex.private_body_heads or head in lex.body_heads) \
        and all(w.islower() or fold(w) in lex.country_index for w in mw.body)


def _company_after_description(raw: str, mw: _MentionWords, lex: Lexicon) -> Mention | None:
    """'battery maker Kestrel', 'German carmaker Tessel', 'British charity Seaward Trust': the company or
    body after the words that say what it is, which are its role (the description's country its
    affiliation); its head noun lets 'the carmaker' refer back to it. A head no person bears
    (titles.json's 'firm_descriptors') makes a name of any words a body's."""
    body, low = mw.body, mw.body_low
    k = next((k for k in range(len(body) - 1, 0, -1) if not body[k][:1].isupper()), 0) + 1
    head = low[k - 1] if 0 < k < len(body) else ""
    firm = head in lex.firm_descriptors
    if not (1 < k or firm and body[0].islower()) or not k < len(body) \
            or head not in lex.company_heads and not firm or head in lex.person_trades \
            or not body[k - 1].islower() \
            or low[k] in lex.given_names:
        return None
    tail = body[k:]
    if len(tail) > 1 and tail[-1] not in lex.company_words and not firm:
        return None  # 'crane operator Wiremu Tane': two names and no company word are a person's
    # ('U.S. chipmaker Norvia': a country's initials written with stops)
    country = country_of(body[:k], lex) or country_of([w.replace(".", "") for w in body[:k] if "." in w], lex)
    return Mention(raw, speaker=Speaker(" ".join(tail), "institution", False, role=" ".join(body[:k]),
                                        affiliation=country, head=head,
                                        words=frozenset(fold(w) for w in tail)))


def _named_by_head(raw: str, mw: _MentionWords, lex: Lexicon) -> Mention | None:
    """A body the text names by a capitalised word before its head noun in lower case: an officer's
    office ("the Harbour Secretary of State's office") or a party ('the opposition Green party'), on
    the record like any body so named; not 'a party official', nor 'Opposition parties' opening a
    sentence.

    >>> words = "the opposition Green party".split()
    >>> _named_by_head("", _MentionWords(words, words, words[1:], words[1:], "", True), lexicon()).speaker.kind
    'institution'
    """
    body, low = mw.body, mw.body_low
    if len(body) < 2 or low[-1] not in lex.institution_heads or not body[-1].islower() or not body[-2][:1].isupper():
        return None
    if _possessive(body[-2]):
        named = _capitalised_name(body[:-1])  # ('Sources in the Harbour Master's office' are its sources)
    else:
        named = mw.definite and low[-1] in lex.anonymous_heads and not any(
            w in _PREPOSITIONS or w in lex.anonymous_heads or w in lex.group_heads for w in low[:-1])
    if not named:
        return None
    return Mention(raw, definite=mw.definite, speaker=Speaker(" ".join(body), "institution", False, head=low[-1],
                                                              words=frozenset(low)))


def _last_title(head_words: list[str], head_low: list[str], lex: Lexicon) -> int:
    """The index of the last title word before a name (-1 for none): 'Defence Minister Ana Costa',
    or common nouns before a name ("engineer Rosa Ibarra", "party activist Tomas Berg")."""
    last_title = title_end(head_words, head_low, lex)
    if last_title >= 0:
        return _role_run_end(head_words, head_low, last_title, lex)
    if len(head_words) >= 3:
        k = len(head_words)
        while k > 0 and head_words[k - 1][:1].isupper():
            k -= 1
        # ('County biologist Tara Quill': a capitalised word may open the description, as a sentence's first)
        first = 1 if k >= 2 and head_words[0][:1].isupper() and fold(head_words[0]) not in lex.not_names else 0
        if len(head_words) - k >= 2 and 0 < k <= 3 and all(w[:1].islower() for w in head_words[first:k]) \
                and not (first and all(w in _NAME_PARTICLES for w in head_low[first:k])) \
                and not any(w in _ANONYMOUS_MARKERS or w in lex.group_heads or w in _NAME_JOINS
                            or w in lex.anonymous_heads and w not in lex.person_descriptions
                            and not (w == head_low[k - 1] and w + "s" in lex.anonymous_heads)
                            for w in head_low[:k]):
            # ('Jolby man Tom Reyes', 'local woman Ana Costa': where she is from, then her name; 'retired
            # teacher Tom Reyes': one person's work, a word for one of many, then his name)
            last_title = k - 1
        elif k == 0 and _role_before_given_name(head_words, head_low, lex):
            last_title = len(head_words) - 3
        elif k == 0:
            last_title = _occupation_run(head_words, head_low, lex) - 1
    return last_title


def _occupation_run(words: list[str], low: list[str], lex: Lexicon) -> int:
    """How many capitalised words before a given name (or its initial) are a role with no title word
    in it: a body's initials, modifiers and an occupation ('KWA Senior Engineer P Ramos', 'Principal
    Engineer Ana Costa'); 0 for none.

    >>> _occupation_run("KWA Senior Engineer P Ramos".split(), "kwa senior engineer p ramos".split(), lexicon())
    3
    >>> _occupation_run("Senior Ana Costa".split(), "senior ana costa".split(), lexicon())
    0
    """
    k = 1 if len(words) > 3 and 2 <= len(words[0]) <= 6 and words[0].isupper() and words[0].isalpha() else 0
    while k < len(words) - 2 and _is_role_word(low[k], lex):
        k += 1
    rest = len(words) - k
    if not 2 <= rest <= 4 or not any(w.rstrip(".") in lex.occupations for w in low[:k]) \
            or not (low[k] in lex.given_names or _initial(words[k])):
        return 0
    return k


def _role_run_end(words: list[str], low: list[str], last_title: int, lex: Lexicon) -> int:
    """The last word of a run of role words (capitalised or not) that goes on after a title word, before the
    name: an occupation, a title or a modifier ('Chief Engineer Ana Costa', 'Deputy Chief Fire Officer
    Ana Costa'); the name keeps at least one word and opens at the first word that is none.

    >>> _role_run_end(["Chief", "Engineer", "P", "Ramos"], ["chief", "engineer", "p", "ramos"], 0, lexicon())
    1
    >>> _role_run_end(["Mayor", "Tom", "Baker"], ["mayor", "tom", "baker"], 0, lexicon())
    0
    """
    k = last_title + 1
    while k < len(words) - 1 and _is_role_word(low[k], lex):
        k += 1  # (in lower case too: 'District engineer Ana Costa', a sentence's first word capitalised)
    return k - 1


def _is_role_word(word: str, lex: Lexicon) -> bool:
    """A title, a modifier of one or an occupation, and no given name ('Engineer', 'Chief', 'Deputy')."""
    bare = word.rstrip(".")
    return (bare in lex.title_words or bare in lex.modifiers or bare in lex.occupations) \
        and bare not in lex.given_names


def _initial(word: str) -> bool:
    """A given name written as its initial: 'P', 'P.', 'R.K.'."""
    return bool(re.fullmatch(r"(?:[A-Z]\.?){1,3}", word))


def _role_before_given_name(words: list[str], low: list[str], lex: Lexicon) -> bool:
    """Are the first one or two of three or four capitalised words common nouns (a place may open
    them) before a given name and a surname ('Volunteer Ana Costa told us', 'Brackwater Alderwoman
    Ana Costa said'), which no given name or particle is: a role, no part of the name? One word
    titles.json lists as a trade of a person ('Contractor Tavi Malu said') or a word for a person by their work
    or their life ('Fisherman Piet Varsk', 'Retiree Jan Novak': `_person_word`) is one before any name.

    >>> _role_before_given_name(["Volunteer", "Ana", "Costa"], ["volunteer", "ana", "costa"], lexicon())
    True
    >>> _role_before_given_name(["Brackwater", "Alderwoman", "Ana", "Costa"], ["brackwater", "alderwoman", "ana", "costa"],
    ...                         lexicon())
    True
    >>> _role_before_given_name(["Mary", "Ana", "Costa"], ["mary", "ana", "costa"], lexicon())
    False
    >>> _role_before_given_name(["Dorian", "K.", "Vell"], ["dorian", "k.", "vell"], lexicon())  # a middle initial
    False
    """
    role = len(words) - 2
    return role in (1, 2) and all(w.isalpha() and w[1:].islower() for w in words[:role]) \
        and not any(w in lex.given_names or w in _NAME_PARTICLES or w in lex.honorifics
                    for w in low[:role]) and words[0] not in lex.not_names \
        and (low[role] in lex.given_names
             or _initial(words[role]) and all(_is_role_word(w, lex) for w in low[:role])
             or role == 1 and (low[0] in lex.person_trades or _person_word(low[0], lex))) \
        and not any(w in lex.institution_heads or w in lex.body_heads for w in low) \
        and not any(w in lex.company_words for w in words)


def _person_word(word: str, lex: Lexicon) -> bool:
    """A word for a person by their work or their life (titles.json occupations, person_descriptions,
    anonymous_heads: 'fisherman', 'retiree', 'resident'), never a given name."""
    return (word in lex.occupations or word in lex.person_descriptions or word in lex.anonymous_heads) \
        and word not in lex.given_names


def title_end(words: list[str], low: list[str], lex: Lexicon) -> int:
    """The index of the last title word of a titled name (-1 for none); a last word that is also a
    title is a surname after a given name, a title or a courtesy title: 'Rep. Peter King', 'Angus King',
    'Mr. King', 'Sen. King', 'Dr Bishop' (after a title word written out, a title goes on: 'Prime Minister')."""
    last_title, k = -1, 0
    for k, w in enumerate(low):
        bare = w.rstrip(".")
        if k > 0 and low[k - 1] in _NAME_PARTICLES and words[k - 1][:1].islower():
            break  # a name's particle goes on with the name: 'Faris bin Sultan Al Habsi' is no sultan
        compound = _compound_honorific(low, k)
        if compound and k > last_title:
            last_title = k + compound - 1  # 'Tan Sri Rahim Osman', 'Dato Seri Setia Ali Osman'
        elif _fathers_honorific(words, low, k, last_title, lex):
            break  # 'Hajah Nurul Haji Talib': Nurul, whose father is Haji Talib
        elif k <= last_title:
            continue  # (inside a compound)
        elif bare in _GIVEN_HONORIFICS and k < len(low) - 1 and words[k + 1][:1].isupper() and not any(
                w.rstrip(".") in _NAME_HONORIFICS or w in _DESCENT_LINKS for w in low[k + 1:]):
            break  # 'Awang Tengah Ali Hasan': a given name too, no father's name after it ('Awang Rizal Haji Kassim')
        elif bare in lex.title_words or bare in lex.honorifics:
            before = low[k - 1].rstrip(".") if k > 0 else ""
            if k == len(low) - 1 and k > 0 and words[k][:1].isupper() and (
                    (before in lex.courtesy_titles or before in lex.honorifics) and bare in lex.surname_titles
                    or (last_title >= 0 or low[k - 1] in lex.given_names) and before not in lex.title_words):
                break
            last_title = k
    return last_title


def _compound_honorific(low: list[str], k: int) -> int:
    """How many words an honorific of several words opening at word k has ('Tan Sri', 'Dato Seri Setia'); 0 for none."""
    return next((n for n in (4, 3, 2) if k + n <= len(low) and " ".join(low[k:k + n]) in _HONORIFIC_COMPOUNDS), 0)


def _fathers_honorific(words: list[str], low: list[str], k: int, last_title: int, lex: Lexicon) -> bool:
    """Is word k an honorific inside a name, before the father's name, after the person's own name and
    perhaps a title ('Resident Hajah Nurul Haji Talib', 'Nurul Haji Talib': Nurul, whose father is Haji Talib;
    not 'Awang Haji Talib', where both are honorifics before the name, nor 'Resident Haji Talib')? No
    honorific follows it, and a name does."""
    return low[k].rstrip(".") in _NAME_HONORIFICS and k - last_title > 1 and k < len(low) - 1 \
        and all(w[:1].isupper() for w in words[last_title + 1:k + 2]) \
        and not any(_is_role_word(w, lex) or _person_word(w, lex) or w in lex.country_index or w in lex.not_names
                    for w in low[last_title + 1:k]) \
        and not any(w.rstrip(".") in _NAME_HONORIFICS or _compound_honorific(low, j) for j, w in
                    enumerate(low[k + 1:], k + 1))


def _person_after_title(raw: str, mw: _MentionWords, head_words: list[str], head_low: list[str], head_base: str,
                        last_title: int, affiliation: str | None, lex: Lexicon) -> Mention | None:
    """A person's name: capitalised words after the last title word, unless they name an
    institution, a country or a medium."""
    tail = head_words[last_title + 1:]
    tail_low = head_low[last_title + 1:]
    institution = any(w in lex.institution_heads for w in head_low) and head_base in lex.institution_heads \
        or head_base in lex.body_heads or head_words[-1] in lex.company_words \
        or (last_title < 0 or all(w[:1].isupper() for w in head_words) and head_low[0] not in lex.title_words) \
        and len(head_words) > 1 and head_words[-1] in lex.organisation_words and not mw.appositive \
        and not (len(head_words) == 2 and head_low[0] in lex.given_names)  # 'Ardelle County', 'Gullby Energy'
    # (an organisation's word ends a body's name only when no appositive describes it: 'Kestrel Forum, an
    # environmental group, said' keeps the description as the role the status rules read)
    if not (tail and all(_namelike(w) for w in tail) and not institution and not (
            len(tail) == 1 and (fold(tail[0]) in lex.country_index or tail_low[0] in lex.media_heads))
            and head_base not in lex.anonymous_heads and head_base not in lex.group_heads
            and not (len(head_words) == 1 and lex.occupation_plural(head_base))):
        return None  # (nor 'Nurses at the clinic': a sentence's capital on a plural noun of work)
    party = _party_words(head_words[:last_title], lex)
    if party and affiliation is None:
        affiliation = " ".join(head_words[:party])  # 'Labour MP Ana Costa': her party, then her title
    role = _role(head_words[party:last_title + 1], raw, lex)
    if mw.appositive and (not role or fold(role).rstrip(".") in lex.courtesy_titles):
        # ('Dr Ana Costa, the chief executive of X', 'Mr. Reyes, a broker': the description tells her role)
        first, _, rest = mw.appositive.partition(" ")
        role = rest if fold(first) in _ARTICLES and rest else mw.appositive  # 'Lind, a pilot': pilot
    name = " ".join(tail)
    if name.endswith("’s") or name.endswith("'s"):
        name = name[:-2]
    sp = Speaker(name, "person", False, role=role, affiliation=affiliation, words=frozenset(fold(w) for w in tail),
                 gender=_gender(mw.low, fold(tail[0]) if len(tail) > 1 else None, lex))
    return Mention(raw, definite=False, speaker=sp)


def _party_words(words: list[str], lex: Lexicon) -> int:
    """How many of the first words name a political party ('Liberal Democrat', 'Labour'),
    0 for none; only capitalised words before a title word can.

    >>> _party_words(["Labour", "MP"], lexicon())
    1
    >>> _party_words(["Defence", "Minister"], lexicon())
    0
    """
    for k in range(min(len(words), 3), 0, -1):
        if all(w[:1].isupper() for w in words[:k]) and fold(" ".join(words[:k])) in lex.parties:
            return k
    return 0


# a space after a word character (the look-behind follows the space, so the engine skips from space to
# space): "(?<=\w)\s+" written "\s(?<=\w\s)\s*"
# a news site by its address: a name of three letters or more, then a country's domain or a generic one for
# news ('Newsbook.com.mt', 'lovin.co.uk', 'Politico.com'; not a tracker's 'Layoffs.fyi')
WEB_ADDRESS = re.compile(r"([A-Za-z0-9][\w-]{2,})(?:(?:\.(?:com|co|org|net|gov))?\.[a-z]{2}|\.(?:com|net|org|info|news))")
# a relative clause that can only describe people, after a description ('guides | who worked for the firm')
_PEOPLE_CLAUSE = re.compile(r"\s(?:who|whom)\s+\w")
_PLURAL_NOUN = re.compile(r"[a-z]+[^s]s")
_RELATIVE = re.compile(r"\s(?<=\w\s)\s*(?:who|whom|whose|which|that)\s+\w")
# how many of a group speak: 'Seven of them said', '12 of the residents told', 'some of us' (any count: grammar.json's
# partitive_counts, matcher.json's number words or digits)
_GROUP_COUNTS = "|".join([*(re.escape(w).replace(r"\ ", " ") for w in load_data("grammar.json")["partitive_counts"]),
                          r"\d{1,4}", *load_data("matcher.json")["number_words"]])
_PARTITIVE = re.compile(r"(?:any|none|" + _GROUP_COUNTS + r")\s+of\s+((?:the|these|those)\s+\S.*)$", re.IGNORECASE)
_OWNED = re.compile(r"(.+?)['\u2019]s\s+((?:[a-z-]+\s+){0,3}[a-z-]+)$")
_ONE_OF_THEM = re.compile(r"(" + _GROUP_COUNTS + r")\s+of\s+(them|us)$", re.IGNORECASE)


def _owns_document(owner: str, rest: str, lex: Lexicon) -> bool:
    """Does a named owner ('the State Department') hold the document the words name ('public
    schedule', 'own records'), so that the owner speaks for it?"""
    return any(w[:1].isupper() for w in owner.split()) and (
        fold(rest.split()[-1]) in lex.not_sources or fold(rest.split()[-1]) in lex.issuer_nouns)


def _complement_owner(owner: str, lex: Lexicon) -> bool:
    """Is the owner of a document the object of a preposition after a person or a group ("people
    with knowledge of the Board's inquiry"): the person or group speak, not the owner?"""
    words = owner.split()
    low = [fold(w) for w in words]
    p = next((k for k, w in enumerate(low) if k > 0 and w in _PREPOSITIONS), None)
    # (a capitalised title before 'of' is an office's name: "the Registrar of Lands's report")
    return p is not None and any((w in lex.anonymous_heads or w in lex.group_heads or w in lex.title_words)
                                 and not (words[k][:1].isupper() and low[p] == "of") for k, w in enumerate(low[:p]))


_ISSUED_BY = re.compile(r"(.+?)['\u2019]s\s+(?:(?:written|official|joint|brief|latest|new)\s+)?"
                        r"(?:statement|release|press release|communiqu[eé]|announcement|letter|website)$", re.IGNORECASE)


def _role(words: list[str], raw: str, lex: Lexicon) -> str | None:
    """A role's words as the text writes them: an abbreviated title keeps its full stop ('Rep.',
    'Sen.', 'Gen.'), which the words of a mention drop."""
    low = [fold(w).rstrip(".") for w in words]
    end = len(low)
    while end > 1:
        n = next((n for n in (4, 3, 2) if end - n >= 1 and _compound_honorific(low[:end], end - n) == n), 0)
        if not n and not (low[end - 1] in lex.honorifics and low[end - 1] not in lex.honorific_titles):
            break
        end -= n or 1  # ('Resident Hajah', "Residents' representative Awang": her role, no honorific after it)
    if end < len(low) and any(_is_role_word(w, lex) or _person_word(w, lex) or _person_word(w.rstrip("'s"), lex)
                              for w in low[:end]):
        words = words[:end]
    out = [w + "." if fold(w) in lex.honorifics and _written_with_stop(w, raw) else w for w in words]
    return " ".join(out) or None


def _speaks_for_person(raw: str, low: list[str], body: list[str], body_low: list[str], lex: Lexicon) -> Mention | None:
    """'a spokeswoman for Gov. Ana Costa', 'an aide to Sen. Tom Reyes': an unnamed person who speaks
    for a named one, whose name is the affiliation and never the speaker's; a capitalised title
    before 'for' is the named person's own ('Minister for Transport Ana Costa')."""
    f = next((k for k in range(1, len(body) - 1) if body_low[k] in ("for", "to")), None)
    if f is None or not all(w.islower() for w in body[:f]) or body_low[f - 1] not in lex.anonymous_heads \
            and body_low[f - 1] not in lex.title_words or not all(_namelike(w) for w in body[f + 1:]):
        return None
    named = body[f + 1:]
    k = 0
    while k < len(named) - 1 and (fold(named[k]).rstrip(".") in lex.honorifics or fold(named[k]) in lex.title_words):
        k += 1
    if k == 0 and low[0] not in ("a", "an"):
        return None  # 'the spokesman for Kestrel Foods': the body's own spokesman, read as before
    if len(named) - k < 2 or not _looks_like_name(" ".join(named[k:]), lex):
        return None
    sp = Speaker(_role(body, raw, lex) or "", "person", True, role=" ".join(body[:f]),
                 affiliation=" ".join(named[k:]), head=body_low[f - 1], words=frozenset(body_low),
                 gender=_gender(body_low[:f], None, lex))
    return Mention(raw, definite=False, speaker=sp)


def _lower_portfolio(body: list[str], k: int) -> bool:
    """Is body[k] a portfolio's word in lower case after a capitalised title's 'for' or 'on' and before a
    capitalised name ('Minister of State with responsibility for heritage Ana Costa', 'Party spokesperson
    on housing Ana Costa')?"""
    return body[k].isalpha() and body[k].islower() and body[0][:1].isupper() and ("for" in body[1:k] or "on" in body[1:k]) \
        and all(w[:1].isupper() for w in body[-2:])


def _title_of_split(body: list[str], low: list[str], lex: Lexicon) -> int | None:
    """Where the name starts after a title with 'of' or 'for' in it, if the mention is one:
    'Secretary of State John Kerry', 'Minister for Rural Transport Helena Varga'."""
    of = next((k for k in range(1, len(low) - 2) if low[k] in ("of", "for", "from", "on")), None)
    if of is None or not _namelike(body[-1]) or low[of - 1].rstrip(".") not in lex.title_words \
            or not all(_namelike(w) or w in _PORTFOLIO_JOINS or _lower_portfolio(body, k)
                       for k, w in enumerate(body[of + 1:], of + 1)):
        return None  # ('Minister of State at the Office of Fisheries Ana Costa': joined by 'at the')
    honorific = next((k for k in range(of + 2, len(body) - 1) if body[k][:1].isupper() and (
        low[k].rstrip(".") in lex.honorifics or _compound_honorific(low, k))), None)
    if honorific is not None:
        return honorific  # 'Minister of Works Dato Paduka Ali bin Osman': the honorifics open the name's words
    for k in (k for k in range(of + 2, len(body)) if body[k][:1].isupper() and not _in_place_name(low, k, lex)):
        if low[k] in lex.given_names or " ".join(low[:k]) in lex.titles:
            # 'Secretary of State Tillerson': after a whole title, a surname alone is a name
            return k if len(body) - k >= 2 or " ".join(low[:k]) in lex.titles else None
    if len(body) - of > 3 and body[0][:1].isupper() and not any(
            w in lex.institution_heads or w in lex.title_words or w in lex.country_index for w in low[-2:]):
        # a capitalised title, a portfolio, then a name whose given name no list holds: the last two
        # words ('the director of Public Health Wales' is a role in a body, not a title before a name),
        # or three after a portfolio's last word the titles know ('Minister for Water and Energy
        # Sela Ama Roe': 'energy' modifies a title, so the three words after it are the name)
        known = max((k for k in range(of + 1, len(body) - 2) if body[k][:1].isupper() and low[k] in lex.modifiers),
                    default=-1)
        if len(body) - known == 4 and body[known + 1][:1].isupper():
            return known + 1
        # (or the three after a body's last word: 'Head of the Tarn Ferry Authority Vu Quang Hai')
        return len(body) - 3 if len(body) - of > 4 and _ends_body(body[-4], lex) and not _ends_body(body[-3], lex) \
            and not _is_role_word(low[-3], lex) and low[-3].rstrip(".") not in lex.honorifics else len(body) - 2
    return None


def _ends_body(word: str, lex: Lexicon) -> bool:
    """Does this capitalised word end a body's name ('Company', 'Ministry', 'Authority', 'Energy')?"""
    low = fold(word)
    return word[:1].isupper() and (low in lex.institution_heads or low in lex.body_heads or low in lex.generic_body_heads
                                   or low in lex.company_heads or word in lex.company_words
                                   or word in lex.company_suffixes)


def _in_place_name(low: list[str], k: int, lex: Lexicon) -> bool:
    """Is word k of a titled mention (folded words) inside the title's place rather than the first of the
    name: just after a town's first word ('St', 'Fort'), or before a word of a constituency's name that
    is not the mention's last ('for St Jolby Eastern Ana Costa': 'Jolby' opens no name)?

    >>> _in_place_name("member for st albert eastern ana costa".split(), 3, lexicon())
    True
    >>> _in_place_name("member for kelby eastern ana costa".split(), 4, lexicon())
    False
    """
    return low[k - 1] in lex.place_openers or any(w in lex.place_words for w in low[k:-1])


def _looks_like_name(text: str, lex: Lexicon) -> bool:
    """Two to four capitalised words and no title, heading or country: 'Ana Costa'; with the particles a
    name keeps and a word after each ('Faris bin Sultan Al Habsi': the word after 'bin' is a name, no title)."""
    words = text.split()
    low = [fold(w).rstrip(".,") for w in words]
    # (a father's honorific inside the name, as a particle: 'Nurul Haji Talib', 'Ali bin Haji Osman')
    particle = [w[:1].islower() and fold(w) in _NAME_PARTICLES or 0 < k < len(words) - 1 and low[k] in _NAME_HONORIFICS
                for k, w in enumerate(words)]
    if not 2 <= len(words) <= 4 + 2 * sum(particle) or not all(_namelike(w) for w in words):
        return False
    return not any((w in lex.title_words or w in lex.honorifics) and not (k and particle[k - 1] or particle[k])
                   or w in lex.institution_heads or w in lex.media_heads
                   or w in lex.outlet_words for k, w in enumerate(low)) and fold(text) not in lex.country_index


def _gender(words: list[str], given: str | None, lex: Lexicon) -> str | None:
    """'f' or 'm' when the given name or a role word says so ('Mrs', 'spokeswoman'), else None."""
    if given in lex.female_names:
        return "f"
    if given in lex.male_names:
        return "m"
    for w in words:
        bare = w.rstrip(".")
        if bare in lex.female_words:
            return "f"
        if bare in lex.male_words:
            return "m"
    return None


def _capitalised_name(words: list[str]) -> bool:
    """Are words a name written capitalised throughout, joined by 'of', 'and' or 'the' ('Port of
    Jolby Sound', 'Bank of Tarnland')?"""
    return words[0][:1].isupper() and words[-1][:1].isupper() and all(
        w[:1].isupper() or fold(w) in ("of", "and", "the") for w in words)


def _describing_words(mention_text: str, lex: Lexicon) -> frozenset[str]:
    """The words of a definite description in lower case that describe what it refers to ('coastal'
    in 'the coastal port'), not those that set it apart ('other', 'new', 'second')."""
    return frozenset(fold(w) for w in clean(mention_text).split()[1:]
                     if w[:1].islower() and fold(w) not in lex.adjectives and fold(w) not in _DEFINITE)


def _namelike(word: str) -> bool:
    return word[:1].isupper() or fold(word).rstrip("-") in _NAME_PARTICLES or fold(word).startswith(("al-", "el-"))


def _describe(body: list[str], lex: Lexicon) -> str:
    """An anonymous speaker's description: the words as given, a common noun lower-cased."""
    text = " ".join(body)
    first = fold(body[0])
    second = body[1] if len(body) > 1 else ""
    if second[:1].isupper() and (fold(second) in lex.institution_heads or first in lex.courtesy_titles):
        return text  # "Defense Ministry sources": part of a name; "Mr. Hesk's aides": his title
    if body[0][:1].isupper() and not (len(body[0]) > 1 and body[0].isupper()) and (first in lex.anonymous_heads or first in lex.modifiers or first in lex.group_heads
                                  or first in _ANONYMOUS_MARKERS or first in lex.title_words
                                  or first in lex.media_heads or first in ("people", "unnamed", "anonymous",
                                                                           "many", "some", "several", "other",
                                                                           "official", "officials", "two",
                                                                           "three", "four", "five", "both")
                                  or (first in lex.institution_heads and not second[:1].isupper())):
        text = text[0].lower() + text[1:]
    return text


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _unowned(words: Iterable[str]) -> set[str]:
    """A mention's words without their possessive endings, articles and demonstratives ("the council's
    spokeswoman": council, spokeswoman)."""
    return {w.replace("'s", "").replace("’s", "").rstrip("'’") for w in words} - _DEFINITE - _ARTICLES


def _bare_capitalised(text: str) -> bool:
    """One capitalised word and nothing else: 'King', not 'the King' or 'King Harald'."""
    word = text.strip()
    return " " not in word and word[:1].isupper() and word[1:].islower() and word.isalpha()


def _role_body(role: str, lex: Lexicon) -> str | None:
    """The body a person's role names her title in: after 'of' or 'at' ('chief executive of Jolby Rowing'),
    or before a title in lower case ('Jolby Rowing chief executive'); None for a role of no body.

    >>> _role_body("chief executive of Jolby Rowing", lexicon()), _role_body("Jolby Rowing chief executive", lexicon())
    ('Jolby Rowing', 'Jolby Rowing')
    >>> _role_body("retired teacher", lexicon()) is None
    True
    """
    words = role.replace(",", " ").split()
    at = next((k for k, w in enumerate(words) if w in ("of", "at") and k > 0), None)
    if at is not None:
        body = words[at + 1:]
        body = body[1:] if body and fold(body[0]) in _ARTICLES else body
    else:
        k = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
        body = words[:k] if 0 < k < len(words) and fold(words[-1]) in lex.title_words else []
    if not body or not all(_namelike(w) or w in ("and", "of") for w in body) or not body[-1][:1].isupper() \
            or len(body) == 1 and fold(body[0]) in lex.country_index:
        return None
    return " ".join(body)


def _parent_named(sp: Speaker, known: Speaker) -> bool:
    """Does a body's name (`sp`: 'the Jolby Angling Society') name the body a known one is part of
    ('the Licensing Panel of the Jolby Angling Society'): its head noun is not the known body's own
    and every word of it comes after the known name's 'of'? Then it is the parent, which speaks for
    itself ('the society said on Friday'), never its board, panel or committee."""
    if sp.anonymous or not sp.head or sp.head == known.head:
        return False
    words = fold(known.name).split()
    after = set(words[words.index("of") + 1:]) if "of" in words else set()
    return bool(after) and {fold(w) for w in sp.name.split()} <= after


def own_name(name: str) -> str | None:
    """The person's own name in a name that holds a parent's after a link of descent or a father's honorific
    ('Rahim bin Osman' -> 'Rahim', 'Nurul Ain Haji Talib' -> 'Nurul Ain'); None for a name with neither."""
    words = name.split()
    at = next((k for k, w in enumerate(words) if k and (w in _DESCENT_LINKS or fold(w) in _NAME_HONORIFICS)), None)
    return " ".join(words[:at]) if at is not None and at <= 3 and at < len(words) - 1 else None


def surname_key(name: str) -> str:
    parts = fold(name).replace("’", "'").split()
    if not parts:
        return ""
    last = parts[-1]
    if last.endswith("'s"):
        last = last[:-2]
    for prefix in ("al-", "el-"):
        if last.startswith(prefix):
            last = last[len(prefix):]
    return last


_Kept = TypeVar("_Kept", bound="Speaker | None")  # what Registry.kept makes of a reading


class Registry:
    """Speakers met so far in a document, most recent last; resolves anaphora and merges mentions."""

    def __init__(self, lex: Lexicon | None = None) -> None:
        self.lex = lex or lexicon()
        self.speakers: list[Speaker] = []
        self.recent: list[Speaker] = []  # the last few speakers, most recent last (bounded: anaphora look back briefly)
        self.by_name: dict[str, Speaker] = {}
        self.by_surname: dict[str, Speaker] = {}
        # the bodies met so far only as a document's maker ('A survey by the Land Agency found'), by id
        self.makers: set[int] = set()
        # the body a text gives these initials to ('the Jolby Harbour Board (KHB)'), set by the document
        self.initials: Callable[[str], str | None] | None = None

    def touch(self, sp: Speaker) -> Speaker:
        if sp in self.recent:
            self.recent.remove(sp)
        self.recent.append(sp)
        if len(self.recent) > 30:
            del self.recent[0]
        return sp

    def resolve(self, mention_text: str, people: Mapping[str, str] | None = None,
                named: Callable[[str], str | None] | None = None) -> Speaker:
        """The speaker a mention refers to, added when new. `named(head)` gives the institution the
        text last named with that head noun ('the council' -> 'Kilmorey County Council')."""
        given = self._given_initials(mention_text)
        if given is not None:
            return given
        mention = analyse(mention_text, self.lex)
        if mention.pronoun:
            return self._by_pronoun(mention.pronoun)
        sp = mention.speaker
        if sp is None:
            return self.touch(self._add(Speaker(mention.text or "unidentified speaker", "person", True)))
        if sp.anonymous and _bare_capitalised(mention_text):
            # '"...," King said.' after 'Rep. Peter King': a surname that is also a title word
            known = self._by_name(mention_text)
            if known is not None:
                return self.touch(known)
            full = people.get(surname_key(mention_text)) if people is not None else None
            if full and fold(full) != fold(mention_text):
                return self.resolve(full, people, named)
        if sp.kind == "person" and self._company_so_written(sp, people):
            sp.kind = "institution"
        if sp.kind == "person" and not sp.anonymous:
            met = self._holder_met(sp) if sp.head is not None else self._named_again(sp)
            if met is not None:
                return self.touch(met)
            body = self._body_of_name(sp)
            if body is not None:
                return self.touch(body)
            sp.with_article = fold(clean(mention_text)).startswith("the " + fold(sp.name))
            met = self.by_surname.get(surname_key(sp.name)) if len(sp.name.split()) == 1 else None
            if met is not None and met.name != sp.name and not self._other_gender(met, sp):
                # ('Contractor Ana Lind said C ... Lind says D': the person met under the surname, before any other full name the text gives for it, such as a firm's, 'the accounts of Lind Tiling')
                self._merge(met, sp)
                return self.touch(met)
            if people is not None and len(sp.name.split()) == 1:
                full = people.get(surname_key(sp.name))
                if full and full != sp.name and not _calendar_word(full.split()[0]) \
                        and not (sp.gender and _gender([], fold(full.split()[0]), self.lex) not in (None, sp.gender)):
                    # ('Mr. Lind' is not the 'Barbara Lind' the text names: his mother, say) ("Friday's Harlow" is no full name for Harlow: a date before it)
                    known = self._by_name(full)
                    if known:
                        self._merge(known, sp)
                        return self.touch(known)
                    return self.touch(self._add(Speaker(full, "person", False, role=sp.role,
                                                        affiliation=sp.affiliation, aliases=[sp.name])))
            known = self._by_name(sp.name)
            if known is not None and self._other_gender(known, sp):
                known = None  # ('Barbara Lind' after 'Mr. Lind': another person of the family)
            known = known or self._holder_named(sp) or self._described_named(sp)
            if known:
                self._merge(known, sp)
                return self.touch(known)
            return self.touch(self._add(sp))
        if sp.kind == "media" and not sp.anonymous:
            known = self.by_name.get(f"media|{fold(sp.name)}")
            return self.touch(known or self._add(sp))
        named_later = self._titled_person(mention_text, sp, people)
        if named_later is not None:
            return self.resolve(named_later, people, named)
        bare_title = not mention.definite and self._bare_title(mention_text, sp)
        if bare_title:
            # '... and current Democratic nominee said': the person named last, when the text gave no role
            last = self.last_named_person()
            if last is not None and not last.role and not (sp.gender and last.gender and sp.gender != last.gender):
                return self.touch(last)
        if mention.definite or bare_title:
            found = self._referred(mention_text, mention, sp, people, named)
            if found is not None:
                return found
            holder = self._title_holder(sp, people)
            if holder is not None:
                return self.resolve(holder, people, named)
        known = self.by_name.get(f"{sp.kind}|{fold(sp.name)}") or self._person_of_name(sp) or (
            self.by_name.get(f"{sp.kind}|{fold(sp.name[:-1])}") if sp.name.endswith(".") else None)  # ('ehf.', 'ehf')
        if known and not (sp.anonymous and not mention.definite and sp.head in ("source", "official", "person")):
            return self.touch(known)
        sp.particular = self._particular(mention_text, sp)
        return self.touch(self._add(sp))

    def _company_so_written(self, sp: Speaker, people: Mapping[str, str] | None) -> bool:
        """'Marlow AG said C': one word and a legal form that is also a person's post-nominal ('AG', an attorney
        general) name a company, unless the text names a person of that surname ('Ana Wang ... Wang AG said')."""
        bare = without_legal_form(sp.name, self.lex) if not (sp.anonymous or sp.role or sp.gender) else None
        if bare is None or " " in bare or fold(bare) in self.lex.given_names:
            return False
        full = people.get(surname_key(bare)) if people is not None else None
        return not (full and fold(full) != fold(bare)) and self.by_surname.get(surname_key(bare)) is None

    def _by_pronoun(self, pronoun: str) -> Speaker:
        """The speaker a pronoun mention refers to: the last one it can be, else none or an unknown one."""
        found = self._pronoun(pronoun)
        if found:
            if found.kind == "person" and not found.plural and pronoun in ("he", "she"):
                # 'Costa ... she said': a later 'he' is someone else
                found.gender = found.gender or ("f" if pronoun == "she" else "m")
            return self.touch(found)
        if pronoun == "it":
            # 'On one count, it has stirred a debate': no body or medium before it, a thing, no speaker
            return Speaker("it", "institution", True, head="it")
        if pronoun == "you":
            # 'You can read our full report here': the reader addressed, no speaker
            return Speaker("you", "person", True, head="you")
        return self.touch(self._add(Speaker("unidentified speaker", "person", True, head="speaker")))

    def _body_of_name(self, sp: Speaker) -> Speaker | None:
        """'German carmaker Tessel said C ... Tessel said D': one name in one document is one entity, so a
        bare name (no title, no gender) the text gave a body before is that body again, not a person."""
        known = self.by_name.get(f"institution|{fold(sp.name)}")
        if known is None or known.anonymous or sp.role or sp.gender:
            return None
        return known

    def _person_of_name(self, sp: Speaker) -> Speaker | None:
        """'Tessel said C ... German carmaker Tessel said D': a name read as a person's at first (no
        role, no gender, no given name) that the text then gives a body is that body from its first
        mention on: its kind, role and affiliation are the body's."""
        known = self.by_name.get(f"person|{fold(sp.name)}")
        if sp.kind != "institution" or sp.anonymous or known is None or known.anonymous or known.role \
                or self._gender_of(known) or fold(known.name.split()[0]) in self.lex.female_names \
                or fold(known.name.split()[0]) in self.lex.male_names:
            return None
        self.by_name = {k: s for k, s in self.by_name.items() if s is not known}
        self.by_surname = {k: s for k, s in self.by_surname.items() if s is not known}
        known.kind, known.role, known.head, known.words = "institution", sp.role, sp.head, sp.words
        known.affiliation = known.affiliation or sp.affiliation
        self._index(known)
        return known

    def _given_initials(self, mention_text: str) -> Speaker | None:
        """'KHB said D' after 'the Jolby Harbour Board (KHB) said C' (or 'the Jolby Harbour Board, known
        as KHB,'): initials the text gives a body (no outlet) are that body, the initials its alias."""
        words = clean(mention_text).split() if self.initials is not None else []
        if len(words) == 2 and fold(words[0]) == "the":
            words = words[1:]
        name = self.initials(words[0]) if len(words) == 1 and self.initials is not None else None
        return self.body(name, words[0]) if name else None

    def _referred(self, mention_text: str, mention: Mention, sp: Speaker, people: Mapping[str, str] | None,
                  named: Callable[[str], str | None] | None) -> Speaker | None:
        """The speaker met before that a definite description ('the port', 'the company', 'the
        Brackwater woman') or a bare title refers to, else None."""
        found = self._description(sp, _describing_words(mention_text, self.lex))
        if found is not None and found.kind == "institution" and fold(found.name) == fold(sp.name) \
                and found.name.islower():
            # ('The company denies C' in a summary, unresolved then: once the text has named a
            # company, a later 'the company' is that company, not the bare description again)
            found = self._named_institution(sp, named, people) or found
        if found:
            if found.anonymous is False or found.name != sp.name:
                if sp.name not in found.aliases and sp.name != found.name:
                    found.aliases.append(sp.name)
            return self.touch(found)
        found = self._named_institution(sp, named, people) or self._body_in_role(sp)
        if found is not None:
            return found
        again = (self._described_again(sp) or self._described_from(mention_text, sp) or self._described_by_age(sp)) \
            if mention.definite else None
        if again is not None:
            return self.touch(again)
        # 'Tessel Shipping said C. The company said D': the company that spoke just before, over the other sources
        # heard since ('Sorvik Parts said C. A mechanic said D. The supplier said E': the supplier is Sorvik Parts)
        last = next((s for s in reversed(self.recent[-3:]) if self._may_be_a_company(s)), None) \
            if sp.kind == "institution" and sp.head in self.lex.company_heads else None
        if last is not None:
            if sp.name not in last.aliases:
                last.aliases.append(sp.name)
            return self.touch(last)
        return None

    def _titled_person(self, mention_text: str, sp: Speaker, people: Mapping[str, str] | None) -> str | None:
        """'A TD told parliament C' in a lead, when the text names one TD ('Labour TD Ana Costa'): her
        name; None for an anonymous source's head ('a spokesman', 'an official') or none such."""
        lex = self.lex
        titled = getattr(people, "titled", None)
        if titled is None or sp.kind != "person" or not sp.anonymous or sp.plural or not sp.head \
                or sp.head not in lex.title_words or sp.head in lex.anonymous_heads or sp.head in lex.group_heads \
                or len(sp.words) != 1 or fold(clean(mention_text)).split()[0] not in ("a", "an"):
            return None
        found = titled(sp.head)
        return found if isinstance(found, str) else None

    def _title_holder(self, sp: Speaker, people: Mapping[str, str] | None) -> str | None:
        """'The minister said C' when no speaker met so far holds the title: the one person the text
        names with it ('Transport Minister Ana Costa opened the bridge'); a description of more than
        the title and its modifiers ('the Jolby minister', 'the other senator') is someone else."""
        holder = getattr(people, "holder", None)
        lex = self.lex
        if holder is None or sp.kind != "person" or not sp.anonymous or sp.plural or not sp.head \
                or sp.head not in lex.title_words or sp.head in lex.group_heads \
                or not sp.words - _DEFINITE <= lex.modifiers | {sp.head} | lex.title_words:
            return None
        found = holder(sp.head, sp.words - _DEFINITE - {sp.head})
        return found if isinstance(found, str) else None

    def _named_institution(self, sp: Speaker, named: Callable[[str], str | None] | None,
                           people: Mapping[str, str] | None) -> Speaker | None:
        """The institution the text named last with the head noun of 'the council', 'the company'."""
        lex = self.lex
        # ('the payroll software company': a company's description may run to three words)
        if named is None or not sp.head or len(sp.words - _DEFINITE) > (3 if sp.head in lex.company_heads else 2) or not (sp.kind == "institution" or (
                sp.anonymous and not sp.plural and sp.head not in lex.anonymous_heads
                and sp.head not in lex.title_words and sp.head not in lex.group_heads)) or sp.words & lex.adjectives:
            return None  # ('the port' may be 'the Port of Jolby Sound'; 'the spokesman', 'the other port' are not)
        full = named(sp.head)
        if not full or fold(full) == fold(sp.name):
            return None
        found = self.by_name.get(f"institution|{fold(full)}") or self.resolve(full, people)
        if found.kind == "person" and not found.anonymous and not found.gender and not found.role and (
                sp.head in self.lex.company_heads or fold(found.name).split()[-1] == sp.head):
            # 'Kestrel ... the company said', 'Brantwood Country Park ... the park said': the text calls it one
            found.kind = "institution"
        if found.kind != "institution":
            return None
        if sp.name not in found.aliases:
            found.aliases.append(sp.name)
            if sp.name[:1].isupper():
                # ('the Varnholt company' is Corvane Systems: so is a later 'the company' the text finds named so)
                self.by_name.setdefault(f"institution|{fold(sp.name)}", found)
        return found

    def _body_in_role(self, sp: Speaker) -> Speaker | None:
        """'Ana Costa, chief executive of Jolby Rowing, said the organisation ...': a body's bare generic head
        noun ('the organisation', 'the group') after a person named with her title in a body (`_role_body`) is
        that body, when no institution the text named has that head noun."""
        lex = self.lex
        if sp.kind != "institution" or not sp.head or sp.words - _DEFINITE != {sp.head} \
                or sp.head not in lex.generic_body_heads:
            return None  # ('the company' is the company named last, _named_institution and _referred)
        last = next((s for s in reversed(self.recent[-2:]) if s.kind == "person" and not s.anonymous), None)
        body = _role_body(last.role or "", lex) if last is not None else None
        if body is None:
            return None
        found = self.by_name.get(f"institution|{fold(body)}") or self._add(
            Speaker(body, "institution", False, words=frozenset(fold(w) for w in body.split())))
        if sp.name not in found.aliases:
            found.aliases.append(sp.name)
        return self.touch(found)

    def outlet(self, record: dict) -> Speaker:
        """The speaker for an outlet the text refers back to ('the paper')."""
        known = self.by_name.get(f"media|{fold(record['name'])}")
        if known is None:
            known = self._add(Speaker(record["name"], "media", False, affiliation=record.get("country"),
                                      outlet=record, words=frozenset(fold(record["name"]).split())))
        return self.touch(known)

    def as_outlet(self, sp: Speaker, record: dict) -> Speaker:
        """A speaker met as a name with no title that the text then calls a medium ('Gazeta Voinesti reported C.
        The newspaper also reported D'): that outlet from its first mention on, under the same name."""
        self.by_name = {k: s for k, s in self.by_name.items() if s is not sp}
        self.by_surname = {k: s for k, s in self.by_surname.items() if s is not sp}
        sp.kind, sp.outlet, sp.head, sp.affiliation = "media", record, None, record.get("country")
        self._index(sp)
        return self.touch(sp)

    def body(self, name: str, alias: str) -> Speaker:
        """The institution a text names and gives initials to ('the Office of the Harbour Auditor
        (OHA)'), on the record under its name, the initials an alias."""
        name = _date_cut(name)  # ('a poll released Sunday': the poll)
        known = self.by_name.get(f"institution|{fold(name)}") or self.by_name.get(f"institution|{fold(alias)}")
        if known is None:
            known = self._add(Speaker(name, "institution", False, aliases=[alias], words=frozenset(fold(name).split())))
        elif alias != known.name and alias not in known.aliases:
            known.aliases.append(alias)  # ('the Jolby Harbour Board said C' met before its initials)
            self._index(known)
        return self.touch(known)

    def record(self, name: str, head: str) -> Speaker:
        """The record a text cites as the source ('Council records', 'the 2019 principal inspection')
        when no body speaks for it: a source under its own words, never what a pronoun refers to."""
        name = _date_cut(name)  # ('a poll released Sunday': the poll)
        known = self.by_name.get(f"institution|{fold(name)}")
        return known if known is not None else self._add(Speaker(name, "institution", False, head=head,
                                                                  words=frozenset(fold(name).split())))

    def same(self, known: Speaker, again: Speaker) -> Speaker:
        """One source met under two readings (`again` added last): `known` keeps it, under the reading of
        more words, and `again` is dropped."""
        self.forget(again)
        self._merge(known, again)
        return self.touch(known)

    def named_together(self, names: list[str], mention: str) -> Speaker:
        """The people a text names, speaking together under one mention ('the two ministers' after
        'Minister Ana Lind' and 'General Tom Reyes'): one group on the record, the mention its alias."""
        name = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
        known = self.by_name.get(f"group|{fold(name)}")
        if known is None:
            alias = mention[4:] if fold(mention).startswith("the ") else mention
            known = self._add(Speaker(name, "group", False, aliases=[alias], plural=True,
                                      words=frozenset(fold(name).split())))
        return self.touch(known)

    def forget(self, sp: Speaker) -> None:
        """Drop a speaker that turned out to be no source, so no later mention resolves to it."""
        if sp in self.recent:
            self.recent.remove(sp)
        self.speakers = [s for s in self.speakers if s is not sp]
        self.by_name = {k: s for k, s in self.by_name.items() if s is not sp}
        self.by_surname = {k: s for k, s in self.by_surname.items() if s is not sp}
        self.makers.discard(id(sp))  # (an id a later speaker may be given again)

    def kept(self, read: Callable[[], Speaker], keep: Callable[[Speaker, bool], _Kept]) -> _Kept:
        """What `keep(sp, new)` makes of the speaker `read()` resolves through this registry (`new`: the registry
        added speakers for this reading): `sp` itself, another speaker or None. A reading that added speakers and
        that `keep` gives up for another or for none is dropped again, so no later mention resolves to it
        ('Council records' read as a body no text names)."""
        known = len(self.speakers)
        sp = read()
        found = keep(sp, len(self.speakers) > known)
        if found is not sp and len(self.speakers) > known:
            self.forget(sp)
        return found

    def last_named_person(self) -> Speaker | None:
        """The person met most recently under a name (an interview's subject, named in its introduction)."""
        return next((s for s in reversed(self.recent) if s.kind == "person" and not s.anonymous), None)

    def _add(self, sp: Speaker) -> Speaker:
        self.speakers.append(sp)
        self._index(sp)
        return sp

    def _index(self, sp: Speaker) -> None:
        bare = without_legal_form(sp.name, self.lex) if sp.kind == "institution" and not sp.anonymous else None
        if bare and bare not in sp.aliases:
            sp.aliases.append(bare)  # ('NorthSea Freight Ltd said C. NorthSea Freight said D': one company)
        for name in [sp.name, *sp.aliases]:
            self.by_name.setdefault(f"{sp.kind}|{fold(name)}", sp)
        if bare or sp.kind == "institution" and sp.name.endswith(".") and without_legal_form(sp.name, self.lex):
            self.by_name.setdefault(f"{sp.kind}|{fold(sp.name.rstrip('.'))}", sp)  # ('Ltd.' written 'Ltd' again)
        if sp.kind == "person" and not sp.anonymous and sp.head is None:
            # (a post's holder the text does not name, "Jolby Rail's chief executive", has no surname)
            self.by_surname[surname_key(sp.name)] = sp
            own = own_name(sp.name)
            if own:
                # ('Rahim bin Osman said C. Mr Rahim said D': the name before a link of descent or a father's
                # honorific is the one the text calls him by again)
                self.by_name.setdefault(f"person|{fold(own)}", sp)
                self.by_surname.setdefault(surname_key(own), sp)

    def _named_again(self, sp: Speaker) -> Speaker | None:
        """'Dayang Siti Aminah' after 'Dayang Siti Aminah Haji Ludin', 'Awang Tengah' after 'Awang Tengah Ali Hasan': a
        name opening with an honorific that is also a given name (titles.json given_name_honorifics), it or the rest
        the first words of the one full name of a person met before: that person."""
        words = fold(sp.name).split()
        if len(words) < 2 or words[0] not in _GIVEN_HONORIFICS:
            return None
        starts = (" ".join(words) + " ", " ".join(words[1:]) + " ")  # ('Awang Tengah' after 'Awang Tengah Ali Hasan')
        named = [k for k in self.speakers if k.kind == "person" and not k.anonymous and fold(k.name).startswith(starts)]
        return named[0] if len(named) == 1 else None

    def _by_name(self, name: str) -> Speaker | None:
        key = fold(name)
        found = self.by_name.get(f"person|{key}")
        if found is not None and not found.anonymous:
            return found
        s = self.by_surname.get(surname_key(name))
        if s is not None and (len(name.split()) == 1 or len(s.name.split()) == 1):
            return s
        parts = key.split()
        if len(parts) > 1 and parts[0] not in self.lex.female_names and parts[0] not in self.lex.male_names:
            # 'López García' after 'Ana López García', 'Van der Berg' after 'Pieter van der Berg': a name the text gave
            # whole, one given name before a surname of two words or one with its particles (no given name and
            # surname: 'Ana Costa' is no other 'Lina Ana Costa', nor a headline's 'Harbour Widow Ana Costa');
            # two so named (siblings, spouses: 'Ana López García', 'Pedro López García') tell none apart
            named = [sp for sp in self.speakers if sp.kind == "person" and not sp.anonymous
                     and fold(sp.name).endswith(" " + key) and len(sp.name.split()) == len(key.split()) + 1
                     and fold(sp.name.split()[0]) not in self.lex.title_words]
            return named[0] if len(named) == 1 else None
        return None

    def _merge(self, known: Speaker, new: Speaker) -> None:
        if fold(new.name.split()[0]) in self.lex.openers and len(new.name.split()) > 1:
            return  # 'But Trump', 'Even Lind': a word before the name is no part of it
        if len(new.name.split()) > len(known.name.split()):
            known.aliases.append(known.name)
            known.name = new.name
            self._index(known)
        elif new.name != known.name and new.name not in known.aliases:
            known.aliases.append(new.name)
            self._index(known)
        elif known.kind == "person" and not known.anonymous:
            # the speaker named last owns the bare surname ("Ibarra" after "Tomas Ibarra")
            self.by_surname[surname_key(known.name)] = known
        if new.role and (not known.role or len(new.role) > len(known.role)):
            known.role = new.role
        known.affiliation = known.affiliation or new.affiliation
        known.gender = known.gender or new.gender
        known.with_article = known.with_article or new.with_article

    def antecedent(self, pronoun: str) -> Speaker | None:
        """The speaker met so far that a pronoun refers to, if any."""
        return self._pronoun(pronoun)

    def _pronoun(self, pronoun: str) -> Speaker | None:
        if pronoun == "you":
            return None  # the one addressed, never the last speaker
        for s in reversed(self.recent):
            if pronoun in PRONOUNS_PLURAL:
                if s.plural or s.kind in ("group", "institution"):
                    return s
            elif pronoun == "it":
                if s.kind in ("institution", "media"):
                    return s
            elif s.kind == "person" and not s.plural and self._may_be_called_so(s) and not (
                    (pronoun == "he" and self._gender_of(s) == "f") or (pronoun == "she" and self._gender_of(s) == "m")):
                return s
        return None

    def _other_gender(self, known: Speaker, sp: Speaker) -> bool:
        """Do a person met before and a new mention under the same surname have genders that differ
        ('Mr. Lind' or a 'he' before, 'Barbara Lind' now): two people of one family, not one."""
        return bool(sp.gender) and self._gender_of(known) not in (None, sp.gender)

    def _gender_of(self, s: Speaker) -> str | None:
        """A person's gender, from the given name when no mention said it ('said Murphy' resolved
        to a 'Patrick Murphy' the text named without a cue: no reading of a mention gave it)."""
        if s.gender is None and not s.anonymous and " " in s.name:
            s.gender = _gender([], fold(s.name.split()[0]).rstrip("."), self.lex)
        return s.gender

    def _described_again(self, sp: Speaker) -> Speaker | None:
        """'Ruby Tallis posted it. "...," wrote the conservative commentator': a definite description
        of one person right after a named person of no known role is that person again, when its head is
        an epithet for a public figure (titles.json's 'epithet_heads'); 'the analyst', 'the spokesman',
        'her lawyer' name someone else."""
        last = self.recent[-1] if self.recent else None
        if last is None or last.anonymous or last.kind != "person" or last.plural or last.role \
                or sp.kind != "person" or not sp.anonymous or sp.plural or sp.head not in self.lex.anonymous_heads \
                or sp.head not in self.lex.epithet_heads or (sp.gender and last.gender and sp.gender != last.gender):
            return None
        last.role = sp.name
        return last

    def _described_from(self, mention_text: str, sp: Speaker) -> Speaker | None:
        """'Ines Berg, 61, of Brackwater, said C. "...," the Brackwater woman said': a person described
        by where she is from (a capitalised word before a noun for a person, titles.json's
        'person_descriptions') is the person named just before, when no gender tells them apart."""
        words = clean(mention_text).split()[1:]
        if sp.kind != "person" or not sp.anonymous or sp.plural or sp.head not in self.lex.person_descriptions \
                or len(words) < 2 or not all(w[:1].isupper() for w in words[:-1]):
            return None
        return self._person_just_before(sp)

    def _described_by_age(self, sp: Speaker) -> Speaker | None:
        """'Ana Lind coaches the junior squad. "...," said the 38-year-old': a person described by her
        age, with at most a word for a person ('the 38-year-old nurse'), is the person named just before,
        when no gender tells them apart."""
        lex = self.lex
        ages = {w for w in sp.words if _AGE.fullmatch(w)}
        rest = sp.words - ages - _DEFINITE
        if sp.kind != "person" or not sp.anonymous or sp.plural or len(ages) != 1 or len(rest) > 1 or any(
                w not in lex.person_descriptions and w not in lex.occupations and w not in lex.title_words
                and w not in lex.anonymous_heads for w in rest):
            return None
        return self._person_just_before(sp)

    def _person_just_before(self, sp: Speaker) -> Speaker | None:
        """The person named among the last three speakers met, for a description of one person (`sp`),
        when no gender tells them apart (the description's gender is then theirs too)."""
        last = next((s for s in reversed(self.recent[-3:]) if s.kind == "person" and not s.anonymous), None)
        if last is None or last.plural or (sp.gender and last.gender and sp.gender != last.gender):
            return None
        last.gender = last.gender or sp.gender
        return last

    def spoke_as_company(self, mention_text: str, last: Speaker) -> Speaker | None:
        """'Kelvex denied C. "D," the company said': the speaker of the statement just before, when
        the mention is a company's head noun alone after 'the' and that speaker may be a company, even
        one known by a single word (one a given name, role or gender shows to be a person's is not);
        None otherwise. The document asks only when that statement came one sentence before at most."""
        words = fold(clean(mention_text)).split()
        if len(words) != 2 or words[0] != "the" or words[1] not in self.lex.company_heads:
            return None
        if not (self._may_be_a_company(last) or self._body_by_word(last) or self._one_word_body(last)):
            return None
        last.kind = "institution"  # (the text calls it a company: 'the statement' after it is its statement)
        if words[1] not in last.aliases:
            last.aliases.append(words[1])
        return self.touch(last)

    def spoke_as_it(self, last: Speaker) -> Speaker | None:
        """'Kelvex said C. It added D': the speaker of the statement just before, when it is a body
        known by a single word (`_body_by_word`), which 'it' shows to be a body; None otherwise (a
        body the text knows as one is 'it' already). The document asks only for a statement one
        sentence before at most."""
        if last.kind != "person" or not self._body_by_word(last):
            return None
        last.kind = "institution"
        return self.touch(last)

    def _body_by_word(self, s: Speaker) -> bool:
        """Is the speaker a body known by a single word ('Kelvex'), not a person's surname (a given
        name, role or gender says so), a place, or a word in capitals (a headline's: 'VERA FILES')?"""
        one = fold(s.name)
        return " " not in one and self._body_by_name(s) and one not in self.lex.places \
            and one not in self.lex.country_index and not s.name.isupper()

    def _may_be_a_company(self, s: Speaker) -> bool:
        """Can 'the company' refer to this speaker: a body under a name of its own ('Gulfline
        Marine', 'Halden Bay Water'), not a person known by a given name, role or gender, nor a
        public body written after 'the' or named by what it is ('the Coast Guard', 'Kilmorey County
        Council')?"""
        if s.kind == "institution" and not s.anonymous and without_legal_form(s.name, self.lex):
            return True  # ('Marlow AG', 'Hafgola ehf.': its legal form says it is a company)
        words = [fold(w) for w in s.name.split()]
        lex = self.lex
        role = fold(s.role or "").replace("'s", "").split()
        if s.anonymous or s.kind != "person" or s.with_article or len(words) < 2 or s.gender \
                or (role and not any(w in lex.company_heads for w in role)):
            return False  # ("the ferry's operator, Tessel Shipping" may be; 'Mayor Ana Lind' is not)
        return words[0] not in lex.given_names \
            and not any(w in lex.institution_heads or w in lex.body_heads for w in words)

    def _may_be_called_so(self, s: Speaker) -> bool:
        """Can 'he' or 'she' refer to this person: one named, or described by a word for a person
        ('the official', 'a spokeswoman', 'the senator'), not by any other noun ('a response', 'a
        wide array of artists')?"""
        lex = self.lex
        return not s.anonymous or s.head is None or s.head in ("speaker", "interviewee") \
            or s.head in lex.anonymous_heads or s.head in lex.title_words or s.head in lex.occupations

    def _role_words(self, role: str) -> set[str]:
        """The words of a role, with the titles its honorifics stand for ('Sen' -> senator) and the
        words of an abbreviated title ('MP' -> member, parliament; 'Member of Parliament' -> mp)."""
        folded = fold(role).replace(".", " ").replace(",", " ").replace("'s", " ").replace("’s", " ")
        words = set(folded.split())
        words |= {title for w in words for title in self.lex.honorific_titles.get(w, ())}
        spaced = f" {' '.join(folded.split())} "
        for short, full in self.lex.title_abbreviations.items():
            if short in words:
                words.update(full)
            elif f" {' '.join(full)} " in spaced:
                words.add(short)
        return words

    def _holder_met(self, sp: Speaker) -> Speaker | None:
        """'Ana Lind, president of the Jolby Dock Workers, said C. ... the president of the Jolby Dock
        Workers said D': the person met before under her name who holds the post a description names
        (`_sole_post`), in the same body (any body for 'its', 'her')."""
        owner = _unowned(sp.words) - self._role_words(sp.head or "") - {"of", "for"}
        pronoun = bool(owner & set(self.lex.owner_pronouns))
        for s in reversed(self.recent):
            if s.kind == "person" and not s.anonymous and s.head is None and s.role \
                    and (sp.head or "") in self._role_words(s.role) \
                    and (pronoun or owner <= self._role_words(s.role) | self._role_words(s.affiliation or "")):
                if sp.name not in s.aliases:
                    s.aliases.append(sp.name)
                return s
        return None

    def _holder_named(self, sp: Speaker) -> Speaker | None:
        """"Jolby Rail's chief executive said C. ... Chief executive Ana Lind said D": the holder of a
        post met before under the post alone (`_sole_post`), when the text names a person with the same
        post in the same body (or in a body its pronoun stood for, 'its chief executive'): she is that
        holder, and her name his from the first mention on."""
        if not sp.role:
            return None
        role = self._role_words(sp.role)
        for s in reversed(self.recent):
            if s.kind != "person" or s.anonymous or s.head is None or s.head not in self.lex.sole_posts \
                    or s.head not in role or not s.role:
                continue
            post = fold(s.role).replace("'s", " ").replace("’s", " ").replace("'", " ").split()
            owner = post[:next((k for k, w in enumerate(post) if w in self._role_words(s.head)), 0)]
            if owner and (owner[0] in self.lex.owner_pronouns or set(owner) & role):
                self.by_name = {k: v for k, v in self.by_name.items() if v is not s}
                s.aliases.append(s.name)
                s.name, s.head, s.words = sp.name, None, sp.words
                if owner[0] in self.lex.owner_pronouns:
                    s.role = sp.role  # ('its chief executive' says less than 'CEO')
                self._index(s)
                return s
        return None

    def _particular(self, mention_text: str, sp: Speaker) -> str:
        """How an unnamed person's mention describes one person by a post and the body or place it
        is held in, which a later sentence may name: 'the' when it points at her ('the council's
        spokeswoman', 'the regional spokeswoman', "Jolby's transport minister"), 'a' when it is one of
        several ('a spokeswoman for the council', the same words naming her later); '' for a mere head
        ('the spokeswoman'), an unnamed source ('a senior official') or a group."""
        words = fold(clean(mention_text)).split()
        own = _unowned(sp.words)
        if not (sp.kind == "person" and sp.anonymous and not sp.plural and sp.head is not None and words
                and self._person_word(sp.head) and sp.head not in self.lex.group_heads
                and not sp.words & _ANONYMOUS_MARKERS and own - self._role_words(sp.head)):
            return ""
        if words[0] in _DEFINITE or words[0] in self.lex.owner_pronouns or _possessive(words[0]):
            return "the"
        return "a" if words[0] in ("a", "an") else ""

    def _described_named(self, sp: Speaker) -> Speaker | None:
        """"The council's spokeswoman said C. ... Ana Lind, the council's spokeswoman, said D": an
        unnamed person met before under a description of one post (`_particular`) is the person the
        text then names with the same post, and her name the description's from its first mention
        on: the named role holds the description's words (its country or a region the place list knows
        aside when the role names no place: "Jolby's transport minister", "Ontario's health minister",
        'Transport Minister Ana Lind'; a role naming another place is another post),
        or is the post's word alone ('spokeswoman Ana Lind' after 'the regional spokeswoman'), which
        names no other body."""
        if not sp.role or sp.plural or sp.head is not None:
            return None  # (a post of a named body, 'managing director of Jolby Lifts', names no one)
        role = self._role_words(sp.role) | self._role_words(sp.affiliation or "")
        for s in reversed(self.recent):
            if not s.particular or not s.anonymous or s.head not in role \
                    or (s.gender and sp.gender and s.gender != sp.gender):
                continue
            own = _unowned(s.words)
            if own & _OTHER_HOLDER_MODIFIERS != role & _OTHER_HOLDER_MODIFIERS:
                continue  # ('the Treasury secretary' is not 'Ana Lind, a former Treasury secretary')
            if s.particular == "a" and own - _LINKS != self._role_words(sp.role) - _DEFINITE - _ARTICLES - _LINKS:
                continue  # ('a spokeswoman for the council' is one of several: the same words name her)
            places = {w for w in own | role if w in self.lex.country_index or w in self.lex.places}
            # a country by its name or its people's ('the Kenyan health minister', "Kenya's Health Minister")
            own_places = {self.lex.country_index.get(w, w) for w in places & own}
            role_places = {self.lex.country_index.get(w, w) for w in places & role}
            if own_places and role_places and own_places != role_places:
                continue  # ("Ontario's health minister" is not "Quebec's Health Minister Ana Lind")
            if own - places <= role \
                    or self._role_words(sp.role) <= \
                    self._role_words(s.head or "") and own <= self._body_or_modifier(s.head or ""):
                self.by_name = {k: v for k, v in self.by_name.items() if v is not s}
                s.aliases.append(s.name)
                s.name, s.head, s.words, s.anonymous, s.particular = sp.name, None, sp.words, False, ""
                self._index(s)
                return s
        return None

    def _body_or_modifier(self, head: str) -> set[str]:
        """The words a description of a post may add to its head and still be the post a named
        person holds under the head alone ('the company's spokesman', 'the regional spokeswoman'
        -> 'spokeswoman Ana Lind'): a title's modifiers and the words for a body that refer back."""
        lex = self.lex
        return self._role_words(head) | lex.modifiers | lex.institution_heads | lex.body_heads | lex.company_heads

    def _description(self, sp: Speaker, describing: frozenset[str] = frozenset()) -> Speaker | None:
        """The speaker met before that a definite description refers to ('the port' after 'the Port of
        Jolby Sound', 'the coastal port': words in lower case that only describe it may be added)."""
        head = sp.head
        words = {w for w in sp.words if w not in _DEFINITE | _ARTICLES}
        for s in reversed(self.recent):
            if head in ("statement", "release") and (s.kind == "institution" or self._body_by_name(s)):
                return s
            if head is None:
                continue
            if s.kind == "institution" and head in s.words | {s.head or ""} and not _parent_named(sp, s):
                if words - describing <= s.words | {head}:
                    return self._subject_before(s, head, words - describing) if id(s) in self.makers else s
            if s.anonymous and s.head and (s.head == head or s.head.rstrip("s") == head.rstrip("s")) \
                    and s.plural == sp.plural:
                if words <= s.words | {head, "same"}:
                    return s
            if s.kind == "person" and not s.anonymous and s.role and head in self._role_words(s.role) \
                    and self._person_word(head) and sp.kind != "institution":
                return s  # ('the county' is no 'County coordinator Ana Lind', 'the harbour' no 'harbour master Ana Lind')
        return None

    def note_maker(self, sp: Speaker, maker: bool) -> None:
        """Note whether the text met the body sp as a document's maker only ('A survey by the Land Agency found C'),
        or, once it speaks as a sentence's subject, no more."""
        if maker and not any(c is sp for c in self.recent[:-1]):
            self.makers.add(id(sp))
        elif not maker:
            self.makers.discard(id(sp))

    def _subject_before(self, maker: Speaker, head: str, words: set[str]) -> Speaker:
        """The body a description ('the agency') refers to when the last one it fits was met only as a document's maker
        ('The Forest Agency withdrew C. A survey by the Land Agency found D. The agency said E': the Forest Agency, the
        story's subject); the maker itself when no earlier body that spoke as a subject fits."""
        return next((s for s in reversed(self.recent) if s is not maker and id(s) not in self.makers
                     and s.kind == "institution" and head in s.words | {s.head or ""}
                     and words <= s.words | {head}), maker)

    def _one_word_body(self, s: Speaker) -> bool:
        """Is the speaker a body the text showed to be one only by its own 'its' under a single word (`by_its`:
        'Valtrex said its exports would resume'), no role, no public body's word, place or word in capitals?"""
        one = fold(s.name)
        return s.by_its and s.kind == "institution" and not s.anonymous and not s.with_article and not s.role \
            and " " not in one \
            and one not in self.lex.institution_heads and one not in self.lex.body_heads and one not in self.lex.places \
            and one not in self.lex.country_index and not s.name.isupper()

    def _body_by_name(self, s: Speaker) -> bool:
        """Is a speaker read as a person by a one-word name no more than a body known by its name
        ('Selbrook said in a statement'): no role, no gender, no given name? 'The statement said' may
        be its statement."""
        word = fold(s.name)
        return s.kind == "person" and not s.anonymous and not s.role and not s.gender and " " not in s.name \
            and word not in self.lex.given_names

    def _person_word(self, head: str) -> bool:
        """Is a description's head noun a word for a person ('the director', 'the senator'), which may
        refer to one whose role holds it, and no body's word ('the county', 'the port', 'the park':
        the body a role is held in, 'Port director Ana Lind', is not the person)?"""
        lex = self.lex
        return head not in lex.institution_heads and (
            head in lex.title_words or head in lex.occupations or head in lex.anonymous_heads
            or head in lex.person_descriptions or head in lex.epithet_heads)

    def _bare_title(self, mention_text: str, sp: Speaker) -> bool:
        """'... and current Democratic nominee said': a title with no article refers back, as 'the' would."""
        first = fold(clean(mention_text)).split()[:1]
        return sp.kind == "person" and sp.anonymous and not sp.plural and (sp.head or "") in self.lex.title_words \
            and bool(first) and first[0] not in _ANONYMOUS_MARKERS and first[0] not in _ARTICLES \
            and not _possessive(first[0])  # ("Ostler's lawyer says": someone's lawyer, not Ostler)
