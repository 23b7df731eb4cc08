"""A whole article -> a claim set: sentences, frames, speakers, outlets, dates, kinds, links."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from heapq import merge
from itertools import repeat, takewhile
from operator import itemgetter

from provenance.claimset import (
    ClaimEntry,
    ClaimSet,
    DocumentMeta,
    LinkEntry,
    OutletEntry,
    SpeakerEntry,
    format_version,
)
from provenance.datafiles import load_data
from provenance.extract.attribution import (
    CUE_OPENERS,
    DETERMINERS,
    Content,
    Frame,
    credited_first,
    credits_story,
    parse_sentence,
    records_by_head,
    title_cased,
)
from provenance.extract.carried import Carried, carried_texts, legal_forms, legal_name, read_blocks, unmarked
from provenance.extract.chains import cited as chains_cited
from provenance.extract.chains import (
    cited_before,
    credit,
    described_outlets,
    edition,
    medium_kinds,
    name_run,
    polled_before,
    refers_to_report,
    told_name,
    wire,
)
from provenance.extract.combine import ModelFrames, opening_clause_end, without_replaced
from provenance.extract.dates import (
    CALENDAR_WORDS,
    DateContext,
    date_matches,
    find_dates,
    mentions,
    normalise_published,
)
from provenance.extract.factcheck import (
    POSTING_VERBS,
    caption,
    checker_desk_of,
    claim_posted_by,
    claimant_line,
    deletion,
    is_fact_check,
    pointed_to,
    speaks_as_checker,
    spreader_name,
    traced_authors,
)
from provenance.extract.grammar import (  # provenance/data/grammar.json
    _ADJUNCT_PREPS,
    _ADJUNCT_WORDS,
    _BE_FORMS,
    _CLAIMED_ACTS,
    _DETERMINERS,
    _FINITE,
    _FIRST_PERSON,
    _MEMBER_SUBJECTS,
    _NAME_JOINS,
    _NOT_BACK_REFERENCES,
    _NP_INNER,
    _OBJECT_ENDS,
    _OFFERED_ACTS,
    _OTHER_HOLDER_MODIFIERS,
    _PLURAL_MEMBERS,
    _PUBLISHER_RECIPIENTS,
    _RELATIVE_DAYS,
    _RELATIVE_OPENERS,
    _SPOKESPEOPLE,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _TIME_ENDS,
)
from provenance.extract.kinds import classify
from provenance.extract.letter import read_letter
from provenance.extract.lexicon import (
    Cue,
    Lexicon,
    alternation,
    anonymity_request,
    credit_pasts,
    false_pronoun_fullmatch,
    false_story_match,
    fold,
    grammar_words,
    lexicon,
    word_set,
)
from provenance.extract.noise import no_statements
from provenance.extract.page import entry_time_end, is_boilerplate, is_live_page, list_item_start
from provenance.extract.pointing import (
    content_words,
    names_report_before,
    refuses_what_came_before,
    stating,
    verdict_clause,
    writers_own,
)
from provenance.extract.segment import (
    HEADING_WORDS,
    Block,
    Quote,
    Sentence,
    Token,
    abbreviation_before,
    blocks,
    find_quotes,
    place_line,
    sentences,
    strip_dateline,
    tokenize,
)
from provenance.extract.speakers import (
    Registry,
    Speaker,
    analyse,
    clean,
    find_outlet,
    looks_like_outlet,
    not_a_source,
    party_after,
    portfolio_before,
    reading_of,
    record_named,
    surname_key,
    title_end,
    with_seat,
)
from provenance.extract.transcript import (
    Interview,
    Label,
    Transcript,
    pleasantry,
    read_interview,
    read_transcript,
)
from provenance.extract.updates import read_formats
from provenance.matching import claim_similarity, number_words, stem
from provenance.matching import content_words as claim_words
from provenance.model_version import model_version
from provenance.tuning import CORROBORATION_THRESHOLD, REPORT_REACH_SHARED, REPORT_WINDOW

# '\b(?:[A-Z][a-z]+\.?\s+){0,3}[A-Z][\w’'\-]+' written with its first capital outside the
# repetition, its word boundary a look-behind after it: the pattern opens with a capital, so the
# engine skips from capital to capital; the alternatives keep the greedy order (three, two, one
# words before the name, then none)
_TITLED_NAME = re.compile(
    r"[A-Z](?<!\w[A-Z])(?:[a-z]+\.?\s+(?:[A-Z][a-z]+\.?\s+){0,2}[A-Z][\w’'\-]+|[\w’'\-]+)"
    r"(?:\s+(?:al-|bin\s|ibn\s|de\s|van\s|von\s|[A-Z]\.\s+)?[A-Z][\w’'\-]+){1,3}"
)  # (a middle initial inside: 'Ana M. Costa')
_SPOKE_TO = re.compile(r"\b" + alternation("speaking_to") + r"\s+(?:to|with)\s+((?:the\s+)?[A-Z][\w.&'’-]*"
                       r"(?:\s+[A-Z][\w.&'’-]*)*)")
# a contact clause whose subject is the publisher's reporter: 'A veteran nurse I spoke to said C'
_CONTACT = re.compile(r"\b" + alternation("reporter_subjects") + r"\s+" + alternation("speaking_to") + r"\s+(?:to|with)\b",
                      re.IGNORECASE)
# a statement's place on its issuer's own medium: 'a statement on its website', '... posted on their page'
_ON_OWN_MEDIUM = re.compile(r"\s+(?:(?:posted|published|issued)\s+)?on\s+(its|their|his|her)\s+(?:[\w-]+\s+)?([\w-]+)")
# a name of up to five capitalised words, perhaps after 'the': 'the Harwick Port Authority'
_NAME_RUN = r"(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4}"
# a named subject opening a clause: 'the Harwick Port Authority will appeal'
# a content opening with a possessive of its own speaker's side ('its profit', 'their plant'): the possessive, group 1
_OWN_OPENING = re.compile("(" + alternation("own_possessives") + r")\s", re.IGNORECASE)
_NAMED_SUBJECT = re.compile(r"(" + _NAME_RUN + r")\s+[a-z]")
# someone issuing a document: 'The club has now put out a statement', 'Rovers issued a short statement'
_ISSUED = re.compile(r"(" + _NAME_RUN + r"|[Tt]he\s+[a-z]+)\s+"
                     r"(?:(?:has|have|had)\s+)?(?:(?:now|also|just)\s+)?(?:issued|released|published|posted|put\s+out)\s+"
                     r"(?:a|an|its|their)\s+(?:[a-z]+\s+)?([a-z]+)")
# the words before the maker of a poll, study or report: 'a poll by', 'a survey conducted by'
# (and what it is of between: 'a survey of 640 growers by')
_MADE_BY = re.compile(r"\b([a-z]+)\s+(?:of\s+(?:[\w,'’-]+\s+){1,4}?)?(?:[a-z]+ed\s+)?by\s+$")
# a person the publisher's reporter spoke to, named: 'I spoke to the chairman, Derek Hollins, and he told me'
# '\b(?:I|[Ww]e)' written with the word boundary after the first letter, so the engine skips to the next
# 'I', 'W' or 'w' instead of trying every offset
_INTERVIEWED = re.compile(r"(?:I(?<!\w.)|W(?<!\w.)e|w(?<!\w.)e)\s+" + alternation("speaking_to") + r"\s+(?:to|with)\s+"
                          r"(?:[a-z][\w-]*\s+){0,3}?(?:[a-z][\w-]*,\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b")
# a source and the figure it gives: 'Ardelle County officials put the toll at 21'
_FIGURE = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s+[a-z]+)?)\s+" + alternation("figure_verbs")
                     + r"\s+(?:the|its|their)\s+[a-z-]+(?:\s+of\s+[a-z-]+)?\s+at\s+(?:about\s+|around\s+)?\d")
_CITING_AFTER = re.compile(r"\s*,\s*" + alternation("citing") + r"\b")
_BODY_AGENCY = re.compile(r"\b[A-Z][\w-]+\s+Agency\b")  # ('the Environmental Protection Agency')
_POSSESSIVE_OWNER = re.compile(r"(.+?)['’]s\s")
_OWNER_OF_THING = re.compile(r"(.+?)(?:['’]s|(?<=s)['’])\s")  # also 'Tarn News' Morning Hour'
_VIEW_OPENING = re.compile(r"For\s[^,;:.]{2,100},")  # a party whose view the rest of the sentence gives
_NAME_LABEL = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*:[ \t]")  # 'Ana Costa: ' opening a paragraph
_ARTICLE_NAME = re.compile(r"The(?:\s+[A-Z][\w&'’-]*){1,3}")  # 'The Courier', written with its article
# a fact check's label before its verdict: 'Our verdict: ', 'Fact check: '
_VERDICT_LABEL = re.compile(r"([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}):[ \t]+")
# the words naming one member of a group spoken of, or several (grammar.json member_subjects, plural_members)
_MEMBERS = _MEMBER_SUBJECTS | _PLURAL_MEMBERS
# a count of two or more and the words after it ('two more residents', 'several diplomats', '12 Kestrel engineers'):
# a number or a word of grammar.json's partitive_counts that counts no single member ('each', 'another')
_COUNTED = re.compile(r"\b((?i:\d{1,4}|" + "|".join(
    [w for w in load_data("matcher.json")["number_words"] if w != "one"]
    + sorted(re.escape(w) for w in word_set("partitive_counts") - _MEMBER_SUBJECTS))
    + r"))((?:\s+[A-Za-z][\w'’-]*){1,4})")
# a line of rule characters only ('___', '***', '* * *'): a break between a page's items ('The
# Latest' entries), across which a denial answers no report (PolNeAR train: 198 in 14 of 840 articles)
_SECTION_BREAK = re.compile(r"^[ \t]*(?:[_*=~#-]{3,}|(?:\*[ \t]*){3,})[ \t.]*$", re.MULTILINE)
# "(?:The\s+)?[A-Z]" written to open with the capital ("The" read after it: the engine skips from
# capital to capital), the same tries in the same order
_GIVEN_INITIALS = re.compile(r"\s*\(([A-Z]{2,6})\)")  # 'the Office of the Harbour Auditor (OHA)'
_CAPITALISED_RUN = re.compile(r"[A-Z](?:(?<=T)he\s+[A-Z]|)[\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4}")
_TRIM_END = " \t\n.,;:"
_CAMEL = re.compile("[a-z][A-Z]")  # 'McLenney', 'DuVernay': a surname even where only a sentence opens with it
_THAT_BEFORE = re.compile(r"\bthat\s*\Z", re.IGNORECASE)  # 'reported on Friday that | C': a clause reported
_CAPITALISED = re.compile(r"[A-Z][\w'\u2019.&-]*")  # a word of a name, written with its capital
_INNER_STOP = re.compile(r"[.!?\u2026]\S*\s")
# a quotation attributed without a cue word: 'X: "..."' or '"..." - X'
_SIGNING_MARK = re.compile("[:\u2014\u2015\u2013]| - ")
# between a withdrawn report's noun and the source telling it: 'a statement in which it said that C'
_WITHIN_OBJECT = re.compile(r"\s+(?:in|on|under)?\s*(?:which|whom)\s+", re.IGNORECASE)
# a word of a sentence whose subject may be a record ('The 2019 inspection rated ...')
_RECORD_WORD = re.compile(r"[\w'\u2019-]+")
_THAT_AFTER = re.compile(r"\s+that\s+")
# a clause after a record that says who saw it: ', which this paper has seen,', ', which the Courier has obtained,'
_SEEN_CLAUSE = re.compile(r",[ \t]+(?:which|that)[ \t]+((?:[Tt]he[ \t]+|[Tt]his[ \t]+)?[\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]*){0,4})"
                          r"[ \t]+(?:has|have|had)[ \t]+(?:also[ \t]+)?(\w+)[ \t]*,")
# a participle set off between a record and its verb: ', filed with the regulator in March, '
_SET_OFF_RECORD = re.compile(r",[ \t]+(?:which[ \t]+(?:was|were|is|are|has[ \t]+been)[ \t]+)?(?:[a-z]+ed|seen|written|drawn|made)"
                             r"\b[^,;:.!?\"\u201c\u201d]{0,80},[ \t]+(?:also[ \t]+)?")
# a clause after a comma that tells of a person ('X and Y, who sent Z a letter'): the mention is no record
_PERSON_CLAUSE = re.compile(r",\s+(?:who|whom|whose)\b")
# when a record came out, after its words: ' published in the spring', ' released last week'
_DATED_AFTER = re.compile(r"[ \t]+(?:[a-z]+ed|done|made)(?:[ \t]+(?:in|on|last|this|earlier|over)\b[^,;:]*)?$")
_IT_STATES = re.compile(r"It[ \t]+(?:also[ \t]+|further[ \t]+)?([a-z]+)\b")  # 'It also found'
_RELEASE_WORD = re.compile(r"\brelease\b")
_STATEMENT_NOUNS = frozenset({"statement", "release", "press release", "news release", "communique", "communiqu\u00e9"})
STATEMENT_REACH = 400  # how far back (characters) 'the statement' may refer to the statement a speaker made
RELEASE_LEAD_BLOCKS = 4  # how many paragraphs from the top may announce a release carried in full
_QUOTATION_NEXT = re.compile(r"[^\n\"\u201c:.]{0,80}:\s*[\"\u201c]")  # ' on Monday:' and a quotation's opening
# the words after a record's noun that say what it is of, when or where it was taken, never who made it
_RECORD_SUBJECT_PREPS = frozenset({"of", "in", "from", "on", "among"})
_YEAR_WORD = re.compile(r"(?:1[89]|2[01])\d\d")  # a year before a record's issuer: 'a 2014 Labour Ministry study'
CITED_REACH = 1500  # how far back (characters) 'the survey' or 'it' may refer to a record cited as a source


@lru_cache(maxsize=4)
def _issued_after(verbs: frozenset[str]) -> re.Pattern[str]:
    """' posted by the county' after a record's words: the body after 'by' issued the record, its
    verb the group 'verb' and the body the group 'by'; set off by a comma and dated too (', released
    on Monday by the Tarn Institute,'). Built once for the lexicon's issued verbs, not once a document."""
    alternatives = "|".join(sorted(verbs, key=len, reverse=True))
    when = "|".join(sorted(CALENDAR_WORDS | _RELATIVE_DAYS, key=len, reverse=True))
    dated = rf"(?:[ \t]+(?:{alternation('date_leads')}[ \t]+)?(?i:{when}|{alternation('calendar_periods')})(?:[ \t]+\d{{1,2}})?)?"
    return re.compile(rf"[ \t]*,?[ \t]+(?P<verb>{alternatives}){dated}[ \t]+by[ \t]+"
                      rf"(?P<by>(?:the[ \t]+)?[\w'’-]+(?:[ \t]+[A-Z][\w'’-]*)*)")


@lru_cache(maxsize=4)
def _record_phrase(record_nouns: frozenset[str]) -> re.Pattern[str]:
    """A record named with its issuer ("Tuesday's memo from Ana Costa", 'The Jolby Council report'),
    built once for the lexicon's record nouns."""
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(record_nouns, key=len, reverse=True))
    word = r"[A-Z][\w'’&-]*"  # (no full stop: a run of names never crosses a sentence's end)
    name = rf"(?:the[ \t]+)?(?:[a-z-]+[ \t]+){{0,2}}(?:{word}[ \t]+){{0,5}}{word}"
    return re.compile(rf"(?:(?:{word}|[\w-]+['’]s)[ \t]+){{1,4}}(?:{nouns})\b"
                      rf"(?:[ \t]+(?:from|by|of)[ \t]+{name})?|\b(?:{nouns})[ \t]+(?:from|by|of)[ \t]+{name}")


@lru_cache(maxsize=4)
def _counterpart_names(counterparts: tuple[str, ...]) -> re.Pattern[str] | None:
    """A counterpart's words and the capitalised names after them ('counterpart, Admiral Tom Reyes'), built once
    for the lexicon's counterparts (titles.json), not once a sentence; None when there are none."""
    words = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in counterparts)
    return re.compile(rf"\b(?i:{words})s?,?((?:[ \t]+[A-Z][\w'\u2019.-]*)+)") if words else None


# the words for one who speaks for a party ('the company's attorney', 'its lawyer', 'a spokeswoman for the firm')
_SPEAKS_FOR = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(
    load_data("corroboration.json")["representatives"] + load_data("corroboration.json")["spokespeople"],
    key=len, reverse=True)) + r")\b", re.IGNORECASE)


@dataclass(kw_only=True)
class _Claim:
    start: int
    end: int
    sentence: Sentence
    speaker: Speaker | None
    form: str                                   # direct | indirect | unattributed
    kind: str
    speaker_span: tuple[int, int] | None = None
    outlet: dict | None = None
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    stated_on: str | None = None
    event_on: str | None = None
    stance: str = "asserts"                    # asserts | denies | declines_to_confirm | retracts
    via: list[dict] = field(default_factory=list)  # outlets the claim passed through after `outlet`
    nested: bool = False
    links: list[tuple[int, str]] = field(default_factory=list)
    by_model: bool = False                      # added by the statistical model, not the rules
    words: tuple[int, int] | None = None        # a denial of 'the report': its own words, before it took the report's
    repeated: bool = False                      # says again what its speaker just said: left out of the claim set
    whole: bool = False                         # a post's claim: the model's reading of a tail ('and ordered') cuts it not
    open_report: bool = False                   # denies 'the report' whose claims the sentence may give later
    calls_false: bool | None = None             # its own words are a whole verdict 'That is not true' (read once)
    silence: bool = False                       # the publisher's 'X has not said whether C': no claim of X's
    checked: bool = False                       # a claim a fact check quotes to rate it ('The claim, posted by X, says C')
    points_back: bool = False                   # 'I can't confirm it': its pronoun is what was said just before
    reached: list[_Claim] = field(default_factory=list)  # a denial of the report: its claims beyond the report's sentence
    # a denial of a bare 'the report' that took the report naming its side: the reports it could answer
    choice: _ReportChoice | None = field(default=None, compare=False, repr=False)


@dataclass
class _ReportChoice:
    """The reports a denial of a bare 'the report' could answer, nearest first (`candidates`), the
    claims around it its report reaches among (`pool`), and the sentence it was read in."""
    candidates: list[_Claim]
    pool: list[_Claim]
    reading: _Reading


# where reported speech goes on to a second clause: 'that C and that D'
_AND_THAT = re.compile(r",?[ \t]+and[ \t]+that[ \t]+")
# a website named by its address, one word with a capital before its domain ('Tarnwatch.org', 'iTARNWICK.cz'):
# the name before the domain is the site's ('told iTARNWICK.cz' in iTARNWICK's own story is told the publisher)
_SITE = re.compile(r"(?=[^.\s]*[A-Z])([A-Za-z0-9][\w-]{2,}(?:\.[\w-]+)*)\.[a-z]{2,4}")
# how words reached an outlet, after its name: 'by phone', 'by telephone on Monday', 'over the phone', 'by email'
_BY_MEANS = re.compile(r"\s+(?:by|via|over\s+the|on)\s+(?:tele)?(?:phone|e-?mail|text(?:\s+message)?|video\s+link|Messenger"
                       r"|WhatsApp|Signal|Telegram|direct\s+message)\b.*$",
                       re.IGNORECASE | re.DOTALL)
_FIRST = itemgetter(0)
_DOT_SPACE = re.compile(r"\.\s")  # a full stop before a space: where a sentence may end


class _Outlets:
    def __init__(self, lex: Lexicon, text: str = "") -> None:
        self.lex = lex
        self.text = text
        self.pos = 0                  # where the sentence being read starts
        self.by_name: dict[str, dict] = {}
        self.recent: list[dict] = []  # outlets in the order the text last named them
        self.named_at: dict[str, int] = {}  # outlet key -> the start of the last sentence that named it
        self.publisher: dict | None = None  # the document's own outlet, once known
        self._mentions: list[tuple[int, dict]] | None = None
        self._described: dict[str, tuple[int, dict]] | None = None

    @property
    def mentions(self) -> list[tuple[int, dict]]:
        """Where the text names an outlet, in or out of an attribution (found the first time a
        back reference needs it): offset and record, in text order."""
        if self._mentions is None:
            self._mentions = []
            pos = 0
            while (m := _CAPITALISED_RUN.search(self.text, pos)) is not None:
                run, pos = self._within_sentence(m)  # 'the manager Ana Smith. | The Guardian reported'
                words = run.split()
                if words[0] == "The":
                    words = words[1:]
                hit = find_outlet(" ".join(words), self.lex, fuzzy=False) if words else None
                if hit is None and looks_like_outlet([fold(w) for w in words], self.lex):
                    hit = {"name": " ".join(words), "country": None}
                if hit is not None:
                    self._mentions.append((m.start(), hit))
            self._mentions = sorted(self._mentions + list(self.described.values()), key=lambda item: item[0])
        return self._mentions

    @property
    def described(self) -> dict[str, tuple[int, dict]]:
        """The outlets the list does not know that the text says are outlets by a medium noun next to
        their name ('the regional newspaper The Beacon', 'Vellwick, a local paper,'), by key: where the
        text first so names each, and its record."""
        if self._described is None:
            self._described = {}
            for at, name, kind in described_outlets(self.text, self.lex):
                if find_outlet(name, self.lex, fuzzy=False) is None:
                    self._described.setdefault(_outlet_key(name), (at, {"name": name, "country": None, "kind": kind}))
        return self._described

    def described_as(self, words: str) -> dict | None:
        """The outlet these words name when the text described the name as a medium ('Korvalis' after
        'news site Korvalis'), else None."""
        if not self.described or not (words[:1].isupper() or words[:4] == "the "):
            return None  # most texts describe no outlet so: no key to make
        found = self.described.get(_outlet_key(clean(words)))
        return self.get(found[1]) if found is not None else None

    def _within_sentence(self, m: re.Match[str]) -> tuple[str, int]:
        """The part of a capitalised run before any sentence end inside it (a full stop that ends no
        abbreviation or initial), and where to look for the next run."""
        for stop in _DOT_SPACE.finditer(m.group()) if "." in m.group() else ():
            dot = m.start() + stop.start()
            if not abbreviation_before(self.text, dot, self.lex.abbreviations, dot + 2):
                return m.group()[:stop.start()], dot + 1
        return m.group(), m.end()

    def get(self, record: dict) -> dict:
        key = _outlet_key(record["name"])  # 'The Harbour Gazette' and 'Harbour Gazette' are one outlet
        if key not in self.by_name:
            self.by_name[key] = {"name": record["name"], "aliases": list(record.get("aliases") or []),
                                 "country": record.get("country"), "kind": record.get("kind")}
        found = self.by_name[key]
        self.named_at[key] = max(self.pos, self.named_at.get(key, -1))
        if found in self.recent:
            self.recent.remove(found)
        self.recent.append(found)
        return found

    def referred(self, text: str, at: int | None = None) -> dict | None:
        """The outlet named earlier (before offset `at`, by default the sentence's start) that 'the
        paper', 'the network' or 'the Post' refers back to (the last one named of the kind the noun
        says, or the last whose name ends so); None for any other words."""
        words = clean(text).split()
        if len(words) == 1 and words[0][:1].isupper():
            return self._short_name(fold(words[0]), self.pos if at is None else at)
        if len(words) > 2 and words[0].lower() == "the":
            return self._referred_described(words[1:], self.pos if at is None else at)
        if len(words) != 2 or words[0].lower() != "the":
            return None
        word = fold(words[1])
        if word == "agency" and words[1].islower():
            return self._last_news_agency(self.pos if at is None else at)
        if word in self.lex.media_head_kinds and words[1].islower():
            return self._last_of_kind(self.lex.media_head_kinds[word], self.pos if at is None else at)
        if word in self.lex.media_heads and word not in _NOT_BACK_REFERENCES and words[1].islower():
            return self.recent[-1] if self.recent else None
        if words[1][:1].isupper():
            # 'the Post', and 'the Ledger' after 'The Daily Ledger': the outlet named earlier so
            found = next((o for o in reversed(self.recent) if self._called(o, word)), None)
            if found is None:
                named = next((o for at, o in reversed(self.mentions) if at < self.pos
                              and self._called(o, word)), None)
                found = self.get(named) if named is not None else None
            if found is None:
                if word not in self.lex.outlet_words:
                    return None
                found = self.get(find_outlet(" ".join(words), self.lex, fuzzy=False)
                                 or {"name": "The " + words[1], "country": None})
            return found
        return None

    def _short_name(self, word: str, at: int) -> dict | None:
        """The outlet named before `at` whose name is `word` and a medium's word ('told Tarn' after Tarn
        News, 'Jolby said' after Jolby TV): the name without the word that says it is a medium."""
        if word in self.lex.outlet_words or word in self.lex.country_index or word.endswith(("'s", "’s")):
            return None  # (not 'Costa's', which is a person's)
        for _, outlet in reversed(self._named_before(at)):
            words = fold(outlet["name"]).split()
            words = words[1:] if words[0] == "the" else words
            if len(words) == 2 and words[0] == word and words[1] in self.lex.outlet_words:
                return self.get(outlet)
        return None

    def _referred_described(self, words: list[str], at: int) -> dict | None:
        """The outlet 'the news agency', 'the regional paper' or 'the online newspaper' refers back to: a
        medium noun (outlets.json's described_by, or a medium head) after lower-case words describing it
        names the last outlet of the kind it says named before `at`; None when the text named none of
        that kind (the words may describe an outlet not named yet) or a word says another outlet ('the
        rival paper', 'another newspaper')."""
        low = [fold(w) for w in words]
        if len(low) > 4 or not all(w.islower() for w in words) or _OTHER_OUTLET.intersection(low):
            return None
        kinds = medium_kinds(" ".join(low[-2:])) or medium_kinds(low[-1]) or self.lex.media_head_kinds.get(low[-1])
        if not kinds:
            return None
        if kinds == ("agency",):
            return self._last_news_agency(at)
        # (an outlet of no known kind may be of that kind; the publisher calls itself 'this newspaper')
        found = next((o for _, o in reversed(self._named_before(at)) if (o.get("kind") or kinds[0]) in kinds
                      and o is not self.publisher), None)
        return self.get(found) if found is not None else None

    def _desk_publisher(self, name: str, publisher: dict) -> bool:
        """Whether the publisher is a desk of the outlet `name` names ('told AFP' in a story of AFP Fact
        Check, 'told Reuters' in Reuters Fact Check's): its sources spoke to the desk's newsroom, which
        is the publisher. Only a known outlet's name or alias: 'told New York' is no newsroom."""
        if checker_desk_of(name, publisher["name"]):
            return True  # ('told Lanford' in Lanford Fact Check's story)
        hit = find_outlet(name, self.lex)
        return hit is not None and any(_desk_of(publisher["name"], {"name": own, "aliases": []})
                                       for own in (name, hit["name"], *hit.get("aliases", [])))

    def _called(self, outlet: dict, word: str) -> bool:
        """Whether 'the WORD' is a short name of the outlet: the last word of its name ('the Ledger'
        for The Daily Ledger), or, for the publisher's own name, the first of several after its
        article ('the Sentinel' in The Sentinel and Herald's own story), unless that word names a
        country or its people ('the Irish')."""
        words = fold(outlet["name"]).split()
        if words[-1] == word:
            return True
        words = words[1:] if words[0] == "the" else words
        return outlet is self.publisher and len(words) > 1 and words[0] == word and word not in self.lex.country_index

    def _named_before(self, at: int) -> list[tuple[int, dict]]:
        """The outlets named before offset `at` (their mentions, and the sentences that named them
        otherwise), each with where, in the order of the text."""
        mentions = self.mentions  # in text order already: only the outlets named otherwise to sort
        before = mentions[:bisect_left(mentions, at, key=_FIRST)]
        named = sorted([(pos, self.by_name[key]) for key, pos in self.named_at.items() if pos < at], key=_FIRST)
        return list(merge(before, named, key=_FIRST)) if named else before  # (a mention first at one offset)

    def _last_of_kind(self, kinds: tuple[str, ...], at: int) -> dict | None:
        """The outlet of one of these kinds (or of no known kind) the text named last before `at`:
        'Agence France-Presse reported C. Results given to the Toronto Star show D, the paper
        reported' -> the Star."""
        # (the document's own outlet, named as the one told, 'told CNN', is no 'the station' of
        # another outlet's report: a story calls itself by name, not 'the station')
        found = next((o for _, o in reversed(self._named_before(at)) if (o.get("kind") or kinds[0]) in kinds
                      and not self._publishers_name(o)), None)
        if found is not None:
            return self.get(found)
        return self.recent[-1] if self.recent else None

    def _publishers_name(self, outlet: dict) -> bool:
        """Whether an outlet the text named is the document's own publisher."""
        return self.publisher is not None and _outlet_key(outlet["name"]) in map(
            _outlet_key, (self.publisher["name"], *self.publisher.get("aliases", ())))

    def _last_news_agency(self, at: int) -> dict | None:
        """The news agency 'the agency' refers back to: the last outlet of that kind named before
        `at`, unless a body called an agency ('the Environmental Protection Agency') was named after
        it; None when there is none."""
        found = next(((pos, o) for pos, o in reversed(self._named_before(at)) if o.get("kind") == "agency"
                      or not o.get("kind") and fold(o["name"]).endswith(" agency")), None)
        if found is None or _BODY_AGENCY.search(self.text, found[0] + len(found[1]["name"]), at):
            return None
        return self.get(found[1])

    def known(self, text: str, *, publisher: dict | None, at: int) -> dict | None:
        """The outlet the words name when it is one known already: the publisher, an outlet of the list
        (outlets.json) or one the text named before `at` ('the paper', 'the Post' as referred back to);
        None for any other words, however much they look like a medium's name."""
        back = self.referred(text, at)
        if back is not None:
            return back
        name = clean(text)
        name = name[4:] if name[:4].lower() == "the " else name
        key = _outlet_key(name)
        if _is_publisher(name, publisher):
            return publisher
        hit = find_outlet(name, self.lex, fuzzy=False)
        if hit is not None:
            return self.get(hit)
        return next((self.get(o) for _, o in self._named_before(at) if _outlet_key(o["name"]) == key), None)

    def named(self, text: str, *, lenient: bool, publisher: dict | None, at: int | None = None) -> dict | None:
        """An outlet from the words naming it (at offset `at`); lenient for 'Speaking to X' and 'told X'."""
        back = self.referred(text, at)
        if back is not None:
            return back
        if publisher is not None and re.search(r"\sof\s", text) and self.lex.earlier_version.fullmatch(clean(text)):
            return publisher  # 'An earlier version of this article quoted X as saying C': the publisher's own text
        words = clean(text).split()
        if len(words) == 2 and words[0].lower() == "the" and words[1].islower():
            return None  # 'told the paper' with no outlet named before: no outlet called 'The Paper'
        # 'told the Courier by phone', "This morning's Courier quoted": the Courier
        name = edition(_BY_MEANS.sub("", clean(text)))
        if name[:4].lower() == "the ":
            name = name[4:]
        if not name:
            return None
        site = _SITE.fullmatch(name)  # 'told Tarnwatch.org that': a website, by its address
        if publisher and any(_is_publisher(words, publisher) for words in (name, site.group(1) if site else name)) \
                or publisher and (_letters_of(name, publisher["name"]) or _desk_of(name, publisher)
                                  or _publisher_short_name(name, publisher, self.lex)
                                  or self._desk_publisher(name, publisher)):
            return publisher
        if fold(name) in _not_outlets():
            return None  # 'told the FBI', 'in a notice to the ASX': the body addressed
        place = _TOLD_AT_PLACE.fullmatch(name)
        if place and find_outlet(name, self.lex, fuzzy=False) is None and self.known(
                place.group(1), publisher=publisher, at=at if at is not None else len(self.text)) is not None:
            # 'told Reuters in Kano': the outlet known, then where it was told, never an outlet 'Reuters in Kano'
            return self.named(place.group(1), lenient=lenient, publisher=publisher, at=at)
        run = name_run(name.split(), 0)
        if len(run) < len(name.split()) and find_outlet(name, self.lex, fuzzy=False) is None \
                and find_outlet(" ".join(run), self.lex, fuzzy=False) is not None:
            # 'told Lusa today': the listed outlet the name ends with, before a loose match of all the words
            # (USA Today) is tried
            return self.named(" ".join(run), lenient=lenient, publisher=publisher, at=at)
        hit = find_outlet(name, self.lex) or self.described_as(name)
        if hit:
            return self.get(hit)
        if site:
            return self.get({"name": name, "country": None, "kind": "online"})
        if len(run) < len(name.split()):
            # 'told the Tarnwick Courier last week': the name ends before the time said after it
            return self.named(" ".join(run), lenient=lenient, publisher=publisher, at=at)
        mention = analyse(name, self.lex)
        if mention.speaker and mention.speaker.kind == "media" and not mention.speaker.anonymous:
            return self.get(mention.speaker.outlet or {"name": mention.speaker.name})
        words = name.split()
        if not words or not words[0][:1].isupper() or mention.pronoun:
            return None
        low = {fold(w) for w in words}
        if mention.speaker and mention.speaker.kind == "institution" and not lenient \
                and not looks_like_outlet([fold(w) for w in words], self.lex):
            return None  # 'the Coastal Ferry Agency of Kestria (CFA)': a public body, whatever word it holds
        # (not 'told the HWC' where the text named the Harbour Works Committee (HWC): a body's initials)
        looks_media = bool(low & self.lex.outlet_words) or (
            name.isupper() and 2 <= len(name) <= 6 and _defined_initials(self.text, name, self.lex) is None)
        if mention.speaker and mention.speaker.kind == "person" and mention.speaker.role:
            return None
        if looks_media or (lenient and fold(name) not in self.lex.country_index):
            return self.get({"name": name, "country": None})
        return None


# 'The Courier first reported the story', 'Gazeta Vest had first revealed the case': a name, then a verb (and 'first')
_CREDIT_OPENING = re.compile(r"(?P<name>(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s+(?:had\s+)?(?:first\s+)?"
                             r"(?P<verb>[a-z]+)\s+(?:first\s+)?")
# an outlet's name, then the place it was told in ('Reuters in Kano', 'the BBC at Lagos airport')
_TOLD_AT_PLACE = re.compile(r"(.+?)\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}")


def _self_named(mention: str, lex: Lexicon) -> bool:
    """Do the words name the publisher as it names itself: 'this' and a medium's noun ('this newspaper', 'this
    paper', 'this radio station', 'this publication'; Lexicon.self_medium)?"""
    words = clean(mention).split()
    return len(words) >= 2 and lex.self_medium(words) == len(words)


def _writes_itself(text: str, outlet: str, listed: str) -> bool:
    """Whether the publisher's name as given ('g1', 'AGERPRES') differs from the listed one in case alone
    ('G1', 'Agerpres') and the text writes it so itself (a byline 'By ... and g1 PA'): the story's own
    spelling, kept; a name given otherwise ('reuters' typed in lower case) takes the listed one, as does
    one written only inside a web or e-mail address ('news@reuters.com', 'www.reuters.com/world')."""
    return listed != outlet and re.search(r"(?<![\w@./])" + re.escape(outlet) + r"(?![\w@/]|\.\w)", text) is not None


def _defined_initials(text: str, letters: str, lex: Lexicon) -> str | None:
    """The name of a body (no outlet) the text gives these initials to in brackets after it
    ('the Office of the Harbour Auditor (OHA)') or as what it is known as ('the Office of the Harbour
    Auditor, known as OHA,'), else None."""
    letters = letters[4:] if letters[:4].lower() == "the " else letters
    if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6):
        return None
    # (a word of the name is at most 80 characters long: a pattern tried at each capital of a long run
    # of capitals reads a bounded part of it, not the rest of the run)
    m = re.search(r"((?:[A-Z][\w'’.-]{0,80}\s+(?:(?:of|and|for|the)\s+)*){1,6}[A-Z][\w'’.-]{0,80})(?:\s*\(\s*"
                  + letters + r"\s*\)|,\s+(?:also\s+)?known\s+as\s+(?:the\s+)?" + letters + r"\b)", text)
    if m is None or find_outlet(m.group(1), lex, fuzzy=False) is not None:
        return None
    # ('in May. The Jolby Harbour Board, known as KHB,': the name begins after the sentence before it)
    words = re.split(r"[.!?]\s+|\n", m.group(1))[-1].split()
    words = words[1:] if words[0] == "The" else words
    # ("the Jolby Lottery Board's (KLB) draw": the board's name, not its possessive)
    words[-1] = re.sub(r"['\u2019]s$", "", words[-1]) if len(words) > 1 else words[-1]
    return None if looks_like_outlet([fold(w) for w in words], lex) else " ".join(words)


def _desk_of(name: str, outlet: dict) -> bool:
    """Whether a capitalised name is the outlet's name followed by a desk's or a service's
    ('Ledger Fact Check', 'Harbour Ledger Investigates' for The Harbour Ledger): told the outlet."""
    words = name.split()
    for own in (outlet["name"], *outlet.get("aliases", [])):
        key = _outlet_key(own).split()
        if key and len(words) > len(key) and [fold(w) for w in words[:len(key)]] == key \
                and all(w[:1].isupper() for w in words[len(key):]):
            return True
    return False


def _letters_of(letters: str, name: str) -> bool:
    """Whether `letters` are the call letters of the outlet `name`: the initials of its capitalised
    words in order, each perhaps followed by more letters of its word ('NPR' for National Public
    Radio, 'MTPR' for Montana Public Radio), so that 'told MTPR' in its own story is told the publisher."""
    if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6):
        return False
    words = [w.lower() for w in name.split()[1 if _outlet_key(name) != fold(name) else 0:] if w[:1].isupper()]
    return len(words) >= 2 and _spell(letters, 0, words, 0)


def _publisher_short_name(name: str, publisher: dict, lex: Lexicon) -> bool:
    """Is the name one the publisher's own copy calls it by for short: its initials with its particles' in lower
    case ('CdV' for Curierul de Vale), the words of its name before a lower-case word ('VOICE' for VOICE of
    Maravia, 'NEWS' for NEWS in Tarnland), or the last word of its name when that is a medium's word or the words
    before it name a country ('Courier' for the Maravia Courier, 'Nation' for Malawi Nation; not 'Tolsk', a place,
    for Diario Tolsk); no country's name nor a word that names nobody ('Today', 'Well')?"""
    words = name.split()
    if not words or not name[:1].isupper() or name in lex.not_names or fold(name) in lex.country_index:
        return False
    for own in (publisher["name"], *publisher.get("aliases", [])):
        parts = own.split()[1 if _outlet_key(own) != fold(own) else 0:]
        lead = next((k for k, w in enumerate(parts) if not w[:1].isupper()), 0)
        last = words == parts[-1:] and lead == 0 and (
            fold(name) in lex.outlet_words or fold(" ".join(parts[:-1])) in lex.country_index)
        if len(parts) >= 2 and (lead and words == parts[:lead] or last
                                or len(words) == 1 and _initials_with_particles(name, parts)):
            return True
    return False


def _initials_with_particles(letters: str, words: list[str]) -> bool:
    """Are letters the first letters of the words, in order, one each, a capital for a capitalised word and a
    small letter for one in lower case ('CdV' for Curierul de Vale, 'GdT'), two capitals or more among them?"""
    return letters.isalpha() and len(letters) == len(words) and sum(ch.isupper() for ch in letters) >= 2 \
        and not letters.isupper() and all(ch.isupper() == w[:1].isupper() and ch.lower() == fold(w[:1])
                                          for ch, w in zip(letters, words, strict=True))


def _spell(letters: str, i: int, words: list[str], k: int) -> bool:
    """Whether letters[i:] spell words[k:] (each word's first letter, perhaps followed by more of
    its letters): a function of the module, so no closure refers to itself (a reference cycle
    a call would leave for the garbage collector)."""
    if k == len(words):
        return i == len(letters)
    word, at = words[k], i
    if at >= len(letters) or letters[at].lower() != word[0]:
        return False
    at, j = at + 1, 1
    while True:
        if _spell(letters, at, words, k + 1):
            return True
        j = word.find(letters[at].lower(), j) + 1 if at < len(letters) else 0
        if j == 0:
            return False
        at += 1


def _outlet_key(name: str) -> str:
    key = fold(name)
    return key[4:] if key.startswith("the ") else key


# words before a medium noun that say it is another outlet than the one named before ('the rival paper')
_OTHER_OUTLET = frozenset({"rival", "other", "another", "second", "sister", "competing", "different", "new"})
# media heads that refer to no one outlet: 'the press', 'the media', 'the news', 'the agency' (which
# is as often a government's)


# the capitalised words of a name and a title's portfolio after a title ('Minister| for Rural Transport
# and Ports Ana Costa'): lower-case words of a portfolio join them
_TITLE_RUN = re.compile(r"(?:[ \t]+(?:(?:of|for|and|the)[ \t]+){0,2}(?:[A-Z]\.|[A-Z][\w'\u2019-]*)){1,10}")
# what may come between a title and the name it goes with ('Green deputy for Jolby Ana Costa', 'host of
# Morning Talk, Ana Costa', 'the TD, Ana Costa,'): a title's own words, capitalised or joining them, never a clause
_TITLE_GAP = r",?(?:[ \t]+(?:of|for|from|and|the|at|in|[A-Z]\.|[A-Z][\w'\u2019.&-]*|\([^)\n]{1,20}\)),?){0,8}?[ \t]+"


def _other_holder_before(text: str, at: int) -> bool:
    """Does a word that makes a title another holder's ('Deputy', 'Former', 'vice-', 'ex-') stand right before
    the title at offset at ('Deputy mayor Ana Lind' holds no mayor's post)?"""
    before = re.search(r"([\w'\u2019]+)[ \t-]*$", text[max(0, at - 30):at])
    return before is not None and fold(before.group(1)) in _OTHER_HOLDER_MODIFIERS


class _People(Mapping[str, str]):
    """Surname -> full name for names written with a title anywhere in the text, built the first
    time a bare surname needs it (most articles never ask)."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self._index: dict[str, str] | None = None
        self._plain: dict[str, str | None] = {}  # surname -> a name without title nor known given name
        self._lower: str | None = None  # the text lower-cased for finding surnames ('' when it cannot be)

    @property
    def built(self) -> bool:
        return self._index is not None

    @property
    def index(self) -> dict[str, str]:
        if self._index is None:
            self._index = _people_index(self.text, self.lex)
        return self._index

    def __getitem__(self, key: str) -> str:
        found = self.index.get(key)
        if found is None:
            if key not in self._plain:
                if self._lower is None:
                    self._lower = lower_for_search(self.text)
                self._plain[key] = _plain_name(self.text, key, self.lex, self._lower)
            found = self._plain[key]
        if found is None:
            raise KeyError(key)
        return found

    def titled(self, title: str) -> str | None:
        """The one person the text names with this title word before or after the name ('Green deputy
        for Jolby Ana Costa', 'Ana Costa TD'), for 'a TD' that the text names later; None when it
        names no one or several so."""
        found = set()
        for full in set(self.index.values()):
            words = full.split()
            name = " ".join(words[:-1]) if len(words) > 2 and words[-1] in self.lex.postnominals else full
            word, esc = re.escape(title), re.escape(name)
            # between the title and the name only a title's own words ('Green deputy for Jolby Ana Costa'),
            # no clause ('the president told the Review's Ana Costa' names no president)
            if any(not _other_holder_before(self.text, m.start()) for m in re.finditer(
                    rf"\b(?i:{word})\b{_TITLE_GAP}(?i:{esc})\b|\b(?i:{esc}),?\s+(?i:{word})\b", self.text)):
                found.add(name)
        return found.pop() if len(found) == 1 else None

    def holder(self, title: str, described: frozenset[str] = frozenset()) -> str | None:
        """The one person the text names with this title, for 'the minister said' when no speaker met
        so far holds it: a name after the capitalised title or an honorific for it ('Sen.'), which a
        portfolio may follow ('Minister of State for Ports Ana Costa opened the quay') in a sentence
        with no cue, or a title the text names one person with ('Ana Costa TD'); None when it names no
        one or several so. The other words of the description (`described`: 'former', 'transport')
        must be written with the title where it names the person: 'the former president' is not the
        'President Tom Reyes' of the same text."""
        found: dict[str, tuple[str, str]] = {}  # surname -> (name, the words to resolve: title and name)
        forms = [re.escape(title)] + [re.escape(h) + r"\.?" for h, titles in self.lex.honorific_titles.items()
                                      if title in titles]
        for m in re.finditer(rf"\b(?:{'|'.join(forms)})(?!\w)", self.text, re.IGNORECASE):
            run = _TITLE_RUN.match(self.text, m.end()) if m.group()[:1].isupper() else None
            if run is None or not described <= set(fold(self.text[max(0, m.start() - 40):m.start()]).split()[-3:]
                                                   + fold(run.group()).split()):
                continue
            named = self._titled_run(title, m.group() + run.group())
            if named is None or surname_key(named[0]) not in self.index:
                named = self._named_after(run.end()) or named
            if named is not None and len(named[0]) > len(found.get(surname_key(named[0]), ("", ""))[0]):
                found[surname_key(named[0])] = named
        titled = self.titled(title) if not described else None
        if titled and surname_key(titled) not in found:
            found[surname_key(titled)] = (titled, titled)
        return next(iter(found.values()))[1] if len(found) == 1 else None

    def _named_after(self, end: int) -> tuple[str, str] | None:
        """(name, words) of the person a title's capitalised run is given to in an appositive right after
        it ('The Minister of Health and Social Action, Dr Ana Costa, visited'): a name the text writes
        with a title (the index), an honorific perhaps before it; None when no such name follows."""
        after = re.match(r",[ \t]+((?:[A-Z][\w.'\u2019-]*[ \t]+){0,4})", self.text[end:end + 120])
        if after is None:
            return None
        rest = self.text[end + after.start(1):end + 120]
        for full in sorted(set(self.index.values()), key=lambda f: (-len(f), f)):  # ('Ana Costa Lind' before 'Ana Costa')
            at = rest.find(full)
            before = [fold(w).rstrip(".") for w in rest[:at].split()] if at >= 0 else []
            if at >= 0 and len(before) <= 1 and all(w in self.lex.honorifics or w in self.lex.honorific_titles
                                                     or w in self.lex.title_words for w in before) \
                    and not re.match(r"[\w'\u2019-]", rest[at + len(full):]):
                return full, rest[:at + len(full)]
        return None

    def _titled_run(self, title: str, phrase: str) -> tuple[str, str] | None:
        """(name, words) of the person a title and the capitalised run after it name, if they do: the
        words before an 'and' first ('Senator Ana Lind and Dr Tom Reyes'), then the whole run, whose
        'and' may join a portfolio's words ('Minister for Health and Ports Ana Lind')."""
        first = re.split(r"\s+and\s+", phrase, maxsplit=1)[0]
        for words in dict.fromkeys((first, phrase)):
            sp = analyse(words, self.lex).speaker
            if sp is not None and sp.kind == "person" and not sp.anonymous and not sp.plural \
                    and title in self._role_titles(sp.role) and len(sp.name.split()) > 1:
                return sp.name, words
        return None

    def _role_titles(self, role: str | None) -> set[str]:
        """The words of a role with the titles its honorifics stand for ('Sen.' -> senator)."""
        words = set(fold(role or "").replace(".", " ").split())
        return words | {title for w in words for title in self.lex.honorific_titles.get(w, ())}

    def __iter__(self):
        return iter(self.index)

    def __len__(self) -> int:
        return len(self.index)


# a sentence that opens with a capitalised name (after 'The'), an appositive, then a verb
_SUBJECT_NAME = re.compile(r"(?:^|(?<=[.!?\n])[\"\u201d\u2019]?[ \t\n]+)(?:The[ \t]+)?((?:[A-Z][\w&'\u2019.-]*[ \t]+){0,3}"
                           r"[A-Z][\w&'\u2019-]*)(?:,[^,.\n]{1,80},)?[ \t]+(?!and\b|or\b|of\b|for\b|in\b|at\b)[a-z]+\b")


# the rest of a body's name after its head: 'Port' + ' of Jolby Sound', 'University' + ' of Harlow', 'Company' + ' for
# River Ports', 'Instituto' + ' de Pesca' (a capitalised word after the 'of', 'for' or particle; not 'for the', whose
# body is another's: 'a poll by the Varsen Institute for the Halden Post')
_OF_WORD = r"[A-Z][\w'\u2019&-]*"
# (its last words after an 'and', or a list with commas before one: 'the Ministry of Ports and Water', 'the Ministry
# of Lakes, Forests and Rivers', 'the Ministry of Roads and Public Works'; not a second body's initials or a
# person's name: 'the Bank of Jolby and KBC', 'the Ministry of Ports and Ana Costa')
_OF_NAME = re.compile(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?|(?:for|de|do|da|des|du)[ \t]+)" + _OF_WORD + r"(?:[ \t]+" + _OF_WORD + r"){0,3}"
                      r"(?:(?:,[ \t]+" + _OF_WORD + r")*[ \t]+(?:and|&)[ \t]+(?![A-Z]+\b)(?P<joined>" + _OF_WORD
                      + r")(?:[ \t]+" + _OF_WORD + r")?(?![\w'\u2019&-]|[ \t]+[A-Z]))?")


_HYPHENED = re.compile(r"-[A-Z][a-z]+\b(?!-)")
_PLACE_INITIALLED = re.compile(r"([ \t]+in[ \t]+" + _OF_WORD + r"(?:[ \t]+" + _OF_WORD + r")?)[ \t]*\(([A-Z]{2,8})\)")


def _name_key(name: str) -> frozenset[str]:
    return frozenset(fold(name).split()) - {"of", "the"}


class _Institutions:
    """Institutions the text names ('Kilmorey County Council', 'Seabrook town council'), found for
    one head noun the first time a bare 'the council' needs it."""

    def __init__(self, text: str, lex: Lexicon | None = None) -> None:
        self.text = text
        self.lex = lex or lexicon()
        self.found: dict[str, list[tuple[int, str]]] = {}

    def before(self, head: str, pos: int) -> str | None:
        """The institution with this head noun named last before offset pos, else, in a heading or
        a lead (or a live page's summary under its headings), the one the text names later
        when it names only one ('the coastal port says C' before 'the Port of Jolby Sound')."""
        if head not in self.found:
            found = self._scan(head)
            if head in self.lex.company_heads:
                found = sorted(found + self._companies())
            self.found[head] = found
        found = self.found[head]
        last = next((name for at, name in reversed(found) if at < pos), None)
        if last is None and len({_name_key(name) for _, name in found}) == 1 and _in_lead(self.text, pos):
            last = found[0][1]
        # ('Jolby Sound port' and 'the Port of Jolby Sound' are one name, its words reordered: the latter is its form)
        return next((name for _, name in found if " of " in name and _name_key(name) == _name_key(last)), last) \
            if last is not None else None

    def last_subject(self, pos: int) -> str | None:
        """The capitalised name that opens the last sentence before offset pos as its subject, a
        verb after it ('The Kessler Collective claimed ...', 'Tollvik, a carmaker, has said ...')."""
        found = None
        for m in _SUBJECT_NAME.finditer(self.text, 0, pos):
            words = m.group(1).split()
            if words[0] not in _NAME_STOPS and words[0] not in self.lex.not_names \
                    and fold(words[0]) not in self.lex.given_names \
                    and fold(words[0]).rstrip(".") not in self.lex.honorifics:
                found = m.group(1)
        return found

    def _place_initialled(self, name: str, end: int) -> str:
        """The place after a body's name at `end` that its initials in brackets after it spell with the name
        ('the Institute for Soil and Water in Ghana (ISWG)': the place is a word of its name); '' when none."""
        m = _PLACE_INITIALLED.match(self.text, end)
        if m is None:
            return ""
        letters = "".join(w[0] for w in (name + m.group(1)).split() if w[:1].isupper())
        return m.group(1) if letters == m.group(2) else ""

    def named_before(self, pos: int) -> Callable[[str], str | None]:
        return lambda head: self.before(head, pos)

    def _companies(self) -> list[tuple[int, str]]:
        """Companies named by a word that ends a company's name ('Gullby Energy', 'Marlow Freight Ltd')."""
        ends = "|".join(re.escape(w) for w in self.lex.company_words)
        if not ends:
            return []
        suffixes = self.lex.company_suffixes
        out = []
        for m in re.finditer(r"(?=[A-Z])\b((?:[A-Z][\w’'&.-]*[ \t]+){1,4})(?:" + ends + r")\b", self.text):
            words = self._without_openers(m.group(1).split())
            if len(words) > 1 or words and m.group().split()[-1] not in suffixes:
                out.append((m.start(), m.group()[m.group().index(words[0]):] + self._form_stop(m.end())))
        return sorted(set(out + self._legal_companies()) | set(self._described_companies()))

    def _without_openers(self, words: list[str]) -> list[str]:
        """A company's name's words without the sentence's words before it ('The', 'But', a word no name opens with)."""
        while words and (words[0] in _NAME_STOPS or words[0] in self.lex.not_names or words[0].lower() in DETERMINERS):
            words = words[1:]
        return words

    def _legal_companies(self) -> list[tuple[int, str]]:
        """Companies named with their legal form ('Hafgola ehf.', 'Tarvik plc', 'Marlow AG'), the form kept in the name;
        one word before a form that is also a person's post-nominal ('Wang AG') only when the text names no person
        so ('Ana Wang')."""
        forms = "|".join(r"\.[ \t]?".join(re.escape(p) for p in f.rstrip(".").split("."))
                         for f in sorted(legal_forms(self.lex.company_suffixes), key=len, reverse=True))
        out = []
        for m in re.finditer(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019&-]*[ \t]+(?:(?:and|of|&)[ \t]+(?=[A-Z]))?){1,5})(?:" + forms + r")(?![\w/])", self.text):
            words = self._without_openers(m.group(1).split())
            if not re.search(r"(?:^|[.!?][\"\u201d\u2019]?\s+|[\"\u201d]\s+|\n)(?:[\w'\u2019-]+[ \t]+){0,4}$", self.text[max(0, m.start() - 60):m.start()]):
                continue  # (only the subject of a sentence: 'shipped timber to Lomvik Wood d.o.o.' names a party in passing)
            if not words or len(words) == 1 and (fold(words[0]) in self.lex.given_names or re.search(
                    r"\b[A-Z][\w'\u2019-]*[ \t]+" + re.escape(words[0]) + r"\b(?![ \t]+[A-Z])", self.text) is not None):
                continue  # ('Anna Oy'; 'Ana Wang ... Wang AG': a person of that name)
            out.append((m.start(1) + m.group(1).index(words[0]),
                        m.group()[m.group().index(words[0]):] + self._form_stop(m.end())))
        return out

    def _form_stop(self, end: int) -> str:
        """The full stop of a legal form's abbreviation at offset end ("Corvane Systems Inc.'s office", 'Hafgola ehf.
        said'), part of the name where no sentence ends on it; else ''."""
        return "." if re.match(r"\.(?!\s+[A-Z\"\u201c]|\s*$)", self.text[end:end + 3]) else ""

    def _described_companies(self) -> list[tuple[int, str]]:
        """Companies the text introduces by what they are: 'battery maker Kestrel', 'Kestrel, a
        battery company based in Perth,'."""
        heads = "|".join(re.escape(w) for w in sorted(self.lex.company_heads))
        name = r"([A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,3})"
        out = []
        for m in re.finditer(r"\b(?:" + heads + r")[ \t]+" + name + r"|" + name + r",[ \t]+(?:a|an|the)[ \t]+"
                             r"(?:[\w-]+[ \t]+){0,3}(?:" + heads + r")\b|\w-based[ \t]+" + name, self.text):
            # ('Oslo-based Talvik': a body introduced by where it is based)
            found = m.group(1) or m.group(2) or m.group(3)
            after = re.match(r"[ \t]+(\w+)", self.text[m.end():m.end() + 40])
            if m.group(2) and after and fold(after.group(1)) in self.lex.cues_by_first:
                continue  # '... west of Jolby, the company said': the company speaks, no description of Jolby
            start = m.start(m.lastindex or 0)
            before = re.search(r"(?:(?<=\s)|^)((?:[A-Z][\w’'&-]*[ \t]+){1,3})$", self.text[max(0, start - 60):start])
            if m.group(2) and before and len(found.split()) == 4:
                # ('Seri Jaya Binaan Sdn Bhd, the builder': the capitalised words before the pattern's four are the name's too)
                words = self._without_openers(before.group(1).split())
                found = " ".join(words + [found]) if words else found
            if found.split()[0] not in _NAME_STOPS and found.split()[0] not in self.lex.not_names \
                    and fold(found) not in self.lex.country_index:
                out.append((m.start(), found))
        return out

    def _scan(self, head: str) -> list[tuple[int, str]]:
        if not head.isalpha():
            return []
        out = []
        # find the head noun first, then read the name back from it (a forward pattern would try
        # every capital letter of the text)
        for h in _word_occurrences(self.text, (head, head.capitalize())):
            # ('Directorate-General for Inland Waters': a hyphened word after the head is its own)
            hyphened = _HYPHENED.match(self.text, h.end()) if h.group()[:1].isupper() else None
            whole = h.group() + (hyphened.group() if hyphened else "")
            of = _OF_NAME.match(self.text, h.start() + len(whole)) if h.group()[:1].isupper() else None
            if of is not None:
                joined = fold(of.group("joined") or "")
                given = joined in self.lex.given_names
                # (not 'the Ministry of Ports and Ana Costa': a person after its 'and')
                rest = self.text[of.start():of.start("joined")].rsplit(None, 1)[0] if given else of.group()
                lead = self._capitalised_before(h.start())  # ('the National Company for River Ports')
                name = lead + whole + rest
                out.append((h.start() - len(lead), name + self._place_initialled(name, of.end())))  # 'the Port of Jolby Sound'
                continue
            # the words just before it: up to two lower-case ones ('town'), then capitalised ones
            before = self.text[max(0, h.start() - 90):h.start()]
            if not before.endswith((" ", "\t")):
                continue
            if h.group()[:1].islower() and head in self.lex.company_heads and head not in self.lex.body_heads:
                continue  # 'the Ohio company', 'the Nashville-based firm': a description, no company's name
            words = before.split()
            # ('Jolby pier fire: council denies ...', 'in Ohio; company halts ...': a name runs on no mark)
            words = words[max((i + 1 for i, w in enumerate(words) if w[-1] in ",;:!?"), default=0):]
            k = len(words)
            lower = 0
            while k > 0 and words[k - 1].islower() and lower < 2:
                k -= 1
                lower += 1
            top = k
            while k > 0 and top - k < 7 and (words[k - 1][:1].isupper() or (
                    k > 1 and words[k - 1] in _NAME_JOINS and words[k - 2][:1].isupper() and top - k < 6)):
                k -= 1  # ('Dock and Harbour Workers' Union', 'Centre for Coastal Studies')
            if k == top:
                continue
            words = words[k:]
            while words and (words[0] in _NAME_STOPS or words[0].lower() in DETERMINERS):
                words = words[1:]
            if not words or not words[0][:1].isupper() or any(w.lower() in DETERMINERS for w in words) \
                    or (len(words) == 1 and fold(words[0]) in self.lex.country_index):
                continue  # ('the Canadian town' names no town)
            out.append((h.start(), with_seat(self.text, " ".join(words + [h.group()]), h.end(), self.lex)))
        return out


    def _capitalised_before(self, pos: int) -> str:
        """The capitalised words of a name just before offset pos, with the blank after them ('National '
        before 'Company for River Ports'); '' for none, or for a sentence's opening word or an article."""
        m = re.search(r"(?:(?<=\s)|^)((?:[A-Z][\w'\u2019&-]*[ \t]+){1,3})$", self.text[max(0, pos - 60):pos])
        if m is None:
            return ""
        words = m.group(1).split()
        while words and (words[0] in _NAME_STOPS or words[0] in self.lex.not_names or words[0].lower() in DETERMINERS):
            words = words[1:]
        return " ".join(words) + " " if words else ""


def _in_lead(text: str, pos: int) -> bool:
    """Is offset pos in a text's title or lead: its first two paragraphs, or a paragraph after
    headings only ('Summary', a title without a full stop) and at most one paragraph of prose?"""
    before = text.count("\n\n", 0, pos)
    if before <= 1:
        return True
    if before > 3:
        return False
    paragraphs = text[:pos].split("\n\n")[:-1]
    return sum(p.rstrip().endswith((".", "!", "?", '"', "\u201d")) for p in paragraphs) <= 1


def _word_occurrences(text: str, forms: tuple[str, ...]) -> list[re.Match[str]]:
    """The matches of r"\b(?:form|...)\b" in text for forms made of letters, in text order: each
    form is found with str.find and the pattern matched only there (the forms hold no word
    boundary, so two matches never overlap), not tried at every offset of the text."""
    pattern = re.compile(r"\b(?:" + "|".join(forms) + r")\b")
    starts: set[int] = set()
    for form in forms:
        at = text.find(form)
        while at >= 0:
            starts.add(at)
            at = text.find(form, at + 1)
    return [m for m in map(pattern.match, repeat(text), sorted(starts)) if m is not None]


# words that join the capitalised words of one name
_NAME_STOPS = frozenset("The A An On In At For From By To With As After Before When While But And Its Their His Her "
                        "This That Meanwhile However Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _opens_with_verbs(text: str, word: str) -> bool:
    """Does word open two sentences or more as the subject of a verb in the third person that follows
    it straight away ('Orsk adjourns the sitting.' ... 'Orsk calls a witness.')? Live blogs and
    transcripts name a person by the surname alone at the start of each entry, never inside one."""
    opener = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)" + re.escape(word) + r" [a-z]+(?:s|ed)\b")
    return len(opener.findall(text, 0)) >= 2


def _written_after_word(text: str, word: str) -> bool:
    """Is word (followed by a word boundary) written after spaces that follow a lower-case letter,
    a comma, a closing quotation mark, or a word with a capital (a given name)? The occurrences of
    the word are found first and the text before each read backwards, not a pattern tried at
    every offset of the text."""
    after = re.compile(re.escape(word) + r"\b")
    m = after.search(text)
    while m is not None:
        k = m.start() - 1
        if k >= 0 and text[k] in " \t":
            while k >= 0 and text[k] in " \t":
                k -= 1
            if k >= 0 and text[k] in _BEFORE_NAME:
                return True
            while k >= 0 and (text[k].isalnum() or text[k] in "_."):  # [A-Z][\w.]* ending here
                if "A" <= text[k] <= "Z":
                    return True
                k -= 1
        m = after.search(text, m.start() + 1)
    return False


_PLACE_PREPOSITION_LENGTHS = (2, 4, 6, 7)  # 'in', 'near', 'across' and 'around', 'outside'


def _written_as_place(text: str, word: str, lex: Lexicon) -> bool:
    """Is word written after 'in' or 'near', before a place noun, or as a dateline ('KELBY, Ohio',
    not 'KFRA, which licenses ...', a body's initials opening a sentence)? The pattern is
    tried only where a match can start (at an occurrence of the word or of its capitals, or at a
    preposition before one), not at every offset of the text, and with the word compared there,
    so no pattern is compiled for each word."""
    starts: set[int] = set()
    for form in {word, word.upper()}:
        at = text.find(form)
        while at >= 0:
            starts.add(at)
            k = at
            while k > 0 and text[k - 1] in " \t":
                k -= 1
            if k < at:
                starts.update(k - n for n in _PLACE_PREPOSITION_LENGTHS if k >= n)
            at = text.find(form, at + 1)
    if not word or word[0] in " \t":  # (the spaces before it could be its own: the whole pattern)
        return any(map(_place_pattern(word, lex).match, repeat(text), sorted(starts)))
    tail = _place_tail(lex.place_nouns)
    return any(_place_at(text, start, word, tail) for start in sorted(starts))


def _place_pattern(word: str, lex: Lexicon) -> re.Pattern[str]:
    """_written_as_place's pattern for a word: a preposition of place before it, its capitals opening a
    line as a dateline, or '-based' or a place noun after it."""
    nouns = "|".join(map(re.escape, lex.place_nouns)) or "(?!)"
    return re.compile(r"\b(?:in|near|outside|across|around)[ \t]+" + re.escape(word) + r"\b(?!['’])|^"
                      + re.escape(word.upper()) + r",(?![ \t]+(?:which|who|whose|a|an|the)\b)|\b" + re.escape(word)
                      + r"(?:-based\b|[ \t]+(?:" + nouns + r")\b)", re.MULTILINE)


# _place_pattern's pieces without the word: the preposition before it, what may not follow a dateline
_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|outside|across|around)[ \t]+")
_NEGATORS = word_set("negators")
_WORD_OR_NOT = re.compile(r"\w+?(?=n['’]t\b)|n['’]t\b|\w+")  # ("didn't": 'did', "n't")
_NOT_DATELINE = re.compile(r"[ \t]+(?:which|who|whose|a|an|the)\b")


@lru_cache(maxsize=4)
def _place_tail(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """What follows a word written as a place: '-based' or a place noun (_place_pattern's last branch)."""
    return re.compile(r"(?:-based\b|[ \t]+(?:" + ("|".join(map(re.escape, nouns)) or "(?!)") + r")\b)")


def _place_at(text: str, at: int, word: str, tail: re.Pattern[str]) -> bool:
    """Does _place_pattern match at offset `at` (the word, opening with no space, compared in place)?"""
    prep = _PLACE_PREPOSITION.match(text, at)
    if prep is not None and text.startswith(word, prep.end()):
        end = prep.end() + len(word)
        if _word_boundary(text, end) and text[end:end + 1] not in ("'", "’"):
            return True
    upper = word.upper()
    if (at == 0 or text[at - 1] == "\n") and text.startswith(upper + ",", at) \
            and _NOT_DATELINE.match(text, at + len(upper) + 1) is None:
        return True
    return _word_boundary(text, at) and text.startswith(word, at) and tail.match(text, at + len(word)) is not None


def _word_boundary(text: str, at: int) -> bool:
    """Is there a word boundary (the pattern engine's '\\b') at offset `at`: a word character on one
    side of it only?"""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


_BEFORE_NAME = frozenset("abcdefghijklmnopqrstuvwxyz,;:’”'\"")


_PLACE_BEFORE = re.compile(r"(?<!\w)(?:in|at|near|from|outside|across)[ \t]+$")


def _plain_name(text: str, surname: str, lex: Lexicon, lower: str = "") -> str | None:
    """The first full name the text gives for a surname that no title nor known given name marks
    ('Ravi Patel, a detective, led the search ... Patel said'): one or two capitalised words before
    it that are no title, opening word, place or day. `lower`: the text as lower_for_search gives it."""
    if not surname.isalpha():
        return None
    headline = None
    for start, given_end, end in _name_matches(text, surname, lower):
        if _PLACE_BEFORE.search(text, max(0, start - 8), start):
            continue  # 'gathered in Central Park': a place, not a person's full name
        after = text[end:end + 40].split(maxsplit=1)
        if after and after[0].rstrip(".,;:") in lex.company_words + tuple(lex.company_suffixes):
            continue  # 'Tarrow Quell Shipping': a firm's name, its owner's surname in it
        given = text[start:given_end].split()
        if _opening_common_word(text, start, given[0], lex):
            given = given[1:]  # ('Unmanned Talvik drone crashes ...': a headline's adjective)
        while given and not _may_be_given(given[0], lex):
            given = given[1:]
        if given and all(_may_be_given(w, lex) for w in given):
            if not _on_headline(text, start):
                return " ".join(given + [text[given_end:end]])
            # ('Skipper Quell fined over late filing' above 'Dana Quell, a skipper, ...': a headline
            # capitalises a role before a surname; a name in the prose comes first)
            headline = headline or " ".join(given + [text[given_end:end]])
    return headline


def _on_headline(text: str, at: int) -> bool:
    """Is offset `at` on a line of at most 16 words with no full stop or other end of a sentence at
    its end: a headline's or a heading's, whose words are all capitalised?"""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line.split()) <= 16 and not line.endswith((".", "!", "?", '"', "\u201d", "'", "\u2019", ":"))


def _opening_common_word(text: str, at: int, word: str, lex: Lexicon) -> bool:
    """Is the word at offset `at`, opening a line or a sentence, a common word the text also writes
    in lower case ('Unmanned Talvik drone crashes ...' above 'an unmanned Talvik drone'):
    capitalised only there, and no given name?"""
    low = word.lower()
    if not word.isalpha() or low in lex.given_names \
            or not _opens_line_or_sentence(text, at):
        return False
    # the word in lower case with no word character, apostrophe nor hyphen either side: found with
    # str.find, no pattern compiled for each word
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        if not (at > 0 and _joins_word(text[at - 1])) and not (end < len(text) and _joins_word(text[end])):
            return True
        at = text.find(low, at + 1)
    return False


def _joins_word(ch: str) -> bool:
    """Is the character one of a word ('\\w'), an apostrophe or a hyphen?"""
    return ch.isalnum() or ch in "_'’-"


def _opens_line_or_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3):at].rstrip(" \t\"“”'‘’")
    return not before or before.endswith(("\n", ".", "!", "?", ":", ";", "—"))


# _plain_name's pattern: one or two capitalised words, then the surname (any case) and a word boundary.
# The capital opens it (its look-behind follows it), so the engine jumps from capital to capital
# instead of trying every offset; '(?:W){1,2}' is written 'W(?:W)?', the same order
_GIVEN_NAME = r"[A-Z](?<![\w.’'-][A-Z])[a-z][\w’'-]*[ \t]+"
_GIVEN_WORD = r"[A-Z][a-z][\w’'-]*[ \t]+"
# its words before the surname, two then one (the order the optional second word is tried in):
# matched where a surname can follow and the surname compared in the lower-cased text, so no pattern
# is compiled for each surname (on unseen articles that compiling was about 4% of extraction)
_GIVEN_TWO, _GIVEN_ONE = re.compile(_GIVEN_NAME + _GIVEN_WORD), re.compile(_GIVEN_NAME)


def _name_matches(text: str, surname: str, lower: str) -> Iterator[tuple[int, int, int]]:
    """The matches of _plain_name's pattern for this surname in text, in order and not overlapping
    (as finditer gives them): where each starts, where its given names end (the surname's start)
    and where it ends. Tried only where a match can start: one or two words before an occurrence of
    the surname (found in `lower`, the text lower-cased, when lower_for_search could give it), not
    at every capital of the text."""
    if not lower or not surname.isascii():
        pattern = re.compile("(" + _GIVEN_NAME + "(?:" + _GIVEN_WORD + ")?)(?i:" + re.escape(surname) + r")\b")
        for m in pattern.finditer(text):
            yield m.start(), m.end(1), m.end()
        return
    starts: set[int] = set()
    key = surname.lower()
    at = lower.find(key)
    while at >= 0:
        k = at
        for _ in range(2):  # the word just before, then the one before it
            j = k
            while j > 0 and text[j - 1] in " \t":
                j -= 1
            if j == k:
                break
            k = j
            while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_’'-"):
                k -= 1
            starts.add(k)
        at = lower.find(key, at + 1)
    end = 0
    for start in sorted(starts):
        found = _surname_after(text, lower, key, start) if start >= end else None
        if found is not None:
            end = found[2]
            yield found


def _surname_after(text: str, lower: str, key: str, start: int) -> tuple[int, int, int] | None:
    """_plain_name's pattern matched at `start` (start, end of the given names, end), in a text with
    no word character outside ASCII (`lower`: it lower-cased) for an ASCII surname (`key`: it
    lower-cased): the surname's letters match wherever the lower-cased text holds them, and the
    word boundary after its last letter is the text's end or a character that is no word's."""
    for given in (_GIVEN_TWO, _GIVEN_ONE):
        g = given.match(text, start)
        if g is not None and lower.startswith(key, g.end()):
            end = g.end() + len(key)
            if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
                return start, g.end(), end
    return None


# a word character outside ASCII: a letter whose case the pattern engine may fold otherwise than
# str.lower ('ſ' matches 's', 'ı' matches 'i'); a text with none is searched lower-cased
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")


def lower_for_search(text: str) -> str:
    """The text lower-cased, where a case-insensitive ASCII word matches exactly where its
    lower-cased form occurs; '' when that cannot be promised (a letter outside ASCII)."""
    return text.lower() if text.isascii() or not _NON_ASCII_WORD.search(text) else ""


def _may_be_given(word: str, lex: Lexicon) -> bool:
    low = fold(word)
    return not (word in _NAME_STOPS or word in lex.not_names or low in DETERMINERS or low in lex.title_words
                or low.endswith("-based")  # ('Harwick-based Talvik': where it is based)
                or low.rstrip(".") in lex.honorifics or low in lex.country_index or low in lex.openers
                or low in lex.modifiers or low in CALENDAR_WORDS or low in lex.institution_heads or low in lex.body_heads
                or low in lex.media_heads or low in lex.outlet_words or word in lex.company_words
                or low in lex.anonymous_heads or low in lex.group_heads)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _people_index(text: str, lex: Lexicon) -> dict[str, str]:
    """Surname -> full name for names written with a title anywhere in the text ("Defense Minister
    Ana Lind") or opening with a given name ("Rosa Medina"), so a later bare surname resolves to
    the full name."""
    index: dict[str, str] = {}
    for m in _TITLED_NAME.finditer(text):
        # (a name never runs over a paragraph's end: 'PRESS RELEASE' heading the next line is no title)
        words = _PARAGRAPH_BREAK.split(m.group())[-1].split()
        if len(words) > 2 and words[-1] in lex.generations:
            words = words[:-1]  # ('Ana M. Costa Jr.': 'Costa' is her surname)
        post = len(words) >= 3 and words[-1] in lex.postnominals
        if post:
            # 'Ana Costa TD': a name with its title after it (from the word after a sentence's end)
            words = words[1 + max((k for k, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 2), default=-1):-1]
        low = [fold(w) for w in words]
        last_title = title_end(words, low, lex)
        if last_title < 0 and not post:
            # no title, but a given name opens the name ('..., Rosa Medina waited'): the words from it
            given = next((k for k, w in enumerate(low[:-1])
                          if w in lex.given_names and len(words) - k <= 3), None)
            if given is None:
                continue
            last_title = given - 1
        name = words[last_title + 1:]
        if len(name) >= 2 and not any(fold(w) in lex.institution_heads for w in name):
            full = " ".join(name)
            if full.endswith(("’s", "'s")):
                full = full[:-2]
            index.setdefault(surname_key(full), full)
    return index


def extract_claimset(text: str, *, slug: str, title=None, outlet=None, url=None, language="en",
                     published=None, version=1, use_model: bool = True) -> ClaimSet:
    """Every claim in the text with its speaker, outlet, cue, dates and kind (no status yet).

    >>> cs = extract_claimset("The minister said the talks had failed.", slug="x")
    >>> cs["claims"][0]["text"]
    'the talks had failed'

    `use_model=False` reads with the rules alone (the attribution model is not loaded).
    """
    doc = _Document(text, title=title, outlet=outlet, published=published, use_model=use_model)
    claims = doc.read()
    out = _claimset(text, claims, slug=slug, title=title, outlet=doc.publisher, url=url, language=language,
                    published=doc.published_on, version=version, origins=doc.origin, credited=doc.credited)
    out["extractor"] = {"model": model_version() if use_model else None}
    return out


@dataclass(frozen=True)
class _AsClause:
    """An 'as' clause naming a source ('as the Ledger reported on Friday'): its cue and the spans of the
    source, the cue and the adjunct after it."""
    cue: Cue
    source: tuple[int, int]
    cue_span: tuple[int, int]
    adjunct: tuple[int, int]

    def frame(self, text: str, start: int, end: int) -> Frame:
        """The frame attributing text[start:end] to the clause's source."""
        return Frame(self.cue, text[self.cue_span[0]:self.cue_span[1]], *self.cue_span, self.source,
                     [Content(start, end, "indirect")], attribution_spans=[self.source, self.cue_span, self.adjunct])


@dataclass
class _LeadIn:
    """'He said:' closing a paragraph: who speaks the quotation that opens the next one."""
    speaker: Speaker
    speaker_span: tuple[int, int]
    cue: str | None
    cue_span: tuple[int, int]
    colon_block: int = -1  # the paragraph it closes with a colon ('The governor added:'), if it does


@dataclass
class _Paragraph:
    """One block of the text, with the shape that decides whose its sentences are."""
    index: int
    block: Block
    answer: int | None = None                    # an interview's 'A:': where the answer's words start
    label: Label | None = None                   # a transcript's 'SMITH:' opening the turn the paragraph is in
    label_speaker: Speaker | None = None
    host: bool = False                           # the turn is a host's or reporter's: the broadcaster's reporting
    signed: tuple[int, int, int] | None = None   # '"..." ― Ana Costa': name start, end, the dash
    signer: Speaker | None = None
    letter: tuple[int, int] | None = None         # a reader's letter: its writer's name, signed below it


@dataclass
class _Reading:
    """One sentence as read: where its statement starts (after a dateline or a notice label) and
    the dates in it, resolved."""
    sent: Sentence
    begin_off: int
    matches: list
    date_values: list[tuple[int, int, str | None]]

    def event_on(self, s: int, e: int) -> str | None:
        return _date_in(self.date_values, [(s, e)], [])


class _Document:
    """The reading of one article, paragraph by paragraph, as a state machine: the state is who
    spoke last and where, a lead-in waiting for its quotation, who answers an interview; each
    paragraph and sentence goes to the handler of its shape (signed paragraph, transcript label,
    interview answer, sentence with attribution frames, sentence without)."""

    def __init__(self, text: str, *, title: str | None, outlet: str | None, published, use_model: bool = True) -> None:
        self.lex = lex = lexicon()
        found = _list_items(text, blocks(text))
        # texts carried in full after a lead announcing them, read with their outer quotation marks blanked
        self.carried = carried_texts(text, found, lex, outlet)
        self.text = text = unmarked(text, self.carried, found)
        self.published_on = normalise_published(published)
        self.outlets = _Outlets(lex, text)
        self.publisher: dict | None = None
        self.publisher_speaker: Speaker | None = None
        if outlet:
            record = find_outlet(outlet, lex, fuzzy=False) or {"name": outlet, "aliases": [], "country": None}
            self.publisher = self.outlets.get({**record, "name": outlet} if fold(record["name"]) != fold(outlet)
                                              or _writes_itself(text, outlet, record["name"]) else record)
            self.outlets.publisher = self.publisher
            self.publisher_speaker = Speaker(self.publisher["name"], "media", False,
                                             affiliation=self.publisher.get("country"), outlet=self.publisher)
        self.wire: dict | None = None            # the wire a dateline credits, when not the publisher
        self.wire_speaker: Speaker | None = None
        self.registry = Registry(lex)
        # not a bound method: the registry would hold the document in a cycle, freed only by a full collection
        self.registry.initials = partial(_defined_initials, text, lex=lex)
        self.people = _People(text, lex)
        self.credited: list[dict] = []  # outlets credited with the story ('The Courier first reported it')
        self.institutions = _Institutions(text, lex)
        self.ctx = DateContext(self.published_on)
        self.claims: list[_Claim] = []
        self.title = title
        self.title_key = fold(title).rstrip(".!? ") if title else None
        self.last_attr: _Claim | None = None   # the last claim given to a speaker
        self.last_attr_block = -10             # and the paragraph it is in
        self.last_report: tuple[int, _Claim] | None = None  # the last claim an outlet carried, and its place
        self.last_record: Speaker | None = None  # the source of the record the text cited last
        # the records and evidence the text cited as sources: where the mention ends, its words, its source
        self.cited: list[tuple[int, frozenset[str], Speaker]] = []
        self.pending: _LeadIn | None = None
        self.block_lead: tuple[int, _LeadIn] | None = None  # a paragraph quoted without marks after 'X said:'
        self.sentence_no = 0
        self.interviewee: Speaker | None = None  # in a Q:/A: interview
        self.interview_on = self.published_on
        self.names_inside: dict[str, bool] = {}
        # the named person the last unattributed sentence opened with: paragraph, speaker, words
        self.subject: tuple[int, Speaker, tuple[int, int]] | None = None
        self.blocks = read_blocks(text, found, self.carried)  # read once: the model tags the same paragraphs
        self.carried_by: dict[int, Speaker] = {}  # the speaker a carried text's lead names by its own cue
        self.model = ModelFrames(text, self.blocks) if use_model else None  # the statistical model's attributions
        self.letters = _Letters()  # a page of readers' letters: read() finds them
        self.transcript = Transcript()  # a broadcast transcript's labels and turns: read() finds them
        self.turn_speakers: dict[int, Speaker] = {}  # the speaker of each label, by its paragraph
        self.interview = Interview()  # the answers of an interview printed without 'Q:'/'A:': read() finds them
        self.read_at: dict[int, Speaker] = {}  # the speaker each mention read so far names, by where it opens

    def read(self) -> list[_Claim]:
        found = self.blocks
        self.letters = _letters(self.text, found, self.lex)
        if not self.letters.writer_of:
            letter = read_letter(self.text, found, self.lex, self.title)  # ('Editor, ... Ana Costa, Tarnmouth.')
            self.letters = _Letters(letter.writer_of, letter.lines, whole=bool(letter.writer_of))
        self.transcript = read_transcript(self.text, found, self.lex, self.publisher["name"] if self.publisher else None)
        if len(self.transcript.labels) < 2:
            self.interview = read_interview(self.text, found, self.lex, self.title)
        for bi, block in enumerate(found):
            if bi < 4 and self.wire is None:
                self._wire(self.text[block.start:block.end])
            paragraph = self._paragraph(bi, block)
            if paragraph is None:
                continue
            para, block_sentences = paragraph
            for sent in block_sentences:
                self._sentence(para, sent)
            if self.pending is not None and any(c.lead == bi for c in self.carried):
                self.carried_by[bi] = self.pending.speaker  # ('X said in a statement, which reads in full:')
        self._carried_release()
        self._carried_texts()
        self._headline_sources()
        fact_check = is_fact_check(self.text, self.title, self.publisher["name"] if self.publisher else None)
        if fact_check:
            self._platform_posts()
            self._captions()
            self._claimant_lines()
            self._claims_posted_by()
        self._fact_check_boxes()
        if fact_check:
            self._checker_findings()
            self._spreaders()
            self._pointed_to()
        read_formats(self)  # a live blog's entries, an update's or a correction's notice
        self._answers_by_follow_up()
        self._narrow_denials()
        self._told_by_representative()
        if self.wire is not None:
            for c in self.claims:
                # the wire carried every source's words to the publisher
                if c.speaker is not self.publisher_speaker and c.outlet is not self.wire and self.wire not in c.via:
                    c.via.append(self.wire)
        return _without_repeats(self.claims)

    def _told_by_representative(self) -> None:
        """'Korvane has withdrawn its claim that C, the company's attorney, Ana Lind, confirmed': the withdrawal
        (a denial, a refusal to confirm) is the party's own, the nested claim whose speaker the sentence names
        before its cue; the one who speaks for the party (a lawyer, a spokesperson: corroboration.json's
        representatives and spokespeople) only tells of it, so the whole clause is no second claim of theirs."""
        for c in self.claims:
            span = c.speaker_span
            if c.nested or c.repeated or c.stance != "asserts" or span is None or span[0] < c.end \
                    or not _SPEAKS_FOR.search(self.text, span[0], span[1]):
                continue
            if any(o.nested and o.stance != "asserts" and o.speaker is not None and o.speaker is not c.speaker
                   and o.speaker_span is not None and c.start <= o.speaker_span[0] < o.speaker_span[1] <= c.end
                   for o in self.claims):
                c.repeated = True

    def _answers_by_follow_up(self) -> None:
        """A denial of a bare 'the report' that took a report naming the denier over the nearest
        (`_naming`) answers, of the reports it could answer, the one that shares the most (at least
        REPORT_REACH_SHARED) content words with what its side goes on to say (`_follow_up`), when
        the report it took shares fewer:
        'The Courier reported, citing two former drivers, that the brakes of the buses were worn. Tarnline
        rejected the claims. A company spokeswoman said the brakes had been checked' answers the
        Courier's report, not an earlier claim naming Tarnline."""
        at = {id(c): n for n, c in enumerate(self.claims)}
        for n, denial in enumerate(self.claims):
            choice = denial.choice
            if choice is None or denial.words is None:
                continue
            said = self._follow_up(n, denial)
            scored = [(len(said.intersection(stem(w) for w in claim_words(self.text[c.start:c.end]))), c)
                      for c in choice.candidates if id(c) in at]
            now = next((k for k, c in scored if (c.start, c.end) == (denial.start, denial.end)), 0)
            best, report = max(scored, key=itemgetter(0), default=(0, None))
            if report is None or best < max(REPORT_REACH_SHARED, now + 1):
                continue
            for c in self.claims:
                if (n, "contradicts") in c.links:
                    c.links.remove((n, "contradicts"))
            denial.start, denial.end = denial.words
            pool = [(at[id(c)], c) for c in choice.pool if id(c) in at]
            self._take_report(denial, n, (at[id(report)], report), pool, choice.reading)

    def _follow_up(self, n: int, denial: _Claim) -> set[str]:
        """The content stems of what a denial's side goes on to say: its speaker's claims among the
        REPORT_WINDOW after it, and those of its paragraph after it by a speaker who is neither the
        report's source nor the publisher ('Tarnline rejected the claims. A company spokeswoman
        told AAP C')."""
        assert denial.words is not None
        end = self.text.find("\n", denial.words[1])
        end = len(self.text) if end < 0 else end
        source = next((c.speaker for c in self.claims if (c.start, c.end) == (denial.start, denial.end)
                       and c.stance == "asserts"), None)
        return {stem(w) for c in self.claims[n + 1:n + 1 + REPORT_WINDOW] if c.stance == "asserts" and (
            c.speaker is denial.speaker or c.start < end and c.speaker is not None
            and c.speaker is not source and c.speaker is not self.publisher_speaker)
            for w in claim_words(self.text[c.start:c.end])}

    def _narrow_denials(self) -> None:
        """A denial of 'the report' whose speaker goes on to say what is wrong with it contradicts,
        beyond the report's sentence and its lead (its first claim), only the report's claims that
        share REPORT_REACH_SHARED content words with what the denier goes on to say (its own claims
        among the REPORT_WINDOW after it):
        'X rejected the report. He said the spare log held only weather notes' answers the report's
        claim about the spare log, not its count of skipped drills (as corroboration.answered_reports
        reads the stored claims)."""
        for n, denial in enumerate(self.claims):
            if not denial.reached:
                continue
            said = {stem(w) for c in self.claims[n + 1:n + 1 + REPORT_WINDOW] if c.speaker is denial.speaker
                    and c.stance == "asserts" for w in claim_words(self.text[c.start:c.end])}
            for c in denial.reached if said else ():
                shared = said.intersection(stem(w) for w in claim_words(self.text[c.start:c.end]))
                if len(shared) < REPORT_REACH_SHARED and (n, "contradicts") in c.links:
                    c.links.remove((n, "contradicts"))

    def _carried_release(self) -> None:
        """A press release or statement an outlet carries in full, announced in its lead ('The
        following press release was issued by the Jolby Port Authority.'): the lead's paragraph
        states nothing, and what the publisher would state in the paragraphs after it, up to an end
        mark ('ENDS', '-30-'), is the issuer's own statement through its release (the body of a
        release speaks for its issuer, DESIGN.md); the carrier's lines after the end mark stay its own."""
        found = self._release_lead_block()
        if found is None or self.publisher_speaker is None:
            return
        bi, issuer_at, words = found
        issuer = self._source(self.registry.resolve(self.text[issuer_at[0]:issuer_at[1]], self.people))
        if issuer is None or issuer.kind == "person" and issuer.anonymous:
            return
        lead, end = self.blocks[bi], next((b.start for b in self.blocks[bi + 1:]
                                           if _release_end().match(self.text, b.start, b.end)), len(self.text))
        outlet = self.outlets.get({"name": f"{issuer.name} press release", "country": issuer.affiliation}) \
            if "release" in words and issuer.kind != "person" else None
        mine = [c for c in self.claims if c.speaker is self.publisher_speaker and not c.nested]
        for c in mine:
            if lead.start <= c.start < lead.end:
                c.repeated = True  # (a line saying the Gazette prints it unedited announces the release, no claim)
            elif lead.end <= c.start < end:
                c.speaker, c.speaker_span, c.outlet, c.form = issuer, issuer_at, outlet, "direct"
                c.cue, c.cue_span = words, None
                c.kind = classify(self.text[c.start:c.end], **_about(issuer))

    def _carried_texts(self) -> None:
        """A text carried in full after a lead announcing it (carried.py): the lead states nothing; what
        the publisher would state in the text, and what it goes on quoting from a speaker named before
        the lead, is the issuer's own statement, as is what 'the company' says in it when the issuer is
        a body; a quotation inside it with its own 'said Ana Lind' stays Ana Lind's; the signature
        after its sign-off states nothing."""
        for carried in self.carried:
            found = self._carried_issuer(carried)
            if found is None:
                continue
            issuer, at = found
            start, end = self.blocks[carried.first].start, self.blocks[carried.last].end
            lead = Block(carried.lead_at, self.blocks[carried.lead].end, False)  # (the lead's sentence)
            head = fold(self.text[carried.issuer[0]:carried.issuer[1]]).split() if carried.issuer else []
            sign = self.blocks[carried.signature] if carried.signature is not None else None
            outlet = self.outlets.get({"name": f"{issuer.name} press release", "country": issuer.affiliation}) \
                if "release" in carried.doc and issuer.kind != "person" else None
            for c in self.claims:
                if c.speaker is self.publisher_speaker and (lead.start <= c.start < lead.end
                                                            or sign is not None and sign.start <= c.start < sign.end):
                    c.repeated = True
                elif start <= c.start < end and not c.nested and c.speaker is not issuer \
                        and self._issuers_words(c, issuer, start, end, head):
                    c.speaker, c.speaker_span, c.outlet, c.form = issuer, at, outlet, "direct"
                    c.cue, c.cue_span = carried.doc, None
                    c.kind = classify(self.text[c.start:c.end], **_about(issuer))

    def _issuers_words(self, c: _Claim, issuer: Speaker, start: int, end: int, head: list[str]) -> bool:
        """Is claim c, inside a carried text (start, end), its issuer's: the publisher's own words, a
        quotation going on from a speaker named before the text, what its 'we' says, or what 'the
        company' (or 'the bank', when the lead called it 'the bank's statement') says in it when the
        issuer is a body?"""
        if c.speaker is self.publisher_speaker:
            return True
        span = c.speaker_span
        if span is None or not start <= span[0] < end:
            return c.speaker is not None
        said = self.text[span[0]:span[1]]
        words = fold(said).split()
        return _first_person(said) or issuer.kind != "person" and len(words) == 2 and words[0] == "the" and (
            words[1] in self.lex.company_heads or words[1] in self.lex.generic_body_heads or words == head)

    def _carried_issuer(self, carried: Carried) -> tuple[Speaker, tuple[int, int] | None] | None:
        """Who issued a carried text, and where the text names them: the one its lead names ('the
        company's statement', 'STATEMENT FROM THE PORT AUTHORITY', 'X issued the following statement:'),
        else the lead's own speaker ('X said in a statement, which reads in full:'), else the one who
        last made such a statement ('The statement in full:'). None for no one, or an unnamed person."""
        sp, at = self._named_issuer(carried)
        by = self.carried_by.get(carried.lead)
        if sp is None and by is not None and fold(by.name) not in _STATEMENT_NOUNS and fold(by.name) != carried.doc:
            sp = by  # (not 'The statement, carried by the agency, said:', whose speaker is the document)
        if sp is None:
            lead = self.blocks[carried.lead]
            last = next((c for c in reversed(self.claims) if c.end <= lead.start and c.speaker is not None
                         and c.speaker is not self.publisher_speaker and not c.nested), None)
            said = fold(self.text[last.sentence.start:last.sentence.end]) if last is not None else ""
            if last is not None and lead.start - last.end <= CITED_REACH and carried.doc.split()[-1] in said:
                sp, at = last.speaker, last.speaker_span
        if sp is None or sp.kind == "person" and sp.anonymous:
            return None
        return sp, at

    def _named_issuer(self, carried: Carried) -> tuple[Speaker | None, tuple[int, int] | None]:
        """The issuer a carried text's lead names, and where; for 'the company's statement', the company
        the text names with its legal form in its first paragraph ('Marlow Freight d.o.o. informs ...')."""
        at, legal = carried.issuer, None
        if at is None or fold(self.text[at[0]:at[1]]).split()[:1] == ["the"] and self.text[at[1] - 1].islower():
            legal = legal_name(self.text, self.blocks[carried.first], self.lex.company_suffixes)
            at = legal or at
        if at is None:
            found = _search_release_lead(self.text, carried.lead_at, self.blocks[carried.lead].end)
            at = _trim(self.text, *_release_issuer(found)) if found is not None else None
        if at is None:
            return None, None
        words = self.text[at[0]:at[1]]
        sp = self._source(self.registry.resolve(_title_case(words) if words.isupper() else words, self.people,
                                                self.institutions.named_before(at[0])))
        if sp is not None and legal is not None and sp.kind == "person":
            sp.kind = "institution"  # (a name with a legal form is a company's)
        return sp, at

    def _release_lead_block(self) -> tuple[int, tuple[int, int], str] | None:
        """The paragraph among the first few whose sentence announces a release carried after it, where
        the issuer is named in it and the words that name the release ('press release'). A lead before a
        colon and a quotation announces a statement the story quotes (_release_announced), not one it
        carries in full: the story's own lines after the quotation stay its own."""
        for bi, block in enumerate(self.blocks[:RELEASE_LEAD_BLOCKS]):
            m = _search_release_lead(self.text, block.start, block.end)
            if m is not None and not _QUOTATION_NEXT.match(self.text, m.end()):
                at = _release_issuer(m)
                doc = self.text[m.start():at[0]] + " " + self.text[at[1]:m.end()]
                return bi, _trim(self.text, *at), "press release" if _RELEASE_WORD.search(doc) else "statement"
        return None

    def _headline_sources(self) -> None:
        """The text's first line, when it is a headline over a body (no longer than a heading): a
        claim there whose speaker it gives only by a role or a description ('Harbour master says C',
        'Police: C') and that the body states again in the words of a source it names ('harbour
        master Ana Costa said C') is that source's claim. One source in one document: the headline
        repeats the body's claim and never corroborates it."""
        found = self.blocks
        if len(found) < 2 or len(self.text[found[0].start:found[0].end].split()) > HEADING_WORDS:
            return
        body = [c for c in self.claims if c.start >= found[1].start and c.speaker is not None
                and not c.speaker.anonymous and c.speaker is not self.publisher_speaker and not c.nested]
        for c in self.claims:
            sp = c.speaker
            if c.start >= found[0].end or sp is None or not sp.anonymous or c.nested:
                continue
            text = self.text[c.start:c.end]
            alike = [(claim_similarity(text, self.text[b.start:b.end]), -k, b) for k, b in enumerate(body)
                     if b.stance == c.stance and _described_as(sp, b.speaker)]
            best = max(alike, key=lambda a: a[:2], default=None)
            if best is not None and best[0] >= CORROBORATION_THRESHOLD:
                same = best[2]
                c.speaker, c.outlet, c.via = same.speaker, same.outlet, list(same.via)

    def _fact_check_boxes(self) -> None:
        """A fact check's boxes (cues.json fact_check_labels): 'Claim: C' is C in its claimant's
        words (the one 'Claimed by: X' names, else the source in the text that states the same);
        'Verdict: False' and the publisher's 'The claim that C is false' deny C: the claims
        stating it are contradicted by the verdict."""
        labels = _fact_check_labels()
        boxes: list[_Claim] = []
        claimant: tuple[int, int] | None = None
        for bi, block in enumerate(self.blocks):
            label = _NOTICE_RE.match(self.text, block.start, block.end)
            alone = _LABEL_ALONE.match(self.text, block.start, self.blocks[bi + 1].end) \
                if label is None and bi + 1 < len(self.blocks) else None
            if alone is not None and _label_kind(alone.group(1), labels) == "verdict":
                # ('VERDICT' alone on its line, 'False. The video shows ...' after it: the rating opens the next)
                label, block = alone, Block(block.start, self.blocks[bi + 1].end, False)
            kind = _label_kind(label.group(1), labels) if label is not None else None
            if label is None or kind is None:
                continue
            stop = _INNER_STOP.search(self.text, label.end(), block.end)
            rest = _trim(self.text, label.end(), stop.start() + 1 if stop else block.end)
            mine = [c for c in self.claims if block.start <= c.start < rest[1] and not c.nested and (
                c.speaker is self.publisher_speaker or c.speaker_span is not None and c.speaker_span[1] <= label.end())]
            if kind == "claimant":
                claimant = rest
                for c in mine:
                    c.repeated = True  # ('Claimed by: Social media users' states nothing)
            elif kind == "claim" and mine and rest[0] < rest[1]:
                c = mine[0]
                c.start, c.end, c.form, c.cue, c.cue_span = *rest, "indirect", label.group(1).strip(), label.span(1)
                c.speaker, c.speaker_span = self.publisher_speaker, None
                boxes.append(c)
            elif kind == "verdict" and _rating_of_falsehood(self.text[rest[0]:rest[1]], self.lex, labels):
                under = boxes[-1:] + [c for c in self.claims if c not in boxes and self._under_check(c)]
                if not under:
                    continue
                if not mine:  # ('Verdict: False' alone on its line is read as no sentence of the text)
                    mine = [self._publisher_claim(_Reading(Sentence(block.start, rest[1], bi), block.start, [], []),
                                                  *rest)]
                    self.claims.append(mine[0])
                self._deny_checked(mine[0], under[0], rest, label.span(1))
                link = (self.claims.index(mine[0]), "contradicts")
                for c in under[1:]:  # (the verdict answers every post the check quotes, not only its box)
                    if link not in c.links:
                        c.links.append(link)
        for box in boxes:
            self._claimant(box, claimant)
        for c in self.claims:
            own = c.speaker is self.publisher_speaker and c.form == "unattributed" or c.by_model and c.speaker is None
            denied = self.lex.false_clause.fullmatch(self.text, *_trim(self.text, c.sentence.start, c.sentence.end)) \
                if own and c.stance == "asserts" and not c.nested else None
            if denied is not None:  # 'The claim that C is false.': the publisher's own verdict on C
                c.speaker, c.outlet, c.start, c.end = self.publisher_speaker, self.publisher, *denied.span()
                self._deny_checked(c, None, denied.span(1), None)

    def _checker_findings(self) -> None:
        """A fact check's 'we' outside a quotation is the checker stating its own finding ('We found no
        evidence to support the claim', 'We traced the video to X'): the publisher's statement, its
        whole sentence, not an unidentified speaker's."""
        for c in self.claims:
            at = c.speaker_span
            if at is None or c.form == "direct" or c.nested or c.speaker is self.publisher_speaker \
                    or not speaks_as_checker(self.text[at[0]:at[1]]):
                continue
            s, e = _trim(self.text, c.sentence.start, c.sentence.end)
            if any(o is not c and o.speaker is self.publisher_speaker and o.start == s for o in self.claims):
                c.repeated = True  # (the publisher's reading of the same sentence stands)
                continue
            c.speaker, c.outlet, c.via, c.form, c.stance = self.publisher_speaker, self.publisher, [], "unattributed", \
                "asserts"
            c.start, c.end, c.speaker_span, c.cue, c.cue_span, c.stated_on = s, e, None, None, None, self.published_on

    def _spreaders(self) -> None:
        """The author of a post a fact check traced: described, then named ('Its administrator, who
        gave his name as Ana Costa, told us that C') is that person, in every claim given to the
        description; what they tell the checker after 'and that' about taking the post down ('and
        that he had since deleted the post') is their withdrawal of it, apart from what came before."""
        renamed: dict[int, Speaker] = {}
        traced = traced_authors(self.text)
        for c in list(self.claims):
            sp = c.speaker
            if sp is None or sp is self.publisher_speaker or c.speaker_span is None:
                continue
            after = [name for end, name in traced if end <= c.speaker_span[0]]
            if after and fold(self.text[c.speaker_span[0]:c.speaker_span[1]]) in ("he", "she"):
                # ('We traced the video to Ana Costa. She told us that C': the author, not the last source)
                c.speaker = sp = self.registry.resolve(self.text[after[-1][0]:after[-1][1]], self.people)
            elif after:
                traced = [t for t in traced if t[0] > c.speaker_span[0]]  # (another source spoke since)
            named = spreader_name(self.text, c.speaker_span[1], c.sentence.end) if id(sp) not in renamed else None
            if named is not None and sp.anonymous:
                renamed[id(sp)] = self.registry.resolve(self.text[named[0]:named[1]], self.people)
            c.speaker = renamed.get(id(sp), sp)
            gone = deletion(self.text, c.start, c.end) if c.stance == "asserts" and not c.nested else None
            split = _AND_THAT.search(self.text, c.start, gone[0]) if gone is not None else None
            if split is not None:
                withdrawal = _Claim(**{**vars(c), "links": [], "via": list(c.via)})
                c.end = _trim(self.text, c.start, split.start())[1]
                withdrawal.start, withdrawal.stance = split.end(), "retracts"
                self._insert(self.claims.index(c) + 1, [withdrawal])
                for o in self.claims:  # (its words read again as a withdrawal of their own: this one stands)
                    if o.nested and o.stance == "retracts" and c.start <= o.start < withdrawal.end:
                        o.repeated = True

    def _captions(self) -> None:
        """A post a fact check quotes by its caption ('X user @ana posted the clip with the caption,
        "C. D."'; 'The photo was posted on the company's Facebook page with the caption "C"'): each
        sentence of the caption is a claim of the post's author (the subject of the posting verb, or
        the owner of the page it went up on), one the fact check quotes to rate it, not the
        publisher's sentence nor the thing posted."""
        for bi, block in enumerate(self.blocks):
            found = caption(self.text, block.start, block.end)
            quote = next((q for s in sentences(self.text, block, bi) for q in s.quotes if found and q.open == found[0]), None)
            if found is None or quote is None:
                continue
            mine = [c for c in self.claims if block.start <= c.start < quote.end and not c.nested]
            posting = [c for c in mine if c.cue in POSTING_VERBS and c.speaker is not None
                       and c.speaker is not self.publisher_speaker and c.start < quote.open]
            subject = found[2] if found[1] is None else found[1]
            author = posting[0].speaker if posting else self.registry.resolve(
                self.text[subject[0]:subject[1]], self.people) if subject else None
            if author is None:
                continue
            sent = next(c.sentence for c in mine) if mine else Sentence(block.start, block.end, bi)
            for c in mine:
                if c.speaker is self.publisher_speaker or c in posting or quote.open <= c.start:
                    c.repeated = True  # (the publisher's sentence, the thing posted, the caption read as the publisher's)
            pieces = [p for p in (_trim(self.text, a, b) for a, b in _quoted_sentences(self.text, *quote.inner))
                      if p[0] < p[1]]
            self._insert(self.claims.index(mine[0]) if mine else len(self.claims), [
                _Claim(start=a, end=b, sentence=sent, speaker=author, form="direct", cue="caption",
                       kind=classify(self.text[a:b]), checked=True) for a, b in pieces])

    def _claimant_lines(self) -> None:
        """The claim a fact check quotes under a label alone on its line ('The Statement', 'The Claim'),
        with its claimant's line under it ('Ana Costa, Labour MP for Jolby, 3 May 2026', in the same
        paragraph or the next): the quotation is that person's words, the line no claim."""
        labels = _fact_check_labels().get("claim", frozenset())
        for bi, block in enumerate(self.blocks[:-1]):
            found = self._box_claimant(bi) if fold(self.text[block.start:block.end]).strip(" :") in labels else None
            if found is None:
                continue
            quoted, under, named, who = found
            for c in self.claims:
                if under[0] <= c.start < under[1]:
                    c.repeated = True
                elif quoted <= c.start < under[0] and not c.nested:
                    c.start, c.end = _trim(self.text, c.start, min(c.end, under[0]))
                    if self.text[c.start:c.start + 1] in _OPEN_QUOTES and self.text[c.end - 1:c.end] in "\"\u201d":
                        c.start, c.end = _trim(self.text, c.start + 1, c.end - 1)  # (the words, without their marks)
                    c.speaker, c.speaker_span, c.outlet, c.via, c.form, c.checked = who, named, None, [], "direct", True
                    c.stated_on = None

    def _box_claimant(self, bi: int) -> tuple[int, tuple[int, int], tuple[int, int], Speaker] | None:
        """After a box's label alone on its line (paragraph `bi`): where the quoted claim starts, the
        claimant's line (the quotation's last line, or the next paragraph), the name in it and the
        person it names; None when no line under the quotation names a person."""
        quoted = self.blocks[bi + 1]
        line = self.text.rfind("\n", quoted.start, quoted.end) + 1
        under = (line, quoted.end) if line > quoted.start else \
            (self.blocks[bi + 2].start, self.blocks[bi + 2].end) if bi + 2 < len(self.blocks) else None
        named = claimant_line(self.text, *under) if under is not None else None
        who = self.registry.resolve(self.text[named[0]:named[1]], self.people) if named is not None else None
        if under is None or named is None or who is None or who.anonymous or who.kind != "person":
            return None
        return quoted.start, under, named, who

    def _claims_posted_by(self) -> None:
        """'The claim, posted on Thursday by a local influencer, says "C"': the claim a fact check
        quotes is its author's (the words after 'by'), not the checker's sentence."""
        for c in self.claims:
            m = claim_posted_by(self.text, c.start, c.end) if c.speaker is self.publisher_speaker else None
            if m is None or m.end() >= c.end:
                continue
            author = self.registry.resolve(m.group(1), self.people)
            read = [o for o in self.claims if o is not c and m.end() <= o.start < c.end and not o.nested
                    and o.stance == "asserts" and o.speaker is not self.publisher_speaker]
            for o in read:  # (the sentence read already: its author is the one before 'with')
                o.speaker, o.speaker_span, o.outlet, o.via, o.checked = author, m.span(1), None, [], True
            if read:
                c.repeated = True
                continue
            s, e = _trim(self.text, m.end(), c.end)
            quoted = self.text[s:s + 1] in _OPEN_QUOTES and self.text[e - 1:e] in "\"\u201d"
            c.start, c.end = _trim(self.text, s + 1, e - 1) if quoted else (s, e)
            c.speaker, c.speaker_span = author, m.span(1)
            c.outlet, c.via, c.form, c.cue, c.cue_span, c.checked = None, [], "direct" if quoted else "indirect", \
                m.group(2), m.span(2), True

    def _platform_posts(self) -> None:
        """'Telegram messages forwarded thousands of times claim C', read with the platform as the one
        speaking (a medium, or a name): in a fact check, the messages' claim (the platform only carried them)."""
        for c in self.claims:
            sp = c.speaker
            if sp is None or sp is self.publisher_speaker or c.nested or self._under_check(c):
                continue
            start = _trim(self.text, c.sentence.start, c.sentence.end)[0]
            m = _post_subject().match(self.text, start, c.start + 1)
            if m is None or m.start(2) > c.start or not _spread_post(m) or c.speaker_span is not None and not (
                    m.start(1) <= c.speaker_span[0] and c.speaker_span[1] <= m.end(1)):
                continue
            c.speaker, c.speaker_span, c.outlet, c.via = self._post_speaker(m.span(1)), m.span(1), None, []
            c.cue, c.cue_span = m.group(2), m.span(2)

    def _pointed_to(self) -> None:
        """'Asked for the basis of the claim, a spokesman for Ana Costa pointed the desk to a 2024 audit':
        the claimant's side names its source (the words after 'to'), speaking to the publisher when
        it names it; other readings of the sentence ('Asked for', the model's) give way."""
        for c in self.claims:
            m = pointed_to(self.text, c.start, c.end) if c.speaker is self.publisher_speaker and not c.nested else None
            if m is None:
                continue
            to = self.outlets.named(m.group("to"), lenient=True, publisher=self.publisher, at=m.start("to")) \
                if m.group("to") else None
            c.speaker, c.speaker_span = self.registry.resolve(m.group("who"), self.people), m.span("who")
            c.start, c.form, c.cue, c.cue_span, c.outlet = m.start("what"), "indirect", "pointed to", None, to
            for o in self.claims:
                if o is not c and c.sentence.start <= o.start < c.sentence.end and o.speaker is not c.speaker \
                        and (o.speaker is None or o.by_model or o.speaker is self.publisher_speaker):
                    o.repeated = True

    def _insert(self, at: int, new: list[_Claim]) -> None:
        """Put claims into the list at `at`, the links of the others still pointing at their sources."""
        for c in self.claims:
            c.links = [(source + len(new) if source >= at else source, relation) for source, relation in c.links]
        self.claims[at:at] = new

    def _under_check(self, c: _Claim) -> bool:
        """Whether a claim is one a fact check quotes to rate it: a post's ('Posts shared on Facebook
        claim C'), or one the format marked so ('The claim, posted by X, says C')."""
        name = f" {fold(c.speaker.name)}" if c.speaker is not None else ""
        return c.stance == "asserts" and not c.nested and c.speaker is not None and (c.checked or c.speaker.anonymous and any(
            name.endswith(f" {noun}") for noun in _fact_check_labels().get("post_nouns", frozenset())))

    def _claimant(self, box: _Claim, named: tuple[int, int] | None) -> None:
        """Who made the claim a fact check's 'Claim:' box states: the words of its 'Claimed by:'
        box, else the source of the claim in the text most like it (of the matcher's 'same'), else
        the first post in the text that says anything, else no one known."""
        if named is not None:
            box.speaker, box.speaker_span, box.outlet = self.registry.resolve(self.text[named[0]:named[1]], self.people), \
                named, None
            return
        text = self.text[box.start:box.end]
        alike = [(claim_similarity(text, self.text[c.start:c.end]), k, c) for k, c in enumerate(self.claims)
                 if c is not box and c.speaker is not None and c.speaker is not self.publisher_speaker
                 and c.stance == "asserts" and not c.repeated]
        best = max(alike, key=lambda a: (a[0], -a[1]), default=None)
        found = best[2] if best is not None and best[0] >= CORROBORATION_THRESHOLD else next(
            (c for _, _, c in alike if self._under_check(c)), None)  # (else the post the fact check is about, when one speaks)
        box.speaker, box.outlet, box.via = (found.speaker, found.outlet, list(found.via)) if found else (None, None, [])
        box.speaker_span = None

    def _deny_checked(self, verdict: _Claim, box: _Claim | None, checked: tuple[int, int],
                      label: tuple[int, int] | None) -> None:
        """The publisher's verdict denies the claim checked (the box's, or the words `checked`):
        its content becomes that claim's, and every claim stating the same is contradicted by it."""
        verdict.words = (verdict.start, verdict.end)
        verdict.cue, verdict.cue_span = self.text[checked[1]:verdict.end].strip(" .") or None, None
        if box is not None:
            verdict.cue, verdict.cue_span = self.text[label[1] + 1 if label else verdict.start:verdict.end].strip(" \t\n:."), None
            checked = (box.start, box.end)
        verdict.start, verdict.end = _trim(self.text, *checked)
        verdict.stance, verdict.form, verdict.speaker_span = "denies", "indirect", label
        index = self.claims.index(verdict)
        text = self.text[verdict.start:verdict.end]
        for c in self.claims:
            if c is not verdict and c.stance == "asserts" and c.speaker is not self.publisher_speaker and (
                    c is box or claim_similarity(text, self.text[c.start:c.end]) >= CORROBORATION_THRESHOLD):
                c.links.append((index, "contradicts"))

    def origin(self, c: _Claim) -> tuple[Speaker | None, dict | None]:
        """Where a claim comes from: its speaker and the outlet that first carried their words (the
        wire, else the publisher, when the text names none); for the publisher's own statements,
        the publisher (or the wire it prints)."""
        if c.speaker is not None and c.speaker is self.publisher_speaker:
            return (self.wire_speaker, self.wire) if self.wire is not None else (c.speaker, self.publisher)
        return c.speaker, c.outlet or (c.via[0] if c.via else self.publisher)

    def _wire(self, paragraph: str) -> None:
        """The wire a dateline credits ('BRENNMOUTH, March 3 (Northwire) -'), when not the publisher."""
        words = wire(paragraph)
        record = self.outlets.named(words, lenient=True, publisher=self.publisher) if words else None
        if record is not None and record is not self.publisher:
            self.wire = record
            self.wire_speaker = Speaker(record["name"], "media", False, affiliation=record.get("country"), outlet=record)

    # -- paragraphs ------------------------------------------------------------------------------
    def _paragraph(self, bi: int, block: Block) -> tuple[_Paragraph, list[Sentence]] | None:
        """The paragraph's shape and sentences; None for one that states nothing."""
        text, lex = self.text, self.lex
        if block.heading or (text.find("by", block.start, block.start + 40) >= 0
                             and lex.credit_line.match(text, block.start, block.end)):
            return None  # a heading, or a wire story's credit line
        if is_boilerplate(text[block.start:block.end]) or bi in self.letters.lines or bi in self.transcript.captions:
            return None  # a byline, a photo credit, a copyright line, a letter's signature, a script's 'GFX:': no statement
        if self.title_key and not self.claims and fold(text[block.start:block.end]).rstrip(".!? ") == self.title_key:
            return None
        qa = _QA_RE.match(text, block.start, block.end)
        kind, past = (qa.group(1), qa.end()) if qa else self.interview.labels.get(bi, (None, 0))
        if kind == "Q":
            return None  # an interviewer's question states nothing
        answer = past if kind else (block.start if bi in self.interview.answers else None)
        para = _Paragraph(bi, block, answer=answer, letter=self.letters.writer_of.get(bi))
        if para.answer is not None and self.interviewee is None:
            # the answers are the interviewee's: the person the introduction says spoke, or the headline
            # opens with, else the one it named last, speaking to the publisher on the last date it gave
            self.interviewee = self._named_interviewee() or self.registry.last_named_person() or \
                self.registry.resolve("the interviewee")
            self.interview_on = self.ctx.day.isoformat() if self.ctx.day else self.published_on
            if self.ctx.day is not None:
                self.ctx.now = self.ctx.day  # 'last week' in an answer is the week before the interview
        if para.answer is None:
            self._turn(para)
        block_sentences = sentences(text, block, bi)
        if para.answer is None and para.label is None and len(block_sentences) > 1:
            para.signed = _signature(text, block)
        if para.signed:
            para.signer = self.registry.resolve(text[para.signed[0]:para.signed[1]], self.people)
        return para, block_sentences

    def _named_interviewee(self) -> Speaker | None:
        """The first of the names an unlabelled interview's introduction or headline gives the one
        answering that is a person's ('Ana Costa spoke to the Courier', not the Courier)."""
        for name in self.interview.interviewees:
            if self.outlets.named(name, lenient=False, publisher=self.publisher) is not None:
                continue  # ('Ana Costa spoke to Valley FM': the outlet asks)
            sp = self.registry.resolve(name, self.people)
            if sp is not None and sp.kind == "person" and not sp.anonymous:
                return sp
        return None

    def _turn(self, para: _Paragraph) -> None:
        """The transcript turn the paragraph is in, if any: its label, its speaker and whether a
        host speaks (whose turn is read as prose, the broadcaster's reporting)."""
        turn = self.transcript.turn(para.index)
        if turn is None:
            return
        at, para.label = turn
        if at not in self.turn_speakers:
            # ('GUEST:' after 'My guest is Dana Quennell', 'CALLER:', 'UNIDENTIFIED MALE:', 'QUESTION (MIRA HOLT):')
            sp = self.registry.resolve(_label_name(self.transcript.speaker_words(self.text, at)), self.people)
            role = para.label.role_words(self.text)  # 'ODILE MARRASK (CABINET MEMBER FOR LIBRARIES):'
            if sp.kind == "person":  # 'IVO DRAN, CHIEF ENGINEER, TARN WATER:', 'QUESTION (MIRA HOLT, TARN COURIER):'
                sp.affiliation = sp.affiliation or para.label.org_words(self.text)
                sp.role = sp.role or (self.transcript.questioner if para.label.question else None)
            if sp is not None and sp.kind == "person" and role and fold(role) not in fold(sp.role or ""):
                # ('DR TEODOR ROWBOTTOM (ACOUSTIC ENGINEER):': a courtesy title is no role of its own)
                sp.role = f"{sp.role}, {role}" if sp.role and fold(sp.role).rstrip(".") in self.lex.honorifics else (
                    sp.role or role)
            self.turn_speakers[at] = sp
        para.label_speaker = self.turn_speakers[at]
        para.host = self.transcript.is_host(self.text, para.label)

    def _sentence(self, para: _Paragraph, sent: Sentence) -> None:
        self.sentence_no += 1
        self.outlets.pos = sent.start
        if para.signed is not None and para.signer is not None:
            self._signed_sentence(para, sent)
            return
        r = self._reading(para, sent)
        for m in _INTERVIEWED.finditer(self.text, r.begin_off, sent.end):
            # whom the reporter spoke to is whom 'he' and 'she' refer to next, not the reporter
            self.registry.resolve(m.group(1), self.people)
        if para.label is not None and para.label_speaker is not None and not para.host:
            self._transcript_sentence(para, r)
            self._guest_nested(para, r, sent.quotes)
            return
        speech = any(q.speech for q in sent.quotes)
        body, frames = self._frames(r, speech)
        made, leads_in = self._attributed_sentence(r, frames) if frames else ([], False)
        if not made and leads_in and len(frames) == 1:
            if self.pending is not None and self.text[sent.start:para.block.end].rstrip().endswith(":"):
                self.pending.colon_block = para.index
            return  # the sentence only announces the quotation that follows
        if made and not leads_in:
            self.pending = None  # a quotation with its own attribution came before the one announced
        if not made:
            made = self._block_quote(para, r) or self._unattributed_sentence(para, r, self._lead_quote(r, speech, body))
            made = self._quoted_denials(made, r)
            self.pending = None
        if self.model is not None and para.answer is None:  # an interview's answers are the interviewee's
            made = self._end_opening_clauses(r, self._with_model(r, made))
        made = self._own_reporting(r, made)
        if para.answer is not None and self.interviewee is not None:
            made = self._answer_sentence(para, r, made)
        if para.letter is not None:
            made = self._letter_claims(para.letter, made)
        if para.host:  # a host's question, hand-over or thanks states nothing
            made = self._host_claims(para, r, made)
        # nor a question put to a speaker, nor a source's reason not to be named (extract/noise.py), nor a question in
        # the publisher's own voice ('Who decides the fares?' over an explainer's answer)
        for c in no_statements(self.text, r.begin_off, r.sent.end, made):
            c.repeated = True
        made = [c for c in made if c.form != "unattributed" or not (
            self.text[c.start:r.sent.end].rstrip().endswith("?") or para.host and pleasantry(self.text[c.start:c.end]))]
        for claim in made:
            self.claims.append(claim)
            if self._outlets_reporting(claim) and not claim.nested and claim.stance == "asserts":
                # what 'the report' may refer back to: an outlet's report, in its words or its
                # unnamed sources' (a party's answer to the outlet is no part of it)
                self.last_report = (len(self.claims) - 1, claim)
            if claim.form != "unattributed" and not claim.by_model and (claim.speaker is not None or not (
                    self.last_attr is not None and self.last_attr.sentence is claim.sentence)) \
                    and not self._subordinate_after_quote(claim):
                # the rules' continuations follow the rules; a question put to the speaker in the
                # same sentence ('X told Y, when asked whether C') does not take over from X
                self.last_attr = claim
                self.last_attr_block = para.index
        self._subject_salient(r, made)
        if made and made[0].form == "unattributed" and sum(not c.by_model for c in made) == 1:
            self._note_subject(para, r)
        if self.pending is None and _ends_with_colon_before_quote(self.text, para.block, sent):
            self._colon_lead_in(r, made)

    def _own_reporting(self, r: _Reading, made: list[_Claim]) -> list[_Claim]:
        """'The Gazette can reveal that C', 'X understands that C' (outlets.json's own_reporting):
        C whole is the outlet's claim, through itself, in place of any other reading of the
        sentence's opening ('that' read as the content of 'can reveal'); claims that C itself holds
        ('C: staff told managers that D') stay, carried by the outlet."""
        m = _own_reporting().match(self.text, r.begin_off, r.sent.end)
        if m is None:
            return made
        record = self.publisher if self.publisher is not None and self._names_itself(m.group(1)) else \
            self.outlets.named(m.group(1), lenient=False, publisher=self.publisher, at=m.start(1))
        s, e = _trim(self.text, m.end(), r.sent.end)
        if record is None or s >= e:
            return made
        claim = _Claim(start=s, end=e, sentence=r.sent, speaker=self._outlet_speaker(record), speaker_span=m.span(1),
                       outlet=record, form="indirect", cue=m.group(2), cue_span=m.span(2),
                       stated_on=self.published_on if record is self.publisher else None, event_on=r.event_on(s, e),
                       kind=classify(self.text[s:e]))
        kept = [c for c in made if c.form != "unattributed" and c.start >= s and c.speaker is not None
                and c.cue_span != claim.cue_span]  # (the rules' own reading of 'has learned that C' is this claim)
        for c in kept:
            if c.outlet is None:
                c.outlet = record  # what C's own sources said reached the reader through the outlet
        return [claim, *kept]

    def _subject_salient(self, r: _Reading, made: list[_Claim]) -> None:
        """'Mayor Ines Berg rejected the claim by Senator Oskar Hesk that C. "...," she said': the
        person the sentence opens with as its subject, not one named inside it, is whom a pronoun in
        the next sentence refers to first."""
        opening = self.text[r.begin_off:r.sent.end]
        lead = len(opening) - len(opening.lstrip(" \t\"\u201c\u2018'"))
        subject = next((c.speaker for c in made if c.speaker is not None and c.speaker_span is not None
                        and c.speaker_span[0] == r.begin_off + lead), None)
        if subject is not None and subject.kind == "person" and not subject.anonymous \
                and any(c.speaker is not None and c.speaker is not subject and c.speaker_span is not None
                        and c.speaker_span[0] > r.begin_off + lead for c in made):
            self.registry.touch(subject)

    def _block_quote(self, para: _Paragraph, r: _Reading) -> list[_Claim]:
        """A paragraph with no quotation marks after one closing with 'The governor added:': a
        quotation set off as a block (its marks lost with the page's layout), every sentence of it
        the lead-in speaker's. [] for any other sentence."""
        text, pending = self.text, self.pending
        lead = pending if pending is not None and pending.colon_block == para.index - 1 else None
        if lead is None and self.block_lead is not None and self.block_lead[0] == para.index:
            lead = self.block_lead[1]
        if lead is None or any(q in text[para.block.start:para.block.end] for q in _DOUBLE_QUOTES):
            return []
        self.block_lead = (para.index, lead)
        s, e = _trim(text, r.begin_off, r.sent.end)
        if s >= e:
            return []
        return [_Claim(start=s, end=e, sentence=r.sent, speaker=lead.speaker, speaker_span=lead.speaker_span,
                       cue=lead.cue, cue_span=lead.cue_span, form="direct", event_on=r.event_on(s, e),
                       kind=classify(text[s:e], **_about(lead.speaker)))]

    def _host_claims(self, para: _Paragraph, r: _Reading, made: list[_Claim]) -> list[_Claim]:
        """A host's turn is the broadcaster's reporting: what its 'I' or 'we' says ('We haven't
        had the letter confirmed, I should add'), what the label alone attributes ('HALVERSON: Your
        own auditors set the cost at ...') and what it tells from a source it names no one for are
        the broadcaster's own statements, from the host's first word on."""
        text = self.text
        assert para.label is not None
        label = (para.label.name[0], para.label.colon + 1)
        out = []
        for c in made:
            span = c.speaker_span
            first = span is not None and _first_person(text[span[0]:span[1]])
            own = first or (span is not None and label[0] <= span[0] < label[1]) or (
                c.speaker is None and not c.nested and c.stance == "asserts")
            if c.form == "unattributed" or not own:
                out.append(c)
                continue
            s = min(c.start, span[0]) if first and span is not None else c.start
            if any(o.form == "unattributed" and o.start <= s and c.end <= o.end for o in made):
                continue  # ('And a correction: earlier I said C': the sentence is the broadcaster's already)
            out.append(self._publisher_claim(r, *_trim(text, max(s, r.begin_off), c.end)))
        return out

    def _letter_claims(self, signature: tuple[int, int], made: list[_Claim]) -> list[_Claim]:
        """A reader's letter signed on a line of its own: what its 'I' says or thinks ('I guess ...',
        'It is obvious that ...') is its writer's, on the record in the publisher. Its plain sentences
        stay the publisher's own, as any text's with no attribution in it."""
        text = self.text
        for c in made:
            said = fold(text[c.speaker_span[0]:c.speaker_span[1]]) if c.speaker_span else ""
            own = self.letters.whole and c.speaker is self.publisher_speaker and not c.nested
            if own or c.form != "unattributed" and (said in _FIRST_PERSON or (
                    said == "it" and c.speaker is not None and c.speaker.anonymous)):
                writer = self.letters.writers.get(signature)
                if writer is None:
                    writer = self.registry.resolve(text[signature[0]:signature[1]])
                    self.letters.writers[signature] = writer
                c.speaker, c.speaker_span, c.outlet = writer, signature, self.publisher
                c.kind = classify(text[c.start:c.end], **_about(writer))
        return made

    def _colon_lead_in(self, r: _Reading, made: list[_Claim]) -> None:
        """'As X observed, the stage itself won:' or 'X released the following statement:' closing a
        paragraph before a quotation: the quotation is the speaker's of that sentence, else its subject's."""
        text = self.text
        colon = text.rindex(":", r.sent.start, r.sent.end)
        said = [c for c in made if c.form != "unattributed" and not c.nested
                and c.speaker is not None and c.speaker_span is not None]
        # the rules' speaker first, else the one of an attribution the model read ('X confirmed it, reporting:')
        own = next((c for c in said if not c.by_model), None) or next((c for c in said if c.cue_span is not None), None)
        if own is not None and own.speaker is not None and own.speaker_span is not None:
            self.pending = _LeadIn(own.speaker, own.speaker_span, own.cue or ":",
                                   own.cue_span or (colon, colon + 1))
            return
        subject = _subject_person(text, r.begin_off, r.sent.end, self.lex) or self._release_announced(r, made)
        sp = self._source(self.registry.resolve(text[subject[0]:subject[1]], self.people)) if subject else None
        if sp is not None and subject is not None:
            self.pending = _LeadIn(sp, subject, ":", (colon, colon + 1))

    def _release_announced(self, r: _Reading, made: list[_Claim]) -> tuple[int, int] | None:
        """'Harrow Mills issued the following statement:' before a quotation: where the issuer is
        named, whom the quotation is then of; the sentence, which only announces it, is no claim."""
        m = _search_release_lead(self.text, r.begin_off, r.sent.end)
        if m is None:
            return None
        for c in made:
            if c.speaker is self.publisher_speaker and c.form == "unattributed":
                c.repeated = True
        return _trim(self.text, *_release_issuer(m))

    def _with_model(self, r: _Reading, made: list[_Claim]) -> list[_Claim]:
        """The sentence's claims with the model's attributions the rules missed (combine.py)."""
        assert self.model is not None
        said = [c for c in made if c.form != "unattributed" or c.silence]  # (no model frame re-reads a silence)
        cut = self._cut_tails(said)
        frames = self.model.frames(r.sent, r.begin_off, [c.words or (c.start, c.end) for c in said], r.matches,
                                   [c.speaker_span for c in said if c.speaker_span is not None],
                                   [c.cue_span for c in said if c.cue_span is not None],
                                   [(c.start, c.end) for c in said if c.silence])
        frames = self._keep_cuts(cut, frames, said)
        # ('X rejected the accusations in a phone call with the Ledger': the rules' denial read that cue; the model's
        # reading of the same cue as an assertion of the words after it is the same attribution, read wrong)
        stances = {c.cue_span for c in said if c.stance != "asserts" and c.cue_span is not None and not c.by_model}
        frames = [f for f in frames if (f.cue_start, f.cue_end) not in stances]
        if not frames:
            return made
        last_attr = self.last_attr
        # a quotation with no cue in another paragraph than the last speaker's: whose it is cannot be
        # told (held out, its speaker was right 1 time in 20); it stays the publisher's. Held-out
        # fifths: content+speaker F1 +0.002 and +0.004, speaker accuracy +0.005 and +0.013, content
        # F1 -0.001
        frames = [f for f in frames if f.cue_start is not None or f.speaker is not None
                  or (last_attr is not None and last_attr.sentence.block == r.sent.block)]
        if not frames:
            return made
        more, _ = self._attributed_sentence(r, frames)
        self.last_attr = last_attr
        for claim in more:
            claim.by_model = True
        _keep_sentence_outlet(made, more)
        quoted = next((c for c in reversed(more) if c.form == "direct" and c.cue_span is not None
                       and c.speaker is not None and c.speaker_span is not None and not c.nested), None)
        if quoted is not None and (last_attr is None or last_attr.start < quoted.start):
            # '"A," said Ines Berg, a planner at the port. "B."': a quotation the model attributed is
            # whom the next quotation with no cue of its own goes on from, not a speaker before it
            self.last_attr, self.last_attr_block = quoted, r.sent.block
        return without_replaced(made, more, self.text) + more

    def _end_opening_clauses(self, r: _Reading, made: list[_Claim]) -> list[_Claim]:
        """End the contents read in a subordinate clause opening the sentence at the clause's comma
        ('As the minister promised C, nurses staged D': combine.opening_clause_end)."""
        for claim in made:
            if claim.cue_span is not None and claim.words is None and not claim.whole and claim.form == "indirect":
                end = opening_clause_end(self.text, r.begin_off, claim.cue_span, claim.start, claim.end)
                claim.end = claim.end if end is None else end
        return made

    def _cut_tails(self, said: list[_Claim]) -> list[tuple[_Claim, int]]:
        """End the rules' contents that follow their cue ('X said C, and Y said D') before an
        attribution the model reads at their tail (combine.ModelFrames.trailing); the claims cut,
        with their old ends. A content before its cue is left whole: what the model reads in it
        is told within it ('During the talks, the ministers affirmed C, the statement said')."""
        assert self.model is not None
        cut = []
        for claim in said:
            first = claim.cue_span is not None and claim.cue_span[1] <= claim.start and claim.words is None \
                and not claim.whole
            end = self.model.trailing(claim.start, claim.end) if first else None
            if end is not None:
                cut.append((claim, claim.end))
                claim.end = end
        return cut

    @staticmethod
    def _keep_cuts(cut: list[tuple[_Claim, int]], frames: list, said: list[_Claim]) -> list:
        """A cut content stays cut where an attribution in its tail is a claim (the rules') or a
        frame (the model's); it gets its tail back (and no frame overlaps it) where neither is."""
        for claim, end in cut:
            cues = [f.cue_start for f in frames] + [c.cue_span[0] for c in said if c.cue_span is not None]
            if not any(at is not None and claim.end <= at < end for at in cues):
                tail = (claim.end, end)
                claim.end = end
                frames = [f for f in frames if not any(c.start < tail[1] and tail[0] < c.end for c in f.contents)]
        return frames

    def _reading(self, para: _Paragraph, sent: Sentence) -> _Reading:
        text = self.text
        begin_off = strip_dateline(text, sent.start, sent.end) if sent.first_in_block else sent.start
        if para.answer is not None and sent.start < para.answer:
            begin_off = max(begin_off, para.answer)  # 'A. The council told us C': the label is no part of a name
        if para.label is not None and sent.start <= para.label.name[0]:
            begin_off = max(begin_off, para.label.words)  # a host's turn: the label is no part of the statement
        if para.label is not None:
            begin_off = self.transcript.address_end(text, begin_off, sent.end)  # 'Ruth, the club says ...'
        if sent.first_in_block and para.index in self.transcript.datelines:  # 'TARNMOUTH: The port ...'
            begin_off = max(begin_off, self.transcript.datelines[para.index])
        if sent.first_in_block and para.answer is None and text.find(":", begin_off, begin_off + 28) >= 0:
            notice = _NOTICE_RE.match(text, begin_off, sent.end)
            if notice and fold(notice.group(1)).rstrip(".") in self.lex.notice_labels:
                begin_off = notice.end()  # 'Correction: ...': the label is no part of the statement
        matches = date_matches(text, sent.start, sent.end)
        found = mentions(matches) if begin_off == sent.start else find_dates(text, begin_off, sent.end)
        return _Reading(sent, begin_off, matches, [(m.start, m.end, self.ctx.resolve(m)) for m in found])

    # -- the shapes --------------------------------------------------------------------------------
    def _signed_sentence(self, para: _Paragraph, sent: Sentence) -> None:
        """'"A. B." ― Ana Costa': a paragraph of quotation signed at its end is all hers."""
        text = self.text
        assert para.signed is not None
        name_start, name_end, dash = para.signed
        s, e = _trim(text, sent.start, min(sent.end, dash))
        while s < e and text[s] in _ANY_QUOTE:
            s += 1
        while e > s and text[e - 1] in _ANY_QUOTE + " \t\u00a0":
            e -= 1
        s, e = _trim(text, s, e)
        if s < e:
            values = [(m.start, m.end, self.ctx.resolve(m)) for m in find_dates(text, s, e)]
            claim = _Claim(start=s, end=e, sentence=sent, speaker=para.signer, speaker_span=(name_start, name_end),
                           cue=text[dash], cue_span=(dash, dash + 1), form="direct",
                           event_on=_date_in(values, [(s, e)], []), kind=classify(text[s:e], **_about(para.signer)))
            self.claims.append(claim)
            self.last_attr, self.last_attr_block = claim, para.index
        self.pending = None

    def _transcript_sentence(self, para: _Paragraph, r: _Reading) -> None:
        """A transcript: 'SMITH: ...' - every sentence of the turn is Smith's own words, said to the
        broadcaster."""
        text, sent = self.text, r.sent
        assert para.label is not None
        (name_start, name_end), words_start = para.label.name, para.label.words
        first = sent.start <= name_start
        # after the name the guest opens with, when it is whom they answer ('Benedek, we have always said ...')
        s, e = _trim(text, self.transcript.address_end(text, words_start if first else sent.start, sent.end), sent.end)
        if s < e and text[s] in _OPEN_QUOTES and text.count(text[s], s, e) % 2 == 1:
            s += 1  # the paragraph's unclosed opening mark
        asks = (para.label.question or para.label.record or fold(text[name_start:name_end]) in self.transcript.parts) and \
            text[s:sent.end].rstrip(" \t\"\u201d\n").endswith("?")  # ('Chair: Why?' puts a question, states nothing)
        if s < e and not pleasantry(text[s:e]) and not asks:
            for a, b in _turn_sentences(text, s, e):
                self._turn_claim(para, r, (a, b), first)
        self.pending = None

    def _turn_claim(self, para: _Paragraph, r: _Reading, span: tuple[int, int], first: bool) -> None:
        """The claim of a transcript's turn at text[span], the labelled speaker's own words."""
        text, sent, (s, e) = self.text, r.sent, span
        assert para.label is not None
        (name_start, name_end), colon = para.label.name, para.label.colon
        if s < e:
            claim = _Claim(start=s, end=e, sentence=sent, speaker=para.label_speaker,
                           outlet=None if para.label.quoted else self.publisher,
                           speaker_span=(name_start, name_end) if first else None, cue=":" if first else None,
                           cue_span=(colon, colon + 1) if first else None, form="direct",
                           event_on=r.event_on(s, e), kind=classify(text[s:e], **_about(para.label_speaker)))
            if self._withdraws_own(text[s:e], "direct"):
                claim.stance = "retracts"  # ('SMITH: I withdraw that remark.': the guest takes back its words)
            # ('Let me be clear: the Courier story is wrong': the guest denies its report,
            # whose words the denial takes; where it was said is the turn its speaker's label opens)
            self.claims.extend(self._quoted_denials([claim], r))
            if claim.stance != "asserts" and claim.speaker_span is None:
                claim.speaker_span = (name_start, name_end)
            self.last_attr, self.last_attr_block = claim, para.index

    def _guest_nested(self, para: _Paragraph, r: _Reading, quotes: list) -> None:
        """Attributions inside a guest's words ('The port authority says traffic fell'): nested
        claims of what the guest relays, told to the broadcaster as the guest's words are. What the
        guest's 'I' denies or will not comment on ('I won't comment on a draft report') is
        the guest's stance, in place of the sentence's plain claim."""
        body, frames = self._frames(r, any(q.speech for q in quotes))
        if not frames:
            return
        last, last_block, pending = self.last_attr, self.last_attr_block, self.pending
        made, _ = self._attributed_sentence(r, frames)
        self.last_attr, self.last_attr_block, self.pending = last, last_block, pending
        for claim in made:
            span = claim.speaker_span
            if claim.form == "unattributed" or span is None:
                continue
            if not _first_person(self.text[span[0]:span[1]]):
                claim.nested = True
                claim.outlet = claim.outlet or self.publisher
                if para.label is not None and para.label.question:
                    # ('QUESTION: The council says C. Is that so?': the journalist relays the council's C,
                    # as a reporter's prose does; the journalist's own claim of the sentence is none)
                    self.claims = [c for c in self.claims if not (c.sentence is r.sent and c.speaker is para.label_speaker)]
                self.claims.append(claim)
            elif claim.stance != "asserts" and not claim.nested:
                self.claims = [c for c in self.claims if not (
                    c.sentence is r.sent and c.speaker is para.label_speaker and c.stance == "asserts" and not c.nested)]
                claim.speaker, claim.outlet = para.label_speaker, self.publisher
                self.claims.append(claim)
            # ('I've said publicly that C': the guest's own words, the turn's claim already)

    def _answer_sentence(self, para: _Paragraph, r: _Reading, made: list[_Claim]) -> list[_Claim]:
        """An interview's answer: every sentence is the interviewee's; attributions inside it are nested."""
        assert para.answer is not None
        text, sent = self.text, r.sent
        s0, e0 = _trim(text, max(r.begin_off, para.answer), sent.end)
        inner = [c for c in made if c.form != "unattributed" and c.speaker_span is not None]
        for c in inner:
            c.nested = True
            c.outlet = c.outlet or self.publisher  # relayed in the interview given to the publisher
            span = c.speaker_span
            if span is not None and _first_person(text[span[0]:span[1]]):
                c.speaker = self.interviewee  # 'A: I think C': the one answering, whoever was named last
        if s0 < e0:
            inner.insert(0, _Claim(start=s0, end=e0, sentence=sent, speaker=self.interviewee, outlet=self.publisher,
                                   form="direct", stated_on=self.interview_on, event_on=r.event_on(s0, e0),
                                   kind=classify(text[s0:e0], **_about(self.interviewee))))
        return inner

    def _frames(self, r: _Reading, speech: bool) -> tuple[list[Token] | None, list[Frame]]:
        """The sentence's tokens after any dateline and its attribution frames; (None, []) when
        nothing in it can attribute (no cue, and no colon or dash by a quotation)."""
        text, sent = self.text, r.sent
        if not (_may_attribute(self.lex, text, sent.start, sent.end)
                or (speech and _SIGNING_MARK.search(text, sent.start, sent.end))
                or (sent.first_in_block and _NAME_LABEL.match(text, r.begin_off))  # 'Costa: C' (attribution)
                or _VIEW_OPENING.match(text, r.begin_off, sent.end)):  # 'For the union, C' (a view, _Parser._view_frame)
            return None, []
        tokens = tokenize(text, sent, r.matches)
        begin = 0
        while begin < len(tokens) and tokens[begin].start < r.begin_off:
            begin += 1
        frames = self._as_reported(r, parse_sentence(text, sent, tokens, begin))
        return tokens[begin:], _unfold_quoted_reports(text, frames, self.registry, self.lex)

    def _as_reported(self, r: _Reading, frames: list[Frame]) -> list[Frame]:
        """'As the Ledger reported on Friday, the board ignored three warnings': a clause opening the
        sentence with 'as', a source and a cue of the lexicon, set off by a comma, attributes the rest
        of the sentence to that source. An attribution the rules read inside that rest is nested in
        it (the Ledger's report that the board ignored them, not the board's own statement)."""
        text = self.text
        m = _AS_SOURCE.match(text, r.begin_off, r.sent.end)
        if m is None:
            return self._as_reported_after(r, frames)
        clause = self._as_clause(m)
        if clause is None or any(f.speaker is not None and f.speaker[0] < clause.cue_span[1] for f in frames):
            return frames
        start, end = _trim(text, m.end(), r.sent.end)
        if "(" in text[m.start():m.start("source")]:
            end = _before_closing_bracket(text, start, end)
        if end - start < 12:
            return frames
        for f in frames:
            if f.cue_start is not None and start <= f.cue_start < end:
                f.nested = True
        return [clause.frame(text, start, end), *frames]

    def _as_clause(self, m: re.Match[str]) -> _AsClause | None:
        """The source, cue and adjunct of an 'as' clause ('as the Ledger reported on Friday'), or None when
        the clause names no source or has no cue of the lexicon: 'As we reported' is the publisher's own;
        'As a small consolation', 'As rival ports and neighbours' name no source; after the cue only a time
        ('on Friday', 'two days later'), a place or whom it was told to. A source may hold lower-case
        words before its cue ("as the Ledger's courts team reported")."""
        text = self.text
        source, cue_span, adjunct = m.span("source"), m.span("cue"), m.span("adjunct")
        cue = self._single_cue(m.group("cue"))
        if cue is None and _POSSESSIVE_END.search(m.group("source")) and not text[source[1]:cue_span[0]].strip():
            # ("the Ledger's courts team reported": an owner's noun, up to two lower-case words, then the cue)
            later = _AS_OWNED.match(text, cue_span[0], adjunct[1])
            cue = self._single_cue(later.group("cue")) if later else None
            if later is None or cue is None:
                return None
            cue_span, adjunct = later.span("cue"), (later.end("cue"), adjunct[1])
            source = (source[0], later.end("noun"))
        words = text[source[0]:source[1]]
        first, low = fold(words.split()[0]), fold(words).split()
        after = fold(text[adjunct[0]:adjunct[1]]).split()
        if cue is None or first in _FIRST_PERSON or low[-1] in DETERMINERS or any(w in _BE_FORMS for w in low) \
                or not (words[:1].isupper() or first in DETERMINERS or first in _SUBJECT_PRONOUNS) \
                or (after and after[0] not in _ADJUNCT_PREPS and after[0] not in _ADJUNCT_WORDS
                    and after[-1] not in _ADJUNCT_WORDS  # ('reported just this week', 'two days later')
                    and not (cue.takes_recipient and text[adjunct[0]:adjunct[1]].strip()[:1].isupper())):
            return None
        return _AsClause(cue, source, cue_span, adjunct)

    def _single_cue(self, word: str) -> Cue | None:
        """The lexicon's cue of one word that is no phrase nor a verb of the mind ('reported', 'noted')."""
        key = fold(word)
        return next((c for c in self.lex.cues_by_first.get(key, []) if list(c.words) == [key]
                     and not c.phrase and not c.mental), None)

    def _as_reported_after(self, r: _Reading, frames: list[Frame]) -> list[Frame]:
        """'The board ignored three warnings, as the Ledger reported on Friday.': an 'as' clause closing the
        sentence after a comma, with an outlet (or its reporter) and a cue of the lexicon, relays the outlet's
        report: the words before the comma are what the outlet reported. Only an outlet: 'as the crowd
        chanted' sets a scene. A cue of the sentence's own before the clause keeps its speaker ('X said C, as
        the Ledger reported': the Ledger only carried X's words); one read inside the clause gives way."""
        text = self.text
        if text.find("as ", r.begin_off, r.sent.end) < 0:
            return frames  # (no 'as' in the sentence: no pattern scan)
        m = _AS_SOURCE_AFTER.search(text, r.begin_off, r.sent.end)
        if m is None or any(f.cue_start is not None and f.cue_start < m.start() for f in frames) \
                or _in_quotation(text[r.begin_off:m.start()], m.group()):
            return frames  # (inside a quotation the clause is the speaker's words: the speaker names the outlet)
        clause = self._as_clause(m)
        if clause is None or not self._names_outlet(text[clause.source[0]:clause.source[1]]):
            return frames
        colon = text.rfind(": ", r.begin_off, m.start())
        # ('A footnote: C, as the Ledger reported.': the lead before a colon is the writer's)
        start, end = _trim(text, r.begin_off if colon < 0 else colon + 2, m.start())
        return [clause.frame(text, start, end)] if end - start >= 12 else frames

    def _names_outlet(self, words: str) -> bool:
        """Whether the words name an outlet ('the Ledger', 'Tarnwire'), its report or its reporter ("the
        Ledger's Ana Lind")."""
        if self._outlet_named(words) is not None:
            return True
        found = credit(words, self.lex)
        return found is not None and found.outlet is not None and self._outlet_named(found.outlet) is not None

    def _note_credit(self, s: int, e: int) -> None:
        """'The Courier first reported the story on Monday': the outlet a sentence credits with the story (grammar.json
        credit_verbs in the past, credited_stories: attribution.credits_story) states nothing, and is still one of the
        story's outlets, which the claim set lists."""
        m = _CREDIT_OPENING.match(self.text, s, e)
        if m is None or m.group("verb") not in credit_pasts() \
                or not credits_story(re.findall(r"[\w'’]+|[^\w\s]", self.text[m.end():e].lower())[:3]):
            return
        found = self.outlets.named(m.group("name"), lenient=False, publisher=self.publisher, at=s)
        if found is not None and found is not self.publisher:
            self.credited.append(found)

    def _its_own(self, sp: Speaker | None, frame: Frame) -> None:
        """'Valtrex said its exports would resume': a speaker named by one capitalised word, no given name nor the
        surname of a person the text names nor the first word of a longer name it gives, with no title, role or
        gender, whose statement opens with 'its' is a body, as what the text calls 'it' is (a person's statement
        would say 'his' or 'her')."""
        if sp is None or sp.kind != "person" or sp.anonymous or sp.role or sp.gender or " " in sp.name \
                or not sp.name[:1].isupper() or fold(sp.name) in self.lex.given_names or not frame.contents:
            return
        if self._own_opening(frame.contents[0].start) == "its" and self.people.get(surname_key(sp.name)) is None \
                and re.search(r"(?<![\w-])" + re.escape(sp.name) + r"\s+[A-Z]", self.text) is None:
            sp.kind, sp.by_its = "institution", True  # (never one word of a longer name the text gives: 'Plexa Gemeentesoftware')

    def _own_opening(self, start: int) -> str | None:
        """The possessive of its speaker's own side the content at `start` opens with, as written ('its' of 'its
        profit had doubled', 'their', 'Our'); None for a content that opens otherwise."""
        m = _OWN_OPENING.match(self.text, start)
        return m.group(1) if m is not None else None

    def _attributed_sentence(self, r: _Reading, frames: list[Frame]) -> tuple[list[_Claim], bool]:
        """The claims of a sentence's attribution frames, and whether it is a lead-in ('He said:')."""
        made: list[_Claim] = []
        leads_in = False
        prev_speaker: Speaker | None = None
        outer_speaker: Speaker | None = None  # the last frame's not found inside another's content
        for frame in frames:
            if frame.pending and not frame.contents:
                leads_in = self._lead_in(frame, r.sent) or leads_in
                continue
            if frame.cue is not None and (frame.cue.silence or frame.report_object == "refusal") and frame.contents \
                    and not frame.nested:
                # 'The club has not said whether talks resume': the publisher observes a silence, in its
                # own words, and the silent party leaves C unconfirmed ('The club declined to comment':
                # the observation only)
                s0, e0 = _trim(self.text, min(frame.speaker[0] if frame.speaker else r.begin_off, frame.contents[0].start),
                               frame.contents[-1].end)
                made.append(self._publisher_claim(r, s0, e0))
                made[-1].silence = True
                if frame.report_object == "refusal" and self.lex.declined_telling.match(frame.cue_text or ""):
                    made[-1].stance = "declines_to_confirm"  # ('The board declined to comment': the party refused)
            if frame.report_object == "refusal":
                # ('The board declined to comment': no statement of the board's, no 'to comment' said; the
                # board is still the one a 'he' or 'it' after it names: 'The mayor did not answer calls. He said C')
                prev_speaker = self._frame_speaker(frame, prev_speaker)
                outer_speaker = prev_speaker if not frame.nested else outer_speaker
                continue
            # ('would not confirm whether supervisors had told drivers to stay, saying D': D goes on from the
            # report the participle follows, not from the one inside its content)
            sp = self._frame_speaker(frame, prev_speaker if frame.nested else outer_speaker)
            prev_speaker = sp
            outer_speaker = sp if not frame.nested else outer_speaker
            self._its_own(sp, frame)
            self._note_cited(frame.speaker, sp)
            self._frame_claims(r, frame, sp, made)
        self._answer_later(made, r)
        if made and all(f.subject_speaker for f in frames):
            # "X was among those most vocal in demanding C": the sentence is the publisher's too
            own = frames[0].own
            s0, e0 = _trim(self.text, *(own if own is not None else (r.begin_off, r.sent.end)))
            made.insert(0, self._publisher_claim(r, s0, e0))
        elif made and all(self._request_made(f) or self._deed_done(f) or self._offer_made(f) for f in frames):
            # 'The trust has asked a court to halt the sale': the request is the trust's position,
            # and that it was made the publisher's report, the sentence whole
            made.append(self._publisher_claim(r, *_trim(self.text, r.begin_off, r.sent.end)))
        return made, leads_in

    def _deed_done(self, frame: Frame) -> bool:
        """'The council rejected the appeal', 'The county declared a drought': the
        sentence's subject did something to the object after the cue; that it did is the publisher's
        report (a speaker in the first person is the publisher already)."""
        return frame.deed and not frame.nested and frame.inherit is None and frame.speaker is not None \
            and frame.cue_start is not None and frame.speaker[1] <= frame.cue_start \
            and fold(self.text[frame.speaker[0]:frame.speaker[1]]) not in _FIRST_PERSON

    def _offer_made(self, frame: Frame) -> bool:
        """'One of them, Kessel Bouw, had offered to do the work for 2.1 million euros', 'A group calling itself the
        Valley Front claimed responsibility for the attack': an act of the subject's told with a verb of grammar.json's
        offered_acts and what it would do, or with 'claim' and one of its claimed_acts; what it offered or claimed is
        its own, and that it did the publisher's report, the sentence whole (as a request made is)."""
        cue, text = frame.cue, self.text
        if cue is None or frame.nested or frame.inherit is not None or frame.speaker is None \
                or frame.cue_start is None or len(frame.contents) != 1:
            return False
        s, e = frame.speaker
        words = fold(text[frame.contents[0].start:frame.contents[0].end], words_only=True).split()[:1]
        return e <= frame.cue_start and fold(text[s:e]) not in _FIRST_PERSON and (
            cue.lemma in _OFFERED_ACTS and words == ["to"] or cue.lemma == "claim" and bool(words)
            and words[0] in _CLAIMED_ACTS)

    def _request_made(self, frame: Frame) -> bool:
        """Is the frame a request a party made of someone, its object and what they are to do
        right after the cue, the party the sentence's subject or named after 'by' ('The trust
        has asked a court to halt the sale', 'Police advised drivers to stay indoors', 'Homes
        were advised by police to keep windows shut'), and the publisher not among its words?"""
        cue, text = frame.cue, self.text
        if cue is None or not cue.directive or frame.nested or frame.inherit is not None or frame.speaker is None \
                or frame.cue_start is None or frame.cue_end is None or len(frame.contents) != 1 \
                or fold(frame.cue_text or "").split()[0].endswith("ing"):
            return False  # ('X restated its view, calling on Y to leave': the participle's call is part of it)
        s, e = frame.speaker
        start, end = frame.contents[0].start, frame.contents[0].end
        if fold(text[s:e]) in _FIRST_PERSON or start < frame.cue_end or text[frame.cue_end:start].strip() \
                or fold(text[start:end]).startswith(("not ", "to ")):
            return False  # ('asked not to be named' asks nothing of anyone)
        return " to " in text[start:end] and (
            e <= frame.cue_start or fold(text[frame.cue_end:s]).strip() == "by")

    def _lead_in(self, frame: Frame, sent: Sentence) -> bool:
        """'He said:' with the quotation in the next paragraph: remember who speaks it. 'X said in a
        statement.' announces only a quotation that opens the text after it."""
        if self.text[sent.end - 1] == "." and not _OPENS_QUOTE.match(self.text, sent.end):
            return False
        sp = self._source(self.registry.resolve(self.text[frame.speaker[0]:frame.speaker[1]], self.people)) \
            if frame.speaker else None
        if sp and frame.speaker and frame.cue_start is not None and frame.cue_end is not None:
            self.pending = _LeadIn(sp, frame.speaker, frame.cue_text, (frame.cue_start, frame.cue_end))
            return True
        return False

    def _statement_owner(self, frame: Frame) -> Speaker | None:
        """'according to a statement on its website': the body whose website it is speaks, not
        'statement'; the pronoun's antecedent, or for one that points ahead ('According to a
        statement on its website, the Harwick Port Authority will appeal') the content's subject."""
        assert frame.speaker is not None
        start, end = frame.speaker
        m = _ON_OWN_MEDIUM.match(self.text, end)
        if m is None:
            return None  # (the mention read only where a medium of its own follows it: most frames have none)
        mention = reading_of(self.text[start:end], self.lex)
        if mention.speaker is None or mention.speaker.head not in self.lex.issuer_nouns \
                or fold(m.group(2)) not in self.lex.owned_media:
            return None
        run = _NAMED_SUBJECT.match(self.text, frame.contents[0].start) if frame.contents else None
        if run is not None:  # the pronoun points to the content's named subject, before or after it
            return self._source(self.registry.resolve(run.group(1), self.people))
        pronoun = self.lex.owner_pronouns.get(fold(m.group(1)))
        known = self.registry.antecedent(pronoun) if pronoun else None
        if known is None and pronoun == "it":
            name = self.institutions.last_subject(max(self.text.rfind(". ", 0, start), self.text.rfind("\n", 0, start)) + 1)
            known = self.registry.resolve(name, self.people) if name else None
        return self._source(known) if known is not None else None

    def _statement_issuer(self, frame: Frame) -> Speaker | None:
        """'The club has put out a statement. It reads: "..."': the document 'it' is the statement
        the sentence before says someone issued, and they speak through it."""
        assert frame.speaker is not None
        if frame.cue is None or not frame.cue.document_subject or fold(self.text[frame.speaker[0]:frame.speaker[1]]) != "it":
            return None
        before = self.text[max(0, frame.speaker[0] - 300):frame.speaker[0]]
        found = None
        for m in _ISSUED.finditer(before):
            if fold(m.group(2)) in self.lex.issuer_nouns:
                found = m
        if found is None or len(_INNER_STOP.findall(before, found.end())) > 1:
            return None  # (only a statement issued in the sentence just before)
        return self._source(self.registry.resolve(found.group(1), self.people,
                                                  self.institutions.named_before(frame.speaker[0])))

    def _outer_claim(self, last: _Claim | None) -> _Claim | None:
        """The claim of last's sentence that no other's content holds, when last is one that does ('The ministry
        said in a statement that the licences were issued before X declared her interest': the ministry's, not
        X's declaration inside it); last otherwise."""
        if last is None or not last.nested:
            return last
        outer = next((c for c in reversed(self.claims) if c.sentence is last.sentence and not c.nested
                      and c.speaker is not None and c.form != "unattributed" and not c.by_model), last)
        # ('X announced C, an official release said': the release is the document itself, whose issuer is X)
        return last if outer.speaker is None or outer.speaker.head in self.lex.issuer_nouns | self.lex.evidence_nouns \
            or (outer.speaker.head or "") in _STATEMENT_NOUNS else outer

    def _statement_again(self, frame: Frame, record: bool = False) -> Speaker | None:
        """'The board found C, the statement said' after 'X said in a statement': the statement is the
        one X made in the sentence just before (the last claim given to a speaker, whose sentence
        names it), and X speaks through it again, whatever X is (a body known by its initials too).
        With `record`, a record X said something in ('In a report published on Monday, the board said C.
        The report said D'), never one the sentence only names ('X denied the report')."""
        assert frame.speaker is not None
        words = fold(self.text[frame.speaker[0]:frame.speaker[1]]).split()
        last = self._outer_claim(self.last_attr)
        noun = " ".join(words[1:])
        # (a message's noun too, when the speaker said it in one: 'In a note sent to reporters, the ministry said C.
        # "D," the note said'; never 'according to a letter from X' read before)
        message = not record and noun in self.lex.message_nouns - _STATEMENT_NOUNS and not (
            frame.contents and self._withdraws_own(self.text[frame.contents[0].start:frame.contents[0].end], "direct"))
        # (a message's withdrawal in its own words stays the message's: its sender's earlier statement is another)
        if words[:1] != ["the"] or noun not in (self.lex.record_nouns if record else _STATEMENT_NOUNS) and not message \
                or last is None or last.speaker is None or not 0 <= frame.speaker[0] - last.sentence.end <= STATEMENT_REACH:
            return None
        said = fold(self.text[last.sentence.start:last.sentence.end])
        made = r"\bin\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}" if record or message else r"\b"
        return last.speaker if re.search(made + re.escape(noun) + r"\b", said) else None

    def _evidence_maker(self, frame: Frame) -> None:
        """'A poll by the Varsen Institute for the Gazette found C': the poll's maker speaks, and the
        outlet it was made for carried it; the mention ends before 'for'."""
        assert frame.speaker is not None
        start, end = frame.speaker
        lo = max(0, start - 40)
        # a match ends with 'by' and spaces: no pattern scan where the words before do not
        before = _MADE_BY.search(self.text, lo, start) if self.text[lo:start].rstrip().endswith("by") else None
        cut = self.text.find(" for ", start, end)
        if before is None or cut < 0 or fold(before.group(1)) not in self.lex.evidence_nouns:
            return
        rest = _trim(self.text, cut + len(" for "), end)
        if self._for_in_name(start, cut) and self.outlets.named(
                self.text[rest[0]:rest[1]], lenient=False, publisher=None, at=rest[0]) is None:
            return  # 'A study by the Institute for Coastal Policy found C': 'for' inside the maker's name
        if frame.outlet is None and self.outlets.named(self.text[rest[0]:rest[1]], lenient=True, publisher=self.publisher,
                                                       at=rest[0]) is not None:
            frame.outlet = rest
        frame.speaker = (start, cut)

    def _for_in_name(self, start: int, cut: int) -> bool:
        """Whether the ' for ' at `cut` joins a body's name: its head noun before, a capitalised word after
        ('the Center | for Harbour Studies'), never an outlet it was made for ('Varsen Institute for the Gazette')."""
        before = self.text[start:cut].split()
        return bool(before) and fold(before[-1]) in self.lex.institution_heads and self.text[cut + 5:cut + 6].isupper()

    def _frame_speaker(self, frame: Frame, prev_speaker: Speaker | None) -> Speaker | None:
        """The frame's speaker, read from its words less a participle's phrase set off after them ('The inspection
        audit, dated March 2,' names the audit); the frame keeps its words as written."""
        whole = frame.speaker
        trimmed = frame.speaker = _without_set_off(self.text, whole) if whole is not None else None
        sp = self._frame_speaker_read(frame, prev_speaker)
        if trimmed != whole and frame.speaker == trimmed:
            frame.speaker = whole
        return sp

    def _frame_speaker_read(self, frame: Frame, prev_speaker: Speaker | None) -> Speaker | None:
        text = self.text
        if frame.inherit == "previous" and prev_speaker is not None:
            return prev_speaker
        if frame.inherit == "nobody":
            return None  # 'X is expected to C': whoever expects goes unnamed
        if frame.antecedent:
            return self._source(self.registry.resolve(text[frame.antecedent[0]:frame.antecedent[1]], self.people))
        if frame.speaker and frame.cue_text and _PASSIVE_CUE.match(frame.cue_text) and (
                frame.cue_start is None or frame.speaker[0] < frame.cue_start):
            # 'X was accused of C', 'X is seen as C': whoever accuses or sees goes unnamed
            frame.speaker = None
            return None
        if frame.speaker and fold(text[frame.speaker[0]:frame.speaker[1]]) in ("and", "but"):
            # 'She touted the plan and promised ...': the verb's subject is the clause's before it
            return prev_speaker
        if frame.speaker and fold(text[frame.speaker[0]:frame.speaker[1]]) == "her" and fold(frame.cue_text or "") == "according to":
            return self._source(self.registry.resolve("she", self.people))  # ('According to her, C': she, named before)
        if frame.speaker:
            self._evidence_maker(frame)
        post = self._post_before(frame)
        if post is not None:
            return post
        owner = (self._statement_owner(frame) or self._statement_issuer(frame) or self._statement_again(frame)) \
            if frame.speaker else None
        if owner is not None:
            return owner
        if frame.speaker and (self._earlier_version(frame) or writers_own(text, frame)):
            # 'An earlier version of this article said C', the writers' 'We could not confirm this.' (None: no publisher)
            return self.publisher_speaker
        if frame.speaker and (titled := portfolio_before(text, *frame.speaker, self.lex)) is not None:
            self._title_to_speaker(frame, titled)
        if frame.speaker and not frame.nested and (polled := polled_before(text, frame.speaker[0], self.lex)) is not None:
            frame.speaker = (polled, frame.speaker[1])  # 'Three residents interviewed by | the Courier said': the residents
        if frame.speaker and not frame.nested:
            self._seen_in_clause(frame)
        seen = self._seen_record(frame) if frame.speaker and not frame.nested else None
        if seen is not None:
            return seen
        again = self._cited_again(frame) if frame.speaker and not frame.nested else None
        if again is not None:
            return again
        if frame.speaker:
            credited = self._credited(text[frame.speaker[0]:frame.speaker[1]], frame.speaker[0])
            if credited is not None:
                return self._figure_source(frame, credited) or credited
            if self.publisher_speaker is not None and self._names_itself(text[frame.speaker[0]:frame.speaker[1]]):
                return self.publisher_speaker  # 'seen by this newspaper', 'this paper has learned'
            outlet = self.outlets.referred(text[frame.speaker[0]:frame.speaker[1]], frame.speaker[0])
            unlisted = self._unlisted_reporter(frame, outlet)
            if unlisted is not None:
                return unlisted
            outlet = outlet or self.outlets.described_as(text[frame.speaker[0]:frame.speaker[1]])
            if outlet is not None:
                # 'the paper', 'the Post', 'Korvalis' after 'news site Korvalis': the outlet named earlier speaks
                return self.publisher_speaker if outlet is self.publisher else self.registry.outlet(outlet)
            initials = self._body_by_initials(frame.speaker[0], frame.speaker[1])
            if initials is not None and record_named(text[frame.speaker[0]:frame.speaker[1]], self.lex) is not None:
                self.last_record = initials  # 'a report of the Harbour Auditor (OHA) found C': the auditor's
            # (a record tells no one: 'the reports tell a different story' reports nothing of theirs)
            record = self._record_source(frame.speaker[0], frame.speaker[1]) if initials is None \
                and not frame.nested and not (frame.cue is not None and frame.cue.requires_recipient) else None
            if record is not None:
                return record
            if fold(text[frame.speaker[0]:frame.speaker[1]]) == "it" and (record := self._record_just_before()) is not None:
                return record  # 'The memo proposes C. It estimates D': the record that opened the sentence before
            # ('The report said D' after 'In a report ..., the board said C', when the project keeps no such record as
            # a source of its own: the board's)
            if fold(clean(text[frame.speaker[0]:frame.speaker[1]])) in _MEMBERS:
                return self._group_member(frame.speaker[0])  # ('Two officials said A. One said B')
            return self._mention_speaker(frame, initials) or self._statement_again(frame, record=True)
        return self.last_attr.speaker if self.last_attr else None

    def _unlisted_reporter(self, frame: Frame, referred: dict | None) -> Speaker | None:
        """'Gazeta Voinesti reported on Tuesday that A. The newspaper also reported that B': 'the' and a medium's
        noun that no outlet named before can be (none but the publisher, or only outlets of another kind) is the
        name, with no title, that reported the claim just before, in the sentence before (outlets.json's
        reporting_verbs): an outlet the list does not know, which speaks B, as A, on the record. None otherwise."""
        assert frame.speaker is not None
        words = clean(self.text[frame.speaker[0]:frame.speaker[1]]).split()
        kinds = self.lex.media_head_kinds.get(words[-1]) if len(words) == 2 and fold(words[0]) == "the" else None
        last = self.last_attr
        sp = last.speaker if last is not None else None
        if not kinds or last is None or sp is None or sp.anonymous or sp.kind not in ("person", "institution") \
                or sp.role or sp.gender or sp.outlet is not None or not sp.name[:1].isupper() \
                or fold(last.cue or "") not in _reporting_verbs() \
                or last.sentence.start < self._sentence_before(frame.speaker[0]) \
                or referred is not None and referred is not self.publisher and referred.get("kind") in (None, *kinds):
            return None
        opening = fold(" ".join(takewhile(lambda w: w[:1].isupper(), sp.name.split()))).split()
        if any(w in self.lex.institution_heads or w in self.lex.body_heads or w in self.lex.given_names for w in opening):
            # ('The Health Ministry reported C. The newspaper also reported D': the ministry is no paper; the words of
            # a name before its first lower-case particle, as a body's or a person's name opens, not 'Ziarul de Gardă')
            return None
        record = self.outlets.get({"name": sp.name, "country": None, "kind": kinds[0]})
        return self.registry.as_outlet(sp, record)

    def _thing_named(self, frame: Frame, sp: Speaker, new: bool) -> Speaker:
        """The speaker a mention read as a new person names, a body when 'which' opens the clause set off after it
        ('Letseng Kroon, which owns the mine, said': a thing, never a person; no given name opens it; a name of one
        word may be a medium's the outlet list does not know, `_unlisted_medium`)."""
        assert frame.speaker is not None
        if new and sp.kind == "person" and not sp.anonymous and not sp.role and " " in sp.name \
                and _WHICH_AFTER.match(self.text, frame.speaker[1]) and fold(sp.name.split()[0]) not in self.lex.given_names:
            sp.kind = "institution"
        return sp

    def _mention_speaker(self, frame: Frame, initials: Speaker | None) -> Speaker | None:
        """The speaker the frame's mention names once no outlet, record or earlier statement claimed it:
        the registry's entity (a pronoun's person, a body called 'it', a name with its party), or the
        publisher for evidence no issuer is named for."""
        assert frame.speaker is not None
        text = self.text
        spoke = self._company_that_spoke(frame)
        if spoke is not None:
            return spoke
        start = frame.speaker[0]
        sp = self.registry.kept(lambda: self._mention_reading(frame, initials), lambda read, new: self._thing_named(
            frame, self._company_instead(frame, self._read_again(start, read, new)), new))
        if sp.kind == "institution":
            self.registry.note_maker(sp, self._made_by(start))
        if sp.kind == "media" and sp.outlet is not None and _outlet_key(sp.name) == _outlet_key(sp.outlet["name"]):
            return self._outlet_speaker(self.outlets.get(sp.outlet))  # one speaker an outlet, by its first name
        label = party_after(text, frame.speaker[1])
        if label and sp.kind == "person" and not sp.anonymous:
            sp.affiliation = label  # 'Rep. Ana Costa, D-N.Y., said': her party and state
        mention = text[frame.speaker[0]:frame.speaker[1]]
        # 'Lind, a pilot, said', 'Lind, who flew it, said': a word a description sets off is a name
        introduced = bool(sp.role) and ", " in mention and text.startswith(",", frame.speaker[1]) \
            or _RELATIVE_AFTER.match(text, frame.speaker[1]) is not None or fold(mention) in _PERSON_PRONOUNS \
            and any(c.speaker is sp for c in self.claims) or self._name_saying(frame, mention)
        # ('Dalia, a nurse, told us C. "D," she said')
        medium = self._unlisted_medium(frame, sp, mention)
        if medium is not None:
            return medium
        found = self._source(sp, introduced=introduced)
        first, _, rest = mention.partition(" ")
        if found is None and ", " in mention and fold(first) not in self.lex.openers:
            # 'Overall, the fund predicted': the words after the comma name the speaker
            found = self._source(self.registry.resolve(mention.split(", ", 1)[1], self.people))
        if found is None and rest and fold(first) in _SKIPPED_OPENERS:
            # 'Even China', 'and Northern European countries': the words after it name the speaker
            # (never after a preposition: 'in Asia, the Middle East and Africa' names places)
            found = self._source(self.registry.resolve(rest, self.people))
        head = sp.head or fold(mention.split()[-1])
        if found is None and not frame.nested and (head in self.lex.evidence_nouns or head in self.lex.not_sources):
            # 'tests found C', 'according to test results': evidence with no issuer named is
            # reported by the publisher that holds it (the claim keeps the words that cite it)
            return self.publisher_speaker
        return found

    def _mention_reading(self, frame: Frame, initials: Speaker | None) -> Speaker:
        """The speaker the frame's mention names before it is read again: the body the initials stand for, a
        pronoun's or a paragraph's person, an issuer, people counted, or the registry's reading of the words."""
        assert frame.speaker is not None
        start, end = frame.speaker
        return initials or self._body_called_it(start, end) or self._unnamed_before_pronoun(start, end) \
            or self._paragraph_person(start, end) or self._named_before_pronoun(start, end) \
            or self._undated_issuer(frame) or self._people_counted(start, end) \
            or self.registry.resolve(self.text[start:end], self.people, self.institutions.named_before(start))

    def _group_member(self, start: int) -> Speaker | None:
        """'Two officials said A. One said B, while another cautioned that C': a member of a group named only by the
        words of grammar.json's member_subjects or plural_members ('one', 'another', 'the other', 'some', 'others'),
        at offset `start`, speaks with the voice of its group, the group's anonymity and reason with it: the group
        among the last three speakers that spoke in the last two sentences, unless people are counted after the
        sentence it last spoke in ('Two officials said A. A reporter met three farmers. One said B'). None then, and
        when no group spoke ('Our reporter spoke to two more residents. Both said C'): people the text never gave
        as a speaker are read as none (their claims keep no speaker, as before these members were read)."""
        group = next((s for s in reversed(self.registry.recent[-3:]) if (s.kind == "group" or s.plural)
                      and self.sentence_no - s.last_sentence <= 2), None)
        if group is None:
            return None
        said = next((c.sentence.end for c in reversed(self.claims) if c.speaker is group), 0)
        counted = _COUNTED.finditer(self.text, max(said, self._sentence_before(start)), start)
        if any(self._counts_people(m.group(2)) for m in counted):
            return None
        return self.registry.touch(group)

    def _counts_people(self, after: str) -> bool:
        """Do the words after a count name people within four words ('two more residents', 'several diplomats',
        '12 engineers'; not 'two reports')?"""
        return any(w in self.lex.anonymous_heads or w in self.lex.group_heads or self.lex.occupation(w)
                   for w in map(fold, after.split()))

    def _company_instead(self, frame: Frame, sp: Speaker) -> Speaker:
        """'SkyLark Air grounded its jets, the company said': for a mention of a company's head noun alone, the body
        the content names as its subject (`_company_of_content`); `sp` otherwise."""
        assert frame.speaker is not None
        body = self._company_of_content(frame, self.text[slice(*frame.speaker)]) \
            if fold(sp.name) in self.lex.company_heads else None
        return body or sp  # ('the company' that names no company met before: the content's subject)

    def _made_by(self, start: int) -> bool:
        """Do the words before a speaker's mention at `start` make it a document's maker: a noun of evidence, up to
        five words, then 'by' ('A survey published last month by | the Land Agency')?"""
        lo = max(0, start - 70)
        before = self.text[lo:start].rstrip()
        if not before.endswith(" by"):
            return False
        words = [fold(w) for w in re.findall(r"[\w'\u2019-]+", before)][-7:-1]
        return any(w in self.lex.evidence_nouns for w in words)

    def _unlisted_medium(self, frame: Frame, sp: Speaker, mention: str) -> Speaker | None:
        """'Tidemark reported on Friday that C', 'Tidemark, which first reported the transfers, wrote that C': a
        name of one capitalised word with no title, no given name nor place, that reports as a medium does
        (outlets.json's reporting_verbs) is an outlet the list does not know, which speaks C on the record and
        carries it; None otherwise (a name with a title, a person's, a surname of one named before, a body's, a
        place's, or one that reports no clause: 'Caribelle reported a net profit' is a company's deed; initials and
        names written as one are names already: 'RTL reported that C')."""
        start = frame.contents[0].start if frame.contents else 0
        if frame.nested or frame.deed or not frame.contents or mention.isupper() or _CAMEL.search(mention) \
                or not _THAT_BEFORE.search(self.text, max(0, start - 12), start) or fold(frame.cue_text or "") not in _reporting_verbs() or sp.kind != "person" or sp.anonymous \
                or sp.role or sp.name != mention or not _CAPITALISED.fullmatch(mention) \
                or fold(mention) in self.lex.given_names or fold(mention) in self.lex.openers \
                or fold(mention) in self.lex.institution_heads or fold(mention) in self.lex.body_heads \
                or mention in self.lex.not_names or self._written_as_place(mention) \
                or self._own_opening(start) is not None:
            return None  # (nor 'Kelvex reported that its profit had doubled': a body telling of its own)
        return self.registry.as_outlet(sp, self.outlets.get({"name": mention, "country": None, "kind": None}))

    def _undated_issuer(self, frame: Frame) -> Speaker | None:
        """'A new Kelvin poll found C': the issuer the mention names without the words that date or rank
        its record (_issuer_first), as for 'A Kelvin poll'; None when there are none to leave out or
        the words left name no one ('Economist' of 'the latest Kelvin/Economist survey' is no trade)."""
        assert frame.speaker is not None
        undated = self._issuer_first(*frame.speaker)
        if undated is None:
            return None
        named = self.institutions.named_before(frame.speaker[0])
        return self.registry.kept(lambda: self.registry.resolve(undated, self.people, named),
                                  lambda sp, _new: None if sp.anonymous else sp)

    def _company_that_spoke(self, frame: Frame) -> Speaker | None:
        """'Kelvex denied C. "D," the company said': 'the company' right after a statement of a body
        (this sentence's or the one before) is that body, not a company the text named longer ago
        by that head noun ('ferry operator Tolland Lines'); None otherwise."""
        assert frame.speaker is not None
        last = self._spoke_just_before()
        mention = self.text[frame.speaker[0]:frame.speaker[1]]
        return self.registry.spoke_as_company(mention, last) if last is not None else None

    def _company_of_content(self, frame: Frame, mention: str) -> Speaker | None:
        """'SkyLark Air grounded its jets on Sunday, the company said': 'the company' after its content is the
        body named as the content's subject, a name and then a verb (a finite one, or one in -s or -ed), when it
        may be a company (`Registry.spoke_as_company`); None otherwise."""
        first = frame.contents[0] if frame.contents else None
        if first is None or frame.cue_start is None or first.end > frame.cue_start or fold(mention).split()[:1] != ["the"]:
            return None
        m = _NAMED_SUBJECT.match(self.text, first.start, first.end)
        verb = self.text[m.end() - 1:first.end].split()[:1] if m is not None else []
        name = m.group(1).split() if m is not None else []
        if m is None or not verb or not (verb[0] in _FINITE or verb[0].endswith(("ed", "s"))) \
                or name[0] in ("The", "the") or len(name) == 1 and not self._written_as_name(name[0]):
            return None  # (not 'There have been no reports ..., the company said', 'Seven workers were killed')
        return self.registry.kept(lambda: self.registry.resolve(m.group(1), self.people),
                                  lambda sp, _new: None if sp.anonymous else self.registry.spoke_as_company(mention, sp))

    def _body_that_spoke(self) -> Speaker | None:
        """'Kelvex said C. It added D': 'it' right after a statement of a body known by a single word
        is that body, not a body the text named before it; None otherwise."""
        last = self._spoke_just_before()
        return self.registry.spoke_as_it(last) if last is not None else None

    def _title_to_speaker(self, frame: Frame, titled: int) -> None:
        """'Minister of Transport, | Ports and Fisheries Ines Tarro said': the title before the parser's words is the
        speaker's, never the end of a content before it ('C, Minister of Transport, ... Ines Tarro said')."""
        assert frame.speaker is not None
        frame.speaker = (titled, frame.speaker[1])
        cut = len(self.text[:titled].rstrip(" \t,"))
        contents = []
        for c in frame.contents:
            if c.start < titled < c.end:
                quoted = self.text[c.start] in "\"\u201c" and self.text[cut - 1] in "\"\u201d"
                c = Content(c.start + 1, len(self.text[:cut - 1].rstrip(" \t,")), "direct") if quoted \
                    else Content(c.start, cut, c.form)  # ('"C," Minister of X, Y and Z Ana Costa said': C)
            contents.append(c)
        frame.contents = contents

    def _record_just_before(self) -> Speaker | None:
        """'The memo proposes C. It estimates D': 'it' right after a statement of a record that opened its
        sentence, one sentence before, is that record; None otherwise."""
        last = self.claims[-1] if self.claims else None  # (the model's claims too: 'The memo proposes C')
        sp = last.speaker if last is not None else None
        if sp is None or last is None or last.speaker_span is None or self.sentence_no - sp.last_sentence != 1 \
                or sp.head not in self.lex.record_nouns:
            return None
        opening = self.text[last.sentence.start:last.speaker_span[0]].strip(" \t\n\"“‘'")
        return sp if fold(opening, words_only=True) in ("", "the", "a", "an", "this") else None

    def _spoke_just_before(self) -> Speaker | None:
        """The named speaker of the last statement, when it came in this sentence or the one before."""
        last = self.last_attr.speaker if self.last_attr is not None else None
        return None if last is None or last.anonymous or self.sentence_no - last.last_sentence > 1 else last

    def _seen_record(self, frame: Frame) -> Speaker | None:
        """'The Gazette has reviewed a memo that says C', 'a memo seen by the Gazette says C': the
        record speaks (or who the words say issued it), through the outlet that saw it; the frame's
        outlet words become that outlet's. None for any other mention."""
        assert frame.speaker is not None
        if not _may_hold_word(self.text[frame.speaker[0]:frame.speaker[1]], self.lex.seen_by_verbs) \
                and self._seen_before(frame.speaker[0]) is None:
            return None  # no verb of seeing in the words, no record seen by them before: most mentions
        words = list(_RECORD_WORD.finditer(self.text, *frame.speaker))
        low = [fold(w.group()) for w in words]
        k = next((k for k in range(1, len(low) - 1) if low[k] in self.lex.seen_by_verbs), None)
        before = self._seen_before(frame.speaker[0]) if k is None else None
        if before is not None:
            # 'according to port ledgers seen by the Gazette, C': the parser's mention is the outlet
            record, outlet = before, frame.speaker
            words = list(_RECORD_WORD.finditer(self.text, *record))
        elif k is None:
            return None
        elif low[k + 1] == "by" and k + 2 < len(words):
            record, outlet = (words[0].start(), words[k - 1].end()), (words[k + 2].start(), words[-1].end())
        elif low[k - 1] in ("has", "have", "had") and k >= 2:
            last = len(words) - 1 if low[-1] not in ("that", "which") else len(words) - 2
            record, outlet = (words[k + 1].start(), words[last].end()), (words[0].start(), words[k - 2].end())
        else:
            return None
        seer = self.outlets.named(self.text[outlet[0]:outlet[1]], lenient=True, publisher=self.publisher, at=outlet[0])
        if seer is None:
            return None
        cited = self._record_source(*record) or self._copy_of_cited(*record)
        if cited is None and before is None:
            # 'a draft of its projections seen by the Gazette': evidence no body is named for, the
            # outlet's to vouch for
            names = [w.group() for w in words if w.start() >= record[0] and w.end() <= record[1]]
            of = next((j for j, w in enumerate(names) if fold(w) in ("of", "from", "by")), len(names))
            if not names or fold(names[of - 1]) not in self.lex.evidence_nouns:
                return None
            cited = self.registry.record(" ".join(names[1:] if fold(names[0]) in DETERMINERS else names),
                                         fold(names[of - 1]))
        if cited is None:
            return None  # ('documents seen by the Gazette': the outlet's report, as chains.credit reads it)
        # (a body's record in the publisher's own hands: the body spoke through no outlet; a record
        # with no issuer named stays the outlet's to vouch for)
        frame.outlet = None if seer is self.publisher and cited.head not in self.document_noun_set else outlet
        self._note_cited(record, cited)
        return cited

    @cached_property
    def document_noun_set(self) -> frozenset[str]:
        """The nouns of records, evidence, reports and their issuers, joined once a document."""
        return self.lex.evidence_nouns | self.lex.record_nouns | self.lex.media_reports | self.lex.issuer_nouns \
            | self.lex.court_records

    @cached_property
    def _record_noun_set(self) -> frozenset[str]:
        """The nouns of records and evidence, no statement's ('the report' may name an audit again, not a statement)."""
        return self.lex.record_nouns | self.lex.evidence_nouns | self.lex.court_records

    @cached_property
    def _nouns_at(self) -> dict[tuple[int, int], frozenset[str]]:
        """_document_nouns of each span asked already (a frame's speaker is asked several times)."""
        return {}

    def _document_nouns(self, start: int, end: int) -> frozenset[str]:
        """The nouns of records, evidence and reports in the words text[start:end] and in 'NOUN by '
        just before them ('a survey by the Tenants Union'), in the singular."""
        found = self._nouns_at.get((start, end))
        if found is None:
            found = self._nouns_at[(start, end)] = self._nouns_in(start, end)
        return found

    def _nouns_in(self, start: int, end: int) -> frozenset[str]:
        lo = max(0, start - 40)
        made_by = _MADE_BY.search(self.text, lo, start) if self.text[lo:start].rstrip().endswith("by") else None
        words = [fold(w.group()) for w in _RECORD_WORD.finditer(self.text, start, end)]
        if made_by is not None:
            words.append(fold(made_by.group(1)))
        nouns = self.document_noun_set
        return frozenset(w[:-1] if w.endswith("s") and w[:-1] in nouns else w for w in words if w in nouns)

    def _note_cited(self, mention: tuple[int, int] | None, sp: Speaker | None) -> None:
        """Keep a record, a poll or a report the text cites as a source, for 'the survey' or 'it'
        to refer back to later; a mention naming none is kept no track of."""
        if mention is None or sp is None:
            return
        nouns = self._document_nouns(*mention)
        if sp.kind in ("person", "group") and sp.anonymous and sp.head and sp.head not in nouns:
            return  # ('a registry officer in Jolby said C. The registry said D': a person, no record, spoke)
        if nouns:
            self.cited.append((mention[1], nouns | {fold(w) for w in self.text[mention[0]:mention[1]].split()}, sp))

    def _copy_of_cited(self, start: int, end: int) -> Speaker | None:
        """'It found C, according to a copy obtained by the Gazette': a copy is of the record the text
        cited last, within the last paragraphs; None for any other words or with none cited."""
        low = [fold(w) for w in self.text[start:end].split()]
        if low not in (["a", "copy"], ["a", "copy", "of", "it"]):
            return None
        return next((sp for at, _, sp in reversed(self.cited) if start - CITED_REACH <= at <= start), None)

    def _cited_again(self, frame: Frame) -> Speaker | None:
        """'A survey by the Tenants Union found C. The survey also found D', 'according to an inspection
        report seen by the Gazette. The report, dated June 3, says D', '... It found that D': a
        definite mention of a record, poll or report with no words of its own naming who made it,
        or 'it' before a verb of finding, is the source the text cited last by that noun (by any
        such noun, for 'it', when that source spoke last), within the last paragraphs; else None."""
        assert frame.speaker is not None
        start, end = frame.speaker
        words = self.text[start:end].split()
        low = [fold(w) for w in words]
        before = [(at, nouns, sp) for at, nouns, sp in self.cited if at <= start]
        recent = [(at, nouns, sp) for at, nouns, sp in before if start - CITED_REACH <= at]
        if not before or not recent and low == ["it"]:
            return None
        if low == ["it"]:
            at, _, sp = recent[-1]
            cue = frame.cue_text.split()[-1] if frame.cue_text else ""
            last = self.last_attr.speaker if self.last_attr is not None else None
            return sp if fold(cue) in self.lex.record_verbs and last is sp and start - at <= CITED_REACH // 3 else None
        head = self._record_named_again(start, end)
        # ('A special audit by the Tarn Audit Office found C. The report said D': any record is a report, not a
        # party's statement; when none was cited in the last paragraphs, the report the text cited further back:
        # 'C, the report shows' after the company's statement is the inspection report's)
        records = self._record_noun_set
        found = next((sp for _, words, sp in reversed(recent) if (
            head in words or head in _any_record_nouns() and not records.isdisjoint(words)) and all(
            w in words or w in self.lex.adjectives for w in low[1:-1])), None) if head is not None else None
        if found is None and head in _any_record_nouns():
            found = next((sp for _, words, sp in reversed(before) if head in words and all(
                w in words or w in self.lex.adjectives for w in low[1:-1])), None)
        return found if found is not self.publisher_speaker else None

    def _record_named_again(self, start: int, end: int) -> str | None:
        """The head noun of words text[start:end] that name a single record, poll or report again
        by a definite article and common words alone ('The report', 'the new survey'), else None
        ('The records show C' names a collection the publisher reads: no speaker of its own)."""
        words = self.text[start:end].split()
        low = [fold(w) for w in words]
        if len(low) < 2 or low[0] not in ("the", "this", "that") or not all(
                w.isalpha() and w.islower() for w in words[1:]) or self._document_nouns(start, end) != {low[-1]}:
            return None
        plural = low[-1].endswith("s") and not low[-1].endswith(("ss", "is", "us"))
        return None if plural else low[-1]

    def _seen_in_clause(self, frame: Frame) -> None:
        """'Booking records of Dorji Tours, which this paper has seen, show C': as with 'records seen by this
        paper', the outlet that saw the records reports what they show, and the party they are records of (after
        'of') does not speak; the frame's mention becomes the outlet's words. A record issued 'by' or 'from' a body
        ('a report by the council, which the Gazette has seen') keeps its issuer."""
        assert frame.speaker is not None
        start, end = frame.speaker
        seen = _SEEN_CLAUSE.match(self.text, end)
        if seen is None or fold(seen.group(2)) not in self.lex.seen_by_verbs or not self._document_nouns(start, end) \
                or re.search(r"\s(?:by|from)\s", self.text[max(0, start - 6):end]):
            return
        words = self.text[seen.start(1):seen.end(1)]
        if self._names_itself(words) or self.outlets.named(words, lenient=False, publisher=self.publisher,
                                                             at=seen.start(1)) is not None:
            frame.speaker = seen.span(1)

    def _seen_before(self, start: int) -> tuple[int, int] | None:
        """The words of a record just before ' seen by ' (or 'obtained by', 'reviewed by') that ends
        at start, after 'according to' or a comma ('according to port ledgers seen by '), else None."""
        lo = max(0, start - 160)
        if not _may_end_with_by(self.text, lo, start):
            return None
        words = list(_RECORD_WORD.finditer(self.text, lo, start))
        low = [fold(w.group()) for w in words]
        if len(low) < 3 or low[-1] != "by" or low[-2] not in self.lex.seen_by_verbs \
                or self.text[words[-1].end():start].strip():
            return None
        first = len(low) - 2
        while first > 0 and len(low) - 2 - first < 6 and low[first - 1] not in ("to", "in", "from") \
                and not self.text[words[first - 1].end():words[first].start()].strip():
            first -= 1
        return (words[first].start(), words[-3].end()) if first < len(low) - 2 else None

    def _record_source(self, start: int, end: int) -> Speaker | None:
        """The source of a record the words at start..end cite ('figures from the Port Authority',
        'Council records', 'the 2019 principal inspection'): the body that issued it, when the words
        name it and the text names that body by its name ('the council': Jolby County Council), else
        the record itself under its own words ("the company's annual report": which company, the
        words do not say); 'the report' alone is the record cited last. None when the words name
        no record. A record reached the reader directly, through no outlet."""
        if _PERSON_CLAUSE.search(self.text, start, end):
            return None  # ('X and Y, who sent Z a letter, ...': people a clause tells of, no record)
        owned = self._owned_record(start, end)
        if owned is not None:
            self.last_record = owned
            return owned
        after = _issued_after(self.lex.issued_verbs).match(self.text, end)  # 'results posted by the county': the words read on
        undated = self._issuer_first(start, end)  # ('a 2014 Tarn Labour Ministry report': the ministry's)
        issued = None
        if after is not None and after["by"].split()[-1][:1].isupper():  # (a body's name: not 'independent engineers')
            issued = f"{self.text[start:end]} {after['verb']} by {after['by']}"
        elif after is not None and self.text[end:after.start("by")].split() == [after["verb"], "by"]:
            issued = self.text[start:after.end()]  # ('unofficial results posted by the county')
        found = record_named(undated or issued or self.text[start:end], self.lex)
        dated = _DATED_AFTER.search(self.text, start, end) if found is None else None
        if dated is not None:  # 'A Tenants Union survey released last spring found C': the survey's words
            found = record_named(self.text[start:dated.start()], self.lex)
        if found is None:
            return None
        owner, name = found
        if len(name.split()) > 1 and fold(name.split()[-1]) in self.lex.issued_verbs:
            name = name.rsplit(None, 1)[0]  # ('a court document filed Thursday': the document)
        sp = self._record_issuer(owner, start) if owner is not None and owner not in self.lex.owner_pronouns else None
        if sp is None and owner is not None and self._in_own_record(owner, name):
            return self._source(self.registry.resolve(owner, self.people))  # ('the Ledger in its first report': the Ledger)
        modifiers = [fold(w) for w in name.split()[:-1]]
        if sp is None and owner is None and all(w in self.lex.adjectives for w in modifiers):
            if fold(name.split()[-1]) in self.lex.media_reports:
                return None  # 'the report', 'a new report' may be a news outlet's as well as a body's
            # 'A survey of the Harbour Board found C. The survey also said D', 'Jolby obtained a memo
            # from its chief executive, Ana Costa. The memo says D': the record cited or named before
            # (never for 'a circular': a new one)
            new = fold(self.text[start:end].split()[0]) in ("a", "an")
            sp = None if new else self.last_record or self._earlier_record(start)
        self.last_record = sp or self.registry.record(name, fold(name.split()[-1]))
        return self.last_record

    def _in_own_record(self, owner: str, name: str) -> bool:
        """Do the words of a record, name, give its owner by its name and then 'in' and a possessive ('Daily
        Ledger in its original report', 'Tarn Water in their filing'): the owner speaking in its own
        record, which is never a record named by the whole phrase?"""
        rest = [fold(w) for w in name[len(owner):].split()] if name.startswith(owner) and owner[:1].isupper() else []
        return rest[:1] == ["in"] and rest[1:2] != [] and rest[1] in self.lex.owner_pronouns

    def _issuer_first(self, start: int, end: int) -> str | None:
        """The words text[start:end] without what only dates or ranks the record they name, when a
        name stands before its noun ('A new Kelvin poll', 'the latest Tarn Institute survey', 'a 2014
        Labour Ministry study': the lexicon's adjectives, a year, cues.json's 'record_dating_words'; a
        participle after the noun, 'a Kelvin poll conducted'; what, when or where it polled, 'a Kelvin
        poll of 900 tenants', 'the Kelvin average of recent polls'): 'A Kelvin poll', whose issuer speaks as
        for the words without them. None when nothing is left out, no name stands there, or the name is
        a place's ('the latest Iowa poll' polled Iowa) or the publisher's own."""
        words = self.text[start:end].split()
        low = [fold(w) for w in words]
        k = 1 if low and low[0] in ("a", "an", "the") else 0
        j = k
        while j < len(low) and (words[j].islower() and (low[j] in self.lex.adjectives or low[j] in _record_dating_words())
                                or _YEAR_WORD.fullmatch(low[j]) or low[j] in CALENDAR_WORDS):
            j += 1  # ('a September Tarn Institute poll': its month; never 'New' of a name)
        head = j
        while head < len(words) and words[head][:1].isupper():
            head += 1
        if head == j or head >= len(low) or low[head] not in self.lex.evidence_nouns \
                and low[head] not in self.lex.record_nouns or not words[head].islower():
            return None
        tail = words[head + 1:]
        if tail and tail[0] not in _RECORD_SUBJECT_PREPS and (len(tail) > 1 or not (
                tail[0].islower() and (tail[0].endswith("ed") or fold(tail[0]) in self.lex.issued_verbs))):
            return None  # (what or when it polled: 'a Kelvin poll of 900 tenants', 'FEC records from 2008')
        issuer = fold(" ".join(words[j:head]))
        if j == k and not tail or issuer in self.lex.places or issuer in self.lex.country_index \
                or issuer in self.lex.record_techniques \
                or any(w in self.lex.adjectives or w in _record_dating_words() for w in low[j:head]) \
                or j == 0 and head == 1 and not words[0].isupper():
            return None  # (nor 'New surveys published Friday show', 'Exit polls from the primary': a sentence's first word)
        if self._publishers_own(" ".join(words[j:head])):
            return None  # ('An ABC analysis of the file' in the ABC's own story: the publisher's, as it was)
        return " ".join((words[:k] or ["the"]) + words[j:head + 1])  # ('Another Kelvin study': the Kelvin study)

    def _publishers_own(self, name: str) -> bool:
        """Whether the words name the publisher, by its name or an alias or by their first words ('ABC'
        for ABC News)."""
        if self.publisher is None:
            return False
        key = _outlet_key(name)
        return any(n == key or n.startswith(key + " ")
                   for n in map(_outlet_key, (self.publisher["name"], *self.publisher["aliases"])))

    def _owned_head(self, words: list[re.Match[str]], low: list[str], j: int) -> bool:
        """Whether word j ends the name of a body's own filing after its owner's possessive
        ("the charity's accounts", "Harlow Water's own drought plan")."""
        if low[j] not in self.lex.owned_records and " ".join(low[j - 1:j + 1]) not in self.lex.owned_records:
            return False
        return any(w.group().endswith(("'s", "\u2019s", "s'", "s\u2019")) for w in words[max(0, j - 6):j])

    def _owned_record(self, start: int, end: int) -> Speaker | None:
        """A body's own filing cited by its owner's possessive and its name ("The charity's accounts,
        filed in March, show C", "Jolby Water's business plan shows C"): the filing speaks,
        under those words (a company's accounts are no spokesperson's words); None for other words."""
        words = list(_RECORD_WORD.finditer(self.text, start, end))
        low = [fold(w.group()) for w in words]
        if not low or not self._owned_head(words, low, len(low) - 1):
            return None
        first = 1 if low[0] in DETERMINERS else 0
        name = self.text[words[first].start():end] if first < len(words) else ""
        return self.registry.record(name, low[-1]) if name else None

    def _earlier_record(self, start: int) -> Speaker | None:
        """The issuer of the last record the text names by who issued it in the 400 characters
        before start ("Tuesday's memo from Ana Costa", 'The Jolby Council report'), else None."""
        found = None
        for m in _record_phrase(self.lex.record_nouns).finditer(self.text, max(0, start - 400), start):
            found = m
        named = record_named(found.group(), self.lex) if found is not None else None
        if named is None or named[0] is None or named[0] in self.lex.owner_pronouns or fold(named[0]) in CALENDAR_WORDS:
            return None  # (not 'Tuesday' of "Tuesday's memo")
        return self._record_issuer(named[0], found.start() if found is not None else start)

    def _record_issuer(self, owner: str, start: int) -> Speaker | None:
        """The body the words `owner` name as a record's issuer, when the text names it by its
        name: a body's name holds its head noun ('the county' is Ostwick County, never the
        'Harbour Renewal fund' nor a company called otherwise); None otherwise."""
        words = owner.split()
        generic = all(w[:1].islower() for w in words) or len(words) == 1 and (
            fold(owner) in self.lex.institution_heads or fold(owner) in self.lex.body_heads)
        if len(words) == 1 and generic:
            owner = "the " + fold(owner)  # 'Council records': the council
        return self.registry.kept(lambda: self.registry.resolve(owner, self.people, self.institutions.named_before(start)),
                                  lambda sp, _new: self.registry.touch(sp) if not sp.anonymous and sp.kind != "media"
                                  and self._source(sp) is not None and (not generic or fold(owner.split()[-1]) in {
                                      fold(w) for w in sp.name.split() if w[:1].isupper()}) else None)

    def _paragraph_person(self, start: int, end: int) -> Speaker | None:
        """'Ana Costa, whose brother is missing, has waited since midnight. "C," she said': a 'he'
        or 'she' whose paragraph opens with a named person, the subject of a sentence that is no
        attribution, refers to that person, not to a speaker of an earlier paragraph (a live blog's
        entry before) whom this paragraph never names; None when no such name comes first."""
        pronoun = fold(self.text[start:end])
        if pronoun not in ("he", "she"):
            return None
        para = self.text.rfind("\n", 0, start) + 1
        m = _SUBJECT_NAME.search(self.text, max(0, para - 2), start)
        if m is None or m.start(1) != para:
            return None
        found = m.group(1)
        if found.split()[0] in _NAME_STOPS:
            return None  # ('In Jolby the wait goes on': a preposition and a place, no person)
        mention = reading_of(found, self.lex)
        sp, known = mention.speaker, self.registry.antecedent(pronoun)
        if sp is None or sp.kind != "person" or sp.anonymous or len(found.split()) < 2 and not (
                self.people.get(surname_key(found)) or known is None and self._written_as_name(found)) \
                or (sp.gender and sp.gender != ("f" if pronoun == "she" else "m")):
            # (a surname alone: of a person the text names in full, 'Sen. Ana Lind ... Lind opens', or the
            # only person the pronoun can be when no speaker before it is)
            return None
        if known is not None and (known.name == sp.name or any(
                w in self.text[para:start] for w in [surname_key(known.name).capitalize(), known.name])):
            return None  # the speaker met before is named in this paragraph too: the pronoun may be theirs
        return self.registry.resolve(found, self.people)

    def _read_again(self, start: int, sp: Speaker, new: bool) -> Speaker:
        """'A spokeswoman for the library service in Wenlo declined to name C, saying D': the words of one mention,
        read for two frames (once cut short, 'A spokeswoman for the library service'), name one unnamed source, not two; the reading
        with more words names it. `new`: the registry added `sp` for this reading."""
        earlier = self.read_at.get(start)
        if new and sp is self.registry.speakers[-1] and earlier is not None and earlier is not sp \
                and earlier.anonymous and sp.anonymous and earlier.kind == sp.kind \
                and (fold(sp.name) in fold(earlier.name) or fold(earlier.name) in fold(sp.name)):
            sp = self.registry.same(earlier, sp)
        self.read_at[start] = sp
        return sp

    def _people_counted(self, start: int, end: int) -> Speaker | None:
        """'Defence Minister Ana Lind met her counterpart, Foreign Minister Tom Reyes. ... the two ministers affirmed
        C': a definite count of people by a title ('the two ministers', 'both generals') is the people the text
        names with a title from the sentence before up to it, when it names just that many there and each with
        the counted title ('Judge Bo Dahl' is no minister); they speak together, on the record. None for any other
        mention, or another number of people named."""
        words = fold(clean(self.text[start:end])).split()
        count = _counted(words)
        if count is None or not (words[-1].endswith("s") and words[-1][:-1] in self.lex.title_words):
            return None
        lo = self._sentence_before(start)
        span = self.text[lo:start]
        index = self.people.index
        named = {index[k] for k in {surname_key(w) for w in re.findall(r"[A-Z][\w'\u2019-]*", span)} if k in index}
        counterparts = self._counterparts_in(span)
        named |= {full for full in counterparts if not any(full in other or other in full for other in named)}
        found = sorted((span.find(full), full) for full in named if full in span)
        titled = [self._titled_as(words[-1][:-1], span, at, full) for at, full in found]
        if len(found) != count or not any(titled) or not all(
                ok or any(full in other or other in full for other in counterparts)
                for ok, (_, full) in zip(titled, found, strict=True)):
            return None  # (a counterpart holds the post of the one he meets: 'her counterpart, General Tom Reyes')
        return self.registry.named_together([full for _, full in found], clean(self.text[start:end]))

    def _counterparts_in(self, span: str) -> set[str]:
        """The names span gives as another's counterpart (titles.json's 'counterparts': 'her Norwegian counterpart,
        Admiral Tom Reyes', 'his opposite number Ivo Brandt'), without the title of their own before them."""
        pattern = _counterpart_names(self.lex.counterparts)
        out = set()
        for m in pattern.finditer(span) if pattern is not None else ():
            name = m.group(1).split()
            while name and fold(name[0]).rstrip(".") in self.lex.title_words | self.lex.honorifics:
                name = name[1:]
            if len(name) >= 2:
                out.add(" ".join(name))
        return out

    @staticmethod
    def _titled_as(title: str, span: str, at: int, full: str) -> bool:
        """Is the name at offset at of span written with this title right before it ('Foreign Minister Tom
        Reyes', 'the Minister of Ports, Tom Reyes') or after it ('Tom Reyes, the minister'), no deputy's?"""
        before = re.search(rf"\b(?i:{re.escape(title)})\b{_TITLE_GAP}$", span[max(0, at - 120):at])
        if before is None:
            before = re.search(rf"\b(?i:{re.escape(title)})\b,[ \t]+$", span[max(0, at - 120):at])
        if before is not None:
            return not _other_holder_before(span, max(0, at - 120) + before.start())
        return re.match(rf",?[ \t]+(?:the[ \t]+)?(?i:{re.escape(title)})\b", span[at + len(full):]) is not None

    @cached_property
    def _sentence_ends(self) -> list[int]:
        """The offsets where the text's sentences and lines end."""
        return [m.end() for m in re.finditer(r"[.!?][\"\u201d\u2019]?\s+|\n", self.text)]

    def _sentence_before(self, pos: int) -> int:
        """Where the sentence before the one holding offset pos opens (its paragraph's start at most one back)."""
        k = bisect_right(self._sentence_ends, pos)
        return self._sentence_ends[k - 2] if k >= 2 else 0

    def _named_before_pronoun(self, start: int, end: int) -> Speaker | None:
        """'Jolby resident Mira Tovey, 71, spent two nights in the hall. "C," she said': a 'he' or 'she'
        refers to the person the text named last before it, outside a quotation (a name that a given
        name, a title, a word for a person or an age shows is a person's, of the pronoun's gender; the
        first so named in its sentence, the subject): in its paragraph or the one before when no
        speaker met so far can be meant; when one can, only a name that opens a sentence of the
        pronoun's paragraph (after at most a description: 'Retired nurse Mira Tovey'), when that
        speaker is not named there. None otherwise."""
        pronoun = fold(self.text[start:end])
        if pronoun == "they":
            return self._singular_they(start)
        if pronoun not in ("he", "she"):
            return None
        known = self.registry.antecedent(pronoun)
        lo = self._paragraph_before(start) if known is None else self.text.rfind("\n", 0, start) + 1
        found = [f for f in self._persons_named(lo, start, pronoun) if not self._inside_quotation(lo, f[0])]
        if not found:
            return None
        first = len(found) - 1
        while first > 0 and not _SENTENCE_STOP.search(self.text, found[first - 1][1], found[first][0]):
            first -= 1  # ('Rep. Ana Lind was for Tom Reyes while he ran, she said': the sentence's subject)
        at, _, name = found[first]
        if known is not None and (not self._opens_sentence(lo, at) or self._surname_given(known.name, lo, start)):
            return None  # ('She met Dr Eva Holm. "C," she said': the speaker met before, still)
        return self.registry.resolve(name, self.people)

    def _unnamed_before_pronoun(self, start: int, end: int) -> Speaker | None:
        """'A former buyer, who asked not to be named, said C. "D," he said': a 'he' or 'she' right after the
        statement of one unnamed person (the last statement, in the pronoun's paragraph or the one before, of
        no gender the text gave otherwise) is that person, when no person is named between them (outside
        quotations); never a named party met further back. None otherwise."""
        pronoun = fold(self.text[start:end])
        last = self.last_attr
        sp = last.speaker if last is not None else None
        if pronoun not in ("he", "she") or sp is None or sp.kind != "person" or not sp.anonymous or sp.plural \
                or sp.head is None or sp.gender not in (None, "m" if pronoun == "he" else "f") \
                or last is None or last.start < self._paragraph_before(start) or last.end > start \
                or not anonymity_request(self.text, last.sentence.start, last.sentence.end):
            return None  # (only one who asked not to be named: 'a loader, who asked not to be identified, said')
        lo = self.text.rfind("\n", 0, start) + 1  # (a quotation is read from the pronoun's paragraph)
        for m in _TITLED_NAME.finditer(self.text, last.end, start):
            named = reading_of(m.group(), self.lex).speaker
            if named is not None and named.kind == "person" and not named.anonymous \
                    and not (m.start() >= lo and self._inside_quotation(lo, m.start())):
                return None  # ('Depot manager Osric Pellham was suspended. "C," he said': the person named since)
        return sp

    def _surname_given(self, name: str, lo: int, hi: int) -> bool:
        """Does text[lo:hi] give the surname of `name`: capitalised ('Ms Holm'), or as the name writes
        it when that is no plain capitalised word ('Ms McDonald', "Mr O'Brien", 'Ms Müller'; never a
        word in capitals, 'KELCO', nor one in lower case)?"""
        parts = name.split()
        written = parts[-1].removesuffix("'s").removesuffix("\u2019s") if parts else ""
        forms = [surname_key(name).capitalize()] + ([written] if written[:1].isupper() and not written.isupper() else [])
        return any(form and form in self.text[lo:hi] for form in forms)

    def _singular_they(self, at: int) -> Speaker | None:
        """'A council officer, who asked not to be named, told the Courier C. "D," they said': a 'they'
        that no group or body met so far can be is the unnamed person who spoke last, in its
        paragraph or the one before, whose gender the text never gave; None otherwise."""
        last = self.last_attr.speaker if self.last_attr is not None else None
        if last is None or self.registry.antecedent("they") is not None or last.kind != "person" \
                or not last.anonymous or last.plural or last.gender or last.head in (None, "speaker") \
                or self.last_attr is None or self.last_attr.start < self._paragraph_before(at):
            return None
        return last

    def _persons_named(self, lo: int, hi: int, pronoun: str) -> list[tuple[int, int, str]]:
        """Where text[lo:hi] names a person the pronoun may be, and the words that name them: a name
        (_person_named), or a surname the text gives in full elsewhere ('Mr. Lind', 'Lind')."""
        found = [(m.start(), m.end(), m.group()) for m in _TITLED_NAME.finditer(self.text, lo, hi)
                 if self._person_named(m.group(), m.start(), m.end(), pronoun)]
        index = self.people.index if found or _CAPITALISED_WORD.search(self.text, lo, hi) else {}
        for m in _CAPITALISED_WORD.finditer(self.text, lo, hi):
            full = index.get(surname_key(m.group()))
            if full and fold(full).split()[-1] == fold(m.group()) and self._person_named(full, -1, -1, pronoun) \
                    and not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), full))
        return sorted(found)

    def _opens_sentence(self, lo: int, at: int) -> bool:
        """Does a name at offset `at` open a sentence of the paragraph starting at lo, after at most
        two words that describe the person ('Retired nurse ', 'Tarn resident ')?"""
        # (read a little past `at`: the stop's look-ahead reads the capital the name opens with)
        stop = max((m.end() for m in _SENTENCE_STOP.finditer(self.text, lo, at + 2) if m.end() <= at), default=lo)
        words = self.text[stop:at].split()
        lex = self.lex
        return len(words) <= 2 and all(
            fold(w) in lex.person_descriptions or fold(w) in lex.occupations or fold(w) in lex.title_words
            if w.islower() else fold(w) in _SKIPPED_OPENERS or w not in _NAME_STOPS and fold(w) not in _SUBJECT_PRONOUNS
            for w in words)

    def _inside_quotation(self, lo: int, at: int) -> bool:
        """Is offset `at` inside a quotation opened after offset lo (its paragraph's start)?"""
        before = self.text[lo:at]
        if "\u201c" in before or "\u201d" in before:
            return before.count("\u201c") > before.count("\u201d")
        return (before.count('"') + before.count("''")) % 2 == 1

    def _person_named(self, words: str, start: int, end: int, pronoun: str) -> bool:
        """Do the capitalised words text[start:end] name a person whom the pronoun may be: a name of
        two words or more (no possessive's: 'Mr. Trump's RT'), of the pronoun's gender, that a given
        name, a title, a word for a person or an age shows is a person's?"""
        sp = reading_of(words, self.lex).speaker
        if sp is None or sp.kind != "person" or sp.anonymous or sp.plural or len(sp.name.split()) < 2 \
                or "'s " in words or "\u2019s " in words \
                or sp.gender is not None and sp.gender != ("f" if pronoun == "she" else "m"):
            return False
        # (a full name the text wrote with a title or a known given name elsewhere is a person's: start -1)
        return bool(sp.gender or sp.role) or start < 0 or self._described_person(start, end)

    def _described_person(self, start: int, end: int) -> bool:
        """Is the name text[start:end] set off as a person's: after a word for one ('resident Mira
        Tovey', 'nurse Ana Lind') or before an age ('Mira Tovey, 71,')?"""
        before = self.text[max(0, start - 30):start].split()[-1:]
        word = fold(before[0]) if before else ""
        return word in self.lex.person_descriptions or word in self.lex.occupations \
            or _AGE_AFTER.match(self.text, end) is not None

    # -- the chain of outlets ----------------------------------------------------------------------
    def _body_by_initials(self, start: int, end: int) -> Speaker | None:
        """'The Atlantic Fisheries Panel said C. The AFP declined to D': initials that an outlet
        goes by ('AFP') are the body the text names whose words they are the initials of, when it
        names one and never the outlet itself."""
        words = clean(self.text[start:end]).split()
        given = _GIVEN_INITIALS.match(self.text, end)
        k = len(words)
        while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in ("of", "and", "for")):
            k -= 1
        name = words[k:] if k == len(words) or words[k] != "The" else words[k + 1:]
        if given is not None and name and "".join(w[0] for w in name if w[:1].isupper()) == given.group(1) \
                and fold(name[0]) not in self.lex.given_names:
            record = self._outlet_named(" ".join(name))
            if record is not None and self._outlet_named(given.group(1)) is self.publisher:
                record = self.publisher  # ('the Northern Broadcasting Service (NBS)' in the copy of an outlet that calls itself NBS)
            if record is not None:
                # 'The Harbour Press Agency (HPA) reports that C': an outlet, by its initials too
                return self._outlet_speaker(record)
            # 'a report of the Office of the Harbour Auditor (OHA) found': the body, by the initials given it
            return self.registry.body(" ".join(name), given.group(1))
        letters = words[-1] if len(words) == 1 or len(words) == 2 and fold(words[0]) == "the" else ""
        if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6):
            return None
        outlet = find_outlet(letters, self.lex, fuzzy=False)
        if outlet is None or fold(outlet["name"]) in fold(self.text):
            return None
        for m in _CAPITALISED_RUN.finditer(self.text):
            run = [w for w in m.group().split() if w[:1].isupper()]
            if run and run[0] == "The":
                run = run[1:]
            if len(run) == len(letters) and "".join(w[0] for w in run) == letters:
                return self.registry.resolve(" ".join(run), self.people)
        return None

    def _defined_initials(self, letters: str) -> str | None:
        return _defined_initials(self.text, letters, self.lex)

    def _body_called_it(self, start: int, end: int) -> Speaker | None:
        """'The Kessler Collective claimed the attack. It said C' / 'Its website said C' / 'The group
        said C': 'it', or a generic noun for a body, is the body the text last made a sentence's
        subject, when no body has spoken before (else the body that spoke last)."""
        mention = reading_of(self.text[start:end], self.lex)  # read, never changed: no copy
        generic = mention.definite and mention.speaker is not None and mention.speaker.head in self.lex.generic_body_heads
        if mention.pronoun != "it" and not generic:
            return None
        clause = self._clause_body(start) if mention.pronoun == "it" else None
        if clause is not None:
            return clause
        spoke = self._body_that_spoke() if mention.pronoun == "it" else None
        if spoke is not None:
            return spoke
        known = self.registry.antecedent("it")
        if known is not None:
            # ('The Kessler Collective said C. The group said D': the group is the body that spoke)
            return known if generic and known.kind == "institution" and not known.anonymous \
                and known.name[:1].isupper() else None  # (a named body: not 'the ministry')
        name = self.institutions.last_subject(start)
        if name is None:
            return None
        sp = self.registry.resolve(name, self.people)
        if sp.anonymous or sp.kind == "media" or sp.kind == "person" and sp.gender is not None:
            return None
        sp.kind = "institution"  # what the text calls 'it' is a body, not a person
        return sp

    def _clause_body(self, start: int) -> Speaker | None:
        """'When the Port Authority of Jolby closed the quay, it said C': an 'it' after a clause that
        opens its sentence is the body named as that clause's subject; None for any other 'it'."""
        stop = self.text.rfind(". ", 0, start)
        line = max(self.text.rfind("\n", 0, start) + 1, stop + 2 if stop >= 0 else 0)
        m = _CLAUSE_SUBJECT.match(self.text, line + len(self.text[line:start]) - len(self.text[line:start].lstrip()), start)
        if m is None or not self.text[m.end():start].rstrip().endswith(",") or m.group(1).split()[0] in _NAME_STOPS:
            return None
        sp = self.registry.resolve(m.group(1), self.people)
        if sp.anonymous or sp.kind not in ("institution", "person") or sp.kind == "person" and (
                sp.gender is not None or sp.role):
            return None
        sp.kind = "institution"  # what the text calls 'it' is a body, not a person
        return sp

    def _credited(self, mention: str, pos: int) -> Speaker | None:
        """The speaker of a mention that credits an outlet: its report ('a report in the Gazette',
        'a new report': the outlet named, else the one the text names nearest), its reporter
        ('KBN News' Dana Whitfield': a credit, so a medium speaking) or its source ('the Gazette's
        source'); None for any other mention."""
        found = credit(mention, self.lex)
        if found is None:
            return None
        letters = found.outlet if found.kind == "report" and found.outlet else ""
        body = self._defined_initials(letters) if letters else None
        if body is not None:
            return self.registry.body(body, letters)  # 'the OHA report': the auditor's
        record = self._outlet_named(found.outlet) if found.outlet else None
        if record is None and found.kind == "source" and found.rest and self._names_itself(
                found.outlet or " ".join(re.findall(r"\w+", self.text[pos + len(mention):pos + len(mention) + 40])[:2])):
            return self.registry.resolve(found.rest, self.people)  # ('pilots close to the ferry board consulted by | this paper')
        if found.kind == "report":
            if found.outlet and record is None:
                return None  # 'a Pentagon report': an issuer, not an outlet
            record = record or self._outlet_near(pos)
            return self._outlet_speaker(record) if record is not None else None
        if record is None or found.rest is None:
            return None
        sp = self.registry.resolve(found.rest, self.people)
        if found.kind == "reporter" and sp.kind == "person" and not sp.anonymous:
            # the outlet's journalist: a commentator of the events, who speaks through the outlet
            sp.outlet = record
            sp.role = sp.role or f"{record['name']} reporter"
        return sp

    def _figure_source(self, frame: Frame, credited: Speaker) -> Speaker | None:
        """'County officials put the toll at 21, according to a report in the Chronicle': the officials
        gave the figure the outlet's report carries, so they speak, through that outlet (the frame's
        speaker and outlet words become theirs and the outlet's); None for any other content."""
        if credited.kind != "media" or credited.outlet is None or not frame.contents or frame.speaker is None:
            return None
        content = frame.contents[0]
        m = _FIGURE.match(self.text, content.start, content.end)
        sp = self._source(self.registry.resolve(m.group(1), self.people)) if m else None
        if sp is None or m is None:
            return None
        at = self.text.find(credited.name, frame.speaker[0], frame.speaker[1])
        frame.outlet = (at, at + len(credited.name)) if at >= 0 else None
        frame.speaker = m.span(1)
        return sp

    def _outlet_named(self, words: str) -> dict | None:
        """The outlet these words name ('The Harbour Gazette', 'the Post', 'Axios'), if they name one."""
        return self.outlets.named(words, lenient=False, publisher=self.publisher)

    def _outlet_speaker(self, record: dict) -> Speaker:
        return self.publisher_speaker if record is self.publisher and self.publisher_speaker is not None \
            else self.registry.outlet(record)

    def _outlet_near(self, pos: int) -> dict | None:
        """The outlet 'the report' or 'a new report' belongs to: the last other than the publisher the
        text named, else the first it names after pos."""
        found = next((o for o in reversed(self.outlets.recent) if o is not self.publisher), None)
        if found is None:
            publisher = _outlet_key(self.publisher["name"]) if self.publisher else None
            hit = next((o for at, o in self.outlets.mentions if at > pos and _outlet_key(o["name"]) != publisher), None)
            return self.outlets.get(hit) if hit is not None else None
        return found

    def _chain(self, frame: Frame, sp: Speaker | None, outlet: dict | None) -> tuple[Speaker | None, dict | None, list[dict]]:
        """The speaker, outlet and `via` of a frame's claims once its credits are read: 'the
        Gazette's source' spoke through the Gazette; 'Axios reported, citing the Post' makes the Post
        the speaker and Axios a relay; 'the Gazette reported, citing an official' makes the official
        the speaker and the Gazette the outlet."""
        text = self.text
        report = self._report_referred(frame)
        if report is not None:
            return report.speaker, report.outlet, list(report.via)
        if frame.speaker and outlet is None and sp is not None and sp.kind != "media":
            found = credit(text[frame.speaker[0]:frame.speaker[1]], self.lex)
            if found is not None and found.kind == "source" and found.outlet:
                outlet = self._outlet_named(found.outlet)
        span = frame.cited or chains_cited(text, frame.attribution_spans)
        if span is None and frame.speaker:
            span = cited_before(text, frame.speaker[0])  # 'Citing two officials, the Gazette reported C'
        if span is None and frame.contents and _CITING_AFTER.match(text, frame.contents[-1].end):
            # 'Reuters reported C, citing two engineers.': whom the outlet cites follows its content
            span = chains_cited(text, [(frame.contents[-1].end, min(len(text), frame.contents[-1].end + 200))])
        if span is not None and sp is not None and sp.outlet is None and frame.speaker is not None:
            sp = self._citing_outlet(frame, sp)
        if span is None or sp is None or sp.outlet is None or sp.anonymous or frame.nested:
            return sp, outlet, []
        relay = outlet or (self.outlets.get(sp.outlet) if sp.outlet else None)
        words = text[span[0]:span[1]]
        target = self._credited(words, span[0])
        if target is None:
            record = self._outlet_named(words)
            target = self._outlet_speaker(record) if record is not None else None
        if target is not None and target.kind == "media" and not target.anonymous and target.outlet is not None:
            first = self.outlets.get(target.outlet) if target.outlet is not self.publisher else self.publisher
            return target, first, [relay] if relay is not None and relay is not first else []
        if target is None and record_named(words, self.lex) is None \
                and records_by_head([fold(w) for w in words.split()], self.lex):
            return sp, outlet, []  # ('X, citing customs permits, said C': evidence no issuer is named for, X's)
        source = self._source(target or self.registry.resolve(words, self.people))
        return (source, relay, []) if source is not None else (sp, outlet, [])

    def _citing_outlet(self, frame: Frame, sp: Speaker) -> Speaker:
        """'The Courier reported late on Friday, citing three officials briefed on the audit, that C': a name
        with its article that reports and cites its sources is a news outlet, listed or not (a
        person, a titled speaker or a named body reports no scoop of others' words)."""
        assert frame.speaker is not None
        mention = self.text[frame.speaker[0]:frame.speaker[1]]
        if not frame.speaker_is_outlet or sp.kind != "person" or sp.anonymous or sp.role or sp.gender is not None \
                or _ARTICLE_NAME.fullmatch(mention) is None:
            return sp
        return self._outlet_speaker(self.outlets.get({"name": mention, "country": None}))

    def _scoop_outlet(self, frame: Frame, sp: Speaker | None) -> Speaker | None:
        """'Kelvo Dagblad, which first reported the leak, reported on Monday that C': a name a relative clause
        credits with first reporting a story is a news outlet, listed or not (a person, a titled speaker, an unnamed
        one or a body named by its noun is none: 'The Velm Health Department, which first reported the outbreak')."""
        if frame.speaker is None or not credited_first(self.text, frame.speaker[1]) or sp is None \
                or sp.kind not in ("person", "institution") or sp.anonymous or sp.role or sp.head \
                or sp.gender is not None or sp.outlet is not None or not sp.name[:1].isupper():
            return sp
        return self._outlet_speaker(self.outlets.get({"name": sp.name, "country": None}))

    def _report_referred(self, frame: Frame) -> _Claim | None:
        """The relayed claim whose report 'according to the report' refers back to: the last claim,
        within REPORT_WINDOW claims, that an outlet other than the publisher carried ('The Gazette
        reported, citing officials, that C. According to the report, D': D is the officials', through
        the Gazette, as C is); None for any other mention."""
        if frame.speaker is None or frame.nested or self.last_report is None:
            return None
        at, claim = self.last_report
        if len(self.claims) - at > REPORT_WINDOW or not refers_to_report(
                self.text[frame.speaker[0]:frame.speaker[1]], self.lex):
            return None
        return None if self._earlier_version(frame) else claim  # ('this article previously said C': the publisher's)

    def _names_itself(self, mention: str) -> bool:
        """Does the publisher name itself: 'this newspaper', 'this paper', 'this station', its short name
        ('TODAY has learned' in TODAY in Tarnland's copy), or its name and a desk's ('Ledger Sport' in the
        Ledger's own copy)?"""
        words = clean(mention).split()
        if _self_named(mention, self.lex) or self.publisher is not None and mention[:1].isupper() \
                and _publisher_short_name(clean(mention), self.publisher, self.lex):
            return True
        if words and fold(words[0]) == "the":
            words = words[1:]
        keys = self._own_keys
        if words and words[0][:1].isupper() and _outlet_key(" ".join(words)) in keys:
            return True  # ('KNA has learned' in KNA's own dispatch, whatever its initials could be read as)
        return len(words) >= 2 and words[-1][:1].isupper() and words[-1][1:].islower() \
            and _outlet_key(" ".join(words[:-1])) in keys

    @cached_property
    def _own_keys(self) -> frozenset[str]:
        """The publisher's name and aliases as outlet keys (_outlet_key), made once a document."""
        names = [self.publisher["name"], *self.publisher.get("aliases", [])] if self.publisher else []
        return frozenset(map(_outlet_key, names))

    def _source(self, sp: Speaker, introduced: bool = False) -> Speaker | None:
        """sp, or None when it is no source: a document, a thing, a figure, an adjective, or a single
        capitalised word the text never writes inside a sentence ('Once', 'Chastened'). The claim
        keeps the words that referred to it."""
        one_word = sp.kind == "person" and not sp.anonymous and " " not in sp.name and not sp.aliases
        if not_a_source(sp, self.lex) or (one_word and not sp.name.isupper() and not _CAMEL.search(sp.name)
                                           and not introduced and not self._written_as_name(sp.name)) \
                or (one_word and self._written_as_place(sp.name)):
            self.registry.forget(sp)
            return None
        return sp

    def _name_saying(self, frame: Frame, mention: str) -> bool:
        """Is the mention one capitalised word right before a plain verb of saying ('Dorn said C', a surname the
        text never introduced: a second article's paragraph, or a name its readers know), no opening word?"""
        cue = frame.cue
        return cue is not None and cue.hint == "neutral" and not cue.mental and frame.cue_start is not None \
            and frame.speaker is not None and not self.text[frame.speaker[1]:frame.cue_start].strip() \
            and mention.isalpha() and mention[:1].isupper() and mention.lower() not in DETERMINERS \
            and fold(mention) not in self.lex.openers and mention not in self.lex.not_names

    def _written_as_place(self, word: str) -> bool:
        """Does the text write word as a place: after 'in' or 'near', before a place noun, or as its
        dateline ('Wrenby handles a third of the grain' after 'ships queued in Wrenby', 'the Wrenby
        port', 'WRENBY, England --')?"""
        key = "\0place " + word
        if key not in self.names_inside:
            self.names_inside[key] = _written_as_place(self.text, word, self.lex)
        return self.names_inside[key]

    def _written_as_name(self, word: str) -> bool:
        """Does the text write word capitalised after another word of its sentence, as a name is?"""
        if word not in self.names_inside:
            self.names_inside[word] = _written_after_word(self.text, word) or (
                word.lower() not in DETERMINERS and fold(word) not in self.lex.openers
                and word not in self.lex.not_names and _opens_with_verbs(self.text, word))
        return self.names_inside[word]

    def _frame_claims(self, r: _Reading, frame: Frame, sp: Speaker | None, made: list[_Claim]) -> None:
        """One claim per content piece of the frame (a quotation of several sentences gives one
        each), appended to made."""
        text = self.text
        sp = self._scoop_outlet(frame, sp)
        claim_outlet = _frame_outlet(text, frame, sp, self.outlets, self.publisher)
        sp, claim_outlet, via = self._chain(frame, sp, claim_outlet)
        before = made[-1] if made else _last_top_level(self.claims)
        stated = self._stated_on(r, frame, sp, made)
        if claim_outlet is None and sp is not None and before is not None and before.speaker is sp \
                and not frame.nested and not (frame.speaker and self._document_nouns(*frame.speaker)
                                              and self._record_named_again(*frame.speaker) is None) \
                and not self._turn_left(before, r.sent):
            # the same speaker goes on: "The agency also confirmed ..." keeps the medium, and so does
            # 'the report' cited again (another record of the speaker's reaches the reader through
            # none: 'the county's results showed')
            claim_outlet = self._kept_outlet(before, stated)
        withdrawn = self._quoted_before(frame)  # ('An earlier version of this article quoted X as saying C')
        cue_span = (frame.cue_start, frame.cue_end) if frame.cue_start is not None and frame.cue_end is not None \
            else None
        first = len(made)
        pieces = [(c.form, piece) for c in frame.contents
                  for piece in (_quoted_sentences(text, c.start, c.end) if c.form == "direct" else [(c.start, c.end)])]
        for form, (s, e) in pieces:
            s, e = _trim(text, s, e)
            if s >= e:
                continue
            claim = _Claim(
                start=s, end=e, sentence=r.sent, speaker=sp, speaker_span=frame.speaker, outlet=claim_outlet,
                via=via, cue=frame.cue_text, cue_span=cue_span, form=form,
                stated_on=stated if not frame.nested else _stated_date_in(
                    text, r.date_values, frame.attribution_spans, frame.contents, frame.speaker),
                event_on=r.event_on(s, e),
                kind=classify(text[s:e], hint=frame.hint or (frame.cue.hint if frame.cue else None), **_about(sp)),
            )
            claim.stance = self._stance(frame, text[s:e], form)
            if frame.contradicts_previous and made:
                claim.links.append((len(self.claims) + len(made) - 1, "contradicts"))
            claim.nested = frame.nested
            if claim.nested and claim.outlet is None:
                container = next((m for m in reversed(made[-5:]) if m.start <= claim.start < m.end), None)
                claim.outlet = container.outlet if container else None
            made.append(claim)
            if withdrawn:
                made.append(self._publisher_withdrawal(r, frame, claim, len(self.claims) + len(made)))
        last = bool(made) and made[-1].stance != "asserts" and (frame.report_object in ("noun", "verdict") or bool(
            false_story_match(self.lex, text, made[-1].start, made[-1].end)) or made[-1].stance == "retracts" and bool(
            self.lex.owned_error.match(text, made[-1].start, made[-1].end)))  # ('said its first figure was wrong')
        if last:
            self._answer_report(made, r)
        if not last and made and made[-1].stance == "declines_to_confirm" and frame.stance_object \
                and frame.report_object is None:
            self._answer_thing(made, r)
        for k in range(first, len(made) - last):
            if made[k].stance == "denies" and (self._calls_that_false(made[k]) or self.lex.false_story.match(
                    text, made[k].start, made[k].end)) or made[k].stance == "retracts" and not frame.report_object \
                    and self._withdraws_own(text[made[k].start:made[k].end], made[k].form):
                # ('said the story was false and that C2'; '"I was wrong about the toll," he said')
                self._answer_report(made[:k + 1], r)  # '"That is not true. We never ...," he said'
            self._points_back(made, k, r, frame.report_object == "false_clause")
        if frame.appended is not None:
            s0, e0 = _trim(text, *frame.appended)
            if s0 < e0:
                made.append(self._publisher_claim(r, s0, e0))
        if sp is not None and not frame.nested:
            sp.last_sentence = self.sentence_no
            sp.last_outlet = claim_outlet["name"] if claim_outlet else None
            sp.last_stated = stated

    def _turn_left(self, before: _Claim, sent: Sentence) -> bool:
        """Is `before` a claim of a transcript's turn and `sent` a sentence of the writer's prose after it ('Celia
        Marrow, Chief Elections Officer: A.' then 'She denied that C'): the prose tells of her again, through no
        medium the turn was said to?"""
        return self.transcript.turn(before.sentence.block) is not None and self.transcript.turn(sent.block) is None

    @staticmethod
    def _kept_outlet(before: _Claim, stated: str | None) -> dict | None:
        """The outlet a speaker's next statement keeps from the one before it ('X told the Courier that
        C. "D," she said': the Courier): none when she spoke on another day ('told the Courier on Monday
        that C. On Friday she said D': another occasion, whose medium the text does not name)."""
        if stated and before.stated_on and not (stated.startswith(before.stated_on)
                                                or before.stated_on.startswith(stated)):
            return None
        return before.outlet

    def _quoted_before(self, frame: Frame) -> bool:
        """Whether the frame is a quotation the document printed before and its correction takes
        back: the outlet that quoted the speaker is the document's own earlier version ('An earlier
        version of this article quoted X as saying C', 'A previous version of this story misquoted
        X as saying C')."""
        if frame.outlet is None or frame.nested or self.publisher is None:
            return False
        m = self.lex.earlier_version.fullmatch(self.text, frame.outlet[0], frame.outlet[1])
        return m is not None and (re.search(r"\sof\s", m.group()) is not None or self._after_notice(frame.outlet[0]))

    def _publisher_withdrawal(self, r: _Reading, frame: Frame, quote: _Claim, index: int) -> _Claim:
        """The publisher's withdrawal (at `index`) of the quotation `quote` its earlier version
        printed: the same words, stance retracts, its speaker words the earlier version's; the
        quotation is contradicted by it (the rules then mark it retracted)."""
        quote.links.append((index, "contradicts"))
        return _Claim(start=quote.start, end=quote.end, sentence=r.sent, speaker=self.publisher_speaker,
                      speaker_span=frame.outlet, outlet=self.publisher, cue=quote.cue, cue_span=quote.cue_span,
                      form="indirect", stated_on=self.published_on, event_on=quote.event_on, kind=quote.kind,
                      stance="retracts")

    def _earlier_version(self, frame: Frame) -> bool:
        """Whether the frame's speaker is the document's own earlier version ('An earlier version of
        this story said C'): the publisher's correction withdrawing C."""
        if frame.speaker is None:
            return False
        m = self.lex.earlier_version.fullmatch(self.text, frame.speaker[0], frame.speaker[1])
        if m is not None:
            return re.search(r"\sof\s", m.group()) is not None or self._after_notice(frame.speaker[0])
        return self._own_correction(frame)

    def _own_correction(self, frame: Frame) -> bool:
        """'Correction: We said earlier that C', '14:10 Correction: We reported that C' (the
        document's writers in a correction notice), 'This post previously said C' (the document
        itself, with an adverb of time gone by): the publisher takes back what it said (cues.json
        denials.correction_writers, correction_documents, correction_labels, correction_adverbs)."""
        assert frame.speaker is not None
        words = self.text[frame.speaker[0]:frame.speaker[1]]
        who = fold(words)
        itself = self.publisher is not None and (self._names_itself(words) or self.outlets.referred(
            words, frame.speaker[0]) is self.publisher)  # ('Correction: On 4 May, the Ledger wrote that C')
        if frame.nested or who not in self.lex.correction_writers and who not in self.lex.correction_documents \
                and not itself:
            return False
        stop = frame.contents[0].start if frame.contents else frame.speaker[1]
        if who in self.lex.correction_documents and set(
                fold(self.text[frame.speaker[1]:stop]).split()) & self.lex.correction_adverbs:
            return True
        start = self.text.rfind("\n", 0, frame.speaker[0]) + 1
        notice = _NOTICE_RE.match(self.text, entry_time_end(self.text, start, frame.speaker[1]), frame.speaker[1])
        # ('Correction: We reported that C'; 'Correction: In our edition of Monday, we wrote that C', 'Correction: In
        # an article published on 4 May, the Ledger stated that C': the edition or article it names opening the notice)
        return notice is not None and fold(notice.group(1)).rstrip(".") in self.lex.correction_labels \
            and (notice.end() == frame.speaker[0]
                 or _CORRECTED_EDITION.fullmatch(self.text, notice.end(), frame.speaker[0]) is not None)

    def _after_notice(self, at: int) -> bool:
        """Whether a bare 'An earlier version' at `at` is the document's own: it opens its paragraph,
        follows a notice label ('Correction: An earlier version said C') or a note that the article
        was updated; inside other prose it may be a draft's or a treaty's."""
        start = self.text.rfind("\n", 0, at) + 1
        before = self.text[start:at]
        notice = _NOTICE_RE.match(self.text, start, at)
        return not before.strip() or (notice is not None and fold(notice.group(1)).rstrip(".") in self.lex.notice_labels) \
            or any(note in fold(before) for note in self.lex.correction_notes)

    def _stance(self, frame: Frame, content: str, form: str = "indirect") -> str:
        """denies ('denied C', 'dismissed reports that C', '"This story is false"', 'called the story
        false', 'said the firm disputes the findings'), declines_to_confirm ('did not confirm C', 'said
        it could not comment until C'), retracts ('retracted C', 'An earlier version of this story said
        C'), else asserts."""
        cue = frame.cue
        if self._earlier_version(frame):
            return "retracts"
        if cue is not None and cue.negation:  # ('did not deny C' asserts; 'would neither confirm nor deny C' declines)
            return "asserts" if "deny" in cue.words and "confirm" not in cue.words else "declines_to_confirm"
        if cue is not None and cue.lemma in self.lex.retraction_verbs:
            return "retracts"
        if cue is not None and (cue.lemma in self.lex.denial_verbs or frame.report_object in ("verdict", "false_clause") or (
                cue.hint == "contradiction" and frame.report_object is not None)):
            return "denies"
        if self.lex.refusal.match(content) or self.lex.too_early.match(content) or self._declines_telling(frame, content, form):
            return "declines_to_confirm"  # '"I won't comment on C," she said', 'said it was too early to say'
        if self._withdraws_own(content, form) and self._own_pronoun(frame, content, form):
            return "retracts"  # '"I withdraw that remark," she said', 'said he had been wrong about the figure'
        if cue is not None and not cue.negation and cue.hint != "contradiction" and (
                form == "indirect" or _FIRST_PERSON_OPENING.match(content)):
            # 'said it could not comment until C', 'said the brewery firmly disagrees with the report',
            # '"We dispute the report," she said': the speaker's side declining or denying
            if self.lex.reported_refusal.match(content):
                return "declines_to_confirm"
            if self.lex.reported_denial.match(content):
                return "denies"
        return "denies" if false_story_match(self.lex, content) or false_pronoun_fullmatch(self.lex, content) else "asserts"

    def _declines_telling(self, frame: Frame, content: str, form: str) -> bool:
        """Whether a cue and the content after it refuse to tell ('declined to discuss the sale',
        'refused' + 'to identify the buyer', 'would not elaborate on the terms'; cues.json
        denials.declined_telling), not to do something else ('refused to endorse her')."""
        if form == "direct" or not frame.cue_text:
            return False
        m = self.lex.declined_telling.search(f"{frame.cue_text} {content}")
        return m is not None and m.start() < len(frame.cue_text)  # (the cue refuses: not 'said' + 'by refusing to say')

    def _withdraws_own(self, content: str, form: str) -> bool:
        """Whether a content is its speaker taking back what it said ('I withdraw it', 'We retract
        this estimate', 'I was wrong about the tonnage' quoted; 'he had been wrong about the
        figure' reported)."""
        pattern = self.lex.own_withdrawal if form == "direct" else self.lex.reported_withdrawal
        return pattern.match(content) is not None

    def _own_pronoun(self, frame: Frame, content: str, form: str) -> bool:
        """Can a reported admission's pronoun be its speaker ('Ana Holt said she had been wrong', 'the
        board said it had been wrong'), not others ('Ana Holt said they were wrong', 'the inspectors
        said she was wrong': a view of someone else's error, no withdrawal of the speaker's own)?"""
        words = fold(content).split()
        if form == "direct" or frame.speaker is None or not words:
            return True
        words[0] = self.lex.possessed_by.get(words[0], words[0])  # ('said its figure was wrong': the figure of 'it')
        sp = reading_of(self.text[frame.speaker[0]:frame.speaker[1]], self.lex).speaker
        if sp is None:
            return True
        if words[0] in ("he", "she"):
            return sp.kind == "person" and not sp.plural and sp.gender in (None, "f" if words[0] == "she" else "m")
        if words[0] == "they":
            return sp.plural or sp.kind != "person"
        return words[0] != "it" or sp.kind != "person"

    def _withdrawn_topic(self, claim: _Claim) -> frozenset[str]:
        """The words by which a speaker's admission names what it was wrong about ('I was wrong about
        the leak' -> leak), up to a clause break; none for a statement noun ('wrong about the tally')
        or a withdrawal of 'it', 'this estimate'."""
        if claim.stance != "retracts" or claim.form not in ("direct", "indirect"):
            return frozenset()
        start, end = claim.words or (claim.start, claim.end)
        pattern = self.lex.own_withdrawal if claim.form == "direct" else self.lex.reported_withdrawal
        m = pattern.match(self.text, start, end)
        if m is None or not fold(m.group()).endswith("about"):
            return frozenset()
        stop = _TOPIC_END.search(self.text, m.end(), end)
        words = {fold(w) for w in _ANY_WORD.findall(self.text, m.end(), stop.start() if stop else end)}
        return frozenset(w for w in words if len(w) > 3 and w not in _TOPIC_STOP and w not in self.lex.denial_objects
                         and w not in self.lex.withdrawn_statements)

    def _recent(self, made: list[_Claim]) -> list[tuple[int, _Claim]]:
        """The last REPORT_WINDOW claims of the document and the sentence's claims before the last
        of `made`, each with its index among all claims: where a denial's report is looked for."""
        n = len(self.claims)
        return [(i, self.claims[i]) for i in range(max(0, n - REPORT_WINDOW), n)] + \
            [(n + i, c) for i, c in enumerate(made[:-1])]

    def _answer_report(self, made: list[_Claim], r: _Reading) -> None:
        """'The company denied the report', '"This story is false"', 'X also rejected the assertions',
        'the ministry withdrew the statement' (the last of `made`): what is denied or withdrawn is
        what the report answered says, so the claim takes that report's content and contradicts its
        claims. The report is the nearest earlier claim (within REPORT_WINDOW claims) of another
        source (of the same source, for a withdrawal), or the proposition of an earlier denial
        ('X denied C. Y also rejected the assertions'); else a later claim of the sentence ('withdrew
        a statement in which it said that C', see `_answer_later`). A claim that would repeat an
        earlier one of its speaker word for word is dropped; with no report found, the claim keeps
        its words."""
        claim = made[-1]
        earlier = self._recent(made)
        since = self._section_start(claim.start)
        answering = [(i, c) for i, c in reversed(earlier) if self._answers(claim, c) and c.start >= since
                     and not (c.sentence is claim.sentence and self._seconds(claim, c))]
        named_outlets = self._outlets_in(claim.start, claim.end) if claim.stance != "retracts" else set()
        if named_outlets:
            # 'said the report in the Morrow Courier was wrong': that outlet's report, none other
            answering = [(i, c) for i, c in answering if c.outlet is not None and _outlet_key(c.outlet["name"]) in named_outlets]
        elif claim.stance != "retracts" and self._names_media_report(claim):
            # 'called the story "lies"': what another outlet reported, when the text relays its
            # reporting, not a friend's defence of the denier told to the publisher
            answering = [(i, c) for i, c in answering if self._outlets_reporting(c)] or answering
        topic = self._report_topic(claim) or self._withdrawn_topic(claim)
        if claim.stance == "retracts" and self.lex.owned_error.match(self.text, claim.start, claim.end):
            topic -= self.lex.owned_error_which  # ('its first figure was wrong': which of its statements)
        if topic:
            # 'rejected claims of a smuggling ring': only a claim naming what the denial names answers it
            answering = [(i, c) for i, c in answering if _names_topic(self.text, c, topic)]
        if claim.stance != "retracts" and self._report_noun(claim) in self.lex.figure_objects:
            # 'The union said 400 were laid off. The ministry did not confirm the figure': only a claim
            # giving a number, not whatever was said last
            answering = [(i, c) for i, c in answering if _gives_number(self.text, c)]
        if claim.stance == "retracts" and self._withdraws_the_last(claim):
            # 'The company had said C. Kurose withdrew that statement': the statement just told in its
            # paragraph, whoever gave it (the source's own body, or its other name), not the
            # withdrawer's own last claim; in a paragraph of its own, the withdrawer's last claim
            since = self.text.rfind("\n", 0, claim.start) + 1
            answering = [(i, c) for i, c in reversed(earlier) if since <= c.start < claim.start and not c.repeated
                         and c.stance == "asserts" and c.form != "unattributed" and c.speaker is not None][:1] \
                or answering
        if self._calls_that_false(claim) or claim.points_back:
            # '"That is simply not true," the spokesman said', '"I can't confirm it," she said': what
            # was said just before it, in its paragraph or the one before
            since = self._paragraph_before(claim.start)
            answering = [(i, c) for i, c in answering if c.start >= since][:1]
        named = self._naming(claim.speaker, answering) if claim.stance != "retracts" else []
        # 'X, chairman of the club, rejected the claims': the nearest claims about X's side, not a
        # casualty figure told just before
        found = named[0] if named else next(iter(answering), None)
        claim.words = (claim.start, claim.end)
        if found is None:
            claim.open_report = True
            return
        if any(c.speaker is claim.speaker and c.stance == claim.stance and (c.start, c.end) == (found[1].start, found[1].end)
               for _, c in earlier):
            claim.repeated = True  # '"This story is false," she said' after her denial of the story says it again
            return
        if claim.stance == "denies" and named and answering and named[0] is not answering[0] \
                and not (named_outlets or topic or self._calls_that_false(claim) or claim.points_back):
            claim.choice = _ReportChoice([c for _, c in answering], [c for _, c in earlier], r)
        self._take_report(claim, len(self.claims) + len(made) - 1, found, earlier, r)

    def _seconds(self, claim: _Claim, other: _Claim) -> bool:
        """Whether a denial of 'the claim' joins `other`, a rejection told before it in its sentence
        ('X told AFP there had been no change, and Y has also rejected the claim'; 'also' right before
        its cue): that other rejection (a denial, or words with one of grammar.json's negators) is not
        the report both answer. An accusation before it is ('X said the plant dumped slag, and the
        company has also denied the claim')."""
        if claim.stance != "denies" or claim.cue_span is None:
            return False
        before = _ANY_WORD.findall(self.text, max(0, claim.cue_span[0] - 20), claim.cue_span[0])
        if not (before and fold(before[-1]) == "also"):
            return False
        return other.stance != "asserts" or any(
            fold(w).replace("’", "'") in _NEGATORS for w in _WORD_OR_NOT.findall(self.text, other.start, other.end))

    def _withdraws_the_last(self, claim: _Claim) -> bool:
        """Whether a withdrawal's object is a demonstrative and a statement noun ('withdrew that
        statement', 'retracted this claim', 'withdrew those remarks'; not a thing shown, 'removed those
        videos'): it points at the statement the text has just told."""
        at = claim.cue_span[1] if claim.cue_span else claim.start
        words = [fold(w) for w in _ANY_WORD.findall(self.text, at, min(claim.end, at + 60))][:4]
        return bool(words) and words[0] in _DEMONSTRATIVES and any(w in self.lex.withdrawn_statements for w in words[1:])

    def _section_start(self, at: int) -> int:
        """Where the page's item holding offset `at` starts: after the last section break line before
        it ('___' between the entries of a page of updates), else 0."""
        breaks = [m.end() for m in _SECTION_BREAK.finditer(self.text, 0, at)]
        return breaks[-1] if breaks else 0

    def _report_noun(self, claim: _Claim) -> str | None:
        """The first of a denial's words that names the report it answers ('the figure', 'the claims'), folded."""
        words, at = self._report_words(claim)
        return None if at is None else words[at][1]

    def _report_words(self, claim: _Claim) -> tuple[list[tuple[int, str]], int | None]:
        """A denial's own words (offset, folded) and the index of the first that names the report it answers
        (one of cues.json's denial objects: 'the figure', 'the claims'), else None."""
        start, end = claim.words or (claim.start, claim.end)
        words = [(m.start(), fold(m.group())) for m in _ANY_WORD.finditer(self.text, start, end)]
        return words, next((n for n, (_, w) in enumerate(words) if w in self.lex.denial_objects), None)

    def _report_topic(self, claim: _Claim) -> frozenset[str]:
        """The content words by which a denial's own words name what the report it answers said:
        the words before its report noun ('the fee report') and after one of cues.json's
        denials.topic_preps after it, up to a verdict, quotation or clause break ('claims of a
        smuggling ring at the depot as "a fiction"' -> smuggling, ring, depot); none for a bare 'the
        report', 'the charge', 'that story'."""
        end = (claim.words or (claim.start, claim.end))[1]
        words, at = self._report_words(claim)
        if at is None:
            return frozenset()
        # (lower-case words only before the noun: 'the Courier story', "the critic's assertions" name
        # whose report it is, not what it said)
        named = [words[at][1]] if words[at][1] in self.lex.artefacts else []  # ('the photo': a claim naming a photo)
        for pos, w in reversed(words[max(0, at - 2):at]):  # the modifiers right before the noun, at most two
            if not self.text[pos].islower() or w in _TOPIC_STOP or self.text[pos + len(w):pos + len(w) + 1] in "'’":
                break
            named.append(w)
        if at + 1 < len(words) and words[at + 1][1] in self.lex.topic_preps:
            stop = _TOPIC_END.search(self.text, words[at + 1][0], end)
            named += [w for pos, w in words[at + 2:] if pos < (stop.start() if stop else end)]
        return frozenset(w for w in named if len(w) > 3 and w not in _TOPIC_STOP and not w.isdigit() and (
            w not in self.lex.denial_objects or w in self.lex.artefacts))

    def _answer_thing(self, made: list[_Claim], r: _Reading) -> None:
        """'would not confirm the order' after 'X said the board had ordered the arena closed': a
        non-confirmation of a thing named by a definite noun (the last of `made`) answers the
        nearest earlier claim of another source (within REPORT_WINDOW claims) whose words name it
        (a word opening with the noun's stem: 'ordered'); with none, it keeps its words."""
        claim = made[-1]
        m = _DEFINITE_THING.fullmatch(self.text, claim.start, claim.end)
        if m is None:
            return
        head = fold(m.group(1))
        stem = head[:max(4, len(head) - 2)]
        earlier = self._recent(made)
        since = self._section_start(claim.start)
        for i, c in reversed(earlier):
            if c.stance == "asserts" and c.start >= since and self._answers(claim, c) and any(
                    fold(w).startswith(stem) for w in _ANY_WORD.findall(self.text, c.start, c.end)):
                claim.words = (claim.start, claim.end)
                self._take_report(claim, len(self.claims) + len(made) - 1, (i, c), earlier, r)
                return

    def _calls_that_false(self, claim: _Claim) -> bool:
        """Whether a claim's words are a whole verdict of falsehood on what came before ('That is
        simply not true'; cues.json denials.pronoun_subjects)."""
        if claim.calls_false is None:  # asked up to three times a claim, read once (its own words stay)
            span = claim.words or (claim.start, claim.end)
            claim.calls_false = false_pronoun_fullmatch(self.lex, self.text, *span) is not None
        return claim.calls_false

    def _paragraph_before(self, at: int) -> int:
        """Where the paragraph before the one holding offset `at` starts."""
        start = self.text.rfind("\n", 0, at)
        while start > 0 and not self.text[self.text.rfind("\n", 0, start) + 1:start].strip():
            start = self.text.rfind("\n", 0, start)  # (blank lines between paragraphs)
        return self.text.rfind("\n", 0, max(start, 0)) + 1

    def _outlets_reporting(self, c: _Claim) -> bool:
        """Whether a claim is another outlet's reporting: the outlet's own words ('the Courier
        reported C') or its unnamed sources', never what a named party told it."""
        return c.outlet is not None and c.outlet is not self.publisher and c.speaker is not None \
            and (c.speaker.kind == "media" or c.speaker.anonymous)

    def _names_media_report(self, claim: _Claim) -> bool:
        """Whether a denial's own words name what an outlet publishes ('the story', 'the reporting':
        cues.json media_reports)."""
        return not self.lex.media_reports.isdisjoint(fold(w) for w in _ANY_WORD.findall(self.text, claim.start, claim.end))

    def _outlets_in(self, start: int, end: int) -> set[str]:
        """The outlets other than the publisher that the words text[start:end] name, by key."""
        own = _outlet_key(self.publisher["name"]) if self.publisher else None
        return {key for at, o in self.outlets.mentions if start <= at < end
                for key in [_outlet_key(o["name"])] if key != own}

    def _quoted_denials(self, made: list[_Claim], r: _Reading) -> list[_Claim]:
        """A quoted sentence of a source that calls a report false ('"There are no plans," a
        spokesman said. "The report in the Morrow Courier is wrong."'): a denial of that report."""
        for k, claim in enumerate(made):
            if claim.stance != "asserts" or claim.speaker is None:
                continue
            if claim.form == "direct" and claim.speaker is not self.publisher_speaker \
                    and self.lex.refusal.match(self.text, claim.start, claim.end):
                claim.stance = "declines_to_confirm"  # 'MARRASK: I won't comment on C'
                self._points_back(made, k, r)
                continue
            if self._points_back(made, k, r):
                continue  # '"But the report that C is false."'
            if claim.form == "direct" and claim.speaker is not self.publisher_speaker \
                    and (false_story_match(self.lex, self.text, claim.start, claim.end) or self._calls_that_false(claim)) \
                    or claim.form == "unattributed" and claim.speaker is self.publisher_speaker \
                    and self._calls_that_false(claim):
                claim.stance = "denies"
                self._answer_report(made[:k + 1], r)
                if claim.speaker is self.publisher_speaker and claim.words is not None:
                    self._verdict_words(claim, claim.words)
        return made

    def _points_back(self, made: list[_Claim], k: int, r: _Reading, clause: bool = False) -> bool:
        """A stance of `made[k]` that points back at what came before (pointing.py): its speaker's own
        refusal to confirm a pronoun ('"I can't confirm it," she said') answers the claim just said
        before it; a denial of a report's proposition given in its own words (`clause`: 'said the
        report that C was false'; a quotation '"There is no truth in reports that C"', which becomes
        that denial of C) contradicts the earlier report of another source that states C. Whether a
        quotation became a denial."""
        claim, became = made[k], False
        if claim.stance == "asserts" and claim.form == "direct" and claim.speaker is not None \
                and claim.speaker is not self.publisher_speaker \
                and (span := verdict_clause(self.lex, self.text, claim.start, claim.end)) is not None:
            claim.stance, (claim.start, claim.end), clause = "denies", span, True
            became = True
        if claim.stance == "declines_to_confirm" and claim.form == "direct" and claim.words is None \
                and refuses_what_came_before(self.lex, self.text, claim.start, claim.end):
            claim.points_back = True
            self._answer_report(made[:k + 1], r)
        elif clause and claim.stance == "denies" and names_report_before(self.lex, self.text, claim.sentence.start, claim.start):
            since = self._section_start(claim.start)
            pool = [(i, c) for i, c in reversed(self._recent(made[:k + 1]))
                    if c.start >= since and c.stance == "asserts" and self._answers(claim, c)]
            found = stating(self.text, content_words(self.text, claim.start, claim.end, _TOPIC_STOP), pool)
            for c in (c for _, c in pool if found is not None and c.sentence is found[1].sentence
                      and c.speaker is found[1].speaker and c.outlet is found[1].outlet):
                c.links.append((len(self.claims) + k, "contradicts"))
        return became

    def _verdict_words(self, claim: _Claim, words: tuple[int, int]) -> None:
        """A fact check's own verdict on the claim it quoted ('Our verdict: This is false.'), which
        took that claim's words: the verdict is its cue, and the label naming the publisher's
        verdict ('Our verdict') the words that name its speaker."""
        m = _VERDICT_LABEL.match(self.text, *words)
        claim.cue = claim.cue or self.text[m.end() if m else words[0]:words[1]]
        claim.cue_span = claim.cue_span or (m.end() if m else words[0], words[1])
        if m is not None and claim.speaker_span is None:
            claim.speaker_span = m.span(1)

    def _naming(self, denier: Speaker | None, pool: list[tuple[int, _Claim]]) -> list[tuple[int, _Claim]]:
        """The claims of `pool` whose words name the denier or its side (a capitalised word of its
        name, affiliation or role other than a title, also as a possessive: 'Lindqvist Arena was
        told ...' for the arena's chairman)."""
        if denier is None or denier.anonymous:
            return []
        names = self._side(denier)
        if not names:
            return []
        # ('a firm run by Olsen's brother' names Olsen); a side's own account naming itself ('the
        # depot opened at six, depot manager X said') is none the denier answers
        return [(i, c) for i, c in pool if names.intersection(words := self._names_of(c)) and not (
            c.speaker is not None and not c.speaker.anonymous and self._side(c.speaker).intersection(words))]

    def _side(self, sp: Speaker) -> set[str]:
        """The capitalised words of a speaker's name, affiliation and role other than titles."""
        return {w for w in _NAME_WORD.findall(f"{sp.name} {sp.affiliation or ''} {sp.role or ''}")
                if fold(w) not in self.lex.title_words and fold(w) not in self.lex.modifiers}

    def _names_of(self, c: _Claim) -> set[str]:
        """The capitalised words of a claim's content, possessives cut."""
        return {_POSSESSIVE.sub("", w) for w in _NAME_WORD.findall(self.text, c.start, c.end)}

    def _answer_later(self, made: list[_Claim], r: _Reading) -> None:
        """A denial or withdrawal of 'a statement in which it said that C' whose report comes later
        in its sentence: it takes the first later claim that can be that report."""
        base = len(self.claims)
        for pos, claim in enumerate(made):
            if not claim.open_report:
                continue
            claim.open_report = False
            later = [(base + i, c) for i, c in enumerate(made) if i > pos]
            found = next(((i, c) for i, c in later if self._answers(claim, c) and self._within_object(claim, c)), None)
            if found is not None:
                self._take_report(claim, base + pos, found, later, r)

    def _take_report(self, claim: _Claim, index: int, found: tuple[int, _Claim], pool: list[tuple[int, _Claim]],
                     r: _Reading) -> None:
        """Make `claim` (at `index`) deny or withdraw the report `found` (index, claim): its content
        becomes the report's, and it contradicts the report's claims among `pool`."""
        at, target = found
        if claim.stance == "retracts":
            reports = [c for _, c in pool if c.sentence is target.sentence and c.speaker is target.speaker
                       and c.stance == "asserts"]
        elif claim.stance == "declines_to_confirm" and target.stance == "asserts":
            # a non-confirmation reaches the sentence it answers, no more of that source's account
            reports = [c for _, c in pool if c.sentence is target.sentence and c.speaker is target.speaker
                       and c.outlet is target.outlet and c.stance == "asserts" and c.form != "unattributed"]
        elif target.stance == "asserts":
            # the report: the target and the claims beside it of the same source and outlet, and
            # whatever else that outlet carried (the Post's story is also its unnamed sources' words);
            # what the source told the publisher and what it said with no outlet named are one account
            carried = target.outlet if target.outlet is not None and target.outlet is not self.publisher else None
            mine = (None, self.publisher)
            reports = [c for _, c in pool if c.stance == "asserts" and c.form != "unattributed" and (
                (c.speaker is target.speaker or carried is not None) and c.outlet is target.outlet
                or c.speaker is target.speaker and any(c.outlet is o for o in mine)
                and any(target.outlet is o for o in mine))]
        else:
            reports = [c for _, c in pool if (at, "contradicts") in c.links]
        for c in reports:
            c.links.append((index, "contradicts"))
        if claim.stance == "denies":  # (beyond the report's sentence and its lead, its first claim)
            claim.reached = [c for c in sorted(reports, key=lambda c: c.start)[1:] if c.sentence is not target.sentence]
        assert claim.words is not None
        if claim.stance == "declines_to_confirm" and claim.speaker is not None \
                and claim.speaker is self.publisher_speaker and claim.speaker_span is not None:
            # 'The Ledger has not confirmed the report' in the Ledger: the publisher's own statement, in
            # its own words, that it could not confirm another's report (which it still answers)
            claim.start, claim.end = _trim(self.text, claim.speaker_span[0], claim.words[1])
            return
        claim.start, claim.end, claim.form = target.start, target.end, "indirect"
        # 'denied the report on Monday': a date in its own words or after them is when it was said
        if not self._calls_that_false(claim):  # (a quotation's next sentence dates no denial)
            claim.stated_on = claim.stated_on or _date_in(r.date_values, [(claim.words[0], r.sent.end)], [])
        claim.kind, claim.event_on = target.kind, target.event_on

    def _within_object(self, claim: _Claim, later: _Claim) -> bool:
        """Whether a later claim of the sentence is told inside the object of `claim`'s cue ('withdrew
        a statement in which it said that C'), not after it ('withdrew the statement, saying C')."""
        assert claim.words is not None
        start = later.speaker_span[0] if later.speaker_span else later.start
        return claim.words[1] <= start and _WITHIN_OBJECT.fullmatch(self.text, claim.words[1], start) is not None

    @staticmethod
    def _answers(claim: _Claim, other: _Claim) -> bool:
        """Whether `other` can be the report `claim` (a denial, non-confirmation or withdrawal of
        'the report', 'the statement') answers."""
        if other.repeated:
            return False
        if claim.stance == "retracts":
            return other.speaker is claim.speaker and other.stance == "asserts"
        if other.stance == "asserts":
            return other.form != "unattributed" and other.speaker is not None and other.speaker is not claim.speaker
        # 'X denied C. Y also rejected the assertions'; a speaker's own denial is not the report its
        # later refusal to comment answers ('X denies C. X did not comment on speculation about D')
        return other.stance in ("denies", "declines_to_confirm") and (
            other.speaker is not claim.speaker or other.stance == claim.stance)

    def _stated_on(self, r: _Reading, frame: Frame, sp: Speaker | None, made: list[_Claim]) -> str | None:
        """When the frame's statement was made: a date by its cue, else the date of the statement
        before it by the same speaker ('he added'; 'the ministry later withdrew it' is another occasion)."""
        stated = _stated_date_in(self.text, r.date_values, frame.attribution_spans, frame.contents, frame.speaker)
        if stated is None and frame.inherit == "previous" and made:
            stated = made[-1].stated_on
        if stated is None and not frame.nested and sp is not None and sp.last_stated and \
                self.sentence_no - sp.last_sentence <= 3 and frame.speaker is not None and \
                _is_back_reference(self.text[frame.speaker[0]:frame.speaker[1]]) and \
                not any(_LATER.search(self.text, a, b) for a, b in frame.attribution_spans):
            stated = sp.last_stated
        return stated

    def _subordinate_after_quote(self, claim: _Claim) -> bool:
        """Is the claim a report in a subordinate clause after a quotation of the same sentence ('"A," X said
        at a rally, two hours after the networks declared C. "B."')? Then the next quotation with no cue of
        its own goes on from the quoted speaker's, not from the clause's."""
        last = self.last_attr
        if last is None or last.sentence is not claim.sentence or last.form != "direct" or claim.form == "direct" \
                or claim.speaker_span is None or claim.speaker_span[0] < last.end:
            return False
        words = fold(self.text[last.end:claim.speaker_span[0]], words_only=True).split()
        at = next((n for n in range(len(words) - 1, max(-1, len(words) - 4), -1) if words[n] in _SUBORDINATORS), None)
        return at is not None and all(w in _DETERMINERS for w in words[at + 1:])

    def _lead_quote(self, r: _Reading, speech: bool, body: list[Token] | None) -> Quote | None:
        """The speech quotation the sentence opens with, if it does."""
        if body is None:
            return _opening_quote(self.text, r.sent, r.begin_off) if speech else None
        body = [t for t in body if not (t.kind == "p" and t.low in ".!?")]
        return body[0].quote if body and body[0].kind == "q" else None

    def _unattributed_sentence(self, para: _Paragraph, r: _Reading, lead: Quote | None) -> list[_Claim]:
        """A sentence with no attribution: a continuation quote of the last speaker (when it opens
        with the quotation `lead`), or the publisher's own."""
        text, sent = self.text, r.sent
        if lead is not None and (lead.end - lead.open) / max(1, sent.end - r.begin_off) >= 0.6:
            qs, qe = lead.inner
            pieces = [p for p in (_trim(text, a, b) for a, b in _quoted_sentences(text, qs, min(qe, sent.end)))
                      if p[0] < p[1]]
            if pieces and self.pending is not None:
                lead_in = self.pending
                return [_Claim(start=s, end=e, sentence=sent, speaker=lead_in.speaker,
                               speaker_span=lead_in.speaker_span, cue=lead_in.cue, cue_span=lead_in.cue_span,
                               form="direct", event_on=r.event_on(s, e),
                               kind=classify(text[s:e], **_about(lead_in.speaker))) for s, e in pieces]
            if pieces and self.subject is not None and self.subject[0] == para.index and (
                    self.last_attr is None or self.last_attr.start < self.subject[2][0]):
                # 'Sen. Ana Costa rejected the plan. "It is a trap."': the quotation is the subject's
                _, sp, subject_span = self.subject
                return [_Claim(start=s, end=e, sentence=sent, speaker=sp, speaker_span=subject_span, form="direct",
                               event_on=r.event_on(s, e), kind=classify(text[s:e], **_about(sp))) for s, e in pieces]
            last = self.last_attr
            if pieces and last is not None and para.index - self.last_attr_block <= 2 and last.speaker is not None:
                # '"A," he said. "B."': in the paragraph of its attribution, 'he' still refers to B's speaker
                span = last.speaker_span if para.index == self.last_attr_block else None
                return [_Claim(start=s, end=e, sentence=sent, speaker=last.speaker, speaker_span=span,
                               outlet=last.outlet, form="direct", stated_on=last.stated_on, event_on=r.event_on(s, e),
                               kind=classify(text[s:e], **_about(last.speaker))) for s, e in pieces]
        s, e = _trim(text, r.begin_off, sent.end)
        if s >= e or not any(ch.isalpha() for ch in text[s:e]) or sent.first_in_block and place_line(text, s, e):
            return []  # (a dateline standing as a sentence: 'PUERTO TALÍN.', 'Kampala.')
        self._note_credit(s, e)
        claim = self._publisher_claim(r, s, e)
        said = self._record_subject(s, e)
        source = self._record_source(*said[0]) if said is not None else None
        post = _post_subject().match(text, s, e) if said is None and _may_open_with_post(text, s, e) else None
        if post is not None and post.end() < e and _spread_post(post):
            # 'A video circulating on TikTok this week claims that C': the post's claim, whole
            claim.speaker, claim.speaker_span, claim.outlet, claim.whole = self._post_speaker(post.span(1)), \
                post.span(1), None, True
            claim.start, claim.form, claim.cue, claim.cue_span, claim.stated_on = post.end(), "indirect", \
                post.group(2), post.span(2), None
            quoted = _opening_quote(text, sent, post.end())
            if quoted is None or quoted.end < e - 1:
                return [claim]
            # ('One post reads: "C. D."': each sentence of the post quoted is a statement of its own)
            pieces = [p for p in (_trim(text, a, b) for a, b in _quoted_sentences(text, *quoted.inner)) if p[0] < p[1]]
            return [_Claim(**{**vars(claim), "start": a, "end": b, "form": "direct", "links": [], "via": []})
                    for a, b in pieces] or [claim]
        carried = None
        if said is None:  # 'It also found that C': the record cited just before, through its outlet
            said, source = self._record_pronoun(s, e)
            carried = self.last_attr.outlet if said is not None and self.last_attr is not None else None
        if said is not None and source is not None:
            # 'The 2019 inspection rated the slip poor': the record states it, not the publisher
            subject, verb, seen = said
            outlet = self.outlets.named(text[seen[0]:seen[1]], lenient=True, publisher=self.publisher,
                                        at=seen[0]) if seen is not None else None
            if seen is not None and outlet is None:
                return [claim]
            claim.speaker, claim.outlet, claim.form, claim.stated_on = source, outlet or carried, "indirect", None
            claim.speaker_span, claim.cue_span, claim.cue = subject, verb, text[verb[0]:verb[1]]
            that = _THAT_AFTER.match(text, verb[1], e)
            if that is not None and that.end() < e:
                claim.start = that.end()  # 'A notice filed with X shows that C': C
            elif seen is not None:
                claim.start = _trim(text, verb[1], e)[0]  # 'The Gazette has seen a memo that says C': C
        return [claim]

    def _record_subject(self, s: int, e: int) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None] | None:
        """The subject and verb of a sentence text[s:e] whose subject is a record and whose verb
        one a record states with ('The 2019 principal inspection rated C', 'The 2024 report is a
        routine visual inspection and records C': cues.json's 'record_nouns' and 'record_verbs'),
        and the words of the outlet that says it saw the record ('The Gazette has seen a memo
        that says C'), as spans; None for any other sentence."""
        if not _may_hold_word(self.text[s:e], self.lex.record_nouns | self.lex.owned_records) \
                or "?" in self.text[e - 1:e + 1]:
            return None  # most sentences name no record: their words are not read one by one (nor a question's)
        words = list(_RECORD_WORD.finditer(self.text, s, e))[:24]
        low = [fold(w.group()) for w in words]
        seen = next((j for j in range(2, min(9, len(low))) if low[j] in self.lex.seen_by_verbs
                     and low[j - 1] in ("has", "have", "had")), None)
        first = seen + 1 if seen is not None else 0
        k = first + 1 if first < len(low) and low[first] in DETERMINERS else first
        head = next((j for j in range(k, min(k + 6, len(low))) if (low[j] in self.lex.record_nouns or self._owned_head(
            words, low, j)) and (j == 0 or words[j].group().islower())), None)
        if head is None or self.text.find(",", words[first].start(), words[head].end()) >= 0:
            return None
        verb = next((j for j in range(head + 1, len(low)) if low[j] in self.lex.record_verbs
                     and words[j].group().islower()), None)
        if verb is None or self.text.find(",", words[head].end(), words[verb].start()) >= 0 and \
                _SET_OFF_RECORD.fullmatch(self.text, words[head].end(), words[verb].start()) is None:
            return None  # (but 'The plan, filed with the regulator in March, shows C' reads on)
        if seen is None and low[0] in ("a", "an") and low[verb + 1:verb + 2] != ["that"]:
            return None  # 'A 2023 report found gaps': the publisher introducing a record, in its words
        linked = self.text.find(",", words[head].end(), words[verb].start()) < 0 and (
            low[head + 1] in ("from", "by", "of", "with") or low[head + 1].endswith("ed") and low[
                head + 2:head + 3] in (["by"], ["with"]))
        # ('A notice filed by Orlen Marine shows': who filed it is part of the subject)
        subject = (words[first].start(), words[verb - 1 if linked and verb - 1 > head else head].end())
        return subject, words[verb].span(), (words[0].start(), words[seen - 2].end()) if seen is not None else None

    def _post_speaker(self, words: tuple[int, int]) -> Speaker | None:
        """The post a sentence's subject words name ('A video circulating on X'): an unnamed source
        described by its noun ('post'), never the platform it was shared on."""
        phrase = self.text[words[0]:words[1]]
        first = fold(phrase.split()[0])
        if first not in DETERMINERS:  # 'Posts circulating on X claim C'; 'Facebook posts shared ... claim C'
            phrase = "the " + (phrase[:1].lower() + phrase[1:] if first in _fact_check_labels()["post_nouns"] else phrase)
        found = self.registry.resolve(phrase, self.people)
        nouns = _fact_check_labels().get("post_nouns", frozenset())
        if first not in DETERMINERS and not any(f" {fold(found.name)}".endswith(f" {n}") for n in nouns):
            found = self.registry.resolve("the " + phrase.split(None, 2)[-1], self.people)  # ('Telegram messages')
        return found

    def _post_before(self, frame: Frame) -> Speaker | None:
        """'A post shared on Facebook claims C', read with the platform as the subject: the post."""
        if frame.speaker is None or frame.cue_start is None or frame.cue_start < frame.speaker[1]:
            return None
        stop = self.text.rfind(". ", 0, frame.speaker[0])
        line = max(self.text.rfind("\n", 0, frame.speaker[0]) + 1, stop + 2 if stop >= 0 else 0)
        m = _post_subject().match(self.text, line + len(self.text[line:frame.speaker[0]]) -
                                  len(self.text[line:frame.speaker[0]].lstrip()))
        inside = m is not None and m.start(1) <= frame.speaker[0] and frame.speaker[1] < m.end(1)
        if m is None or not m.end(1) <= frame.cue_start <= m.start(2) or m.end(1) > frame.speaker[1] and not inside \
                or not _spread_post(m):  # (the platform may name the post: 'Telegram messages forwarded ... claim C')
            return None
        # ('A message posted on Facebook since Monday claims C': its verb is 'claims', never 'posted')
        frame.speaker, frame.cue_text, frame.cue_start, frame.cue_end = m.span(1), m.group(2), *m.span(2)
        return self._post_speaker(m.span(1))

    def _record_pronoun(self, s: int, e: int) -> tuple[tuple[tuple[int, int], tuple[int, int], None] | None,
                                                       Speaker | None]:
        """'A survey by the Tenants Union found C. It also found that D': the subject and verb of
        a sentence text[s:e] that opens with 'It' and a verb a record states with, and the record
        (or its maker) the text cited as the source that spoke last, in the sentences just before;
        (None, None) for any other sentence."""
        m = _IT_STATES.match(self.text, s, e)
        if m is None or fold(m.group(1)) not in self.lex.record_verbs or not self.cited:
            return None, None
        at, _, sp = self.cited[-1]
        last = self.last_attr.speaker if self.last_attr is not None else None
        if last is not sp or s - at > CITED_REACH // 3 or sp is self.publisher_speaker:
            return None, None
        return ((s, s + 2), m.span(1), None), sp

    def _publisher_claim(self, r: _Reading, s: int, e: int) -> _Claim:
        """The publisher's own statement text[s:e], stated on the publication date."""
        return _Claim(start=s, end=e, sentence=r.sent, speaker=self.publisher_speaker, outlet=self.publisher,
                      form="unattributed", stated_on=self.published_on, event_on=r.event_on(s, e),
                      kind=classify(self.text[s:e]))

    def _note_subject(self, para: _Paragraph, r: _Reading) -> None:
        """'Secretary General Ana Costa condemned the test.': no statement of hers, but the 'she' of
        the next quotation is most likely her, and a quotation after it in her paragraph hers."""
        text, registry, people = self.text, self.registry, self.people
        subject = _subject_person(text, r.begin_off, r.sent.end, self.lex)
        if subject is not None:
            sp = self._source(registry.resolve(text[subject[0]:subject[1]], people))
            if sp is not None:
                self.subject = (para.index, sp, subject)
            return
        # 'Trump has record low support ...': a surname met before, as the subject
        m = _SURNAME_SUBJECT.match(text, r.begin_off, r.sent.end) if registry.by_surname or people.built else None
        key = surname_key(m.group(1)) if m else ""
        known = registry.by_surname.get(key) if m else None
        if known is not None:
            registry.touch(known)
        elif m and people.built and key in people:
            registry.resolve(people[key], people)




def _described_as(described: Speaker, named: Speaker | None) -> bool:
    """Does every word of a description ('Harbour master', 'the city's mayor', 'Police') name the
    named speaker, in its name, role or another name the text gave it ('harbour master Ana Costa')?"""
    if named is None:
        return False
    have = set(fold(" ".join([named.name, named.role or "", *named.aliases])).replace("\u2019", "'").split())
    want = {w.removesuffix("'s") for w in fold(described.name).replace("\u2019", "'").split()} - _DETERMINERS
    return bool(want) and want <= have


def _list_items(text: str, found: list[Block]) -> list[Block]:
    """The blocks; on a live page each item of a bulleted list read past its marker as a paragraph
    of the publisher's, though it ends without a full stop as a heading does ('Key points' over
    '- Ten homes were flooded'), and a line ending with a colon just above the list its title: a
    live page's summary states what the entries below it may never repeat."""
    if not is_live_page(text, [(b.start, b.end) for b in found]):
        return found
    out: list[Block] = []
    in_list = False
    for block in found:
        at = list_item_start(text, block.start, block.end)
        if at is not None and out and not in_list and text[out[-1].end - 1] == ":":
            out[-1] = Block(out[-1].start, out[-1].end, True)  # 'Key points:' over the list
        out.append(block if at is None else Block(at, block.end, False))
        in_list = at is not None
    return out


def _about(sp: Speaker | None) -> dict:
    """What kinds.classify needs to know of the speaker: its role, and whether it speaks for a party
    (an institution, a person in office, an unnamed spokesperson), whose announced plans are positions."""
    if sp is None:
        return {}
    official = sp.kind == "institution" or (sp.kind == "person" and (
        (bool(sp.role) and not sp.anonymous) or (sp.head or "") in _SPOKESPEOPLE))
    return {"role": sp.role, "speaker_name": sp.name, "official": official, "affiliation": sp.affiliation}


def _keep_sentence_outlet(made: list[_Claim], more: list[_Claim]) -> None:
    """A model's frame goes on with a speaker the rules read in the same sentence: its claims keep the
    outlet the rules' claim named ('told the Courier in Tarnby that C, but cautioned against "D"': D
    was told the Courier too)."""
    for claim in more:
        if claim.outlet is None and claim.speaker is not None and not claim.nested:
            told = next((c for c in made if c.speaker is claim.speaker and not c.nested and c.outlet), None)
            claim.outlet = told.outlet if told is not None else None


def _last_top_level(claims: list[_Claim]) -> _Claim | None:
    for claim in reversed(claims):
        if not claim.nested:
            return claim
    return None


def _is_back_reference(mention: str) -> bool:
    words = clean(mention).split()
    if not words:
        return False
    first = words[0].lower()
    return first in ("he", "she", "they", "it", "the", "this") or len(words) == 1


def _frame_outlet(text: str, frame: Frame, sp: Speaker | None, outlets: _Outlets, publisher: dict | None) -> dict | None:
    if sp is not None and sp.outlet is not None:  # a medium, or its reporter
        return outlets.get(sp.outlet)
    if frame.outlet:
        words = text[frame.outlet[0]:frame.outlet[1]]
        found = outlets.named(words, lenient=True, publisher=publisher, at=frame.outlet[0])
        owner = _OWNER_OF_THING.match(found["name"] + " ") if found else None
        if found is not None and owner is not None and not _outlet_called(found["name"], outlets, publisher):
            # ("Speaking to Tarn TV's Morning Hour, X said": Tarn TV, the owner of the programme)
            found = outlets.named(owner.group(1), lenient=True, publisher=publisher, at=frame.outlet[0]) or found
        if found:
            return found
    recipient = frame.recipient or _recipient_unread(text, frame)
    if recipient:
        words = text[recipient[0]:recipient[1]]
        if (fold(words) in _PUBLISHER_RECIPIENTS or _self_named(words, outlets.lex)) and publisher is not None:
            return publisher  # 'told me', 'told us', 'told this paper': told the publisher's reporter
        owner = _POSSESSIVE_OWNER.match(words)
        if owner is not None and not _outlet_called(words, outlets, publisher):
            words = owner.group(1)  # "did not answer the Courier's requests for comment": the Courier
        found = outlets.named(words, lenient=False, publisher=publisher, at=recipient[0]) or \
            _programme_owner(words, outlets) or _described_known(words, outlets, publisher, recipient[0])
        if found:
            return found
    if frame.addressed:  # ('In a statement to OUTLET, X said C': only an outlet known, never a body addressed)
        words = text[frame.addressed[0]:frame.addressed[1]]
        owner = _OWNER_OF_THING.match(words)  # ("In a statement sent to Tarn TV's Arabic Service": Tarn TV)
        found = outlets.known(words, publisher=publisher, at=frame.addressed[0]) or (outlets.known(
            owner.group(1), publisher=publisher, at=frame.addressed[0]) if owner is not None else None)
        if found:
            return found
    if frame.medium == "press release" and sp is not None and sp.kind != "person":
        # (a release is its issuer's: one a chief executive is quoted from is no outlet named after him)
        return outlets.get({"name": f"{sp.name} press release", "country": sp.affiliation})
    if frame.broadcast:
        # 'said on NPR's Morning Edition': the medium that owns the programme, when the words name one
        words = text[frame.broadcast[0]:frame.broadcast[1]]
        owner = _POSSESSIVE_OWNER.match(words)
        found = outlets.named(owner.group(1) if owner else words, lenient=False, publisher=publisher,
                              at=frame.broadcast[0])
        if found:
            return found
    if frame.speaker and frame.cue_start is not None and frame.speaker[0] < frame.cue_start \
            and publisher is not None and _CONTACT.search(text, frame.speaker[1], frame.cue_start):
        return publisher  # 'A veteran nurse I spoke to said': said to the publisher's reporter
    if frame.speaker and frame.cue_start is not None and frame.speaker[0] < frame.cue_start:
        # 'An official, who spoke to the Daily Clarion on condition ..., said': the clause set in names the outlet
        m = _SPOKE_TO.search(text, frame.speaker[0], frame.cue_start)
        if m:
            return outlets.named(m.group(1), lenient=False, publisher=publisher, at=m.start(1))
    return None


# 'the portal ', 'the regional daily ': lower-case words describing the name told after them
_DESCRIBED_NAME = re.compile(r"the\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")


def _described_known(words: str, outlets: _Outlets, publisher: dict | None, at: int) -> dict | None:
    """'told the portal Tarnovo Online': the outlet the name after its description is, when it is
    one known already (the publisher, the list's, or one the text named); never 'the minister Ana
    Lind'."""
    m = _DESCRIBED_NAME.match(words)
    return outlets.known(words[m.end():], publisher=publisher, at=at + m.end()) if m else None


def _recipient_unread(text: str, frame: Frame) -> tuple[int, int] | None:
    """The name a telling cue addresses when the reader of the frame kept no recipient ('told the
    Courier in a phone interview that "C"', a frame read from its quotation)."""
    if frame.cue is None or not frame.cue.takes_recipient or frame.cue_end is None or not frame.contents \
            or frame.contents[0].start <= frame.cue_end:
        return None
    return told_name(text, frame.cue_end, frame.contents[0].start)


def _outlet_called(words: str, outlets: _Outlets, publisher: dict | None) -> bool:
    """Do the words name the publisher or a listed outlet as they stand, a possessive inside the
    name ("told Harbour's Own", a broadcaster so called), not an owner and its thing?"""
    name = clean(words)
    return _is_publisher(name, publisher) or find_outlet(name, outlets.lex, fuzzy=False) is not None


def _is_publisher(name: str, publisher: dict | None) -> bool:
    """Is the name the publisher's own or one of its aliases, compared as outlets' keys?"""
    return publisher is not None \
        and _outlet_key(name) in map(_outlet_key, (publisher["name"], *publisher.get("aliases", ())))


def _programme_owner(words: str, outlets: _Outlets) -> dict | None:
    """'told BBC Breakfast', 'told Fox News Sunday': the known medium whose name opens a
    programme's name."""
    parts = words.split()
    for n in range(len(parts) - 1, 0, -1):
        if parts[0][:1].isupper() and fold(parts[0]) != "the":
            hit = find_outlet(" ".join(parts[:n]), outlets.lex, fuzzy=False)
            if hit:
                return outlets.get(hit)
    return None


# a clause set off after a speaker that describes them ('X, who took office in January 2025, said'; 'X,
# a group that sued the port in 2024, said'): a year or a month in it dates the speaker's past, not the
# statement, unless the clause is the speaking ('X, who spoke to reporters in May, said'; 'X, who last week
# told reporters that C, did not respond'); a day in it ('X, who visited the mine on Thursday, said') is
# often the occasion; grammar.json
_DESCRIBING = re.compile(r",\s+(?:" + alternation("relative_openers") + "|" + alternation("appositive_openers")
                         + r"\s+(?:[\w'\u2019-]+\s+){0,3}?" + alternation("appositive_relatives") + r")\s[^,]*\Z",
                         re.IGNORECASE)
_SPEAKING = re.compile(r"\b" + alternation("speaking_to") + r"\b", re.IGNORECASE)


def _stated_date_in(text: str, values, spans, contents: list[Content], speaker: tuple[int, int] | None) -> str | None:
    """The date of a statement: the first date of its cue's side (`spans`) outside its contents and
    outside a clause describing its speaker (one set off after the speaker's first word: 'Speaking at a
    conference, which was held in September, the minister said' keeps September)."""
    def describes(at: int, value: str | None) -> bool:
        if value is None or len(value) > 7 or speaker is None \
                or any(c.start > at and "," not in text[at:c.start] for c in contents):
            return False
        for a, b in spans:
            if a <= at < b:
                clause = _DESCRIBING.search(text, max(a, speaker[0]), at)
                return clause is not None and not _SPEAKING.search(clause.group())
        return False
    return _date_in([v for v in values if not describes(v[0], v[2])], spans, contents)


def _date_in(values, spans, exclude) -> str | None:
    if len(values) > 20:
        values = [v for v in values if any(a <= v[0] < b for a, b in spans)][:20]
    for s, _e, value in values:
        if value is None:
            continue
        if any(c.start <= s < c.end for c in exclude):
            continue
        if any(a <= s < b for a, b in spans):
            return value
    return None


def _names_topic(text: str, claim: _Claim, topic: frozenset[str]) -> bool:
    """Whether a claim's words, or those naming its speaker ('A photo posted online claims C'), name
    one of the topic words (a word opening with its stem: 'ring' names 'rings', 'disclosed'
    names 'disclosure')."""
    stems = {w[:max(4, len(w) - 3)] for w in topic}
    spans = [(claim.start, claim.end), *([claim.speaker_span] if claim.speaker_span else [])]
    return any(fold(m.group())[:len(st)] == st for a, b in spans for m in _ANY_WORD.finditer(text, a, b) for st in stems
               if len(m.group()) >= len(st))


def _in_quotation(before: str, clause: str) -> bool:
    """Whether an 'as' clause closing a sentence stands inside a quotation: the words before it open one
    they do not close ('“The quay was sold, as the Ledger reported.”'), or the clause closes one opened
    in a sentence before."""
    unclosed = before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1 \
        or before.count("\u00ab") > before.count("\u00bb")
    return unclosed or any(q in clause for q in "\u201d\"\u00bb")


def _before_closing_bracket(text: str, start: int, end: int) -> int:
    """The end of what a clause opened by a bracket reports ('(As the Ledger first reported, C.)'): the
    bracket closing the clause is no part of C, a bracket C closes of its own is ('C (in euros).)')."""
    words = text[start:end].rstrip()
    if words.endswith(")") and words.count(")") > words.count("("):
        words = words[:-1]
    return start + len(words.rstrip(_TRIM_END))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in _TRIM_END:
        e -= 1
    # drop an unbalanced closing quotation mark left by trimming
    if e > s and text[e - 1] in "\u201d\"" and text[s:e].count(text[e - 1]) + text[s:e].count("\u201c") % 2 == 1:
        inner = text[s:e - 1]
        if inner.count("\u201c") < inner.count("\u201d") + 1 and "\u201c" not in inner and '"' not in inner:
            e -= 1
            while e > s and text[e - 1] in _TRIM_END:
                e -= 1
    return s, e


_LATER = re.compile(r"\b(?:later|subsequently|since then|afterwards|the next day|the following day)\b")
_NAME_WORD = re.compile(r"\b[A-Z][\w'\u2019-]{2,}")  # a capitalised word of a name
_ANY_WORD = re.compile(r"\w+")  # any word
_DEMONSTRATIVES = frozenset(("that", "this", "those", "these"))  # a withdrawal of 'that statement'
_FIRST_PERSON_OPENING = re.compile(r"(?:" + alternation("first_person") + r")\s", re.IGNORECASE)  # '"We dispute ..."'
# where the words naming a denied report's topic end: a verdict ('as'), a quotation, a clause break
_TOPIC_END = re.compile(r"\s(?:as|and|but|saying|calling|which|who)\s|[\"“”,;:.(]")
# words that name no topic ('claims made by the opposition this week about ...')
_TOPIC_STOP = DETERMINERS | _NP_INNER | _ADJUNCT_PREPS | _FINITE | _RELATIVE_OPENERS | _SUBJECT_PRONOUNS \
    | _OBJECT_ENDS | _TIME_ENDS | _FIRST_PERSON
# 'the order', 'the new figures': a thing named by a definite noun (group 1 the noun)
_DEFINITE_THING = re.compile(alternation("definite_determiners") + r"\s+(?:[\w-]+\s+){0,2}?([\w-]+)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_NOTICE_RE = re.compile(r"([A-Z][A-Za-z'\u2019. ]{0,24}):[ \t]+(?=\S)")
# the edition or article a correction notice opens with, before the writers who take its words back ('In our edition
# of Monday, ', "In Tuesday's print edition ", 'In an article published on 4 May, '): a phrase of 'in' or 'on' up to
# a comma or the writers, no sentence or clause break inside
_CORRECTED_EDITION = re.compile(r"(?:In|On)[ \t]+[^.;:!?\n\"\u201c\u201d]{1,80}?,?[ \t]+")
# a box's label alone on its line, the paragraph after it its words: 'VERDICT', 'Our verdict'
_LABEL_ALONE = re.compile(r"([A-Z][A-Za-z'\u2019 ]{0,24}?)[ \t]*:?[ \t]*\n\s*(?=\S)")
_QA_RE = re.compile(r"[\"\u201c]?[ \t]*(Q|A)[ \t]*:[ \t]*(?=\S)")
_OPEN_QUOTES = "\"\u201c"
_OPENS_QUOTE = re.compile(r"\s*[\"\u201c]")


_RELATIVE_AFTER = re.compile(r",[ \t]+(?:who|whose)\b")
_WHICH_AFTER = re.compile(r",[ \t]+which\b")
# 'When the Port Authority of Jolby closed the quay, ': a clause opening a sentence, its subject a name
_CLAUSE_SUBJECT = re.compile(r"(?:When|After|Before|As|While|Although|Though|Since|Once|Because|If|Until)[ \t]+(?:the[ \t]+)?"
                             r"([A-Z][\w&'\u2019.-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?[A-Z][\w&'\u2019.-]*){0,6})"
                             r"[ \t]+[a-z]")
# where a sentence ends: not after a title's abbreviation ('Rep.', 'Dr.') nor an initial ('B.')
_SENTENCE_STOP = re.compile(r"(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})[.!?][\"\u201d\u2019]?\s+(?=[\"\u201c]?[A-Z])")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z][\w'\u2019-]+")  # a word that may be a surname ('Lind')
_AGE_AFTER = re.compile(r",[ \t]+\d{1,3},")  # 'Mira Tovey, 71,': a person's age after the name
_PERSON_PRONOUNS = frozenset(("he", "she", "they"))  # the pronouns that refer to a person


_SURNAME_SUBJECT = re.compile(r"([A-Z][a-z][\w'\u2019\-]+)[ \t]+(?:has|had|was|is|also|then|later|did|does|would|will|"
                              r"[a-z]+ed|[a-z]+s)\b")
_ANY_QUOTE = "\"\u201c\u201d\u2018\u2019"
_DOUBLE_QUOTES = "\"\u201c\u201d\u00ab\u00bb"


# 'As the Ledger reported on Friday, C', 'as Mayor Ana Costa has noted, C': who reports, the cue, an
# adjunct, then the comma before what is reported
_AS_SOURCE = re.compile(r"\s*\(?(?:(?i:" + alternation("sentence_conjunctions") + r"),?\s+)?[Aa]s\s+"
                        r"(?P<source>(?:[\w.&'’-]+\s+){0,7}?[\w.&'’-]+)\s+(?:(?:" + alternation("passive_auxiliaries")
                        + "|" + alternation("subject_adverbs") + r"|\w+ly)\s+)*(?P<cue>[a-z]+)"
                        r"(?P<adjunct>[^,;:.!?\"“”]{0,50}),\s+")
# the words of an owner's noun in an 'as' clause ("as the Ledger's | courts team | reported")
_POSSESSIVE_END = re.compile(r"['’]s?\Z")
_AS_OWNED = re.compile(r"(?P<noun>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)[ \t]+(?P<cue>[a-z]+)\b")
# 'C, as the Ledger reported on Friday.': the same clause closing the sentence after a comma
_AS_SOURCE_AFTER = re.compile(r",\s+[Aa]s\s+(?P<source>(?:[\w.&'’-]+\s+){0,7}?[\w.&'’-]+)\s+(?:(?:"
                              + alternation("passive_auxiliaries") + "|" + alternation("subject_adverbs")
                              + r"|\w+ly)\s+)*(?P<cue>[a-z]+)(?P<adjunct>[^,;:.!?\"“”()]{0,50}?)\s*[.!?]?[\"”’)]*\s*\Z")


def _ends_with_colon_before_quote(text: str, block: Block, sent: Sentence) -> bool:
    """Is sent the last of its block, ending with a colon, and does the next block open with a quotation?"""
    end = text[sent.start:block.end].rstrip()
    if not end.endswith(":") or sent.end < block.end - 1:
        return False
    rest = text[block.end:block.end + 200].lstrip()
    return rest[:1] in _OPEN_QUOTES or rest[:2] == "''"
# a quotation signed at the end of its paragraph: '..." ― Ana Costa' (a place may follow her name)
_SIGNATURE_RE = re.compile(r"[\"\u201d\u2019.!?][ \t\u00a0]*([\u2015\u2014\u2013])[ \t\u00a0]*"
                           r"([A-Z][\w.'\u2019\-]*(?:[ \t][A-Z][\w.'\u2019\-]*){0,4})"
                           r"(?:,[ \t]*[A-Z][\w .'\u2019\-]{0,40})?\.?[ \t\u00a0]*$")


# a letter's signature: a paragraph that is only a name of two to four words ('Kenneth L. Zimmerman.')
_SIGNATURE_LINE = re.compile(r"[A-Z][\w'\u2019\-]*\.?(?:[ \t]+[A-Z][\w'\u2019\-]*\.?){1,3}")
# the writer's town under it ('Huntington Beach, Calif.')
_PLACE_LINE = re.compile(r"[A-Z][\w'\u2019\-]*(?:[ \t]+[A-Z][\w'\u2019\-]*){0,2},[ \t]*[A-Z][\w.'\u2019\- ]{0,24}")


@dataclass
class _Letters:
    """A page of readers' letters: the writer's name (start, end) of each paragraph of a letter, the
    signature and town lines (which state nothing), and the writers met so far."""
    writer_of: dict[int, tuple[int, int]] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)
    writers: dict[tuple[int, int], Speaker] = field(default_factory=dict)
    whole: bool = False  # the text is one letter, every sentence of it its writer's but what it says others say


def _letters(text: str, found: list[Block], lex: Lexicon) -> _Letters:
    """Letters signed with a name on a line of their own. Only a page of two or more, each signature
    under prose of its own and the page ending with one (or its town), is read as letters: a list of
    names, each before the paragraph about its person, is not."""
    letters, signed = _Letters(), 0
    body: list[int] = []  # the blocks of the letter being read
    for i, block in enumerate(found):
        line = text[block.start:block.end].rstrip(". \t")
        if _SIGNATURE_LINE.fullmatch(line) and not line.isupper() and _names_a_person(line, lex):
            if not body:
                return _Letters()
            letters.writer_of.update((j, (block.start, block.start + len(line))) for j in body)
            letters.lines.add(i)
            body, signed = [], signed + 1
        elif i - 1 in letters.lines and _PLACE_LINE.fullmatch(line):
            letters.lines.add(i)
        elif block.heading or line.isupper():
            body = []  # 'LETTERS', 'FROM FACEBOOK': a section's label
        else:
            body.append(i)
    return letters if signed >= 2 and not body else _Letters()


def _names_a_person(line: str, lex: Lexicon) -> bool:
    sp = analyse(line, lex).speaker
    return sp is not None and sp.kind == "person" and not sp.anonymous and not sp.role


def _signature(text: str, block: Block) -> tuple[int, int, int] | None:
    """The signer's name (start, end) and the dash's offset, when the paragraph opens with a
    quotation mark and ends with a dash and a name."""
    if text[block.start] not in _ANY_QUOTE:
        return None
    m = _SIGNATURE_RE.search(text, max(block.start, block.end - 120), block.end)
    if m is None:
        return None
    name_end = m.end(2)
    while name_end > m.start(2) and text[name_end - 1] == ".":
        name_end -= 1
    return m.start(2), name_end, m.start(1)


def _first_person(words: str) -> bool:
    """Whether a speaker's words are a first-person pronoun, contracted or not ('I', "we've", 'I’d')."""
    return re.split(r"['\u2019]", fold(words), maxsplit=1)[0] in _FIRST_PERSON


def _label_name(label: str) -> str:
    """'MR. TRUMP' -> 'Mr. Trump': a label in capitals read as a name."""
    return " ".join(w.capitalize() if w.isupper() else w for w in label.split())


def _subject_person(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The named person a sentence opens with as its subject ('Defence Minister Ana Costa met ...',
    'On Sunday, Sen. Ana Costa (Vt.) rejected ...', 'Although the inquiry went on, Minister Ana
    Costa closed ...'), when a title or a given name shows it is a person; none in a headline."""
    begin = start
    first = text[start:min(end, start + 12)].split(None, 1)[:1]
    if first and fold(first[0]) in _CLAUSE_OPENERS:
        comma = text.find(", ", start, end)
        if comma < 0:
            return None
        begin = comma + 2  # 'When he died in 1998, President X released ...': the clause is no subject
    opener = _OPENING_ADJUNCT.match(text, begin, end)
    m = _TITLED_NAME.match(text, opener.end() if opener else begin, end)
    if m is None or title_cased(text, start, end) and any(w[:1].isupper() for w in text[m.end():end].split()):
        return None  # a headline capitalises its verb too; 'Historian Ana Costa agreed.' is a sentence
    after = text[m.end():m.end() + 2]
    if not (after[:1] == "," or after == " (" or (after[:1] == " " and after[1:2].islower())):
        return None
    sp = analyse(m.group(), lex).speaker
    if sp is None or sp.kind != "person" or sp.anonymous or not (sp.role or sp.gender):
        return None
    return m.start(), m.end()


# a cue in the passive voice: its subject is what is talked about, not who talks
_PASSIVE_CUE = re.compile(r"(?:(?:has|have|had)\s+been|was|were|is|are|being)\s+(?:\w+ly\s+)?"
                          r"(?:accused|criticized|criticised|seen|described|quoted|blamed|praised|called|"
                          r"asked|told|urged|credited|condemned|cited|faulted|lauded|attacked)\b", re.IGNORECASE)

# words that open a subordinate clause before a sentence's subject ('When he died, X released ...')
_CLAUSE_OPENERS = frozenset("when as after before while since although though if once because".split())

@lru_cache(maxsize=1)
def _set_off_participle() -> re.Pattern[str]:
    """A participle's phrase set off after a mention ('The safety audit, dated March 2,', 'The audit, signed by the
    mayor,'): a participle (grammar.json's passive_participles, or a word with one of its participle_endings) before
    one of its set_off_participle_leads, a figure or a word of the calendar ('Overall, retired officials' is none)."""
    return re.compile(r",[ \t]+" + alternation("passive_participles", first=r"[a-z]+" + alternation("participle_endings"))
                      + r"[ \t]+(?:" + "|".join(map(re.escape, grammar_words("set_off_participle_leads"))) + r"|\d|(?i:"
                      + "|".join(sorted(CALENDAR_WORDS, key=len, reverse=True)) + r")\b)[^,]*,?[ \t]*\Z")


def _without_set_off(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A speaker's words without a participle's phrase set off after them: what the mention names ('The inspection
    audit, dated March 2,' is the audit, never a speaker 'dated March 2')."""
    m = _set_off_participle().search(text, span[0], span[1])
    return (span[0], m.start()) if m is not None and m.start() > span[0] else span


# adverbs and conjunctions before a speaker's name ('Even China said'); prepositions are not skipped
_SKIPPED_OPENERS = frozenset("and but or nor so yet even also then meanwhile however perhaps instead".split())

# 'On "Face the Nation," ', 'In Oslo on Monday, ': an adjunct before the sentence's subject
_OPENING_ADJUNCT = re.compile(r"(?:On|In|At|During|After|Before|Later|Earlier)\b[^,.;:!?]{1,60}?,[\u201d\"]?[ \t]+")


def _may_attribute(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a cue? A superset of what the parser reads as one, found cheaply:
    a cue word capitalised inside a sentence is part of a name, as the parser also decides."""
    segment = text[start:end]
    lower = segment.lower()
    if len(lower) == len(segment):
        hits = lex.cue_gate_lower.finditer(" " + lower)  # a match opens at the character before the word
        offset = start
    else:  # lower-casing changed the length (a dotted capital I): search the text as it is
        hits = lex.cue_gate.finditer(text, start, end)
        offset = 0
    for m in hits:
        a = m.start() + offset
        if not text[a].isupper():
            return True
        k = a - 1
        while k >= start and text[k].isspace():
            k -= 1
        if k < start or text[k] in CUE_OPENERS or title_cased(text, start, end):
            return True
    return False


def _may_end_with_by(text: str, lo: int, start: int) -> bool:
    """Can the last of the words (_RECORD_WORD) in text[lo:start] fold to 'by' with only spaces after
    it? Not when the last character that is no space is ASCII and no 'y': it ends another word, or
    lies outside the words (a cheap test before the words are read)."""
    k = start - 1
    while k >= lo and text[k].isspace():
        k -= 1
    return k >= lo and (text[k] in "yY" or not text[k].isascii())


def _may_hold_word(words: str, wanted: frozenset[str]) -> bool:
    """Can a word of these words fold to one of the wanted words? Only where the words folded hold
    it: folding goes character by character (ASCII folds to its lower case)."""
    folded = words.lower() if words.isascii() else fold.__wrapped__(words)  # not kept in fold's cache
    for word in wanted:
        if word in folded:
            return True
    return False


def _turn_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A transcript turn's words as one span per statement: a turn that is one quotation of several sentences
    ('Celia Marrow, Chief Elections Officer: "A. B."') one span per sentence inside its marks; the words whole
    otherwise."""
    if end - start < 3 or text[start] not in _OPEN_QUOTES or text[end - 1] not in "\"\u201d" \
            or any(text.count(q, start + 1, end - 1) for q in "\"\u201c\u201d"):
        return [(start, end)]
    pieces = [_trim(text, a, b) for a, b in _quoted_sentences(text, start + 1, end - 1)]
    return [p for p in pieces if p[0] < p[1]] if len(pieces) > 1 else [(start, end)]


def _quoted_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A quotation of several sentences as one span per sentence: each is a statement of its own."""
    if not _INNER_STOP.search(text, start, end):
        return [(start, end)]
    return [(piece.start, piece.end) for piece in sentences(text, Block(start, end, False), -1)] or [(start, end)]


def _opening_quote(text: str, sent: Sentence, begin: int) -> Quote | None:
    """The speech quotation the sentence opens with (after any dateline), if it does."""
    end = sent.end
    while begin < end and (text[begin].isspace() or text[begin] in ".!?"):
        begin += 1
    return next((q for q in sent.quotes if q.open == begin and q.speech), None)


def _unfold_quoted_reports(text: str, frames: list[Frame], registry: Registry, lex: Lexicon) -> list[Frame]:
    """'According to OUTLET, "A, officials said"', 'A, Ana Lind said, OUTLET reported', 'A, Ana Lind said at a
    briefing, an OUTLET correspondent reports': the report carries its own attributions; use them, with the
    outlet that carried them."""
    out: list[Frame] = []
    for frame in frames:
        carried = _carried_frames(text, frame, lex)
        out.extend(carried or [frame])
    return out


def _carried_frames(text: str, frame: Frame, lex: Lexicon) -> list[Frame]:
    """The frames of a medium's report that carries attributions of its own: a quotation ('According to
    OUTLET, "A, officials said"'), or a content before the medium's cue that ends on its speaker's cue ('A, Ana
    Lind said, OUTLET reported'), each with the medium as its outlet; none for any other frame."""
    if len(frame.contents) != 1 or frame.speaker is None:
        return []
    c = frame.contents[0]
    direct = c.form == "direct"
    if not direct and (frame.cue_start is None or c.end > frame.cue_start):
        return []  # ('OUTLET reported that Ana Lind said A': the outlet's report, and Lind's inside it)
    outlet = _reporting_medium(text, frame.speaker, lex)
    if outlet is None:
        return []
    inner = Sentence(c.start, c.end, -1, find_quotes(text, c.start, c.end))
    found = [f for f in parse_sentence(text, inner, tokenize(text, inner)) if f.speaker and (
        direct or f.contents and f.contents[-1].end <= f.speaker[0])]
    for f in found:
        f.outlet = outlet
        f.attribution_spans.extend(frame.attribution_spans)
    return found


def _reporting_medium(text: str, span: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The words naming the medium that speaks in text[span]: the medium itself ('Reuters'), or the one
    whose reporter it is ('a Tarn Agency correspondent': 'Tarn Agency'); None for any other speaker."""
    sp = reading_of(text[span[0]:span[1]], lex).speaker  # (read, never changed: no copy)
    if sp is not None and sp.kind == "media" and not sp.anonymous:
        return span
    if sp is None or not sp.anonymous:
        return None
    named = list(_MEDIUM_WORD.finditer(text, span[0], span[1]))
    if not named or fold(text[span[0]:span[1]].split()[-1]) not in _reporter_titles():
        return None
    return named[0].start(), named[-1].end()


_MEDIUM_WORD = re.compile(r"[A-Z][\w'\u2019&.-]*")  # a word of a medium's name ('Tarn', 'AP', 'Post-Gazette')


def _gives_number(text: str, claim: _Claim) -> bool:
    """Whether a claim's words give a number: a digit, or a spelled number ('eleven', 'a dozen'; matching's number
    words, never 'one': 'no one'). (Not `matching.figures_of`, which reads 'no one' as a figure and a year as none.)"""
    words = _ANY_WORD.findall(text, claim.start, claim.end)
    return any(ch.isdigit() for w in words for ch in w) or any(fold(w) in number_words() and fold(w) != "one" for w in words)


def _counted(words: list[str]) -> int | None:
    """How many people a definite count names: 'the two ministers' 2, 'both generals' 2, else None
    (matcher.json's number words spell the count)."""
    if len(words) == 2 and words[0] == "both":
        return 2
    if len(words) != 3 or words[0] != "the":
        return None
    spelled = number_words().get(words[1])
    return int(spelled) if spelled and spelled.isdigit() and 2 <= int(spelled) <= 4 else None


@lru_cache(maxsize=1)
def _reporter_titles() -> frozenset[str]:
    """The words for a medium's reporter (transcripts.json's 'reporter_titles': 'correspondent', 'reporter')."""
    return frozenset(fold(w) for w in load_data("transcripts.json")["reporter_titles"])


@lru_cache(maxsize=1)
def _not_outlets() -> frozenset[str]:
    """Initials and short names of well-known bodies a source tells or files with (outlets.json's
    'not_outlets'), folded."""
    return frozenset(fold(w) for w in load_data("outlets.json").get("not_outlets") or [])


@lru_cache(maxsize=1)
def _record_dating_words() -> frozenset[str]:
    """Words that only date or rank a record before its issuer's name (cues.json's 'record_dating_words':
    'the latest', 'a yearly', 'an internal')."""
    return frozenset(fold(w) for w in load_data("cues.json").get("record_dating_words") or [])


@lru_cache(maxsize=1)
def _any_record_nouns() -> frozenset[str]:
    """Nouns that name a record of any kind again (cues.json's 'any_record_nouns': 'the report' after an
    audit, a review or an inspection was cited)."""
    return frozenset(fold(w) for w in load_data("cues.json").get("any_record_nouns") or [])


@lru_cache(maxsize=1)
def _fact_check_labels() -> dict[str, frozenset[str]]:
    """The labels of a fact check's boxes, folded, by kind: the claim checked, its verdict and a
    rating's hedges (corroboration.json, which the statuses read too), its claimant and the words of
    a post (cues.json's fact_check_labels)."""
    statuses = load_data("corroboration.json")
    kinds = {"claim": statuses.get("checked_labels") or [], "verdict": statuses.get("verdict_labels") or [],
             "hedges": statuses.get("rating_qualifiers") or [], **(load_data("cues.json").get("fact_check_labels") or {})}
    return {kind: frozenset(fold(w) for w in words) for kind, words in kinds.items()}


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    """The tenses by which a name reports as a medium does (outlets.json's reporting_verbs), folded."""
    return frozenset(fold(w) for w in load_data("outlets.json").get("reporting_verbs") or [])


@lru_cache(maxsize=1)
def _own_reporting() -> re.Pattern[str]:
    """'(And) the Gazette can reveal that ': an outlet's name (group 1), the words by which it states
    its own reporting (group 2, outlets.json's own_reporting) and 'that'."""
    words = sorted(load_data("outlets.json").get("own_reporting") or [], key=len, reverse=True)
    cue = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in words) or "(?!)"
    return re.compile(r"(?:(?:And|But|Now)[ \t]+)?((?:[Tt]he[ \t]+)?[A-Z][\w&'\u2019.-]*(?:[ \t]+[A-Z][\w&'\u2019.-]*){0,4})"
                      r"[ \t]+(" + cue + r")[ \t]+that[ \t]+")


# a word every shape of _release_lead holds, as it is written there: a text without one holds no lead
_RELEASE_LEAD_WORD = re.compile("following|Below|Here|What")


def _search_release_lead(text: str, start: int, end: int) -> re.Match[str] | None:
    """_release_lead's first match in text[start:end], searched only where its words occur (the
    pattern tries a name at every capital)."""
    if _RELEASE_LEAD_WORD.search(text, start, end) is None:
        return None
    return _release_lead().search(text, start, end)


@lru_cache(maxsize=1)
def _release_lead() -> re.Pattern[str]:
    """A lead announcing a press release or statement carried in full (outlets.json's carried_release):
    'The following press release was issued by X', 'The following is a statement from X', 'X has
    issued the following statement'; the issuer's words are group 'issuer'."""
    words = load_data("outlets.json").get("carried_release") or {}

    def any_of(key: str) -> str:
        found = sorted(words.get(key) or [], key=len, reverse=True)
        return "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in found) or "(?!)"
    name = r"(?<![\w&'\u2019-])(?:[Tt]he[ \t]+)?[A-Z][\w&'\u2019-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w&'\u2019-]*){0,8}" \
        r"(?:[ \t]*\([A-Z][\w&.-]{1,9}\))?"
    doc, issued = f"(?:[a-z]+[ \\t]+)?(?:{any_of('documents')})", f"(?:{any_of('issued')})"
    return re.compile(
        rf"The[ \t]+following[ \t]+{doc}[ \t]+(?:(?:was|has[ \t]+been|is[ \t]+being)[ \t]+)?{issued}"
        rf"(?:[ \t]+on[ \t]+\w+)?[ \t]+by[ \t]+(?P<issuer>{name})"
        rf"|(?:The[ \t]+following|Below|Here|What[ \t]+follows)[ \t]+is[ \t]+(?:an?|the)[ \t]+(?:full[ \t]+)?"
        rf"(?:text[ \t]+of[ \t]+(?:an?|the)[ \t]+)?{doc}[ \t]+(?:{issued}[ \t]+)?(?:from|by)[ \t]+(?P<from>{name})"
        rf"|(?P<subject>{name})[ \t]+(?:(?:has|have|had)[ \t]+)?{issued}[ \t]+the[ \t]+following[ \t]+{doc}\b")


def _title_case(words: str) -> str:
    """'THE KELBY PORT AUTHORITY' as a name is written in a sentence: 'the Jolby Port Authority'."""
    particles = {"of", "the", "and", "for"}
    return " ".join(w.lower() if w.lower() in particles else w.capitalize() for w in words.split())


def _release_issuer(m: re.Match[str]) -> tuple[int, int]:
    """Where a release lead (_release_lead) names the issuer."""
    group = next(g for g in ("issuer", "from", "subject") if m.group(g) is not None)
    return m.span(group)


@lru_cache(maxsize=1)
def _release_end() -> re.Pattern[str]:
    """A line that closes a release carried in full ('ENDS', '-30-', '###', 'Notes to editors')."""
    marks = (load_data("outlets.json").get("carried_release") or {}).get("end_marks") or []
    return re.compile(r"[ \t]*(?:" + "|".join(map(re.escape, sorted(marks, key=len, reverse=True))) + r")[ \t:.]*$"
                      if marks else "(?!)")


@lru_cache(maxsize=1)
def _post_subject() -> re.Pattern[str]:
    """'A video circulating on TikTok and Telegram this week claims (that) ': a post spreading online
    as a sentence's subject (group 1) before its verb (group 2), from cues.json's fact_check_labels."""
    labels = load_data("cues.json").get("fact_check_labels") or {}

    def words(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(labels.get(key, []), key=len, reverse=True))
    if not labels.get("post_nouns") or not labels.get("post_verbs"):
        return re.compile(r"(?!)")
    # ('Facebook posts shared ...': a platform's name before the noun; 'One post, published on May 2,
    # reads: "C"': the spreading set off by commas, the words after a colon)
    return re.compile(rf"((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]his|[Tt]hat)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?|[A-Z][\w-]*[ \t]+)?"
                      rf"(?i:{words('post_nouns')}))(?:[ \t]+(?:{words('post_spreading')})\b(?:(?! by )[^.;:,\"\u201c\u201d])"
                      rf"{{0,100}}?|,[ \t]+(?:{words('post_spreading')})\b(?:(?! by )[^.;:,\"\u201c\u201d]){{0,60}}?,)?[ \t]+"
                      rf"({words('post_verbs')})\b(?:[ \t]+that\b|:)?[ \t]*")


def _may_open_with_post(text: str, start: int, end: int) -> bool:
    """May _post_subject match at `start`? Its post noun opens one of the first four words (an article
    and two words, or a capitalised word, may stand before it), so not when none of them is ASCII
    and opens with the first word of a post noun (a cheap test: most sentences are no post's)."""
    firsts = _post_noun_firsts()
    for word in text[start:end].split(maxsplit=4)[:4]:
        if not word.isascii() or word.lower().startswith(firsts):
            return True
    return False


@lru_cache(maxsize=1)
def _post_noun_firsts() -> tuple[str, ...]:
    """The first words of cues.json's post nouns (fact_check_labels), in lower case."""
    nouns = (load_data("cues.json").get("fact_check_labels") or {}).get("post_nouns") or []
    return tuple(sorted({n.split()[0].lower() for n in nouns if n.split()}))


def _spread_post(m: re.Match[str]) -> bool:
    """Is a post noun the subject of _post_subject's match a post spreading online: described as one
    ('A video circulating on X claims'), or one newly brought in ('A video claims')? 'The clip says C'
    and 'Video shows that C' name a record the text has in view (an advertisement, a recording), which
    speaks as documents do ('the report says C')."""
    return bool(m.string[m.end(1):m.start(2)].strip()) or _NEW_POST.match(m.group(1)) is not None


# an indefinite determiner opening a post noun's phrase
_NEW_POST = re.compile(r"(?:[Aa]n?|[Oo]ne)[ \t]")


def _label_kind(label: str, labels: dict[str, frozenset[str]]) -> str | None:
    """'claim', 'claimant' or 'verdict' for a box's label ('Claim', 'Claimed By ', 'Our verdict'), else None."""
    key = fold(label).strip()
    return next((kind for kind in ("claim", "claimant", "verdict") if key in labels.get(kind, frozenset())), None)


def _rating_of_falsehood(words: str, lex: Lexicon, labels: dict[str, frozenset[str]]) -> bool:
    """Whether a verdict box's words are only a rating of falsehood: 'False', 'Mostly FALSE', 'Fake'."""
    low = fold(words).strip(" .!")
    first, _, rest = low.partition(" ")
    if first in labels.get("hedges", frozenset()) and rest:
        low = rest
    return lex.false_verdict.fullmatch(low) is not None


def _without_repeats(claims: list[_Claim]) -> list[_Claim]:
    """The claims without those marked `repeated`, their links renumbered (a repeated claim is the
    source of no link)."""
    if not any(c.repeated for c in claims):
        return claims
    new_index: dict[int, int] = {}
    for old, c in enumerate(claims):
        if not c.repeated:
            new_index[old] = len(new_index)
    kept = [c for c in claims if not c.repeated]
    for c in kept:
        c.links = [(new_index[source], relation) for source, relation in c.links if source in new_index]
    return kept


def _document_cited(sp: Speaker) -> bool:
    """Whether an anonymous speaker is a document cited ('according to invoices released with the contract', 'the
    provincial official gazette', cues.json's record and evidence nouns): no anonymous source, whoever issued it; a
    media report ('Israeli media reports') still is one."""
    lex = lexicon()
    head = sp.head
    return sp.kind != "media" and head is not None and head not in lex.media_reports and (
        head in lex.record_nouns or head in lex.evidence_nouns)


def _claimset(text: str, claims: list[_Claim], *, slug, title, outlet, url, language, published,
              version, origins: Callable[[_Claim], tuple[Speaker | None, dict | None]],
              credited: Iterable[dict] = ()) -> ClaimSet:
    speaker_ids: dict[int, str] = {}
    speakers: list[SpeakerEntry] = []
    outlet_ids: dict[str, str] = {}
    outlets: list[OutletEntry] = []

    def outlet_id(rec: dict | None) -> str | None:
        if rec is None:
            return None
        key = fold(rec["name"])
        if key not in outlet_ids:
            outlet_ids[key] = f"o{len(outlets) + 1}"
            outlets.append({"id": outlet_ids[key], "name": rec["name"], "aliases": sorted(set(rec.get("aliases") or [])),
                            "country": rec.get("country")})
        return outlet_ids[key]

    def speaker_id(sp: Speaker | None) -> str | None:
        if sp is None:
            return None
        if id(sp) not in speaker_ids:
            speaker_ids[id(sp)] = f"s{len(speakers) + 1}"
            speakers.append({"id": speaker_ids[id(sp)], "name": sp.name,
                             "aliases": sorted(set(a for a in sp.aliases if a != sp.name)), "kind": sp.kind,
                             "anonymous": sp.anonymous and not _document_cited(sp), "role": sp.role,
                             "affiliation": sp.affiliation})
        return speaker_ids[id(sp)]

    out_claims: list[ClaimEntry] = []
    links: list[LinkEntry] = []
    for n, c in enumerate(claims, start=1):
        first_speaker, first_outlet = origins(c)
        # a chain is written where it says more than the speaker, the outlet and the publisher do
        chain: dict = {"via": [i for i in map(outlet_id, c.via) if i is not None]} if c.via else {}
        if chain or first_speaker is not c.speaker or first_outlet is not (c.outlet or outlet):
            chain["origin"] = {"speaker": speaker_id(first_speaker), "outlet": outlet_id(first_outlet)}
        out_claims.append({
            "id": f"c{n}", "seq": n, "start": c.start, "end": c.end, "text": text[c.start:c.end],
            "sentence_start": c.sentence.start, "sentence_end": c.sentence.end,
            "speaker": speaker_id(c.speaker),
            "speaker_start": c.speaker_span[0] if c.speaker_span else None,
            "speaker_end": c.speaker_span[1] if c.speaker_span else None,
            "outlet": outlet_id(c.outlet), **chain, "cue": c.cue,
            "cue_start": c.cue_span[0] if c.cue_span else None, "cue_end": c.cue_span[1] if c.cue_span else None,
            "form": c.form, "stated_on": c.stated_on, "event_on": c.event_on, "kind": c.kind, "stance": c.stance,
            "status": "unconfirmed", "reason": "",  # until the status rules decide (status.apply_rules)
        })
        for source, relation in c.links:
            source_speaker = claims[source].speaker
            who = source_speaker.name if source_speaker is not None else "another source"
            how = {"denies": "denied it", "retracts": "withdrew it"}.get(claims[source].stance, "did not confirm it")
            links.append({"source": f"c{source + 1}", "target": f"c{n}", "relation": relation, "by": "rule",
                          "reason": f"{who} {how}"})
    if outlet is not None:
        outlet_id(outlet)
    for rec in credited:
        outlet_id(rec)  # ('The Courier first reported the story': no claim, one of the story's outlets)
    for sp_dict in speakers:
        if not sp_dict["aliases"]:
            sp_dict["aliases"] = []
    document: DocumentMeta = {"slug": slug, "title": title, "outlet": outlet["name"] if outlet else None, "url": url,
                "language": language, "version": version, "published": published, "text": text}
    return {"format": "provenance-claimset", "format_version": format_version(out_claims), "document": document,
            "speakers": speakers,
            "outlets": outlets, "claims": out_claims, "links": links}
