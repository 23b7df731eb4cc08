"""Standing of speakers the first versions of this session's status rules misread (issue 12): a partitive of a
group whose head the lexicon does not know keeps its holder a party; kin words inside a firm's name and a firm's or
fund's name with a plural of private people make no private person nor members' group. Names invented."""

from __future__ import annotations

import pytest

from provenance import standing


@pytest.mark.parametrize(("role", "kind"), [
    ("one of the investigators", None),
    ("one of the bidders", None),
    ("one of them", "private person"),
    ("one of the residents", "private person"),
])
def test_a_partitive_reads_its_group(role, kind):
    assert standing.standing([role]) == kind


def _status(text: str) -> list[str]:
    from provenance.extract import extract_claimset
    from provenance.rules import apply_rules
    cs = extract_claimset(text + "\n", slug="t", outlet="Coastal Tribune", published="2026-11-30")
    apply_rules(cs)
    return [c["status"] for c in cs["claims"]]


@pytest.mark.parametrize("sentence", [
    "Karl Berg, managing director of Berg and Sons, said the levy would be paid.",
    "Ana Roe, chairman of the Velm Farmers Insurance Group, said the levy would be paid.",
])
def test_a_firms_officer_stays_on_the_record(sentence):
    assert _status(sentence) == ["confirmed"]
