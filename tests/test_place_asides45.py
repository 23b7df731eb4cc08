"""A group named with its place ('farmers in Kelbrook', 'residents of Ashford') and then a description of the
place set off by commas ('a village in the Tarn valley') speaks as the group, wherever its report stands: after
its quotation too, the description is where the group lives, never the speaker
(issue 13). Every place and sentence is invented for this test."""

from __future__ import annotations

import pytest

from conftest import cued_speakers_and_texts


@pytest.mark.parametrize("text, speaker, content", [
    ('The dam was finished in May. "We have nothing left," farmers in Kelbrook, a village in the Tarn valley, said.',
     "farmers in Kelbrook", "We have nothing left"),
    ('The dam was finished in May. "The water is brown," residents of Ashford, a town near Kelby, told the Courier.',
     "residents of Ashford", "The water is brown"),
    ('The dam was finished in May. "The river has dried up," villagers in Orrin, a hamlet east of Kelby, said.',
     "villagers in Orrin", "The river has dried up"),
])
def test_a_group_in_a_place_described_after_its_report_speaks(text, speaker, content):
    assert cued_speakers_and_texts(text)[-1:] == [(speaker, content)]


def test_a_group_in_a_place_described_before_its_cue_speaks():
    text = "The dam was finished in May. Farmers in Kelbrook, a village in the Tarn valley, say the river has dried up."
    assert cued_speakers_and_texts(text)[-1:] == [("Farmers in Kelbrook", "the river has dried up")]
