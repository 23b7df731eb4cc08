"""a claim's stance

`claim.stance`: what the speaker does with the claim's content (asserts, denies,
declines_to_confirm, retracts); a denial's content is the proposition denied. Claims stored before
it get the stance their cue gives (the rules read denials off the cue until then).

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

STANCE_OF = {"deny": "denies", "nonconfirm": "declines_to_confirm", "retract": "retracts"}


def upgrade() -> None:
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stance", sa.String(), nullable=False, server_default="asserts"))
    from provenance.corroboration import cue_kind

    conn = op.get_bind()
    claim = sa.table("claim", sa.column("cue", sa.String), sa.column("stance", sa.String))
    cues = conn.execute(sa.select(claim.c.cue).where(claim.c.cue.is_not(None)).distinct()).scalars().all()
    for cue in cues:  # one statement a distinct cue ("denied", "did not confirm", ...)
        stance = STANCE_OF.get(cue_kind(cue) or "")
        if stance:
            conn.execute(claim.update().where(claim.c.cue == cue).values(stance=stance))


# 0002's triggers that keep claim_fts in step with claim: on SQLite the batch drop_column below copies
# claim into a new table, and the triggers go with the old one
FTS_TRIGGERS = (
    "CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN "
    "INSERT INTO claim_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN "
    "INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER claim_fts_update AFTER UPDATE OF text ON claim BEGIN "
    "INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO claim_fts(rowid, text) VALUES (new.id, new.text); END",
)


def downgrade() -> None:
    bind = op.get_bind()
    triggers = bind.dialect.name == "sqlite" and bind.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'claim_fts_%'").scalar()
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_column("stance")
    if triggers:
        for statement in FTS_TRIGGERS:
            bind.exec_driver_sql(statement)
