"""Schema steps the migration scripts share, in Alembic and SQLAlchemy terms only.

A migration is history: it must make the same schema whenever it runs. So this module imports
nothing of the application (no models, rules or data files), and a step that migrations use never
changes what it makes: tests/test_migrations.py holds the schema each revision makes and checks it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

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


def column_added(table: str, name: str, type_: sa.types.TypeEngine, *, drop_in_place: bool = False,
                 **options: Any) -> tuple[Callable[[], None], Callable[[], None]]:
    """The upgrade and the downgrade of a revision that adds one column (`sa.Column(name, type_,
    **options)`, made afresh each run): `upgrade, downgrade = column_added(...)`. Added in batch
    mode; dropped in batch mode, or in place where a batch rebuild of the table would drop it under
    the rows that reference it (SQLite 3.35+ drops a column in place; with foreign keys on, the
    rebuild's DROP TABLE fails)."""

    def upgrade() -> None:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(name, type_, **options))

    def downgrade() -> None:
        if drop_in_place:
            op.drop_column(table, name)
            return
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(name)

    return upgrade, downgrade
