"""A claim's stance (asserts, denies, declines_to_confirm, retracts) is stored, exported, shown,
and printed before the text in listings meant for people: a denial never reads as the speaker's
assertion."""

from __future__ import annotations

import json

import pytest
from alembic import command
from sqlalchemy import text

from provenance.db import alembic_config, make_engine, open_database, resolve_url
from provenance.extract.document import extract_claimset

from claimsets import claim, make_claimset
from conftest import FIXTURES, Run


def _denial_set() -> dict:
    data = make_claimset()
    data["claims"][2] = claim("c3", 3, data["document"]["text"], "repairs were delayed", speaker="s3",
                              outlet="o1", cue="denied", stance="denies", status="disputed",
                              reason="denied by the council")
    return data


def _import(run: Run, tmp_path, data: dict) -> None:
    path = tmp_path / "set.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert run("import", str(path)).exit_code == 0


def test_stance_is_stored_and_exported(run, tmp_path):
    _import(run, tmp_path, _denial_set())
    rows = json.loads(run("claims", "--format", "json").stdout)
    assert [r["stance"] for r in rows] == ["asserts", "asserts", "denies"]
    assert rows[2]["text"] == "repairs were delayed"  # the content stays the proposition, offsets exact
    exported = json.loads(run("export", "bridge", "--format", "claimset").stdout)
    assert [c.get("stance", "asserts") for c in exported["claims"]] == ["asserts", "asserts", "denies"]
    csv_out = run("export", "bridge", "--format", "csv").stdout
    assert csv_out.splitlines()[0].split(",").count("stance") == 1 and ",denies," in csv_out


def test_listings_for_people_print_the_stance_before_the_text(run, tmp_path):
    _import(run, tmp_path, _denial_set())
    table = run("claims", "--format", "md").stdout
    assert "denies: repairs were delayed" in table
    assert "asserts:" not in table
    shown = run("show", "3").stdout
    assert "denies: repairs were delayed" in shown.replace("\n", " ")
    report = run("report", "--format", "md").stdout
    assert "denies: “repairs were delayed”" in report


def test_a_claim_set_without_stances_asserts(run, tmp_path):
    _import(run, tmp_path, make_claimset())
    rows = json.loads(run("claims", "--format", "json").stdout)
    assert {r["stance"] for r in rows} == {"asserts"}


def test_migration_gives_stored_claims_the_stance_of_their_cue(blank_db_url):
    engine = make_engine(resolve_url(blank_db_url))
    try:
        with engine.begin() as c:
            command.upgrade(alembic_config(c), "0009")
            c.execute(text("INSERT INTO document (id, slug, created_at) VALUES (1, 'doc', CURRENT_TIMESTAMP)"))
            c.execute(text("INSERT INTO version (id, document_id, number, sha256, text, ingested_at) "
                           "VALUES (1, 1, 1, 'x', 'one two three four', CURRENT_TIMESTAMP)"))
            for cid, cue in enumerate(("said", "denied", "did not confirm", "retracted", None), start=1):
                c.execute(text("INSERT INTO claim (id, version_id, seq, char_start, char_end, text, cue, form, "
                               "kind, status, reason) VALUES (:id, 1, :id, 0, 3, 'one', :cue, 'indirect', 'fact', "
                               "'unconfirmed', '')"), {"id": cid, "cue": cue})
    finally:
        engine.dispose()
    db = open_database(blank_db_url)
    try:
        with db.engine.connect() as c:
            stances = [row[0] for row in c.execute(text("SELECT stance FROM claim ORDER BY id"))]
    finally:
        db.close()
    assert stances == ["asserts", "denies", "declines_to_confirm", "retracts", "asserts"]


# --- shapes of news prose (tests/fixtures/stances: invented events, three outlets) --------------

@pytest.fixture(scope="module")
def reservoir(tmp_path_factory) -> dict[str, dict]:
    run = Run(str(tmp_path_factory.mktemp("stances") / "news.db"))
    for path in sorted((FIXTURES / "stances").glob("*.txt")):
        assert run("ingest", str(path), "--silent").exit_code == 0
    return {f"{c['doc']}#{c['seq']}": c for c in json.loads(run("claims", "--format", "json").stdout)}


REPORT = "the Orvel Water Board had found high levels of lead in the Lake Orvel reservoir"


def test_a_named_denial_of_the_report_denies_what_the_report_said(reservoir):
    """'The Morning Tribune reported that C. Water board director Lena Hask denied the report on
    Monday.': Hask denies C (said on Monday), and C is disputed wherever it is said, naming her,
    where and when."""
    denial = reservoir["wire-reservoir-denial#2"]
    assert (denial["speaker"], denial["stance"], denial["text"], denial["stated_on"]) == (
        "Lena Hask", "denies", REPORT, "2026-04-06")
    for key in ("wire-reservoir-denial#1", "tribune-reservoir-report#1"):
        assert (reservoir[key]["status"], reservoir[key]["reason"]) == (
            "disputed", "denied by Lena Hask (Capital Wire, 2026-04-06)")


def test_dismissed_reports_that_c_deny_c(reservoir):
    dismissal = reservoir["wire-reservoir-denial#3"]
    assert (dismissal["speaker"], dismissal["stance"], dismissal["text"]) == (
        "Ruth Anand", "denies", "the board had kept the test results from the public")
    assert (reservoir["tribune-reservoir-report#2"]["status"], reservoir["tribune-reservoir-report#2"]["reason"]) \
        == ("disputed", "denied by Ruth Anand (Capital Wire)")


def test_did_not_confirm_c_declines_to_confirm_c(reservoir):
    claim = reservoir["wire-reservoir-denial#4"]
    assert (claim["stance"], claim["text"], claim["status"]) == (
        "declines_to_confirm", "lead had been found in the reservoir", "unconfirmed")


def test_a_withdrawn_statement_is_retracted(reservoir):
    """'The board said C. Hours later, the water board withdrew the statement.': C is retracted,
    withdrawn by the board; 'withdrew its troops' would report nothing."""
    said, withdrawal = reservoir["courier-reservoir-statement#1"], reservoir["courier-reservoir-statement#2"]
    assert (withdrawal["stance"], withdrawal["text"]) == ("retracts", said["text"])
    assert (said["status"], said["reason"]) == ("retracted", "withdrawn by Orvel Water Board (The Orvel Courier)")


def test_withdrew_without_a_statement_reports_nothing():
    cs = extract_claimset("Russia withdrew its troops from the border, the ministry said.", slug="x")
    assert [(c["text"], c["stance"]) for c in cs["claims"]] == [("Russia withdrew its troops from the border",
                                                                  "asserts")]


def test_recompute_finds_the_reports_a_denial_or_a_withdrawal_answers(tmp_path):
    """The extractor links 'denied the report' and 'withdrew the statement' to the claims they
    answer (the same offsets); `recompute` reads those links again from the stored claims, so the
    statuses after ingest are the statuses the rules give the whole database."""
    run = Run(str(tmp_path / "news.db"))
    for path in sorted((FIXTURES / "stances").glob("*.txt")):
        assert run("ingest", str(path), "--silent").exit_code == 0

    def statuses() -> dict[str, tuple[str, str]]:
        return {f"{c['doc']}#{c['seq']}": (c["status"], c["reason"])
                for c in json.loads(run("claims", "--format", "json").stdout)}

    before = statuses()
    assert before["wire-reservoir-denial#1"] == ("disputed", "denied by Lena Hask (Capital Wire, 2026-04-06)")
    assert before["courier-reservoir-statement#1"][0] == "retracted"
    result = run("recompute")
    assert result.exit_code == 0 and "0 statuses changed" in result.output + result.stderr
    assert statuses() == before


# --- named denials, rejections and non-confirmations of a report (issue 12) ---------------------

SCOOP = ("The Morrow Courier reported on Monday that Agriculture Minister Dana Vell sold grazing rights "
         "to a company owned by her brother.\n\n")
SOLD = "Agriculture Minister Dana Vell sold grazing rights to a company owned by her brother"


def _ruled(text: str) -> list[dict]:
    from test_status_shapes import ruled_claims
    return ruled_claims(text)


@pytest.mark.parametrize("answer, who", [
    ("The ministry rejected the critic's assertions on Tuesday.", "ministry"),
    ("Vell denied the Morrow Courier's story.", "Dana Vell"),
    ("A ministry spokesman said the report in the Morrow Courier is wrong.", "ministry spokesman"),
    ("Vell's office called the story false.", "Vell's office"),
    ("Vell denied the Courier report.", "Dana Vell"),
    ("Vell on Tuesday denied the report and said the rights were sold at auction.", "Dana Vell"),
])
def test_a_named_denial_of_a_report_denies_its_claims_and_disputes_them(answer, who):
    """'rejected the critic's assertions', 'denied the Courier's story', 'the report in the Courier is
    wrong', 'called the story false': the denial's proposition is the report's claim, never the words
    'the critic's assertions', and the report is disputed naming who denied it."""
    scoop, denial, *rest = _ruled(SCOOP + answer + "\n")
    assert [c["text"] for c in rest] in ([], ["the rights were sold at auction"])
    assert (denial["speaker_name"], denial["stance"], denial["text"]) == (who, "denies", SOLD)
    assert scoop["status"] == "disputed" and scoop["reason"].startswith(f"denied by {who} (Harbour Gazette")


@pytest.mark.parametrize("answer, who, text", [
    ("Kessel Holdings did not comment on market speculation about a merger.", "Kessel Holdings",
     "Kessel Holdings is in talks to merge with Orrin Grain"),
    ("A spokeswoman for Kessel Holdings would not confirm the merger.", "spokeswoman for Kessel Holdings",
     "Kessel Holdings is in talks to merge with Orrin Grain"),
])
def test_no_comment_and_would_not_confirm_decline_to_confirm(answer, who, text):
    """A company on the record not commenting on speculation declines to confirm the speculation it
    answers, which stays unconfirmed naming it; 'would not confirm the merger' declines the claim
    that tells of it ('in talks to merge')."""
    got = _ruled("Kessel Holdings is in talks to merge with Orrin Grain, two people familiar with the talks "
                 "told the Morrow Courier.\n\n" + answer + "\n")
    report, decline = got
    assert (decline["speaker_name"], decline["stance"], decline["text"]) == (who, "declines_to_confirm", text)
    assert decline["status"] == "unconfirmed" and report["status"] == "unconfirmed"
    assert report["reason"].startswith(f"{who} did not confirm (Harbour Gazette)")  # who and where


def test_a_refusal_to_comment_does_not_answer_the_speakers_own_denial():
    got = _ruled("Kessel Holdings denies that it paid the minister.\n\n"
                 "Kessel Holdings did not comment on market speculation.\n")
    assert [(c["stance"], c["text"]) for c in got] == [("denies", "it paid the minister"),
                                                       ("declines_to_confirm", "market speculation")]


@pytest.mark.parametrize("answer", [
    "Harwick Port denies that.",
    "Harwick Port denied it on Monday.",
    "Harwick Port rejected that account on Tuesday.",
    "Harwick Port dismissed this as \"pure invention\".",
])
def test_a_denial_of_what_was_just_said_denies_it(answer):
    """'denies that', 'denied it', 'rejected that account', 'dismissed this as ...': the proposition
    is the claim before it, which is disputed naming the denier."""
    got = _ruled("The port had hired replacement crews before the talks began, union leader Ana Mirell "
                 "said on Monday.\n\n" + answer + "\n")
    told, denial = got
    assert (denial["speaker_name"], denial["stance"], denial["text"]) == (
        "Harwick Port", "denies", "The port had hired replacement crews before the talks began")
    assert told["status"] == "disputed" and told["reason"].startswith("denied by Harwick Port")
