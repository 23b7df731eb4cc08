"""Schema steps the migration scripts share, in Alembic and SQLAlchemy terms only.

A migration is history: it must make the same schema whenever it runs. So this module imports
nothing of the application (no models, rules or data files), and a step that migrations use never
changes what it makes: tests/test_migrations.py holds the schema each revision makes and checks it.
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlalchemy as sa
from alembic import op


def create_table(name: str, *columns: sa.Column, references: Mapping[str, str] = {},
                 unique: Mapping[str | None, tuple[str, ...]] = {}) -> None:
    """A table keyed by an integer `id` (its first column), with `columns` after it, a foreign key
    from each column of `references` to its table's `id`, and a unique constraint on each tuple of
    columns in `unique` (by its name; None lets the database name it)."""
    op.create_table(
        name,
        sa.Column('id', sa.Integer(), nullable=False),
        *columns,
        *[sa.ForeignKeyConstraint([column], [f'{table}.id']) for column, table in references.items()],
        sa.PrimaryKeyConstraint('id'),
        *[sa.UniqueConstraint(*together, name=key) for key, together in unique.items()],
    )


def indexes(table: str, columns: tuple[str, ...], unique: tuple[str, ...] = ()) -> None:
    """An index `ix_TABLE_COLUMN` on each column; those in `unique` unique."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=column in unique)
