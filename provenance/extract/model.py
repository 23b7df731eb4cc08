"""The statistical attribution model: a linear-chain CRF that tags each paragraph's tokens as the
source, cue or content of an attribution (BIO), and the spans it proposes.

The model (a python-crfsuite file and a small JSON of word lists learned with it) ships in
provenance/data/ and is loaded the first time it is needed. `provenance.train` rebuilds it from an
annotated corpus; the features here serve both, so training and extraction cannot drift apart. The
word classes the features read (cue verb, title, given name ...) travel in the model file: they were
frozen from the lexicon when it was trained, so editing the lexicon never shifts a trained model.

    >>> [p.content for p in propose("Most voters believe the economy is weak, a poll shows.")][:1]
    [[(20, 39)]]
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate, filterfalse, groupby, repeat
from operator import itemgetter
from typing import Any

from provenance.extract.segment import Block, blocks
from provenance.model_version import MODEL_FILE, VERSION_FILE, model_version
from provenance.tuning import SHARED_SOURCE_GAP

MODEL_NAME, VERSION_NAME = MODEL_FILE, VERSION_FILE
version = model_version


# possessive: no shorter run could match where the longest did, so the engine keeps no way back
_TOKEN_RE = re.compile(r"\w++(?:[.\-]\w++)*+|[’']\w++|\S")
# the gaps and the tokens, alternating: _TOKEN_RE's tokens, written to open with the class of any
# character that is no space ('\S', then the rest of a word run, or of a clitic after an apostrophe,
# or nothing), so the engine skips over spaces at once instead of trying a match at each
_SPLIT_RE = re.compile(r"(\S(?:(?<=\w)\w*+(?:[.\-]\w++)*+|(?<=[’'])\w++|))")
_OPEN_Q = frozenset("“«")
_CLOSE_Q = frozenset("”»")
_STRAIGHT_Q = frozenset('"')
_SENT_END = frozenset(".!?")


@dataclass
class Proposal:
    """One attribution the model sees: character spans of its cue, source and content pieces."""
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    content: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Meta:
    version: str
    vocab: frozenset[str]
    suffixes: frozenset[str]
    cues: frozenset[str]
    classes: dict[str, str] = field(default_factory=dict, hash=False)  # lower-case word -> its class
    # lower-case word -> its distributional class at each granularity (learnt from the training text)
    clusters: dict[str, tuple[int, ...]] = field(default_factory=dict, hash=False)


def tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Token spans of text[start:end]: words (with inner dots and hyphens), clitics, single marks."""
    return [m.span() for m in _TOKEN_RE.finditer(text, start, end)]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The sequences the model tags: the extractor's blocks."""
    return [(b.start, b.end) for b in blocks(text)]


def _shape(tok: str) -> str:
    if tok.isalpha():
        if tok.islower():
            return "x"
        if tok.isupper():
            return "X" if len(tok) > 1 else "X1"
        return "Xx" if tok[0].isupper() and tok[1:].islower() else "xX"
    if tok.isdigit():
        return "d"
    if len(tok) == 1:
        if tok in _OPEN_Q or tok in _CLOSE_Q or tok in _STRAIGHT_Q:
            return "Q"
        if tok in "\u2014\u2013\u2015-":
            return "-"
        return tok if tok in ".,;:!?()'’[]" else "p"
    if tok[0] in "’'":
        return "'s" if tok[1:].lower() == "s" else "'x"
    return "Xx." if tok[0].isupper() else "x."


_RUN = 400
_WORD_ROWS = 16384  # word forms whose feature sums are kept
_NEAR = (("-1", -1), ("+1", 1), ("-2", -2), ("+2", 2))
_CUE_COLUMNS = 11  # the ten distance buckets of the nearest cue word, and none
# the distributional classes a word tells itself and each neighbour (_NEAR order): (feature prefix, granularity)
_CLUSTER_FEATURES = ((("k0=", 0), ("k1=", 1), ("k2=", 2)), (("-1k0=", 0), ("-1k1=", 1), ("-1k2=", 2)),
                     (("+1k0=", 0), ("+1k1=", 1), ("+1k2=", 2)), (("-2k1=", 1),), (("+2k1=", 1),))


class Featurizer:
    """Token features: a word's own features and those it lends its neighbours depend on the word
    alone (computed once per word form); the rest depend on where the token stands (quotation,
    place in the sentence, nearest cue word either side)."""

    def __init__(self, meta: Meta) -> None:
        self.meta = meta
        self.classes = meta.classes
        self.clusters = meta.clusters

    def groups(self, tok: str) -> list[list[str]]:
        """A word's own features, then what it tells each neighbour (_NEAR order)."""
        low = tok.lower()
        shape = _shape(tok)
        known = low in self.meta.vocab
        word = low if known else "?" + shape
        cls = self.classes.get(low, "-")
        own = ["w=" + word, "s=" + shape, "l=" + cls]
        if not known and len(low) > 3 and low[-3:] in self.meta.suffixes:
            own.append("x=" + low[-3:])
        if low in self.meta.cues:
            own.append("cue")
        out = [own, ["-1w=" + word, "-1l=" + cls, "-1s=" + shape], ["+1w=" + word, "+1l=" + cls, "+1s=" + shape],
               ["-2w=" + word], ["+2w=" + word]]
        ks = self.clusters.get(low)
        if ks:
            for group, spec in zip(out, _CLUSTER_FEATURES, strict=True):
                group += [f"{prefix}{ks[level]}" for prefix, level in spec]
        return out

    def kind(self, tok: str) -> tuple[bool, bool, bool, int, str]:
        """What the positional features need of a word: cue word, sentence end, may start a
        sentence, quotation mark (0 none, 1 opening, 2 closing, 3 straight), lower case."""
        low = tok.lower()
        q = 1 if tok in _OPEN_Q else 2 if tok in _CLOSE_Q else 3 if tok in _STRAIGHT_Q else 0
        return low in self.meta.cues, tok in _SENT_END, tok[:1].isupper() or q in (1, 3), q, low

    def sequence(self, words: list[str]) -> list[list[str]]:
        """Every feature of each token of one paragraph, as the trainer sees them."""
        import numpy as np

        n = len(words)
        kinds = [self.kind(w) for w in words]
        first = np.zeros(n, dtype=bool)
        first[0] = True
        lay = layout(np, np.array([k[0] for k in kinds]), np.array([k[1] for k in kinds]),
                     np.array([k[2] for k in kinds]), np.array([k[3] for k in kinds]), first)
        sp, q, lc, ld, rc, rd = (a.tolist() for a in lay)
        groups = [self.groups(w) for w in words]
        out = []
        for i in range(n):
            f = groups[i][0] + [f"sp={sp[i]}"]
            if q[i]:
                f.append(_QUOTE_STATES[q[i]])
            if lc[i] >= 0:
                f += ["lc=" + kinds[lc[i]][4], f"ld={ld[i]}"]
            if rc[i] >= 0:
                f += ["rc=" + kinds[rc[i]][4], f"rd={rd[i]}"]
            for g, (_, d) in enumerate(_NEAR, start=1):
                if 0 <= i + d < n:
                    f += groups[i + d][g]
            out.append(f)
        return out


_QUOTE_STATES = ("", "q=o", "q=c", "q=in")


def layout(np, cue, end, starter, qk, first):
    """Positional features of a run of tokens (paragraphs starting where `first` is set), as
    arrays: place in the sentence (bucketed), quotation state (0 out, 1 opening mark, 2 closing
    mark, 3 inside), the nearest cue word before and after in the sentence (index or -1) and
    their distances (bucketed)."""
    n = len(cue)
    ar = np.arange(n)
    start = first.copy()
    start[1:] |= end[:-1] & starter[1:]
    s_idx = np.maximum.accumulate(np.where(start, ar, 0))
    sp = _buckets(np, ar - s_idx)
    acc = np.maximum.accumulate(np.where(cue, ar, -1))
    last = np.concatenate(([-1], acc[:-1]))
    lc = np.where(last >= s_idx, last, -1)
    ld = _buckets(np, ar - lc)
    acc = np.minimum.accumulate(np.where(cue, ar, n)[::-1])[::-1]
    nxt = np.concatenate((acc[1:], [n]))
    rc = np.where((nxt < n) & (s_idx[np.minimum(nxt, n - 1)] == s_idx), nxt, -1)
    rd = _buckets(np, rc - ar)
    p_idx = np.maximum.accumulate(np.where(first, ar, 0))
    straight = qk == 3
    count = np.cumsum(straight)
    in_para = count - (count - straight)[p_idx]
    opens = (qk == 1) | (straight & (in_para % 2 == 1))
    marks = np.maximum.accumulate(np.where(qk > 0, ar, -1))
    prev = np.concatenate(([-1], marks[:-1]))
    inside = (prev >= p_idx) & opens[np.maximum(prev, 0)]
    q = np.where(qk > 0, np.where(opens, 1, 2), np.where(inside, 3, 0))
    return sp, q, lc, ld, rc, rd


def _buckets(np, k):
    # take() clipping the indices to the table: np.clip's bounds checks (numpy's integer limits,
    # read at every call) cost more than the bucketing itself
    return np.where(k < 12, _bucket_table(np).take(k, 0, None, "clip"), 9)


_BUCKET_TABLE = (0, 1, 2, 3, 4, 5, 6, 6, 8, 8, 8, 8)


@lru_cache(maxsize=1)
def _bucket_table(np):
    return np.asarray(_BUCKET_TABLE)


def document_tokens(np, text: str, found: list[Block] | None = None):
    """The tokens of the whole text (words, start and end offsets) and where each run the model
    tags begins: a paragraph (the extractor's block; `found`: the text's blocks when the caller
    has them), cut every _RUN tokens."""
    parts = _SPLIT_RE.split(text)
    # where each part ends: the running sum of their lengths (the gaps and the tokens alternate),
    # summed as Python ints (the offsets are wanted as a list)
    part_ends = list(accumulate(map(len, parts)))
    words, starts, ends = parts[1::2], part_ends[0:-1:2], part_ends[1::2]
    n = len(words)
    first = np.zeros(n, dtype=bool)
    if not n:
        return words, starts, ends, first
    # every character that is not a space lies in a block, so a block's first token is the
    # first one starting at or after its start
    first[[bisect_left(starts, b.start) for b in (blocks(text) if found is None else found)]] = True
    first[0] = True
    at = np.arange(n)
    para = np.maximum.accumulate(np.where(first, at, 0))
    first |= (at - para) % _RUN == 0
    return words, starts, ends, first


def spans_of(np, labels, names: list[str], first):
    """BIO label indices -> runs (role, first token, last token + 1): a run starts at a B label, at
    a change of role or at a new paragraph, and goes on over I labels of its role."""
    role_of = {"": 0, "C": 1, "Q": 2, "S": 3}
    roles = np.array([role_of[x[2:]] for x in names])[labels]
    is_b = np.array([x.startswith("B-") for x in names])[labels]
    tagged = roles > 0
    prev = np.concatenate(([0], roles[:-1]))
    start = tagged & (is_b | first | (prev != roles))
    stops = np.append(np.flatnonzero(~(tagged & ~start)), len(labels))
    begins = np.flatnonzero(start)
    ends = stops[np.searchsorted(stops, begins, side="right")]
    letters = " CQS"
    return [(letters[r], a, b) for r, a, b in zip(roles[begins].tolist(), begins.tolist(), ends.tolist(), strict=True)]


def group(spans: list[tuple[str, int, int]], starts: list[int], ends: list[int]) -> list[Proposal]:
    """Tagged runs of one paragraph -> attributions: each content and source goes to the nearest cue."""
    cues = [s for s in spans if s[0] == "Q"]
    props = [Proposal((starts[a], ends[b - 1]), None) for _, a, b in cues]
    orphans: list[tuple[int, int]] = []
    best_source: dict[int, int] = {}
    for role, a, b in spans:
        if role == "Q":
            continue
        if not cues:
            if role == "C":
                orphans.append((starts[a], ends[b - 1]))
            continue
        # the nearest cue (the first of the nearest, as min() with a key would find it) and its
        # distance, the smaller gap either side: a plain loop, no function called per cue
        k, dist = 0, -1
        for j, (_, qa, qb) in enumerate(cues):
            d = qa - b if qa >= b else b - qa
            e = a - qb if a >= qb else qb - a
            if e < d:
                d = e
            if dist < 0 or d < dist:
                k, dist = j, d
        if role == "C":
            props[k].content.append((starts[a], ends[b - 1]))
        elif role == "S" and dist < best_source.get(k, 10**9):
            best_source[k] = dist
            props[k].source = (starts[a], ends[b - 1])
    _share_sources(props)
    out = [p for p in props if p.content]
    out += [Proposal(None, None, [span]) for span in orphans]
    return out


def _share_sources(props: list[Proposal]) -> None:
    """A cue the tagger gave no source of its own ('Trump told reporters, adding that ...': one
    source, two cues; the tagger labels a source once) takes the source of the cue just before it
    in the paragraph."""
    for k, p in enumerate(props):
        if p.source is None and p.cue is not None and p.content:
            for q in reversed(props[:k]):
                if q.source is not None and q.cue is not None and p.cue[0] - q.cue[1] <= SHARED_SOURCE_GAP:
                    p.source = q.source
                    break


def proposals(np, labels, names: list[str], first, starts: list[int], ends: list[int]) -> list[Proposal]:
    """The attributions of a tagged document, paragraph (run) by paragraph."""
    spans = spans_of(np, labels, names, first)
    if not spans:
        return []
    # the run of each span's first token (runs counted only there, not for every token)
    runs = np.cumsum(first)[[a for _, a, _ in spans]].tolist()
    out: list[Proposal] = []
    for _, grouped in groupby(zip(runs, spans, strict=True), key=itemgetter(0)):
        out.extend(group([span for _, span in grouped], starts, ends))
    return out


@lru_cache(maxsize=1)
def _raw() -> dict:
    return json.loads(resources.files("provenance").joinpath("data", MODEL_NAME).read_text(encoding="utf-8"))


def meta_from(raw: dict) -> Meta:
    """The word lists of a model file (or of a model being trained): the word classes are stored
    by class, each a sorted list of words."""
    classes = {w: name for name, words in raw["classes"].items() for w in words}
    clusters = {w: tuple(ks) for w, ks in raw.get("clusters", {}).items()}
    return Meta(raw["version"], frozenset(raw["vocab"]), frozenset(raw["suffixes"]), frozenset(raw["cues"]), classes,
                clusters)


_SHAPES = ("x", "X", "X1", "Xx", "xX", "d", "Q", "-", "p", "'s", "'x", "Xx.", "x.", *".,;:!?()'’[]")
_QUOTE_KIND = {**{q: 1 for q in _OPEN_Q}, **{q: 2 for q in _CLOSE_Q}, **{q: 3 for q in _STRAIGHT_Q}}
_WORD_FEATURES = (("w=", "l=", "s="), ("-1w=", "-1l=", "-1s="), ("+1w=", "+1l=", "+1s="), ("-2w=", None, None),
                  ("+2w=", None, None))  # what a word lends itself and each neighbour (_NEAR order)


class Model:
    """A trained tagger: feature weights by label and label transitions, applied with numpy to a
    whole document at once (Viterbi over its paragraphs side by side).

    A word's features are sums of parts that depend on its lower-case form (the word itself, its
    lexicon class, cue word) and on its shape, so the sums are tables made once when the model
    loads: a word form met for the first time costs a few look-ups, not a feature string each."""

    def __init__(self, raw: dict) -> None:
        import numpy as np  # loaded with the model, not with the package

        self.np = np
        self.meta = meta_from(raw)
        self.features = Featurizer(self.meta)
        self.labels: list[str] = raw["labels"]
        self.index = {a: i + 1 for i, a in enumerate(raw["attributes"])}
        k = len(self.labels)
        self.weights = np.zeros((len(self.index) + 1, k))
        self.weights[1:] = np.asarray(raw["weights"], dtype=float).reshape(-1, k)
        self.transitions = np.asarray(raw["transitions"], dtype=float).reshape(k, k)
        self.incoming = np.ascontiguousarray(self.transitions.T)  # [label, previous label], for decode
        # what decoding adds to a label's score (a nudge towards cues and contents trades some of
        # the tagger's precision for recall; chosen on held-out training articles, see train.py)
        self.bias = np.zeros(k)
        for label, b in raw.get("bias", {}).items():
            self.bias[self.labels.index(label)] += b
        ids = self.index.get
        self.fixed = {name: np.array([ids(f"{name}={b}", 0) for b in range(10)]) for name in ("sp", "ld", "rd")}
        self.fixed["q"] = np.array([ids(f, 0) for f in _QUOTE_STATES])
        # the place-in-sentence and quotation-state rows summed once for every pair: a token reads one row
        self.place_quote = (self.weights[self.fixed["sp"]][:, None] + self.weights[self.fixed["q"]][None, :]
                            ).reshape(-1, k)  # row sp * len(_QUOTE_STATES) + q
        self._tables()
        self.words: dict[str, int] = {}
        self._reset(_WORD_ROWS)

    def _rows(self, names) -> Any:
        """The weight rows of the named features (the zero row for a feature the model lacks)."""
        get = self.index.get
        return self.weights[self.np.fromiter((get(n, 0) for n in names), dtype=self.np.int64, count=len(names))]

    def _tables(self) -> None:
        """Feature sums by lower-case word (the vocabulary, then one zero row for any other word), by
        shape, by lexicon class and suffix of a word outside the vocabulary; cue words' ids."""
        np, meta, k = self.np, self.meta, len(self.labels)
        classes = self.features.classes
        vocab = sorted(meta.vocab)
        self.vocab = {w: i for i, w in enumerate(vocab)}
        names = sorted(set(classes.values()) | {"-"})
        self.class_ids = {c: i for i, c in enumerate(names)}
        self.shape_ids = {s: i for i, s in enumerate(_SHAPES)}
        suffixes = sorted(meta.suffixes)
        self.suffix_ids = {s: i + 1 for i, s in enumerate(suffixes)}
        groups = len(_WORD_FEATURES)
        self.by_word = np.zeros((groups, len(vocab) + 1, k))
        self.by_shape = np.zeros((groups, len(_SHAPES), k))   # a known word's shape part
        self.by_unknown = np.zeros((groups, len(_SHAPES), k))  # '?shape' standing for an unknown word
        self.by_class = np.zeros((groups, len(names), k))
        vocab_classes = [classes.get(w, "-") for w in vocab]
        vocab_clusters = [self.features.clusters.get(w) for w in vocab]
        for g, (w, lab, s) in enumerate(_WORD_FEATURES):
            self.by_word[g, :-1] = self._rows([w + x for x in vocab])
            self.by_unknown[g] = self._rows([w + "?" + x for x in _SHAPES])
            if lab is not None:
                self.by_word[g, :-1] += self._rows([lab + c for c in vocab_classes])
                self.by_class[g] = self._rows([lab + c for c in names])
                self.by_shape[g] = self._rows([s + x for x in _SHAPES])
            # distributional classes: only words of the vocabulary have one (a word without one reads the
            # zero row, as the empty name)
            for prefix, level in _CLUSTER_FEATURES[g] if self.features.clusters else ():
                self.by_word[g, :-1] += self._rows([f"{prefix}{ks[level]}" if ks else "" for ks in vocab_clusters])
        self.cue_row = self._rows(["cue"])[0]
        self.is_cue = np.array([w in meta.cues for w in vocab] + [False])
        self.by_word[0, :-1] += self.is_cue[:-1, None] * self.cue_row
        self.by_suffix = np.zeros((len(suffixes) + 1, k))
        self.by_suffix[1:] = self._rows(["x=" + x for x in suffixes])
        self.left_cue, self.left_table = self._cue_table("lc=", "ld")
        self.right_cue, self.right_table = self._cue_table("rc=", "rd")

    def _cue_table(self, prefix: str, distance: str) -> tuple[dict[str, int], Any]:
        """The nearest cue word's row and its distance's, summed once for every pair: cue word ->
        its block of _CUE_COLUMNS rows in the table (one a distance bucket, the last for no cue in
        the sentence: the zero row twice). Cue words the model has no feature for share block 0."""
        get = self.index.get
        rows = {c: get(prefix + c, 0) for c in self.meta.cues}
        distinct = [0, *sorted(set(rows.values()) - {0})]
        block = {r: i for i, r in enumerate(distinct)}
        columns = self.np.append(self.fixed[distance], 0)
        table = self.weights[distinct][:, None] + self.weights[columns][None, :]
        return {c: block[r] for c, r in rows.items()}, table.reshape(-1, len(self.labels))

    def _reset(self, size: int) -> None:
        np, k = self.np, len(self.labels)
        self.words.clear()
        self.zero_row = size  # the row past the word forms', kept at zero
        self.vectors = np.zeros((1 + len(_NEAR), size + 1, k))   # own, then what neighbours get
        self.info = np.zeros((6, size), dtype=np.int64)      # cue, end, starter, quote, lc id, rc id

    def forget(self) -> None:
        """Forget the word forms met so far (a benchmark's cold start)."""
        self._reset(_WORD_ROWS)

    def _add_words(self, new: list[str]) -> None:
        """Rows for word forms not met before: their summed feature weights and kinds."""
        np = self.np
        base = len(self.words)
        self.words.update(zip(new, range(base, base + len(new)), strict=True))
        lows = list(map(str.lower, new))
        unknown = len(self.vocab)
        rows = np.fromiter(map(self.vocab.get, lows, repeat(unknown)), dtype=np.int64, count=len(new))
        shapes = np.fromiter(map(self.shape_ids.__getitem__, map(_shape, new)), dtype=np.int64, count=len(new))
        vec = self.by_word.take(rows, axis=1) + self.by_shape.take(shapes, axis=1)
        cue = self.is_cue[rows]
        odd = np.flatnonzero(rows == unknown)
        if len(odd):
            odd_lows = [lows[j] for j in odd.tolist()]
            vec[:, odd] += self.by_unknown[:, shapes[odd]] + self.by_class[:, [
                self.class_ids[self.features.classes.get(w, "-")] for w in odd_lows]]
            suffix_ids = self.suffix_ids
            vec[0, odd] += self.by_suffix[[suffix_ids.get(w[-3:], 0) if len(w) > 3 else 0 for w in odd_lows]]
            odd_cue = np.array([w in self.meta.cues for w in odd_lows])
            vec[0, odd] += odd_cue[:, None] * self.cue_row
            cue[odd] = odd_cue
        self.vectors[:, base:base + len(new)] = vec
        q = np.fromiter(map(_QUOTE_KIND.get, new, repeat(0)), dtype=np.int64, count=len(new))
        info = self.info[:, base:base + len(new)]
        info[0] = cue
        info[1] = list(map(_SENT_END.__contains__, new))
        info[2] = list(map(str.isupper, map(itemgetter(slice(1)), new)))  # w[:1].isupper(), no Python loop
        info[2] |= (q == 1) | (q == 3)
        info[3] = q
        info[4] = list(map(self.left_cue.get, lows, repeat(0)))
        info[5] = list(map(self.right_cue.get, lows, repeat(0)))

    def emissions(self, words: list[str], first):
        """Label scores of each token of a document's paragraphs (`first` marks their starts)."""
        np = self.np
        known = self.words
        distinct = list(dict.fromkeys(words))
        new = list(filterfalse(known.__contains__, distinct))  # in order, without a Python loop
        if new and len(known) + len(new) > self.zero_row:
            # bounded: forget the forms met so far and start again from this document's (a fixed
            # table keeps memory flat however many articles go through)
            self._reset(max(_WORD_ROWS, len(distinct)))
            new = distinct
        if new:
            self._add_words(new)
        rows = np.fromiter(map(known.__getitem__, words), dtype=np.int64, count=len(words))
        # take() along one axis: the same rows as indexing with an array, without numpy's general
        # indexing machinery (several times faster for these gathers)
        e = self.vectors[0].take(rows, axis=0)
        pid = np.cumsum(first)
        zero = self.zero_row
        for g, (_, d) in enumerate(_NEAR, start=1):
            # what the neighbour d tokens away lends, read from the zero row where it lies in another
            # paragraph or past the text (adding 0.0 leaves a score as it was)
            near = np.full_like(rows, zero)
            here, there = (slice(-d, None), slice(None, d)) if d < 0 else (slice(None, -d), slice(d, None))
            near[here] = np.where(pid[here] == pid[there], rows[there], zero)
            e += self.vectors[g].take(near, axis=0)
        info = self.info.take(rows, axis=1)
        sp, q, lc, ld, rc, rd = layout(np, info[0] > 0, info[1] > 0, info[2] > 0, info[3], first)
        e += self.place_quote.take(sp * len(_QUOTE_STATES) + q, axis=0)
        e += self.left_table.take(np.where(lc >= 0, info[4][lc] * _CUE_COLUMNS + ld, _CUE_COLUMNS - 1), axis=0)
        e += self.right_table.take(np.where(rc >= 0, info[5][rc] * _CUE_COLUMNS + rd, _CUE_COLUMNS - 1), axis=0)
        e += self.bias
        return e

    def decode(self, e, first):
        """Viterbi over the paragraphs side by side: the best label (its index) of each token."""
        np = self.np
        n, k = e.shape
        starts = np.flatnonzero(first)
        lengths = np.diff(np.append(starts, n))
        order = np.argsort(-lengths, kind="stable")  # longest first: the live rows are a prefix
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        p, m = len(starts), int(lengths.max())
        pid = np.cumsum(first) - 1
        pos = np.arange(n) - starts[pid]
        row = rank[pid]
        # left unset (np.empty, no zeroing): a step reads only the rows still live, which hold a
        # token there, and follows back only through labels its live rows chose
        grid = np.empty((m, p, k))
        cell = pos * p + row  # (pos, row) as one index into the grid's rows: a faster scatter and gather
        grid.reshape(-1, k)[cell] = e
        live = np.searchsorted(-lengths[order], -np.arange(m), side="left")  # rows longer than t
        delta = grid[0].copy()
        back = np.empty((m, p, k), dtype=np.intp)
        # cand[row, label, previous label]: the previous labels lie side by side, so the argmax runs
        # along the last axis, and the best score is read at it rather than reduced again (the same
        # floats as a max, half the cost of a step)
        cand = np.empty((p, k, k))
        flat = cand.reshape(-1)
        at_best = (np.arange(p * k) * k).reshape(p, k)
        best_at = np.empty((p, k), dtype=np.intp)
        # each row's scores copied once for every label (take along axis 0), then the transitions
        # added array to array: the same sums as a broadcast add of delta[:, None, :], at half its cost
        spread = np.repeat(np.arange(p), k)  # row of each of cand's (row, label) rows
        incoming, add = np.tile(self.incoming, (p, 1)), np.add
        steps = list(zip(range(1, m), live[1:].tolist(), strict=True))
        for c, run in groupby(steps, key=itemgetter(1)):
            # the steps with as many live rows share their views: a few numpy calls a step, with
            # no allocation
            cc, dc, bc, gc = cand[:c].reshape(c * k, k), delta[:c], back[:, :c], grid[:, :c]
            sc, ic = spread[:c * k], incoming[:c * k]
            ac, bac, take, argmax = at_best[:c], best_at[:c], dc.take, cand[:c].argmax
            for t, _ in run:
                # (arguments by position: numpy parses keywords at every call; each step's view once)
                bt = bc[t]
                take(sc, 0, cc, "clip")
                add(cc, ic, cc)
                argmax(2, bt)
                add(ac, bt, bac)
                flat.take(bac, None, dc, "clip")
                add(dc, gc[t], dc)
        best = np.empty((m, p), dtype=np.intp)
        best[lengths[order] - 1, np.arange(p)] = delta.argmax(1)  # each row's last label, at its own end
        back_flat, row_at, at_row = back.reshape(m, p * k), np.arange(p) * k, np.empty(p, dtype=np.intp)
        for c, run in groupby(reversed(steps), key=itemgetter(1)):
            # followed back: the label at t - 1 of each live row is back[t, row, its label at t]
            bc, ac, bac = best[:, :c], row_at[:c], at_row[:c]
            for t, _ in run:
                add(ac, bc[t], bac)
                back_flat[t].take(bac, None, bc[t - 1], "clip")
        return best.reshape(-1)[cell]

    def propose(self, text: str, found: list[Block] | None = None) -> list[Proposal]:
        """Every attribution the model finds in the text, paragraph by paragraph (`found`: the
        text's blocks, when the caller has them)."""
        np = self.np
        words, starts, ends, first = document_tokens(np, text, found)
        if not words:
            return []
        labels = self.decode(self.emissions(words, first), first)
        return proposals(np, labels, self.labels, first, starts, ends)


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The model shipped in the package, loaded on first use."""
    return Model(_raw())


_IN_USE: list[Model] = []


@contextmanager
def using(model: Model) -> Iterator[None]:
    """Extract with this model instead of the shipped one (training scores a model it just made)."""
    _IN_USE.append(model)
    try:
        yield
    finally:
        _IN_USE.pop()


def propose(text: str, found: list[Block] | None = None) -> list[Proposal]:
    """The shipped model's attributions in a text (or those of the model `using` gives); `found`:
    the text's blocks, when the caller has them."""
    return (_IN_USE[-1] if _IN_USE else shipped()).propose(text, found)
