"""Who may write, and proof that a form came from this site.

Reviewers: on a loopback address without tokens the one reviewer is the person running `serve`
(named as the CLI names them); with tokens (`--token NAME=SECRET` or $PROVENANCE_TOKEN) each
token stands for a reviewer, signed in once per browser through a form (never in a URL) or sent as
`Authorization: Bearer SECRET` by scripts. Sessions live in memory: a restart signs everyone out.

CSRF: every state-changing request is a POST whose `csrf` field must equal an HMAC of the browser's
random `provenance_csrf` cookie under a secret of this process, compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from dataclasses import dataclass, field

from provenance.errors import InputError

CSRF_COOKIE = "provenance_csrf"
SESSION_COOKIE = "provenance_session"
MIN_TOKEN = 16
ENV_TOKEN = "PROVENANCE_TOKEN"


def is_loopback(host: str) -> bool:
    """Whether binding to `host` keeps the server to this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_tokens(values: list[str]) -> dict[str, str]:
    """SECRET -> reviewer name from `NAME=SECRET` items (options, or comma-separated in the env var).

    >>> parse_tokens(["ana=0123456789abcdef"])
    {'0123456789abcdef': 'ana'}
    """
    tokens: dict[str, str] = {}
    for value in values:
        for item in value.split(","):
            item = item.strip()
            if not item:
                continue
            name, sep, secret = item.partition("=")
            name, secret = name.strip(), secret.strip()
            if not sep or not name or not secret:
                raise InputError("--token takes NAME=SECRET: the name is recorded as the reviewer of every change")
            if len(secret) < MIN_TOKEN:
                raise InputError(f"the token of {name} is shorter than {MIN_TOKEN} characters: make a longer one "
                                 "(python3 -c 'import secrets; print(secrets.token_urlsafe())')")
            if secret in tokens:
                raise InputError(f"{tokens[secret]} and {name} have the same token: give each reviewer their own")
            tokens[secret] = name
    return tokens


@dataclass
class Guard:
    """Reviewer tokens, signed-in sessions and CSRF tokens of one running server."""

    tokens: dict[str, str] = field(default_factory=dict)
    reviewer: str | None = None  # the one reviewer when there are no tokens
    key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    sessions: dict[str, str] = field(default_factory=dict)

    @property
    def needs_sign_in(self) -> bool:
        return bool(self.tokens)

    def name_of_token(self, token: str) -> str | None:
        """The reviewer a token stands for, compared in constant time against every token."""
        found = None
        for secret, name in self.tokens.items():
            if hmac.compare_digest(secret.encode(), token.encode()):
                found = name
        return found

    def sign_in(self, token: str) -> str | None:
        """A new session id for a valid token, else None."""
        name = self.name_of_token(token)
        if name is None:
            return None
        session = secrets.token_urlsafe(32)
        self.sessions[session] = name
        return session

    def sign_out(self, session: str | None) -> None:
        if session:
            self.sessions.pop(session, None)

    def reviewer_of(self, *, session: str | None, authorization: str | None) -> str | None:
        """Who is making the request: the session's reviewer, a bearer token's, or the one reviewer."""
        if not self.needs_sign_in:
            return self.reviewer
        if authorization and authorization.lower().startswith("bearer "):
            return self.name_of_token(authorization[7:].strip())
        return self.sessions.get(session or "")

    def csrf_token(self, cookie: str) -> str:
        return hmac.new(self.key, cookie.encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, cookie: str | None, submitted: str | None) -> bool:
        if not cookie or not submitted:
            return False
        return hmac.compare_digest(self.csrf_token(cookie), submitted)


def new_cookie_value() -> str:
    return secrets.token_urlsafe(32)
