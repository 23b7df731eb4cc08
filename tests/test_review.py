"""Review, link, unlink and history through the CLI, and reviewer decisions across versions."""

from __future__ import annotations

import json

import pytest
from test_status import (
    GREEK_OFFICIAL,
    HOTLINE,
    HOTLINE_AGAIN,
    TURKISH_SOURCES,
    claims_json,
    claimset,
    statement,
    write,
)

from conftest import dump_database

ARTICLE_1 = ("Officials said the bridge will reopen in June.\n"
             "Transport Minister Jane Roe told the Daily Planet on March 3, 2025 that the bridge is safe.\n")
ARTICLE_2 = ("Officials said the bridge will reopen in July.\n"
             "Transport Minister Jane Roe told the Daily Planet on March 3, 2025 that the bridge is safe.\n"
             "The council denied that repairs were delayed.\n")


def history(run, *args: str) -> list[dict]:
    result = run("history", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def two_claims(run, tmp_path):
    """One document with an anonymous Greek claim (id 1) and an unrelated minister's claim (id 2)."""
    data = claimset("story", statement(HOTLINE, "a Greek official", **GREEK_OFFICIAL),
                    statement("the port of Piraeus will expand its container terminal", "Nikos Dendias",
                              role="Greek Minister", stated_on="2025-05-04"))
    assert run("import", write(tmp_path, data)).exit_code == 0
    assert run("recompute").exit_code == 0
    return run


def test_review_overrides_the_rules_and_survives_recompute(two_claims):
    run = two_claims
    result = run("review", "1", "--status", "Corroborated", "--reason", "confirmed by  the ministry\non 2025-05-09",
                 "--by", "ana")
    assert result.exit_code == 0
    assert result.stderr == "claim 1: unconfirmed -> corroborated (reviewed by ana)\n"
    assert run("recompute").exit_code == 0
    row = claims_json(run)[0]
    assert (row["status"], row["reason"]) == ("corroborated", "confirmed by the ministry on 2025-05-09")
    shown = json.loads(run("show", "1", "--format", "json").stdout)
    assert shown["reviewed_by"] == "ana"
    assert [(e["actor"], e["action"], e["old"], e["new"]) for e in history(run, "--claim", "1")] == [
        ("rule", "status", "unconfirmed", "unconfirmed"), ("ana", "review", "unconfirmed", "corroborated")]


def test_review_by_defaults_to_the_login_name(two_claims, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "fact-checker")
    assert two_claims("review", "2", "--status", "retracted", "--reason", "withdrawn").exit_code == 0
    assert history(two_claims, "--by", "fact-checker")[0]["action"] == "review"


def test_review_keeps_its_evidence_and_note(two_claims):
    run = two_claims
    result = run("review", "1", "--status", "confirmed", "--reason", "the ministry's statement", "--by", "ana",
                 "--evidence", "https://example.org/statement?id=1", "--note", "  Called the press office.\nThey agreed.  ")
    assert result.exit_code == 0, result.output
    event = history(run, "--claim", "1", "--action", "review")[0]
    assert (event["evidence_url"], event["note"]) == ("https://example.org/statement?id=1",
                                                      "Called the press office.\nThey agreed.")
    shown = run("show", "1").stdout
    assert "      evidence: https://example.org/statement?id=1\n" in shown
    assert "      note: Called the press office.\n            They agreed.\n" in shown
    assert json.loads(run("show", "1", "--format", "json").stdout)["history"][-1]["evidence_url"] == (
        "https://example.org/statement?id=1")


def test_review_clear_hands_the_claim_back_to_the_rules(two_claims):
    run = two_claims
    run("review", "1", "--status", "disputed", "--reason", "denied on TV", "--by", "ana")
    result = run("review", "1", "--clear", "--by", "ana")
    assert result.stderr == "claim 1: disputed -> unconfirmed (rules)\n"
    assert json.loads(run("show", "1", "--format", "json").stdout)["reviewed_by"] is None


@pytest.mark.parametrize("args, message", [
    (("review", "99", "--status", "confirmed", "--reason", "x"),
     "Error: no claim with id 99: `provenance claims` lists the ids\n"),
    (("review", "1", "--status", "true", "--reason", "x"),
     "Error: --status 'true' is not a status: use one of confirmed, corroborated, unconfirmed, disputed, retracted\n"),
    (("review", "1", "--status", "confirmed", "--reason", "  "),
     "Error: --reason is empty: say in one line why, so others can check it\n"),
    (("link", "1", "1", "--relation", "corroborates"),
     "Error: a claim cannot be linked to itself: give two different claim ids (got 1 twice)\n"),
    (("link", "1", "7", "--relation", "corroborates"),
     "Error: no claim with id 7: `provenance claims` lists the ids\n"),
    (("link", "1", "2", "--relation", "supports"),
     "Error: --relation 'supports' is not a relation: use one of corroborates, contradicts, repeats\n"),
    (("unlink", "1", "2"),
     "Error: no link between claims 1 and 2: `provenance show 1` lists its links\n"),
    (("review", "1", "--status", "confirmed", "--reason", "x", "--evidence", "javascript:alert(1)"),
     "Error: --evidence 'javascript:alert(1)' is not a web address: give one http:// or https:// URL\n"),
    (("review", "1", "--status", "confirmed", "--reason", "x", "--evidence", "https://"),
     "Error: --evidence 'https://' is not a web address: give one http:// or https:// URL\n"),
    (("review", "1", "--status", "confirmed", "--reason", "x", "--note", "a\x00b"),
     "Error: --note contains a NUL character, which no text can hold: remove it\n"),
    (("history", "--doc", "nope"), "Error: no document 'nope': `provenance docs` lists the documents\n"),
    (("history", "--since", "May"), "Error: --since 'May' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD\n"),
])
def test_errors_say_what_to_do_and_write_nothing(two_claims, args, message):
    before = dump_database(two_claims.db)
    result = two_claims(*args)
    assert result.exit_code == 2
    assert result.stderr == message
    assert dump_database(two_claims.db) == before


def test_review_needs_status_and_reason(two_claims):
    result = two_claims("review", "1", "--status", "confirmed")
    assert result.exit_code == 2
    assert "give --status and --reason (or --clear)" in result.stderr


def test_link_and_unlink_recompute_statuses_with_events(two_claims):
    run = two_claims
    result = run("link", "2", "1", "--relation", "corroborates", "--reason", "same plan", "--by", "ana")
    assert result.stderr == "claim 2 corroborates claim 1, linked by ana\n"
    rows = claims_json(run)
    assert (rows[0]["status"], rows[0]["reason"]) == ("corroborated", "corroborated by Nikos Dendias (2025-05-04)")
    again = run("link", "2", "1", "--relation", "corroborates", "--by", "ana")
    assert again.exit_code == 2
    assert "already corroborates claim 1 (linked by ana)" in again.stderr
    result = run("unlink", "1", "2", "--by", "ana")
    assert result.stderr == "removed: claim 2 corroborates claim 1 (by ana)\n"
    assert claims_json(run)[0]["status"] == "unconfirmed"
    # corroboration goes both ways: the minister's claim is now backed by the Greek official
    assert [(e["actor"], e["action"], e["claim"], e["old"], e["new"]) for e in history(run, "--since", "2000")][-6:] == [
        ("ana", "link", 2, None, "corroborates 1"),
        ("rule", "status", 1, "unconfirmed", "corroborated"),
        ("rule", "status", 2, "confirmed", "corroborated"),
        ("ana", "unlink", 2, "corroborates 1", None),
        ("rule", "status", 1, "corroborated", "unconfirmed"),
        ("rule", "status", 2, "corroborated", "confirmed"),
    ]


@pytest.mark.slow
def test_a_reviewer_link_replaces_the_rules_and_an_unlink_keeps_them_away(run, tmp_path):
    data = claimset("story", statement(HOTLINE, "a Greek official", **GREEK_OFFICIAL),
                    statement(HOTLINE_AGAIN, "sources in the Turkish Ministry of Defence", **TURKISH_SOURCES))
    assert run("import", write(tmp_path, data)).exit_code == 0
    assert run("recompute").stderr.startswith("Recomputed 2 claims: 0 links added")
    assert [c["status"] for c in claims_json(run)] == ["corroborated", "corroborated"]
    result = run("link", "2", "1", "--relation", "contradicts", "--reason", "the ministry denied it", "--by", "ana")
    assert result.stderr == "claim 2 contradicts claim 1, linked by ana (replaces rule links: same cluster (rule))\n"
    assert [c["status"] for c in claims_json(run)] == ["disputed", "unconfirmed"]
    assert run("recompute").stderr.endswith("0 links added, 0 removed, 0 statuses changed\n")
    # the reviewer set the rule's corroboration aside: it does not come back when their link goes
    assert run("unlink", "2", "1", "--relation", "contradicts", "--by", "ana").exit_code == 0
    assert run("recompute").stderr.endswith("0 links added, 0 removed, 0 statuses changed\n")
    assert [c["status"] for c in claims_json(run)] == ["unconfirmed", "unconfirmed"]


def test_history_filters(two_claims):
    run = two_claims
    run("review", "2", "--status", "retracted", "--reason", "withdrawn", "--by", "ana")
    assert [e["action"] for e in history(run, "--doc", "story", "--by", "ana")] == ["review"]
    assert history(run, "--since", "2999-01") == []
    assert [e["action"] for e in history(run, "--action", "import")] == ["import"]
    table = run("history", "--by", "ana", "--format", "csv").stdout.splitlines()
    assert table[0] == "id,at,actor,action,doc,claim,old,new,reason,evidence_url,note"
    assert table[1].endswith(",ana,review,story,2,confirmed,retracted,withdrawn,,")


def test_a_review_follows_its_claim_into_a_new_version_of_the_article(run, tmp_path):
    pytest.importorskip("provenance.extract")
    first, second = tmp_path / "bridge.txt", tmp_path / "bridge-2.txt"
    first.write_text(ARTICLE_1, encoding="utf-8")
    second.write_text(ARTICLE_2, encoding="utf-8")
    assert run("ingest", "--slug", "bridge", str(first)).exit_code == 0
    safe = [c for c in claims_json(run) if c["text"] == "the bridge is safe"][0]
    assert run("review", str(safe["id"]), "--status", "corroborated", "--reason", "inspection report of May 2",
               "--by", "ana").exit_code == 0
    assert run("ingest", "--slug", "bridge", str(second)).exit_code == 0
    rows = claims_json(run)
    assert [r["version"] for r in rows] == [2, 2, 2]
    carried = [r for r in rows if r["text"] == "the bridge is safe"][0]
    assert (carried["status"], carried["reason"]) == ("corroborated", "inspection report of May 2")
    assert json.loads(run("show", str(carried["id"]), "--format", "json").stdout)["reviewed_by"] == "ana"
    events = [e for e in history(run, "--doc", "bridge") if e["action"] == "review carried"]
    assert len(events) == 1 and events[0]["claim"] == carried["id"]
    assert events[0]["reason"].startswith(f"ana's decision on claim {safe['id']} (version 1) follows the matching "
                                          "claim (same text)")
    # and it survives a recomputation
    assert run("recompute").exit_code == 0
    assert [r["status"] for r in claims_json(run) if r["id"] == carried["id"]] == ["corroborated"]


def test_reworded_claims_take_the_decision_by_similarity_and_others_say_they_lost_it(run, tmp_path):
    v1 = claimset("story", statement("the port of Piraeus will expand its container terminal by 2027",
                                     "Nikos Dendias", role="Greek Minister"),
                  statement("the ferry strike ended on Tuesday", "a union official", anonymous=True))
    assert run("import", write(tmp_path, v1, "v1")).exit_code == 0
    run("review", "1", "--status", "disputed", "--reason", "the port authority denies it", "--by", "ana")
    run("review", "2", "--status", "confirmed", "--reason", "union statement seen", "--by", "ben")
    run("link", "1", "2", "--relation", "contradicts", "--by", "ben")
    v2 = claimset("story", statement("the port of Piraeus is to expand its container terminal by 2027",
                                     "Nikos Dendias", role="Greek Minister"),
                  statement("nothing else happened", "a union official", anonymous=True), version=2)
    assert run("import", write(tmp_path, v2, "v2")).exit_code == 0
    rows = claims_json(run)
    assert [(r["status"], r["reason"]) for r in rows] == [
        ("disputed", "the port authority denies it"),
        ("unconfirmed", "")]  # an imported file keeps its own statuses
    events = history(run, "--since", "2000-01-01")
    carried = [e for e in events if e["action"] == "review carried"]
    assert carried[0]["reason"].startswith("ana's decision on claim 1 (version 1) follows the matching claim "
                                           "(similarity 0.9")
    lost = [e for e in events if e["action"] == "review not carried"]
    assert [(e["claim"], e["old"]) for e in lost] == [(2, "confirmed")]
    # the reviewer's link has no end in the new version to follow, so it stays with version 1
    assert json.loads(run("show", str(rows[0]["id"]), "--format", "json").stdout)["links"] == []


@pytest.mark.slow
@pytest.mark.parametrize("edited", ["the port of Piraeus will expand its container terminal by 2028",
                                    "the port of Piraeus will not expand its container terminal by 2027"])
def test_a_decision_does_not_follow_a_claim_whose_date_or_negation_changed(run, tmp_path, edited):
    v1 = claimset("story", statement("the port of Piraeus will expand its container terminal by 2027",
                                     "Nikos Dendias", role="Greek Minister"))
    assert run("import", write(tmp_path, v1, "v1")).exit_code == 0
    run("review", "1", "--status", "disputed", "--reason", "the port authority denies it", "--by", "ana")
    v2 = claimset("story", statement(edited, "Nikos Dendias", role="Greek Minister"), version=2)
    assert run("import", write(tmp_path, v2, "v2")).exit_code == 0
    events = history(run, "--since", "2000-01-01")
    assert not [e for e in events if e["action"] == "review carried"]
    assert [(e["claim"], e["old"]) for e in events if e["action"] == "review not carried"] == [(1, "disputed")]


def test_a_reviewers_unlink_holds_for_the_next_version(run, tmp_path):
    pytest.importorskip("provenance.extract")
    text = ("Sources in the Turkish Ministry of Defence told reporters on May 2, 2025 that Ankara and Athens are "
            "holding talks to set up a crisis hotline in the Aegean.\n"
            "A Greek official told Kathimerini on May 3, 2025 that Greece and Turkiye are holding talks to set up "
            "a crisis hotline in the Aegean Sea.\n")
    first, second = tmp_path / "aegean.txt", tmp_path / "aegean-2.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text + "Ferries run as usual, the port authority said.\n", encoding="utf-8")
    assert run("ingest", "--slug", "aegean", str(first)).exit_code == 0
    rows = claims_json(run)
    assert [r["status"] for r in rows] == ["corroborated", "corroborated"]
    assert run("unlink", str(rows[0]["id"]), str(rows[1]["id"]), "--by", "ana").exit_code == 0
    assert run("ingest", "--slug", "aegean", str(second)).exit_code == 0
    rows = claims_json(run)
    assert [r["status"] for r in rows][:2] == ["unconfirmed", "unconfirmed"]
    carried = [e for e in history(run, "--doc", "aegean") if e["action"] == "unlink carried"]
    assert len(carried) == 1 and carried[0]["reason"].startswith("ana's removal of corroborates")
    assert run("recompute").stderr.endswith("0 links added, 0 removed, 0 statuses changed\n")


def test_history_times_read_the_same_on_both_backends(two_claims):
    """ISO 8601 in UTC to the second with a Z, as `versions` gives ingested_at: PostgreSQL handed
    back '+00:00' where SQLite gave no zone at all, so one log read two ways."""
    import re

    at = [e["at"] for e in history(two_claims)]
    assert at and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a) for a in at), at
