"""The CLI loads a command's module only when it is used; the table that says where each command
lives must match what the modules define."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from provenance import cli as cli_package


def test_command_table_matches_the_modules():
    cli_package.load_all_commands()
    defined = {name: cmd.callback.__module__.rsplit(".", 1)[1] for name, cmd in cli_package.cli.commands.items()}
    assert defined == cli_package.COMMANDS


def test_help_lists_every_command():
    out = CliRunner().invoke(cli_package.cli, ["--help"]).output
    for name in cli_package.COMMANDS:
        assert f"  {name} " in out or f"  {name}\n" in out, name


def test_a_listing_does_not_import_the_extractor_or_the_renderers():
    probe = ("import sys, runpy; from click.testing import CliRunner; from provenance.cli import cli; "
             "CliRunner().invoke(cli, ['docs', '--help']); "
             "print(sorted(m for m in sys.modules if m.startswith(('provenance.extract', 'provenance.report'))))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
