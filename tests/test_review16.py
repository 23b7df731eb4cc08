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


@pytest.mark.parametrize("text", [
    "\u201cWe did nothing wrong,\u201d said Ana Costa, the mayor. \u201cThe board was misled about the quay, as the "
    "Kessing Ledger reported.\u201d",
    "Ana Costa, the mayor, wrote to the board.\n\n\u201cThe board was misled about the quay, as the Kessing Ledger "
    "reported.\u201d",
    'Ana Costa said: "We did nothing wrong. The board was misled about the quay, as the Kessing Ledger reported."',
])
def test_an_as_clause_inside_a_quotation_is_the_speakers_words(text):
    # the speaker names the outlet: the quotation is not the outlet's report, nor does its mark open a content
    found = _contents(text)
    assert not any(sp == "Kessing Ledger" for sp in found.values())
    assert not any(c.startswith(("\u201c", '"')) for c in found)


def test_an_as_clause_after_a_quoted_phrase_still_relays_the_outlet():
    found = _contents('The harbour board sold the "old" quay in secret, as the Kessing Ledger reported.')
    assert found.get('The harbour board sold the "old" quay in secret') == "Kessing Ledger"
