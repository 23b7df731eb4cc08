"""A cue form that is also a noun ('notes', 'claims', 'reports', 'states') after a comma and before a
speaker's title is the cue when no verb of saying follows the description (issue 14), on sentences
written for this test: 'C, notes analyst NAME' is NAME's C; 'C, state officials said' stays theirs too."""

from __future__ import annotations

import pytest
from test_extract import claims_of


@pytest.mark.parametrize("text, content, speaker", [
    ("Costs will rise, notes analyst Ana Lind.", "Costs will rise", "Ana Lind"),
    ("The plant will close, claims union leader Tom Roe.", "The plant will close", "Tom Roe"),
    ("The vote was rigged, reports correspondent Ana Lind.", "The vote was rigged", "Ana Lind"),
    ("The ferry will run, state officials said.", "The ferry will run", "state officials"),
])
def test_a_noun_like_cue_before_a_title_is_the_cue_unless_a_verb_of_saying_follows(text, content, speaker):
    found = [(c["text"], c["speaker_name"]) for c in claims_of(text, outlet="The Harbour Ledger")]
    assert found == [(content, speaker)]
