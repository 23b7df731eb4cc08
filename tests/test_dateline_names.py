"""A single label in capitals opening a text's first paragraph is a wire copy's dateline only when it
names no person: 'TARNMOUTH: The port ...' says where the copy was filed, 'ANA COSTA: We have ...'
who speaks (invented names and places)."""

from __future__ import annotations

import pytest
from test_extract import claims_of

STORY = "Harbour pumps\n\n{label}: We have ordered new pumps for the harbour and they will arrive within a month.\n"


@pytest.mark.parametrize("label, speaker", [
    ("ANA COSTA", "Ana Costa"),
    ("MAYOR ANA COSTA", "Ana Costa"),
    ("DR ANA COSTA", "Ana Costa"),
    ("TARNMOUTH", "The Ledger"),  # a place: the copy's dateline, the sentence the publisher's
])
def test_a_single_label_naming_a_person_is_no_dateline(label, speaker):
    claims = claims_of(STORY.format(label=label), outlet="The Ledger")
    assert [(c["text"], c["speaker_name"]) for c in claims] == [
        ("We have ordered new pumps for the harbour and they will arrive within a month", speaker)]
