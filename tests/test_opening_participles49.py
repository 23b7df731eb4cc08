"""A participle opening its sentence speaks for the sentence's subject (issue 13, speaker49).

'After thanking the crews, she said C': whoever thanks is the subject after the adjunct's comma, not
no one, and not a word the adjunct opens with.
"""

import pytest

from provenance.extract import extract_claimset

CASES = [
    ("The harbour master spoke to reporters on the quay. After thanking the volunteer crews, she said the "
     "new lifeboat would be ready by spring.", "thanking", "she"),
    ("The festival opened on Friday. Before praising the organisers, the mayor warned that parking near "
     "the park would be scarce.", "praising", "the mayor"),
    ("The zoo reopened its aviary this week. While defending the higher ticket prices, the director "
     "conceded that the queues had been too long.", "defending", "the director"),
]


@pytest.mark.parametrize("text, cue, mention", CASES)
def test_opening_participle_speaks_for_the_subject(text, cue, mention):
    text = "Title\n\n" + text + "\n"
    cs = extract_claimset(text, slug="x")
    claims = [c for c in cs["claims"] if c["cue"] == cue]
    assert len(claims) == 1
    claim = claims[0]
    assert text[claim["speaker_start"]:claim["speaker_end"]] == mention
