"""`eval GOLD.claims.json`: how well the extractor reproduces a reviewed claim set."""

from __future__ import annotations

import click

from provenance import claimset, evaluation
from provenance.cli import cli
from provenance.output import dumps


@cli.command("eval")
@click.argument("gold", metavar="GOLD.claims.json")  # claimset.load says what is wrong, in one line
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: scores and every miss for people; json: the same for machines.")
def evaluate_command(gold, fmt):
    """Extract the text of a reviewed claim set again and score the result against it.

    Prints precision, recall and F1 of claim detection (a predicted claim matches a gold claim when
    their content spans overlap by at least half of the gold span, one-to-one), the accuracy of
    speaker, anonymity, outlet, stated_on, cue and kind on matched claims, and every miss.

    \b
    Example:
      provenance eval seeds/azerbaijan-mediation.claims.json
    """
    result = evaluation.evaluate(claimset.load(gold))
    click.echo(dumps(result) if fmt == "json" else evaluation.render_text(result))
