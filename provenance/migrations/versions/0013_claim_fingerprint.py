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
import hashlib
import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

BATCH = 5000
_NON_WORD = re.compile(r"\W+", re.UNICODE)


def fingerprint(text: str) -> str:
    """`provenance.folding.fingerprint` as this revision shipped it (a migration is history: it never
    imports the application, whose code moves on): 16 hex digits of a blake2b hash of the text's
    words, accents stripped (NFKD, combining marks dropped), case folded, punctuation a space."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        marks = [ch for ch in set(text) if ch > "\x7f" and unicodedata.combining(ch)]
        if marks:
            text = text.translate(dict.fromkeys(map(ord, marks)))
    words = " ".join(_NON_WORD.sub(" ", text.casefold()).split())
    return hashlib.blake2b(words.encode("utf-8"), digest_size=8).hexdigest()


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
