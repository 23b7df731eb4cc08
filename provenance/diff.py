"""Diffing two claim sets: what changed in the sourcing of a story between two versions.

A side is a version in the database (`DOC@N`, `DOC` for the latest) or a claim-set file, so a
machine draft can be held against a reviewed set. Claims are aligned on order and content in
three passes, none of them all-pairs:

1. exact: claims whose normalised text is equal (`matching.normalise`), paired in order;
2. window: each claim left over is scored (rapidfuzz, `matching.claim_similarity`) against the
   unaligned claims near where the exact pairs that keep their order say it should be;
3. global: for claims that moved *and* changed, candidates are the unaligned claims sharing the
   most rare content words with it (blocking), never a scan of every pair.

Pairs are assigned best score first; a pair needs `threshold` similarity. Aligned pairs outside
a longest order-keeping run are `moved`.

Each aligned pair is then classified; several kinds can apply to one pair. See schema/DIFF.md.

>>> result = compare(a_claimset, b_claimset)          # doctest: +SKIP
>>> result.summary()["reworded"], result.equal        # doctest: +SKIP
(1, False)
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from provenance import claimset, matching
from provenance.bounds import is_whole, parse_whole
from provenance.errors import InputError
from provenance.listing import CLAIM_COLUMNS, origin_label
from provenance.output import markdown_cell
from provenance.tuning import (
    DIFF_BLOCK_CANDIDATES,
    DIFF_BLOCK_POSTINGS,
    DIFF_BLOCK_TALLY,
    DIFF_THRESHOLD,
    DIFF_WINDOW,
)
from provenance.utc import iso_z
from provenance.wording import plural

KINDS = ("unchanged", "reworded", "reattributed", "redated", "status_changed", "moved", "added", "removed")
CHANGES = KINDS[1:]
DEFAULT_THRESHOLD = DIFF_THRESHOLD
CLAIM_KEYS = (*CLAIM_COLUMNS, "reviewed_by")  # the listing's flat claim, and who reviewed it


# ---------------------------------------------------------------------------------------------
# Sides


@dataclass
class Side:
    """One side of a diff: where it came from and its claims as flat dicts (DESIGN's claim shape)."""

    source: str
    doc: str
    version: int
    title: str | None
    claims: list[dict[str, Any]]
    # per claim: normalised speaker name and aliases, anonymity, outlet name and aliases (for identity)
    speakers: list[tuple[str, frozenset[str], bool] | None] = field(default_factory=list, repr=False)
    outlets: list[tuple[str, frozenset[str]] | None] = field(default_factory=list, repr=False)
    # per claim: whether its chain is its own (no relay; its speaker, through its outlet or the publisher)
    own_chain: list[bool] = field(default_factory=list, repr=False)

    @property
    def label(self) -> str:
        ref = f"{self.doc}@{self.version}"
        return ref if self.source == ref else f"{self.source} ({ref})"

    def describe(self) -> dict[str, Any]:
        return {"source": self.source, "doc": self.doc, "version": self.version, "title": self.title,
                "claims": len(self.claims)}


def _name_key(name: str) -> str:
    """A speaker or outlet name for comparison: normalised, without a leading article.

    >>> _name_key("A senior Peruvian official")
    'senior peruvian official'
    """
    key = matching.normalise(name)
    for article in ("a ", "an ", "the "):
        if key.startswith(article) and len(key) > len(article):
            return key[len(article):]
    return key


def _identity(name: str, aliases: Iterable[str]) -> tuple[str, frozenset[str]]:
    return _name_key(name), frozenset(_name_key(a) for a in aliases)


def side_from_claimset(data: Mapping[str, Any], *, source: str | None = None) -> Side:
    """A diff side from a claim-set dict (as `claimset.load` or `store.export_claimset` give it)."""
    doc = data["document"]
    speakers = {s["id"]: s for s in data["speakers"]}
    outlets = {o["id"]: o for o in data["outlets"]}
    speaker_ids = {sid: (*_identity(s["name"], s.get("aliases") or ()), bool(s.get("anonymous")))
                   for sid, s in speakers.items()}
    outlet_ids = {oid: _identity(o["name"], o.get("aliases") or ()) for oid, o in outlets.items()}
    slug, number = doc["slug"], doc.get("version") or 1
    publisher = next((o["id"] for o in outlets.values() if o["name"] == doc.get("outlet")), None)
    claims, speaker_keys, outlet_keys, own = [], [], [], []
    for c in sorted(data["claims"], key=lambda c: c["seq"]):
        s = speakers.get(c["speaker"]) if c.get("speaker") else None
        o = outlets.get(c["outlet"]) if c.get("outlet") else None
        # a claim set of format 1 gives no origin: its speaker, through its outlet or the publisher
        origin = c["origin"] if "origin" in c else {"speaker": c.get("speaker"), "outlet": c.get("outlet") or publisher}
        origin = origin or {"speaker": None, "outlet": None}
        claims.append({
            "id": c["id"], "doc": slug, "version": number, "seq": c["seq"], "start": c["start"], "end": c["end"],
            "text": c["text"], "speaker": s["name"] if s else None,
            "anonymous": bool(s.get("anonymous")) if s else None, "speaker_role": s.get("role") if s else None,
            "affiliation": s.get("affiliation") if s else None, "speaker_start": c.get("speaker_start"),
            "speaker_end": c.get("speaker_end"), "outlet": o["name"] if o else None,
            "via": " > ".join(outlets[v]["name"] for v in c.get("via") or ()) or None,
            "origin": origin_label(speakers[origin["speaker"]]["name"] if origin["speaker"] else None,
                                   outlets[origin["outlet"]]["name"] if origin["outlet"] else None),
            "cue": c.get("cue"),
            "form": c["form"], "stated_on": c.get("stated_on"), "event_on": c.get("event_on"), "kind": c["kind"],
            "status": c["status"], "reason": c.get("reason") or "", "reviewed_by": c.get("reviewed_by"),
        })
        speaker_keys.append(speaker_ids[c["speaker"]] if s else None)
        outlet_keys.append(outlet_ids[c["outlet"]] if o else None)
        own.append(not c.get("via") and origin["speaker"] == c.get("speaker")
                   and origin["outlet"] in (c.get("outlet"), publisher))
    return Side(source=source or f"{slug}@{number}", doc=slug, version=number, title=doc.get("title"),
                claims=claims, speakers=speaker_keys, outlets=outlet_keys, own_chain=own)


ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")


def is_file_spec(spec: str) -> bool:
    """A claim-set file (a path ending in .json, or an existing file named with a folder) rather than DOC@N."""
    return spec.lower().endswith(".json") or ("/" in spec and Path(spec).is_file())


def parse_version_spec(spec: str) -> tuple[str, int | None]:
    """`DOC@N` -> (DOC, N); `DOC` or `DOC@latest` -> (DOC, None).

    >>> parse_version_spec("my-story@2")
    ('my-story', 2)
    """
    slug, sep, number = spec.rpartition("@")
    if not sep:
        return spec, None
    if number == "latest":
        return slug, None
    if not slug or not is_whole(number) or not number.strip("0"):
        raise InputError(f"{spec[:200]!r} is neither DOC@N (N a version number, e.g. my-story@2) "
                         "nor a claim-set file ending in .json")
    return slug, parse_whole(number, f"{spec[:60]!r}: version", minimum=1)


def load_side(spec: str, *, database: Callable[[], Any]) -> Side:
    """Load one side: a claim-set file, or a version from the database (opened only when needed)."""
    if "@" not in spec and spec.lower().endswith(ARTICLE_SUFFIXES) and Path(spec).is_file():
        raise InputError(f"{spec}: an article file: diff compares claims, so ingest it first "
                         f"(`provenance ingest {spec}`) and give its DOC@N, or give a .json claim set")
    if is_file_spec(spec):
        return side_from_claimset(claimset.load(spec), source=spec)
    from provenance.store import export_claimset

    slug, number = parse_version_spec(spec)
    with database().reading() as session:
        data = export_claimset(session, slug, number)
    side = side_from_claimset(data)
    side.source = spec if number is not None else side.source
    return side


# ---------------------------------------------------------------------------------------------
# Alignment


def _longest_increasing(pairs: Sequence[tuple[int, int]]) -> set[int]:
    """Positions in `pairs` (sorted by first item) of a longest run whose second items increase."""
    tails: list[int] = []  # smallest last j of an increasing run of each length
    tail_at: list[int] = []  # the position in pairs of that last j
    before = [-1] * len(pairs)
    for pos, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_at.append(pos)
        else:
            tails[k] = j
            tail_at[k] = pos
        before[pos] = tail_at[k - 1] if k else -1
    keep: set[int] = set()
    pos = tail_at[-1] if tail_at else -1
    while pos >= 0:
        keep.add(pos)
        pos = before[pos]
    return keep


def _assign(candidates: list[tuple[float, int, int]], a_to_b: list[int], b_to_a: list[int],
            scores: list[float]) -> None:
    """Greedy best-first assignment: the most similar free pair first, ties in document order."""
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    for score, i, j in candidates:
        if a_to_b[i] < 0 and b_to_a[j] < 0:
            a_to_b[i], b_to_a[j], scores[i] = j, i, score


def align(a_norm: Sequence[str], b_norm: Sequence[str], *, threshold: float = DEFAULT_THRESHOLD
          ) -> list[tuple[int, int, float]]:
    """Align two sequences of normalised claim texts; returns (i, j, similarity) sorted by i.

    >>> align(["a b c", "x y z", "new words here"], ["x y z", "a b c d"], threshold=0.5)
    [(0, 1, 0.845), (1, 0, 1.0)]
    """
    n, m = len(a_norm), len(b_norm)
    a_to_b, b_to_a, scores = [-1] * n, [-1] * m, [0.0] * n
    _align_exact(a_norm, b_norm, a_to_b, b_to_a, scores)
    score = _Scorer(a_norm, b_norm)
    for find in (_window_candidates, _global_candidates):
        free_a = [i for i in range(n) if a_to_b[i] < 0]
        free_b = [j for j in range(m) if b_to_a[j] < 0]
        if free_a and free_b:
            candidates = find(free_a, free_b, a_to_b, b_norm, score, threshold)
            _assign(candidates, a_to_b, b_to_a, scores)
    return [(i, a_to_b[i], round(scores[i], 3)) for i in range(n) if a_to_b[i] >= 0]


def _align_exact(a_norm: Sequence[str], b_norm: Sequence[str], a_to_b: list[int], b_to_a: list[int],
                 scores: list[float]) -> None:
    """Pass 1, exact: equal normalised text, the k-th occurrence in a with the k-th in b."""
    positions: dict[str, list[int]] = {}
    for j in range(len(b_norm) - 1, -1, -1):
        positions.setdefault(b_norm[j], []).append(j)
    for i, text in enumerate(a_norm):
        waiting = positions.get(text)
        if waiting:
            j = waiting.pop()
            a_to_b[i], b_to_a[j], scores[i] = j, i, 1.0


class _Scorer:
    """`matching.claim_similarity` of a[i] and b[j], from keys computed once a claim."""

    def __init__(self, a_norm: Sequence[str], b_norm: Sequence[str]):
        self.texts = (a_norm, b_norm)
        self.vocabulary: dict[str, int] = {}
        self.cache: tuple[dict[int, tuple[str, list[int]]], ...] = ({}, {})

    def keys(self, side: int, k: int) -> tuple[str, list[int]]:
        key = self.cache[side].get(k)
        if key is None:
            text = self.texts[side][k]
            key = self.cache[side][k] = (matching.sort_key(text), matching.word_ids(text, self.vocabulary))
        return key

    def __call__(self, i: int, j: int) -> float:
        (sa, wa), (sb, wb) = self.keys(0, i), self.keys(1, j)
        return (fuzz.ratio(sa, sb) + fuzz.ratio(wa, wb)) / 200.0


def _window_candidates(free_a: list[int], free_b: list[int], a_to_b: list[int], b_norm: Sequence[str],
                       score: _Scorer, threshold: float) -> list[tuple[float, int, int]]:
    """Pass 2, window: near the position implied by the exact pairs that keep their order (the anchors)."""
    n, m = len(a_to_b), len(b_norm)
    exact = [(i, a_to_b[i]) for i in range(n) if a_to_b[i] >= 0]
    anchors = [exact[p] for p in sorted(_longest_increasing(exact))]
    anchor_a = [i for i, _ in anchors]
    candidates: list[tuple[float, int, int]] = []
    for i in free_a:
        k = bisect.bisect_left(anchor_a, i)
        centres = set()
        if k > 0:
            pi, pj = anchors[k - 1]
            centres.add(pj + (i - pi))
        if k < len(anchors):
            ni, nj = anchors[k]
            centres.add(nj - (ni - i))
        if not centres:
            centres.add(round(i * m / n))
        seen: set[int] = set()
        for centre in centres:
            lo = bisect.bisect_left(free_b, centre - DIFF_WINDOW)
            hi = bisect.bisect_right(free_b, centre + DIFF_WINDOW)
            for j in free_b[lo:hi]:
                if j in seen:
                    continue
                seen.add(j)
                similarity = score(i, j)
                if similarity >= threshold:
                    candidates.append((similarity, i, j))
    return candidates


def _global_candidates(free_a: list[int], free_b: list[int], a_to_b: list[int], b_norm: Sequence[str],
                       score: _Scorer, threshold: float) -> list[tuple[float, int, int]]:
    """Pass 3, global: claims that moved and changed, found through their rarest content words."""
    a_norm = score.texts[0]
    postings: dict[str, list[int]] = {}
    for j in free_b:
        for word in matching.words_of(b_norm[j]):
            postings.setdefault(word, []).append(j)
    candidates = []
    for i in free_a:
        words = sorted((w for w in matching.words_of(a_norm[i]) if w in postings), key=lambda w: len(postings[w]))
        # rarest words first, as long as they tell claims apart and the tally stays small
        rare, tally = [], 0
        for w in words:
            df = len(postings[w])
            if df > DIFF_BLOCK_POSTINGS or tally + df > DIFF_BLOCK_TALLY:
                break
            rare.append(w)
            tally += df
        votes = Counter(chain.from_iterable(postings[w] for w in rare))
        for j, _ in votes.most_common(DIFF_BLOCK_CANDIDATES):
            similarity = score(i, j)
            if similarity >= threshold:
                candidates.append((similarity, i, j))
    return candidates


# ---------------------------------------------------------------------------------------------
# Classification


@dataclass(slots=True)
class Pair:
    """Two aligned claims (or one, for added and removed) and what changed between them."""

    kinds: list[str]
    a: dict[str, Any] | None
    b: dict[str, Any] | None
    similarity: float
    inline: str | None = None
    changes: dict[str, list[Any]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"kinds": self.kinds, "a": self.a, "b": self.b, "similarity": self.similarity,
                "inline": self.inline, "changes": self.changes}


def _same_party(x: tuple | None, y: tuple | None) -> bool:
    """Same speaker or outlet: names equal, or one's name is among the other's aliases."""
    if x is None or y is None:
        return x is y
    if x[2:] != y[2:]:  # anonymity (speakers only)
        return False
    return x[0] == y[0] or x[0] in y[1] or y[0] in x[1]


@dataclass
class Diff:
    """The result of comparing side `a` with side `b`; pairs in the reading order of `b`."""

    a: Side
    b: Side
    threshold: float
    pairs: list[Pair]

    def summary(self, pairs: Iterable[Pair] | None = None) -> dict[str, int]:
        counts = dict.fromkeys(KINDS, 0)
        for pair in self.pairs if pairs is None else pairs:
            for kind in pair.kinds:
                counts[kind] += 1
        return counts

    @property
    def equal(self) -> bool:
        return all(pair.kinds == ["unchanged"] for pair in self.pairs)

    def select(self, only: Sequence[str] | None = None) -> list[Pair]:
        """The pairs that have at least one of `only` (all pairs when `only` is empty)."""
        if not only:
            return list(self.pairs)
        wanted = set(only)
        return [pair for pair in self.pairs if wanted.intersection(pair.kinds)]

    def differs(self, only: Sequence[str] | None = None) -> bool:
        """Whether there is a difference of the selected kinds (any kind when `only` is empty)."""
        kinds = set(only or CHANGES) - {"unchanged"}
        return any(kinds.intersection(pair.kinds) for pair in self.pairs)

    def to_json(self, only: Sequence[str] | None = None) -> dict[str, Any]:
        """The JSON document of schema/diff.schema.json."""
        return {"a": self.a.describe(), "b": self.b.describe(), "threshold": self.threshold,
                "only": list(only) if only else None, "summary": self.summary(),
                "pairs": [self._pair_json(pair) for pair in self.select(only)]}

    def _pair_json(self, pair: Pair) -> dict[str, Any]:
        """A pair's JSON, each claim led by its reference (DOC@N#SEQ), the one the table prints and
        `show`, `review` and `history --claim` take."""
        out = pair.to_json()
        for name, side, claim in (("a", self.a, pair.a), ("b", self.b, pair.b)):
            if claim is not None:
                out[name] = {"ref": claim_ref(side, claim), **claim}
        return out


def _classify(a: Side, i: int, b: Side, j: int, similarity: float, moved: bool, same_text: bool,
              reviewers: bool) -> Pair:
    ca, cb = a.claims[i], b.claims[j]
    kinds: list[str] = []
    changes: dict[str, list[Any]] = {}
    inline = None
    if not same_text:
        kinds.append("reworded")
        inline = matching.inline_diff(ca["text"], cb["text"])
    speaker_changed = not _same_party(a.speakers[i], b.speakers[j])
    outlet_changed = not _same_party(a.outlets[i], b.outlets[j])
    # the chain, where it is more than the speaker and outlet say (names compared as speakers' are)
    own = a.own_chain[i] and b.own_chain[j] if a.own_chain and b.own_chain else False
    chain = [] if own else [k for k in ("via", "origin") if _name_key(ca[k] or "") != _name_key(cb[k] or "")]
    if speaker_changed or outlet_changed or chain:
        kinds.append("reattributed")
        if speaker_changed:
            changes["speaker"] = [ca["speaker"], cb["speaker"]]
            if ca["anonymous"] != cb["anonymous"]:
                changes["anonymous"] = [ca["anonymous"], cb["anonymous"]]
        if outlet_changed:
            changes["outlet"] = [ca["outlet"], cb["outlet"]]
        changes.update({k: [ca[k], cb[k]] for k in chain})
    dated = [k for k in ("stated_on", "event_on") if ca[k] != cb[k]]
    if dated:
        kinds.append("redated")
        changes.update({k: [ca[k], cb[k]] for k in dated})
    if ca["status"] != cb["status"] or (reviewers and ca["reviewed_by"] != cb["reviewed_by"]):
        kinds.append("status_changed")
        for k in ("status", "reviewed_by", "reason"):
            if ca[k] != cb[k]:
                changes[k] = [ca[k], cb[k]]
    if moved:
        kinds.append("moved")
        changes["seq"] = [ca["seq"], cb["seq"]]
    return Pair(kinds=kinds or ["unchanged"], a=ca, b=cb, similarity=similarity, inline=inline, changes=changes)


def compare(a: Side | dict[str, Any], b: Side | dict[str, Any], *, threshold: float = DEFAULT_THRESHOLD) -> Diff:
    """Align and classify the claims of two sides (claim-set dicts or loaded `Side`s)."""
    if not 0.0 <= threshold <= 1.0:
        raise InputError(f"threshold {threshold} is outside 0..1: give a similarity between 0 and 1, e.g. 0.6")
    side_a = a if isinstance(a, Side) else side_from_claimset(a)
    side_b = b if isinstance(b, Side) else side_from_claimset(b)
    a_norm = [matching.normalise(c["text"]) for c in side_a.claims]
    b_norm = [matching.normalise(c["text"]) for c in side_b.claims]
    aligned = align(a_norm, b_norm, threshold=threshold)
    in_order = _longest_increasing([(i, j) for i, j, _ in aligned])
    # A side without any reviewed claim (a machine draft) differs from a reviewed set in every
    # reviewer; there only the statuses are compared.
    reviewers = (any(c["reviewed_by"] for c in side_a.claims) and any(c["reviewed_by"] for c in side_b.claims))

    # Reading order of b; a removed claim follows the b claim its predecessor in a went to.
    keyed: list[tuple[tuple[int, int, int], Pair]] = []
    b_of_a = {i: j for i, j, _ in aligned}
    for pos, (i, j, score) in enumerate(aligned):
        pair = _classify(side_a, i, side_b, j, score, pos not in in_order, a_norm[i] == b_norm[j], reviewers)
        keyed.append(((j, 0, i), pair))
    aligned_b = set(b_of_a.values())
    for j, claim in enumerate(side_b.claims):
        if j not in aligned_b:
            keyed.append(((j, 0, -1), Pair(kinds=["added"], a=None, b=claim, similarity=0.0)))
    last_j = -1
    for i, claim in enumerate(side_a.claims):
        if i in b_of_a:
            last_j = b_of_a[i]
        else:
            keyed.append(((last_j, 1, i), Pair(kinds=["removed"], a=claim, b=None, similarity=0.0)))
    keyed.sort(key=lambda kp: kp[0])
    return Diff(a=side_a, b=side_b, threshold=threshold, pairs=[pair for _, pair in keyed])


def parse_kinds(values: Iterable[str]) -> list[str]:
    """`--only` values (repeatable, comma-separated) checked against the kinds."""
    out: list[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip().lower().replace("-", "_")
            if not part:
                continue
            if part not in KINDS:
                raise InputError(f"--only {part!r} is not a kind: use one or more of {', '.join(KINDS)}")
            if part not in out:
                out.append(part)
    return out


# ---------------------------------------------------------------------------------------------
# Rendering


def _arrow(old: Any, new: Any) -> str:
    def show(v: Any) -> str:
        if v is None:
            return "-"
        if isinstance(v, bool):
            return "yes" if v else "no"
        return str(v)

    return f"{show(old)} → {show(new)}"


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def change_lines(pair: Pair, *, width: int = 60) -> list[str]:
    """What a reader needs to see of one pair: the claim (or its word diff) and each change."""
    if pair.a is None:
        assert pair.b is not None
        return ["+ " + pair.b["text"]]
    if pair.b is None:
        return ["- " + pair.a["text"]]
    lines = [pair.inline if pair.inline is not None else _shorten(pair.b["text"], width)]
    ch = pair.changes
    for key in ("speaker", "anonymous", "outlet", "via", "origin", "stated_on", "event_on", "status", "reviewed_by"):
        if key in ch:
            lines.append(f"{key}: {_arrow(*ch[key])}")
    if "status" in ch or "reviewed_by" in ch:
        lines.append(f"reason: {pair.b['reason']}")
    if "seq" in ch:
        lines.append(f"position: #{ch['seq'][0]} → #{ch['seq'][1]}")
    return lines


def summary_line(result: Diff) -> str:
    counts = result.summary()
    parts = [f"{counts[k]} {k}" for k in CHANGES if counts[k]]
    head = f"{len(result.a.claims)} → {plural(len(result.b.claims), 'claim')}"
    if not parts:
        return f"No differences: {head}, {counts['unchanged']} unchanged."
    return f"Summary: {head}: " + ", ".join(parts) + f"; {counts['unchanged']} unchanged."


def claim_ref(side: Side, claim: dict[str, Any] | None) -> str:
    """Where `claim` of `side` is, as `show` and `review` take it: DOC@N#SEQ ('' for no claim)."""
    return f"{side.doc}@{side.version}#{claim['seq']}" if claim else ""


def _rows(result: Diff, pairs: Iterable[Pair], *, text: Callable[[Pair], str]) -> list[list[Any]]:
    return [[", ".join(p.kinds), claim_ref(result.a, p.a), claim_ref(result.b, p.b),
             f"{p.similarity:.2f}" if p.a and p.b else "", text(p)] for p in pairs]


def render_table(result: Diff, *, only: Sequence[str] | None = None, table_fmt: str = "simple_grid",
                 width: int = 60, ref_width: int | None = None) -> str:
    """The readable diff: both sides, the changed pairs as a table, unchanged ones counted. The a and
    b columns hold the claims' references (DOC@N#SEQ), wrapped at `ref_width` on a narrow terminal."""
    from tabulate import tabulate

    pairs = [p for p in result.select(only) if only or p.kinds != ["unchanged"]]
    out = [f"a: {result.a.label}, {plural(len(result.a.claims), 'claim')}",
           f"b: {result.b.label}, {plural(len(result.b.claims), 'claim')}"]
    if pairs:
        rows = _rows(result, pairs, text=lambda p: "\n".join(change_lines(p, width=width)))
        out.append(tabulate(rows, headers=["change", "a", "b", "similarity", "claim"], tablefmt=table_fmt,
                            disable_numparse=True, maxcolwidths=[16, ref_width, ref_width, None, width]))
    line = summary_line(result)
    if only:
        line += f" Showing {plural(len(pairs), 'pair')} with {', '.join(only)}."
    out.append(line)
    return "\n".join(out)


def _md_inline(pair: Pair) -> str:
    assert pair.a is not None and pair.b is not None
    marks = {"=": "{}", "-": "~~{}~~", "+": "**{}**"}
    return " ".join(marks[op].format(words) for op, words in matching.word_diff(pair.a["text"], pair.b["text"]))


def render_markdown(result: Diff, *, only: Sequence[str] | None = None) -> str:
    """The diff as Markdown: a heading, the summary and a table of the changed pairs."""
    from tabulate import tabulate

    pairs = [p for p in result.select(only) if only or p.kinds != ["unchanged"]]
    out = [f"## Claim diff: `{result.a.label}` → `{result.b.label}`", "", summary_line(result), ""]

    def text(p: Pair) -> str:
        lines = change_lines(p, width=1_000_000)  # Markdown wraps by itself: keep whole texts
        if p.inline is not None:
            lines[0] = _md_inline(p)
        return markdown_cell("\n".join(lines), escaped="\\|", line_break="<br>")

    if pairs:
        out.append(tabulate(_rows(result, pairs, text=text), headers=["change", "a", "b", "similarity", "claim"],
                            tablefmt="pipe", disable_numparse=True))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Versions of a document


def version_rows(session: Any, slug: str) -> list[dict[str, Any]]:
    """The versions of a document, oldest first, with their claim and reviewed-claim counts."""
    from sqlalchemy import func, select

    from provenance.models import Claim, Version
    from provenance.store import find_document

    doc = find_document(session, slug)
    versions = Version.__table__.c  # type: ignore[attr-defined]
    claims = Claim.__table__.c  # type: ignore[attr-defined]
    query = (
        select(versions.number, versions.published, versions.ingested_at, versions.sha256,
               func.count(claims.id), func.count(claims.reviewed_by))
        .select_from(Version.__table__.outerjoin(Claim.__table__, claims.version_id == versions.id))  # type: ignore[attr-defined]
        .where(versions.document_id == doc.id)
        .group_by(versions.id, versions.number, versions.published, versions.ingested_at, versions.sha256)
        .order_by(versions.number)
    )
    return [{"doc": slug, "version": r[0], "published": r[1], "ingested_at": iso_z(r[2]), "sha256": r[3][:12],
             "claims": r[4], "reviewed": r[5]} for r in session.execute(query)]


def diff_versions(database: Any, slug: str, a: int | None = None, b: int | None = None, *,
                  threshold: float = DEFAULT_THRESHOLD) -> Diff:
    """Compare two versions of a stored document (default: the one before the latest with the latest).

    For the demo: `print(render_table(diff_versions(db, "my-story")))`.
    """
    from provenance.store import export_claimset, find_version

    with database.reading() as session:
        if b is None:
            b = find_version(session, slug)[1].number
        if a is None:
            a = b - 1
        if a < 1:
            raise InputError(f"{slug!r} has only one version: ingest a new text of it first")
        data_a = export_claimset(session, slug, a)
        data_b = export_claimset(session, slug, b)
    return compare(side_from_claimset(data_a), side_from_claimset(data_b), threshold=threshold)
