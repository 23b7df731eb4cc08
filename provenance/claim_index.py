"""The claim search index: the claims of other documents a new document's claims could be
similar to, found through the text search index of migration 0002 instead of reading every claim."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy import text as sql
from sqlmodel import Session, col

from provenance.corroboration import blocking_tokens, search_strings, spellings, tokens
from provenance.models import Claim, Version
from provenance.query import (
    FTS_TABLE,
    fts_query,
    has_claim_search_index,
    is_latest_version,
    like_contains,
    like_escape,
)
from provenance.query import chunks as _chunks
from provenance.sql_in import in_values
from provenance.tuning import CLAIMS_PER_MAX_DF, LOOKUPS_PER_STATEMENT, MIN_MAX_DF, PROBE_DEPTH, SCAN_BELOW

PG_TRIGRAM_INDEX = "ix_claim_text_trgm"  # migration 0002
# A token is looked up where a word starts with it: at the start of the text, or after a space,
# a quotation mark, a bracket or a hyphen ("Franco-German"). A substring anywhere would also
# find it inside other words, which makes rare tokens look common.
WORD_STARTS = (" ", "“", '"', "(", "-")
# LIKE alternatives one list of strings may make on SQLite (each string is asked at the start of the
# text and after each of WORD_STARTS, twice when its first letter is not ASCII): SQLite parses 'A OR
# B OR ...' as a tree one level deeper a term and refuses one over 1,000 levels
MAX_LIKES = 600
# Lookups count and return the first claim of each text (`folding.fingerprint`, migration 0013's
# index on (fingerprint, id)): copies of one sentence are one text, found again from their
# fingerprint (`ClaimIndex.copies`), so that a story reprinted hundreds of times neither makes its
# words common nor fills a lookup's limit with copies of itself.
FIRST_COPY = ("NOT EXISTS (SELECT 1 FROM claim AS copy WHERE copy.fingerprint = claim.fingerprint "
              "AND copy.id < claim.id)")


class ClaimIndex:
    """The claims of other documents that a new document's claims could be similar to, found
    through the claim text search index (migration 0002: an FTS5 trigram table on SQLite, a
    pg_trgm index on PostgreSQL) instead of reading every claim of the database.

    Each token of the new claims is looked up by the strings every text holding it contains
    (`corroboration.search_strings`); how many claims hold it tells whether it is rare enough to
    block on, as the document frequencies of a full scan do. The claims holding the rare tokens a
    claim blocks on (`corroboration.blocking_tokens`), and those holding all of the common tokens
    a claim of common words blocks on, are the candidates, scored as in a full scan.
    """

    def __init__(self, session: Session, *, sqlite: bool):
        self.session = session
        self.sqlite = sqlite

    @classmethod
    def of(cls, session: Session) -> ClaimIndex | None:
        """The index of this database, or None where migration 0002 could not make it, or where
        the database is small enough that reading every claim is quicker."""
        dialect = session.get_bind().dialect.name
        if (session.execute(select(func.max(col(Claim.id)))).scalar() or 0) < SCAN_BELOW.get(dialect, 0):
            return None
        if dialect == "sqlite":
            return cls(session, sqlite=True) if has_claim_search_index(session) else None
        if dialect == "postgresql":
            found = session.execute(sql(
                "SELECT 1 FROM pg_indexes WHERE indexname = :name AND schemaname = current_schema()"),
                {"name": PG_TRIGRAM_INDEX}).first()
            return cls(session, sqlite=False) if found else None
        return None

    def counts(self, lookups: Sequence[Sequence[Sequence[str]]], limit: int) -> list[int]:
        """For each lookup, how many claims `claims` would find, counting up to `limit` + 1 (-1
        when it cannot be looked up); a few dozen lookups to a statement."""
        out: list[int] = []
        for part in _chunks(list(lookups), LOOKUPS_PER_STATEMENT):
            found = [self._matching(required, limit + 1, f"l{n}_") for n, required in enumerate(part)]
            asked = [m for m in found if m is not None]
            row: Sequence[int] = ()
            if asked:
                values = {k: v for _, kv in asked for k, v in kv.items()}
                columns = ", ".join(f"(SELECT count(*) FROM ({statement}) AS s{n})"
                                    for n, (statement, _) in enumerate(asked))
                row = self.session.execute(sql(f"SELECT {columns}"), values).one()
            answers = iter(row)
            out += [-1 if m is None else next(answers) for m in found]
        return out

    def claims(self, required: Sequence[Sequence[str]], limit: int) -> list[int] | None:
        """Ids of at most `limit` claims whose text holds, for each list, a word starting with one
        of its strings (case aside; the text of any version). None when a string cannot be looked up."""
        return self.many_claims([required], limit)[0]

    def many_claims(self, lookups: Sequence[Sequence[Sequence[str]]], limit: int) -> list[list[int] | None]:
        """`claims` of each lookup, a few dozen lookups to a statement."""
        out: list[list[int] | None] = []
        for part in _chunks(list(lookups), LOOKUPS_PER_STATEMENT):
            found = [self._matching(required, limit, f"l{n}_") for n, required in enumerate(part)]
            ids: dict[int, list[int]] = defaultdict(list)
            asked = [(n, m) for n, m in enumerate(found) if m is not None]
            if asked:
                values = {k: v for _, (_, kv) in asked for k, v in kv.items()}
                union = " UNION ALL ".join(f"SELECT {n} AS lookup, s{n}.id FROM ({statement}) AS s{n}"
                                           for n, (statement, _) in asked)
                for n, cid in self.session.execute(sql(union), values):
                    ids[n].append(cid)
            out += [None if m is None else ids[n] for n, m in enumerate(found)]
        return out

    def _matching(self, required: Sequence[Sequence[str]], limit: int,
                  prefix: str = "") -> tuple[str, dict[str, Any]] | None:
        """The SELECT of `claims` (SQL text, built here: statements of this shape vary too much
        for SQLAlchemy's statement cache) and its values."""
        values: dict[str, Any] = {f"{prefix}n": limit}
        conditions = []
        if not self.sqlite:
            # one case-insensitive regular expression per list, which the trigram index answers:
            # \m is the start of a word
            for strings in required:
                name = f"{prefix}p{len(values)}"
                values[name] = r"\m(" + "|".join(re.escape(s) for s in strings) + ")"
                conditions.append(f"claim.text ~* :{name}")
            return (f"SELECT claim.id FROM claim WHERE {' AND '.join(conditions)} AND {FIRST_COPY} "
                    f"LIMIT :{prefix}n"), values
        for strings in required:
            names = []
            # LIKE ignores the case of ASCII letters only: "élysée" must also be asked as "Élysée"
            spelled = dict.fromkeys(x for string in strings for x in (
                (string,) if string[:1].isascii() else (string, string[:1].upper() + string[1:])))
            if len(spelled) * (1 + len(WORD_STARTS)) > MAX_LIKES:
                return None  # too deep a tree of ORs for SQLite: the caller reads the claims instead
            for string in spelled:
                # the start of the text, or a word start within it
                for pattern in (like_escape(string) + "%", *(like_contains(start + string) for start in WORD_STARTS)):
                    names.append(f"{prefix}p{len(values)}")
                    values[names[-1]] = pattern
            conditions.append("(" + " OR ".join(f"claim.text LIKE :{name} ESCAPE '\\'" for name in names) + ")")
        where = " AND ".join(conditions)
        # The index holds which claims hold each run of three characters, not where: it gives the
        # claims holding all of a string's, and the text itself tells whether they make the
        # string at the start of a word. Driven by the index, so that LIMIT stops it early.
        groups = []
        for strings in required:
            queries = [fts_query([s]) for s in strings]
            if not queries or any(q is None for q in queries):
                return None
            groups.append("(" + " OR ".join(f"({q})" for q in queries) + ")")
        values[f"{prefix}q"] = " AND ".join(groups)
        return (f"SELECT claim.id FROM {FTS_TABLE} JOIN claim ON claim.id = {FTS_TABLE}.rowid "
                f"WHERE {FTS_TABLE} MATCH :{prefix}q AND {where} AND {FIRST_COPY} LIMIT :{prefix}n"), values

    def copies(self, base: Any, ids: set[int], known: set[int]) -> list[Any]:
        """Rows of `base` (claims of the newest versions) for the claims `ids` and every copy of
        their texts (the claims of the same fingerprint), less the claims `known`."""
        fingerprints: set[str] = set()
        alone: set[int] = set()  # claims stored without a fingerprint
        for part in _chunks(sorted(ids)):
            for cid, found in self.session.execute(select(col(Claim.id), col(Claim.fingerprint))
                                                   .where(in_values(col(Claim.id), part))):
                if found is None:
                    alone.add(cid)
                else:
                    fingerprints.add(found)
        rows: list[Any] = []
        for part in _chunks(sorted(alone)):
            rows += self.session.execute(base.where(in_values(col(Claim.id), part))).all()
        for part in _chunks(sorted(fingerprints)):
            rows += self.session.execute(base.where(in_values(col(Claim.fingerprint), part))).all()
        return [row for row in rows if row[0] not in known]

    def corpus(self, documents: set[int]) -> tuple[list[Any], dict[int, int], int]:
        """(rows (claim id, version id, text) sorted by id, version id -> document id, max_df): the
        claims of the newest versions of `documents` and their candidates in other documents'
        newest versions (every copy of a candidate's text, and of their own texts), and how many
        texts a token may be held by to be blocked on."""
        base = (select(col(Claim.id), col(Claim.version_id), col(Claim.text), col(Version.document_id))
                .join(Version, col(Version.id) == col(Claim.version_id)).where(is_latest_version()))
        focus = self.session.execute(base.where(in_values(col(Version.document_id), sorted(documents)))).all()
        total = self.session.execute(select(func.max(col(Claim.id)))).scalar() or 0
        max_df = max(MIN_MAX_DF, total // CLAIMS_PER_MAX_DF)
        bags = [tokens(row[2]) for row in focus]
        spelled: dict[str, set[str]] = defaultdict(set)
        for row in focus:
            for token, forms in spellings(row[2]).items():
                spelled[token] |= forms
        strings: dict[str, list[str]] = {}  # the tokens the index can look up
        for token in sorted({t for bag in bags for t in bag}):
            found = search_strings(token, spelled.get(token, ()))
            if found is not None:
                strings[token] = found
        # Every token is counted once, up to max_df + 1 claims: the rare ones give their claims,
        # the others are common.
        df: dict[str, int] = {}
        for (token, _), n in zip(strings.items(), self.counts([[s] for s in strings.values()], max_df),
                                 strict=True):
            if 0 <= n <= max_df:
                df[token] = n
        rare_tokens = sorted(df)
        holders = {token: found or [] for token, found in zip(
            rare_tokens, self.many_claims([[strings[t]] for t in rare_tokens], max_df), strict=True)}
        # a claim with too few rare tokens blocks on its rarest common ones: count those further
        fallback = [bag for bag in bags if blocking_tokens(bag, df, max_df=max_df)[1]]
        uncounted = sorted({t for bag in fallback for t in bag if t not in df and t in strings})
        for token, n in zip(uncounted, self.counts([[strings[t]] for t in uncounted], PROBE_DEPTH * max_df),
                            strict=True):
            df[token] = max(n, max_df + 1)
        wanted: set[int] = set()
        required: set[tuple[str, ...]] = set()
        for bag in bags:
            rare, common = blocking_tokens(bag, df, max_df=max_df)
            for token in rare:
                wanted.update(holders[token])
            if any(t in strings for t in common):
                required.add(tuple(t for t in common if t in strings))
        for ids in self.many_claims([[strings[t] for t in lookup] for lookup in sorted(required)], max_df):
            wanted.update(ids or ())
        rows = list(focus)
        rows += self.copies(base, wanted | {row[0] for row in focus}, {row[0] for row in focus})
        rows.sort(key=lambda row: row[0])  # (by claim id: one row a claim)
        return [(cid, vid, text_) for cid, vid, text_, _ in rows], {vid: did for _, vid, _, did in rows}, max_df
