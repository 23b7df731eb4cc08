"""a claim's stance

`claim.stance`: what the speaker does with the claim's content (asserts, denies,
declines_to_confirm, retracts); a denial's content is the proposition denied. Claims stored before
it get the stance their cue gives (the rules read denials off the cue until then).

Revision ID: 0010
Revises: 0009
"""
import json
import re
from pathlib import Path

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


# the cue phrases as this revision shipped them (a migration is history: it never reads the
# application's lexicon, which moves on)
CUES = Path(__file__).resolve().parents[2] / "data" / "stance_cues_0010.json"
STANCES = (("not_denial", "asserts"), ("non_confirmation", "declines_to_confirm"), ("retraction", "retracts"),
           ("denial", "denies"))


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    alternatives = sorted({re.escape(p.casefold().replace("\u2019", "'")) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])")


def stance_of_cue(cue: str, patterns: dict[str, re.Pattern[str]]) -> str:
    """`provenance.corroboration.stance_of_cue` as this revision shipped it: the stance of the first
    kind of cue phrase the cue holds ('did not deny' asserts), else 'asserts'."""
    folded = cue.casefold().replace("\u2019", "'")
    return next((stance for kind, stance in STANCES if patterns[kind].search(folded)), "asserts")


def upgrade() -> None:
    _add_stance()
    phrases = json.loads(CUES.read_text(encoding="utf-8"))
    patterns = {kind: _pattern(phrases[kind]) for kind, _ in STANCES}
    conn = op.get_bind()
    claim = sa.table("claim", sa.column("cue", sa.String), sa.column("stance", sa.String))
    cues = conn.execute(sa.select(claim.c.cue).where(claim.c.cue.is_not(None)).distinct()).scalars().all()
    for cue in cues:  # one statement a distinct cue ("denied", "did not confirm", ...)
        stance = stance_of_cue(cue, patterns)
        if stance != "asserts":
            conn.execute(claim.update().where(claim.c.cue == cue).values(stance=stance))
