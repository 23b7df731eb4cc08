"""The README cannot lie: its opening commands are the Makefile's, and every `$ provenance ...`
line in its ```console blocks runs and prints exactly what the README shows.

Regenerate the blocks after a deliberate change of output with:  python tests/test_readme.py
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def _commands(block: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of one console block."""
    pairs: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            pairs.append((line[2:], []))
        elif pairs:
            pairs[-1][1].append(line)
    return [(cmd, "\n".join(out) + ("\n" if out else "")) for cmd, out in pairs]


def _run(command: str, db: str) -> str:
    from provenance.cli import cli

    args = shlex.split(command)
    assert args[0] == "provenance", command
    args = args[1:]
    if args[:1] == ["--db"]:
        args = args[2:]
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False, terminal_width=100)
    return result.output.replace(db, "tour.db")  # the database is a temporary file; the README names it tour.db


def _blocks():
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def test_readme_opens_with_the_two_commands():
    head = README.read_text(encoding="utf-8").splitlines()[:12]
    text = "\n".join(head)
    assert "make demo" in text and "make test" in text
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


@pytest.mark.slow
def test_tour_output_is_real(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "100")
    db = str(tmp_path / "tour.db")
    checked = 0
    for block in _blocks():
        for command, expected in _commands(block):
            if not command.startswith("provenance "):
                continue
            assert _run(command, db) == expected, f"README output of `{command}` is stale: python tests/test_readme.py"
            checked += 1
    assert checked >= 5


def regenerate() -> None:
    import tempfile

    os.chdir(ROOT)
    text = README.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "tour.db")

        def fill(match: re.Match) -> str:
            lines = []
            for command, _old in _commands(match.group(1)):
                lines.append(f"$ {command}")
                if command.startswith("provenance "):
                    out = _run(command, db)
                    lines.extend(out.rstrip("\n").split("\n") if out else [])
            return "```console\n" + "\n".join(lines) + "\n```"

        text = BLOCK.sub(fill, text)
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    regenerate()
    print("README.md regenerated")
