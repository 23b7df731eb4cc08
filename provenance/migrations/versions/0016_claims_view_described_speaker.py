"""claims_view describes each claim's speaker as its own document does

`claims_view` (for Datasette and SQL consoles, migration 0005) gave every claim its speaker row's
role and affiliation, the description of the document that named the person first; since 0015 a
claim keeps its own document's (`claim.speaker_role`, `claim.speaker_affiliation`, NULL kind for a
claim stored before, read with the row's as the listings read it). The view is made again with the
same columns, reading the claim's own description first.

Revision ID: 0016
Revises: 0015
"""
import importlib.util
from pathlib import Path

from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def _first_view() -> str:
    """Migration 0005's CREATE VIEW, read from its file (migrations are files, not a package)."""
    spec = importlib.util.spec_from_file_location("_views_0005", Path(__file__).with_name("0005_review_evidence_and_views.py"))
    if spec is None or spec.loader is None:
        raise RuntimeError("migration 0016: cannot read migration 0005's claims_view")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CLAIMS_VIEW


ROW = "speaker.role AS speaker_role,\n  speaker.affiliation AS affiliation,"
OWN = ("CASE WHEN claim.speaker_kind IS NULL THEN speaker.role ELSE claim.speaker_role END AS speaker_role,\n"
       "  CASE WHEN claim.speaker_kind IS NULL THEN speaker.affiliation ELSE claim.speaker_affiliation END"
       " AS affiliation,")


def upgrade() -> None:
    view = _first_view()
    if ROW not in view:  # not an assert: `python -O` would strip it and keep the old view silently
        raise RuntimeError("migration 0016: claims_view of migration 0005 is not the one this migration rewrites")
    op.execute("DROP VIEW IF EXISTS claims_view")
    op.execute(view.replace(ROW, OWN))


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS claims_view")
    op.execute(_first_view())
