"""The migrated schema, exactly: tables, columns, foreign keys and indexes, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from provenance.db import current_revision, head_revision, open_database, resolve_url
from provenance.errors import DatabaseError

EXPECTED_COLUMNS = {
    "alembic_version": ["version_num"],
    "outlet": ["id", "name", "aliases", "country"],
    "speaker": ["id", "name", "aliases", "kind", "anonymous", "role", "affiliation"],
    "document": ["id", "slug", "title", "outlet_id", "url", "language", "created_at"],
    "version": ["id", "document_id", "number", "sha256", "text", "published", "ingested_at", "extractor"],
    "claim": ["id", "version_id", "seq", "char_start", "char_end", "text", "sentence_start", "sentence_end",
              "speaker_id", "speaker_start", "speaker_end", "outlet_id", "cue", "cue_start", "cue_end", "form",
              "stated_on", "event_on", "kind", "status", "reason", "reviewed_by", "stance", "via", "origin_speaker_id",
              "origin_outlet_id", "fingerprint", "speaker_kind", "speaker_role", "speaker_affiliation"],
    "link": ["id", "source_id", "target_id", "relation", "created_by", "reason", "created_at"],
    "event": ["id", "at", "actor", "action", "document_id", "claim_id", "old", "new", "reason", "relation",
              "target_claim_id", "evidence_url", "note", "verdict"],
    "page": ["id", "version_id", "url", "final_url", "fetched_at", "http_status", "etag", "last_modified",
             "content_type", "charset", "author", "modified", "raw", "raw_encoding"],
    "feed": ["id", "url", "kind", "name", "outlet", "added_at", "added_by", "etag", "last_modified", "last_fetched_at",
             "last_status", "failures", "next_fetch_at", "lease_until", "leased_by"],
    "story": ["id", "url", "feed_id", "document_id", "title", "first_seen_at", "etag", "last_modified",
              "last_fetched_at", "last_status", "failures", "next_fetch_at", "lease_until", "leased_by"],
    "watch_round": ["id", "started_at", "started_by", "finished_at"],
    "cluster": ["id", "representative_id"],
    "cluster_member": ["claim_id", "cluster_id"],
}
EXPECTED_VIEWS = {
    "claims_view": ["id", "doc", "title", "version", "latest", "seq", "char_start", "char_end", "text", "speaker",
                    "anonymous", "speaker_role", "affiliation", "outlet", "publisher", "cue", "form", "stated_on",
                    "event_on", "kind", "status", "reason", "reviewed_by"],
    "sources_view": ["speaker_id", "speaker", "kind", "anonymous", "role", "affiliation", "outlet", "doc", "version",
                     "claims", "confirmed", "corroborated", "unconfirmed", "disputed", "retracted"],
}
EXPECTED_FOREIGN_KEYS = {
    ("document", ("outlet_id",), "outlet"),
    ("version", ("document_id",), "document"),
    ("claim", ("version_id",), "version"),
    ("claim", ("speaker_id",), "speaker"),
    ("claim", ("outlet_id",), "outlet"),
    ("claim", ("origin_speaker_id",), "speaker"),
    ("claim", ("origin_outlet_id",), "outlet"),
    ("link", ("source_id",), "claim"),
    ("link", ("target_id",), "claim"),
    ("event", ("document_id",), "document"),
    ("event", ("claim_id",), "claim"),
    ("event", ("target_claim_id",), "claim"),
    ("page", ("version_id",), "version"),
    ("story", ("feed_id",), "feed"),
    ("story", ("document_id",), "document"),
    ("cluster", ("representative_id",), "claim"),
    ("cluster_member", ("claim_id",), "claim"),
    ("cluster_member", ("cluster_id",), "cluster"),
}
EXPECTED_INDEXES = {
    ("outlet", "ix_outlet_name", ("name",), True),
    ("outlet", "ix_outlet_country", ("country",), False),
    ("speaker", "ix_speaker_name", ("name",), False),
    ("speaker", "ix_speaker_anonymous", ("anonymous",), False),
    ("speaker", "ix_speaker_affiliation", ("affiliation",), False),
    ("speaker", "ix_speaker_role", ("role",), False),
    ("document", "ix_document_slug", ("slug",), True),
    ("document", "ix_document_outlet_id", ("outlet_id",), False),
    ("version", "ix_version_document_id", ("document_id",), False),
    ("version", "ix_version_sha256", ("sha256",), False),
    ("version", "ix_version_published", ("published",), False),
    ("claim", "ix_claim_version_id", ("version_id",), False),
    ("claim", "ix_claim_speaker_id", ("speaker_id",), False),
    ("claim", "ix_claim_outlet_id", ("outlet_id",), False),
    ("claim", "ix_claim_origin_speaker_id", ("origin_speaker_id",), False),
    ("claim", "ix_claim_origin_outlet_id", ("origin_outlet_id",), False),
    ("claim", "ix_claim_form", ("form",), False),
    ("claim", "ix_claim_stated_on", ("stated_on",), False),
    ("claim", "ix_claim_event_on", ("event_on",), False),
    ("claim", "ix_claim_kind", ("kind",), False),
    ("claim", "ix_claim_status", ("status",), False),
    ("claim", "ix_claim_version_speaker_outlet", ("version_id", "speaker_id", "outlet_id"), False),
    ("claim", "ix_claim_fingerprint", ("fingerprint", "id"), False),
    ("claim", "ix_claim_stance", ("stance",), False),
    ("link", "ix_link_source_id", ("source_id",), False),
    ("link", "ix_link_target_id", ("target_id",), False),
    ("link", "ix_link_relation", ("relation",), False),
    ("event", "ix_event_at", ("at",), False),
    ("event", "ix_event_actor", ("actor",), False),
    ("event", "ix_event_action", ("action",), False),
    ("event", "ix_event_document_id", ("document_id",), False),
    ("event", "ix_event_claim_id", ("claim_id",), False),
    ("event", "ix_event_target_claim_id", ("target_claim_id",), False),
    ("page", "ix_page_version_id", ("version_id",), True),
    ("page", "ix_page_final_url", ("final_url",), False),
    ("story", "ix_story_feed_id", ("feed_id",), False),
    ("story", "ix_story_document_id", ("document_id",), False),
    ("story", "ix_story_first_seen_at", ("first_seen_at",), False),
    ("cluster", "ix_cluster_representative_id", ("representative_id",), False),
    ("cluster_member", "ix_cluster_member_cluster_id", ("cluster_id",), False),
}
EXPECTED_UNIQUE = {
    ("speaker", ("name", "anonymous")),
    ("version", ("document_id", "number")),
    ("version", ("document_id", "sha256")),
    ("claim", ("version_id", "seq")),
    ("link", ("source_id", "target_id", "relation")),
    ("feed", ("url",)),
    ("story", ("url",)),
}


def test_blank_database_migrates_to_the_exact_schema(blank_db_url):
    db = open_database(blank_db_url)
    try:
        insp = inspect(db.engine)
        tables = set(insp.get_table_names())
        assert {t for t in tables if not t.startswith("claim_fts")} >= set(EXPECTED_COLUMNS)
        for table, columns in EXPECTED_COLUMNS.items():
            assert [c["name"] for c in insp.get_columns(table)] == columns, table
        fks = {(t, tuple(fk["constrained_columns"]), fk["referred_table"])
               for t in EXPECTED_COLUMNS for fk in insp.get_foreign_keys(t)}
        assert fks == EXPECTED_FOREIGN_KEYS
        indexes = {(t, ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                   for t in EXPECTED_COLUMNS for ix in insp.get_indexes(t) if ix["name"].startswith("ix_")}
        assert EXPECTED_INDEXES <= indexes
        unique = {(t, tuple(u["column_names"])) for t in EXPECTED_COLUMNS for u in insp.get_unique_constraints(t)}
        assert EXPECTED_UNIQUE <= unique
        assert set(insp.get_view_names()) == set(EXPECTED_VIEWS)
        for view, columns in EXPECTED_VIEWS.items():
            assert [c["name"] for c in insp.get_columns(view)] == columns, view
        assert current_revision(db.engine) == head_revision()
    finally:
        db.close()


def test_claim_text_search_index(blank_db_url):
    """Migration 0002: FTS5 trigram table and its triggers on SQLite, a pg_trgm GIN index on PostgreSQL."""
    db = open_database(blank_db_url)
    try:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                names = {(kind, name) for kind, name in conn.exec_driver_sql(
                    "SELECT type, name FROM sqlite_master WHERE name LIKE 'claim_fts%'")}
                assert {("table", "claim_fts"), ("trigger", "claim_fts_insert"), ("trigger", "claim_fts_delete"),
                        ("trigger", "claim_fts_update")} <= names
                sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'claim_fts'").scalar()
                assert "content='claim'" in sql and "tokenize='trigram'" in sql
            else:
                indexes = {ix["name"]: ix for ix in inspect(conn).get_indexes("claim")}
                assert "ix_claim_text_trgm" in indexes
                definition = conn.execute(text(
                    "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_claim_text_trgm' "
                    "AND schemaname = current_schema()")).scalar()
                assert "USING gin" in definition and "gin_trgm_ops" in definition
    finally:
        db.close()


def test_opening_twice_is_a_no_op(blank_db_url):
    open_database(blank_db_url).close()
    db = open_database(blank_db_url)
    assert current_revision(db.engine) == head_revision()
    db.close()


def test_sqlite_pragmas(tmp_path):
    db = open_database(str(tmp_path / "p.db"))
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    db.close()


def test_url_resolution(tmp_path, monkeypatch):
    monkeypatch.setenv("PROVENANCE_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url(str(tmp_path / "opt.db")) == f"sqlite:///{tmp_path / 'opt.db'}"
    monkeypatch.delenv("PROVENANCE_DB")
    monkeypatch.chdir(tmp_path)
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'provenance.db'}"
    assert resolve_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"


@pytest.mark.parametrize("bad, message", [
    ("/no/such/folder/x.db", "does not exist"),
    ("mysql://u@h/d", "unsupported database URL"),
])
def test_bad_database_locations(bad, message):
    with pytest.raises(DatabaseError, match=message):
        open_database(bad)


def test_unreachable_postgres_is_one_clear_error():
    with pytest.raises(DatabaseError, match="cannot open database .*check --db"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_head_revision_read_from_the_files_is_alembics():
    from alembic.script import ScriptDirectory

    from provenance.db import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_views_show_names_for_sql_tools(db_url, seed_claimset_path):
    """claims_view and sources_view (for Datasette and SQL consoles) read the seed with names joined in."""
    from click.testing import CliRunner

    from provenance.cli import cli

    assert CliRunner().invoke(cli, ["--db", db_url, "import", str(seed_claimset_path)]).exit_code == 0
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            row = conn.execute(text("SELECT doc, version, latest, speaker, anonymous, outlet, publisher, status "
                                    "FROM claims_view WHERE id = 7")).one()
            assert tuple(row) == ("azerbaijan-mediation", 1, 1, "Israeli media", True, "Daily Sabah", "Al-Estiklal",
                                  "unconfirmed")
            total = conn.execute(text("SELECT count(*) FROM claims_view")).scalar()
            assert total == conn.execute(text("SELECT count(*) FROM claim")).scalar() == 55
            counted = conn.execute(text("SELECT sum(claims) FROM sources_view")).scalar()
            with_speaker = conn.execute(text("SELECT count(*) FROM claim WHERE speaker_id IS NOT NULL")).scalar()
            assert counted == with_speaker
            hasan = conn.execute(text("SELECT claims, unconfirmed + confirmed + corroborated + disputed + retracted "
                                      "FROM sources_view WHERE speaker = 'Hisham Gunay'")).all()
            assert [tuple(r) for r in hasan] == [(5, 5)]
    finally:
        db.close()
