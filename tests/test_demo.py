"""The main job: `provenance demo` ingests the seed through the extractor and shows both tables."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from provenance.cli import cli

from conftest import SEEDS


def test_demo_prints_both_tables_summary_and_score(tmp_path):
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "demo", "--seeds", str(SEEDS)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = result.stdout
    supported = re.search(r"^Confirmed or corroborated \((\d+)\):$", out, re.M)
    open_claims = re.search(r"^Unconfirmed or disputed \((\d+)\):$", out, re.M)
    assert supported and open_claims and supported.start() < open_claims.start()
    assert int(supported.group(1)) > 0 and int(open_claims.group(1)) > 0
    assert "hotline" in out[open_claims.start():]
    summary = re.search(r"^Summary: (\d+) claims: ", out, re.M)
    assert summary and int(summary.group(1)) == int(supported.group(1)) + int(open_claims.group(1)) + \
        sum(int(n) for n in re.findall(r"(\d+) retracted", summary.string[summary.start():].splitlines()[0]))
    assert re.search(r"Extractor vs the reviewed set azerbaijan-mediation\.claims\.json: .* F1 \d\.\d\d", out)
    assert f"provenance --db {db} claims --status unconfirmed" in out
    diff_at = out.index("A second version of the story (azerbaijan-mediation-v2.txt, constructed for the demo)")
    assert diff_at > open_claims.start()
    assert re.search(r"^Summary: \d+ → \d+ claims: .*reattributed.*status_changed.*added.*removed",
                     out[diff_at:], re.M)


def test_demo_refuses_an_existing_database(tmp_path):
    db = tmp_path / "old.db"
    db.write_bytes(b"")
    result = CliRunner().invoke(cli, ["--db", str(db), "demo", "--seeds", str(SEEDS)])
    assert result.exit_code == 2
    assert "already exists" in result.stderr


@pytest.mark.slow
def test_demo_without_db_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PROVENANCE_DB")
    result = CliRunner().invoke(cli, ["demo", "--seeds", str(SEEDS)], catch_exceptions=False)
    assert result.exit_code == 0
    assert list(tmp_path.iterdir()) == []
