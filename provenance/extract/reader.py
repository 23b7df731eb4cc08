"""Turn an article file (.txt with an optional metadata header, .md, .html) into metadata and plain text.

The claims' offsets index the returned text, so for .txt the body is returned exactly as written
(only a byte-order mark is dropped); .md and .html are converted to plain text once, here.
"""

from __future__ import annotations

import codecs
import re
from html import unescape

from provenance.errors import InputError
from provenance.listing import is_date

HEADER_KEYS = ("title", "outlet", "url", "published", "language", "slug")
_HEADER_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*)")


def read_article(data: bytes, *, filename: str, encoding: str | None = None,
                 allow_empty: bool = False) -> tuple[dict, str]:
    """Decode an article file into (metadata, plain text).

    A plain-text file without a header gives its first line as `headline` (the ingest takes it as
    the title when nothing else names one); the text stays whole. An empty file or body is refused
    unless `allow_empty`.

    >>> read_article(b"---\\ntitle: T\\n---\\nIt rained.\\n", filename="a.txt")
    ({'title': 'T'}, 'It rained.\\n')
    >>> read_article(b"Storm hits the coast\\n\\nIt rained.\\n", filename="a.txt")
    ({'headline': 'Storm hits the coast'}, 'Storm hits the coast\\n\\nIt rained.\\n')
    """
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "txt"
    page = suffix in ("html", "htm", "xhtml")
    if allow_empty and not data.strip():
        return {}, ""
    text = _decode(data, filename=filename, encoding=encoding, page=page)
    if page:
        meta, body = _from_html(text)
    elif suffix in ("md", "markdown"):
        meta, body = _front_matter(text)
        body = _from_markdown(body)
    else:
        meta, body = _split_header(text)
        if not meta:
            meta = _headline(body)
    if not body.strip() and not allow_empty:
        raise InputError(f"{filename}: the article has no text; give a file with the article's body "
                         "(or --allow-empty)")
    return meta, body


TITLE_MAX = 200  # a longer first line is a paragraph, not a headline


def _headline(body: str) -> dict:
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return {"headline": first} if len(first) <= TITLE_MAX and any(ch.isalpha() for ch in first) else {}


def read_web_page(data: bytes, *, source: str, charset: str | None = None,
                  url: str | None = None) -> tuple[dict, str]:
    """(metadata, plain text) of a fetched page; `charset` is the one the server declared."""
    if not data.strip():
        raise InputError(f"{source}: the page is empty")
    from provenance.extract.page import read_page

    meta, body = read_page(decode_page(data, declared=charset), url=url)
    if not body.strip():
        raise InputError(f"{source}: no article text found in the page")
    return meta, body


def _decode(data: bytes, *, filename: str, encoding: str | None, page: bool = False) -> str:
    if not data.strip():
        raise InputError(f"{filename}: the file is empty; give a file with the article's text (or --allow-empty)")
    if encoding:
        text = _decode_as(data, encoding, filename)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{filename}: is UTF-16 (it starts with its byte-order mark) but cannot be decoded "
                             f"(byte {exc.start}: {exc.reason}); save it again as UTF-8") from None
    elif page and b"\x00" not in data[:8192]:
        text = decode_page(data)
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


def _decode_as(data: bytes, encoding: str, filename: str) -> str:
    """Bytes decoded with the encoding the user named: a text encoding Python knows (rot13 and
    base64 are codecs, but they turn bytes into bytes, not into text)."""
    try:
        known = codecs.lookup(encoding)
    except (LookupError, ValueError):
        raise InputError(f"unknown encoding {encoding[:40]!r}; use a name such as utf-8, latin-1 or cp1252") from None
    if not getattr(known, "_is_text_encoding", True):
        raise InputError(f"--encoding {encoding[:40]!r} is not a text encoding (it turns bytes into bytes); use a "
                         "name such as utf-8, latin-1 or cp1252")
    try:
        return data.decode(encoding)
    except (UnicodeError, ValueError) as exc:
        where = f"byte {exc.start}" if isinstance(exc, UnicodeDecodeError) else str(exc)[:80]
        raise InputError(f"{filename}: cannot be decoded as {encoding[:40]} ({where}); pass the right --encoding") from None


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
        return _bare_header(lines, text)
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


def _bare_header(lines: list[str], text: str) -> tuple[dict, str]:
    """The same header written without its `---` lines, as people type one: two or more `key: value` lines
    of the header's keys at the very top ('Title: ...', 'Outlet: ...', 'Published: 2025-05-20'), ended by a
    blank line; a published date that is no date means it is the story's own text, kept whole.

    >>> _bare_header(["Outlet: Tribune\\n", "Published: 2025-05-20\\n", "\\n", "It rained.\\n"],
    ...              "Outlet: Tribune\\nPublished: 2025-05-20\\n\\nIt rained.\\n")
    ({'outlet': 'Tribune', 'published': '2025-05-20'}, 'It rained.\\n')
    """
    meta: dict = {}
    offset = 0
    for line in lines:
        offset += len(line)
        if not line.strip():
            break
        match = _HEADER_LINE.fullmatch(line.strip())
        key = match.group(1).lower() if match else None
        if match is None or key not in HEADER_KEYS or key in meta:
            return {}, text
        meta[key] = match.group(2).strip() or None
    else:
        return {}, text  # no blank line after it: the whole text would be the header
    if len(meta) < 2 or meta.get("published") and not is_date(meta["published"]):
        return {}, text
    return meta, text[offset:]


# Markdown front matter: YAML between --- lines (closed by --- or ...), or TOML between +++ lines
# (Jekyll, Hugo, Pandoc). Whatever it holds is metadata, never the story's text.
_FRONT_MATTER = re.compile(r"(---|\+\+\+)[ \t]*\r?\n(.*?)^(?:\1|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FRONT_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*[:=][ \t]*(.*)")


def _front_matter(text: str) -> tuple[dict, str]:
    """Split YAML or TOML front matter off a Markdown file: its top-level `key: value` (YAML) or
    `key = value` (TOML) lines give the header's keys (a Hugo `date` is the published date); lists,
    tables and anything else in it are dropped with it.

    >>> _front_matter("+++\\ntitle = 'T'\\ntags = ['a']\\n+++\\nBody.\\n")
    ({'title': 'T'}, 'Body.\\n')
    """
    match = _FRONT_MATTER.match(text)
    if not match or (match.group(1) == "+++" and match.group(0).rstrip().endswith("...")):
        return _split_header(text) if text.startswith("---") else ({}, text)
    meta: dict = {}
    for line in match.group(2).splitlines():
        found = _FRONT_LINE.fullmatch(line.rstrip())  # top level only: an indented line is inside a value
        if not found:
            continue
        key, value = found.group(1).lower(), found.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if key == "date" and "published" not in meta and is_date(value[:10]):
            key, value = "published", value[:10]
        if key in HEADER_KEYS and value and value[0] not in "[{|>":
            meta[key] = value
    return meta, text[match.end():]


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


def _from_html(text: str) -> tuple[dict, str]:
    from provenance.extract.page import read_page

    return read_page(text)


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_SINGLE_BYTE = frozenset({"latin_1", "iso8859_1", "cp1252", "iso8859_15", "ascii"})


def _codec(name: str | None) -> str | None:
    try:
        known = codecs.lookup(name) if name else None
    except (LookupError, ValueError):
        return None
    # a page may declare any codec: rot13 or base64 would turn bytes into bytes, not text
    return known.name.replace("-", "_") if known is not None and getattr(known, "_is_text_encoding", True) else None


def decode_page(data: bytes, *, declared: str | None = None) -> str:
    """The text of an HTML page: the charset the server declared, else the page's own <meta charset>,
    else UTF-8, else Windows-1252.

    A declaration that cannot decode the bytes is passed over; so is a single-byte one (Latin-1)
    when the bytes are valid UTF-8 with non-ASCII characters, which is what a server that labels
    every page Latin-1 sends (the reverse mistake shows as undecodable bytes and is caught the same way).

    >>> decode_page("Café".encode("utf-8"), declared="iso-8859-1")
    'Café'
    """
    meta = _META_CHARSET.search(data[:8192])
    candidates = [_codec(declared), _codec(meta.group(1).decode("ascii")) if meta else None, "utf_8", "cp1252"]
    if data.startswith(codecs.BOM_UTF8):
        candidates.insert(0, "utf_8_sig")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates.insert(0, "utf_16")
    if not data.isascii() and any(c in _SINGLE_BYTE for c in candidates[:2] if c):
        try:
            return data.decode("utf-8").lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    for name in candidates:
        if name:
            try:
                return data.decode(name).lstrip("\ufeff")
            except (UnicodeError, ValueError):  # punycode and friends raise plain UnicodeError
                continue
    return data.decode("cp1252", errors="replace")
