"""a claim's stance

`claim.stance`: what the speaker does with the claim's content (asserts, denies,
declines_to_confirm, retracts); a denial's content is the proposition denied. Claims stored before
it get the stance their cue gives (the rules read denials off the cue until then).

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

from provenance.migrations.steps import column_added

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


# dropped in place on SQLite (3.35+): a batch rebuild would drop the claim table under the links,
# events and cluster members that reference it (foreign keys are on: the DROP fails) and would lose
# 0002's claim_fts triggers with it
_add_stance, downgrade = column_added("claim", "stance", sa.String(), nullable=False, server_default="asserts",
                                         drop_in_place=True)


def upgrade() -> None:
    _add_stance()
    from provenance.corroboration import stance_of_cue

    conn = op.get_bind()
    claim = sa.table("claim", sa.column("cue", sa.String), sa.column("stance", sa.String))
    cues = conn.execute(sa.select(claim.c.cue).where(claim.c.cue.is_not(None)).distinct()).scalars().all()
    for cue in cues:  # one statement a distinct cue ("denied", "did not confirm", ...)
        stance = stance_of_cue(cue)
        if stance != "asserts":
            conn.execute(claim.update().where(claim.c.cue == cue).values(stance=stance))
