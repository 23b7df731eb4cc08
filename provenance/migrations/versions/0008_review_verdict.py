"""a reviewer's verdict, separate from the sourcing status

`event.verdict`: the verdict text a fact-checker publishes with a review (`review --verdict`,
ClaimReview's reviewRating.alternateName), kept beside the status the review sets.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa

from provenance.migrations.steps import column_added

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


upgrade, downgrade = column_added("event", "verdict", sa.Text(), nullable=True)
