"""A party's withdrawal and its account in another outlet meet at ingest, whatever the order (issue 12
item 5): 'Ostrell Bricks has withdrawn its claim that the kiln's valves had been replaced in March' in
one paper takes back part of what the company, or its operations director, told another ('..., and
that certified fitters had replaced the kiln's gas valves in March'), though the two share no sentence
blocking pairs. Ingest reads the stored accounts of a party that withdraws and the stored withdrawals of a party it quotes
(`parties.party_versions`), so the state it leaves is what `recompute` gives, and `check` is clean.
Invented articles of this file's own writing (tests/fixtures/denials-elsewhere, where the order test
reads them too)."""

from __future__ import annotations

import json

import pytest

from provenance.corroboration import ClaimRecord, party_names, party_withdrawal

from conftest import FIXTURES

CORPUS = FIXTURES / "denials-elsewhere"
WITHDRAWAL = CORPUS / "ledger-kiln-withdrawal.txt"
# the company's own statement to one paper; its operations director's to another ("Ostrell Bricks'
# operations director, NAME, told ...": the party named only in her role)
ACCOUNTS = {"company": (CORPUS / "courier-kiln-account.txt", "Ostrell Bricks"),
            "officer": (CORPUS / "gazette-kiln-officer.txt", "Mira Santen")}


def _claims(run) -> list[dict]:
    return json.loads(run("claims", "--format", "json").stdout)


@pytest.mark.parametrize("first", ["account", "withdrawal"])
@pytest.mark.parametrize("whose", sorted(ACCOUNTS))
def test_a_withdrawal_in_other_words_reaches_the_account_at_ingest(run, whose, first):
    account, speaker = ACCOUNTS[whose]
    for path in (account, WITHDRAWAL) if first == "account" else (WITHDRAWAL, account):
        assert run("ingest", str(path), "--silent").exit_code == 0
    ingested = _claims(run)
    told = [c for c in ingested if "gas valves" in c["text"]]
    assert len(told) == 1 and told[0]["speaker"] == speaker, ingested
    assert told[0]["status"] == "disputed", told
    assert told[0]["reason"].startswith("partly withdrawn by Ostrell Bricks (Daily Ledger)"), told
    assert run("check").exit_code == 0
    assert run("recompute").exit_code == 0
    assert _claims(run) == ingested


def test_the_names_a_withdrawal_is_looked_up_by():
    """The speaker's name, and that name without its legal form; a publisher's correction is no
    party's withdrawal."""
    plc = ClaimRecord(key=1, doc="d", text="C", speaker="Nadro Energy Plc", stance="retracts", form="indirect",
                      publisher="Northwire")
    assert party_withdrawal(plc)
    assert party_names(plc) == {"Nadro Energy Plc", "Nadro Energy"}
    own = ClaimRecord(key=2, doc="d", text="C", speaker="Northwire", stance="retracts", form="unattributed",
                      publisher="Northwire")
    assert not party_withdrawal(own)
