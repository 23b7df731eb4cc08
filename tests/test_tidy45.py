"""Shapes tidied in session 45, in invented sentences: a claim the rules and the model both read is
stored once; a refusal to answer questions about something is the publisher's statement; one
recogniser of a source's request not to be named serves the extractor and the status rules."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset

_LEAD = "The harbour board met on Monday to set the new fees for the winter season.\n\n"


def _claims(sentence: str) -> tuple[list[dict], dict[str, str]]:
    cs = extract_claimset(_LEAD + sentence, slug="t", outlet="Valley Herald", published="2025-05-20")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [c for c in cs["claims"] if c["start"] >= len(_LEAD)], names


@pytest.mark.parametrize("sentence", [
    "The harbourmaster said the port is expecting a 12 percent rise in cargo, while the marina will likely see a 3 percent fall.",
    "The trader said Norland is expecting a 4.5 percent growth rate, while Vostria will likely see a 2 percent rate.",
])
def test_a_content_the_rules_and_the_model_both_read_is_one_claim(sentence):
    """The model's content ran on past ', while' and was cut there (the writer's clause) after it was
    checked against the rules' content: the same claim stored twice."""
    claims, _ = _claims(sentence)
    keys = [(c["speaker"], c["start"], c["end"]) for c in claims]
    assert len(keys) == len(set(keys)), claims

