"""Small claim sets built in code, for tests that need one without an article."""

from __future__ import annotations

import copy
from typing import Any

from provenance.extract import extract_claimset

TEXT = ("Officials said the bridge will reopen in June. "
        "Transport Minister Jane Roe told the Daily Planet on March 3, 2025: “The bridge is safe.” "
        "The council denied that repairs were delayed.")


def span(text: str, part: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def claim(cid: str, seq: int, text: str, part: str, **fields: Any) -> dict[str, Any]:
    start, end = span(text, part)
    base = {"id": cid, "seq": seq, "start": start, "end": end, "text": part, "speaker": None, "outlet": None,
            "form": "indirect", "kind": "fact", "status": "unconfirmed", "reason": "test"}
    base.update(fields)
    return base


def make_claimset(slug: str = "bridge", text: str = TEXT, **document: Any) -> dict[str, Any]:
    doc = {"slug": slug, "title": "Bridge reopening", "outlet": "Example Gazette", "url": None, "language": "en",
           "version": 1, "published": "2025-03-04", "text": text}
    doc.update(document)
    return {
        "format": "provenance-claimset", "format_version": 1, "document": doc,
        "speakers": [
            {"id": "s1", "name": "officials", "aliases": [], "kind": "group", "anonymous": True, "role": None,
             "affiliation": None},
            {"id": "s2", "name": "Jane Roe", "aliases": ["Roe"], "kind": "person", "anonymous": False,
             "role": "Transport Minister", "affiliation": None},
            {"id": "s3", "name": "the council", "aliases": [], "kind": "institution", "anonymous": False,
             "role": None, "affiliation": None},
        ],
        "outlets": [{"id": "o1", "name": "Example Gazette", "aliases": [], "country": None},
                    {"id": "o2", "name": "Daily Planet", "aliases": [], "country": None}],
        "claims": [
            claim("c1", 1, text, "the bridge will reopen in June", speaker="s1", outlet="o1", cue="said",
                  kind="prediction", reason="single anonymous source (officials)"),
            claim("c2", 2, text, "The bridge is safe.", speaker="s2", outlet="o2", cue="told", form="direct",
                  stated_on="2025-03-03", kind="position", status="confirmed", reason="on the record from Jane Roe"),
            claim("c3", 3, text, "repairs were delayed", speaker=None, outlet="o1", cue=None,
                  form="unattributed", status="disputed", reason="denied by the council"),
        ],
        "links": [{"source": "c2", "target": "c1", "relation": "corroborates", "by": "reviewer",
                   "reason": "same reopening"}],
    }


def modified(data: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    out.update(changes)
    return out


def rule_claims(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(content, speaker name, mention, cue) of the text's attributed claims, read by the rules."""
    cs = extract_claimset(text, slug="t", use_model=False)
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(c["text"], names.get(c.get("speaker") or ""),
             text[c["speaker_start"]:c["speaker_end"]] if c.get("speaker_start") is not None else None, c["cue"])
            for c in cs["claims"] if c["form"] != "unattributed"]
