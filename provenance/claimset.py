"""The claim-set interchange file: load, validate (schema and text), dump.

A claim set is one version of one document with its speakers, outlets, claims and links; see
schema/claimset.schema.json and schema/README.md. `dump` is canonical (fixed key order, two-space
indent, UTF-8), so export -> import -> export gives the same bytes.
"""

# No `from __future__ import annotations` here: the TypedDicts' NotRequired must be seen at run time.
import json
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NotRequired

from typing_extensions import TypedDict

from provenance.bounds import MAX_INTEGER
from provenance.errors import ClaimSetError
from provenance.listing import is_date
from provenance.safe_paths import read_input

FORMAT = "provenance-claimset"
# A claim set holds its article (at most 50 MB) and each claim's text again, with offsets and names.
MAX_BYTES = 256 * 1024 * 1024
FORMAT_VERSION = 2


# The claim set as typed records, in schema order (tests/test_claimset_types.py holds them to
# schema/claimset.schema.json: every property a key, required ones not NotRequired, and back).

class DocumentMeta(TypedDict):
    """The document of a claim set: one version of one story, with its full text."""

    slug: str
    title: str | None
    outlet: str | None
    url: str | None
    language: str | None
    version: int
    published: str | None
    text: str


class SpeakerEntry(TypedDict):
    """Who made claims; `id` is local to the claim set ("s1")."""

    id: str
    name: str
    aliases: NotRequired[list[str]]
    kind: str
    anonymous: bool
    role: NotRequired[str | None]
    affiliation: NotRequired[str | None]


class OutletEntry(TypedDict):
    """A medium that carried claims; `id` is local to the claim set ("o1")."""

    id: str
    name: str
    aliases: NotRequired[list[str]]
    country: NotRequired[str | None]


class OriginEntry(TypedDict):
    """Where a claim comes from: its first source and the outlet that first carried it (local ids)."""

    speaker: str | None
    outlet: str | None


class ClaimEntry(TypedDict):
    """One claim: `text` is `document.text[start:end]`; speaker and outlet are local ids."""

    id: str
    seq: int
    start: int
    end: int
    text: str
    sentence_start: NotRequired[int | None]
    sentence_end: NotRequired[int | None]
    speaker: str | None
    speaker_start: NotRequired[int | None]
    speaker_end: NotRequired[int | None]
    outlet: str | None
    via: NotRequired[list[str]]  # outlets the claim passed through after `outlet`, before the publisher
    origin: NotRequired[OriginEntry | None]
    cue: NotRequired[str | None]
    cue_start: NotRequired[int | None]
    cue_end: NotRequired[int | None]
    form: str
    stated_on: NotRequired[str | None]
    event_on: NotRequired[str | None]
    kind: str
    stance: NotRequired[str]  # asserts | denies | declines_to_confirm | retracts; absent: what the cue says
    status: str
    reason: str
    reviewed_by: NotRequired[str | None]


class LinkEntry(TypedDict):
    """A relation between two claims of the set, by local claim id."""

    source: str
    target: str
    relation: str
    by: NotRequired[str]
    reason: NotRequired[str | None]


class Extractor(TypedDict):
    """What extracted a claim set: the attribution model's version, None for the rules alone."""

    model: str | None


class ClaimSet(TypedDict):
    """A claim-set file, from extraction to storage (`extract_claimset` -> `store_claimset`)."""

    format: str
    format_version: int
    document: DocumentMeta
    speakers: list[SpeakerEntry]
    outlets: list[OutletEntry]
    claims: list[ClaimEntry]
    links: list[LinkEntry]
    extractor: NotRequired[Extractor]


def format_version(claims: list[ClaimEntry]) -> int:
    """The format a claim set's claims need: 2 when one has a chain of its own (`via`, `origin`),
    else 1 (so a set without one reads as it always has)."""
    return 2 if any("via" in c or "origin" in c for c in claims) else 1


DOCUMENT_KEYS = tuple(DocumentMeta.__annotations__)
SPEAKER_KEYS = tuple(SpeakerEntry.__annotations__)
OUTLET_KEYS = tuple(OutletEntry.__annotations__)
CLAIM_KEYS = tuple(ClaimEntry.__annotations__)
LINK_KEYS = tuple(LinkEntry.__annotations__)
OFFSET_PAIRS = (("start", "end"), ("sentence_start", "sentence_end"), ("speaker_start", "speaker_end"),
                ("cue_start", "cue_end"))


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resources.files("provenance").joinpath("schema/claimset.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator():
    """The schema's validator, stricter than JSON Schema where the database is: an integer is never
    4.0 (a float slices no text), and a pattern's `$` is the end of the text, not a trailing newline
    (Python's `re.search` lets "my-story\\n" through a slug pattern)."""
    from jsonschema import Draft202012Validator, ValidationError, validators

    def integer(checker, instance):
        return isinstance(instance, int) and not isinstance(instance, bool)

    def pattern(validator, regex, instance, schema):
        if validator.is_type(instance, "string") and not _pattern(regex).search(instance):
            yield ValidationError(f"{instance[:60]!r} does not match {regex!r}")

    strict = validators.extend(Draft202012Validator, validators={"pattern": pattern},
                               type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", integer))
    return strict(schema())


@lru_cache(maxsize=64)
def _pattern(regex: str) -> re.Pattern[str]:
    return re.compile(regex[:-1] + r"\Z" if regex.endswith("$") else regex)


# Text no database column may hold: NUL (PostgreSQL refuses it) and lone surrogates (no UTF-8 has them).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
WEB_ADDRESS = re.compile(r"https?://[^\s\x00-\x1f\x7f]+\Z", re.IGNORECASE)


def _unstorable(value: Any, path: list[Any]) -> list[Any] | None:
    """The JSON path of the first string holding a NUL or a lone surrogate, or None."""
    stack = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if not item.isascii() or "\x00" in item:
                if _UNSTORABLE.search(item):
                    return where
        elif isinstance(item, dict):
            stack.extend((v, where + [k]) for k, v in reversed(list(item.items())))
            stack.extend((k, where + [k]) for k in item if isinstance(k, str))
        elif isinstance(item, list):
            stack.extend((v, where + [i]) for i, v in reversed(list(enumerate(item))))
    return None


def _check_values(data: Any, source: str) -> None:
    """What the schema cannot say: storable text, calendar dates, a web address."""
    bad = _unstorable(data, [])
    if bad is not None:
        raise ClaimSetError(f"{source}: {_json_path(bad)}: holds a NUL character or a lone surrogate "
                            "(\\ud800-\\udfff), which no text column can store: remove it")
    document = data["document"]
    if document["published"] is not None and not is_date(document["published"]):
        raise ClaimSetError(f"{source}: $.document.published: {document['published']!r} is not a day the "
                            "calendar has (YYYY, YYYY-MM or YYYY-MM-DD, from year 0001)")
    for i, claim in enumerate(data["claims"]):
        for key in ("stated_on", "event_on"):
            if claim.get(key) is not None and not is_date(claim[key]):
                raise ClaimSetError(f"{source}: $.claims[{i}].{key}: {claim[key]!r} is not a day the calendar "
                                    "has (YYYY, YYYY-MM or YYYY-MM-DD, from year 0001)")
    if document["url"] is not None and not WEB_ADDRESS.match(document["url"]):
        raise ClaimSetError(f"{source}: $.document.url: {document['url'][:60]!r} is not a web address: give an "
                            "http:// or https:// URL (or null)")


FAST_FROM = 1000  # claims: from here the compiled validator's start-up (~0.05 s) costs less than it saves


def _ref_with_siblings(node: Any) -> bool:
    """Whether a schema has a $ref beside other keywords (draft-07, which fastjsonschema reads, ignores those)."""
    if isinstance(node, dict):
        if "$ref" in node and set(node) - {"$ref", "description", "title"}:
            return True
        return any(_ref_with_siblings(v) for v in node.values())
    return isinstance(node, list) and any(_ref_with_siblings(v) for v in node)


@lru_cache(maxsize=1)
def _fast_validator():
    """fastjsonschema's compiled check of the same schema, 30 times faster than jsonschema on a
    large claim set. It only lets a valid claim set through quickly: whatever it refuses is checked
    again by jsonschema, which has the last word and says what is wrong. None when it is not
    installed or the schema would read differently as draft-07."""
    try:
        import fastjsonschema
    except ImportError:
        return None
    if _ref_with_siblings(schema()):
        return None
    return fastjsonschema.compile({**schema(), "$schema": "http://json-schema.org/draft-07/schema#"})


def _schema_errors(data: Any) -> list:
    """jsonschema's errors, first the shallowest; none at once when the compiled validator passes it."""
    fast = _fast_validator() if isinstance(data, dict) and len(data.get("claims") or ()) >= FAST_FROM else None
    if fast is not None:
        try:
            fast(data)
            if not _holds_float(data):  # draft-07 takes 4.0 for an integer; this project never does
                return []
        except Exception:  # noqa: BLE001 - refused (or too odd for it): jsonschema decides
            pass
    return sorted(_validator().iter_errors(data), key=lambda e: (len(e.path), list(map(str, e.path))))


def _holds_float(data: Any) -> bool:
    """Whether a float stands anywhere in `data` (the schema has no number that is not an integer).

    >>> _holds_float({"claims": [{"seq": 1}, {"seq": 4.0}]}), _holds_float({"claims": [{"seq": 4}]})
    (True, False)
    """
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _json_path(parts) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def validate(data: Any, *, source: str = "claim set") -> ClaimSet:
    """Check a claim set against the schema and its own text; return it unchanged (as the typed
    record it then is) when it holds.

    Raises ClaimSetError naming the JSON path of the first problem.
    """
    errors = _schema_errors(data)
    if errors:
        err = errors[0]
        raise ClaimSetError(
            f"{source}: {_json_path(err.path)}: {_shorter(err.message)} (see schema/claimset.schema.json)"
        )
    _check_values(data, source)
    text = data["document"]["text"]
    n = len(text)

    def unique_ids(items, what):
        ids = set()
        for i, item in enumerate(items):
            if item["id"] in ids:
                raise ClaimSetError(f"{source}: $.{what}[{i}].id: duplicate id {item['id']!r}")
            ids.add(item["id"])
        return ids

    speakers = unique_ids(data["speakers"], "speakers")
    outlets = unique_ids(data["outlets"], "outlets")
    claims = unique_ids(data["claims"], "claims")
    seqs: set[int] = set()
    for i, claim in enumerate(data["claims"]):
        where = f"{source}: $.claims[{i}]"
        if claim["seq"] in seqs:
            raise ClaimSetError(f"{where}.seq: duplicate seq {claim['seq']}")
        seqs.add(claim["seq"])
        for a, b in OFFSET_PAIRS:
            lo, hi = claim.get(a), claim.get(b)
            if (lo is None) != (hi is None):
                raise ClaimSetError(f"{where}: {a} and {b} must both be set or both be null")
            if lo is not None and not (0 <= lo <= hi <= n):
                raise ClaimSetError(f"{where}: {a}..{b} = {lo}..{hi} lies outside the text (0..{n})")
        if claim["start"] >= claim["end"]:
            raise ClaimSetError(f"{where}: start must be smaller than end")
        if text[claim["start"]:claim["end"]] != claim["text"]:
            raise ClaimSetError(
                f"{where}.text: does not match document.text[{claim['start']}:{claim['end']}] "
                f"({text[claim['start']:claim['end']][:40]!r}...): fix the offsets or the text"
            )
        if claim["speaker"] is not None and claim["speaker"] not in speakers:
            raise ClaimSetError(f"{where}.speaker: unknown speaker id {claim['speaker']!r}")
        if claim["outlet"] is not None and claim["outlet"] not in outlets:
            raise ClaimSetError(f"{where}.outlet: unknown outlet id {claim['outlet']!r}")
        for k, via in enumerate(claim.get("via") or ()):
            if via not in outlets:
                raise ClaimSetError(f"{where}.via[{k}]: unknown outlet id {via!r}")
        origin = claim.get("origin") or {}
        for end, known in (("speaker", speakers), ("outlet", outlets)):
            if origin.get(end) is not None and origin[end] not in known:
                raise ClaimSetError(f"{where}.origin.{end}: unknown {end} id {origin[end]!r}")
    seen_links: set[tuple[str, str, str]] = set()
    for i, link in enumerate(data["links"]):
        key = (link["source"], link["target"], link["relation"])
        if key in seen_links:
            raise ClaimSetError(f"{source}: $.links[{i}]: the same {link['relation']} link from {link['source']} "
                                f"to {link['target']} is listed twice: remove one")
        seen_links.add(key)
        for end in ("source", "target"):
            if link[end] not in claims:
                raise ClaimSetError(f"{source}: $.links[{i}].{end}: unknown claim id {link[end]!r}")
        if link["source"] == link["target"]:
            raise ClaimSetError(f"{source}: $.links[{i}]: a claim cannot be linked to itself")
    return data


def _shorter(message: str) -> str:
    """A schema message on one line of sensible length (it quotes the offending value whole)."""
    message = " ".join(message.split())
    return message if len(message) <= 300 else message[:200] + " ... " + message[-80:]


class _HugeNumber(ValueError):
    pass


def _json_int(digits: str) -> int:
    """An integer of the JSON text; one longer than any the database holds is refused before Python
    converts it (past 4,300 digits that conversion is itself an error)."""
    if len(digits.lstrip("-")) > len(str(MAX_INTEGER)) + 10:
        raise _HugeNumber(digits)
    return int(digits)


def _json_problem(exc: json.JSONDecodeError) -> str:
    """The decoder's message as a sentence: its 'Unterminated string starting at' waits for the
    position the message puts before it."""
    if exc.msg.endswith(" starting at"):
        return f"{exc.msg.removesuffix(' starting at')} (the file is cut short, or a quote is not closed)"
    return exc.msg


def parse(raw: bytes | str, *, source: str = "claim set") -> ClaimSet:
    """Decode and validate the bytes of a claim-set file."""
    if isinstance(raw, bytes):
        if b"\x00" in raw[:8192]:
            raise ClaimSetError(f"{source}: this is a binary file, not a claim set (a JSON file)")
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ClaimSetError(f"{source}: not UTF-8 text ({exc.reason} at byte {exc.start}): "
                                "save the claim set as UTF-8 JSON") from exc
    if not raw.strip():
        raise ClaimSetError(f"{source}: the file is empty: give a claim-set JSON file")
    try:
        data = json.loads(raw, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise ClaimSetError(f"{source}: invalid JSON at line {exc.lineno} column {exc.colno}: {_json_problem(exc)}") from exc
    except _HugeNumber as exc:
        raise ClaimSetError(f"{source}: a number of {len(str(exc))} digits is far larger than any the database "
                            f"holds (at most {MAX_INTEGER})") from None
    except RecursionError:
        raise ClaimSetError(f"{source}: the JSON is nested too deeply to be a claim set") from None
    try:
        return validate(data, source=source)
    except RecursionError:
        raise ClaimSetError(f"{source}: the JSON is nested too deeply to be a claim set") from None


def load(path: str | Path) -> ClaimSet:
    """Read and validate a claim-set file."""
    raw = read_input(path, limit=MAX_BYTES, folder="give a claim-set file", stop_at_nul=True,
                     too_large="split the claims over several versions")
    return parse(raw, source=str(path))


def _ordered(item: Mapping[str, Any], keys: tuple[str, ...], defaults: dict[str, Any] | None = None) -> dict:
    defaults = defaults or {}
    return {k: item.get(k, defaults.get(k)) for k in keys if k in item or k in defaults}


def canonical(data: Mapping[str, Any]) -> dict[str, Any]:
    """The claim set with keys in schema order and optional fields filled, as `dump` writes it."""
    # a stance is written where the claim has one (absent: the stance its cue gives, else asserts);
    # `via` and `origin` where the claim has them (a version 1 set has neither, and stays as it is)
    claim_defaults = {k: None for k in CLAIM_KEYS if k not in ("stance", "via", "origin")}
    return {
        "format": FORMAT,
        "format_version": data.get("format_version") or FORMAT_VERSION,
        "document": _ordered(data["document"], DOCUMENT_KEYS),
        "speakers": [_ordered(s, SPEAKER_KEYS, {"aliases": [], "role": None, "affiliation": None})
                     for s in data["speakers"]],
        "outlets": [_ordered(o, OUTLET_KEYS, {"aliases": [], "country": None}) for o in data["outlets"]],
        "claims": [_ordered(c, CLAIM_KEYS, claim_defaults) for c in data["claims"]],
        "links": [_ordered(lk, LINK_KEYS, {"by": "rule", "reason": None}) for lk in data["links"]],
        **({"extractor": {"model": data["extractor"].get("model")}} if data.get("extractor") else {}),
    }


def dump(data: Mapping[str, Any]) -> str:
    """Serialise a claim set canonically."""
    return json.dumps(canonical(data), ensure_ascii=False, indent=2) + "\n"
