"""A withdrawal reaches an account at ingest by the description the account's own document gives its
speaker, not the one the speaker row kept from the document stored first (migration 0015,
query.described_speaker): 'Mira Santen, a member of the planning board' stored first, then "Ostrell
Bricks' operations director, Mira Santen, told ...", then 'Ostrell Bricks has withdrawn its claim
that ...'; and so for the publisher's account of a withdrawal ('withdrew its lawyer's statement') of a
lawyer first stored as a rowing club's member. Before, ingest left the account confirmed where
`recompute` (which reads the claim's own description) disputed it. Articles of this file's own
writing; the accounts and withdrawals are tests/fixtures/denials-elsewhere's."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES

CORPUS = FIXTURES / "denials-elsewhere"
CASES = {
    "party": ("Mira Santen, a member of the Fennick planning board, said the new depot plans would be "
              "published in August.",
              [CORPUS / "gazette-kiln-officer.txt", CORPUS / "ledger-kiln-withdrawal.txt"], "gas valves"),
    "publisher": ("Oskar Brandt, a member of the Tarrow rowing club, said the regatta would be held in "
                  "September.",
                  [CORPUS / "herald-dairy-lawyer.txt", CORPUS / "post-dairy-withdrawal.txt"],
                  "chilled lorries were washed"),
}


def _claims(run) -> list[dict]:
    return json.loads(run("claims", "--format", "json").stdout)


@pytest.mark.parametrize("first", ["account", "withdrawal"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_withdrawal_reads_the_accounts_own_description_at_ingest(run, tmp_path, case, first):
    earlier, pair, words = CASES[case]
    path = tmp_path / "earlier.txt"
    path.write_text(f"---\ntitle: Earlier\noutlet: Fennick Post\npublished: 2026-06-01\n---\nEarlier\n\n{earlier}\n",
                    encoding="utf-8")
    for article in [path, *(pair if first == "account" else pair[::-1])]:
        assert run("ingest", str(article), "--silent").exit_code == 0
    ingested = _claims(run)
    told = [c for c in ingested if words in c["text"]]
    assert len(told) == 1 and told[0]["status"] == "disputed", told
    assert told[0]["reason"].startswith("partly withdrawn"), told
    assert run("recompute").exit_code == 0
    assert _claims(run) == ingested
