"""The review desk's Starlette application: pages, security headers, sign-in and error pages.

    from provenance.db import open_database
    app = create_app(open_database("provenance.db"), reviewer="ana")   # then serve it with uvicorn
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import jinja2
from sqlmodel import Session
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from provenance import __version__, query
from provenance.db import Database
from provenance.errors import DatabaseError, InputError, NotFound, ProvenanceError
from provenance.output import printable
from provenance.web.routes import routes
from provenance.web.security import CSRF_COOKIE, SESSION_COOKIE, Guard, new_cookie_value

HERE = Path(__file__).parent
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
OPEN_PATHS = ("/login", "/static/")
COUNTS_KEPT = 30.0  # seconds: changes made elsewhere (the CLI, another desk) show in the counts by then
# An option named in a core message (`--since`) is a form field here.
OPTION = re.compile(r"--([a-z][a-z-]*)")


def _shown(value: Any) -> Any:
    """What a template prints: stored text with control and bidirectional-override characters shown
    as escapes (`output.printable`, as on the terminal), never acted on; HTML escaping follows."""
    return printable(value) if isinstance(value, str) else value


class Desk:
    """What every request needs: the database, the guard, the templates, the recent status counts."""

    def __init__(self, database: Database, guard: Guard):
        self.database = database
        self.guard = guard
        self.counted: dict[str, tuple[float, dict[str, int]]] = {}
        self.templates = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                                            autoescape=True, trim_blocks=True, lstrip_blocks=True,
                                            finalize=_shown)

    def status_counts(self, session: Session, doc: str | None) -> dict[str, int]:
        """The queue's counts per status, counted again when the desk wrote or COUNTS_KEPT passed.

        Counting a million claims takes most of a second; the list itself is read fresh every time.
        """
        now = time.monotonic()
        kept = self.counted.get(doc or "")
        if kept is not None and now - kept[0] < COUNTS_KEPT:
            return kept[1]
        counts = query.status_counts(session, doc)
        self.counted[doc or ""] = (now, counts)
        return counts

    def wrote(self) -> None:
        self.counted.clear()

    def reviewed(self, old: str, new: str, *, shown: bool) -> None:
        """One claim changed status by review: the kept count of all documents moves with it (a
        million claims take most of a second to count again); per-document counts are cheap to redo."""
        everything = self.counted.get("")
        self.counted.clear()
        if everything is not None and shown:
            at, counts = everything
            moved = dict(counts)
            moved[old] = moved.get(old, 0) - 1
            moved[new] = moved.get(new, 0) + 1
            self.counted[""] = (at, {name: n for name, n in moved.items() if n})
        elif everything is not None:
            self.counted[""] = everything

    def bearer(self, request: Request) -> bool:
        """Whether the request signs in with an Authorization header (a script, never a browser form)."""
        auth = request.headers.get("authorization", "")
        return self.guard.needs_sign_in and auth.lower().startswith("bearer ")

    def reviewer(self, request: Request) -> str:
        name = self.guard.reviewer_of(session=request.cookies.get(SESSION_COOKIE),
                                      authorization=request.headers.get("authorization"))
        if name is None:
            raise HTTPException(401, "sign in with your reviewer token first")
        return name

    def render(self, request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> Response:
        cookie = request.state.csrf_cookie
        name = self.guard.reviewer_of(session=request.cookies.get(SESSION_COOKIE),
                                      authorization=request.headers.get("authorization"))
        page = self.templates.get_template(template).render(
            request=request, csrf=self.guard.csrf_token(cookie), reviewer=name, app_version=__version__,
            signed_in=self.guard.needs_sign_in and name is not None, **context)
        return Response(page, status_code=status_code, media_type="text/html; charset=utf-8")


async def guard_requests(request: Request, call_next) -> Response:
    """Security headers on every response, a CSRF cookie for every browser, sign-in where tokens rule."""
    desk: Desk = request.app.state.desk
    cookie = request.cookies.get(CSRF_COOKIE)
    request.state.csrf_cookie = cookie or new_cookie_value()
    open_path = request.url.path.startswith(OPEN_PATHS)
    if desk.guard.needs_sign_in and not open_path and desk.guard.reviewer_of(
            session=request.cookies.get(SESSION_COOKIE), authorization=request.headers.get("authorization")) is None:
        if request.method in ("GET", "HEAD"):
            response: Response = RedirectResponse("/login", status_code=303)
        else:
            response = error_page(request, 401, "sign in with your reviewer token first")
    else:
        response = await call_next(request)
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if not request.url.path.startswith("/static/"):
        response.headers["Cache-Control"] = "no-store"
    if cookie is None:
        response.set_cookie(CSRF_COOKIE, request.state.csrf_cookie, httponly=True, samesite="lax",
                            secure=request.url.scheme == "https")
    return response


TITLES = {400: "Check the form", 401: "Sign in", 403: "Refused", 404: "Not found", 405: "Method not allowed",
          503: "Database busy"}


def error_page(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    desk: Desk = request.app.state.desk
    if not hasattr(request.state, "csrf_cookie"):
        request.state.csrf_cookie = request.cookies.get(CSRF_COOKIE) or new_cookie_value()
    response = desk.render(request, "error.html", {"status": status, "title": TITLES.get(status, "Error"),
                                                   "message": OPTION.sub(r"“\1”", message)}, status)
    response.headers.update(headers or {})
    return response


async def provenance_error(request: Request, exc: Exception) -> Response:
    status = 404 if isinstance(exc, NotFound) else 503 if isinstance(exc, DatabaseError) else 400
    return error_page(request, status, str(exc))


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    messages = {404: "there is no such page: the queue lists the claims",
                405: f"{request.method} is not how this page is used: follow the links and forms of the desk"}
    detail = exc.detail if exc.detail and exc.detail not in ("Not Found", "Method Not Allowed") else ""
    return error_page(request, exc.status_code, detail or messages.get(exc.status_code, "request refused"),
                      dict(exc.headers or {}))


def create_app(database: Database, *, reviewer: str | None = None, tokens: dict[str, str] | None = None,
               allowed_hosts: list[str] | None = None) -> Starlette:
    """The review desk over an opened database.

    Without `tokens` every change is made as `reviewer`; with them (secret -> reviewer name) each
    browser signs in first. `allowed_hosts` (default: the loopback names, or any host when there
    are tokens) are the Host headers answered, which keeps a web page that rebinds its own domain
    to 127.0.0.1 from reading the desk.
    """
    guard = Guard(tokens=dict(tokens or {}), reviewer=reviewer)
    hosts = allowed_hosts or (["*"] if tokens else LOOPBACK_HOSTS)
    app = Starlette(
        routes=routes(str(HERE / "static")),
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
                    Middleware(BaseHTTPMiddleware, dispatch=guard_requests)],
        exception_handlers={ProvenanceError: provenance_error, InputError: provenance_error,
                            HTTPException: http_error},
    )
    app.state.desk = Desk(database, guard)
    return app
