"""One truth, whatever the order: links, clusters and statuses after ingesting documents one at a time, in
any order, are those `recompute` gives for the whole database, and those of any other order, on
SQLite and on PostgreSQL alike (issue 18: the links depended on the backend).

The corpus is tests/fixtures/multi-outlet: one outlet's anonymous source relayed by three
outlets, a wire story and its copy, a named denial, rejected "assertions", a second-hand quote
and a congressman on the record. Claim ids depend on the order, so states are compared by
document and sequence number.
"""

from __future__ import annotations

import functools
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from provenance import claim_index, ingest, links, query
from provenance.db import open_database
from provenance.models import Cluster, ClusterMember, Link

from conftest import FIXTURES, pg_schema

CORPUS = FIXTURES / "multi-outlet"
SLUGS = sorted(path.stem for path in CORPUS.glob("*.txt"))  # the slug of a file is its stem


# a scoop denied to another outlet; figures of two measures; a company's withdrawal of part of what
# it and its officer told other outlets, in words blocking does not pair with it; the publisher's account
# of a withdrawal of a lawyer's statement ('X withdrew its lawyer's statement that C', stored as the
# publisher's) of part of what the lawyer told another paper
ELSEWHERE = FIXTURES / "denials-elsewhere"
ELSEWHERE_SLUGS = sorted(path.stem for path in ELSEWHERE.glob("*.txt"))


@functools.lru_cache(maxsize=2)
def extracted(corpus: Path = CORPUS) -> dict[str, str]:
    """slug -> claim set (as JSON text, so every use gets a fresh copy), extracted once."""
    out = {}
    for path in sorted(corpus.glob("*.txt")):
        data = ingest.extract(ingest.prepare([str(path)], options={})[0])
        out[data["document"]["slug"]] = json.dumps(data)
    return out


def state(session) -> tuple[dict, list, list]:
    """(claim 'doc#seq' -> (status, reason), sorted links, sorted clusters with their
    representative first) with claim ids replaced by doc#seq."""
    rows = list(query.iter_claims(session, query.ClaimFilter()))
    key = {r["id"]: f"{r['doc']}#{r['seq']}" for r in rows}

    def named(text: str | None) -> str:
        return re.sub(r"claim (\d+)", lambda m: "claim " + key.get(int(m.group(1)), m.group(1)), text or "")

    statuses = {key[r["id"]]: (r["status"], named(r["reason"])) for r in rows}
    found = sorted((key[lk.source_id], key[lk.target_id], lk.relation, lk.created_by, named(lk.reason))
                   for lk in session.exec(select(Link)))
    representative = dict(session.execute(select(Cluster.id, Cluster.representative_id)).all())
    members: dict[int, list[str]] = {}
    for member in session.exec(select(ClusterMember)):
        members.setdefault(member.cluster_id, []).append(key[member.claim_id])
    groups = sorted([key[representative[c]]] + sorted(m for m in ms if m != key[representative[c]])
                    for c, ms in members.items())
    return statuses, found, groups


def ingest_in_order(order: list[str], url: str | None = None,
                    corpus: Path = CORPUS) -> tuple[tuple, links.Recomputed, tuple]:
    """Ingest the corpus one document at a time in `order` into a fresh database (a SQLite file,
    or `url`): its state, what a recompute then changed, and the state after it."""
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(url or str(Path(tmp) / "order.db"))
        try:
            for slug in order:
                ingest.save(db, json.loads(extracted(corpus)[slug]), actor="test", action="ingest")
            with db.session() as session:
                before = state(session)
                done = links.recompute(session)
                session.commit()
                return before, done, state(session)
        finally:
            db.close()


@pytest.fixture(params=["scan", "index"])
def candidates(request, monkeypatch):
    """Candidates read by scanning every claim, or looked up in the claim search index."""
    if request.param == "index":
        monkeypatch.setattr(claim_index, "SCAN_BELOW", {})
    return request.param


@functools.lru_cache(maxsize=2)
def reference(candidates: str) -> tuple[dict, list, list]:
    return ingest_in_order(SLUGS)[0]


@pytest.mark.slow
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(SLUGS))
def test_any_order_gives_what_recompute_gives(candidates, order):
    found, done, again = ingest_in_order(list(order))
    assert (done.links_added, done.links_removed, done.statuses_changed) == (0, 0, 0)
    assert again == found
    assert found == reference(candidates)


@pytest.mark.slow
def test_the_corpus_has_what_the_test_needs():
    statuses, found, groups = ingest_in_order(SLUGS)[0]
    assert ["courier-ferry-relay#1", "daily-ferry-relay#1", "gazette-ferry-contract#1",
            "sentinel-ferry-relay#1"] in [sorted(g) for g in groups]  # one report and its relays
    assert sorted(extracted()) == SLUGS and len(SLUGS) == 6
    assert any(relation == "contradicts" for _, _, relation, _, _ in found)
    assert {status for status, _ in statuses.values()} >= {"confirmed", "unconfirmed", "disputed"}


@pytest.mark.postgres
def test_postgresql_gives_what_sqlite_gives(candidates):
    """The same corpus, ingested in another order on PostgreSQL: the links, clusters and statuses
    of SQLite, and a recompute there changes nothing."""
    with pg_schema() as url:
        found, done, again = ingest_in_order(list(reversed(SLUGS)), url)
    assert (done.links_added, done.links_removed, done.statuses_changed) == (0, 0, 0)
    assert found == again == reference(candidates)


@pytest.mark.slow
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(ELSEWHERE_SLUGS))
def test_a_denial_given_to_another_outlet_whatever_the_order(order):
    """A scoop denied to another outlet is disputed, two figures of different measures neither
    dispute nor back each other, a company's account is partly withdrawn by its withdrawal in
    another outlet (`parties`: no sentence of the two is paired by blocking), and so is a lawyer's by
    the publisher's account of the company withdrawing it, in every order of ingest and after a
    recompute."""
    found, done, again = ingest_in_order(list(order), corpus=ELSEWHERE)
    assert (done.links_added, done.links_removed, done.statuses_changed) == (0, 0, 0)
    assert again == found
    statuses = found[0]
    assert statuses["courier-plant-scoop#1"] == ("disputed", "denied by Kessel Holdings (Daily Ledger, 2026-05-05)")
    assert statuses["gazette-storm-toll#1"][0] != "disputed"
    assert statuses["courier-plant-scoop#2"][0] == "disputed" and "Petra Lind" in statuses["courier-plant-scoop#2"][1]
    assert statuses["courier-kiln-account#2"][1].startswith("partly withdrawn by Ostrell Bricks (Daily Ledger)")
    assert statuses["gazette-kiln-officer#1"][1].startswith("partly withdrawn by Ostrell Bricks (Daily Ledger)")
    assert statuses["herald-dairy-lawyer#1"][0] == "disputed" and "Kestrel Post" in statuses["herald-dairy-lawyer#1"][1]
