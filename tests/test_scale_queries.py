"""The query shapes that keep listings fast on a large database, checked on a small one.

`iter_claims` chooses between walking documents in order a batch at a time and looking the
matching rows up; whichever it chooses, the rows must be those of the plain query, in the same
order. On SQLite without statistics no listing may scan the claim table to find a first page,
and storing a claim set takes the same number of statements whatever its size (no N+1).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from provenance import query
from provenance.db import open_database
from provenance.store import store_claimset

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import Corpus  # noqa: E402

from claimsets import make_claimset  # noqa: E402
from conftest import copy_sqlite  # noqa: E402


@pytest.fixture(scope="module")
def corpus():
    sets = list(Corpus(seed=7, claims_per_doc=(5, 25)).claimsets(700))
    assert any(data["document"]["version"] == 2 for data in sets), "the corpus should revise a document"
    return sets


def _store(url: str, corpus) -> None:
    database = open_database(url)
    with database.session() as session:
        for data in corpus:
            store_claimset(session, data, actor="test")
        session.commit()
    database.close()


@pytest.fixture(scope="module")
def stored_corpus(tmp_path_factory, sqlite_template, corpus) -> str:
    """The corpus stored in SQLite once a module; tests take copies."""
    path = copy_sqlite(sqlite_template, tmp_path_factory.mktemp("corpus") / "corpus.db")
    _store(path, corpus)
    return path


@pytest.fixture
def db(db_url, corpus, request):
    if db_url.startswith("postgresql"):
        _store(db_url, corpus)
    else:  # the same rows, stored once: a copy of them
        copy_sqlite(request.getfixturevalue("stored_corpus"), Path(db_url))
    database = open_database(db_url)
    yield database
    database.close()


C = query.ClaimFilter
FILTERS = [
    C(), C(limit=5), C(limit=7, offset=30), C(offset=690), C(limit=0),
    C(statuses=("unconfirmed",)), C(statuses=("unconfirmed",), limit=50), C(statuses=("disputed", "corroborated")),
    C(statuses=("retracted",), limit=50), C(statuses=("confirmed",), offset=3, limit=9),
    C(kinds=("prediction",)), C(forms=("direct",), limit=20), C(anonymous=True), C(anonymous=False, limit=11),
    C(speaker="a"), C(speaker="a", limit=10), C(speaker="official", anonymous=True), C(outlet="e", limit=25),
    C(since="2022"), C(until="2021-06", limit=15), C(since="2020-03", until="2023-12-31"),
    C(search="the"), C(search="the", limit=12, offset=4), C(search="talks on"), C(search="ZZZ"), C(search="a"),
    C(all_versions=True), C(all_versions=True, limit=40, statuses=("unconfirmed",)),
    C(statuses=("unconfirmed",), search="will", speaker="e", limit=30),
]


def rows(db, f: query.ClaimFilter) -> list[tuple]:
    with db.session() as session:
        return [tuple(r.values()) for r in query.iter_claims(session, f)]


def plain(db, f: query.ClaimFilter) -> list[tuple]:
    """The single query with no plan: what every listing ran before the shapes were chosen."""
    with db.session() as session:
        return [tuple(query._row(r).values()) for r in session.execute(query.claim_query(f.validated()))]


@pytest.fixture(params=["walk", "look-up"])
def shape(request, monkeypatch):
    if request.param == "walk":
        monkeypatch.setattr(query, "LOOKUP_FLOOR", 0)
        monkeypatch.setattr(query, "LOOKUP_COST", 10**9)
        monkeypatch.setattr(query, "NAME_IDS", -1)
        monkeypatch.setattr(query, "WALK_FIRST", 2)
        monkeypatch.setattr(query, "WALK_MOST", 5)
    else:
        monkeypatch.setattr(query, "LOOKUP_FLOOR", 10**9)
        monkeypatch.setattr(query, "NAME_SHARE", 1.0)
    return request.param


@pytest.mark.slow
def test_every_shape_lists_the_rows_of_the_plain_query(db, shape):
    for f in FILTERS:
        f2 = query.ClaimFilter(**{k: v for k, v in vars(f).items()})
        assert rows(db, f) == plain(db, f2), f


def test_doc_and_version_filters(db, corpus):
    revised = next(d["document"]["slug"] for d in corpus if d["document"]["version"] == 2)
    latest = rows(db, C(doc=revised))
    first = rows(db, C(doc=revised, version=1))
    both = rows(db, C(doc=revised, all_versions=True))
    assert {r[2] for r in latest} == {2} and {r[2] for r in first} == {1}
    assert both == first + latest


def _plans(db, statements):
    with db.engine.connect() as conn:
        for statement, parameters in statements:
            if statement.lstrip().upper().startswith("SELECT"):
                yield statement, [r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]


@pytest.mark.parametrize("f", [
    C(statuses=("unconfirmed",), limit=50), C(limit=50), C(statuses=("retracted",), limit=50),
    C(kinds=("fact",), since="2020", limit=50), C(anonymous=True, limit=50), C(search="the", limit=50),
    C(search="Zzyzx"), C(speaker="official", limit=50),
])
def test_sqlite_first_page_never_scans_the_claim_table(tmp_path, stored_corpus, f):
    db = open_database(copy_sqlite(stored_corpus, tmp_path / "plans.db"))
    seen: list[tuple[str, tuple]] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, parameters, *a: seen.append((statement, parameters)))
    rows(db, f)
    assert seen
    for statement, plan in _plans(db, seen):
        scans = [line for line in plan if line.startswith("SCAN claim") and not line.startswith("SCAN claim_fts")]
        assert not scans, (statement, plan)
    db.close()


def _statements(db, data) -> int:
    count = 0

    def counter(*args):
        nonlocal count
        count += 1

    event.listen(db.engine, "before_cursor_execute", counter)
    with db.session() as session:
        store_claimset(session, data, actor="test")
        session.commit()
    event.remove(db.engine, "before_cursor_execute", counter)
    return count


def _bigger(slug: str, n: int) -> dict:
    data = make_claimset(slug=slug)
    data["speakers"] += [{"id": f"s{i}", "name": f"{slug} speaker {i}", "aliases": [], "kind": "person",
                          "anonymous": i % 2 == 0, "role": None, "affiliation": None} for i in range(4, n + 4)]
    data["outlets"] += [{"id": f"o{i}", "name": f"{slug} outlet {i}", "aliases": [], "country": None}
                        for i in range(3, n + 3)]
    return data


def test_storing_a_claim_set_takes_a_fixed_number_of_statements(db_url):
    db = open_database(db_url)
    small = _statements(db, _bigger("small", 1))
    large = _statements(db, _bigger("large", 60))
    known = _statements(db, _bigger("large", 60) | {"document": {**_bigger("large", 60)["document"],
                                                                    "slug": "again"}})
    assert small == large  # new speakers and outlets: one lookup and one insert each, however many
    assert known < large  # all known: lookups only
    db.close()


def test_count_listings_agree_with_the_claims_listed(db):
    from collections import Counter, defaultdict

    with db.session() as session:
        listed = list(query.iter_claims(session, C()))
        speakers = list(query.speaker_counts(session))
        outlets = list(query.outlet_counts(session))
        docs = list(query.document_counts(session))
    by_speaker, speaker_docs = Counter(), defaultdict(set)
    by_outlet, outlet_docs = Counter(), defaultdict(set)
    for r in listed:
        if r["speaker"] is not None:
            by_speaker[(r["speaker"], r["anonymous"])] += 1
            speaker_docs[(r["speaker"], r["anonymous"])].add(r["doc"])
        if r["outlet"] is not None:
            by_outlet[r["outlet"]] += 1
            outlet_docs[r["outlet"]].add(r["doc"])
    assert {(s["name"], s["anonymous"]): (s["claims"], s["documents"]) for s in speakers} == {
        (s["name"], s["anonymous"]): (by_speaker[(s["name"], s["anonymous"])],
                                       len(speaker_docs[(s["name"], s["anonymous"])])) for s in speakers}
    assert all(type(s["claims"]) is int and type(s["documents"]) is int for s in speakers)
    assert [s["claims"] for s in speakers] == sorted((s["claims"] for s in speakers), reverse=True)
    assert {o["name"]: (o["claims"], o["documents"]) for o in outlets} == {
        o["name"]: (by_outlet[o["name"]], len(outlet_docs[o["name"]])) for o in outlets}
    assert {d["doc"]: d["claims"] for d in docs} == dict(Counter(r["doc"] for r in listed))
    assert [d["doc"] for d in docs] == sorted(d["doc"] for d in docs)
