"""A body whose name lists its portfolio with commas and an 'and' ('the Ministry of Ports, Roads and Inland
Waters') is one body wherever the text names it (issue 13): after 'according to', the rest of its name is no
part of the content; an official of it named after the whole name is that person, her post in the whole body,
and never a speaker named by the name's tail ('Inland Waters'). Every body, name and sentence is invented for
this test."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _read(text: str) -> list[tuple[str | None, str | None, str]]:
    cs = extract_claimset(text, slug="t", use_model=False)
    found = {sp["id"]: sp for sp in cs["speakers"]}
    return [((found.get(c["speaker"]) or {}).get("name"), (found.get(c["speaker"]) or {}).get("role"), c["text"])
            for c in cs["claims"] if c["cue"]]


@pytest.mark.parametrize("text, name, content", [
    ("According to the Ministry of Labour, Skills and Employment, 400 jobs were lost at the port.",
     "Ministry of Labour, Skills and Employment", "400 jobs were lost at the port"),
    ("According to figures from the Department of Rivers, Lakes and Canals, the water level fell.",
     "Department of Rivers, Lakes and Canals", "the water level fell"),
])
def test_according_to_a_body_with_a_listed_portfolio(text, name, content):
    assert [(n, c) for n, _, c in _read(text)] == [(name, content)]


@pytest.mark.parametrize("text, name, role", [
    ("The undersecretary of the Ministry of Ports, Roads and Inland Waters, Ana Costa, said the dam was safe.",
     "Ana Costa", "undersecretary of the Ministry of Ports, Roads and Inland Waters"),
    ("A senior official of the Department of Rivers, Lakes and Canals, Dr Ben Lind, told reporters the plan was"
     " ready.", "Ben Lind", "senior official of the Department of Rivers, Lakes and Canals"),
])
def test_an_official_of_a_body_with_a_listed_portfolio_is_named(text, name, role):
    assert [(n, r) for n, r, _ in _read(text)] == [(name, role)]
