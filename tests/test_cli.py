"""The CLI listings and their shared output options, with exact expected output."""

from __future__ import annotations

import csv
import io
import json

import pytest

from provenance.query import CLAIM_COLUMNS

from claimsets import make_claimset
from conftest import SEEDS, dump_database


@pytest.fixture
def loaded(run, tmp_path):
    data = make_claimset()
    path = tmp_path / "bridge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    assert result.stderr == ("bridge: version 1, 3 claims\n"
                             "Imported: 1 new document, 1 new version, 3 claims, 3 new speakers\n")
    return run


def test_claims_table(loaded):
    # at 100 columns (not a terminal): the document, outlet and date give way to the reason
    result = loaded("claims")
    assert result.stdout == (
        "id    speaker    anon    status       reason                text\n"
        "----  ---------  ------  -----------  --------------------  ------------------------------\n"
        "1     officials  anon    unconfirmed  single anonymous so…  the bridge will reopen in June\n"
        "2     Jane Roe           confirmed    on the record from …  The bridge is safe.\n"
        "3                        disputed     denied by the counc…  repairs were delayed\n"
    )
    wide = loaded("claims", "--wide").stdout.splitlines()
    assert wide[0].split() == ["id", "doc", "speaker", "anon", "outlet", "stated_on", "status", "reason", "cluster",
                               "text"]
    assert wide[2].split()[:3] == ["1", "bridge", "officials"] and "single anonymous source" in wide[2]


def test_claims_json_has_the_contract_keys(loaded):
    rows = json.loads(loaded("claims", "--format", "json").stdout)
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert list(rows[0]) == list(CLAIM_COLUMNS)
    assert rows[1] == {
        "id": 2, "doc": "bridge", "version": 1, "seq": 2, "start": 116, "end": 135, "text": "The bridge is safe.",
        "speaker": "Jane Roe", "anonymous": False, "speaker_role": "Transport Minister", "affiliation": None,
        "speaker_start": None, "speaker_end": None, "outlet": "Daily Planet", "via": None,
        "origin": "Jane Roe (Daily Planet)", "cue": "told", "form": "direct",
        "stated_on": "2025-03-03", "event_on": None, "kind": "position", "stance": "asserts", "status": "confirmed",
        "reason": "on the record from Jane Roe", "cluster": None}


@pytest.mark.parametrize("args, ids", [
    (["--status", "unconfirmed"], [1]),
    (["--status", "confirmed,disputed"], [2, 3]),
    (["--status", "confirmed", "--status", "unconfirmed"], [1, 2]),
    (["--kind", "prediction"], [1]),
    (["--speaker", "roe"], [2]),
    (["--outlet", "planet"], [2]),
    (["--anonymous"], [1]),
    (["--named"], [2]),
    # claims 1 and 3 carry no statement date: their document's (published 2025-03-04) dates them
    (["--since", "2025-03"], [1, 2, 3]),
    (["--since", "2025-03-04"], [1, 3]),
    (["--until", "2025-03-03"], [2]),
    (["--until", "2025-03"], [1, 2, 3]),
    (["--until", "2025-02-28"], []),
    (["--search", "BRIDGE safe"], [2]),
    (["--search", "100%"], []),
    (["--search", "' OR 1=1 --"], []),
    (["--doc", "bridge", "--form", "unattributed"], [3]),
    (["--limit", "1", "--offset", "1"], [2]),
])
def test_claim_filters(loaded, args, ids):
    result = loaded("claims", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.stdout)] == ids


def test_since_and_until_count_the_claims_with_no_date_at_all(loaded, tmp_path):
    """A claim the text does not date is dated by its document; with no published date either, it is
    left out of a period, and a message counts it (it does not drop out silently)."""
    path = tmp_path / "undated.json"
    path.write_text(json.dumps(make_claimset("undated", published=None)), encoding="utf-8")
    assert loaded("import", str(path)).exit_code == 0
    for args in (["--since", "2025"], ["--until", "2025-03-03"], ["--since", "2025", "--status", "unconfirmed"]):
        result = loaded("claims", *args, "--format", "json")
        assert result.exit_code == 0, result.output
        assert all(r["stated_on"] for r in json.loads(result.stdout) if r["doc"] == "undated")
        undated = 1 if "--status" in args else 2  # claims 1 and 3 of "undated"
        assert result.stderr == (f"{undated} claim{'s' if undated > 1 else ''} with no date (none in the text, "
                                 "no published date on the document) left out by --since/--until: list them "
                                 "without those options\n")
    assert loaded("claims", "--format", "json").stderr == ""


def test_empty_json_is_a_list(loaded):
    assert loaded("claims", "--status", "retracted", "--format", "json").stdout == "[]\n"
    assert loaded("claims", "--status", "retracted", "--format", "jsonl").stdout == ""


def test_csv_tsv_md_and_tabulate_formats(loaded):
    rows = list(csv.DictReader(io.StringIO(loaded("claims", "--format", "csv").stdout)))
    assert [r["speaker"] for r in rows] == ["officials", "Jane Roe", ""]
    assert set(rows[0]) == set(CLAIM_COLUMNS)
    tsv = loaded("claims", "--format", "tsv", "--no-headers").stdout.splitlines()
    assert len(tsv) == 3 and tsv[0].split("\t")[0] == "1"
    md = loaded("claims", "--format", "md").stdout.splitlines()
    assert md[0].startswith("| id   | doc    |") and md[1].startswith("|:-----|")
    grid = loaded("claims", "--fmt", "grid").stdout
    assert grid.startswith("+------+")
    jsonl = [json.loads(line) for line in loaded("claims", "--format", "jsonl").stdout.splitlines()]
    assert [r["id"] for r in jsonl] == [1, 2, 3]


def test_speakers_outlets_docs(loaded):
    speakers = json.loads(loaded("speakers", "--format", "json").stdout)
    assert [(s["name"], s["anonymous"], s["claims"]) for s in speakers] == [
        ("Jane Roe", False, 1), ("officials", True, 1), ("the council", False, 0)]
    outlets = json.loads(loaded("outlets", "--format", "json").stdout)
    assert [(o["name"], o["claims"]) for o in outlets] == [("Example Gazette", 2), ("Daily Planet", 1)]
    docs = json.loads(loaded("docs", "--format", "json").stdout)
    assert docs == [{"doc": "bridge", "title": "Bridge reopening", "outlet": "Example Gazette", "versions": 1,
                     "latest": 1, "claims": 3}]


def test_show(loaded):
    result = loaded("show", "1")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Claim 1  bridge@1 #1  [15:45]"
    assert lines[1] == "  the bridge will reopen in June"
    assert "Status:   unconfirmed — single anonymous source (officials)" in lines
    assert "Source:   officials [anonymous] -> Example Gazette -> bridge@1 [Example Gazette]" in lines
    assert any(line.startswith("  <- corroborates claim 2: The bridge is safe.") for line in lines)
    detail = json.loads(loaded("show", "2", "--format", "json").stdout)
    assert detail["links"][0]["relation"] == "corroborates" and detail["links"][0]["direction"] == "out"


@pytest.mark.parametrize("args, message", [
    (["show", "999"], "Error: no claim with id 999: `provenance claims` lists the ids\n"),
    (["claims", "--status", "maybe"], "Error: --status 'maybe' is not one of confirmed, corroborated, "
                                      "unconfirmed, disputed, retracted\n"),
    (["claims", "--since", "May 2025"], "Error: --since 'May 2025' is not a date: use YYYY, YYYY-MM or "
                                        "YYYY-MM-DD\n"),
    (["claims", "--doc", "nope"], "Error: no document 'nope': `provenance docs` lists the documents\n"),
    (["claims", "--doc", "bridge", "--version", "7"],
     "Error: document 'bridge' has no version 7: `provenance versions bridge` lists them\n"),
    (["export", "--format", "claimset"],
     "Error: --format claimset exports one document: give its slug (`provenance docs` lists them)\n"),
    (["import", "missing.json"], "Error: missing.json: no such file: check the path\n"),
])
def test_user_errors_are_one_line_exit_2_and_change_nothing(loaded, args, message):
    before = dump_database(loaded.db)
    result = loaded(*args)
    assert result.exit_code == 2
    assert result.stderr == message
    assert result.stdout == ""
    assert dump_database(loaded.db) == before


def test_reimporting_identical_text_changes_nothing(loaded, tmp_path):
    before = dump_database(loaded.db)
    path = tmp_path / "again.json"
    path.write_text(json.dumps(make_claimset()), encoding="utf-8")
    result = loaded("import", str(path))
    assert result.exit_code == 0
    assert "unchanged" in result.stderr
    assert dump_database(loaded.db) == before


def test_ingesting_the_same_text_again_says_which_version_it_is(run):
    """The per-file line of an unchanged text names the version it is, not '0 claims' (it stored
    none, but the version it is holds its claims)."""
    article = str(SEEDS / "azerbaijan-mediation.txt")
    assert run("ingest", article).exit_code == 0
    again = run("ingest", article)
    assert again.exit_code == 0
    assert again.stderr.splitlines()[0] == "azerbaijan-mediation: unchanged is version 1", again.stderr


def test_a_new_document_with_a_stored_text_says_which_it_copies(run, tmp_path):
    """The same file under a second name is a second document (a reprint may be one): ingest says
    which stored version has the very text, so a file stored twice by mistake is seen at once."""
    text = (SEEDS / "azerbaijan-mediation.txt").read_text(encoding="utf-8")
    (tmp_path / "copy.txt").write_text(text, encoding="utf-8")
    assert run("ingest", str(SEEDS / "azerbaijan-mediation.txt")).exit_code == 0
    again = run("ingest", str(tmp_path / "copy.txt"))
    assert again.exit_code == 0
    line = again.stderr.splitlines()[0]
    assert line.startswith("copy: version 1, ") and line.endswith(
        "claims, the same text as azerbaijan-mediation@1 (a reprint; or give --version-of azerbaijan-mediation "
        "to file a text under that document)"), line
