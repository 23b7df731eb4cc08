"""A single letter to the editor: opened by a salutation to the editor ('Editor,', 'Sir,', 'Dear Editor,')
or marked a letter by its headline or standfirst ('LETTER: ...', 'Letters to the Editor'), and signed at
its foot by its writer ('Ana Costa,' over 'Tarnmouth.', 'Ana Costa, Tarnmouth', '- Ana Costa, chair of
the Tarn Anglers'). Its paragraphs between the salutation and the signature are the writer's; what
follows the signature (an 'Editor's note:', a disclaimer) is the publisher's again. A writer who signs in an
office ('Ana Costa, chair of the Tarn Anglers') writes in it: the office is her role; a place is no role.

Pure: text and blocks in, offsets out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from provenance.extract.lexicon import Lexicon, fold
from provenance.extract.segment import Block

# the salutation opening a letter, a paragraph of its own
_SALUTATION = re.compile(r"(?:(?:Dear|To[ \t]+the)[ \t]+)?(?:Editor|Sir|Madam|Sir/Madam|Sir[ \t]+or[ \t]+Madam)[ \t]*[,:]?",
                         re.IGNORECASE)
# what marks a text a letter: its headline's label ('LETTER: ...', 'Letter of the week: ...'), or a standfirst line
_MARK = re.compile(r"(?i:letters?(?:[ \t]+of[ \t]+the[ \t]+(?:day|week))?[ \t]*:|letters?[ \t]+to[ \t]+the[ \t]+editor\b)")
_WORD = r"[A-Z][\w'\u2019\-]*\.?"
# the signature: a name of two to four words, a comma perhaps, then the writer's place or office on the
# same line after a comma or on the lines after it; a dash may open it
_SIGNED = re.compile(r"(?:[\u2014\u2013\-][ \t]*)?(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,3}?)"
                     r"(?:(?:[ \t]*,[ \t]*\n?|[ \t]*\n)[ \t]*(?P<place>[^\n]{2,80}(?:\n[^\n]{2,60}){0,2}))?[ \t]*[.,]?")


# the writer's place on the lines under the name ('Skarvholm.', 'Orrin, Jolby Vale.')
_PLACE = re.compile(r"[A-Z][\w'\u2019\-]*(?:,?[ \t]+[A-Z][\w'\u2019\-]*){0,4}[ \t]*[.,]?")


@dataclass
class Letter:
    """A letter's paragraphs (block indices) with its writer's name (start, end), and the lines that
    state nothing: the salutation, the signature, the writer's place."""

    writer_of: dict[int, tuple[int, int]] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)


def read_letter(text: str, found: list[Block], lex: Lexicon, title: str | None = None) -> Letter:
    """The letter the text is, when it is one: a salutation among its first paragraphs, or a mark in its
    headline or a line before the body, and a signature naming a person after two paragraphs or more."""
    opened = next((i for i, block in enumerate(found[:6]) if _SALUTATION.fullmatch(text, block.start, block.end)), None)
    marked = bool(title and _MARK.match(title.strip())) or any(
        _MARK.match(text, block.start, block.end) or _MARK.search(text, block.start, block.end)
        and len(text[block.start:block.end].split()) <= 8 for block in found[:4])
    if opened is None and not marked:
        return Letter()
    first = opened + 1 if opened is not None else _body_start(text, found)
    for i in range(first + 2, len(found)):
        name = _signature(text, found[i], lex)
        if name is not None:
            body = [j for j in range(first, i) if not found[j].heading]
            lines = {i} | ({opened} if opened is not None else set())
            lines |= set(range(i + 1, next((j for j in range(i + 1, len(found))
                                             if not _PLACE.fullmatch(text, found[j].start, found[j].end)), len(found))))
            return Letter({j: name for j in body}, lines)
    return Letter()


def _body_start(text: str, found: list[Block]) -> int:
    """The first paragraph of a letter without a salutation: the first after its headline and mark lines."""
    for i, block in enumerate(found):
        if not block.heading and len(text[block.start:block.end].split()) > 8:
            return i
    return len(found)


def _signature(text: str, block: Block, lex: Lexicon) -> tuple[int, int] | None:
    """The writer's name of a paragraph that is a letter's signature ('Ana Costa,\\nTarnmouth.')."""
    m = _SIGNED.fullmatch(text, block.start, block.end)
    if m is None:
        return None
    words = [w.strip(".") for w in fold(m.group("name")).split()]
    if m.group("name").isupper() or words[0] in _NO_NAME or words[0] in lex.title_words:
        return None  # ('Read more', 'The Editor', 'Editor Ana Costa': no writer's name)
    place = m.group("place")
    if place and "\n" not in place and (place[0].islower() or fold(place).split()[0] in lex.title_words):
        # ('Ana Costa, chair of the Tarn Anglers': signed in an office, which the name takes as her role)
        return m.start("name"), m.start("place") + len(place.rstrip(" \t.,"))
    return m.span("name")


# the words that open a line at a letter's foot that is no writer's name
_NO_NAME = frozenset({"the", "a", "an", "read", "more", "send", "letters", "letter", "editor", "editor's", "write",
                      "email", "share", "follow", "related", "see", "our", "your", "this"})
