"""Dates in running text, kept at the precision the text gives (YYYY, YYYY-MM, YYYY-MM-DD).

"May 22" takes its year from the nearest dated context before it (or the publication date);
"on Thursday" is the last Thursday on or before that context's day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
CALENDAR_WORDS = frozenset((*MONTH_NAMES, *WEEKDAYS))  # the words of the calendar, folded: never a name
_FULL_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + ")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)(?!\d)"
# The lookahead lists the first letters of every alternative below (keep it in step when adding
# one): it lets the engine skip most positions at once and halves the cost of a scan.
DATE_RE = re.compile(
    rf"""
    (?=[\dJFMASONDTWLEIUBYolntesidubfym])
    (?:\b(?P<iso>(?P<iy>{_YEAR[:-6]})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))\b
  | \b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:\s*,?\s+(?P<y1>{_YEAR}))?
  | \b(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:\s*,?\s+(?P<y2>{_YEAR}))?
  | \b(?P<m3>{_MONTH})\s*,?\s+(?:of\s+)?(?P<y3>{_YEAR})
  | \b(?:(?:on|last|this|next|late|early)\s+)?(?:(?<![Tt]he\s)|(?=[a-zA-Z]+\b(?!\s+[A-Z])))(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b
  | \b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|of)\s+(?P<y4>{_YEAR})
  | \b(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?P<rn>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<ru>week|month|year)\b(?!['’]s)
  | \b(?P<rd>[Yy]esterday|[Tt]omorrow)\b
  | \b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:(?:early|late|mid-?)\s*)?(?P<m5>{_FULL_MONTH})\b(?!\s*,?\s*(?:of\s+)?\d))
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None
    relative: tuple[str, int] | None = None  # ('month', -1) for 'last month', ('day', 1) for 'tomorrow'

    @property
    def explicit_year(self) -> bool:
        return self.year is not None


# every date expression holds a digit, a weekday or a relative word: a much cheaper scan rules most text out.
# Two scans, each opening with a character class or with literals only, so the engine skips to the
# next candidate character instead of trying a match at every offset; the first hint is the nearer.
_DATE_DIGIT_RE = re.compile(r"\d")
_DATE_WORD_RE = re.compile(
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|week\b|month\b|year\b|Yesterday\b|yesterday\b|Tomorrow\b|tomorrow\b"
    r"|January\b|February\b|March\b|April\b|May\b|June\b|July\b|August\b|September\b|October\b|November\b"
    r"|December\b")
_STEP = {"last": -1, "next": 1, "this": 0}


def date_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of DATE_RE in text[start:end]. Every match holds a hint, and the words a match
    may open with before its hint are at most two (a month and 'of', 'earlier last', 'in mid-'),
    which hold none: no match starts before the two words before the first hint, where the scan begins."""
    hint = first_hint(text, start, end)
    if hint is None:
        return []
    return list(DATE_RE.finditer(text, _two_words_before(text, hint, start), end))


def first_hint(text: str, start: int, end: int) -> int | None:
    """Where the first digit, weekday or relative word of text[start:end] is (None: no date there)."""
    digit = _DATE_DIGIT_RE.search(text, start, end)
    word = _DATE_WORD_RE.search(text, start, end)
    if word is None:
        return None if digit is None else digit.start()
    return word.start() if digit is None else min(digit.start(), word.start())


def _two_words_before(text: str, at: int, start: int) -> int:
    """Where the two words before offset `at` begin (words of letters, digits, '.' and '-', apart
    by spaces and commas), not before `start`."""
    for _ in range(2):
        while at > start and (text[at - 1].isspace() or text[at - 1] == ","):
            at -= 1
        while at > start and (text[at - 1].isalnum() or text[at - 1] in "_.-"):
            at -= 1
    return at


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in text[start:end], unresolved (a missing year stays None)."""
    return mentions(date_matches(text, start, len(text) if end is None else end))


def mentions(matches: list[re.Match[str]]) -> list[DateMention]:
    """The date expressions of DATE_RE matches, unresolved."""
    found: list[DateMention] = []
    for m in matches:
        g = m.groupdict()
        if g["iso"]:
            found.append(DateMention(m.start(), m.end(), int(g["iy"]), int(g["im"]), int(g["id"]), None))
        elif g["m1"]:
            found.append(DateMention(m.start(), m.end(), _int(g["y1"]), _month(g["m1"]), _day(g["d1"]), None))
        elif g["m2"]:
            found.append(DateMention(m.start(), m.end(), _int(g["y2"]), _month(g["m2"]), _day(g["d2"]), None))
        elif g["m3"]:
            found.append(DateMention(m.start(), m.end(), int(g["y3"]), _month(g["m3"]), None, None))
        elif g["wd"]:
            found.append(DateMention(m.start(), m.end(), None, None, None, WEEKDAYS[g["wd"].lower()]))
        elif g["y4"]:
            found.append(DateMention(m.start("y4"), m.end(), int(g["y4"]), None, None, None))
        elif g["m5"]:
            found.append(DateMention(m.start("m5"), m.end(), None, _month(g["m5"]), None, None))
        elif g["rn"]:
            found.append(DateMention(m.start(), m.end(), None, None, None, None, (g["ru"], _STEP[g["rn"].lower()])))
        elif g["rd"]:
            found.append(DateMention(m.start(), m.end(), None, None, None, None,
                                     ("day", -1 if g["rd"].lower() == "yesterday" else 1)))
    return found


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _month(value: str) -> int:
    return MONTHS[value.rstrip(".").lower()]


def _day(value: str) -> int:
    return int(re.match(r"\d+", value).group())  # type: ignore[union-attr]


class DateContext:
    """The nearest dated context while reading a document in order.

    A date without a year takes the year that puts it nearest the anchor: the last date the text
    gave with its year and month, else the publication date ("October 2" in an article published on
    2025-10-06 is 2025-10-02, whatever future year the text mentioned in between). Without a
    publication date or such a date, the last year the text named is used.
    """

    def __init__(self, published: str | None = None) -> None:
        self.year: int | None = None
        self.day: dt.date | None = None
        self.anchor: dt.date | None = None
        # the day the words are written or spoken, for 'on Tuesday' and 'last month': the publication
        # date, or an interview's date inside its answers (the reader may set it)
        self.now: dt.date | None = None
        if published:
            parsed = parse_iso(published)
            if parsed:
                self.year = parsed[0]
                self.anchor = dt.date(parsed[0], parsed[1] or 7, 1)
                if parsed[2]:
                    try:
                        self.day = dt.date(*parsed)  # type: ignore[arg-type]
                        self.anchor = self.now = self.day
                    except ValueError:
                        self.day = None

    def _year_near_anchor(self, month: int, day: int, anchor: dt.date | None = None) -> int | None:
        anchor = anchor or self.anchor
        if anchor is None:
            return self.year
        best = None
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                distance = abs((dt.date(year, month, min(day, 28)) - anchor).days)
            except ValueError:
                continue
            if best is None or distance < best[0]:
                best = (distance, year)
        return best[1] if best else self.year

    def resolve(self, mention: DateMention) -> str | None:
        """The mention's value at its own precision; explicit dates also update the context."""
        if mention.weekday is not None or mention.relative is not None:
            # deixis: relative to when the text speaks, else to the nearest dated context
            base = self.now or self.day
            if base is None:
                return None
            if mention.relative is not None:
                return _relative(base, *mention.relative)
            back = (base.weekday() - mention.weekday) % 7  # type: ignore[operator]
            return (base - dt.timedelta(days=back)).isoformat()
        if mention.year is not None:
            year: int | None = mention.year
        elif mention.month is not None:
            # a bare month ('in April') is the nearest one to when the text speaks
            year = self._year_near_anchor(mention.month, mention.day or 15,
                                          self.now if mention.day is None else None)
        else:
            year = self.year
        if year is None:
            return None
        if mention.month is None:
            if mention.year is not None:
                self.year = year
            return f"{year:04d}"
        if mention.day is None:
            self.year = year
            if mention.year is not None:
                self.anchor = dt.date(year, mention.month, 15)
            return f"{year:04d}-{mention.month:02d}"
        try:
            day = dt.date(year, mention.month, mention.day)
        except ValueError:
            return f"{year:04d}-{mention.month:02d}"
        self.year = year
        self.day = day
        if mention.year is not None:
            self.anchor = day
        return day.isoformat()


def _relative(base: dt.date, unit: str, step: int) -> str | None:
    """'last month' (unit 'month', step -1) seen from base, at the precision it names; a week gives
    its month when the whole week (Monday to Sunday) lies in one month, else nothing."""
    if unit == "year":
        return f"{base.year + step:04d}"
    if unit == "month":
        index = base.year * 12 + base.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "day":
        return (base + dt.timedelta(days=step)).isoformat()
    monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
    sunday = monday + dt.timedelta(days=6)
    return f"{monday.year:04d}-{monday.month:02d}" if (monday.year, monday.month) == (sunday.year, sunday.month) else None


def parse_iso(value: str) -> tuple[int, int | None, int | None] | None:
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value or "")
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return (year, None, None)
    return (year, month, day)


def normalise_published(value: str | None) -> str | None:
    """A publication date from metadata as YYYY[-MM[-DD]], or None when it is not a date."""
    if not value:
        return None
    parsed = parse_iso(str(value))
    if parsed:
        y, m, d = parsed
        if m and d:
            try:
                return dt.date(y, m, d).isoformat()
            except ValueError:
                return f"{y:04d}-{m:02d}"
        return f"{y:04d}-{m:02d}" if m else f"{y:04d}"
    found = find_dates(str(value))
    if found and found[0].year:
        return DateContext().resolve(found[0])
    return None
