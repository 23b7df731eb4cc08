"""What opens a sentence before its subject (issue 13 items 4 and 5): 'As X reported, C' attributes
the rest of the sentence to X, not to the subject of a verb inside it; what names no source ('As an
added bonus, C', 'As neighbours, C') or is the publisher's own ('As we reported, C') stays as it
was; an adverb set off by a comma ('Instead, he ...') is no speaker. Every text is invented."""

from __future__ import annotations

import pytest

from claimsets import rule_claims


def _claims(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(content, speaker name, mention, cue) of the text's attributed claims, read by the rules."""
    return rule_claims(text)


@pytest.mark.parametrize("text, content, name, mention, cue", [
    ("As the Harrow Ledger reported on Friday, the port board had ignored three warnings.",
     "the port board had ignored three warnings", "Harrow Ledger", "the Harrow Ledger", "reported"),
    ("As Mayor Ines Berg noted last week, the ferry has run late on most days since May.",
     "the ferry has run late on most days since May", "Ines Berg", "Mayor Ines Berg", "noted"),
    ("But as the Kelby Courier first reported, the contract was never put out to tender.",
     "the contract was never put out to tender", "Kelby Courier", "the Kelby Courier", "reported"),
])
def test_as_a_source_reported_attributes_the_rest_of_the_sentence(text, content, name, mention, cue):
    assert _claims(text)[0] == (content, name, mention, cue)


def test_a_verb_inside_what_was_reported_is_not_the_source():
    """'As the Ledger reported, the board refused to release C': the Ledger's report; the board's
    refusal is part of it (a nested claim at most), never the sentence's source."""
    claims = _claims("As the Harrow Ledger reported, the port board refused to release the names of its donors.")
    assert claims[0] == ("the port board refused to release the names of its donors", "Harrow Ledger",
                         "the Harrow Ledger", "reported")


@pytest.mark.parametrize("text", [
    "As an added bonus, the ferry now stops at Kelby Sound twice a day.",
    "As neighbours and rivals, the two ports have competed for the same cargo for decades.",
    "As we reported on Monday, the port board had ignored three warnings.",
    "As the storm moved east on Friday, the ferry stayed in port.",
])
def test_an_as_clause_that_names_no_source_attributes_nothing(text):
    assert [c for c in _claims(text) if c[3] in ("added", "reported", "states")] == []


@pytest.mark.parametrize("text, mention, cue", [
    # an adverb and its comma opening the sentence are no subject: the speaker comes after them
    ("The mayor toured the port on Monday. Instead, he was back to promising a new bridge and pledging "
     "to cut fares by half.", "he", "pledging"),
])
def test_an_opening_adverb_is_no_speaker(text, mention, cue):
    assert [(m, c) for _, _, m, c in _claims(text) if c == cue] == [(mention, cue)]
