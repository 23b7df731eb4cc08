"""SQLModel tables: the data model of DESIGN.md.

Column names avoid SQL keywords (`char_start`, not `start`), so raw SQL in benchmarks and
PostgreSQL consoles needs no quoting. Every column the CLI filters by carries an index. The
schema itself is created by the Alembic migrations in `provenance/migrations`, which a test
keeps in step with these classes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, LargeBinary, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

# the vocabularies, where callers have always found them
from provenance.vocabulary import FORMS, KINDS, RELATIONS, SPEAKER_KINDS, STATUSES  # noqa: F401


def utcnow() -> datetime:
    return datetime.now(UTC)


def _timestamp(*, index: bool = False):
    return Field(default_factory=utcnow, sa_type=DateTime(timezone=True), nullable=False, index=index)


class Outlet(SQLModel, table=True):
    """A medium that carries statements: newspaper, broadcaster, agency, press release, publisher."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    aliases: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
    country: str | None = Field(default=None, index=True)


class Speaker(SQLModel, table=True):
    """Who made a statement. Anonymous speakers are kept apart by their description (`name`)."""

    __table_args__ = (UniqueConstraint("name", "anonymous", name="uq_speaker_name_anonymous"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    aliases: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
    kind: str = Field(default="person")
    anonymous: bool = Field(default=False, index=True)
    role: str | None = None  # (migration 0014's index: a party's officers, by their role's opening)
    affiliation: str | None = Field(default=None, index=True)


class Document(SQLModel, table=True):
    """One story; its texts are versions."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(index=True, unique=True)
    title: str | None = None
    outlet_id: int | None = Field(default=None, foreign_key="outlet.id", index=True)
    url: str | None = None
    language: str | None = None
    created_at: datetime = _timestamp()


class Version(SQLModel, table=True):
    """One text of a document. Claims belong to a version."""

    __table_args__ = (
        UniqueConstraint("document_id", "number", name="uq_version_document_number"),
        UniqueConstraint("document_id", "sha256", name="uq_version_document_sha256"),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    number: int
    sha256: str = Field(index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    published: str | None = Field(default=None, index=True)
    ingested_at: datetime = _timestamp()
    # what extracted the claims (the claim set's "extractor" record as JSON: the attribution
    # model's version); None for a claim set that had none (written by hand)
    extractor: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class Claim(SQLModel, table=True):
    """One statement: content offsets into the version text, who said it, where, when, and its status."""

    __table_args__ = (UniqueConstraint("version_id", "seq", name="uq_claim_version_seq"),)

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(foreign_key="version.id", index=True)
    seq: int
    char_start: int
    char_end: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    sentence_start: int | None = None
    sentence_end: int | None = None
    speaker_id: int | None = Field(default=None, foreign_key="speaker.id", index=True)
    speaker_start: int | None = None
    speaker_end: int | None = None
    outlet_id: int | None = Field(default=None, foreign_key="outlet.id", index=True)
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    form: str = Field(index=True)
    stated_on: str | None = Field(default=None, index=True)
    event_on: str | None = Field(default=None, index=True)
    kind: str = Field(index=True)
    status: str = Field(index=True)
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    reviewed_by: str | None = None
    # what the speaker does with the content (STANCES): a denial's content is the proposition denied
    # (migration 0014's index: ingest looks up the stored withdrawals, which are few)
    stance: str = Field(default="asserts", sa_column=Column(String, nullable=False, server_default="asserts"))
    # the outlets the claim passed through after `outlet_id`, before the publisher: a JSON list of names
    via: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
    # where it comes from: the first source and the outlet that first carried it
    origin_speaker_id: int | None = Field(default=None, foreign_key="speaker.id", index=True)
    origin_outlet_id: int | None = Field(default=None, foreign_key="outlet.id", index=True)
    # `folding.fingerprint` of the text: copies of one sentence share it (migration 0013's index)
    fingerprint: str | None = None
    # the speaker as this document describes it ('Ana Lind, Mayor' here, 'Ana Lind' there: the speaker
    # row keeps one description a name), which the status rules read (migration 0015); a claim
    # stored before has none (`speaker_kind` None) and is read with its speaker row's
    speaker_kind: str | None = None
    speaker_role: str | None = None
    speaker_affiliation: str | None = None


class Link(SQLModel, table=True):
    """A claim-to-claim relation: `source` corroborates / contradicts / repeats `target`."""

    __table_args__ = (UniqueConstraint("source_id", "target_id", "relation", name="uq_link"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="claim.id", index=True)
    target_id: int = Field(foreign_key="claim.id", index=True)
    relation: str = Field(index=True)
    created_by: str = Field(default="rule")
    reason: str | None = None
    created_at: datetime = _timestamp()


class Event(SQLModel, table=True):
    """Append-only audit log: every ingest, status change, review and link."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _timestamp(index=True)
    actor: str = Field(index=True)
    action: str = Field(index=True)
    document_id: int | None = Field(default=None, foreign_key="document.id", index=True)
    claim_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    old: str | None = None
    new: str | None = None
    reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    # link events ("link", "unlink", "unlink carried"): the link's relation and the claim at its
    # other end (`claim_id` is its source)
    relation: str | None = None
    target_claim_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    evidence_url: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    verdict: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # review --verdict


class Page(SQLModel, table=True):
    """The web page a version was read from: where and when it was fetched, what the server said,
    and the raw bytes (compressed) so the page can be read again by a better extractor."""

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(foreign_key="version.id", index=True, unique=True)
    url: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # as asked for
    final_url: str | None = Field(default=None, sa_column=Column(Text, nullable=True, index=True))  # after redirects
    fetched_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True), nullable=True)
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    charset: str | None = None
    author: str | None = None
    modified: str | None = None  # the date the page says it was last updated
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    raw_encoding: str = Field(default="gzip")


class FetchState(SQLModel):
    """What `watch` keeps about fetching a feed or a story: the validators for a conditional
    request, the last answer, the failures and the pause they earned, and the lease of the process
    fetching it now."""

    etag: str | None = None
    last_modified: str | None = None
    last_fetched_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True), nullable=True)
    last_status: str | None = None
    failures: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    next_fetch_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True), nullable=True)
    lease_until: datetime | None = Field(default=None, sa_type=DateTime(timezone=True), nullable=True)
    leased_by: str | None = None


class Feed(FetchState, table=True):
    """Something `watch` follows: an RSS/Atom feed (kind `feed`) or one story's page (kind `page`).

    The fetch state (validators, last answer, backoff, lease) lives here so that several machines
    sharing the database share it too.
    """

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    kind: str = Field(default="feed")
    name: str | None = None
    outlet: str | None = None  # the publisher to file its stories under (default: the page's site name)
    added_at: datetime = _timestamp()
    added_by: str | None = None


class Story(FetchState, table=True):
    """A story URL `watch` fetches and re-fetches: from a feed's entries or a followed page."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    feed_id: int | None = Field(default=None, foreign_key="feed.id", index=True)
    document_id: int | None = Field(default=None, foreign_key="document.id", index=True)
    title: str | None = None
    first_seen_at: datetime = _timestamp(index=True)


class WatchRound(SQLModel, table=True):
    """One pass of `watch` over the feeds and stories. Processes that start while a round is running
    join it, so a story fetched in it by one machine is not fetched again by another."""

    __tablename__ = "watch_round"

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = _timestamp()
    started_by: str | None = None
    finished_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True), nullable=True)


class Cluster(SQLModel, table=True):
    """Claims that state the same thing, across and within documents (the newest versions); one
    of them, the earliest, stands for them all."""

    id: int | None = Field(default=None, primary_key=True)
    representative_id: int = Field(foreign_key="claim.id", index=True)


class ClusterMember(SQLModel, table=True):
    """A claim's place in a cluster: one row a claim, so copies of a story add rows, not pairs."""

    __tablename__ = "cluster_member"

    claim_id: int = Field(foreign_key="claim.id", primary_key=True)
    cluster_id: int = Field(foreign_key="cluster.id", index=True)
