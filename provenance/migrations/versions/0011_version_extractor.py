"""version extractor

What extracted a version's claims: the claim set's "extractor" record (the attribution model's
version) as JSON, so `export --format claimset` gives it back; null for claim sets that had none.

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa

from provenance.migrations.steps import column_added

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


# dropped in place on SQLite (3.35+): a batch rebuild drops the version table under the claims that
# reference it, which foreign keys refuse
upgrade, downgrade = column_added('version', 'extractor', sa.Text(), nullable=True, drop_in_place=True)
