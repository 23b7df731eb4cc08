"""Segmentation: blocks (paragraphs and headings), quotations, sentences and tokens.

Everything works on offsets into the original text so claims can point back into it exactly.
Every scan here is a single left-to-right pass or a precompiled regex without nested
quantifiers, so the cost stays linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from provenance.extract.dates import date_matches
from provenance.extract.lexicon import alternation, lexicon
from provenance.extract.page import entry_time_end
from provenance.folding import fold

OPEN_DOUBLE = "\u201c\u201e\u00ab"
CLOSE_DOUBLE = "\u201d\u00bb"
FINAL_PUNCT = ".!?\u2026:\"\u201d\u2019')]"
HEADING_WORDS = 30  # a line without final punctuation of at most this many words is a heading
# "[c][c]*" for "[c]+" here and below: a pattern that opens with a character class lets the engine
# skip to the next candidate character instead of trying a match at every offset
_LINE_RE = re.compile(r"[^\n][^\n]*")
_SPACE_RE = re.compile(r"\s+")
# every branch opens with a literal, so the engine skips to the next quotation mark at once
_QUOTE_MARK_RE = re.compile("'''|''|\"|\u201c|\u201d|\u201e|\u00ab|\u00bb")
_SINGLE_MARK_RE = re.compile("[\u2018\u2019]")
_SIGNED_QUOTE_RE = re.compile("[\"\u201c\u201d][^\"\u201c\u201d\n]{10,}[\"\u201d]\\s*[\u2014\u2015\u2013-]\\s*[A-Z]")
# one mark, then any more ("[m][m]*" is "[m]+"): a pattern that opens with a character class lets
# the engine skip to the next mark instead of trying a match at every offset of the block
_SENT_END_RE = re.compile(r"([.!?\u2026][.!?\u2026]*[\"\u201d\u2019')\]]*)\s+")
# a word, whose letters may carry combining accents ('Tre\u0301vidic', decomposed) or be mojibake
# ('TrÃ©vidic': UTF-8 read as Latin-1, 'Ã' and a symbol standing for 'é'), or one mark; one
# group, for re.split: spaces, token, spaces, token ..., so offsets come from lengths. The
# quantifiers are possessive: nothing after them could make a shorter run match, so giving
# nothing back matches the same tokens with less work for the engine. The pattern opens with the
# class of any character that is no space (a word's first letter, then the rest of the word; or a
# mark alone), so the engine skips over spaces at once instead of trying a match at each
_TOKEN_RE = re.compile(
    r"(\S(?:(?<=\w)\w*+(?:[’'\-.&]\w++|[\u0300-\u036f]++\w*+|(?<=[\u00c2-\u00c5\u0302\u0303\u0308\u030a])[\u0080-\u00bf]\w*+)*+"
    r"|))"
)
_DATELINE_RE = re.compile(
    r"[A-Z][A-Z'.\- ]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}){0,2}"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z][\w .&-]{0,30}\)\s*)?[-\u2013\u2014]{1,2}\s+"
)

# a place in title case needs the agency in brackets to be a dateline: 'Washington (AFP) -'
_AGENCY_DATELINE_RE = re.compile(r"[A-Z][a-z]+(?:[ ,]+[A-Z][a-z.]+){0,2}[ \t]*\([A-Z][A-Za-z][\w.&]*(?:[ ][A-Z][\w.&-]*){0,3}\)"
                                 r"[ \t]*[-\u2013\u2014]{1,2}[ \t]+")


@dataclass
class Quote:
    open: int          # offset of the opening mark
    close: int         # offset of the closing mark (or the block end when it never closes)
    closed: bool
    speech: bool       # someone's words, not a scare quote or a title
    width: int = 1     # 2 for a quotation mark written as two apostrophes ('')
    marked: bool = True  # False: opened in an earlier paragraph, `open` is the block's start, no mark

    @property
    def inner(self) -> tuple[int, int]:
        return (self.open + self.width if self.marked else self.open), self.close

    @property
    def end(self) -> int:
        return self.close + self.width if self.closed else self.close


@dataclass(slots=True)
class Token:
    kind: str   # w word, p punctuation, q speech quote (one token), d date expression (one token)
    start: int
    end: int
    low: str
    cap: bool = False
    quote: Quote | None = None


@dataclass
class Sentence:
    start: int
    end: int
    block: int
    quotes: list[Quote] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    first_in_block: bool = False


@dataclass
class Block:
    start: int
    end: int
    heading: bool


def blocks(text: str) -> list[Block]:
    """Lines of text as blocks; a line that continues a sentence (next starts lower-case) is joined."""
    out: list[Block] = []
    for m in _LINE_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            continue
        if out and s > 0 and text[s - 2:s] != "\n\n" and text[s].islower() and text[out[-1].end - 1] not in FINAL_PUNCT:
            prev = out[-1]
            out[-1] = Block(prev.start, e, False)
            continue
        out.append(Block(s, e, False))
    for block in out:
        block.heading = _is_heading(text, block)
    return out


def _is_heading(text: str, block: Block) -> bool:
    last = text[block.end - 1]
    if last in OPEN_DOUBLE:  # 'They see that. “': an opening mark misused as the closing one
        last = text[block.start:block.end - 1].rstrip()[-1:]
    if last in FINAL_PUNCT and not _quote_ends_words(text, block):
        return False
    if _SIGNED_QUOTE_RE.match(text, block.start, block.end):
        return False  # '"..." - Ana Costa': a signed quotation, not a heading
    return len(text[block.start:block.end].split()) <= HEADING_WORDS


def _quote_ends_words(text: str, block: Block) -> bool:
    """Does the block end with a quotation's closing mark right after a word, the quotation holding
    no sentence's end ('Skipper: \u2018Not one more shift\u2019', a quoted subhead), so no full stop ends it?"""
    words = text[block.start:block.end].rstrip(_CLOSING_MARKS)
    return len(words) < block.end - block.start and words[-1:].isalnum()


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotations in text[start:end]: typographic pairs, straight double quotes by alternation,
    single typographic quotes when the block has no double ones. An unclosed quote runs to the
    block end (multi-paragraph quotes open every paragraph and close only the last); a closing
    mark that comes first, after a comma or at the block's end, closes a quotation an earlier
    paragraph opened; an opening
    mark written after words and before a space closes the quotation open ('"It failed,“
    she said')."""
    quotes: list[Quote] = []
    opened = -1
    straight = -1
    straight_width = 1
    # only the quotation marks are visited: one regex pass, no loop over every character
    for m in _QUOTE_MARK_RE.finditer(text, start, end):
        i = m.start()
        ch = m.group()
        if ch in OPEN_DOUBLE and (opened >= 0 or (straight >= 0 and straight_width == 1)) and _closes_words(text, i, end):
            ch = CLOSE_DOUBLE[0]  # an opening mark misused as a closing one
        if ch in CLOSE_DOUBLE and opened < 0 and straight < 0 and not quotes and _closes_words(text, i, end) and (
                text[i - 1] in ",?!" or not text[i + 1:end].strip()):
            # ('... on our side,” Vell said.', '... on our side.”' ending the paragraph)
            quotes.append(Quote(start, i, True, False, marked=False))
            continue
        if ch in ("\'\'", "\'\'\'"):
            # two apostrophes stand for a double quotation mark in some archives; three close a
            # quotation inside one as well (the last two are the outer mark)
            if straight >= 0 and straight_width == 2:
                quotes.append(Quote(straight, i + len(ch) - 2, True, False, 2))
                straight = -1
            elif straight < 0 and opened < 0:
                straight, straight_width = i, 2
        elif ch in OPEN_DOUBLE:
            if opened < 0 and straight < 0:
                opened = i
        elif opened >= 0:
            # a closing mark or a straight quote closes a typographic opening
            quotes.append(Quote(opened, i, True, False))
            opened = -1
        elif straight >= 0 and straight_width == 1:
            quotes.append(Quote(straight, i, True, False))
            straight = -1
        elif ch == '"' and straight < 0:
            straight, straight_width = i, 1
    if opened >= 0:
        quotes.append(Quote(opened, end, False, False))
    elif straight >= 0:
        quotes.append(Quote(straight, end, False, False, straight_width))
    if not quotes:
        quotes = _single_quotes(text, start, end)
    dashed = _dash_quote(text, start, end) if text[start:start + 1] in _QUOTATION_DASHES else None
    if dashed is not None:  # (quotation marks inside it quote someone else: 'The foreman told us: "C"')
        again = _dash_reopened(text, dashed, end)  # ('- C1 - said X, 67. - C2': the second dash reopens it)
        first = [dashed] + ([again] if again is not None else [])
        quotes = first + [q for q in quotes if q.open >= first[-1].end]
    for q in quotes:
        s, e = q.inner
        words = len(text[s:e].split())
        before = text[max(start, q.open - 2):q.open].strip()
        q.speech = (
            words >= 4
            or (words >= 2 and text[e - 1:e] in ",!?" and q.closed)
            or ((words >= 2 or text[e - 1:e] in ",.!?") and (q.open == start or before[-1:] in ".!?:"))
            or (words >= 2 and text[e - 1:e] in ".!?" and before[-1:] == ",")  # 'saying, "It failed."'
        )
    return quotes


_QUOTATION_DASHES = "-\u2013\u2014"
# where a dash-opened quotation ends: a dash set off by spaces (or after its comma), or a comma, before the words
# that tell who said it ('- C - said Ana Costa', '\u2013 C1. C2 \u2013 he says', '\u2014 C, the mayor said')
_DASH_CLOSE_RE = re.compile(r"(?:,[ \t]*|[ \t]+)([-\u2013\u2014])[ \t]+|(,)[ \t]+")


# a comma closes a dash-opened quotation only round words that speak in the first or second person
_FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b")


def _dash_quote(text: str, start: int, end: int) -> Quote | None:
    """The quotation of a paragraph opened with a dash, as translated and broadcast copy writes speech ('\u2013 We
    acted at once. Nobody was hurt \u2013 the mayor says.', '- C, - a passenger, Ana Costa, told the paper'): from
    the dash to the later dash, or comma, that the speaker's words and a cue of the lexicon follow before the
    sentence ends; a comma only in the paragraph's last sentence, after words in the first or second person. None when none does: a list's item ('- The
    airline denies C') or an interview's answer is no quotation of this shape."""
    if not text.startswith((" ", "\t"), start + 1):
        return None
    cues = lexicon().cues_by_first
    for m in _DASH_CLOSE_RE.finditer(text, start + 2, end):
        tail_end = _sentence_end(text, m.end(), end)
        # (up to eight words before the cue: a name, a pronoun, a description with its commas)
        words = text[m.end():tail_end].split()[:9]
        if not any(w.islower() and w.strip(",.") in cues for w in words) or m.group(2) and (
                tail_end < end or not _FIRST_PERSON_RE.search(text, start, m.start())):
            continue
        close = m.start(1) if m.group(1) else m.start(2)
        return Quote(start, close, True, True)
    return None


def _dash_reopened(text: str, dashed: Quote, end: int) -> Quote | None:
    """The quotation a dash reopens after the sentence that tells who spoke a dash-opened one ('- C1 - said Ana
    Costa, 67. - C2.'): from that dash to the later dash a cue follows (as the first closed), else to the paragraph's
    end. None when no dash set off by a space opens the next sentence."""
    k = _sentence_end(text, dashed.close, end)
    while k < end and text[k] in " \t":
        k += 1
    if k + 1 >= end or text[k] not in _QUOTATION_DASHES or text[k + 1] not in " \t":
        return None
    again = _dash_quote(text, k, end)
    if again is not None:
        return again
    stop = end
    while stop > k and text[stop - 1].isspace():
        stop -= 1
    return Quote(k, stop, False, True) if len(text[k + 1:stop].split()) >= 2 else None


def _sentence_end(text: str, at: int, end: int) -> int:
    """Where the sentence that goes on at offset `at` ends: after its full stop, or at `end`."""
    m = _SENT_END_RE.search(text, at, end)
    return m.end(1) if m is not None else end


def _closes_words(text: str, i: int, end: int) -> bool:
    """Does the mark at i close words: after a letter, digit or punctuation mark, before a space,
    a punctuation mark or the block's end, or last in the block?"""
    return i + 1 >= end or (i > 0 and not text[i - 1].isspace() and not text[i + 1].isalnum())


def _single_quotes(text: str, start: int, end: int) -> list[Quote]:
    quotes = []
    opened = -1
    for m in _SINGLE_MARK_RE.finditer(text, start, end):
        i = m.start()
        if m.group() == "\u2018":
            if opened < 0 and (i == start or not text[i - 1].isalnum()):
                opened = i
        elif opened >= 0 and (i + 1 >= end or not text[i + 1].isalnum()):
            quotes.append(Quote(opened, i, True, False))
            opened = -1
    return quotes


def sentences(text: str, block: Block, index: int) -> list[Sentence]:
    """Split a block into sentences; never inside a speech quote."""
    quotes = find_quotes(text, block.start, block.end)
    speech = [q for q in quotes if q.speech]
    abbreviations, before_numbers = lexicon().abbreviations, lexicon().number_abbreviations
    cuts = []
    qi = 0
    for m in _SENT_END_RE.finditer(text, block.start, block.end):
        pos = m.end(1)
        while qi < len(speech) and speech[qi].end <= m.start():
            qi += 1
        if qi < len(speech) and speech[qi].open < m.start() and pos < speech[qi].end:
            continue  # inside a quotation
        nxt = m.end()
        if nxt >= block.end:
            continue
        if not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in "\"\u201c\u2018'([" or (
                text[nxt] in _QUOTATION_DASHES and any(q.open == nxt for q in speech))):
            continue  # (a dash that opens a quotation opens a sentence: '- C1 - said X, 67. - C2')
        if text[m.start()] == "." and pos - m.start() == 1 and abbreviation_before(text, m.start(), abbreviations, nxt) \
                and not (text[nxt].isupper() and _word_before(text, m.start()).casefold() in before_numbers):
            continue  # ('No. County officials said': 'No' abbreviates only before a number)
        if text[m.start()] in "?!" and text[pos - 1] in _CLOSING_MARKS and _attribution_tail(text, nxt, block.end):
            continue  # '"... in their hands?" Priebus said.': the quotation's own attribution follows
        cuts.append(pos)
    out: list[Sentence] = []
    s = block.start
    qi = 0
    for cut in cuts + [block.end]:
        e = cut
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            while qi < len(quotes) and quotes[qi].open < s:
                qi += 1
            qj = qi
            while qj < len(quotes) and quotes[qj].open < e:
                qj += 1
            out.append(Sentence(s, e, index, quotes[qi:qj], first_in_block=not out))
        s = cut
        while s < block.end and text[s].isspace():
            s += 1
    return out


# a quotation's closing mark after its '?' or '!': double marks, and the single ones of papers that
# quote with them ('...?\u2019 she asked') or with two apostrophes ("''...?'' she asked")
_CLOSING_MARKS = "\"\u201d'\u2019"
# 'Priebus said.', 'Council member Ana Costa asked the panel', 'Costa replied on Monday,': a capitalised
# word and up to five more, then a reporting verb
_TAIL_WORD_RE = re.compile(r"[\w\u2019'-]+")
# after the verb: the sentence's end, an adjunct ('on Monday', 'later', 'Sunday'), what or when it
# was said of ('said of the plan', 'asked as the crowd laughed', 'said when ...'), or for a verb that
# names whom it addresses, its object ('asked the panel', 'told CNN')
_TAIL_NEXT_RE = re.compile(r"[.,;]|[ \t]+(?:" + alternation("adjunct_preps") + "|" + alternation("adjunct_words")
                           + "|" + alternation("subordinators") + "|" + alternation("tail_preps")
                           + r"|[A-Z][a-z]+day)\b")
_TAIL_OBJECT_RE = re.compile(r"[ \t]+(?:[A-Z]|" + alternation("determiners") + r"\b)")


def _attribution_tail(text: str, start: int, end: int) -> bool:
    """Does text[start:end] open with the attribution of the quotation just closed ('Priebus said.')?
    The verb is a reporting verb of cues.json (no belief, plan or evidence verb, no participle);
    an object may follow only a verb that names whom it addresses ('asked the panel', 'told CNN')."""
    verbs, addressing = _tail_verbs()
    for k, m in enumerate(_TAIL_WORD_RE.finditer(text, start, min(end, start + 80))):
        word = m.group()
        if k > 6 or (k == 0 and not word[:1].isupper()):
            return False
        if k > 0 and word in verbs and (_TAIL_NEXT_RE.match(text, m.end(), end) or (
                word in addressing and _TAIL_OBJECT_RE.match(text, m.end(), end))):
            return True
    return False


@lru_cache(maxsize=1)
def _tail_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The forms a quotation's trailing attribution uses, and those of them that take whom they address."""
    cues = [c for found in lexicon().cues_by_first.values() for c in found if len(c.words) == 1
            and not c.words[0].endswith("ing") and not (c.mental or c.evidence_subject or c.document_subject or c.infinitive
                                                         or c.stance or c.report_only)]
    return (frozenset(c.words[0] for c in cues),
            frozenset(c.words[0] for c in cues if c.takes_recipient or c.directive))


_SENTENCE_STARTERS = frozenset(
    "The He She It They We I But And In A An This That These Those Its Their His Her Our On At As "
    "After Before When While Meanwhile However".split()
)


def _word_before(text: str, dot: int) -> str:
    """The word (with any inner full stops) that ends at the full stop at `dot`."""
    s = dot
    while s > 0 and dot - s < 20 and (text[s - 1].isalnum() or text[s - 1] == "."):
        s -= 1
    return text[s:dot]


def _lower_word_before(text: str, at: int) -> bool:
    """Is the word before the one starting at `at` (past one space) a word in lower case ('on' of 'on X')?"""
    return at >= 2 and text[at - 1] == " " and text[at - 2].islower()


def _opener_at(text: str, at: int) -> bool:
    m = re.match(r"\w+", text[at:at + 20])
    return bool(m and m.group() in _SENTENCE_STARTERS)


def abbreviation_before(text: str, dot: int, abbreviations: frozenset[str], nxt: int) -> bool:
    word = _word_before(text, dot)
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        # an initial: J. Smith; but a letter after a word in lower case, before a sentence's opener,
        # ends the sentence ('posted on X. The board ...', 'So am I. This ...')
        return not (_lower_word_before(text, dot - 1) and _opener_at(text, nxt))
    if word in abbreviations or word.lower() in abbreviations or (word.isupper() and word.capitalize() in abbreviations):
        if "." in word or word.isupper():
            # U.S. / D.C. may end a sentence; a typical sentence opener after it says so
            m = re.match(r"\w+", text[nxt:nxt + 20])
            return not (m and m.group() in _SENTENCE_STARTERS)
        return True
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return True  # other initialisms: a.m., p.m.
    return False


def strip_dateline(text: str, start: int, end: int) -> int:
    """Offset after a dateline such as "WASHINGTON (Reuters) -" or "Washington (AFP) -" at the start
    of a paragraph, or after a live blog entry's time stamp ("13:35 The league said ...")."""
    start = entry_time_end(text, start, end)
    agency = _AGENCY_DATELINE_RE.match(text, start, end)
    if agency and agency.end() < end:
        return agency.end()
    m = _DATELINE_RE.match(text, start, end)
    if m and m.end() < end and any(ch.isupper() for ch in text[start:start + 3]):
        head = text[start:m.end()]
        letters = [ch for ch in head.split(",")[0].split("(")[0] if ch.isalpha()]
        if letters and sum(ch.isupper() for ch in letters) / len(letters) > 0.8 and len(letters) >= 3:
            return m.end()
    return start


# a dateline standing as a sentence of its own ('PUERTO TALÍN.', 'SAN PEDRO, June 3.', 'Kampala.'): the place,
# then any further names of places after commas and a month's day; no verb, no lower-case word
_PLACE_LINE_RE = re.compile(
    r"([^\W\d_][^\W\d_'’.\-]*(?:[ \t]+[^\W\d_][^\W\d_'’.\-]*){0,4})"
    r"((?:,[ \t]*[^\W\d_][\w.]*(?:[ \t][^\W\d_][\w.]*){0,3}){0,2}"
    r"(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?)[ \t]*[-\u2013\u2014.]*")


def place_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] (a sentence opening its paragraph) a dateline alone: a place in capitals
    ('PUERTO TALÍN', 'SAN PEDRO, June 3'), or a country or capital the data knows in title case ('Kampala')?
    Such a line is the page's furniture, no statement of anyone's."""
    m = _PLACE_LINE_RE.fullmatch(text, start, end)
    if m is None:
        return False
    place = m.group(1)
    if not all(w[:1].isupper() for w in m.group(2).replace(",", " ").split() if not w[:1].isdigit()):
        return False
    letters = [ch for ch in place if ch.isalpha()]
    if len(letters) >= 3 and sum(ch.isupper() for ch in letters) / len(letters) > 0.8:
        return True
    return fold(place) in lexicon().country_index


# the sentence tokenized last, with its tokens: the rules read a sentence, then the model's
# attributions in it may need its tokens again
_LAST: list[tuple[str, Sentence, list[Token]] | None] = [None]


def tokenize(text: str, sentence: Sentence, dates: list[re.Match[str]] | None = None) -> list[Token]:
    """Tokens of a sentence; a speech quote and a date expression each become one token.

    Words inside a scare quote ("Buenos Aires" in quotation marks) stay words; punctuation inside one
    is dropped so it does not break a noun phrase. `dates` are the sentence's date matches when
    the caller has them already.
    """
    last = _LAST[0]
    if last is not None and last[0] is text and last[1] is sentence:
        return list(last[2])
    tokens = _tokenize(text, sentence, dates)
    _LAST[0] = (text, sentence, tokens)
    return list(tokens)


def _tokenize(text: str, sentence: Sentence, dates: list[re.Match[str]] | None) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    s, e = sentence.start, sentence.end
    scare = [q for q in sentence.quotes if not q.speech]
    scare_at = _ScareIndex(scare) if scare else None
    # atoms: speech quotes and dates, in order, never overlapping (a date inside a quote stays in it)
    atoms: list[tuple[int, int, Quote | None]] = []
    speech = [q for q in sentence.quotes if q.speech]
    qi = 0
    for m in (date_matches(text, s, e) if dates is None else dates):
        ds, de = m.span()
        while qi < len(speech) and speech[qi].open < ds:
            q = speech[qi]
            if not atoms or atoms[-1][1] <= q.open:
                atoms.append((q.open, min(q.end, e), q))
            qi += 1
        if not atoms or atoms[-1][1] <= ds:
            atoms.append((ds, de, None))
    for q in speech[qi:]:
        if not atoms or atoms[-1][1] <= q.open:
            atoms.append((q.open, min(q.end, e), q))
    if atoms:
        atoms = [atom for atom in atoms if atom[2] is not None or not any(
            other[2] is not None and other[0] <= atom[0] < other[1] for other in atoms[-3:])]
    atoms.append((e, e, None))
    pos = s
    name_prefix = _NAME_PREFIX_RE.match
    split = _TOKEN_RE.split
    for a0, a1, quote in atoms:
        if a0 > pos:
            # the gaps (spaces) and the tokens alternate: offsets by adding lengths, no match objects
            parts = split(text[pos:a0])
            at = pos
            for k in range(1, len(parts), 2):
                word = parts[k]
                start = at + len(parts[k - 1])
                at = end = start + len(word)
                first = word[0]
                if len(word) > 1 or first.isalnum() or first == "_":  # a word (\w), else one mark
                    low = word.lower()
                    # a lower-case word cannot carry a name prefix ('al-Rashid' has a capital)
                    append(Token("w", start, end, low.replace("\u2019", "'") if "\u2019" in low else low,
                                 first.isupper() or (low != word and name_prefix(word) is not None)))
                elif _name_apostrophe(text, word, start, e):
                    continue  # ("A councillor, 'Matsepo Khanyane, said": an apostrophe of the name, no mark of a clause)
                elif scare_at is None:
                    append(Token("p", start, end, word))
                elif not scare_at.inside(start) or (word == "," and text[start + 1:start + 2] in "\u201d\"'\u2019"
                                                    and scare_at.inside(start + 1)):
                    # a comma before a scare quote's closing mark still separates clauses
                    append(Token("p", start, end, word))
        if a1 > a0:
            if quote is not None:
                append(Token("q", a0, a1, "", False, quote))
            else:
                append(Token("d", a0, a1, text[a0:a1].lower(), True))
        if a1 > pos:
            pos = a1
    return tokens


def _name_apostrophe(text: str, word: str, start: int, end: int) -> bool:
    """Is the mark at `start` an apostrophe that opens a name of two to four capitalised words after a space
    ("A councillor, 'Matsepo Khanyane, said", a Sesotho given name), before a comma, a bracket or a word in lower
    case, that no apostrophe closes before the sentence's end (a quotation in single marks would)?"""
    return word in "'\u2019" and start > 0 and text[start - 1].isspace() \
        and _NAME_APOSTROPHE.match(text, start, end) is not None \
        and not _CLOSING_APOSTROPHE.search(text, start + 1, end)


# an apostrophe, then a name of two to four capitalised words, then a comma, a bracket or a word in lower case
_CLOSING_APOSTROPHE = re.compile(r"['\u2019](?!\w)")  # an apostrophe that closes a quotation (or a plural's possessive)
_NAME_APOSTROPHE = re.compile(r"['\u2019][A-Z][a-z]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,3}(?=[ \t]*[,(]|[ \t]+[a-z])")


_NAME_PREFIX_RE = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ibn|abu|de|van|von|da|di|du|la|le|d|o)['\u2019-]?(?=[A-Z])")


def _capitalised(word: str) -> bool:
    """Starts like a name: 'Reuters', 'al-Rashid', "d'Estaing"."""
    return word[0].isupper() or bool(_NAME_PREFIX_RE.match(word))


class _ScareIndex:
    """Is a position inside a scare quote? Positions are asked in increasing order."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self.i = 0

    def inside(self, pos: int) -> bool:
        while self.i < len(self.quotes) and self.quotes[self.i].end <= pos:
            self.i += 1
        return self.i < len(self.quotes) and self.quotes[self.i].open <= pos
