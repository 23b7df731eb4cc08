"""A claim's stance (asserts, denies, declines_to_confirm, retracts) is stored, exported, shown,
and printed before the text in listings meant for people: a denial never reads as the speaker's
assertion."""

from __future__ import annotations

import json

from alembic import command
from sqlalchemy import text

from provenance.db import alembic_config, make_engine, open_database, resolve_url

from claimsets import claim, make_claimset
from conftest import Run


def _denial_set() -> dict:
    data = make_claimset()
    data["claims"][2] = claim("c3", 3, data["document"]["text"], "repairs were delayed", speaker="s3",
                              outlet="o1", cue="denied", stance="denies", status="disputed",
                              reason="denied by the council")
    return data


def _import(run: Run, tmp_path, data: dict) -> None:
    path = tmp_path / "set.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert run("import", str(path)).exit_code == 0


def test_stance_is_stored_and_exported(run, tmp_path):
    _import(run, tmp_path, _denial_set())
    rows = json.loads(run("claims", "--format", "json").stdout)
    assert [r["stance"] for r in rows] == ["asserts", "asserts", "denies"]
    assert rows[2]["text"] == "repairs were delayed"  # the content stays the proposition, offsets exact
    exported = json.loads(run("export", "bridge", "--format", "claimset").stdout)
    assert [c.get("stance", "asserts") for c in exported["claims"]] == ["asserts", "asserts", "denies"]
    csv_out = run("export", "bridge", "--format", "csv").stdout
    assert csv_out.splitlines()[0].split(",").count("stance") == 1 and ",denies," in csv_out


def test_listings_for_people_print_the_stance_before_the_text(run, tmp_path):
    _import(run, tmp_path, _denial_set())
    table = run("claims", "--format", "md").stdout
    assert "denies: repairs were delayed" in table
    assert "asserts:" not in table
    shown = run("show", "3").stdout
    assert "denies: repairs were delayed" in shown.replace("\n", " ")
    report = run("report", "--format", "md").stdout
    assert "denies: “repairs were delayed”" in report


def test_a_claim_set_without_stances_asserts(run, tmp_path):
    _import(run, tmp_path, make_claimset())
    rows = json.loads(run("claims", "--format", "json").stdout)
    assert {r["stance"] for r in rows} == {"asserts"}


def test_migration_gives_stored_claims_the_stance_of_their_cue(db_url):
    engine = make_engine(resolve_url(db_url))
    try:
        with engine.begin() as c:
            command.upgrade(alembic_config(c), "0009")
            c.execute(text("INSERT INTO document (id, slug, created_at) VALUES (1, 'doc', CURRENT_TIMESTAMP)"))
            c.execute(text("INSERT INTO version (id, document_id, number, sha256, text, ingested_at) "
                           "VALUES (1, 1, 1, 'x', 'one two three four', CURRENT_TIMESTAMP)"))
            for cid, cue in enumerate(("said", "denied", "did not confirm", "retracted", None), start=1):
                c.execute(text("INSERT INTO claim (id, version_id, seq, char_start, char_end, text, cue, form, "
                               "kind, status, reason) VALUES (:id, 1, :id, 0, 3, 'one', :cue, 'indirect', 'fact', "
                               "'unconfirmed', '')"), {"id": cid, "cue": cue})
    finally:
        engine.dispose()
    db = open_database(db_url)
    try:
        with db.engine.connect() as c:
            stances = [row[0] for row in c.execute(text("SELECT stance FROM claim ORDER BY id"))]
    finally:
        db.close()
    assert stances == ["asserts", "denies", "declines_to_confirm", "retracts", "asserts"]
