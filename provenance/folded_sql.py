"""Text folded in SQL as `folding.fold` folds names (accents and case), so that a lookup by name finds
'Ana Díaz' for 'Ana Diaz' on SQLite and PostgreSQL alike, whatever spelling was stored first."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from provenance.folding import fold

# The letters names are written in beyond ASCII: Latin-1, Latin Extended-A/B, Greek, Cyrillic and
# Latin Extended Additional (Vietnamese).
_NAME_LETTERS = (range(0xC0, 0x250), range(0x370, 0x530), range(0x1E00, 0x1F00))
# Of the letters fold() makes several, those names hold (each a replace() in every lookup's SQL).
_SEVERAL_IN_NAMES = "ßẞ"


def _plain_letters() -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """What fold() makes of each letter of `_NAME_LETTERS` it changes, for PostgreSQL: the letters
    it makes one letter (for translate()) and those it makes several (for replace(): 'ß' -> 'ss')."""
    accented, plain = ["\u2019", "\u2018", "\u2010", "\u2013"], ["'", "'", "-", "-"]
    several = []
    for code in (c for letters in _NAME_LETTERS for c in letters):
        ch = chr(code)
        base = fold(ch)
        if len(base) == 1 and base != ch:
            accented.append(ch)
            plain.append(base)
        elif ch in _SEVERAL_IN_NAMES:
            several.append((ch, base))
    return "".join(accented), "".join(plain), tuple(several)


_ACCENTED, _PLAIN, _SEVERAL = _plain_letters()


def register(dbapi_connection: Any) -> None:
    """Give a SQLite connection the `provenance_fold` function `folded` calls."""
    dbapi_connection.create_function("provenance_fold", 1, lambda v: None if v is None else fold(v),
                                     deterministic=True)


class _Folded(FunctionElement):
    """fold() of a text column, compiled for the dialect at hand (see `folded`)."""
    type = String()
    inherit_cache = True
    name = "provenance_fold"


@compiles(_Folded, "sqlite")
def _folded_sqlite(element: _Folded, compiler: Any, **kw: Any) -> str:
    return f"provenance_fold({compiler.process(element.clauses, **kw)})"


@compiles(_Folded)
def _folded_translated(element: _Folded, compiler: Any, **kw: Any) -> str:
    (column,) = element.clauses
    expression = func.translate(func.lower(column), _ACCENTED, _PLAIN)
    for letter, letters in _SEVERAL:
        expression = func.replace(expression, letter, letters)
    return compiler.process(expression, **kw)


def folded(column: Any) -> Any:
    """The column's text folded as fold() folds names (accents and case), in SQL: SQLite's lower()
    folds ASCII only ('ÉLOÏSE' stays 'Éloïse') and neither backend strips accents, so a name's
    key would match it or not by the order in which the spellings were stored. (fold() also
    collapses whitespace, which stored names never hold twice in a row.) The dialect that compiles
    it picks SQLite's `provenance_fold` (`register`ed on every SQLite connection the project opens)
    or translate() and replace() elsewhere."""
    return _Folded(column)
