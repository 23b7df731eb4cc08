"""`provenance claims` reads a plain page of claims with sqlite3 alone (provenance.quickread): its
rows must be exactly those of query.iter_claims, in the same order, for every filter it answers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from provenance import query, quickread
from provenance.db import open_database
from provenance.listing import CLAIM_COLUMNS, ClaimFilter
from provenance.location import resolve_url
from provenance.store import store_claimset

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import Corpus  # noqa: E402

C = ClaimFilter
ANSWERED = [
    C(), C(limit=5), C(limit=7, offset=30), C(offset=290), C(limit=0), C(limit=20),
    C(kinds=("prediction",)), C(forms=("direct", "indirect"), limit=20), C(anonymous=True),
    C(anonymous=False, limit=11), C(since="2022"), C(until="2021-06", limit=15),
    C(since="2020-03", until="2023-12-31"), C(all_versions=True), C(all_versions=True, limit=40, offset=3),
]
PLANNED = [C(statuses=("unconfirmed",)), C(speaker="a"), C(outlet="e"), C(search="the")]


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("quick") / "quick.db")
    database = open_database(path)
    with database.session() as session:
        for data in Corpus(seed=7, claims_per_doc=(3, 12)).claimsets(300):
            store_claimset(session, data, actor="test")
        session.commit()
    yield database
    database.close()


def _docs(database) -> tuple[str, str]:
    """A document with two versions and one with one."""
    with database.reading() as session:
        every = list(query.iter_claims(session, C(all_versions=True)))
    revised = next(r["doc"] for r in every if r["version"] == 2)
    single = next(r["doc"] for r in every if r["doc"] != revised)
    return revised, single


def _both(database, f: ClaimFilter) -> tuple[list[dict], list[dict] | None]:
    with database.reading() as session:
        expected = list(query.iter_claims(session, ClaimFilter(**vars(f)).validated()))
    conn = quickread.connect(resolve_url(database.url.replace("sqlite:///", "")))
    assert conn is not None
    try:
        found = quickread.iter_claims(conn, ClaimFilter(**vars(f)).validated())
        return expected, None if found is None else list(found)
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("walk", [(32, 1024), (2, 5)], ids=["batches", "small-batches"])
def test_the_rows_are_those_of_the_query(database, monkeypatch, walk):
    monkeypatch.setattr(quickread, "WALK_FIRST", walk[0])
    monkeypatch.setattr(quickread, "WALK_MOST", walk[1])
    revised, single = _docs(database)
    filters = [*ANSWERED, C(doc=revised), C(doc=revised, version=1), C(doc=revised, all_versions=True),
               C(doc=single, limit=2, offset=1), C(doc=single, kinds=("fact",))]
    for f in filters:
        expected, found = _both(database, f)
        assert found == expected, f
    assert list(expected[0]) == list(CLAIM_COLUMNS)


def test_what_it_does_not_answer_goes_the_usual_way(database, tmp_path):
    for f in PLANNED + [C(doc="no-such-document"), C(doc=_docs(database)[1], version=9)]:
        assert _both(database, f)[1] is None, f
    assert quickread.connect(resolve_url(str(tmp_path / "missing.db"))) is None
    assert not (tmp_path / "missing.db").exists()
    assert quickread.connect("postgresql+psycopg://nobody@localhost/none") is None


def test_a_database_behind_the_newest_schema_goes_the_usual_way(database, tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.commit()
    conn.close()
    assert quickread.connect(resolve_url(str(path))) is None
