"""A party's statement the publisher's own sentence must not swallow (issue 13): a discourse adverb set off
between a cue and its 'that' ('denied, however, that C'), a withdrawn statement named with the clause of
who issued it ('withdrew a statement it issued on Sunday saying that C'), and one of a group described
after a comma ('One of them, a nurse who ..., said'). Every sentence is written for this test: invented
people, bodies and outlets."""

from __future__ import annotations

import pytest
from test_extract import claims_of

WREN = {"outlet": "The Tamber Wren"}


def attributed(text: str) -> list[tuple[str | None, str, str]]:
    """(speaker, content, stance) of every claim some source makes; the publisher's own sentences left out."""
    return [(c["speaker_name"], c["text"], c["stance"]) for c in claims_of(text, **WREN) if c["form"] != "unattributed"]


ASIDES_AFTER_THE_CUE = {  # text: (speaker, content, stance)
    "Harlow Mills denied, however, that waste was dumped at the quarry.":
        ("Harlow Mills", "waste was dumped at the quarry", "denies"),
    "The Velm Dock Union said, for its part, that the talks had failed.":
        ("Velm Dock Union", "the talks had failed", "asserts"),
    "The Velm council replied, in turn, that the pumps had been replaced.":
        ("Velm council", "the pumps had been replaced", "asserts"),
    "Ana Pell said, however, \"We will not pay a penny.\"": ("Ana Pell", "We will not pay a penny", "asserts"),
}


@pytest.mark.parametrize("text", sorted(ASIDES_AFTER_THE_CUE))
def test_a_discourse_aside_between_the_cue_and_its_that(text):
    assert attributed(text) == [ASIDES_AFTER_THE_CUE[text]]


WITHDRAWN = {  # text: (speaker, content)
    "Harlow Mills on Monday withdrew a statement it issued on Sunday saying that the dam was safe.":
        ("Harlow Mills", "the dam was safe"),
    "Harlow Mills on Monday also withdrew a statement it had posted on its website, which said that the dam "
    "was safe.": ("Harlow Mills", "the dam was safe"),
    "Harlow Mills has retracted its statement that the dam was safe.": ("Harlow Mills", "the dam was safe"),
}


@pytest.mark.parametrize("text", sorted(WITHDRAWN))
def test_a_withdrawn_statement_retracts_what_it_said(text):
    assert attributed(text) == [(*WITHDRAWN[text], "retracts")]


def test_a_statement_issued_and_not_withdrawn_is_no_retraction():
    claims = attributed("Harlow Mills on Monday published a statement it issued on Sunday saying that the dam was safe.")
    assert all(stance != "retracts" for _, _, stance in claims)


@pytest.mark.parametrize("text, speaker, content", [
    ("One of them, a nurse who asked that her name not be used, said she was sent home.", "nurse",
     "she was sent home"),
    ("One of them, a nurse at the clinic, said the ward was full.", "nurse at the clinic", "the ward was full"),
])
def test_one_of_them_described_after_a_comma_speaks(text, speaker, content):
    assert attributed(text) == [(speaker, content, "asserts")]

