"""Claim text matching: the claim matcher, and the rapidfuzz helpers diff aligns with.

`Matcher` (`matcher()` for the shipped one) says whether two claims say the same thing: a
logistic regression over cheap features of the two texts (`features`: word, stem and letter
trigram overlaps, the longest common subsequence, rapidfuzz ratios, lengths, n-gram precision,
whether numbers, dates or negations differ at all; each text is `prepare`d once), whose
coefficients and threshold are learned on the MSRP train split by `benchmarks/matching.py --train`
and ship in data/matcher.json (10-fold cross-validated accuracy 0.763, F1 0.825). Beside its score
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

import bisect
import difflib
import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from provenance.datafiles import load_data
from provenance.errors import DataFileError
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


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the matcher compares of one claim text, computed once a text (see `prepare`).

    `words` are its normalised words (`normalise`), `text` and `key` them joined in order and
    sorted, `sequence` their stems as numbers (for rapidfuzz), `word_counts`, `stem_counts`,
    `bigrams`, `trigrams` and `grams` the multisets of its words, stems, stem pairs and triples and
    letter trigrams, `content` the stems of its content words (no stopwords, numbers, dates or
    negations). `numbers` are its numbers (digits, "twelve" as "12", no years), `dates` the
    months, weekdays and years it names, `values` each number and date with its kind and context
    (the stems of the nearest content words either side), `negations` how many negation words it
    has and `negated` the stems of the words they govern ("not yet agreed" -> agre).
    """

    words: tuple[str, ...]
    text: str
    key: str
    sequence: tuple[int, ...]
    word_counts: Counter[str]
    stem_counts: Counter[str]
    bigrams: Counter[tuple[str, str]]
    trigrams: Counter[tuple[str, str, str]]
    grams: Counter[str]
    content: frozenset[str]
    numbers: frozenset[str]
    dates: frozenset[str]
    values: tuple[tuple[str, str, frozenset[str]], ...]
    negations: int
    negated: frozenset[str]


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
    norm = normalise(text)
    words = tuple(norm.split())
    stems = tuple(map(_match_stem, words))
    spelled = _MATCH_TOKEN.findall(fold(text, accents_only=True))
    tokens = [w.lower().replace("’", "'") for w in spelled]
    content = [_match_stem(w) if _is_content(w) else "" for w in tokens]
    values, negations, negated = _values_and_negations(spelled, tokens, content)
    return Prepared(
        words=words, text=norm, key=" ".join(sorted(words)), sequence=tuple(map(hash, stems)),
        word_counts=Counter(words), stem_counts=Counter(stems), bigrams=Counter(zip(stems, stems[1:], strict=False)),
        trigrams=Counter(zip(stems, stems[1:], stems[2:], strict=False)),
        grams=Counter(map("".join, zip(norm, norm[1:], norm[2:], strict=False))),
        content=frozenset(c for c in content if c), numbers=frozenset(v for k, v, _ in values if k == "number"),
        dates=frozenset(v for k, v, _ in values if k != "number"), values=values, negations=negations,
        negated=negated)


def _values_and_negations(spelled: Sequence[str], words: Sequence[str], content: Sequence[str]) -> tuple[
        tuple[tuple[str, str, frozenset[str]], ...], int, frozenset[str]]:
    """The numbers and dates of a text with their kinds and contexts; its negation words and what they govern.

    A value's context is the nearest content word either side within `VALUE_CONTEXT` words, other
    values not counted ("in Baku on 12 May 2025": Baku for each of 12, May and 2025).
    """
    lang = _language()
    found: dict[int, tuple[str, str]] = {}
    negated, negations = set(), 0
    for i, (s, w) in enumerate(zip(spelled, words, strict=True)):
        if w in lang.negations or w.endswith("n't"):
            negations += 1
            head = next((c for c in content[i + 1:i + 1 + NEGATION_SCOPE] if c), None)
            if head is not None:
                negated.add(head)
        elif w[0].isdigit():
            number = w.replace(",", "")
            found[i] = ("year" if _YEAR.fullmatch(number) else "number", number)
        elif w in lang.number_words:
            found[i] = ("number", lang.number_words[w])
        elif s[0].isupper() and (w in lang.months or w in lang.weekdays):
            found[i] = ("month" if w in lang.months else "weekday", w)
    if not found:
        return (), negations, frozenset(negated)
    plain = [j for j in range(len(words)) if j not in found]  # positions of the words that are no value
    values = []
    for i, (kind, value) in found.items():
        at = bisect.bisect_left(plain, i)
        left = next((content[j] for j in reversed(plain[max(0, at - VALUE_CONTEXT):at]) if content[j]), "")
        right = next((content[j] for j in plain[at:at + VALUE_CONTEXT] if content[j]), "")
        values.append((kind, value, frozenset((left, right)) - {""}))
    return tuple(values), negations, frozenset(negated)


def _overlap(a: Counter[Any], b: Counter[Any]) -> tuple[float, float, float]:
    """Of two multisets: the smaller and the larger of the shares of each that the other holds too,
    and their Dice coefficient."""
    na, nb = a.total(), b.total()
    if not na or not nb:
        return (1.0, 1.0, 1.0) if na == nb else (0.0, 0.0, 0.0)
    shared = sum(min(a[k], b[k]) for k in a.keys() & b.keys())
    pa, pb = shared / na, shared / nb
    return (pa, pb, 2 * shared / (na + nb)) if pa <= pb else (pb, pa, 2 * shared / (na + nb))


FEATURES = (
    "word_min", "word_max", "word_dice", "stem_min", "stem_max", "stem_dice", "trigram_min", "trigram_max",
    "trigram_dice", "lcs_min", "lcs_max", "characters", "token_sort", "token_set", "partial",
    "length_ratio", "length_difference", "length_min", "numbers_differ", "numbers_one_side", "numbers_same",
    "numbers_unmatched", "negation_differs", "numbers_disagree", "dates_disagree", "negation_one_side",
    "content_unmatched_max", "content_unmatched_min", "ngram_precision",
)


def features(a: Prepared, b: Prepared) -> list[float]:
    """The matcher's features of a pair of prepared texts, in the order of `FEATURES`.

    Overlaps of words, stems and letter trigrams (`_overlap`), the longest common stem
    subsequence over each length, rapidfuzz ratios, lengths, whether the numbers, dates and
    negations differ at all (the conflicts of `conflict` are narrower), content words of each the
    other lacks, and the geometric mean of the stem 1-, 2- and 3-gram precisions of the shorter.
    """
    la, lb = len(a.words), len(b.words)
    lcs = LCSseq.similarity(a.sequence, b.sequence)
    ca, cb = len(a.content - b.content), len(b.content - a.content)
    precision = math.exp(sum(math.log(max(_overlap(x, y)[0], 0.01)) for x, y in (
        (a.stem_counts, b.stem_counts), (a.bigrams, b.bigrams), (a.trigrams, b.trigrams))) / 3)
    return [
        *_overlap(a.word_counts, b.word_counts), *_overlap(a.stem_counts, b.stem_counts), *_overlap(a.grams, b.grams),
        lcs / max(la, lb, 1), lcs / max(min(la, lb), 1),
        fuzz.ratio(a.text, b.text) / 100.0, fuzz.ratio(a.key, b.key) / 100.0,
        fuzz.token_set_ratio(a.key, b.key) / 100.0, fuzz.partial_ratio(a.text, b.text) / 100.0,
        min(la, lb) / max(la, lb) if la and lb else 1.0, math.log1p(abs(la - lb)), math.log1p(min(la, lb)),
        0.0 if a.numbers == b.numbers else 1.0, 1.0 if bool(a.numbers) != bool(b.numbers) else 0.0,
        1.0 if a.numbers and a.numbers == b.numbers else 0.0, math.log1p(len(a.numbers ^ b.numbers)),
        1.0 if (a.negated - b.negated) & b.content or (b.negated - a.negated) & a.content else 0.0,
        1.0 if a.numbers and b.numbers and not _numbers_agree(a.numbers, b.numbers) else 0.0,
        1.0 if a.dates and b.dates and not (a.dates <= b.dates or b.dates <= a.dates) else 0.0,
        1.0 if bool(a.negations) != bool(b.negations) else 0.0,
        math.log1p(max(ca, cb)), math.log1p(min(ca, cb)), precision,
    ]


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
        if a.words == b.words:
            return 1.0
        z = self.bias + sum(w * x for w, x in zip(self.weights, features(a, b), strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0

    def score(self, a: str, b: str) -> float:
        """`score_prepared` of two texts."""
        return self.score_prepared(prepare(a), prepare(b))

    def match(self, a: str, b: str, *, threshold: float | None = None) -> Match:
        """Score and conflict of two claim texts, judged at `threshold` (default: the matcher's own).

        >>> m = matcher().match("the two countries have agreed on a hotline", "the two countries have not agreed on a hotline")
        >>> m.same, m.contradicts, m.conflict
        (False, True, 'negation')
        """
        pa, pb = prepare(a), prepare(b)
        return Match(self.score_prepared(pa, pb), conflict(pa, pb), self.threshold if threshold is None else threshold)


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    """The shipped matcher, loaded once."""
    return Matcher.shipped()
