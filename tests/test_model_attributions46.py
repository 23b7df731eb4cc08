"""A publisher's statement that is a claim the model added, whole, in the order of a plain report (the speaker's
words opening it, the cue just after them, the content after the cue and to the statement's end) is that claim's
speaker's, not the publisher's too: 'NAME, a long description with commas, said C' when the rules could not read
the description. A cue of a stance, a denial, a topic ('reported on') or a negated cue ('do not mention') leaves
the statement the publisher's report of an act (issue 13). Every name and sentence is invented for this test."""

from __future__ import annotations

from types import SimpleNamespace as Claim

import pytest

from provenance.extract import extract_claimset
from provenance.extract.combine import without_replaced

OWN = Claim(form="unattributed", start=0, end=100)


def _added(cue: str | None, who=(0, 60), cue_at=(62, 66), start=67, end=100) -> Claim:
    """A claim the model added whose content is a third of the statement: under the half that replaces it anyway."""
    return Claim(form="indirect", start=start, end=end, cue=cue, speaker_span=who, cue_span=cue_at)


@pytest.mark.parametrize("cue", ["said", "has also said", "told"])
def test_a_plain_report_whole_is_its_speakers_statement(cue):
    assert without_replaced([OWN], [_added(cue)]) == []


@pytest.mark.parametrize("cue", ["rejected", "do not mention", "first reported on", "declined to comment on", None])
def test_a_stance_a_negation_or_a_topic_leaves_the_publishers_statement(cue):
    assert without_replaced([OWN], [_added(cue)]) == [OWN]


@pytest.mark.parametrize("added", [
    _added("said", who=(12, 60)),            # the speaker's words do not open the statement ('Overnight, X said')
    _added("said", cue_at=(80, 84), start=85),  # a clause between the speaker and the cue
    _added("said", end=90),                  # the statement goes on after the content
])
def test_a_report_that_is_not_the_whole_statement_leaves_it(added):
    assert without_replaced([OWN], [added]) == [OWN]


def test_a_claim_that_is_the_publishers_own_leaves_its_statement():
    publisher = object()
    own = Claim(form="unattributed", start=0, end=100, speaker=publisher)
    added = _added("said")
    added.speaker = publisher
    assert without_replaced([own], [added]) == [own]


def test_a_name_with_a_listed_committee_before_its_cue_is_one_claim():
    text = ("The dam was finished in May. Dame Ana Lind, Labour MP for Kelby North and chair of the Roads, Rail and "
            "Ports Committee, said she would write to the board to ask how long it had known about the cracks.")
    cs = extract_claimset(text, slug="t")
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    assert [(names[c["speaker"]], c["text"]) for c in cs["claims"] if "board" in c["text"]] == [
        ("Ana Lind", "she would write to the board to ask how long it had known about the cracks")]


def test_a_paper_that_reported_on_a_topic_keeps_the_publishers_statement():
    text = "The dam was finished in May. The regional paper the Kelby Courier first reported on the cracks on Tuesday."
    claims = extract_claimset(text, slug="t")["claims"]
    assert [c["form"] for c in claims if c["text"].startswith("The regional paper")] == ["unattributed"]
