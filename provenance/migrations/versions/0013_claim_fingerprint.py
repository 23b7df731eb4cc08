"""claim fingerprint

A claim's `fingerprint` (`provenance.folding.fingerprint`: a hash of its words, folded) is the key
copies of one sentence share. The claim search index counts and returns one claim a fingerprint
(the first stored, found through the index on (fingerprint, id)), so a story reprinted hundreds of
times does not make its words common, and a new copy finds its stored copies directly.

Plain ADD COLUMN, not a batch copy of the claim table: SQLite would drop the text search triggers
on it. Claims stored before get their fingerprint here.

Revision ID: 0013
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

from provenance.folding import fingerprint

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.add_column('claim', sa.Column('fingerprint', sa.String(), nullable=True))
    bind = op.get_bind()
    claim = sa.table('claim', sa.column('id', sa.Integer), sa.column('text', sa.Text),
                     sa.column('fingerprint', sa.String))
    last = 0
    while True:
        rows = bind.execute(sa.select(claim.c.id, claim.c.text).where(claim.c.id > last)
                            .order_by(claim.c.id).limit(BATCH)).all()
        if not rows:
            break
        bind.execute(sa.update(claim).where(claim.c.id == sa.bindparam('cid'))
                     .values(fingerprint=sa.bindparam('fp')),
                     [{'cid': cid, 'fp': fingerprint(text)} for cid, text in rows])
        last = rows[-1][0]
    op.create_index('ix_claim_fingerprint', 'claim', ['fingerprint', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_claim_fingerprint', table_name='claim')
    # SQLite 3.35+ drops a column in place (its triggers stay)
    op.drop_column('claim', 'fingerprint')
