"""A web page (saved or fetched) -> the story's plain text and its metadata.

trafilatura finds the main text and drops navigation, related links, share bars and footers;
the page's own markup gives what trafilatura leaves out (language, modified date, paragraphs of a
JSON-LD articleBody). Captions, credits, bylines and copyright lines are removed before and after
(provenance/data/page_boilerplate.json), so they never reach the extractor. The returned text is
what gets stored: claims' offsets index it.

Nothing here reaches the network: trafilatura is given the markup, never a URL to fetch.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from provenance.datafiles import load_data

DATE_RE = re.compile(r"(\d{4}-\d{2}-\d{2})")
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "last-modified", "datemodified", "dc.date.modified")
ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                 "LiveBlogPosting", "OpinionNewsArticle", "BackgroundNewsArticle", "Report")


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[list[str], int, re.Pattern[str], re.Pattern[str]]:
    """The elements pruned from a page, the word limit of a furniture paragraph, the furniture
    patterns under that limit and those at any length (page_boilerplate.json)."""
    data = load_data("page_boilerplate.json")
    return data["prune_xpath"], data["max_words"], _any_of(data["blocks"]), _any_of(data["long_blocks"])


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def _entry_time() -> re.Pattern[str]:
    return re.compile(load_data("page_boilerplate.json")["entry_time"])


def entry_time_end(text: str, start: int, end: int) -> int:
    """Offset after the time stamp that opens a live blog's entry at `start` ('13:35 The league
    said ...', '4.02pm: Police say ...'), or `start` when there is none.

    >>> entry_time_end("09:40 The fire service said so.", 0, 31), entry_time_end("12 people died.", 0, 15)
    (6, 0)
    """
    m = _entry_time().match(text, start, end)
    return m.end() if m and m.end() < end else start


@lru_cache(maxsize=1)
def _list_item() -> tuple[re.Pattern[str], int]:
    data = load_data("page_boilerplate.json")
    return re.compile(data["list_item"]), data["list_item_min_words"]


@lru_cache(maxsize=1)
def _live_stamp() -> tuple[re.Pattern[str], int]:
    data = load_data("page_boilerplate.json")
    return re.compile(data["live_stamp"]), data["live_min_stamps"]


def is_live_page(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the lines (start, end) are a live page's: entries under time stamps, each stamp a line
    of its own ('13:05') or opening its entry ('09:40 The fire service said so.').

    >>> text = "10:05\\nRoads reopen.\\n09:40 The bridge shut."
    >>> is_live_page(text, [(0, 5), (6, 19), (20, 41)]), is_live_page("Roads reopen.", [(0, 13)])
    (True, False)
    """
    stamp, needed = _live_stamp()
    found = 0
    for start, end in lines:
        if stamp.fullmatch(text, start, end) or entry_time_end(text, start, end) > start:
            found += 1
            if found >= needed:
                return True
    return False


def list_item_start(text: str, start: int, end: int) -> int | None:
    """Where the words of a bulleted list's item at text[start:end] begin, past its marker, when the
    item is long enough to state something ('- Roads into the valley were closed overnight'); None
    for any other line (no marker, or an item of a word or two, as a menu's).

    >>> text = "- Ten homes were flooded overnight"
    >>> list_item_start(text, 0, len(text)), list_item_start("- Share", 0, 7)
    (2, None)
    """
    pattern, min_words = _list_item()
    m = pattern.match(text, start, end)
    if m is None or len(text[m.end():end].split(maxsplit=min_words)) < min_words:
        return None
    return m.end()


def is_boilerplate(block: str) -> bool:
    """Whether a paragraph is a byline, credit, copyright line, advert label or share prompt, or a
    note of the newsroom's whose opening is unmistakable at any length (a print edition's line).

    >>> is_boilerplate("Photo: Jan Berg/Harbour Press"), is_boilerplate("Prices rose, traders said.")
    (True, False)
    """
    _, max_words, pattern, long_pattern = _boilerplate()
    block = block.strip()
    # a paragraph is split no further than one word past the limit (a long one is never cut whole)
    if len(block.split(maxsplit=max_words)) <= max_words and pattern.fullmatch(block) is not None:
        return True
    return long_pattern.fullmatch(block) is not None


def read_page(html: str, *, url: str | None = None) -> tuple[dict[str, Any], str]:
    """(metadata, plain text) of a page: title, outlet (site name), author, published, modified,
    url (canonical), language; paragraphs separated by a blank line."""
    import trafilatura
    from lxml import html as lxml_html

    prune, _, _, _ = _boilerplate()
    found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                        include_tables=False, include_images=False, prune_xpath=prune,
                                        date_extraction_params={"extensive_search": False, "original_date": True})
    try:
        tree = lxml_html.document_fromstring(html)
    except Exception:  # lxml refuses some inputs (only a comment, say); trafilatura's answer stands
        tree = None
    linked = _json_ld(tree) if tree is not None else {}
    text = getattr(found, "text", None) or ""
    body = linked.get("articleBody")
    if isinstance(body, str) and " ".join(body.split()) == " ".join(text.split()):
        text = body  # the same words, with the article's own paragraph breaks
    blocks = [line for line in (" ".join(line.split()) for line in text.splitlines()) if line]
    blocks = [b for b in blocks if not is_boilerplate(b)]
    meta = _metadata(found, tree, linked)
    return meta, "\n\n".join(blocks) + ("\n" if blocks else "")


def _metadata(found: Any, tree: Any, linked: dict[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if found is not None:
        for key, attr in (("title", "title"), ("outlet", "sitename"), ("author", "author"),
                          ("published", "date"), ("url", "url")):
            value = getattr(found, attr, None)
            if value:
                meta[key] = value
    if tree is not None:
        language = _language(tree, linked)
        if language:
            meta["language"] = language
        modified = _modified(tree, linked)
        if modified:
            meta["modified"] = modified
    if meta.get("published"):
        match = DATE_RE.match(meta["published"])
        meta["published"] = match.group(1) if match else None
    return {k: v for k, v in meta.items() if v}


def _language(tree: Any, linked: dict[str, Any]) -> str | None:
    candidates = [tree.get("lang"), tree.get("xml:lang"), linked.get("inLanguage")]
    candidates += tree.xpath("//meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content")
    candidates += tree.xpath("//meta[@property='og:locale']/@content")
    for value in candidates:
        if isinstance(value, str) and re.match(r"[A-Za-z]{2,3}\b", value.strip()):
            return re.split(r"[-_]", value.strip())[0].lower()
    return None


def _modified(tree: Any, linked: dict[str, Any]) -> str | None:
    values = [linked.get("dateModified")]
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in MODIFIED_KEYS:
            values.append(meta.get("content"))
    values += tree.xpath("//time[@itemprop='dateModified']/@datetime")
    for value in values:
        match = DATE_RE.match(value.strip()) if isinstance(value, str) else None
        if match:
            return match.group(1)
    return None


def _json_ld(tree: Any) -> dict[str, Any]:
    """The page's article object from its JSON-LD (schema.org), or {}."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        for item in _walk(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(kind in ARTICLE_TYPES for kind in kinds):
                return item
    return {}


def _walk(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [item for part in data for item in _walk(part)]
    if isinstance(data, dict):
        return [data, *_walk(data.get("@graph", []))]
    return []
