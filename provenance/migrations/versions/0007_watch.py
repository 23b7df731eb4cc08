"""feeds and stories that `watch` follows

`feed`: RSS/Atom feeds and single story pages to follow, with their fetch state (ETag,
Last-Modified, last answer, failures and the backoff they earned, and a lease held by the process
fetching it). `story`: every story URL seen, the document it became, and the same fetch state.
`watch_round`: the pass over them that processes join, so that machines sharing the database fetch
each story once per round.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa

from provenance.migrations.steps import create_table, indexes

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _followed(name: str, *columns: sa.Column, references: dict[str, str] = {}) -> None:
    """A feed or a story: an address followed (unique), `columns`, and its fetch state."""
    create_table(name,
    sa.Column('url', sa.Text(), nullable=False),
    *columns,
    sa.Column('etag', sa.String(), nullable=True),
    sa.Column('last_modified', sa.String(), nullable=True),
    sa.Column('last_fetched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_status', sa.String(), nullable=True),
    sa.Column('failures', sa.Integer(), server_default='0', nullable=False),
    sa.Column('next_fetch_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('leased_by', sa.String(), nullable=True),
    references=references,
    unique={None: ('url',)},
    )


def upgrade() -> None:
    _followed('feed',
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('outlet', sa.String(), nullable=True),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('added_by', sa.String(), nullable=True),
    )
    _followed('story',
    sa.Column('feed_id', sa.Integer(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(), nullable=True),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    references={'document_id': 'document', 'feed_id': 'feed'},
    )
    indexes('story', ('document_id', 'feed_id', 'first_seen_at'))
    create_table('watch_round',
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('started_by', sa.String(), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table('watch_round')
    op.drop_table('story')
    op.drop_table('feed')
