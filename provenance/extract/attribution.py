"""Attribution frames in one sentence: who (a mention), the cue, and the content spans.

A sentence is read as tokens (a speech quote and a date are one token each) and matched against
the shapes reporting takes in news text:

    X said (that) C          "C," X said / said X          according to X, C / C, according to X
    X told OUTLET on DATE that C                OUTLET quoted X (as) saying C
    C, OUTLET reported (on DATE)                Speaking to OUTLET, X said C
    X: "C"                  X said A, adding B  X said A but did not confirm reports that B

The result is a list of Frames with token-level decisions turned into character offsets; speakers
are resolved later, at the document level.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from provenance.datafiles import load_data
from provenance.extract.carried import undotted_legal_forms
from provenance.extract.dates import MONTH_NAMES, WEEKDAYS
from provenance.extract.grammar import (  # provenance/data/grammar.json
    _ADDRESS_OPENERS,
    _ADDRESS_SENT_WORDS,
    _ADJUNCT_PREPS,
    _ADJUNCT_WORDS,
    _ANSWER_WORDS,
    _APPEARANCE_VERBS,
    _APPROXIMATORS,
    _ASIDE_ADVERBS,
    _BE_FORMS,
    _BELIEFS,
    _CITING,
    _CLAUSE_ADJUNCT_WORDS,
    _COMMA_RELATIVES,
    _COMPARISON_OPENERS,
    _COMPLEMENT_STARTERS_BAD,
    _CONTACT_PARTICIPLES,
    _CREDIT_VERBS,
    _CREDITED_STORIES,
    _DEFINITE_DETERMINERS,
    _DISCOURSE_ADVERBS,
    _EMPHATIC_REFLEXIVES,
    _EMPLOYMENT_PARTICIPLES,
    _EXPLETIVE_SUBJECTS,
    _FINITE,
    _FOR_ASIDES,
    _FREE_RELATIVES,
    _HEAD_ENDS,
    _IRREGULAR_PARTICIPLES,
    _IRREGULAR_PAST,
    _LEADING_ADVERBS,
    _LY_NOUNS,
    _MEMBER_JOINS,
    _MEMBER_SUBJECTS,
    _MODAL_SKIPS,
    _MODALS,
    _NOT_POSSESSIVE,
    _NOTIFY_VERBS,
    _NOUN_MARKERS,
    _NP_INNER,
    _NP_STOP,
    _OBJECT_ENDS,
    _OBJECT_PRONOUNS,
    _OPENING_PREPS,
    _OPENING_WORDS,
    _PAIR_PREPS,
    _PAIRED_MODIFIERS,
    _PARTICIPLE_ADJUNCT_LEADS,
    _PARTITIVE_ONES,
    _PASSIVE_AUX,
    _PASSIVE_AUXILIARIES,
    _PLACE_PREPS,
    _PLAN_BREAK_WORDS,
    _PLURAL_MEMBERS,
    _PLURAL_OBJECT_PRONOUNS,
    _PORTFOLIO_JOINS,
    _PREFIX_SPEAKING,
    _QUANTIFIER_PRONOUNS,
    _QUESTION_OPENERS,
    _REACTION_NOUNS,
    _RELATIVE_OPENERS,
    _RELATIVE_PREPS,
    _REPORTER_SUBJECTS,
    _SENDING_VERBS,
    _SENTENCE_CONJUNCTIONS,
    _SHARE_WORDS,
    _SHORT_DEMAND_ENDS,
    _SOURCE_ARTICLES,
    _SOURCE_LEADS,
    _SOURCE_PARTICIPLES,
    _SPEAKING_TO,
    _SUBJECT_ADVERBS,
    _SUBJECT_JOINS,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _TAIL_OPENERS,
    _TIME_ENDS,
    _TIME_RELATIONS,
    _TIMES_OF_DAY,
    _TITLE_PREPS,
    _VERB_NEGATORS,
    _VIEW_VERBS,
    DETERMINERS,
    PRONOUNS,
)
from provenance.extract.lexicon import (
    Cue,
    Lexicon,
    alternation,
    anonymity_request,
    credit_clause,
    false_story_match,
    fold,
    lexicon,
    trie_pattern,
)
from provenance.extract.segment import Sentence, Token

# the words a noun phrase read back from a cue does not start with: the subject's ('and also X
# said'), a relative pronoun's antecedent's ('even X, who'), any noun phrase's ('but the X')
_NAME_PARTICLES = frozenset(fold(w) for w in load_data("titles.json")["person_name_particles"])  # ('Jose da Silva')
_SUBJECT_SKIPS = _NP_INNER | {"and", "but", "so", "also", "then"}
_ANTECEDENT_SKIPS = _NP_INNER | {"by", "even"}
_PHRASE_SKIPS = _NP_INNER | {"and", "but", "so"}
# words before a capitalised 'The' inside a noun phrase that are no noun ending a sentence run into it
_RUN_IN_NOT_NOUNS = _NP_STOP | _NP_INNER | DETERMINERS | frozenset(
    "both about like against via including called named titled dubbed than per".split())
# the prepositions after the head of a thing sent ('a letter to Y', 'an email for supporters')
_OBJECT_PREPS = frozenset({"to", "for", "from", "with", "on", "about", "in", "at"})
# what follows an adverb that opens an adjunct ('Shortly after', 'Here in', 'Prior to', 'Just as')
# the words that join a participle to the verb before it ('describing X as a hero but insisting that C')
_PARTICIPLE_JOINS = frozenset({"and", "but", "before", "after", "while", "without"})
_AFTER_LEADING_ADVERB = _ADJUNCT_PREPS | _SUBORDINATORS | {"to", "as"}
# the words naming one member of a group spoken of, or several ('another', 'the other', 'some', 'others')
_MEMBERS = _MEMBER_SUBJECTS | _PLURAL_MEMBERS

# the verbs after an existential 'there' ('told Reuters there was no danger'): the content's, not the recipient's
_THERE_VERBS = _BE_FORMS | _MODALS | {"has", "had", "have", "hasn't", "hadn't", "haven't", "seems", "seemed"}

# a word before a cue that may make it no report: a modal, a passive auxiliary, or an adverb between
_AUX_TRIGGERS = _MODALS | _PASSIVE_AUX | _MODAL_SKIPS
# what ends a plan's content: ', aside from saying ...', ', while ...'
_PLAN_BREAKS = _ADJUNCT_PREPS | _SUBORDINATORS | _PLAN_BREAK_WORDS
_CLAUSE_ADJUNCTS = _SUBORDINATORS | _CLAUSE_ADJUNCT_WORDS
# what ends a cue's bare object ('reported the spill and went home', 'asked before the vote was held')
_BARE_OBJECT_ENDS = _SUBORDINATORS | {"and", "but", "or", "which", "who"}
# words after a record's head noun that link what follows to it ('documents from the port', 'people familiar with')
RECORD_HEAD_ENDS = frozenset({"of", "from", "by", "with", "for", "in", "on", "at", "about", "familiar", "close",
                               "who", "that", "which", "obtained", "seen", "released", "published"})
_REPORT_PREPS = frozenset({"of", "by", "from", "in", "on"})  # whose or where a denied report is, before 'that C'
_ASIDE_WORDS = 8  # the longest aside between a denied report's noun and its 'that C' ('claims, first made by X, that C')
_TRADE_ENDINGS = ("ist", "er", "or", "ian")  # a lower-case trade before a name ('hydrologist Ana Costa')
_QUOTE_MARK = re.compile("[\"\u201c\u201d\u2018\u00ab]")
_OPEN_MARKS = "\u201c\u2018\"\u00ab"
# after a verdict on a report, a second reported clause: '"a fabrication" and that C'
_WORD_AT = re.compile(r"[\w'\u2019-]+")  # the word at an offset
_AND_THAT = re.compile(r"[\"\u201d\u2019']?()[,;]?\s+and\s+that\s+")
# after these a capitalised word may still be a cue: a quotation, a colon or a dash starts anew
CUE_OPENERS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb(:\u2014\u2013-["
_CLOSE_MARKS = "\u201d\u2019\"\u00bb"


@lru_cache(maxsize=2)
def _lower_legal_forms(suffixes: frozenset[str]) -> frozenset[str]:
    """The legal forms written in lower case ('plc', 'ehf', 'a.d.'), without their full stops."""
    return frozenset(f for f in undotted_legal_forms(suffixes) if f.islower())


@lru_cache(maxsize=2)
def _folded_legal_forms(suffixes: frozenset[str]) -> frozenset[str]:
    """Every legal form without its full stops, case-folded ('co', 'ltd', 'plc'): built once a suffix list."""
    return frozenset(f.casefold() for f in undotted_legal_forms(suffixes))


def title_cased(text: str, start: int, end: int) -> bool:
    """Is text[start:end] written in title case, as headlines are ("Senator Says Talks Failed")?"""
    initials = [w[0] for w in text[start:end].split() if w[0].isalpha()]
    return len(initials) >= 3 and sum(map(str.isupper, initials)) >= 0.7 * len(initials)


@dataclass
class Content:
    start: int
    end: int
    form: str  # direct | indirect


# after a story credited ('which first reported the case'), the words that make it a clause's subject or a
# noun's head instead ('reported the case had been closed', 'the story that C', 'the case of a missing boy')
_CREDIT_NOT_AFTER = _FINITE | _THERE_VERBS | {"that", "of", "about", "which", "who", "whose"}


@lru_cache(maxsize=1)
def _first_credit() -> re.Pattern[str]:
    """', which first reported the leak', ', which broke the story', ', that had first revealed': a relative clause
    crediting the name before it with a story (lexicon.credit_clause), set off by a comma."""
    return re.compile(r",\s+" + credit_clause(), re.IGNORECASE)


def credited_first(text: str, end: int) -> bool:
    """Is the name ending at `end` followed by a relative clause that credits it with first reporting a story
    ('Kelvo Dagblad, which first reported the leak, said C')? Such a name is a news outlet's, whatever it looks like;
    not one that reported an event to someone ('Delmar Chemicals, which first reported the leak to regulators,':
    notifies)."""
    m = _first_credit().match(text, end)
    return m is not None and not notified_from(text, m.end())


def notified_from(text: str, at: int) -> bool:
    """Do the words from `at` name an event reported to someone ('the leak to regulators': notifies)?"""
    return notifies(_CREDIT_WORD.findall(text[at:at + 120].lower()))


_CREDIT_WORD = re.compile(r"[\w'’]+|[^\w\s]")


def notifies(words: list[str]) -> bool:
    """Do the words of a notifying verb's object (lower case, from its first; a mark as ',') hold a noun phrase,
    'to' and the one notified ('two deaths to the harbour office', 'the theft to police'), no clause between (not 'the
    boat to be missing', 'deaths that had risen')?"""
    if not words or words[0] in _SUBJECT_PRONOUNS or words[0] in ("that", "there", "whether", "if", ",") \
            or words[0][:1].isdigit():
        return False  # ('reported that it planned to cut C': a clause; 'reported 12 new cases to the WHO': a figure)
    for x in range(1, min(len(words) - 1, 6)):
        if words[x] == "to":
            return words[x + 1] not in ("be", "have", ",") and words[x + 1] not in _FINITE
        if words[x] == "," or words[x] in _FINITE or words[x] in _THERE_VERBS or words[x] in _IRREGULAR_PAST \
                or words[x].endswith("ed") or words[x] in ("that", "who", "which"):
            return False
    return False


def work_head(words: list[str], plain: list[bool]) -> int | None:
    """Where a written work is named among the first four of these words (folded; lexicon.written_works: 'a
    detailed memo', 'the majority opinion'), when every word before it is `plain` (a word in lower case), else None:
    the head of an object that is only a work and what it is about (`_Parser._written_work`, combine's)."""
    works = lexicon().written_works
    head = next((x for x, w in enumerate(words[:4]) if w in works), None)
    return None if head is None or not all(plain[:head]) else head


def verb_shaped(word: str) -> bool:
    """Does a word read as a verb by its ending alone: more than four letters and -ed or -es ('released', 'argues';
    a noun so ending, 'articles', reads as one too)?"""
    return len(word) > 4 and word.endswith(("ed", "es"))


# words that make a credit verb's object a clause ('which first reported that C', 'the mine had closed', 'whether C')
_CREDITED_CLAUSE = _FINITE | _THERE_VERBS | (_QUESTION_OPENERS - {"about"}) | {"that", "whose"}
# 'X, which first reported', 'that had first revealed': the words before a credit verb that make its clause a credit
_FIRST_CREDIT = re.compile(r",\s*(?:which|that)\s+(?:had\s+)?first\s+", re.IGNORECASE)


def first_credit(text: str, cue_start: int, words: list[str]) -> bool:
    """Does a relative clause set off by a comma, its verb 'first' reported, revealed or broke, open just before
    `cue_start` ('Gazeta Sud, which first reported the deaths, said C'), and do the words of its object (lower case,
    from its first; a mark as ',') run as a noun phrase to the clause's comma ('the deaths', 'the owner's family ties',
    'the depth of the piles'), no clause ('which first reported that C', 'the mine had closed')? Then the object is the
    story the clause credits the one before it with, and nothing of it is stated (rules.mark_first_reporters reads the
    credit)."""
    m = _FIRST_CREDIT.search(text, max(0, cue_start - 30), cue_start + 10)
    if m is None or not m.start() < cue_start <= m.end():
        return False  # (the cue may hold its auxiliary: 'had first revealed')
    for x, word in enumerate(words[:9]):
        if word == ",":
            return x > 0
        if not (word[:1].isalnum() or word in ("'s", "’s")) or word in _CREDITED_CLAUSE or word in PRONOUNS \
                or word in _IRREGULAR_PAST or word.endswith("ed") and x > 0 and words[x - 1] not in DETERMINERS:
            return False
    return False


def credits_story(words: list[str]) -> bool:
    """Do the words of a report verb's object (lower case, from its first) name only the story the verb credits
    ('the case', 'this story', 'it'; grammar.json's credited_stories), the sentence's end, a mark or an adjunct
    after it: 'Gazeta Sud, which first reported the case, said C' credits the outlet, and states nothing?"""
    end = 1 if words[:1] == ["it"] else (2 if words[:1] in (["the"], ["this"], ["that"]) and words[1:2]
                                         and words[1] in _CREDITED_STORIES else None)
    return end is not None and (len(words) <= end or words[end] not in _CREDIT_NOT_AFTER)


@dataclass
class Frame:
    cue: Cue | None
    cue_text: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: tuple[int, int] | None          # the words that name the speaker here
    contents: list[Content] = field(default_factory=list)
    inherit: str | None = None               # "previous": same speaker as the frame before it; "nobody": none
    outlet: tuple[int, int] | None = None    # the words naming the medium that carried it
    medium: str | None = None                # "press release" / "statement" when the text says so
    recipient: tuple[int, int] | None = None
    attribution_spans: list[tuple[int, int]] = field(default_factory=list)  # cue-side text (for dates)
    contradicts_previous: bool = False       # "... but did not confirm reports that B"
    speaker_is_outlet: bool = False
    nested: bool = False                     # found inside another frame's content
    subject_speaker: bool = False            # the sentence is the publisher's too ("in demanding", "which X calls")
    trailer: bool = False
    pending: bool = False                    # "X said:" with the quote in the next paragraph
    hint: str | None = None                  # for a reporting noun, what its cue verb's hint would be
    own: tuple[int, int] | None = None       # with subject_speaker: the publisher's part, when not the whole sentence
    antecedent: tuple[int, int] | None = None  # what a pronoun speaker refers to ('a statement in which it said')
    appended: tuple[int, int] | None = None  # the publisher's comment after the content ('— a clear sign of ...')
    stance_object: bool = False              # the content is the object of a stance ('support the plan')
    report_object: str | None = None         # a denial's report: "clause" ('reports that C'), "noun" ('the report'),
    #                                          "verdict" ('called the story false'), "false_clause" ('said the
    #                                          claim that C was false': C is denied), "refusal" ('X declined to
    #                                          comment': the publisher's observation only)
    cited: tuple[int, int] | None = None     # whom the speaker cites ('X reported, citing the Post, that C')
    broadcast: tuple[int, int] | None = None  # a programme or medium spoken on ('said on NPR's Morning Edition')
    deed: bool = False                       # the content is the cue's object, no clause: a thing done to it
    #                                          ('rejected the appeal', 'declared a drought')
    relative_clause: bool = False            # the cue is the verb of a relative clause set off by a comma
    #                                          ('Brenmoor, which says C, sells power', 'X, who said C, said D')
    addressed: tuple[int, int] | None = None  # the words a sentence's opening names as told ('In a statement to
    #                                          OUTLET, X said', 'To OUTLET, X said'): an outlet only when known


@dataclass
class _Step:
    """What one cue gave the left-to-right reading of a sentence."""
    frame: Frame | None           # the frame to keep, if any
    consumed: int | None = None   # the token the next cue may start at, when the cue took words
    leads: bool = True            # the frame is the one a later '..., adding C' continues


def _refusal_at(parser: _Parser, refusals: tuple[tuple[str, ...], ...]) -> tuple[int, tuple[str, ...]] | None:
    """The first refusal (position, then the order of `refusals`) whose words run from one of the
    eleven words after the sentence's first: only the refusals opening with the word at a position
    are compared there (the same first match as comparing every refusal at every position)."""
    by_first = _by_first_word(refusals)
    if by_first is None:  # (a refusal of no words matches anywhere: every one compared)
        return next(((i, w) for i in range(parser.begin + 1, min(parser.end, parser.begin + 12)) for w in refusals
                     if all(parser.w(i + x) == w[x] for x in range(len(w)))), None)
    w = parser.w
    for i in range(parser.begin + 1, min(parser.end, parser.begin + 12)):
        for words in by_first.get(w(i), ()):
            if all(w(i + x) == words[x] for x in range(1, len(words))):
                return i, words
    return None


@lru_cache(maxsize=4)
def _by_first_word(refusals: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]] | None:
    """The refusals by their first word, each word's in their order; None when one has no words."""
    if any(not words for words in refusals):
        return None
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in refusals:
        index.setdefault(words[0], []).append(words)
    return index


class _Parser:
    def __init__(self, text: str, sentence: Sentence, tokens: list[Token], lex: Lexicon, begin: int) -> None:
        self.text = text
        self.sentence = sentence
        self.t = tokens
        self.lex = lex
        self.n = len(tokens)
        self.begin = begin  # first token after a dateline
        # each token's word as w() gives it ('' for a mark, a quotation or a date): the shapes ask
        # some 70 times a sentence, so the look-up is one index
        self.words = [tok.low if tok.kind == "w" else "" for tok in tokens]
        self.kinds = [tok.kind for tok in tokens]
        self.end = self.n
        while self.end > begin and self.t[self.end - 1].kind == "p" and self.t[self.end - 1].low in ".!?;":
            self.end -= 1
        self._headline: bool | None = None
        self._subjects: dict[tuple[int, int], tuple[int, int] | None] = {}
        self.cues = self._find_cues()
        self.cue_tokens = {k for i, j, _ in self.cues for k in range(i, j)}
        self.cue_index = {i: (i, j, cue) for i, j, cue in self.cues}
        self._counts: tuple[list[int], list[int]] | None = None
        self._starts: list[int] | None = None
        self.said_after_silence: int | None = None  # where a clause said after a silence starts ('..., but said D')

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [tok.start for tok in self.t]
        return self._starts

    def _running_counts(self) -> tuple[list[int], list[int]]:
        """Words and quotations before each token, for a constant-time "is this part substantial?";
        built the first time a shape asks."""
        if self._counts is None:
            kinds = self.kinds
            self._counts = (list(accumulate([k == "w" for k in kinds], initial=0)),
                            list(accumulate([k == "q" for k in kinds], initial=0)))
        return self._counts

    # -- helpers ---------------------------------------------------------------------------------
    def w(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def is_p(self, i: int, chars: str) -> bool:
        return 0 <= i < self.n and self.kinds[i] == "p" and self.t[i].low in chars

    def separates_thousands(self, i: int) -> bool:
        """Is the comma token i a figure's thousands separator ('2,400'), a digit either side?"""
        tok, text = self.t[i], self.text
        return 0 < tok.start and tok.end < len(text) and text[tok.start - 1].isdigit() and text[tok.end].isdigit()

    def is_q(self, i: int) -> bool:
        return 0 <= i < self.n and self.kinds[i] == "q"

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.t[a].start, self.t[b - 1].end

    def _find_cues(self) -> list[tuple[int, int, Cue]]:
        found: list[tuple[int, int, Cue]] = []
        by_first = self.lex.cues_by_first
        t = self.t
        after = self.begin  # the first token not taken by a cue found already
        # only the words that open some cue are looked at
        for i in [x for x, w in enumerate(self.words[self.begin:], self.begin) if w and w in by_first]:
            if i < after or not self._may_be_cue(i):
                continue
            tok = t[i]
            for cue in by_first[tok.low]:
                k = len(cue.words)
                if (k == 1 or all(self.w(i + x) == cue.words[x] for x in range(1, k))) and (
                        not cue.before or self.w(i + k) in cue.before) and not (
                        cue.not_before and self._opening_word(i + k) in cue.not_before):
                    prev = t[i - 1].low if i > self.begin else ""
                    if not cue.negation and not cue.perceived and (prev in _AUX_TRIGGERS or prev.endswith("ly")):
                        aux = self._auxiliary_before(i)
                        if aux in _MODALS or (aux in _PASSIVE_AUX and not cue.quotes_speaker
                                              and not tok.low.endswith(("ing", "s"))):
                            # 'could announce a deal': nothing has been said yet; 'they had not
                            # been told': the subject was spoken to, not speaking
                            break
                    if cue.report_only and not self._report_object_after(i + k):
                        break  # 'withdrew its troops', 'withdrew from the race': no statement withdrawn
                    if cue.figure_object and not cue.needs_content_mark and not self._figure_object(i + k):
                        break  # 'put pressure on the council': no figure given
                    if cue.cites and not self._cites_record(i + k, cue):
                        break  # 'in the race', 'in Ohio': no poll cited
                    found.append((i, i + k, cue))
                    after = i + k
                    break
        return found

    def _opening_word(self, i: int) -> str:
        """The word token i is or opens, lower-cased (a date's first word too: 'until August')."""
        if i >= self.n or self.kinds[i] != "d":
            return self.w(i)
        return self.text[self.t[i].start:self.t[i].end].split()[0].lower()

    def _cites_record(self, k: int, cue: Cue) -> bool:
        """Does a phrase that cites a record name one from token k, and not inside its subject: a verb
        right after the record's noun makes the phrase part of who speaks ('Most voters in the latest
        poll said C', 'Half of those in the survey are', 'Few voters in the survey approved.')."""
        end = self._cited_record(k, cue)
        if end is None:
            return False
        low = self.w(end)
        return not (low in _FINITE or any(not c.phrase for c in self.lex.cues_by_first.get(low, ()))
                    or _participle(low) and end + 1 >= self.end)

    def _cited_record(self, k: int, cue: Cue) -> int | None:
        """The end of the record a phrase that cites one names from token k ('in | the latest
        Tribune/Vale poll', 'in | the county's average of polls'): the token after its noun, one of the
        cue's 'cites' within nine words with no clause, quotation or pronoun before it; else None."""
        for x in range(k, min(self.end, k + 9)):
            tok = self.t[x]
            if tok.kind == "w" and tok.low in cue.cites:
                # ('leads in the polls', 'a slide in the polling' name no poll: the polls at large)
                return x + 1 if x > k and not (x == k + 1 and self.w(k) == "the" and tok.low.startswith("poll")
                                               and tok.low != "poll") else None
            if not (tok.kind in ("w", "d") and tok.low not in _FINITE and tok.low not in _SUBJECT_PRONOUNS
                    and tok.low not in _RECORD_BREAKS or _joins_name(tok) or tok.kind == "p" and tok.low in "/-&"):
                return None  # ('in a memo released as polls closed', 'head to the polls')
        return None

    def _may_be_cue(self, i: int) -> bool:
        """May the word at token i (the first word of some cue) open a cue where it stands?"""
        tok, t = self.t[i], self.t
        if i > self.begin and self.text[tok.start].isupper() and not (
                t[i - 1].kind == "q" or t[i - 1].kind == "p" and t[i - 1].low in CUE_OPENERS) \
                and not self._title_cased:
            return False  # capitalised inside a sentence: part of a name ("United States", "Edward Said")
        if tok.cap and i > self.begin and self._describes_next(i + 1):
            return False  # '"C," State spokesman X said', 'Report officials': a capitalised word of a description
        if tok.low in self.lex.noun_like_forms and (i == self.begin or self.is_p(i - 1, ",")) \
                and self._description_follows(i + 1):
            return False  # 'C, state officials said', 'C, state party president X said': a word of the description
        if i > self.begin and self._noun_position(i - 1) and self._relative_cue(i) is None \
                and not self._member_subject_before(i) or self._report_noun(i):
            return False  # 'his tweets', 'the 1995 state', 'late-night tweets', "let's say": a noun or an idiom
        if self.w(i + 1) in self.lex.compounds.get(tok.low, ()):
            return False  # 'a liberal think tank': a compound noun
        if tok.low in self.lex.issued_verbs and i > self.begin and self._record_head(i - 1) \
                and self.w(i + 1) in _KEPT_AT:
            return False  # 'Minutes posted on its website show C': the record's participle, no post of theirs
        if (tok.low in self.lex.report_nouns or tok.low in self.lex.noun_like_forms) and self.is_p(i + 1, ",") \
                and self._relative_layer(i + 2, self.end):
            return False  # 'The inspection report, which was tabled on Monday, says': a noun a relative clause sets off
        if self.w(i - 1) == "who" and self._anonymity_request(i + 1) is not None:
            return False  # 'a nurse, who asked Channel 9 not to use her name, said': a request, no statement
        if self._in_anonymity_request(i):
            return False  # 'a guard who did not want to be quoted said', 'who declined to be identified': no statement
        # 'a person briefed on the talks': a description of the source
        return not (tok.low in _SOURCE_PARTICIPLES and self.w(i + 1) in ("on", "about", "by", "of"))

    def _relative_cue(self, i: int) -> int | None:
        """The comma before 'which' or 'who' (auxiliaries and -ly adverbs between) when the cue at
        token i is the verb of a relative clause set off by it ('Brenmoor, which says C, sells
        power', 'Brannock, who has long argued that C, said'; a time between: 'Ana Lind, who last week told
        the Courier C, did not respond'), else None."""
        x = i - 1
        while x > self.begin and (self.w(x) in self.lex.auxiliaries or self.w(x).endswith("ly")
                                  or (self.w(x) in _RELATIVE_TIMES or self.t[x].kind == "d") and i - x < 4) and i - x < 5:
            x -= 1
        if self.w(x) == "and":
            x = self._coordinated_relative(x)  # 'X, who took office in May and promised C, said D'
        if self.w(x) not in _COMMA_RELATIVES or x - 1 <= self.begin or not self.is_p(x - 1, ","):
            return None
        low = self.w(i)
        if x == i - 1 and not (low.endswith(("s", "d")) or low in _IRREGULAR_PAST):
            return None  # ('the test, which state media claimed ...': 'which' opens a noun phrase)
        return x - 1

    def _coordinated_relative(self, conj: int) -> int:
        """The relative pronoun whose clause the verb after the 'and' at token conj joins ('Ana Costa,
        who took office in May and promised a review, said': 'who'), else conj. The words between
        are the clause's first verb phrase: words and figures only, no cue."""
        x = conj - 1
        while x > self.begin and conj - x < 10 and self.t[x].kind in "wd" and x not in self.cue_tokens:
            if self.w(x) in _COMMA_RELATIVES:
                return x if x + 1 < conj else conj
            x -= 1
        return conj

    def _relative_subject(self, i: int) -> tuple[int, int] | None:
        """The noun phrase a relative clause with 'which' whose verb is the cue at token i sets off:
        it speaks ('the league, which says C'; 'X, who said C' gives 'who', read back to X later)."""
        comma = self._relative_cue(i)
        if comma is None or self.w(comma + 1) != "which":
            return None
        np = self.np_before(comma)
        if np is None or np[1] != comma or not (self.t[np[0]].cap or self.w(np[0]) in DETERMINERS):
            return None  # ('has also included members of the board, which ...' is no noun phrase)
        # ('The port hired an engineering firm, which said C', 'shared the logs with two firms, which said C': the
        # last noun phrase before the comma, never the clause it closes)
        ante = self._np_before_relative(comma + 1)
        if ante is not None and ante[0] > np[0] and any(
                self.w(x) in _ADJUNCT_PREPS or self.w(x) in _FINITE or self.w(x) in _IRREGULAR_PAST
                or self.w(x).endswith("ed") and not self.t[x].cap for x in range(np[0], ante[0])):
            np = ante  # (a verb or a preposition before it: never 'the business news site Tarnwire, which')
        return np[0], comma + 2  # (the mention runs through 'which', as 'X, who' does: where it speaks)

    def _anonymity_request(self, k: int) -> tuple[int, int] | None:
        """After 'who asked' (token k the word after 'asked'), a request not to be named opening at 'asked'
        ('who asked Channel 9 not to use her name', 'who asked not to be named', 'who asked that we not use
        his name': lexicon.anonymity_request): the span of whom the speaker asked (empty when none is
        named), else None."""
        m = anonymity_request(self.text, self.t[k - 1].start, self.t[self.end - 1].end, at=True)
        if m is None:
            return None
        whom = (m.group("whom") or "").rstrip()
        x = k
        while x < self.end and whom and self.t[x].end <= m.start("whom") + len(whom):
            x += 1
        return k, x

    def _in_anonymity_request(self, i: int) -> bool:
        """Is the cue at token i a word of a request not to be named ('who declined to be identified',
        'a guard who did not want to be quoted said', 'who requested anonymity')?"""
        a = max(self.begin, i - 2)
        m = anonymity_request(self.text, self.t[a].start, self.t[min(self.end, i + 6) - 1].end)
        return m is not None and m.start() <= self.t[i].start < m.end()

    @property
    def _title_cased(self) -> bool:
        """Is the sentence written in title case (a headline)? Asked at most once a sentence."""
        if self._headline is None:
            self._headline = title_cased(self.text, self.sentence.start, self.sentence.end)
        return self._headline

    def _describes_next(self, k: int) -> bool:
        """Is token k a lower-case title or head noun of a speaker's description ('spokesman', 'officials')?"""
        if k >= self.n or self.t[k].kind != "w" or self.t[k].cap:
            return False
        low, lex = self.t[k].low, self.lex
        return low in lex.title_words or low in lex.anonymous_heads or low in lex.group_heads

    def _description_follows(self, k: int) -> bool:
        """Does a speaker's title or head noun come at token k, after at most two names or
        lower-case words of a description ('officials', 'party president', 'Greens leader'), and a
        verb of saying after it and its name ('state officials said')? Without one the word before
        is the cue ('C, notes analyst Ana Lind')."""
        for x in range(k, min(self.n, k + 3)):
            if self._describes_next(x):
                return self._saying_after(x + 1)
            if self.t[x].kind != "w" or self.w(x) in self.lex.cues_by_first or self.w(x) in DETERMINERS:
                return False
        return False

    def _saying_after(self, k: int) -> bool:
        """Does a cue's first word come within a few words from token k, before any punctuation?"""
        for y in range(k, min(self.n, k + 5)):
            if self.t[y].kind != "w":
                return False
            if self.w(y) in self.lex.cues_by_first:
                return True
        return False

    def _report_noun(self, i: int) -> bool:
        """Is the word at token i a report after an article and adjectives, a medium or a name ('a
        new report says', 'a Washington Post report said', 'a newspaper report that C'), so a noun
        and no cue?"""
        if self.w(i) not in self.lex.report_nouns:
            return False
        x = i - 1
        adjective = False
        cue_next = self.w(i + 1) in self.lex.cues_by_first
        while x > self.begin and i - x <= 4 and self.t[x].kind == "w" and (
                self.t[x].low in self.lex.adjectives or self.t[x].low in self.lex.media_heads or self.t[x].cap
                or (cue_next and self.t[x].low not in DETERMINERS)):
            # ('a council report said', 'the congressional report found': a cue after the report)
            adjective = adjective or not self.t[x].cap
            x -= 1
        if not (x < i - 1 and x >= self.begin and self._noun_position(x)):
            return False
        # ('The Times reports that C': a verb)
        return self.w(x) in ("a", "an") or adjective and self.w(i + 1) in self.lex.cues_by_first

    def _report_object_after(self, j: int) -> bool:
        """'withdrew the statement', 'retracted her earlier claim': a report or statement is the
        object (within a few words after token j)."""
        for x in range(j, min(self.n, j + 4)):
            if self._plural_possessive(x):
                continue  # ("withdrew the auditors' report")
            if self.t[x].kind != "w":
                return False
            if self.t[x].low in self.lex.denial_objects:
                return True
        return False

    def _adverb(self, k: int) -> bool:
        """Is token k an adverb in -ly ('generally supported'), not a noun ('the family said')?"""
        tok = self.t[k]
        low = tok.low
        return tok.kind == "w" and not tok.cap and len(low) > 5 and low.endswith("ly") and low not in _LY_NOUNS \
            and low not in self.lex.anonymous_heads and low not in self.lex.group_heads

    def _auxiliary_before(self, i: int) -> str:
        """The word governing the verb at token i, adverbs skipped: 'could' in 'could soon announce',
        'been' in 'had not been told'; '' when it is capitalised ('Theresa May said')."""
        k = i - 1
        while k >= self.begin:
            tok = self.t[k]
            if tok.kind != "w" or not (tok.low in _MODAL_SKIPS or tok.low.endswith("ly")):
                break
            k -= 1
        if k < self.begin or self.t[k].kind != "w" or (self.t[k].cap and k > self.begin):
            return ""
        return self.t[k].low

    def _noun_not_verb(self, i: int, j: int, subj: tuple[int, int]) -> bool:
        """Is the one-word cue at token i a noun after all ('the suing states', 'New York state')?
        Such words are verbs only after a subject that can speak and agrees with them."""
        word = self.w(i)
        if j - i != 1 or word not in self.lex.noun_like_forms:
            return False
        last = next((self.t[x] for x in range(subj[1] - 1, subj[0] - 1, -1) if self.t[x].kind == "w"), None)
        if last is None:
            return True
        if subj[1] < i and self.w(i - 1) in _FINITE and not self.t[i - 1].cap and not word.endswith("s"):
            return False  # 'The weather centre in Tarnby has forecast C': a tense makes it a verb ('have claims' no)
        low = last.low[:-2] if last.low.endswith("'s") else last.low
        if low in PRONOUNS:
            return False
        lex = self.lex
        if low in lex.title_words or low in lex.anonymous_heads or low in lex.group_heads or \
                low in lex.institution_heads or low in lex.media_heads or low in lex.evidence_nouns:
            return False
        if last.cap:
            # 'Berg states', 'Republicans state' - but 'New York state' has a singular name before a plain
            # form, and 'in Vell and Dorn states' names joined by 'and' before a form that agrees with one
            return not word.endswith("s") and not low.endswith("s") or word.endswith("s") and self._names_joined(subj)
        return True

    def _names_joined(self, subj: tuple[int, int]) -> bool:
        """Is the subject [a, b) only names joined by 'and' ('Vell and Dorn'), a plural?"""
        words = [x for x in range(subj[0], subj[1]) if self.t[x].kind == "w"]
        return any(self.w(x) == "and" for x in words) and all(self.t[x].cap or self.w(x) == "and" for x in words)

    def _wrong_evidence(self, cue: Cue, subj: tuple[int, int], j: int | None = None) -> bool:
        """'The poll shows C' attributes; 'Berg shows his hand' does not. '"C," the letter read' and
        '"C," it read' attribute; '"C," Berg read' does not. 'Investigators found that C' (a clause
        after the cue at token j) attributes; 'investigators found a body' does not."""
        if not (cue.evidence_subject or cue.document_subject):
            return False
        head = next((self.w(x) for x in range(subj[1] - 1, subj[0] - 1, -1) if self.t[x].kind == "w"), "")
        if cue.document_subject:
            return head not in self.lex.issuer_nouns and head != "it"
        if head in self.lex.evidence_nouns or self._head(subj) in self.lex.evidence_nouns or self._seen_by(subj[0]) \
                or self._made_by(subj[0]) or head in self.lex.record_nouns:
            return False  # ('a poll conducted by the college shows C', 'records from 2008 show C')
        return j is None or self._head(subj) not in self.lex.finder_nouns or not (
            self.w(j) == "that" or self._clause_at(j))

    def _seen_by(self, a: int) -> bool:
        """Whether the subject at token a is the agent of 'documents seen by', 'emails obtained by':
        the outlet that saw them speaks."""
        return a >= self.begin + 3 and self.w(a - 1) == "by" and self.w(a - 2) in self.lex.seen_by_verbs \
            and self.w(a - 3) in self.lex.evidence_nouns

    def _made_by(self, a: int) -> bool:
        """Whether the subject at token a is the maker of the evidence before it ('a poll by the
        Varsen Institute found', 'a study conducted by X shows'): the maker speaks."""
        return self._evidence_made_by(a) is not None

    def _evidence_made_by(self, a: int) -> int | None:
        """The token of the evidence whose maker the subject at token a is ('a poll | by the Varsen
        Institute', 'a survey of 640 growers | by X': what it is of may stand between), else None."""
        if a < self.begin + 2 or self.w(a - 1) != "by":
            return None
        k = a - 2
        made = next((x for x in range(k, max(self.begin, k - 4), -1) if _participle(self.w(x))), None)
        if made is not None and all(self.t[x].kind in "wd" for x in range(made, a)):
            k = made - 1  # ('a survey conducted | on Monday | by X': a time between the participle and 'by')
        if self.w(k) in self.lex.evidence_nouns:
            return k
        for x in range(k - 1, max(self.begin, k - 6), -1):
            if self.w(x) == "of":
                return x - 1 if self.w(x - 1) in self.lex.evidence_nouns else None
            if self.t[x].kind != "w" and not self.separates_thousands(x):
                return None
        return None

    def _clause_at(self, j: int) -> bool:
        """Whether a finite verb follows within a few words, before any relative pronoun: 'the crane
        had failed' is a clause, 'the bodies of two men who had drowned' is not."""
        for x in range(j, min(self.end, j + 8)):
            if self.w(x) in _FINITE:
                return True
            if self.w(x) in ("who", "which", "that", "whose", "where", "when"):
                return False
        return False

    def _past_after_figure(self, j: int) -> bool:
        """Whether a figure at token j and the words it counts come before a verb in the past, a clause: 'at least
        900 containers passed through the yard' (never 'at least 900 containers, a record')."""
        if not self.w(j)[:1].isdigit():
            return False
        for x in range(j + 1, min(self.end, j + 10)):
            if self.is_p(x, ",") and self.w(x + 1).isdigit() and self.w(x - 1).isdigit():
                continue  # (a figure's thousands: '2,300 head of cattle')
            if self.t[x].kind != "w" or self.w(x) in ("who", "which", "that", "whose", "where", "when"):
                return False
            if x > j + 1 and self.w(x).endswith("ed") and not self.t[x].cap:
                return True
        return False

    def _head(self, subj: tuple[int, int]) -> str:
        """The head noun of a subject: its last word before a preposition or a participle
        ('researchers at Calder University', 'documents seen by the Gazette')."""
        words = [self.w(x) for x in range(subj[0], subj[1]) if self.t[x].kind == "w"]
        cut = next((n for n, w in enumerate(words) if n and (w in _HEAD_ENDS or _participle(w))), len(words))
        return words[cut - 1] if cut else ""

    def _free_relative(self, a: int, b: int) -> bool:
        """Is the subject tokens [a, b) inside 'what X says' / 'everything X says'? Then what was
        said is that word, not the words after the cue. (A capital inside the sentence is a name's word: 'the All
        Velm Convention'.)"""
        return any(self.w(x) in _FREE_RELATIVES and not (self.t[x].cap and not self._opens_sentence(x))
                   for x in range(max(self.begin, a - 1), b))

    def _possessor(self, k: int) -> bool:
        """Is token k a possessive naming someone ('Berg's', "the minister's")?"""
        low = self.w(k)
        if not low.endswith("'s") or low[:-2] in _NOT_POSSESSIVE:
            return False
        base = low[:-2]
        lex = self.lex
        return self.t[k].cap or base in lex.title_words or base in lex.anonymous_heads or \
            base in lex.institution_heads or base in lex.group_heads or base in lex.media_heads

    def _named_possessor(self, a: int, b: int) -> bool:
        """Do tokens [a, b) open with a possessive name ("Berg's", "Brackwater Water's head of
        quality"): capitalised words up to the possessive?"""
        poss = next((y for y in range(a, min(b, a + 5)) if self._possessor(y)
                     or y > a and self._plural_possessive(y) and self.t[y - 1].cap), None)  # ("Tarn Mills' owner")
        # (an honorific keeps its full stop: "Ms. Berg's spokesman"; a name its particles: "Vins du Sud's director")
        return poss is not None and all(self.t[z].cap or self.is_p(z, ".") and z > a or self._name_particle(z, a, poss + 1)
                                        for z in range(a, poss))

    def _noun_position(self, k: int) -> bool:
        """Does token k make the word after it a noun (a determiner, a possessive, a number)?"""
        tok = self.t[k]
        if tok.kind != "w":
            return False  # 'on Tuesday said': a date before a cue leaves it a verb
        low = tok.low
        return low in _NOUN_MARKERS or (low.endswith("'s") and low[:-2] not in _NOT_POSSESSIVE) or low == "let's" \
            or low.isdigit() or ("-" in low and not tok.cap and low not in _SHARE_WORDS)  # ('two-thirds said')

    # -- noun phrases ----------------------------------------------------------------------------
    def np_before(self, i: int) -> tuple[int, int] | None:
        """The subject noun phrase ending just before token i (auxiliaries skipped); read once for
        each token and sentence start (the trailing and the forward reading both ask)."""
        key = (i, self.begin)
        if key not in self._subjects:
            np = self._np_before(i)
            if np is not None and (first := self._coordinated_first(np, opening=True)) is not None:
                np = (first, np[1])  # 'Local officials and witnesses said C': both
            self._subjects[key] = self.who_after_member(np) if np is not None else None
        return self._subjects[key]

    # _np_before (issue 13: on the held-out folds of PolNeAR train, A every 5th article from the 1st and B from the 3rd,
    # models of the other four fifths, rules+model speaker accuracy / content+speaker F1 A 0.9028 / 0.6857,
    # B 0.9191 / 0.6571 before: the aside between dashes A 0.9031 / 0.6860, B 0.9194 / 0.6575; the possessive
    # with its apostrophe alone in `_appositive_like` A 0.9033 / 0.6859, B 0.9197 / 0.6574; the place inside a
    # participle's phrase in `_np_before_parenthetical` A unchanged, B 0.9194 / 0.6573; all three A 0.9036 /
    # 0.6861, B 0.9203 / 0.6581; then an honorific's full stop in `_named_possessor` ("Ms. Vogel's spokesman,
    # Emil Vogt, said") A 0.9044 / 0.6865, B 0.9206 / 0.6584. Tried, not kept: a name ending in an abbreviation
    # and its full stop before a description ('Robert Kasey Jr., a backer, said', 'said Brenmoor Inc., the
    # builder') read as for any name, both folds unchanged (28 such commas in all of train). Of the wrong speakers left there (372 / 278), the inner speaker of a report
    # PolNeAR gives the outer one 116 / 89, one article whose every quotation the gold gives to the word
    # 'Transcript' 78 / 0, a gold with no source 32 / 49 (mostly participles: 'adding', 'noting'), no speaker found 31 / 23, the outer speaker where the gold gives the inner 31 / 35, another frame's cue 41 / 23.)
    def _np_before(self, i: int) -> tuple[int, int] | None:
        j = i
        perceived = self._perceived(i)
        while j > self.begin and ((self.w(j - 1) in self.lex.auxiliaries and self.w(j - 1) not in PRONOUNS
                                   or perceived and (self.w(j - 1) in _BE_FORMS or self.w(j - 1) in _MODALS))
                                  and not (self.t[j - 1].cap and j - 1 > self.begin)  # ('Theresa May said')
                                  or self.t[j - 1].kind == "d"
                                  or (self.w(j - 1) in _TIMES_OF_DAY and j - 2 > self.begin
                                      and "d" in (self.t[j - 2].kind, self.t[j].kind))
                                  or (self.t[j - 1].low.endswith("ly") and self._adverb(j - 1))
                                  or (self.t[j - 1].low in _EMPHATIC_REFLEXIVES and j - 1 > self.begin)
                                  or (self.t[j - 1].low in _ASIDE_ADVERBS and j - 1 > self.begin and not self.t[j - 1].cap
                                      and j == i and self.w(j - 2) not in self.lex.auxiliaries)
                                  or (self.w(j - 1) in _SUBJECT_ADVERBS and not self.t[j - 1].cap and j - 1 > self.begin
                                      and self.w(j - 2) not in _BE_FORMS)):  # (not 'she is now assured of')
            j -= 1  # 'has also said', 'on Tuesday said', 'in 2010 said', 'Marsh herself said', 'X now says'
        j = self._contact_clause(j) or j  # 'A veteran nurse I spoke to said': the nurse
        aside = self._np_before_aside(j - 1)
        if aside is not None:
            return aside
        if self.is_p(j - 1, ")"):
            x = self._opening_mark(j - 2, "(", j, reach=12)  # ('Ana Costa (TPP, Oswick North/Oswick South) said')
            if x is not None:
                j = x
        elif self.is_p(j - 1, ",") and self._party_label(j - 2):
            # "Mitch McConnell, R-Ky., said"
            x = self._opening_mark(j - 2, ",", j)
            if x is not None:
                j = x
        b = j
        a = self._np_start(b, 16, self._subject_word, _SUBJECT_SKIPS)
        while b - a > 1 and self.w(a) in _TIMES_OF_DAY and not self.t[a].cap and (
                a == self.begin or self.t[a - 1].kind == "d"):
            a += 1  # 'On Tuesday evening Carrow Lines said': the time of day is no part of the speaker
        a = self._listed_body_start(a, b)
        a = self._run_in_start(a, b)
        if b - a > 1 and self.w(b - 1) in _SUBJECT_PRONOUNS and self.t[b - 1].kind == "w" and (
                self.w(b - 2) in _ADJUNCT_WORDS or self.is_p(i + 1, ":") or self.is_q(i + 1)):
            a = b - 1  # 'Later he said', '... down the line he warned: "C"': the pronoun is the subject
        if a >= b and self.w(b - 1) == "who" and b - 1 > self.begin:
            # "European actors who have urged ...": the relative pronoun's antecedent speaks
            ante = self._np_before_relative(b - 1)
            if ante is not None:
                return ante
        if a >= b:
            # "X, who ..., said" / "X, head of Y, said": the subject sits before a parenthetical
            if b - 1 > self.begin and self.is_p(b - 1, ","):
                return self._maker_before_stray_comma(b - 1) or self._np_before_parenthetical(b - 1) \
                    or self._np_before_anonymity_insert(b - 1)
            if b - 1 > self.begin and self.is_p(b - 1, "\u2014\u2013"):
                return self._np_before_dashes(b - 1)
            return None
        if a > self.begin and self.is_p(a - 1, ",") and self._second_legal_form(a, b):
            outer = self._np_before_plain(a - 1)  # ('Shanxi Longtai Co., Ltd. said': one company's name)
            if outer is not None:
                return self._bracketed_form_start(*outer), b  # ('Korvane Textiles (Lesotho) Co., Ltd.')
        if a > self.begin and self.is_p(a - 1, ",") and self._appositive_like(a, b):
            outer = self._np_before_plain(a - 1)
            if outer and outer[1] - outer[0] == 1 and self.text[self.t[outer[0]].start:self.t[outer[0]].end] in self.lex.not_names:
                outer = None  # 'Well, the board says', 'Sadly, the firm said': an opening word, no name
            # 'Ana Costa, a spokeswoman, said' - but not 'in January, a spokeswoman said'
            if outer and self._ends_proper(outer) and self.w(outer[0]) not in _NP_INNER and (
                    outer[0] == self.begin or self.is_p(outer[0] - 1, ",") or self.is_q(outer[0] - 1)) \
                    and self.w(outer[0] - 1) not in _NP_INNER \
                    and not (self.is_p(outer[0] - 1, ",") and self._place(*outer)):
                # (not 'in Dayton, Ohio, the governor said': the state says where, the governor speaks)
                return outer[0], b
        owner = self._modified_owner(a := self._bracketed_form_start(a, b))
        if owner is not None:
            return owner, b
        return (a, b) if self._valid_np(a, b) or self._member_end(a) == b else None

    def _bracketed_form_start(self, a: int, b: int) -> int:
        """Where a company's name starts when tokens [a, b) are the end of its legal form and a part of that form,
        or the country the company is registered in, stands in brackets before them ('Korvane Trading (Pty) Ltd
        said', 'Korvane Textiles (Lesotho) Co., Ltd.': the company, not 'Ltd'); a otherwise."""
        forms = _folded_legal_forms(self.lex.company_suffixes)
        words = [k for k in range(a, b) if self.t[k].kind == "w"]
        opening = next((k for k in range(a - 3, max(self.begin, a - 5), -1) if self.is_p(k, "(")), None)
        if opening is None or not self.is_p(a - 1, ")") or not words \
                or any(self.t[k].low.replace(".", "") not in forms for k in words) \
                or not all(self.t[k].kind == "w" and self.t[k].cap for k in range(opening + 1, a - 1)):
            return a
        outer = self._np_before_plain(opening)
        return outer[0] if outer is not None else a

    def _second_legal_form(self, a: int, b: int) -> bool:
        """Are tokens [a, b) a company's second legal form after a comma, the first before it ('Co., Ltd.')?"""
        words = [k for k in range(a, b) if self.t[k].kind == "w"]
        forms = _folded_legal_forms(self.lex.company_suffixes)
        before = re.search(r"([\w.]+)\s*$", self.text[max(0, self.t[a - 1].start - 12):self.t[a - 1].start])
        return len(words) == 1 and self.t[words[0]].low.replace(".", "") in forms and before is not None \
            and before.group(1).replace(".", "").casefold() in forms

    def _modified_owner(self, a: int) -> int | None:
        """Where the people start whose relative clause or participle's phrase the words read back to token a
        are inside: 'Two engineers who worked on a study of the mains told', 'Nurses who work at the clinic said'
        (the phrase read back into the clause's verb): the engineers, the nurses; 'Timber merchants contacted by
        the Gazette said': the merchants, not who contacted them. None when they are inside neither."""
        ante = self._restrictive_antecedent(a)
        return ante[0] if ante is not None else self._participle_agent_owner(a)

    def _participle_agent_owner(self, a: int) -> int | None:
        """Where the people a participle of contact's agent at token a describes start ('Farmers | surveyed by |
        the Gazette last week said', 'Economists polled by X expected'): the agent after 'by' only says who reached
        them, the people before speak. None unless a noun for people ends the words before the participle (records
        and evidence keep their agent: 'documents seen by X show C' is X's; and 'a consultant hired by the port'
        is no one reached for what they say)."""
        k = a - 2
        # (whoever a body employs is people, whatever their trade is called: 'Two dockers employed by the port')
        if k - 1 < self.begin or self.w(a - 1) != "by" or self.w(k) not in _CONTACT_PARTICIPLES \
                or k in self.cue_tokens or self._record_head(k - 1) \
                or not (self._person_head(k - 1) or self.w(k) in _EMPLOYMENT_PARTICIPLES and self.t[k - 1].kind == "w"):
            return None
        start = self._np_start(k, 16, self._subject_word, _SUBJECT_SKIPS)
        return start if start < k and self._valid_np(start, k) else None

    def _agent_phrase_owner(self, b: int) -> int | None:
        """Where the people start whose participle's agent ends before token b ('Two drivers employed by | the
        company'), as `_participle_agent_owner` reads them; None when no 'by' stands within six words before b."""
        by = next((y for y in range(b - 1, max(self.begin, b - 7), -1) if self.w(y) == "by"), None)
        return self._participle_agent_owner(by + 1) if by is not None else None

    def _restrictive_antecedent(self, b: int) -> tuple[int, int] | None:
        """The noun phrase a relative clause without commas belongs to, when the words before token b
        are inside one ('Two engineers who worked on a study of the mains | told': the engineers;
        'Two pilots who flew over it | , and who asked not to be named, said': the pilots)."""
        x = b - 1
        # (the clause may hold a date, and its verb may be a cue: 'Observers who watched the count
        # on Tuesday night said', 'People who know the mayor say')
        while x > self.begin and (self.t[x].kind in "wd") and b - x < 16 and (
                x not in self.cue_tokens or self.w(x - 1) in ("who", "whose")):
            if self.t[x].low in ("who", "whose"):
                return self._np_before_relative(x)
            x -= 1
        return None

    def _place(self, a: int, b: int) -> bool:
        """Do tokens [a, b) name a state, region or country ('Ohio', 'Calif.', 'N.C.', 'Brazil')?"""
        if a >= b or self.t[a].kind != "w":
            return False
        key = self.text[self.t[a].start:self.t[b - 1].end].casefold().rstrip(".")
        return key in self.lex.places or key in self.lex.country_index

    def _coordinated_first(self, subj: tuple[int, int], opening: bool = False) -> int | None:
        """Where the first of two sources joined by 'and' starts, when the subject `subj` of a cue after its content
        is the second ('C, officials and witnesses said', 'C, the army and the police said': a noun phrase right
        before the 'and', set off from the content by a comma or a dash), or, with `opening`, when the first opens
        the sentence ('Local officials and witnesses said C'); each of the two a short common noun phrase for people
        or a body (`_source_phrase`: two named people joined by 'and' are left as they were)."""
        a, b = subj
        if self.w(a - 1) != "and" or a - 1 <= self.begin:
            return None
        first = self._np_before(a - 1)
        if first is None or first[1] != a - 1 or not (first[0] == self.begin if opening else first[0] > self.begin and (
                self.is_p(first[0] - 1, ",\u2014\u2013") or self.is_q(first[0] - 1))):
            return None
        return first[0] if self._source_phrase(*first) and self._source_phrase(a, b) else None

    def _source_phrase(self, a: int, b: int) -> bool:
        """Are tokens [a, b) a short common noun phrase for a source: up to two articles or modifiers ('the', 'local',
        'senior') before a head word for people or a body ('officials', 'witnesses', 'police'), no name?"""
        k, lex = b - 1, self.lex
        low = self.w(k)
        return 1 <= b - a <= 3 and self.t[k].kind == "w" and (
            self._head_noun(k) or low in lex.institution_heads or low in lex.body_heads) \
            and all(self.t[x].kind == "w" and (self.w(x) in _SOURCE_ARTICLES or self.w(x) in lex.modifiers)
                    for x in range(a, k))

    def _head_noun(self, k: int) -> bool:
        low = self.w(k)
        return low in self.lex.group_heads or low in self.lex.anonymous_heads or self._person_head_word(low)

    def _np_start(self, b: int, reach: int, takes: Callable[[int], bool], skips: frozenset[str]) -> int:
        """Where a noun phrase that ends before token b starts: walking back at most `reach` tokens
        over the words `takes` accepts and the marks inside a name ("O'Brien", "A. B.", "AT&T"),
        never into a cue, then forward past the leading words in `skips` ('and', 'the', ...)."""
        a = b
        while a > self.begin and b - a < reach and a - 1 not in self.cue_tokens and (
                takes(a - 1) if self.t[a - 1].kind == "w" else _joins_name(self.t[a - 1])
                or self.is_p(a - 1, ":") and self.w(a - 2).isdigit() and self.w(a).isdigit()
                or self.is_p(a - 1, ",") and self.separates_thousands(a - 1)):
            a -= 1  # (and the colon of a time inside the phrase, 'the 16:05 update', or the comma of a figure's
            # thousands, 'Some 1,200 residents')
        while a < b and self.w(a) in skips:
            a += 1
        return a

    def _subject_word(self, k: int) -> bool:
        """May the word at k be part of a subject read back from its cue? Not a stop word, unless
        capitalised inside the sentence or in 'experts on Korea', 'officials from both sides', 'a
        person briefed on'; not an 'and' after a lower-case word."""
        low = self.t[k].low
        if low in _NP_STOP and not (self.t[k].cap and k > self.begin) and not (
                low in ("on", "from") and k - 1 >= self.begin and self._head_noun(k - 1)) and not (
                low in ("on", "about", "by") and self.w(k - 1) in _SOURCE_PARTICIPLES):
            return False
        return not (low == "and" and not (self.t[k - 1].cap if k - 1 >= 0 else False) and not self._modifiers_joined(k))

    def _plain_word(self, k: int) -> bool:
        """May the word at k be part of a name or description before an appositive or a relative
        clause? Any but a stop word or 'and'."""
        return self.t[k].low not in _NP_STOP and self.t[k].low != "and"

    def _opening_mark(self, k: int, mark: str, end: int, reach: int | None = None,
                      at_begin: bool = False) -> int | None:
        """Where a party label set off after a name opens: the `mark` ('(' or ',') found walking back
        from token k, fewer than `reach` tokens before `end` (any distance when None). None when the
        walk meets the sentence's start first; a mark on the first token counts only with at_begin.

        'Ana Costa (D-N.Y.) said' walks back from 'N.Y.' to the '(', 'Ana Costa, R-Ky., said' from
        'Ky' to the comma after the name: the speaker's noun phrase ends there."""
        x = k
        while x > self.begin and (reach is None or end - x < reach) and not self.is_p(x, mark):
            x -= 1
        return x if self.is_p(x, mark) and (x > self.begin or at_begin) else None

    def _party_label(self, k: int) -> bool:
        """'R-Ky.' / 'D-N.Y.' / 'R-2nd Dist.': a party and state or district after a lawmaker's name."""
        if not (0 <= k < self.n):
            return False
        x = k
        while x > self.begin and self.is_p(x, "."):
            x -= 1
        if self.w(x) == "dist" and self.t[x].cap:
            x -= 1  # 'R-2nd Dist.'
        elif x - 1 > self.begin and self.t[x].cap and self.t[x].kind == "w" and "-" not in self.t[x].low \
                and "-" in self.t[x - 1].low:
            x -= 1  # 'R-Twin Oaks': a state lawmaker's home town of two words
        word = self.text[self.t[x].start:self.t[x].end]
        # 'D-Calif.', and a state lawmaker's town in AP style: 'D-Bayfield'
        return 16 >= len(word) >= 3 and word[0] in "RDI" and word[1] == "-" and (
            word[2].isupper() or word[2].isdigit()) and "-" not in word[2:]

    def _np_before_relative(self, who: int) -> tuple[int, int] | None:
        b = who
        if self.is_p(b - 1, ","):
            b -= 1
            if self.kinds[b - 1] in "wd" and self.w(b - 1).isdigit() and len(self.w(b - 1)) <= 3 \
                    and self.is_p(b - 2, ",") and self.t[b - 3].cap:
                b -= 2  # 'spoke with Ana Costa, 71, who said': her age is set off after her name
            if self._party_label(b - 1):
                # 'Rep. Ana Lind, R-Ariz., who ...': the lawmaker, not her party and state
                b = self._opening_mark(b - 1, ",", b, reach=8) or b
        thing = self.w(who) == "which"
        if thing and self.t[b - 1].cap:
            name = self._np_before_plain(b)  # ('The board hired Tarn Audit, which said C': the name before it)
            if name is not None:
                return name[0], who + 1
        a = start = self._np_start(b, 8, self._plain_word, _ANTECEDENT_SKIPS)
        # the antecedent is the last noun phrase: cut at the last preposition, or its article
        whole = False
        for x in range(b - 1, a, -1):
            if self.w(x) in ("by", "of", "from", "to", "with", "for", "in", "at", "on") and not self._inside_name(x):
                # (but 'a nurse at the hospital who': a person, not the place she works at, unless
                # the noun after the preposition names people: 'a friend of the victims who'; and 'an
                # official of the Bureau of Ports who': a person, not the body she works in; 'which'
                # follows the last noun: 'shared the logs with two firms, which said')
                place = not thing and self._place_after(x, b)  # (a source at an office in a place: the source)
                whole = not thing and (self.w(b - 1) not in _PLURAL_OBJECT_PRONOUNS and not self._person_head(b - 1)
                                       and not self.t[b - 1].cap or self._person_of_body(x, b)) or place
                a = min(a, self._np_start(b, 16, self._plain_word, _ANTECEDENT_SKIPS)) if place else a
                verb = self._last_verb(a, x + 1) if whole else None
                if verb is not None:
                    # ('spoke to a beekeeper, who said', 'spoke to a mother of three who said': the clause's verb, and
                    # the preposition after it, are no part of the noun phrase)
                    a = verb + (2 if self.w(verb + 1) in _OBJECT_PREPS else 1)
                a = a if whole else x + 1
                break
        for x in range(b - 1, a, -1):
            if self.w(x) in ("a", "an", "the") and (not self.t[a].cap or thing or self._last_verb(a, x) is not None) \
                    and not whole:
                a = x  # ('Reporters met a beekeeper who said': the beekeeper, not who met her)
                break
        if a < b and self._valid_np(a, b) and self.w(b - 1) not in DETERMINERS:
            # the words naming the speaker here run to the relative pronoun: 'an architect who'
            named = None if thing else self._named_before_title(start, b)
            return (a if named is None else named), who + 1  # ('Anna Vlek, head of the trust, who': she)
        return None

    def _place_after(self, x: int, b: int) -> bool:
        """Are tokens [x, b) a place preposition and capitalised words ('a source at the office | in Kelvo | who'): where
        the one before works, never whom the relative clause after it is about?"""
        return self.w(x) in _PLACE_PREPS and x + 1 < b and all(self.t[y].kind == "w" and self.t[y].cap
                                                               for y in range(x + 1, b))

    def _named_before_title(self, a: int, b: int) -> int | None:
        """Where a name with a given name starts when one stands before the comma at token a - 1 and tokens
        [a, b) open with a lower-case title ('Anna Vlek, head of the Harbour Trust, who'); else None."""
        k = a + 1 if self.w(a) in ("a", "an") and a + 1 < b else a
        if a - 1 <= self.begin or not self.is_p(a - 1, ",") or self.t[k].cap or not (
                self.w(k) in self.lex.title_words or self._person_head(k)):
            return None
        return self._given_name_before(a - 1)

    def _last_verb(self, a: int, b: int) -> int | None:
        """The last word in tokens [a, b) that is a verb in the past or a finite one in lower case ('met', 'spoke',
        'visited', 'has'), else None: the words up to it are a clause, no part of a noun phrase after it."""
        return next((x for x in range(b - 1, a - 1, -1) if self.t[x].kind == "w" and not self.t[x].cap and (
            self.w(x) in _FINITE or self.w(x) in _IRREGULAR_PAST or self.w(x) in _SPEAKING_TO
            or self.w(x).endswith("ed") and len(self.w(x)) > 4)), None)

    def _inside_name(self, x: int) -> bool:
        """Is the 'of' or 'for' at token x inside a body's name, between two capitalised words ('the
        Bureau of River Ports', 'the Agency for Safe Roads')?"""
        return self.w(x) in ("of", "for") and x > self.begin and self.t[x - 1].kind == "w" and self.t[x - 1].cap \
            and self.t[x + 1].kind == "w" and self.t[x + 1].cap

    def _person_of_body(self, x: int, b: int) -> bool:
        """Do the words before the preposition at token x name a person and those after it, up to b, a
        body by its head noun ('an official of the Bureau of Ports', 'a spokesman for the Jolby Council')?"""
        if x > self.begin and self._given_name_before(x) is not None and self.w(x) in ("of", "from", "at") \
                and any(self.t[y].cap for y in range(x + 1, b)):
            return True  # 'praised by Anna Vlek of the Harbour Trust, who said C': she speaks, not the trust
        return x > self.begin and self._person_head(x - 1) and not self.t[x - 1].cap \
            and any(self.w(y) in self.lex.institution_heads and self.t[y].cap for y in range(x + 1, b))

    def _given_name_before(self, x: int) -> int | None:
        """The first of two to four capitalised words ending at token x - 1 when it is a given name ('Anna Vlek'),
        else None."""
        y = x - 1
        while y > self.begin and x - y <= 4 and self.t[y].kind == "w" and self.t[y].cap:
            y -= 1
        first = y + 1 if not (self.t[y].kind == "w" and self.t[y].cap) else y
        return first if x - first >= 2 and fold(self.w(first)) in self.lex.given_names else None

    def _np_before_any(self, b: int) -> tuple[int, int] | None:
        """The noun phrase ending at token b, read back to a clause boundary (or None if not one)."""
        a = self._np_start(b, 12, lambda k: self.t[k].low not in _NP_STOP or self.t[k].cap
                           or self._member_on(k), _PHRASE_SKIPS)
        return (a, b) if a < b and self._valid_np(a, b) else None

    def _member_on(self, k: int) -> bool:
        """Is the 'on' at token k where a person's place of work follows its head noun ('a porter on
        the night shift', 'a player on the team'), not a date ('officials on Monday')?"""
        return self.t[k].low == "on" and k - 1 >= self.begin and self._head_noun(k - 1) \
            and self.w(k + 1) in ("the", "a", "an", "his", "her", "their", "its")

    def _np_before_plain(self, b: int) -> tuple[int, int] | None:
        a = self._np_start(b, 12, self._plain_word, _NP_INNER)
        # only a name with its titles stands before an appositive ("Retired General X Y, head of ...")
        while a < b and not (self.t[a].cap or self.w(a) in self.lex.modifiers or self.w(a) in self.lex.title_words
                             or self.w(a) in DETERMINERS):
            a += 1
        for x in range(a, b):
            tok = self.t[x]
            if tok.kind == "w" and not (tok.cap or tok.low in self.lex.modifiers or tok.low in self.lex.title_words
                                        or tok.low in DETERMINERS or tok.low in _NP_INNER
                                        or _ORDINAL.fullmatch(tok.low) and x + 1 < b and self.t[x + 1].cap
                                        or self._name_particle(x, a, b)):
                a = x + 1  # (an ordinal inside a name stays: 'the Jolby 4th Precinct Station, which ...')
        return (self._joined_name_start(a, b), b) if a < b else None

    def _run_in_start(self, a: int, b: int) -> int:
        """Where a subject read back over a sentence run into it starts: at a capitalised 'The' before a name, right
        after a noun in lower case with no full stop between ('... of the harbour projects The N.T.S.B. said': the
        N.T.S.B.); a when there is none ('a writer for The Courier', 'a host of The Morning Show' stay whole)."""
        for x in range(a + 1, b - 1):
            before = self.t[x - 1]
            if self.w(x) == "the" and self.t[x].cap and self.t[x + 1].cap and self.t[x + 1].kind == "w" \
                    and before.kind == "w" and not before.cap and before.low not in _RUN_IN_NOT_NOUNS:
                return x
        return a

    def _joined_name_start(self, a: int, b: int) -> int:
        """Where a body's name read back from token a (to `b`) starts when an 'and' joins it to capitalised words
        before it ('the Harbour Safety and | Marine Standards Authority, the agency ...': the whole body, which has
        one head noun, its last word); a when no 'and' does, or the words before it name a body or a person of their
        own ('the Fourth Circuit and | Ana Costa, a professor', 'Ana Costa and | Ben Lind, both ...')."""
        heads = self.lex.institution_heads | self.lex.body_heads
        if not (a - 2 >= self.begin and self.t[a].cap and self.w(a - 1) == "and" and self.t[a - 2].kind == "w"
                and self.t[a - 2].cap and a - 2 not in self.cue_tokens and self.w(b - 1) in heads):
            return a
        x = a - 2
        while x - 1 >= self.begin and x - 1 not in self.cue_tokens and self.t[x - 1].kind == "w" and (
                self.t[x - 1].cap or self._inside_name(x - 1)) and a - x < 8:
            x -= 1
        if any(self.w(y) in heads or self.w(y) in self.lex.given_names for y in range(x, a - 1)):
            return a
        return x if self._opens_sentence(x) or self.w(x - 1) in DETERMINERS or self.is_p(x - 1, ",") else a

    def _name_particle(self, x: int, a: int, b: int) -> bool:
        """Is token x a lower-case particle inside a name, between a capitalised word (an initial's full stop
        after it) and the name's next ('Jose da Silva', 'Maria van der Berg', 'Vila Nova de Brisa', 'Ana M. de
        Souza', 'Tarn Obras S. de R.L.')?"""
        y = x + 1
        while y < b and self.t[y].low in _NAME_PARTICLES and not self.t[y].cap:
            y += 1
        return self.t[x].low in _NAME_PARTICLES and a < x and y < b and self.t[y].cap and (
            self.t[x - 1].cap or self.t[x - 1].low in _NAME_PARTICLES
            or x - 2 >= a and self.is_p(x - 1, ".") and self.t[x - 2].cap)

    def _np_before_dashes(self, dash: int) -> tuple[int, int] | None:
        """'Jason Pell \u2014 a teacher from Wrexford \u2014 says': a name with a description set off
        by dashes."""
        k = next((x for x in range(dash - 1, max(self.begin, dash - 12), -1) if self.t[x].kind != "w"), None)
        if k is None or k <= self.begin or self.w(k) != self.w(dash) or not self._appositive_like(k + 1, dash):
            return None
        outer = self._np_before_plain(k)
        return (outer[0], k) if outer and self._valid_np(*outer) and self._ends_proper(outer) else None

    def _aside_dash(self, k: int) -> int | None:
        """Where the dash ending at token k starts, when it is one that sets off an aside: a dash or a hyphen
        (one or two) with a space on both sides; None otherwise."""
        if not (self.begin < k < self.n) or not self.is_p(k, "-\u2014\u2013"):
            return None
        x = k - 1 if self.is_p(k, "-") and self.is_p(k - 1, "-") and self.t[k - 1].end == self.t[k].start else k
        text = self.text
        spaced = self.t[x].start > 0 and text[self.t[x].start - 1].isspace() \
            and self.t[k].end < len(text) and text[self.t[k].end].isspace()
        return x if spaced or not self.is_p(k, "-") else None

    def _np_before_aside(self, dash: int) -> tuple[int, int] | None:
        """'GOP leader Ana Costa - who once said she would close the port - said', 'Mr. Pell - in a line aimed at
        the mayor - declared': the name before an aside set off by dashes (a relative clause, an adjunct or a
        description) is the subject, not the words the aside ends with."""
        close = self._aside_dash(dash)
        if close is None:
            return None
        k = close - 1
        while k > self.begin and close - k < 40 and not self.is_p(k, "-\u2014\u2013"):
            k -= 1
        opened = self._aside_dash(k)
        if opened is None or opened <= self.begin or opened + 1 >= close or self.t[opened].low != self.t[close].low:
            return None
        first = opened + (2 if self.is_p(opened + 1, "-") else 1)
        if not (self.w(first) in ("who", "whose", "which") or self._adjunct_like(first)
                or self._appositive_like(first, close)):
            return None
        outer = self._np_before_plain(opened)
        return outer if outer and self._valid_np(*outer) and self._ends_proper(outer) else None

    def _np_before_parenthetical(self, comma: int) -> tuple[int, int] | None:
        """'X, who ..., said' / 'X, head of Y, said' / 'X, at a briefing, said': the subject before up
        to three comma-separated parentheticals (relative clauses, appositives, adjuncts)."""
        k = comma - 1
        end = comma  # where the layer read now ends
        for _layer in range(4):
            opened = self._layer_start(k, comma)
            if opened is None or opened <= self.begin or not self.is_p(opened, ","):
                return None
            k = opened
            if self._place(k + 1, end):
                end, k = k, k - 1  # 'in Aurora, Colorado, in July': the state goes with the town before it
                continue
            layer_end, end = end, k
            first = self.w(k + 1)
            relative = self._relative_layer(k + 1, layer_end)
            adjunct = not relative and self._adjunct_like(k + 1)
            whole = self._partitive_described(k, comma) or (None if relative else self._participle_layer_owner(k))
            if whole is not None:
                return whole
            # "Norway's foreign minister, Ana Costa, said": a name set off after a description ('The Registrar, Prof. Ana Costa, said': an honorific keeps its full stop)
            name_end = self._name_end(k, comma)
            named = not relative and not adjunct and self._named_layer(k, name_end)
            # 'Dianne Feinstein, Democrat of California, said': a capitalised title of something (or 'Chris Pell, South Carolina director for the campaign, said')
            titled = not relative and self.t[k + 1].kind == "w" and self.t[k + 1].cap and comma - (k + 1) <= 12 \
                and any(self.w(x) in ("of", "for") for x in range(k + 2, comma)) and not named
            # 'Dana Birch, 21, a junior at ..., said': an age is set off by commas as well
            age = layer_end - (k + 1) == 1 and first.isdigit() and len(first) <= 3
            if not (relative or adjunct or named or titled or age or self._appositive_like(k + 1, comma)
                    or first in ("one", "both")):
                if not self._list_tail(k + 1, layer_end):
                    return None
                end, k = layer_end, k - 1  # 'the body for pilots, | boatmen and harbour masters': one layer
                continue
            x, labelled = self._mention_end(k)
            if named:
                a = self._described_start(x)
                if a < x and (self.w(a) in DETERMINERS or self._named_possessor(a, x) or self._body_post(a, x)) \
                        and (self._valid_np(a, x) or self._named_possessor(a, x) and self.w(x - 1) in self.lex.sole_posts):
                    # ("Tarn Mills' owner, Ana Costa, said": the one holder of a post in the firm named before it)
                    return a, comma
                if a < x and self.w(a - 1) == "whose" and self.is_p(a - 2, ","):
                    # 'the village of Pello, whose mayor, Ana Costa, said': she speaks (her name, not the trade
                    # before it: 'whose owner, professional hunter Ana Costa, said')
                    return next((y for y in range(k + 1, comma) if self.t[y].cap), k + 1), comma
                portfolio = self._portfolio_start(a)
                if portfolio is None and (body := self._portfolio_start(a, self.lex.institution_heads)) is not None:
                    # 'The head of the Ministry of Ports, Roads and Waters, Ana Costa, said': her post in the body
                    portfolio = min(body, self._np_start(body, 16, self._subject_word, _SUBJECT_SKIPS))
                if portfolio is not None:
                    return portfolio, comma
                if self._bracket_start(comma) < comma and not self._appositive_like(a, x):
                    return k + 1, comma  # 'After the vote, Gov. Ana Costa (R-OH), said': a stray comma
            # 'Two dockworkers who watched it, who asked not to be named, said'; 'Two drivers employed by the company, who ...'
            owner = (ante[0] if (ante := self._restrictive_antecedent(x)) else self._agent_phrase_owner(x)) if relative else None
            if owner is not None:
                return owner, k
            outer = self._np_before_plain(x)
            outer = None if relative and outer and self._description_cut(*outer) else outer  # ('a team leader, who')
            if (relative or adjunct) and not (outer and self._valid_np(*outer)):
                # 'Two officials at the agency, who spoke on condition of anonymity, said': any
                # noun phrase may own a relative clause, not only a name
                outer = self._np_before_any(x)
                if outer is not None and (self._opens_sentence(outer[0]) or self.is_p(outer[0] - 1, ",")):
                    return self._named_start(outer, relative), labelled or k
                outer = None
            if (relative or first in ("the", "a", "an") and outer is not None and self._person_head(
                    outer[0] - (1 if self.w(outer[0]) in _NP_INNER else 2))) \
                    and (start := self._antecedent_before_preposition(x, outer)) is not None:
                # (and 'Two employees of Gullby, the ferry operator, said': the employees, not the company)
                return start, k
            if outer and self._place_in_adjunct(outer):
                outer = None  # 'X, facing a race in Ohio, a swing state, said': the state is where, read on to X
            if outer and self._valid_np(*outer) and not self._description_after_name(outer) and (
                    self._ends_proper(outer, not relative) or first in ("who", "whose") or self._work_then_name(k + 1, layer_end)
                    or (adjunct and self._opens_sentence(outer[0]))) \
                    and not ((adjunct or relative) and self.is_p(outer[0] - 1, ",") and self._place(*outer)):
                return self._named_start(outer, relative), labelled or (k if relative or adjunct else comma)
            k -= 1
        return None

    def _described_start(self, x: int, reach: int = 12, marks: str = "-'\u2019.&()") -> int:
        """Where the description before a name set off by commas starts, read back from token x over fewer than
        `reach` words and the `marks` inside a name (a body's initials in brackets too), never into a cue; from the
        token before a cue noun with 5 and '.-', where its possessor starts ("the minister's" of "the minister's claim")."""
        a = x
        while a > self.begin and x - a < reach and (
                self.t[a - 1].kind == "w" and self.t[a - 1].low not in _NP_STOP and a - 1 not in self.cue_tokens
                or self.is_p(a - 1, marks)):
            a -= 1
        while a < x and self.w(a) in _NP_INNER:
            a += 1
        return a

    def _body_post(self, a: int, b: int) -> bool:
        """Are tokens [a, b), opening the sentence, a body's capitalised name (its initials in brackets perhaps) and
        a post in it in lower case ('Kelby Harbour Police (KHP) spokesperson, Inspector Ana Costa, said'), with no
        article: the description of the person named after it?"""
        return self._opens_sentence(a) and self.t[a].cap and b - a >= 2 and self.t[b - 1].kind == "w" \
            and not self.t[b - 1].cap and self.w(b - 1) in self.lex.title_words \
            and all(self.t[x].cap or self.is_p(x, "()") for x in range(a, b - 1))

    def _list_tail(self, a: int, b: int) -> bool:
        """Are tokens [a, b) the last items of a list whose first the layer before the comma at a - 1 ends in ('the
        professional body for surveyors, | engineers and architects'): a few words after a lower-case word, an
        'and' or 'or' among them?"""
        return 2 < b - a <= 8 and a - 2 > self.begin and self.t[a - 2].kind == "w" and not self.t[a - 2].cap \
            and all(self.t[x].kind == "w" or self.is_p(x, ",") for x in range(a, b)) \
            and any(self.w(x) in ("and", "or") for x in range(a + 1, b - 1))

    def _named_start(self, outer: tuple[int, int], relative: bool) -> int:
        """Where the subject read back as the noun phrase `outer` starts: at a name opening the sentence when
        `outer`, read back from a relative clause, is a description set off after it ('Ana Costa, | the mayor,
        who spoke at the quay, said': she, with her title), else where `outer` starts."""
        if not relative or self.w(outer[0]) not in ("the", "a", "an") or not self.is_p(outer[0] - 1, ","):
            return outer[0]
        name = self._np_before_plain(outer[0] - 1)
        if name is None or not (self._valid_np(*name) and self._ends_proper(name) and self._opens_sentence(name[0])):
            return outer[0]
        return name[0]

    def _np_before_anonymity_insert(self, comma: int) -> tuple[int, int] | None:
        """'A ministry official, speaking on condition of anonymity because the talks, which began in May, are
        confidential, said': the noun phrase before an insert that opens with a request or a grant of anonymity
        (lexicon.anonymity_request, within its first three words) and runs, commas and all, to the comma before
        the cue; the phrase opens the sentence, perhaps after a short opening. None otherwise."""
        for c in range(comma - 3, max(self.begin, comma - 45), -1):
            if self.t[c].kind == "q" or c in self.cue_tokens:
                return None
            if not self.is_p(c, ",") or self.separates_thousands(c):
                continue
            m = anonymity_request(self.text, self.t[c + 1].start, self.t[comma - 1].end)
            if m is None or m.start() > self.t[min(c + 4, comma - 1)].start:
                continue
            np = self._np_before_any(c)
            if np is not None and np[1] == c and (self._opens_sentence(np[0]) or self._after_opening(np[0])):
                return np[0], c
        return None

    def _named_layer(self, k: int, end: int) -> bool:
        """Is the layer after the comma at token k, up to `end`, a name set off after a description ('The supplier,
        Harrowgate,'), a trade and a name after 'whose' and its noun, or an outlet's name after a medium's?"""
        return self._set_off_name(k + 1, end) or self._whose_trade_name(k, end) or self._outlet_after_medium(k, end)

    def _outlet_after_medium(self, k: int, end: int) -> bool:
        """Is the layer after the comma at token k, up to `end`, 'the' and a name set off after a description whose
        head is a medium's or a body's noun in lower case ('A weekly newspaper, the Harbour Times, reported', 'The
        main opposition party, the Velm Alliance, said', "The country's largest union, the Kestrel Workers Union,
        said")?"""
        head, lex = self.w(k - 1), self.lex
        return self.w(k + 1) == "the" and not self.t[k - 1].cap and (
            head in lex.media_head_kinds or head in lex.institution_heads or head in lex.body_heads
            or head in lex.company_heads) and self._set_off_name(k + 2, end)

    def _whose_trade_name(self, k: int, end: int) -> bool:
        """Is the layer after the comma at token k, up to `end`, one or two words of a trade in lower case and a
        name, set off after 'whose' and its noun ('an outfitter, whose owner, guide Ana Costa, confirmed')?"""
        if not any(self.w(x) == "whose" and self.is_p(x - 1, ",") for x in range(k - 3, k - 1)):
            return False
        for y in (k + 2, k + 3):
            if y < end and self.t[y].kind == "w" and self.t[y].cap and all(
                    self.t[z].kind == "w" and not self.t[z].cap and self.w(z) not in _NP_STOP
                    and self.w(z) not in DETERMINERS for z in range(k + 1, y)):
                return self._set_off_name(y, end)
        return False

    def _description_cut(self, a: int, b: int) -> bool:
        """Do tokens a..b, read back as a name before a relative clause, open in lower case right after another
        word of the description in lower case ('registry | officer in Port Jolby', 'team | leader'): a
        description's head cut from the nouns before it, not a name with its titles ('page editor Bret Stephens')?"""
        before = self.t[a - 1] if a - 1 >= self.begin else None
        head_end = next((x for x in range(a, b) if self.w(x) in _NP_INNER), b)
        return before is not None and before.kind == "w" and not before.cap \
            and not any(self.t[x].cap for x in range(a, head_end)) \
            and a - 1 not in self.cue_tokens and before.low not in _NP_STOP and before.low not in _NP_INNER \
            and before.low not in DETERMINERS and before.low != "and"

    def _partitive_described(self, k: int, comma: int) -> tuple[int, int] | None:
        """'One of them, a nurse who asked not to be named, said': when the sentence opens with one or some of people
        named before (the tokens before the comma k: 'One of them', 'Two of the drivers') and a description follows
        it, up to the comma before the cue, the speaker is both, described; None otherwise."""
        a = self.begin
        if self.w(k + 1) not in ("a", "an") or k - a not in (3, 4) or self.w(a + 1) != "of" \
                or not (self.w(a) in DETERMINERS or self.w(a).isdigit()):
            return None
        partitive = k - a == 3 and self.w(a + 2) in _PLURAL_OBJECT_PRONOUNS \
            or k - a == 4 and self.w(a + 2) in ("the", "those", "these") and self.w(k - 1).endswith("s")
        return (a, comma) if partitive else None

    def _place_in_adjunct(self, np: tuple[int, int]) -> bool:
        """Are tokens np a place after a preposition ('in Ohio', 'across Brazil'), inside a phrase that says
        where, set off before a description of the place?"""
        a, b = np
        if self.w(a) in _PLACE_PREPS or self.w(a) in _ADJUNCT_PREPS:
            a += 1
        elif not (self.w(a - 1) in _PLACE_PREPS or self.w(a - 1) in _ADJUNCT_PREPS):
            return False
        return a < b and self._place(a, b)

    def _relative_layer(self, a: int, end: int) -> bool:
        """Does the layer of a parenthetical from token a to `end` open a relative clause: 'who ...',
        'and whose ...', or a part of its antecedent first ('The survey, a summary of which was sent to the
        Ledger, says', 'The pilots, two of whom asked not to be named, said')?"""
        first = self.w(a)
        if first in _RELATIVE_OPENERS or first == "and" and self.w(a + 1) in ("who", "whose"):
            return True
        return not self.t[a].cap and any(self.w(x) == "of" and self.w(x + 1) in _RELATIVE_OPENERS and self.t[x + 1].kind == "w"
                                         for x in range(a + 1, min(a + 4, end - 1)))

    def _participle_layer_owner(self, k: int) -> tuple[int, int] | None:
        """The subject before a participle's clause set off at the comma k, when it opens the sentence:
        'A government official, speaking on condition of anonymity, said' (even a cue's participle),
        'The review, commissioned by Y, put'; and a record before a past participle saying where or when
        it came out: 'The survey, released on Monday, found', 'A review by the Tarn Audit Office,
        tabled in the Assembly, found' (the body after 'by' made the record, as without the clause)."""
        first = self.w(k + 1)
        if self.t[k + 1].cap:
            return None
        agent = _participle(first) and (self.w(k + 2) == "by" or self.w(k + 3) == "by" and self.t[k + 2].kind == "w")
        dated = _participle(first) and (self.w(k + 2) in _ADJUNCT_PREPS or self.w(k + 2) in _ADJUNCT_WORDS
                                        or self.t[k + 2].kind == "d")
        whole = self._np_before_any(k) if first.endswith("ing") and len(first) > 5 or agent or dated else None
        if whole is None:
            return None
        if first.endswith("ing") and len(first) > 5 or agent:
            return (whole[0], k) if self._opens_sentence(whole[0]) or self._after_opening(whole[0]) else None
        made = self._evidence_made_by(whole[0])  # 'A review by | the Tarn Audit Office'
        record = self._np_before_any(made + 1) if made is not None else whole
        if record is None and made is not None and made in self.cue_tokens:
            record = self._record_words_before(made)  # ('An internal report by X, dated ..., found': a noun)
        if record is None or not self._record_head(record[1] - 1):
            return None
        return (whole[0], k) if self._opens_sentence(record[0]) else None

    def _record_words_before(self, made: int) -> tuple[int, int] | None:
        """The record whose noun at token `made` the parser took for a cue, with the article and the words in lower
        case before it ('An internal | report'), when an article opens them; else None."""
        a = made
        while a > self.begin and made - a < 4 and self.t[a - 1].kind == "w" and not self.t[a - 1].cap \
                and self.w(a - 1) not in DETERMINERS:
            a -= 1
        a -= a > self.begin and self.w(a - 1) in DETERMINERS
        return (a, made + 1) if self.w(a) in DETERMINERS else None

    def _record_of(self, np: tuple[int, int]) -> int | None:
        """The 'of' after the record that heads the noun phrase [a, b) and before what the record is of
        ('A Harwell poll | of 650 voters', 'a survey | of 1,500 drivers'), else None."""
        if self._record_head(np[1] - 1):
            return None  # ('an analysis of the Tarn data': the data's issuer is named after it)
        for x in range(np[1] - 1, max(np[0], np[1] - 6), -1):
            if self.w(x) == "of":
                # (not 'an ABC analysis of the file': a thing the record is of, which names no one asked)
                asked = self.w(x + 1) not in _DEFINITE_DETERMINERS and self.w(x + 1) not in ("a", "an")
                return x if asked and x - 1 > np[0] and self.w(x - 1) in self.lex.evidence_nouns else None
            if self.t[x].kind not in "wd" and not self.separates_thousands(x):
                return None
        return None

    def _record_kept(self, subj: tuple[int, int]) -> tuple[int, int]:
        """The subject [a, b) of an evidence verb, or with the record it is where that record was
        put ('Minutes posted on | the board's website', 'Figures filed with | the state'): the
        record and where it is kept, the record heading them."""
        a = subj[0]
        if a - 3 < self.begin or self.w(a - 1) not in _KEPT_AT or self.w(a - 2) not in self.lex.issued_verbs \
                or not self._record_head(a - 3):
            return subj
        record = self._np_before_any(a - 2)
        return (record[0], subj[1]) if record is not None else subj

    def _maker_before_stray_comma(self, comma: int) -> tuple[int, int] | None:
        """The maker of the record that opens the sentence, when a comma alone parts it from its verb ('A survey
        of 1,200 people by the Jolby Institute, found that C': the institute, its survey's maker), else None."""
        maker = self._np_before_plain(comma)
        if maker is None or not self._ends_proper(maker):
            return None
        start = self._record_start(maker[0])
        if start is None or not self._opens_sentence(start) or any(
                self.t[x].kind not in "wd" and not self.separates_thousands(x) for x in range(start, comma)):
            return None
        return maker[0], comma

    def _maker_without_sample(self, subj: tuple[int, int]) -> tuple[int, int]:
        """The maker of a record without whom the record asked after its name ('a survey by | the Jolby Institute |
        among 150 agencies found', 'a poll by | the Tarn Institute | of 800 voters found'): the maker alone."""
        if self._evidence_made_by(subj[0]) is None:
            return subj
        for x in range(subj[0] + 1, subj[1] - 1):
            if self.t[x].kind != "w":
                return subj  # ('the pollster X (XP), conducted in August among 1,200 people': no name alone)
            if self.t[x - 1].cap and (self.w(x) in ("among", "across")
                                      or self.w(x) in ("of", "in") and self.w(x + 1)[:1].isdigit()):
                return subj[0], x
        return subj

    def _record_start(self, a: int) -> int | None:
        """Where the record starts whose maker is the subject at token a ('a study by | the Tarn
        Institute', 'state records compiled by | X'), else None."""
        made = self._evidence_made_by(a)
        record = self._np_before_any(made + 1) if made is not None else None
        return record[0] if record is not None else None

    def _record_head(self, x: int) -> bool:
        """Is the word at token x a record ('survey', 'figures', 'audit', 'notice', 'filing')?"""
        low = self.w(x)
        return low in self.lex.evidence_nouns or low in self.lex.record_nouns

    def _layer_start(self, k: int, comma: int) -> int | None:
        """The comma (or other mark) that opens the layer of a parenthetical ending at token k, read
        back over a short group in brackets ('the chief executive of the Brookvale Housing Trust (BHT)',
        'Ana Costa (TPP, Oswick North)'); None at a quotation."""
        while k > self.begin and not (self.t[k].kind == "p" and self.t[k].low in ",;:(" and not self.separates_thousands(k)) \
                and comma - k < 45:  # ('X, who has 2,600 members, said': a figure's comma opens no layer)
            if self.t[k].kind == "q":
                return None
            if self.is_p(k, ")"):
                x = self._opening_mark(k - 1, "(", k, reach=12)
                k = x if x is not None and self.t[x - 1].kind == "w" else k
            k -= 1
        return k

    def _set_off_name(self, a: int, b: int) -> bool:
        """Are tokens [a, b) a name set off by commas: up to seven capitalised words (an honorific's full stop
        among them), and the lower-case particles a name keeps with a word after each ('The governor, Sheikh
        Faris bin Sultan Al Habsi, said', 'The mayor, Anke ter Beek, said', 'The operator, Tarn Valley Hydro
        Power Joint Stock Company, said'); one word when it is no word that names nobody nor a date ('The
        supplier, Harrowgate, said'; not 'The plan, Monday, ...')?"""
        particles = sum(1 for x in range(a, b) if self.t[x].kind == "w" and not self.t[x].cap
                        and self._name_particle(x, a, b))
        if b - a == 1:
            return self._one_word_name(a)
        return 2 <= b - a <= 8 + 2 * particles and self.t[a].kind == "w" and all(
            self.t[x].kind == "w" and self.t[x].cap or self.is_p(x, ".") or self._name_particle(x, a, b)
            for x in range(a, b)) and sum(1 for x in range(a, b) if self.t[x].kind == "w") <= 7 + 2 * particles

    def _one_word_name(self, a: int) -> bool:
        """Is the token at a a name by itself, set off after a description ('The supplier, Harrowgate,
        said'): a capitalised word, no word that names nobody ('However'), no date ('Monday')?"""
        tok = self.t[a]
        return tok.kind == "w" and tok.cap and self.text[tok.start:tok.end] not in self.lex.not_names \
            and tok.low not in MONTH_NAMES and tok.low not in WEEKDAYS and not tok.low.isdigit()

    def _name_end(self, k: int, comma: int) -> int:
        """Where a name set off between the comma at token k and `comma` would end: before a short
        group in brackets ('A lawyer for the firm, Ana Costa (KC), said': her designation) or before the
        body it belongs to ('Another pollster, Dana Reyes of Carrow University, said'); else `comma`."""
        end = self._bracket_start(comma)
        return next((x for x in range(k + 3, min(end, k + 6)) if self.w(x) in ("of", "at", "from")
                     and (self.t[x + 1].cap or self.w(x + 1) == "the" and self.t[x + 2].cap)), end)

    def _bracket_start(self, end: int) -> int:
        """Where a short group in brackets that ends before token `end` opens, after a name ('Ana
        Costa (KC)', 'Ana Costa (TPP, Oswick North)'); `end` when none does."""
        if not self.is_p(end - 1, ")"):
            return end
        x = self._opening_mark(end - 2, "(", end, reach=12)
        return x if x is not None and self.t[x - 1].kind == "w" else end

    def _listed_body_start(self, a: int, b: int) -> int:
        """Where a subject starts whose body's name lists its portfolio with commas, when tokens
        [a, b) are the list's last items ('a spokesperson for the Department of Roads, Bridges and
        Harbours said': the spokesperson, not 'Bridges and Harbours'); a when they are not."""
        if not (a > self.begin and self.is_p(a - 1, ",") and any(self.w(x) == "and" for x in range(a, b))
                and all(self.t[x].cap or self.w(x) in _PORTFOLIO_JOINS for x in range(a, b))):
            return a
        start = self._portfolio_start(a, self.lex.institution_heads)
        start = self._members_start(a, b) if start is None else start
        if start is None:
            return a
        return min(start, self._np_start(start, 16, self._subject_word, _SUBJECT_SKIPS))

    def _members_start(self, a: int, b: int) -> int | None:
        """Where a body's name starts that lists whom it gathers with commas before its head noun, when
        tokens [a, b) are the list's last items and the head ('the Jolby Nurses, Midwives and Porters Union
        said': the union, not 'Midwives and Porters Union'): capitalised words, each item a plural, no
        given name among them; None when they are not."""
        if self.w(b - 1) not in self.lex.institution_heads or not self.w(b - 2).endswith("s"):
            return None
        x = a - 1
        while x > self.begin and (self.is_p(x, ",") or self.t[x].kind == "w" and self.t[x].cap):
            if self.is_p(x, ",") and not (self.t[x - 1].kind == "w" and self.w(x - 1).endswith("s")):
                return None
            x -= 1
        words = [self.w(k) for k in range(x + 1, a) if self.t[k].kind == "w"]
        if not words or any(w in self.lex.given_names for w in words):
            return None
        return x + 1

    def _portfolio_start(self, a: int, heads: frozenset[str] | None = None) -> int | None:
        """Where a capitalised title whose portfolio lists several items starts, when the words at
        token a are its last item ("Tarnland's Minister of Labour, Training and Skills, Ana Costa,
        said": the whole title, with its possessor, describes her; not only 'Skills')."""
        x, listed = a - 1, False
        while x > self.begin and a - x < 24:
            tok = self.t[x]
            if tok.kind == "w" and tok.cap and (tok.low in self.lex.title_words or heads and tok.low in heads) \
                    and self.w(x + 1) in ("of", "for"):
                if not listed:
                    return None
                while x > self.begin and self.t[x - 1].kind == "w" and self.t[x - 1].cap \
                        and (self.w(x - 1) in self.lex.modifiers or self._possessor(x - 1)):
                    x -= 1  # ('Deputy Minister of ...', "Tarnland's Minister of ...")
                return x
            if self.is_p(x, ",") or tok.low == "and":
                listed = True
            elif not (tok.kind == "w" and (tok.cap or tok.low in _PORTFOLIO_JOINS)):
                return None  # ('Chair of the Committee on Roads, Bridges and Ports, Ana Costa, said')
            x -= 1
        return None

    def _mention_end(self, k: int) -> tuple[int, int]:
        """Where the mention before the parenthetical at comma k ends, and the token a label or a
        contact clause set off after the name starts at (0 for none): the speaker's name ends
        there, and what follows reads after it."""
        x, labelled = k, 0
        if self.is_p(x - 1, ")"):
            # 'Rep. Ana Costa (D-N.Y.), chair of ...': the party label belongs to the name
            y = self._opening_mark(x - 2, "(", x, reach=8, at_begin=True)
            if y is not None:
                x = y
        elif self._party_label(x - 1):
            # 'Sen. Rita Alvarez, D-Calif., who chairs ...': so does one set off by commas
            y = self._opening_mark(x - 1, ",", x, reach=8)
            if y is not None:
                x = labelled = y  # the mention ends at the name, and the label reads after it
        contact = self._contact_clause(x)
        if contact is not None:
            x = labelled = contact  # 'A veteran nurse I spoke to, who ..., said': the mention ends before 'I'
        return x, labelled

    def _contact_clause(self, b: int) -> int | None:
        """The token a contact clause whose subject is the publisher's reporter starts at, when one
        ends at token b ('A senior officer | I spoke to | said', 'an engineer | we talked with |'):
        the noun phrase before it speaks, to the publisher."""
        k = b - 1
        if k - 3 >= self.begin and self.w(k) in ("to", "with") and self.w(k - 1) in _SPEAKING_TO \
                and self.w(k - 2) in _REPORTER_SUBJECTS and self.t[k - 3].kind == "w":
            return k - 2
        return None

    def _antecedent_before_preposition(self, x: int, outer: tuple[int, int] | None) -> int | None:
        """Where the subject starts when the name before a relative clause at token x follows a
        preposition ('A nurse at Selbrook General Hospital, who asked not to be named, said', 'a midwife on
        the maternity unit, who ...': the nurse, the midwife)."""
        if outer is None or not (self.w(outer[0]) in _NP_INNER or self.w(outer[0] - 1) in _NP_INNER
                                 or self._member_on(outer[0] - 1)):
            return None
        whole = self._np_before_any(x)
        return whole[0] if whole is not None and (self._opens_sentence(whole[0]) or self._after_content(whole[0])) \
            else None

    def _after_content(self, a: int) -> bool:
        """Does a subject at token a follow the quotation it reports ('"We have nothing left," farmers in Kelbrook,
        a village in the valley, said')? (After a comma, the words may describe a name before them.)"""
        return a - 1 >= self.begin and self.t[a - 1].kind == "q"

    def _opens_sentence(self, a: int) -> bool:
        """Does a subject at token a open the sentence, perhaps after a conjunction ('But a nurse, ...')?"""
        return a == self.begin or a == self.begin + 1 and self.w(self.begin) in _SENTENCE_CONJUNCTIONS

    def _after_opening(self, a: int) -> bool:
        """Does a subject at token a follow only a short opening set off by a comma: a discourse adverb or a
        phrase of time or place ('Meanwhile, a ministry official, speaking on condition of anonymity because
        ..., said', 'On Monday, an official, speaking ..., said')? No cue, quotation or clause of its own in it."""
        b = self.begin + (1 if self.w(self.begin) in _SENTENCE_CONJUNCTIONS else 0)
        if not (b + 1 < a <= b + 7 and self.is_p(a - 1, ",")):
            return False
        first = self.w(b)
        if a - 1 == b + 1:
            return first in _DISCOURSE_ADVERBS or first in _OPENING_WORDS
        return (first in _ADJUNCT_PREPS or first in _OPENING_WORDS or self.t[b].kind == "d") and all(
            self.t[x].kind in "wd" and x not in self.cue_tokens and self.w(x) not in _FINITE
            for x in range(b, a - 1))

    def _adjunct_like(self, a: int) -> bool:
        """Does token a open an adjunct set off by commas ('at a briefing', 'speaking on Monday')?"""
        first = self.w(a)
        if not first or self.t[a].cap:
            return False
        # ('Pell, however, said', 'The council, for its part, said', 'X, for example, said')
        if first in _ASIDE_ADVERBS and self.w(a + 1) in ("a", "an", "the"):
            return False  # 'Ana Costa, then a senator, said': a description of her, see _appositive_like
        return first in _ADJUNCT_PREPS or first in ("at", "in", "as", "like") or first in _DISCOURSE_ADVERBS or (
            first == "for" and self.w(a + 1) in _FOR_ASIDES) or (
            first.endswith("ing") and len(first) > 5 and first not in self.lex.cues_by_first) or (
            _participle(first) and self.w(a + 1) in _PLACE_PREPS and first not in self.lex.cues_by_first)
        # (and a participle that says where: 'Acme, based in Tarnby, said', 'the group, headquartered near X, said')

    def _appositive_like(self, a: int, b: int) -> bool:
        first = self.w(a)
        if first.endswith("'s") and self.t[a].cap and b - a >= 2:
            return True  # 'China, Beijing's closest ally, said'
        if self.t[a].cap and first[-1:] in ("s", "z", "x") and b - a >= 3 and self.is_p(a + 1, "'\u2019") \
                and self.t[a + 2].kind == "w" and not self.t[a + 2].cap:
            return True  # 'Tom Keller, Burgess' campaign manager, said': a possessive with its apostrophe alone
        if not first or self.t[a].cap:
            return False
        if first in ("a", "an", "the", "who", "whose") or first in _ASIDE_ADVERBS and self.w(a + 1) in ("a", "an", "the"):
            return True  # ('Ana Costa, then a senator, said')
        # 'Tom Reyes, its chief executive, said': a possessive opens a description too
        if first in self.lex.title_words or first in self.lex.modifiers or first in self.lex.possessives:
            return True
        # 'Ana Costa, legal director for the Harbour Trust, said', 'X, cabinet member for libraries, said'
        return self.w(a + 1) in self.lex.title_words and not self.t[a + 1].cap and (
            a + 2 == b or self.w(a + 2) in _TITLE_PREPS) or self._work_then_name(a, b)

    def _description_after_name(self, np: tuple[int, int]) -> bool:
        """Is the noun phrase np a description set off after a capitalised name ('Ana Costa, president of
        the Jolby Growers Union, a farmers' group, said': the president's name is the subject, read on)?"""
        a = np[0]
        return a - 2 > self.begin and self.is_p(a - 1, ",") and self.t[a - 2].kind == "w" and self.t[a - 2].cap \
            and not self.t[a].cap and self.w(a) in self.lex.title_words and self._appositive_like(a, np[1])

    def _work_then_name(self, a: int, b: int) -> bool:
        """Are tokens a..b a person's work in lower case, then her name ('Another resident, bus driver Ana
        Costa, said'): up to three words, the last a word for a person's work or standing?"""
        k = a
        while k < b and k - a < 3 and self.t[k].kind == "w" and not self.t[k].cap:
            k += 1
        lex, head = self.lex, self.w(k - 1)
        return a < k and 2 <= sum(self.t[x].kind == "w" for x in range(k, b)) <= 4 and head not in lex.group_heads and (
            head in lex.occupations or head in lex.company_heads or head in lex.anonymous_heads) \
            and all(self.t[x].kind == "w" and self.t[x].cap or self.is_p(x, "'\u2018\u2019") for x in range(k, b))

    def _ends_proper(self, np: tuple[int, int], legal: bool = False) -> bool:
        """Does the noun phrase end on a capitalised word, or, when `legal`, on the full stop of a capitalised
        abbreviation ('Harbour Grain Ltd., the operator of the silo, said': the company's name)?"""
        end = np[1] - 1 if legal and np[1] - 2 >= np[0] and self.is_p(np[1] - 1, ".") and self.t[np[1] - 2].cap \
            and self.t[np[1] - 2].end == self.t[np[1] - 1].start else np[1]
        tok = self.t[end - 1]
        return tok.kind == "w" and tok.cap

    def _valid_np(self, a: int, b: int) -> bool:
        comma = next((k for k in range(a + 1, b) if self.is_p(k, ",")), None)
        if comma is not None and self.t[comma - 1].cap and self._valid_np(a, comma):
            return True  # 'Odalys Brannock, a fish seller': a name with a description set off after it
        words = [self.t[k] for k in range(a, b) if self.t[k].kind == "w"]
        if not words:
            return False
        last = words[-1]
        if len(words) == 1 and last.low in PRONOUNS:
            return True
        if words[0].low.isdigit() and len(words) > 1 and words[1].low in ("percent", "per"):
            return True  # '63 percent (of voters) said': a poll's share speaks
        if last.low in DETERMINERS or last.low in _NP_INNER:
            return False
        heads = self.lex
        for tok in words:
            if tok.low in PRONOUNS and len(words) > 1:
                return False
        if any(
            t.low in heads.anonymous_heads or t.low in heads.institution_heads or t.low in heads.media_heads
            or t.low in heads.title_words or t.low in heads.group_heads or self._person_head_word(t.low)
            for t in words
        ):
            return True
        if len(words) <= 4 and len(last.low) > 3 and (last.low.endswith("s") and not last.low.endswith("ss")
                                                      or last.low in heads.evidence_nouns) \
                and (words[0].cap or words[0].low in DETERMINERS or (
                    len(words) <= 2 and (a == self.begin or self.w(a - 1) in _SUBORDINATORS
                                         or self.w(a - 1) in ("that", "and", "but")))):
            return True  # "Local farmers", "the protesters", "after engineers warned", "Exit polling showed"
        if len(words) > 1 and words[-2].cap and last.low.replace(".", "") in _lower_legal_forms(heads.company_suffixes):
            return True  # 'Tarvik plc', 'Hafgola ehf.': a company's name and its legal form in lower case
        if last.cap:
            # a capitalised phrase: a name, an institution or an outlet; a lone capitalised
            # sentence opener that is not a name is too weak
            return not (len(words) == 1 and a == self.begin and last.low in _NP_STOP)
        return words[0].low in DETERMINERS and len(words) <= 6

    def np_after(self, j: int, limit: int | None = None, appositive: bool = False) -> tuple[int, int] | None:
        """A noun phrase starting at token j (an inverted speaker, a recipient, 'according to X')."""
        limit = self.end if limit is None else limit
        k = j
        while k < limit and k - j < 16:
            tok = self.t[k]
            if k > j and k in self.cue_tokens and not self._noun_after_adjective(j, k):
                break
            if tok.kind == "w":
                if k > j and (tok.low in PRONOUNS or tok.low in _FINITE):
                    break
                if k > j and tok.low in ("the", "a", "an") and self.w(k - 1) not in _NP_INNER and self.w(k - 1) != "by" and \
                        self.w(k - 1) not in DETERMINERS and self.t[k - 1].kind == "w":
                    break  # 'told reporters the ships ...': an article after a noun starts the next phrase
                if k > j and tok.low in ("its", "their", "our") and self.t[k - 1].cap and self.t[k - 1].kind == "w":
                    # 'told the Courier its crews ...': so does a body's possessive after a name ('his client'
                    # stays: its nested report would be the client's, whom the sentence never names)
                    break
                if tok.low in ("that", "who", "which", "on", "during", "last", "this", "as", "saying", "says",
                               "said", "when", "while", "because", "after", "before", "but", "if", "to", "via"):
                    if not (tok.low == "to" and k > j and self.w(k - 1) in ("close", "next")) \
                            and not self._body_name_on(k, j, limit):
                        break
                if tok.low in ("in", "at") and not (k + 1 < limit and (self.t[k + 1].cap or (
                        self.w(k + 1) == "the" and k + 2 < limit and self.t[k + 2].cap))):
                    break
                if tok.low == "and" and not (k + 1 < limit and self.t[k + 1].cap and k > j and self.t[k - 1].cap) \
                        and not self._titles_joined(k, limit) and not self._modifiers_joined(k):
                    break
                if k > j and tok.low in self.lex.cues_by_first and not tok.cap and not self._noun_position(k - 1) \
                        and not self._noun_after_adjective(j, k) \
                        and any(len(c.words) == 1 and not c.phrase for c in self.lex.cues_by_first[tok.low]):
                    break  # ('a report', 'the statement', 'a new report' are nouns)
                k += 1
            elif self._places_listed(j, k, limit) or self._portfolio_listed(j, k, limit):
                k += 1  # 'according to health boards in Jolby, Tarn and Oswick': the places listed are theirs
            elif _joins_name(tok) or (tok.low == "/" and k > j and k + 1 < limit and (
                    self.t[k - 1].cap and self.t[k + 1].cap or self.w(k - 1).isdigit() and self.w(k + 1).isdigit())):
                k += 1  # 'The Plain Dealer/Cleveland.com': one outlet's names; 'its 2025/26 report': a financial year
            else:
                break
        while k > j and (self.w(k - 1) in _NP_INNER or self.w(k - 1) in DETERMINERS or self.is_p(k - 1, "-.")):
            k -= 1
        if k <= j:
            return None
        if appositive and k < limit and self.is_p(k, ",") and (self.w(k + 1) in ("a", "an", "the")
                                                                or self.w(k + 1) in self.lex.title_words
                                                                or self._name_after_post(j, k, limit)
                                                                or self._name_after_partitive(j, k, limit)):
            more = self.np_after(k + 1, limit)
            if more and (more[1] >= limit or self.is_p(more[1], ",")) and not (
                    self.w(k - 1) in self.lex.media_heads and self.w(more[1] - 1) in self.lex.title_words):
                return j, more[1]  # (never a person's title after a medium: 'According to the newspaper, the Prime
        return j, k  # Minister, Ana Costa, had known C': the Prime Minister is whom C is about)

    def _this_medium(self, k: int, stop: int) -> int:
        """How many tokens from k, before `stop`, name the publisher as it names itself ('told this paper that C',
        'told this radio station C': Lexicon.self_medium); 0 when they do not."""
        words = [self.text[t.start:t.end] for t in self.t[k:min(k + 4, stop)]]
        return self.lex.self_medium(words)

    def _name_after_post(self, j: int, comma: int, limit: int) -> bool:
        """Is the phrase before the comma at `comma` a definite description of one person by her post
        ('the board's finance director') and what follows up to the end her name, two to four
        capitalised words ('..., said the port's director, Ana Lind.', '..., said the board's director of
        river safety, Ana Lind.': a portfolio in lower case after the post)?"""
        head = self.w(self._post_before_portfolio(j, comma))
        lex = self.lex
        if self.w(j) != "the" or not (head in lex.title_words or head in lex.occupations):
            return False
        return self._name_to_end(comma, limit)

    def _name_to_end(self, comma: int, limit: int) -> bool:
        """Are the words after the comma at `comma` a name of two to four capitalised words that ends the phrase
        (at `limit` or a mark): the name set off after a description of its bearer?"""
        end = comma + 1
        while end < limit and end - comma <= 5 and self.t[end].kind == "w" and self.t[end].cap:
            end += 1
        return 2 <= end - comma - 1 <= 4 and (end >= limit or self.t[end].kind != "w")

    def _name_after_partitive(self, j: int, comma: int, limit: int) -> bool:
        """Is the phrase before the comma at `comma` one of a group spoken of before (a word of grammar.json's
        partitive_ones and 'of': 'one of them', 'one of the fishermen'; 'another', 'another driver') and what follows
        up to the end a name of two to four capitalised words ('"C," said one of them, Ana Lind, 54.')?"""
        if not (self.w(j) in _PARTITIVE_ONES and self.w(j + 1) == "of" or self.w(j) == "another" and comma - j <= 3) \
                or any(self.w(x) in ("'s", "’s") or self.w(x).endswith(("'s", "’s")) for x in range(j, comma)):
            return False  # (not "one of the board's directors, X": a body's officer, whose standing the words hold)
        return self._name_to_end(comma, limit)

    def _post_before_portfolio(self, j: int, comma: int) -> int:
        """The token of a post before the portfolio in lower case that ends at `comma` ('director' in
        'the board's director of river safety'); the token before `comma` when there is none."""
        x = comma - 1
        while x > j + 1 and comma - x <= 4 and self.t[x].kind == "w" and not self.t[x].cap \
                and self.w(x) not in ("of", "for"):
            x -= 1
        return x - 1 if x < comma - 1 and self.w(x) in ("of", "for") and self.t[x - 1].kind == "w" else comma - 1

    def _body_name_on(self, k: int, j: int, limit: int) -> bool:
        """Is the 'on' at token k inside a body's name, after its capitalised head and before a
        capitalised word that is no day or month ('the Board on Harbour Safety', 'Council on Foreign
        Relations'; not 'the Committee on Monday')?"""
        return self.w(k) == "on" and j < k and k + 1 < limit and self.t[k - 1].cap and self.t[k + 1].cap \
            and self.w(k - 1) in self.lex.institution_heads and self.w(k + 1) not in WEEKDAYS \
            and self.w(k + 1) not in MONTH_NAMES

    def _titles_joined(self, k: int, limit: int) -> bool:
        """Does the 'and' at token k join two titles of one person ('former Gov. and party chairman
        Ed Lind', 'chairman and chief executive Ana Lind')?"""
        before = k - 2 if self.is_p(k - 1, ".") else k - 1
        lex = self.lex
        if before < self.begin or self.w(before) not in lex.title_words and self.w(before) not in lex.honorifics:
            return False
        return any(self.w(x) in lex.title_words for x in range(k + 1, min(limit, k + 6)))

    def _modifiers_joined(self, k: int) -> bool:
        """Does the 'and' at token k join two words of tenure or rank inside one noun phrase
        ('current and former officials', 'senior and junior diplomats')?"""
        return k > self.begin and k + 1 < self.end and (self.w(k - 1) in _PAIRED_MODIFIERS
                                                        and self.w(k + 1) in _PAIRED_MODIFIERS
                                                        and not self.t[k - 1].cap or self._portfolios_joined(k)
                                                        or self._pair_joined(k))

    def _pair_joined(self, k: int) -> bool:
        """Does the 'and' at token k join the two objects of a preposition of pairs, up to four words
        after it ('officials briefed on the talks between the port and the contractor')?"""
        for x in range(k - 1, max(self.begin, k - 6), -1):
            if self.t[x].kind not in "wd":
                return False
            if self.w(x) in _PAIR_PREPS:
                return x < k - 1
        return False

    def _portfolios_joined(self, k: int) -> bool:
        """Does the 'and' at token k join two bare nouns before a body's head noun, right after an
        article ('the lakes and rivers ministry', 'the parks and gardens department'), not two bodies
        ('the union and the ministry') nor a person and a body ('the mayor and council')?"""
        return k - 2 >= self.begin and k + 2 < self.end and self.w(k - 2) in ("the", "a", "an") \
            and all(self.t[x].kind == "w" and not self.t[x].cap for x in (k - 1, k + 1, k + 2)) \
            and self.w(k + 2) in self.lex.institution_heads and not self._head_noun(k - 1) \
            and self.w(k - 1) not in self.lex.title_words and self.w(k - 1) not in self.lex.institution_heads

    def _noun_after_adjective(self, j: int, k: int) -> bool:
        """Is the cue word at token k a reporting noun after an article and an adjective ('a new
        report'), inside the noun phrase that starts at j?"""
        if self.w(k) not in self.lex.cue_nouns:
            return False
        # ("the board's latest quarterly safety report": up to three adjectives between)
        x = k - 1
        while x > j and k - x <= 3 and self.t[x].kind == "w" and not self.t[x].cap and x not in self.cue_tokens:
            if self._noun_position(x - 1):
                return True
            x -= 1
        return False

    def np_forward_subject(self, j: int) -> tuple[int, int] | None:
        """The sentence's own subject (for 'X did A, saying B' when the main verb is no cue), after
        an opening adjunct ('During a speech on Monday, X attacked Y, saying ...')."""
        j = self._past_openers(j)
        k = j
        while k < self.end and k - j < 10:
            tok = self.t[k]
            if tok.kind == "w" and (tok.cap or tok.low in DETERMINERS or tok.low in ("of", "for")
                                    or tok.low in self.lex.modifiers or tok.low in self.lex.title_words
                                    or tok.low in self.lex.anonymous_heads or tok.low in PRONOUNS
                                    or tok.low in self.lex.institution_heads or tok.low in self.lex.group_heads):
                k += 1
                if tok.low in PRONOUNS:
                    break
            elif _joins_name(tok) and k > j or k > j and self._describes_head(j, k):
                k += 1  # ('A Tessarian maritime court ..., saying': an adjective before the head noun)
            else:
                break
        while k > j and self.w(k - 1) in ("of", "for") or (k > j and self.w(k - 1) in DETERMINERS):
            k -= 1
        if k - j == 1 and j == self.begin and (self.w(k) in DETERMINERS or self.w(k) == "that"):
            return None  # 'Read the updates below:', 'Conceding that ...': a verb taking its object
        if k > j and self._valid_np(j, k):
            return j, k
        return None

    def _describes_head(self, j: int, k: int) -> bool:
        """Is token k, in a noun phrase that opens with an article at j and has no head noun yet, a word in
        lower case that describes the head noun of a body or a person one or two words after it ('maritime'
        in 'A Tessarian maritime court', 'regional' in 'a regional planning board'; not 'told' in 'The
        company told reporters')?"""
        lex = self.lex

        def head(y: int) -> bool:
            low = self.t[y].low
            return low in lex.institution_heads or low in lex.anonymous_heads or low in lex.group_heads

        if self.w(j) not in ("a", "an", "the") or not self.t[k].low.isalpha() or self.t[k].cap \
                or any(head(x) or self.w(x) in lex.title_words or self.w(x) in lex.occupations for x in range(j + 1, k + 1)):
            return False
        for y in (k + 1, k + 2):
            if y >= self.end or self.t[y].kind != "w" or not self.t[y].low.isalpha() or self.w(y) in DETERMINERS:
                return False
            if head(y):
                return True
        return False

    def _past_openers(self, j: int) -> int:
        """The first token after the adjuncts that open a sentence before its subject: 'During a
        speech on Monday,', 'At a rally in Dayton, Ohio, on Monday,', 'Facing criticism,', 'When
        the vote was over,', 'Hours later,', 'Back in 1999,', 'Recently,'."""
        for _ in range(4):
            first = self.w(j)
            opener = first in _ADJUNCT_PREPS or first in _SUBORDINATORS or first in _OPENING_WORDS \
                or self.t[j].kind == "d" or (first.endswith("ing") and len(first) > 5 and self.t[j].kind == "w"
                                             and not (j + 1 < self.end and self.t[j + 1].cap)) \
                or (first.endswith("ly") and len(first) > 5 and self.w(j + 1).endswith("ing")) \
                or (first in _LEADING_ADVERBS and self.w(j + 1) in _AFTER_LEADING_ADVERB) or first == "asked"
            # ('Hastily leaving', 'Shortly after the vote,', 'Here in Dayton,', 'Asked about the vote,')
            x = j + 1
            while x < self.end and x - j < 20 and not self.is_p(x, ",") and self.t[x].kind != "q":
                x += 1
            # 'Hours later,', 'A year ago,', 'Recently,': a time or an adverb alone before the comma
            # (and 'however' after another opener: 'Recently, however, it issued ...')
            opener = opener or (x - j <= 4 and self.w(x - 1) in _TIME_ENDS) or (
                j > self.begin and x == j + 1 and first in _DISCOURSE_ADVERBS) or (
                x == j + 1 and first.endswith("ly") and len(first) > 5 and self.t[j].kind == "w")
            if not self.is_p(x, ",") or not (opener or (j > self.begin and self._place(j, x))):
                break
            j = x + 1
        return j

    # -- after the cue ---------------------------------------------------------------------------
    def parse_after(self, j: int, cue: Cue, frame: Frame, stop: int) -> tuple[int, str] | None:
        """Skip recipient and adjuncts after a cue; return (content token index, mark) or None."""
        k = j
        if self._plan_or_directive(k, cue, stop):
            return k, "bare"
        recipient_end = self._recipient(k, cue, frame, stop)
        if recipient_end is None:
            return None
        k = recipient_end
        if (cue.hint == "contradiction" or cue.negation) and k < stop and self._pronoun_report(k, stop):
            # 'Harwick Port denies that.', 'dismissed this as "pure invention"': what came before
            frame.report_object, frame.stance_object = "noun", True
            return k, "bare"
        if not (cue.hint == "contradiction" or cue.negation or cue.characterizes) and k < stop \
                and self.lex.false_pronoun.fullmatch(self.text, self.t[k].start, self.t[stop - 1].end):
            return k, "bare"  # 'said that was not true', "says that's false": a verdict on what came before
        if self.w(k) in ("it", "this", "that", "them", "him", "her") and self.w(k + 1) in ("as", "to") and \
                k + 2 < stop and frame.cue_start is not None:
            frame.cue_text = self.text[frame.cue_start:self.t[k + 1].end].lower()
            return (k + 2, "quote") if self.is_q(k + 2) and k + 3 >= stop else (k + 2, "bare")
        steps = 0
        while k < stop and steps < 30:
            steps += 1
            tok = self.t[k]
            if tok.kind == "q":
                return k, "quote"
            if tok.kind == "d":
                k += 1
                continue
            step = self._after_mark(k, frame, stop) if tok.kind == "p" else self._after_word(j, k, cue, frame, stop)
            if step is None:
                return None
            k, mark = step
            if mark is not None:
                return k, mark
        if k >= stop == self.end and not (cue.mental or cue.stance or cue.infinitive or cue.evidence_subject
                                          or cue.report_only or cue.negation):
            frame.pending = True  # 'X said in a statement.' may announce the quotation after it
        return None

    def _plan_or_directive(self, k: int, cue: Cue, stop: int) -> bool:
        """'Clinton wants to triple the program', 'told his advisers to find the money', 'urged him
        to resign': the plan or request is the content, from the cue on."""
        if cue.infinitive and self.w(k) == "to" and self.t[k + 1].kind == "w" and not self.t[k + 1].cap \
                and self.w(k + 1) not in DETERMINERS and stop - k >= 3:
            return True
        if cue.directive:
            np = self.np_after(k, stop)
            if np is not None and self.w(np[1]) == "to" and np[1] + 1 < stop and self.t[np[1] + 1].kind == "w" \
                    and not self.t[np[1] + 1].cap and self.w(np[1] + 1) not in DETERMINERS and (
                        self._valid_np(*np) or (np[1] - np[0] == 1 and self.w(np[0]) in _OBJECT_PRONOUNS)
                        or (np[1] - np[0] <= 2 and self.w(np[1] - 1).endswith("s"))):  # ('urged farmers to')
                return True
        return False

    def _recipient(self, k: int, cue: Cue, frame: Frame, stop: int) -> int | None:
        """The token after the one told ('told reporters', 'said to CNN'), recorded on the frame;
        None when the cue needs a recipient and has none."""
        if cue.takes_recipient or (self.w(k) == "to" and self.w(k + 1) not in ("be", "have")):
            r0 = k + 1 if self.w(k) == "to" else k
            if self.is_q(r0) or self.w(r0) == "that":
                return None if cue.requires_recipient else k
            # 'told me detectives were ...': an object pronoun is the whole recipient ('her' may own a noun)
            pronoun = self.w(r0) in _OBJECT_PRONOUNS and self.w(r0) not in self.lex.possessives
            own = self._this_medium(r0, stop - 1)
            rec = (r0, r0 + 1) if pronoun and r0 + 1 < stop else (
                (r0, r0 + own) if own else self.np_after(r0, stop))
            if rec is not None and rec[1] - rec[0] > 1 and self.w(rec[1]) in _THERE_VERBS:
                rec = (rec[0], self._recipient_cut(*rec))  # 'told Reuters there had been no change': 'there' opens C
            if rec is None:
                return None if cue.requires_recipient else k
            frame.recipient = self.span(*rec)
            initials = rec[1] + 1 < stop and self.is_p(rec[1], "(") and self.is_p(rec[1] + 2, ")") \
                and self.t[rec[1] + 1].kind == "w" and self.text[self.t[rec[1] + 1].start:self.t[rec[1] + 1].end].isupper()
            return rec[1] + 3 if initials else rec[1]  # ('told the Harbour Works Committee (HWC) that C')
        return None if cue.requires_recipient else k

    def _recipient_cut(self, a: int, b: int) -> int:
        """Where the one told ends when the words a..b read as one noun phrase run into a clause's verb:
        before 'there' ('told Reuters there had been'), after a name in capitals or a word for reporters
        before lower-case words ('told the Tribune trade had halved', 'told reporters prices were up');
        b when no such cut is there."""
        if self.w(b - 1) == "there":
            return b - 1
        for x in range(a + 1, b):
            before, tok = self.t[x - 1], self.t[x]
            if tok.kind != "w" or tok.cap or self.w(x) in DETERMINERS:
                continue
            if before.cap and (x - 1 > a or self.w(a) not in DETERMINERS) or self.w(x - 1) in self.lex.recipients:
                return x
        return b

    def _after_mark(self, k: int, frame: Frame, stop: int) -> tuple[int, str | None] | None:
        """Punctuation after a cue: a colon or a comma before a quotation opens the content, a
        comma before an adjunct is skipped ((k, None): read on from k)."""
        tok = self.t[k]
        if tok.low == ":" and k + 1 < stop:
            return (k + 1, "quote") if self.is_q(k + 1) else (k + 1, "bare")
        if tok.low == ":":
            frame.pending = True
            return None
        if tok.low in ",\u2014\u2013-" and k + 1 < stop:
            nxt = self.t[k + 1]
            if nxt.kind == "q":
                return k + 1, "quote"
            if nxt.kind == "d" or self.w(k + 1) in _ADJUNCT_PREPS or self.w(k + 1) in _ADJUNCT_WORDS \
                    or self.w(k + 1) == "that":
                return k + 1, None
            aside = self._discourse_aside(k + 1, stop)
            if aside is not None:
                return aside, None  # 'denied, however, that C', 'said, for its part, that C': read on past the aside
            cited = self._citing(k + 1, stop)
            if cited is not None:
                frame.cited = self.span(*cited)  # 'X reported, citing the Post, that C'
                return cited[1], None
        return None

    def _discourse_aside(self, k: int, stop: int) -> int | None:
        """The token after the comma that closes an aside of a discourse adverb opening at token k ('however,',
        'in turn,', 'for its part,'), when 'that' or a quotation follows it; None otherwise."""
        first = self.w(k)
        end = k + 1 if first in _DISCOURSE_ADVERBS and first != "in" else (
            k + 2 if first == "in" and self.w(k + 1) == "turn" else (
                k + 2 + (self.t[k + 2].kind == "w") if first == "for" and self.w(k + 1) in _FOR_ASIDES else None))
        if end is None or self.t[k].cap or end + 1 >= stop or not self.is_p(end, ","):
            return None
        return end + 1 if self.w(end + 1) == "that" or self.is_q(end + 1) else None

    def _cited_aside_frame(self, i: int, frame: Frame, cited: tuple[int, int]) -> _Step | None:
        """'The Journal, citing internal documents, reported C': the aside's own frame holds only the records it
        cites (the subject cites them); the verb after it reports C, the outlet's (_citing_aside). None for a person
        or body cited ('Reuters, citing two officials, said C'), the source of C."""
        subj = self.np_before(i - 1)
        if subj is None or not self._records_in(*cited):
            return None  # (a person or body cited is the source the verb after the aside gives: no frame of its own)
        frame.speaker = self.span(*subj)
        self.add_content(frame, *cited)
        return _Step(frame, cited[1], leads=False) if frame.contents else None

    def _records_in(self, a: int, b: int) -> bool:
        """Do tokens [a, b) name records or evidence by their head noun (records_by_head)?"""
        return records_by_head([self.w(x) for x in range(a, b)], self.lex)

    def _citing_aside(self, i: int, begin: int) -> tuple[int, tuple[int, int]] | None:
        """', citing Y,' set off just before the cue at token i ('Reuters, citing two officials, said C'): the
        comma that opens the aside and Y's tokens; None when no such aside stands there."""
        if i - 4 < begin or not self.is_p(i - 1, ","):
            return None
        for x in range(i - 3, max(begin, i - 15), -1):
            if self.is_p(x, ",") and self.w(x + 1) in _CITING:
                cited = self._citing(x + 1, i)
                return (x, cited) if cited is not None and cited[1] == i - 1 else None
        return None

    def _citing(self, k: int, stop: int) -> tuple[int, int] | None:
        """The one cited in 'citing Y,' / 'which cited Y,' at token k, up to the comma that closes
        it: Y's tokens (the comma is at the end index)."""
        x = k + 1 if self.w(k) in _COMMA_RELATIVES else k
        if self.w(x) not in _CITING:
            return None
        y = x + 1
        while y < stop and y - x < 12 and self.t[y].kind != "q" and not self.is_p(y, ",;:\u2014\u2013"):
            y += 1
        return (x + 1, y) if y > x + 1 and self.is_p(y, ",") else None

    def _after_word(self, j: int, k: int, cue: Cue, frame: Frame, stop: int) -> tuple[int, str | None] | None:
        """A word after a cue: 'that', a question word, an adjunct to skip ((k, None): read on from
        k), or the start of the content."""
        low = self.t[k].low
        if low == "that":
            if cue.characterizes and self._called_false(k, stop):
                return self._object_content(k, cue, frame, stop)  # 'called that story false'
            denied = self._denied_report(k, frame, stop) if cue.hint == "contradiction" or cue.negation else None
            if denied is not None:
                return denied  # 'rejected that account on Tuesday'
            if (self.is_p(k + 1, ",") and self.w(j - 2) == "having") or self._demonstrative(k, stop):
                return None  # 'Having said that, ...', 'rejected that argument in a ruling'
            return k + 1, "that"
        if low == "when" and self.w(k + 1) == "asked":
            return self._after_asked(k + 2, stop)
        if low in ("whether", "if", "why", "how", "what", "when", "where", "who") and k == j and not cue.mental:
            # 'declined to confirm whether C': a non-confirmation of C itself
            return (k + 1 if cue.negation and low in ("whether", "if") else k), "bare"
        if low == "of" and k == j:
            # 'says of the mayor, "..."': the one spoken about, then the quotation
            pp_end = self._pp_end(k + 1, stop)
            if pp_end is not None and self.is_p(pp_end, ",") and self.is_q(pp_end + 1):
                return pp_end + 1, "quote"
        if low == "at" and self.w(k + 1) in ("least", "most") and cue.bare_clause and not cue.mental \
                and (self._clause_at(k + 2) or self._past_after_figure(k + 2)):
            return k, "bare"  # 'said at least 12 people died': the figure opens C, no adjunct
        if low in _ADJUNCT_PREPS or (low == "in" or low == "at") or (low == "of" and k + 1 < self.n and self.t[k + 1].kind == "d"):
            pp_end = self._pp_end(k + 1, stop, plan=cue.infinitive and not cue.directive)
            if pp_end is None:
                return None
            self._medium_in_pp(k, pp_end, frame)
            return pp_end, None
        if low in _ADJUNCT_WORDS or low in self.lex.auxiliaries:
            return k + 1, None
        if k > j and cue.infinitive and not cue.directive and self._plan_or_directive(k, cue, stop):
            return k, "bare"  # 'claimed on a forum to hold the records': the plan after an adjunct
        that = self._addressee_then_that(j, k, cue, stop)
        if that is not None:
            frame.recipient = frame.recipient or self.span(k, that)
            return that + 1, "that"
        return self._object_content(k, cue, frame, stop)

    def _after_asked(self, k: int, stop: int) -> tuple[int, str] | None:
        """After 'said when asked' (token k the word after 'asked'): when it was said, no content; the question
        put is a content of its own (_question_frames). The clause that follows it, set off by a comma or
        opening with 'that' ('said, when asked about the strike, that C'), is the content, else None ('"No,"
        he said when asked if he would resign')."""
        if self.w(k) == "that":
            return k + 1, "that"
        x = k
        while x < self.end and not self.is_p(x, ",;:\u2014\u2013"):
            x += 1
        if self.w(k) not in ("if", "whether"):
            # ('said when asked about the delay that C': a question of no clause, then the content)
            y = next((z for z in range(k, min(x, stop)) if self.w(z) == "that" and self.t[z].kind == "w"), None)
            if y is not None and y + 1 < stop and self._clause_at(y + 1):
                return y + 1, "that"
        return (x + 2, "that") if self.is_p(x, ",") and self.w(x + 1) == "that" and x + 2 < stop else None

    def _addressee_then_that(self, j: int, k: int, cue: Cue, stop: int) -> int | None:
        """'warned harbour crews in May that C', 'assured the board on Monday that C': the one
        addressed (and a time) between a cue that may take one and 'that' opening a clause; the
        token of 'that', else None."""
        if k != j or not (cue.directive or cue.takes_recipient) or cue.characterizes or cue.negation:
            return None
        if not (self.t[k].kind == "w" and (self.t[k].cap or self.w(k) in DETERMINERS or self.t[k].low.isalpha())):
            return None
        for x in range(k + 1, min(stop, k + 9)):
            if self.w(x) == "that" and self.t[x].kind == "w":
                return x if x + 1 < stop and self._clause_at(x + 1) else None
            tok = self.t[x]
            if tok.kind not in ("w", "d") or x in self.cue_tokens or tok.low in _FINITE or tok.low in PRONOUNS \
                    or tok.low in ("who", "which", "whom", "to"):
                return None
        return None

    def _object_content(self, k: int, cue: Cue, frame: Frame, stop: int) -> tuple[int, str] | None:
        """Content that starts with the cue's object: a verdict on it, a stance's object, a short
        object before a quotation, or a bare clause."""
        low = self.t[k].low
        if cue.hint == "contradiction" or cue.negation:
            denied = self._denied_report(k, frame, stop)
            if denied is not None:
                return denied
        if cue.lemma in _CREDIT_VERBS and (self._credited_story(k, stop) or self._first_credit(k, frame, stop)) \
                or cue.lemma in _NOTIFY_VERBS and self._notified(k, stop):
            return None  # 'which first reported the case', 'reported deaths to the office': a credit, an act
        if cue.negation and "deny" not in cue.words and (self._definite_object(k, stop) or cue.words[-1] == "on" and (
                self.w(k) in ("the", "this", "these", "those") or self.w(k).endswith(("'s", "\u2019s")))):
            # 'would not confirm the order', 'declined to comment on the sale of the depot': the thing
            # she did not confirm is the content ('declined to comment on a report' is a policy: no
            # thing reported before)
            frame.stance_object = True
            return k, "bare"
        if cue.figure_object and self._figure_object(k):
            if any(c[2].phrase for c in self.cues if c[0] > k):
                return None  # 'X put the toll at 14, according to the Gazette': the outlet's report carries it
            return k, "bare"  # 'put the toll at 21', 'estimated the crowd at 3,000 people'
        if cue.report_only or (cue.goods_object and self._counted(k, stop)) or (cue.work_object and self._written_work(k, stop)):
            return None  # 'withdrew its troops', 'recalled 2 million cars', 'wrote a book on the flood' report nothing
        if cue.characterizes and k < stop and self._called_false(k, stop):
            # 'called the story false': a denial of the report, as 'denied the story'
            frame.report_object, frame.stance_object = "verdict", True
            return k, "bare"
        if cue.characterizes and k < stop:
            # 'called the senator a "nasty guy"': the object and the quoted verdict on it
            last = self.t[min(stop, k + 15) - 1].end
            if _QUOTE_MARK.search(self.text, self.t[k].start, last):
                return k, "bare"
        if cue.stance and k < stop and (self.t[k].cap or low in DETERMINERS or low.endswith("'s")
                                        or low in _OBJECT_PRONOUNS or cue.noun_object and self._noun_object(k, frame)) and not any(
                self.w(x) in self.lex.cue_nouns and self.w(x + 1) == "that" for x in range(k, min(stop, k + 6))):
            # ('rejected the mayor's claim that C' reports the mayor's claim)
            # 'China and Russia support the government': the stance's object is the content
            frame.stance_object = True
            return k, "bare"
        if cue.belief_clause and self._belief_clause(k, stop) and not self._subject_relative(k - len(cue.words)):
            return k, "bare"  # 'fears the closure will cost 300 jobs', 'hopes she can win the seat'
        if cue.mental:
            return None  # a belief or plan takes 'that' or 'to': 'which the locals know as "X"' reports nothing
        # a short object before a quotation: "described it as 'X'", "affirmed the 'X'"
        for look in range(k, min(stop, k + 5)):
            if self.w(look) in PRONOUNS or self.w(look) in _FINITE:
                break
            if self.is_q(look):
                if all(self.t[x].kind == "w" for x in range(k, look)):
                    if self._subject_of_quote(k, look, cue):
                        # ('says he's "losing the war," part of ...': the clause ends with the quotation's comma)
                        return k, "quoted_subject" if self._comma_closes(look) else "bare"
                    return look, "quote"
                break
            if self.t[look].kind != "w":
                break
        if cue.bare_clause and not cue.mental and low in _ANSWER_WORDS and (k + 1 == stop or self.is_p(k + 1, ",;")):
            return k, "bare"  # 'Asked if he would run, the senator said no.', '75 percent said yes, but ...'
        if cue.needs_content_mark or low in _COMPLEMENT_STARTERS_BAD:
            return None
        if stop - k < 3 and cue.lemma in self.lex.denial_verbs and all(self.t[x].kind == "w" for x in range(k, stop)) \
                and self.w(stop - 1) not in DETERMINERS | _OBJECT_PRONOUNS | _QUANTIFIER_PRONOUNS | PRONOUNS:
            return k, "bare"  # 'denied any wrongdoing', 'denies wrongdoing': what is denied, however short
        if stop - k == 2 and cue.directive and cue.words[-1] in _SHORT_DEMAND_ENDS and self._short_demand(k):
            return k, "bare"  # 'and demanded a recount', 'called for an inquiry': what is asked for
        if stop - k < 3:
            return None
        # (a cue ending in 'that' marks its clause itself, whose subject may be long: 'ruled that the
        # fee its members charged night traders at the market last spring was lawful')
        reach = 16 if cue.words[-1] == "that" else 8
        if not cue.bare_clause and not any(self.w(x) in _FINITE for x in range(k, min(stop, k + reach))):
            return None
        return k, "bare"

    def _short_demand(self, k: int) -> bool:
        """Are tokens k, k + 1 a determiner or a possessive and a lower-case noun ('his resignation', 'an
        inquiry'), the whole object of a demand?"""
        first, head = self.t[k], self.t[k + 1]
        return first.kind == "w" and head.kind == "w" and not head.cap and head.low.isalpha() \
            and (first.low in DETERMINERS or first.low in self.lex.possessives) and head.low not in _FINITE \
            and head.low not in PRONOUNS

    def _notified(self, k: int, stop: int) -> bool:
        """Is the object at token k an event notified to someone (notifies)?"""
        return notifies([self.w(x) if self.t[x].kind == "w" else "," for x in range(k, min(stop, k + 7))])

    def _credited_story(self, k: int, stop: int) -> bool:
        """Is the object at token k only the story a report verb credits (credits_story)?"""
        return credits_story([self.w(x) for x in range(k, min(stop, k + 3))])

    def _first_credit(self, k: int, frame: Frame, stop: int) -> bool:
        """Is the object at token k the story a relative clause of 'first' credits (first_credit)?"""
        return frame.cue_start is not None and first_credit(
            self.text, frame.cue_start, [self.w(x) if self.t[x].kind in ("w", "d") else "," if self.is_p(x, ",")
                                         else self.text[self.t[x].start:self.t[x].end] for x in range(k, min(stop, k + 9))])

    def _belief_clause(self, k: int, stop: int) -> bool:
        """Does a clause with no 'that' open at token k after a verb of belief: a subject (a pronoun,
        a name, or a determiner and up to three words) and then a finite verb with a word after it
        ('the deal will collapse', 'she is right'); never an object ('knows the area', 'fear the
        worst') nor one with a relative clause ('know the man who was')?"""
        low = self.w(k)
        if not (low in _SUBJECT_PRONOUNS or low in DETERMINERS or self.t[k].cap) or low == "that":
            return False
        for x in range(k + 1, min(stop, k + 5)):
            if self.w(x) in _FINITE:
                return x + 1 < stop and self.t[x + 1].kind == "w"
            if self.t[x].kind != "w" or x in self.cue_tokens or self.w(x) in _RECORD_BREAKS or self.w(x) in PRONOUNS \
                    or low in _SUBJECT_PRONOUNS:
                return False
        return False

    def _subject_relative(self, c: int) -> bool:
        """Is the cue at token c the verb of a relative clause without commas on the sentence's subject, with no
        verb before it ('Residents who know the area will be hired')? Then the clause after the cue holds the
        sentence's own verb: the cue's object ends before it, and no belief is reported."""
        if c - 1 <= self.begin or self.w(c - 1) not in ("who", "that") or self.is_p(c - 2, ","):
            return False
        return all(self.t[x].kind == "w" and x not in self.cue_tokens and self.w(x) not in _FINITE
                   for x in range(self.begin, c - 1))

    def _places_listed(self, j: int, comma: int, end: int) -> bool:
        """Is the comma at token `comma` inside a list of places after 'in' or 'across' in a noun phrase that
        starts at token j ('health boards in Jolby, Tarn and Oswick')?"""
        if not self.is_p(comma, ",") or comma - 1 <= j or not self.t[comma - 1].cap:
            return False
        x = comma - 1
        while x > j and self.t[x].cap and self.t[x].kind == "w" or self.is_p(x, ","):
            x -= 1
        return x > j and self.w(x) in ("in", "across") and self._names_listed(comma, end)

    def _portfolio_listed(self, j: int, comma: int, end: int) -> bool:
        """Is the comma at token `comma` inside a body's name whose portfolio lists several items, in a noun
        phrase that starts at token j ('according to the Ministry of Ports, Roads and Inland Waters, C': one
        ministry, not a 'Ministry of Ports' with the rest of its name in the content)?"""
        if not self.is_p(comma, ",") or not self.t[comma - 1].cap:
            return False
        x = comma - 1
        while x > j and (self.t[x].kind == "w" and (self.t[x].cap or self.t[x].low in _PORTFOLIO_JOINS)
                         or self.is_p(x, ",")) and not (self.w(x) in ("of", "for") and self._listed_head(x - 1)):
            x -= 1
        return x > j and self.w(x) in ("of", "for") and self._listed_head(x - 1) and self._names_listed(comma, end)

    def _listed_head(self, x: int) -> bool:
        """Is token x a capitalised body's head noun or title before the portfolio its name lists ('Ministry',
        'Department', 'Minister')?"""
        return self.t[x].kind == "w" and self.t[x].cap and (
            self.t[x].low in self.lex.institution_heads or self.t[x].low in self.lex.title_words)

    def _names_listed(self, comma: int, end: int) -> bool:
        """Does the comma at token `comma` part names of a list that goes on to 'and' or 'or' and a
        last name ('rain in Tarnby, Oskel and Brae districts'), no end of the object?"""
        x = comma + 1
        while x < end and x - comma <= 8:
            if not (self.t[x].kind == "w" and self.t[x].cap or self.is_p(x, ",")):
                return self.w(x) in ("and", "or") and x + 1 < end and self.t[x + 1].cap and (
                    x > comma + 1 or self._names_listed_before(comma))
            x += 1
        return False

    def _names_listed_before(self, comma: int) -> bool:
        """Do capitalised names parted by a comma stand before the comma at token `comma` ('in
        Kellby, Dorne, and Arral': the comma before 'and' goes on with the list)?"""
        x = comma - 1
        while x > self.begin and comma - x <= 4 and self.t[x].kind == "w" and self.t[x].cap:
            x -= 1
        return x < comma - 1 and self.is_p(x, ",") and self.t[x - 1].cap

    def _counted(self, k: int, stop: int) -> bool:
        """Whether the words at token k count something: '2 million cars', 'about 40,000 heaters',
        'thousands of units'."""
        for x in range(k, min(stop, k + 4)):
            low = self.w(x)
            if low[:1].isdigit() or low in self.lex.quantities:
                return True
            if low not in _APPROXIMATORS:
                return False
        return False

    def _written_work(self, k: int, stop: int) -> bool:
        """Whether the words at token k are only a written work and what it is about or where it ran: 'a book
        about the flood', 'the majority opinion', 'an op-ed in the Courier last week' (lexicon.written_works
        within the first four words, no verb after them in the clause nor any cue or quotation after them in the
        sentence: 'wrote a column urging C' reports C)."""
        span = range(k, min(stop, k + 4))
        at = work_head([self.w(x) for x in span], [self.t[x].kind == "w" and not self.t[x].cap for x in span])
        if at is None:
            return False
        head = k + at
        if any(x in self.cue_index or self.t[x].kind == "q" for x in range(head + 1, self.end)):
            return False  # ('wrote a book in 2019, saying C': the participle's speaker is the writer's)
        return not self._finite_between(head + 1, stop)

    def _denied_report(self, k: int, frame: Frame, stop: int) -> tuple[int, str] | None:
        """'dismissed reports that C' (the content is C), 'denied the report', 'did not confirm
        the assertions', 'rejected the critic's assertions', 'denied the Morrow Courier's story' (the
        content is the report's words): a denial of a report."""
        owned = False
        for x in range(k, min(stop, k + 7)):
            if self._plural_possessive(x) and not owned:
                owned = True  # ("rejected the auditors' findings")
                continue
            if self.t[x].kind != "w":
                return None
            pointed = self.t[x].low in self.lex.pointed_objects and x > k and (
                self.t[x - 1].low in self.lex.object_pointers or owned)  # ('rejected that version')
            if self.t[x].low in self.lex.denial_objects or self.t[x].low in self.lex.clause_objects or pointed:
                that = self._whose_report_that(x + 1, stop)
                if that is not None:
                    # ('rejected the mayor's claim that C': a denial of C, the mayor's account, which the
                    # noun's own frame reads as the mayor's claim, as 'claims by the mayor that C')
                    frame.report_object = "clause"
                    return that + 1, "that"
                if self.t[x].low not in self.lex.denial_objects and not pointed:
                    return None  # ('rejected the idea' alone: a proposal turned down, no report)
                if x + 1 >= stop or self.is_p(x + 1, ",;") or self.t[x + 1].kind == "d" \
                        or self.w(x + 1) in _OBJECT_ENDS | {"by", "from", "of", "as", "about"} \
                        or self.w(x + 1) == "and" and self.w(x + 2) not in DETERMINERS \
                        or any(self.w(y) in _ADJUNCT_WORDS for y in range(x + 1, min(stop, x + 4))):
                    frame.report_object = "noun"
                    frame.stance_object = True
                    return k, "bare"
                return None
            if owned:
                return None  # one owner only: "the mayor's new claim"
            owned = self.t[x].low.endswith(("'s", "\u2019s"))
            if not owned and self.t[x].cap and x > k and not self._owner_ahead(x, stop):
                return None  # ('the Morrow Courier's story', 'the Courier report' name it)
            # ('denied the new smuggling allegations': up to two modifiers before the noun)
            if not (owned or self.t[x].low in DETERMINERS or x == k or self.t[x].cap or self._name_link(x, stop)
                    or x - k <= 2 and self.t[x].low.isalpha() and self.t[x].low not in _FINITE):
                return None
        return None

    def _pronoun_report(self, k: int, stop: int) -> bool:
        """Whether the cue's object at token k is a pronoun for what came before ('denies that.',
        'denied it on Monday', 'dismissed this as "invention"'): nothing follows it in its clause
        but punctuation, an adjunct or 'as'."""
        if self.t[k].low not in ("that", "this", "it"):
            return False
        end = k + 1
        return end >= stop or self.is_p(end, ",;.") or self.t[end].kind == "d" \
            or self.w(end) in _OBJECT_ENDS | {"as"} or self.w(end) in _ADJUNCT_WORDS

    def _definite_object(self, k: int, stop: int) -> bool:
        """Whether the words from token k are a short definite object that ends the cue's clause
        ('the order.', 'the figures on Monday'): a thing reported before, no statement of its own."""
        if self.t[k].low not in ("the", "this", "these", "those"):
            return False
        for x in range(k + 1, min(stop, k + 4)):
            if self.t[x].kind != "w" or self.t[x].cap or self.t[x].low in _FINITE:
                return False
            end = x + 1
            if end >= stop or self.is_p(end, ",;") or self.t[end].kind == "d" or self.w(end) in _OBJECT_ENDS:
                return True
        return False

    def _called_false(self, k: int, stop: int) -> bool:
        """Whether the words from token k are a report called false ('the story false', 'the Courier's
        account "fabricated"', 'the rumours about the depot "pure fiction"'), the object and verdict
        of a characterising cue."""
        for x in range(k, min(stop - 1, k + 5)):
            if self.t[x].kind != "w":
                return False
            if self.t[x].low in self.lex.denial_objects:
                return self.lex.false_verdict.match(self.text, self.t[x].end) is not None \
                    or self._verdict_after_topic(x + 1, stop)
            if not (self.t[x].low in DETERMINERS or self.t[x].cap or self.t[x].low.endswith(("'s", "\u2019s"))):
                return False
        return False

    def _verdict_after_topic(self, x: int, stop: int) -> bool:
        """Whether a verdict of falsehood follows what the report was about, one of the denials'
        topic_preps at token x and up to five words ('of a merger "nonsense"', 'about the depot false')."""
        if x >= stop or self.w(x) not in self.lex.topic_preps:
            return False
        for y in range(x + 1, min(stop - 1, x + 6)):
            if self.t[y].kind != "w" or self.w(y) in _FINITE or self.w(y) == "that":
                return False
            if self.lex.false_verdict.match(self.text, self.t[y].end) is not None:
                return True
        return False

    def _owner_ahead(self, x: int, stop: int) -> bool:
        """Whether the capitalised words from token x end in a possessive ('Morrow Courier's') or
        come right before a report noun ('the Courier report')."""
        for y in range(x, min(stop, x + 6)):
            if self._name_link(y, stop):
                continue  # ('the Estonian Fund for Nature's claim')
            if self.t[y].kind == "w" and not self.t[y].cap and y > x:
                return self.t[y].low in self.lex.denial_objects
            if self.t[y].kind != "w" or not self.t[y].cap:
                return False
            if self.t[y].low.endswith(("'s", "\u2019s")):
                return True
        return False

    def _name_link(self, y: int, stop: int) -> bool:
        """Is token y a lower-case word joining two capitalised words of one name ('Fund for Nature',
        'Union of Journalists')?"""
        return self.w(y) in ("of", "for", "and") and self.begin < y < stop - 1 \
            and self.t[y - 1].cap and self.t[y + 1].kind == "w" and self.t[y + 1].cap

    def _plural_possessive(self, y: int) -> bool:
        """Is token y the apostrophe of a plural possessive ("drivers' unions", "the auditors'
        findings"): right after a word ending in -s, before a word?"""
        return self.is_p(y, "'\u2019") and y > self.begin and self.t[y - 1].kind == "w" \
            and self.t[y - 1].low.endswith("s") and self.t[y - 1].end == self.t[y].start \
            and y + 1 < self.end and self.t[y + 1].kind == "w"

    def _whose_report_that(self, k: int, stop: int) -> int | None:
        """The 'that' opening the reported clause after a denial's object ('reports that C'), also
        after whose or where the report is ('the assertions of the opposition that C', 'claims by
        residents that C', 'rumours on the quay that C', 'a report in the Courier that C'; after
        any but 'of', never a relative 'that': 'the report in the Courier that was published'), else None."""
        if self.w(k) == "that":
            return k if k + 1 < stop else None
        if self.is_p(k, ","):
            return self._that_after_aside(k, stop)
        if self.w(k) in _SUBJECT_PRONOUNS or self.w(k) == "it":
            return self._issued_report_says(k, stop)
        if k < self.n and self.t[k].kind == "w" and (_participle(self.w(k)) or len(self.w(k)) > 5 and self.w(k).endswith("ing")):
            return self._that_after_participle(k, stop)
        if self.w(k) not in _REPORT_PREPS:
            return None
        for y in range(k + 1, min(stop - 1, k + 7)):
            if self.w(y) == "that":
                return y if self.w(k) == "of" or self.w(y + 1) not in _FINITE else None
            if self._plural_possessive(y):
                continue  # ("claims by drivers' unions that C")
            if self.t[y].kind != "w" or self.w(y) in _OBJECT_ENDS or self.w(y) in _RELATIVE_OPENERS:
                return None  # (and 'a statement in which it said that C': the statement's own words)
        return None

    def _that_after_participle(self, k: int, stop: int) -> int | None:
        """The 'that' of a denied report's clause after a participle at token k and a few words of where the
        report went round or who made it ('dismissed claims circulating on social media that C', 'rejected
        rumours made up by rivals that C', 'denied reports published on Sunday that C'): no verb of its own, no
        punctuation and no relative 'that' ('claims made about the contract that was signed'); else None."""
        for y in range(k + 1, min(stop - 2, k + 1 + _ASIDE_WORDS)):
            if self.w(y) == "that":
                return y if self.w(y + 1) not in _FINITE else None
            if self.t[y].kind not in ("w", "d") or self.w(y) in _FINITE or self.w(y) in _RELATIVE_OPENERS \
                    or self.w(y) in ("and", "but", "or"):
                return None  # (a date is one word of it: 'reports published on Sunday that C')
        return None

    def _that_after_aside(self, comma: int, stop: int) -> int | None:
        """The 'that' of a denied report's clause after an aside set off by commas ('rejected claims,
        first published in the Courier, that C'; 'denied reports, aired on Sunday, that C'): a few
        words of no verb of its own but a participle, closed by a comma right before 'that' and not a
        relative 'that' ('that was published'); else None."""
        for y in range(comma + 1, min(stop - 2, comma + 1 + _ASIDE_WORDS)):
            if self.is_p(y, ",") and y > comma + 1:
                that = y + 1
                return that if self.w(that) == "that" and self.w(that + 1) not in _FINITE else None
            if self.t[y].kind != "w" or self.w(y) in _FINITE or self.w(y) in _RELATIVE_OPENERS \
                    or self.w(y) in ("that", "and", "but", "or"):
                return None
        return None

    def _issued_report_says(self, k: int, stop: int) -> int | None:
        """After a report noun, a clause of who issued it (a pronoun at token k and its verb, 'it issued on Sunday',
        'it had posted on its website') and what the report says ('saying that C', ', which said C'): the token C
        comes after ('that', or the verb of saying), else None ('withdrew a statement it issued on Sunday saying
        that C' withdraws C)."""
        v = k + 2 if self.w(k + 1) in self.lex.auxiliaries else k + 1
        verb = self.t[v] if v < stop else None
        if verb is None or verb.kind != "w" or verb.cap or not (_participle(verb.low) or verb.low in _IRREGULAR_PAST):
            return None
        for y in range(v + 1, min(stop - 2, k + 14)):
            tok = self.t[y]
            if tok.low in ("saying", "stating"):
                return y + 1 if self.w(y + 1) == "that" else y
            if self.is_p(y, ",") and self.w(y + 1) == "which" and (self.w(y + 2) in self.lex.cues_by_first):
                return y + 3 if self.w(y + 3) == "that" else y + 2
            if tok.kind not in "wd" or y in self.cue_tokens or tok.low in ("and", "but", "that", "which", "who"):
                return None
        return None

    def _pp_end(self, k: int, stop: int, plan: bool = False) -> int | None:
        """End of a prepositional adjunct: 'a June 4, 2024, press release', 'an interview with CNN';
        with `plan`, before 'to' and a verb ('claimed on a forum to hold the records')."""
        start = k
        while k < stop and k - start < 12:
            if plan and k > start and self.w(k) == "to" and self._bare_verb(k + 1):
                break
            tok = self.t[k]
            if tok.kind == "d":
                k += 1
                if self.is_p(k, ",") and k + 1 < stop and self.t[k + 1].kind == "w" and self.w(k + 1) != "that" \
                        and not self.t[k + 1].cap and self.w(k + 1) not in _ADJUNCT_PREPS:
                    k += 1  # "a June 4, 2024, press release"
                continue
            if tok.kind == "w":
                if tok.low in ("that", "saying", "adding") or (k > start and tok.low in _ADJUNCT_PREPS
                                                              and tok.low not in ("with", "from")):
                    break
                if k > start and (tok.low in _SUBJECT_PRONOUNS or tok.low in _FINITE):
                    # 'said after the convention he would ...': a subject or a verb starts the clause
                    if tok.low in _FINITE:
                        k = self._clause_start(start, k)
                    break
                k += 1
                continue
            if _joins_name(tok):
                k += 1
                continue
            break
        return k if k > start else None

    def _bare_verb(self, k: int) -> bool:
        """Could token k be a verb's bare form after 'to' ('to hold', 'to discuss'), not a noun
        addressed ('to members', 'to the council')?"""
        low = self.w(k)
        return k < self.end and self.t[k].kind == "w" and not self.t[k].cap and low not in DETERMINERS \
            and low not in PRONOUNS and low not in _OBJECT_PRONOUNS and not (low.endswith("s") and not low.endswith("ss"))

    def _clause_start(self, start: int, verb: int) -> int:
        """Where the subject of the finite verb at token `verb` begins, inside a run that began as a
        prepositional phrase: 'after the meeting the talks were ...' -> 'the talks'; 'in a statement it was
        ...', 'in a report there was ...' -> 'it', 'there' (a pronoun that could also be an object)."""
        if verb - 1 > start and self.w(verb - 1) in _EXPLETIVE_SUBJECTS and self.t[verb - 1].kind == "w":
            return verb - 1
        x = verb - 1
        while x > start and self.w(x) not in DETERMINERS and not self.t[x].cap:
            x -= 1
        if x > start and self.w(x) in DETERMINERS:
            return x
        return verb

    def _broadcast(self, k: int, end: int, frame: Frame) -> None:
        """'said on CNN', 'said on NPR's Morning Edition': the words after 'on' at token k, which
        name the medium spoken on if they name a medium at all (document.py decides)."""
        if self.w(k) == "on" and k + 1 < end and self.t[k + 1].cap:
            frame.broadcast = frame.broadcast or self.span(k + 1, end)

    def _medium_in_pp(self, k: int, end: int, frame: Frame, *, trailing: bool = False) -> None:
        """What a prepositional adjunct of a cue (tokens k..end) says of the medium: 'in a statement',
        'in a press release', 'in an interview with CNN', 'in a statement to Reuters' (the outlet
        addressed, read strictly as a recipient is), 'on NPR's Morning Edition'."""
        words = [self.t[x].low for x in range(k, end) if self.t[x].kind == "w"]
        if "release" in words or "statement" in words:
            frame.medium = "press release" if "release" in words else "statement"
        # ('in a filing with the Tarn Stock Exchange': a record is lodged with whom it is addressed to,
        # read as strictly as 'to' is, never an outlet spoken with)
        link = next((n for n, w in enumerate(words) if w in ("to", "with")), len(words))
        filed = "interview" not in words and any(w in self.lex.record_nouns for w in words[:link])
        if filed or any(w in self.lex.message_nouns for w in words):
            to = max((x for x in range(k + 1, end) if self.w(x) == "to" or filed and self.w(x) == "with"), default=None)
            if to is not None and frame.recipient is None:
                rec = self.np_after(to + 1, end)
                frame.recipient = self.span(*rec) if rec else None
        if not filed and ((trailing and self.w(k) == "to") or "interview" in words or "with" in words[1:]):
            frame.outlet = frame.outlet or self._outlet_in_pp(k + 1, end) or (
                self.span(k + 1, end) if trailing and self.w(k) == "to" else None)
        self._broadcast(k, end, frame)

    def _outlet_in_pp(self, k: int, end: int) -> tuple[int, int] | None:
        for x in range(k, end):
            if self.w(x) == "with" and x + 1 < end:
                return self.span(x + 1, end)
        return None

    # -- content ---------------------------------------------------------------------------------
    def content_end(self, k: int, stop: int) -> tuple[int, int | None]:
        """Where indirect content starting at token k ends, and the token of a second cue if one
        splits it (', adding that', ', but did not confirm', '; ...')."""
        x = k
        while x < stop:
            tok = self.t[x]
            if tok.kind == "p" and tok.low == ";":
                return x, None
            if tok.kind == "q" and x > k and self._comma_closes(x):
                # 'he said things "should be settled," referring to C': the quotation's comma ends it
                cue = self.cue_at(x + 1)
                if cue is not None and " ".join(cue[2].words) in self.lex.continuations or (
                        self.w(x + 1).endswith("ing") and self._writers_tail(x + 1, stop)):
                    return x + 1, (x + 1 if cue is not None else None)
            member = self._member_report(x, k, stop)
            if member is not None:
                return x, member  # 'said A, while another cautioned that B': the other member's report
            if tok.kind == "p" and tok.low in ",\u2014\u2013" or (tok.kind == "w" and tok.low in ("and", "but")):
                y = x + 1
                if self.w(y) in ("but", "and") and tok.kind == "p":
                    y += 1
                while self.w(y) in ("also", "then", "later", "further"):
                    y += 1
                cue = self.cue_at(y) or self._cue_after_joined_auxiliary(k, y, stop)
                if cue is None and tok.low == "," and x - k >= 4 and (
                        self._writers_tail(x + 1, stop) or self._time_of_other_report(x + 1, stop)):
                    # 'C, contradicting the police' / 'C, which makes him an outlier' / 'C, two
                    # days after the ministry said D'
                    return x, None
                if tok.low == "," and x - k >= 2 and self.w(x + 1) in _COMPARISON_OPENERS and self.w(x + 2) in ("with", "to"):
                    return x, None  # '40 percent said C, compared with 12 percent in May': the writer's comparison
                if cue is None and self.w(y - 1) == "and" and self._matrix_verb(y) and not self._finite_between(k, x) \
                        and not any(self.w(z) in _IRREGULAR_PAST for z in range(k, x)):
                    return x, None  # 'called her "third-rate" and boycotted the debate': the speaker's next act
                if cue is None and tok.kind == "p" and self.w(y - 1) in ("and", "but") \
                        and self._participle_of_clause(y, stop) is not None:
                    return x, None  # 'C, and the league sued the city, saying D': a clause of its own
                if cue is None and self.w(y - 1) in ("and", "but"):
                    # 'C, but he said D', 'C — and he noted D', 'C and Democrats accused ...': another
                    # speaker's report begins (after an adjunct: 'C, but in their report they noted D')
                    y = self._adjunct_before_pronoun(y, stop)
                    z = y
                    while z < stop and z - y < 3 and (self.w(z) in _SUBJECT_PRONOUNS or (
                            self.t[z].kind == "w" and self.t[z].cap)):
                        z += 1
                    figure = self._figure_subject(y, stop) if z == y or self.cue_at(z) is None else None
                    z = figure if figure is not None else z
                    described = self._described_subject(y, stop) if z == y and tok.kind == "p" else None
                    z = described if described is not None else z
                    nxt = (self.cue_at(z) or self._cue_after_auxiliary(z, stop)) if z > y else None
                    if nxt is None and z - y == 1 and self.w(y) in _SUBJECT_PRONOUNS:
                        nxt = self._cue_after_verbs(z, stop)  # 'C, but they could not resist noting D'
                    if nxt is not None and tok.kind == "w" and self.t[x - 1].cap \
                            and self._noun_not_verb(nxt[0], nxt[1], (x - 1, z)):
                        nxt = None  # 'in Vell and Dorn states': a plural of names joined by 'and', no verb
                    if nxt is not None and not nxt[2].phrase and not nxt[2].mental and not (
                            figure is not None and nxt[2].stance) and (
                            z - y == 1 and self.w(y) in _SUBJECT_PRONOUNS or self.t[z - 1].cap or figure is not None
                            or described is not None) \
                            and (tok.kind == "p" or self._finite_between(k, x)):
                        # (not 'said Oslo and Stockholm agreed C': one subject of the reported clause)
                        return (x if tok.kind == "p" else x), y
                if cue is not None:
                    c = cue[2]
                    participle = " ".join(c.words) in self.lex.continuations or c.words[0] in self.lex.continuations
                    if ((tok.kind == "p" and participle) or (tok.low in ("and", "but") or self.w(x + 1) in ("and", "but")) and (
                            c.negation or not participle and not c.phrase)) and self.w(cue[1]) not in _COMPLEMENT_STARTERS_BAD:
                        # ('... and thought of the days' goes on: a cue verb followed by 'of' reports nothing)
                        return x, y
            x += 1
        return stop, None

    def _member_report(self, x: int, k: int, stop: int) -> int | None:
        """The token where another member of a group opens a report of its own at token x of a content opening at
        token k: a comma or 'and', 'but', 'while', 'whereas' (grammar.json member_subjects after them, then a cue:
        'said A, while another cautioned that B', 'C, but the other said D', 'C and some argued D'); None otherwise."""
        if x - k < 2 or not (self.is_p(x, ",") or self.t[x].kind == "w" and self.w(x) in _MEMBER_JOINS):
            return None
        y = x + 1 + (self.is_p(x, ",") and self.w(x + 1) in _MEMBER_JOINS)
        if y == x + 1 and self.is_p(x, ","):
            return None  # ('C, another said D': no join, a list or an aside)
        z = self._member_end(y)
        if z is None or z >= stop:
            return None
        return y if (self.cue_at(z) or self._cue_after_auxiliary(z, stop)) is not None else None

    def _clause_subject(self, y: int) -> tuple[int, int] | None:
        """The subject of a clause opening at token y with a verb of its own that is no cue ('the league
        has already sued', 'Mayor Varn criticized'), else None."""
        np = self.np_forward_subject(y)
        if np is None or np[0] != y or not self._valid_np(*np):
            return None
        v = np[1]
        while v < self.end and self.t[v].kind == "w" and not self.t[v].cap and (
                self.w(v) in ("already", "also", "then", "later") or self.w(v).endswith("ly")):
            v += 1
        low = self.w(v)
        if v >= self.end or self.t[v].kind != "w" or self.t[v].cap or v in self.cue_tokens:
            return None
        return np if low in _FINITE or low in _IRREGULAR_PAST or len(low) > 3 and low.endswith("ed") else None

    def _participle_of_clause(self, y: int, stop: int) -> int | None:
        """'C, and the league sued the city, saying D': the token of the participle cue ('saying',
        'adding') after a comma that closes a clause opening at token y with a subject and a verb of its
        own, no cue nor quotation between; None otherwise. The participle is the clause's subject's."""
        np = self._clause_subject(y)
        if np is None:
            return None
        for z in range(np[1], stop):
            if self.t[z].kind == "q":
                return None
            found = self.cue_at(z) if z in self.cue_tokens else None
            if z in self.cue_tokens:
                words = " ".join(found[2].words) if found is not None else ""
                ok = found is not None and self.is_p(z - 1, ",") and (
                    words in self.lex.continuations or found[2].words[0] in self.lex.continuations)
                return z if ok else None
        return None

    def _clause_subject_before(self, i: int, lo: int) -> tuple[int, int] | None:
        """The subject of the clause after 'and' or 'but' that the participle cue at token i closes
        ('X said C, and the league sued the city, saying D': the league says D), when no cue nor
        quotation comes between; None otherwise."""
        for x in range(i - 2, lo, -1):
            if x in self.cue_tokens or self.t[x].kind == "q":
                return None
            if self.t[x].kind == "w" and self.w(x) in ("and", "but") and self.is_p(x - 1, ","):
                np = self._clause_subject(x + 1)
                if np is not None and self._participle_of_clause(x + 1, i + 1) == i:
                    return np
        return None

    def _adjunct_before_pronoun(self, y: int, stop: int) -> int:
        """Where a clause opening at token y after 'and' or 'but' has its subject, when a prepositional
        adjunct comes first and a subject pronoun after it ('but in the course of the review they
        noted D'); y when it has none."""
        if self.w(y) not in _ADJUNCT_PREPS and self.w(y) not in ("in", "at"):
            return y
        end = self._pp_end(y + 1, stop)
        return end if end is not None and self.w(end) in _SUBJECT_PRONOUNS and self.t[end].kind == "w" else y

    def _cue_after_verbs(self, z: int, stop: int) -> tuple[int, int, Cue] | None:
        """A cue one to three lower-case words after token z, none of them 'that' nor a cue's
        ('could not resist noting', 'would later tell'): the verb a subject before z reports with."""
        for x in range(z + 1, min(stop, z + 4)):
            if not all(self.t[y].kind == "w" and not self.t[y].cap and self.w(y) != "that" and y not in self.cue_tokens
                       for y in range(z, x)):
                return None
            found = self.cue_at(x)
            if found is not None:
                return found
        return None

    def _time_of_other_report(self, a: int, stop: int) -> bool:
        """Do tokens [a, stop) open with a time before or after another report ('two days after
        the ministry said D', 'a week before X reported D'): the writer's setting, no part of C?"""
        return self.w(a) in DETERMINERS and not self.t[a + 1].cap and self.w(a + 2) in _TIME_RELATIONS \
            and any(x in self.cue_tokens for x in range(a + 3, stop))

    def _matrix_verb(self, y: int) -> bool:
        """Is token y a verb in the past tense with no subject before it, that goes on from a
        content with no verb of its own ('praised her effort and vowed to ...')?"""
        while self.w(y).endswith("ly") or self.w(y) in _MODAL_SKIPS:
            y += 1
        low, nxt = self.w(y), self.w(y + 1)
        if not low or self.t[y].cap or low in self.lex.cues_by_first or not (
                low in _IRREGULAR_PAST or len(low) > 4 and low.endswith("ed")):
            return False  # (a cue word after 'and' is the cue rules' to judge: 'and referred to C')
        # an object or a complement after it, not a noun it modifies ('and unsettled weather')
        return y + 1 >= self.end or self.t[y + 1].kind != "w" or self.t[y + 1].cap or nxt in DETERMINERS \
            or nxt in _OBJECT_PRONOUNS or nxt in _NP_INNER or nxt in _ADJUNCT_PREPS

    def _described_subject(self, y: int, stop: int) -> int | None:
        """Where a subject in common words ends when one opens at token y and a cue follows it ('officials',
        'some analysts', 'the company'): up to three lower-case words after a determiner, the last a word for
        people or a body; None otherwise. After a comma or a dash and 'but' or 'and' ('C, but officials said D')
        such a subject ends the content as a pronoun or a name does. Held out (folds A / B of PolNeAR train):
        content F1 0.7429 -> 0.7431 / 0.7156 the same, content+speaker F1 0.6888 -> 0.6890 / 0.6624 the same,
        speaker accuracy 0.9057 -> 0.9059 / 0.9235 the same, speech-cue recall 0.9455 -> 0.9462 / the same."""
        z = y + 1 if self.w(y) in DETERMINERS else y
        lex, start = self.lex, z
        while z < stop and z - start < 3 and self.t[z].kind == "w" and not self.t[z].cap and self.t[z].low.isalpha() \
                and z not in self.cue_tokens and self.t[z].low not in _FINITE and self.t[z].low not in DETERMINERS \
                and self.t[z].low not in _HEAD_ENDS and not self.t[z].low.endswith("ed"):
            z += 1  # (no preposition, no verb: 'but stopped short of calling for' has no subject)
        head = self.w(z - 1) if z > start else ""
        if not head or not (head in lex.anonymous_heads or head in lex.group_heads or head in lex.institution_heads
                            or head in lex.title_words or head in lex.occupations or head in lex.company_heads):
            return None
        cue = self.cue_at(z) or self._cue_after_auxiliary(z, stop)
        if cue is None or self.w(cue[1]) == "by" or self.w(cue[1]) == "to" and self.w(cue[1] + 1) in ("be", "have"):
            return None  # (a participle of the subject: 'the teachers claimed by the union', 'the fans reported to have')
        return z

    def _cue_after_auxiliary(self, z: int, stop: int) -> tuple[int, int, Cue] | None:
        """A cue after an auxiliary at token z and up to two adverbs ('has also denied', 'had earlier insisted'),
        the verb of a subject that ends before z; None when token z is no auxiliary."""
        if self.w(z) not in _PASSIVE_AUXILIARIES:
            return None
        x = z + 1
        while x < stop and x - z < 3 and (self.w(x) in _MODAL_SKIPS and self.w(x) != "have" or self.w(x).endswith("ly")
                                          or self.w(x) in _SUBJECT_ADVERBS or self.w(x) in _TIME_ENDS):
            x += 1
        return self.cue_at(x) if x < stop else None

    def _joined_auxiliary(self, i: int) -> int | None:
        """The 'and' or 'but' before the auxiliary that leads to the cue at token i ('C and has called for D',
        'C but has since urged D': `_cue_after_joined_auxiliary`), else None."""
        z = i - 1
        while z > self.begin and i - z < 3 and (self.w(z) in _MODAL_SKIPS and self.w(z) != "have" or self.w(z).endswith("ly")
                                                or self.w(z) in _SUBJECT_ADVERBS or self.w(z) in _TIME_ENDS):
            z -= 1
        if z <= self.begin or self.w(z) not in _PASSIVE_AUXILIARIES or self.w(z - 1) not in ("and", "but"):
            return None
        return z - 1

    def _cue_after_joined_auxiliary(self, k: int, y: int, stop: int) -> tuple[int, int, Cue] | None:
        """A cue after 'and' or 'but' (token y - 1) and an auxiliary, with no subject of its own, ending the
        content that starts at token k: the speaker's next act ('urged X to go and has since called for D'),
        as the cue right after 'and' is ('C and warned D'), where the content is no clause or one whose
        subject is a pronoun, the speaker perhaps ('said she has no plans and has called for D'). After a
        clause of another subject (or a quotation) the verb is that subject's, still what was said ('the
        note says the firm "considers C" and has asked D')."""
        if self.w(y - 1) not in ("and", "but"):
            return None
        first = k + 1 if self.w(k) == "that" else k
        clause = self._finite_between(k, y - 1) or any(self.is_q(z) for z in range(k, y - 1))  # (a verb in a quotation)
        if clause and self.w(first) not in _SUBJECT_PRONOUNS:
            return None
        return self._cue_after_auxiliary(y, stop)

    def _figure_subject(self, y: int, stop: int) -> int | None:
        """Where a subject that is a share of people ends when one opens at token y ('two-thirds',
        '55 percent of all voters', 'most of them'): the token after it, if a cue follows."""
        z, figure = y, False
        while z < stop and z - y < 6 and self.t[z].kind == "w" and z not in self.cue_tokens \
                and self.t[z].low not in _FINITE:
            low = self.t[z].low
            figure = figure or low[:1].isdigit() or low in self.lex.quantities or low in _SHARE_WORDS
            z += 1
        return z if figure and z > y and self.cue_at(z) is not None else None

    def _noun_object(self, k: int, frame: Frame) -> bool:
        """Does a noun phrase open at token k ('a burst main', 'pipe corrosion'), not a clause, a pronoun,
        an infinitive or a preposition ('blamed that', 'forecast to', 'blamed on'), after a cue with
        a subject of its own? ('X said C after she attacked D and blamed E': whose blame a shared
        subject leaves to a guess.)"""
        tok = self.t[k]
        return frame.inherit is None and frame.speaker is not None and tok.kind == "w" and tok.low.isalpha() \
            and tok.low not in _FINITE and tok.low not in PRONOUNS and tok.low not in _NP_STOP \
            and tok.low not in _COMPLEMENT_STARTERS_BAD

    def _figure_object(self, k: int) -> bool:
        """Do the tokens from k name something and then give it a figure ('the toll at 21', 'his
        fortune at about $42 billion'): a few words with no verb, 'at', a number?"""
        x = k
        while x < self.end and x - k < 10 and self.t[x].kind == "w" and self.t[x].low != "at" \
                and self.t[x].low not in _FINITE:
            x += 1
        if x == k or self.w(x) != "at":
            return False
        y = x + 1
        while self.w(y) in _APPROXIMATORS or self.w(y) == "as" and self.w(y + 1) in _AS_MUCH and self.w(y + 2) == "as":
            y += 1 if self.w(y) in _APPROXIMATORS else 3  # ('at about 450', 'at as many as 400 homes')
        nxt = self.text[self.t[y].start:self.t[y].end] if y < self.end else ""
        return nxt[:1].isdigit() or unicodedata.category(nxt[:1] or " ") == "Sc"  # ('$12', '₹212 crore')

    def _comma_closes(self, x: int) -> bool:
        """Does the quotation at token x end on a comma inside its marks ('"we will win,"')?"""
        return self.text[self.t[x].start:self.t[x].end].rstrip("\"”’'» ").endswith(",")

    def _finite_between(self, a: int, b: int) -> bool:
        """Do tokens [a, b) hold a verb, so that they are a clause and not one subject of it?"""
        return any(self.t[x].kind == "w" and not self.t[x].cap and (
            self.t[x].low in _FINITE or verb_shaped(self.t[x].low))
            for x in range(a, b))

    def _perceived(self, i: int) -> bool:
        """Is the cue at token i one whose subject was heard, seen or quoted saying something ('X can be heard
        saying C', 'X was quoted as saying C'): the passive's 'be' and modal before it are no part of the subject."""
        found = self.cue_at(i)
        return found is not None and found[2].perceived

    def cue_at(self, i: int) -> tuple[int, int, Cue] | None:
        return self.cue_index.get(i)

    def add_content(self, frame: Frame, a: int, b: int) -> None:
        """Content tokens [a, b): a lone quotation gives its inner words (direct), else the clause."""
        while a < b and (self.is_p(a, ",:\u2014\u2013-") or self.w(a) == "that" and not (
                frame.report_object == "noun" and b - a == 1)  # ('denies that': the report it answers)
                and not self.lex.false_pronoun.fullmatch(self.text, self.t[a].start, self.t[b - 1].end)):
            a += 1  # (in 'said that was not true' the 'that' is the verdict's subject)
        while b > a and self.is_p(b - 1, ",;:\u2014\u2013-.") and not (self.is_p(b - 1, "-") and self.is_p(b - 2, "/")):
            b -= 1  # (a sum's '/-' stays: 'stood at 4.3bn/-')
        if a >= b:
            return
        if b == self.end and b - a > 6 and frame.appended is None:
            # 'C — a clear sign of ...': a closing appositive after a dash is the writer's comment
            dash = next((x for x in range(b - 4, a + 2, -1) if self.is_p(x, "\u2014\u2013")), None)
            if dash is not None and self._appended_phrase(dash + 1, b):
                frame.appended = self.span(dash + 1, b)
                b = dash
        if b - a == 1 and self.is_q(a):
            q = self.t[a].quote
            assert q is not None
            s, e = q.inner
            frame.contents.append(Content(s, min(e, self.t[a].end), "direct"))
        else:
            text = self.text
            s, e = self.t[a].start, writers_clause(text, self.t[a].start, self.t[b - 1].end)
            if s > self.sentence.start and text[s - 1] in _OPEN_MARKS and not self.is_q(a):
                s -= 1  # keep a scare quote's opening mark with its words
            if e < self.sentence.end and text[e] in _CLOSE_MARKS and (_opens(text, s, e) > _closes(text, s, e) or (
                    text[e] == '"' and text.count('"', s, e) % 2)):
                e += 1  # ('called her "third-rate" and ...': a straight mark closes one the content opened)
            elif e + 1 < self.sentence.end and text[e] in ".,!?" and text[e + 1] in _CLOSE_MARKS \
                    and _opens(text, s, e) > _closes(text, s, e):
                e += 2  # '... and "unstable."': the mark closes a quotation the content opened
            denied = self.lex.false_clause.fullmatch(text, s, e) or self.lex.false_that.fullmatch(text, s, e) or (
                self.lex.called_false_clause.fullmatch(text, s, e) if frame.cue is not None and frame.cue.characterizes else None)
            if denied is not None and frame.report_object is None:
                # 'said the suggestion that C was "wholly untrue"': the speaker denies C
                frame.report_object = "false_clause"
                frame.contents.append(Content(*denied.span(1), "indirect"))
                return
            frame.contents.extend(self._verdict_then_clause(s, e))

    def _party_named(self, at: int) -> bool:
        """Whether the words at offset `at` can name a party: a capitalised word, a determiner or a
        pronoun ('Brenmoor', 'the company', 'she')."""
        word = _WORD_AT.match(self.text, at)
        return word is not None and (word.group()[0].isupper() or fold(word.group()) in DETERMINERS | PRONOUNS)

    def _closing_denial(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A closing appositive by which a party denies what the sentence reports ('..., an
        allegation Brenmoor has called false'): the sentence then ends at its comma; the party's
        words and the cue's (offsets), else None."""
        if self.end - self.begin < 8:
            return None
        m = self.lex.answered_denial.search(self.text, self.t[self.begin].start, self.t[self.end - 1].end)
        if m is None or not self._party_named(m.start("who")):
            return None
        comma = bisect_left(self.starts, m.start())
        if comma - self.begin < 4 or not self.is_p(comma, ","):
            return None
        self.end = comma
        self.cues = [c for c in self.cues if c[1] <= comma]  # (the appositive's cue reports nothing more)
        self.cue_tokens = {k for i, j, _ in self.cues for k in range(i, j)}
        self.cue_index = {i: (i, j, cue) for i, j, cue in self.cues}
        return m.span("who"), m.span("cue")

    def _answering_frame(self, frames: list[Frame], answered: tuple[tuple[int, int], tuple[int, int]]) -> Frame | None:
        """The party's denial of the last report before a closing appositive ('C, an allegation
        Brenmoor has called false': Brenmoor denies C, the report's content)."""
        (ws, we), (cs, ce) = answered
        last = max((c for f in frames for c in f.contents if c.end <= ws), key=lambda c: c.end, default=None)
        words = tuple([fold(w) for w in self.text[cs:ce].split()])
        cue = next((c for c in self.lex.cues_by_first.get(words[0], []) if words[:len(c.words)] == c.words), None) \
            or next((c for cues in self.lex.cues_by_first.values() for c in cues if (c.lemma,) == words), None)  # ('dispute')
        if last is None or cue is None or self.text[last.end:ws].count(",") != 1:
            return None
        return Frame(cue, self.text[cs:ce], cs, ce, (ws, we), contents=[Content(last.start, last.end, last.form)],
                     attribution_spans=[(ws, ce)], report_object="false_clause")

    def _verdict_then_clause(self, s: int, e: int) -> list[Content]:
        """'the story was "entirely baseless" and that C': a verdict on a report and a second
        reported clause of the same speaker are two contents (the verdict denies, C is asserted)."""
        verdict = false_story_match(self.lex, self.text, s, e)
        second = _AND_THAT.match(self.text, verdict.end(), e) if verdict is not None else None
        if verdict is None or second is None or second.end() >= e:
            return [Content(s, e, "indirect")]
        return [Content(s, second.start(1), "indirect"), Content(second.end(), e, "indirect")]

    # -- the shapes ------------------------------------------------------------------------------
    def parse(self) -> list[Frame]:
        frames: list[Frame] = []
        begin, prefix_outlet, prefix_broadcast = self._opening_medium(self.begin)
        # (a date in the phrase is when the speaker spoke: 'In a telephone interview Thursday, X said')
        prefix = (self.t[self.begin].start, self.t[begin - 1].end) if begin > self.begin else None
        self.begin = begin
        refusal = self._refusal_frame() or self._passive_denial_frame()
        if refusal is not None and self.said_after_silence is None:
            return [refusal]  # ('X did not respond to a request for comment': no 'respond' read as speech)
        if refusal is not None:  # ('X did not respond to questions about C, but said D': D is X's, C no one's)
            self._drop_cues(refusal.cue_start or 0, self.said_after_silence or 0)
        answered = self._closing_denial()

        colon = self._colon_frame() or self._dash_frame()
        if colon:
            frames.append(colon)
        else:
            trailer, stop, resume = self._trailer()
            frames.extend(self._forward(self.begin, stop))
            if trailer:
                if frames and (trailer.speaker_is_outlet or trailer.cue and trailer.cue.hint == "media") \
                        and not all(self._plan(f) for f in frames):
                    for f in frames:
                        f.outlet = f.outlet or trailer.speaker
                        f.attribution_spans.extend(trailer.attribution_spans)
                else:
                    frames = [trailer]
                if resume is not None:
                    frames.extend(self._forward(resume, self.end, prev=frames[-1]))
            if not frames:
                lead = self._colon_lead_frame() or self._view_frame()
                if lead is not None:
                    frames.append(lead)
        frames.extend(self._noun_frames(frames))
        frames.extend(self._question_frames())
        denial = self._answering_frame(frames, answered) if answered is not None else None
        frames.extend([denial] if denial is not None else [])
        frames.extend([refusal] if refusal is not None else [])
        # (a denial of a report after the report's own frame at the same words: 'rejected the mayor's claim
        # that C, saying D' gives C to the mayor, then denies it, so that D is the denier's)
        frames.sort(key=_frame_order)
        nested: list[Frame] = []
        for f in frames:
            nested.extend(self._nested(f))
        if nested:
            frames = sorted(frames + nested, key=_frame_order)
        addressed = self._opening_address(self.begin) if prefix is None else None
        for f in frames:
            f.outlet = f.outlet or prefix_outlet or self._asked_outlet(f)
            f.broadcast = f.broadcast or prefix_broadcast
            f.addressed = f.addressed or addressed
            if prefix is not None and not f.nested:
                f.attribution_spans.append(prefix)
        return frames

    def _view_frame(self) -> Frame | None:
        """'For the minister, the delay is the contractor's fault', 'For the Association of X (ABX), this case
        "is ..."', 'For researcher X, of the Y Institute, the case shows that C': a sentence that opens with
        'For' and a party (a name, or 'the' and a title or a body's head noun) set off by a comma gives the
        rest as that party's view, when no cue of the sentence gave a frame and the rest is three words or more,
        a quotation or a word in lower case among them. Not 'For years, ...', 'For residents of X, ...' (people
        at large), 'For Radio Varel, X, Tolmach.' (a broadcast's sign-off)."""
        b = self.begin
        if self.w(b) != "for" or self.w(b + 1) in _FOR_ASIDES:
            return None
        comma = next((x for x in range(b + 2, min(self.end, b + 14)) if self.t[x].kind == "p"
                      and self.t[x].low in ",;:" and not self.separates_thousands(x)), None)
        if comma is None or not self.is_p(comma, ",") or not self._party_after_for(b + 1, comma):
            return None
        k = comma + 1
        if self.t[comma - 1].cap and self.w(k) in ("of", "at", "a", "an", "from"):
            # 'For researcher X, of the Y Institute, ...': a description set off after the name
            k = next((x + 1 for x in range(k + 1, min(self.end, k + 20)) if self.is_p(x, ",")), self.end)
        # (the rest a clause of three words or more, not a sign-off of names and places: 'For Radio Varel, X, Tolmach.')
        if sum(self.t[x].kind in "wq" for x in range(k, self.end)) < 3 or not any(
                self.is_q(x) or self.t[x].kind == "w" and not self.t[x].cap for x in range(k + 1, self.end)):
            return None
        if not self._view_content(k, self.end):
            return None  # (a fact told about the party, not its view: 'For the trust, the year ended with a surplus')
        frame = Frame(None, "for", self.t[b].start, self.t[b].end, self.span(b + 1, comma))
        self.add_content(frame, k, self.end)
        return frame if frame.contents else None

    def _view_content(self, a: int, b: int) -> bool:
        """Do tokens [a, b) give a view: a quotation, a verdict with a form of 'be', a modal or a verb of
        seeming, showing or meaning ('the delay is the contractor's fault', 'the levy "is a tax"', 'the talks
        should resume', 'the gauges show that C'), not a fact told in a verb of its own ('the year ended with a
        surplus')? The verb is the main clause's: never one inside an aside set off by commas ('the strike,
        which was the first in years, cost ...') nor the first after a relative pronoun ('the quay that was
        finished in May cost ...')."""
        if any(self.is_q(x) for x in range(a, b)):
            return True
        x, relative = a, False
        while x < b:
            close = next((y for y in range(x + 1, b) if self.is_p(y, ",")), None) if self.is_p(x, ",") else None
            if close is not None:
                x = close + 1  # (an aside: ', which was the first in years,')
                continue
            word = self.w(x) if self.t[x].kind == "w" else ""
            if word in _RELATIVE_OPENERS or word == "that" and x > a and self.t[x - 1].kind == "w":
                relative = True
            elif word in _BE_FORMS or word in _MODALS or word in _APPEARANCE_VERBS or word in _VIEW_VERBS:
                if not relative:
                    return True
                relative = False
            x += 1
        return False

    def _party_after_for(self, a: int, b: int) -> bool:
        """Are tokens [a, b), after an opening 'For', a party whose view the sentence gives: a name of two
        capitalised words or more (a trade in lower case and an acronym in brackets may come with it) that is no
        place we know, or 'the' and a title or a body's head noun ('the minister', 'the union')? No figure or
        date among them."""
        if any(self.t[x].kind not in "wp" or self.w(x).isdigit() for x in range(a, b)):
            return False
        end = self._bracket_start(b)
        last = end - 1
        if last < a or self.t[last].kind != "w":
            return False
        if self.t[last].cap:
            # a name of two words or more, all capitalised but for 'the' and a title before it and the particles
            # inside a body's name ('researcher Ana Costa', 'the Association of X'; not 'residents of Velm')
            x = a + (1 if self.w(a) == "the" else 0)
            while x < end and not self.t[x].cap and (self._person_head(x) or self.w(x).endswith(_TRADE_ENDINGS)):
                x += 1
            return end - x >= 2 and not self._place(x, end) and self.w(x) not in MONTH_NAMES and all(
                self.t[y].cap or self._inside_name(y) or self.is_p(y, ".'\u2019&-") for y in range(x, end))
        head = self.w(last)
        return self.w(a) == "the" and end - a <= 4 and (head in self.lex.title_words or head in self.lex.institution_heads)

    def _opening_medium(self, begin: int) -> tuple[int, tuple[int, int] | None, tuple[int, int] | None]:
        """A sentence's opening phrase naming the medium its speaker spoke through: "Speaking to OUTLET,",
        "Speaking on PROGRAMME,", "In an interview with OUTLET," and "In a July interview with OUTLET," (words
        between the article and the noun), "In an appearance on OUTLET,", "On OUTLET's PROGRAMME on Sunday,", also
        after an adverb ('Meanwhile, speaking to OUTLET,'). Where the rest of the sentence begins, the outlet
        spoken to and the medium spoken on (document.py decides whether the words name a medium)."""
        prefix_outlet = prefix_broadcast = None
        start = begin
        if self.w(begin) in _DISCOURSE_ADVERBS and self.is_p(begin + 1, ",") and self.w(begin + 2) in _PREFIX_SPEAKING:
            begin += 2  # ('Meanwhile, speaking to OUTLET, X said')
        noun = next((k for k in range(begin + 2, min(begin + 6, self.end)) if self.w(k) in ("interview", "appearance")
                     and all(self.t[x].kind in ("w", "d") for x in range(begin + 2, k))), None) \
            if self.w(begin) == "in" and self.w(begin + 1) in ("an", "a") else None
        if self.w(begin) in _PREFIX_SPEAKING and self.w(begin + 1) in ("to", "with", "on"):
            np = self.np_after(begin + 2)
            # ('Speaking to Radio Jolby on Tuesday morning, X said': a time after the outlet)
            comma = next((k for k in range(np[1], min(np[1] + 6, self.end)) if self.is_p(k, ",")), None) \
                if np and np[1] < self.end and (self.is_p(np[1], ",") or self.t[np[1]].kind == "d") else None
            if np and comma is not None and self.w(begin + 1) == "on":
                # ("Speaking on OUTLET's PROGRAMME, X said": the medium spoken on, if the words name one)
                prefix_broadcast = self.span(*np) if self.t[np[0]].cap else None
                begin = comma + 1
            elif np and comma is not None:
                prefix_outlet = self.span(*np)
                begin = comma + 1
        elif noun is not None:
            k = noun + 1
            while k < self.end and not self.is_p(k, ",") and not (self.is_q(k) and self._quote_ends_with(k, ",")):
                k += 1
            if self.w(noun + 1) in ("with", "on") and noun + 2 < k < self.end:
                if self.w(noun) == "appearance" or self.w(noun + 1) == "on":
                    prefix_broadcast = self.span(noun + 2, k)
                else:
                    prefix_outlet = self.span(noun + 2, k)
            if k < self.end:  # 'In an interview on "Face the Nation," X said ...': the comma sits in the title
                begin = k + 1
        elif self.w(begin) == "on" and begin + 1 < self.end and self.t[begin + 1].cap and self.t[begin + 1].kind == "w":
            # ('On Tarn TV's Morning Hour on Sunday, X said'; the sentence's parse stays as it was)
            np = self.np_after(begin + 1)
            if np is not None:
                prefix_broadcast = self.span(*np)
            return start, prefix_outlet, prefix_broadcast
        return begin if begin != start + 2 or prefix_outlet or prefix_broadcast else start, prefix_outlet, prefix_broadcast

    def _opening_address(self, begin: int) -> tuple[int, int] | None:
        """The words a sentence's opening phrase names as the one its statement was sent or told to: "In
        a statement to OUTLET,", "In its new note sent to OUTLET," (cues.json's message nouns), "To OUTLET,"
        (capitalised words before the comma). document.py carries them as the outlet only when they name
        an outlet it knows (listed, or named before): never 'In a filing to the Tarn Stock Exchange'."""
        k = begin + 1
        if self.w(begin) == "in" and self.w(begin + 1) in _ADDRESS_OPENERS:
            noun = next((x for x in range(begin + 2, min(begin + 5, self.end)) if self.w(x) in self.lex.message_nouns
                         or self.w(x) in _REACTION_NOUNS), None)
            if noun is None or any(self.t[x].kind != "w" or self.t[x].cap for x in range(begin + 2, noun)):
                return None
            k = noun + 1 + (self.w(noun + 1) in _ADDRESS_SENT_WORDS)
            if self.w(k) != "to":
                return None
            k += 1
        elif self.w(begin) != "to":
            return None
        first = k + (self.w(k) == "the")  # ('To the Gazette,': a name, never 'To date,' or 'To the contrary,')
        np = self.np_after(k) if first < self.end and self.t[first].cap else None
        # (a date may close the phrase: 'In a reply sent to the Gazette on Monday,')
        return self.span(*np) if np is not None and self.is_p(np[1] + (self.t[np[1]].kind == "d"), ",") else None

    def _plan(self, frame: Frame) -> bool:
        """Is the frame a plan, wish or belief of its subject ('Orvane plans to shut the plant',
        'the firm wants to sell'), no statement of it? Before 'the Courier reported' it is what the
        outlet reports, not something the subject said to the outlet."""
        cue = frame.cue
        return cue is not None and bool(frame.contents) and (cue.mental or cue.infinitive and self.text.startswith(
            "to ", frame.contents[0].start))

    def _passive_denial_frame(self) -> Frame | None:
        """'The allegation was denied by the board on Monday', "The inspectors' account was flatly
        rejected by the water board": the party after 'by' denies the sentence's subject, a report
        (with one of the denial objects: the report it answers) or, after a verb of denial, the thing
        itself ('The leak was denied by X'); never 'The plan was rejected by the council' (a proposal)."""
        aux = next((i for i in range(self.begin + 1, min(self.end - 2, self.begin + 14))
                    if self.w(i) in _PASSIVE_AUX and self.t[i].kind == "w"), None)
        if aux is None:
            return None
        v = aux + 1
        aux -= self.w(aux - 1) in _PASSIVE_AUXILIARIES  # ('has been denied')
        if any(x in self.cue_tokens or self.t[x].kind == "q" for x in range(self.begin, aux)) \
                or not self._valid_np(self.begin, aux):
            return None
        v += self._adverb(v) and self.w(v + 1) != "by"
        cue = next((c for c in self.lex.cues_by_first.get(self.w(v), []) if len(c.words) == 1
                    and c.hint == "contradiction" and c.lemma not in self.lex.retraction_verbs), None)
        agent = self.np_after(v + 2) if cue is not None and self.w(v + 1) == "by" else None
        if cue is None or agent is None or any(self.t[x].kind not in ("p", "d") for x in range(agent[1], self.end)):
            return None
        report = any(self.w(x) in self.lex.denial_objects for x in range(self.begin, aux))
        if not report and cue.lemma not in self.lex.denial_verbs:
            return None
        start, end = self.t[self.begin].start, self.t[aux - 1].end
        return Frame(cue, self.text[self.t[v].start:self.t[v].end], self.t[v].start, self.t[v].end, self.span(*agent),
                     contents=[Content(start, end, "indirect")], attribution_spans=[(self.t[aux].start, self.t[agent[1] - 1].end)],
                     report_object="noun" if report else None, stance_object=report)

    def _refusal_frame(self) -> Frame | None:
        """'The board declined to comment.', 'X did not respond to a request for comment on Monday',
        'X could not be reached for comment': a sentence that is only a party and a refusal (cues.json
        denials.bare_refusals) with words that say nothing after it (empty_contents) is the party
        declining to comment: the publisher's observation, in its own words, and no statement of the
        party's (no model reading of 'to comment' as something it said)."""
        found = _refusal_at(self, self.lex.bare_refusals)
        if found is None:
            return None
        i, words = found
        subj = (self.begin, i)
        if not self._valid_np(*subj) or any(self.t[x].kind not in ("w", "p") or x in self.cue_tokens for x in range(*subj)):
            return None
        j = i + len(words)
        silence_end: int | None = self.end
        if any(tok.kind == "q" or tok.kind == "w" and tok.low not in self.lex.empty_contents for tok in self.t[j:self.end]):
            silence_end = self._unanswered_topic(j)
            if silence_end is None and self.is_p(j, ",") and j + 1 in self.cue_tokens and self.w(j + 1).endswith("ing"):
                silence_end = j  # ('X declined to comment, saying C': the refusal, then what X said instead)
            if silence_end is None:
                return None  # ('declined to comment on the sale', 'did not respond to the mayor's letter': said elsewhere)
        assert silence_end is not None
        if silence_end < self.end:
            self.said_after_silence = self.t[silence_end].start
        last = max(x for x in range(j - 1, silence_end) if self.t[x].kind in ("w", "d"))
        cue = Cue(lemma=" ".join(words), hint="contradiction", words=words, negation=True)
        start, end = self.t[i].start, self.t[j - 1].end
        return Frame(cue, self.text[start:end], start, end, self.span(*subj),
                     contents=[Content(start, self.t[last].end, "indirect")],
                     attribution_spans=[(self.t[subj[0]].start, end)], report_object="refusal")

    def _drop_cues(self, start: int, end: int) -> None:
        """No cue read between offsets `start` and `end` (a silence's 'respond': nothing said)."""
        self.cues = [c for c in self.cues if not start <= self.t[c[0]].start < end]
        self.cue_tokens = {k for i, j, _ in self.cues for k in range(i, j)}
        self.cue_index = {i: (i, j, cue) for i, j, cue in self.cues}

    def _unanswered_topic(self, j: int) -> int | None:
        """After a refusal ending at token j, where the words of what a silence left unanswered end ('did
        not respond | to questions about C', 'could not be reached | for comment on C', 'did not return |
        calls seeking comment about C'): words that say nothing, one of them a thing asked (cues.json
        denials.unanswered), then a topic preposition and C, which runs to the sentence's end, or to the
        last conjunction before the first quotation or cue after it when one comes ('..., but said D',
        '..., though he said D': a clause of its own); else None. C was asked about, never said by the
        party ('declined to comment on C' is no silence: nothing asked; 'X did not respond to questions
        about C, her office said' is the office's report)."""
        asked = False
        for x in range(j, self.end):
            tok = self.t[x]
            if tok.kind != "w":
                continue
            if asked and tok.low in self.lex.topic_preps:
                said = next((y for y in range(x + 1, self.end) if self.t[y].kind == "q" or y in self.cue_tokens), None)
                if said is None:
                    return self.end
                joins = [y for y in range(x + 2, said) if self.w(y) in _SENTENCE_CONJUNCTIONS | _SUBORDINATORS and (
                    self.is_p(y - 1, ",\u2014\u2013") or not any(self.t[z].kind == "p" for z in range(y, said)))]
                if joins:  # (not the 'and' of 'about the spill and the cleanup, which ...')
                    return joins[-1]
                # 'questions about C, which officials said D': a relative clause after C is another's report
                return next((y for y in range(said - 1, x + 1, -1) if self.is_p(y, ",") and self.w(y + 1) in ("which", "who")), None)
            if tok.low not in self.lex.empty_contents:
                return None
            asked = asked or tok.low in self.lex.unanswered
        return None

    def _question_frames(self) -> list[Frame]:
        """The questions put to someone in a passive 'asked' that opens the sentence or follows
        'when' ('Asked about the vote, X said C', 'X said, when asked by a reporter whether C, that
        ...'): what was asked is a content of its own, whoever asked it goes unnamed."""
        frames = []
        for i, j, cue in self.cues:
            if cue.lemma != "ask" or self.w(i) != "asked" or not (i == self.begin or self.w(i - 1) == "when"):
                continue
            k = j + 2 if self.w(j) == "by" else j  # 'asked by a reporter whether': the asker is no part of it
            start = next((x for x in range(k, min(k + 8, self.end)) if self.w(x) in _QUESTION_OPENERS), None)
            if start is None or any(self.t[x].kind != "w" for x in range(k, start)):
                continue  # ('When asked, she said': no question given; 'asked Ms. Lind, "..."': put to someone)
            end = start + 1
            while end < self.end and not self.is_p(end, ",;:\u2014\u2013-") and not (
                    self.is_q(end) and self._quote_ends_with(end, ",")):
                end += 1
            if end < self.end and self.is_q(end):
                end += 1
            frame = Frame(cue, self._cue_text(i, j), self.t[i].start, self.t[j - 1].end, None, inherit="nobody")
            self.add_content(frame, start, end)
            if frame.contents:
                frames.append(frame)
        return frames

    def _asked_outlet(self, frame: Frame) -> tuple[int, int] | None:
        """The medium a speaker asked not to name them, between the speaker and the cue ('a nurse,
        who asked Channel 9 not to use her name, said'): the outlet the statement was made to."""
        if not frame.speaker or frame.cue_start is None:
            return None
        for x in range(self.begin, self.end - 2):
            if self.t[x].start >= frame.cue_start:
                break
            if self.t[x].start >= frame.speaker[1] and self.w(x) == "who" and self.w(x + 1) == "asked":
                asked = self._anonymity_request(x + 2)
                return self.span(*asked) if asked and asked[1] > asked[0] else None
        return None

    def _nested(self, frame: Frame) -> list[Frame]:
        """Attributions inside an indirect content: 'He noted that ..., Lind affirmed C'."""
        out: list[Frame] = []
        for c in frame.contents:
            if c.form != "indirect":
                continue
            a = bisect_left(self.starts, c.start)
            b = bisect_left(self.starts, c.end)
            while b > a and self.t[b - 1].end > c.end:
                b -= 1
            if b - a < 4:
                continue
            saved = self.begin
            self.begin = a
            try:
                inner = self._forward(a, b)
            finally:
                self.begin = saved
            for f in inner:
                if f.inherit == "previous" or not f.speaker:
                    continue
                if f.cue is not None and f.cue.reported_fact:
                    continue  # 'reported that X revealed C': what the report says happened, no claim of X
                if f.cue is not None and f.contents and (
                        (f.cue.infinitive and self.text.startswith("to ", f.contents[0].start))
                        or (f.cue.directive and f.cue_end is not None and f.contents[0].start == f.cue_end + 1
                            and self.text[f.speaker[0]:f.speaker[1]].lower() in PRONOUNS)):
                    # 'said X had offered to keep the jobs', 'said it had asked the regulator to
                    # review ...': the plan, or the speaker's own request, is part of what was said
                    continue
                if self._object_participle(frame, f, c.start) or self._joined_participle(frame, f):
                    # 'X wrote a letter to Y asking C', 'X sent out an email stating C': what the letter
                    # asks, X asks
                    f.speaker, f.inherit, f.outlet = frame.speaker, "previous", f.outlet or frame.outlet
                    out.append(f)
                    continue
                if f.contents and f.contents[0].start == c.start:
                    continue
                if self._act_told(f):
                    continue  # 'said a clerk had reported the spill': what the clerk did, told by the speaker
                if self._figure(f.speaker):
                    continue  # 'according to a poll, 51 percent (most voters) said C': the share is what the poll found
                if f.cue is not None and (f.cue.mental or f.cue.lemma in _BELIEFS) and (
                        self.text[f.speaker[0]:f.speaker[1]].lower() in _SUBJECT_PRONOUNS or self._tells(frame)):
                    # 'X said they believe C', 'an aide said the mayor believes C': a belief or plan told of
                    # someone by another is what the teller said, no statement of the one it is told of (any
                    # subject after a verb that tells, not only a pronoun: held out, folds A / B of PolNeAR train,
                    # speaker accuracy 0.9049 -> 0.9052 / 0.9222 -> 0.9235, content+speaker F1 0.6884 the same /
                    # 0.6620 -> 0.6624; after 'according to' or 'declined to say whether' the belief stays a
                    # claim of its own, the same figures)
                    continue
                f.nested = True
                f.outlet = f.outlet or frame.outlet
                if f.speaker:
                    # only the words from the speaker on date the statement; earlier ones date the event
                    f.attribution_spans = [(max(x, f.speaker[0]), y) for x, y in f.attribution_spans if y > f.speaker[0]]
                out.append(f)
        return out

    def _tells(self, frame: Frame) -> bool:
        """Does the frame's cue tell what its content says, a verb taking the reported clause ('said', 'told
        reporters'), not a phrase set beside it ('according to') nor one that leaves it open ('declined to say
        whether')?"""
        cue = frame.cue
        return cue is not None and not cue.phrase and cue.words[-1] not in ("whether", "if")

    def _joined_participle(self, outer: Frame, f: Frame) -> bool:
        """Is f a participle's frame joined to the outer frame's by 'and', 'but', 'before' ... ('X released a
        statement, describing Y's son as a hero but insisting that C', 'X said C before claiming D'): its
        speaker is the outer one's, not the noun phrase just before the participle. Held out (folds A and B of
        PolNeAR train, rules+model speaker accuracy / content+speaker F1): A 0.9044 / 0.6865 -> 0.9049 / 0.6869,
        B 0.9206 / 0.6584 -> 0.9209 / 0.6586."""
        if outer.speaker is None or outer.cue_start is None or f.cue_start is None or f.speaker is None \
                or f.speaker[0] < outer.cue_start:
            return False
        k = bisect_left(self.starts, f.cue_start)
        if not self.w(k).endswith("ing") or self.w(k) in self.lex.title_words:
            return False
        j = k - 1
        while j > self.begin and self.t[j].low.endswith("ly") and self._adverb(j):
            j -= 1  # 'but repeatedly dismissing'
        return self.w(j) in _PARTICIPLE_JOINS and self.t[j].kind == "w" and bisect_left(self.starts, f.speaker[1]) <= j

    def _object_participle(self, outer: Frame, f: Frame, start: int) -> bool:
        """Is f a participle's frame whose subject, read back, is the thing the outer cue's speaker
        wrote or sent (a cue of grammar.json's sending_verbs), its object at the start of the outer
        content (offset `start`): 'X wrote a letter to Y asking C', 'X blasted out an email stating C'?
        Not a person, nor what someone else made ('X cited a poll showing C')."""
        if f.speaker is None or f.speaker[0] != start or outer.speaker is None or outer.cue is None \
                or outer.cue.lemma not in _SENDING_VERBS or f.cue_start is None or f.cue_end is None \
                or not self.text[f.cue_start:f.cue_end].endswith("ing"):
            return False
        a, b = bisect_left(self.starts, f.speaker[0]), bisect_left(self.starts, f.speaker[1])
        cut = next((x for x in range(a + 1, b) if self.w(x) in _OBJECT_PREPS), b)  # 'a letter | to Y'
        head = self.t[cut - 1]
        return head.kind == "w" and not head.cap and not self._person_head_word(head.low) \
            and head.low not in self.lex.title_words and head.low not in self.lex.group_heads \
            and head.low not in self.lex.institution_heads

    def _act_told(self, f: Frame) -> bool:
        """Is a frame found inside another's content a report verb with only its object after it,
        no clause nor quotation ('X said a clerk had reported the spill to her manager', 'the
        audit says the college reported the loss to its bank')? The subject's act is what the
        outer speaker tells of, the object no statement of the subject's."""
        cue = f.cue
        if cue is None or cue.hint != "media" or not cue.bare_clause or f.cue_end is None or len(f.contents) != 1 \
                or f.contents[0].form != "indirect" or f.report_object is not None or f.stance_object:
            return False
        a = bisect_left(self.starts, f.cue_end)
        b = bisect_left(self.starts, f.contents[0].end)
        for x in range(a, b):
            tok = self.t[x]
            if tok.kind == "q" or tok.low == "that":
                return False
            if tok.kind == "p" and self.is_p(x, ",;:\u2014\u2013") or tok.low in _BARE_OBJECT_ENDS:
                break  # ('reported the spill and went home': the subject's next deed)
            if tok.kind == "w" and not tok.cap and (tok.low in _FINITE or len(tok.low) > 4 and tok.low.endswith("ed")):
                return False  # ('said the agency reported the firm had lost money': a clause)
        return True

    def _figure(self, span: tuple[int, int]) -> bool:
        """Do the words of span count people ('51 percent of respondents', '4 in 10 voters', 'the vast
        majority of renters', 'most tenants': grammar.json's share_words)?"""
        words = self.text[span[0]:span[1]].casefold().replace("%", " % ").split()
        return any(w in self.lex.quantities or w in _SHARE_WORDS for w in words) or bool(words) and words[0][:1].isdigit()

    def _noun_frames(self, frames: list[Frame]) -> list[Frame]:
        """'assurances from X that C', 'warnings by X that C'."""
        out: list[Frame] = []
        taken = {(f.cue_start, f.cue_end) for f in frames}
        if len(frames) > 20 or self.lex.cue_nouns.isdisjoint([tok.low for tok in self.t]):
            return out
        for x in range(self.begin, self.end - 3):
            if len(out) >= 20:
                break  # each frame reads on to its content's end: a bounded number keeps this linear
            if self.w(x) in self.lex.cue_nouns and self.w(x + 1) == "that" and x > self.begin \
                    and self._possessor(x - 1):
                # "the minister's claim that C": the possessor made the claim
                a = self._described_start(x - 1, 5, ".-")
                if (self.t[x].start, self.t[x].end) in taken:
                    continue
                frame = Frame(None, self.w(x), self.t[x].start, self.t[x].end, self.span(a, x))
                frame.hint = (self.lex.noun_hints or {}).get(self.w(x))
                end, _ = self.content_end(x + 2, self.end)
                if a == self.begin:
                    # the claim is the subject: 'X's claim that C is false' - C ends before the main verb
                    verb = next((y for y in range(end - 1, x + 4, -1) if self.w(y) in _FINITE), None)
                    if verb is not None:
                        end = verb
                self.add_content(frame, x + 2, end)
                frame.attribution_spans.append((self.t[a].start, self.t[x + 1].end))
                if frame.contents and not any(c.start <= frame.contents[0].start < c.end
                                              for f in frames for c in f.contents
                                              if not (f.report_object == "clause" and c.start == frame.contents[0].start)):
                    out.append(frame)  # (beside a denial of what it says: 'rejected the mayor's claim that C')
                continue
            if self.w(x) in self.lex.cue_nouns and self.w(x + 1) in ("from", "by"):
                np = self.np_after(x + 2)
                if not np or self.w(np[1]) != "that" or (self.t[x].start, self.t[x].end) in taken:
                    continue
                frame = Frame(None, self.w(x), self.t[x].start, self.t[x].end, self.span(*np))
                frame.hint = (self.lex.noun_hints or {}).get(self.w(x))
                end, _ = self.content_end(np[1] + 1, self.end)
                self.add_content(frame, np[1] + 1, end)
                frame.attribution_spans.append((self.t[x].start, self.t[np[1]].end))
                if frame.contents and not any(
                        c.start <= frame.contents[0].start < c.end for f in frames for c in f.contents
                        if f.contents and not (c.start <= self.t[x].start < c.end)
                        and not (f.report_object == "clause" and c.start == frame.contents[0].start)):
                    out.append(frame)  # (beside a denial of what it says: 'denied the claim by X that C')
        return out

    def _colon_frame(self) -> Frame | None:
        if self.text.find(":", self.sentence.start, self.sentence.end) < 0:
            return None
        dashed = self._dash_colon_frame()
        if dashed is not None:
            return dashed
        labelled = self._name_label_frame()
        if labelled is not None:
            return labelled
        for k in range(self.begin, min(self.end, self.begin + 10)):
            if self.is_p(k, ":") and self.is_q(k + 1) and k > self.begin:
                np = (self.begin, k)
                lead = self.cue_at(self.begin)
                if lead is not None and not lead[2].phrase and not lead[2].negation and not lead[2].document_subject \
                        and lead[1] < k:
                    np = (lead[1], k)  # 'Said Ellis: "..."'
                if all(self.t[x].kind == "w" or self.is_p(x, "-.'\u2019") for x in range(*np)) and self._valid_np(*np) \
                        and not any(self.cue_at(x) for x in range(*np)) and not self._has_verb(*np):
                    if np[0] > self.begin and lead is not None:
                        frame = Frame(lead[2], self._cue_text(lead[0], lead[1]), self.t[lead[0]].start,
                                      self.t[lead[1] - 1].end, self.span(*np))
                    else:
                        frame = Frame(None, ":", self.t[k].start, self.t[k].end, self.span(*np))
                    self.add_content(frame, k + 1, k + 2)
                    return frame
            if self.t[k].kind == "q":
                break
        return None

    def _name_label_frame(self) -> Frame | None:
        """'Ana Costa: Harbour Plan Is a "Costly Mistake"', 'Costa: we will appeal': a name and a colon
        opening a paragraph or a headline, then a statement of three words or more, is a statement of
        the one named (a quotation that opens it and goes on takes the words after it too). The name is
        capitalised words, no label ('Update:', 'Q:') or verdict ('Mostly False:'), no determiner ('The Latest:'), and only if
        the text writes its last word as a name inside a sentence too ('... said Costa')."""
        if not self.sentence.first_in_block:
            return None
        k = next((x for x in range(self.begin + 1, min(self.end, self.begin + 5)) if self.t[x].kind != "w"
                  or not self.t[x].cap), None)
        if k is None or not self.is_p(k, ":") or self.end - k < 4 or self.is_q(k + 1) and self._lone_quote(k + 1):
            return None
        first, label = self.w(self.begin), self.text[self.t[self.begin].start:self.t[k - 1].end]
        if first in DETERMINERS or fold(label) in self.lex.notice_labels or self.lex.false_verdict.fullmatch(label) or any(
                self.cue_at(x) for x in range(self.begin, k)) or not self._substantive(k + 1, self.end):
            return None
        last = self.text[self.t[k - 1].start:self.t[k - 1].end]
        if any(self.w(x) in self.lex.notice_labels for x in range(self.begin, k)) or self._place(self.begin, k) \
                or len(last) < 3 or self.w(k - 1) in _NP_STOP or self.w(k - 1) in _ADJUNCT_PREPS \
                or not re.search(r"\w[ \t]+" + re.escape(last) + r"\b(?![:])", self.text) \
                or re.search(r"\b(?:" + trie_pattern(_PLACE_PREPS) + r")[ \t]+" + re.escape(label) + r"\b", self.text):
            return None  # ('Delegate Update:', 'New Hampshire:', 'Smith Wades In:', 'in Tolvey' name no one)
        frame = Frame(None, ":", self.t[k].start, self.t[k].end, self.span(self.begin, k))
        self.add_content(frame, k + 1, self.end)
        return frame if frame.contents else None

    def _lone_quote(self, q: int) -> bool:
        """Does the quotation at token q end the sentence (only punctuation after it)?"""
        return all(self.t[x].kind == "p" for x in range(q + 1, self.end))

    def _dash_colon_frame(self) -> Frame | None:
        """'Turnout fell again in the north - Harlow Research: "..."', '- More from the council: "..."':
        in a roundup of sources, the name between a dash and the colon before a quotation speaks it
        (the words before the dash are the item's headline)."""
        k = next((x for x in range(self.begin + 1, self.end - 1) if self.is_p(x, ":") and self.is_q(x + 1)), None)
        if k is None or any(self.is_q(x) for x in range(self.begin, k)):
            return None
        d = k - 1
        while d > self.begin and k - d <= 8 and (self.t[d].kind == "w" or self.is_p(d, ".'\u2019")):
            d -= 1
        if d <= self.begin or not self.is_p(d, "-\u2014\u2013") or d + 1 >= k or not self.text[self.t[d].start - 1].isspace():
            return None  # (a spaced dash: not the hyphen of 'D-N.Y.')
        a = d + 1
        while a < k - 1 and self.w(a) in _SOURCE_LEADS:
            a += 1  # '- More from the council:'
        if not (self._valid_np(a, k) and not self._has_verb(a, k) and not any(self.cue_at(x) for x in range(a, k))):
            return None
        frame = Frame(None, ":", self.t[k].start, self.t[k].end, self.span(a, k))
        self.add_content(frame, k + 1, k + 2)
        return frame

    def _has_verb(self, a: int, b: int) -> bool:
        """Do tokens [a, b) read as a clause ('The mayor made the following comment') rather than
        a name or description ('A spokesman for the ministry')? A lower-case word that no speaker
        description uses, after the first noun."""
        lex = self.lex
        seen_head = False
        for x in range(a, b):
            tok = self.t[x]
            if tok.kind != "w" or tok.cap:
                continue
            low = tok.low
            if low in DETERMINERS or low in _NP_INNER or low in lex.modifiers:
                continue
            if low in lex.title_words or low in lex.anonymous_heads or low in lex.institution_heads \
                    or low in lex.group_heads or low in lex.media_heads:
                seen_head = True
                continue
            if seen_head:
                return True
        return False

    def _colon_lead_frame(self) -> Frame | None:
        """'Sanders made the following comment: "..."': a sentence that ends by introducing a
        quotation with a colon gives it to the sentence's subject."""
        q = self.end - 1
        if q <= self.begin + 2 or not self.is_q(q) or not self.is_p(q - 1, ":"):
            return None
        quote = self.t[q].quote
        if quote is None or not quote.speech:
            return None
        verb = next((c for c in reversed(self.cues) if c[1] <= q - 1 and q - 1 - c[1] <= 4 and c[0] > self.begin
                     and " ".join(c[2].words) not in self.lex.continuations), None)
        np = self.np_before(verb[0]) if verb is not None else None  # '... he warned: "C"'
        if np is None or np[0] == self.begin:
            np = self.np_forward_subject(self.begin)
        if np is None or np[1] >= q - 1 or self.t[np[1]].kind != "w" or self.t[np[1]].cap:
            return None  # the subject must be followed by its verb
        frame = Frame(None, ":", self.t[q - 1].start, self.t[q - 1].end, self.span(*np))
        frame.attribution_spans.append((self.t[self.begin].start, self.t[q - 1].end))
        self.add_content(frame, q, q + 1)
        return frame if frame.contents else None

    def _dash_frame(self) -> Frame | None:
        """'"C" — Ana Costa': a quotation signed with a dash and a name, as in vox pops and epigraphs."""
        k = self.begin
        if not (self.is_q(k) and self.is_p(k + 1, "\u2014\u2015\u2013-") and k + 2 < self.end):
            return None
        np = (k + 2, self.end)
        while np[1] > np[0] and self.is_p(np[1] - 1, ".,"):
            np = (np[0], np[1] - 1)
        words = [self.t[x] for x in range(*np)]
        if not words or len(words) > 10 or not all(t.kind == "w" and t.cap or t.kind == "p" and t.low in ".,-'\u2019"
                                                   for t in words) or words[0].kind != "w":
            return None
        comma = next((x for x in range(*np) if self.is_p(x, ",")), None)
        if comma is not None:
            np = (np[0], comma)  # '— Ana Costa, Lisbon': the place is no part of the name
        frame = Frame(None, self.t[k + 1].low, self.t[k + 1].start, self.t[k + 1].end, self.span(*np))
        self.add_content(frame, k, k + 1)
        return frame if frame.contents else None

    def _substantive(self, a: int, b: int) -> bool:
        a, b = max(0, a), max(0, min(b, self.n))
        if a >= b:
            return False
        words_before, quotes_before = self._running_counts()
        return quotes_before[b] > quotes_before[a] or words_before[b] - words_before[a] >= 3

    def _short_clause(self, a: int, b: int) -> bool:
        """Are tokens [a, b) a clause of two words, a name or pronoun and a verb in the past ('Marsh
        agreed', 'She refused'), a statement however short?"""
        if b - a != 2 or self.t[a].kind != "w" or self.t[a + 1].kind != "w":
            return False
        verb = self.t[a + 1]
        return (self.t[a].cap or self.t[a].low in _SUBJECT_PRONOUNS) and not verb.cap and (
            (verb.low.endswith("ed") and len(verb.low) > 4) or verb.low in _FINITE)

    def _trailer(self) -> tuple[Frame | None, int, int | None]:
        """A cue at the end: 'C, X said (on DATE).' / '"C," said X.' / 'C, according to X.'

        Returns the frame, the token where the content before it ends, and where a following
        second cue starts (', adding ...', ', but did not confirm ...') or None."""
        for i, j, cue in reversed(self.cues):
            if i <= self.begin:
                continue
            frame = Frame(cue, self._cue_text(i, j), self.t[i].start, self.t[j - 1].end, None)
            if cue.phrase:
                found = self._trailing_phrase(i, j, frame)
            elif cue.negation or cue.quotes_speaker or cue.mental or cue.report_only or cue.figure_object:
                continue  # ('C, he wants' is no shape of reporting, nor 'C, put the toll at 21')
            else:
                found = self._trailing_verb(i, j, cue, frame)
            if found is not None:
                return found
        return None, self.end, None

    def _trailing_phrase(self, i: int, j: int, frame: Frame) -> tuple[Frame, int, int | None] | None:
        """'C, according to X.'"""
        if frame.cue is not None and frame.cue.cites:
            return self._trailing_record(i, j, frame)
        if not (self.is_p(i - 1, ",\u2014\u2013(") or self.is_q(i - 1)):
            return None
        if frame.cue is not None and frame.cue.carrier and any(x < i for x in self.cue_tokens):
            return None  # ('X said C, as first reported by the Post': X speaks, the Post only carried it)
        np = self.np_after(j, appositive=True)
        if not np:
            return None
        boundary = i - 1 if self.is_p(i - 1, ",\u2014\u2013(") else i
        if not self._substantive(self.begin, boundary + (1 if self.is_q(boundary) else 0)) \
                and not (boundary == self.begin + 1 and self.w(self.begin) in _ANSWER_WORDS):
            return None  # ('Yes, according to X.': an answer to the question before is a statement)
        k = self._skip_parenthetical(np[1])
        comma = next((x for x in range(k, min(self.end, k + 8)) if self.t[x].kind != "w"), self.end)
        if self.is_p(comma, ",") and self._inserted_between(self.begin, boundary, comma + 1, self.end):
            return None  # 'The toll, according to X (at Y), is 13': the phrase parts a subject from its verb
        issuer = self._issuer(np, frame)
        if issuer is not None:
            np, k = issuer[0], issuer[1]
        end = self._adjuncts_to_end(k, frame)
        frame.speaker = self.span(*np)
        self.add_content(frame, self._phrase_content_start(boundary), boundary + (1 if self.is_q(boundary) else 0))
        frame.trailer = True
        frame.attribution_spans.append((self.t[i].start, self.t[min(k, self.n) - 1].end if end is None
                                        else self.sentence.end))
        if not frame.contents:
            return None
        return frame, boundary, (end if end is not None and end < self.end else None)

    def _trailing_record(self, i: int, j: int, frame: Frame) -> tuple[Frame, int, int | None] | None:
        """'C in the latest Tribune poll.' (a phrase that cites a record closing a sentence, the
        record and a time or place it was taken in at most): the record found C."""
        assert frame.cue is not None
        end = self._cited_record(j, frame.cue)
        if end is None or any(self.begin < x < i and not self._noun_position(x - 1) for x, _, c in self.cues
                              if c is not frame.cue):
            return None  # ('X said she leads in the latest poll': X's statement, the poll in its words)
        last = self._record_tail(end)
        if last != self.end and not self._record_clause_ends(last):
            return None
        boundary = i - 1 if self.is_p(i - 1, ",\u2014\u2013(") else i
        start = self._phrase_content_start(boundary)
        if not self._substantive(start, boundary) or boundary - start < 3:
            return None
        frame.speaker = self.span(j, end)
        self.add_content(frame, start, boundary)
        frame.trailer = True
        frame.attribution_spans.append((self.t[i].start, self.t[last - 1].end))
        return (frame, boundary, None) if frame.contents else None

    def _record_clause_ends(self, last: int) -> bool:
        """Does the clause a cited record closes end at token `last`, the words after it no report of
        anyone's: a semicolon, or a comma and the writer's aside on the figure to the sentence's end, a
        noun phrase with an indefinite article or a change 'up' or 'down from' one, with no cue and no
        quotation ('C in the latest Tarn poll, a drop tied to D', 'C in the same survey, up from
        four points in May'; not ', and D' nor ', Republicans concede D')?"""
        if not self.is_p(last, ";,") or last + 1 >= self.end or any(
                x in self.cue_tokens or self.t[x].kind == "q" for x in range(last + 1, self.end)):
            return False
        return self.is_p(last, ";") or self.w(last + 1) in ("a", "an") or (
            self.w(last + 1) in ("up", "down") and self.w(last + 2) == "from")

    def _record_tail(self, k: int) -> int:
        """Where the words after a cited record's noun end: a participle, then its dates and the
        time, place or people it was taken in or among, at most ten tokens ('released Monday',
        'conducted in May', 'of likely voters', ', taken last week'); k itself when there are none."""
        x = k + (self.is_p(k, ",") and _participle(self.w(k + 1)))
        x += _participle(self.w(x)) and not self.t[x].cap
        loose = 0  # lower-case words allowed after 'of' or 'among' ('of likely voters')
        while x < min(self.end, k + 10):
            tok, low = self.t[x], self.w(x)
            if tok.kind == "d" or tok.kind == "w" and (tok.cap or low.isdigit() or low in _RECORD_TAIL_WORDS):
                loose = 2 if low in ("of", "among") else 0
            elif tok.kind == "w" and loose and low not in _FINITE and x not in self.cue_tokens:
                loose -= 1
            elif not _joins_name(tok) and not (tok.kind == "p" and self.separates_thousands(x)):
                break  # (a figure's comma is no end: 'a survey of 1,500 adults')
            x += 1
        return x

    def _phrase_content_start(self, boundary: int) -> int:
        """Where the content of a trailing 'according to X' starts: after the sentence's last
        colon, or its last ', with' or ', and' + a subject that opens a clause of three words or more
        ('C1, and he added C2, according to X': X's report is C2, not 'C1, and persuaded Y')."""
        start = self.begin
        for x in range(self.begin + 1, boundary - 3):
            if self.is_p(x, ":") or (self.is_p(x, ",") and (self.w(x + 1) == "with" or self.w(x + 1) == "and" and (
                    self.t[x + 2].cap or self.w(x + 2) in _SUBJECT_PRONOUNS or self.w(x + 2) in DETERMINERS))):
                start = x + 1 if self.is_p(x, ":") else x + 2
        return start if self._substantive(start, boundary) else self.begin

    def _trailing_verb(self, i: int, j: int, cue: Cue, frame: Frame) -> tuple[Frame, int, int | None] | None:
        """'C, X said.' with the subject before the cue, else '"C," said X.'"""
        subj = self.np_before(i)
        if subj is not None and (self._free_relative(*subj) or self._wrong_evidence(cue, subj)
                                 or self._noun_not_verb(i, j, subj)):
            return None
        if subj is None or not (subj[0] > self.begin and (self.is_p(subj[0] - 1, ",\u2014\u2013")
                                                          or self.is_q(subj[0] - 1))):
            owner = self._relative_owner(i)
            if owner is not None:
                subj = (owner, i)  # 'C, the body that hosted the talks said'
        if subj is not None:
            return self._trailing_subject(j, cue, frame, subj, self._record_start(subj[0]) if cue.evidence_subject else None)
        # a cue that needs a quotation or a 'that' ('asked', 'quipped') is inverted after a quotation only
        after_quote = self.is_q(i - 1) and not (cue.stance or cue.infinitive)
        if not (after_quote or (self.is_p(i - 1, ",") and not cue.needs_content_mark)) or self.w(i).endswith("ing"):
            return None  # (', underscoring the appeal of X': a participle's object never speaks)
        if not after_quote and (self._described_name_before(i - 1) or self._participle_set_off_before(i - 1)):
            return None  # 'The Registrar of the board, Prof. Ana Costa, announced the closure': she is the subject
        np = self.np_after(j, appositive=True)
        if not np or not self._valid_np(*np) or self._wrong_evidence(cue, np):
            return None
        end = self._adjuncts_to_end(np[1], frame)
        if end is None:
            end = self._speaker_tail(np[1])
        boundary = i - 1
        resumed = self._resumed_quotation(np[1], boundary) if end is None else None
        if resumed is not None:
            end = self.end  # '"A," said Ana Lind, "because B."': the quotation goes on after her name
        elif end is None and boundary == self.begin and self._closed_utterance(boundary) \
                and self.is_p(self._skip_parenthetical(np[1]), ","):
            # '"C," said Ana Lind, who ... yet endorsed X.': after a quotation that opens the sentence,
            # whatever describes the speaker is the writer's, cue words and quotations in it too
            end = self.end
        elif end is None and self.is_p(k := self._skip_parenthetical(np[1]), ",") and self.w(k + 1) in ("who", "whose"):
            end = self.end  # 'C, said Ana Lind, an analyst at X, who notes D': the relative clause describes her
        if end is None:
            return None
        first_end = boundary + (1 if self.is_q(boundary) else 0)
        if not self._substantive(self.begin, first_end):
            return None
        frame.speaker = self.span(*np)
        self.add_content(frame, self.begin, first_end)
        if resumed is not None:
            self.add_content(frame, resumed, resumed + 1)
        frame.trailer = True
        frame.attribution_spans.append((self.t[i].start, self.sentence.end))
        if not frame.contents:
            return None
        return frame, boundary, (end if end < self.end else None)

    def _resumed_quotation(self, k: int, boundary: int) -> int | None:
        """The quotation that goes on after an inverted speaker ending before token k, when the sentence opens
        with a quotation closed at token `boundary` ('"A," said Ana Lind, "because B."'): its token, the last
        of the sentence but for its closing stop; else None."""
        k = self._skip_parenthetical(k)
        last = self.end - 1 if self.end - 1 > k + 1 and self.is_p(self.end - 1, ".!?") else self.end
        if boundary == self.begin and self.is_q(boundary) and self.is_p(k, ",") and k + 2 == last and self.is_q(k + 1):
            return k + 1
        return None

    def _participle_set_off_before(self, comma: int) -> bool:
        """Do the words from the sentence's start to the comma at token `comma` read as a noun phrase and a participle's
        phrase set off after it ('The book, published in 2019 by Harbour Press,' before 'tells the story of C'), the
        subject of the verb after the comma and no statement?"""
        first = next((x for x in range(self.begin, comma) if self.is_p(x, ",")), None)
        if first is None or not 1 <= first - self.begin <= 6 or first + 1 >= comma or not _participle(self.w(first + 1)):
            return False
        return all(self.t[x].kind == "w" for x in range(self.begin, first)) \
            and not self._finite_between(self.begin, first) \
            and not any(self.t[x].kind == "q" or self.w(x) in _FINITE for x in range(first + 1, comma))

    def _described_name_before(self, comma: int) -> bool:
        """Do the words from the sentence's start to the comma at token `comma` read as a description
        and a name set off after it ('The Registrar of the board, Prof. Ana Costa'), a subject and
        no statement?"""
        x = comma - 1
        while x > self.begin and (self.t[x].kind == "w" and self.t[x].cap or self.is_p(x, ".-'’")):
            x -= 1
        words = sum(1 for y in range(x + 1, comma) if self.t[y].kind == "w")
        return x > self.begin and self.is_p(x, ",") and (words >= 2 or words == 1 and self._one_word_name(x + 1)) \
            and not self._has_verb(self.begin, x) \
            and (self.w(self.begin) in DETERMINERS or self._possessor(self.begin) or self.t[self.begin].cap) \
            and not any(self.is_p(y, ",") or self.is_q(y) for y in range(self.begin, x))

    def _trailing_subject(self, j: int, cue: Cue, frame: Frame, subj: tuple[int, int],
                          lead: int | None = None) -> tuple[Frame, int, int | None] | None:
        """'C, X said (on DATE).', '"A," she said, "B."', 'A, he said, B'; the words of the
        attribution start at token `lead` when the subject is not their first ('C, a study by X found')."""
        if lead is None and (first := self._coordinated_first(subj)) is not None:
            subj = (first, subj[1])  # 'C, officials and witnesses said': both
        a = subj[0] if lead is None else lead
        before_ok = a > self.begin and (self.is_p(a - 1, ",\u2014\u2013") or self.is_q(a - 1))
        if not before_ok:
            return None
        boundary = a - 1
        first_end = boundary + (1 if self.is_q(boundary) else 0)
        j2 = self._trailing_recipient(j, cue, frame)
        end = self._adjuncts_to_end(j2, frame)
        second = None
        if end is None:
            # '"A," she said, "B."' / 'A, he said, B'
            k = self._skip_adjuncts(j2, frame)
            k2 = k + 1
            if self.w(k2) in ("but", "and") and self.is_q(k2 + 1):
                k2 += 1
            if self.is_p(k, ",") and k2 < self.end and (
                    (self.is_q(k2) and self.is_q(boundary))
                    or (not self.is_q(boundary) and (self._starts_clause(k2) or (
                        self.w(k2) in _FINITE and not self._finite_between(self.begin, first_end))))):
                second = (k2, self.end)
            elif boundary == self.begin and self._closed_utterance(boundary):
                # '"C," she said of the vote, in which ...': the quotation is what was said;
                # the words after the cue are the writer's, read on from there
                end = k
            else:
                return None
        if not self._substantive(self.begin, first_end) and not self._short_clause(self.begin, first_end) and not (
                second and (self._substantive(*second) or (
                    self.w(second[0]) in _FINITE and second[1] - second[0] + first_end - self.begin >= 3))):
            return None
        frame.speaker = self.span(*subj)
        if second and not self.is_q(second[0]) and self._appended_phrase(*second):
            # 'C, sources said, in a deal that would ...': the writer's comment on C
            frame.appended = self.span(*second)
            second = None
        if second and not self.is_q(second[0]) and not self.is_q(boundary):
            # 'A, he said, B': one proposition split by the cue, both sides its words, but for a
            # side that is only an adjunct ('In the end, he said, B', 'A, it said, a day after X
            # reported B'), one word ('This, X noted, requires ...'), or after the cue the writer's
            # clause or the speaker's next act ('A, he said, and she wept', 'A, X reported, citing Y', 'A, she said, speaking on ...')
            sides = [side for side in ((self.begin, first_end), second) if not self._adjunct_side(*side)
                     and side[1] - side[0] > 1 and not (side is second and (
                         self.w(side[0]) in _SENTENCE_CONJUNCTIONS or self.w(side[0]) in _CITING
                         or self.w(side[0]) in _PREFIX_SPEAKING or side[0] in self.cue_tokens))]
            for side in sides or [max((self.begin, first_end), second, key=lambda side: side[1] - side[0])]:
                self.add_content(frame, *side)
        else:
            self.add_content(frame, self.begin, first_end)
            if second:
                self.add_content(frame, *second)
        frame.trailer = True
        frame.speaker_is_outlet = cue.hint == "media"
        frame.attribution_spans.append((self.t[a].start, self.sentence.end))
        if not frame.contents:
            return None
        if second or end is None:
            return frame, self.end, None
        return frame, boundary, (end if end < self.end else None)

    def _adjunct_side(self, a: int, b: int) -> bool:
        """Are tokens [a, b) only an adjunct, no clause or subject ('In the end', 'But', 'on
        condition of anonymity', 'Before dropping out')?"""
        while a < b and (self.t[a].kind != "w" or self.w(a) in _SENTENCE_CONJUNCTIONS):
            a += 1  # ('And the first step, they say, will be ...': the conjunction opens a subject)
        first = self.w(a)
        if not first:
            return True
        opener = first in _OPENING_PREPS or first in _ADJUNCT_PREPS or first in _SENTENCE_CONJUNCTIONS \
            or first in _OPENING_WORDS or first in _SUBORDINATORS or first in _DISCOURSE_ADVERBS \
            or (first.endswith("ly") and first not in _LY_NOUNS)
        if first in DETERMINERS and (self.w(a + 2) in _TIME_RELATIONS or self.w(a + 2) in _TIME_ENDS) \
                and self.w(a + 1) and not self.t[a + 1].cap:
            return True  # 'a day after X reported B', 'two weeks later': a time, no part of the report
        return opener and (b - a <= 2 or not self._finite_between(a, b))

    def _relative_owner(self, a: int) -> int | None:
        """Where 'the body' starts in ', the body that hosted the talks said' (token a: the cue);
        None if no such relative clause comes just before the cue."""
        for r in range(a - 1, max(self.begin, a - 9), -1):
            tok = self.t[r]
            if tok.kind != "w" or r in self.cue_tokens:
                return None
            if tok.low in ("that", "who", "which"):
                owner = self._np_before_any(r)
                if owner is not None and owner[0] > self.begin and self.is_p(owner[0] - 1, ",\u2014\u2013") \
                        and r - owner[0] <= 4:
                    return owner[0]
                return None
        return None

    def _issuer(self, np: tuple[int, int], frame: Frame) -> tuple[tuple[int, int], int] | None:
        """'according to a statement the council issued', 'figures published on Monday by X',
        'records held by the council': whoever issued the document speaks. Returns the issuer's
        tokens and where the attribution's words end."""
        a, b = np
        nouns = self.lex.issuer_nouns
        if not any(self.w(x) in nouns for x in range(a, b)):
            return None
        agent, tail = None, None
        by = next((x for x in range(a + 1, b - 1) if self.w(x) in ("by", "from") and (
            self.w(x - 1) in nouns or (_participle(self.w(x - 1)) and self.w(x - 2) in nouns))), None)
        if by is not None:
            agent, tail = (by + 1, self._maker_end(by + 1, b)), b  # 'a report by the central bank', 'a statement from the ministry'
        elif self.w(b - 1) == "by" and b - 2 > a and _participle(self.w(b - 2)):
            agent = self.np_after(b)  # 'records held by the council' (the phrase stopped at 'the')
        elif _participle(self.w(b - 1)) and b - 1 > a:
            k = self._skip_adjuncts(b, frame)  # 'figures published on Monday by X'
            if self.w(k) == "by":
                agent = self.np_after(k + 1)
        elif self.w(b - 1) in nouns:
            # 'a statement (that) the council issued on Tuesday'
            x = b + 1 if self.w(b) in ("that", "which") else b
            y = x
            while y < self.end and y - x < 6 and self.t[y].kind == "w" and not _participle(self.w(y)):
                y += 1
            if y > x and _participle(self.w(y)) and self._valid_np(x, y) and self.w(x) not in PRONOUNS:
                return (x, y), self._skip_adjuncts(y + 1, frame)
        if agent is None or not self._valid_np(*agent):
            return None
        return agent, self._skip_adjuncts(self._skip_parenthetical(tail or agent[1]), frame)

    def _maker_end(self, a: int, b: int) -> int:
        """Where the maker named from token a after a record's 'by' ends, before b: at a participle in lower case
        after a name or a plural noun, which describes the record ('a study by the Tarn Institute based on
        census data', 'a survey by pollsters conducted in May'); b when none comes."""
        for x in range(a + 1, b):
            tok, before = self.t[x], self.t[x - 1]
            if tok.kind == "w" and not tok.cap and _participle(tok.low) and before.kind == "w" and (
                    before.cap or before.low.endswith("s") and before.low not in DETERMINERS):
                return x
        return b

    def _appended_phrase(self, a: int, b: int) -> bool:
        """Are tokens [a, b) a phrase that comments on the sentence rather than a clause ('a clear
        sign of ...', 'in a deal that would ...')? A noun phrase, or a preposition and one, with no
        verb of its own before any relative clause (one without 'that' after a word of the noun
        phrase: 'a controversial proposal he has raised before')."""
        x = a + 1 if self.w(a) in ("in", "with", "amid", "as") else a
        if self.w(x) not in ("a", "an") or b - x < 3 or any(y in self.cue_tokens for y in range(x, b)):
            return False  # ('— a demand echoed by actors who have urged C' reports another statement)
        for y in range(x + 1, b):
            tok = self.t[y]
            if tok.kind == "q" or y in self.cue_tokens:
                return False
            if tok.low in _FINITE or tok.low in PRONOUNS:
                return y > x + 1 and tok.low in _SUBJECT_PRONOUNS and x == a
            if tok.low in ("that", "which", "who"):
                return y > x + 1
        return True

    def _demonstrative(self, k: int, stop: int) -> bool:
        """Is 'that' at token k a demonstrative ('rejected that argument in a ruling') rather than
        the start of a clause? A noun after it, then a preposition, a date closing the clause ('echoed
        that promise on Monday, saying C'), a comma or the end."""
        nxt = self.t[k + 1] if k + 1 < stop else None
        if nxt is None or nxt.kind != "w" or nxt.cap or nxt.low in PRONOUNS or nxt.low in DETERMINERS \
                or nxt.low in _FINITE or nxt.low in _QUANTIFIER_PRONOUNS or nxt.low.endswith(("s", "men", "people", "children")) \
                or "'" in nxt.low or nxt.low[:1].isdigit():
            return False  # ('said that investigators in the city ...', 'that fishermen in the delta ...' (a plural), 'show
            #             that 1,200 homes ...' open a clause)
        after = self.t[k + 2] if k + 2 < stop else None
        if after is not None and after.kind == "d":  # ('said that turnout last year was low' opens a clause)
            return k + 3 >= stop or self.t[k + 3].kind == "p"
        return after is None or (after.kind == "p" and after.low in ",.;") or (
            after.kind == "w" and after.low in ("in", "on", "at", "for", "with", "from", "by", "as", "during"))

    def _writers_tail(self, a: int, stop: int) -> bool:
        """Do tokens [a, stop) look like the writer's addition to a reported clause: a participle
        ('contradicting the police's account') or a relative clause ('which makes him an outlier')
        that runs to the sentence's end with no quotation and no cue of its own?"""
        tok = self.t[a] if a < stop else None
        if tok is None or tok.kind != "w" or tok.cap:
            return False
        if tok.low not in _TAIL_OPENERS:
            return False
        return stop >= self.end and not any(self.t[x].kind == "q" or x in self.cue_tokens for x in range(a, stop))

    def _plan_end(self, k: int, end: int) -> int:
        """Where a plan ('to triple the program') ends: before ', focusing on ...' or ', and the
        union stepped in', which the writer adds."""
        for x in range(k + 2, end - 1):
            if not self.is_p(x, ","):
                continue
            nxt = self.t[x + 1]
            if nxt.kind == "w" and nxt.low.endswith("ing") and not nxt.cap:
                return x
            if self.w(x + 1) in _PLAN_BREAKS:
                return x  # ', aside from saying ...'
            if self.w(x + 1) in ("and", "but") and (self.w(x + 2) in DETERMINERS or (
                    x + 2 < self.n and self.t[x + 2].cap) or self.w(x + 2) in _SUBJECT_PRONOUNS):
                return x
        return end

    def _trailing_recipient(self, j: int, cue: Cue, frame: Frame) -> int:
        """'"C," she told the Gazette after the meeting': the addressee after a trailing cue."""
        if not cue.takes_recipient or j >= self.end or self.t[j].kind != "w":
            return j
        rec = self.np_after(j)
        if rec is None and self.w(j) in _OBJECT_PRONOUNS and (
                j + 1 >= self.end or self.t[j + 1].kind == "p" or self.w(j + 1) in _ADJUNCT_PREPS):
            rec = (j, j + 1)  # 'C, the president told her.': 'her' ends the clause, no possessive
        if rec is None:
            return j
        frame.recipient = self.span(*rec)
        return rec[1]

    def _quote_ends_with(self, k: int, chars: str) -> bool:
        q = self.t[k].quote
        if q is None:
            return False
        s, e = q.inner
        return self.text[s:e].rstrip()[-1:] in chars

    def _closed_utterance(self, k: int) -> bool:
        """Is token k a quotation that ends like a quoted utterance before its attribution ('C,' / 'C?')?"""
        q = self.t[k].quote if self.is_q(k) else None
        if q is None or not q.closed:
            return False
        s, e = q.inner
        inner = self.text[s:e].rstrip()
        return inner[-1:] in ",?!" and len(inner.split()) >= 2

    def _speaker_tail(self, k: int) -> int | None:
        """After an inverted speaker: '(R-Ga.)', ', a spokesman for X', ', who ...' or ' who asked
        not to be named' up to the end."""
        k = self._skip_parenthetical(k)
        if k >= self.end:
            return k
        if (self.is_p(k, ",") or self.w(k) == "who") and self.end - k <= 40:
            for x in range(k + 1, self.end):
                if self.t[x].kind == "q" or (x in self.cue_tokens and not self.t[x - 1].low == "who"):
                    return None
            return self.end
        return None

    def _skip_parenthetical(self, k: int) -> int:
        """Skip '(PMO)' after a name."""
        if self.is_p(k, "("):
            x = k + 1
            while x < self.end and x - k < 8 and not self.is_p(x, ")"):
                x += 1
            if self.is_p(x, ")"):
                return x + 1
        return k

    def _starts_clause(self, k: int) -> bool:
        return self.t[k].kind == "w" and self.end - k >= 3

    def _skip_adjuncts(self, k: int, frame: Frame) -> int:
        steps = 0
        while k < self.end and steps < 20:
            steps += 1
            tok = self.t[k]
            if tok.kind == "d" or tok.low in _ADJUNCT_WORDS:
                k += 1
            elif tok.kind == "w" and tok.low in _ADJUNCT_PREPS | {"in", "at", "to"}:
                end = self._pp_end(k + 1, self.end)
                if end is None:
                    return k
                self._medium_in_pp(k, end, frame, trailing=True)
                k = end
            else:
                return k
        return k

    def _adjuncts_to_end(self, k: int, frame: Frame) -> int | None:
        k = self._skip_adjuncts(k, frame)
        if k >= self.end:
            return k
        # ', adding that ...' after a trailing cue still ends the attribution here
        if self.is_p(k, ",") and self.cue_at(k + 1):
            return k
        y = k + 1 if self.is_p(k, ",") else k
        if self.w(y) in ("and", "but"):
            y += 1
            while self.w(y) in ("also", "then", "later", "further"):
                y += 1
            if self.cue_at(y):
                return k
        return None

    def _cue_text(self, i: int, j: int) -> str:
        return self.text[self.t[i].start:self.t[j - 1].end].lower()

    def _forward(self, begin: int, stop: int, prev: Frame | None = None) -> list[Frame]:
        """The frames of the cues in tokens [begin, stop), left to right; a frame's content
        consumes the cues inside it."""
        frames: list[Frame] = []
        consumed_until = begin
        for i, j, cue in self.cues:
            if i < consumed_until or i >= stop:
                continue
            step = self._frame_at(i, j, cue, begin, stop, prev)
            if step is None:
                continue
            if step.frame is not None and frames and self._plan_goes_on(frames[-1], step.frame):
                pass  # 'said C, and that the board plans to D': the plan is more of what was said
            elif step.frame is not None:
                frames.append(step.frame)
                if step.leads:
                    prev = step.frame
            if step.consumed is not None:
                consumed_until = step.consumed
        return frames

    def _plan_goes_on(self, before: Frame, frame: Frame) -> bool:
        """Is frame a plan whose subject follows 'and that' right after the content of the frame
        before ('said the mayor wants landlords "to be reasonable," and that the council plans
        to draft a bylaw')? Then the plan is the same speaker's, what they said goes on to its end: the
        content before is extended to it, and True."""
        if frame.cue is None or not frame.cue.infinitive or not frame.speaker or not frame.contents \
                or not before.contents or before.contents[-1].form != "indirect":
            return False
        a = bisect_left(self.starts, frame.speaker[0])
        if not (a >= 2 and self.w(a - 1) == "that" and self.w(a - 2) == "and"):
            return False
        x = a - 3
        while x >= self.begin and self.is_p(x, ","):
            x -= 1
        last = before.contents[-1]
        if x < self.begin or self.t[x].end != last.end and not (self.is_q(x) and self.t[x].start < last.end <= self.t[x].end):
            return False
        last.end = frame.contents[-1].end
        return True

    def _frame_at(self, i: int, j: int, cue: Cue, begin: int, stop: int, prev: Frame | None) -> _Step | None:
        """The frame of the cue at tokens [i, j), by the cue's family: a phrase ('according to X'),
        a denial coordinated with the previous report, 'OUTLET quoted X saying', or a verb."""
        frame = Frame(cue, self._cue_text(i, j), self.t[i].start, self.t[j - 1].end, None)
        participle = " ".join(cue.words) in self.lex.continuations or cue.words[0] in self.lex.continuations
        coordinated = i > begin and (self.is_p(i - 1, ",") or self.w(i - 1) in ("and", "but", "also")
                                     or (participle and self.is_q(i - 1)) or self._joined_auxiliary(i) is not None)
        if cue.phrase:
            return self._phrase_frame(i, j, frame, begin, stop)
        after_prep = participle and self.w(i - 1) in ("in", "by", "while", "when", "after", "before", "for")
        if self.is_p(i - 1, ",") and self.w(i) == "citing" and (cited := self._citing(i, stop)) is not None \
                and self.cue_at(cited[1] + 1) is not None:
            return self._cited_aside_frame(i, frame, cited)
        aside = self._citing_aside(i, begin) if not participle else None
        subj = None if (participle and (coordinated or after_prep)) else (
            self.np_before(aside[0]) if aside is not None else self._relative_subject(i) or self.np_before(i))
        if aside is not None and subj is not None and not self._records_in(*aside[1]):
            frame.cited = self.span(*aside[1])  # (records cited leave the outlet the one that reports them)
        if subj is not None and self.w(i).endswith("ing") and self._verb_object(*subj):
            # 'X issued a statement saying C', 'The ad cuts to footage of Y saying C': the verb's
            # subject speaks, not the object read with it
            verb = self.np_before(subj[0]) or self.np_forward_subject(begin)
            subj = verb if verb is not None and verb[1] <= subj[0] else subj
        if subj is not None and cue.evidence_subject:
            subj = self._record_kept(subj)  # 'Minutes posted on the board's website show C'
            of = self._record_of(subj)
            subj = subj if of is None else (subj[0], of)  # 'A Harwell poll | of 650 voters found C'
        if subj is not None and (self._free_relative(*subj) or self._wrong_evidence(cue, subj, j)
                                 or self._noun_not_verb(i, j, subj)):
            return None
        if subj is not None and subj[1] - subj[0] == 1 and self.w(subj[0]) == "you" \
                and self.text[self.sentence.end - 1] == "?":
            return None  # 'Do you know where ...?' asks, reports nothing
        if subj is None and cue.negation and coordinated and prev is not None:
            step = self._coordinated_denial(i, j, frame, stop, prev)
            if step is not None or self.w(j) == "that":
                return step
            # 'said C and declined to say whether D': the previous speaker's non-confirmation of D
        if subj is None and cue.document_subject:
            return None  # 'Read the latest updates below:' is no document speaking
        if cue.quotes_speaker and subj is not None:
            quoted = self._quoted_saying(j, stop)
            if quoted is not None:
                return self._quoted_frame(i, j, frame, subj, quoted, begin, stop)
        if subj is None:
            if not self._speaker_elsewhere(i, cue, frame, begin, prev, participle=participle,
                                           coordinated=coordinated, after_prep=after_prep):
                return None
            # 'X, who took office in May and promised C, said D', 'X, who last week told the Courier C, did not
            # respond': C ends before the main clause
            frame.relative_clause = self._relative_cue(i) is not None
        else:
            self._subject_speaker(frame, subj, cue, begin)
            # 'Brenmoor, which says C, sells power': C ends before the main clause, which (and the
            # sentence) is the publisher's
            frame.relative_clause = self._relative_cue(i) is not None
            frame.subject_speaker = frame.subject_speaker or frame.relative_clause and self.w(i - 1) == "which"
        step = self._verb_content(i, j, cue, frame, subj, begin, stop)
        if step is not None and frame.relative_clause and frame.subject_speaker and frame.own is None \
                and not (cue.directive or cue.infinitive):  # ('a circular, which tells the depots to C')
            frame.own = self._clause_before_relative(i, frame, begin, stop)
        return step

    def _clause_before_relative(self, i: int, frame: Frame, begin: int, stop: int) -> tuple[int, int] | None:
        """'The closure was disclosed earlier by the Courier, which said C.': when the relative clause
        whose verb is the cue at token i ends the sentence, the publisher's own part is the main
        clause before its comma, without C (which is the relative's speaker's alone); None when the
        sentence goes on after C ('Brenmoor, which says C, sells power') or no clause comes before."""
        comma = self._relative_cue(i)
        last = frame.contents[-1].end if frame.contents else None
        if comma is None or last is None or comma - begin < 3 or not self._finite_between(begin, comma):
            return None
        rest = self.text[last:self.t[stop - 1].end if stop > begin else last]
        if any(ch.isalnum() for ch in rest):
            return None
        return self.t[begin].start, self.t[comma - 1].end

    def _phrase_frame(self, i: int, j: int, frame: Frame, begin: int, stop: int) -> _Step | None:
        """'according to X, C' or 'C, according to X'."""
        if frame.cue is not None and frame.cue.cites:
            return self._leading_record(i, j, frame, begin, stop)
        np = self.np_after(j, stop, appositive=True)
        if np and (np[1] >= stop or self._thousands_comma(np[1])) and not (i > begin and self.is_p(i - 1, ",\u2014\u2013")):
            # ('According to X, the envoy left': no appositive runs to the end, nor to the comma of '4,000')
            np = self.np_after(j, stop)
        if not np:
            return None
        k = self._skip_adjuncts(self._skip_parenthetical(np[1]), frame)
        issuer = self._issuer(np, frame)
        if issuer is not None:
            np, k = issuer
        frame.speaker = self.span(*np)
        if self.is_p(k, ","):
            k += 1
        cited = self._citing(k, stop)
        if cited is not None:
            frame.cited = self.span(*cited)  # 'according to Axios, which cited the Post, C'
            k = cited[1] + 1
        if k >= stop:
            return None
        if i > begin and self.is_p(i - 1, ",\u2014\u2013") and self._inserted_between(begin, i - 1, k, stop):
            # 'The final tally, according to X, is 40': the phrase parts a subject from its verb,
            # and the statement is both (its words are kept whole, the phrase within them)
            end, split = self.content_end(k, stop)
            self.add_content(frame, begin, end)
            frame.attribution_spans.append((self.t[i].start, self.t[np[1] - 1].end))
            return _Step(frame, split if split is not None else end) if frame.contents else None
        if i > begin and self.is_p(i - 1, ",\u2014\u2013") and self._substantive(begin, i - 1):
            self.add_content(frame, begin, i - 1)
            frame.attribution_spans.append((self.t[i].start, self.t[np[1] - 1].end))
            return _Step(frame, k) if frame.contents else None
        end, split = self.content_end(k, stop)
        self.add_content(frame, k, end)
        frame.attribution_spans.append((self.t[i].start, self.t[np[1] - 1].end))
        if not frame.contents:
            return None
        return _Step(frame, split if split is not None else end)

    def _thousands_comma(self, k: int) -> bool:
        """Is token k a comma between the digits of one number ('4,000': the tokens split it)?"""
        if not self.is_p(k, ","):
            return False
        at = self.t[k].start
        return 0 < at < len(self.text) - 1 and self.text[at - 1].isdigit() and self.text[at + 1].isdigit()

    def _leading_record(self, i: int, j: int, frame: Frame, begin: int, stop: int) -> _Step | None:
        """'In the latest Tribune poll (released Monday), C': a phrase that cites a record opening a
        sentence; the record found C, the words after its comma."""
        assert frame.cue is not None
        end = self._cited_record(j, frame.cue)
        if end is None or i != self.begin:
            return None
        k = self._record_tail(end)
        if self.is_p(k, ",") and _participle(self.w(k + 1)):  # ('In a new poll, taken last week, C')
            k = self._record_tail(k)
        if not self.is_p(k, ",") or stop - k < 4:
            return None
        frame.speaker = self.span(j, end)
        content_end, split = self.content_end(k + 1, stop)
        self.add_content(frame, k + 1, content_end)
        frame.attribution_spans.append((self.t[i].start, self.t[k - 1].end))
        return _Step(frame, split if split is not None else content_end) if frame.contents else None

    def _inserted_between(self, a: int, comma: int, k: int, stop: int) -> bool:
        """Are tokens [a, comma) a subject with no verb of its own, and does a finite verb open the
        words from k ('The final tally, according to X, | is 40 ...')?"""
        if comma <= a or self.t[a].kind != "w" or not self._title_start(a) \
                or any(self.w(x) in _FINITE or self.is_p(x, ",;:\u2014\u2013") or self.is_q(x) or x in self.cue_tokens for x in range(a, comma)):
            return False
        return self._finite_opens(k, stop)

    def _main_verb_at(self, k: int, stop: int, first: bool = True) -> bool:
        """Does a verb open the words from token k after a subject's relative clause: a finite verb,
        a cue, or a lower-case word in -s before a determiner or a word that is no verb ('sells power')? An
        auxiliary and a negation count though they open cues elsewhere ('Ana Lind, who said C, did not respond',
        'could not be reached'), after the first comma of C only (`first`: 'who said the mayor, a former banker,
        did not know C' is one content; a bare 'had' may follow an appositive anywhere: 'the bidder, Tarn Ltd, had')."""
        low = self.w(k)
        if not low or self.t[k].cap or low in DETERMINERS or low in PRONOUNS or low in _ADJUNCT_PREPS \
                or low in ("and", "or", "but") or low.endswith(("ly", "ing")):
            return False
        negated = first and low in _FINITE and (low.endswith("n't") or self.w(k + 1) == "not")
        return self._finite_opens(k, stop) or k in self.cue_index or negated or (
            low.endswith("s") and not low.endswith("ss") and k + 1 < stop and self.t[k + 1].kind == "w"
            and not self.t[k + 1].cap and self.w(k + 1) not in ("and", "or"))

    def _finite_opens(self, k: int, stop: int) -> bool:
        """Does a finite verb that is no cue open the words from token k (-ly adverbs before it)?"""
        y = k
        while y < stop and self.w(y).endswith("ly") and not self.t[y].cap:
            y += 1
        low = self.w(y)
        return y < stop and self.t[y].kind == "w" and not self.t[y].cap and low not in self.lex.cues_by_first and (
            low in _FINITE or low in _IRREGULAR_PAST or len(low) > 3 and low.endswith(("ed", "es", "ds", "ts", "ns"))
            and low not in DETERMINERS and low not in _ADJUNCT_PREPS)

    def _title_start(self, a: int) -> bool:
        """Does token a open a noun phrase: a determiner, or a capital that is not a preposition?"""
        return self.w(a) in DETERMINERS or self.t[a].cap and self.w(a) not in _ADJUNCT_PREPS

    def _coordinated_denial(self, i: int, j: int, frame: Frame, stop: int, prev: Frame) -> _Step | None:
        """'... but did not confirm (Swedish media) reports that B', or '... but denied that B'."""
        k = j
        np = self.np_after(k, stop)
        noun = None
        if np and self.w(np[1]) in self.lex.report_nouns and self.w(np[1] + 1) == "that":
            noun = np[1]
        elif np and self.w(np[1] - 1) in self.lex.report_nouns and self.w(np[1]) == "that":
            noun = np[1] - 1
        elif self.w(k) in self.lex.report_nouns and self.w(k + 1) == "that":
            noun, np = k, (k, k)
        if noun is not None and np is not None:
            report = Frame(None, self.w(noun), self.t[noun].start, self.t[noun].end,
                           self.span(np[0], noun) if noun > np[0] else None)
            report.contradicts_previous = True
            end, split = self.content_end(noun + 2, stop)
            self.add_content(report, noun + 2, end)
            report.attribution_spans.append((self.t[i].start, self.t[noun + 1].end))
            if not report.contents:
                return None
            return _Step(report, split if split is not None else end, leads=False)
        if self.w(j) != "that":
            return None
        frame.inherit = "previous"
        frame.speaker = prev.speaker
        end, split = self.content_end(j + 1, stop)
        self.add_content(frame, j + 1, end)
        if not frame.contents:
            return None
        return _Step(frame, split if split is not None else end, leads=False)

    def _quoted_saying(self, j: int, stop: int) -> tuple[tuple[int, int], tuple[int, int, Cue]] | None:
        """After 'OUTLET quoted': the one quoted and the 'saying' cue after them, if both are there."""
        np = self.np_after(j, stop, appositive=True)
        if not np:
            return None
        k = np[1]
        if self.is_p(k, ",") and self.w(k + 1) in ("who", "whom"):
            # ('quoted a former driver, who was not named, as saying C': the clause describes the one quoted)
            k = next((x for x in range(k + 2, min(k + 16, stop)) if self.is_p(x, ",")), k)
        if self.is_p(k, ","):
            k += 1
        if self.w(k) == "as":
            k += 1
        say = self.cue_at(k)
        if say is None or say[2].lemma != "say":
            return None
        return np, say

    def _quoted_frame(self, i: int, j: int, frame: Frame, subj: tuple[int, int],
                      quoted: tuple[tuple[int, int], tuple[int, int, Cue]], begin: int, stop: int) -> _Step | None:
        """OUTLET quoted X (as) saying C: X is the speaker, OUTLET the outlet."""
        np, say = quoted
        frame.outlet = self.span(*subj)
        frame.speaker = self.span(*np)
        frame.cue_text = f"{self._cue_text(i, j)} ... {self._cue_text(say[0], say[1])}"
        frame.attribution_spans.append((self.t[i].start, self.t[say[1] - 1].end))
        if i > begin:
            frame.attribution_spans.append((self.t[begin].start, self.t[i].start))
        got = self.parse_after(say[1], say[2], frame, stop)
        if not got:
            return None
        k2, mark = got
        end, split = (k2 + 1, None) if mark == "quote" else self.content_end(k2, stop)
        if mark == "quote":
            end2, split = self.content_end(k2 + 1, stop)
        self.add_content(frame, k2, end)
        if not frame.contents:
            return None
        return _Step(frame, split if split is not None else end)

    def _verb_object(self, a: int, b: int) -> bool:
        """Are tokens [a, b), read back from a participle cue, a verb with its object ('issued a
        statement', 'running a TV spot', 'quote Trump'), not a subject ('fired staffers', 'even
        a columnist', 'including an adviser')?"""
        first = self.t[a]
        return first.kind == "w" and not first.cap and first.low not in DETERMINERS and first.low not in PRONOUNS \
            and first.low not in self.lex.openers and first.low not in _ADJUNCT_PREPS and first.low != "including" \
            and not self._describes_person(first.low) and any(
                self.t[k].cap or self.t[k].low in DETERMINERS for k in range(a + 1, b))

    def who_after_member(self, np: tuple[int, int]) -> tuple[int, int]:
        """'two analysts at Berenberg, who estimated C', 'a nurse at Selbrook General Hospital, who said C': 'who'
        after a name that follows a preposition and a noun for people points back at the people, not at the
        name; the mention runs from them through 'who' (never from a record: 'a memo from X's manager, who'). Else
        `np` as it is."""
        a, b = np
        head = self.w(a - 2)
        if not (b - a >= 3 and self.w(b - 1) == "who" and self.is_p(b - 2, ",") and self.w(a - 1) in _NP_INNER
                and self._person_head(a - 2) and head not in self.lex.record_nouns and head not in self.lex.evidence_nouns):
            return np
        whole = self._np_before_any(b - 2)
        return (whole[0], b) if whole is not None and whole[1] == b - 2 and whole[0] < a else np

    def _member_end(self, y: int) -> int | None:
        """Where the words naming members of a group spoken of before end when they open at token y
        (grammar.json member_subjects and plural_members: 'one', 'another', 'the other', 'a second', 'some'), with a
        noun for people or 'of them' after them ('another official', 'the other engineer', 'another of them'); None
        for any other words ('another report', 'one bill')."""
        z = next((y + n for n in (2, 1) if self.t[y].kind == "w" and " ".join(self.w(x) for x in range(y, y + n))
                  in _MEMBERS and all(self.t[x].kind == "w" for x in range(y, y + n))), None)
        if z is None:
            return None
        if self.w(z) == "of" and self.w(z + 1) in _PLURAL_OBJECT_PRONOUNS:
            return z + 2  # ('another of them')
        return z + 1 if z < self.end and self.t[z].kind == "w" and self._person_head(z) else z

    def _member_subject_before(self, i: int) -> bool:
        """Do the words naming members of a group (`_member_end`) open a clause just before a verb in the past or
        the present at token i ('Another cautioned that C', 'C, but some said D', 'C, while each insists D')?"""
        low = self.w(i)
        y = next((y for y in (i - 1, i - 2) if y >= self.begin and self._member_end(y) == i), None)
        if y is None or self._person_head(i + 1):
            return False  # ('another alleged victim said': the member's description)
        present = low.endswith("s") and not low.endswith("ss") and self.w(i - 1) not in _PLURAL_MEMBERS
        if not (low.endswith("ed") or present or low in _NP_STOP or low in _IRREGULAR_PAST):
            return False  # ('some claims were false': a noun after a plural member)
        return y == self.begin or self.is_p(y - 1, ",;") or self.w(y - 1) in _MEMBER_JOINS

    def _person_head(self, k: int) -> bool:
        """Is the word at token k a noun for a person or people ('nurse', 'officials', 'spokesman')?"""
        low = self.w(k)
        return low in self.lex.anonymous_heads or low in self.lex.title_words or low in self.lex.group_heads \
            or self._person_head_word(low)

    def _person_head_word(self, low: str) -> bool:
        """Is `low` a noun for a person or people by their work ('technician', 'nurses', 'fishermen')?"""
        return self.lex.occupation(low)

    def _describes_person(self, low: str) -> bool:
        lex = self.lex
        return low in lex.modifiers or low in lex.title_words or low in lex.anonymous_heads or low in lex.group_heads \
            or low in lex.institution_heads

    def _speaker_elsewhere(self, i: int, cue: Cue, frame: Frame, begin: int, prev: Frame | None, *,
                           participle: bool, coordinated: bool, after_prep: bool) -> bool:
        """A cue with no subject before it: the speaker is the previous frame's ('..., adding C'),
        or the sentence's subject ('in demanding C', 'and said B'); False when there is none."""
        if participle and (coordinated or after_prep):
            own = self._clause_subject_before(i, begin) if self.is_p(i - 1, ",") else None
            if own is not None:
                return self._own_clause_speaker(i, frame, own)
            if prev is not None and not after_prep:
                frame.speaker = prev.speaker
                frame.inherit = "previous"
                frame.outlet = prev.outlet
                return True
            np = self.np_forward_subject(begin)
            if np is None or np[1] > i:
                return False
            frame.speaker = self.span(*np)
            frame.subject_speaker = after_prep
            if not after_prep and begin == self.begin and self.is_p(i - 1, ",") and not any(
                    x in self.cue_tokens for x in range(np[1], i)):
                # 'The ministry withdrew the statement, saying C': the main clause is
                # the publisher's report, C the ministry's
                frame.subject_speaker = True
                frame.own = (self.t[begin].start, self.t[i - 1].start)
            frame.attribution_spans.append((self.t[begin].start, self.t[i].start))
            return True
        if coordinated and (self.w(i - 1) in ("and", "but") or self._joined_auxiliary(i) is not None) and prev is not None:
            frame.speaker = prev.speaker
            frame.inherit = "previous"
            frame.outlet = prev.outlet
            return True
        if self.w(i - 1) in ("and", "but") and begin == self.begin and not cue.phrase:
            # 'X exhorted voters to ... and said B': the sentence's subject said B
            np = self.np_forward_subject(begin)
            if np is None or np[1] >= i - 1:
                return False
            frame.speaker = self.span(*np)
            frame.subject_speaker = True
            if self._reports_after_and(i, cue):
                last = i - 3 if self.is_p(i - 2, ",") else i - 2
                frame.own = (self.t[begin].start, self.t[last].end)
            frame.attribution_spans.append((self.t[begin].start, self.t[i].start))
            return True
        return False

    def _own_clause_speaker(self, i: int, frame: Frame, np: tuple[int, int]) -> bool:
        """'X said C, and the league sued the city, saying D': the league says D; its clause before the
        comma is the publisher's report."""
        frame.speaker = self.span(*np)
        frame.subject_speaker = True
        frame.own = (self.t[np[0]].start, self.t[i - 2].end)
        frame.attribution_spans.append((self.t[np[0]].start, self.t[i].start))
        return True

    def _reports_after_and(self, i: int, cue: Cue) -> bool:
        """'The union welcomed the plan but said C': does the cue at i, after the 'and' or 'but' of a
        sentence's subject, report what was said ('said', 'told', or any cue before 'that', a
        quotation or a comma), so that the publisher's own report is the first clause alone and C
        the subject's? Not a thought, a stance or a deed with an object ('they will shop and think
        twice', 'engineered a floor fight and denied the rival a photograph'), nor what a negation
        before it says was not said ('X did not come out and say C'): the sentence stays whole."""
        j = i + len(cue.words)
        if any(self.w(x) in _VERB_NEGATORS or self.w(x).endswith(("n't", "n’t")) for x in range(self.begin, i)):
            return False
        return not (cue.mental or cue.stance or cue.infinitive or cue.directive or cue.noun_object) and (
            cue.lemma in ("say", "tell", "add") or self.w(j) == "that" or self.is_q(j) or self.is_p(j, ",:"))

    def _subject_speaker(self, frame: Frame, subj: tuple[int, int], cue: Cue, begin: int) -> None:
        """The subject before the cue speaks; in a relative or subordinate clause the sentence is
        the publisher's too."""
        if cue.evidence_subject:
            subj = self._maker_without_sample(subj)
        frame.speaker = self.span(*subj)
        frame.speaker_is_outlet = cue.hint == "media"
        # 'The bridge, which the council calls "the spine", reopened': the sentence itself is
        # the publisher's, the relative clause holds the council's words
        before = self.w(subj[0] - 1) if subj[0] > begin else ""
        relative = before in ("which", "whom") and (
            self.is_p(subj[0] - 2, ",") or self.w(subj[0] - 2) in _RELATIVE_PREPS)
        # 'The council voted, after engineers warned that C': a subordinate clause's report
        # leaves the main clause, and the sentence, to the publisher
        # (the subject of 'an audit by X found' starts with the record its maker speaks for)
        first = (self._record_start(subj[0]) if cue.evidence_subject else None) or subj[0]
        subordinate = self.w(first - 1) in _SUBORDINATORS and first - 1 > self.begin
        frame.subject_speaker = relative or subordinate
        if subordinate and not relative:
            # 'X resigned on Monday, days after an audit found C': the publisher's part ends before
            # the clause whose subject reports C
            frame.own = self._main_clause(begin, first - 1)
        comma = subj[0] - 2
        if before in ("and", "but") and comma - begin >= 5 and self.is_p(comma, ",") and self._finite_between(begin, comma) \
                and not any(x in self.cue_tokens or self.is_q(x) for x in range(begin, comma)):
            # 'Ferries have been cancelled for three days, and the operator says C': the
            # first clause is the publisher's own statement
            frame.subject_speaker = True
            frame.own = (self.t[begin].start, self.t[comma - 1].end)
        if relative and self.w(subj[0] - 2) in _RELATIVE_PREPS and subj[1] - subj[0] == 1 \
                and self.w(subj[0]) in PRONOUNS:
            # 'withdrew a statement in which it said C': 'it' is the main clause's subject
            ante = self.np_forward_subject(self.begin)
            if ante is not None and ante[1] < subj[0]:
                frame.antecedent = self.span(*ante)

    def _main_clause(self, begin: int, sub: int) -> tuple[int, int] | None:
        """The words of the main clause before the subordinator at token sub, the time of the clause
        ('days after', 'a week before') and its comma left out; None when no clause is left."""
        x = sub
        while x > begin and (self.is_p(x - 1, ",") or self.w(x - 1) in _LAPSE or self.t[x - 1].low.isdigit()):
            x -= 1
        if x - begin < 3 or self.w(begin) in _SUBORDINATORS or not (self._finite_between(begin, x) or any(
                self.w(y) in _IRREGULAR_PAST for y in range(begin, x))):
            return None  # ('His popularity, even after X said C, shows': no clause of its own before it)
        return self.t[begin].start, self.t[x - 1].end

    def _subject_of_quote(self, k: int, q: int, cue: Cue) -> bool:
        """Are the words [k, q) after a cue that takes a clause the subject of a quotation that
        goes on as its verb ('says her council "did the wrong thing"', 'said the businessman
        "can't win"'), not an object the quotation names ('affirmed the "X"')? The quotation
        opens in lower case."""
        if not cue.bare_clause or cue.characterizes or cue.stance or q == k:
            return False
        quote = self.t[q].quote
        inner = self.text[quote.inner[0]:quote.inner[1]].lstrip() if quote is not None else ""
        return inner[:1].islower() and inner.split(" ", 1)[0] not in DETERMINERS

    def _verb_content(self, i: int, j: int, cue: Cue, frame: Frame, subj: tuple[int, int] | None,
                      begin: int, stop: int) -> _Step | None:
        """The content after a verb cue whose speaker is known: a quotation or a clause."""
        got = self.parse_after(j, cue, frame, stop)
        if not got:
            if frame.pending and subj is not None:
                return _Step(frame, None, leads=False)
            return None
        k, mark = got
        if mark == "quote":
            run_end, split = self.content_end(k + 1, stop)
            if self._quote_runs_on(k, run_end):
                self.add_content(frame, k, run_end)  # 'said "C" every time D': the quotation opens a clause
                consumed = run_end if split is None else split
                return self._verb_step(i, k, frame, subj, begin, consumed)
            self.add_content(frame, k, k + 1)
            nxt = self.cue_at(k + 1)
            if nxt is not None and (" ".join(nxt[2].words) in self.lex.continuations
                                    or nxt[2].words[0] in self.lex.continuations):
                split = k + 1
            # '"A," adding, "B"' handled by the split; plain trailing words are dropped
            consumed = stop if split is None else split
        else:
            clause = self._clause_content(k, mark, cue, frame, subj, stop)
            if clause is None:
                return None
            end, split = clause
            self.add_content(frame, k, end)
            consumed = split if split is not None else end
            frame.deed = mark == "bare" and self._deed(k, end, cue, frame)
        return self._verb_step(i, k, frame, subj, begin, consumed)

    def _deed(self, k: int, end: int, cue: Cue, frame: Frame) -> bool:
        """Are tokens [k, end) after a cue only its object, no clause nor quotation, the cue no
        stance, verdict, denial or request ('declared a drought in May', 'reported a
        loss of 40 million crowns')?"""
        if frame.report_object is not None or frame.stance_object or cue.infinitive or cue.directive \
                or cue.figure_object or cue.negation or cue.characterizes or cue.hint == "contradiction" \
                or any(self.t[x].kind == "q" for x in range(k, end)):
            return False  # ('rejected the charge', 'blamed a faulty pump', 'called the plan "a lie"': a view given)
        return cue.hint != "neutral" and not self._finite_between(k, end)

    def _verb_step(self, i: int, k: int, frame: Frame, subj: tuple[int, int] | None, begin: int,
                   consumed: int | None) -> _Step:
        """The step of a verb cue at token i whose content starts at token k: the words that
        attribute it (subject, cue, what lies between) are recorded on the frame."""
        frame.attribution_spans.append((self.t[subj[0]].start if subj else self.t[i].start, self.t[i].start))
        frame.attribution_spans.append((self.t[i].start, self.t[k].start if k < self.n else self.sentence.end))
        if i > begin and subj is not None and subj[0] > begin and not frame.subject_speaker:
            frame.attribution_spans.append((self.t[begin].start, self.t[subj[0]].start))
        return _Step(frame if frame.contents else None, consumed)

    def _quote_runs_on(self, k: int, end: int) -> bool:
        """Does the clause go on after the quotation at token k up to token `end` ('said "it
        gets me mad" every time he drives past', 'said he is "ready" because "we trained"'): a
        word that names no one, is no cue and joins no second verb of the speaker's opens two or
        more words, and the quotation does not close a sentence of its own?"""
        if end - (k + 1) < 2 or self.t[k + 1].kind != "w" or self.t[k + 1].cap or (k + 1) in self.cue_tokens \
                or self.w(k + 1) in ("and", "but", "or"):
            return False  # ('said "goodbye" and left': the speaker's next deed)
        inner = self.text[self.t[k].start:self.t[k].end].rstrip("\"”’'» ")
        return not inner.endswith((".", "!", "?", ","))

    def _clause_content(self, k: int, mark: str, cue: Cue, frame: Frame, subj: tuple[int, int] | None,
                        stop: int) -> tuple[int, int | None] | None:
        """Where a reported clause starting at token k ends, and the cue that splits it; None when
        the cue's object is no statement ('attacked the council, saying C': the statement is C)."""
        end, split = self.content_end(k, stop)
        if mark == "quoted_subject":
            return next(x + 1 for x in range(k, stop) if self.is_q(x)), None
        if mark == "bare" and cue.infinitive and self.w(k) == "to":
            end = self._plan_end(k, end)
        if frame.stance_object:
            # 'endorsed Clinton for president on Thursday, another sign ...': the object ends
            # at a comma or an adjunct
            # (a noun object runs on: 'blamed the fire on faulty wiring', 'forecast snow until Friday')
            end = next((x for x in range(k + 1, end) if self.is_p(x, ",;") and not (cue.noun_object and self._names_listed(x, end))
                        or not cue.noun_object and (self.w(x) in _OBJECT_ENDS or self.t[x].kind == "d")), end)
        # ('rejected the claims that C, saying D' denies C, its report's clause; 'rejected the
        # assertions, saying D' denies the report the assertions are)
        after = self.cue_at(split) if split is not None and cue.stance and frame.report_object is None else None
        if after is not None and " ".join(after[2].words) in self.lex.continuations:
            return None
        if subj is not None and subj[0] - 1 == self.begin and self.w(self.begin) in _SUBORDINATORS:
            # 'While he acknowledged C, Ham noted D': the subordinate clause ends at its comma,
            # or where the main clause's reporter begins
            comma = next((x for x in range(k + 1, end) if self.is_p(x, ",") and not self.separates_thousands(x)), end)
            main = next((c for c in self.cues if k < c[0] < comma), None)
            if main is not None:
                np = self.np_before(main[0])
                comma = np[0] if np is not None and np[0] > k else comma
            if comma < end:
                end, split = comma, None
        if frame.relative_clause:
            # 'Brenmoor, which says C, sells power': the relative clause ends where the main verb follows a comma
            commas = [x for x in range(k + 1, end) if self.is_p(x, ",")]
            end = next((x for n, x in enumerate(commas) if self._main_verb_at(x + 1, end, first=n == 0)), end)
        if frame.subject_speaker and subj is not None and self.w(subj[0] - 1) in ("which", "whom"):
            # the relative clause ends where the main clause goes on: '..., after X happened'
            end = next((x for x in range(k + 1, end - 1) if self.is_p(x, ",")
                        and self.w(x + 1) in _CLAUSE_ADJUNCTS), end)
        return end, split


# the time words that may stand between a relative pronoun and its cue ('who last week told', 'which earlier
# this month said'): grammar.json adjunct_words less the words of 'told reporters'
_RELATIVE_TIMES = _ADJUNCT_WORDS - {"told", "reporters"}

# the words before a subordinator that go with its clause: a lapse of time ('days after', 'a week
# before', 'shortly after'), a degree ('particularly when', 'even after', 'in part because'), a conjunction
_LAPSE = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "ten", "few", "several", "just",
                    "only", "shortly", "soon", "moments", "minutes", "hours", "hour", "days", "day", "weeks", "week",
                    "months", "month", "years", "year", "even", "particularly", "especially", "mainly", "largely",
                    "partly", "in", "part", "than", "and", "but", "or"})

# words that end the words before a cited record's noun: a clause or another phrase begins ('in a memo
# released as polls closed', 'in a request for the polling data')
_RECORD_BREAKS = _ADJUNCT_PREPS | _SUBORDINATORS | frozenset(
    {"as", "about", "for", "to", "by", "into", "than", "like", "and", "but", "or", "that", "who", "which", "whose"})

# words after a cited record's noun that still name when, where or among whom it was taken ('conducted
# in late May', 'released earlier this week', 'of likely voters in the state')
_RECORD_TAIL_WORDS = frozenset({"of", "from", "by", "in", "on", "at", "among", "last", "this", "the", "a", "an", "earlier",
                                "late", "early", "week", "weekend", "month", "year", "weeks", "months", "days"})

# where a record is put: 'posted on its website', 'filed with the state', 'lodged at the registry'
_KEPT_AT = frozenset({"on", "in", "at", "with", "to"})

# the words of 'as much as', 'as many as', 'as high as' before a figure
_AS_MUCH = frozenset({"much", "many", "high", "low", "little", "few"})

# an ordinal written in figures ('2nd', '41st'), which a body's name may hold before a capitalised word
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _frame_order(f: Frame) -> tuple[int, bool]:
    """Frames in the order of their contents; of two at the same words, a denial of the report the
    other frame reads ('rejected the mayor's claim that C', report_object 'clause') last."""
    return (f.contents[0].start if f.contents else 0, f.report_object == "clause")


def _joins_name(tok: Token) -> bool:
    """A hyphen, apostrophe, full stop or ampersand inside a name ("O'Brien", "A. B.", "AT&T"), or the
    at sign of an account's handle ('Instagram user @JolbyFloods')."""
    return tok.kind == "p" and tok.low in "-'\u2019.&@"


def _participle(word: str) -> bool:
    """Could word be a past participle ('issued', 'held')? Read loosely: -ed or a common irregular form."""
    return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PARTICIPLES


# the writer's words set after an indirect content, where PolNeAR's annotators end it (about 125 contents run on
# into them in the 840 training articles): a clause beside it after a comma ('C, while Y ...'), a closing noun
# phrase that comments on it ('C, a move that ...') and a setting of time ('C as she campaigns ...'), not a
# comparison the content holds ('as many votes as she needs'). Held out (folds A and B: every 5th training
# article from the 1st / the 3rd, each scored with a model trained on the other four fifths), rules' and model's
# indirect contents: content F1 0.7386 -> 0.7402 and 0.7094 -> 0.7119, content+speaker 0.6810 -> 0.6827 and
# 0.6525 -> 0.6544, speaker accuracy 0.8991 -> 0.8993 and 0.9169 -> 0.9164
_WRITERS_CLAUSE = re.compile(
    r",\s+" + alternation("writer_clause_openers") + r"\b"
    r"|,\s+" + alternation("appositive_openers") + r"\s+(?:[\w'\u2019-]+\s+){0,3}?" + alternation("appositive_relatives") + r"\b"
    r"|,\s+" + alternation("appositive_openers") + r"\s+(?:[\w'\u2019-]+\s+)?" + alternation("comment_nouns") + r"\s+"
    + alternation("comment_preps") + r"\b"
    r"|,?\s+as\s+" + alternation("setting_subjects") + r"\s+[a-z]+(?:s|ed)\b")
_ASIDE = re.compile(r"(?:\s+[\w'\u2019-]+){1,2},")  # ', while painful,': an aside, the content goes on
_COMPARISON_BEFORE = re.compile(r"\b" + alternation("comparison_words") + r"(?:\s+[\w'\u2019-]+){1,3}\s*$")


def writers_clause(text: str, s: int, e: int, head: int = 4) -> int:
    """Where the indirect content text[s:e] ends when the writer's words follow it inside the span, after at
    least `head` words of it and outside any quotation it holds: before ', while ...', ', a move that ...',
    ', a swipe at ...' or 'as he campaigns ...' (grammar.json); else e. An aside set off inside it stays ('the cut, while painful,
    was needed'), as does an appositive after its first words ('the firm, a lender that sued, said')."""
    for m in _WRITERS_CLAUSE.finditer(text, s, e):
        at = m.start()
        if len(text[s:at].split()) < head or _opens(text, s, at) > _closes(text, s, at) or text.count('"', s, at) % 2 \
                or _COMPARISON_BEFORE.search(text, max(s, at - 40), at) or _ASIDE.match(text, m.end(), e):
            continue
        while at > s and text[at - 1] in " ,":
            at -= 1  # (the words before it, without copying the text up to it)
        return at
    return e


def _opens(text: str, s: int, e: int) -> int:
    return sum(text.count(m, s, e) for m in "\u201c\u00ab")


def _closes(text: str, s: int, e: int) -> int:
    return sum(text.count(m, s, e) for m in "\u201d\u00bb")


def parse_sentence(text: str, sentence: Sentence, tokens: list[Token], begin: int = 0) -> list[Frame]:
    """Attribution frames of one sentence, in text order."""
    if not tokens:
        return []
    return _Parser(text, sentence, tokens, lexicon(), begin).parse()


def subject_of(text: str, sentence: Sentence, tokens: list[Token], begin: int, cue: tuple[int, int],
               content_first: bool = False) -> tuple[int, int] | None:
    """The words naming who speaks through a cue the rules did not read (the statistical model's),
    by the rules' noun phrases: the subject just before it ('Aides to X say C'); for a participle
    after a comma or a preposition, a cue after 'and', or a subject the noun phrases cannot read
    back to ('X, 21, a student, said C'), the sentence's subject ('X deflected questions before
    saying C'); when the content comes first, the noun phrase after the cue ('"C," declared X').
    None when there is none."""
    p = _Parser(text, sentence, tokens, lexicon(), begin)
    i = bisect_left(p.starts, cue[0])
    j = bisect_left(p.starts, cue[1], i)
    if not p.begin <= i < j:
        return None
    after = p.np_after(j, appositive=True) if content_first and (p.is_q(i - 1) or p.is_p(i - 1, ",")) else None
    if after is not None:
        return p.span(*after)
    lead = p.begin + (p.w(p.begin) in _SENTENCE_CONJUNCTIONS)
    if i - lead <= 2 and all(p.w(k) in _PARTICIPLE_ADJUNCT_LEADS for k in range(lead, i)) and (
            p.w(i).endswith("ing") or p.w(i - 1) == "having"):
        # 'After thanking the crowd, she touted C', 'Having announced that C, the judge ...', 'But while denouncing
        # C, she has ...': the participle opens the sentence, its subject is the one after the adjunct's comma
        np = p.np_forward_subject(lead)
        return p.span(*np) if np is not None and np[0] >= j else None
    joined = p.is_p(i - 1, ",") or p.w(i - 1) in _SUBJECT_JOINS
    np = None if p.w(i).endswith("ing") and joined else p.np_before(i)
    if np is None and i > p.begin and joined:
        start = p.begin
        if p.w(start) in _OPENING_PREPS:
            start = next((k + 1 for k in range(start, min(i, start + 15)) if p.is_p(k, ",")), start)
        np = p.np_forward_subject(start)
        np = np if np is not None and np[1] < i else None
    return p.span(*np) if np is not None else None


def phrase_at(text: str, sentence: Sentence, tokens: list[Token], begin: int, at: int) -> tuple[int, int] | None:
    """The noun phrase that starts at offset `at` (the agent after a passive cue's 'by'), or None."""
    p = _Parser(text, sentence, tokens, lexicon(), begin)
    i = bisect_left(p.starts, at)
    np = p.np_after(i, appositive=True) if p.begin <= i < p.n and p.starts[i] == at else None
    return p.span(*np) if np is not None else None


def records_by_head(low: list[str], lex: Lexicon) -> bool:
    """Do the words, lower-case, name records or evidence by their head noun, the last before a word that links
    what follows (cues.json's record and evidence nouns: 'customs permits', 'internal documents from the port';
    never 'two people familiar with the investigation')?"""
    cut = next((k for k, w in enumerate(low) if k and w in RECORD_HEAD_ENDS), len(low))
    return cut > 0 and (low[cut - 1] in lex.evidence_nouns or low[cut - 1] in lex.record_nouns)
