"""Stories from the web: a fetched page becomes an Article to ingest, with the page kept beside it.

A story's document is found by its URL (the canonical one the page names, the one reached after
redirects, or the one asked for), so fetching it again stores a new version of the same document;
a new story's slug comes from the last segment of its URL.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote, urlsplit

from provenance.errors import InputError
from provenance.fetch import Fetched, Fetcher, FetchError
from provenance.ingest import Article, check_language, check_url, slugify
from provenance.query import check_date
from provenance.store import page_record


def url_slug(url: str) -> str:
    """A slug from a story's URL: its last path segment without extension, else the host; a
    trailing number, 'amp' or index page names no story.

    >>> url_slug("https://news.example/world/2025/05/22/talks-in-lima.html?ref=rss")
    'talks-in-lima'
    >>> url_slug("https://news.example/politics/budget-vote/")
    'budget-vote'
    >>> url_slug("https://news.example/article/12345/amp")
    'article'
    >>> url_slug("https://news.example/")
    'news.example'
    """
    parts = urlsplit(url)
    segments = [s for s in unquote(parts.path).split("/") if s]
    while segments and (segments[-1].isdigit() or segments[-1].lower() in ("index.html", "amp", "index.htm")):
        segments.pop()
    if segments:
        return slugify(segments[-1].rsplit(".", 1)[0] if "." in segments[-1] else segments[-1])
    return slugify(parts.hostname or "page")


def page_article(fetched: Fetched, *, options: dict[str, Any]) -> Article:
    """The article of a fetched page: its text and metadata, the options given winning, and the page
    (fetch record and raw bytes) to keep with the version."""
    from provenance.extract.reader import read_web_page

    meta, text = read_web_page(fetched.content, source=fetched.url, charset=fetched.charset, url=fetched.final_url)
    author, modified = meta.pop("author", None), meta.pop("modified", None)
    canonical = meta.pop("url", None)
    try:
        check_url(canonical, fetched.url)
    except InputError:
        canonical = None  # a page's own odd canonical link is no reason to refuse the story
    meta["url"] = canonical or fetched.final_url
    try:
        check_date(meta.get("published"), "published")
    except InputError:
        meta.pop("published", None)
    meta.update({k: v for k, v in options.items() if v not in (None, "")})
    check_date(meta.get("published"), "--published")
    check_url(meta.get("url"), fetched.url)
    check_language(meta.get("language"), fetched.url)
    keys = tuple(dict.fromkeys(u for u in (canonical, fetched.final_url, fetched.url) if u))
    if not options.get("slug"):
        meta["slug"] = url_slug(canonical or fetched.final_url)
    page = page_record(fetched.content, url=fetched.url, final_url=fetched.final_url,
                       fetched_at=fetched.fetched_at, http_status=fetched.status, etag=fetched.etag,
                       last_modified=fetched.last_modified, content_type=fetched.content_type,
                       charset=fetched.charset, author=author, modified=modified)
    return Article(source=fetched.url, text=text, meta=meta, page=page,
                   url_keys=() if options.get("slug") else keys)


def fetch_articles(urls: Iterable[str], *, options: dict[str, Any], fetcher: Fetcher
                   ) -> tuple[list[Article], list[InputError]]:
    """Fetch and read every URL; the articles that could be read and the failures (one each)."""
    articles: list[Article] = []
    failures: list[InputError] = []
    for url in urls:
        try:
            articles.append(page_article(fetcher.get(url), options=options))
        except FetchError as exc:
            failures.append(exc)
        except InputError as exc:
            failures.append(FetchError(url, str(exc).removeprefix(f"{url}: ")))
    return articles, failures
