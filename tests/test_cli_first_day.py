"""What a fact-checker's first day with the command line ran into: the references the report prints
(DOC#SEQ) usable in `show` and `review`, `history --until` beside `--since` as in `claims`, an action
the log never holds said so, the cluster table readable on a 100-column pipe, and a PostgreSQL URL on
an installation without its driver refused in one line."""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner
from test_report import write_claimset
from test_report_clusters import PLANT, relay_stories

from provenance.cli import cli

from claimsets import make_claimset
from conftest import Run, dump_database


@pytest.fixture
def bridge(run, tmp_path):
    first = make_claimset()
    second = make_claimset(text=first["document"]["text"] + " Officials said the ferry will run.")
    second["document"]["version"] = 2
    for number, data in enumerate((first, second), start=1):
        path = tmp_path / f"bridge-{number}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        assert run("import", str(path)).exit_code == 0
    return run


def claim_ids(run: Run, *args: str) -> dict[tuple[int, int], int]:
    rows = json.loads(run("claims", "--all-versions", "--format", "json", *args).stdout)
    return {(r["version"], r["seq"]): r["id"] for r in rows}


def test_show_takes_the_reference_a_report_prints(bridge):
    ids = claim_ids(bridge)
    latest = bridge("show", "bridge#2")
    assert latest.exit_code == 0, latest.stderr
    assert latest.stdout.startswith(f"Claim {ids[(2, 2)]}  bridge@2 #2 ")
    assert latest.stdout == bridge("show", str(ids[(2, 2)])).stdout
    older = bridge("show", "bridge@1#2", "--format", "json")
    assert json.loads(older.stdout)["id"] == ids[(1, 2)] != ids[(2, 2)]


@pytest.mark.parametrize("ref, error", [
    ("bridge@1#7", "Error: bridge@1 has no claim #7: its claims are #1 to #3\n"),
    ("nowhere#1", "Error: no document 'nowhere': `provenance docs` lists the documents\n"),
    ("bridge@9#1", "Error: document 'bridge' has no version 9: `provenance versions bridge` lists them\n"),
    ("#2", "Error: ID '#2' is not a claim: give its id (12) or DOC#SEQ as reports print it "
           "(my-story#4, my-story@2#4)\n"),
    ("bridge@#2", "Error: ID 'bridge@#2' is not a claim: give its id (12) or DOC#SEQ as reports print it "
                  "(my-story#4, my-story@2#4)\n"),
    ("bridge#two", "Error: ID's claim number 'two' is not a whole number: give digits, as 12\n"),
    ("bridge#0", "Error: ID's claim number must be 1 or more\n"),
])
def test_a_reference_to_no_claim_is_one_line(bridge, ref, error):
    result = bridge("show", ref)
    assert (result.exit_code, result.stderr, result.stdout) == (2, error, "")


def test_review_takes_a_reference_and_a_bad_one_changes_nothing(bridge):
    ids = claim_ids(bridge)
    before = dump_database(bridge.db)
    refused = bridge("review", "bridge#9", "--status", "confirmed", "--reason", "x")
    assert (refused.exit_code, refused.stderr) == (2, "Error: bridge@2 has no claim #9: its claims are #1 to #3\n")
    assert dump_database(bridge.db) == before
    done = bridge("review", "bridge@2#1", "--status", "confirmed", "--reason", "the ministry's notice")
    assert done.exit_code == 0, done.stderr
    assert done.stderr.startswith(f"claim {ids[(2, 1)]}: unconfirmed -> confirmed")


def test_history_until_closes_the_period_since_opens(bridge):
    def events(*args: str) -> list[int]:
        result = bridge("history", "--format", "json", *args)
        assert result.exit_code == 0, result.stderr
        return [e["id"] for e in json.loads(result.stdout)]

    every = events()
    day = json.loads(bridge("history", "--format", "json").stdout)[0]["at"][:10]
    assert every and events("--until", day) == every == events("--until", day[:7]) == events("--until", day[:4])
    assert events("--since", day, "--until", day) == every
    assert events("--until", "2001-12-31") == [] and events("--until", "9999-12-31") == every
    bad = bridge("history", "--until", "2025-02-30")
    assert (bad.exit_code, bad.stderr) == (
        2, "Error: --until '2025-02-30' is not a date: the calendar has no such day (years start at 0001)\n")


def test_an_action_the_log_never_holds_is_named(bridge):
    result = bridge("history", "--action", "reviews")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == ("no events match\n"
                             "no event in the log has the action 'reviews'; it holds: import\n")
    held = bridge("history", "--action", "import", "--claim", "1")
    assert held.stderr == "no events match\n"  # the log holds imports: only this filter found none


def test_the_cluster_table_fits_a_pipe_with_its_text_readable(run, tmp_path):
    for data in relay_stories():
        assert run("import", str(write_claimset(tmp_path, data))).exit_code == 0
    rows = json.loads(run("claims", "--format", "json").stdout)
    [cluster] = {r["cluster"] for r in rows if r["text"] == PLANT}
    lines = run("cluster", str(cluster)).stdout.splitlines()
    assert lines[0].split() == ["origin", "source", "id", "speaker", "status", "text"]
    assert max(map(len, lines)) <= 100
    assert all(PLANT[:30] in line for line in lines[2:])  # the text keeps at least its comfortable width
    wide = run("cluster", str(cluster), "--wide").stdout.splitlines()
    assert wide[0].split() == ["cluster", "origin", "source", "id", "doc", "speaker", "outlet", "stated_on",
                               "status", "text"]


def test_a_postgresql_url_without_its_driver_is_one_line(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on an installation without '.[postgres]'
    monkeypatch.chdir(tmp_path)
    for args in (["claims"], ["ingest", "-", "--slug", "x"]):
        result = CliRunner().invoke(cli, ["--db", "postgresql+psycopg://desk@127.0.0.1:1/news", *args],
                                    input="The mayor said the bridge will reopen.\n")
        assert result.exit_code == 2, result.output
        assert result.stderr == ("Error: the database's driver (Python module psycopg) is not installed: for "
                                 "postgresql+psycopg:// run pip install -e '.[postgres]', or give a SQLite file "
                                 "with --db\n")
    assert list(tmp_path.iterdir()) == []


def test_ingest_shows_progress_while_it_reads_not_only_while_it_stores(run, tmp_path):
    for name in ("quay", "ferry"):
        (tmp_path / f"{name}.txt").write_text(f"The {name} reopens\n\nThe harbour master said the {name} "
                                              "would reopen on Monday.\n", encoding="utf-8")
    files = [str(tmp_path / "quay.txt"), str(tmp_path / "ferry.txt")]
    result = run("ingest", *files)
    assert result.exit_code == 0, result.stderr
    # off a terminal a bar is its label alone: extraction, the long part, has one before storing's
    assert result.stderr.index("Reading") < result.stderr.index("Storing") < result.stderr.index("Ingested: ")
    (tmp_path / "quay.txt").write_text("The quay\n\nThe harbour master said the quay had shut.\n", encoding="utf-8")
    quiet = run("ingest", "--silent", *files)
    assert quiet.exit_code == 0 and "Reading" not in quiet.stderr and "Storing" not in quiet.stderr


def test_a_folder_given_to_ingest_says_how_to_give_its_files(run, tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    result = run("ingest", str(folder))
    assert (result.exit_code, result.stderr) == (
        2, f"Error: {folder}: is a folder: give the article files in it ({folder}/*.txt, .md or .html)\n")


def test_backup_counts_read_as_english(bridge, tmp_path):
    result = bridge("backup", str(tmp_path / "desk.jsonl"))
    assert result.exit_code == 0, result.stderr
    assert "0 stories" in result.stderr and "storys" not in result.stderr and "2 versions" in result.stderr


@pytest.mark.parametrize("every", ["0m", "0", "59s", "0.5m", "366d", "99999999999d"])
def test_watch_every_needs_a_pause_it_can_keep(run, every):
    before = dump_database(run.db)
    result = run("watch", "--every", every)
    assert (result.exit_code, result.stderr) == (
        2, f"Error: --every {every}: give a duration from 1m to 365d (each round fetches every feed and story "
           "it follows)\n")
    assert dump_database(run.db) == before


def test_history_claim_takes_the_reference_show_takes(bridge):
    ids = claim_ids(bridge)
    assert bridge("review", "bridge@1#2", "--status", "confirmed", "--reason", "the port's notice").exit_code == 0

    def events(ref: str) -> list[tuple[str, int]]:
        result = bridge("history", "--claim", ref, "--format", "json")
        assert result.exit_code == 0, result.stderr
        return [(e["action"], e["claim"]) for e in json.loads(result.stdout)]

    assert events("bridge@1#2") == events(str(ids[(1, 2)])) == [("review", ids[(1, 2)])]
    assert events("bridge#2") == events(str(ids[(2, 2)])) != events("bridge@1#2")
    refused = bridge("history", "--claim", "bridge@1#7")
    assert (refused.exit_code, refused.stderr, refused.stdout) == (
        2, "Error: bridge@1 has no claim #7: its claims are #1 to #3\n", "")


def test_counts_of_one_are_singular_in_ingest_and_merge_messages(run):
    one = run("ingest", "-", "--slug", "quay", input="The harbour master said the quay would reopen on Monday.\n")
    assert one.exit_code == 0, one.stderr
    assert "quay: version 1, 1 claim\n" in one.stderr
    assert "Ingested: 1 new document, 1 new version, 1 claim, 1 new speaker\n" in one.stderr
    two = run("ingest", "-", "--slug", "ferry", input="Tom Vell, the ferry's skipper, said the ferry would run. "
                                                       "Ana Dorn, a pilot, said the channel was clear.\n")
    assert "ferry: version 1, 2 claims\n" in two.stderr and "2 new speakers" in two.stderr
    reasons = [e["reason"] for e in json.loads(run("history", "--action", "ingest", "--format", "json").stdout)]
    assert reasons == ["1 claim, 0 links", "2 claims, 0 links"]
    speakers = {s["name"]: s["id"] for s in json.loads(run("speakers", "--format", "json").stdout)}
    merged = run("speakers", "merge", str(speakers["Tom Vell"]), str(speakers["Ana Dorn"]))
    assert merged.exit_code == 0, merged.stderr
    assert merged.stderr.endswith("(1 claim)\n")


def test_counts_of_one_are_singular_in_recompute_check_report_and_watch(run):
    from provenance.watch import RoundSummary
    from provenance.wording import plural

    assert run("ingest", "-", "--slug", "quay",
               input="The harbour master said the quay would reopen on Monday.\n").exit_code == 0
    assert run("recompute").stderr == "Recomputed 1 claim: 0 links added, 0 removed, 0 statuses changed\n"
    assert run("check").stderr == "ok: 1 document, 1 version, 1 claim, 0 links, 1 event checked, no problems\n"
    report = run("report", "quay").stdout
    assert "- `quay` version 1 of 1, 1 claim\n" in report and "- **1 claim** by status: " in report
    assert " of 1 claim (" in report and "1 claims" not in report
    line = RoundSummary(feeds=1, new_entries=1, new=1).line()
    assert line.startswith("Watched 1 feed (1 new entry); stories: 1 new, ")
    assert [plural(n, w) for n, w in ((2, "status"), (3, "entry"), (2, "day"), (1, "status"), (0, "claim"))] == [
        "2 statuses", "3 entries", "2 days", "1 status", "0 claims"]


def test_claims_outlet_lists_the_publishers_own_story_as_the_report_counts_it(run, tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text("---\ntitle: Port strike\noutlet: Harbour Courier\n---\n"
                       "The dock workers walked out on Tuesday after talks failed. Union leader Mara Quell said the "
                       "strike would last a week. The port authority told the Valley Ledger that cargo would be "
                       "diverted.\n", encoding="utf-8")
    assert run("ingest", str(article)).exit_code == 0

    def texts(outlet: str) -> list[str]:
        return [c["text"] for c in json.loads(run("claims", "--outlet", outlet, "--format", "json").stdout)]

    # its own statement, and the union leader it quoted with no other outlet between; not the Ledger's
    assert texts("harbour courier") == ["The dock workers walked out on Tuesday after talks failed",
                                        "the strike would last a week"]
    assert texts("Valley Ledger") == ["cargo would be diverted"]
    headline = json.loads(run("report", "strike", "--format", "json").stdout)["headline"]
    assert headline["own_reporting"] == [{"name": "Harbour Courier", "claims": 2}]
    assert headline["outlets"] == [{"name": "Valley Ledger", "claims": 1}] and headline["outlets_cited"] == 1


def test_show_names_an_anonymous_source_once_when_its_role_is_its_name(run, tmp_path):
    """'A port official, who asked not to be named' is stored with the words as name and role: the
    source chain read 'port official [anonymous], port official -> ...'."""
    data = make_claimset()
    data["speakers"][0].update(name="port official", role="Port Official")
    path = tmp_path / "bridge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert run("import", str(path)).exit_code == 0
    lines = run("show", "bridge#1").stdout.splitlines()
    assert "Source:   port official [anonymous] -> Example Gazette -> bridge@1 [Example Gazette]" in lines


def test_ingest_says_before_a_long_wait_on_one_long_article(run, tmp_path, monkeypatch):
    """One file has no bar that moves while it is read, and a 25 MB text read for hours in silence."""
    from provenance.cli import transfer

    monkeypatch.setattr(transfer, "LONG_ARTICLE", 60)
    path = tmp_path / "quay.txt"
    path.write_text("The quay reopens\n\nThe harbour master said the quay would reopen on Monday.\n", encoding="utf-8")
    result = run("ingest", str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"{path}: {len(path.read_text(encoding='utf-8'))} characters, far longer than a news story: reading it takes minutes (Ctrl-C stops with "
        "nothing stored; split it into articles)")
    path.write_text("The quay\n\nThe harbour master said the quay had shut again on Monday evening.\n", encoding="utf-8")
    assert "far longer" not in run("ingest", "--silent", str(path)).stderr


def test_db_may_follow_the_command(bridge):
    """`provenance claims --db desk.db` was "No such option '--db'": the option is the group's, but a
    user types it where the other options go."""
    before = bridge("claims", "--format", "json").stdout
    runner = CliRunner()
    after = runner.invoke(cli, ["claims", "--format", "json", "--db", bridge.db])
    assert (after.exit_code, after.stdout) == (0, before)
    merged = runner.invoke(cli, ["speakers", "merge", "2", "3", f"--db={bridge.db}", "--reason", "one body"])
    assert merged.exit_code == 0, merged.stderr
    assert "one body" in bridge("history", "--action", "speaker merge", "--format", "csv").stdout
    twice = runner.invoke(cli, ["--db", bridge.db, "claims", "--db", "other.db"])
    assert (twice.exit_code, twice.stderr.splitlines()[0]) == (2, "Error: --db is given more than once: give one database")
