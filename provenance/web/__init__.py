"""The review desk: `provenance serve`, a small web app over the same database and library functions
as the command line.

`app.create_app` builds the Starlette application; `routes` holds the pages and form handlers,
`security` the reviewer tokens, sessions and CSRF tokens, `pages` the pure shaping of rows for the
templates. Starlette, Jinja2 and uvicorn (the `web` extra) are imported only here, never by the
command line until `serve` runs.
"""
