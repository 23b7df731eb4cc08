"""Statuses of withdrawals that point back ('the company withdrew that statement': the statement
just told, whoever gave it, not the withdrawer's own last claim). Invented articles of this file's
own writing."""

from __future__ import annotations

from test_status_shapes import _by_text, ingested, ruled_claims

PRESIDENT_WITHDRAWS = """Bakery chain recalls bread after mould complaints

Torvik Bakeries said on Friday that it would recall every loaf baked at its Hamnvik plant.

Its chief executive, Eli Norum, said the mould had been found after customers complained on Tuesday.

The company had said on Wednesday that only one batch of rye bread was affected. Norum withdrew that statement on Friday, saying tests had found mould in four kinds of bread.
"""


def test_that_statement_is_the_statement_just_told_not_the_withdrawers_own():
    """'The company had said C. Norum withdrew that statement': the company's C is retracted,
    withdrawn by Norum; Norum's own earlier claim stands."""
    claims = ruled_claims(PRESIDENT_WITHDRAWS)
    company, = [c for c in _by_text(claims, "only one batch of rye bread") if c["stance"] == "asserts"]
    assert company["status"] == "retracted", company
    assert "withdrawn by" in company["reason"] and "Norum" in company["reason"]
    own, = _by_text(claims, "the mould had been found after customers complained")
    assert own["status"] == "confirmed", own


SAME_SOURCE_WITHDRAWS = """Mill owner takes back denial

The mill's owner, Per Lunde, told the Courier on Monday that no river water had ever been used in the dye vats.

The county said it would test the river below the mill.

On Thursday Lunde withdrew that claim, saying he had not known what the night shift did.
"""


def test_that_claim_in_a_paragraph_of_its_own_is_the_withdrawers_last_claim():
    """'Lunde told C. // The county said D. // Lunde withdrew that claim': no statement before it in
    its paragraph, so the anaphor is Lunde's own last claim, C; the county's D stands."""
    claims = ruled_claims(SAME_SOURCE_WITHDRAWS)
    county, = [c for c in _by_text(claims, "test the river below the mill") if c["stance"] == "asserts"]
    assert county["status"] == "confirmed", county
    lunde, = [c for c in _by_text(claims, "no river water had ever been used") if c["stance"] == "asserts"]
    assert lunde["status"] == "retracted", lunde


OUTLET_REMOVES = """Ferry row

Harbour FM, a local radio station, reported on Monday that the ferry company had sacked its captain. A spokesman for the ferry company told Tarn TV that no one had been sacked. The station later removed the report from its website.
"""

OUTLET_CORRECTS = """Ferry row

The Coast Courier reported on Monday that the ferry company had laid off 12 crew. The paper later corrected its report, saying two crew had left.
"""


def test_a_station_that_removed_its_report_retracts_it_even_after_the_publisher_was_named():
    """'The station later removed the report from its website' after '... told Tarn TV' (the
    publisher, named as the one told): 'the station' is the radio station named before, not the
    publisher, and its report is retracted, withdrawn by it."""
    claims = ruled_claims(OUTLET_REMOVES, outlet="Tarn TV")
    report, = [c for c in _by_text(claims, "had sacked its captain") if c["stance"] == "asserts"]
    assert (report["speaker_name"], report["status"]) == ("Harbour FM", "retracted"), report
    removal, = [c for c in claims if c["stance"] == "retracts"]
    assert removal["speaker_name"] == "Harbour FM"


def test_an_outlet_that_corrected_its_report_retracts_it_and_states_the_correction():
    """'The paper later corrected its report, saying D': the Courier's earlier report is retracted,
    withdrawn by the Courier; D is the Courier's."""
    claims = ruled_claims(OUTLET_CORRECTS, outlet="Harbour Gazette")
    report, = [c for c in _by_text(claims, "laid off 12 crew") if c["stance"] == "asserts"]
    assert report["status"] == "retracted" and "Coast Courier" in report["reason"], report
    correction, = _by_text(claims, "two crew had left")
    assert (correction["speaker_name"], correction["stance"]) == ("Coast Courier", "asserts")


def test_a_firms_withdrawal_of_its_lawyers_statement_before_saying_is_the_firms_own(run, tmp_path):
    """'Brekke Haulage withdrew its lawyer's statement to the Gazette that C, saying D': a claim of the
    firm with the stance retracts (C withdrawn) beside its D; the lawyer's C in the Gazette the day
    before is retracted, withdrawn by the firm."""
    claims = ingested(run, tmp_path, {
        "gazette-brekke": ("The Harbour Gazette", "2026-06-01",
                           "Brekke Haulage's lawyer said that two of the firm's trucks had run without working brakes "
                           "in May.\n\nThe council said it would review the contract."),
        "courier-brekke": ("The Coast Courier", "2026-06-02",
                           "Brekke Haulage on Tuesday withdrew its lawyer's statement to the Gazette that two of its "
                           "trucks had run without working brakes, saying in a statement that every truck had passed "
                           "its brake test."),
    })
    withdrawal, = [c for c in claims if c["doc"] == "courier-brekke" and c["stance"] == "retracts"]
    assert withdrawal["speaker"] == "Brekke Haulage" and "working brakes" in withdrawal["text"], withdrawal
    said, = [c for c in claims if c["doc"] == "courier-brekke" and "passed its brake test" in c["text"]]
    assert (said["speaker"], said["stance"]) == ("Brekke Haulage", "asserts")
    first, = [c for c in claims if c["doc"] == "gazette-brekke" and "brakes" in c["text"]]
    assert first["status"] == "retracted" and "Brekke Haulage" in first["reason"], first


def test_removing_those_videos_withdraws_no_statement_just_told():
    """'said that C and that it quickly removed those videos': videos shown are no statement the
    text told, so the spokeswoman's C is not taken back by it."""
    text = ("Platform row\n\nA spokeswoman for Tarnview said that it had rules against violent content and that it "
            "quickly removed those videos when users flagged them.\n")
    claims = ruled_claims(text)
    rules, = [c for c in _by_text(claims, "it had rules against violent content") if c["stance"] == "asserts"]
    assert rules["status"] != "retracted", rules
