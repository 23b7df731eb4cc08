"""A source who declines to give a name ('A company spokesman, who declined to give his name, said C', 'a nurse
who refused to provide her full name'): a request not to be named, like 'who declined to be named', so no
statement of 'to give his name' by anyone, by the rules or by the model."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.lexicon import anonymity_request


@pytest.mark.parametrize("use_model", [False, True])
@pytest.mark.parametrize("text, speaker, content", [
    ("A company spokesman, who declined to give his name, said the firm had \"followed every rule.\"",
     "company spokesman", "the firm had \"followed every rule"),
    ("A nurse who refused to provide her full name said the ward had been closed since May.",
     "nurse", "the ward had been closed since May"),
    ("Two drivers, who did not want to share their names, said the depot was locked.",
     "two drivers", "the depot was locked"),
])
def test_declining_to_give_a_name(text, speaker, content, use_model):
    cs = extract_claimset(text, slug="t", outlet="Harbor Ledger", published="2026-11-20", use_model=use_model)
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    assert [(names.get(c["speaker"]), c["text"]) for c in cs["claims"]] == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "The mayor declined to give details of the deal.",
    "The council refused to name the buyer.",
    "The firm declined to give its reasons.",
])
def test_other_refusals_are_no_request(text):
    assert anonymity_request(text) is None
