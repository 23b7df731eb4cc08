"""Test helpers for web input: a news-site page built around an article's text, and a local HTTP
server (a thread running http.server on 127.0.0.1) whose routes the tests set and change.

Nothing here reaches outside the machine.
"""

from __future__ import annotations

import html
import re

from provenance.extract.reader import read_article


def article_page(text_file, *, canonical: str | None = None) -> str:
    """The article of a .txt file (header and body) laid out as a news site's page: cookie banner,
    navigation, byline, share bar, a photo with caption and credit, related links, newsletter box
    and copyright footer around the body's paragraphs."""
    meta, body = read_article(text_file.read_bytes(), filename=text_file.name)
    title = html.escape(meta.get("title") or "Untitled")
    outlet = html.escape(meta.get("outlet") or "The Daily Example")
    blocks = [b for b in re.split(r"\n+", body.strip()) if b.strip()]
    paragraphs = []
    for i, block in enumerate(blocks):
        tag = "h2" if i and not block.rstrip().endswith((".", "”", '"', "?", "!", ":")) else "p"
        if i == 0 and block.strip() == meta.get("title"):
            continue
        paragraphs.append(f"<{tag}>{html.escape(block)}</{tag}>")
        if i == 2:
            paragraphs.append('<figure><img src="/p.jpg" alt=""><figcaption>Officials met behind closed doors on '
                              'Monday, the ministry said. Photo: Staff photographer/Example Images</figcaption></figure>')
    link = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    published = meta.get("published")
    date = f'<meta property="article:published_time" content="{published}T08:00:00Z">' if published else ""
    return f"""<!DOCTYPE html>
<html lang="{meta.get('language') or 'en'}"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">{date}{link}
</head><body>
<div class="cookie-banner">We use cookies to give you the best experience. The company said it values your privacy.
<button>Accept</button></div>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>{title}</h1>
<div class="byline">By Staff Reporter</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
{''.join(paragraphs)}
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/r1">Ministers said talks would continue next week</a></li>
<li><a href="/r2">Analysts said the deal could collapse</a></li></ul></aside>
<div class="newsletter">Sign up for our newsletter. Editors said you will love it. <input type="email"></div>
</main>
<footer><p>Copyright © 2025 {outlet}. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
</body></html>
"""


# --- a local web server -----------------------------------------------------------------------

import gzip  # noqa: E402
import socket  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # noqa: E402


@dataclass
class Route:
    """What the server answers for one path."""

    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None            # answers 304 to a matching If-None-Match
    last_modified: str | None = None   # answers 304 to an equal If-Modified-Since
    delay: float = 0.0                 # seconds before the answer starts
    gzip: bool = False                 # compress when the client accepts gzip
    stream_bytes: int = 0              # send this many bytes, chunked, made as they go (never held whole)
    content_length: bool = True        # send Content-Length (stream_bytes: declare the size)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that hung up (timeout, size cap) is what the tests ask for; stderr stays the CLI's


class Server:
    """A web server on 127.0.0.1 in a thread: `routes` maps a path to a Route (or a redirect target
    given as `("redirect", status, location)`); `requests` records (method, path, headers)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route | tuple] = {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.times: list[tuple[str, float]] = []  # (path, time.monotonic()) of each request
        self.lock = threading.Lock()
        handler = _handler(self)
        self.httpd = _QuietServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> int:
        with self.lock:
            return sum(1 for method, p, _ in self.requests if p == path and method == "GET")

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _handler(server: Server):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet
            pass

        def do_GET(self):
            with server.lock:
                server.requests.append(("GET", self.path, {k.lower(): v for k, v in self.headers.items()}))
                server.times.append((self.path, time.monotonic()))
            route = server.routes.get(self.path.split("?")[0])
            if route is None:
                return self._send(Route(body="<h1>Not Found</h1>", status=404))
            if isinstance(route, tuple):
                _, status, location = route
                return self._send(Route(status=status, headers={"Location": location}))
            if route.delay:
                time.sleep(route.delay)
            if route.etag and self.headers.get("If-None-Match") == route.etag or \
                    route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified:
                return self._send(Route(status=304, etag=route.etag, last_modified=route.last_modified))
            self._send(route)

        def _send(self, route: Route):
            body = route.body.encode("utf-8") if isinstance(route.body, str) else route.body
            self.send_response(route.status)
            if route.status != 304:
                self.send_header("Content-Type", route.content_type)
            for key, value in (("ETag", route.etag), ("Last-Modified", route.last_modified), *route.headers.items()):
                if value:
                    self.send_header(key, value)
            if route.stream_bytes:
                return self._stream(route)
            if route.gzip and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body)
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _stream(self, route: Route):
            chunk = b"<p>" + b"x" * 65530 + b"</p>\n"
            if route.content_length:
                self.send_header("Content-Length", str(route.stream_bytes))
            else:
                self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            sent = 0
            try:
                while sent < route.stream_bytes:
                    part = chunk[:route.stream_bytes - sent]
                    self.wfile.write(part if route.content_length else b"%x\r\n%s\r\n" % (len(part), part))
                    sent += len(part)
                if not route.content_length:
                    self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


def local_only(monkeypatch) -> None:
    """No connection leaves the machine: a host name other than the loopback does not resolve."""
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)  # the loopback server is reached directly
