"""Claim text matching: the claim matcher, and the rapidfuzz helpers diff aligns with.

`Matcher` (`matcher()` for the shipped one) says whether two claims say the same thing: a
logistic regression over cheap features of the two texts (`features`: word and stem overlaps,
the longest common subsequence, rapidfuzz ratios, lengths, n-gram precision, whether numbers,
dates or negations differ at all; each text is `prepare`d once), whose coefficients and threshold
are learned on the MSRP train split by `benchmarks/matching.py --train` and ship in
data/matcher.json (10-fold cross-validated accuracy 0.762, F1 0.822). `Matcher.match_many` judges
a batch of pairs at once (`feature_matrix`: rapidfuzz and numpy over the whole batch), several
times faster than a pair at a time. Beside its score
it gives a conflict signal (`conflict`): a word one claim negates and the other, negating nothing,
states; a number or date of one where the other gives another about the same thing. A conflict is
never agreement: the rules make it a candidate `contradicts`, review carry-over refuses it.
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
import gc
import hashlib
import math
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import add
from typing import Any, NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from provenance.datafiles import load_data
from provenance.errors import DataFileError, ProvenanceError
from provenance.folding import fold

_TOKEN = re.compile(r"\S+")
STOPWORDS = frozenset("""
a about after against all also an and any are as at be been before being between both but by can could
did do does for from had has have he her his how i if in into is it its more most my no not of on or our
out over said says she so some such than that the their them then there these they this those through to
under until up very was we were what when where which while who will with would you your
""".split())


def normalise(text: str) -> str:
    """Case-folded, accent-stripped text without punctuation, single-spaced.

    >>> normalise("“Tel Aviv” and Ankara  agreed.")
    'tel aviv and ankara agreed'
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

    >>> sort_key("tel aviv and ankara")
    'and ankara aviv tel'
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
_WORD_RUN = re.compile(r"\w+")


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

    >>> _match_stem("agree"), _match_stem("agreed"), _match_stem("hotlines")
    ('agre', 'agre', 'hotlin')
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


@lru_cache(maxsize=1)
def _language() -> _Language:
    data = load_data("matcher.json")
    try:
        negations, numbers = frozenset(data["negations"]), dict(data["number_words"])
        months, weekdays = frozenset(data["months"]), frozenset(data["weekdays"])
        return _Language(negations, numbers, months, weekdays, negations | months | weekdays | numbers.keys(),
                         dict(data["model"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(f"provenance/data/matcher.json is malformed ({exc!r} missing or wrong): fix the file "
                            "or reinstall provenance") from None


@lru_cache(maxsize=1 << 17)
def _is_content(word: str) -> bool:
    """A content word: three letters or more, not a stopword, number, date or negation."""
    return len(word) > 2 and word not in STOPWORDS and word not in _language().skip and not word[0].isdigit() \
        and not word.endswith("n't")


@lru_cache(maxsize=1 << 17)
def _content_stem(word: str) -> str:
    """The stem of a content word (`_is_content`), "" for any other word."""
    return _match_stem(word) if _is_content(word) else ""


# What a token is to `_values_and_negations`: nothing, a negation, digits, a number word, a month
# or a weekday (the last two count only capitalised).
_PLAIN, _NEGATION, _DIGITS, _NUMBER_WORD, _MONTH, _WEEKDAY = range(6)


@lru_cache(maxsize=1 << 17)
def _token_kind(word: str) -> int:
    lang = _language()
    if word in lang.negations or word.endswith("n't"):
        return _NEGATION
    if word[0].isdigit():
        return _DIGITS
    if word in lang.number_words:
        return _NUMBER_WORD
    return _MONTH if word in lang.months else _WEEKDAY if word in lang.weekdays else _PLAIN


class _Symbols:
    """One character for each word and each stem seen (a table each), so that rapidfuzz compares a
    text's words, stems and their multisets as strings, much faster than as lists of numbers; and
    what each token is (`of_tokens`). One generation of tables serves every text prepared with it;
    when a table is full (`LIMIT`) a new generation, empty, takes its place (`_start_again`), and
    texts prepared before are prepared again when compared with newer ones (`_current`).

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
        self.tokens: dict[str, tuple[str, str, int]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _next(table: dict[str, str]) -> str:
        """The character for a new entry of `table` (the lock held)."""
        if len(table) >= _Symbols.LIMIT:
            raise _Full
        code = 0x100 + len(table)
        return chr(code + 0x800 if code >= 0xD800 else code)  # (no surrogates)

    def of_words(self, words: Sequence[str]) -> str:
        """Two characters a word: its own and its stem's (`_match_stem`)."""
        table, stems = self.words, self.stems
        try:
            return "".join(map(table.__getitem__, words))
        except KeyError:
            with self._lock:
                for word in words:
                    if word not in table:
                        stem = _match_stem(word)
                        if stem not in stems:
                            stems[stem] = self._next(stems)
                        table[word] = self._next(table) + stems[stem]
            return "".join(map(table.__getitem__, words))

    def of_tokens(self, spelled: Sequence[str]) -> list[tuple[str, str, int]]:
        table = self.tokens
        try:
            return list(map(table.__getitem__, spelled))
        except KeyError:
            if len(table) + len(spelled) > 2 * self.LIMIT:
                raise _Full from None
            for word in spelled:
                if word not in table:  # (a whole tuple stored at once: the same for every thread)
                    token = word.lower().replace("’", "'")
                    table[word] = (token, _content_stem(token), _token_kind(token))
            return list(map(table.__getitem__, spelled))


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
    """What the matcher compares of one claim text, computed once a text (see `prepare`; shared,
    do not modify it).

    `words` are its normalised words (`normalise`), `text` and `key` them joined in order and
    sorted, `sequence` their stems, a character each (`_Symbols`). `bags` are the multisets the
    overlaps count, each sorted (the longest common subsequence of two sorted sequences is the size
    of their multiset intersection): words and stems as strings of their characters, stem pairs and
    triples as lists of two and three characters. `content` are the stems of its content words (no stopwords, numbers, dates or
    negations). `numbers` are its numbers (digits, "twelve" as "12", no years), `dates` the
    months, weekdays and years it names, `values` each number and date with its kind and context
    (the stems of the nearest content words either side), `negations` how many negation words it
    has and `negated` the stems of the words they govern ("not yet agreed" -> agre). `source`
    is the text itself and `generation` that of the symbols it was prepared with.
    """

    words: tuple[str, ...]
    text: str
    key: str
    sequence: str
    bags: tuple[str, str, list[str], list[str]]
    content: frozenset[str]
    numbers: frozenset[str]
    dates: frozenset[str]
    values: tuple[tuple[str, str, frozenset[str]], ...]
    negations: int
    negated: frozenset[str]
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
    >>> sorted(p.numbers), sorted(p.dates), sorted(p.negated), p.negations
    (['12'], ['2024', 'monday'], ['say'], 1)
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


def _prepare(text: str, symbols: _Symbols) -> Prepared:
    generation = symbols.generation
    stripped = fold(text, accents_only=True)
    words = tuple(_WORD_RUN.findall(stripped.casefold()))  # normalise(text).split(), in one pass
    both = symbols.of_words(words)
    sequence = both[1::2]
    pairs = list(map(add, sequence, sequence[1:]))
    spelled = _MATCH_TOKEN.findall(stripped)
    info = symbols.of_tokens(spelled)
    tokens, content = [i[0] for i in info], [i[1] for i in info]
    values, negations, negated = _values_and_negations(spelled, tokens, content, [i[2] for i in info])
    bags = ("".join(sorted(both[0::2])), "".join(sorted(sequence)), sorted(pairs),
            sorted(map(add, pairs, sequence[2:])))
    return Prepared(
        words, " ".join(words), " ".join(sorted(words)), sequence, bags, frozenset(content) - {""},
        frozenset(v for k, v, _ in values if k == "number"), frozenset(v for k, v, _ in values if k != "number"),
        values, negations, negated, text, generation)


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


def _values_and_negations(spelled: Sequence[str], words: Sequence[str], content: Sequence[str],
                          kinds: Sequence[int]) -> tuple[tuple[tuple[str, str, frozenset[str]], ...], int, frozenset[str]]:
    """The numbers and dates of a text with their kinds and contexts; its negation words and what they govern.

    A value's context is the nearest content word either side within `VALUE_CONTEXT` words, other
    values not counted ("in Baku on 12 May 2025": Baku for each of 12, May and 2025).
    """
    if not any(kinds):
        return (), 0, frozenset()
    lang = _language()
    found: dict[int, tuple[str, str]] = {}
    negated, negations = set(), 0
    for i in compress(range(len(kinds)), kinds):
        kind, w = kinds[i], words[i]
        if kind == _NEGATION:
            negations += 1
            head = next((c for c in content[i + 1:i + 1 + NEGATION_SCOPE] if c), None)
            if head is not None:
                negated.add(head)
        elif kind == _DIGITS:
            number = w.replace(",", "")
            found[i] = ("year" if _YEAR.fullmatch(number) else "number", number)
        elif kind == _NUMBER_WORD:
            found[i] = ("number", lang.number_words[w])
        elif spelled[i][0].isupper():
            found[i] = ("month" if kind == _MONTH else "weekday", w)
    if not found:
        return (), negations, frozenset(negated)
    values = [(kind, value, frozenset((_context(content, found, i, -1), _context(content, found, i, 1))) - {""})
              for i, (kind, value) in found.items()]
    return tuple(values), negations, frozenset(negated)


def _context(content: Sequence[str], values: Mapping[int, Any], i: int, step: int) -> str:
    """The nearest content word from position i in direction `step` among the next
    `VALUE_CONTEXT` words that are no value, "" when there is none."""
    seen, j = 0, i + step
    while 0 <= j < len(content) and seen < VALUE_CONTEXT:
        if j not in values:
            if content[j]:
                return content[j]
            seen += 1
        j += step
    return ""


FEATURES = (
    "word_min", "word_max", "word_dice", "stem_min", "stem_max", "stem_dice", "lcs_min", "lcs_max", "characters", "token_sort", "token_set", "partial",
    "length_ratio", "length_difference", "length_min", "numbers_differ", "numbers_one_side", "numbers_same",
    "numbers_unmatched", "negation_differs", "numbers_disagree", "dates_disagree", "negation_one_side",
    "content_unmatched_max", "content_unmatched_min", "ngram_precision",
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
    of `FEATURES`: overlaps of words and stems, the longest common stem
    subsequence over each length, rapidfuzz ratios, lengths, whether the numbers, dates and
    negations differ at all (the conflicts of `conflict` are narrower), content words of each the
    other lacks, and the geometric mean of the stem 1-, 2- and 3-gram precisions of the shorter.

    The string comparisons run in rapidfuzz over the whole batch (`process.cpdist`), the arithmetic
    in numpy; only the sets of numbers, dates and negations are compared a pair at a time.
    """
    import numpy as np
    from rapidfuzz import process

    def each(scorer: Any, x: Sequence[Any], y: Sequence[Any], dtype: Any = np.float64) -> Any:
        if not x:
            return np.zeros(0, dtype=dtype)
        return process.cpdist(x, y, scorer=scorer, workers=1, dtype=dtype)

    def sizes(items: Sequence[Any]) -> Any:
        return np.fromiter(map(len, items), dtype=np.float64, count=len(items))

    first, second = _current(first, second)
    n = len(first)
    la, lb = sizes([a.words for a in first]), sizes([b.words for b in second])
    lcs = each(LCSseq.similarity, [a.sequence for a in first], [b.sequence for b in second], np.int64)
    shares = []
    for k in range(4):
        xs, ys = [a.bags[k] for a in first], [b.bags[k] for b in second]
        shares.append(_overlaps(each(LCSseq.similarity, xs, ys, np.int64), sizes(xs), sizes(ys)))
    texts_a, texts_b = [a.text for a in first], [b.text for b in second]
    keys_a, keys_b = [a.key for a in first], [b.key for b in second]
    ratios = [each(fuzz.ratio, texts_a, texts_b), each(fuzz.ratio, keys_a, keys_b),
              each(fuzz.token_set_ratio, keys_a, keys_b), each(fuzz.partial_ratio, texts_a, texts_b)]
    unmatched = np.array([(len(a.content - b.content), len(b.content - a.content)) for a, b in zip(
        first, second, strict=True)], dtype=np.float64).reshape(n, 2)
    ca, cb = unmatched[:, 0], unmatched[:, 1]
    precision = np.exp(np.log(np.maximum(np.stack([shares[k][0] for k in (1, 2, 3)]), 0.01)).sum(axis=0) / 3)
    shorter, longer = np.minimum(la, lb), np.maximum(la, lb)
    columns = [
        *shares[0], *shares[1], lcs / np.maximum(longer, 1), lcs / np.maximum(shorter, 1),
        *(r / 100.0 for r in ratios), np.where((la > 0) & (lb > 0), shorter / np.maximum(longer, 1), 1.0),
        np.log1p(np.abs(la - lb)), np.log1p(shorter),
        *np.array([_signals(a, b) for a, b in zip(first, second, strict=True)], dtype=np.float64).reshape(n, 8).T,
        np.log1p(np.maximum(ca, cb)), np.log1p(np.minimum(ca, cb)), precision,
    ]
    return np.stack(columns, axis=1) if n else np.zeros((0, len(FEATURES)))


_NO_SIGNALS = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)


def _signals(a: Prepared, b: Prepared) -> tuple[float, ...]:
    """The features of numbers, dates and negations (`numbers_differ` to `negation_one_side`)."""
    if not (a.numbers or b.numbers or a.dates or b.dates or a.negations or b.negations):
        return _NO_SIGNALS
    return (
        0.0 if a.numbers == b.numbers else 1.0, 1.0 if bool(a.numbers) != bool(b.numbers) else 0.0,
        1.0 if a.numbers and a.numbers == b.numbers else 0.0, math.log1p(len(a.numbers ^ b.numbers)),
        1.0 if (a.negated - b.negated) & b.content or (b.negated - a.negated) & a.content else 0.0,
        1.0 if a.numbers and b.numbers and not _numbers_agree(a.numbers, b.numbers) else 0.0,
        1.0 if a.dates and b.dates and not (a.dates <= b.dates or b.dates <= a.dates) else 0.0,
        1.0 if bool(a.negations) != bool(b.negations) else 0.0,
    )


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


def _numbers_agree(x: frozenset[str], y: frozenset[str]) -> bool:
    return all(any(_same_number(n, m) for m in y) for n in x) or all(any(_same_number(n, m) for m in x) for n in y)


def _unmatched(mine: Sequence[tuple[str, str, frozenset[str]]],
               theirs: Sequence[tuple[str, str, frozenset[str]]]) -> list[tuple[str, str, frozenset[str]]]:
    """The values of `mine` that no value of the same kind in `theirs` agrees with."""
    return [v for v in mine if not any(k == v[0] and (x == v[1] or (k == "number" and _same_number(x, v[1])))
                                       for k, x, _ in theirs)]


def conflict(a: Prepared, b: Prepared) -> str | None:
    """Why two claims cannot say the same thing however alike they read: 'negation' (a word one
    negates that the other, which negates nothing, states), 'number' or 'date' (a number, year,
    month or weekday of one that the other does not give, where the other gives another of the
    same kind about the same thing: the two share a content word next to them).

    >>> conflict(prepare("They have agreed on a hotline"), prepare("They have not agreed on a hotline"))
    'negation'
    >>> conflict(prepare("The attack killed 12"), prepare("The attack killed 21")), conflict(prepare("12 died"), prepare("twelve died"))
    ('number', None)
    >>> conflict(prepare("The suspect, 31, was arrested"), prepare("The suspect faced two counts"))  # not about one thing
    """
    if (not b.negations and a.negated & b.content) or (not a.negations and b.negated & a.content):
        return "negation"
    if a.values and b.values:
        theirs = _unmatched(b.values, a.values)
        for kind, _, context in _unmatched(a.values, b.values):
            if any(k == kind and context & c for k, _, c in theirs):
                return "number" if kind == "number" else "date"
    return None


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

        >>> m = matcher().match("the two countries have agreed on a hotline", "the two countries have not agreed on a hotline")
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
        with _collector_paused():
            for start in range(0, len(pairs), BATCH):  # a bound on memory: a row of features a pair
                part = pairs[start:start + BATCH]
                first, second = [prepare(a) for a, _ in part], [prepare(b) for _, b in part]
                out += [Match(s, conflict(a, b), at) for a, b, s in zip(first, second, self.scores(first, second),
                                                                         strict=True)]
        return out


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch is judged: it makes many small objects and no
    cycles, and each full collection walks every prepared text in the caches (a third of the time
    of a batch of fresh texts, measured on MSRP). Reference counting still frees everything."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    """The shipped matcher, loaded once."""
    return Matcher.shipped()
