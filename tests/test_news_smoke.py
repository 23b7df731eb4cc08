"""Smoke test as a new user meets the product (issues 12 and 13): nine constructed articles about
three invented events, each told by a wire agency, a newspaper and a broadcaster in their house
styles (tests/fixtures/news/), ingested together and scored against a fact-checker's hand judgement
of every statement (`*.judged.json` beside them: speaker, anonymity, outlet and status accepted).

The floors are what holds now; raise them as the rooms improve. Run this file with `-s` and
`NEWS_SMOKE_REPORT=1` to print the score and every miss.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import pytest

from provenance.extract.reader import read_article

from conftest import FIXTURES, Run

NEWS = FIXTURES / "news"
EVENTS = ("ardelle-ferry", "marsh-imagery", "halden-water")
FIELDS = ("speaker", "anonymous", "outlet", "status")

# Statements judged: 198. Right now (hand-checked, see the report printed with NEWS_SMOKE_REPORT=1):
# Raised by the lead to main at the end of the session that landed batch 9 (test_news_heldout8).
FLOORS = {"found": 197, "speaker": 197, "anonymous": 197, "outlet": 197, "status": 190, "stance": 11}
# Speakers that are no plausible source, found today; the list may only shrink.
KNOWN_JUNK_SPEAKERS: set[str] = set()
# Outlets the articles name (besides their publishers).
NAMED_OUTLETS = {"Fox News", "Bay FM"}
# Plausible sources the judgement did not need (a nested report, an institution).
PLAUSIBLE = frozenset({"weather service", "his government", "national transportation safety board"})


def _fold(name: str | None) -> str:
    text = (name or "").casefold().strip()
    for article in ("a ", "an ", "the "):
        if text.startswith(article):
            return text[len(article) :]
    return text


@cache
def _judged(event: str, folder: Path = NEWS) -> dict:
    return json.loads((folder / f"{event}.judged.json").read_text(encoding="utf-8"))


@cache
def _body(doc: str, folder: Path = NEWS) -> str:
    path = folder / f"{doc}.txt"
    return read_article(path.read_bytes(), filename=str(path))[1]


def _publishers(folder: Path = NEWS, events: tuple[str, ...] = EVENTS) -> set[str]:
    return {
        read_article((folder / f"{doc}.txt").read_bytes(), filename=doc)[0]["outlet"]
        for event in events
        for doc in _judged(event, folder)["documents"]
    }


def ingest_batch(tmp_path_factory, folder: Path) -> dict:
    """One database holding every article of a batch: its claims, speakers and outlets as JSON."""
    run = Run(str(tmp_path_factory.mktemp(folder.name) / "news.db"))
    paths = [str(path) for path in sorted(folder.glob("*.txt"))]
    assert run("ingest", *paths, "--silent").exit_code == 0
    out = {
        name: json.loads(run(name, "--format", "json").stdout) for name in ("claims", "speakers", "outlets")
    }
    out["run"] = run
    return out


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> dict:
    """One database holding all nine articles."""
    return ingest_batch(tmp_path_factory, NEWS)


def _overlaps(claim: dict, start: int, end: int) -> bool:
    spans = [(claim["start"], claim["end"]), (claim.get("speaker_start"), claim.get("speaker_end"))]
    return any(a is not None and b is not None and a < end and start < b for a, b in spans)


def _answers_in_line(claims: list[dict], body: str, start: int, end: int) -> list[dict]:
    """The denials, non-confirmations and retractions whose speaker words lie in the line (paragraph)
    holding text[start:end], before its end, and whose content does not follow those words in the
    line: a stance on a report ('He called the story "rubbish"', 'X would not confirm the order')
    stores the report's words as its content, its speaker's words where it was said."""
    line_start, line_end = body.rfind("\n", 0, start) + 1, body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    found = [c for c in claims if c.get("stance") not in (None, "asserts") and c.get("speaker_start") is not None
             and line_start <= c["speaker_start"] < end and not c["speaker_start"] <= c["start"] < line_end]
    return sorted(found, key=lambda c: -c["speaker_start"])


def _stance_cued_in(claims: list[dict], body: str, start: int, end: int) -> list[dict]:
    """The denials, non-confirmations and retractions whose speaker words lie in the line (paragraph) holding
    text[start:end] and whose cue is a word of it, when neither their content nor their speaker words lie in it:
    'X withdrew a statement it issued on Tuesday saying that C' retracts C, and the piece judged may name the
    withdrawal by its verb and the statement withdrawn."""
    line_start, line_end = body.rfind("\n", 0, start) + 1, body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    piece = f" {' '.join(body[start:end].casefold().split())} "
    return [c for c in claims if c.get("stance") not in (None, "asserts") and c.get("cue") and c.get("speaker_start")
            is not None and line_start <= c["speaker_start"] < line_end and f" {c['cue'].casefold()} " in piece]


def find_claim(claims: list[dict], item: dict, folder: Path = NEWS) -> dict | None:
    """The claim a judged statement names: its content holds `text`, or its content or speaker
    words lie in the piece `at` of the article (for a stance, else its cue); a claim of the judged stance first."""
    mine = [c for c in claims if c["doc"] == item["doc"]]
    if "text" in item:
        found = [c for c in mine if item["text"] in c["text"]]
    else:
        body = _body(item["doc"], folder)
        start = body.index(item["at"])
        end = start + len(item["at"])
        found = [c for c in mine if _overlaps(c, start, end)] or _answers_in_line(mine, body, start, end) \
            or _stance_cued_in(mine, body, start, end)
    found.sort(key=lambda c: (c.get("stance") != item.get("stance", c.get("stance")), c["seq"]))
    return found[0] if found else None


def score(
    claims: list[dict], folder: Path = NEWS, events: tuple[str, ...] = EVENTS
) -> tuple[dict, list[str]]:
    """Right answers per field over every judged statement, and a line for each miss."""
    right = dict.fromkeys(("total", "found", *FIELDS, "stance", "stances"), 0)
    misses: list[str] = []
    for event in events:
        for item in _judged(event, folder)["statements"]:
            right["total"] += 1
            claim = find_claim(claims, item, folder)
            right["stances"] += "stance" in item
            if claim is None:
                misses.append(f"MISSING {item['doc']}: {item.get('text') or item['at']}")
                continue
            right["found"] += 1
            got = {
                "speaker": _fold(claim["speaker"]),
                "anonymous": claim["anonymous"],
                "outlet": claim["outlet"],
                "status": claim["status"],
            }
            want = {**{f: item[f] for f in FIELDS}, "speaker": [_fold(s) for s in item["speaker"]]}
            wrong = [f for f in FIELDS if got[f] not in want[f]]
            for field in FIELDS:
                right[field] += field not in wrong
            if "stance" in item:
                right["stance"] += claim.get("stance") == item["stance"]
            if wrong or ("stance" in item and claim.get("stance") != item["stance"]):
                misses.append(
                    f"{claim['doc']}#{claim['seq']} {claim['text'][:60]!r}: "
                    + "; ".join(f"{f} {got[f]!r} not {want[f]}" for f in wrong)
                    + (f"; stance {claim.get('stance')}" if "stance" in item else "")
                )
    return right, misses


def junk_speakers(
    speakers: list[dict],
    folder: Path = NEWS,
    events: tuple[str, ...] = EVENTS,
    plausible: frozenset[str] = PLAUSIBLE,
) -> set[str]:
    """Speakers that are none of the sources a fact-checker accepted, nor a publisher, nor
    another plausible source."""
    accepted = {
        _fold(s) for event in events for item in _judged(event, folder)["statements"] for s in item["speaker"]
    }
    accepted |= {_fold(p) for p in _publishers(folder, events)}
    return {_fold(s["name"]) for s in speakers} - accepted - plausible


def stored_not_claims(claims: list[dict], folder: Path = NEWS, events: tuple[str, ...] = EVENTS) -> list:
    """(doc, text) of every claim that is a judged non-claim: a caption, credit, heading, question."""
    return [
        (item["doc"], c["text"])
        for event in events
        for item in _judged(event, folder)["not_claims"]
        for c in claims
        if c["doc"] == item["doc"]
        and (c["text"] == item["exact"] if "exact" in item else item["text"] in c["text"])
    ]


def print_report(right: dict, misses: list[str]) -> None:
    """Every miss and the score, under NEWS_SMOKE_REPORT=1 (run with -s)."""
    if os.environ.get("NEWS_SMOKE_REPORT"):
        print("\n".join(misses))
        print({k: f"{v}/{right['stances' if k == 'stance' else 'total']}" for k, v in right.items()})


class HeldoutBatch:
    """The checks of a held-out batch (a folder of judged articles kept apart from tuning): a test
    module subclasses it as `TestX` and sets the batch's folder, events, statement count, floors,
    known junk speakers, plausible unjudged sources, outlets named, non-claims allowed and relays."""

    FOLDER: Path
    EVENTS: tuple[str, ...]
    TOTAL: int
    FLOORS: dict[str, int]
    KNOWN_JUNK_SPEAKERS: set[str]
    PLAUSIBLE: frozenset[str] = frozenset()
    NAMED_OUTLETS: set[str]
    NOT_CLAIMS_STORED: int
    RELAYS: list[tuple[str, str]]

    @pytest.fixture(scope="class")
    @classmethod
    def batch(cls, tmp_path_factory) -> dict:
        return ingest_batch(tmp_path_factory, cls.FOLDER)

    def test_score_holds_its_floors(self, batch):
        right, misses = score(batch["claims"], self.FOLDER, self.EVENTS)
        print_report(right, misses)
        assert right["total"] == self.TOTAL
        assert {k: v for k, v in right.items() if k in self.FLOORS and v < self.FLOORS[k]} == {}

    def test_junk_speakers_do_not_grow(self, batch):
        assert junk_speakers(batch["speakers"], self.FOLDER, self.EVENTS, self.PLAUSIBLE) <= self.KNOWN_JUNK_SPEAKERS

    def test_outlets_are_the_publishers_and_the_outlets_named(self, batch):
        named = {o["name"] for o in batch["outlets"]} - _publishers(self.FOLDER, self.EVENTS) - self.NAMED_OUTLETS
        assert named == set()

    def test_credits_headings_and_questions_are_no_claims(self, batch):
        found = stored_not_claims(batch["claims"], self.FOLDER, self.EVENTS)
        assert len(found) <= self.NOT_CLAIMS_STORED, found

    def test_relays_and_reprints_of_one_origin_are_never_corroborated(self, batch):
        """An anonymous source relayed by other outlets, a second-hand quote, or a sentence reprinted
        word for word is one origin."""
        for doc, text in self.RELAYS:
            claim = find_claim(batch["claims"], {"doc": doc, "text": text}, self.FOLDER)
            assert claim is not None and claim["status"] != "corroborated", (doc, text)


def test_score_holds_its_floors(news):
    right, misses = score(news["claims"])
    print_report(right, misses)
    assert right["total"] == 198
    assert {k: v for k, v in right.items() if k in FLOORS and v < FLOORS[k]} == {}


def test_junk_speakers_do_not_grow(news):
    assert junk_speakers(news["speakers"]) <= KNOWN_JUNK_SPEAKERS


def test_outlets_are_the_publishers_and_the_outlets_named(news):
    assert {o["name"] for o in news["outlets"]} <= _publishers() | NAMED_OUTLETS


def test_no_credit_caption_or_copyright_line_becomes_a_claim(news):
    """Captions, credits, bylines, copyright lines, headings and questions are no claims."""
    found = stored_not_claims(news["claims"])
    assert len(found) <= 18, found


def _claim(news, doc: str, text: str) -> dict:
    claim = find_claim(news["claims"], {"doc": doc, "text": text})
    assert claim is not None, text
    return claim


def test_relayed_anonymous_quotes_are_never_corroborated(news):
    """One anonymous official's words, carried by the outlet they spoke to and relayed by others,
    are one origin: never `corroborated` by their own copies."""
    for doc, text in [
        ("ap-ardelle-ferry", "more passengers than its license allowed"),
        ("chronicle-ardelle-ferry", "more passengers than its license allowed"),
        ("post-marsh-imagery", "material that we had been told"),
        ("reuters-marsh-imagery", "material that we had been told"),
    ]:
        assert _claim(news, doc, text)["status"] != "corroborated", (doc, text)


def test_named_denials_dispute_the_report(news):
    """The State Department's and Marsh's denials dispute the Post's report as NPR relays it; the
    operator's denial on CBS is stored as a stance; the mayor's denial and the station's retraction
    answer the radio report. (Not yet: the operator's denial of 'the report' in another story does
    not dispute the AP's anonymous port official, worded otherwise.)"""
    assert _claim(news, "npr-marsh-explainer", "Marsh showed images of a militia")["status"] == "disputed"
    denial = _claim(news, "cbs-ardelle-ferry-live", "carrying too many passengers")
    assert (denial["speaker"], denial["stance"]) == ("Paul Driscoll", "denies")
    assert _claim(news, "cbc-halden-water-qa", "would step down")["status"] in ("disputed", "retracted")


def test_party_designations_and_titles_go_to_affiliation_and_role(news):
    speakers = {s["name"]: s for s in news["speakers"]}
    assert (speakers["Curtis Whitfield"]["role"], speakers["Curtis Whitfield"]["affiliation"]) == (
        "Rep.",
        "R-Texas",
    )
    assert speakers["Rita Alvarez"]["role"] == "Sen." and speakers["Walter Brandt"]["role"] == "Gen."
    assert not [s for s in speakers if s.startswith(("Rep. ", "Sen. ", "Gen. ", "Secretary of State"))]
