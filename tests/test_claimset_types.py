"""The typed claim-set records (`claimset.ClaimSet` and its parts) and the JSON schema cannot
drift: every schema property is a key of the record in the same order, the schema's required
properties are exactly the record's required keys, and each key's Python type gives the JSON
types the schema allows, and back."""

from __future__ import annotations

import json
import types
import typing

import pytest
import typing_extensions

from provenance import claimset

from conftest import ROOT

SCHEMAS = [p for p in (ROOT / "schema" / "claimset.schema.json", ROOT / "provenance" / "schema" / "claimset.schema.json")
           if p.exists()]
RECORDS = [(None, claimset.ClaimSet), ("document", claimset.DocumentMeta), ("speaker", claimset.SpeakerEntry),
           ("outlet", claimset.OutletEntry), ("origin", claimset.OriginEntry), ("claim", claimset.ClaimEntry),
           ("link", claimset.LinkEntry)]
PY_TO_JSON = {str: "string", int: "integer", bool: "boolean", type(None): "null", list: "array", dict: "object"}


def schema_types(prop: dict, defs: dict) -> set[str]:
    """The JSON types a schema property allows."""
    if "$ref" in prop:
        return schema_types(defs[prop["$ref"].rsplit("/", 1)[1]], defs)
    if "oneOf" in prop:
        return set().union(*(schema_types(p, defs) for p in prop["oneOf"]))
    values = prop["enum"] if "enum" in prop else [prop["const"]] if "const" in prop else None
    if values is not None:
        return {PY_TO_JSON[type(v)] for v in values}
    kinds = prop["type"]
    return {kinds} if isinstance(kinds, str) else set(kinds)


def python_types(hint) -> set[str]:
    """The JSON types a record key's annotation allows."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return set().union(*(python_types(h) for h in typing.get_args(hint)))
    if typing_extensions.is_typeddict(hint):
        return {"object"}
    return {PY_TO_JSON[typing.get_origin(hint) or hint]}


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: str(p.relative_to(ROOT)))
@pytest.mark.parametrize("name, record", RECORDS, ids=[r.__name__ for _, r in RECORDS])
def test_the_typed_record_matches_the_schema(path, name, record):
    schema = json.loads(path.read_text(encoding="utf-8"))
    part = schema if name is None else schema["$defs"][name]
    hints = typing_extensions.get_type_hints(record)
    assert tuple(hints) == tuple(part["properties"]), "keys and their order (the canonical order of dump)"
    assert record.__required_keys__ == set(part.get("required", ())), "required keys"
    for key, prop in part["properties"].items():
        assert python_types(hints[key]) == schema_types(prop, schema["$defs"]), key


def test_the_flat_claim_of_listings_and_diffs_is_one_list():
    from provenance import diff, listing, query

    assert query.CLAIM_COLUMNS is listing.CLAIM_COLUMNS
    assert diff.CLAIM_KEYS == (*listing.CLAIM_COLUMNS, "reviewed_by")
