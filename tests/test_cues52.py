"""A cue after an auxiliary and 'long' ('Critics have long argued that C', 'The union has long said C'): the
subject speaks, as after 'has also said' or 'has repeatedly warned'; 'long' elsewhere is no part of a cue."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def claims(text: str) -> list[tuple[str | None, str, str | None]]:
    cs = extract_claimset(text, slug="t", outlet="Harbor Ledger", published="2026-11-20", use_model=False)
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(names.get(c["speaker"]), c["text"], c["cue"]) for c in cs["claims"]]


@pytest.mark.parametrize("text, speaker, content", [
    ("Conservation groups have long warned that dredging would harm the spawning grounds.",
     "Conservation groups", "dredging would harm the spawning grounds"),
    ("Critics have long argued that the levy is unfair.", "critics", "the levy is unfair"),
    ("The dockers' union has long said the crane is unsafe.", "dockers union", "the crane is unsafe"),
    ("Ana Velt had long maintained that the ledger was forged.", "Ana Velt", "the ledger was forged"),
])
def test_long_before_a_cue(text, speaker, content):
    assert [(s.casefold(), t) for s, t, _cue in claims(text)] == [(speaker.casefold(), content)]


@pytest.mark.parametrize("text, speaker, content", [
    ("The meeting ran long, the mayor said.", "mayor", "The meeting ran long"),
    ("Tenants waited long for an answer, said Ana Velt.", "Ana Velt", "Tenants waited long for an answer"),
])
def test_long_elsewhere(text, speaker, content):
    assert [(s, t) for s, t, _cue in claims(text)] == [(speaker, content)]
