"""A text carried in full after a lead announcing it speaks for its issuer, not the carrier (issue 13),
whatever the lead's words: a wire carrying a bank's statement in one pair of quotation marks over
several paragraphs, with its chief executive's quotation inside it in single marks
(tests/fixtures/carried11/wire-bank-statement.txt); a regional daily printing a mayor's letter in full,
with no marks, up to her signature (daily-mayor-letter.txt); a trade site carrying a ministry's
release under a heading 'STATEMENT FROM ...' up to its end mark, a deputy minister quoted in it
(trade-ministry-release.txt); and leads that name no issuer ('Full text:', 'The statement, carried
by ..., said:'). The articles and every name in them are invented for this test."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset

from conftest import FIXTURES

HERE = FIXTURES / "carried11"


def _claims(text: str, outlet: str) -> list[dict]:
    cs = extract_claimset(text, slug="t", outlet=outlet)
    speakers = {s["id"]: s for s in cs["speakers"]}
    return [{**c, "speaker_name": speakers[c["speaker"]]["name"] if c["speaker"] else None,
             "speaker_kind": speakers[c["speaker"]]["kind"] if c["speaker"] else None} for c in cs["claims"]]


def _of(claims: list[dict], words: str) -> dict:
    found = [c for c in claims if words in c["text"]]
    assert found, f"no claim holds {words!r}: {[c['text'] for c in claims]}"
    return found[0]


@pytest.fixture(scope="module")
def bank() -> list[dict]:
    return _claims((HERE / "wire-bank-statement.txt").read_text(encoding="utf-8"), "Baltic Wire Service")


@pytest.fixture(scope="module")
def letter() -> list[dict]:
    return _claims((HERE / "daily-mayor-letter.txt").read_text(encoding="utf-8"), "Kelby Echo")


@pytest.fixture(scope="module")
def ministry() -> list[dict]:
    return _claims((HERE / "trade-ministry-release.txt").read_text(encoding="utf-8"), "Fishing Weekly")


@pytest.mark.parametrize("words", ["all deposits remain fully covered", "has added twelve staff"])
def test_a_statement_in_one_pair_of_marks_is_its_issuers(bank, words):
    # the lead calls it 'the bank's statement'; the statement names the bank with its legal form
    c = _of(bank, words)
    assert (c["speaker_name"], c["speaker_kind"], c["form"]) == ("Sorbek Bank", "institution", "direct")


def test_the_bank_inside_its_own_statement_is_the_issuer(bank):
    c = _of(bank, "ignored warnings from its auditors")
    assert (c["speaker_name"], c["stance"]) == ("Sorbek Bank", "denies")


def test_a_quotation_in_single_marks_inside_the_statement_is_its_speakers(bank):
    c = _of(bank, "We made mistakes in our reporting")
    assert c["speaker_name"] == "Ilse Varnholm"
    assert not any("said Ilse Varnholm" in c["text"] for c in bank)


def test_the_lead_states_nothing_and_the_carriers_lines_stay_its_own(bank):
    assert not any("Following is the text" in c["text"] for c in bank)
    # the wire's currency conversion line after the statement is furniture: no claim, least of all the bank's
    assert not any("1 euro = 11.4 crowns" in c["text"] for c in bank)
    # a body the carrier cites before the statement keeps its words
    assert _of(bank, "Trading in Sorbek Bank's shares was halted")["speaker_name"] == "bourse"
    assert _of(bank, "late reporting of suspicious transfers")["speaker_name"] != "Sorbek Bank"


@pytest.mark.parametrize("words", ["will stay closed until the end of May", "I know how hard the detour",
                                   "the repairs to cost about 380,000 pounds"])
def test_a_letter_printed_in_full_is_its_writers(letter, words):
    assert _of(letter, words)["speaker_name"] == "Orla Penhallow"


def test_a_letters_lead_salutation_and_signature_state_nothing(letter):
    assert not any(c["text"].startswith(("Mayor Penhallow's letter", "Dear residents", "Orla Penhallow"))
                   for c in letter)
    assert _of(letter, "about 9,000 vehicles a day")["speaker_name"] != "Orla Penhallow"


@pytest.mark.parametrize("words", ["quota for 2027 will be 1,450 tonnes", "fewer juvenile crabs",
                                   "will review the quota in September"])
def test_a_release_under_a_heading_is_the_ministrys(ministry, words):
    assert _of(ministry, words)["speaker_name"] == "Ministry of Coastal Affairs"


def test_an_official_quoted_in_the_release_is_himself_and_the_carriers_line_after_its_end_is_its_own(ministry):
    assert _of(ministry, "the surveys leave us no choice")["speaker_name"] == "Halvard Brenne"
    assert _of(ministry, "have asked to meet the ministry")["speaker_name"] == "Fishing Weekly"


FULL_TEXT = """Tarn Water apologises for brown tap water

Tarn Water said in a statement on Monday that the discoloured water in Orrin was safe to drink.

Full text:

The discoloured water is caused by sediment disturbed during repairs to the Orrin main.

Samples taken on Sunday met every drinking-water standard.

Reporting by Lise Amberg
"""

CARRIED_BY = """Kestravian rail operator cancels night trains

Volmar Rail said on Friday it would cancel all night trains for two weeks, in a statement carried by the \
Kestravian News Agency.

The statement, carried by the agency, said:

"Two of our four sleeper carriages failed their safety inspection on Thursday.

"Passengers with tickets will be refunded in full."

Travel agents in Volmar said bookings for the spring had already fallen.
"""


def test_full_text_after_a_statement_is_its_makers_to_the_credit_line():
    claims = _claims(FULL_TEXT, "Kelby Courier")
    for words in ("caused by sediment disturbed", "met every drinking-water standard"):
        assert _of(claims, words)["speaker_name"] == "Tarn Water"
    assert not any(c["text"].startswith(("Full text", "Reporting by")) and c["speaker_name"] == "Tarn Water"
                   for c in claims)


def test_a_statement_carried_by_an_agency_is_its_issuers_up_to_its_closing_mark():
    claims = _claims(CARRIED_BY, "Kelby Courier")
    for words in ("sleeper carriages failed", "will be refunded in full"):
        assert _of(claims, words)["speaker_name"] == "Volmar Rail"
    assert _of(claims, "bookings for the spring")["speaker_name"] != "Volmar Rail"


def test_a_lead_with_no_document_named_carries_nothing():
    text = ("Harbour fees rise\n\nThe harbour board met on Monday and decided the following:\n\n"
            "Mooring fees will rise by 4% from April.\n\nThe board will meet again in June.\n")
    claims = _claims(text, "Kelby Courier")
    assert _of(claims, "Mooring fees will rise")["speaker_name"] == "Kelby Courier"
