"""Fetching web pages and feeds over HTTP(S) with httpx: timeouts, redirects, a size cap, gzip,
conditional requests, and one-line errors.

The body is streamed and counted as it arrives (after gzip is undone), so a page larger than the
cap is refused without ever being held whole in memory. Only commands that fetch import this module.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from provenance import __version__
from provenance.bounds import is_whole
from provenance.errors import InputError

USER_AGENT = f"provenance/{__version__} (claim provenance tracker; python-httpx)"
ROBOTS_AGENT = "provenance"  # the product token robots.txt rules name
TIMEOUT = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 10
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "application/feed+json", "application/json", "text/plain")
ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
ACCEPT_FEED = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"


class FetchError(InputError):
    """A page could not be fetched; `status` is the HTTP status when the server answered."""

    def __init__(self, url: str, reason: str, *, status: int | None = None, retry_after: float | None = None):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.retry_after = retry_after

    @property
    def transient(self) -> bool:
        """Worth trying again later (rate limit, server error, network trouble), with a pause."""
        return self.status is None or self.status == 429 or self.status >= 500


@dataclass
class Fetched:
    """One answer: the body (empty for 304 Not Modified) and what to keep about the fetch."""

    url: str
    final_url: str
    status: int
    fetched_at: datetime
    content: bytes = b""
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_fetchable(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "not a web address: give an http:// or https:// URL")


class Fetcher:
    """One HTTP client for a run: pooled connections, the same limits for every request.

    >>> with Fetcher(timeout=5) as fetcher:                         # doctest: +SKIP
    ...     page = fetcher.get("https://example.org/story")
    """

    def __init__(self, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, user_agent: str = USER_AGENT):
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.client = httpx.Client(
            follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=httpx.Timeout(timeout),
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"})
        # trust_env stays on: a newsroom behind a proxy sets HTTPS_PROXY (and NO_PROXY) as for any client

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            kinds: tuple[str, ...] | None = HTML_TYPES, accept: str = ACCEPT_HTML) -> Fetched:
        """GET `url` (conditionally when etag/last_modified are given); a FetchError on failure.

        `kinds` are the content types accepted (None: any)."""
        check_fetchable(url)
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self._read(url, response, kinds)
        except httpx.TooManyRedirects:
            raise FetchError(url, f"more than {MAX_REDIRECTS} redirects") from None
        except httpx.TimeoutException:
            raise FetchError(url, f"timed out after {self.timeout:g} s") from None
        except httpx.ConnectError as exc:
            raise FetchError(url, _connect_reason(exc)) from None
        except httpx.DecodingError:
            raise FetchError(url, "the server sent a body that does not decompress") from None
        except (httpx.TransportError, httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError(url, f"network error ({_first_line(exc)})") from None

    def _read(self, url: str, response: httpx.Response, kinds: tuple[str, ...] | None) -> Fetched:
        fetched = Fetched(url=url, final_url=str(response.url), status=response.status_code,
                          fetched_at=datetime.now(UTC), etag=response.headers.get("etag"),
                          last_modified=response.headers.get("last-modified"),
                          headers={k.lower(): v for k, v in response.headers.items()})
        if response.status_code == 304:
            return fetched
        if response.status_code >= 400:
            reason = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
            raise FetchError(url, reason, status=response.status_code,
                             retry_after=retry_after(response.headers.get("retry-after")))
        content_type = response.headers.get("content-type", "")
        fetched.content_type = content_type.split(";")[0].strip().lower() or None
        fetched.charset = response.charset_encoding
        if kinds is not None and fetched.content_type and fetched.content_type not in kinds:
            raise FetchError(url, f"not a web page ({fetched.content_type})", status=response.status_code)
        declared = response.headers.get("content-length")
        if declared and is_whole(declared) and (len(declared) > 18 or int(declared) > self.max_bytes) and "content-encoding" not in response.headers:
            raise FetchError(url, f"larger than the {_megabytes(self.max_bytes)} cap ({_megabytes(int(declared[:18]))}{'+' if len(declared) > 18 else ''})")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(url, f"larger than the {_megabytes(self.max_bytes)} cap")
            chunks.append(chunk)
        fetched.content = b"".join(chunks)
        return fetched


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if is_whole(value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _connect_reason(exc: httpx.ConnectError) -> str:
    text = _first_line(exc).lower()
    if "name or service not known" in text or "nodename nor servname" in text or "name resolution" in text \
            or "no address associated" in text or "getaddrinfo" in text:
        return "cannot resolve the host name (DNS): check the address"
    if "refused" in text:
        return "connection refused: is the address right and the site up?"
    return f"cannot connect ({_first_line(exc)})"
