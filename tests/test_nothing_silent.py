"""Nothing fails silently: a missing database, an empty listing, a nameless article on stdin, an
article with nothing to read and a mistyped option each say so, with the exit codes of the contract."""

from __future__ import annotations

import json

import pytest

from conftest import SEEDS, Run, copy_sqlite


@pytest.fixture
def missing(tmp_path):
    return Run(str(tmp_path / "claims.dbx"))


@pytest.fixture
def empty(tmp_path, sqlite_template):
    """An empty database (a copy of the migrated template), for what does not depend on creating one."""
    return Run(copy_sqlite(sqlite_template, tmp_path / "claims.db"))


@pytest.mark.parametrize("args", [["claims"], ["docs"], ["speakers"], ["show", "1"], ["history"], ["cluster", "1"],
                                  ["export", "--format", "json"], ["report"]])
def test_a_read_command_on_a_missing_database_fails_and_creates_nothing(missing, tmp_path, args):
    result = missing(*args)
    assert result.exit_code == 2
    assert result.stderr == (f"Error: no database at {missing.db}: check --db (or $PROVENANCE_DB), or give "
                             "--create to start an empty one\n")
    assert result.stdout == ""
    assert not (tmp_path / "claims.dbx").exists()


def test_create_starts_an_empty_database_and_says_so(missing, tmp_path):
    result = missing("--create", "claims", "--format", "json")
    assert result.exit_code == 0
    assert result.stdout == "[]\n"
    assert result.stderr == f"Created a new database at {missing.db}\nno claims match\n"
    assert (tmp_path / "claims.dbx").exists()


def test_a_writing_command_creates_the_database_and_says_so(missing):
    result = missing("import", str(SEEDS / "azerbaijan-mediation.claims.json"))
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == f"Created a new database at {missing.db}"
    assert "Created" not in missing("import", str(SEEDS / "azerbaijan-mediation.claims.json")).stderr


@pytest.mark.parametrize("fmt, stdout", [("json", "[]\n"), ("jsonl", ""), ("table", ""), ("csv", None)])
def test_an_empty_listing_says_so_and_stays_valid(empty, fmt, stdout):
    empty("import", str(SEEDS / "azerbaijan-mediation.claims.json"))
    result = empty("claims", "--status", "retracted", "--format", fmt)
    assert (result.exit_code, result.stderr) == (0, "no claims match\n")
    if stdout is not None:
        assert result.stdout == stdout
    else:
        assert result.stdout.startswith("id,doc,") or result.stdout == ""


def test_stdin_takes_its_slug_from_the_title_or_asks_for_one(empty):
    first = empty("ingest", "-", input="Bridge to reopen\n\nThe minister said the bridge would reopen.\n")
    second = empty("ingest", "-", input="Port strike ends\n\nA union official said the strike was over.\n")
    assert first.exit_code == second.exit_code == 0
    docs = json.loads(empty("docs", "--format", "json").stdout)
    assert sorted((d["doc"], d["title"]) for d in docs) == [("bridge-to-reopen", "Bridge to reopen"),
                                                           ("port-strike-ends", "Port strike ends")]
    nameless = empty("ingest", "-", input="x" * 300 + " said the minister.\n")
    assert nameless.exit_code == 2
    assert nameless.stderr == ("Error: text from stdin needs a name: give --slug (or --title, or a headline on "
                               "its first line)\n")
    assert empty("ingest", "-", "--slug", "named", input="x" * 300 + " said the minister.\n").exit_code == 0


def test_the_first_line_of_a_txt_without_header_is_its_title(empty, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Bridge to reopen\n\nThe minister said the bridge would reopen.\n", encoding="utf-8")
    assert empty("ingest", str(path)).exit_code == 0
    assert json.loads(empty("docs", "--format", "json").stdout)[0]["title"] == "Bridge to reopen"


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"1234 -- 5678 !!!\n"])
def test_an_article_with_nothing_to_read_is_refused_unless_allowed(empty, tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    result = empty("ingest", str(path))
    assert result.exit_code == 2 and result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert "--allow-empty" in result.stderr
    allowed = empty("ingest", str(path), "--allow-empty")
    assert allowed.exit_code == 0, allowed.output
    assert "0 claims" in allowed.stderr


@pytest.mark.parametrize("args, hint", [
    (["claims", "--format", "xml"], " claims --help'."),
    (["clams"], " --help'."),
    (["show"], " show --help'."),
    (["claims", "--no-such-option"], " claims --help'."),
])
def test_a_usage_error_is_one_line_and_a_hint(missing, args, hint):
    result = missing(*args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    # (the program is `provenance` on the command line; the test runner calls it `cli`)
    assert len(lines) == 2 and lines[0].startswith("Error: ") and lines[1].endswith(hint), result.stderr
    assert lines[1].startswith("Try '")
