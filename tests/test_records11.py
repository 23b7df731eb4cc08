"""Documents, records and named bodies as sources (issues 13 and 14), on articles and sentences
written for this test (tests/fixtures/records11/: invented courts, companies, bodies and outlets).

A record speaks for the body that issued it ('a court decision seen by the Ledger' is the court's,
named earlier with its seat), the outlet that saw it is no outlet the court spoke through when it
is the publisher itself; a country's register is the register's, not the country's; a body named
by what it is ('the regulator', 'the bourse', 'the panel') is on the record, while 'a regulator
familiar with the inquiry', like 'a source', is an unnamed person."""

from __future__ import annotations

import pytest
from test_extract import claims_of

from provenance.extract.speakers import analyse, record_named, with_seat
from provenance.ingest import extract, prepare

from conftest import FIXTURES

ARTICLES = FIXTURES / "records11"


class _Claims(dict):
    """Claims by their content, found by the first words of it."""

    def __getitem__(self, start: str) -> dict:
        found = [v for k, v in self.items() if k.startswith(start)]
        assert len(found) == 1, (start, list(self))
        return found[0]


def read(name: str) -> _Claims:
    """Every claim of a fixture article, with its statuses, by its content."""
    cs = extract(prepare([str(ARTICLES / f"{name}.txt")], options={})[0])
    speakers = {s["id"]: s for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    return _Claims({c["text"]: {"speaker": speakers[c["speaker"]]["name"] if c["speaker"] else None,
                                "anonymous": speakers[c["speaker"]]["anonymous"] if c["speaker"] else None,
                                "outlet": outlets.get(c["outlet"]), "status": c["status"]} for c in cs["claims"]})


def test_a_court_report_gives_the_ruling_to_the_court_and_the_register_to_itself():
    got = read("court-ruling-register")
    # 'according to a court decision seen by the Tarnow Ledger': the court named before, with its seat;
    # the Ledger is the publisher that saw it, no outlet the court spoke through
    assert got["The District Court in Ostrava Nova on Thu"] == {
        "speaker": "District Court in Ostrava Nova", "anonymous": False, "outlet": None, "status": "confirmed"}
    # 'the decision says': the record cited just before, so its court again
    assert got["The company owes about 600 growers a tota"]["speaker"] == "District Court in Ostrava Nova"
    # "Croatia's business register lists": the register, never the country
    assert got["Croatia's business register lists the fo"]["speaker"] == "Croatia's business register"
    assert got["they had opened an inquiry into the sale"]["speaker"] == "Police in Ostrava Nova"
    assert got["it would examine the company's last two "] == {
        "speaker": "regulator", "anonymous": False, "outlet": None, "status": "confirmed"}
    # 'A federal regulator familiar with the inquiry said': an unnamed person, like 'a source'
    assert got["the sales had been flagged in September"]["anonymous"] is True
    assert got["the sales had been flagged in September"]["status"] == "unconfirmed"


def test_a_health_story_gives_the_ministrys_data_and_circular_to_the_ministry():
    got = read("ministry-data-memo")
    assert got["Measles cases in Kelby province tripled "]["speaker"] == "Ministry of Health"
    assert got["the number of confirmed cases at 412, ag"]["speaker"] == "Ministry of Health"
    # 'a ministry circular seen by the Kelby Courier': the ministry's, on the record
    assert got["Vaccines will be kept for children under"] == {
        "speaker": "Ministry of Health", "anonymous": False, "outlet": None, "status": "confirmed"}
    # 'a leaked memo seen by the Kelby Courier': no issuer named, the Courier's to vouch for, unconfirmed
    memo = got["Clinics in three districts ran out of va"]
    assert (memo["outlet"], memo["status"]) == ("Kelby Courier", "unconfirmed")
    assert "seen by" not in memo["speaker"]
    assert got["it had asked the ministry for its stock "]["anonymous"] is False  # 'The health watchdog said'
    assert got["the shortage had been known since July"]["anonymous"] is True  # 'A watchdog close to the ministry'


def test_a_business_story_gives_the_exchange_and_the_poll_their_names():
    got = read("exchange-filing-poll")
    assert got["the suspension would last until the com"]["speaker"] == "Marlow Stock Exchange"
    assert got["61 percent of small investors had lost c"]["speaker"] == "Marlow Institute"
    assert got["Harrow Shipping expects a loss of 12 mil"]["anonymous"] is False
    # 'The bourse said': the exchange, a body on the record, not an unnamed person
    assert got["trading in two other shipping stocks wou"] == {
        "speaker": "bourse", "anonymous": False, "outlet": None, "status": "confirmed"}


@pytest.mark.parametrize("mention, anonymous", [
    ("the regulator", False),
    ("The bourse", False),
    ("the appeals panel", False),
    ("the opposition bloc", False),
    ("The fraud unit of the Kelby Police Service", False),
    ("a federal regulator familiar with the case", True),
    ("a watchdog close to the ministry", True),
])
def test_a_body_named_by_what_it_is_is_on_the_record_and_one_met_with_a_is_not(mention, anonymous):
    sp = analyse(mention).speaker
    assert sp is not None and sp.anonymous is anonymous


@pytest.mark.parametrize("mention, found", [
    ("a court decision", ("the court", "court decision")),
    ("the tribunal's judgment", ("the tribunal", "tribunal's judgment")),
    ("the decision of the Harbour Court", ("the Harbour Court", "decision of the Harbour Court")),
    ("his decision", None),
    ("the administration's decision", None),
    ("the voters' verdict", None),
    ("a ministry circular", ("the ministry", "ministry circular")),
    ("Croatia's business register", (None, "Croatia's business register")),
    ("Kelby Water's business register", ("Kelby Water", "Kelby Water's business register")),
])
def test_what_a_court_hands_down_is_a_record_only_with_a_courts_word(mention, found):
    assert record_named(mention) == found


@pytest.mark.parametrize("text, name, end, seated", [
    ("The Regional Court in Brask Hollow ruled.", "Regional Court", 18, "Regional Court in Brask Hollow"),
    ("The Regional Court in May ruled.", "Regional Court", 18, "Regional Court"),
    ("The Kelby Council in Brask voted.", "Kelby Council", 16, "Kelby Council"),
])
def test_a_courts_seat_is_part_of_its_name(text, name, end, seated):
    assert with_seat(text, name, end) == seated


def test_an_indefinite_record_is_a_new_one_not_the_record_cited_before():
    text = ("Orvel Bank's most recent financial statements show deposits of 40 million euros.\n\n"
            "The central bank ordered Orvel Bank to stop taking deposits, according to a circular seen by "
            "the Harlow Gazette.\n")
    got = {c["text"][:30]: c["speaker_name"] for c in claims_of(text, outlet="Harlow Gazette")}
    assert got["The central bank ordered Orvel"] == "circular"
