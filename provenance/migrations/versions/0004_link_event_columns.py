"""link events in columns of their own

A link made or removed was an Event whose `old` (unlink) or `new` (link) read "RELATION TARGET"
("corroborates 12"), parsed back with split() wherever it was needed. The relation and the claim
at the other end now have their own columns, `relation` and `target_claim_id`; this migration moves
the existing link events into them and clears their `old`/`new`. History listings show the same
"RELATION TARGET" text as before (`provenance.query.event_change`).

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

LINK_ACTIONS = ("link", "unlink", "unlink carried")
RELATIONS = ("corroborates", "contradicts", "repeats")

event = sa.table("event", sa.column("id", sa.Integer), sa.column("action", sa.String),
                 sa.column("old", sa.String), sa.column("new", sa.String),
                 sa.column("relation", sa.String), sa.column("target_claim_id", sa.Integer))
claim = sa.table("claim", sa.column("id", sa.Integer))


def _parse(value):
    """(relation, claim id) of an old link event's "RELATION TARGET", or None."""
    parts = (value or "").split()
    if len(parts) == 2 and parts[0] in RELATIONS and parts[1].isdigit():
        return parts[0], int(parts[1])
    return None


def upgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('relation', sa.String(), nullable=True))
        batch_op.add_column(sa.Column('target_claim_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_event_target_claim_id', 'claim', ['target_claim_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_event_target_claim_id'), ['target_claim_id'], unique=False)
    connection = op.get_bind()
    claims = set(connection.execute(sa.select(claim.c.id)).scalars())
    rows = connection.execute(sa.select(event.c.id, event.c.action, event.c.old, event.c.new)
                              .where(event.c.action.in_(LINK_ACTIONS))).all()
    updates = []
    for event_id, action, old, new in rows:
        found = _parse(old if action.startswith("unlink") else new)
        if found is not None and found[1] in claims:  # a row naming no stored claim stays as it was
            updates.append({"event_id": event_id, "relation": found[0], "target": found[1]})
    statement = (event.update().where(event.c.id == sa.bindparam("event_id"))
                 .values(relation=sa.bindparam("relation"), target_claim_id=sa.bindparam("target"),
                         old=None, new=None))
    for i in range(0, len(updates), 1000):
        connection.execute(statement, updates[i:i + 1000])


def downgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(event.c.id, event.c.action, event.c.relation, event.c.target_claim_id)
                              .where(event.c.relation.is_not(None))).all()
    updates = [{"event_id": event_id, "value": f"{relation} {target}",
                "unlinked": action.startswith("unlink")} for event_id, action, relation, target in rows]
    for unlinked, column in ((True, "old"), (False, "new")):
        part = [u for u in updates if u["unlinked"] is unlinked]
        statement = event.update().where(event.c.id == sa.bindparam("event_id")).values(
            {column: sa.bindparam("value")})
        for i in range(0, len(part), 1000):
            connection.execute(statement, [{"event_id": u["event_id"], "value": u["value"]} for u in part[i:i + 1000]])
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_target_claim_id'))
        batch_op.drop_constraint('fk_event_target_claim_id', type_='foreignkey')
        batch_op.drop_column('target_claim_id')
        batch_op.drop_column('relation')
