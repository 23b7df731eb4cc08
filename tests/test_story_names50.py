"""Two stories' people may share a given name: 'John Marsh' in one town's flood and 'John Pello' in another's
are no sign of one story (review of 401df8f). A given name opening a name of several words tells no story apart;
its surname does. Invented towns, people and outlets."""

from __future__ import annotations

import pytest
from test_agree50 import _said_by
from test_status_shapes import ingested

from provenance.corroboration import story_words

# (slugs without the towns: the test articles open with their slug, a lower-case line that would make the
# towns common words)
FLOODS = {
    "courier-floods-a": ("The Coast Courier", "2026-02-03",
                              "Floods hit Arvale on Monday after two days of rain.\n\n"
                              "Council engineer John Marsh said 9 roads in the town were closed."),
    "gazette-floods-b": ("The Harbour Gazette", "2026-02-04",
                               "Floods hit Brenton on Tuesday after the river burst its banks.\n\n"
                               "County roads officer John Pello said 36 roads in the town were closed."),
}


@pytest.fixture
def floods(run, tmp_path) -> list[dict]:
    return ingested(run, tmp_path, FLOODS)


@pytest.mark.parametrize("speaker", ["John Marsh", "John Pello"])
def test_a_shared_given_name_makes_no_two_towns_one_story(floods, speaker):
    claim = _said_by(floods, "roads in the town were closed", speaker)
    assert claim["status"] == "confirmed", claim


@pytest.mark.parametrize(("text", "words"), [
    ("The engineer John Marsh spoke in Arvale.", {"marsh", "arvale"}),
    ("Ana Maria Lind spoke.", {"lind"}),
    ("Storm Kira reached Orm. Kira weakened.", {"kira", "orm"}),  # a name of one word keeps it
    ("Marsh spoke.", set()),  # one capitalised word opening a sentence names nothing
])
def test_story_words_leave_out_a_leading_given_name(text, words):
    assert story_words(text) == words
