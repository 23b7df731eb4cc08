"""Review commands: review, link, unlink, history, recompute."""

from __future__ import annotations

import click

from provenance import links
from provenance import review as core
from provenance.cli import ClaimRef, Whole, actor, cli, database, emit, message, output_options
from provenance.cli import claim_id as resolve_claim
from provenance.models import RELATIONS, STATUSES
from provenance.wording import plural


@cli.command()
@click.argument("claim", type=ClaimRef(), metavar="ID")
@click.option("--status", metavar="STATUS", help=f"The status you verified: {', '.join(STATUSES)}.")
@click.option("--reason", metavar="TEXT", help="Why, in one line a colleague can check.")
@click.option("--evidence", metavar="URL", help="Address of the evidence the decision rests on (http or https).")
@click.option("--note", metavar="TEXT", help="A longer note for colleagues (may span lines).")
@click.option("--verdict", metavar="TEXT",
              help="Your verdict for publication, separate from the sourcing status (ClaimReview's rating: "
                   "'False', 'Misleading', 'Accurate', ...).")
@click.option("--clear", is_flag=True, help="Drop the reviewer's decision and let the rules decide again.")
@click.option("--by", "by", metavar="NAME", help="Reviewer (default: login name).")
def review(claim, status, reason, evidence, note, verdict, clear, by):
    """Set a claim's status by hand; it overrides the rules from then on. ID is the claim's id, or
    DOC#SEQ / DOC@N#SEQ as reports and diffs place it.

    \b
    Examples:
      provenance review 12 --status corroborated --reason "ministry statement of 2025-05-22 confirms it"
      provenance review 12 --status confirmed --reason "on the ministry's site" --evidence https://example.org/x
      provenance review 12 --clear
    """
    if clear and (status or reason or evidence or note):
        raise click.UsageError("--clear takes no --status, --reason, --evidence or --note")
    if not clear and not (status and reason):
        raise click.UsageError("give --status and --reason (or --clear)")
    who = actor(by)
    with database().session() as session:
        claim_id = resolve_claim(session, claim)
        if clear:
            done = core.release_claim(session, claim_id, by=who)
        else:
            done = core.review_claim(session, claim_id, status=status, reason=reason, by=who, evidence=evidence,
                                     note=note, verdict=verdict)
        session.commit()
    message(f"claim {claim_id}: {done['old']} -> {done['new']} ({'rules' if clear else 'reviewed by ' + who})")


@cli.command()
@click.argument("source", type=Whole(), metavar="A")
@click.argument("target", type=Whole(), metavar="B")
@click.option("--relation", required=True, metavar="RELATION", help=f"A {' | '.join(RELATIONS)} B.")
@click.option("--reason", metavar="TEXT", help="Why, in one line.")
@click.option("--by", "by", metavar="NAME", help="Reviewer (default: login name).")
def link(source, target, relation, reason, by):
    """Link claim A to claim B: A corroborates, contradicts or repeats B."""
    who = actor(by)
    with database().session() as session:
        done = core.link_claims(session, source, target, relation=relation, reason=reason, by=who)
        session.commit()
    replaced = f" (replaces rule links: {', '.join(done['replaced'])})" if done["replaced"] else ""
    message(f"claim {source} {done['relation']} claim {target}, linked by {who}{replaced}")


@cli.command()
@click.argument("a", type=Whole(), metavar="A")
@click.argument("b", type=Whole(), metavar="B")
@click.option("--relation", metavar="RELATION", help=f"Only this relation ({', '.join(RELATIONS)}).")
@click.option("--by", "by", metavar="NAME", help="Reviewer (default: login name).")
def unlink(a, b, relation, by):
    """Remove the links between claims A and B; the rules will not make them again."""
    who = actor(by)
    with database().session() as session:
        removed = core.unlink_claims(session, a, b, relation=relation, by=who)
        session.commit()
    for lk in removed:
        message(f"removed: claim {lk['source']} {lk['relation']} claim {lk['target']} (by {lk['by']})")


@cli.command()
@click.option("--doc", metavar="SLUG", help="Only events of this document.")
@click.option("--since", metavar="DATE", help="Only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only events on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--by", "by", metavar="NAME", help="Only events by this actor ('rule' for the rules).")
@click.option("--claim", "claim", type=ClaimRef(), metavar="ID",
              help="Only events of this claim: its id, or DOC#SEQ / DOC@N#SEQ as reports place it.")
@click.option("--action", metavar="ACTION", help="Only this action (ingest, import, review, link, unlink, status, ...).")
@output_options
def history(doc, since, until, by, claim, action, fmt, table_fmt, no_headers):
    """List the audit log: ingests, reviews, links and status changes, oldest first."""
    with database().reading() as session:
        claim_id = None if claim is None else resolve_claim(session, claim)
        shown = emit(core.history(session, doc=doc, since=since, until=until, by=by, claim=claim_id, action=action),
                     fmt=fmt, table_fmt=table_fmt, no_headers=no_headers, columns=core.HISTORY_COLUMNS,
                     max_width=60, flex="reason", optional=("doc", "old", "actor"), empty="no events match")
        if not shown and action is not None:
            _no_such_action(session, action)


def _no_such_action(session, action: str) -> None:
    """When --action matched nothing, say whether the log holds that action at all (a typo, a plural)."""
    from sqlalchemy import select
    from sqlmodel import col

    from provenance.models import Event

    held = sorted(session.execute(select(col(Event.action)).distinct()).scalars())
    if action not in held:
        message(f"no event in the log has the action {action!r}; it holds: {', '.join(held) or 'no events'}")


@cli.command()
@click.option("--doc", metavar="SLUG", help="Only this document's claims (against every document).")
def recompute(doc):
    """Run the status rules and corroboration again; reviewers' decisions and links stay."""
    with database().session() as session:
        done = links.recompute(session, doc=doc)
        session.commit()
    message(f"Recomputed {plural(done.claims, 'claim')}: {plural(done.links_added, 'link')} added, "
            f"{done.links_removed} removed, {plural(done.statuses_changed, 'status')} changed")
