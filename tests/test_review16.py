"""What a second reading of this session's rules found wrong, on sentences written for these tests
(invented outlets, bodies and places)."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _contents(text: str) -> dict[str, str | None]:
    cs = extract_claimset(text, slug="review", outlet="Vellmark Post", use_model=False)
    speakers = {s["id"]: s["name"] for s in cs["speakers"]}
    return {c["text"]: speakers.get(c["speaker"]) for c in cs["claims"]}


@pytest.mark.parametrize("text, content", [
    # the bracket closing the 'as' clause's sentence goes; the content's own bracket stays whole
    ("The mayor kept quiet. (As the Kessing Ledger first reported, the board paid the fee in cash (in euros).)",
     "the board paid the fee in cash (in euros)"),
    ("The mayor kept quiet. (As the Kessing Ledger first reported, the board paid the fee (in euros))",
     "the board paid the fee (in euros)"),
    ("The mayor kept quiet. (As the Kessing Ledger first reported, the board paid the fee in cash.)",
     "the board paid the fee in cash"),
])
def test_an_as_clause_in_brackets_keeps_the_contents_own_bracket(text, content):
    assert _contents(text).get(content) == "Kessing Ledger"
