"""One truth whatever the order (issue 12 item 5): a speaker is one row a name, but each document
describes its speaker its own way: 'Lena Hartwig, the mayor of Brenvik' in one paper, 'Lena Hartwig,
a resident of the harbour district' in another. Ingest decides a claim's status from its own document's words, so `recompute`
must read them too (the claim's own description of its speaker, migration 0015), not the row's,
which keeps what the first document stored said: whichever paper comes first, the mayor's
announcement is an official's word on the record and the resident's remark a private person's,
and `check` finds nothing to recompute, on SQLite and PostgreSQL.

Invented articles of this file's own writing."""

from __future__ import annotations

import json

import pytest

PAPERS = {
    "gazette-bridge": ("Brenvik Gazette", "2026-03-02",
                       "Lena Hartwig, the mayor of Brenvik, said on Monday that the Old Quay bridge would reopen "
                       "to traffic on 14 March after the repairs."),
    "courier-toll": ("Tarn Courier", "2026-03-04",
                     "Lena Hartwig, a resident of the harbour district, said the ferry company would double its fares "
                     "for cyclists in the summer."),
}


def _ingest(run, tmp_path, order: list[str]) -> None:
    for slug in order:
        outlet, published, body = PAPERS[slug]
        path = tmp_path / f"{slug}.txt"
        path.write_text(f"---\ntitle: {slug}\noutlet: {outlet}\npublished: {published}\n---\n{body}\n", encoding="utf-8")
        assert run("ingest", str(path), "--silent").exit_code == 0


def _statuses(run) -> dict[str, str]:
    return {c["text"]: c["status"] for c in json.loads(run("claims", "--format", "json").stdout)}


@pytest.mark.parametrize("first", sorted(PAPERS))
def test_each_document_describes_its_speaker_in_either_order(run, tmp_path, first):
    _ingest(run, tmp_path, [first] + [s for s in PAPERS if s != first])
    ingested = _statuses(run)
    checked = run("check")
    assert checked.exit_code == 0, checked.stdout
    assert run("recompute").exit_code == 0
    assert _statuses(run) == ingested
    bridge = [status for text, status in ingested.items() if "bridge" in text]
    fares = [status for text, status in ingested.items() if "fares" in text]
    assert bridge == ["confirmed"] and fares == ["unconfirmed"], ingested


def test_an_exported_claim_set_keeps_its_documents_description(run, tmp_path):
    """The claim set exported from the resident's paper gives the speaker as that paper did, whatever
    the row kept from the mayor's paper stored first."""
    _ingest(run, tmp_path, ["gazette-bridge", "courier-toll"])
    exported = json.loads(run("export", "courier-toll").stdout)
    assert [(s["name"], s["role"]) for s in exported["speakers"]] == [("Lena Hartwig", "resident of the harbour district")], exported["speakers"]


@pytest.mark.parametrize("how", [(), ("--status", "unconfirmed"), ("--speaker", "Lena Hartwig")])
def test_listings_show_each_claims_own_description(run, tmp_path, how):
    """`claims` (the plain listing read straight from SQLite, and the filtered ones `query` plans) and
    `report` give each claim's speaker as its own document described her, not as the row kept from
    the paper stored first."""
    _ingest(run, tmp_path, ["gazette-bridge", "courier-toll"])
    listed = json.loads(run("claims", "--doc", "courier-toll", *how, "--format", "json").stdout)
    assert [c["speaker_role"] for c in listed] == ["resident of the harbour district"], listed
    report = json.loads(run("report", "courier-toll", "--format", "json").stdout)
    assert [(s["speaker"], s["role"]) for s in report["sources"]] == [("Lena Hartwig", "resident of the harbour district")]
    assert [c["claim"]["role"] for c in report["unconfirmed"]] == ["resident of the harbour district"]


def test_claims_view_reads_each_claims_own_description(run, tmp_path):
    """The SQL view for Datasette and consoles (migration 0016) describes the speaker as `claims` does."""
    from sqlalchemy import text

    from provenance.db import open_database

    _ingest(run, tmp_path, ["gazette-bridge", "courier-toll"])
    db = open_database(run.db)
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT doc, speaker_role FROM claims_view ORDER BY doc")).all()
    finally:
        db.close()
    assert [tuple(r) for r in rows] == [("courier-toll", "resident of the harbour district"),
                                        ("gazette-bridge", "mayor of Brenvik")]
