"""Claim text matching: the claim matcher, and the rapidfuzz helpers diff aligns with.

`Matcher` (`matcher()` for the shipped one) says whether two claims say the same thing: a
logistic regression over cheap features of the two texts (`features`: word and stem overlaps,
the longest common subsequence, rapidfuzz ratios, lengths, n-gram precision, whether numbers,
dates or negations differ at all; each text is `prepare`d once: a table lookup a token), whose
coefficients and threshold are learned on the MSRP train split by `benchmarks/matching.py
--train` and ship in data/matcher.json (10-fold cross-validated accuracy 0.763, F1 0.824).
`Matcher.match_many` judges a batch of pairs at once (`feature_matrix`: rapidfuzz and numpy over
the whole batch), many times faster than a pair at a time. Beside its score it gives a conflict
signal (`conflict`): a word one claim negates and the other, negating nothing, states; a number
or date of one where the other gives another about the same thing. A conflict is never
agreement: the rules make it a candidate `contradicts`, review carry-over refuses it.
Corroboration and review carry-over use it, each at its threshold in `provenance.tuning`.

`normalise` folds case, quotes and punctuation so that trivial edits do not count; `fingerprint`
is an exact key on the normalised text; `similarity` is a 0..1 score; `content_words` gives the
words worth indexing for blocking (candidate pairs without an all-pairs scan).

`claim_similarity` is what diff aligns claims on: the mean of `similarity` (characters, word
order ignored) and the ratio of the word sequences (word order kept). The word half keeps
unrelated claims apart: on the seed article, unrelated claim pairs score 0.27 (median) and 0.43
(99th percentile) on it against 0.44 and 0.59 on `similarity` alone, while reworded, shortened and
extended claims keep 0.6 or more.

Bulk callers (diff aligns 100,000 claims) normalise each text once and then work on the
normalised form: `sort_key` + `key_similarity` give exactly `similarity` without normalising
again, `word_ids` + `ids_similarity` the word-sequence half, and `words_of` gives
`content_words` of an already normalised text.
"""

from __future__ import annotations

import difflib
import hashlib
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from provenance.datafiles import load_data
from provenance.errors import DataFileError, ProvenanceError
from provenance.folding import fold
from provenance.tuning import DIFFERENCE_REACH, MONEY_REACH, NUMBER_CONTEXT_SHARED, NUMBER_WINDOW, RATE_REACH

_TOKEN = re.compile(r"\S+")
STOPWORDS = frozenset("""
a about after against all also an and any are as at be been before being between both but by can could
did do does for from had has have he her his how i if in into is it its more most my no not of on or our
out over said says she so some such than that the their them then there these they this those through to
under until up very was we were what when where which while who will with would you your
""".split())


def normalise(text: str) -> str:
    """Case-folded, accent-stripped text without punctuation, single-spaced.

    >>> normalise("“Buenos Aires” and Lima  agreed.")
    'buenos aires and lima agreed'
    """
    return fold(text, words_only=True)


def fingerprint(text: str) -> str:
    """An exact-match key: equal for texts that differ only in case, quotes, punctuation or spacing."""
    return hashlib.blake2b(normalise(text).encode("utf-8"), digest_size=12).hexdigest()


def similarity(a: str, b: str) -> float:
    """How alike two claim texts are, 0..1 (rapidfuzz token-sort ratio on normalised text)."""
    return fuzz.token_sort_ratio(normalise(a), normalise(b)) / 100.0


def sort_key(normalised: str) -> str:
    """The words of a normalised text in sorted order: `key_similarity` of two keys is `similarity`.

    >>> sort_key("buenos aires and lima")
    'aires and buenos lima'
    """
    return " ".join(sorted(normalised.split()))


def key_similarity(a_key: str, b_key: str, cutoff: float = 0.0) -> float:
    """`similarity` of two texts given their `sort_key`s; 0.0 when below `cutoff` (which is faster)."""
    return fuzz.ratio(a_key, b_key, score_cutoff=cutoff * 100.0) / 100.0


def word_ids(normalised: str, vocabulary: dict[str, int]) -> list[int]:
    """The words of a normalised text as numbers (new words are added to `vocabulary`).

    Comparing lists of numbers is much faster in rapidfuzz than comparing lists of strings.
    """
    return [vocabulary.setdefault(word, len(vocabulary)) for word in normalised.split()]


def ids_similarity(a_ids: list[int], b_ids: list[int]) -> float:
    """Word-sequence similarity, 0..1: twice the longest common word subsequence over both lengths."""
    return fuzz.ratio(a_ids, b_ids) / 100.0


def claim_similarity(a: str, b: str) -> float:
    """How alike two claim texts are for alignment, 0..1: the mean of `similarity` and the word-sequence ratio.

    >>> claim_similarity("The talks were positive.", "the talks were positive")
    1.0
    """
    na, nb = normalise(a), normalise(b)
    vocabulary: dict[str, int] = {}
    return (key_similarity(sort_key(na), sort_key(nb)) + ids_similarity(word_ids(na, vocabulary),
                                                                        word_ids(nb, vocabulary))) / 2


def words_of(normalised: str) -> list[str]:
    """`content_words` of a text that is already normalised."""
    seen: dict[str, None] = {}
    for word in normalised.split():
        if len(word) > 2 and word not in STOPWORDS and not word.isdigit():
            seen.setdefault(word, None)
    return list(seen)


def content_words(text: str) -> list[str]:
    """Distinct words of a claim worth indexing: no stopwords, no one- or two-letter words."""
    return words_of(normalise(text))


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """A word-level diff of two texts as (op, words) runs, op one of '=', '-', '+'.

    Words keep their punctuation, so the runs read as the texts do.

    >>> word_diff("the talks were positive", "the talks were very positive")
    [('=', 'the talks were'), ('+', 'very'), ('=', 'positive')]
    """
    a_words, b_words = _TOKEN.findall(a), _TOKEN.findall(b)
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, a_words, b_words, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("=", " ".join(a_words[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("-", " ".join(a_words[i1:i2])))
        if j2 > j1:
            runs.append(("+", " ".join(b_words[j1:j2])))
    return runs


def inline_diff(a: str, b: str) -> str:
    """A word-level diff in one line: removed words in [-...-], added words in {+...+}.

    >>> inline_diff("the talks were positive", "the talks were very positive")
    'the talks were {+very+} positive'
    """
    marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return " ".join(marks[op].format(words) for op, words in word_diff(a, b))


# --- the claim matcher: do two claims say the same thing? --------------------------------------

# A word, a number (commas and decimals kept: "2,500", "2.5") or a word with n't ("didn't").
_MATCH_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’]t\b)?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def stem(word: str) -> str:
    """A light suffix strip, so that plural and past forms meet ("talks" -> "talk").

    >>> stem("discussions"), stem("coordinating"), stem("agreed")
    ('discussion', 'coordinat', 'agre')
    """
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


@lru_cache(maxsize=1 << 16)
def _match_stem(word: str) -> str:
    """`stem`, and a final e off, so that "agree" meets "agreed" and "close" "closing".

    >>> _match_stem("agree"), _match_stem("agreed"), _match_stem("ceasefires")
    ('agre', 'agre', 'ceasefir')
    """
    found = stem(word)
    return found[:-1] if found.endswith("e") and len(found) >= 5 else found


@dataclass(frozen=True)
class _Language:
    negations: frozenset[str]
    number_words: dict[str, str]
    months: frozenset[str]
    weekdays: frozenset[str]
    skip: frozenset[str]
    model: dict[str, Any]
    measures: frozenset[str] = frozenset()
    infinitives: frozenset[str] = frozenset()  # verbs of their own before an object ('failed a test')
    objects: frozenset[str] = frozenset()  # the words that open that object ('a', 'the', 'any')
    shares: frozenset[str] = frozenset()  # after a measure word, the whole a share is of ('percent of')
    changes: frozenset[str] = frozenset()  # before a figure, a change ('grow by')
    per: frozenset[str] = frozenset()  # before a period, a rate ('a year', 'per day')
    periods: frozenset[str] = frozenset()
    rates: frozenset[str] = frozenset()  # a rate in a word ('annually')
    differences: frozenset[str] = frozenset()  # before a figure, the gap between two counts ('difference')
    difference_links: frozenset[str] = frozenset()  # between that word and its figure ('is', 'of')
    repeats: frozenset[str] = frozenset()  # after a count, the things done again ('sold twice')


@lru_cache(maxsize=1)
def _language() -> _Language:
    data = load_data("matcher.json")
    try:
        negations, numbers = frozenset(data["negations"]), dict(data["number_words"])
        months, weekdays = frozenset(data["months"]), frozenset(data["weekdays"])
        return _Language(negations, numbers, months, weekdays, negations | months | weekdays | numbers.keys(),
                         dict(data["model"]), frozenset(data["measure_words"]),
                         frozenset(data["infinitive_negations"]) & negations, frozenset(data["infinitive_objects"]),
                         frozenset(data.get("share_words", [])), frozenset(data.get("change_words", [])),
                         frozenset(data["rate_words"]["per"]), frozenset(data["rate_words"]["periods"]),
                         frozenset(data["rate_words"]["alone"]), frozenset(data.get("difference_words", [])),
                         frozenset(data.get("difference_links", [])), frozenset(data.get("repeat_words", [])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(f"provenance/data/matcher.json is malformed ({exc!r} missing or wrong): fix the file "
                            "or reinstall provenance") from None


def _is_content(word: str) -> bool:
    """A content word: three letters or more, not a stopword, number, date or negation."""
    return len(word) > 2 and word not in STOPWORDS and word not in _language().skip and not word[0].isdigit() \
        and not word.endswith("n't")


# What a word is to `_values_and_negations`, a character each (`Prepared.kinds`): nothing, a
# negation, digits, a number word, a month or a weekday (the last two only capitalised).
_PLAIN, _NEGATION, _DIGITS, _NUMBER_WORD, _MONTH, _WEEKDAY = " ndwmy"
_MARKED = re.compile(f"[^{_PLAIN}]")  # a word of another kind
# Where a word is no content word (`_is_content`), `Prepared.context` has this.
_NO_CONTENT = " "


def _word_kind(word: str, spelled: str) -> str:
    """The kind of a case-folded word (see `_PLAIN`), spelled as in the text."""
    lang = _language()
    if word in lang.negations or word.endswith("n't"):
        return _NEGATION
    if word[0].isdigit():
        return _DIGITS
    if word in lang.number_words:
        return _NUMBER_WORD
    if not spelled[0].isupper():
        return _PLAIN
    return _MONTH if word in lang.months else _WEEKDAY if word in lang.weekdays else _PLAIN


# What `_Symbols.of_tokens` gives of a whitespace-separated token: its words (`_MATCH_TOKEN`,
# case-folded, accents stripped) joined by spaces, and four characters a word: the word's symbol,
# its stem's, its stem's again if a content word (else `_NO_CONTENT`) and its kind (`_PLAIN`...).
Entry = tuple[str, str]


class _Symbols:
    """One character for each word and each stem seen (a table each), so that rapidfuzz compares a
    text's words, stems and their multisets as strings, much faster than as lists of numbers; and,
    for each whitespace-separated token as spelled, all that preparing a text needs of it
    (`of_tokens`). One generation of tables serves every text prepared with it; when a table is
    full (`LIMIT`) a new generation, empty, takes its place (`_start_again`), and texts prepared
    before are prepared again when compared with newer ones (`_current`).

    Threads share the tables (the web app judges claims in a thread pool): new entries are made
    under a lock, each whole before it is stored, so that no two words share a character and a
    reader never sees half an entry; a text takes one generation's tables for all its preparation.
    """

    # Symbols a table holds at most (fewer than the code points): a bound on memory, about 60 MB
    # for the words, stems and tokens of a full generation; the tokens table may hold twice as many.
    LIMIT = 1 << 18

    def __init__(self, generation: int = 0) -> None:
        self.generation = generation
        self.words: dict[str, str] = {}  # word -> its character and its stem's
        self.stems: dict[str, str] = {}
        self.tokens: dict[str, Entry | None] = {}  # (None: a token of no word, punctuation)
        self._lock = threading.Lock()

    @staticmethod
    def _next(table: Mapping[str, str]) -> str:
        """The character for a new entry of `table` (the lock held)."""
        if len(table) >= _Symbols.LIMIT:
            raise _Full
        code = 0x100 + len(table)
        return chr(code + 0x800 if code >= 0xD800 else code)  # (no surrogates)

    def of_tokens(self, spelled: Sequence[str]) -> list[Entry]:
        """The entries of the tokens of a text that have words, new ones entered in the tables."""
        table = self.tokens
        try:
            return list(filter(None, map(table.__getitem__, spelled)))
        except KeyError:
            with self._lock:
                if len(table) + len(spelled) > 2 * self.LIMIT:
                    raise _Full from None
                for token in spelled:
                    if token not in table:
                        table[token] = self._entry(token)
            return list(filter(None, map(table.__getitem__, spelled)))

    def _entry(self, token: str) -> Entry | None:
        """The entry of a new token (the lock held), its words entered in `words` and `stems`."""
        spelled = _MATCH_TOKEN.findall(fold(token, accents_only=True))
        if not spelled:
            return None
        words = [s.casefold().replace("’", "'") for s in spelled]
        symbols = []
        for word in words:
            both = self.words.get(word)
            if both is None:
                stem = _match_stem(word)
                if stem not in self.stems:
                    self.stems[stem] = self._next(self.stems)
                both = self.words[word] = self._next(self.words) + self.stems[stem]
            symbols.append(both)
        return " ".join(words), "".join(both + (both[1] if _is_content(word) else _NO_CONTENT) + _word_kind(word, s)
                                        for word, s, both in zip(words, spelled, symbols, strict=True))


class _Full(Exception):
    """A table of `_Symbols` is full."""


class MatchError(ProvenanceError):
    """A batch of claims too large to compare at once."""


_SYMBOLS = _Symbols()
_STARTING_AGAIN = threading.Lock()


def _start_again(full: _Symbols) -> None:
    """A new generation of symbols in place of `full` (once, however many threads find it full)."""
    global _SYMBOLS
    with _STARTING_AGAIN:
        if _SYMBOLS is full:
            _SYMBOLS = _Symbols(full.generation + 1)
            prepare.cache_clear()


class Prepared(NamedTuple):
    """What the matcher compares of one claim text, computed once a text (see `prepare`). Strings,
    numbers and tuples only: the garbage collector has nothing in them to walk.

    Its words are its `_MATCH_TOKEN`s (words, numbers, "didn't"), case-folded, accents stripped:
    `text` and `key` are them joined in order and sorted, `words`, `sequence` and `context` have a
    character a word (`_Symbols`): the word's, its stem's, and its stem's again if a content word
    (no stopword, number, date or negation; `_NO_CONTENT` if not). `numbers` are its numbers
    (digits, "twelve" as "12", no years), `dates` the months, weekdays and years it names,
    `values` each number and date with its kind and context (the stems of the nearest content
    words either side), `negations` how many negation words it has and `negated` the stems of the
    words they govern ("not yet agreed" -> agre). `source` is the text itself and `generation`
    that of the symbols it was prepared with.
    """

    text: str
    key: str
    words: str
    sequence: str
    context: str
    numbers: tuple[str, ...]
    dates: tuple[str, ...]
    values: tuple[tuple[str, str, str], ...]
    negations: int
    negated: str
    source: str
    generation: int


# A negation word governs the first content word among the next few ("did not yet agree").
NEGATION_SCOPE = 3
# A number or date is about the nearest content word either side within this many words ("killed
# 12 people": kill, people); two differing numbers conflict only when they are about the same thing.
VALUE_CONTEXT = 3


@lru_cache(maxsize=1 << 16)
def prepare(text: str) -> Prepared:
    """The matcher's view of a claim text (cached: a text is prepared once however often compared).

    >>> p = prepare("The ministry didn't say that 12 people died on Monday in 2024.")
    >>> p.numbers, p.dates, p.negations, len(p.negated)
    (('12',), ('2024', 'monday'), 1, 1)
    """
    return _prepare_now(text)


def _prepare_now(text: str) -> Prepared:
    """`prepare` without its cache, with the current generation of symbols (a new one if full)."""
    symbols = _SYMBOLS
    try:
        return _prepare(text, symbols)
    except _Full:
        _start_again(symbols)
    try:
        return _prepare(text, _SYMBOLS)
    except _Full:
        raise MatchError("a claim text with too many distinct words to compare: split it") from None


_TEXT, _CHARACTERS = itemgetter(0), itemgetter(1)


def _prepare(text: str, symbols: _Symbols) -> Prepared:
    """`prepare` with `symbols`: a table lookup a whitespace-separated token, then two joins."""
    entries = symbols.of_tokens(text.split())
    joined, characters = " ".join(map(_TEXT, entries)), "".join(map(_CHARACTERS, entries))
    words, sequence, context, kinds = (characters[k::4] for k in range(4))
    if _NEGATION in kinds:
        context, kinds = _plain_infinitives(joined, sequence, context, kinds)
    found = _values_and_negations(joined, context, kinds) if kinds.strip() else _NO_VALUES
    return Prepared(joined, " ".join(sorted(joined.split())), words, sequence, context, *found, text, symbols.generation)


def _plain_infinitives(text: str, sequence: str, context: str, kinds: str) -> tuple[str, str]:
    """`context` and `kinds` with each infinitive negation before an object ('the line failed a
    test', 'did not fail any test') or after one ('the failed harvest') a content word, its stem its
    context, rather than a negation ('failed to act' negates 'act', and so does 'declined comment')."""
    lang = _language()
    words = text.split()
    marks = [k for k, kind in enumerate(kinds) if kind == _NEGATION and words[k] in lang.infinitives
             and (k + 1 < len(words) and words[k + 1] in lang.objects or _attributive(words, k))]
    if not marks:
        return context, kinds
    context_chars, kind_chars = list(context), list(kinds)
    for k in marks:
        context_chars[k], kind_chars[k] = sequence[k], _PLAIN
    return "".join(context_chars), "".join(kind_chars)


def _attributive(words: list[str], k: int) -> bool:
    """Whether the infinitive negation at `k` is a participle used as an adjective, after an article
    or a possessive and before no 'to' ('the failed harvest', 'its refused permit'; never 'their
    failure to act', 'the declined to ...')."""
    return k > 0 and words[k - 1] in _language().objects and words[k].endswith("ed") and (
        k + 1 >= len(words) or words[k + 1] != "to")


_NO_VALUES: tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str, str], ...], int, str] = ((), (), (), 0, "")


def _current(first: Sequence[Prepared], second: Sequence[Prepared]) -> tuple[Sequence[Prepared], Sequence[Prepared]]:
    """`first` and `second`, each text of the current generation of symbols (prepared again if not;
    preparing again may start a generation, so until they all agree)."""
    for _ in range(8):
        generation = _SYMBOLS.generation
        if all(p.generation == generation for p in first) and all(p.generation == generation for p in second):
            return first, second
        first = [p if p.generation == generation else _renewed(p.source, generation) for p in first]
        second = [p if p.generation == generation else _renewed(p.source, generation) for p in second]
    raise MatchError("too many distinct words in one batch of claims to compare: compare fewer at a time")


def _renewed(text: str, generation: int) -> Prepared:
    """The text prepared again; past the cache when it holds a text of an older generation (stored
    by another thread after the cache was cleared)."""
    p = prepare(text)
    return p if p.generation == generation else _prepare_now(text)


def _values_and_negations(text: str, context: str, kinds: str) -> tuple[
        tuple[str, ...], tuple[str, ...], tuple[tuple[str, str, str], ...], int, str]:
    """The numbers and dates of a text, each with its kind and context; its negation words and
    the content stems they govern (`Prepared`). `text` is its words, `context` and `kinds` a
    character a word (`Entry`).

    A value's context is the nearest content word either side within `VALUE_CONTEXT` words, other
    values not counted ("in Lima on 12 May 2025": Lima for each of 12, May and 2025).
    """
    words, number_words = text.split(), _language().number_words
    found: dict[int, tuple[str, str]] = {}
    negated, negations = set(), 0
    for marked in _MARKED.finditer(kinds):
        i, kind = marked.start(), marked.group()
        if kind == _NEGATION:
            negations += 1
            head = context[i + 1:i + 1 + NEGATION_SCOPE].lstrip(_NO_CONTENT)
            if head:
                negated.add(head[0])
        elif kind == _DIGITS:
            number = words[i].replace(",", "")  # (a year is four bare digits: '2,000' is a count)
            found[i] = ("year" if _YEAR.fullmatch(words[i]) else "number", number)
        else:
            found[i] = ("number", number_words[words[i]]) if kind == _NUMBER_WORD else \
                ("month" if kind == _MONTH else "weekday", words[i])
    values = tuple((kind, value, _context(context, found, i, -1) + _context(context, found, i, 1))
                   for i, (kind, value) in found.items())
    return (tuple(sorted({v for k, v in found.values() if k == "number"})),
            tuple(sorted({v for k, v in found.values() if k != "number"})), values, negations, "".join(sorted(negated)))


def _context(context: str, values: Mapping[int, Any], i: int, step: int) -> str:
    """The stem of the nearest content word from position i in direction `step` among the next
    `VALUE_CONTEXT` words that are no value, "" when there is none."""
    seen, j = 0, i + step
    while 0 <= j < len(context) and seen < VALUE_CONTEXT:
        if j not in values:
            if context[j] != _NO_CONTENT:
                return context[j]
            seen += 1
        j += step
    return ""


FEATURES = (
    "word_min", "word_max", "word_dice", "stem_min", "stem_max", "stem_dice", "lcs", "characters", "token_sort",
    "partial_stems", "length_ratio", "length_difference", "length_min", "numbers_one_side", "numbers_same",
    "numbers_unmatched", "negation_differs", "numbers_disagree", "dates_disagree", "negation_one_side",
    "ngram_precision",
)


def features(a: Prepared, b: Prepared) -> list[float]:
    """The matcher's features of a pair of prepared texts, in the order of `FEATURES` (one row of
    `feature_matrix`)."""
    return feature_matrix([a], [b])[0].tolist()


def _overlaps(shared: Any, na: Any, nb: Any) -> tuple[Any, Any, Any]:
    """Of multisets of sizes na and nb sharing `shared` items (arrays, a pair a row): the smaller
    and the larger of the shares of each that the other holds too, and their Dice coefficient (1.0
    for two empty ones, 0.0 when one only is empty)."""
    import numpy as np

    both = (na > 0) & (nb > 0)
    pa, pb = shared / np.maximum(na, 1), shared / np.maximum(nb, 1)
    dice = 2 * shared / np.maximum(na + nb, 1)
    empty = np.where(na == nb, 1.0, 0.0)
    return (np.where(both, np.minimum(pa, pb), empty), np.where(both, np.maximum(pa, pb), empty),
            np.where(both, dice, empty))


def feature_matrix(first: Sequence[Prepared], second: Sequence[Prepared]) -> Any:
    """The features of the pairs (first[k], second[k]), a numpy array of a row a pair in the order
    of `FEATURES` (see `_columns`)."""
    import numpy as np

    first, second = _current(first, second)
    if not first:
        return np.zeros((0, len(FEATURES)))
    columns = _columns(first, second)
    return np.stack([columns[name] for name in FEATURES], axis=1)


def _columns(first: Sequence[Prepared], second: Sequence[Prepared]) -> dict[str, Any]:
    """The features of the pairs (first[k], second[k]) by name, an array each: overlaps of words
    and stems, their longest common stem subsequence over the longer's length, rapidfuzz ratios
    (characters in order, words sorted, the best alignment of the shorter's stems in the longer's),
    lengths in words, whether the numbers, dates and negations differ at all (the conflicts of
    `conflict` are narrower), and the geometric mean of the stem 1-, 2- and 3-gram precisions of
    the shorter.

    The string comparisons run in rapidfuzz over the whole batch (`process.cpdist`), the n-gram
    counts and the arithmetic in numpy; only the numbers, dates and negations are compared a pair
    at a time, and only where a text has any.
    """
    import numpy as np
    from rapidfuzz import process

    def each(scorer: Any, xs: list[Any], ys: list[Any]) -> Any:
        return process.cpdist(xs, ys, scorer=scorer, workers=1, dtype=np.float64)

    def field(get: Any) -> tuple[list[Any], list[Any]]:
        return list(map(get, first)), list(map(get, second))

    def sizes(xs: list[str]) -> Any:
        return np.fromiter(map(len, xs), np.float64, len(xs))

    out: dict[str, Any] = {}
    sequences = field(attrgetter("sequence"))
    la, lb = sizes(sequences[0]), sizes(sequences[1])
    shorter, longer = np.minimum(la, lb), np.maximum(la, lb)
    shared = _shared_ngrams([(*field(attrgetter("words")), 1), (*sequences, 1), (*sequences, 2), (*sequences, 3)])
    out["word_min"], out["word_max"], out["word_dice"] = _overlaps(shared[0], la, lb)
    out["stem_min"], out["stem_max"], out["stem_dice"] = unigrams = _overlaps(shared[1], la, lb)
    out["lcs"] = each(LCSseq.similarity, *sequences) / np.maximum(longer, 1)
    texts = field(attrgetter("text"))
    out["characters"] = 2 * each(LCSseq.similarity, *texts) / np.maximum(sizes(texts[0]) + sizes(texts[1]), 1)
    out["token_sort"] = each(fuzz.ratio, *field(attrgetter("key"))) / 100.0
    out["partial_stems"] = each(fuzz.partial_ratio, *sequences) / 100.0
    out["length_ratio"] = np.where((la > 0) & (lb > 0), shorter / np.maximum(longer, 1), 1.0)
    out["length_difference"], out["length_min"] = np.log1p(np.abs(la - lb)), np.log1p(shorter)
    precisions = [unigrams[0]] + [_overlaps(shared[n], np.maximum(la - n + 1, 0), np.maximum(lb - n + 1, 0))[0]
                                  for n in (2, 3)]
    out["ngram_precision"] = np.exp(np.log(np.maximum(np.stack(precisions), 0.01)).sum(axis=0) / 3)
    signals = np.zeros((len(first), len(_SIGNALS)))
    for k, (a, b) in enumerate(zip(first, second, strict=True)):
        if a.values or b.values or a.negations or b.negations:
            signals[k] = _signals(a, b)
    out.update(zip(_SIGNALS, signals.T, strict=True))
    return out


def _shared_ngrams(levels: Sequence[tuple[Sequence[str], Sequence[str], int]]) -> Any:
    """For each level (xs, ys, n) and each k, how many n-grams of characters xs[k] and ys[k] share
    (multisets; an array, a row a level). One sort of every n-gram of the batch, keyed by its
    level, its pair, its characters (hashed for n > 1) and its side, so that equal n-grams of a
    pair fall together: far cheaper than sorting each text's n-grams apart."""
    import numpy as np

    pairs = len(levels[0][0])
    if pairs <= _FEW_PAIRS:
        return np.array([list(map(_shared_count, xs, ys, [n] * pairs)) for xs, ys, n in levels], dtype=np.float64)
    pair_bits, level_bits = max(1, pairs.bit_length()), max(1, (len(levels) - 1).bit_length())
    gram_bits = 63 - pair_bits - level_bits
    keys = np.concatenate([_ngram_keys(texts, n, level << pair_bits, gram_bits, side)
                           for level, (xs, ys, n) in enumerate(levels) for side, texts in enumerate((xs, ys))])
    shared = np.zeros(len(levels) << pair_bits)
    if len(keys):
        keys.sort()
        group = keys >> np.uint64(1)
        starts = np.flatnonzero(np.concatenate([[True], group[1:] != group[:-1]]))
        ends = np.append(starts[1:], len(keys))
        in_second = np.concatenate([[0], np.cumsum(keys & np.uint64(1), dtype=np.int64)])
        of_second = in_second[ends] - in_second[starts]
        where = (group[starts] >> np.uint64(gram_bits)).astype(np.int64)  # level and pair
        shared += np.bincount(where, weights=np.minimum(ends - starts - of_second, of_second), minlength=len(shared))
    return shared.reshape(len(levels), 1 << pair_bits)[:, :pairs]


# Below this many pairs `_shared_ngrams` counts a pair at a time (numpy's fixed costs dominate).
_FEW_PAIRS = 4


def _shared_count(x: str, y: str, n: int) -> int:
    """How many n-grams of characters x and y share (multisets): `_shared_ngrams` of one pair."""
    return sum((Counter(x[i:i + n] for i in range(len(x) - n + 1)) & Counter(y[i:i + n] for i in range(len(y) - n + 1))).values())


_GOLDEN = 0x9E3779B97F4A7C15  # 2**64 over the golden ratio, odd


def _ngram_keys(texts: Sequence[str], n: int, level: int, gram_bits: int, side: int) -> Any:
    """The n-grams of each text as (level and text number, n-gram, side) keys of 64 bits (see
    `_shared_ngrams`)."""
    import numpy as np

    golden = np.uint64(_GOLDEN)
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    counts = np.maximum(lengths - n + 1, 0)
    # where each n-gram starts: its text's start plus its place among the text's n-grams
    starts = np.repeat(np.cumsum(lengths) - lengths - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())
    gram = codes[starts]  # a character (21 bits) as it is; n-grams by Fibonacci hashing
    if n > 1:
        for j in range(1, n):
            gram = gram * golden + codes[starts + j]
        gram = (gram * golden) >> np.uint64(64 - gram_bits)
    text = np.repeat(np.arange(level, level + len(texts), dtype=np.uint64), counts)
    return (text << np.uint64(gram_bits + 1)) | (gram << np.uint64(1)) | np.uint64(side)


_SIGNALS = ("numbers_one_side", "numbers_same", "numbers_unmatched", "negation_differs",
            "numbers_disagree", "dates_disagree", "negation_one_side")


def _signals(a: Prepared, b: Prepared) -> tuple[float, ...]:
    """The features of numbers, dates and negations (`_SIGNALS`)."""
    x, y = a.numbers, b.numbers
    if x == y:
        numbers: tuple[float, ...] = (0.0, 1.0 if x else 0.0, 0.0)
    else:
        numbers = (1.0 if bool(x) != bool(y) else 0.0, 0.0, math.log1p(len(set(x).symmetric_difference(y))))
    return (
        *numbers,
        1.0 if _governs(a.negated, b.negated, b.context) or _governs(b.negated, a.negated, a.context) else 0.0,
        1.0 if x and y and not _numbers_agree(x, y) else 0.0,
        1.0 if a.dates and b.dates and not (set(a.dates) <= set(b.dates) or set(b.dates) <= set(a.dates)) else 0.0,
        1.0 if bool(a.negations) != bool(b.negations) else 0.0,
    )


def _governs(negated: str, other_negated: str, other_content: str) -> bool:
    """Whether a stem of `negated`, not negated in the other text, is one of its content stems."""
    return any(s in other_content and s not in other_negated for s in negated)


@lru_cache(maxsize=1 << 16)
def _same_number(x: str, y: str) -> bool:
    """Whether two numbers agree: equal, or one is the other rounded to two or more significant
    digits ("64.7" and "65", "767" and "770"; not "12" and "10")."""
    if x == y:
        return True
    try:
        fx, fy = float(x), float(y)
    except ValueError:  # "2.6.0", a version
        return False
    for exact, rounded, text in ((fx, fy, y), (fy, fx, x)):
        digits = text.split(".")[1] if "." in text else ""
        step = 10.0 ** -len(digits) if digits else 10.0 ** (len(text) - len(text.rstrip("0")))
        significant = len(text.replace(".", "").strip("0"))
        if significant >= 2 and abs(exact - rounded) <= step / 2:
            return True
    return False


def _numbers_agree(x: Sequence[str], y: Sequence[str]) -> bool:
    return x == y or all(any(_same_number(n, m) for m in y) for n in x) or all(any(_same_number(n, m) for m in x) for n in y)


def _unmatched(mine: Sequence[tuple[str, str, str]], theirs: Sequence[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The values of `mine` that no value of the same kind in `theirs` agrees with."""
    given = {(k, x) for k, x, _ in theirs}
    return [v for v in mine if (v[0], v[1]) not in given and not (v[0] == "number" and any(
        k == "number" and _same_number(x, v[1]) for k, x, _ in theirs))]


def conflict(a: Prepared, b: Prepared) -> str | None:
    """Why two claims cannot say the same thing however alike they read: 'negation' (a word one
    negates that the other, which negates nothing, states), 'number' or 'date' (a number, year,
    month or weekday of one that the other does not give, where the other gives another of the
    same kind about the same thing: the two share a content word next to them).

    >>> conflict(prepare("They have agreed on a ceasefire"), prepare("They have not agreed on a ceasefire"))
    'negation'
    >>> conflict(prepare("The attack killed 12"), prepare("The attack killed 21")), conflict(prepare("12 died"), prepare("twelve died"))
    ('number', None)
    >>> conflict(prepare("The suspect, 31, was arrested"), prepare("The suspect faced two counts"))  # not about one thing
    >>> conflict(prepare("The dam cost 340 million rupees"), prepare("The dam cost Rs 34 crore"))  # one sum
    """
    if (a.negated and not b.negations and _governs(a.negated, "", b.context)) or (
            b.negated and not a.negations and _governs(b.negated, "", a.context)):
        return "negation"
    if a.values and b.values and (a.numbers != b.numbers or a.dates != b.dates):
        theirs = _unmatched(b.values, a.values)
        for kind, _, context in _unmatched(a.values, b.values):
            if any(k == kind and any(s in c for s in context) for k, _, c in theirs) and (
                    kind != "number" or not _read_alike(a.source, b.source)):
                return "number" if kind == "number" else "date"
    return None


def _read_alike(a: str, b: str) -> bool:
    """Whether the figures of two texts agree as a reader reads them (`figures_of`: '340 million
    rupees' is '34 crore' of them, 'sixty-two' is 62), where the words alone do not."""
    x, y = figures_of(a), figures_of(b)
    return bool(x) and bool(y) and _numbers_agree(x, y)


def numbers_about_one_thing(a: str, b: str, *, window: int = NUMBER_WINDOW, shared: int = NUMBER_CONTEXT_SHARED) -> bool:
    """Whether two texts give different numbers about the same thing: a number of each, the two not
    agreeing (`_same_number`), with at least `shared` content stems in common among the `window`
    words either side of them. Two reports of one measurement in otherwise different sentences
    ("samples showed nitrate at 9 times the safe level in the lower wells", "well water on the
    plateau held nitrate at three times the safe level") are a conflict candidate however far apart
    the rest of their words are.

    >>> numbers_about_one_thing("samples showed nitrate at 9 times the safe level in the lower wells",
    ...                         "the well water held nitrate at three times the safe level")
    True
    >>> numbers_about_one_thing("The company hired 40 workers", "Turnout was 60 percent in the east end")
    False
    """
    mine, theirs = _figures_on_one_day(a, b, window)
    return any(not _same_number(x, y) and len(cx & cy) >= shared for x, cx, _ in mine for y, cy, _ in theirs)


def _figures_on_one_day(a: str, b: str, window: int) -> tuple[tuple[tuple[str, frozenset[str], frozenset[str]], ...], ...]:
    """Each text's figures in their context (`_numbers_in_context`), none of either when the two count on other
    days (`other_days`): what `numbers_about_one_thing` and `same_measure` compare."""
    if other_days(a, b):
        return (), ()
    return _numbers_in_context(a, window), _numbers_in_context(b, window)


def figures_differ(a: str, b: str) -> bool:
    """Whether each text gives a figure and none of one agrees with the other's (`_same_number`),
    on no two different days (`other_days`).

    >>> figures_differ("about 4,700 cyclists rode", "fewer than 800"), figures_differ("800 rode", "about 800")
    (True, False)
    """
    x, y = figures_of(a), figures_of(b)
    return bool(x and y) and not _numbers_agree(x, y) and not other_days(a, b)


def other_days(a: str, b: str) -> bool:
    """Whether two texts give dates (a year, a month, a weekday) and neither's are among the
    other's: a count on another day, or since another day, is another count ('31 deliveries since
    Sunday', '140 deliveries since 3 May'; '40 ships by Monday', '52 on Tuesday'); or one gives a
    day and the other, undated, a running span (`_running`: '52 this week', '12 on Tuesday').

    >>> other_days("Crews made 31 deliveries since Sunday", "Crews have made 140 deliveries since Thursday 3 May")
    True
    >>> other_days("Crews made 31 deliveries on Sunday", "Crews made 52 deliveries")
    False
    >>> other_days("At least nine miners have died this week", "Six miners died on Tuesday")
    True
    """
    da, db = prepare(a).dates, prepare(b).dates
    if not (da and db):  # a day's count against a running total ('on Thursday', 'this week', 'so far')
        return bool(da or db) and _running(a) != _running(b) and _running(b if da else a)
    return not (set(da) <= set(db) or set(db) <= set(da))


def _running(text: str) -> bool:
    """Whether a text counts over a span still running (matcher.json running_spans: 'so far', 'this
    week', 'to date'): a total that a count of one of its days is part of, not another count of it.

    >>> _running("At least nine miners have died this week"), _running("Six miners died on Tuesday")
    (True, False)
    """
    return _running_spans().search(f" {normalise(text)} ") is not None


@lru_cache(maxsize=1)
def _running_spans() -> re.Pattern[str]:
    spans = load_data("matcher.json").get("running_spans", [])
    return re.compile(" (?:" + "|".join(re.escape(s) for s in spans) + ") " if spans else r"(?!)")


def same_measure(a: str, b: str, *, window: int = NUMBER_WINDOW, shared: int = NUMBER_CONTEXT_SHARED) -> bool:
    """Whether two texts give different figures of one measure: each a number counting the same
    thing by the same word ('2,300 people', 'fewer than 1,400 people'; never a scale alone, 'percent',
    'million': the `measure_words`), a content word near both besides it, and `shared` content stems
    in common in all, on no two different days. Read where the two share too few words to be
    compared otherwise.

    >>> same_measure("About 2,300 people marched through Port Edda", "Fewer than 1,400 people marched in Port Edda")
    True
    >>> same_measure("Pellow leads by 46 percent to 42 in Eastmark", "Ostrom won 48 percent of the vote in Eastmark")
    False
    """
    mine, theirs = _figures_on_one_day(a, b, window)
    wholes_a, wholes_b, parts_a, parts_b = _territory_totals(a), _territory_totals(b), _part_counts(a), _part_counts(b)
    return any(ux & uy and not _same_number(x, y) and len(cx & cy) >= 2
               and not (x in wholes_a and y in parts_b or y in wholes_b and x in parts_a)
               for x, cx, ux in mine for y, cy, uy in theirs) and len(_content_stems(a) & _content_stems(b)) >= shared


@lru_cache(maxsize=1 << 16)
def _territory_totals(text: str) -> frozenset[str]:
    """The figures a text gives as the whole of a territory's ("the country's 620,000 lifts", "the city's 40
    schools": a possessive of one of matcher.json's territory_words right before the figure), which count another
    thing than a part of them marked as one (`_part_counts`: 'all 188 lifts maintained by the firm').

    >>> sorted(_territory_totals("firms that maintain the country's 850,000 elevators and 12 lifts"))
    ['850000']
    """
    words, found = _figures_read(text)
    return frozenset(value for start, _end, value in found
                     if start >= 2 and words[start - 1] == "s" and words[start - 2] in _territory_words())


@lru_cache(maxsize=1 << 16)
def _part_counts(text: str) -> frozenset[str]:
    """The figures a text gives as a part marked as one: 'all' right before it, or what it counts then a participle
    and 'by' right after ('all 188 lifts maintained by the firm', '40 schools run by the diocese'): against a
    territory's total (`_territory_totals`) another quantity, no dispute.

    >>> sorted(_part_counts("checks of all 188 lifts and 40 schools run by the diocese and 12 more"))
    ['188', '40']
    """
    words, found = _figures_read(text)
    return frozenset(value for start, end, value in found
                     if start >= 1 and words[start - 1] == "all"
                     or any(words[k].endswith("ed") or words[k] in ("run", "held", "built", "kept") for k in
                            range(end, min(end + 3, len(words) - 1)) if words[k + 1] == "by"))


@lru_cache(maxsize=1)
def _territory_words() -> frozenset[str]:
    return frozenset(load_data("matcher.json").get("territory_words", []))


@lru_cache(maxsize=1 << 16)
def _content_stems(text: str) -> frozenset[str]:
    """The stems of a text's content words (cached: read once a claim, not once a pair)."""
    return frozenset(stem(w) for w in normalise(text).split() if _is_content(w))


def number_keys(text: str, *, window: int = NUMBER_WINDOW) -> set[tuple[str, str]]:
    """Keys that any text `same_measure` pairs with this one shares one of: for each number that
    counts something by words of its own, each of them with each content stem near it.

    >>> sorted(number_keys("about 2,300 people marched"))
    [('march', 'people'), ('people', 'march')]
    """
    return {(unit, near) for _, context, units in _numbers_in_context(text, window) for unit in units
            for near in context - {unit}}


@lru_cache(maxsize=1 << 16)
def _numbers_in_context(text: str, window: int) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """The figures of a text as a reader reads them (`figures_of`: '1,200' one figure, '118 million'
    and '34 crore' one sum), each with the stems of the content words among the `window` words
    either side of it, and the stems of the words that tell what it counts (`_counted`). Cached: a
    claim's figures are read once, however many claims `same_measure` compares it with.

    >>> [(value, sorted(units)) for value, _, units in _numbers_in_context("about 2,300 people and 3.4 crore dinars", 4)]
    [('2300', ['people']), ('34000000', ['dinar'])]
    """
    words, found = _figures_read(text)
    return tuple((value, frozenset(stem(w) for w in words[max(0, start - window):start] + words[end:end + window]
                                   if _tells_what(w)), _counted(words, end)) for start, end, value in found)


def _counted(words: Sequence[str], end: int) -> frozenset[str]:
    """The stems of what a figure counts: the content word right after it and its scale, and the
    next with it when that is one too ('8 goods wagons', '2.3 million paying members': a noun's
    modifier or the noun, either may be what another count names alone, '11 wagons'); none
    for a share or a unit ('46 percent', '5 hours': the measure_words).

    >>> sorted(_counted("the slide buried 8 goods wagons".split(), 4)), sorted(_counted("46 percent of voters".split(), 1))
    (['good', 'wagon'], [])
    """
    out: list[str] = []
    for word in words[end:end + 2]:
        if not _is_content(word) or word in _language().measures or word in _language().rates:
            break  # (a rate in a word, 'annually', counts nothing)
        out.append(stem(word))
    return frozenset(out)


def figures_of(text: str) -> tuple[str, ...]:
    """The figures of a text as a reader reads them, in units: digits whole with their separators
    and decimal point, times a scale after them or written onto them, spelled numbers ('forty-one'),
    'a' or 'half a' before a scale; never a time of day or a year (matcher.json scales, scale_suffixes).

    >>> figures_of("In 2025 1,200 marched; 3.5 million and 3.4 crore; $2.5m, half a million, sixty-two at 6am")
    ('1200', '3500000', '34000000', '2500000', '500000', '62')
    """
    words, found = _figures_read(text)
    return tuple(value for start, end, value in found if not _a_year(words, start, end))


def _a_year(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the figure of words start..end is a year: four bare digits alone ('2026'; never
    '2,000', a count), a date, which the matcher compares as one."""
    return end - start == 1 and _YEAR.fullmatch(words[start]) is not None


_READ_TOKEN = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?|[^\W\d_]+(?:['’]t\b)?|:")
_CLOCK_AFTER = (["am"], ["pm"])


@lru_cache(maxsize=1 << 16)
def _figures_read(text: str) -> tuple[list[str], tuple[tuple[int, int, str], ...]]:
    """A text's words (case-folded, accents off, a time's colon a word of its own) and its figures:
    (first word, word after the figure and its scale, value in units as digits) each."""
    folded = fold(text, accents_only=True).casefold()
    matches = list(_READ_TOKEN.finditer(folded))
    words = [m.group() for m in matches]
    found = []
    i = 0
    while i < len(words):
        read = _figure_at(words, matches, i)
        if read is None:
            i += 1
            continue
        value, end = read
        if not _clock_time(words, i, end):
            found.append((i, end, _digits(value)))
        i = end
    return [w for w in words if w != ":"], tuple(_without_colons(words, found))


def _figure_at(words: list[str], matches: list[re.Match[str]], i: int) -> tuple[Decimal, int] | None:
    """The value of the figure that starts at word i, and the word after it, if one does: never
    digits written onto letters without a scale after them. A scale written onto digits ('2.5m',
    '4bn') is one with money near (`_money_near`) or before a counted plural (`_plural_follows`:
    '2.5m people'); elsewhere a unit ('the 100m sprint' runs 100 metres, '5,000m of cable')."""
    lang, scales, fused, multiples = _language(), _scales(), _scale_suffixes(), _multiples()
    word, end = words[i], i + 1
    if word[0].isdigit():
        value = Decimal(word.replace(",", ""))
        if end < len(words) and words[end] in fused and matches[end].start() == matches[i].end():
            if not (_money_near(words, matches, i, end + 1) or _plural_follows(words, matches, end + 1, words[end])):
                return value, end + 1  # (a unit written onto its figure: '100m' of a race)
            return value * 10 ** fused[words[end]], end + 1
    elif word in lang.number_words:
        value = Decimal(lang.number_words[word])
        units = _compound_units()
        if 20 <= value < 100 and end < len(words) and words[end] in units and matches[i].end() + 1 == matches[end].start():
            value, end = value + units[words[end]], end + 1  # 'forty-one'
    elif word in ("a", "half"):
        at = i + (2 if word == "half" else 1)  # 'a million', 'half a million', 'half a dozen'
        if at >= len(words) or not (words[at] in scales or words[at] in multiples) or (word == "half" and words[i + 1] != "a"):
            return None
        value, end = Decimal("0.5" if word == "half" else "1"), at
    else:
        return None
    while end < len(words) and (words[end] in scales or words[end] in multiples):  # 'two hundred', 'two dozen'
        times = 10 ** scales[words[end]] if words[end] in scales else multiples[words[end]]
        value, end = value * times, end + 1
    if end == i + 1 and i > 0 and matches[i - 1].end() == matches[i].start() and words[i - 1][0].isalpha():
        return None  # digits of a name ('N1', 'G7'); a currency's ('RM310 million') have a scale
    return value, end


def _money_near(words: list[str], matches: list[re.Match[str]], start: int, end: int) -> bool:
    """Whether the figure of words start..end is a sum of money: a currency's sign or letters written
    onto it ('£2.5m', 'Rs4.2m') or a money word among the MONEY_REACH words either side ('2.5m pounds',
    'a budget of 40m'; matcher.json money)."""
    signs, money = _money()
    at = matches[start].start()
    if at > 0 and matches[start].string[at - 1] in signs:
        return True
    return any(w in money for w in words[max(0, start - MONEY_REACH):start] + words[end:end + MONEY_REACH])


def _plural_follows(words: list[str], matches: list[re.Match[str]], at: int, suffix: str = "") -> bool:
    """Whether what a figure ending before word `at` counts is a plural: the content word right
    after it, or the next when that one is its modifier ('2.5m people', '1.2m households', '2.5m
    coastal villagers'; `_plural`); never a word a hyphen writes onto the figure ('a 400m-long
    bridge', a unit's compound) nor past a function word ('5,000m of cable', 'fell 1.8m between').
    After a `suffix` that also marks a unit ('m', metres) only a plural counted in millions counts
    (`_counted_in_millions`): 'the 100m hurdles', 'the 400m heats' are races."""
    if at < len(words) and matches[at].start() == matches[at - 1].end() + 1 and \
            matches[at].string[matches[at - 1].end()] == "-":
        return False
    lang = _language()
    for word in words[at:at + 2]:
        if not _is_content(word) or word in lang.measures or word in lang.rates:
            return False
        if _counted_in_millions(word) if suffix in _unit_scale_suffixes() else _plural(word):
            return True
    return False


@lru_cache(maxsize=1)
def _unit_scale_suffixes() -> frozenset[str]:
    return frozenset(load_data("matcher.json").get("unit_scale_suffixes", ()))


@lru_cache(maxsize=1)
def _counted_nouns() -> frozenset[str]:
    return frozenset(load_data("matcher.json").get("counted_nouns", ()))


def _counted_in_millions(word: str) -> bool:
    """Whether a plural is one counted in millions ('people', 'commuters', 'women'; matcher.json
    counted_nouns and irregular_plurals), not a plural of races or things measured ('hurdles')."""
    endings, words = _irregular_plurals()
    return word in _counted_nouns() or word.endswith(endings) or word in words


@lru_cache(maxsize=1)
def _irregular_plurals() -> tuple[tuple[str, ...], frozenset[str]]:
    """English plurals without an -s that counts are given in (matcher.json irregular_plurals): the
    endings their compounds share ('townspeople', 'fishermen', 'women'), and the whole words."""
    given = load_data("matcher.json").get("irregular_plurals", {})
    return tuple(given.get("endings", ())), frozenset(given.get("words", ()))


@lru_cache(maxsize=1)
def _singular_s_endings() -> tuple[str, ...]:
    return tuple(load_data("matcher.json").get("singular_s_endings", ()))


def _plural(word: str) -> bool:
    """Whether a word reads as a plural noun: a regular plural ('users', 'households'; never an
    ending of matcher.json singular_s_endings: 'access', 'bonus', 'crisis') or an irregular one
    ('people', 'fishermen', 'cattle')."""
    endings, words = _irregular_plurals()
    return (word.endswith("s") and not word.endswith(_singular_s_endings()) and len(word) > 3) or \
        word.endswith(endings) or word in words


def _clock_time(words: list[str], i: int, end: int) -> bool:
    """Whether the figure of words i..end tells a time of day ('6am', '11.15 pm', '8.45 a.m.', '11:15')."""
    after = words[end:end + 2]
    return after[:1] in _CLOCK_AFTER or after in (["a", "m"], ["p", "m"]) or after[:1] == [":"] or (
        i > 0 and words[i - 1] == ":")


def _without_colons(words: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` with its word places counted without the colons among `words`."""
    before = [0]
    for w in words:
        before.append(before[-1] + (w == ":"))
    return [(start - before[start], end - before[end], value) for start, end, value in found]


def _digits(value: Decimal) -> str:
    """A value as plain digits, no exponent and no trailing zeros after a decimal point."""
    return format(value.normalize(), "f")


@lru_cache(maxsize=1)
def _scales() -> dict[str, int]:
    return {word: int(power) for word, power in load_data("matcher.json").get("scales", {}).items()}


@lru_cache(maxsize=1)
def _scale_suffixes() -> dict[str, int]:
    return {word: int(power) for word, power in load_data("matcher.json").get("scale_suffixes", {}).items()}


@lru_cache(maxsize=1)
def _multiples() -> dict[str, int]:
    """Words that multiply the figure before them ('two dozen' = 24; matcher.json multiples)."""
    return {word: int(times) for word, times in load_data("matcher.json").get("multiples", {}).items()}


def number_words() -> dict[str, str]:
    """The spelled numbers and their digits (matcher.json number_words: 'two' -> '2', 'dozen' -> '12'), in the
    file's order, as the matcher reads them."""
    return _language().number_words


@lru_cache(maxsize=1)
def digit_words() -> dict[str, int]:
    """The number words below ten and their values (matcher.json number_words: 'two' -> 2), in the file's order."""
    return {word: int(value) for word, value in number_words().items() if int(value) < 10}


@lru_cache(maxsize=1)
def _compound_units() -> dict[str, int]:
    """The number words that end a compound after a tens word ('forty-one', 'ninety-nine'): those of
    matcher.json number_words below ten, and its compound_units ('one', no number word alone)."""
    return digit_words() | {word: int(value) for word, value in load_data("matcher.json").get("compound_units", {}).items()}


@lru_cache(maxsize=1)
def _money() -> tuple[frozenset[str], frozenset[str]]:
    """The signs and the words of money that make a scale written onto digits one (`_money_near`)."""
    data = load_data("matcher.json").get("money", {})
    return frozenset(data.get("signs", [])), frozenset(data.get("words", []))


def _tells_what(word: str) -> bool:
    """Whether a word near a figure can tell what the figure is about: a content word, never a scale
    or a unit ('million', 'percent', 'hours': the `measure_words`) nor a token holding digits (the
    rest of a figure, a currency fused to it: 'rs4' of 'Rs4.2 million'), which any two sums share."""
    return _is_content(word) and word not in _language().measures and not any(ch.isdigit() for ch in word)


def measures_of(text: str) -> set[str]:
    """What the figures of a text measure, where its words say (each figure read whole,
    `figures_of`): the things a figure counts (`_counted`: '12 people' -> 'people'), the whole a
    share is of ('38 percent of Danes' -> 'share:dane'), a change ('shrink by 1.5 percent' ->
    'change'; matcher.json share_words, change_words); a count given for a period is a rate of it
    ('3,000 cartons of milk a day' -> 'carton/period', 'rate' when nothing is counted; rate_words);
    a figure whose phrase a word of the gap between two counts heads is that gap ('the gap between
    the ledger and the depot's tally is more than 900 crates' -> 'difference'; difference_words); a
    count of things done again is a part of their count ('80 parcels were delivered twice' ->
    'parcel/again'; repeat_words).

    >>> sorted(measures_of("38 percent of Danes expect the harvest to shrink by 1.5 percent"))
    ['change', 'share:dane']
    >>> sorted(measures_of("the dairy ships 3,000 cartons of milk a day")), sorted(measures_of("it sold 900 cartons"))
    (['carton/period'], ['carton'])
    >>> sorted(measures_of("the slide buried 8 goods wagons")), sorted(measures_of("2.3 million members"))
    (['good', 'wagon'], ['member'])
    """
    words, found = _figures_read(text)
    lang = _language()
    out = set()
    gap, read = -1, 0  # the place of the last difference word since the last figure; the words looked at
    for start, end, _ in found:
        if _a_year(words, start, end):
            continue
        for k in range(read, start):
            if words[k] in lang.differences:
                gap = k
        read = max(read, end)
        headed = gap >= 0 and start - gap <= DIFFERENCE_REACH and _gap_of(words, gap, start, lang)
        gap = -1
        unit, counted = words[end] if end < len(words) else None, _counted(words, end)
        rate = _per_period(words[end:end + RATE_REACH], lang)
        again = "/again" if lang.repeats.intersection(words[end:end + RATE_REACH]) else ""
        if headed:
            out.add("difference")
        elif counted:
            out.update(c + ("/period" if rate else again) for c in counted)
        elif unit in lang.measures and end + 2 < len(words) and words[end + 1] in lang.shares and _is_content(words[end + 2]):
            out.add("share:" + stem(words[end + 2]))
        elif start > 0 and words[start - 1] in lang.changes:
            out.add("change")
        elif rate:
            out.add("rate")
    return out


def _gap_of(words: Sequence[str], gap: int, start: int, lang: _Language) -> bool:
    """Whether the figure at `start` is what the difference word at `gap` comes to, the head of the
    figure's own phrase: right after it, or after words of difference_links ('is', 'of', 'stood at')
    that directly follow the difference word's phrase, a qualifier or a scale aside ('the gap between
    the ledger and the tally is more than 900'). That phrase holds no clause of its own: no noun
    opened (matcher.json infinitive_objects: 'the', 'a', 'its') right after a content word, a verb
    or a new subject between ('despite the shortfall the ward treats a total of 400' counts patients,
    as 'despite a shortfall, the ward treated 400' does), a time aside ('the gap this year is 400')."""
    k = start - 1
    while k > gap and words[k] in lang.measures:
        k -= 1
    if k == gap:
        return True
    if words[k] not in lang.difference_links:
        return False
    while k > gap and words[k] in lang.difference_links:
        k -= 1
    return not any(words[j] in lang.objects and _is_content(words[j - 1]) and words[j + 1] not in lang.periods
                   for j in range(gap + 1, k + 1))


def _per_period(words: Sequence[str], lang: _Language) -> bool:
    """Whether words after a figure make it a rate ('a year', 'per day', 'annually')."""
    return any(w in lang.rates or (w in lang.per and k + 1 < len(words) and words[k + 1] in lang.periods)
               for k, w in enumerate(words))


@dataclass(frozen=True, slots=True)
class Match:
    """How two claims compare: `score` (0..1, the model's probability that they say the same
    thing, conflicts aside), `conflict` (see `conflict`), and the threshold `score` is judged at."""

    score: float
    conflict: str | None
    threshold: float

    @property
    def same(self) -> bool:
        """They say the same thing: alike enough, and nothing conflicts."""
        return self.score >= self.threshold and self.conflict is None

    @property
    def contradicts(self) -> bool:
        """They would say the same thing but for a negation, a number or a date: a conflict signal."""
        return self.score >= self.threshold and self.conflict is not None


BATCH = 8192  # pairs scored together by `Matcher.match_many`


class Matcher:
    """The one claim matcher: a logistic regression over `features`, with conflict signals.

    Corroboration, review carry-over and diff compare claims with it, each at its own threshold
    (see `provenance.tuning`); its own threshold (`threshold`) is the one chosen on MSRP.
    """

    def __init__(self, weights: Sequence[float], bias: float, threshold: float):
        self.weights = list(weights)
        self.bias = bias
        self.threshold = threshold

    @classmethod
    def shipped(cls) -> Matcher:
        """The matcher whose coefficients ship in provenance/data/matcher.json."""
        model = _language().model
        if list(model.get("features", [])) != list(FEATURES):
            raise DataFileError("provenance/data/matcher.json: its model's features are not "
                                f"{', '.join(FEATURES)}: retrain it with benchmarks/matching.py --train")
        return cls(model["weights"], model["bias"], model["threshold"])

    def score_prepared(self, a: Prepared, b: Prepared) -> float:
        """The probability that two prepared texts say the same thing, conflicts aside."""
        return self.scores([a], [b])[0]

    def scores(self, first: Sequence[Prepared], second: Sequence[Prepared]) -> list[float]:
        """`score_prepared` of each pair (first[k], second[k]), computed over the whole batch."""
        import numpy as np

        z = feature_matrix(first, second) @ np.asarray(self.weights, dtype=np.float64) + self.bias
        found = np.where(z > -60, 1.0 / (1.0 + np.exp(-np.maximum(z, -60))), 0.0).tolist()
        return [1.0 if a.words == b.words else s for a, b, s in zip(first, second, found, strict=True)]

    def score(self, a: str, b: str) -> float:
        """`score_prepared` of two texts."""
        return self.score_prepared(prepare(a), prepare(b))

    def match(self, a: str, b: str, *, threshold: float | None = None) -> Match:
        """Score and conflict of two claim texts, judged at `threshold` (default: the matcher's own).

        >>> m = matcher().match("the two unions have agreed on a pay deal", "the two unions have not agreed on a pay deal")
        >>> m.same, m.contradicts, m.conflict
        (False, True, 'negation')
        """
        return self.match_many([(a, b)], threshold=threshold)[0]

    def match_many(self, pairs: Iterable[tuple[str, str]], *, threshold: float | None = None) -> list[Match]:
        """`match` of every pair of texts, in one batch: each distinct text prepared once, the
        features of all pairs computed together (much faster than `match` a pair at a time)."""
        pairs = list(pairs)
        at = self.threshold if threshold is None else threshold
        out: list[Match] = []
        for start in range(0, len(pairs), BATCH):  # a bound on memory: a row of features a pair
            part = pairs[start:start + BATCH]
            first, second = [prepare(a) for a, _ in part], [prepare(b) for _, b in part]
            out += [Match(s, conflict(a, b), at) for a, b, s in zip(first, second, self.scores(first, second),
                                                                     strict=True)]
        return out


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    """The shipped matcher, loaded once."""
    return Matcher.shipped()
