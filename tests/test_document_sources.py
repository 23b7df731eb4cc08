"""Documents, records, statistics and filings as sources (issues 12 and 13), on sentences written
for this test (invented bodies, companies and outlets): a record the text cites is the source (or the
body that issued it, when the words name it by its name), it reaches the reader through no outlet,
and its status comes from who issued it: a record the reader can check is on the record; one only an
outlet has seen, its issuer unnamed, is as good as that outlet's word. The publisher's own reporting
stays the publisher's when no record is named."""

from __future__ import annotations

import json

import pytest
from test_extract import claims_of

LEDGER = {"outlet": "The Harbour Ledger"}


def sourced(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker, outlet) of every claim of a text, with the Ledger as its publisher."""
    return [(c["text"], c["speaker_name"], c["outlet_name"]) for c in claims_of(text, **LEDGER)]


@pytest.mark.parametrize("text, content, speaker", [
    # a record cited with an evidence verb or 'according to', no body named: the record speaks
    ("Council records show that resurfacing works costing £220,000 were carried out on the slip in 2022.",
     "resurfacing works costing £220,000 were carried out on the slip in 2022", "Council records"),
    ("The operator received £1.2 million in 2021, according to the fund's public records.",
     "The operator received £1.2 million in 2021", "fund's public records"),
    ("Orlen Marine carried 310,000 passengers last year, according to its most recent annual filing.",
     "Orlen Marine carried 310,000 passengers last year", "its most recent annual filing"),
    ("The quarry produced 2.3 million tonnes of stone last year, according to the company's annual report.",
     "The quarry produced 2.3 million tonnes of stone last year", "company's annual report"),
    # a body named by its name after 'from' issued the record: the body speaks, before or after C
    ("Figures from the Coastal Safety Agency show that 14 people were injured at ferry slips last year.",
     "14 people were injured at ferry slips last year", "Coastal Safety Agency"),
    ("Ferry traffic fell by a fifth last winter, according to figures from the Ferrowick Port Authority.",
     "Ferry traffic fell by a fifth last winter", "Ferrowick Port Authority"),
    ("A notice filed with the Marine Licensing Office shows that the works will take eleven weeks.",
     "the works will take eleven weeks", "notice filed with the Marine Licensing Office"),
    ("A notice filed by Orlen Marine shows that the works will take eleven weeks.",
     "the works will take eleven weeks", "Orlen Marine"),
    # an issuer named by a common noun is the body the text named so ('the county': Harrow County);
    # when the text names none, the record speaks under its own words
    ("Turnout in Harrow County was 61 percent, according to unofficial results posted by the county.",
     "Turnout in Harrow County was 61 percent", "Harrow County"),
    ("Exports of timber fell by a third in March, the ministry's updated figures showed.",
     "Exports of timber fell by a third in March", "ministry's updated figures"),
])
def test_a_cited_record_is_the_source_through_no_outlet(text, content, speaker):
    assert sourced(text) == [(content, speaker, None)]


@pytest.mark.parametrize("text, speaker, cue", [
    # a record as the subject of a verb a record states with: the whole sentence is the record's
    ("The 2019 principal inspection rated the slip's condition as poor and recommended new fenders.",
     "2019 principal inspection", "rated"),
    ("The 2024 report is a routine visual inspection and records no new cracks in the deck.",
     "2024 report", "records"),
    ("The annual audit lists 14 contracts awarded without a tender.", "annual audit", "lists"),
])
def test_a_record_as_the_subject_of_an_evidence_verb_states_its_sentence(text, speaker, cue):
    (claim,) = claims_of(text, **LEDGER)
    assert (claim["text"], claim["speaker_name"], claim["outlet_name"], claim["cue"], claim["form"]) == (
        text.rstrip("."), speaker, None, cue, "indirect")


@pytest.mark.parametrize("text", [
    # no record named: the publisher's own reporting stays the publisher's
    "Passengers have complained about delays for years.",
    "The slip was built in 1968 and rebuilt in 1994.",
    # records counted are the publisher's summary of them, not a record speaking
    "Three reports recommended repairs, and only some of the work was done.",
    # a record's title is no record: 'Report' in a name
    "The Hallam Report, a weekly newsletter, recommends the ferry to visitors.",
])
def test_the_publishers_own_reporting_stays_the_publishers(text):
    assert [speaker for _, speaker, _ in sourced(text)] == ["The Harbour Ledger"]


def test_a_record_whose_issuer_is_named_is_the_issuers_whoever_obtained_it():
    got = sourced("The Brenna bridge failed two safety inspections in 2024, according to state records obtained "
                  "by the Calder Times.")
    assert got == [("The Brenna bridge failed two safety inspections in 2024", "state records", "Calder Times")]


def test_a_record_an_outlet_has_seen_speaks_through_that_outlet():
    got = sourced('The Calder Times has reviewed an internal memo that says the slip had been "beyond repair" '
                  "since 2020.")
    assert ('the slip had been "beyond repair" since 2020', "internal memo", "Calder Times") in got


def test_an_author_writing_in_a_memo_is_the_source():
    got = sourced("In a memo to staff seen by the Calder Times, the chief executive of Orlen Marine, Petra Vasko, "
                  "said the company would move two crews to the Dunmore route.")
    assert [(content, speaker) for content, speaker, _ in got] == [
        ("the company would move two crews to the Dunmore route", "Petra Vasko")]


ARTICLE = """---
title: "Ferrowick to close the Hallam ferry slip"
outlet: The Harbour Ledger
published: 2026-11-03
---
Ferrowick to close the Hallam ferry slip

Ferrowick District Council will close the Hallam ferry slip next month, a council spokeswoman said on Tuesday.

The 2019 principal inspection rated the slip's condition as poor.

Figures from the Coastal Safety Agency show that 14 people were injured at ferry slips in the region last year.

The Calder Times has reviewed an internal memo that says the slip had been beyond repair since 2020.

Exports of timber fell by a third, the ministry's figures showed.

Passengers have complained about delays for years.
"""


def test_a_records_status_comes_from_who_issued_it(run, tmp_path):
    path = tmp_path / "slip.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", str(path), "--silent").exit_code == 0
    got = {c["text"]: (c["speaker"], c["outlet"], c["status"]) for c in json.loads(run("claims", "--format", "json").stdout)}
    assert got["The 2019 principal inspection rated the slip's condition as poor"] == (
        "2019 principal inspection", None, "confirmed")
    assert got["14 people were injured at ferry slips in the region last year"] == (
        "Coastal Safety Agency", None, "confirmed")
    # a memo only an outlet has seen, its issuer unnamed: the outlet's word for it
    assert got["the slip had been beyond repair since 2020"] == ("internal memo", "Calder Times", "unconfirmed")
    assert got["Exports of timber fell by a third"] == ("ministry's figures", None, "confirmed")
    assert got["Passengers have complained about delays for years"] == (
        "The Harbour Ledger", "The Harbour Ledger", "unconfirmed")
