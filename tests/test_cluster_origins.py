"""`provenance cluster ID` lists a cluster's claims by the independent origins the status rules and
the report count (`report.data.grouped_origins`), not by speaker and outlet names: a relay of one
source by several outlets, with the publisher's own copy, is one origin in both (issue 12.2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from test_report import write_claimset
from test_report_clusters import BRIDGE, OFFICIAL, PLANT, independent_stories, relay_stories, story

from provenance.db import open_database
from provenance.report import build_report

from conftest import FIXTURES, Run


def own_copy() -> dict[str, Any]:
    """The Herald's own follow-up a day later, the same official's words with no outlet named as the
    channel: the same origin, which a "speaker (outlet)" grouping took for a second one."""
    sentence = f"A senior council official said {PLANT}."
    return story("herald-plant-followup", "Varnholm Herald", "2026-02-12", sentence, PLANT, OFFICIAL)


def loaded(db_url: str, folder: Path, *sets: dict[str, Any]) -> Run:
    run = Run(db_url)
    for data in sets:
        assert run("import", str(write_claimset(folder, data))).exit_code == 0
    return run


def cluster_json(run: Run, cluster_id: int) -> list[dict[str, Any]]:
    result = run("cluster", str(cluster_id), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def report_clusters(run: Run) -> dict[int, dict[str, Any]]:
    """The report's clusters, every one with every origin (no cap)."""
    db = open_database(run.db)
    try:
        with db.session() as session:
            return {c["cluster"]: c for c in build_report(session, limit=None).as_dict()["clusters"]}
    finally:
        db.close()


def cluster_of_text(run: Run, text: str) -> int:
    rows = json.loads(run("claims", "--format", "json").stdout)
    [cluster_id] = {r["cluster"] for r in rows if r["text"] == text}
    return cluster_id


def test_a_relay_with_the_publishers_own_copy_is_one_origin(db_url, tmp_path):
    run = loaded(db_url, tmp_path, *relay_stories(), own_copy())
    cluster_id = cluster_of_text(run, PLANT)
    rows = cluster_json(run, cluster_id)
    assert len(rows) == 4 and {r["origin"] for r in rows} == {1}
    assert {r["source"] for r in rows} == {
        "senior council official (anonymous), first carried by Varnholm Herald, earliest 2026-02-10"}
    # the publisher's copy is listed with the relays it repeats, the earliest claims first
    assert [r["doc"] for r in rows][-1] == "herald-plant-followup"
    assert [r["stated_on"] for r in rows][:3] == ["2026-02-10"] * 3
    entry = report_clusters(run)[cluster_id]
    assert (entry["independent_origins"], entry["verdict"]) == (1, "one origin relayed by 3 outlets")
    text = run("cluster", str(cluster_id)).stdout.splitlines()
    assert text[0].split()[:2] == ["origin", "source"] and len(text) == 2 + 4


def test_an_independent_corroboration_is_two_origins(db_url, tmp_path):
    run = loaded(db_url, tmp_path, *independent_stories())
    cluster_id = cluster_of_text(run, BRIDGE)
    rows = cluster_json(run, cluster_id)
    assert [(r["origin"], r["source"], r["doc"]) for r in rows] == [
        (1, "Ines Korrel, first carried by Varnholm Herald, earliest 2026-02-12", "herald-bridge"),
        (2, "Pavel Drost, first carried by Osk Tribune, earliest 2026-02-13", "tribune-bridge")]
    assert report_clusters(run)[cluster_id]["independent_origins"] == 2
    csv = run("cluster", str(cluster_id), "--format", "csv").stdout.splitlines()
    assert csv[0].split(",")[:3] == ["cluster", "origin", "source"] and len(csv) == 3


def test_the_claims_are_read_in_the_same_queries_however_many(tmp_path):
    """No query per claim: a cluster of 2 claims and one of 6 take the same statements."""
    from provenance.report.data import cluster_rows

    path = str(tmp_path / "c.db")
    copies = [story(f"copy-{n}", f"Outlet {n}", "2026-02-11", f"A senior council official said {PLANT}.", PLANT,
                    OFFICIAL, stated_on="2026-02-10") for n in range(6)]
    loaded(path, tmp_path, *independent_stories(), *copies)
    db = open_database(path)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    try:
        counts = []
        with db.session() as session:
            for cluster_id in sorted(c.id for c in build_report(session, limit=None).clusters):
                statements.clear()
                counts.append((len(cluster_rows(session, cluster_id)), len(statements)))
        assert sorted(n for n, _ in counts) == [2, 6]
        assert counts[0][1] == counts[1][1]
    finally:
        db.close()


@pytest.mark.slow
def test_the_cluster_command_and_the_report_always_agree(db_url):
    """Over the ingested multi-outlet and origin-chain corpora, every cluster's origins in
    `provenance cluster` are the report's: as many, with the same speakers, outlets and dates."""
    run = Run(db_url)
    for folder in ("multi-outlet", "origin-chains"):
        for article in sorted(Path(FIXTURES / folder).glob("*.txt")):
            assert run("ingest", str(article), "--silent").exit_code == 0
    report = report_clusters(run)
    assert report and any(c["independent_origins"] == 1 and c["outlets"] > 1 for c in report.values())
    for cluster_id, entry in report.items():
        rows = cluster_json(run, cluster_id)
        sources = list(dict.fromkeys((r["origin"], r["source"]) for r in rows))
        assert [n for n, _ in sources] == list(range(1, entry["independent_origins"] + 1))
        speaker = {True: " (anonymous)", False: "", None: ""}
        assert [s for _, s in sources] == [
            o["speaker"] + speaker[o["anonymous"]]
            + (f", first carried by {o['outlet']}" if o["outlet"] and o["outlet"] != o["speaker"] else "")
            + (f", earliest {o['first_on']}" if o["first_on"] else "") for o in entry["origins"]]
        assert len(rows) == entry["claims"] == sum(o["claims"] for o in entry["origins"])
