"""A fact check's structure (issues 12 and 13): whether a document is one, and the words by which it
speaks for itself, names the author of a post it checks and reports that author taking the post back.

A fact check reads unlike a news story: it quotes a claim in order to rate it, so the claim is the
post's or its author's, never the checker's; its rating ('Verdict: False') and its own findings ('We
found no evidence that C') are the publisher's; an author it traces who deletes the post or says they
says they took it down withdraws the post. document.py reads the claims; this module finds
the format and its marks, from provenance/data/factcheck.json (and corroboration.json's verdict labels).

Pure: text in, booleans and offsets out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from provenance.datafiles import load_data
from provenance.extract.lexicon import fold, phrase_alternation

# how many characters of a document's opening (title, standfirst, byline, labels) may call it a fact check
OPENING_CHARS = 400


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_data("factcheck.json")


@lru_cache(maxsize=1)
def _title_mark() -> re.Pattern[str]:
    """A line that opens as a fact check's label ('Fact check: C', 'TIDELINE FACT CHECK: C', up to
    three words before the mark) or is a fact-checking desk's name alone ('Tideline FactCheck'); a mark
    inside a headline ('Candidate asks moderator to fact check rival') is no label."""
    return re.compile(r"^[ \t]*(?:[\w'’.-]+[ \t]+){0,3}?(?:" + phrase_alternation(_data()["title_marks"])
                      + r")(?:[ \t]*:|[ \t]*$)", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def _rating_line() -> re.Pattern[str]:
    """'Verdict: False', 'Tideline verdict: Mostly true', 'We rate it: Partly TRUE.', 'Rating : False':
    a rating label (perhaps after one capitalised word naming the checker) and a rating, opening a line."""
    labels = _data()["rating_labels"] + (load_data("corroboration.json").get("verdict_labels") or [])
    return re.compile(r"^[ \t]*(?:[A-Z][\w'’-]*[ \t]+)?(?:" + phrase_alternation(labels) + r")[ \t]*:[ \t]*(?:"
                      + phrase_alternation(_data()["ratings"]) + r")(?![\w'’-])", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def _publisher_mark() -> re.Pattern[str]:
    """A mark ending the publisher's name as a word of its own ('Harbour Fact Check') or a capitalised
    part of one ('HarbourCheck'), never the end of another word ('Paycheck')."""
    return re.compile(r"(?:(?<![\w'’-])|(?<=[a-z])(?-i:(?=[A-Z])))(?:" + phrase_alternation(_data()["publisher_marks"]) + r")$",
                      re.IGNORECASE)


def is_fact_check(text: str, title: str | None = None, publisher: str | None = None) -> bool:
    """Whether a document is a fact check: its title or opening calls it one ('Fact check: ...', 'Tideline
    FactCheck' under the headline), a fact-checker publishes it ('Africa Check', 'Tideline Fact Check'), or
    it rates a claim on a line of its own ('Verdict: False', 'Rating: Half True').

    >>> is_fact_check("Posts mislead on ferry fares\\n\\nA post claims C.\\n\\nVerdict: False\\n")
    True
    >>> is_fact_check("Ferry fares rise\\n\\nThe operator said fares would rise.\\n", publisher="Harbour Gazette")
    False
    """
    if _title_mark().match(title or "") or _title_mark().search(text[:OPENING_CHARS]):
        return True
    if publisher and (fold(publisher) in {fold(c) for c in _data()["checkers"]} or _publisher_mark().search(publisher)):
        return True
    return _rating_line().search(text) is not None


@lru_cache(maxsize=1)
def _first_person() -> re.Pattern[str]:
    return re.compile(r"(?:" + phrase_alternation(_data()["first_person"]) + r")(?![\w'’])", re.IGNORECASE)


def speaks_as_checker(mention: str) -> bool:
    """Whether the words naming a speaker are the fact check's own 'we' ('We found no evidence')."""
    return _first_person().fullmatch(mention.strip()) is not None


# the lower-case words a person's name keeps between its capitalised words ('Ines dos Reis', 'Aziz bin Hamid')
_PARTICLES = "(?:" + phrase_alternation(load_data("titles.json")["person_name_particles"]) + ")"


@lru_cache(maxsize=1)
def _spreader_name() -> re.Pattern[str]:
    name = r"[A-Z][\w'’-]+(?:[ \t]+(?:" + _PARTICLES + r"[ \t]+)?[A-Z][\w'’-]+){0,3}"
    return re.compile(r",?[ \t]+(?:" + phrase_alternation(_data()["spreader_names"]) + r")[ \t]+(" + name + ")")


def spreader_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the name lies that a described author of a post gives after their description, within
    text[start:end] ('Its administrator, who gave his name as Ana Costa,': 'Ana Costa'), else None."""
    m = _spreader_name().search(text, start, end)
    return m.span(1) if m is not None else None


@lru_cache(maxsize=1)
def _deletion() -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])(?:" + phrase_alternation(_data()["deletions"]) + r")(?![\w'’])", re.IGNORECASE)


def deletion(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where, in text[start:end], the author of a post says, or is reported, to have taken it down ('he
    had since deleted the post', 'she removed the video'), else None."""
    m = _deletion().search(text, start, end)
    return m.span() if m is not None else None


@lru_cache(maxsize=1)
def _traced() -> re.Pattern[str]:
    posts = (load_data("cues.json").get("fact_check_labels") or {}).get("post_nouns") or []
    name = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}"
    return re.compile(r"(?<![\w-])traced[ \t]+(?:the|this|that|these|those|its|a)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:"
                      + phrase_alternation(posts) + r")[ \t]+(?:back[ \t]+)?to[ \t]+(" + name + r")(?![\w'’-])")


def traced_authors(text: str) -> list[tuple[int, tuple[int, int]]]:
    """Where a fact check names the author it traced a post to ('We traced the voice note to Ana
    Costa, a nurse'): the end of each such phrase, and where the name lies. A page or an account
    ('traced the post to a Facebook page') names no person."""
    return [(m.end(), m.span(1)) for m in _traced().finditer(text)]


# 'posted the clip with the caption, "C"', 'shared it with the caption: "C"'
_CAPTION = re.compile(r"(?<![\w-])with[ \t]+(?:the|a|its|this|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?caption[ \t]*[,:]?[ \t]*"
                      r"(?=[\"“])")
# the page a post went up on, after a passive: 'was then shared on the council's Facebook page'
_PAGE_OWNER = re.compile(r"(?<![\w-])(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+(?:\w+ly[ \t]+|later[ \t]+|then[ \t]+)?"
                         r"(?:posted|shared|published|uploaded)[ \t]+(?:on|to)[ \t]+((?:the[ \t]+)?[\w'’ -]{1,60}?)['’]s?"
                         r"[ \t]+(?:[A-Z][\w-]*[ \t]+)?(?:page|account|channel|profile|feed|group)\b")
# the verbs by which the author of a post put it up: 'X posted the clip with the caption "C"'
POSTING_VERBS = frozenset({"posted", "shared", "tweeted", "uploaded", "published", "reposted", "wrote"})


def caption(text: str, start: int, end: int) -> tuple[int, tuple[int, int] | None, tuple[int, int] | None] | None:
    """A post quoted by its caption in text[start:end] ('posted the clip with the caption, "C"'): where
    the quotation opens, where the words name whose page it went up on after a passive ('The photo
    was then shared on the council's Facebook page with the caption "C"': 'the council'), and the
    subject of an active posting verb opening the sentence ('X user @ana, who has 900 followers,
    posted the clip': 'X user @ana'), else None."""
    m = _CAPTION.search(text, start, end)
    if m is None:
        return None
    page = None
    for p in _PAGE_OWNER.finditer(text, start, m.start()):
        page = p.span(1)
    sentence = max(start, text.rfind(". ", start, m.start()) + 2)
    subject = _POSTER.match(text, sentence, m.start())
    return m.end(), page, subject.span(1) if subject else None


# the author opening a sentence before an active posting verb, past a clause set off by commas
_POSTER = re.compile(r"[ \t]*([^,.;:\"“”\n]{2,60}?)(?:,[^;:\"“”\n]{0,80}?,)?[ \t]+(?:" + "|".join(sorted(POSTING_VERBS))
                     + r")\b")


# a claimant's line under the claim a fact check quotes: 'Ana Costa, Labour MP for Jolby, 3 May 2026'
# ('Ana Costa TD, Fianna Fáil, Dáil Éireann, 3 May 2026': letters after the name are a post-nominal)
_CLAIMANT_LINE = re.compile(r"[ \t]*([A-Z][\w'’.-]+(?:[ \t]+(?:" + _PARTICLES + r"[ \t]+)?[A-Z][\w'’.-]+){1,3}?)"
                            r"(?:[ \t]+[A-Z]{2,4})?,[ \t]+[^\n\"“”]{3,160}?[ \t]*")
CLAIMANT_LINE_WORDS = 24  # a line naming who made a claim and where: no paragraph of prose


def claimant_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the name lies in a line text[start:end] that is only a claimant's name, role, place and
    date ('Ana Costa, Labour MP for Jolby, 3 May 2026'), as a fact check sets it under the claim it
    quotes, else None."""
    m = _CLAIMANT_LINE.fullmatch(text, start, end)
    if m is None or len(text[start:end].split()) > CLAIMANT_LINE_WORDS:
        return None
    return m.span(1)


@lru_cache(maxsize=1)
def _claim_by() -> re.Pattern[str]:
    posts = (load_data("cues.json").get("fact_check_labels") or {}).get("post_nouns") or []
    return re.compile(r"(?:The|This|That|A|One)[ \t]+(?:[\w-]+[ \t]+)?(?:claim|" + phrase_alternation(posts) + r"),[ \t]+"
                      r"(?:posted|shared|published|made|uploaded|tweeted)\b[^,.;:\"“”]{0,60}?[ \t]by[ \t]+"
                      r"([^,.;:\"“”]{3,80}?)(?:[ \t]+(?:with|who|whose)\b(?:[^,.;:\"“”]|(?<=\d)[,.](?=\d)){0,80})?,[ \t]+"
                      r"(says|reads|claims|states|alleges)(?:[ \t]+that\b)?[ \t]*[:,]?[ \t]*")


def claim_posted_by(text: str, start: int, end: int) -> re.Match[str] | None:
    """'The claim, posted on Thursday by a local influencer with 40,000 followers, says C' opening
    text[start:end]: the author of the claim (group 1), the verb (group 2); C follows the match."""
    return _claim_by().match(text, start, end)


def checker_desk_of(name: str, publisher: str) -> bool:
    """Whether the publisher is the fact-checking desk of the outlet `name` names: its name is that
    name and a desk's mark ('Lanford Fact Check' of 'Lanford', 'Northwire FactCheck' of 'Northwire').

    >>> checker_desk_of("Lanford", "Lanford Fact Check"), checker_desk_of("Lanford", "Lanford Times")
    (True, False)
    """
    head, rest = fold(publisher)[:len(name)], fold(publisher)[len(name):]
    return bool(name.strip()) and head == fold(name) and rest[:1] == " " and \
        _publisher_mark().fullmatch(rest.strip()) is not None


# 'Asked for the basis of the claim, a spokesman for Ana Costa pointed the desk to a 2024 audit': the
# claimant's side answering the checker by naming its source
_POINTED_TO = re.compile(r"Asked[ \t]+(?:for|about|where|what)\b[^,\n]{2,80},[ \t]+(?P<who>[^,\n]{2,80}?)[ \t]+"
                         r"(?:pointed|referred|directed)[ \t]+(?:(?P<to>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]+)?"
                         r"to[ \t]+(?P<what>\S.*)")


def pointed_to(text: str, start: int, end: int) -> re.Match[str] | None:
    """A sentence text[start:end] in which the one a fact check asked for the source of a claim points
    it to one ('Asked for the source of the claim, her office pointed to two reports'): who (group
    'who'), the outlet pointed (group 'to', when named), what they pointed to (group 'what')."""
    return _POINTED_TO.fullmatch(text, start, end)
