"""Voices inside broadcast transcripts, each transcript written for this test (invented people, places,
bodies and outlets): a correspondent whom the presenter hands over to by where they are posted ('Our
correspondent in Tarnmouth, Lena Vikström, has been to the harbour'), or who signs off for the broadcaster
('For Tarn Radio, Lena Vikström, Tarnmouth.'), reports: their turn is read as prose, so what a source
says or told the broadcaster inside it is that source's, not the correspondent's. A label whose name
is written in capitals beyond A-Z ('ÅSE NORDBØ (translated from Norwegian):') is that speaker's turn;
a label naming its speaker by their work alone ('NURSE (translated from French):') is an unnamed nurse's,
never the last speaker named.

A question-and-answer interview printed without 'Q:' and 'A:' labels (the questions as paragraphs of
their own, ending in '?' or set in bold; the answers speaking as 'I' or 'we'; an introduction saying
who spoke to the outlet, or a headline opening with their name) is the interviewee's in every answer,
never the publisher's; an explainer answering its own questions in the third person stays the
publisher's."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.extract.document import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.segment import blocks
from provenance.extract.transcript import label_key, read_interview, read_transcript, speaker_label

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


# a newspaper interview: bold questions, the interviewee named with her age in the introduction
BOLD_QA = """Harbour pilot: "We warned them about the silt three winters ago"

Marit Solberg, 58, who has guided ships into Tarnmouth harbour for twenty years, spoke to the Tarn Courier on Tuesday about the grounding of the ferry Nordlys. The interview has been edited for length.

**When did you first see the channel silting up?**

In the winter of 2023. I took soundings every morning, and the depth at the second buoy fell by a metre in a month.

**Did you tell the harbour board?**

I wrote to the board twice. The harbour master told me the dredger was booked for the spring.

It never came. We had three near misses that summer.

**What should happen now?**

The channel has to be dredged before the autumn storms, or another ship will ground.

The harbour board said on Wednesday that dredging would begin in October.
"""

# a translated interview: bare question lines, the interviewee named only in the headline
PLAIN_QA = """Ola Brekke: "The school was never told the roof was unsafe"

The head teacher of Ossdal primary school, which has been closed since the roof of its gym collapsed in March, talked to Valley FM's website this week. The interview was translated from Norwegian.

Why did the school stay open after the first cracks appeared?

We asked the county for an engineer in January, and we waited four weeks for him.

How are the pupils being taught now?

In the church hall and in two classrooms lent by the secondary school. It is not ideal, but we are managing.

Three hundred pupils have lost a term of sports. Will the gym reopen?

I hope so. The county has promised a new roof by the summer.

The county council said it had commissioned a structural survey of all its school buildings.
"""

# an explainer: the publisher's questions, answered in the publisher's own words
EXPLAINER = """Ferry grounding: what we know

The ferry Nordlys ran aground at the mouth of Tarnmouth harbour on Monday night. Here is what we know.

What happened?

The ferry hit a sandbank near the second buoy at about 11pm. Nobody was hurt.

Why was the channel so shallow?

Pilots have complained about silt for years. The board says dredging was delayed by a lack of money.

What happens next?

The ferry will be towed to the yard at Ossdal on Thursday.
"""


def _titled(text: str) -> str:
    return text.split("\n", 1)[0]


def _interview_claims(text: str, outlet: str) -> list[tuple[str, str | None, bool | None]]:
    cs = extract_claimset(text, slug="t", use_model=False, outlet=outlet, title=_titled(text))
    speakers = {s["id"]: s for s in cs["speakers"]}
    return [(c["text"], (speakers.get(c["speaker"]) or {}).get("name"), None) for c in cs["claims"]]


@pytest.mark.parametrize("text, outlet, words, speaker", [
    (BOLD_QA, "Tarn Courier", "I took soundings every morning", "Marit Solberg"),
    (BOLD_QA, "Tarn Courier", "In the winter of 2023", "Marit Solberg"),
    (BOLD_QA, "Tarn Courier", "I wrote to the board twice", "Marit Solberg"),
    (BOLD_QA, "Tarn Courier", "We had three near misses that summer", "Marit Solberg"),  # the answer runs on
    (BOLD_QA, "Tarn Courier", "The channel has to be dredged", "Marit Solberg"),
    (BOLD_QA, "Tarn Courier", "the dredger was booked for the spring", "Marit Solberg"),  # her relay
    (BOLD_QA, "Tarn Courier", "dredging would begin in October", "harbour board"),  # prose after the interview
    (PLAIN_QA, "Valley FM", "We asked the county for an engineer", "Ola Brekke"),
    (PLAIN_QA, "Valley FM", "It is not ideal, but we are managing", "Ola Brekke"),
    (PLAIN_QA, "Valley FM", "The county has promised a new roof", "Ola Brekke"),
    (PLAIN_QA, "Valley FM", "Three hundred pupils have lost a term", "Valley FM"),  # the interviewer's statement
    (PLAIN_QA, "Valley FM", "it had commissioned a structural survey", "county council"),
])
def test_an_unlabelled_interviews_answers_are_the_interviewees(text, outlet, words, speaker):
    name, _ = _speaker_of(_interview_claims(text, outlet), words)
    assert name == speaker


def test_the_outlet_an_interviewee_spoke_to_is_never_the_interviewee():
    """'talked to Valley FM's website': the outlet asks; the headline's 'Ola Brekke:' answers."""
    found = read_interview(PLAIN_QA, blocks(PLAIN_QA), lexicon(), _titled(PLAIN_QA))
    assert "Ola Brekke" in found.interviewees and not any("Valley" in name for name in found.interviewees)


@pytest.mark.parametrize("words", ["The ferry hit a sandbank", "Pilots have complained about silt"])
def test_an_explainer_answering_its_own_questions_is_no_interview(words):
    assert read_interview(EXPLAINER, blocks(EXPLAINER), lexicon(), _titled(EXPLAINER)).answers == frozenset()
    name, _ = _speaker_of(_interview_claims(EXPLAINER, "Tarn Courier"), words)
    assert name == "Tarn Courier"


def test_a_labelled_interview_is_left_to_its_labels():
    """'Q:' and 'A:' label the turns: the unlabelled reading stays out of it."""
    text = ("Ana Costa spoke to the Tarn Courier.\n\nQ: Why now?\n\nA: We ran out of time.\n\n"
            "Q: And the board?\n\nA: We told them in May.\n")
    assert read_interview(text, blocks(text), lexicon()).answers == frozenset()


def test_an_interviewee_with_no_office_is_a_private_person():
    """'Asked about Ms Solberg's account': a courtesy title is no office, so the pilot named with her
    age and no title anywhere is a private person, her answers unconfirmed."""
    text = BOLD_QA + "\nAsked about Ms Solberg's account, the harbour board said it had no record of her letters.\n"
    mine = [c for c in ruled_claims(text, "Tarn Courier") if c["speaker_name"] == "Marit Solberg"]
    assert mine and {c["status"] for c in mine} == {"unconfirmed"}

