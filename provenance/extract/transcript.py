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
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from provenance.extract.lexicon import Lexicon, fold
from provenance.extract.segment import Block

# 'SMITH:', 'ANA COSTA, HOST:', 'UNIDENTIFIED PERSON #2:', 'MAYOR ANA COSTA (through interpreter):':
# the name, then a role and an aside the label may give; the words follow, or the next paragraph
_LABEL_RE = re.compile(r"[\"\u201c]?[ \t]*([A-Z][A-Z.'\u2019\- ]{0,28}[A-Z.](?:[ \t]*#[ \t]*\d{1,2})?)"
                       r"(?:,[ \t]+([A-Z][A-Z'\u2019\- ]{1,30}[A-Z]))?(?:[ \t]*\([^()\n]{1,30}\))?:"
                       r"(?:[ \t]+(?=\S)|[ \t]*$)")
_NAME = r"[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){0,2}"
_BYLINE = re.compile(r"[Bb]y[ \t]+(" + _NAME + r"(?:[ \t]*(?:,|and|&)[ \t]*" + _NAME + r")*)[ \t]*")


@dataclass(frozen=True)
class Label:
    """A speaker label: the name's offsets, the role's (None when it gives none), its colon, and
    where the words after it start (the block's end when the label stands alone)."""

    name: tuple[int, int]
    role: tuple[int, int] | None
    colon: int
    words: int


@dataclass
class Transcript:
    """The labels of a text's paragraphs (block index -> label), the paragraphs that carry on the
    turn of an earlier label (block index -> the label's block index), and the surname keys of
    the speakers who speak for the broadcaster."""

    labels: dict[int, Label] = field(default_factory=dict)
    turns: dict[int, int] = field(default_factory=dict)
    hosts: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # the folded given names, surnames and full names of the labels

    def turn(self, index: int) -> tuple[int, Label] | None:
        """The label whose turn paragraph `index` is (the label's block index and the label)."""
        at = index if index in self.labels else self.turns.get(index)
        return (at, self.labels[at]) if at is not None else None

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


def speaker_label(text: str, start: int, end: int, lex: Lexicon) -> Label | None:
    """A transcript's speaker label opening a paragraph ('PENCE: Well, ...'); None for notices
    ('CORRECTION: ...') and anything else."""
    m = _LABEL_RE.match(text, start, end)
    if m is None or sum(ch.isalpha() for ch in m.group(1)) < 2:
        return None
    if fold(m.group(1)).rstrip(".") in lex.notice_labels:
        return None
    colon = text.rindex(":", m.start(), m.end())
    return Label(m.span(1), m.span(2) if m.group(2) else None, colon, max(m.end(), min(end, colon + 1)))


_NOTICE = re.compile(r"([A-Z][A-Za-z'\u2019. ]{0,24}):")


def _is_notice(text: str, block: Block, lex: Lexicon) -> bool:
    m = _NOTICE.match(text, block.start, block.end)
    return m is not None and fold(m.group(1)).rstrip(".") in lex.notice_labels


@lru_cache(maxsize=1)
def _pleasantry_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_data()["pleasantries"], key=len, reverse=True))
    name = r"[A-Z][\w'\u2019.\-]*(?:\s+[A-Z][\w'\u2019.\-]*){0,3}"
    return re.compile(r"(?:" + name + r",\s*)?(?i:" + words + r")(?:,\s*" + name + r")?[\s.!]*")


def pleasantry(words: str) -> bool:
    """Is a sentence only a greeting or thanks, perhaps with the name of whom it is said to ('Welcome
    back', 'Ana Costa, thank you', 'Thanks, Ana')? Such a sentence states nothing."""
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
    if len({label_key(text[lab.name[0]:lab.name[1]]) for lab in labels.values()}) < 2:
        return Transcript(labels=labels)
    turns, current = {}, None
    for i, block in enumerate(found):
        if i in labels:
            # a label on a line of its own opens a turn that runs on over the paragraphs after it; after
            # a label opening its paragraph, a paragraph without one may be the writer's again
            current = i if labels[i].words >= block.end else None
        elif block.heading or _is_notice(text, block, lex):
            current = None  # a heading or a notice ('CORRECTION: ...') ends the turn
        elif current is not None:
            turns[i] = current
    transcript = Transcript(labels=labels, turns=turns)
    transcript.hosts = frozenset(_hosts(text, found, transcript, publisher))
    transcript.names = frozenset(_names(text, transcript, lex))
    return transcript


# a sentence that opens with the name of whom it is said to: 'Ruth, ...', 'Ruth Ainsley, ...'
_VOCATIVE = re.compile(r"([A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+)?),[ \t]+(?=\S)")


def _names(text: str, transcript: Transcript, lex: Lexicon) -> set[str]:
    """The folded names the labelled speakers may be addressed by: given name, surname, full name
    ('MS. LENA MARSH:' -> 'lena', 'marsh', 'lena marsh'; the honorific is none of them)."""
    out = set()
    for label in transcript.labels.values():
        name = fold(text[label.name[0]:label.name[1]]).strip(" .")
        words = [w.strip(".") for w in re.split(r"[\s#]+", name) if any(ch.isalpha() for ch in w)]
        while len(words) > 1 and words[0] in lex.honorifics:
            words = words[1:]
        if words:
            out |= {words[0], words[-1], " ".join(words[:1] + words[-1:])}
    return out


def _hosts(text: str, found: list[Block], transcript: Transcript, publisher: str | None) -> set[str]:
    """The surname keys of the labelled speakers who speak for the broadcaster."""
    data = _data()
    roles = set(data["host_roles"])
    names = {i: text[lab.name[0]:lab.name[1]] for i, lab in transcript.labels.items()}
    keys = {label_key(name) for name in names.values()}
    hosts = {label_key(names[i]) for i, lab in transcript.labels.items()
             if roles & set(re.split(r"[\s,]+", fold(text[lab.name[0]:(lab.role or lab.name)[1]])))}
    for block in found:
        m = _BYLINE.fullmatch(text, block.start, block.end)
        if m:
            hosts |= {label_key(name) for name in re.split(r"[ \t]*(?:,|and|&)[ \t]*", m.group(1))} & keys
    givens = {fold(name.split()[0]): label_key(name) for name in names.values() if len(name.split()) > 1}
    for i in transcript.labels:
        turn = _turn_text(text, found, transcript, i)
        speaker = label_key(names[i])
        introduced = _introduced(turn, publisher) & keys - {speaker}
        asked = {givens[fold(m.group(1))] for m in _ADDRESS.finditer(turn) if fold(m.group(1)) in givens}
        hosts |= introduced
        if introduced or asked - {speaker}:
            hosts.add(speaker)
    return hosts


# a question put to someone by their given name, opening a sentence: 'Ana, what are you seeing?'
_ADDRESS = re.compile(r"(?:^|[.!?][\"\u201d]?[ \t]+)([A-Z][\w'\u2019\-]+),[ \t][^.!?\n]*\?", re.MULTILINE)


def _turn_text(text: str, found: list[Block], transcript: Transcript, label_block: int) -> str:
    """The words of one turn: the labelled paragraph after its label, and those carrying it on."""
    label = transcript.labels[label_block]
    parts = [text[label.words:found[label_block].end]]
    parts += [text[found[i].start:found[i].end] for i, at in sorted(transcript.turns.items()) if at == label_block]
    return "\n".join(parts)


def _introduced(turn: str, publisher: str | None) -> set[str]:
    """The surname keys of the reporters a turn hands over to: 'Ana Costa reports', 'our
    correspondent Ana Costa', "NPR's Ana Costa"."""
    data = _data()
    after = "|".join(re.escape(w) for w in data["introductions"])
    before = "|".join(re.escape(w) for w in data["reporter_titles"])
    owner = re.escape(publisher) + r"['\u2019]s" if publisher else "(?!)"
    pattern = (r"\b(?:(?:" + before + r")|" + owner + r")[ \t]+(" + _NAME + r")|(" + _NAME + r")[ \t]+(?:"
               + after + r")\b")
    return {label_key(m.group(1) or m.group(2)) for m in re.finditer(pattern, turn)}
