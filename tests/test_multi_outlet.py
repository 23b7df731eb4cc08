"""Statuses on constructed multi-outlet news (tests/fixtures/multi-outlet, invented events): one
outlet's anonymous source relayed by three outlets, a wire story and a reprint of it, a named
denial of the report, rejected "assertions", a second-hand quote and a congressman on the record.

What the rules get right is asserted; what they do not yet get right (issue 12) is an xfail that
says what is wrong, so that fixing it turns the test into a pass.
"""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, Run

CORPUS = FIXTURES / "multi-outlet"


@pytest.fixture(scope="module")
def statuses(tmp_path_factory) -> dict[str, dict]:
    run = Run(str(tmp_path_factory.mktemp("multi-outlet") / "news.db"))
    for path in sorted(CORPUS.glob("*.txt")):
        assert run("ingest", str(path), "--silent").exit_code == 0
    return {f"{c['doc']}#{c['seq']}": c for c in json.loads(run("claims", "--format", "json").stdout)}


@pytest.mark.parametrize("key", ["gazette-ferry-contract#1", "courier-ferry-relay#1", "daily-ferry-relay#1",
                                 "sentinel-ferry-relay#1"])
def test_the_report_and_its_relays_are_disputed_by_the_named_denials(statuses, key):
    """Solberg's denial (a wire story and its reprint) and Lindqvist Lines' rejection of 'the
    assertions' both dispute the report, each named with where and when they said it."""
    claim = statuses[key]
    assert claim["status"] == "disputed"
    assert claim["reason"].startswith("denied by Marta Solberg (")
    assert "2026-03-02)" in claim["reason"] and "Lindqvist Lines (Northwire)" in claim["reason"]


@pytest.mark.parametrize("key, status, reason", [
    # a quote known only through the Gazette's anonymous official
    ("gazette-ferry-contract#4", "unconfirmed",
     "second-hand: relayed only by senior port official (The Harbour Gazette, 2026-03-01)"),
    # the denial itself: its content is the proposition denied, never Solberg's assertion; its reason names
    # whose account it disputes (the anonymous official's report and the Gazette's own statement of it)
    ("northwire-ferry-denial#1", "disputed", "a denial by Marta Solberg (Northwire, 2026-03-02) of the account of "
     "senior port official (The Harbour Gazette, 2026-03-01) and Harbour Gazette (The Harbour Gazette)"),
    ("ledger-ferry-wire#1", "disputed", "a denial by Marta Solberg (The Daily Ledger, 2026-03-02) of the account of "
     "senior port official (The Harbour Gazette, 2026-03-01) and Harbour Gazette (The Harbour Gazette)"),
    # a congressman on the record, in the wire story and its reprint
    ("northwire-ferry-denial#3", "confirmed", "on the record from Ted Okafor (Regional congressman, 2026-03-02)"),
    ("ledger-ferry-wire#2", "confirmed", "on the record from Ted Okafor (Regional congressman, 2026-03-02)"),
])
def test_statuses(statuses, key, status, reason):
    assert (statuses[key]["status"], statuses[key]["reason"]) == (status, reason)


def test_denials_are_stored_as_stances(statuses):
    """'denied that C' and '"This story is false," Solberg told reporters' (her denial again, left
    out) store Solberg denying C; nothing stores 'This story is false' as her assertion."""
    denial = statuses["northwire-ferry-denial#1"]
    assert (denial["speaker"], denial["stance"], denial["text"]) == (
        "Marta Solberg", "denies", "the authority had cancelled its contract with Lindqvist Lines")
    assert not [c for c in statuses.values() if c["text"] in ("This story is false", "the assertions")]


@pytest.mark.parametrize("key", ["courier-ferry-relay#2", "daily-ferry-relay#2", "sentinel-ferry-relay#2"])
def test_a_relayed_single_origin_is_not_corroborated(statuses, key):
    """Relays of one anonymous official through three outlets ('the Gazette's source', 'a senior
    port official told the Gazette') are one origin of their cluster: not corroboration."""
    assert statuses[key]["status"] == "unconfirmed"
    assert statuses[key]["reason"].startswith("single anonymous source")


def test_rejected_assertions_target_the_report(statuses):
    """'Lindqvist Lines also rejected the assertions': the assertions are what the report said,
    the proposition Solberg denied just before."""
    rejected = statuses["northwire-ferry-denial#2"]
    assert (rejected["speaker"], rejected["stance"], rejected["text"], rejected["status"]) == (
        "Lindqvist Lines", "denies", "the authority had cancelled its contract with Lindqvist Lines", "disputed")
