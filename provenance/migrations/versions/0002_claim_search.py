"""claim text search index

SQLite: an external-content FTS5 table `claim_fts` over claim.text with the trigram tokenizer,
kept in step with `claim` by three triggers. PostgreSQL: a GIN trigram index (pg_trgm) on
claim.text. Both index substrings, not words, so `claims --search` keeps its meaning (every word
occurs in the claim text, case-insensitively) and gives the same rows as the scan it replaces;
see provenance/query.py. Where the index cannot be made (a SQLite without FTS5 or trigram, a
PostgreSQL role that may not create pg_trgm) nothing is created and search scans as before.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# detail=none: the index keeps which rows hold a trigram, not where; a word is looked up as the
# AND of its trigrams and the claim text then checked with LIKE, so positions are never needed.
SQLITE_UP = (
    "CREATE VIRTUAL TABLE claim_fts USING fts5(text, content='claim', content_rowid='id', "
    "tokenize='trigram', detail=none)",
    "CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN "
    "INSERT INTO claim_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN "
    "INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER claim_fts_update AFTER UPDATE OF text ON claim BEGIN "
    "INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO claim_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO claim_fts(claim_fts) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS claim_fts_update",
    "DROP TRIGGER IF EXISTS claim_fts_delete",
    "DROP TRIGGER IF EXISTS claim_fts_insert",
    "DROP TABLE IF EXISTS claim_fts",
)
PG_INDEX = "ix_claim_text_trgm"


def _sqlite_has_trigram(bind) -> bool:
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.claim_fts_probe USING fts5(x, tokenize='trigram')")
    except sa.exc.DBAPIError:
        return False
    bind.exec_driver_sql("DROP TABLE temp.claim_fts_probe")
    return True


def _pg_trgm_schema(bind) -> str | None:
    """The schema holding pg_trgm, installing it (in public) when it is missing and allowed."""
    find = sa.text("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                   "WHERE e.extname = 'pg_trgm'")
    schema = bind.execute(find).scalar()
    if schema is not None:
        return schema
    available = bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar()
    if not available:
        return None
    # Installed once per database in a schema every role sees: an extension in a per-user schema
    # would vanish with that schema and take other schemas' indexes with it.
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
    except sa.exc.DBAPIError:
        return None
    return bind.execute(find).scalar()


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        if _sqlite_has_trigram(bind):
            for statement in SQLITE_UP:
                bind.exec_driver_sql(statement)
    elif bind.dialect.name == "postgresql":
        schema = _pg_trgm_schema(bind)
        if schema is not None:
            opclass = f'"{schema}".gin_trgm_ops'
            bind.exec_driver_sql(f"CREATE INDEX {PG_INDEX} ON claim USING gin (text {opclass})")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == "postgresql":
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")
