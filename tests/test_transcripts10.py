"""Voices inside broadcast transcripts, each transcript written for this test (invented people, places,
bodies and outlets): a correspondent whom the presenter hands over to by where they are posted ('Our
correspondent in Tarnmouth, Lena Vikström, has been to the harbour'), or who signs off for the broadcaster
('For Tarn Radio, Lena Vikström, Tarnmouth.'), reports: their turn is read as prose, so what a source
says or told the broadcaster inside it is that source's, not the correspondent's. A label whose name
is written in capitals beyond A-Z ('ÅSE NORDBØ (translated from Norwegian):') is that speaker's turn;
a label naming its speaker by their work alone ('NURSE (translated from French):') is an unnamed nurse's,
never the last speaker named."""

from __future__ import annotations

import pytest

from provenance.extract.document import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.segment import blocks
from provenance.extract.transcript import label_key, read_transcript, speaker_label

# a radio report: a presenter hands over to a correspondent posted somewhere, who relays sources
RADIO = """Tarnmouth: fishermen count the cost of the algae bloom

Transcript of a report broadcast on Tarn Radio's evening programme. Interviews in Norwegian were translated by Tarn Radio.

PRESENTER: Fishing boats in Tarnmouth have stayed in port for a second week because of a toxic algae bloom. Our correspondent in the north, Lena Vikström, has been to the harbour.

LENA VIKSTRÖM: On the quay, nets hang drying that have not been used since the first of the month.

ÅSE NORDBØ (translated from Norwegian): We lost half of our nets to the slime in one night. My brother says the bloom is bigger than the one in 2019.

LENA VIKSTRÖM: The fisheries directorate says the bloom covers 40 square kilometres. A directorate spokeswoman, Ida Brenner, told Tarn Radio that the ban on landing shellfish would stay until the tests were clean. A nurse at the harbour clinic, who asked us not to give her name, said four fishermen had been treated for skin burns.

NURSE (translated from Norwegian): We have treated burns on the hands and arms, nothing worse so far.

LENA VIKSTRÖM: The regional veterinary officer told me the fish themselves are safe to eat.
"""

# a report whose correspondent no one introduces, and who signs off for the broadcaster at the end
SIGNED = """Flooding closes the valley road

PRESENTER: The valley road has been closed for a third day.

JONAS BERGKVIST: The county roads office says the road will reopen on Friday. A farmer on the valley floor said the water had reached his barn.

PETRA HOLM: We have been cut off since Monday and nobody has come.

JONAS BERGKVIST: The county council told Valley FM it would send a boat on Thursday. For Valley FM, Jonas Bergkvist, Ossdal.
"""


def _claims(text: str, outlet: str) -> list[tuple[str, str | None, bool | None]]:
    cs = extract_claimset(text, slug="t", use_model=False, outlet=outlet)
    speakers = {s["id"]: s for s in cs["speakers"]}
    out = []
    for c in cs["claims"]:
        sp = speakers.get(c["speaker"]) or {}
        out.append((c["text"], sp.get("name"), sp.get("anonymous")))
    return out


def _speaker_of(claims: list[tuple[str, str | None, bool | None]], words: str) -> tuple[str | None, bool | None]:
    """The speaker of the first claim (in the text's order) whose content holds `words`."""
    found = [(name, anonymous) for text, name, anonymous in claims if words in text]
    assert found, f"no claim holds {words!r}: {claims}"
    return found[0]


@pytest.mark.parametrize("words, speaker, anonymous", [
    ("the bloom covers 40 square kilometres", "fisheries directorate", False),
    ("the ban on landing shellfish would stay", "Ida Brenner", False),
    ("four fishermen had been treated for skin burns", "nurse at the harbour clinic", True),
    ("the fish themselves are safe to eat", "regional veterinary officer", True),
])
def test_a_posted_correspondents_turn_gives_what_each_source_says_to_that_source(words, speaker, anonymous):
    """'Our correspondent in the north, Lena Vikström, has been to the harbour': she reports for the
    broadcaster, and 'The fisheries directorate says C' in her turn is the directorate's C."""
    name, anon = _speaker_of(_claims(RADIO, "Tarn Radio"), words)
    assert (name, anon) == (speaker, anonymous)


def test_a_posted_correspondent_is_the_broadcasters_reporter():
    text = RADIO
    transcript = read_transcript(text, blocks(text), lexicon(), "Tarn Radio")
    assert label_key("Lena Vikström") in transcript.hosts
    assert label_key("Åse Nordbø") not in transcript.hosts


def test_a_correspondents_own_description_is_the_broadcasters():
    name, _ = _speaker_of(_claims(RADIO, "Tarn Radio"), "nets hang drying")
    assert name == "Tarn Radio"


@pytest.mark.parametrize("label, name", [
    ("ÅSE NORDBØ (translated from Norwegian): We lost half our nets.", "ÅSE NORDBØ"),
    ("ÉLODIE MARCHAND: The school stays shut.", "ÉLODIE MARCHAND"),
    ("ZBIGNIEW ŁUKASZEWICZ, MAYOR OF OSSDAL: We will rebuild.", "ZBIGNIEW ŁUKASZEWICZ"),
])
def test_a_label_in_capitals_beyond_a_to_z_names_its_speaker(label, name):
    found = speaker_label(label, 0, len(label), lexicon())
    assert found is not None and label[found.name[0]:found.name[1]] == name


def test_a_guest_whose_name_has_capitals_beyond_a_to_z_speaks_her_own_turn():
    name, anonymous = _speaker_of(_claims(RADIO, "Tarn Radio"), "We lost half of our nets")
    assert (name, anonymous) == ("Åse Nordbø", False)


def test_a_label_naming_the_speaker_by_their_work_is_an_unnamed_speaker_of_that_work():
    """'NURSE (translated from Norwegian):' is a nurse speaking, unnamed, never the correspondent named
    last before her turn."""
    name, anonymous = _speaker_of(_claims(RADIO, "Tarn Radio"), "We have treated burns on the hands")
    assert anonymous is True and name is not None and "nurse" in name


def test_a_work_label_the_text_writes_as_a_surname_stays_a_name():
    """'BAKER:' where the text writes 'Ms Baker said' is Ms Baker's label, not 'the baker'."""
    text = ("Ms Baker said the bakery would close.\n\nHOST: What happens next?\n\n"
            "BAKER: We will close the bakery on Friday.\n")
    transcript = read_transcript(text, blocks(text), lexicon(), "Tarn Radio")
    at = next(i for i, lab in transcript.labels.items() if text[lab.name[0]:lab.name[1]] == "BAKER")
    assert transcript.speaker_words(text, at) == "BAKER"


@pytest.mark.parametrize("words, speaker", [
    ("the road will reopen on Friday", "county roads office"),
    ("it would send a boat on Thursday", "county council"),
])
def test_a_correspondent_who_signs_off_for_the_broadcaster_reports(words, speaker):
    """'For Valley FM, Jonas Bergkvist, Ossdal.' closes a reporter's report: his turns are the
    broadcaster's reporting, and the sources he relays speak in them."""
    name, _ = _speaker_of(_claims(SIGNED, "Valley FM"), words)
    assert name == speaker


def test_a_guest_who_names_no_broadcaster_in_a_sign_off_is_no_reporter():
    transcript = read_transcript(SIGNED, blocks(SIGNED), lexicon(), "Valley FM")
    assert "bergkvist" in transcript.hosts and "holm" not in transcript.hosts
