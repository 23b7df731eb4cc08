"""Statuses of statements their own source takes back later (issue 12): 'he had been wrong on Monday
to say that C', 'the firm withdrew a statement it issued on Monday saying that C' withdraw C, in the
same story or in a later one, and the earlier claim is `retracted` with who took it back. Invented
articles of this file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ingested, ruled_claims

from provenance.corroboration import ClaimRecord, withdrawn_said

FIGURE_WITHDRAWN = """Ferry crew member missing after fire

The harbour master, Tove Lindahl, told the Gazette that three crew members were unaccounted for after the fire on the ferry Nordsund.

Firefighters brought the blaze under control shortly before midnight, the fire service said.

On Tuesday Lindahl said her office had been wrong on Monday to say that three crew members were unaccounted for. One crew member is still missing, she said.
"""


def test_a_speaker_who_says_she_was_wrong_to_say_c_withdraws_her_earlier_c():
    """The harbour master's own 'her office had been wrong to say that C' takes back her earlier C:
    retracted, withdrawn by her; the fire service's claim stands."""
    claims = ruled_claims(FIGURE_WITHDRAWN)
    first = [c for c in _by_text(claims, "three crew members were unaccounted for") if "wrong" not in c["text"]]
    assert [(c["speaker_name"], c["status"]) for c in first] == [("Tove Lindahl", "retracted")]
    assert "withdrawn by Tove Lindahl" in first[0]["reason"]
    fire, = _by_text(claims, "brought the blaze under control")
    assert fire["status"] != "retracted"


def test_someone_elses_error_withdraws_nothing():
    """'the minister was wrong to say C', said by another, is a view of someone else's error: the
    minister's C is not withdrawn by it."""
    text = ("Bridge row\n\nTransport Minister Ola Dahl said the bridge was safe for lorries.\n\n"
            "Engineer Karin Sell, who inspected it, said the minister was wrong to say that the bridge was safe "
            "for lorries.\n")
    claims = ruled_claims(text)
    minister, = [c for c in _by_text(claims, "the bridge was safe") if c["speaker_name"] == "Ola Dahl"]
    assert minister["status"] != "retracted"


@pytest.mark.parametrize("text, said", [
    ("her office had been wrong on Monday to say that two workers were missing", "two workers were missing"),
    ("Nordfrakt on Wednesday withdrew a statement it issued on Tuesday saying that every container was inspected",
     "every container was inspected"),
    ("The firm also withdrew a statement it had posted on its website, which said that \"no oil reached the beach.\"",
     "no oil reached the beach"),
    # (why it was withdrawn is not what was withdrawn)
    ("Nordfrakt withdrew its lawyer's statement to the Courier that two containers were opened, saying he had been "
     "misunderstood", "two containers were opened"),
    ("The ministry later withdrew the statement, saying it had been based on old test results", None),
    ("the minister was wrong to say that the bridge was safe", None),
])
def test_what_a_statement_says_its_source_took_back(text, said):
    """What was taken back, of a speaker's own error (its subject a pronoun or a possessive: 'the
    minister was wrong' is someone else's) or the publisher's account of a withdrawal."""
    publisher = not text.startswith(("her", "the minister"))
    r = ClaimRecord(key=1, doc="d", text=text, form="unattributed" if publisher else "indirect",
                    speaker=None if publisher else "Tove Lindahl")
    assert withdrawn_said(r) == said


def test_a_withdrawal_reported_the_next_day_retracts_the_first_days_claim(run, tmp_path):
    """The first day's story quotes a company; the next day's (another outlet) reports the company
    withdrew that statement: the first day's claim is retracted, withdrawn by the company."""
    claims = ingested(run, tmp_path, {
        "gazette-nordfrakt": ("The Harbour Gazette", "2026-05-04",
                              "The shipping firm Nordfrakt said on Monday that every container on the ship had been inspected by "
                              "customs before it sailed.\n\nThe ship was held at the quay overnight, port staff said."),
        "courier-nordfrakt": ("The Coast Courier", "2026-05-05",
                              "Shipping firm Nordfrakt on Tuesday withdrew a statement it issued on Monday saying that "
                              "every container on the ship had been inspected by customs.\n\n"
                              "Customs officers began searching the ship on Tuesday."),
    })
    first, = [c for c in claims if c["doc"] == "gazette-nordfrakt" and "every container" in c["text"]]
    assert first["status"] == "retracted", first
    assert "Nordfrakt" in first["reason"] or "Coast Courier" in first["reason"]


def test_a_firm_that_withdraws_its_lawyers_statement_retracts_what_the_lawyer_said(run, tmp_path):
    """'Brekke Haulage withdrew its lawyer's statement to the Gazette that C': the lawyer's C in the
    Gazette is retracted, named or not; the council's claim stands."""
    claims = ingested(run, tmp_path, {
        "gazette-brekke": ("The Harbour Gazette", "2026-06-01",
                           "Brekke Haulage's lawyer, Nils Aune, said that two of the firm's trucks had run without "
                           "working brakes in May.\n\nThe council said it would review the contract."),
        "courier-brekke": ("The Coast Courier", "2026-06-02",
                           "Brekke Haulage on Tuesday withdrew its lawyer's statement to the Gazette that two of its "
                           "trucks had run without working brakes. The firm said the lawyer had been misunderstood."),
    })
    first, = [c for c in claims if c["doc"] == "gazette-brekke" and "brakes" in c["text"]]
    assert (first["status"], first["speaker"]) == ("retracted", "Nils Aune"), first
    assert "Brekke Haulage on Tuesday withdrew" in first["reason"]
    council, = [c for c in claims if "review the contract" in c["text"]]
    assert council["status"] != "retracted"
