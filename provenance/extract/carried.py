"""Texts an outlet carries in full after a lead announcing them (issue 13): 'The following is the full
text of the bank's statement:', 'Below is the letter from Mayor Ines Berg:', 'The statement in full:', a
heading 'STATEMENT FROM THE KELBY PORT AUTHORITY', 'In a filing to the bourse, the company said:'. The
lead's words are in outlets.json (carried_release). Found on the text alone, before it is read: where
each carried text starts and ends, where its lead names its issuer, and the quotation marks set around
it, so that the reader can read it as the issuer's own prose and the quotations inside it (written in
single marks, as a quotation inside a quotation is) as its speakers'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from provenance.datafiles import load_data
from provenance.extract.lexicon import Lexicon, phrase_alternation
from provenance.extract.segment import Block, strip_dateline

CARRIED_PARAGRAPHS = 40  # the longest text carried in quotation marks, in paragraphs
_OPENING = "\"\u201c\u201e\u00ab"
_CLOSING = "\"\u201d\u00bb"
_SENTENCE_GAP = re.compile(r"[.!?][\"\u201d']?[ \t]+(?=[A-Z(\"\u201c])")  # where a sentence may end
_BRACKETED = re.compile(r"[(\[].*[)\]]\.?")  # '(1 euro = 117.2 dinars)', '[ends]': the carrier's line


_Lead = tuple[str, tuple[int, int] | None, bool, int]  # what a lead calls the text, its issuer, whole, start


@dataclass
class Carried:
    """One text carried in full: its lead's paragraph, its first and last paragraphs, what the lead
    calls it ('statement', 'letter'), where the lead names its issuer (None: the lead's own speaker,
    or the one who last made such a statement), its outer quotation marks and a signature after its
    sign-off ('Yours sincerely,' and the name under it), which states nothing."""
    lead: int
    lead_at: int  # where the lead's sentence starts in its paragraph
    first: int
    last: int
    doc: str
    issuer: tuple[int, int] | None
    marks: tuple[int, ...] = ()
    signature: int | None = None


def carried_texts(text: str, found: list[Block], lex: Lexicon, publisher: str | None) -> list[Carried]:
    """Every text the article carries in full after a lead ending with a colon, or under a heading,
    that announces it."""
    out: list[Carried] = []
    bi = 0
    while bi < len(found) - 1:
        block = found[bi]
        lead = _lead(text, block)
        carried = _extent(text, found, bi, lex, publisher, lead) if lead is not None else None
        if carried is None:
            bi += 1
            continue
        out.append(carried)
        bi = max(carried.last, carried.signature or 0) + 1
    return out


def _lead(text: str, block: Block) -> _Lead | None:
    """What a lead announces ('statement'), where it names the issuer, whether it announces a text
    carried whole (a text it may print without quotation marks) and where its sentence starts:
    None for no lead."""
    heading = _heading().fullmatch(text, block.start, block.end) if block.heading else None
    if heading is not None:
        return fold_doc(heading.group("doc")), heading.span("issuer"), True, block.start
    if not text[block.start:block.end].endswith(":"):
        return None
    at = block.start
    for gap in _SENTENCE_GAP.finditer(text, block.start, block.end):
        at = gap.end()  # (the lead is the paragraph's last sentence)
    sentence = text[at:block.end]
    doc = _word_pattern("documents").search(sentence)
    if doc is None:
        return None
    whole = _word_pattern("carry_words").search(sentence) is not None
    if not whole and _cue_before_colon().search(sentence) is None:
        return None
    return fold_doc(doc.group()), _issuer(text, at, block.end), whole, at


def fold_doc(words: str) -> str:
    """The kind of text a lead names: 'press release', 'letter', else 'statement'."""
    low = " ".join(words.lower().split())
    return next((k for k in ("press release", "release", "letter", "filing") if k in low), "statement")


def _issuer(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the lead names the text's issuer: 'the company's statement', 'a letter from Mayor Ines Berg'."""
    m = _issuer_patterns().search(text, start, end)
    if m is None:
        return None
    return m.span("issuer") if m.group("issuer") is not None else m.span("issuer2")


def _extent(text: str, found: list[Block], bi: int, lex: Lexicon, publisher: str | None,
            lead: _Lead) -> Carried | None:
    """The paragraphs a lead announces: those inside the quotation marks that open the next one, up
    to the paragraph that closes them; else (a text announced whole) up to the carrier's next line
    of its own (an end mark, a line in brackets, a credit or dateline, its own name) or past a
    sign-off and the signature under it."""
    doc, issuer, whole, at = lead
    first = found[bi + 1]
    if text[first.start] in _OPENING:
        return _quoted(text, found, bi, (doc, issuer, whole, at))
    if not whole:
        return None
    last, signature = bi + 1, None
    for k in range(bi + 1, len(found)):
        if k > bi + 1 and _carriers_line(text, found[k], lex, publisher):
            break
        last = k
        if _sign_off().match(text, found[k].start, found[k].end) and k + 1 < len(found):
            signature = k + 1
            break
    return Carried(bi, at, bi + 1, last, doc, issuer, signature=signature)


def _quoted(text: str, found: list[Block], bi: int, lead: _Lead) -> Carried | None:
    """A text carried in quotation marks: its paragraphs up to the one closing them (each may open
    again, as a quotation over several paragraphs does)."""
    marks = [found[bi + 1].start]
    for k in range(bi + 1, min(len(found), bi + 1 + CARRIED_PARAGRAPHS)):
        block = found[k]
        if k > bi + 1 and text[block.start] in _OPENING:
            marks.append(block.start)
        if text[block.end - 1] in _CLOSING and block.end - 1 not in marks:
            return Carried(bi, lead[3], bi + 1, k, lead[0], lead[1], tuple(marks + [block.end - 1]))
    return None


def _carriers_line(text: str, block: Block, lex: Lexicon, publisher: str | None) -> bool:
    """A paragraph in the carrier's own voice, which ends a text it carried: an end mark ('ENDS'),
    a line in brackets ('(1 euro = 117.2 dinars)'), a credit line ('Reporting by ...'), a dateline,
    or one that names the carrier ('The Gazette has asked the bank for comment')."""
    para = text[block.start:block.end]
    return bool(_end_mark().match(para) or _BRACKETED.fullmatch(para) or lex.credit_line.match(para)
                or strip_dateline(text, block.start, block.end) != block.start
                or publisher and re.search(r"\b" + re.escape(publisher) + r"\b", para))


def unmarked(text: str, carried: list[Carried], found: list[Block]) -> str:
    """The text as the reader reads it: the quotation marks set around a carried text blanked, and
    the single marks of a quotation inside it made double ('\u2018We will appeal,\u2019 said Ana Lind'
    inside the bank's statement in double marks is Ana Lind's quotation). One character for one:
    every offset holds."""
    if not carried:
        return text
    chars = list(text)
    for c in carried:
        if not c.marks or not _marks_hide(text, c, found):
            continue
        for at in c.marks:
            chars[at] = " "
        for k in range(c.first, c.last + 1):
            for i, ch in _inner_quotes(text, found[k].start, found[k].end):
                chars[i] = ch
    return "".join(chars)


def _marks_hide(text: str, c: Carried, found: list[Block]) -> bool:
    """Do a carried text's outer marks hide its shape from the reader: one pair of marks around several
    paragraphs, or a quotation inside it in single marks? A text whose every paragraph opens with a
    mark reads as a quotation over paragraphs does."""
    return len(c.marks) < c.last - c.first + 2 or any(
        _inner_quotes(text, found[k].start, found[k].end) for k in range(c.first, c.last + 1))


def read_blocks(text: str, found: list[Block], carried: list[Carried]) -> list[Block]:
    """The paragraphs of the text unmarked (unmarked), each without the blanks where its marks were."""
    marks = {at for c in carried for at in c.marks if text[at] == " "}
    if not marks:
        return found
    out = []
    for block in found:
        start, end = block.start, block.end
        if start in marks or end - 1 in marks:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
        out.append(Block(start, end, block.heading) if start < end else block)
    return out


@lru_cache(maxsize=4)
def legal_forms(suffixes: frozenset[str]) -> frozenset[str]:
    """Every legal form that may end a company's name: titles.json's company_suffixes (`suffixes`) and the forms
    outlets.json's legal_forms adds to them ('a.d.', 'plc'), one list for every reader, so that none can drift."""
    return suffixes | frozenset(_words().get("legal_forms") or [])


@lru_cache(maxsize=4)
def undotted_legal_forms(suffixes: frozenset[str]) -> frozenset[str]:
    """The legal forms (`legal_forms`) without their full stops ('Co', 'Ltd', 'ad', 'plc'), as a name's words are
    compared with them: built once a suffix list, not at every mention."""
    return frozenset(f.replace(".", "") for f in legal_forms(suffixes))


def legal_name(text: str, block: Block, suffixes: frozenset[str]) -> tuple[int, int] | None:
    """A company the carried text names in its first paragraph with its legal form ('Marlow Freight
    d.o.o. informs its customers ...', outlets.json's legal_forms, titles.json's company_suffixes):
    where its name is, the form left out. A statement names its issuer so, in the third person."""
    forms = sorted(legal_forms(suffixes), key=len, reverse=True)
    found = re.search(r"(?<![\w'\u2019-])((?:[A-Z][\w&'\u2019-]*[ \t]+){1,4})(?:" + "|".join(map(re.escape, forms))
                      + r")(?![\w-])", text[block.start:block.end])
    if found is None:
        return None
    return block.start + found.start(1), block.start + found.end(1) - len(found.group(1)) + len(found.group(1).rstrip())


def _inner_quotes(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The single marks that open and close a quotation in text[start:end], with the double marks
    that stand for them: an opening mark before a word at a word's start, the closing one after the
    quotation's last punctuation ("'We will not sell,' said ..."); an apostrophe stays."""
    out: list[tuple[int, str]] = []
    for m in _SINGLE_PAIR.finditer(text, start, end):
        out += [(m.start(), "\u201c"), (m.end() - 1, "\u201d")]
    return out


_SINGLE_PAIR = re.compile(r"(?<![\w'\u2019])['\u2018](?=[A-Z0-9])(?:[^'\u2018\u2019\n]|(?<=\w)['\u2019](?=\w))*?"
                          r"[,.!?]['\u2019](?!\w)")


@lru_cache(maxsize=1)
def _words() -> dict:
    return load_data("outlets.json").get("carried_release") or {}


def _alternation(key: str) -> str:
    return phrase_alternation(_words().get(key) or [])


@lru_cache(maxsize=8)
def _word_pattern(key: str) -> re.Pattern[str]:
    """Any of the data's words under `key`, as whole words in any case: 'documents' name a carried text
    ('press release', 'statement', 'letter', 'full text'), 'carry_words' announce one carried whole ('The
    following is', 'in full', 'Below is')."""
    return re.compile(r"\b(?:" + _alternation(key) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cue_before_colon() -> re.Pattern[str]:
    """'In a filing to the bourse, the company said:': a speaker's cue closing the lead."""
    return re.compile(r"\b(?:" + _alternation("lead_cues") + r")[ \t]*:$")


@lru_cache(maxsize=1)
def _heading() -> re.Pattern[str]:
    """A heading naming a statement and its issuer ('STATEMENT FROM THE KELBY PORT AUTHORITY')."""
    return re.compile(r"(?:(?:joint|full|official)[ \t]+)?(?P<doc>" + _alternation("headings") + r")[ \t]+"
                      r"(?:from|by|of)[ \t]+(?P<issuer>[A-Z][^\n:]{1,80}?)[ \t]*:?", re.IGNORECASE)


_NAME = (r"(?:[Tt]he[ \t]+)?(?:[A-Z][\w.&\u2019'-]*[ \t]+(?:(?:of|for|and|the|de)[ \t]+)*){0,6}[A-Z][\w.&-]*"
         r"|[Tt]he[ \t]+[a-z]+")


@lru_cache(maxsize=1)
def _issuer_patterns() -> re.Pattern[str]:
    """Where a lead names the issuer: its possessive before the text's name ('the company's full
    statement'), or after it ('a statement from Tarn Water', 'the letter by Mayor Ines Berg')."""
    doc = _alternation("documents")
    return re.compile(
        rf"(?<![\w'\u2019-])(?P<issuer>{_NAME})['\u2019]s?[ \t]+(?:[a-z]+[ \t]+){{0,2}}(?:{doc})\b"
        rf"|\b(?:{doc})[ \t]+(?:(?:issued|released|sent|published)[ \t]+)?(?:from|by)[ \t]+(?P<issuer2>{_NAME})")


@lru_cache(maxsize=1)
def _sign_off() -> re.Pattern[str]:
    """'Yours sincerely,': the line before a letter's signature."""
    return re.compile(r"(?:" + _alternation("sign_offs") + r")[ \t]*,?[ \t]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _end_mark() -> re.Pattern[str]:
    """A line that closes a text carried in full ('ENDS', '-30-', '###')."""
    return re.compile(r"[ \t]*(?:" + _alternation("end_marks") + r")[ \t:.]*$")
