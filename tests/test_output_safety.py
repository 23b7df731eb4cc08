"""Misleading output, round two (issue 18): a bare CR that hides a formula from the neutraliser,
terminal escapes and bidirectional overrides in messages, diffs and CSV on a terminal, Markdown
front matter read as claims, and an imported version number quietly changed.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
import subprocess
import sys

import pytest
from click.testing import CliRunner

from provenance.cli import cli
from provenance.output import neutralise_cell, printable, render_rows

from claimsets import claim, make_claimset
from conftest import ROOT, copy_sqlite, imported_sqlite

ESCAPES = ("\x1b[2J", "\x1b]0;owned\x07", "\u202e", "\u2066", "\x9b31m")
CR_FORMULA = "=cmd|' /C calc'!A0"
TEXT = ("Officials said the \x1b[2J\u202ebridge will reopen in June.\r" + CR_FORMULA + " "
        "Minister Jane Roe said the \u202eevol\u202c bridge \x1b[31mis safe\x1b[0m.")


def hostile_set(slug: str = "cr", month: str = "June") -> dict:
    text = TEXT.replace("June", month)
    data = make_claimset(slug=slug)
    data["document"]["text"] = text
    data["speakers"][1]["name"] = "Jane \u202eeoR\u202c \x1b[2J"
    data["claims"] = [
        claim("c1", 1, text, f"the \x1b[2J\u202ebridge will reopen in {month}.\r" + CR_FORMULA, speaker="s1", outlet="o1"),
        claim("c2", 2, text, "the \u202eevol\u202c bridge \x1b[31mis safe\x1b[0m.", speaker="s2", outlet="o2"),
    ]
    data["links"] = []
    return data


@pytest.fixture(scope="module")
def stored_template(tmp_path_factory, sqlite_template):
    """The hostile claim set in SQLite, imported once a module."""
    return imported_sqlite(sqlite_template, tmp_path_factory.mktemp("output-safety"), hostile_set(), name="out.db")


@pytest.fixture
def stored(stored_template, tmp_path):
    """A fresh copy of the template database, and the test's folder holding the claim set (cr.json)."""
    (tmp_path / "cr.json").write_text(json.dumps(hostile_set()), encoding="utf-8")
    return copy_sqlite(stored_template, tmp_path / "out.db"), tmp_path


def _spreadsheet_rows(text: str, delimiter: str) -> list[list[str]]:
    """Rows as a lenient spreadsheet reads them: a CR, LF or CRLF outside quotes ends a row."""
    rows, row, cell, quoted, i = [], [], "", False, 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"' and text[i + 1:i + 2] == '"':
                cell, i = cell + '"', i + 1
            elif ch == '"':
                quoted = False
            else:
                cell += ch
        elif ch == '"':
            quoted = True
        elif ch == delimiter:
            row, cell = row + [cell], ""
        elif ch in "\r\n":
            rows.append(row + [cell])
            row, cell = [], ""
            if ch == "\r" and text[i + 1:i + 2] == "\n":
                i += 1
        else:
            cell += ch
        i += 1
    return rows + ([row + [cell]] if row or cell else [])


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_a_bare_cr_never_starts_a_formula(stored, fmt, delimiter):
    db, tmp_path = stored
    out = tmp_path / f"claims.{fmt}"
    commands = [["claims", "--format", fmt, "--all-versions"]]
    if fmt == "csv":
        commands.append(["export", "--format", fmt, "--output", str(out)])
    for args in commands:
        result = CliRunner().invoke(cli, ["--db", db, *args])
        assert result.exit_code == 0, result.output
        text = out.read_bytes().decode("utf-8") if "--output" in args else result.stdout
        assert "\r" + CR_FORMULA not in text and "\n=" not in text
        for row in _spreadsheet_rows(text, delimiter):
            for cell in row:
                for line in re.split(r"\r\n|\r|\n", cell):
                    assert not line.startswith(("=", "+", "-", "@")), (line, row)
        assert '\r\'=cmd' in text


@pytest.mark.parametrize("value, expected", [
    ("a\r=1+1", "a\r'=1+1"),
    ("a\n@cmd\r\n-2", "a\n'@cmd\r\n'-2"),
    ("=x\r+y", "'=x\r'+y"),
    ("plain\rtext", "plain\rtext"),
])
def test_neutralised_after_every_line_break(value, expected):
    assert neutralise_cell(value) == expected


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_on_a_terminal_shows_escapes(fmt):
    rows = [{"name": "Jane \u202eeoR", "text": "\x1b[2Jgone\x9b"}]
    terminal, file = Terminal(), io.StringIO()
    render_rows(rows, terminal, fmt=fmt)
    render_rows(rows, file, fmt=fmt)
    assert not any(ch in terminal.getvalue() for ch in "\x1b\u202e\x9b")
    assert "\\u202e" in terminal.getvalue() and "\\x1b[2J" in terminal.getvalue()
    # a file neither: `cat claims.csv` would run them (as a spreadsheet would run a formula)
    assert not any(ch in file.getvalue() for ch in "\x1b\u202e\x9b")
    assert "\\u202e" in file.getvalue() and "\\x1b[2J" in file.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_a_file_keeps_line_breaks_and_tabs_of_a_cell(fmt):
    out = io.StringIO()
    render_rows([{"text": "one\r\ntwo\tthree"}], out, fmt=fmt)
    assert out.getvalue().splitlines(keepends=True)[1:] == ['"one\r\n', 'two\tthree"\n']


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_escapes_what_a_terminal_acts_on_and_reads_back_the_same(fmt):
    rows = [{"name": "Jane \u202eeoR", "text": "\x1b[2Jgone\x9b\x7f"}]
    out = io.StringIO()
    render_rows(rows, out, fmt=fmt)
    assert not any(ch in out.getvalue() for ch in "\x1b\u202e\x9b\x7f")
    read = json.loads(out.getvalue()) if fmt == "json" else [json.loads(line) for line in out.getvalue().splitlines()]
    assert read == rows


def test_printable_covers_every_bidirectional_control():
    for code in [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]:
        assert printable(f"a{chr(code)}b") == f"a\\u{code:04x}b"


def _no_escapes(text: str) -> None:
    for escape in ESCAPES:
        assert escape not in text, (escape, text)
    assert "\x1b" not in text and "\u202e" not in text


def test_messages_show_escapes_and_overrides(stored):
    db, _ = stored
    runner = CliRunner()
    by = "\x1b[2J\x1b]0;owned\x07\u202eeoR"
    result = runner.invoke(cli, ["--db", db, "link", "1", "2", "--relation", "contradicts", "--by", by,
                                 "--reason", "\u2066x\x9b31m"])
    assert result.exit_code == 0, result.output
    _no_escapes(result.stderr)
    assert "\\x1b[2J" in result.stderr and "\\u202e" in result.stderr
    result = runner.invoke(cli, ["--db", db, "unlink", "1", "2"])
    assert result.exit_code == 0, result.output
    _no_escapes(result.stderr)
    result = runner.invoke(cli, ["--db", db, "export", "no-such-\u202e\x1b[2J"])
    assert result.exit_code == 2
    _no_escapes(result.stderr)


@pytest.mark.parametrize("fmt", ["table", "md"])
def test_diff_shows_escapes_and_overrides(stored, fmt):
    db, tmp_path = stored
    changed = hostile_set(month="July")
    changed["document"]["version"] = 2
    path = tmp_path / "cr2.json"
    path.write_text(json.dumps(changed), encoding="utf-8")
    assert CliRunner().invoke(cli, ["--db", db, "import", str(path)]).exit_code == 0
    for args in (["diff", "cr@1", "cr@2"], ["diff", str(tmp_path / "cr.json"), str(path)]):
        result = CliRunner().invoke(cli, ["--db", db, *args, "--format", fmt])
        assert result.exit_code == 1, result.output
        _no_escapes(result.stdout)
        assert "\\u202e" in result.stdout


# --- front matter --------------------------------------------------------------------------------

YAML = """---
title: "Bridge story"
tags:
  - politics
author: Jane Roe said the bridge is unsafe.
published: 2025-03-04
---

The minister said the bridge will reopen in June.
"""
TOML = """+++
title = "Toml story"
date = 2025-03-04T10:00:00Z
summary = "Officials said the bridge is unsafe."
[params]
note = "Critics said it was rushed."
+++

The minister said the bridge will reopen in June.
"""


@pytest.mark.parametrize("name, text, title", [("yaml.md", YAML, "Bridge story"), ("toml.md", TOML, "Toml story")])
def test_front_matter_is_metadata_never_claims(tmp_path, name, text, title):
    db = str(tmp_path / "fm.db")
    (tmp_path / name).write_text(text, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", str(tmp_path / name)]).exit_code == 0
    claims = json.loads(runner.invoke(cli, ["--db", db, "claims", "--format", "json"]).stdout)
    assert [c["text"] for c in claims] == ["the bridge will reopen in June"]
    docs = json.loads(runner.invoke(cli, ["--db", db, "docs", "--format", "json"]).stdout)
    assert docs[0]["title"] == title
    versions = json.loads(runner.invoke(cli, ["--db", db, "versions", name[:-3], "--format", "json"]).stdout)
    assert versions[0]["published"] == "2025-03-04"


# --- imported version numbers --------------------------------------------------------------------

def test_a_clashing_version_number_is_reported(tmp_path):
    db = str(tmp_path / "v.db")
    first, second = make_claimset(slug="story"), make_claimset(slug="story")
    second["document"]["text"] += " More."
    for i, data in enumerate((first, second)):
        (tmp_path / f"{i}.json").write_text(json.dumps(data), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "import", str(tmp_path / "0.json")]).exit_code == 0
    result = runner.invoke(cli, ["--db", db, "import", str(tmp_path / "1.json")])
    assert result.exit_code == 0, result.output
    assert ("story: stored as version 2: the file says version 1, which story already has (with another text)"
            in result.stderr)


# --- a full disk ---------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("args", [["claims"], ["show", "1"], ["export", "cr"], ["--version"]])
def test_stdout_on_a_full_disk(stored, args):
    """stdout redirected to a full device (a /dev/full made in the test's own folder) is one line."""
    db, tmp_path = stored
    full = tmp_path / "full"
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with open(full, "w") as out:
        done = subprocess.run([sys.executable, "-m", "provenance", "--db", db, *args], stdout=out,
                              stderr=subprocess.PIPE, env=env, timeout=120)
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 2, stderr
    assert stderr == "Error: cannot write stdout: the disk is full: free some space or write elsewhere\n"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_reports_show_escapes_not_overrides(stored, tmp_path, fmt):
    """A report is read by people: bidirectional overrides and terminal escapes in stored names and
    texts are shown as escapes there too, not acted on."""
    db, _ = stored
    out = tmp_path / f"report.{fmt}"
    result = CliRunner().invoke(cli, ["--db", db, "report", "cr", "--format", fmt, "--output", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert not any(ch in page for ch in "\x1b\u202e\u202c\x9b")
    assert "u202e" in page


@pytest.mark.parametrize("args", [["report", "cr", "--format", "json"], ["claims", "--format", "json"],
                                  ["claims", "--format", "csv"], ["export", "cr", "--format", "csv"],
                                  ["show", "1", "--format", "json"]])
def test_machine_formats_hold_no_escape_that_acts(stored, args):
    """JSON and CSV on stdout, read or piped to a terminal: no escape or override acts there (JSON as
    \\u escapes, which read back as the same text; CSV as printed escapes, as its formulas are quoted)."""
    db, _ = stored
    result = CliRunner().invoke(cli, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    assert not any(ch in result.stdout for ch in "\x1b\u202e\u202c\x9b"), args
    if "json" in args:
        assert "\u202e" in json.dumps(json.loads(result.stdout), ensure_ascii=False)
