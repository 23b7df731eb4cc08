"""A document, a data set or a poll the paper cites is the source, not the people it counts nor the
publisher (issues 13 and 12). Each on sentences written for this test (invented bodies, outlets,
people and places)."""

from __future__ import annotations

import pytest
from test_extract import claims_of

from provenance.extract import extract_claimset

COURIER = {"outlet": "The Harbour Courier"}


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(c["text"], c["speaker_name"]) for c in claims_of(text, **COURIER) if c["form"] != "unattributed"]


@pytest.mark.parametrize("text, share", [
    ("The vast majority of renters say they want a cap on rents, according to a Hollin Institute survey "
     "released on Friday.", "vast majority of renters"),
    ("A Varsen College poll found that a majority of farmers said the new levy on water was fair.",
     "majority of farmers"),
    ("A Kelby Research survey found that most tenants said they could not afford the new rents.",
     "most tenants"),
])
def test_a_share_of_people_a_poll_counts_is_what_the_poll_found(text, share):
    # a poll's respondents counted by a share ('most', 'the majority of', 'three-quarters of') say
    # nothing of their own: what they said is the poll's finding, as '51 percent said C' is
    found = speakers(text)
    assert found and all(share not in (sp or "").lower() for _, sp in found)
    assert any(sp and ("Institute" in sp or "College" in sp or "Research" in sp) for _, sp in found)


def test_a_share_of_people_outside_a_poll_still_speaks():
    # no poll, survey or report around it: 'most residents' are the ones who said it
    text = "Most residents of Thornwick said the new ferry timetable suited them."
    assert speakers(text) == [("the new ferry timetable suited them", "Most residents of Thornwick")]


@pytest.mark.parametrize("text, content, speaker", [
    # a letter and a document are records whoever issued them, as a memo or a notice is: they speak,
    # not the publisher that read them
    ("The Tarn Water Board wrote to the ferry company in May. The letter says the company must repay its "
     "passengers within 30 days.", "the company must repay its passengers within 30 days", "letter"),
    # (the participle that dates the record is no part of its name)
    ("A court document filed Thursday says the mayor of Thornwick will not be charged.",
     "the mayor of Thornwick will not be charged", "court document"),
])
def test_a_letter_or_a_document_is_the_source_of_what_it_says(text, content, speaker):
    assert (content, speaker) in speakers(text)


def test_people_a_clause_tells_sent_a_letter_are_no_record():
    # 'who sent X a letter ...' tells of the people: the letter in the clause names no record source
    text = ("The bid was supported by Ms. Brekke and Mr. Holm, who gave the minister a letter with an offer in which "
            "the port would promise to lower its fees by 2028 if the operator agreed to add sailings.")
    cs = extract_claimset(text, slug="t", **COURIER)  # (the model reads the pledge whose subject this is)
    assert all("letter" not in s["name"] for s in cs["speakers"])
