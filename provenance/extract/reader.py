"""Turn an article file (.txt with an optional metadata header, .md, .html) into metadata and plain text.

The claims' offsets index the returned text, so for .txt the body is returned exactly as written
(only a byte-order mark is dropped); .md and .html are converted to plain text once, here.
"""

from __future__ import annotations

import codecs
import re
from html import unescape
from html.parser import HTMLParser

from provenance.errors import InputError

HEADER_KEYS = ("title", "outlet", "url", "published", "language", "slug")
_HEADER_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*)")
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg iframe object head".split())


def read_article(data: bytes, *, filename: str, encoding: str | None = None) -> tuple[dict, str]:
    """Decode an article file into (metadata, plain text).

    >>> read_article(b"---\\ntitle: T\\n---\\nIt rained.\\n", filename="a.txt")
    ({'title': 'T'}, 'It rained.\\n')
    """
    text = _decode(data, filename=filename, encoding=encoding)
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "txt"
    if suffix in ("html", "htm", "xhtml"):
        meta, body = _from_html(text)
    elif suffix in ("md", "markdown"):
        meta, body = _split_header(text)
        body = _from_markdown(body)
    else:
        meta, body = _split_header(text)
    if not body.strip():
        raise InputError(f"{filename}: the article has no text; give a file with the article's body")
    return meta, body


def _decode(data: bytes, *, filename: str, encoding: str | None) -> str:
    if not data.strip():
        raise InputError(f"{filename}: the file is empty; give a file with the article's text")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}; use a name such as utf-8, latin-1 or cp1252") from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{filename}: cannot be decoded as {encoding} (byte {exc.start}); pass the right --encoding"
            ) from None
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data[:8192]:
            raise InputError(f"{filename}: looks like a binary file, not text; give a .txt, .md or .html article")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{filename}: is not valid UTF-8 (byte {exc.start}); pass --encoding (e.g. cp1252 or latin-1)"
            ) from None
    text = text.lstrip("\ufeff")
    if "\x00" in text or _control_share(text) > 0.05:
        raise InputError(f"{filename}: looks like a binary file, not text; give a .txt, .md or .html article")
    return text


def _control_share(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return bad / len(sample)


def _split_header(text: str) -> tuple[dict, str]:
    """Split a `---` / `key: value` / `---` header off the top; the body after it is kept verbatim."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text
    meta: dict = {}
    offset = len(lines[0])
    for line in lines[1:]:
        offset += len(line)
        stripped = line.strip()
        if stripped == "---":
            return meta, text[offset:]
        if not stripped:
            continue
        match = _HEADER_LINE.fullmatch(stripped)
        if not match:
            return {}, text  # not a header after all: keep the text whole
        key, value = match.group(1).lower(), match.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if key in HEADER_KEYS:
            meta[key] = value or None
    return {}, text


_MD_RULES = [
    (re.compile(r"^```[^\n]*\n(.*?)^```[ \t]*$", re.M | re.S), r"\1"),
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),
    (re.compile(r"^\s*\[[^\]\n]+\]:\s*\S+.*$", re.M), ""),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), ""),
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),
    (re.compile(r"^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"</?[A-Za-z][^<>\n]*>"), ""),
    (re.compile(r"[ \t]+$", re.M), ""),
    (re.compile(r"\n{3,}"), "\n\n"),
]


def _from_markdown(text: str) -> str:
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return unescape(text).strip("\n") + "\n"


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict = {}
        self._skip = 0
        self._in_title = False
        self._title: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        if tag == "html" and attrs.get("lang"):
            self.meta.setdefault("language", attrs["lang"].split("-")[0].lower())
        if tag == "meta":
            self._meta_tag(attrs)
        elif tag == "link" and attrs.get("rel", "").lower() == "canonical" and attrs.get("href"):
            self.meta.setdefault("url", attrs["href"])
        if tag == "title":
            self._in_title = True
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _SKIP_TAGS:
            self._skip -= 1

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self._title.append(data)
        if not self._skip:
            self.parts.append(data)

    def _meta_tag(self, attrs):
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        value = attrs.get("content", "").strip()
        if not value:
            return
        target = {
            "og:title": "title", "twitter:title": "title", "og:site_name": "outlet",
            "article:published_time": "published", "og:url": "url", "date": "published",
            "pubdate": "published", "dc.date": "published",
        }.get(key)
        if target:
            self.meta.setdefault(target, value)


def _from_html(text: str) -> tuple[dict, str]:
    parser = _TextCollector()
    parser.feed(text)
    parser.close()
    meta = dict(parser.meta)
    title = " ".join("".join(parser._title).split())
    if title:
        meta.setdefault("title", title)
    if meta.get("published"):
        meta["published"] = meta["published"][:10]
    raw = "".join(parser.parts).replace("\r\n", "\n").replace("\xa0", " ")
    blocks = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            blocks.append(block)
    return meta, "\n\n".join(blocks) + ("\n" if blocks else "")
