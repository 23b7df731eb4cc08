"""Opposite findings: two claims that state the two sides of one fact about one thing.

The matcher's conflict signal (`provenance.matching.conflict`) needs two claims alike enough to
compare word for word: 'the bridge was built' and 'the bridge was not built'. A finding and the
claim it answers are seldom worded alike: a builder says 'the slipway was completed in May',
surveyors 'saw no sign of a slipway on the creek'; a council says 'the supplier was
reimbursed', the supplier 'we are still owed for the last invoice'. corroboration.json's
'opposites' name the two sides of a few such facts (something exists or was done, or not; was
paid, or not; was present, or not): the words that state each side ('completed', 'built' against
'no sign', 'never built', 'does not exist'), and a word of the one side with a negation a few
words before it ('was not built', 'no pumps were ever installed') states the other. A claim takes a side when all the words of a fact it holds agree ('the depot, logged as
completed, was never built' takes none), and a side hedged by a modal, the future or 'if' just
before it ('would be completed') is no finding.
Two claims are opposite when they take the two sides of one fact about one thing (`sides_taken`).
A rise against a fall is left out: two figures of a poll or a price that moved both ways on two
days disagree with nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from provenance.datafiles import load_data
from provenance.matching import STOPWORDS, normalise, stem
from provenance.tuning import OPPOSITE_HEDGE_REACH, OPPOSITE_NEGATION_REACH, OPPOSITE_WINDOW


@dataclass(frozen=True)
class _Fact:
    name: str
    states: tuple[tuple[str, ...], ...]  # the words of the side that holds ('completed', 'was there')
    negates: tuple[tuple[str, ...], ...]  # the words of the other side ('no sign', 'does not exist')
    not_before: frozenset[tuple[str, ...]] = frozenset()  # words after a side that make it no finding ('failed to', 'paid for by')


@dataclass(frozen=True)
class _Opposites:
    facts: tuple[_Fact, ...]
    negations: frozenset[str]  # words that turn a side into the other just before it ('not', 'never')
    hedges: frozenset[str]  # modal and future words that make a side no finding ('would', 'will')
    between: frozenset[str]  # words that may stand between a thing and a side ('was', 'the', 'of')
    skip: frozenset[str]  # words never the thing a fact is about (stopwords, 'million', 'percent')


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(normalise(p).split()) for p in items if normalise(p)}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _opposites() -> _Opposites:
    data = load_data("corroboration.json")["opposites"]
    facts = tuple(_Fact(f["name"], _phrases(f["states"]), _phrases(f["negates"]),
                        frozenset(tuple(normalise(w).split()) for w in f.get("not_before", []))) for f in data["facts"])
    negations = frozenset(normalise(w) for w in load_data("matcher.json")["negations"] if " " not in normalise(w))
    words = {w for f in facts for p in f.states + f.negates for w in p}
    measures = frozenset(normalise(w) for w in load_data("matcher.json")["measure_words"])
    skip = frozenset(STOPWORDS) | frozenset(normalise(w) for w in load_data("corroboration.json")["stopwords"])
    return _Opposites(facts, negations | {"t"}, frozenset(normalise(w) for w in data["hedges"]),
                      frozenset(normalise(w) for w in data["between"]), skip | frozenset(words) | negations | measures)


def _find(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    out = []
    for i in range(len(words)):
        for p in phrases:
            if tuple(words[i:i + len(p)]) == p:
                out.append((i, i + len(p)))
                break
    return out


def _sides(words: list[str], fact: _Fact, lex: _Opposites) -> list[tuple[int, int, int]]:
    """(start, end, side) of each unhedged mention of a side of `fact`: 1 holds, -1 does not. The
    words of one side within those of the other are no mention of their own ('built' of 'never
    built', 'failed' of 'never failed'); nor is a side its fact's `not_before` words follow
    ('failed to act')."""
    against, holds = _find(words, fact.negates), _find(words, fact.states)
    found = [(s, e, -1) for s, e in against if not _within(s, e, holds)]
    for s, e in holds:
        if _within(s, e, against):
            continue
        found.append((s, e, -1 if lex.negations.intersection(words[max(0, s - OPPOSITE_NEGATION_REACH):s]) else 1))
    return [(s, e, side) for s, e, side in found if not lex.hedges.intersection(words[max(0, s - OPPOSITE_HEDGE_REACH):s])
            and not any(tuple(words[e:e + len(after)]) == after for after in fact.not_before)]


def _within(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """Whether words s..e lie within one of `spans` and are not all of it."""
    return any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans)


def _thing(words: list[str], at: int, step: int, lex: _Opposites) -> str | None:
    """The stem of the thing a side is about: the first word from `at` going `step` (-1 back, 1
    on) past the words that may stand between ('the slipway was not', 'no sign of any', 'the fee
    was actually'), when it is a content word within `tuning.OPPOSITE_WINDOW` words; None at a
    pronoun, a verb of reporting, a number or anything else first."""
    for n in range(OPPOSITE_WINDOW):
        i = at + n * step
        if not 0 <= i < len(words):
            return None
        word = words[i]
        if word in lex.between or (word.endswith("ly") and len(word) > 4):
            continue
        return stem(word) if len(word) > 2 and word not in lex.skip and not word[0].isdigit() else None
    return None


@lru_cache(maxsize=1 << 14)
def sides_taken(text: str) -> tuple[tuple[str, int, frozenset[str], str], ...]:
    """(fact, side, the stems of the things it is about, the words that state it) for each fact
    of corroboration.json's 'opposites' a claim takes one side of (`module doc`): the thing stands
    just before the side's words ('the slipway was completed', 'the fee was never paid') or, for the
    words of the side that does not hold, just after them ('no sign of a slipway')."""
    lex = _opposites()
    words = normalise(text).split()
    out = []
    for fact in lex.facts:
        found = _sides(words, fact, lex)
        if not found or len({side for _, _, side in found}) > 1:
            continue
        things = {_thing(words, s - 1, -1, lex) for s, _, _ in found}
        against = set(_find(words, fact.negates))
        things |= {_thing(words, e, 1, lex) for s, e, _ in found if (s, e) in against}
        things.discard(None)
        if things:
            s, e, side = found[0]
            out.append((fact.name, side, frozenset(t for t in things if t), " ".join(words[s:e])))
    return tuple(out)


def opposite_keys(text: str) -> set[tuple[str, int, str]]:
    """(fact, side, thing) keys of a claim: two claims are opposite candidates when one has a key
    the other has with the other side."""
    return {(fact, side, thing) for fact, side, things, _ in sides_taken(text) for thing in things}


def opposite(a: str, b: str) -> tuple[str, str, str] | None:
    """(the thing, what `a` says of it, what `b` says of it) when two claim texts take the two
    sides of one fact about one thing, else None.

    >>> opposite("the slipway was completed in May", "surveyors saw no sign of a slipway on the creek")
    ('slipway', 'completed', 'no sign')
    >>> opposite("the slipway was completed in May", "the slipway would not be completed before June")
    >>> opposite("the supplier was reimbursed in April", "the supplier has never been paid")
    ('supplier', 'reimbursed', 'paid')
    >>> opposite("Support for the mayor rose in May", "support for the mayor fell in June")  # no such fact
    >>> opposite("the hull failed a stability test in May", "the hull did not fail its inspection")
    ('hull', 'failed', 'did not fail')
    >>> opposite("the hull failed to sail in May", "the hull passed its inspection")  # no test failed
    """
    mine = sides_taken(a)
    for fact, side, things, words in sides_taken(b):
        for other_fact, other_side, other_things, other_words in mine:
            shared = things & other_things
            if fact == other_fact and side != other_side and shared:
                return min(shared), other_words, words
    return None


# --- exceptions: what is said of every one of a kind against a part of it ------------------------

@dataclass(frozen=True)
class _Quantifiers:
    every: tuple[tuple[str, ...], ...]  # words before a kind that say all of it ('every', 'all of')
    none: tuple[tuple[str, ...], ...]  # ... that say none of it ('no', 'none of', 'not a single')
    never: frozenset[str]  # words after a kind that say none of it ever ('our pilots have never')
    part: tuple[tuple[str, ...], ...]  # ... that take a part of it against all ('only', 'not all')
    some: tuple[tuple[str, ...], ...]  # ... that say some of it ('half of', 'some of', a figure and 'of')
    skip: frozenset[str]  # words between such words and the kind ('one of our', 'the')
    auxiliaries: frozenset[str]  # words between a kind and a negation after it ('that', 'did')
    negations: frozenset[str]
    hedges: frozenset[str]
    modals: frozenset[str]  # words that make a whole clause no finding ('will', 'should', 'if')
    stop: frozenset[str]  # words never a kind (stopwords, measures, pronouns)
    unsaid: frozenset[str]  # words that say nothing of a kind (stopwords, negations, quantifiers, pronouns)
    alike: dict[str, str]  # a word of a predicate -> the first of its group of one sense ('in use' -> 'in service')
    evidence: frozenset[str]  # words of a finding: a record or evidence noun, 'found', 'showed' (cues.json)
    counts: frozenset[str]  # words that count a part of a kind before it ('two trucks', 'some of the bridges')
    states: frozenset[str]  # auxiliaries that state a kind's state before a negation ('were not', 'have not')
    short: int  # the most content words a part's negated state may hold and answer what is said of all


@lru_cache(maxsize=1)
def _quantifiers() -> _Quantifiers:
    data = load_data("corroboration.json")["opposites"]["quantifiers"]
    lex = _opposites()
    not_kinds = frozenset(normalise(w) for w in data["not_kinds"])
    quantifying = {w for k in ("every", "none", "never", "part", "some", "skip", "auxiliaries") for p in data[k]
                   for w in normalise(p).split()}
    unsaid = frozenset(STOPWORDS) | frozenset(normalise(w) for w in load_data("corroboration.json")["stopwords"]) \
        | lex.negations | lex.hedges | not_kinds | quantifying
    alike = {_stems(normalise(p).split()): _stems(normalise(group[0]).split()) for group in data["alike"] for p in group}
    return _Quantifiers(_phrases(data["every"]), _phrases(data["none"]), frozenset(normalise(w) for w in data["never"]),
                        _phrases(data["part"]), _phrases(data["some"]), frozenset(normalise(w) for w in data["skip"]),
                        frozenset(normalise(w) for w in data["auxiliaries"]), lex.negations, lex.hedges,
                        lex.hedges - frozenset(normalise(w) for w in data["not_modals"]), lex.skip | not_kinds,
                        unsaid, alike, _evidence_words(),
                        frozenset(normalise(w) for w in data["counts"]) | frozenset(load_data("matcher.json")["number_words"]),
                        frozenset(normalise(w) for w in data["state_auxiliaries"]), int(data["short_predicate"]))


def _evidence_words() -> frozenset[str]:
    """cues.json's evidence and record nouns and the forms of its evidence verbs ('found', 'shows')."""
    cues = load_data("cues.json")
    verbs = {normalise(f) for v in cues["verbs"] if v.get("evidence_subject") for f in v["forms"]}
    return frozenset(normalise(w) for w in cues["evidence_nouns"] + cues["record_nouns"] if " " not in w) | verbs


def _stems(words: list[str]) -> str:
    """The stems of words as one key, a final e off ('serviced', 'service' -> 'servic'), a consonant
    doubled before -ing or -ed single ('running', 'runs' -> 'run'; 'filled' stays 'fill').

    >>> _stems(["running", "stopped", "filled", "passed", "bridges", "bridge"])
    'run stop fill pass bridg bridg'
    """
    return " ".join(map(_stem_one, words))


def _stem_one(word: str) -> str:
    s = stem(word)
    if s != word and word.endswith(("ing", "ed")) and len(s) >= 4 and s[-1] == s[-2] and s[-1] not in "aeiouslz":
        return s[:-1]
    return s[:-1] if s.endswith("e") and len(s) >= 5 else s


def _kinds_after(words: list[str], at: int, q: _Quantifiers) -> tuple[tuple[str, ...], int]:
    """The stems of the words naming the kind just after a quantifier's words ending at `at`, its
    head noun last, and where they end ('every one of our ferries', 'a third of the rostered pilots',
    'all imported pear crates'): past the `skip` words, figures and possessors ('one of the
    company's directors' counts directors), at most three words, up to a word that names no kind.
    The head is the first plural among them ('the rostered pilots flew'), else the first word
    ('no patient was turned away')."""
    found: list[str] = []
    end = at
    for end in range(at, min(len(words), at + OPPOSITE_WINDOW + 2)):
        word = words[end]
        if not found and (word in q.skip or word[0].isdigit()):
            continue
        if word == "s" and found:  # a possessor ('the company s directors'): the kind comes after it
            found = []
            continue
        if len(word) <= 2 or word in q.stop or word[0].isdigit() or len(found) == 3:
            break
        found.append(word)
    plural = [n for n, w in enumerate(found) if w.endswith("s") and not w.endswith(("ss", "is", "us"))]
    head = plural[0] if plural else 0
    return tuple(stem(w) for w in found[:head + 1]), end


def _kind_before(words: list[str], at: int, q: _Quantifiers) -> tuple[str, ...]:
    """The stem of the kind a word at `at` says something of, going back past auxiliaries and
    articles ('our pilots have never', 'boilers that had not')."""
    lex = _opposites()
    for n in range(1, OPPOSITE_WINDOW + 1):
        i = at - n
        if i < 0:
            return ()
        word = words[i]
        if word in lex.between or word in q.auxiliaries:
            continue
        return (stem(word),) if len(word) > 2 and word not in q.stop and not word[0].isdigit() else ()
    return ()


def _counted(words: list[str], at: int, q: _Quantifiers) -> bool:
    """Whether the kind a 'never' at `at` says something of is a counted part of it ('two trucks were
    never inspected', 'some of the bridges were never examined'), not all of it ('our pilots have never')."""
    lex = _opposites()
    i = at - 1
    while i >= 0 and (words[i] in lex.between or words[i] in q.auxiliaries):
        i -= 1
    kind_words = 0
    for word in reversed(words[max(0, i - OPPOSITE_WINDOW):i + 1]):
        if word in q.counts or word[0].isdigit():
            return True
        if word not in q.skip:
            kind_words += 1
            if kind_words > 2:
                return False
    return False


def _clause_sides(words: list[str], q: _Quantifiers) -> list[tuple[str, int, tuple[str, ...], str]]:
    """(fact, side, kind, words) of one clause (`quantified`); none in a clause a modal, the future
    or 'if' hedges ('every window will be replaced', 'no family should have to choose')."""
    if q.modals.intersection(words):
        return []
    out: list[tuple[str, int, tuple[str, ...], str]] = []
    negated = bool(q.negations.intersection(words))
    after = 0  # (the words of a quantifier and its kind are read once: 'every one of our ferries')
    for i in range(len(words)):
        if i < after or q.hedges.intersection(words[max(0, i - OPPOSITE_HEDGE_REACH):i]) or (i and words[i - 1] == "at"):
            continue  # ('will weigh all offers', 'had not rained at all')
        for fact, side, phrases, plain in (("every", -1, q.part, False), ("none", -1, q.some, True),
                                           ("none", 1, q.none, False), ("every", 1, q.every, True)):
            p = next((p for p in phrases if tuple(words[i:i + len(p)]) == p), None)
            if p is not None:
                kinds, after = _kinds_after(words, i + len(p), q)
                if not (plain and negated):
                    out.append((fact, side, kinds, " ".join(p)))
                break
        if words[i] in q.never and not _counted(words, i, q):
            out.append(("none", 1, _kind_before(words, i, q), words[i]))
        elif words[i] in q.never:  # a count before the kind: a part not so ('two trucks were never inspected')
            out.append(("every", -1, _kind_before(words, i, q), words[i]))
        elif words[i] in q.negations and i >= after:
            out.append(("every", -1, _kind_before(words, i, q), words[i]))
    return [side for side in out if side[2]]


@lru_cache(maxsize=1 << 14)
def quantified(text: str) -> tuple[tuple[str, int, tuple[str, ...], str], ...]:
    """(fact, side, the stems of the kind, the words that say it) of what a claim says of every one
    of a kind or of a part of it, clause by clause (commas, semicolons, 'and', 'but' part them):

    - 'every' 1: all of a kind, no negation in the clause ('every boiler was serviced on schedule');
      'every' -1: a part of it that is not so ('only 40 of the boilers', 'not all flights', or
      the kind with a negation a few words after it: 'boilers that had not been serviced');
    - 'none' 1: none of a kind ('no patient was turned away', 'our pilots have never flown longer');
      'none' -1: a part of it, no negation in the clause ('a third of the rostered pilots').

    A quantifier a hedge comes just before ('will weigh all offers') says nothing yet.

    The kind is the stems of the words that name it, its head noun last.

    >>> [(f, s, k) for f, s, k, _ in quantified("every boiler was serviced on schedule")]
    [('every', 1, ('boiler',))]
    >>> [(f, s, k) for f, s, k, _ in quantified("boilers that had not been serviced")]
    [('every', -1, ('boiler',))]
    >>> [(f, s, k) for f, s, k, _ in quantified("Our pilots have never flown longer than allowed")]
    [('none', 1, ('pilot',))]
    >>> quantified("every window will be replaced by May"), quantified("half of the rostered pilots")[0][2]
    ((), ('roster', 'pilot'))
    """
    return tuple(side for side, _, _ in _said_of(text))


@lru_cache(maxsize=1 << 14)
def _said_of(text: str) -> tuple[tuple[tuple[str, int, tuple[str, ...], str], frozenset[str], bool], ...]:
    """Each of `quantified`'s sides with what its clause says of the kind (`_predicate`) and whether
    it says, in few words, that the kind is not in a state (`_negated_state`)."""
    q = _quantifiers()
    out: list[tuple[tuple[str, int, tuple[str, ...], str], frozenset[str], bool]] = []
    for clause in re.split(r",\s|[;:\u2013\u2014]|\band\b|\bbut\b", text):
        words = normalise(clause).split()
        for side in _clause_sides(words, q):
            said = _predicate(words, side[2], q)
            out.append((side, said, len(said) <= q.short and _negated_state(words, q)))
    return tuple(out)


def _negated_state(words: list[str], q: _Quantifiers) -> bool:
    """Whether a clause negates a state of its kind, a form of 'be' or 'have' just before its negation
    ('two ferries were not running', 'some staff have not received their wages'), not an act of the
    kind's own, which 'do' carries ('two of the hikers did not panic': something else the hikers did)."""
    return any(w in q.negations and n and words[n - 1] in q.states for n, w in enumerate(words))


def _predicate(words: list[str], kind: tuple[str, ...], q: _Quantifiers) -> frozenset[str]:
    """What a clause says of a kind: the stems of its content words but the kind's, the quantifiers,
    negations, hedges and pronouns ('every boiler was serviced on schedule' -> servic, schedul), a phrase of
    one of the 'alike' groups as the group's first ('were not in use' -> 'in servic')."""
    found = set()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            key = _stems(words[i:i + n])
            if key in q.alike:
                found.add(q.alike[key])
    content = {_stems([w]) for w in words if len(w) > 2 and w not in q.unsaid and not w[0].isdigit()}
    return frozenset(found | content) - set(kind) - {_stems([k]) for k in kind}


def exception_keys(text: str) -> set[tuple[str, int, str]]:
    """(fact, side, head noun) keys of a claim's `quantified` sides, for blocking as `opposite_keys`."""
    return {(fact, side, _head(kind)) for fact, side, kind, _ in quantified(text)}


def _head(kind: tuple[str, ...]) -> str:
    """A kind's head noun, a final e off, so that 'every bridge' meets 'the bridges' (stem 'bridg')."""
    return kind[-1][:-1] if kind[-1].endswith("e") and len(kind[-1]) >= 5 else kind[-1]


def exception(a: str, b: str) -> tuple[str, str, str, bool] | None:
    """(the kind, what the claim about all or none of it says, what the other says of a part,
    whether `a` is the claim about all or none) when one text says something of every one (or
    none) of a kind and the other of a part of that kind against it, else None. The two name one
    kind when their head nouns are one ('all imported pear crates' are not 'pears').

    >>> exception("every boiler was serviced on schedule", "boilers that had not been serviced")
    ('boiler', 'every', 'not', True)
    >>> exception("the audit found half of the rostered pilots flew too long", "our pilots have never flown too long")
    ('pilot', 'never', 'half of', False)
    >>> exception("every boiler was serviced on schedule", "the boiler was serviced in May")
    >>> exception("checks on all imported pear crates were stepped up", "pears don't keep")
    >>> exception("all hikers were rescued", "the hikers did not panic")  # another thing said of them
    """
    for mine, theirs, first in ((_said_of(a), _said_of(b), True), (_said_of(b), _said_of(a), False)):
        for (fact, side, kind, words), said, _ in mine:
            for (other_fact, other_side, other_kind, other_words), other_said, short in theirs:
                if side == 1 and other_side == -1 and fact == other_fact and _head(kind) == _head(other_kind) \
                        and (short or _one_predicate(said, other_said, b if first else a)):
                    return kind[-1], words, other_words, first
    return None


def _one_predicate(said: frozenset[str], other: frozenset[str], part: str) -> bool:
    """Whether a claim about all (or none) of a kind and one about a part of it say one thing of it:
    a word (stem) or an 'alike' group in common; or one of them says nothing more of it than its
    quantifier ('every boiler, the director said'); or the part is a finding, in words of its own
    ('the inspectors found faults in a third of the lifts' answers 'none of our lifts has ever been
    unsafe'; a record, evidence or 'found' among its words)."""
    if not said or not other or said & other:
        return True
    return bool(_quantifiers().evidence.intersection(normalise(part).split()))
