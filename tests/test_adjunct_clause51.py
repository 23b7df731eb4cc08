"""A clause without 'that' after a cue's adjunct opens with its subject even when that subject is 'it' or
'there', pronouns that could be objects: 'X said in a statement it was cooperating fully' reports 'it was
cooperating fully' (it lost 'it was', and with quotations in the clause a second, partial claim was stored)."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _claims(sentence: str) -> list[tuple[str, str]]:
    cs = extract_claimset(sentence + "\n", slug="t", outlet="Coastal Tribune", published="2026-11-30")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(names.get(c["speaker"] or "", ""), c["text"]) for c in cs["claims"]]


@pytest.mark.parametrize(("sentence", "claims"), [
    ("Harrow Bank said in a statement it was cooperating fully with the regulator.",
     [("Harrow Bank", "it was cooperating fully with the regulator")]),
    ("Harrow Bank said in a statement it had found no evidence of wrongdoing.",
     [("Harrow Bank", "it had found no evidence of wrongdoing")]),
    ("The agency said in a report there was no risk to residents.",
     [("agency", "there was no risk to residents")]),
    ('Harrow Bank said in a statement it was "cooperating fully with the regulator" and had "found no evidence".',
     [("Harrow Bank", 'it was "cooperating fully with the regulator" and had "found no evidence"')]),
])
def test_the_clause_after_an_adjunct_keeps_its_pronoun_subject(sentence, claims):
    assert _claims(sentence) == claims


@pytest.mark.parametrize(("sentence", "claims"), [
    # a determiner still opens the subject, as before
    ("Harrow Bank said after the meeting the talks were over.", [("Harrow Bank", "the talks were over")]),
    # 'that' still opens the clause
    ("Harrow Bank said in a statement that it was cooperating fully.", [("Harrow Bank", "it was cooperating fully")]),
])
def test_other_clauses_after_an_adjunct_are_as_they_were(sentence, claims):
    assert _claims(sentence) == claims
