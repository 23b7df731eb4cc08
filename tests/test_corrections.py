"""A correction notice, on articles written for this test (invented places and outlets): what an
earlier version said is withdrawn by the publisher (the claim of the notice, stance retracts,
status retracted); the article as it stands now, the corrected sentence of the notice included,
is the corrected version and withdraws nothing of itself."""

from __future__ import annotations

import json

CORRECTED = """---
title: "Pipe burst floods Dunmore road"
outlet: The Vale Courier
published: 2026-11-02
---
Pipe burst floods Dunmore road

A water main ruptured near Dunmore on Sunday, flooding the valley road for six hours.

The Vale Water Board said crews had closed the main by noon.

Correction: An earlier version of this story said the pipe ruptured near Arlo. It ruptured near Dunmore.
"""


def _statuses(run, tmp_path, **articles: str) -> dict[str, tuple[str, str]]:
    paths = []
    for name, text in articles.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert run("ingest", *paths, "--silent").exit_code == 0
    return {c["text"]: (c["stance"], c["status"]) for c in json.loads(run("claims", "--format", "json").stdout)}


def test_a_correction_withdraws_the_earlier_wording_not_the_article(run, tmp_path):
    got = _statuses(run, tmp_path, corrected=CORRECTED)
    assert got == {
        "A water main ruptured near Dunmore on Sunday, flooding the valley road for six hours": (
            "asserts", "unconfirmed"),
        "crews had closed the main by noon": ("asserts", "confirmed"),
        "the pipe ruptured near Arlo": ("retracts", "retracted"),
        "It ruptured near Dunmore": ("asserts", "unconfirmed"),  # the correction's own words stand
    }
