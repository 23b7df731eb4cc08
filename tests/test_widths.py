"""Tables fit the terminal: every listing rendered at 80, 100 and 140 columns has no longer line;
--wide shows every column in full."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from provenance.cli import cli

from conftest import SEEDS

WIDTHS = (80, 100, 140)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("widths") / "widths.db")
    runner = CliRunner()
    for args in (["import", str(SEEDS / "azerbaijan-mediation.claims.json")],
                 ["ingest", str(SEEDS / "azerbaijan-mediation.txt"), "--slug", "a-retelling-with-a-long-slug"]):
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0
    claim = json.loads(runner.invoke(cli, ["--db", db, "claims", "--format", "json"]).stdout)[30]["id"]
    return db, claim


def listings(claim: int) -> list[list[str]]:
    return [["claims"], ["claims", "--all-versions", "--limit", "5"], ["speakers"], ["outlets"], ["docs"],
            ["history"], ["versions", "azerbaijan-mediation"], ["check"], ["show", str(claim)],
            ["diff", "azerbaijan-mediation@1", "a-retelling-with-a-long-slug@1"]]


@pytest.mark.parametrize("width", WIDTHS)
def test_every_listing_fits(seeded, width):
    db, claim = seeded
    for args in listings(claim):
        result = CliRunner(env={"COLUMNS": str(width)}).invoke(cli, ["--db", db, *args])
        assert result.exit_code in (0, 1), (args, result.output)
        lines = result.stdout.splitlines()
        assert len(lines) > 1 or args == ["check"], args  # a sound database has no problems to list
        longest = max(lines, key=len, default="")
        assert len(longest) <= width, (args, width, longest)


def test_wide_shows_every_column_in_full(seeded):
    db, _ = seeded
    narrow = CliRunner(env={"COLUMNS": "80"}).invoke(cli, ["--db", db, "claims", "--limit", "3"]).stdout
    wide = CliRunner(env={"COLUMNS": "80"}).invoke(cli, ["--db", db, "claims", "--limit", "3", "--wide"]).stdout
    header = wide.splitlines()[0].split()
    assert header == ["id", "doc", "speaker", "anon", "outlet", "stated_on", "status", "reason", "cluster", "text"]
    assert "…" not in wide and "…" in narrow
    assert max(map(len, wide.splitlines())) > 80


def test_the_claims_table_shows_the_reason_and_the_anonymous(seeded):
    db, _ = seeded
    out = CliRunner(env={"COLUMNS": "140"}).invoke(cli, ["--db", db, "claims", "--anonymous"]).stdout
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["id", "speaker"] and "reason" in lines[0]
    assert all(" anon " in line for line in lines[2:])


def test_not_a_terminal_and_no_columns_means_100(seeded, monkeypatch):
    db, _ = seeded
    monkeypatch.delenv("COLUMNS", raising=False)
    out = CliRunner().invoke(cli, ["--db", db, "claims"]).stdout
    assert max(map(len, out.splitlines())) <= 100
