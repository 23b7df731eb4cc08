"""Declines and denials that point back at what came before (issue 12): a speaker's own refusal to
confirm a pronoun ('"I can't confirm it," she said', 'A. We cannot confirm that.'), whose proposition is
the nearest earlier claim of another source; and a quoted verdict of falsehood on a report whose
proposition it gives ('"But the report that the depot closed is false."', '"There is no truth in
reports that C."'), which denies C and answers the earlier report that said C."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from provenance.extract.attribution import Frame
from provenance.extract.lexicon import Lexicon, fold
from provenance.extract.page import entry_time_end

# the pronoun a refusal's verb takes for what came before, then the end of the clause or a
# conjunction ('I can't confirm it, and I won't guess', 'We cannot confirm that at this stage');
# 'I cannot confirm that the depot closed' refuses a clause of its own, no back reference
_POINTER = re.compile(r"\s+(?:it|that|this|these|those|them|any\s+of\s+(?:it|that|this))"
                      r"(?=\s*(?:[,.;:!?\u2014\u2013\"\u201d]|$|\s+(?:and|but|yet|or|either|now|today|yet|"
                      r"at\s+this|at\s+the\s+moment|for\s+now|right\s+now)\b))", re.IGNORECASE)
# a conjunction or adverb opening a quoted sentence before its verdict ('But the report that C is false')
_OPENING = re.compile(r"(?:but|and|so|yet|again|now|frankly|simply\s+put)\s*,?\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s+$")
# a speaker's label opening a paragraph: 'A. ', 'Q: ', 'MINISTER: ', 'Ana Holt: '
_LABEL = re.compile(r"\s*(?:[AQ][.:]|[A-Z][\w .'\u2019-]{0,40}:)\s")
# words of a proposition that name nothing it is about ('he was never suspended' is about 'suspended')
_FUNCTION = frozenset("""about after also been before being could does from have into its just more most
never none only other over said should since some such than that their them then there these they this
those under very were what when where which while will with would your""".split())


class _Span(Protocol):
    start: int
    end: int


_C = TypeVar("_C", bound=_Span)


def refuses_what_came_before(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with its speaker's own refusal to confirm or comment whose object
    is a pronoun for what was said before it ('I can't confirm it', 'We cannot confirm that, and ...')."""
    m = lex.refusal.match(text, start, end)
    return m is not None and _POINTER.match(text, m.end(), end) is not None


def verdict_clause(lex: Lexicon, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The proposition of a quoted sentence that is a whole verdict of falsehood on a report giving it
    ('But the report that C is false', 'There is no truth in reports that C', "It's untrue that C"),
    as a span of text, else None."""
    opening = _OPENING.match(text, start, end)
    at = opening.end() if opening else start
    m = lex.false_clause.fullmatch(text, at, end) or lex.false_that.fullmatch(text, at, end)
    if m is None:
        return None
    s, e = m.span(1)
    while e > s and text[e - 1] in " \t\n.,;:!?\"\u201d'\u2019":
        e -= 1
    return (s, e) if s < e else None


def names_report_before(lex: Lexicon, text: str, start: int, clause: int) -> bool:
    """Whether the words from `start` up to the clause at `clause` name a report the clause is
    the proposition of ('the report that', 'reports that'), not only a verdict ('it is false that')."""
    words = [fold(w) for w in _WORD.findall(text, start, clause)]
    return len(words) >= 2 and words[-1] == "that" and words[-2] in lex.denial_objects


def content_words(text: str, start: int, end: int, stop: Iterable[str] = ()) -> frozenset[str]:
    """The words of text[start:end] that say what it is about: four letters or more, neither a
    function word nor one of `stop`."""
    stops = _FUNCTION | frozenset(stop)
    return frozenset(w for w in (fold(m.group()) for m in _WORD.finditer(text, start, end))
                     if len(w) >= 4 and w not in stops)


def stating(text: str, topic: frozenset[str], pool: Sequence[tuple[int, _C]]) -> tuple[int, _C] | None:
    """The first claim of `pool` (index, claim; nearest first) whose words name the topic of a denied
    proposition: half its words or more, and at least two (all of them, when it has fewer), each
    matched by its stem ('suspended' names 'suspension'); a claim sharing only a word or two of a
    longer proposition is about something else."""
    if not topic:
        return None
    stems = {w[:max(4, len(w) - 3)] for w in topic}
    need = max(min(2, len(stems)), (len(stems) + 1) // 2)
    for i, c in pool:
        words = {fold(m.group()) for m in _WORD.finditer(text, c.start, c.end)}
        if sum(any(w.startswith(st) for w in words) for st in stems) >= need:
            return i, c
    return None


def writers_own(text: str, frame: Frame) -> bool:
    """Whether a frame's first-person subject ('We have not been able to confirm this', 'I could not
    confirm it') opens a sentence of the writers' prose with a cue of non-confirmation: in a paragraph
    or a live blog's entry, outside any quotation, and in no speaker's labelled turn or answer ('A. We
    cannot confirm it' is the interviewee's): the writers speaking for the publisher."""
    speaker, cue = frame.speaker, frame.cue
    if speaker is None or cue is None or frame.nested or not cue.negation or "confirm" not in cue.words \
            or fold(text[speaker[0]:speaker[1]]) not in ("we", "i"):
        return False
    start = text.rfind("\n", 0, speaker[0]) + 1
    before = text[entry_time_end(text, start, speaker[0]):speaker[0]]
    if not before.strip():
        return True
    return _SENTENCE_END.search(before) is not None and _LABEL.match(before) is None \
        and before.count('"') % 2 == 0 and before.count("\u201c") == before.count("\u201d")
