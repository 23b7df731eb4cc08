"""A live blog's entries, each opening with its time stamp (written for this test: invented places,
bodies and outlets): the stamp is no part of the entry's statement and never part of its
speaker's name; a line that is only a stamp states nothing; each entry is its own paragraph."""

from __future__ import annotations

import pytest
from test_extract import claims_of

from provenance.extract.page import entry_time_end, is_boilerplate
from provenance.extract.segment import blocks, strip_dateline

LIVE = """Live: Harrowgate bridge closure updates

Key events

08:52 The Tarn Valley Fire Service has confirmed that 14 people were rescued from the water.

9.05am: Police say the road will stay shut until Friday.

Updated 10:14 GMT

10:14 The Western Rail Board said in a statement that trains would run every hour.

4.40pm - Fresh flowers have been left at the end of the bridge.
"""


def test_a_live_blogs_time_stamps_are_no_part_of_its_entries():
    got = [(c["text"], c["speaker_name"], c["mention"]) for c in claims_of(LIVE, outlet="Tarnmouth Courier")]
    assert got == [
        ("14 people were rescued from the water", "Tarn Valley Fire Service", "The Tarn Valley Fire Service"),
        ("the road will stay shut until Friday", "Police", "Police"),
        ("trains would run every hour", "Western Rail Board", "The Western Rail Board"),
        ("Fresh flowers have been left at the end of the bridge", "Tarnmouth Courier", None),
    ]


def test_each_entry_is_its_own_paragraph_and_a_stamp_alone_states_nothing():
    found = blocks(LIVE)
    starts = [LIVE[b.start:b.end].split()[0] for b in found]
    assert starts == ["Live:", "Key", "08:52", "9.05am:", "Updated", "10:14", "4.40pm"]
    assert is_boilerplate("Updated 10:14 GMT")


@pytest.mark.parametrize("text, rest", [
    ("13:35 The league said so.", "The league said so."),
    ("4.02pm: Police say so.", "Police say so."),
    ("Updated 10:14 GMT The league said so.", "The league said so."),
    ("21.07 BST | The league said so.", "The league said so."),
    # no stamp: a figure, an hour out of range, a lower-case word after the numbers
    ("12.5 percent of voters said so.", "12.5 percent of voters said so."),
    ("25:10 The league said so.", "25:10 The league said so."),
    ("3.75 million people said so.", "3.75 million people said so."),
])
def test_entry_time_stamps(text, rest):
    assert text[entry_time_end(text, 0, len(text)):] == rest
    assert text[strip_dateline(text, 0, len(text)):] == rest
