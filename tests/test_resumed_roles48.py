"""A person the text named, resumed later by the title alone ('the minister said'), is that person, on the
record; a description of a post met before the name ('Ontario's transport minister says C' in a lead, the name
in the body) is the person the body names with the post; an unnamed source resumed by its head noun is one
source (issue 13, the speaker's identity; issue 12, sources counted once). Each case is a short text written for
this test with invented names; the ambiguous ones (two holders of a title, a post another holds, two of three
people named) stay unresolved. A definite count of titled people ('the two ministers') after a sentence naming that
many people with titles is those people, speaking together on the record. One mention read for two frames
names one source."""

from __future__ import annotations

import pytest

from provenance.extract.document import _People, extract_claimset
from provenance.extract.lexicon import lexicon


def _said(text: str) -> dict[str, tuple[str | None, bool | None]]:
    """Each attributed claim's text -> (its speaker's name, whether the speaker is anonymous)."""
    cs = extract_claimset(text, slug="t", use_model=False)
    by_id = {s["id"]: s for s in cs["speakers"]}
    return {c["text"]: ((by_id.get(c["speaker"]) or {}).get("name"), (by_id.get(c["speaker"]) or {}).get("anonymous"))
            for c in cs["claims"] if c["form"] != "unattributed"}


APPOSITIVE = ("The Minister of Fisheries and Inland Waters, Dr Ilse Marrow Tande, who toured the Wenlo hatchery on "
              "Monday, urged growers to report dead stock.\n\n"
              "Asked whether the feed was to blame, the minister said it was too early to tell.")
TWO_APPOSITIVES = ("The Minister of Fisheries, Dr Ilse Tande, and the Minister of Finance, Dr Oren Vasko, toured the "
                   "Wenlo hatchery on Monday.\n\n"
                   "Asked about the cost, the minister said the budget would hold.")
REGION_LEAD = ("Ontario's transport minister says the Wenlo bridge will reopen before winter.\n\n"
               "Transport Minister Colleen Varga told reporters at the legislature that both piers had been "
               "repaired.")
OTHER_POST_LEAD = ("Ontario's deputy transport minister says the Wenlo bridge will reopen before winter.\n\n"
                   "Transport Minister Colleen Varga told reporters at the legislature that both piers had been "
                   "repaired.")
COUNTED = ("Fisheries Minister Ilse Tande met her Marrish counterpart, Trade Minister Oren Vasko, in Wenlo on Monday.\n\n"
           "During the meeting, the two ministers agreed that the quota talks would resume in March, the ministry said.")
COUNTED_THREE = ("Fisheries Minister Ilse Tande, Trade Minister Oren Vasko and Ports Minister Dessa Prane met in Wenlo on Monday.\n\n"
                 "During the meeting, the two ministers agreed that the quota talks would resume in March.")
UNNAMED = ("A senior official at the port authority, speaking on condition of anonymity, said the dredger had been "
           "idle for a month.\n\n"
           "The official added that the contract would be tendered again in June.")


@pytest.mark.parametrize("text, claim, speaker", [
    # the title's portfolio, then a comma and the holder's name with her honorific: the holder is the name
    (APPOSITIVE, "it was too early to tell", ("Ilse Marrow Tande", False)),
    # two holders so named: 'the minister' is neither of them
    (TWO_APPOSITIVES, "the budget would hold", ("minister", True)),
    # a region the post is held in (one the place list knows), said in the lead and not in the body's title,
    # is no other post
    (REGION_LEAD, "the Wenlo bridge will reopen before winter", ("Colleen Varga", False)),
    (REGION_LEAD, "both piers had been repaired", ("Colleen Varga", False)),
    # a deputy's post is another post than the minister's
    (OTHER_POST_LEAD, "the Wenlo bridge will reopen before winter", ("Ontario's deputy transport minister", True)),
    # 'the two ministers' after a sentence naming two people with their titles: those two, on the record
    (COUNTED, "the quota talks would resume in March", ("Ilse Tande and Oren Vasko", False)),
    # three people named: which two is not said
    (COUNTED_THREE, "the quota talks would resume in March", ("two ministers", True)),
    # an unnamed source resumed by its head noun is the same source
    (UNNAMED, "the contract would be tendered again in June", ("senior official at the port authority", True)),
    (UNNAMED, "the dredger had been idle for a month", ("senior official at the port authority", True)),
])
def test_a_resumed_title_or_description_is_the_one_it_resumes(text, claim, speaker):
    assert _said(text)[claim] == speaker


def test_the_appositive_names_the_holder_only_when_one_person_holds_the_title():
    assert _People(APPOSITIVE, lexicon()).holder("minister") == "Dr Ilse Marrow Tande"
    assert _People(TWO_APPOSITIVES, lexicon()).holder("minister") is None


def test_an_unnamed_source_resumed_is_one_speaker_of_the_document():
    cs = extract_claimset(UNNAMED, slug="t", use_model=False)
    assert [s["name"] for s in cs["speakers"] if s["anonymous"]] == ["senior official at the port authority"]


READ_TWICE = ("The Wenlo library closed its east wing on Tuesday after a pipe burst under the reading room.\n\n"
              "A spokeswoman for the county's library service in Wenlo declined to name the contractor, "
              "saying that the insurer's surveyor had yet to visit.")


def test_one_mention_read_for_two_frames_is_one_source():
    """The participle's frame reads the mention cut short ('A spokeswoman'), the attribution model's frame for
    'declined' reads it whole: one unnamed source, under the whole mention."""
    cs = extract_claimset(READ_TWICE, slug="t")
    assert [s["name"] for s in cs["speakers"] if s["anonymous"]] == ["spokeswoman for the county's library service in Wenlo"]
    assert len({c["speaker"] for c in cs["claims"] if c["form"] != "unattributed"}) == 1
