"""`claims --search` through the text index (FTS5 trigram on SQLite, pg_trgm on PostgreSQL).

The index only narrows the search: every word must still occur in the claim text, compared
case-insensitively as before. So each search is run twice, with the index and on a copy of the
database without it (the scan every search used to be), and the two must agree row for row.
"""

from __future__ import annotations

import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from provenance import query
from provenance.db import open_database
from provenance.store import store_claimset

SENTENCES = [
    "The bridge is safe.",
    "An abridged report was published on 1 May.",
    'She said "no deal" AND OR NEAR(talks) were off.',
    "Türkiye and İstanbul officials met in Zürich.",
    "Prices rose 100% in a year; growth_rate fell.",
    "東京 talks resumed after a pause.",
    "It's the O'Brien plan - a 'test' (draft) * ^ : text:bridge",
]


def claimset(slug: str, sentences: list[str], version: int = 1) -> dict:
    """A claim set whose claims are whole sentences, all by one named speaker."""
    body = " ".join(sentences)
    claims, start = [], 0
    for seq, sentence in enumerate(sentences, 1):
        start = body.index(sentence, start)
        claims.append({"id": f"c{seq}", "seq": seq, "start": start, "end": start + len(sentence), "text": sentence,
                       "speaker": "s1", "outlet": "o1", "form": "indirect", "kind": "fact", "status": "confirmed",
                       "reason": "test"})
        start += len(sentence)
    return {
        "format": "provenance-claimset", "format_version": 1,
        "document": {"slug": slug, "title": slug, "outlet": "Example Gazette", "url": None, "language": "en",
                     "version": version, "published": "2025-05-01", "text": body},
        "speakers": [{"id": "s1", "name": "Jane Roe", "aliases": [], "kind": "person", "anonymous": False,
                      "role": None, "affiliation": None}],
        "outlets": [{"id": "o1", "name": "Example Gazette", "aliases": [], "country": None}],
        "claims": claims,
        "links": [],
    }


def store(db, data: dict) -> None:
    with db.session() as session:
        store_claimset(session, data, actor="test")
        session.commit()


def search(db, words: str, **filters) -> list[int]:
    with db.session() as session:
        return [row["seq"] for row in query.iter_claims(session, query.ClaimFilter(search=words, **filters))]


def drop_index(db) -> None:
    """The database as it was before migration 0002: no text index, every search a scan."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            for trigger in ("claim_fts_insert", "claim_fts_delete", "claim_fts_update"):
                conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
            conn.exec_driver_sql("DROP TABLE claim_fts")
        else:
            conn.exec_driver_sql("DROP INDEX ix_claim_text_trgm")


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    store(database, claimset("story", SENTENCES))
    yield database
    database.close()


class Statements:
    """The SQL statements an engine runs, to see whether a search went through the FTS table."""

    def __init__(self, engine):
        self.seen: list[str] = []
        event.listen(engine, "before_cursor_execute", self._record)
        self.engine = engine

    def _record(self, conn, cursor, statement, *args):
        self.seen.append(statement)

    def used_fts(self) -> bool:
        return any("claim_fts MATCH" in s for s in self.seen)


HOSTILE = [
    "bridge", "BRIDGE safe", "brid", '"no deal"', "AND", "OR", "NEAR(talks)", "text:bridge", "*", "^", "(draft)",
    '"', "'", "O'Brien", "100%", "%", "_", "growth_rate", "Türkiye", "İstanbul", "zürich", "TÜRKİYE", "東京",
    "東京 talks", "' OR 1=1 --", "x'); DROP TABLE claim; --", '" OR "', "bri*", "-bridge", "bridge NOT safe",
    "{text}: safe", "NEAR(bridge safe, 2)", "a", "is", "   ",
]


def test_search_gives_the_rows_the_scan_gave(db):
    with_index = {words: search(db, words) for words in HOSTILE}
    drop_index(db)
    for words in HOSTILE:
        assert search(db, words) == with_index[words], words
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM claim")).scalar() == len(SENTENCES)


MEANING = [
    ("bridge", [1, 2, 7]),  # a substring, not a word: "abridged" holds "bridge"
    ("BRIDGE safe", [1]),
    ('"no deal"', [3]),
    ("NEAR(talks)", [3]),
    ("text:bridge", [7]),
    ("* ^", [7]),
    ("100%", [5]),
    ("_", [5]),
    ("Türkiye", [4]),
    ("zürich", [4]),
    ("東京", [6]),
    ("' OR 1=1 --", []),
    ("x'); DROP TABLE claim; --", []),
]


def test_search_meaning(db):
    for words, seqs in MEANING:
        assert search(db, words) == seqs, words


def test_sqlite_search_goes_through_fts_and_quotes_every_word(tmp_path):
    db = open_database(str(tmp_path / "fts.db"))
    store(db, claimset("story", SENTENCES))
    statements = Statements(db.engine)
    assert search(db, 'NEAR(talks) "no') == [3]
    assert statements.used_fts()
    statements.seen.clear()
    assert search(db, "is a") == [1, 2]  # no word of three characters: LIKE alone
    assert not statements.used_fts()
    db.close()


def test_text_no_database_can_hold_is_an_input_error(db):
    from provenance.errors import InputError

    with pytest.raises(InputError, match="--search contains a NUL character"):
        search(db, "ab\x00cd")
    with pytest.raises(InputError, match="--search is not valid UTF-8 text"):
        search(db, "caf\udce9")  # what the command line makes of a Latin-1 byte


def test_fts_query_quotes_each_trigram():
    assert query.fts_query(["a\"b'c"]) == '"a""b" AND """b\'" AND "b\'c"'
    assert query.fts_query(["NEAR("]) == '"NEA" AND "EAR" AND "AR("'
    assert query.fts_query(["ab", ""]) is None
    assert query.fts_query(["ab\x00cd"]) is None  # a NUL would end the FTS query early: LIKE alone


def test_results_follow_new_imports_versions_and_edits(db):
    assert search(db, "zebra crossing") == []
    store(db, claimset("second", ["A zebra crossing was painted.", "Nothing else."]))
    assert search(db, "zebra crossing") == [1]
    # a new version of the first story replaces its claims in listings (the old stay with --all-versions)
    store(db, claimset("story", ["The bridge is closed.", "The zebra crossing moved."], version=2))
    with db.session() as session:
        rows = list(query.iter_claims(session, query.ClaimFilter(search="bridge")))
        assert [(r["doc"], r["version"], r["seq"]) for r in rows] == [("story", 2, 1)]
        every = list(query.iter_claims(session, query.ClaimFilter(search="bridge", all_versions=True)))
        assert [(r["doc"], r["version"], r["seq"]) for r in every] == [
            ("story", 1, 1), ("story", 1, 2), ("story", 1, 7), ("story", 2, 1)]
    assert [(r) for r in search(db, "zebra")] == [1, 2]
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE claim SET text = 'A pelican crossing was painted.' WHERE text LIKE 'A zebra%'"))
    assert search(db, "zebra") == [2]
    assert search(db, "pelican") == [1]
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM claim WHERE text = 'A pelican crossing was painted.'"))
    assert search(db, "pelican") == []
    assert search(db, "crossing") == [2]


def test_upgrading_a_filled_database_indexes_its_claims(tmp_path):
    from alembic import command

    from provenance.db import alembic_config, make_engine, resolve_url

    path = str(tmp_path / "old.db")
    filled = open_database(path)
    store(filled, claimset("story", SENTENCES))
    filled.close()
    engine = make_engine(resolve_url(path))  # back to the first revision, claims kept, no search index
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
    engine.dispose()
    db = open_database(path)
    statements = Statements(db.engine)
    assert search(db, "bridge") == [1, 2, 7]
    assert statements.used_fts()
    db.close()


@pytest.fixture(scope="module")
def twin_databases(tmp_path_factory):
    """Two SQLite copies of one database, with and without the index, for generated searches."""
    folder = tmp_path_factory.mktemp("search")
    indexed = folder / "indexed.db"
    db = open_database(str(indexed))
    store(db, claimset("story", SENTENCES))
    store(db, claimset("more", [s.upper() for s in SENTENCES] + [s[::-1] for s in SENTENCES]))
    db.close()
    plain = folder / "plain.db"
    shutil.copy(indexed, plain)
    scan = open_database(str(plain))
    drop_index(scan)
    db = open_database(str(indexed))
    yield db, scan
    db.close()
    scan.close()


WORDS = sorted({w for s in SENTENCES for w in s.split()} | {w[1:4] for s in SENTENCES for w in s.split()})


TYPED = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=6)


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(WORDS), TYPED), min_size=1, max_size=3))
def test_any_search_text_matches_the_scan(twin_databases, words):
    db, scan = twin_databases
    typed = " ".join(words)
    assert search(db, typed) == search(scan, typed)


@pytest.mark.slow
def test_cli_search_with_operators(run, tmp_path):
    path = tmp_path / "story.json"
    path.write_text(json.dumps(claimset("story", SENTENCES)), encoding="utf-8")
    assert run("import", str(path)).exit_code == 0
    result = run("claims", "--search", 'NEAR(talks) "no deal" OR', "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["seq"] for r in json.loads(result.stdout)] == [3]


def test_search_words_split_like_before():
    assert query.search_words("  two  words ") == ["two", "words"]
    assert query.search_words(None) == []
