"""withdrawal lookups

Two indexes through which ingest finds, beside a new document, the stored claims a party's
withdrawal ('X has withdrawn its claim that C') and that party's accounts meet through, whatever
their words: `claim.stance` (the stored withdrawals, stance `retracts`, are few) and `speaker.role`
(the speakers whose role opens with the party's name: "X's operations director"), looked up by a
prefix (on PostgreSQL with text_pattern_ops, so that LIKE 'X%' can use it).

Revision ID: 0014
Revises: 0013
"""
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_claim_stance', 'claim', ['stance'], unique=False)
    op.create_index('ix_speaker_role', 'speaker', ['role'], unique=False, postgresql_ops={'role': 'text_pattern_ops'})


def downgrade() -> None:
    op.drop_index('ix_speaker_role', table_name='speaker')
    op.drop_index('ix_claim_stance', table_name='claim')
