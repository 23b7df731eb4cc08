"""`provenance serve`: the review desk in a browser (Starlette and uvicorn, imported only here)."""

from __future__ import annotations

import os

import click

from provenance.cli import Whole, actor, cli, database, message
from provenance.errors import InputError


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but this machine's loopback needs --token.")
@click.option("--port", default=8000, show_default=True, type=Whole(minimum=0, maximum=65535), help="Port to listen on.")
@click.option("--token", "tokens", multiple=True, metavar="NAME=SECRET",
              help="A reviewer and their secret (repeat for each); default $PROVENANCE_TOKEN "
                   "(NAME=SECRET,NAME=SECRET). Browsers sign in with the secret once.")
@click.option("--by", "by", metavar="NAME", help="Reviewer without tokens (default: login name).")
def serve(host, port, tokens, by):
    """Serve the review desk: the queue, articles, claims and review forms, on http://HOST:PORT/.

    \b
    Examples:
      provenance serve                         # http://127.0.0.1:8000/, changes made as your login name
      PROVENANCE_TOKEN=ana=$(python3 -c 'import secrets; print(secrets.token_urlsafe())') \\
        provenance serve --host 0.0.0.0
    """
    from provenance.web.security import ENV_TOKEN, is_loopback, parse_tokens

    given = parse_tokens(list(tokens) or [os.environ.get(ENV_TOKEN, "")])
    if not given and not is_loopback(host):
        raise InputError(f"--host {host} lets others on the network change claims: give each reviewer a token "
                         f"with --token NAME=SECRET or ${ENV_TOKEN}")
    try:
        import uvicorn

        from provenance.web.app import create_app
    except ImportError as exc:
        raise InputError(f"serve needs the web extra ({exc.name} is missing): pip install -e '.[web]'") from None
    db = database()
    app = create_app(db, reviewer=None if given else actor(by), tokens=given)
    who = ("1 reviewer signs in with a token" if len(given) == 1 else f"{len(given)} reviewers sign in with their tokens") if given else f"changes are made as {actor(by)}"
    message(f"Review desk on http://{host if ':' not in host else f'[{host}]'}:{port}/ ({who}); Ctrl-C stops it")
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, proxy_headers=False)
