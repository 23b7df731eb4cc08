"""`column IN (values)` for a list of any length, bound as one parameter.

A plain `.in_(values)` binds one parameter per value: PostgreSQL refuses more than 65,535 in a
statement and SQLite more than its compiled limit (32,766 or 250,000), so a version of 36,519
claims could not be backed up on PostgreSQL. `in_values` binds the whole list once: an array
on PostgreSQL (`column = ANY(:values)`), a JSON array read by `json_each` on SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, bindparam, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ClauseElement, ColumnElement, FunctionElement

SMALL = 500  # values bound one by one at most: far below every backend's parameter limit


class _ValueList(FunctionElement):
    """The rows of one bound list, as a FROM item with one column `value`."""

    inherit_cache = False  # the values are part of the element: compile it each time
    name = "value_list"

    def __init__(self, values: list[Any], type_: Any) -> None:
        super().__init__()
        self.values = values
        self.value_type = type_


def in_values(column: Any, values: Iterable[Any]) -> ColumnElement[bool]:
    """A condition: `column` is one of `values`, however many there are (or in a subquery).

    Up to SMALL values are a plain IN list (which the planners know best); more are one bound
    parameter.

    >>> from sqlalchemy import Integer, column
    >>> from sqlalchemy.dialects import postgresql, sqlite
    >>> print(in_values(column("id", Integer), [1, 2]).compile(dialect=sqlite.dialect()))
    id IN (__[POSTCOMPILE_id_1])
    >>> print(in_values(column("id", Integer), range(1000)).compile(dialect=sqlite.dialect()))
    ... # doctest: +NORMALIZE_WHITESPACE
    id IN (SELECT value FROM json_each(?))
    >>> print(in_values(column("id", Integer), range(1000)).compile(dialect=postgresql.dialect()))
    ... # doctest: +NORMALIZE_WHITESPACE
    id IN (SELECT value FROM unnest(%(param_1)s::INTEGER[]) AS value_list(value))
    """
    column = getattr(column, "expression", column)
    if isinstance(values, ClauseElement):  # a subquery binds nothing
        return column.in_(values)
    values = list(values)
    if len(values) <= SMALL:
        return column.in_(values)
    rows = _ValueList(values, column.type)
    return column.in_(select(literal_column("value")).select_from(rows).scalar_subquery())


@compiles(_ValueList)
def _json_each(element: _ValueList, compiler: Any, **kw: Any) -> str:
    values = bindparam(None, json.dumps(element.values, ensure_ascii=False), type_=String(), unique=True)
    return f"json_each({compiler.process(values, **kw)})"


@compiles(_ValueList, "postgresql")
def _unnest(element: _ValueList, compiler: Any, **kw: Any) -> str:
    values = bindparam(None, element.values, type_=ARRAY(element.value_type), unique=True)
    return f"unnest({compiler.process(values, **kw)}) AS value_list(value)"
