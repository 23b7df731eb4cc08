"""Timestamps read back from the database, in UTC.

SQLite hands datetimes back without their zone; every timestamp was stored in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime


def aware(value: datetime | None) -> datetime | None:
    """`value` with its zone: UTC when the database gave none.

    >>> aware(datetime(2025, 5, 22, 9, 30)).isoformat()
    '2025-05-22T09:30:00+00:00'
    """
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def iso_z(value: datetime | None) -> str | None:
    """`value` as ISO 8601 in UTC to the second, with a Z; None stays None.

    >>> iso_z(datetime(2025, 5, 22, 9, 30, 15, 999))
    '2025-05-22T09:30:15Z'
    """
    value = aware(value)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if value is not None else None
