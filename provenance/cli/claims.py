"""Listings: claims, show, speakers, outlets, docs."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import replace

import click

from provenance.bounds import is_whole, parse_whole
from provenance.cli import (
    ClaimRef,
    Whole,
    actor,
    claim_id,
    cli,
    database,
    emit,
    message,
    output_options,
    quick_connection,
    terminal_width,
)
from provenance.errors import InputError
from provenance.listing import ClaimFilter, stance_text
from provenance.vocabulary import FORMS, KINDS, STATUSES
from provenance.wording import plural


@cli.command()
@click.option("--status", multiple=True, metavar="STATUS",
              help=f"Only these statuses (repeat or comma-separate): {', '.join(STATUSES)}.")
@click.option("--kind", multiple=True, metavar="KIND", help=f"Only these kinds: {', '.join(KINDS)}.")
@click.option("--form", multiple=True, metavar="FORM", help=f"Only these attribution forms: {', '.join(FORMS)}.")
@click.option("--speaker", metavar="TEXT", help="Speaker name or alias contains TEXT (case-insensitive).")
@click.option("--outlet", metavar="TEXT",
              help="Outlet name or alias contains TEXT (case-insensitive): what it carried, and its own stories' "
                   "reporting (claims with no other outlet in a document it published).")
@click.option("--anonymous/--named", default=None, help="Only anonymous, or only named, speakers.")
@click.option("--since", metavar="DATE",
              help="Stated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); a claim whose statement the text does "
                   "not date counts from its document's published date (claims with neither are left out, and "
                   "counted on stderr).")
@click.option("--until", metavar="DATE", help="Stated on or before DATE (dated as --since).")
@click.option("--search", metavar="WORDS", help="Claim text contains every one of WORDS.")
@click.option("--doc", metavar="SLUG", help="Only this document.")
@click.option("--version", "version", type=Whole(), metavar="N", help="Version N of --doc (default: the latest).")
@click.option("--all-versions", is_flag=True, help="Claims of every version, not only the latest.")
@click.option("--cluster", "cluster_id", type=Whole(), metavar="ID",
              help="Only the claims of cluster ID (claims that state the same thing).")
@click.option("--limit", type=Whole(minimum=0), metavar="N", help="At most N claims.")
@click.option("--offset", type=Whole(minimum=0), default=0, metavar="N", help="Skip the first N claims.")
@output_options
def claims(status, kind, form, speaker, outlet, anonymous, since, until, search, doc, version, all_versions,
           cluster_id, limit, offset, fmt, table_fmt, no_headers):
    """List claims (latest version of each document) with filters.

    \b
    Examples:
      provenance claims --status unconfirmed
      provenance claims --anonymous --format json
      provenance claims --search ferry --doc my-story
    """
    f = ClaimFilter(statuses=status, kinds=kind, forms=form, speaker=speaker, outlet=outlet,
                    anonymous=anonymous, since=since, until=until, search=search, doc=doc,
                    version=version, all_versions=all_versions, cluster=cluster_id, limit=limit,
                    offset=offset).validated()
    show = {"fmt": fmt, "table_fmt": table_fmt, "no_headers": no_headers, "columns": CLAIMS_TABLE,
            "max_width": CLAIMS_CUT, "flex": "text", "optional": CLAIMS_OPTIONAL, "empty": "no claims match"}
    emit(_for_people(_claim_rows(f), fmt), **show)
    if since or until:
        undated = sum(1 for _ in _claim_rows(replace(f, since=None, until=None, undated=True, limit=None, offset=0)))
        if undated:
            message(f"{plural(undated, 'claim')} with no date (none in the text, no published date on the "
                    "document) left out by --since/--until: list them without those options")


def _claim_rows(f: ClaimFilter) -> Iterator[dict]:
    """The rows of a claim listing: read with sqlite3 alone when it can be (quickread), else by query."""
    conn = quick_connection()
    if conn is not None:
        from provenance import quickread

        rows = quickread.iter_claims(conn, f)
        if rows is not None:  # a plain page of claims: no SQLAlchemy to import
            yield from rows
            return
    from provenance import query
    from provenance.store import find_version

    with database().reading() as session:
        if f.doc:
            find_version(session, f.doc, f.version)
        yield from query.iter_claims(session, f)


# The claims table: who (and whether anonymous), the status and why in short, the cluster, the
# text; the cluster, document, outlet and date give way first on a narrow terminal (all of them
# with --wide).
CLAIMS_TABLE = ("id", "doc", "speaker", "anon", "outlet", "stated_on", "status", "reason", "cluster", "text")
CLAIMS_OPTIONAL = ("cluster", "outlet", "stated_on", "doc")
CLAIMS_CUT = {"text": 70, "reason": 32}


def _for_people(rows: Iterable[dict], fmt: str) -> Iterable[dict]:
    """Table rows gain the anonymity marker and print the stance before the text ('denies: ...');
    machine formats keep the rows as they are (the stance in its own key)."""
    if fmt not in ("table", "md"):
        return rows
    return ({**row, "anon": "anon" if row["anonymous"] else "", "text": stance_text(row.get("stance"), row["text"])}
            for row in rows)


@cli.command()
@click.argument("claim", type=ClaimRef(), metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(claim, fmt):
    """Show one claim: its text, source chain, links, status reason and history.

    ID is the claim's id, or DOC#SEQ / DOC@N#SEQ as reports and diffs place it (claim #4 of the latest
    version of DOC, or of version N).

    \b
    Examples:
      provenance show 12
      provenance show my-story#4
      provenance show my-story@1#2
    """
    from provenance import query
    from provenance.output import dumps, printable

    with database().reading() as session:
        detail = query.claim_detail(session, claim_id(session, claim))
    if fmt == "json":
        click.echo(dumps(detail))
        return
    click.echo(wrap_lines(printable(render_detail(detail)), terminal_width()))


LABEL = re.compile(r"(\w[\w ]*:\s+|\s+)")


def wrap_lines(text: str, width: int) -> str:
    """Each line wrapped to `width`, continuing under the value of a `Label:  value` line or under its
    own indentation."""
    out = []
    for line in text.split("\n"):
        label = LABEL.match(line)
        indent = " " * min(len(label.group(0)), width // 2) if label else ""
        out.append(textwrap.fill(line, width, subsequent_indent=indent, break_on_hyphens=False) if line else "")
    return "\n".join(out)


def render_detail(d: dict) -> str:
    who = d["speaker"] or "(no speaker)"
    if d["anonymous"]:
        who += " [anonymous]"
    if d["speaker_role"] and d["speaker_role"].casefold() != (d["speaker"] or "").casefold():
        who += f", {d['speaker_role']}"
    if d["affiliation"]:
        who += f" ({d['affiliation']})"
    via = d["via"].split(" > ") if d.get("via") else []
    chain = " -> ".join(x for x in (who, d["outlet"] or "(no outlet named)", *via,
                                    f"{d['doc']}@{d['version']}" + (f" [{d['publisher']}]" if d["publisher"] else ""))
                        if x)
    lines = [
        f"Claim {d['id']}  {d['doc']}@{d['version']} #{d['seq']}  [{d['start']}:{d['end']}]",
        f"  {stance_text(d.get('stance'), d['text'])}",
        "",
        f"Status:   {d['status']} — {d['reason']}" + (f" (reviewed by {d['reviewed_by']})" if d["reviewed_by"] else ""),
        f"Source:   {chain}",
        f"Origin:   {d.get('origin') or '-'}",
        f"Cue:      {d['cue'] or '-'} ({d['form']})",
        f"Stated:   {d['stated_on'] or '-'}    Event: {d['event_on'] or '-'}    Kind: {d['kind']}",
    ]
    if d.get("cluster") is not None:
        lines.append(f"Cluster:  {d['cluster']} (`provenance cluster {d['cluster']}` lists its claims by origin)")
    if d.get("sentence") and d["sentence"] != d["text"]:
        lines += ["Sentence: " + d["sentence"]]
    lines.append("Links:" if d["links"] else "Links:    none")
    for link in d["links"]:
        arrow = f"{link['relation']} ->" if link["direction"] == "out" else f"<- {link['relation']}"
        lines.append(f"  {arrow} claim {link['claim']}: {stance_text(link.get('stance'), link['text'])[:80]}"
                     f"  (by {link['by']})")
        if link["reason"]:
            lines.append(f"      {link['reason']}")
    lines.append("History:" if d["history"] else "History:  no events")
    for e in d["history"]:
        change = f"{e['old'] or '-'} -> {e['new'] or '-'}"
        lines.append(f"  {str(e['at'])[:19]}  {e['actor']}  {e['action']}  {change}" + (f"  {e['reason']}" if e["reason"] else ""))
        if e.get("evidence_url"):
            lines.append(f"      evidence: {e['evidence_url']}")
        if e.get("note"):
            lines.extend("      note: " + line if i == 0 else "            " + line
                         for i, line in enumerate(e["note"].splitlines()))
    return "\n".join(lines)


@cli.command()
@click.argument("cluster_id", type=Whole(), metavar="ID")
@output_options
def cluster(cluster_id, fmt, table_fmt, no_headers):
    """List the claims of a cluster (claims that state the same thing), grouped by origin."""
    from provenance.report.data import CLUSTER_COLUMNS, cluster_rows

    with database().reading() as session:
        rows = cluster_rows(session, cluster_id)
    # on a narrow terminal the cluster (the one asked for), outlet, date and document give way first,
    # as in `claims`, so the origin, its source, the claim's speaker, status and text stay readable
    emit(rows, fmt=fmt, table_fmt=table_fmt, no_headers=no_headers, columns=CLUSTER_COLUMNS,
         max_width={"source": 40, "text": 70}, flex="text", optional=("cluster", "outlet", "stated_on", "doc"),
         empty="no claims in this cluster")


def _entity_group(name: str, counts: str, doc: str, **shape):
    """The `speakers`/`outlets` group: without a subcommand it lists query.COUNTS, shaped by `shape`."""

    @cli.group(name, invoke_without_command=True, help=doc)
    @output_options
    @click.pass_context
    def group(ctx, fmt, table_fmt, no_headers):
        if ctx.invoked_subcommand is not None:
            return
        from provenance import query

        with database().reading() as session:
            emit(getattr(query, counts)(session), fmt=fmt, table_fmt=table_fmt, no_headers=no_headers, **shape)

    return group


speakers = _entity_group(
    "speakers", "speaker_counts",
    """List speakers with their number of claims and documents; merge or split them.

    \b
    Examples:
      provenance speakers
      provenance speakers merge 3 7          # speaker 7 is speaker 3
      provenance speakers split 3 --claims 12,14 --name "Ana Lind"
    """,
    columns=("id", "name", "kind", "anonymous", "role", "affiliation", "claims", "documents"),
    flex="role", optional=("kind", "documents", "affiliation"), empty="no speakers")


def _review_options(command):
    """The --reason and --by options every review command takes."""
    command = click.option("--by", "by", metavar="NAME", help="Reviewer (default: login name).")(command)
    return click.option("--reason", metavar="TEXT", help="Why, in one line.")(command)


def _merge_command(group, merger, doc, **options):
    """`GROUP merge A B`: entity B is entity A, done by `entities.<merger>` (given `options`' flags)."""

    @group.command("merge", help=doc)
    @click.argument("keep", type=Whole(), metavar="A")
    @click.argument("drop", type=Whole(), metavar="B")
    @_review_options
    def merge(keep, drop, reason, by, **flags):
        from provenance import entities

        with database().session() as session:
            done = getattr(entities, merger)(session, keep, drop, by=actor(by), reason=reason, **flags)
            session.commit()
        moved = plural(done["claims"], "claim")
        if "documents" in done:  # an outlet: what it published, then what it carried from others
            moved = f"{plural(done['documents'], 'document')} it published, {moved} it carried"
        message(f"merged {done['merged']} into {done['kept']} ({moved})")

    for name, help_text in options.items():
        merge = click.option(f"--{name}", is_flag=True, help=help_text)(merge)
    return merge


merge_speakers = _merge_command(
    speakers, "merge_speakers", "Speaker B is speaker A: B's claims go to A, B's names become A's aliases.",
    force="Merge an anonymous source B into a named speaker A all the same: it names the source in every "
          "listing and report.")


@speakers.command("split")
@click.argument("speaker", type=Whole(), metavar="A")
@click.option("--claims", "claim_ids", required=True, metavar="IDS", help="The claims to move, as 12,14.")
@click.option("--name", required=True, metavar="NAME", help="The speaker they belong to (made when new).")
@click.option("--anonymous/--named", default=None,
              help="NAME is an anonymous source, or a named one [default: as speaker A].")
@_review_options
def split_speaker(speaker, claim_ids, name, anonymous, reason, by):
    """Claims of speaker A that are another speaker's: move them to NAME."""
    from provenance import entities

    ids = _claim_list(claim_ids)
    with database().session() as session:
        done = entities.split_speaker(session, speaker, ids, name=name, by=actor(by), reason=reason,
                                      anonymous=anonymous)
        session.commit()
    message(f"moved {plural(done['claims'], 'claim')} from {done['from']} to {done['to']}")


def _claim_list(text: str | None) -> list[int]:
    """The claim ids of --claims 12,14."""
    parts = [x for x in (text or "").replace(" ", "").split(",") if x]
    if not all(is_whole(x) for x in parts):
        raise InputError("--claims takes claim ids separated by commas, as 12,14")
    return [parse_whole(x, "--claims") for x in parts]


outlets = _entity_group(
    "outlets", "outlet_counts",
    """List outlets with their number of claims and documents; merge or split them.

    An outlet's claims are what it carried and its own stories' reporting (claims with no other
    outlet in a document it published): the rows `claims --outlet NAME` lists.

    \b
    Examples:
      provenance outlets
      provenance outlets merge 2 5           # outlet 5 is outlet 2
      provenance outlets split 2 --docs valley-story --claims 31 --name "Valley Herald"
    """,
    columns=("id", "name", "country", "claims", "documents"), flex="name", optional=("country",),
    empty="no outlets")


merge_outlets = _merge_command(
    outlets, "merge_outlets",
    "Outlet B is outlet A: B's claims and documents go to A, B's names become A's aliases.")



@outlets.command("split")
@click.argument("outlet", type=Whole(), metavar="A")
@click.option("--claims", "claim_ids", metavar="IDS", help="The claims it carried that are NAME's, as 12,14.")
@click.option("--docs", metavar="SLUGS", help="The documents it published that NAME published, as story-1,story-2.")
@click.option("--name", required=True, metavar="NAME", help="The outlet they belong to (made when new).")
@_review_options
def split_outlet(outlet, claim_ids, docs, name, reason, by):
    """Claims and documents of outlet A that are another outlet's: move them to NAME (which stops
    being one of A's names)."""
    from provenance import entities

    slugs = [x.strip() for x in (docs or "").split(",") if x.strip()]
    with database().session() as session:
        done = entities.split_outlet(session, outlet, _claim_list(claim_ids), slugs, name=name, by=actor(by),
                                     reason=reason)
        session.commit()
    message(f"moved {plural(done['documents'], 'document')} it published and {plural(done['claims'], 'claim')} "
            f"it carried from {done['from']} to {done['to']}")


@cli.command()
@output_options
def docs(fmt, table_fmt, no_headers):
    """List documents with their version and claim counts."""
    from provenance import query

    with database().reading() as session:
        emit(query.document_counts(session), fmt=fmt, table_fmt=table_fmt, no_headers=no_headers,
             columns=("doc", "title", "outlet", "versions", "latest", "claims"), max_width=60, flex="title",
             optional=("outlet",), empty="no documents")

