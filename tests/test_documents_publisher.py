"""The publisher's own statements and the outlets that carry others' (issues 12 and 13), on texts
written for this test (invented places, people and outlets): a live page's list of key points is the
publisher's; an outlet whose name holds a weekday ('the Sunday Gazette') is one name, not a date and
a word; a record 'reviewed by' an outlet at the end of the words that cite it reads without failing."""

from __future__ import annotations

import pytest
from test_extract import claims_of

LIVE = """Flood warning lifted in Brackwater Vale as the river falls

Key points:
- The River Ulvar burst its banks at Quenby Bridge on Monday night
- About 40 homes in Brackwater Vale were evacuated overnight

10:05
Roads reopen
The Brackwater road reopened to traffic shortly after 10am.

09:40
The council said its crews had cleared the worst of the debris.
"""

ARTICLE = """Flood warning lifted in Brackwater Vale as the river falls

Key points:
- The council says 40 homes in Brackwater Vale were evacuated overnight
- The River Ulvar burst its banks at Quenby Bridge on Monday night

The council said 40 homes in Brackwater Vale were evacuated overnight after the River Ulvar burst its banks.
"""


def who(text: str, outlet: str = "Harlow Gazette") -> list[tuple[str, str | None, str | None, str]]:
    """(content, speaker, outlet, form) of every claim of a text with `outlet` as its publisher."""
    return [(c["text"], c["speaker_name"], c["outlet_name"], c["form"]) for c in claims_of(text, outlet=outlet)]


def test_a_live_pages_key_points_are_the_publishers_statements_without_their_marker():
    got = who(LIVE)
    assert got[:2] == [
        ("The River Ulvar burst its banks at Quenby Bridge on Monday night", "Harlow Gazette", "Harlow Gazette",
         "unattributed"),
        ("About 40 homes in Brackwater Vale were evacuated overnight", "Harlow Gazette", "Harlow Gazette", "unattributed"),
    ]
    assert not any("Key points" in text for text, *_ in got)  # the list's title states nothing


def test_an_articles_box_of_key_points_repeats_its_body_and_is_not_read():
    got = who(ARTICLE)
    assert not any(text.startswith("- ") for text, *_ in got)
    assert not any(text == "The River Ulvar burst its banks at Quenby Bridge on Monday night" for text, *_ in got)


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The Sunday Gazette reported on Monday that the ferry will be withdrawn next week.",
     "the ferry will be withdrawn next week", "Sunday Gazette"),
    ("The vessel's owner told the Sunday Gazette that the radar had been replaced.",
     "the radar had been replaced", "vessel's owner"),
    ("Local skipper Ciaran Fennelly told the Sunday Gazette he had stopped sailing in fog.",
     "he had stopped sailing in fog", "Ciaran Fennelly"),
])
def test_an_outlet_named_with_a_weekday_is_one_outlet_not_a_date(sentence, content, speaker):
    text = f"Ferry withdrawn after radar faults\n\nThe ministry ordered an inspection of the ferry.\n\n{sentence}\n"
    got = who(text, outlet="Irish Courier")
    assert (content, speaker, "Sunday Gazette", "indirect") in got


def test_on_the_weekday_it_stays_a_date():
    got = claims_of("Ferry withdrawn\n\nOn Sunday the ministry said the ferry would be withdrawn.\n",
                    outlet="Irish Courier", published="2026-03-04")
    assert [(c["text"], c["speaker_name"], c["stated_on"]) for c in got] == [
        ("the ferry would be withdrawn", "ministry", "2026-03-01")]


def test_a_record_reviewed_by_the_outlet_at_the_end_of_its_words_reads_without_failing():
    text = ("Ferry kept sailing with faulty radar\n\nKestrel Ferries kept its oldest vessel in service for a year "
            "after an audit flagged its radar, according to internal papers reviewed by the Sunday Gazette and two "
            "people familiar with the matter.\n")
    got = who(text, outlet="Sunday Gazette")
    assert got and got[0][0].startswith("Kestrel Ferries kept its oldest vessel in service")


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The Coastal Weather Office has forecast heavy snow across the uplands.", "heavy snow across the uplands",
     "Coastal Weather Office"),
    ("The Inland Rail Board blamed pipe corrosion.", "pipe corrosion", "Inland Rail Board"),
    ("The Inland Rail Board blamed the delays.", "the delays", "Inland Rail Board"),
    ("Analysts had forecast that the port would close.", "the port would close", "analysts"),
])
def test_a_body_that_forecasts_or_blames_a_thing_is_its_source(sentence, content, speaker):
    got = who(f"Trains halted\n\n{sentence}\n")
    assert [(c, s) for c, s, _, form in got if form != "unattributed"] == [(content, speaker)]


def test_a_public_body_given_initials_is_no_outlet_though_its_name_holds_agency():
    got = claims_of("Trains halted\n\nThe Inland Rail Agency of Kestria (IRAK) blamed cable theft.\n\n"
                    "The Inland Rail Agency of Kestria said services would resume on Friday.\n", outlet="Kestria Times")
    assert [(c["text"], c["speaker_name"], c["outlet_name"]) for c in got] == [
        ("cable theft", "Inland Rail Agency of Kestria", None),
        ("services would resume on Friday", "Inland Rail Agency of Kestria", None)]


def test_the_publishers_own_short_name_is_the_publisher():
    text = ("Ferry fares\n\nThe ferry company raised its fares twice last year, the accounts show. The Sentinel "
            "has learned that the company earned about 4 million euro from the route.\n")
    got = who(text, outlet="The Sentinel and Herald")
    assert ("the company earned about 4 million euro from the route", "The Sentinel and Herald",
            "The Sentinel and Herald", "indirect") in [g for g in got]


@pytest.mark.parametrize("sentence, content", [
    ("And the Daily Courier can reveal that deckhands on the vessel told managers weeks ago that the radar kept "
     "failing.", "deckhands on the vessel told managers weeks ago that the radar kept failing"),
    ("The Daily Courier understands that the ferry will be withdrawn next week.",
     "the ferry will be withdrawn next week"),
    ("The Courier has established that the audit was never sent to the board.",
     "the audit was never sent to the board"),
])
def test_an_outlets_own_reporting_is_its_claim_whole(sentence, content):
    got = claims_of(f"Ferry radar faults\n\n{sentence}\n", outlet="Daily Courier", published="2026-03-04")
    first = got[0]
    assert (first["text"], first["speaker_name"], first["outlet_name"], first["form"], first["stated_on"]) == (
        content, "Daily Courier", "Daily Courier", "indirect", "2026-03-04")
    # a claim inside C keeps its own source, carried by the outlet
    assert all(c["outlet_name"] == "Daily Courier" for c in got)


@pytest.mark.parametrize("sentence", [
    "Ana Lind understands that the fares will rise.",
    "The Port Authority understands that the ferry will be sold.",
])
def test_anyone_elses_understanding_is_no_outlets_reporting(sentence):
    got = claims_of(f"Ferry radar faults\n\n{sentence}\n", outlet="Daily Courier")
    assert not any(c["cue"] == "understands" and c["speaker_name"] == "Daily Courier" for c in got)
