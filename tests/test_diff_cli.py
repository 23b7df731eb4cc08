"""`provenance diff` and `provenance versions` through the CLI, with exact expected output."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from test_diff import STORY, build

from provenance import claimset
from provenance.cli import cli

from conftest import ROOT, Run

TABLE = """\
a: a.json (harbour@1), 8 claims
b: b.json (harbour@2), 8 claims
┌────────────────┬─────────────┬─────────────┬──────────────┬──────────────────────────────────────────────────────────────┐
│ change         │ a           │ b           │ similarity   │ claim                                                        │
├────────────────┼─────────────┼─────────────┼──────────────┼──────────────────────────────────────────────────────────────┤
│ reattributed,  │ harbour@1#2 │ harbour@2#2 │ 1.00         │ Repairs to the north pier will start before the winter stor… │
│ status_changed │             │             │              │ speaker: a port official → Ines Rove                         │
│                │             │             │              │ anonymous: yes → no                                          │
│                │             │             │              │ status: unconfirmed → corroborated                           │
│                │             │             │              │ reviewed_by: - → ana                                         │
│                │             │             │              │ reason: test                                                 │
├────────────────┼─────────────┼─────────────┼──────────────┼──────────────────────────────────────────────────────────────┤
│ reworded       │ harbour@1#3 │ harbour@2#3 │ 0.90         │ The ferry company expects passenger numbers to [-double-]    │
│                │             │             │              │ {+triple+} by next summer                                    │
├────────────────┼─────────────┼─────────────┼──────────────┼──────────────────────────────────────────────────────────────┤
│ removed        │ harbour@1#6 │             │              │ - Engineers found cracks in three of the old concrete        │
│                │             │             │              │ pillars                                                      │
├────────────────┼─────────────┼─────────────┼──────────────┼──────────────────────────────────────────────────────────────┤
│ moved          │ harbour@1#4 │ harbour@2#6 │ 1.00         │ Fishermen complained that the consultation ignored their mo… │
│                │             │             │              │ position: #4 → #6                                            │
├────────────────┼─────────────┼─────────────┼──────────────┼──────────────────────────────────────────────────────────────┤
│ added          │             │ harbour@2#8 │              │ + A new bridge toll was announced for electric vehicles      │
└────────────────┴─────────────┴─────────────┴──────────────┴──────────────────────────────────────────────────────────────┘
Summary: 8 → 8 claims: 1 reworded, 1 reattributed, 1 status_changed, 1 moved, 1 added, 1 removed; 4 unchanged.
"""
SUMMARY = ("Summary: 8 → 8 claims: 1 reworded, 1 reattributed, 1 status_changed, 1 moved, 1 added, 1 removed; "
           "4 unchanged.")


def version_two() -> dict:
    rows = list(STORY)
    rows[1] = ("Repairs to the north pier will start before the winter storms", "Ines Rove", "Harbour Herald",
               "2025-03-02", "corroborated")
    rows[2] = ("The ferry company expects passenger numbers to triple by next summer", "Mara Quist", "Coast Radio",
               "2025-03-03", "confirmed")
    rows.insert(6, rows.pop(3))  # the fishermen's complaint moves down
    del rows[4]  # the cracks claim is cut
    rows.append(("A new bridge toll was announced for electric vehicles", "Olaf Brandt", None, None, "confirmed"))
    return build(rows, version=2, reviewed_by={2: "ana"})


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch):
    """The tables here are checked at the claim column's full 60 characters; test_widths.py checks
    that they fit narrower terminals."""
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.json").write_text(claimset.dump(build(STORY)), encoding="utf-8")
    (tmp_path / "b.json").write_text(claimset.dump(version_two()), encoding="utf-8")
    return tmp_path


@pytest.fixture
def stored(run, files):
    """Both versions imported into the database as harbour@1 and harbour@2."""
    for name in ("a.json", "b.json"):
        result = run("import", name)
        assert result.exit_code == 0, result.output
    return run


def test_files_table_exact(files, tmp_path):
    result = Run(str(tmp_path / "unused.db"))("diff", "a.json", "b.json")
    assert result.exit_code == 1
    assert result.stdout == TABLE
    assert result.stderr == ""
    assert not (tmp_path / "unused.db").exists()  # two files: the database is never opened


def test_wide_keeps_every_claim_whole_as_the_listings_wide(files, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    run = Run(str(tmp_path / "unused.db"))
    result = run("diff", "a.json", "b.json", "--wide")
    assert result.exit_code == 1
    assert any("│ Repairs to the north pier will start before the winter storms " in line
               for line in result.stdout.splitlines())
    assert "…" not in result.stdout
    result = run("diff", "a.json", "b.json", "--wide", "--width", "40")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "Error: --wide and --width both set the claim column's width: give one\n"


def test_equal_sides_exit_zero(files, tmp_path):
    result = Run(str(tmp_path / "x.db"))("diff", "a.json", "a.json")
    assert result.exit_code == 0
    assert result.stdout == ("a: a.json (harbour@1), 8 claims\nb: a.json (harbour@1), 8 claims\n"
                             "No differences: 8 → 8 claims, 8 unchanged.\n")


def test_markdown(files, tmp_path):
    result = Run(str(tmp_path / "x.db"))("diff", "a.json", "b.json", "--format", "md", "--only", "reworded")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "## Claim diff: `a.json (harbour@1)` → `b.json (harbour@2)`",
        "",
        SUMMARY,
        "",
        "| change   | a           | b           | similarity   | claim                                                                               |",
        "|:---------|:------------|:------------|:-------------|:------------------------------------------------------------------------------------|",
        "| reworded | harbour@1#3 | harbour@2#3 | 0.90         | The ferry company expects passenger numbers to ~~double~~ **triple** by next summer |",
    ]


def test_json_is_the_documented_shape(files, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    result = Run(str(tmp_path / "x.db"))("diff", "a.json", "b.json", "--format", "json")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    schema = json.loads((ROOT / "schema" / "diff.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(doc)
    assert doc["summary"] == {"unchanged": 4, "reworded": 1, "reattributed": 1, "redated": 0, "status_changed": 1,
                              "moved": 1, "added": 1, "removed": 1}
    assert [p["kinds"] for p in doc["pairs"]] == [
        ["unchanged"], ["reattributed", "status_changed"], ["reworded"], ["unchanged"], ["removed"],
        ["unchanged"], ["moved"], ["unchanged"], ["added"]]
    assert doc["pairs"][1]["changes"] == {"speaker": ["a port official", "Ines Rove"], "anonymous": [True, False],
                                          "status": ["unconfirmed", "corroborated"], "reviewed_by": [None, "ana"]}
    assert doc["pairs"][2]["inline"] == "The ferry company expects passenger numbers to [-double-] {+triple+} by next summer"
    # each claim is led by the reference the table prints (DOC@N#SEQ), not only its claim-set id
    assert [(p["a"] and p["a"]["ref"], p["b"] and p["b"]["ref"]) for p in doc["pairs"][:3]] == [
        ("harbour@1#1", "harbour@2#1"), ("harbour@1#2", "harbour@2#2"), ("harbour@1#3", "harbour@2#3")]
    assert doc["pairs"][-1]["a"] is None and list(doc["pairs"][-1]["b"])[:2] == ["ref", "id"]


def test_only_filters_and_sets_the_exit_code(files, tmp_path):
    run = Run(str(tmp_path / "x.db"))
    result = run("diff", "a.json", "b.json", "--only", "redated", "--format", "json")
    assert result.exit_code == 0  # no redating: nothing of the selected kinds differs
    assert json.loads(result.stdout)["pairs"] == []
    result = run("diff", "a.json", "b.json", "--only", "added,removed")
    assert result.exit_code == 1
    assert result.stdout.endswith(SUMMARY + " Showing 2 pairs with added, removed.\n")


def test_threshold_changes_the_alignment(files, tmp_path):
    result = Run(str(tmp_path / "x.db"))("diff", "a.json", "b.json", "--threshold", "0.95", "--format", "json")
    summary = json.loads(result.stdout)["summary"]
    assert (summary["reworded"], summary["added"], summary["removed"]) == (0, 2, 2)


def test_versions_in_the_database(stored):
    result = stored("diff", "harbour@1", "harbour@2", "--format", "json")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["a"] == {"source": "harbour@1", "doc": "harbour", "version": 1, "title": "Harbour works", "claims": 8}
    assert doc["b"]["source"] == "harbour@2"
    assert doc["summary"]["moved"] == 1 and doc["summary"]["status_changed"] == 1
    latest = stored("diff", "harbour@1", "harbour")
    assert latest.exit_code == 1
    assert latest.stdout.splitlines()[:2] == ["a: harbour@1, 8 claims", "b: harbour@2, 8 claims"]
    assert latest.stdout.splitlines()[3:] == TABLE.splitlines()[3:]  # same table as from the files
    assert stored("diff", "harbour@2", "b.json").exit_code == 0  # a stored version against a file
    assert stored("diff", "harbour", "harbour@latest").exit_code == 0


def test_the_references_a_diff_prints_are_what_show_takes(stored):
    table = stored("diff", "harbour@1", "harbour").stdout
    removed = re.search(r"│ removed +│ (\S+) +│", table)
    added = re.search(r"│ added +│ +│ (\S+) +│", table)
    assert removed and added and (removed[1], added[1]) == ("harbour@1#6", "harbour@2#8")
    for ref, text in ((removed[1], "Engineers found cracks"), (added[1], "A new bridge toll")):
        shown = stored("show", ref, "--format", "json")
        assert shown.exit_code == 0, shown.stderr
        assert json.loads(shown.stdout)["text"].startswith(text)


def test_versions_listing(stored):
    result = stored("versions", "harbour", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [{k: v for k, v in r.items() if k not in ("ingested_at", "sha256")} for r in rows] == [
        {"doc": "harbour", "version": 1, "published": None, "claims": 8, "reviewed": 0},
        {"doc": "harbour", "version": 2, "published": None, "claims": 8, "reviewed": 1},
    ]
    for r in rows:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["ingested_at"])
        assert re.fullmatch(r"[0-9a-f]{12}", r["sha256"])
    table = stored("versions", "harbour").stdout.splitlines()
    assert table[0].split() == ["version", "published", "ingested_at", "sha256", "claims", "reviewed"]
    assert len(table) == 4


@pytest.mark.parametrize("args, message", [
    (("diff", "nope@1", "harbour"), "Error: no document 'nope': `provenance docs` lists the documents\n"),
    (("diff", "harbour@5", "harbour"),
     "Error: document 'harbour' has no version 5: `provenance versions harbour` lists them\n"),
    (("diff", "missing.json", "harbour"), "Error: missing.json: no such file: check the path\n"),
    (("diff", "harbour@0", "harbour"),
     "Error: 'harbour@0' is neither DOC@N (N a version number, e.g. my-story@2) nor a claim-set file ending in .json\n"),
    (("diff", "harbour", "harbour", "--only", "renamed"),
     "Error: --only 'renamed' is not a kind: use one or more of unchanged, reworded, reattributed, redated, "
     "status_changed, moved, added, removed\n"),
    (("versions", "nope"), "Error: no document 'nope': `provenance docs` lists the documents\n"),
])
def test_errors_exit_two(stored, args, message):
    result = stored(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == message


def test_bad_threshold_and_bad_file(files, tmp_path):
    run = Run(str(tmp_path / "x.db"))
    result = run("diff", "a.json", "b.json", "--threshold", "1.5")
    assert result.exit_code == 2 and result.stderr == "Error: --threshold 1.5 is out of range: give between 0 and 1\n"
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    result = run("diff", "bad.json", "a.json")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: bad.json: invalid JSON at line 1")


def test_diff_versions_core_for_the_demo(stored, db_url):
    from provenance import diff as d
    from provenance.db import open_database
    from provenance.errors import InputError, NotFound

    db = open_database(db_url)
    try:
        result = d.diff_versions(db, "harbour")  # the latest version against the one before
        assert (result.a.version, result.b.version) == (1, 2)
        assert d.render_table(result).splitlines()[2:] == TABLE.splitlines()[2:]
        assert d.diff_versions(db, "harbour", 2, 2).equal
        with pytest.raises(InputError, match="only one version"):
            d.diff_versions(db, "harbour", b=1)
        with pytest.raises(NotFound):
            d.diff_versions(db, "nope")
    finally:
        db.close()


def test_an_article_file_named_without_a_folder_is_not_taken_for_a_document(tmp_path, monkeypatch):
    """`diff story.txt story-v2.txt` in the folder of the articles: not "no document 'story.txt'"
    (nor "no database"), but what diff wants."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text("The minister said the bridge will reopen in June.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "diff", "story.txt", "story.txt"])
    assert result.exit_code == 2
    assert result.stderr == ("Error: story.txt: an article file: diff compares claims, so ingest it first "
                             "(`provenance ingest story.txt`) and give its DOC@N, or give a .json claim set\n")
    assert not (tmp_path / "none.db").exists()
