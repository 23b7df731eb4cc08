"""The state after ingest equals the state after `recompute`: the links the extractor reads in a
text (a withdrawal named by an editor's note) are kept by a recomputation, and `check` agrees."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

ARTICLE = """---
title: {title}
outlet: {outlet}
published: 2026-04-02
language: en
---
{title}

The Calder Street footbridge will shut on Monday for repairs, the town council said on Wednesday.

Councillor Mara Quell said the bridge would stay closed "until the end of the summer".

Editor's note: An earlier version of this story quoted Councillor Mara Quell as saying that the bridge \
would stay closed "until the end of the summer". Ms Quell has since withdrawn the remark, saying the \
council had not yet set a date.
"""


def state(run) -> tuple[list, list]:
    from provenance.db import make_engine, resolve_url

    claims = json.loads(run("claims", "--format", "json").stdout)
    statuses = sorted((c["doc"], c["seq"], c["status"], c["reason"]) for c in claims)
    seq = {c["id"]: (c["doc"], c["seq"]) for c in claims}
    engine = make_engine(resolve_url(run.db))
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT source_id, target_id, relation FROM link")).all()
    finally:
        engine.dispose()
    return statuses, sorted((seq[a], seq[b], relation) for a, b, relation in rows)


def test_a_withdrawal_read_in_the_text_outlives_recompute(run, tmp_path):
    paths = []
    for title, outlet in (("Footbridge to shut for repairs", "Harbour Ledger"), ("Bridge closing", "Coast Post")):
        path = tmp_path / f"{outlet.split()[0].lower()}.txt"
        path.write_text(ARTICLE.format(title=title, outlet=outlet), encoding="utf-8")
        paths.append(str(path))
    assert run("ingest", *paths, "--silent").exit_code == 0
    statuses, links = state(run)
    quoted = [s for s in statuses if s[3].startswith("withdrawn by Mara Quell")]
    assert quoted and all(s[2] == "retracted" for s in quoted), statuses
    checked = run("check")
    assert checked.exit_code == 0 and "no problems" in checked.stderr, checked.output
    done = run("recompute")
    assert done.exit_code == 0, done.output
    assert "0 links added, 0 removed, 0 statuses changed" in done.output
    assert state(run) == (statuses, links)


FERRY = ("gazette-ferry-contract", "courier-ferry-relay", "daily-ferry-relay", "sentinel-ferry-relay",
         "ledger-ferry-wire", "northwire-ferry-denial")


def test_copies_of_a_denied_report_link_as_recompute_links_them(run):
    folder = Path(__file__).parent / "fixtures" / "multi-outlet"
    for copy in range(3):
        for name in FERRY:
            result = run("ingest", str(folder / f"{name}.txt"), "--slug", f"{name}-{copy}", "--silent")
            assert result.exit_code == 0, result.output
    statuses, links = state(run)
    assert run("recompute").exit_code == 0
    assert state(run) == (statuses, links)
