"""A party's statement the publisher's own sentence must not swallow (issue 13): a subject whose head noun a
participle's phrase follows before the cue. The agent of 'contacted by', 'polled by', 'interviewed by' only says
who reached the people before it, who speak (records keep their agent: 'documents seen by X show C' is X's);
a participle that says where, set off by commas ('Acme, based in Tarnby, said'), is an aside like 'at a
briefing'; and a plural in -men of a trade ('fishermen') names people as its singular does. Every sentence is
written for this test: invented people, bodies and outlets."""

from __future__ import annotations

import pytest
from test_extract import claims_of

from provenance.extract.attribution import parse_sentence
from provenance.extract.segment import blocks, sentences, tokenize

WREN = {"outlet": "The Tamber Wren"}


def attributed(text: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of every claim some source makes; the publisher's own sentences left out."""
    return [(c["speaker_name"], c["text"]) for c in claims_of(text, **WREN) if c["form"] != "unattributed"]


def frame_speakers(text: str) -> list[str | None]:
    """The words naming the speaker of each frame the parser finds, in text order."""
    out = []
    for n, block in enumerate(blocks(text)):
        for sentence in sentences(text, block, n):
            for frame in parse_sentence(text, sentence, tokenize(text, sentence)):
                out.append(text[frame.speaker[0]:frame.speaker[1]] if frame.speaker else None)
    return out


@pytest.mark.parametrize("text, speaker", [
    ("Grain traders contacted by the Velm Courier said the ruling had made banks wary.",
     "Grain traders contacted by the Velm Courier"),
    ("Two nurses interviewed by reporters said the ward had been closed for a week.",
     "Two nurses interviewed by reporters"),
    ("Farmers surveyed by the Tamber Wren last week said the price of feed had doubled.",
     "Farmers surveyed by the Tamber Wren"),
])
def test_the_people_a_participle_agent_reached_speak(text, speaker):
    assert frame_speakers(text)[0] == speaker


@pytest.mark.parametrize("text, agent", [
    ("Documents seen by the Velm Courier show that the managers signed the letters in March.", "the Velm Courier"),
    ("The mill broke the rules for a year, emails obtained by the Velm Courier show.", "the Velm Courier"),
])
def test_records_keep_their_agent(text, agent):
    assert frame_speakers(text) == [agent]


@pytest.mark.parametrize("text, speaker", [
    ("The manufacturer, Orrin Pharma Works (OPW), based in Kellby, said in a statement that the batch had "
     "passed every test.", "Orrin Pharma Works"),
    ("The manufacturer, Orrin Pharma Works, based in Kellby, said that the batch had passed every test.",
     "Orrin Pharma Works"),
    ("Orrin Pharma Works, based in Kellby, said that the batch had passed every test.", "Orrin Pharma Works"),
    ("The Velm collective, headquartered near the border, said that the river had been dredged twice.",
     "Velm collective"),
])
def test_a_participle_saying_where_is_an_aside(text, speaker):
    assert [s for s, _ in attributed(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Fishermen at the meeting said that about 300 boats use the harbour.", "Fishermen at the meeting"),
    ("Crewmen on the ferry said the alarm never sounded.", "Crewmen on the ferry"),
])
def test_a_trade_plural_in_men_heads_the_subject(text, speaker):
    assert frame_speakers(text) == [speaker]
