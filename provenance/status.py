"""Confirmation status rules: every claim gets a status and a one-line reason a person can check.

Rules (DESIGN.md, "Confirmation status"), first match wins; a reviewer's decision (`reviewed_by`)
is never overridden:
- contradicted by a link whose source declined to confirm -> unconfirmed, naming who declined;
- contradicted (denied) -> disputed, naming who denied;
- supported by a `corroborates` link from an independent origin -> corroborated, naming both;
- publisher's own statement -> unconfirmed; anonymous -> unconfirmed (single anonymous source);
- named speaker on the record -> confirmed.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

NON_CONFIRMATION_CUES = ("did not confirm", "declined to confirm", "would not confirm", "could not confirm",
                         "declined to comment", "refused to confirm", "not confirm")


def _via(claim: dict[str, Any], outlets: dict[str, dict]) -> str:
    parts = []
    if claim.get("outlet") and claim["outlet"] in outlets:
        parts.append(outlets[claim["outlet"]]["name"])
    if claim.get("stated_on"):
        parts.append(claim["stated_on"])
    return ", ".join(parts)


def describe_source(claim: dict[str, Any], speakers: dict[str, dict], outlets: dict[str, dict]) -> str:
    """'Hakan Fidan (CNN Turk, 2025-04-09)'-style label of who made a claim and where."""
    speaker = speakers.get(claim.get("speaker") or "")
    name = speaker["name"] if speaker else "an unidentified source"
    via = _via(claim, outlets)
    return f"{name} ({via})" if via else name


def origin(claim: dict[str, Any], speakers: dict[str, dict]) -> str:
    """Who originated a claim, for independence: the speaker, or for anonymous ones their side."""
    speaker = speakers.get(claim.get("speaker") or "")
    if speaker is None:
        return "unknown"
    if speaker.get("anonymous"):
        return "anonymous:" + (speaker.get("affiliation") or speaker["name"]).casefold()
    return "speaker:" + speaker["name"].casefold()


def rule_status(
    claim: dict[str, Any],
    *,
    speakers: dict[str, dict],
    outlets: dict[str, dict],
    incoming: list[tuple[str, dict[str, Any]]],
) -> tuple[str, str]:
    """The status and reason the rules give one claim, from its speaker and incoming links.

    `incoming` holds (relation, source claim) pairs of the links pointing at this claim.
    """
    for relation, other in incoming:
        if relation != "contradicts":
            continue
        who = describe_source(other, speakers, outlets)
        if any(cue in (other.get("cue") or "").casefold() for cue in NON_CONFIRMATION_CUES):
            return "unconfirmed", f"{who} did not confirm"
    for relation, other in incoming:
        if relation == "contradicts":
            return "disputed", f"contradicted by {describe_source(other, speakers, outlets)}"
    own = origin(claim, speakers)
    backers = [other for relation, other in incoming
               if relation == "corroborates" and origin(other, speakers) != own]
    if backers:
        names = [describe_source(claim, speakers, outlets)]
        for other in backers:
            label = describe_source(other, speakers, outlets)
            if label not in names:
                names.append(label)
        return "corroborated", "corroborated by " + " and ".join(names)
    speaker = speakers.get(claim.get("speaker") or "")
    if claim.get("form") == "unattributed":
        return "unconfirmed", "unattributed statement of the publisher"
    if speaker is None:
        return "unconfirmed", "no identified source"
    if speaker.get("anonymous"):
        via = _via(claim, outlets)
        return "unconfirmed", f"single anonymous source ({speaker['name']}{', via ' + via if via else ''})"
    label = speaker["name"] + (f", {speaker['role']}" if speaker.get("role") else "")
    return "confirmed", f"on the record from {label}"


def apply_rules(data: dict[str, Any]) -> dict[str, Any]:
    """Fill in status and reason of every claim of a claim set that no reviewer has decided."""
    speakers = {s["id"]: s for s in data["speakers"]}
    outlets = {o["id"]: o for o in data["outlets"]}
    claims = {c["id"]: c for c in data["claims"]}
    incoming: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for link in data["links"]:
        if link["source"] in claims:
            incoming[link["target"]].append((link["relation"], claims[link["source"]]))
    for claim in data["claims"]:
        if claim.get("reviewed_by"):
            continue
        claim["status"], claim["reason"] = rule_status(
            claim, speakers=speakers, outlets=outlets, incoming=incoming[claim["id"]]
        )
    return data


def on_new_version(session, stored, *, actor: str) -> None:
    """Work that follows a newly stored version inside its transaction (cross-document corroboration)."""
    return None
