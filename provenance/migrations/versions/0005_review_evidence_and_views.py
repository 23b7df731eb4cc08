"""review evidence and notes; readable views for SQL tools

A reviewer's decision can carry the address of its evidence and a note longer than the one-line
reason: two nullable columns of `event`.

`claims_view` and `sources_view` join the names into the claims, so Datasette (`datasette
provenance.db`) or any SQL console shows readable rows without knowing the ids. Plain SQL that both
SQLite and PostgreSQL read the same way. A later migration that recreates a table these views read
(SQLite's batch mode copies, drops and renames it) works because migrations/env.py runs SQLite
migrations with `legacy_alter_table` on; one that drops or retypes a column they name must drop
the views first and create them again after.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

CLAIMS_VIEW = """
CREATE VIEW claims_view AS
SELECT claim.id AS id, document.slug AS doc, document.title AS title, version.number AS version,
  CASE WHEN version.number = (SELECT max(newer.number) FROM version AS newer
                              WHERE newer.document_id = version.document_id) THEN 1 ELSE 0 END AS latest,
  claim.seq AS seq, claim.char_start AS char_start, claim.char_end AS char_end, claim.text AS text,
  speaker.name AS speaker, speaker.anonymous AS anonymous, speaker.role AS speaker_role,
  speaker.affiliation AS affiliation, outlet.name AS outlet, publisher.name AS publisher,
  claim.cue AS cue, claim.form AS form, claim.stated_on AS stated_on, claim.event_on AS event_on,
  claim.kind AS kind, claim.status AS status, claim.reason AS reason, claim.reviewed_by AS reviewed_by
FROM claim
JOIN version ON version.id = claim.version_id
JOIN document ON document.id = version.document_id
LEFT JOIN speaker ON speaker.id = claim.speaker_id
LEFT JOIN outlet ON outlet.id = claim.outlet_id
LEFT JOIN outlet AS publisher ON publisher.id = document.outlet_id
"""

# One row per speaker, outlet and document: who is quoted where, how often, and how it stands.
SOURCES_VIEW = """
CREATE VIEW sources_view AS
SELECT speaker.id AS speaker_id, speaker.name AS speaker, speaker.kind AS kind, speaker.anonymous AS anonymous,
  speaker.role AS role, speaker.affiliation AS affiliation, outlet.name AS outlet, document.slug AS doc,
  version.number AS version, count(claim.id) AS claims,
  sum(CASE WHEN claim.status = 'confirmed' THEN 1 ELSE 0 END) AS confirmed,
  sum(CASE WHEN claim.status = 'corroborated' THEN 1 ELSE 0 END) AS corroborated,
  sum(CASE WHEN claim.status = 'unconfirmed' THEN 1 ELSE 0 END) AS unconfirmed,
  sum(CASE WHEN claim.status = 'disputed' THEN 1 ELSE 0 END) AS disputed,
  sum(CASE WHEN claim.status = 'retracted' THEN 1 ELSE 0 END) AS retracted
FROM claim
JOIN speaker ON speaker.id = claim.speaker_id
JOIN version ON version.id = claim.version_id
JOIN document ON document.id = version.document_id
LEFT JOIN outlet ON outlet.id = claim.outlet_id
WHERE version.number = (SELECT max(newer.number) FROM version AS newer WHERE newer.document_id = version.document_id)
GROUP BY speaker.id, speaker.name, speaker.kind, speaker.anonymous, speaker.role, speaker.affiliation,
  outlet.name, document.slug, version.number
"""


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evidence_url", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
    op.execute(CLAIMS_VIEW)
    op.execute(SOURCES_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS sources_view")
    op.execute("DROP VIEW IF EXISTS claims_view")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("note")
        batch_op.drop_column("evidence_url")
