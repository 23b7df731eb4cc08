"""claim clusters

Claims that state the same thing form a cluster with a representative claim; each claim of a
cluster has one membership row, so 25 copies of a story add 25 rows where pairwise links added
hundreds. Filled by the rules at ingest and by `provenance recompute`.

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

from provenance.migrations.steps import create_table, indexes

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_table('cluster',
    sa.Column('representative_id', sa.Integer(), nullable=False),
    references={'representative_id': 'claim'},
    )
    indexes('cluster', ('representative_id',))
    op.create_table('cluster_member',
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('cluster_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], ),
    sa.PrimaryKeyConstraint('claim_id')
    )
    indexes('cluster_member', ('cluster_id',))


def downgrade() -> None:
    # a table's indexes go with it
    op.drop_table('cluster_member')
    op.drop_table('cluster')
