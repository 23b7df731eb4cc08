"""One truth whatever the order (issue 12 item 5): the publisher's own account of a party's withdrawal
('Vendel Dairies on Thursday withdrew its lawyer's statement to the Herald that C', stored as the
publisher's statement) takes back the lawyer's account in another paper ('..., and that C' told at more
length), though the two share no sentence blocking pairs: ingest reads the stored accounts of the
speakers its words name (`parties._reported_accounts_of`) and, for a new account, the stored statements
that may report such a withdrawal of its speaker (`parties._reported_withdrawals_of`), so the state it
leaves is what `recompute` gives, in either order, on SQLite and PostgreSQL.

Invented articles of this file's own writing (tests/fixtures/denials-elsewhere, where the hypothesis
order test reads them too)."""

from __future__ import annotations

import json

import pytest

from provenance import claim_index

from conftest import FIXTURES

CORPUS = FIXTURES / "denials-elsewhere"
DAIRY = [CORPUS / "herald-dairy-lawyer.txt", CORPUS / "post-dairy-withdrawal.txt"]


def _claims(run) -> list[dict]:
    return json.loads(run("claims", "--format", "json").stdout)


def _as_recompute_leaves_it(run) -> list[dict]:
    """The claims ingest left, after `check` found nothing to recompute and `recompute` changed nothing."""
    ingested = _claims(run)
    checked = run("check")
    assert checked.exit_code == 0, checked.stdout
    assert run("recompute").exit_code == 0
    assert _claims(run) == ingested
    return ingested


@pytest.mark.parametrize("candidates", ["scan", "index"])
@pytest.mark.parametrize("first", ["account", "withdrawal"])
def test_the_publishers_account_of_a_withdrawal_reaches_the_account_at_ingest(run, monkeypatch, first, candidates):
    """Whether the stored claims are read whole (a small database) or looked up in the claim search
    index (a large one: `claim_index.SCAN_BELOW` set to nothing here)."""
    if candidates == "index":
        monkeypatch.setattr(claim_index, "SCAN_BELOW", {})
    for path in DAIRY if first == "account" else DAIRY[::-1]:
        assert run("ingest", str(path), "--silent").exit_code == 0
    claims = _as_recompute_leaves_it(run)
    told = [c for c in claims if "chilled lorries were washed" in c["text"]]
    assert len(told) == 1 and told[0]["speaker"] == "Oskar Brandt", claims
    assert told[0]["status"] == "disputed" and told[0]["reason"].startswith("partly withdrawn"), told


WARD = {
    "post-ward": ("Fjord Post", "2026-05-06",
                  "\"Nobody asked us,\" said Ilse Brekken, who has lived in Ostvik all her life.\n\n"
                  "Expectant mothers in Ostvik will have to drive two hours to the nearest ward."),
    "courier-ward": ("Tarn Courier", "2026-05-08",
                     "The maternity ward in Ostvik will close in June, the regional health board said on Monday.\n\n"
                     "Mayor Ilse BREKKEN said the town would take the board to court over the closure."),
}


@pytest.mark.parametrize("first", sorted(WARD))
def test_a_speaker_merged_at_ingest_is_read_with_what_the_merge_gave_it(run, tmp_path, first):
    """'Ilse BREKKEN', the mayor, is the 'Ilse Brekken' stored before with no title (`entities.merge_known`):
    the merge gives the stored speaker the role, and her claims in the earlier document are decided
    again over it, as `recompute` decides them (before, only the claims that moved were)."""
    for slug in [first] + [s for s in WARD if s != first]:
        outlet, published, body = WARD[slug]
        path = tmp_path / f"{slug}.txt"
        path.write_text(f"---\ntitle: {slug}\noutlet: {outlet}\npublished: {published}\n---\n{slug}\n\n{body}\n",
                        encoding="utf-8")
        assert run("ingest", str(path), "--silent").exit_code == 0
    claims = _as_recompute_leaves_it(run)
    hers = [c for c in claims if "court" in c["text"] or "asked" in c["text"]]
    assert len(hers) == 2 and len({c["speaker"] for c in hers}) == 1, hers  # one speaker, merged
