"""A broadcast transcript's structure: the speaker labels that open its paragraphs ('ANA COSTA,
HOST:', 'MR. BERG:'), the turns that run on over paragraphs without a label, and which speakers
speak for the broadcaster (hosts, anchors, reporters, moderators) rather than as its guests.

Who is a host is read from the transcript's own evidence (provenance/data/transcripts.json): a
role in the label ('HOST', 'CNN CORRESPONDENT', 'MODERATOR'), the byline, a hand-over to a
reporter ('NPR's Ana Costa reports', 'our correspondent Ana Costa is there': the reporter, and the
person who introduces them), and a question put to another speaker by name ('Ana, what are you
seeing?'). A host's turn is the broadcaster's reporting: document.py reads it as prose.

Pure: text and blocks in, offsets out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from provenance.extract.lexicon import Lexicon, fold
from provenance.extract.segment import Block

# 'SMITH:', 'ANA COSTA, HOST:', 'UNIDENTIFIED PERSON #2:', 'MAYOR ANA COSTA (through interpreter):',
# 'ODILE MARRASK (CABINET MEMBER FOR LIBRARIES):', '[00:12:31] ANA COSTA:', '[ANA COSTA]': a time the
# label may open with, the name, then a role and an aside it may give; the words follow, or the next paragraph
_STAMP = (r"(?:[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]?[ \t]+(?:[-\u2013\u2014][ \t]+)?"
          r"(?![AP]\.?M\b))?")  # ('11:40 AM: What happened?' is a live blog's time, no label)
# the capitals a name in capitals may be written with: 'RENÉE', 'BJØRN', 'ÉLODIE', 'ŁUKASZ'
_CAPS = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_LABEL_RE = re.compile(r"[\"\u201c]?[ \t]*" + _STAMP + r"(?P<open>\[[ \t]*)?"
                       r"(?P<name>[" + _CAPS + r"][" + _CAPS + r".'\u2019\- ]{0,28}[" + _CAPS + r".](?:[ \t]*#[ \t]*\d{1,2})?)"
                       r"(?:,[ \t]+(?P<role>[" + _CAPS + r"][" + _CAPS + r"'\u2019\- ]{1,46}[" + _CAPS + r"])"
                       r"(?:,[ \t]+(?P<org>[" + _CAPS + r"][" + _CAPS + r"0-9'\u2019&.\- ]{0,46}[" + _CAPS + r"0-9.]))?)?"
                       r"(?:[ \t]*\((?P<aside>[^()\n]{1,48})\))?(?(open)[ \t]*\]:?|:)"
                       r"(?:[ \t]+(?=\S)|[ \t]*$)")
_TIME = re.compile(r"\d{1,2}(?::\d{2}){1,2}")
# 'Chair:', 'Q12 Mr Danvers:', 'Dr Helen Osei (Riverwatch):', 'Dana Quennell, pensions lawyer:': a label in
# the case of a name (a committee's record, a podcast's), when the name is a part, or opens with an
# honorific or a given name (mixed_label)
_MIXED_LABEL_RE = re.compile(r"[\"\u201c]?[ \t]*" + _STAMP + r"(?:Q\d{1,4}[ \t]+)?(?P<open>\[[ \t]*)?"
                             r"(?P<name>[" + _CAPS + r"][\w.'\u2019\-]*(?:[ \t]+[" + _CAPS + r"][\w.'\u2019\-]*){0,3})"
                             r"(?:,[ \t]+(?P<role>[A-Za-z][\w'\u2019\- ]{1,46}[a-z])"
                             r"(?:,[ \t]+(?P<org>[A-Z][\w'\u2019&.\- ]{0,46}[\w.]))?)?"
                             r"(?:[ \t]*\((?P<aside>[^()\n]{1,48})\))?(?(open)[ \t]*\]:?|:)"
                             r"(?:[ \t]+(?=\S)|[ \t]*$)")
_NAME = r"[" + _CAPS + r"][\w'\u2019\-]+(?:[ \t]+[" + _CAPS + r"][\w'\u2019\-]+){0,2}"
_BYLINE = re.compile(r"[Bb]y[ \t]+(" + _NAME + r"(?:[ \t]*(?:,|and|&)[ \t]*" + _NAME + r")*)[ \t]*")


@dataclass(frozen=True)
class Label:
    """A speaker label: the name's offsets, the role's (None when it gives none), its colon, and
    where the words after it start (the block's end when the label stands alone); `aside` is what
    its brackets say of the speaker besides the name ('CABINET MEMBER FOR LIBRARIES', the place of
    'CALLER (TEODOR, BRAXHOLM)'), None when they give only how the words were said."""

    name: tuple[int, int]
    role: tuple[int, int] | None
    colon: int
    words: int
    aside: tuple[int, int] | None = None
    cased: bool = False  # written in the case of a name ('Mr Danvers:'), not in capitals
    # the body the label names after the role ('IVO DRAN, CHIEF ENGINEER, TARN WATER:'), or the outlet of
    # the journalist a question label names ('QUESTION (MIRA HOLT, TARN COURIER):'): the speaker's affiliation
    org: tuple[int, int] | None = None
    question: bool = False  # the label puts a journalist's question ('QUESTION:', 'QUESTION (MIRA HOLT, ...):')
    # a parliament's record's label: a Member's ('Ana Costa MS:'), whose questions state nothing, or the chair's
    # ('The Presiding Officer:'), whose turn is procedure ('Order.') and states nothing at all
    record: bool = False
    chair: bool = False
    # a soundbite's mark and name on a line of their own over a quotation ('[Interview] Ana Costa, Jolby
    # University'): an article's way of quoting her, as its prose would, not words said to the publisher
    quoted: bool = False

    def role_words(self, text: str) -> str | None:
        """The label's role and aside as the speaker's role ('cabinet member for libraries',
        'caller, Braxholm'): words in capitals read in lower case, unless the text writes them
        with a capital elsewhere (a place, a body's initials)."""
        return _written(text, [span for span in (self.role, self.aside) if span is not None])

    def org_words(self, text: str) -> str | None:
        """The label's body or outlet as the text writes it ('TARN WATER' -> 'Tarn Water')."""
        return _written(text, [self.org] if self.org is not None else [], _as_name)


def _written(text: str, spans: list[tuple[int, int]], case: Callable[[str, str], str] | None = None) -> str | None:
    """The words of a label's spans, joined by commas, each word in capitals as the text writes it."""
    if not spans:
        return None
    words = " ".join(", ".join(text[a:b] for a, b in spans).split())
    return re.sub(r"[" + _CAPS + r"][" + _CAPS + r"'\u2019\-]*", lambda m: (case or _as_written)(m.group(), text), words)


_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "at", "de"})  # the small words of a body's name


def _as_name(word: str, text: str) -> str:
    """A word of a body's or an outlet's name in capitals as the name is written: 'TARN' -> 'Tarn',
    'OF' -> 'of'; initials stay ('NTV', 'FM'), and so does a word the text writes in capitals."""
    if word.lower() in _LINKS:
        return word.lower()
    if len(word) > 1 and (not re.search(r"[AEIOUY]", word) or re.search(r"[a-z][ \t]+" + re.escape(word) + r"\b", text)):
        return word
    return word.capitalize()


def _as_written(word: str, text: str) -> str:
    """A word of a label in capitals as the text writes it in a sentence: 'BRAXHOLM' -> 'Braxholm',
    'KTRA' -> 'KTRA', 'ENGINEER' -> 'engineer' (lower case first: 'LIBRARIES' of 'member for libraries')"""
    for form in (word.lower(), word.capitalize(), word):
        # (in capitals, after a word of a sentence: a label's own ', CHIEF' is no writing of it)
        if re.search(r"[a-z,][ \t]+" + re.escape(form) + r"(?![\w'\u2019])" if form != word else
                     r"[a-z][ \t]+" + re.escape(form) + r"(?![\w'\u2019])", text):
            return form
    return word.lower()


@dataclass
class Transcript:
    """The labels of a text's paragraphs (block index -> label), the paragraphs that carry on the
    turn of an earlier label (block index -> the label's block index), and the surname keys of
    the speakers who speak for the broadcaster."""

    labels: dict[int, Label] = field(default_factory=dict)
    turns: dict[int, int] = field(default_factory=dict)
    hosts: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # the folded given names, surnames and full names of the labels
    # a label naming only a part ('GUEST:', 'CALLER:') -> the name of whom a host brought in last before it
    stand_ins: dict[int, str] = field(default_factory=dict)
    # a wire copy's dateline read for a label ('TARNMOUTH: The port ...', 'TARNMOUTH (Jan 4): ...'): the block
    # index -> where the paragraph's words start after it; no speaker's label
    datelines: dict[int, int] = field(default_factory=dict)
    # a label in capitals naming its speaker by their work alone ('DOCTOR:', 'POLICE OFFICER (translated):') ->
    # the words a sentence would refer to them by ('the doctor': whom the turns before brought in, else unnamed)
    described: dict[int, str] = field(default_factory=dict)
    # a television script's lines that state nothing: a production label alone ('VO:', 'SOT:'), a caption
    # ('GFX: WATER CUTS'), the name line a soundbite's label stands on ('ANA COSTA, NURSE')
    captions: frozenset[int] = frozenset()

    @property
    def parts(self) -> frozenset[str]:
        """The words a label may give for the part its speaker plays, in place of a name ('caller')."""
        return frozenset(_data()["role_labels"])

    @property
    def questioner(self) -> str:
        """The role of whom a question label names ('journalist')."""
        return str(_data()["questioner"])

    def turn(self, index: int) -> tuple[int, Label] | None:
        """The label whose turn paragraph `index` is (the label's block index and the label)."""
        at = index if index in self.labels else self.turns.get(index)
        return (at, self.labels[at]) if at is not None else None

    def speaker_words(self, text: str, at: int) -> str:
        """The words naming the speaker of the label at block `at`, for the registry to resolve: the
        name a stand-in takes ('GUEST:' after 'My guest is Dana Quennell'), a part with no name
        ('CALLER:' -> 'a caller'; a question with no journalist named -> 'a journalist'), an
        unidentified speaker ('UNIDENTIFIED MALE:' -> 'an unidentified man', anonymous), or the name."""
        label = self.labels[at]
        named = text[label.name[0]:label.name[1]]
        words = fold(named).strip(" .").split()
        if at in self.stand_ins:
            return self.stand_ins[at]
        if at in self.described:
            return self.described[at]
        if label.question and " ".join(words) in _data()["question_labels"]:
            return "a " + _data()["questioner"]
        if " ".join(words) in self.parts:
            return "a " + " ".join(words)
        unknown = _data()["unidentified"]
        if words and words[0] in unknown["words"]:
            who = [unknown["as"].get(w, w) for w in words[1:] if w in unknown["as"] or w.isalpha()]
            return "an unidentified " + (" ".join(who[:1]) or "speaker")
        return named

    def is_host(self, text: str, label: Label) -> bool:
        return label_key(text[label.name[0]:label.name[1]]) in self.hosts

    def address_end(self, text: str, start: int, end: int) -> int:
        """Offset after the name a sentence of a turn opens by addressing another speaker with
        ('Ruth, the club now says ...': the name is whom it is said to, no part of the statement,
        never its speaker), or `start` when it opens with none."""
        m = _VOCATIVE.match(text, start, end)
        if m is None or m.end() >= end or fold(m.group(1)) not in self.names:
            return start
        return m.end()


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = resources.files("provenance").joinpath("data/transcripts.json").read_text(encoding="utf-8")
    return json.loads(raw)


@lru_cache(maxsize=1)
def _soundbite_re() -> re.Pattern[str]:
    """A television script's mark of a soundbite before its speaker's label ('[Soundbite] Ana Costa,
    nurse:', 'SOT ANA COSTA, NURSE:', '(SOT) Ana Costa:'), and the label after it, in any case: the
    name, a role after a comma, an aside in brackets, then the colon."""
    words = sorted(_data()["soundbite_marks"], key=len, reverse=True)
    marks = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    caps = "|".join(re.escape(w.upper()).replace(r"\ ", r"[ \t]+") for w in words)  # (bare, only in capitals)
    return re.compile(r"[ \t]*(?:[\[(][ \t]*(?i:" + marks + r")[ \t]*[\])][ \t]*:?|(?:" + caps + r")\b[ \t]*:?)[ \t]*"
                      r"(?P<name>[^\W\d_][^,:;()\[\]\"\u201c\n]{0,38}[\w.])"
                      r"(?:,[ \t]+(?P<role>[^,:;()\[\]\"\u201c\n]{2,50}?)(?P<org>))?"
                      r"(?:[ \t]*\((?P<aside>[^()\n]{1,48})\))?[ \t]*:(?:[ \t]+(?=\S)|[ \t]*$)")


@lru_cache(maxsize=1)
def _soundbite_line_re() -> re.Pattern[str]:
    """A soundbite's mark in brackets and its speaker's name on a line of their own, with no colon, over the
    quotation they say ('[Interview] Ana Costa, Department of Physics, Jolby University' and a line opening
    with a quotation mark): the name, a role after a comma and a body after the next."""
    words = sorted(_data()["soundbite_marks"], key=len, reverse=True)
    marks = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    part = r"[^,:;()\[\]\"\u201c\n]{2,60}?"
    return re.compile(r"[ \t]*[\[(][ \t]*(?i:" + marks + r")[ \t]*[\])][ \t]*"
                      r"(?P<name>[^\W\d_][^,:;()\[\]\"\u201c\n]{0,38}[\w.])"
                      r"(?:,[ \t]+(?P<role>" + part + r")(?:,[ \t]+(?P<org>" + part + r"))?)?(?P<aside>(?!))?"
                      r"[ \t]*(?:\n(?=[ \t]*[\"\u201c])|$)")


def _soundbite_line(text: str, start: int, end: int) -> re.Match[str] | None:
    """The soundbite's mark and name of _soundbite_line_re, when the words after them open with a
    quotation mark, on the same paragraph's next line or the next paragraph's."""
    m = _soundbite_line_re().match(text, start, end)
    if m is None or (m.end() == end and text[end:end + 200].lstrip()[:1] not in ("\"", "\u201c")):
        return None
    return m


def speaker_label(text: str, start: int, end: int, lex: Lexicon) -> Label | None:
    """A transcript's speaker label opening a paragraph ('PENCE: Well, ...', '[Soundbite] Ana Costa,
    nurse: ...'); None for notices ('CORRECTION: ...'), stage directions ('[LAUGHTER]') and anything else."""
    m = _label_match(text, start, end, lex)
    if m is None or sum(ch.isalpha() for ch in m.group("name")) < 2:
        return None
    folded = fold(m.group("name")).rstrip(".")
    if folded in lex.notice_labels or _direction(folded) or folded in _data()["soundbite_marks"]:
        return None
    name, bracket = m.span("name"), m.span("aside")
    role: tuple[int, int] | None = m.span("role") if m.group("role") else None
    org: tuple[int, int] | None = m.span("org") if m.group("org") else None
    aside: tuple[int, int] | None = bracket
    question = folded in _data()["question_labels"]
    if m.group("aside") is None or _direction(fold(m.group("aside"))):
        aside = None
    elif question:
        # 'QUESTION (MIRA HOLT, TARN COURIER):' - the journalist asks, of the outlet after the name
        who, org = _questioner(text, bracket, lex)
        name, aside = who or name, None
    elif role is None and folded in _data()["role_labels"]:
        # 'CALLER (TEODOR, BRAXHOLM):' - the part the label names is the role of the person in brackets
        comma = text.find(",", bracket[0], bracket[1])
        who = _stripped(text, bracket[0], comma if comma >= 0 else bracket[1])
        if not set(fold(text[who[0]:who[1]]).split()) & lex.title_words:
            name, role, aside = who, name, _stripped(text, comma + 1, bracket[1]) if comma >= 0 else None
    ends = [i for i in (text.rfind(":", m.start(), m.end()), text.rfind("]", m.start(), m.end())) if i >= 0]
    colon = max(ends)
    record = m.re in _record_res()
    return Label(name, role, colon, max(m.end(), min(end, colon + 1)), aside, m.re is _MIXED_LABEL_RE or record, org,
                 question, record, m.re is _record_res()[-1], m.re is _soundbite_line_re())


def _label_match(text: str, start: int, end: int, lex: Lexicon) -> re.Match[str] | None:
    """The first of the label patterns matching at `start`. Each ends with its colon, but for a
    label opening with a bracket ('[LAUGHTER]'), so a paragraph with neither (most of an article's)
    is not tried against them."""
    if text.find(":", start, end) < 0 and text.find("[", start, end) < 0:
        return None
    return (_soundbite_re().match(text, start, end) or _LABEL_RE.match(text, start, end)
            or _record_label(text, start, end, lex) or _mixed_label(text, start, end, lex)
            or _soundbite_line(text, start, end))


def _questioner(text: str, bracket: tuple[int, int], lex: Lexicon) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The journalist and the outlet a question label's brackets name: 'MIRA HOLT, TARN COURIER' gives
    both, 'MIRA HOLT' the journalist alone (a given name or an honorific opens it), 'TARN COURIER' the
    outlet alone."""
    comma = text.find(",", bracket[0], bracket[1])
    first = _stripped(text, bracket[0], comma if comma >= 0 else bracket[1])
    words = [w.strip(".") for w in fold(text[first[0]:first[1]]).split()]
    named = words[0] in lex.given_names or words[0] in lex.honorifics if words else False
    medium = bool(set(words) & lex.outlet_words) or (bool(words) and words[0] in lex.outlet_openers)
    # ('QUESTION (ANA COSTA, TARN COURIER):' names the journalist first, as 'NAME, ROLE:' does the speaker)
    person = 1 < len(words) <= 4 and (named or (comma >= 0 and not medium))
    if not person:
        return None, _stripped(text, *bracket)
    return first, _stripped(text, comma + 1, bracket[1]) if comma >= 0 else None


_WORD = r"[" + _CAPS + r"][\w'\u2019\-]*"
# (the groups a label's match gives that a record's label never fills)
_UNFILLED = r"(?P<open>(?!))?(?P<org>(?!))?(?P<aside>(?!))?"
_LABEL_END = r"[ \t]*:(?:[ \t]+(?=\S)|[ \t]*$)"


@lru_cache(maxsize=1)
def _record_res() -> tuple[re.Pattern[str], ...]:
    """A parliament's record's speaker labels: a Member's name and the letters after it ('Ana Costa MS:',
    'Ana Costa TD:'), the office a Member speaks in and the name in brackets after it ('The Minister for
    Housing (Ana Costa MS):', 'The Deputy Minister (Ana Costa):'), and the chair's ('The Presiding Officer:',
    'Mr SPEAKER:', 'The Llywydd / The Presiding Officer:', the last of its names the label's)."""
    suffix = r"(?:" + "|".join(_data()["member_suffixes"]) + r")"
    name = _WORD + r"(?:[ \t]+" + _WORD + r"){0,3}"
    office = r"(?:The[ \t]+)?" + _WORD + r"(?:[ \t]+(?:of|for|and|the|on|in|to|" + _WORD + r")){0,10}"
    chair = r"[" + _CAPS + r"][\w'\u2019 \-]{1,30}"
    lead = r"[\"\u201c]?[ \t]*" + _STAMP
    return (re.compile(lead + r"(?P<name>" + name + r")[ \t]+(?P<role>" + suffix + r")\b" + _UNFILLED + _LABEL_END),
            re.compile(lead + r"(?P<role>" + office + r")[ \t]*\([ \t]*(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,3}?)"
                       r"(?:[ \t]+" + suffix + r")?[ \t]*\)" + _UNFILLED + _LABEL_END),
            re.compile(lead + r"(?:" + chair + r"[ \t]*/[ \t]*)?(?P<name>" + chair + r")(?P<role>(?!))?" + _UNFILLED + _LABEL_END))


def _record_label(text: str, start: int, end: int, lex: Lexicon) -> re.Match[str] | None:
    """A parliament's record's speaker label opening a paragraph (see _record_res): the letters after a
    name, an office holding a title word before a name in brackets, or the chair's words alone."""
    members, offices, chairs = _record_res()
    m = members.match(text, start, end)
    if m is not None:
        return m
    m = offices.match(text, start, end)
    if m is not None and set(fold(m.group("role")).split()) & lex.title_words:
        return m
    m = chairs.match(text, start, end)
    if m is not None and fold(" ".join(m.group(0).split())).strip(" \"\u201c:").split(" / ")[-1] in _data()["chair_labels"]:
        return m
    return None


def _mixed_label(text: str, start: int, end: int, lex: Lexicon) -> re.Match[str] | None:
    """A label in the case of a name ('Chair:', 'Mr Danvers:', 'Helen Osei:'), when it names a part
    or a person: a part the labels give ('Chair', 'Presenter'), an honorific ('Mr', 'Dr') or a given
    name before a surname. ('Update:', 'Why it matters:', 'Kestrel Energy:' name no one.)"""
    m = _MIXED_LABEL_RE.match(text, start, end)
    if m is None:
        return None
    words = fold(m.group("name")).split()
    first = words[0].rstrip(".")
    parts = {*_data()["role_labels"], *_data()["question_labels"]}  # ('Question (Ana Costa, Tarn Courier):')
    if " ".join(words) in parts or (len(words) > 1 and (
            first in lex.honorifics or first in lex.given_names or _titled_role(m, lex))):
        return m
    return None


def _titled_role(m: re.Match[str], lex: Lexicon) -> bool:
    """Does a label in the case of a name give, after its comma or in brackets, a role in title case that a title
    word or a host's role ends ('Celia Marrow, Chief Elections Officer:', 'Lorne Baptiste, Reporting:', 'Celia
    Marrow (Chief Elections Officer):'): a person's label though the given name is none the lists know?"""
    written = m.group("role") or m.group("aside") or ""
    role = fold(written).split()
    return bool(role) and written[:1].isupper() and (role[-1] in lex.title_words or role[-1] in _data()["host_roles"])


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the blanks at its ends."""
    words = text[start:end]
    return start + len(words) - len(words.lstrip()), start + len(words.rstrip())


def _direction(words: str) -> bool:
    """Whether a label's bracketed words tell how the words were said ('through interpreter',
    'voice-over', '00:12:31'), or a bracketed label names no one ('CROSSTALK')."""
    words = words.strip(" .")
    first = words.split(" ", 1)[0] if words else ""
    directions = _data()["stage_directions"]
    return not words or _TIME.fullmatch(words) is not None or words in directions or first in directions


_NOTICE = re.compile(r"([A-Z][A-Za-z'\u2019. ]{0,24}):")


def _is_notice(text: str, block: Block, lex: Lexicon) -> bool:
    m = _NOTICE.match(text, block.start, block.end)
    return m is not None and fold(m.group(1)).rstrip(".") in lex.notice_labels


@lru_cache(maxsize=1)
def _pleasantry_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_data()["pleasantries"], key=len, reverse=True))
    name = r"[A-Z][\w'\u2019.\-]*(?:\s+[A-Z][\w'\u2019.\-]*){0,3}"
    return re.compile(r"(?:" + name + r",\s*)?(?i:" + words + r")(?:,?\s*" + name + r")?[\s.!]*")


def pleasantry(words: str) -> bool:
    """Is a sentence only a greeting or thanks, perhaps with the name of whom it is said to ('Welcome
    back', 'Ana Costa, thank you', 'Thanks, Ana', 'Hi Ana')? Such a sentence states nothing."""
    return _pleasantry_re().fullmatch(words.strip()) is not None


def label_key(name: str) -> str:
    """The surname a label or a name goes by: 'LENA MARSH', 'MS. MARSH' and 'Lena Marsh' -> 'marsh'."""
    words = [w for w in re.split(r"[\s#]+", fold(name).strip(" .")) if any(ch.isalpha() for ch in w)]
    return words[-1].strip(".") if words else ""


def read_transcript(text: str, found: list[Block], lex: Lexicon, publisher: str | None = None) -> Transcript:
    """The labels of the text's paragraphs; when two or more speakers are labelled (a transcript),
    also the turns that run on over unlabelled paragraphs after a label standing alone, and who
    speaks for the broadcaster."""
    labels = {}
    for i, block in enumerate(found):
        label = speaker_label(text, block.start, block.end, lex)
        if label is not None and (not block.heading or label.words >= block.end):
            labels[i] = label
    datelines = _datelines(text, found, labels, lex)
    labels = {i: lab for i, lab in labels.items() if i not in datelines}
    script = _script(text, found)
    if script.marks:
        # ('VO:', 'STANDUP:' name no speaker; 'SOT: ANA COSTA, NURSE' names the one whose turn follows)
        words = {fold(w) for ws in _data()["production_labels"].values() for w in ws}
        labels = {i: lab for i, lab in labels.items()
                  if fold(" ".join(text[lab.name[0]:lab.name[1]].split())) not in words} | script.labels
        datelines |= script.reporting
    if len({label_key(text[lab.name[0]:lab.name[1]]) for lab in labels.values()}) < 2 and not script.marks:
        # ('Petra Novak: "..."' in an article is an attribution the prose reads, not a transcript's label)
        # ('REPORTER: The port reopened ...' alone labels a reporter's turns all the same: the broadcaster's)
        kept = {i: lab for i, lab in labels.items() if not lab.cased}
        return Transcript(labels=kept, datelines=datelines, hosts=frozenset(_role_hosts(text, kept)))
    turns, current = {}, None
    for i, block in enumerate(found):
        if i in labels:
            current = i
        elif block.heading or _is_notice(text, block, lex) or i in script.marks:
            current = None  # a heading, a notice ('CORRECTION: ...') or a script's next label ('VO:') ends the turn
        elif current is not None and (labels[current].words >= found[current].end or (
                not labels[current].cased and _FIRST_PERSON.search(_unquoted(text, block)))):
            # a label on a line of its own opens a turn that runs on over the paragraphs after it; after a
            # label in capitals opening its paragraph, a paragraph speaking as 'I' or 'we' carries the turn
            # on ('We will refund every customer.'), and one that does not is the writer's again ('The
            # minister was not available.', 'So much for the debate, then.')
            turns[i] = current
        else:
            current = None
    # (the chair's turns are procedure: 'Order.', 'I call the Minister.')
    chaired = {i for i in (*labels, *turns) if labels[turns.get(i, i)].chair}
    if any(lab.record for lab in labels.values()):
        chaired |= {i for i, block in enumerate(found) if i not in labels and i not in turns and _procedure(text, block)}
    transcript = Transcript(labels=labels, turns=turns, datelines=datelines, captions=frozenset(script.captions | chaired))
    transcript.hosts = frozenset(_hosts(text, found, transcript, publisher, lex))
    transcript.names = frozenset(_names(text, transcript, lex))
    if any(lab.record for lab in labels.values()):
        transcript.names |= frozenset(_data()["record_addresses"])  # ('Minister, the company says ...')
    transcript.stand_ins = _stand_ins(text, found, transcript)
    transcript.described = {i: "the " + work for i, lab in labels.items() if (work := _work(text, lab, lex))}
    return transcript


def _procedure(text: str, block: Block) -> bool:
    """Is a record's paragraph a line of procedure ('Motion agreed.', 'The Speaker took the Chair.', '14:32')?"""
    words = fold(" ".join(text[block.start:block.end].split())).strip(" .")
    ends = "|".join(re.escape(w) for w in _data()["record_procedure"])
    return _TIME.fullmatch(words) is not None or (len(words.split()) <= 8 and re.search(r"\b(?:" + ends + r")$", words) is not None)


@lru_cache(maxsize=1)
def _production_re() -> re.Pattern[str]:
    """A television script's production label opening a line ('VO:', 'SOT: ANA COSTA, NURSE', '(STANDUP)',
    'Anchor tag:'), in any case, with or without a colon, and the words after it on the line."""
    kinds = _data()["production_labels"]
    words = sorted((w for ws in kinds.values() for w in ws), key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(r"[ \t]*(?P<open>[\[(])?[ \t]*(?P<mark>(?i:" + alts + r"))[ \t]*(?(open)[\])])(?![\w/'\u2019])[ \t]*"
                      r"(?P<colon>:)?[ \t]*(?P<rest>[^\n]*)")


# the name line of a soundbite or a caption: 'ANA COSTA, NURSE', 'Ana Costa / nurse at the clinic', 'ANA COSTA'
_NAME_LINE = re.compile(r"(?P<name>[" + _CAPS + r"][\w.'\u2019\-]*(?:[ \t]+[" + _CAPS + r"][\w.'\u2019\-]*){1,3})"
                        r"(?:[ \t]*[,/|\u2013\u2014][ \t]*(?P<role>[^\n.!?:;\"\u201c]{2,60}?))?[ \t]*")


_SOUND = re.compile(r"[\[(][^\[\]()\n]{1,60}[\])]")


@dataclass
class _Script:
    """A television script's production labels, by block index: every line a label opens (`marks`), the
    soundbite speakers' labels (`labels`, on the line that names them), where a reporting label's words
    start after it (`reporting`), and the lines that state nothing (`captions`)."""

    marks: set[int] = field(default_factory=set)
    labels: dict[int, Label] = field(default_factory=dict)
    reporting: dict[int, int] = field(default_factory=dict)
    captions: set[int] = field(default_factory=set)


def _script(text: str, found: list[Block]) -> _Script:
    """The production labels of a television news script ('VO:', 'SOT: ANA COSTA, NURSE', 'SUPER: ANA
    COSTA / NURSE', 'STANDUP:'); none unless two or more lines open with one."""
    kinds = {fold(w): kind for kind, ws in _data()["production_labels"].items() for w in ws}
    found_marks = {}
    for i, block in enumerate(found):
        m = _production_re().match(text, block.start, block.end)
        # (a label without its colon is one in capitals, or in brackets alone on its line: 'Live coverage ...'
        # opens no script's part, '[Pkg]' does)
        if m and (m.group("colon") or (m.group("open") and not m.group("rest")) or (
                m.group("mark").isupper() and (not m.group("rest") or m.group("rest").isupper()))):
            found_marks[i] = (kinds[fold(" ".join(m.group("mark").split()))], m)
    out = _Script()
    if len(found_marks) < 2:
        return out
    out.marks, soundbite = set(found_marks), False
    # ('(crowd chanting)', '[SIRENS]' on a line of its own: the sound a script calls for, no statement)
    out.captions = {i for i, block in enumerate(found) if _SOUND.fullmatch(text, block.start, block.end)}
    for i, (kind, m) in sorted(found_marks.items()):
        rest = m.start("rest") if m.group("rest") else None
        if kind == "soundbite" and rest is not None and _soundbite_re().match(text, found[i].start, found[i].end):
            soundbite = True
            continue  # 'SOT ANA COSTA, NURSE: We ...': speaker_label reads the label
        label = _name_label(text, rest, found[i].end) if rest is not None and kind != "reporting" else None
        if kind == "soundbite" or (kind == "caption" and soundbite and label is not None):
            if label is None and rest is None and i + 1 < len(found) and i + 1 not in found_marks:
                label = _name_label(text, found[i + 1].start, found[i + 1].end)  # 'SOT:' / 'ANA COSTA, NURSE'
                if label is not None:
                    out.labels[i + 1] = label
            elif label is not None:
                out.labels[i] = label
        soundbite = kind == "soundbite"
        if i in out.labels:
            continue
        if rest is None or kind == "caption":
            out.captions.add(i)  # ('VO:' alone, 'GFX: WATER CUTS', 'SOT:' over the name line after it)
        else:
            out.reporting[i] = rest  # 'VO: Residents queued ...', 'SOT: We have had no water' (no one named)
    return out


def _name_label(text: str, start: int, end: int) -> Label | None:
    """A soundbite's speaker named on a line of its own after its label ('ANA COSTA, NURSE', 'Ana Costa /
    nurse'): a label whose turn runs on over the lines after it; None for a line that is a sentence."""
    m = _NAME_LINE.fullmatch(text, start, end)
    if m is None or text[start:end].rstrip()[-1:] in ".!?\"\u201d" or len(text[start:end].split()) > 14:
        return None
    role = _stripped(text, *m.span("role")) if m.group("role") else None
    return Label(m.span("name"), role, end - 1, end)


# a date in a dateline's brackets: 'TARNMOUTH (Jan 4):', 'TARNMOUTH (March 3, 2026):'
_DATED = re.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?")


def _datelines(text: str, found: list[Block], labels: dict[int, Label], lex: Lexicon) -> dict[int, int]:
    """The labels that are a wire copy's dateline, by block index -> where the words start after it:
    a label whose brackets give a date ('TARNMOUTH (Jan 4): The port ...'), and the one label in
    capitals of a text that names a single speaker, when it opens the first paragraph of the copy
    with a sentence after it ('TARNMOUTH: The port reopened on Monday, officials said.') and names
    no person ('ANA COSTA: We have ordered new pumps ...' is her statement)."""
    out = {i: lab.words for i, lab in labels.items()
           if lab.aside is not None and _DATED.fullmatch(text, *_stripped(text, *lab.aside))}
    rest = {i: lab for i, lab in labels.items() if i not in out}
    if len({label_key(text[lab.name[0]:lab.name[1]]) for lab in rest.values()}) == 1:
        i, lab = min(rest.items())
        copy = next((j for j, block in enumerate(found) if not block.heading and _words(text, block) >= 12), None)
        if i == copy and not lab.cased and lab.words < found[i].end and lab.role is None \
                and not _names_person(text[lab.name[0]:lab.name[1]], lex):
            out[i] = lab.words
    return out


def _names_person(name: str, lex: Lexicon) -> bool:
    """Does a label's name in capitals name a person rather than a place: a courtesy title or a title
    first ('DR ANA COSTA', 'MAYOR ANA COSTA'), or a given name before one to three more words ('ANA COSTA')?"""
    words = [w.strip(".") for w in fold(name).split()]
    return bool(words) and (words[0] in lex.honorifics or words[0] in lex.title_words or (
        2 <= len(words) <= 4 and words[0] in lex.given_names))


def _words(text: str, block: Block) -> int:
    return len(text[block.start:block.end].split())


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'll|[Oo]ur|[Mm]y|[Uu]s)\b")
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]*[\"\u201d]")


def _unquoted(text: str, block: Block) -> str:
    """A paragraph's words outside its quotations."""
    return _QUOTED.sub(" ", text[block.start:block.end])


def _work(text: str, label: Label, lex: Lexicon) -> str | None:
    """The work a label in capitals names its speaker by, when that is all it names ('DOCTOR:',
    'POLICE OFFICER:' -> 'doctor', 'police officer'); None for a name, a part ('CALLER:') or a word
    the text writes as a name ('BAKER:' where 'Ms Baker said' names her)."""
    if label.cased or label.role is not None:
        return None
    words = [w.strip(".") for w in fold(text[label.name[0]:label.name[1]]).split()]
    if not 1 <= len(words) <= 3 or " ".join(words) in _data()["role_labels"] or any(
            w in lex.honorifics or w in lex.given_names for w in words):
        return None
    head = words[-1]
    if head not in lex.occupations and head not in lex.title_words:
        return None
    if re.search(r"[a-z,][ \t]+" + re.escape(head.capitalize()) + r"(?![\w'\u2019])", text):
        return None
    return " ".join(words)


def _stand_ins(text: str, found: list[Block], transcript: Transcript) -> dict[int, str]:
    """For each label that names only a part ('GUEST:', 'CALLER:'), the name of the guest a host's
    turn brought in before it ('My guest is Dana Quennell, a pensions lawyer'): the first such label
    after the introduction takes the name for its part, and later labels of that part keep it."""
    out: dict[int, str] = {}
    taken: dict[str, str] = {}
    pending = None
    keys = {label_key(text[lab.name[0]:lab.name[1]]) for lab in transcript.labels.values()}
    for i, label in sorted(transcript.labels.items()):
        part = fold(text[label.name[0]:label.name[1]]).strip(" .")
        if transcript.is_host(text, label):
            # (a guest whose own label names them is no stand-in's)
            named = [n for n in _guest_names(_turn_text(text, found, transcript, i)) if label_key(n) not in keys]
            pending = named[-1] if named else pending
        elif part in transcript.parts:
            if pending is not None and part not in taken:
                taken[part], pending = pending, None
            if part in taken:
                out[i] = taken[part]
    return out


# a sentence that opens with the name of whom it is said to: 'Ruth, ...', 'Ruth Ainsley, ...'
_VOCATIVE = re.compile(r"([A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+)?),[ \t]+(?=\S)")


def _names(text: str, transcript: Transcript, lex: Lexicon) -> set[str]:
    """The folded names the labelled speakers may be addressed by: given name, surname, full name
    ('MS. LENA MARSH:' -> 'lena', 'marsh', 'lena marsh'; the honorific is none of them)."""
    out = set()
    for label in transcript.labels.values():
        words = _name_words(text[label.name[0]:label.name[1]], lex)
        if words:
            out |= {words[0], words[-1], " ".join(words[:1] + words[-1:])}
    return out


def _name_words(name: str, lex: Lexicon) -> list[str]:
    """The folded words of a label's name without the honorifics before it ('DR TEODOR ROWBOTTOM' ->
    'teodor', 'rowbottom')."""
    words = [w.strip(".") for w in re.split(r"[\s#]+", fold(name).strip(" .")) if any(ch.isalpha() for ch in w)]
    while len(words) > 1 and words[0] in lex.honorifics:
        words = words[1:]
    return words


def _hosts(text: str, found: list[Block], transcript: Transcript, publisher: str | None, lex: Lexicon) -> set[str]:
    """The surname keys of the labelled speakers who speak for the broadcaster."""
    names = {i: text[lab.name[0]:lab.name[1]] for i, lab in transcript.labels.items()}
    keys = {label_key(name) for name in names.values()}
    hosts = _role_hosts(text, transcript.labels)
    for block in found:
        m = _BYLINE.fullmatch(text, block.start, block.end)
        if m:
            hosts |= {label_key(name) for name in re.split(r"[ \t]*(?:,|and|&)[ \t]*", m.group(1))} & keys
    givens = {words[0]: label_key(name) for name in names.values() if len(words := _name_words(name, lex)) > 1}
    for i in transcript.labels:
        turn = _turn_text(text, found, transcript, i)
        speaker = label_key(names[i])
        introduced = _introduced(turn, publisher) & keys - {speaker}
        asked = {givens[fold(m.group(1))] for m in _ADDRESS.finditer(turn) if fold(m.group(1)) in givens}
        hosts |= introduced
        if introduced or (asked | _guests(turn) & keys) - {speaker} or _signs_off(turn, speaker, publisher):
            hosts.add(speaker)
    return hosts


def _role_hosts(text: str, labels: dict[int, Label]) -> set[str]:
    """The surname keys of the labels whose name or role is a host's ('ANA COSTA, HOST:', 'REPORTER:')."""
    roles = set(_data()["host_roles"])
    return {label_key(text[lab.name[0]:lab.name[1]]) for lab in labels.values()
            if roles & set(re.split(r"[\s,]+", fold(" ".join(text[span[0]:span[1]] for span in (lab.name, lab.role, lab.aside)
                                                           if span is not None))))}


# a question put to someone by their given name, opening a sentence: 'Ana, what are you seeing?'
_ADDRESS = re.compile(r"(?:^|[.!?][\"\u201d]?[ \t]+)([A-Z][\w'\u2019\-]+),[ \t][^.!?\n]*\?", re.MULTILINE)


def _turn_text(text: str, found: list[Block], transcript: Transcript, label_block: int) -> str:
    """The words of one turn: the labelled paragraph after its label, and those carrying it on."""
    label = transcript.labels[label_block]
    parts = [text[label.words:found[label_block].end]]
    parts += [text[found[i].start:found[i].end] for i, at in sorted(transcript.turns.items()) if at == label_block]
    return "\n".join(parts)


def _guests(turn: str) -> set[str]:
    """The surname keys of the guests a turn brings in: 'With me now is the county's transport
    chief, Ana Costa', 'Let's go to Ana', 'Health Minister Ana Costa joins me now'."""
    return {label_key(name) for name in _guest_names(turn)}


def _guest_names(turn: str) -> list[str]:
    """The names of the guests a turn brings in, in order."""
    words = _data()["guest_introductions"]
    before = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words["before"])
    after = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words["after"])
    # what may stand between the words and the name: a description ending at a comma ('the county's
    # transport chief, '), a title ('Dr', 'Councillor')
    between = r"(?:[^.!?\n,]{0,80},[ \t]+)?"
    pattern = (r"(?i:\b(?:" + before + r"))[ \t]+" + between + r"(" + _NAME + r")|(" + _NAME + r")[ \t]+(?i:(?:"
               + after + r"))\b")
    return [m.group(1) or m.group(2) for m in re.finditer(pattern, turn)]


def _introduced(turn: str, publisher: str | None) -> set[str]:
    """The surname keys of the reporters a turn hands over to: 'Ana Costa reports', 'our
    correspondent Ana Costa', "NPR's Ana Costa"."""
    data = _data()
    after = "|".join(re.escape(w) for w in data["introductions"])
    before = "|".join(re.escape(w) for w in data["reporter_titles"])
    owner = re.escape(publisher) + r"['\u2019]s" if publisher else "(?!)"
    # ('our correspondent in the capital, Ana Costa': where the reporter is posted may stand between)
    posted = r"(?:[ \t]+(?:in|at|for|on)[ \t]+[^,.!?;\n]{1,40},)?"
    pattern = (r"\b(?:(?:" + before + r")" + posted + r"|" + owner + r")[ \t]+(" + _NAME + r")|(" + _NAME + r")[ \t]+(?:"
               + after + r")\b")
    return {label_key(m.group(1) or m.group(2)) for m in re.finditer(pattern, turn)}


def _signs_off(turn: str, speaker: str, publisher: str | None) -> bool:
    """Does a turn end with its own speaker's sign-off for the broadcaster, as a reporter's report
    does: 'For the Courier, Ana Costa, Tarnmouth.', 'Ana Costa, Tarn Radio News, Tarnmouth.'"""
    last = re.split(r"(?<=[.!?])[ \t]+", turn.strip())[-1]
    outlet = r"(?:[Tt]he[ \t]+)?[" + _CAPS + r"][\w'\u2019&.\-]*(?:[ \t]+[" + _CAPS + r"][\w'\u2019&.\-]*){0,4}"
    place = r"(?:,[ \t]+[" + _CAPS + r"][\w'\u2019.\-]*(?:[ \t]+[" + _CAPS + r"][\w'\u2019.\-]*){0,2})?"
    m = re.fullmatch(r"For[ \t]+" + outlet + r",[ \t]+(" + _NAME + r")" + place + r"\.?", last)
    if m is None and publisher:
        m = re.fullmatch(r"(" + _NAME + r"),[ \t]+" + re.escape(publisher) + r"(?:[ \t]+[A-Z]\w*){0,2}" + place + r"\.?", last)
    return m is not None and label_key(m.group(1)) == speaker


@dataclass
class Interview:
    """A question-and-answer interview printed without 'Q:' and 'A:' labels: the interviewer's
    questions as paragraphs of their own (ending in '?', or set in bold), each followed by the
    interviewee's answer. `answers` are the block indices of the answers; `interviewees` the names
    the introduction or the headline may give the one answering, in order, for the registry to tell
    which is a person's."""

    answers: frozenset[int] = frozenset()
    interviewees: tuple[str, ...] = ()
    # an interview whose turns carry labels other than 'Q:'/'A:' ('Q.', 'A -', 'Q)', a bold '**A**'):
    # block index -> 'Q' or 'A' and where the turn's words start, past the label
    labels: dict[int, tuple[str, int]] = field(default_factory=dict)


_QA_LABEL = re.compile(r"[\"\u201c*]*[ \t]*(?:Q|A)[ \t]*[:.][ \t]")
# the other label forms of a printed interview: 'Q.', 'A)', 'Q -', 'A \u2013', '**Q**', '**A:**', '__Q.__';
# never an initial opening a name ('A. K. Hesk said', 'A. Hesk said': a capital word after 'A.' is read
# as a label only when the labels alternate through the text, and never when an initial follows)
_OTHER_LABEL = re.compile(r"[\"\u201c]?[ \t]*(?:(?P<b>\*\*|__)(?P<bl>Q|A)[ \t]*[:.)\-\u2013\u2014]?[ \t]*(?P=b)"
                          r"[ \t]*[:.)\-\u2013\u2014]?|(?P<l>Q|A)(?:[.)]|[ \t]+[\-\u2013\u2014]))[ \t]+"
                          r"(?![A-Z]\.[ \t]|[A-Z]\.?[ \t]+[A-Z][a-z]+[ \t]+(?:said|says|told)\b)(?=\S)")
# a paragraph set in bold whole: '**When did it start?**', '__Why now__'
_BOLD = re.compile(r"(\*\*|__)[^*_\n]+\1[ \t]*")


def _question(text: str, block: Block) -> bool:
    """Is the paragraph an interviewer's question: ending in '?', or set in bold whole?"""
    words = text[block.start:block.end].strip()
    return words.rstrip("*_ \t\"\u201d").endswith("?") or _BOLD.fullmatch(words) is not None


def read_interview(text: str, found: list[Block], lex: Lexicon, title: str | None = None) -> Interview:
    """The answers of an interview printed as questions and answers without labels, when the text
    is one: two questions or more, each followed by a paragraph that is no question, most of those
    answers speaking as 'I' or 'we' (an explainer answers its own questions in the third person),
    and an introduction before the first question that says it is an interview ('spoke to', 'in an
    interview'). An answer runs on over the paragraphs after it that speak as 'I' or 'we' too; the
    first that does not is the writer's again ('Asked about her account, the company denied ...')."""
    labelled = _labelled(text, found)
    if labelled:
        intro = "\n".join(text[b.start:b.end] for b in found[:min(labelled)] if not b.heading)
        return Interview(interviewees=_interviewees(intro, _cues(), title, lex), labels=labelled)
    if sum(bool(_QA_LABEL.match(text, block.start, block.end)) for block in found) >= 2:
        return Interview()  # ('Q:' and 'A:' label the turns: the interview reader of document.py reads them)
    asked = [i for i, block in enumerate(found) if _question(text, block)]
    first = [i + 1 for i in asked if i + 1 < len(found) and i + 1 not in asked and not found[i + 1].heading]
    if len(first) < 2 or not asked or 2 * sum(bool(_FIRST_PERSON.search(_unquoted(text, found[i]))) for i in first) < len(first):
        return Interview()
    intro = "\n".join(text[b.start:b.end] for b in found[:asked[0]] if not b.heading)
    cues = _cues()
    if not re.search(r"(?i:\b(?:" + cues + r")\b)", intro):
        return Interview()
    answers = set()
    for i in first:
        j = i
        while j < len(found) and j not in asked and not found[j].heading and (
                j == i or _FIRST_PERSON.search(_unquoted(text, found[j]))):
            answers.add(j)
            j += 1
    return Interview(frozenset(answers), _interviewees(intro, cues, title, lex))


def _cues() -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in _data()["interview_cues"])


def _labelled(text: str, found: list[Block]) -> dict[int, tuple[str, int]]:
    """The turns of an interview labelled 'Q.'/'A.', 'Q)'/'A)', 'Q -'/'A -' or in bold: block index ->
    'Q' or 'A' and where the words start; empty unless two questions or more and two answers or more
    carry such labels, questions and answers alternating ('A. Hesk said' once is a name's initial)."""
    labels: dict[int, tuple[str, int]] = {}
    for i, block in enumerate(found):
        m = _OTHER_LABEL.match(text, block.start, block.end)
        if m and not block.heading:
            labels[i] = (m.group("bl") or m.group("l"), m.end())
    kinds = [kind for _, (kind, _) in sorted(labels.items())]
    if kinds.count("Q") < 2 or kinds.count("A") < 2 or sum(a != b for a, b in zip(kinds, kinds[1:], strict=False)) < len(kinds) // 2:
        return {}
    return labels


def _interviewees(intro: str, cues: str, title: str | None, lex: Lexicon) -> tuple[str, ...]:
    """The names an interview's introduction gives the one who spoke ('Ana Costa, 58, a nurse, spoke
    to the Courier'; 'we spoke to Ana Costa'), then the name its headline opens with before a colon
    ('Ana Costa: "We never gave up"'), when each may be a person's."""
    # ('spoke to the Courier's reporter': no possessive; a name starts at a word's start, never inside one)
    person = r"(?<![\w'\u2019-])(" + _NAME + r")(?<!['\u2019]s)(?![\w'\u2019])"
    found = [m.group(1) for m in re.finditer(person + r"(?:,[^.!?\n]{0,120}?,)?[ \t]+(?i:" + cues + r")\b", intro)]
    found += [m.group(1) for m in re.finditer(r"(?i:\b(?:" + cues + r"))[ \t]+(?:[^.!?\n,]{0,60},[ \t]+)?" + person, intro)]
    if title:
        found += [m.group(1) for m in [re.match(person + r"[ \t]*:", title.strip(" \t\"\u201c"))] if m]
    named = [name for name in found if _may_be_person(name, lex)]
    # (a name opening with a given name first: 'the people of Brenn Haugen, who ..., spoke to' names a place)
    return tuple(sorted(named, key=lambda name: fold(name).split()[0] not in lex.female_names | lex.male_names))


def _may_be_person(name: str, lex: Lexicon) -> bool:
    """Could a name be a person's: two to four words, the first a given name, an honorific or no
    word of a sentence ('Ana Costa', 'Dr Costa'; not 'The Courier')? The registry has the last word."""
    words = [w.strip(".") for w in fold(name).split()]
    return 1 < len(words) <= 4 and (words[0] in lex.given_names
                                    or words[0] in lex.honorifics or words[0] not in _OPENERS)


# the words that open a sentence's noun phrase, never a name ('The Courier', 'Our lawyers')
_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "my", "his", "her", "its", "their",
                      "your", "we", "i", "it", "they", "he", "she", "when", "what", "why", "how", "who"})
