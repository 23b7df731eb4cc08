"""A cue in the present tense after a plural subject ('Residents dispute that', 'Critics reject the claim that C',
'Tenants maintain that C'): the verb's base form is a cue as its other forms are, and a denial verb denies."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset

LEAD = "Council leader Ana Marsh said nobody was put at risk. "


def claims(text: str) -> list[tuple[str, str, str]]:
    cs = extract_claimset(text, slug="t", outlet="Harbor Ledger", published="2026-11-20", use_model=False)
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    # (a plural subject's case is not tested: 'Tenants' opening a sentence may be kept as written)
    return [((names.get(c["speaker"]) or "").casefold(), c["text"], c["stance"]) for c in cs["claims"]]


@pytest.mark.parametrize("second", [
    "Residents dispute that.", "Residents dispute the council's account.", "Residents reject that.",
])
def test_plural_subject_denies(second):
    assert claims(LEAD + second)[1:] == [("residents", "nobody was put at risk", "denies")]


@pytest.mark.parametrize("text, expected", [
    ("Critics reject the claim that the levy is fair.", [("critics", "the levy is fair", "denies")]),
    ("Tenants maintain that the rent rise is unlawful.", [("tenants", "the rent rise is unlawful", "asserts")]),
    # the base form is no cue as a noun or after 'to'
    ("The dispute over wages continues.", [("harbor ledger", "The dispute over wages continues", "asserts")]),
    ("The unions plan to dispute the finding in court.",
     [("harbor ledger", "The unions plan to dispute the finding in court", "asserts")]),
])
def test_base_form_cues(text, expected):
    assert claims(text) == expected
