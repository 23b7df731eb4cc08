"""The stored claims a new document's withdrawals and accounts meet through their party, not their
words: a party's withdrawal ('X has withdrawn its claim that C') takes back its accounts in any
outlet however they were worded (`corroboration.withdrawn_accounts`), so ingest reads beside a new
document, as well as what blocking pairs with it, the versions holding the stored accounts of the
parties it withdraws for and the stored withdrawals of the parties it quotes. Both are indexed
look-ups (the speaker's name, affiliation and role, the claim's speaker and origin, its stance), never a
read of every claim: what ingest leaves is then what `recompute` gives, whatever the order."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, or_, select
from sqlmodel import Session, col

from provenance.corroboration import ClaimRecord, account_of, party_names, party_withdrawal
from provenance.models import Claim, Speaker, Version
from provenance.query import chunks, is_latest_version, like_escape
from provenance.sql_in import in_values


def party_versions(session: Session, records: Mapping[Any, ClaimRecord], scope: set[int]) -> set[int]:
    """The ids of the newest versions (other than those of `scope`) holding accounts of the parties
    whose withdrawals are among the claims `scope`, or withdrawals of the parties they quote."""
    new = [records[k] for k in sorted(scope) if k in records]
    found = _accounts_of(session, [r for r in new if party_withdrawal(r)])
    found |= _withdrawals_of(session, [r for r in new if r.speaker and not r.anonymous])
    return found - {r.version for r in new}


def _accounts_of(session: Session, withdrawals: list[ClaimRecord]) -> set[int]:
    """The versions of the stored claims whose speaker, or the source they came from, is named or
    affiliated as a party withdrawing here is, or holds a role its name opens ("X's lawyer")."""
    names = sorted({n for r in withdrawals for n in party_names(r)})
    if not names:
        return set()
    sqlite = session.get_bind().dialect.name == "sqlite"
    speakers = set(session.execute(select(col(Speaker.id)).where(
        or_(in_values(col(Speaker.name), names), in_values(col(Speaker.affiliation), names),
            *(_role_opens(name, sqlite=sqlite) for name in names)))).scalars())
    found: set[int] = set()
    for part in chunks(sorted(speakers)):
        found.update(session.execute(
            select(col(Claim.version_id)).distinct().join(Version, col(Version.id) == col(Claim.version_id))
            .where(or_(in_values(col(Claim.speaker_id), part), in_values(col(Claim.origin_speaker_id), part)),
                   is_latest_version())).scalars())
    return found


def _role_opens(name: str, *, sqlite: bool) -> Any:
    """Condition: the speaker's role opens with `name`, as migration 0014's index reads it: a range
    of the role's binary order on SQLite, LIKE 'name%' (text_pattern_ops) on PostgreSQL."""
    role = col(Speaker.role)
    if sqlite:
        return and_(role >= name, role < name + "\U0010ffff")
    return role.like(like_escape(name) + "%", escape="\\")


def _withdrawals_of(session: Session, accounts: list[ClaimRecord]) -> set[int]:
    """The versions of the stored withdrawals (stance `retracts`, few: migration 0014's index) whose
    party may be that of one of `accounts` (`account_of`, read off the withdrawer's stored name)."""
    if not accounts:
        return set()
    rows = session.execute(
        select(col(Claim.version_id), col(Speaker.name), col(Speaker.role), col(Speaker.anonymous))
        .join(Speaker, col(Speaker.id) == col(Claim.speaker_id))
        .join(Version, col(Version.id) == col(Claim.version_id))
        .where(col(Claim.stance) == "retracts", is_latest_version())).all()
    found: set[int] = set()
    for version, name, role, anonymous in rows:
        withdrawer = ClaimRecord(key=None, doc="", text="", speaker=name, role=role, anonymous=anonymous, stance="retracts")
        if version not in found and any(account_of(withdrawer, y) for y in accounts):
            found.add(version)
    return found
