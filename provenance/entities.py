"""Speakers and outlets as entities across documents: a reviewer merges two rows that are one
person or outlet, or splits claims off a speaker that was merged wrongly. Each change is an event,
and the rule links and statuses of the documents it touches are recomputed (independence of
sources rests on who the speakers are). At ingest, `merge_known` makes the merges that are safe
without a reviewer; `split` undoes any of them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, or_, update
from sqlmodel import Session, col, select

from provenance import links
from provenance.errors import InputError, NotFound
from provenance.extract.lexicon import lexicon
from provenance.extract.speakers import find_outlet, surname_key
from provenance.folded_sql import folded
from provenance.folding import fold
from provenance.models import Claim, Document, Event, Outlet, Speaker, Version
from provenance.sql_in import in_values


def merge_speakers(session: Session, keep: int, drop: int, *, by: str, reason: str | None = None,
                   force: bool = False) -> dict[str, Any]:
    """Speaker `drop` is speaker `keep`: its claims move to `keep`, its names become aliases. An
    anonymous speaker and a named one merged either way round name the source (the named one's
    claims, or its name as an alias, on the anonymous row): only with `force`."""
    a, b = session.get(Speaker, keep), session.get(Speaker, drop)
    if a is not None and b is not None and a.anonymous != b.anonymous and not force:
        hidden, named = (b, a) if b.anonymous else (a, b)
        raise InputError(f"speaker {hidden.id} ({hidden.name}) is an anonymous source and speaker {named.id} "
                         f"({named.name}) is named: merging would name the source; give --force if they are "
                         "one person")
    return _merge(session, Speaker, "speaker", keep, drop, by=by, reason=reason,
                  moves=((Claim, Claim.speaker_id, "speaker_id"), (Claim, Claim.origin_speaker_id, "origin_speaker_id")),
                  fill=("role", "affiliation"))


def split_speaker(session: Session, speaker: int, claim_ids: Iterable[int], *, name: str, by: str,
                  reason: str | None = None, anonymous: bool | None = None) -> dict[str, Any]:
    """The given claims of `speaker` are another speaker's, called `name` (made when new), anonymous
    or named as `anonymous` says (default: as `speaker`; an anonymous source merged into a named
    speaker by mistake is split off anonymous again)."""
    a = _row(session, Speaker, speaker, "speaker")
    anonymous = a.anonymous if anonymous is None else anonymous
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
    other = session.exec(select(Speaker).where(Speaker.name == name.strip(), Speaker.anonymous == anonymous)).first()
    if other is None:
        other = Speaker(name=name.strip(), kind=a.kind, anonymous=anonymous, role=a.role, affiliation=a.affiliation)
        session.add(other)
        session.flush()
    if other.id == a.id:
        raise InputError(f"speaker {a.id} is called {a.name!r} already: give the other speaker's name")
    session.execute(update(Claim).where(in_values(Claim.id, ids)).values(speaker_id=other.id))  # type: ignore[union-attr]
    session.execute(update(Claim).where(in_values(Claim.id, ids), Claim.origin_speaker_id == a.id)  # type: ignore[union-attr]
                    .values(origin_speaker_id=other.id))
    old, new = f"{a.name} (speaker {a.id})", f"{other.name} (speaker {other.id})"
    session.add(Event(actor=by, action="speaker split", old=old, new=new,
                      reason=(reason + "; " if reason else "") + f"claims {', '.join(map(str, ids))}"))
    session.flush()
    _recompute(session, ids)
    return {"from": old, "to": new, "claims": len(ids)}


def split_outlet(session: Session, outlet: int, claim_ids: Iterable[int], docs: Iterable[str], *, name: str, by: str,
                 reason: str | None = None) -> dict[str, Any]:
    """The given claims and documents of `outlet` are another outlet's, called `name` (made when new):
    the claims it carried (or first carried, or passed on in their chain) and the documents it published
    move; `name` is no longer an alias of `outlet`, so `claims --outlet` and the next ingest keep them apart."""
    a = _row(session, Outlet, outlet, "outlet")
    ids, slugs = sorted(set(claim_ids)), sorted(set(docs))
    if not ids and not slugs:
        raise InputError("give the claims to split off with --claims 12,14, or the documents with --docs SLUG")
    if not name.strip():
        raise InputError("give the other outlet's name with --name")
    doc_ids = _published_by(session, a, slugs)
    theirs = set(_claim_ids(session, or_(Claim.outlet_id == a.id, Claim.origin_outlet_id == a.id,
                                         col(Claim.via).contains(json.dumps(a.name, ensure_ascii=False),
                                                                 autoescape=True))))
    stray = [i for i in ids if i not in theirs]
    if stray:
        raise InputError(f"claims {', '.join(map(str, stray))} are not outlet {a.id}'s: see `provenance claims "
                         f"--outlet \"{a.name}\"`")
    other = session.exec(select(Outlet).where(Outlet.name == name.strip())).first()
    if other is None:
        other = Outlet(name=name.strip())
        session.add(other)
        session.flush()
    if other.id == a.id:
        raise InputError(f"outlet {a.id} is called {a.name!r} already: give the other outlet's name")
    _move_to_outlet(session, a, other, ids, doc_ids)
    a.aliases = json.dumps([n for n in json.loads(a.aliases or "[]") if fold(n) != fold(other.name)], ensure_ascii=False)
    old, new = f"{a.name} (outlet {a.id})", f"{other.name} (outlet {other.id})"
    moved = [f"claims {', '.join(map(str, ids))}"] * bool(ids) + [f"documents {', '.join(slugs)}"] * bool(slugs)
    session.add(Event(actor=by, action="outlet split", old=old, new=new,
                      reason="; ".join(([reason] if reason else []) + moved)))
    session.flush()
    _recompute(session, ids + _claim_ids(session, in_values(Claim.version_id, _version_ids(session, doc_ids))))
    return {"from": old, "to": new, "claims": len(ids), "documents": len(doc_ids)}


def _published_by(session: Session, outlet: Outlet, slugs: list[str]) -> list[int]:
    """The ids of the documents `slugs`, each published by `outlet` (else a one-line error)."""
    found = dict(session.execute(select(Document.slug, Document.id).where(in_values(Document.slug, slugs),  # type: ignore[call-overload]
                                                                           Document.outlet_id == outlet.id)).all())
    stray = [slug for slug in slugs if slug not in found]
    if stray:
        raise InputError(f"documents {', '.join(stray)} are not published by outlet {outlet.id}: see "
                         "`provenance docs`")
    return [found[slug] for slug in slugs]


def _version_ids(session: Session, doc_ids: list[int]) -> list[int]:
    return list(session.exec(select(Version.id).where(in_values(Version.document_id, doc_ids))))  # type: ignore[arg-type]


def _move_to_outlet(session: Session, a: Outlet, other: Outlet, ids: list[int], doc_ids: list[int]) -> None:
    """Claims `ids` and documents `doc_ids` of outlet `a` are `other`'s: outlet, first outlet, chain, publisher."""
    for field in ("outlet_id", "origin_outlet_id"):
        session.execute(update(Claim).where(in_values(Claim.id, ids), getattr(Claim, field) == a.id)  # type: ignore[union-attr]
                        .values({field: other.id}))
    for claim_id, via in session.execute(select(Claim.id, Claim.via).where(in_values(Claim.id, ids))):  # type: ignore[call-overload]
        names = json.loads(via or "[]")
        if a.name in names:
            session.execute(update(Claim).where(Claim.id == claim_id).values(  # type: ignore[arg-type]
                via=json.dumps(list(dict.fromkeys(other.name if n == a.name else n for n in names)),
                               ensure_ascii=False)))
    session.execute(update(Document).where(in_values(Document.id, doc_ids)).values(outlet_id=other.id))  # type: ignore[arg-type]


def merge_outlets(session: Session, keep: int, drop: int, *, by: str, reason: str | None = None) -> dict[str, Any]:
    """Outlet `drop` is outlet `keep`: its claims and documents move to `keep`, its name becomes an alias.

    The result counts the claims it carried ("claims") and the documents it published ("documents")."""
    documents = session.execute(select(func.count()).where(col(Document.outlet_id) == drop)).scalar_one()
    done = _merge(session, Outlet, "outlet", keep, drop, by=by, reason=reason,
                  moves=((Claim, Claim.outlet_id, "outlet_id"), (Document, Document.outlet_id, "outlet_id"),
                         (Claim, Claim.origin_outlet_id, "origin_outlet_id")),
                  fill=("country",), renames_via=True)
    return {**done, "documents": documents}


def _merge(session: Session, model: Any, what: str, keep: int, drop: int, *, by: str, reason: str | None,
           moves: tuple[tuple[Any, Any, str], ...], fill: tuple[str, ...], renames_via: bool = False) -> dict[str, Any]:
    """Row `drop` of `model` is row `keep`: each (table, column, name) in `moves` is pointed at `keep`
    (the first is the claims), the `fill` fields `keep` lacks are taken from `drop`, names become aliases."""
    if keep == drop:
        raise InputError(f"{what}s {keep} and {drop} are one row already: give two different ids")
    a, b = _row(session, model, keep, what), _row(session, model, drop, what)
    moved = _claim_ids(session, moves[0][1] == b.id)
    for table, column, field in moves:
        session.execute(update(table).where(column == b.id).values({field: a.id}))
    if renames_via:
        moved += _rename_via(session, b.name, a.name)
    a.aliases = _aliases(a.name, a.aliases, b.name, b.aliases)
    reread: list[int] = []
    if any(getattr(b, field) and not getattr(a, field) for field in fill):
        # ('Ana Lind' becomes 'Ana Lind, Mayor': the rules read her other claims anew, as `recompute` would)
        reread = [cid for table, column, _ in moves if table is Claim for cid in _claim_ids(session, column == a.id)]
    moved = list(dict.fromkeys(moved))
    for field in fill:
        setattr(a, field, getattr(a, field) or getattr(b, field))
    if model is Speaker:
        _describe_moved(session, a, moved)
    old, new = f"{b.name} ({what} {b.id})", f"{a.name} ({what} {a.id})"
    session.delete(b)
    session.add(Event(actor=by, action=f"{what} merge", old=old, new=new, reason=reason))
    session.flush()
    _recompute(session, list(dict.fromkeys(moved + reread)))
    return {"kept": new, "merged": old, "claims": len(moved)}


def _describe_moved(session: Session, speaker: Speaker, moved: list[int]) -> None:
    """The claims a merge gave `speaker` whose documents described their speaker by no role or
    affiliation ('said Lind') are read with the merged speaker's ('Thomas Lind, a professor at the
    Harbour Institute'): the merge tells who they are; a document's own description stays."""
    if speaker.role is None and speaker.affiliation is None:
        return
    session.execute(update(Claim).where(in_values(Claim.id, moved), col(Claim.speaker_id) == speaker.id,
                                        col(Claim.speaker_kind).is_not(None), col(Claim.speaker_role).is_(None),
                                        col(Claim.speaker_affiliation).is_(None))
                    .values(speaker_role=speaker.role, speaker_affiliation=speaker.affiliation))


def _rename_via(session: Session, old: str, new: str) -> list[int]:
    """Claims whose `via` names outlet `old` name `new` instead; their ids."""
    quoted = json.dumps(old, ensure_ascii=False)
    changed = []
    for claim_id, via in session.execute(select(Claim.id, Claim.via).where(
            Claim.via.contains(quoted, autoescape=True))):  # type: ignore[attr-defined]
        if old not in json.loads(via):
            continue  # a text match only: the list itself must name it
        names = [new if n == old else n for n in json.loads(via)]
        session.execute(update(Claim).where(Claim.id == claim_id)  # type: ignore[arg-type]
                        .values(via=json.dumps(list(dict.fromkeys(names)), ensure_ascii=False)))
        changed.append(claim_id)
    return changed


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


# words of a role that say nothing of who the person is ('a professor at X': professor, X)
_ROLE_STOPWORDS = frozenset("a an the of at for in on and to with from by former current new mr mrs ms miss".split())
_LOOKUP_BATCH = 200


def merge_known(session: Session, version_id: int, *, by: str = "rule") -> list[dict[str, Any]]:
    """Merge the speakers and outlets of a newly stored version into the ones stored before where it
    is safe: the same full name written otherwise ('Ana LIND'); a surname alone ('Lind') and the one
    full name with that surname whose role or affiliation it shares; a body's initials and the one
    body stored with them as its alias; an outlet under another's name or alias. Each merge is an
    event (by `by`) that `speakers split` undoes; statuses recomputed."""
    done = [merge_speakers(session, keep, drop, by=by, reason=why)
            for keep, drop, why in _same_people(session, version_id)]
    done += [merge_speakers(session, keep, drop, by=by, reason=why)
             for keep, drop, why in _same_bodies(session, version_id)]
    done += [merge_outlets(session, keep, drop, by=by, reason=why)
             for keep, drop, why in _same_outlets(session, version_id)]
    return done


def _same_people(session: Session, version_id: int) -> list[tuple[int, int, str]]:
    """(keep, drop, why) for the named people of a version that are people stored before."""
    mine = list(session.exec(select(Speaker).join(Claim, col(Claim.speaker_id) == Speaker.id)
                             .where(Claim.version_id == version_id, Speaker.anonymous == False,  # noqa: E712
                                    Speaker.kind == "person").distinct()))
    known = _people_by_surname(session, {surname_key(s.name) for s in mine} - {""})
    pairs: list[tuple[int, int, str]] = []
    used: set[int] = set()
    for sp in sorted(mine, key=lambda s: s.id or 0):
        others = [o for o in known.get(surname_key(sp.name), []) if o.id != sp.id and o.id not in used]
        pair = _same_person(sp, others)
        if pair is not None and sp.id not in used:
            pairs.append(pair)
            used.update(pair[:2])
    return pairs


def _same_bodies(session: Session, version_id: int) -> list[tuple[int, int, str]]:
    """(keep, drop, why) for a version's named speaker called by initials ('KHB') that the one body
    stored with them as an alias is ('Jolby Harbour Board', given them where a text defined them),
    and for a version's body with an alias that stored speakers are called by."""
    mine = list(session.exec(select(Speaker).join(Claim, col(Claim.speaker_id) == Speaker.id)
                             .where(Claim.version_id == version_id, Speaker.anonymous == False).distinct()))  # noqa: E712
    pairs: list[tuple[int, int, str]] = []
    used: set[int] = set()
    for sp in sorted(mine, key=lambda s: s.id or 0):
        names = [sp.name] if _initials(sp.name) and sp.kind != "media" else []  # (an outlet's stay its)
        if sp.kind == "institution":
            names += [a for a in json.loads(sp.aliases or "[]") if _initials(a)]
        for letters in names:
            body = _body_with_alias(session, letters)
            if body is None or body.id in used or sp.id in used:
                continue
            other = sp if body.id != sp.id else session.exec(select(Speaker).where(
                Speaker.name == letters, Speaker.anonymous == False, Speaker.kind != "media")).first()  # noqa: E712
            if other is not None and other.id != body.id and other.id is not None and body.id is not None:
                pairs.append((body.id, other.id, "initials the body was given"))
                used.update((body.id, other.id))
    return pairs


def _initials(name: str) -> bool:
    return name.isalpha() and name.isupper() and 2 <= len(name) <= 6


def _body_with_alias(session: Session, letters: str) -> Speaker | None:
    """The one named body stored with these initials as an alias, else None (none, or several)."""
    quoted = json.dumps(letters, ensure_ascii=False)
    found = list(session.exec(select(Speaker).where(
        Speaker.kind == "institution", Speaker.anonymous == False,  # noqa: E712
        col(Speaker.aliases).contains(quoted, autoescape=True)).limit(2)))
    return found[0] if len(found) == 1 and letters in json.loads(found[0].aliases) else None


def _people_by_surname(session: Session, surnames: set[str]) -> dict[str, list[Speaker]]:
    """Named people stored with one of these surnames, by surname."""
    found: dict[str, list[Speaker]] = {}
    names = sorted(surnames)
    for i in range(0, len(names), _LOOKUP_BATCH):
        part = names[i:i + _LOOKUP_BATCH]
        name = folded(Speaker.name)
        ends = [name.like("%" + n.replace("%", "").replace("_", "")) for n in part]
        for row in session.exec(select(Speaker).where(Speaker.anonymous == False, Speaker.kind == "person",  # noqa: E712
                                                      or_(*ends))):
            key = surname_key(row.name)
            if key in surnames:
                found.setdefault(key, []).append(row)
    return found


def _same_person(sp: Speaker, others: Sequence[Speaker]) -> tuple[int, int, str] | None:
    """Which of `others` (sharing sp's surname) sp safely is, as (keep, drop, why)."""
    assert sp.id is not None
    if len(sp.name.split()) >= 2:
        same = [o for o in others if fold(o.name) == fold(sp.name)]
        if same:
            return min(o.id for o in same if o.id is not None), sp.id, "the same full name"
        single = [o for o in others if len(o.name.split()) == 1 and _shared(o, sp)]
        if len(single) == 1 and single[0].id is not None:
            return sp.id, single[0].id, f"the surname with the same {_shared(single[0], sp)}"
        return None
    full = [o for o in others if len(o.name.split()) >= 2]
    if len({fold(o.name) for o in full}) > 1 and len({fold(o.name) for o in full if _shared(sp, o)}) > 1:
        return None  # two people of that name share its role: no telling which
    matching = [o for o in full if _shared(sp, o)]
    if matching and matching[0].id is not None:
        return min(o.id for o in matching if o.id is not None), sp.id, f"the surname with the same {_shared(sp, matching[0])}"
    return None


def _shared(a: Speaker, b: Speaker) -> str | None:
    """'affiliation' or 'role' when the two speakers have that in common, else None."""
    if a.affiliation and b.affiliation and fold(a.affiliation) == fold(b.affiliation):
        return "affiliation"
    if a.role and b.role and _role_words(a.role) & _role_words(b.role):
        return "role"
    return None


def _role_words(role: str) -> set[str]:
    """The words of a role that say who the person is, with the titles its honorifics stand for."""
    words = {w for w in re.findall(r"[a-z]+", fold(role)) if w not in _ROLE_STOPWORDS and len(w) > 1}
    return words.union(*(lexicon().honorific_titles.get(w, ()) for w in words))


def _same_outlets(session: Session, version_id: int) -> list[tuple[int, int, str]]:
    """(keep, drop, why) for the outlets of a version that are outlets stored before under another name."""
    ids = set(session.exec(select(Claim.outlet_id).where(Claim.version_id == version_id,
                                                         col(Claim.outlet_id).is_not(None))))
    ids |= set(session.exec(select(Document.outlet_id).join(Version, col(Version.document_id) == Document.id)
                            .where(Version.id == version_id, col(Document.outlet_id).is_not(None))))
    pairs: list[tuple[int, int, str]] = []
    used: set[int] = set()
    for outlet in session.exec(select(Outlet).where(in_values(Outlet.id, sorted(i for i in ids if i)))).all():
        if outlet.id in used:
            continue
        names = _outlet_names(outlet)
        quoted = fold(json.dumps(outlet.name, ensure_ascii=False))  # (as its aliases are stored)
        # autoescape: a '%' or '_' in the name is itself, no LIKE wildcard ('%' would match every alias list)
        in_aliases = folded(Outlet.aliases).contains(quoted, autoescape=True)
        others = [o for o in session.exec(select(Outlet).where(or_(in_values(folded(Outlet.name),
                                                                             sorted(names)), in_aliases)))
                  if o.id != outlet.id and o.id not in used]
        if not others:
            continue
        listed = find_outlet(outlet.name, fuzzy=False)
        group = [outlet, *others]
        publishers = set(session.exec(select(Document.outlet_id).where(
            in_values(Document.outlet_id, sorted(o.id for o in group if o.id)))))
        # the listed outlet's name, else the name a document was published under, else the first stored
        keep = next((o for o in group if listed and o.name == listed["name"]),
                    min(group, key=lambda o: (o.id not in publishers, o.id or 0)))
        for o in group:
            if o is not keep and o.id is not None and keep.id is not None:
                pairs.append((keep.id, o.id, "an alias of the same outlet"))
                used.update((o.id, keep.id))
    return pairs


def _outlet_names(outlet: Outlet) -> set[str]:
    """An outlet's name and aliases, with the listed outlet's (outlets.json) when it is one, folded."""
    names = {outlet.name, *json.loads(outlet.aliases or "[]")}
    listed = find_outlet(outlet.name, fuzzy=False)
    if listed is not None:
        names |= {listed["name"], *(listed.get("aliases") or [])}
    lowered = {fold(n) for n in names}
    # 'The Daily Ledger' and 'Daily Ledger' are one outlet
    return lowered | {n[4:] if n.startswith("the ") else "the " + n for n in lowered}
