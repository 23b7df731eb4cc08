"""A title word that is also a surname ('King', 'Bishop', 'Khan', 'Major') after a courtesy title or an
abbreviated honorific is the person's surname: 'Mr. King said C' is Mr King on the record, not an anonymous
'mr King' with a title and no name (seen on real news that writes 'Mr.' before every surname). Titles written
out go on as titles ('Prime Minister', 'Vice President'), and a title with no name after a courtesy title stays
one ('Mr. President')."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.speakers import analyse


@pytest.mark.parametrize(("mention", "name", "role"), [
    ("Mr. King", "King", "Mr."), ("Mr King", "King", "Mr"), ("Dr. King", "King", "Dr."), ("Mrs. Bishop", "Bishop", "Mrs."),
    ("Sen. King", "King", "Sen."), ("Rep. King", "King", "Rep."), ("Ms. Dean", "Dean", "Ms."),
    ("Rep. Peter King", "Peter King", "Rep."),
])
def test_a_surname_that_is_a_title_after_a_courtesy_title(mention, name, role):
    speaker = analyse(mention, lexicon()).speaker
    assert speaker is not None and (speaker.name, speaker.anonymous, speaker.role) == (name, False, role)


@pytest.mark.parametrize("mention", ["Prime Minister", "Vice President", "Mr. President", "the king"])
def test_titles_without_a_name_stay_titles(mention):
    speaker = analyse(mention, lexicon()).speaker
    assert speaker is not None and speaker.anonymous


def test_mr_king_resumes_the_congressman_on_the_record():
    cs = extract_claimset("Representative Tom King of Ardell spoke at the hearing on Monday. Mr. King said the "
                          "levee would not hold another winter.", slug="levee", use_model=False)
    names = {s["id"]: s for s in cs["speakers"]}
    levee = next(c for c in cs["claims"] if "levee" in c["text"])
    assert names[levee["speaker"]]["name"] in ("Tom King", "King") and not names[levee["speaker"]]["anonymous"]
