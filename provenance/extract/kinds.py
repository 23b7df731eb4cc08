"""The kind of a statement: fact, position, opinion or prediction, from its cue and its modality."""

from __future__ import annotations

import re
from functools import lru_cache

from provenance.extract.lexicon import _load

_HINT_KIND = {"prediction": "prediction", "opinion": "opinion", "position": "position"}
_OPINION_ROLES = ("analyst", "expert", "observer", "commentator", "columnist", "critic", "pundit", "scholar")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    modality = _load("cues.json").get("modality", {})
    out = {}
    for kind, words in modality.items():
        alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
        if alternatives:
            out[kind] = re.compile(r"(?<![\w'’])(?:" + "|".join(alternatives) + r")(?![\w'’])", re.IGNORECASE)
    return out


def classify(content: str, *, hint: str | None = None, role: str | None = None, speaker_name: str | None = None) -> str:
    """fact, position, opinion or prediction.

    >>> classify("Israel will be forced to withdraw")
    'prediction'
    """
    patterns = _patterns()
    if hint in _HINT_KIND and hint != "opinion":
        if hint == "prediction" or not patterns.get("prediction", re.compile("$^")).search(content):
            return _HINT_KIND[hint]
    if "prediction" in patterns and patterns["prediction"].search(content):
        return "prediction"
    if "position" in patterns and patterns["position"].search(content):
        return "position"
    if hint == "opinion":
        return "opinion"
    who = f"{role or ''} {speaker_name or ''}".lower()
    if any(r in who for r in _OPINION_ROLES):
        return "opinion"
    if "opinion" in patterns and patterns["opinion"].search(content):
        return "opinion"
    return "fact"
