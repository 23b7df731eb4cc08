"""a reviewer's verdict, separate from the sourcing status

`event.verdict`: the verdict text a fact-checker publishes with a review (`review --verdict`,
ClaimReview's reviewRating.alternateName), kept beside the status the review sets.

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("verdict", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("verdict")
