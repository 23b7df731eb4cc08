"""Speakers and outlets merged and split by a reviewer (issue 13): claims move, names become
aliases, each change is an event, statuses are recomputed, and bad ids change nothing."""

from __future__ import annotations

import json

import pytest

from conftest import dump_database

FIRST = ("---\ntitle: Depot\noutlet: Harbour Gazette\npublished: 2025-05-20\n---\n"
         "Thomas Lind, a professor at the Harbour Institute, said the depot would close in June.\n")
SECOND = ("---\ntitle: Depot again\noutlet: Valley Herald\npublished: 2025-05-21\n---\n"
          "Professor Lind said the depot would close in June.\n")


@pytest.fixture
def two_documents(run, tmp_path):
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run("ingest", str(tmp_path / "first.txt"), str(tmp_path / "second.txt")).exit_code == 0
    return {s["name"]: s["id"] for s in listing(run, "speakers")}


def listing(run, *args):
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def claims_by_speaker(run):
    return sorted((c["doc"], c["speaker"]) for c in listing(run, "claims"))


def test_merging_two_speakers_moves_claims_keeps_names_and_records_it(run, two_documents):
    result = run("speakers", "merge", str(two_documents["Thomas Lind"]), str(two_documents["Lind"]),
                 "--reason", "the same professor", "--by", "ana")
    assert result.exit_code == 0, result.output
    assert claims_by_speaker(run) == [("first", "Thomas Lind"), ("second", "Thomas Lind")]
    assert [s["name"] for s in listing(run, "speakers")] == ["Thomas Lind"]
    events = listing(run, "history", "--action", "speaker merge")
    assert [(e["actor"], e["reason"]) for e in events] == [("ana", "the same professor")]
    # one source twice is no corroboration: statuses were recomputed with the merged speaker
    assert {c["status"] for c in listing(run, "claims")} == {"unconfirmed"}


def test_splitting_claims_off_a_speaker(run, two_documents):
    keep, other = two_documents["Thomas Lind"], two_documents["Lind"]
    assert run("speakers", "merge", str(keep), str(other)).exit_code == 0
    second = next(c["id"] for c in listing(run, "claims") if c["doc"] == "second")
    result = run("speakers", "split", str(keep), "--claims", str(second), "--name", "Ruth Lind", "--by", "ana")
    assert result.exit_code == 0, result.output
    assert claims_by_speaker(run) == [("first", "Thomas Lind"), ("second", "Ruth Lind")]
    assert [e["action"] for e in listing(run, "history", "--by", "ana")] == ["speaker split"]


def test_merging_two_outlets_moves_their_documents(run, two_documents):
    outlets = {o["name"]: o["id"] for o in listing(run, "outlets")}
    result = run("outlets", "merge", str(outlets["Harbour Gazette"]), str(outlets["Valley Herald"]))
    assert result.exit_code == 0, result.output
    assert [o["name"] for o in listing(run, "outlets")] == ["Harbour Gazette"]
    assert {d["outlet"] for d in listing(run, "docs")} == {"Harbour Gazette"}
    assert [e["action"] for e in listing(run, "history", "--action", "outlet merge")] == ["outlet merge"]


@pytest.mark.parametrize("args, message", [
    (("speakers", "merge", "1", "1"), "one row already"),
    (("speakers", "merge", "1", "99"), "no speaker 99"),
    (("outlets", "merge", "1", "99"), "no outlet 99"),
    (("speakers", "split", "1", "--claims", "99", "--name", "X"), "are not speaker 1's"),
    (("speakers", "split", "1", "--claims", "a,b", "--name", "X"), "claim ids separated by commas"),
])
def test_bad_ids_change_nothing(run, two_documents, db_url, args, message):
    before = dump_database(db_url)
    result = run(*args)
    assert result.exit_code == 2 and message in result.output
    assert dump_database(db_url) == before
