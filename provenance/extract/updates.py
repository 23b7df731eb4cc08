"""Two formats news prints around its story, read over the whole document once its sentences are read.

A live blog: entries under time stamps ('22:15' on a line of its own, '9.40pm: Appeal rejected'),
newest first or oldest first. Each entry takes its day from the page's publication date (the oldest
entry's day, one more each time the clock passes midnight), which dates the statements in it that the
text leaves undated; its reporters ('Our correspondent in PLACE reports that C') are the publisher's
journalists, not anonymous sources; its housekeeping ('All times GMT', '(This post has been
updated)') states nothing.

Notices of an update or a correction at the top or the bottom ('Update, DATE: ...', 'Correction:
...', "Editor's note: ...", a wire's '(Adds ...)' line): an earlier version quoting someone ('An
earlier version of this article quoted a grower, NAME, as saying that C') is NAME's quotation C, which
the publisher withdraws; 'the paragraph has been removed' is the publisher's withdrawal; 'X has since
withdrawn the claim' is X's, which takes back X's quotation and any sentence of X's that says it again.

A speaker withdrawing or correcting its own earlier statement, told in the story's prose ('Lind withdrew a
statement he had made to police that C', 'Lind corrected the estimate he had published, telling the
board that D'): Lind's own statement with the stance retracts, which takes back Lind's earlier claims.
The words are in provenance/data/updates.json.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from provenance.datafiles import load_data
from provenance.extract.lexicon import phrase_alternation, withdrawal_time
from provenance.folding import fold
from provenance.matching import claim_similarity
from provenance.tuning import CORROBORATION_THRESHOLD

# what joins a clause to the next: ', and', ';', ' but'
_CLAUSE_TAIL = re.compile(r"[\s,;:]*(?:\b(?:and|but)\s*)?$")
# an entry's own news, in the present or the present perfect ('has closed', 'are searching'), not its background
_PRESENT = re.compile(r"\b(?:has|have|is|are)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:had|was|were|did|yesterday|last)\b", re.IGNORECASE)
MIDNIGHT_DROP = 12 * 60  # minutes the clock must fall between two entries for a day to have passed
UPDATE_LINE_BLOCKS = 5  # a wire's bracketed update line stands among the first paragraphs


def read_formats(doc: Any) -> None:
    """The document-level passes of this module over a read document (provenance.extract.document)."""
    _housekeeping(doc)
    _wire_update_line(doc)
    _desk_reporting(doc)
    _live_entries(doc)
    _notices(doc)
    _prose_withdrawals(doc)
    _said_and_wrong(doc)


# -- data ------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _data() -> dict:
    return load_data("updates.json")


@lru_cache(maxsize=1)
def _stamp() -> re.Pattern[str]:
    return re.compile(_data()["entry_stamp"])


@lru_cache(maxsize=1)
def _housekeeping_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _data()["housekeeping"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _desk_re() -> re.Pattern[str]:
    """'Our correspondent in Polwenna', 'our reporter Ana Holt', 'Gazette reporters in Tarnby': the
    mention, its noun, and the words after it."""
    return re.compile(r"(?P<owner>[Oo]ur|OUR|[A-Z][\w'’./&-]*(?:\s+[A-Z][\w'’./&-]*){0,3})\s+(?:own\s+)?"
                      r"(?:[a-z-]+\s+)?(?P<noun>" + phrase_alternation(_data()["desk_words"]) + r")\b(?P<rest>.*)", re.DOTALL)


@lru_cache(maxsize=1)
def _adverb_re() -> re.Pattern[str]:
    return re.compile(r"\s*(?:,\s*)?(?:" + phrase_alternation(_data()["desk_adverbs"]) + r")\s*,?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _update_line_re() -> re.Pattern[str]:
    return re.compile(r"\(\s*(?:" + phrase_alternation(_data()["wire_update_words"]) + r")\b[^()]*\)\s*$", re.IGNORECASE)


def _earlier_version() -> str:
    """The regex of 'an earlier version', 'the previous edition', 'our original version': cues.json's
    denials earlier_versions (the lexicon's earlier_version reads the same list), after a determiner."""
    return r"(?:an?|the|our)\s+(?:" + phrase_alternation(load_data("cues.json")["denials"]["earlier_versions"]) + ")"


@lru_cache(maxsize=1)
def _notice_re() -> re.Pattern[str]:
    """A notice's label at its paragraph's start ('Update, March 3:', 'UPDATE 2:', 'Correction
    (May 21) -'), an earlier version opening it, or a note that the story was corrected ('This
    article has been corrected. A previous version gave the wrong day'; cues.json's denials
    correction_documents and correction_notes)."""
    denials = load_data("cues.json")["denials"]
    return re.compile(r"[*_\s]*(?:(?:" + phrase_alternation(_data()["notice_labels"]) + r")\b[^:\n]{0,40}?\s*(?::|\s[-\u2013\u2014])\s"
                      r"|" + _earlier_version() + r"\b|(?:" + phrase_alternation(denials["correction_documents"]) + r")\s+(?:"
                      + phrase_alternation(denials["correction_notes"]) + r")\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _publisher_withdrawal_re() -> re.Pattern[str]:
    words = _data()["publisher_withdrawals"]
    return re.compile(r"\b(?:the|this|that|these|those|our)\s+(?:[\w-]+\s+)?(?:" + phrase_alternation(words["things"]) + r")\s+"
                      r"(?:has|have|had)\s+(?:also\s+|since\s+|now\s+)?been\s+(?:" + phrase_alternation(words["verbs"]) + r")\b"
                      r"(?:\s+(?P<to>" + phrase_alternation(words["to_say"]) + r")\s+(?:that\s+)?(?P<what>[^.;]+))?",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _source_withdrawal_re() -> re.Pattern[str]:
    words = _data()["source_withdrawals"]
    return re.compile(r"\b(?:(?:has|have|had)\s+(?:since\s+|now\s+|later\s+|subsequently\s+)?)?(?:since\s+)?"
                      r"(?:" + phrase_alternation(words["verbs"]) + r")\s+(?:the|his|her|their|its|that|this|those)\s+"
                      r"(?:" + phrase_alternation(words["things"]) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _earlier_quoted_re() -> re.Pattern[str]:
    return re.compile(_earlier_version() + r"\s+"
                      r"(?:of\s+(?:this|the|our)\s+(?:[\w-]+\s+){0,3}?)?(?:also\s+)?(?:"
                      + phrase_alternation(_data()["earlier_quoted"]) + r")\s+(?P<who>[^\"“”]+?)\s+as\s+saying\s+(?:that\s+)?"
                      r"(?P<what>.+?)\s*(?:[.;](?:[\"”’]|\s|$)|$)", re.IGNORECASE | re.DOTALL)


# -- claims: made, dropped, put in reading order --------------------------------------------------
def _drop(claims: list[Any]) -> None:
    """Mark claims as stating nothing (`repeated`: left out of the claim set)."""
    for c in claims:
        c.repeated = True


def _insert(doc: Any, new: Any, links_to: Sequence[Any] = ()) -> None:
    """Put a new claim among the document's claims in reading order (after those that start before it),
    renumbering the links, then link it to `links_to` (it contradicts them)."""
    at = next((k for k, c in enumerate(doc.claims) if c.start > new.start), len(doc.claims))
    new.links = [(s + (s >= at), rel) for s, rel in new.links]
    doc._insert(at, [new])
    _withdrawn_by(at, links_to)


def _withdrawn_by(at: int, claims: Sequence[Any]) -> None:
    """Link `claims` to the withdrawal at index `at` of the document's claims (it contradicts them)."""
    for c in claims:
        c.links.append((at, "contradicts"))


def _in_span(doc: Any, start: int, end: int) -> list[Any]:
    return [c for c in doc.claims if start <= c.start < end and not c.repeated]


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\"“‘'":
        s += 1
    while e > s and text[e - 1] in " \t.,;:\"”’'":
        e -= 1
    return s, e


# -- housekeeping and a wire's update line --------------------------------------------------------
def _housekeeping(doc: Any) -> None:
    """'All times GMT', '(This post has been updated)': a sentence of the page's that states nothing."""
    pattern = _housekeeping_re()
    for c in doc.claims:
        s, e = _trimmed(doc.text, c.sentence.start, c.sentence.end)
        if not c.repeated and pattern.fullmatch(doc.text, s, e):
            c.repeated = True


def _wire_update_line(doc: Any) -> None:
    """'(Adds regulator's comment in paragraph 4)', '(ATTN: ADDS byline)', '(Updated at 19:40 with the
    ministry's statement)': a wire's note of what changed since its last version, no statement."""
    for block in doc.blocks[:UPDATE_LINE_BLOCKS]:
        s, e = _trimmed(doc.text, block.start, block.end)
        if _update_line_re().fullmatch(doc.text, s, min(e + 1, block.end)) or _update_line_re().fullmatch(
                doc.text, s, block.end):
            _drop(_in_span(doc, block.start, block.end))


# -- the publisher's reporters ---------------------------------------------------------------------
def _desk_reporting(doc: Any) -> None:
    """'Our correspondent in Polwenna reports that C', 'Our reporter nearby says C', 'Gazette reporters
    in Tarnby said C': the reporting of the publisher's journalist, who is named by the words of the
    mention ('correspondent in Polwenna', 'reporter') or by the name in it ('our reporter Ana Holt'),
    on the record, through the publisher."""
    if doc.publisher is None:
        return
    made: dict[str, Any] = {}
    for c in doc.claims:
        if c.speaker_span is None or c.speaker is None or c.repeated:
            continue
        mention = doc.text[c.speaker_span[0]:c.speaker_span[1]]
        m = _desk_re().fullmatch(mention.strip())
        if m is None or not _ours(doc, m.group("owner")):
            continue
        noun = m.group("noun").lower()
        sp = c.speaker
        if sp.kind == "person" and not sp.anonymous and fold(noun) not in fold(sp.name):
            sp.role = noun if not sp.role or "our" in fold(sp.role).split() else sp.role  # 'Our reporter NAME'
        else:
            name = _desk_name(m)
            sp = made.get(name) or dataclasses.replace(
                sp, name=name, kind="person", anonymous=False, role=noun, aliases=[],
                affiliation=doc.publisher["name"], outlet=None, plural=noun.endswith("s"))
            made[name] = sp
        sp.affiliation = sp.affiliation or doc.publisher["name"]
        c.speaker, c.outlet, c.via = sp, doc.publisher, []


def _ours(doc: Any, owner: str) -> bool:
    """Whether the words before a reporter's noun are the publisher's: 'our' or its name."""
    if fold(owner) == "our":
        return True
    names = {fold(doc.publisher["name"]), *(fold(a) for a in doc.publisher.get("aliases") or [])}
    return fold(owner).removesuffix("'s").removesuffix("’s") in names


def _desk_name(m: re.Match[str]) -> str:
    """The journalist's name from the mention: 'correspondent in Polwenna', 'reporter' (for 'Our
    reporter outside'), 'Gazette reporters in Tarnby' (the publisher's name kept when written)."""
    rest = _adverb_re().sub("", m.group("rest")).strip(" ,")
    owner = "" if fold(m.group("owner")) == "our" else m.group("owner") + " "
    return " ".join(f"{owner}{m.group('noun')} {rest}".split())


# -- a live blog's entries -------------------------------------------------------------------------
def _live_entries(doc: Any) -> None:
    """On a live blog (entries under at least `min_entries` time stamps), the statements of an entry
    that the text leaves undated are dated by the entry's day (the publisher's, stated at the
    publication date, take the entry's day too), and so are the events of the publisher's own news
    in it, told in the present or the present perfect."""
    entries = _entry_days(doc)
    if not entries:
        return
    for k, (start, day) in enumerate(entries):
        end = entries[k + 1][0] if k + 1 < len(entries) else len(doc.text)
        for c in _in_span(doc, start, end):
            if c.nested:
                continue
            if c.stated_on is None and c.speaker is not None or (
                    c.speaker is doc.publisher_speaker and c.stated_on == doc.published_on):
                c.stated_on = day
            if c.event_on is None and c.form == "unattributed" and _PRESENT.search(doc.text, c.start, c.end) \
                    and not _PAST.search(doc.text, c.start, c.end):
                c.event_on = day  # ('The coastguard has closed the slipway': what the entry reports happens that day)


def _entry_days(doc: Any) -> list[tuple[int, str]]:
    """(where the entry starts, its day) for each entry of a live blog, in the page's order; none for
    a page of fewer entries or with no publication date."""
    stamps = [(b.start, _minutes(m)) for b in doc.blocks if (m := _stamp().match(doc.text, b.start, b.end))]
    if len(stamps) < _data()["min_entries"] or not doc.published_on:
        return []
    try:
        first = date.fromisoformat(doc.published_on[:10])
    except ValueError:
        return []
    times = [t for _, t in stamps]
    falls = sum(b < a for a, b in zip(times, times[1:], strict=False))
    newest_first = falls > len(times) - 1 - falls
    order = list(range(len(stamps)))[::-1] if newest_first else list(range(len(stamps)))
    days, day, last = {}, 0, None
    for k in order:  # oldest first: a day passes where the clock falls past midnight
        if last is not None and last - times[k] > MIDNIGHT_DROP:
            day += 1
        days[k], last = day, times[k]
    return [(start, (first + timedelta(days=days[k])).isoformat()) for k, (start, _) in enumerate(stamps)]


def _minutes(m: re.Match[str]) -> int:
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    ap = (m.group("ap") or m.group("ap2") or "").lower()
    if ap:
        hour = hour % 12 + (12 if ap == "p" else 0)
    return hour * 60 + minute


# -- notices of an update or a correction ----------------------------------------------------------
def _notices(doc: Any) -> None:
    for block in doc.blocks:
        if not _notice_re().match(doc.text, block.start, block.end):
            continue
        quoted = _earlier_quotes(doc, block)
        for m in _publisher_withdrawal_re().finditer(doc.text, block.start, block.end):
            _publisher_withdrawal(doc, m)
        for m in _source_withdrawal_re().finditer(doc.text, block.start, block.end):
            _source_withdrawal(doc, block, m, quoted)
        for m in _error_notice_re().finditer(doc.text, block.start, block.end):
            _error_notice(doc, m)


@lru_cache(maxsize=1)
def _error_notice_re() -> re.Pattern[str]:
    """'A previous version of this story misstated the fare', 'An earlier version of this article
    incorrectly gave the age', in a notice 'A previous version gave the wrong day': an earlier
    version said to be wrong, in the words of the error."""
    words = _data()["error_notices"]
    return re.compile(r"\b" + _earlier_version() + r"\s+(?:of\s+"
                      r"(?:this|the|our)\s+(?:[\w-]+\s+){0,3}?)?(?:" + phrase_alternation(words["verbs"]) + r"|(?:"
                      + phrase_alternation(words["adverbs"]) + r")\s+[a-z]+)\b", re.IGNORECASE)


def _error_notice(doc: Any, m: re.Match[str]) -> None:
    """The publisher's reading of a notice that an earlier version got something wrong is its
    withdrawal of it (stance retracts), never its assertion."""
    for c in doc.claims:
        if not c.repeated and c.speaker is doc.publisher_speaker and c.stance == "asserts" and c.start <= m.start() < c.end:
            c.stance = "retracts"


def _sentence_of(doc: Any, at: int, block: Any) -> tuple[int, int]:
    """The sentence of the notice holding `at` (from the last full stop before it to the next)."""
    cut = re.compile(r"[.;](?:[\"”’)]*)\s+(?=[A-Z\"“])")
    start = max((m.end() for m in cut.finditer(doc.text, block.start, at)), default=block.start)
    nxt = cut.search(doc.text, at, block.end)
    return start, nxt.start() + 1 if nxt else block.end


def _earlier_quotes(doc: Any, block: Any) -> list[Any]:
    """'An earlier version of this article quoted a grower, NAME, as saying that C': NAME's quotation
    C (the publisher's withdrawal of it after it), made when the sentences did not read it; the
    publisher's own reading of that sentence states nothing. The quotations the notice names."""
    found = []
    for m in _earlier_quoted_re().finditer(doc.text, block.start, block.end):
        s, e = _trimmed(doc.text, *m.span("what"))
        mine = [c for c in _in_span(doc, m.start(), m.end()) if c.stance == "asserts"
                and c.speaker is not None and c.speaker is not doc.publisher_speaker and c.start <= s < c.end + 2]
        if mine:
            found += mine
            _drop_notice_reading(doc, m)
            continue
        who = _named_in(m.group("who"))
        speaker = doc.registry.resolve(who, doc.people)
        if speaker is None or s >= e:
            continue
        # (the publisher's reading of the notice may open at its label: 'Update, May 3: An earlier version ...')
        template = next((c for c in doc.claims if not c.repeated and c.start < m.end() and m.start() < c.end), None)
        if template is None:
            continue
        _drop_notice_reading(doc, m)
        at = m.start("who") + m.group("who").find(who)
        quote = dataclasses.replace(template, start=s, end=e, speaker=speaker, speaker_span=(at, at + len(who)),
                                    outlet=doc.publisher, via=[], form="direct" if '"' in m.group("what")
                                    or "“" in m.group("what") else "indirect", stance="asserts", links=[],
                                    stated_on=None, repeated=False, nested=False, by_model=False, words=None)
        _insert(doc, quote)
        withdrawal = next((c for c in _in_span(doc, m.start(), m.end()) if c.stance == "retracts"
                           and c.speaker is doc.publisher_speaker), None)
        if withdrawal is not None:
            withdrawal.start, withdrawal.end = s, e
            _withdrawn_by(doc.claims.index(withdrawal), [quote])
        found.append(quote)
    return found


def _drop_notice_reading(doc: Any, m: re.Match[str]) -> None:
    """The publisher's reading of its own notice ('An earlier version quoted X as saying C' asserted
    whole, from the notice's label on: 'Update, May 3: An earlier version ...'), or words with no
    speaker, state nothing beside the quotation and its withdrawal."""
    for c in doc.claims:
        if c.repeated or not (c.start < m.end() and m.start() < c.end):
            continue
        if c.speaker is doc.publisher_speaker and c.stance == "asserts" or c.speaker is None and c.start >= m.start():
            c.repeated = True


def _named_in(who: str) -> str:
    """The name in 'a grower, Tomas Brekke,' (after a description and a comma), else the words."""
    parts = [p.strip() for p in who.strip(" ,").split(",") if p.strip()]
    named = [p for p in parts if p[:1].isupper()]
    return named[-1] if len(parts) > 1 and named else who.strip(" ,")


def _publisher_withdrawal(doc: Any, m: re.Match[str]) -> None:
    """'the paragraph has been removed': the publisher takes back what its earlier version printed (stance
    retracts, in those words); 'The article has been corrected to say that C': C is the publisher's.
    Other readings of those words (a speaker's claim running into them) state nothing."""
    if doc.publisher_speaker is None:
        return
    s, e = _trimmed(doc.text, *m.span())
    to_say = m.group("what") is not None
    if to_say:
        s, e = _trimmed(doc.text, *m.span("what"))
    around = _in_span(doc, *_sentence_of(doc, m.start(), _block_at(doc, m.start())))
    overlapping = [c for c in around if c.start < e and s < c.end + 1]
    template = next(iter(overlapping or around), None)
    if template is None:
        return
    for c in overlapping:
        if c.speaker is doc.publisher_speaker and c.stance == "asserts" and c.start < m.start() < c.end:
            # ('The figure is three, and the sentence has been corrected': the publisher's own first clause stays)
            c.end = c.start + len(_CLAUSE_TAIL.sub("", doc.text[c.start:m.start()]))
            c.repeated = c.end <= c.start
        else:
            c.repeated = True
    claim = dataclasses.replace(template, start=s, end=e, speaker=doc.publisher_speaker, speaker_span=None,
                                outlet=doc.publisher, via=[], form="unattributed", cue=None, cue_span=None,
                                stance="asserts" if to_say else "retracts", links=[], stated_on=doc.published_on,
                                repeated=False, nested=False, by_model=False, words=None)
    if not any(c.start == s and c.end == e and not c.repeated for c in doc.claims):
        _insert(doc, claim)


def _block_at(doc: Any, at: int) -> Any:
    return next(b for b in doc.blocks if b.start <= at <= b.end)


def _source_withdrawal(doc: Any, block: Any, m: re.Match[str], quoted: list[Any]) -> None:
    """'X has since withdrawn the claim', 'X told the Courier that he was repeating a rumour and withdraws
    the claim': X's own withdrawal, in those words (stance retracts), of the quotation the notice names
    and of any sentence of X's that says it again (not of X's other statements, nor of anyone else's)."""
    s, e = _trimmed(doc.text, *m.span())
    start, end = _sentence_of(doc, m.start(), block)
    around = _in_span(doc, start, end)
    speaker = _withdrawer(doc, start, m.start(), around)
    if speaker is None or speaker is doc.publisher_speaker:
        return
    said = [c for c in around if c.speaker is speaker and c.stance == "asserts" and not c.start < e <= c.end]
    template = next(iter(said or around), None)
    if template is None:
        return
    _drop([c for c in around if c.start < e and s < c.end or c.stance == "retracts" and c.speaker is speaker])
    withdrawn = [q for q in quoted if q.speaker is speaker]
    again = [c for c in doc.claims if c.speaker is speaker and c.stance == "asserts" and not c.repeated
             and c not in withdrawn and c not in said and any(
                 claim_similarity(doc.text[c.start:c.end], doc.text[q.start:q.end]) >= CORROBORATION_THRESHOLD
                 for q in withdrawn)]
    claim = dataclasses.replace(template, start=s, end=e, speaker=speaker, form="indirect", stance="retracts",
                                cue=doc.text[s:e], cue_span=(s, e), links=[], repeated=False, nested=False,
                                by_model=False, words=None, speaker_span=template.speaker_span
                                if template.speaker is speaker else None)
    _insert(doc, claim, withdrawn + again)


def _withdrawer(doc: Any, start: int, at: int, around: list[Any]) -> Any:
    """Who withdraws: the source of the sentence's statement before the withdrawal ('X told the
    Courier that he was repeating a rumour and withdraws the claim'), else the subject the sentence
    opens with ('Ms Vosper has since withdrawn the remark')."""
    before = [c for c in around if c.start < at and c.speaker is not None and c.speaker is not doc.publisher_speaker
              and c.speaker_span is not None and c.speaker_span[0] < at]
    if before:
        return before[-1].speaker
    subject = doc.text[start:at].strip(" ,")
    if not subject or len(subject.split()) > 6 or not subject[:1].isupper():
        return None
    sp = doc.registry.resolve(subject, doc.people)
    return sp if sp is not None and not sp.anonymous else None


# -- a speaker's withdrawal told in prose ------------------------------------------------------------
_LEADING = frozenset("on in at later then but and yesterday today earlier monday tuesday wednesday thursday friday "
                     "saturday sunday".split())
_AFTER_SUBJECT = re.compile(r"(?:\s+(?:has|have|had|since|later|also|now|then|subsequently|eventually|\w+ly))+\s*$",
                            re.IGNORECASE)
# the speaker's corrected statement after its withdrawal: ', saying D', ', telling the board that D'
_CORRECTING = re.compile(r"[^,.;]*,\s+(?P<cue>saying|telling\s+(?:[\w'’-]+\s+){1,4}?(?=that\b)|adding)\s+(?:that\s+)?"
                         r"(?P<what>[^;]+?)[\s.;\"”’]*$", re.IGNORECASE)
# a speaker's own earlier statement and its admission: 'On Friday I said nearly 40, and that was wrong',
# 'We said the bridge would open in May. That was wrong.'
_ADMISSION = (r"(?:that|this|it)\s+(?:was|is)\s+(?:simply\s+|just\s+)?(?:wrong|incorrect|not\s+(?:right|correct|true|accurate)"
              r"|a\s+mistake|an\s+error)")
_SAID_WRONG = re.compile(r"(?:[^\"“”]{0,40}?\s)?(?:I|we)\s+(?:had\s+|have\s+)?(?:said|told\s+\w+|stated|claimed)\s+(?:that\s+)?"
                         r"(?P<what>[^\"“”]+?)(?:,?\s+and|\s*[.;:]|\s*[-\u2013\u2014])\s+" + _ADMISSION + r"[\s.,!\"”’]*$",
                         re.IGNORECASE)
# the admission as a short sentence of its own after the claim: '. That was wrong.'
_NEXT_ADMISSION = re.compile(r"[.;:\s\u2013\u2014-]+" + _ADMISSION + r"[.,!]?", re.IGNORECASE)
_NUMBER = re.compile(r"\d|\b(?:hundred|thousand|million|billion|dozen)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _prose_withdrawal_re() -> re.Pattern[str]:
    words = _data()["prose_withdrawals"]
    return re.compile(r"(?<![\w'’])(?P<verb>" + phrase_alternation(words["compelled"] + words["verbs"]) + r")"
                      + withdrawal_time() + r"\s+(?:"
                      + phrase_alternation(words["determiners"]) + r")\s+(?:[\w'’-]+\s+){0,2}?(?P<thing>"
                      + phrase_alternation(words["things"]) + r")(?![\w'’-])(?P<rest>[^.;,:\n]*)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _subordinator_re() -> re.Pattern[str]:
    """A subordinate clause after what a withdrawal takes back ('her denial after the coastguard said
    D'): the thing withdrawn ends before it."""
    return re.compile(r"(?<![\w'’-])(?:" + phrase_alternation(load_data("grammar.json")["subordinators"]) + r")(?![\w'’-])",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _withdrawal_ends() -> tuple[str, ...]:
    """The last word of each verb _prose_withdrawal_re reads ('withdrew', 'back', 'retract')."""
    words = _data()["prose_withdrawals"]
    return tuple(sorted({p.split()[-1].lower() for p in words["compelled"] + words["verbs"]}))


def _may_withdraw(text: str, start: int, end: int) -> bool:
    """Can _prose_withdrawal_re match in text[start:end]? Only where the words lower-cased hold the
    last word of one of its verbs: in ASCII no other character matches those letters in any case;
    words with any other character are searched (most publisher's sentences withdraw nothing)."""
    words = text[start:end]
    if not words.isascii():
        return True
    low = words.lower()
    return any(end_word in low for end_word in _withdrawal_ends())


def _prose_withdrawals(doc: Any) -> None:
    """'Lind withdrew a statement he had made to police that C', 'Lind was forced to retract his claim
    that C', 'Later, Lind corrected the estimate he had published, telling the board that D': the
    publisher's reading of the sentence gives way to Lind's own statement with the stance retracts (C,
    else the words of the withdrawal), which withdraws Lind's earlier claims saying C again, or with no
    C Lind's nearest earlier claim (one giving a number, for a figure corrected). 'called on him to
    withdraw his claim' (a demand) and 'withdrew from the race' withdraw nothing."""
    done: set[int] = set()
    for c in list(doc.claims):
        saying = _saying_after_withdrawal(doc, c)
        modelled = saying is None and _modelled_withdrawal(doc, c)
        if c.repeated or c.sentence.start in done or saying is None and not modelled and (
                not _publishers(doc, c) or c.form != "unattributed"):
            continue
        start, end = c.sentence.start, c.sentence.end
        first, last = (start, saying) if saying is not None else (c.cue_span[0], c.end) if modelled \
            else (max(start, c.start), c.end)
        m = _prose_withdrawal_re().search(doc.text, first, last) if _may_withdraw(doc.text, first, last) else None
        if m is None or _withdrawal_read(doc, start, end) or modelled and m.start() != first:
            continue
        speaker, at = (c.speaker, c.speaker_span) if saying is not None else _prose_withdrawer(doc, start, m.start())
        if speaker is None or speaker is doc.publisher_speaker:
            continue
        done.add(start)
        _prose_withdrawal(doc, c, m, speaker, at)


def _modelled_withdrawal(doc: Any, c: Any) -> bool:
    """Whether a claim is the model's reading of a withdrawal as an assertion of the thing withdrawn, its
    cue the withdrawal's verb ('Vell Ferries has withdrawn | the explanation it gave last week': the
    explanation is no statement of the company's today), to be read as the withdrawal it is."""
    return c.by_model and c.stance == "asserts" and c.cue_span is not None and not c.nested \
        and not _publishers(doc, c) and c.start >= c.cue_span[1]


def _withdrawal_read(doc: Any, start: int, end: int) -> bool:
    """Whether the sentence from `start` to `end` has a withdrawal read already: a claim with the stance
    retracts in it, or whose cue is in it ('X withdrew that statement' takes the words of the statement
    it withdraws, told before)."""
    return any(o.stance == "retracts" and (start <= o.start < end or o.cue_span is not None and start <= o.cue_span[0] < end)
               for o in doc.claims if not o.repeated)


def _saying_after_withdrawal(doc: Any, c: Any) -> int | None:
    """Where the comma before the cue 'saying' of a named source's claim is, when the words before it
    in its sentence are that source's withdrawal ('X withdrew its lawyer's statement to the Post that
    C, saying D': the sentence reads as X's D, and the withdrawal of C is X's too), else None."""
    if c.speaker is None or c.speaker.anonymous or _publishers(doc, c) or c.cue_span is None \
            or fold(c.cue or "") != "saying" or c.nested:
        return None
    comma = doc.text.rfind(",", c.sentence.start, c.cue_span[0])
    return comma if comma > c.sentence.start and not doc.text[comma + 1:c.cue_span[0]].strip() else None


def _publishers(doc: Any, c: Any) -> bool:
    """Whether a claim is the publisher's own reading (or words with no speaker)."""
    return c.speaker is None or c.speaker is doc.publisher_speaker


def _prose_withdrawer(doc: Any, start: int, verb: int) -> tuple[Any, tuple[int, int] | None]:
    """Who withdraws: the name, pronoun or description just before the verb (after the sentence's last
    comma before it: 'Under questioning, Lind withdrew'; the appositive between the last two: 'The
    ferry operator, Nordvik Lines, has withdrawn'), as a speaker the text gave that mention in this
    sentence, as a speaker of the document's earlier claims ('Lind', 'Mr Lind', 'he', 'the festival
    organizer' of one whose role names an organizer), else as a name the text gives; and where its
    mention is."""
    segment_start = doc.text.rfind(",", start, verb) + 1 or start
    segment_end = verb
    before = _AFTER_SUBJECT.sub("", doc.text[segment_start:verb])
    if not before.strip(" ,") and segment_start > start:  # ('The ferry operator, Nordvik Lines, has withdrawn')
        segment_end = segment_start - 1
        segment_start = doc.text.rfind(",", start, segment_end) + 1 or start
        before = doc.text[segment_start:segment_end]
    words = list(re.finditer(r"[\w'’.-]+", before))
    if not words:
        return None, None
    media = _outlet_withdrawer(doc, before, segment_start)
    if media[0] is not None:
        return media
    mentioned = _mentioned_in(doc, segment_start, segment_end)
    if mentioned[0] is not None:
        return mentioned
    earlier = [o.speaker for o in doc.claims if o.start < start and not o.repeated and not _publishers(doc, o)
               and not o.speaker.anonymous]
    described = _described_in(before)
    if described is not None:
        span = (segment_start + described.start(1), segment_start + described.end())
        head = fold(described.group("head"))
        bodies = [sp for sp in earlier if head in fold(f"{sp.name} {sp.role or ''}").split()]
        return (bodies[-1], span) if bodies else (None, None)
    return _named_withdrawer(doc, words, segment_start, earlier)


# 'The organizer of the Lumen Festival', 'the festival organizer', 'its operator': a body described, not named
_DESCRIBED = re.compile(r"(?:^|\s)((?:[Tt]he|[Ii]ts)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<head>[a-z][\w'’-]*))"
                        r"(?:\s+of\s+[^,]*)?\s*$")


def _described_in(before: str) -> re.Match[str] | None:
    """A body described just before a withdrawal's verb (`_DESCRIBED`), read in the last 200
    characters only: a description is a few words, and a long stretch with no comma read whole
    would cost time in the square of its length."""
    return _DESCRIBED.search(before, max(0, len(before) - 200))


def _mentioned_in(doc: Any, start: int, end: int) -> tuple[Any, tuple[int, int] | None]:
    """The speaker the text gave a mention between `start` and `end` (a claim of the same sentence
    read with the withdrawer's mention as its source: 'X has withdrawn its denial and acknowledged
    that D'), the mention reaching furthest, else None; never an anonymous source's (a description the
    text did not resolve to a body it names)."""
    read = [o for o in doc.claims if not o.repeated and not _publishers(doc, o) and o.speaker_span is not None
            and start <= o.speaker_span[0] < end and o.speaker.kind != "media"]
    if not read:
        return None, None
    furthest = max(read, key=lambda o: o.speaker_span[1])
    return (furthest.speaker, furthest.speaker_span) if not furthest.speaker.anonymous else (None, None)


def _named_withdrawer(doc: Any, words: list[re.Match[str]], offset: int, earlier: list[Any]
                      ) -> tuple[Any, tuple[int, int] | None]:
    """The withdrawer named by the last words before the verb: 'he' or 'she' (the last person named
    earlier), or capitalised words ('On Tuesday Mr Lind', 'The ferry operator Nordlys Lines'): a speaker
    of the document's earlier claims by surname, else a person or a body the text names."""
    last = words[-1]
    span = (offset + last.start(), offset + last.end())
    if fold(last.group()) in ("he", "she"):
        people = [sp for sp in earlier if sp.kind == "person" and not sp.plural]
        return (people[-1], span) if people else (None, None)
    run: list[re.Match[str]] = []
    for w in reversed(words):  # the capitalised words that end the segment ('On Tuesday Mr Lind')
        if not w.group()[:1].isupper():
            break
        run.insert(0, w)
    while run and fold(run[0].group()) in _LEADING:
        run = run[1:]
    if not run or len(run) > 5:
        return None, None
    surname = fold(run[-1].group())
    span = (offset + run[0].start(), offset + run[-1].end())
    for sp in reversed(earlier):
        if surname in (fold(n.split()[-1]) for n in [sp.name, *sp.aliases] if n.split()):
            return sp, span
    mention = doc.text[span[0]:span[1]]
    sp = doc.registry.resolve(mention, doc.people)
    return (sp, span) if sp is not None and not sp.anonymous and sp.kind in ("person", "institution") else (None, None)


def _outlet_withdrawer(doc: Any, before: str, offset: int) -> tuple[Any, tuple[int, int] | None]:
    """'The paper later corrected its report', 'The Courier has withdrawn the story': the outlet named
    earlier that the words just before the verb refer back to ('the paper', 'the Courier'), never the
    document's own (its corrections are read elsewhere); and where its mention is."""
    m = _OUTLET_SUBJECT.search(before)
    record = doc.outlets.referred(m.group(1), offset + m.start(1)) if m else None
    if m is None or record is None or record is doc.publisher:
        return None, None
    return doc.registry.outlet(record), (offset + m.start(1), offset + m.end(1))


_OUTLET_SUBJECT = re.compile(r"(?:^|\s)((?:[Tt]he\s+)?[\w'’.-]+)\s*$")


def _prose_withdrawal(doc: Any, read: Any, m: re.Match[str], speaker: Any, at: tuple[int, int] | None) -> None:
    """The withdrawal `m` of `speaker` in the sentence the publisher's claim `read` gives: the claims
    of the publisher's reading up to the end of the withdrawal's clause give way to it."""
    rest = m.group("rest")
    acknowledging = _acknowledging_re().search(rest)  # ('has withdrawn its denial and acknowledged that D')
    rest = rest[:acknowledging.start()] if acknowledging is not None else rest
    that = re.search(r"\bthat\s+", rest)  # ('withdrew a statement he had made to police that C')
    # (the thing withdrawn, before any 'that C', ends at a subordinate clause: 'her denial after the coastguard said D')
    subordinate = _subordinator_re().search(rest, 0, that.start() if that is not None else len(rest))
    rest, that = (rest[:subordinate.start()], None) if subordinate is not None else (rest, that)
    ends = m.start("rest") + len(rest)
    s, e = _trimmed(doc.text, m.start(), ends)  # the withdrawal's words, with what it withdraws
    said_again = (m.start("rest") + that.end(), e) if that is not None else None
    if said_again is not None and said_again[0] >= e:
        return
    start = read.sentence.start
    # (the publisher's reading, 'he had made to police that C' read as the speaker's statement, and
    # 'its denial' read as a statement of its own; never another source's claim in the sentence)
    _drop([o for o in _in_span(doc, start, read.sentence.end) if o.start < ends and (
        _publishers(doc, o) or o.speaker is speaker and o.start >= m.start()
        or m.start() <= o.start and o.end <= m.end("thing"))])
    said = [o for o in doc.claims if o.speaker is speaker and o.stance == "asserts" and not o.repeated and o.start < start]
    withdrawn = _withdrawn_in_prose(doc, m, speaker, said, said_again, start)
    # (the outlet of the speaker's last claim, or of the source's own 'saying D' after the withdrawal)
    like = read if not _publishers(doc, read) else next((o for o in reversed(said)), None)
    claim = dataclasses.replace(read, start=s, end=e, speaker=speaker, speaker_span=at, form="indirect", stance="retracts",
                                cue=m.group("verb"), cue_span=m.span("verb"), outlet=like.outlet if like else None,
                                via=list(like.via) if like else [], links=[], repeated=False, nested=False,
                                by_model=False, words=None)
    _insert(doc, claim, withdrawn)
    _correcting_clause(doc, claim, ends, read.sentence.end)


def _withdrawn_in_prose(doc: Any, m: re.Match[str], speaker: Any, said: list[Any], said_again: tuple[int, int] | None,
                        start: int) -> list[Any]:
    """What a withdrawal told in prose takes back of the speaker's earlier claims (`said`, its
    assertions): those saying C again ('withdrew its claim that C'), else its last denial ('has
    withdrawn its denial'), else its nearest claim (one giving a number, for a figure)."""
    if said_again is not None:
        what = doc.text[said_again[0]:said_again[1]]
        return [o for o in said if claim_similarity(doc.text[o.start:o.end], what) >= CORROBORATION_THRESHOLD]
    thing = fold(m.group("thing"))
    if thing.startswith("denial"):
        denials = [o for o in doc.claims if o.speaker is speaker and o.stance == "denies" and not o.repeated
                   and o.start < start]
        return denials if thing.endswith("s") else denials[-1:]
    figure = thing in _data()["prose_withdrawals"]["figures"]
    return [o for o in said if not figure or _NUMBER.search(doc.text, o.start, o.end)][-1:]


@lru_cache(maxsize=1)
def _acknowledging_re() -> re.Pattern[str]:
    """', and acknowledged that D' after a withdrawal: the speaker's own statement D."""
    return re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?(?P<cue>" + phrase_alternation(
        _data()["prose_withdrawals"]["acknowledging"]) + r")\s+that\s+", re.IGNORECASE)


def _correcting_clause(doc: Any, withdrawal: Any, at: int, end: int) -> None:
    """', saying D', ', telling the board that D', ' and acknowledged that D' right after a withdrawal:
    the speaker's own corrected statement D, an assertion; a reading of D the sentence gives already
    under another source (the words before the cue read as a speaker of their own) becomes the
    speaker's."""
    m = _CORRECTING.match(doc.text, at, end)
    acknowledged = _acknowledging_re().match(doc.text, at, end) if m is None else None
    if acknowledged is not None:
        s, e = _trimmed(doc.text, acknowledged.end(), end)
        cue, cue_span = acknowledged.group("cue"), acknowledged.span("cue")
    elif m is not None:
        (s, e), cue, cue_span = _trimmed(doc.text, *m.span("what")), m.group("cue"), m.span("cue")
    else:
        return
    read = [o for o in _in_span(doc, at, end) if o.start < e and s < o.end]
    for o in read:
        if o.start == s and o.stance == "asserts" and o.speaker is not withdrawal.speaker and not _publishers(doc, o):
            o.speaker, o.speaker_span, o.outlet, o.via = withdrawal.speaker, withdrawal.speaker_span, withdrawal.outlet, \
                list(withdrawal.via)
    if s >= e or read:
        return
    claim = dataclasses.replace(withdrawal, start=s, end=e, stance="asserts", cue=cue, cue_span=cue_span)
    _insert(doc, claim)


def _said_and_wrong(doc: Any) -> None:
    """'"On Friday I said nearly 40, and that was wrong," she said', 'We said the bridge would open in
    May. That was wrong.': a speaker's own earlier statement, told with its admission, is the speaker
    withdrawing it (stance retracts), which takes back the speaker's earlier claims saying it. The
    publisher's own corrections ('earlier in the programme we said C') are its notices', not these."""
    for c in list(doc.claims):
        if c.repeated or c.stance != "asserts" or _publishers(doc, c) or c.form != "direct":
            continue
        end = _admission_end(doc, c)
        m = _SAID_WRONG.fullmatch(doc.text, c.start, end)
        if m is None:
            continue
        c.stance = "retracts"
        # ('That was wrong' read apart as a denial of the speaker's own words: the admission is the retraction's)
        _drop([o for o in _in_span(doc, c.end, end) if o.speaker is c.speaker])
        what = m.group("what")
        _withdrawn_by(doc.claims.index(c), [
            o for o in doc.claims if o.speaker is c.speaker and o.start < c.sentence.start and o.stance == "asserts"
            and not o.repeated and claim_similarity(doc.text[o.start:o.end], what) >= CORROBORATION_THRESHOLD])


def _admission_end(doc: Any, c: Any) -> int:
    """Where a quotation's admission ends: the claim's end, or the end of a short next sentence
    ('I said five. That was wrong.') when the claim stops before it."""
    m = _NEXT_ADMISSION.match(doc.text, c.end)
    return m.end() if m is not None else c.end
