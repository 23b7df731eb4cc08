"""Speakers and outlets as entities across documents: a reviewer merges two rows that are one
person or outlet, or splits claims off a speaker that was merged wrongly. Each change is an event,
and the rule links and statuses of the documents it touches are recomputed (independence of
sources rests on who the speakers are)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, select

from provenance import links
from provenance.errors import InputError, NotFound
from provenance.models import Claim, Document, Event, Outlet, Speaker, Version
from provenance.sql_in import in_values


def merge_speakers(session: Session, keep: int, drop: int, *, by: str, reason: str | None = None) -> dict[str, Any]:
    """Speaker `drop` is speaker `keep`: its claims move to `keep`, its names become aliases."""
    return _merge(session, Speaker, "speaker", keep, drop, by=by, reason=reason,
                  moves=((Claim, Claim.speaker_id, "speaker_id"),), fill=("role", "affiliation"))


def split_speaker(session: Session, speaker: int, claim_ids: Iterable[int], *, name: str, by: str,
                  reason: str | None = None) -> dict[str, Any]:
    """The given claims of `speaker` are another speaker's, called `name` (made when new)."""
    a = _row(session, Speaker, speaker, "speaker")
    ids = sorted(set(claim_ids))
    if not ids:
        raise InputError("give the claims to split off with --claims 12,14")
    if not name.strip():
        raise InputError("give the other speaker's name with --name")
    theirs = set(_claim_ids(session, Claim.speaker_id == a.id))
    stray = [i for i in ids if i not in theirs]
    if stray:
        raise InputError(f"claims {', '.join(map(str, stray))} are not speaker {a.id}'s: see `provenance claims "
                         f"--speaker \"{a.name}\"`")
    other = session.exec(select(Speaker).where(Speaker.name == name.strip(), Speaker.anonymous == a.anonymous)).first()
    if other is None:
        other = Speaker(name=name.strip(), kind=a.kind, anonymous=a.anonymous, role=a.role, affiliation=a.affiliation)
        session.add(other)
        session.flush()
    if other.id == a.id:
        raise InputError(f"speaker {a.id} is called {a.name!r} already: give the other speaker's name")
    session.execute(update(Claim).where(in_values(Claim.id, ids)).values(speaker_id=other.id))  # type: ignore[union-attr]
    old, new = f"{a.name} (speaker {a.id})", f"{other.name} (speaker {other.id})"
    session.add(Event(actor=by, action="speaker split", old=old, new=new,
                      reason=(reason + "; " if reason else "") + f"claims {', '.join(map(str, ids))}"))
    session.flush()
    _recompute(session, ids)
    return {"from": old, "to": new, "claims": len(ids)}


def merge_outlets(session: Session, keep: int, drop: int, *, by: str, reason: str | None = None) -> dict[str, Any]:
    """Outlet `drop` is outlet `keep`: its claims and documents move to `keep`, its name becomes an alias."""
    return _merge(session, Outlet, "outlet", keep, drop, by=by, reason=reason,
                  moves=((Claim, Claim.outlet_id, "outlet_id"), (Document, Document.outlet_id, "outlet_id")),
                  fill=("country",))


def _merge(session: Session, model: Any, what: str, keep: int, drop: int, *, by: str, reason: str | None,
           moves: tuple[tuple[Any, Any, str], ...], fill: tuple[str, ...]) -> dict[str, Any]:
    """Row `drop` of `model` is row `keep`: each (table, column, name) in `moves` is pointed at `keep`
    (the first is the claims), the `fill` fields `keep` lacks are taken from `drop`, names become aliases."""
    if keep == drop:
        raise InputError(f"{what}s {keep} and {drop} are one row already: give two different ids")
    a, b = _row(session, model, keep, what), _row(session, model, drop, what)
    moved = _claim_ids(session, moves[0][1] == b.id)
    for table, column, field in moves:
        session.execute(update(table).where(column == b.id).values({field: a.id}))
    a.aliases = _aliases(a.name, a.aliases, b.name, b.aliases)
    for field in fill:
        setattr(a, field, getattr(a, field) or getattr(b, field))
    old, new = f"{b.name} ({what} {b.id})", f"{a.name} ({what} {a.id})"
    session.delete(b)
    session.add(Event(actor=by, action=f"{what} merge", old=old, new=new, reason=reason))
    session.flush()
    _recompute(session, moved)
    return {"kept": new, "merged": old, "claims": len(moved)}


def _row(session: Session, model: Any, row_id: int, what: str) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"no {what} {row_id}: see `provenance {what}s`")
    return row


def _claim_ids(session: Session, condition: Any) -> list[int]:
    return list(session.exec(select(Claim.id).where(condition)))  # type: ignore[arg-type]


def _aliases(name: str, aliases: str, other: str, other_aliases: str) -> str:
    names = set(json.loads(aliases or "[]")) | {other} | set(json.loads(other_aliases or "[]"))
    return json.dumps(sorted(names - {name}), ensure_ascii=False)


def _recompute(session: Session, claim_ids: list[int]) -> None:
    """Rule links and statuses again for the documents of these claims."""
    if not claim_ids:
        return
    docs = set(session.exec(select(Version.document_id).join(Claim, Claim.version_id == Version.id)  # type: ignore[arg-type]
                            .where(in_values(Claim.id, claim_ids))))  # type: ignore[union-attr]
    links.refresh(session, documents=docs)
