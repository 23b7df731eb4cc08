"""Startup: `--version` and `--help` import only click and the package's light modules, and a plain
page of claims from SQLite imports no SQLAlchemy (benchmarks/startup.py times them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import click
import pytest

from provenance import cli as cli_package

from conftest import ROOT, SEEDS, Run

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "tabulate", "rapidfuzz", "jsonschema",
         "provenance.db", "provenance.models", "provenance.query", "provenance.extract")
PROBE = """
import json, sys
from provenance.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _modules(*args: str, cwd) -> tuple[str, list[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env,
                          cwd=cwd, check=True)
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.startswith(HEAVY)]


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["-h"]])
def test_version_and_help_import_nothing_heavy(tmp_path, args):
    out, modules = _modules(*args, cwd=tmp_path)
    assert out.startswith(("provenance, version", "Usage: provenance"))
    assert _heavy(modules) == []


def test_a_plain_page_of_claims_from_sqlite_imports_no_sqlalchemy(tmp_path):
    db = str(tmp_path / "seed.db")
    assert Run(db)("import", str(SEEDS / "azerbaijan-mediation.claims.json")).exit_code == 0
    out, modules = _modules("--db", db, "claims", "--limit", "20", "--format", "json", cwd=tmp_path)
    assert len(json.loads(out)) == 20
    assert _heavy(modules) == ["tabulate"] or _heavy(modules) == []


def test_the_help_summaries_are_the_commands_own():
    cli_package.load_all_commands()
    for name, command in cli_package.cli.commands.items():
        assert cli_package.SUMMARIES.get(name) == command.get_short_help_str(1000), (
            f"SUMMARIES[{name!r}] in provenance/cli/__init__.py should be {command.get_short_help_str(1000)!r}")
    assert set(cli_package.SUMMARIES) == set(cli_package.COMMANDS)


def test_help_lists_the_commands_as_click_would():
    cli_package.load_all_commands()
    ctx = click.Context(cli_package.cli, info_name="provenance")
    listed = cli_package.cli.get_help(ctx)
    for name, command in cli_package.cli.commands.items():
        assert f"  {name}" in listed and command.get_short_help_str(40)[:20] in listed
