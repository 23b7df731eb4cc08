"""Rows shaped for the templates: queue filters and cursors, the article's highlighted segments,
its sources sidebar. Pure functions: no database, no web framework.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from provenance.bounds import MAX_INTEGER, is_whole
from provenance.errors import InputError
from provenance.listing import ClaimFilter
from provenance.models import STATUSES

PAGE_SIZE = 50
FILTER_KEYS = ("doc", "speaker", "outlet", "anonymous", "since", "until", "search")
QUEUE_ORDER = ("unconfirmed", "disputed", "corroborated", "confirmed", "retracted")  # what needs a look first
MAX_FILTER = 500


@dataclass
class QueueQuery:
    """The queue's filters as given in the address, checked, and how to turn them into a ClaimFilter."""

    status: str = "unconfirmed"
    filters: dict[str, str] = field(default_factory=dict)
    after: tuple[str, int, int] | None = None

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> QueueQuery:
        status = (params.get("status") or "unconfirmed").strip().lower()
        if status != "all" and status not in STATUSES:
            raise InputError(f"status {status!r} is not a status: choose one of {', '.join(STATUSES)} or all")
        filters = {key: (params.get(key) or "").strip() for key in FILTER_KEYS}
        for key, value in filters.items():
            if len(value) > MAX_FILTER:
                raise InputError(f"the {key} filter is {len(value)} characters long: keep it under {MAX_FILTER}")
        if filters["anonymous"] not in ("", "yes", "no"):
            raise InputError("anonymous must be yes, no or empty (any speaker)")
        return cls(status=status, filters=filters, after=parse_cursor(params.get("after")))

    def claim_filter(self) -> ClaimFilter:
        f = self.filters
        anonymous = {"yes": True, "no": False}.get(f["anonymous"])
        return ClaimFilter(statuses=() if self.status == "all" else (self.status,), speaker=f["speaker"] or None,
                           outlet=f["outlet"] or None, anonymous=anonymous, since=f["since"] or None,
                           until=f["until"] or None, search=f["search"] or None, doc=f["doc"] or None,
                           limit=PAGE_SIZE + 1, after=self.after).validated()

    def link(self, **changes: Any) -> str:
        """The queue address with these filters, changed as given (None drops a key)."""
        params: dict[str, Any] = {"status": self.status, **{k: v for k, v in self.filters.items() if v}}
        params.update(changes)
        return "/?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})


def cursor(row: Mapping[str, Any]) -> str:
    """The keyset cursor after a row: version, seq and the document's slug (which may hold colons)."""
    return f"{row['version']}:{row['seq']}:{row['doc']}"


def parse_cursor(value: str | None) -> tuple[str, int, int] | None:
    if not value:
        return None
    parts = value.split(":", 2)
    if (len(parts) != 3 or not is_whole(parts[0]) or not is_whole(parts[1]) or not parts[2]
            or max(len(parts[0]), len(parts[1])) > 10 or max(int(parts[0]), int(parts[1])) > MAX_INTEGER):
        raise InputError("the page address is damaged (after=VERSION:SEQ:DOC): go back to the first page")
    return parts[2], int(parts[0]), int(parts[1])


@dataclass
class Segment:
    """A run of article text: plain, or covered by claims (innermost first) whose status colours it."""

    text: str
    start: int
    end: int
    claims: list[dict[str, Any]]

    @property
    def ids(self) -> str:
        return " ".join(str(c["id"]) for c in self.claims)

    @property
    def claim(self) -> dict[str, Any] | None:
        return self.claims[0] if self.claims else None


def segments(text: str, claims: Iterable[Mapping[str, Any]]) -> list[Segment]:
    """Cut the text at every claim boundary; each piece lists the claims covering it, shortest first.

    Overlapping and nested claims give several pieces, so every claim is exactly the pieces that
    name it, in order, and `text[start:end]` of each piece is its text.
    """
    spans = [dict(c) for c in claims if 0 <= c["start"] < c["end"] <= len(text)]
    cuts = sorted({0, len(text), *(c["start"] for c in spans), *(c["end"] for c in spans)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = sorted((c for c in spans if c["start"] <= start and end <= c["end"]),
                          key=lambda c: (c["end"] - c["start"], c["id"]))
        out.append(Segment(text=text[start:end], start=start, end=end, claims=covering))
    return out


def who(row: Mapping[str, Any]) -> str:
    """The speaker as a reader sees it: name, role, and whether anonymous."""
    name = row.get("speaker") or "no identified speaker"
    role = f", {row['speaker_role']}" if row.get("speaker_role") else ""
    return name + role + (" (anonymous)" if row.get("anonymous") else "")


def sources(claims: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The sidebar: named and anonymous speakers with their claims' statuses, most claims first."""
    by_speaker: dict[tuple[str, bool], dict[str, Any]] = {}
    unattributed = 0
    for c in claims:
        if not c.get("speaker"):
            unattributed += 1
            continue
        key = (c["speaker"], bool(c.get("anonymous")))
        entry = by_speaker.setdefault(key, {"name": c["speaker"], "role": c.get("speaker_role"),
                                            "affiliation": c.get("affiliation"), "claims": [],
                                            "statuses": dict.fromkeys(STATUSES, 0)})
        entry["claims"].append(c["id"])
        entry["statuses"][c["status"]] += 1
    ordered = sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]["claims"]), kv[0][0]))
    return {"named": [e for (_, anon), e in ordered if not anon],
            "anonymous": [e for (_, anon), e in ordered if anon], "unattributed": unattributed}
