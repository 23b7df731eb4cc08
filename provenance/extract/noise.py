"""Sentences and clauses that state nothing anyone claims, read out of a sentence's claims.

A fact-checker listing claims should not wade through lines that only say how the story was got: a source's
reason for not being named ('All four requested anonymity because they feared for their jobs', 'He asked not to be
named because he is not allowed to speak to the press': the anonymity of the source they follow is recorded on that
source's claims already), or a question put to a speaker ('Asked whether the firm was his cousin's, the mayor said
C': C is the mayor's, the question no one's), or what a subject never told ('resumed drilling without telling
inspectors that C'). The rules and the model may both read such words as a report (a cue 'feared', 'asked',
'telling'); `no_statements` finds those readings and the publisher's own reading of the sentence, which the document
leaves out of the claim set (read on as the sentence's claims all the same: a pronoun or a denial after them finds
what it found before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from provenance.extract.lexicon import anonymity_request, fold, grammar_words, phrase_alternation


class _Read(Protocol):
    """What of a claim of the sentence these tests read (document._Claim)."""

    @property
    def start(self) -> int: ...

    @property
    def form(self) -> str: ...

    @property
    def cue(self) -> str | None: ...

    @property
    def cue_span(self) -> tuple[int, int] | None: ...

    @property
    def speaker(self) -> object: ...


# what may stand before a sentence's request of anonymity: its subject and a verb of speaking, eight words at most
# ('Both spoke to the Courier'), never a quotation, a clause break, a relative pronoun ('A nurse who asked not to be
# named said C' is a report) or a second verb joined ('She sent screenshots to the Post and spoke ...' tells an act)
_BEFORE_REQUEST = re.compile(r"\s*(?:[^\s,;:\"\u201c\u201d\u2018\u2019()\u2014\u2013]+\s+){1,8}")
_PARTICIPLE_BEFORE = re.compile(r"\w{2,}ing\s+$", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|and|but)\b", re.IGNORECASE)
# where the reason ends and another clause of the sentence begins ('..., but said C', '...; she said C')
_REASON_END = re.compile(r";|,\s*(?:but|and|while|although)\b|[\"\u201c\u201d]")


@lru_cache(maxsize=1)
def _reason_opening() -> re.Pattern[str]:
    """The end of a request's sentence or a reason for it: grammar.json's anonymity_reasons ('because', 'for fear
    of', 'as', 'to discuss'), after a comma or none."""
    return re.compile(r"\s*(?:[.!]?\s*$|,?\s*(?:" + phrase_alternation(grammar_words("anonymity_reasons")) + r")\b)",
                      re.IGNORECASE)


def anonymity_reason(text: str, begin: int, end: int) -> tuple[int, int] | None:
    """Is the sentence text[begin:end] its subject's request not to be named, with its reason or none ('All four
    requested anonymity because ...', 'The official spoke on condition of anonymity for fear of ...', 'They asked
    not to be named.'; lexicon.anonymity_request)? The span from the request to the reason's end (the sentence's,
    or where another clause begins: '..., but said C'); None for any other sentence."""
    m = anonymity_request(text, begin, end)
    if m is None or m.start() <= begin or _BEFORE_REQUEST.fullmatch(text, begin, m.start()) is None \
            or _RELATIVE.search(text, begin, m.start()) is not None or _PARTICIPLE_BEFORE.search(text, begin, m.start()):
        return None  # (not 'Two officials speaking on condition of anonymity because ... said C': a participle, the
        # sentence's verb still to come)
    reason = _reason_opening().match(text, m.end(), end)
    if reason is None:
        return None
    stop = _REASON_END.search(text, m.end(), end)
    return m.start(), stop.start() if stop is not None else end


def _question_opening() -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(sorted(grammar_words("question_openers"))) + r")\b", re.IGNORECASE)


_QUESTION_OPENING = _question_opening()
# a passive 'asked' put after 'when' ('X said, when asked about C, that D')
_WHEN = re.compile(r"\bwhen\s+$", re.IGNORECASE)


def puts_question(text: str, begin: int, claim: _Read) -> bool:
    """Is the claim a question put to someone in a passive 'asked' opening the sentence that starts at `begin` or
    after 'when' ('Asked whether C, X said D', 'X said, when asked about C, that D'): what was asked, no one's
    statement?"""
    if claim.cue is None or claim.cue_span is None or claim.speaker is not None \
            or fold(claim.cue).split()[:1] != ["asked"]:
        return False
    at = claim.cue_span[0]
    if text[begin:at].strip(" \t\"\u201c\u2018'") and _WHEN.search(text, max(begin, at - 8), at) is None:
        return False
    return fold(claim.cue).split()[-1] in ("about", "whether", "if") or _QUESTION_OPENING.match(text, claim.start) \
        is not None


# 'without' before a cue's verb ('resumed drilling without telling inspectors that C', 'left without first saying
# whether C'): the telling never happened
_WITHOUT = re.compile(r"\bwithout\s+(?:first\s+|\w+ly\s+)?$", re.IGNORECASE)


def never_told(text: str, claim: _Read) -> bool:
    """Is the claim's cue a verb of telling after 'without' ('The firm resumed drilling without telling inspectors
    that the wall had cracked'), read alone or at the end of a longer cue of the model's ('resumed drilling without
    telling')? What was never told is no one's statement (the sentence stays the publisher's, or its speaker's)."""
    if claim.cue is None or claim.cue_span is None:
        return False
    words = fold(claim.cue).split()
    return "without" in words[:-1] and words.index("without") >= len(words) - 3 \
        or _WITHOUT.search(text, max(0, claim.cue_span[0] - 24), claim.cue_span[0]) is not None


def no_statements(text: str, begin: int, end: int, made: Sequence[_Read]) -> list:
    """The claims of the sentence text[begin:end] that state nothing: a question put to a speaker (puts_question),
    what was never told (never_told), and, in a sentence that is a source's request not to be named with its reason
    (anonymity_reason), the publisher's reading of it and every reading whose cue lies in the request or its reason
    ('feared' in '... because they feared losing their jobs'), when no cue of the sentence comes before it."""
    empty = [c for c in made if puts_question(text, begin, c) or never_told(text, c)]
    rest = [c for c in made if all(c is not e for e in empty)]
    span = anonymity_reason(text, begin, end)
    if span is None or any(c.cue_span is not None and c.cue_span[0] < span[0] for c in rest):
        return empty
    a, b = span
    return empty + [c for c in rest if c.form == "unattributed" and b == end
                    or c.cue_span is not None and a <= c.cue_span[0] < b]
