"""The stored claims a new document's withdrawals and accounts meet through their party, not their
words: a party's withdrawal ('X has withdrawn its claim that C') takes back its accounts in any
outlet however they were worded (`corroboration.withdrawn_accounts`), so ingest reads beside a new
document, as well as what blocking pairs with it, the versions holding the stored accounts of the
parties it withdraws for and the stored withdrawals of the parties it quotes; and so for the
publisher's own account of a withdrawal ('X withdrew its lawyer's statement that C', stored as the
publisher's, `corroboration.takes_back`). These are indexed look-ups (the speaker's name, affiliation
and role, the claim's speaker and origin, its stance, the claim search index), a LIKE over the
speakers' names and roles (one row a name, not a claim) for the publisher's accounts, never a read
of every claim but in a database small enough to read them all: what ingest leaves is then what
`recompute` gives, whatever the order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, or_, select
from sqlmodel import Session, col

from provenance.claim_index import ClaimIndex
from provenance.corroboration import (
    _WORD,
    ClaimRecord,
    account_of,
    is_publisher,
    party_names,
    party_withdrawal,
    reported_withdrawer,
    takes_back,
    unnamed_voice,
    withdrawal_hints,
)
from provenance.folded_sql import folded
from provenance.folding import fold
from provenance.matching import STOPWORDS
from provenance.models import Claim, Speaker, Version
from provenance.query import chunks, described_speaker, is_latest_version, like_contains, like_escape
from provenance.sql_in import in_values

# At most this many statements the index gives for a look-up of withdrawals; beyond, every claim
# holding a withdrawal's word is read (a bound on the index's answer, never on what is found).
_LOOKUP_LIMIT = 2_000
_NAMES_A_LOOKUP = 40  # words asked of the search index at once (within claim_index.MAX_LIKES, accented ones twice)


def party_versions(session: Session, records: Mapping[Any, ClaimRecord], scope: set[int], *,
                   scanned: Sequence[Sequence[Any]] | None = None) -> set[int]:
    """The ids of the newest versions (other than those of `scope`) holding accounts of the parties
    whose withdrawals are among the claims `scope` (the party's own, or the publisher's account of
    one: 'X withdrew its lawyer's statement that C'), or withdrawals of the parties they quote.
    `scanned`: the rows (claim id, version id, text) of every claim of the newest versions, when the
    caller read them all already."""
    new = [records[k] for k in sorted(scope) if k in records]
    withdrawals = [r for r in new if party_withdrawal(r)]
    found = _accounts_of(session, [r for r in withdrawals if not is_publisher(r)])
    found |= _reported_accounts_of(session, [r for r in withdrawals if is_publisher(r)])
    accounts = [r for r in new if r.speaker and (not r.anonymous or unnamed_voice(r))]
    found |= _withdrawals_of(session, accounts) | _reported_withdrawals_of(session, accounts, scanned)
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
            *(_role_opens(col(Speaker.role), name, sqlite=sqlite) for name in names)))).scalars())
    speakers |= _voices_of(session, withdrawals)
    return _versions_of(session, speakers, origins=True) | _described_as_party(session, names, sqlite=sqlite)


def _voices_of(session: Session, withdrawals: list[ClaimRecord]) -> set[int]:
    """The unnamed spokespeople of the parties withdrawing here ('a fire brigade spokesperson' of the
    Tolsk Fire Brigade, `account_of`): the anonymous speakers whose folded name holds the last word
    of a party's name, kept as `account_of` keeps them."""
    lasts = sorted({_WORD.findall(n)[-1].casefold() for r in withdrawals for n in party_names(r) if _WORD.findall(n)})
    if not lasts:
        return set()
    rows = session.execute(select(col(Speaker.id), col(Speaker.name), col(Speaker.role), col(Speaker.anonymous)).where(
        col(Speaker.anonymous), or_(*(folded(col(Speaker.name)).like(like_contains(fold(w)), escape="\\") for w in lasts)))).all()
    return {sid for sid, name, role, anonymous in rows
            if any(account_of(x, _speaking(name, role, anonymous)) for x in withdrawals)}


def _described_as_party(session: Session, names: list[str], *, sqlite: bool) -> set[int]:
    """The newest versions holding claims whose own document describes their speaker as affiliated
    with a party of `names`, or in a role one opens (migration 0015: the speaker row keeps the first
    document's description, which may be another's: 'a planning board member' there, "Ostrell
    Bricks' operations director" here), as the rules read them (query.described_speaker)."""
    return set(session.execute(
        select(col(Claim.version_id)).distinct().join(Version, col(Version.id) == col(Claim.version_id))
        .where(col(Claim.speaker_kind).is_not(None), is_latest_version(),
               or_(in_values(col(Claim.speaker_affiliation), names),
                   *(_role_opens(col(Claim.speaker_role), name, sqlite=sqlite) for name in names)))).scalars())


def _versions_of(session: Session, speakers: set[int], *, origins: bool) -> set[int]:
    """The newest versions holding claims of `speakers` (or, with `origins`, that came from them)."""
    found: set[int] = set()
    for part in chunks(sorted(speakers)):
        whose = [in_values(col(Claim.speaker_id), part)] + ([in_values(col(Claim.origin_speaker_id), part)] if origins else [])
        found.update(session.execute(
            select(col(Claim.version_id)).distinct().join(Version, col(Version.id) == col(Claim.version_id))
            .where(or_(*whose), is_latest_version())).scalars())
    return found


def _reported_accounts_of(session: Session, withdrawals: list[ClaimRecord]) -> set[int]:
    """The versions of the stored claims the publisher's accounts of withdrawals take back by their
    speaker (`takes_back`): one whose name's last word the words before the withdrawal give ('Kolsig
    on Wednesday withdrew ...'), or whose name or role holds the word whose statement it was ('its
    lawyer's statement'). The speakers' names and roles holding those words are read (few, by a
    LIKE of the folded text), then kept as `takes_back` keeps them."""
    speakers: set[int] = set()
    versions: set[int] = set()
    for x in withdrawals:
        found = reported_withdrawer(x)
        if found is None:
            continue
        caps, owner = found
        columns = (col(Speaker.name), col(Speaker.role)) if owner else (col(Speaker.name),)
        wanted = [like_contains(fold(w)) for w in ([owner] if owner else sorted(caps))]
        rows = session.execute(select(col(Speaker.id), col(Speaker.name), col(Speaker.role), col(Speaker.anonymous))
                               .where(or_(*(folded(c).like(w, escape="\\") for c in columns for w in wanted)))).all()
        speakers.update(sid for sid, name, role, anonymous in rows if takes_back(x, _speaking(name, role, anonymous)))
        if owner:  # the role a claim's own document gives its speaker (migration 0015), as the rules read it
            rows = session.execute(
                select(col(Claim.version_id), col(Speaker.name), col(Claim.speaker_role), col(Speaker.anonymous))
                .join(Speaker, col(Speaker.id) == col(Claim.speaker_id))
                .join(Version, col(Version.id) == col(Claim.version_id))
                .where(col(Claim.speaker_kind).is_not(None), is_latest_version(),
                       or_(*(folded(col(Claim.speaker_role)).like(w, escape="\\") for w in wanted)))).all()
            versions.update(vid for vid, name, role, anonymous in rows if takes_back(x, _speaking(name, role, anonymous)))
    return _versions_of(session, speakers, origins=False) | versions


def _speaking(name: str, role: str | None, anonymous: bool) -> ClaimRecord:
    """A stored claim's speaker as `takes_back` and `account_of` read it."""
    return ClaimRecord(key=None, doc="", text="", speaker=name, role=role, anonymous=anonymous)


def _role_opens(role: Any, name: str, *, sqlite: bool) -> Any:
    """Condition: the `role` column opens with `name`, as migration 0014's index of the speaker's
    role reads it: a range of the role's binary order on SQLite, LIKE 'name%' (text_pattern_ops) on
    PostgreSQL."""
    if sqlite:
        return and_(role >= name, role < name + "\U0010ffff")
    return role.like(like_escape(name) + "%", escape="\\")


def _withdrawals_of(session: Session, accounts: list[ClaimRecord]) -> set[int]:
    """The versions of the stored withdrawals (stance `retracts`, few: migration 0014's index) whose
    party may be that of one of `accounts` (`account_of`, read off the withdrawer's stored name)."""
    if not accounts:
        return set()
    _, role, _ = described_speaker()  # as its own document describes the withdrawer
    rows = session.execute(
        select(col(Claim.version_id), col(Speaker.name), role, col(Speaker.anonymous))
        .join(Speaker, col(Speaker.id) == col(Claim.speaker_id))
        .join(Version, col(Version.id) == col(Claim.version_id))
        .where(col(Claim.stance) == "retracts", is_latest_version())).all()
    found: set[int] = set()
    for version, name, role, anonymous in rows:
        withdrawer = ClaimRecord(key=None, doc="", text="", speaker=name, role=role, anonymous=anonymous, stance="retracts")
        if version not in found and any(account_of(withdrawer, y) for y in accounts):
            found.add(version)
    return found


def _reported_withdrawals_of(session: Session, accounts: list[ClaimRecord],
                             scanned: Sequence[Sequence[Any]] | None) -> set[int]:
    """The versions of the stored statements that may say a source of `accounts` took back what it
    said in words `withdrawal_hints` holds (the publisher's 'X withdrew its lawyer's statement that
    C', stored with no stance of its own), whose text also holds a word of the account's speaker or
    role (`takes_back` reads the source by one): among the rows `scanned`, else looked up in the
    claim search index (every claim read if it cannot answer)."""
    names = sorted({w.casefold() for y in accounts for w in _WORD.findall(f"{y.speaker} {y.role or ''}")
                    if len(w) >= 3 and w.casefold() not in STOPWORDS})
    if not names:
        return set()
    if scanned is not None:
        return {vid for _, vid, text in scanned if _reports_withdrawal(text, names)}
    ids = _indexed_withdrawals(ClaimIndex.of(session), names)
    if ids is None:
        rows = session.execute(select(col(Claim.id), col(Claim.text)).where(
            or_(*(col(Claim.text).ilike(like_contains(h), escape="\\") for h in withdrawal_hints())))).all()
        ids = [cid for cid, text in rows if _reports_withdrawal(text, names)]
    return _copies_versions(session, ids)


def _indexed_withdrawals(index: ClaimIndex | None, names: Sequence[str]) -> list[int] | None:
    """The claims the search index finds holding a word of `withdrawal_hints` and one of `names`,
    asked a part of the names at a time (a long article's accounts name hundreds of words); None
    when the index cannot answer or a part finds as many as the look-up's limit (then every claim
    with a hint is read)."""
    if index is None:
        return None
    ids: list[int] = []
    for part in chunks(list(names), _NAMES_A_LOOKUP):
        found = index.claims([withdrawal_hints(), part], _LOOKUP_LIMIT)
        if found is None or len(found) >= _LOOKUP_LIMIT:
            return None
        ids += found
    return sorted(set(ids))


def _reports_withdrawal(text: str, names: Sequence[str]) -> bool:
    """Whether a text holds a word of `withdrawal_hints` and one of `names` (folded words)."""
    folded_text = _hinted(text)  # (few texts hold one: the names are looked for only then)
    return folded_text is not None and any(n in folded_text for n in names)


@lru_cache(maxsize=1 << 16)
def _hinted(text: str) -> str | None:
    """The text case-folded when it holds a word of `withdrawal_hints`, else None (kept: every scan
    of the stored claims reads the same texts again, copies of a story many times)."""
    return text.casefold() if _hints().search(text) is not None else None


@lru_cache(maxsize=1)
def _hints() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(h) for h in withdrawal_hints()), re.IGNORECASE)


def _copies_versions(session: Session, ids: Iterable[int]) -> set[int]:
    """The newest versions holding the claims `ids` or a copy of one's text (its fingerprint: the
    claim index gives the first claim of each text)."""
    found: set[int] = set()
    for part in chunks(sorted(set(ids))):
        prints = sorted({f for f in session.execute(select(col(Claim.fingerprint))
                                                    .where(in_values(col(Claim.id), part))).scalars() if f})
        for which in [in_values(col(Claim.id), part)] + [in_values(col(Claim.fingerprint), p) for p in chunks(prints)]:
            found.update(session.execute(
                select(col(Claim.version_id)).distinct().join(Version, col(Version.id) == col(Claim.version_id))
                .where(which, is_latest_version())).scalars())
    return found
