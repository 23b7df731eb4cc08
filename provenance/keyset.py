"""Keyset pagination over documents in slug order, in growing batches: the one walk that
`query` (SQLAlchemy) and `quickread` (sqlite3) both page dense claim listings with. It imports
nothing, so the quick path stays light."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any


def walk(documents: Callable[[str | None, int], Sequence[Any]],
         rows: Callable[[Sequence[Any], int, int | None], Iterable[Any]],
         offset: int, limit: int | None, first: int, most: int) -> Iterator[Any]:
    """The rows after `offset`, at most `limit`: `documents(last_slug, size)` gives the next batch of
    (id, slug) in slug order, `rows(batch, skip, left)` its rows in listing order; the batch size
    starts at `first` and doubles up to `most`."""
    skip, left = offset, limit
    last: str | None = None
    size = first
    while left is None or left > 0:
        docs = documents(last, size)
        if not docs:
            return
        last = docs[-1][1]
        for row in rows(docs, skip, left):
            if skip:
                skip -= 1
                continue
            yield row
            if left is not None:
                left -= 1
                if not left:
                    return
        size = min(size * 2, most)
