"""Press-conference and broadcast transcripts in the label styles the batches and wire copy use, each
written for this test (invented people, places, bodies and outlets): 'NAME, ROLE, BODY:' (the role and
the body are the speaker's role and affiliation, never the name), 'QUESTION (JOURNALIST, OUTLET):' (the
journalist asks; a question states nothing, a relay in it is the relayed source's), 'QUESTION:' and
'QUESTION (OUTLET):' (an unnamed journalist), 'UNIDENTIFIED MALE:' (an anonymous speaker), a name
addressed in a turn (never its speaker), a turn running on over unlabelled paragraphs until the next
label, and a wire dateline with a colon ('TARNMOUTH:', 'TARNMOUTH (Jan 4):'), which is no label."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.extract.document import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.segment import blocks
from provenance.extract.transcript import read_transcript, speaker_label

# a water company's press conference, transcribed by a regional broadcaster
PRESSER = """TRANSCRIPT: Tarn Water on the Ossel reservoir leak

Tarn Water spoke to reporters in Ossel on Monday about the leak. Its answers follow, lightly edited; the questions are from reporters present.

IVO DRANSFIELD, CHIEF ENGINEER, TARN WATER: Good morning. On Saturday night a seal on the north outlet of the Ossel reservoir failed. About four million litres escaped before the valve was closed.

We have lowered the water level by two metres as a precaution. No homes were flooded.

QUESTION (MIRA HOLTBY, TARN COURIER): The Ossel Gazette reports that the seal was due for replacement in 2024. Is that right?

IVO DRANSFIELD: That report is wrong. The seal was inspected in March and passed.

QUESTION: How many customers lost supply?

PETRA VANCE, HEAD OF OPERATIONS, TARN WATER: Around 3,100 households were without water for six hours.

QUESTION (VALLEY FM): Your share price fell nine per cent this morning. Will anyone resign?

PETRA VANCE: Nobody is going to resign over a seal that passed its inspection. Thank you.

The Environment Agency said on Monday evening it had opened an investigation.
"""


def _by_text(claims: list[dict], words: str) -> list[dict]:
    return [c for c in claims if words in c["text"]]


def _speakers(text: str, outlet: str = "Tarn Radio") -> dict[str, dict]:
    cs = extract_claimset(text, slug="t", use_model=False, outlet=outlet)
    return {s["id"]: s for s in cs["speakers"]}, cs["claims"]


@pytest.mark.parametrize("words, name, role, affiliation", [
    ("a seal on the north outlet of the Ossel reservoir failed", "Ivo Dransfield", "chief engineer", "Tarn Water"),
    ("About four million litres escaped", "Ivo Dransfield", "chief engineer", "Tarn Water"),
    ("Around 3,100 households were without water", "Petra Vance", "head of operations", "Tarn Water"),
])
def test_a_label_with_role_and_body_names_the_speaker_whose_role_and_affiliation_they_are(
        words, name, role, affiliation):
    """'IVO DRANSFIELD, CHIEF ENGINEER, TARN WATER:' is Ivo Dransfield's turn, not the broadcaster's
    prose: the role after the first comma is his role, the body after the second his affiliation."""
    speakers, claims = _speakers(PRESSER)
    found = [c for c in claims if words in c["text"]]
    assert found, claims
    who = speakers[found[0]["speaker"]]
    assert (who["name"], who["role"], who["affiliation"], who["anonymous"]) == (name, role, affiliation, False)


def test_a_turn_runs_on_until_the_next_label_and_the_writer_speaks_after_the_last():
    """The unlabelled paragraph after the engineer's label is still his turn ('We have lowered the
    water level'); the paragraph after the last turn, in the third person, is the broadcaster's."""
    claims = ruled_claims(PRESSER, outlet="Tarn Radio")
    assert [c["speaker_name"] for c in _by_text(claims, "We have lowered the water level")] == ["Ivo Dransfield"]
    assert [c["speaker_name"] for c in _by_text(claims, "No homes were flooded")] == ["Ivo Dransfield"]
    agency = _by_text(claims, "it had opened an investigation")
    assert [c["speaker_name"] for c in agency] == ["Environment Agency"], agency


def test_a_question_label_names_the_journalist_and_a_question_states_nothing():
    """'QUESTION (MIRA HOLTBY, TARN COURIER):' - the journalist asks, of the Courier; her 'Is that
    right?' and the unnamed reporters' questions are no claims; what she relays ('The Ossel Gazette
    reports that C') is the Gazette's claim, not hers; the speaker a question label names is never
    a speaker called 'Question'."""
    speakers, claims = _speakers(PRESSER)
    names = {s["name"].lower() for s in speakers.values()}
    assert "question" not in names, names
    assert not [c for c in claims if c["text"].rstrip().endswith("?")], claims
    relayed = [c for c in claims if "the seal was due for replacement" in c["text"]]
    assert [speakers[c["speaker"]]["name"] for c in relayed if c["stance"] == "asserts"] == ["Ossel Gazette"], relayed
    holtby = [s for s in speakers.values() if s["name"] == "Mira Holtby"]
    assert [(s["role"], s["affiliation"], s["anonymous"]) for s in holtby] in ([], [("journalist", "Tarn Courier", False)])


def test_an_assertion_in_a_question_is_the_journalists_and_an_unnamed_one_is_anonymous():
    """'QUESTION (VALLEY FM): Your share price fell nine per cent this morning. Will anyone resign?':
    the statement is an unnamed journalist's, of Valley FM; the question is none."""
    speakers, claims = _speakers(PRESSER)
    fell = [c for c in claims if "Your share price fell" in c["text"]]
    assert len(fell) == 1, claims
    who = speakers[fell[0]["speaker"]]
    assert (who["anonymous"], who["role"], who["affiliation"]) == (True, "journalist", "Valley FM"), who


# a radio phone-in with voices the transcriber could not name, and a name said to a guest
PHONE_IN = """Ferry cuts: Harrow Sound Radio phone-in

JONAH PELLOW, PRESENTER: The island ferry will run twice a day from March. Selma Okonedo of the Islanders Association is with us.

SELMA OKONEDO, CHAIR, ISLANDERS ASSOCIATION: Jonah, the ferry is the only way to the hospital for four hundred people.

UNIDENTIFIED MALE: The morning boat was cancelled nine times in January.

UNIDENTIFIED SPEAKER: Nobody from the council has answered our letters.

JONAH PELLOW: Thank you, Selma. We will be back after the news.
"""


def test_an_unidentified_label_is_an_anonymous_speaker():
    """'UNIDENTIFIED MALE:' names no one: an anonymous man, not a person called 'Unidentified Male'
    (nor one of the Maldives, whose capital is Male)."""
    speakers, claims = _speakers(PHONE_IN, outlet="Harrow Sound Radio")
    for words in ("The morning boat was cancelled", "Nobody from the council has answered"):
        found = [c for c in claims if words in c["text"]]
        assert len(found) == 1, claims
        who = speakers[found[0]["speaker"]]
        assert who["anonymous"] and who["affiliation"] is None and who["name"].startswith("unidentified"), who


def test_a_name_addressed_in_a_turn_is_never_its_speaker():
    """'Jonah, the ferry is ...' is Selma Okonedo's, said to the presenter; 'Thank you, Selma.' is
    no claim of anyone's."""
    speakers, claims = _speakers(PHONE_IN, outlet="Harrow Sound Radio")
    ferry = [c for c in claims if "the only way to the hospital" in c["text"]]
    assert [speakers[c["speaker"]]["name"] for c in ferry] == ["Selma Okonedo"], ferry
    assert ferry[0]["text"].startswith("the ferry"), ferry
    assert speakers[ferry[0]["speaker"]]["affiliation"] == "Islanders Association"
    assert not {"Jonah", "Selma", "Jonah Pellow"} & {s["name"] for s in speakers.values()
                                                    if any(c["speaker"] == s["id"] for c in claims)}


@pytest.mark.parametrize("text, place", [
    ("Port of Tarnmouth reopens\n\nBy Ana Lisk\n\nTARNMOUTH: The port reopened on Monday after a week-long "
     "strike, the harbour board said.\n\nShips queued outside the breakwater overnight.\n", "TARNMOUTH"),
    ("Port of Tarnmouth reopens\n\nBy Ana Lisk\n\nTARNMOUTH (Jan 4): The port reopened on Monday after a "
     "week-long strike, the harbour board said.\n\nShips queued outside the breakwater overnight.\n", "TARNMOUTH"),
])
def test_a_dateline_with_a_colon_is_no_label(text, place):
    """A wire copy's 'TARNMOUTH:' or 'TARNMOUTH (Jan 4):' opening its first paragraph is where it was
    filed, not a speaker: the sentence is the harbour board's, and no speaker is the place."""
    transcript = read_transcript(text, blocks(text), lexicon())
    assert transcript.labels == {} and list(transcript.datelines) == [2], transcript
    speakers, claims = _speakers(text, outlet="Wirecopy")
    reopened = [c for c in claims if "The port reopened" in c["text"]]
    assert [speakers[c["speaker"]]["name"] for c in reopened] == ["harbour board"], reopened
    assert reopened[0]["text"].startswith("The port"), reopened
    assert place.lower() not in {s["name"].lower() for s in speakers.values()}


def test_a_one_speaker_label_later_in_the_copy_is_still_a_label():
    """Only the copy's opening paragraph holds a dateline: 'MAYOR LISK:' further down, with a
    speaker's words after it, is not one."""
    text = ("Council budget\n\nThe council met on Monday to agree its budget for the year ahead, and the meeting "
            "ran late into the evening.\n\nMAYOR LISK: We will not raise the rates this year.\n")
    transcript = read_transcript(text, blocks(text), lexicon())
    assert list(transcript.labels) == [2] and transcript.datelines == {}


@pytest.mark.parametrize("line, name, role, org, question", [
    ("ANA COSTA: We have ordered new pumps.", "ANA COSTA", None, None, False),
    ("ANA COSTA (HARBOUR MASTER): We have ordered new pumps.", "ANA COSTA", "harbour master", None, False),
    ("ANA COSTA, HARBOUR MASTER: We have ordered new pumps.", "ANA COSTA", "harbour master", None, False),
    ("ANA COSTA, HARBOUR MASTER, KETTLEBY PORT: We have ordered new pumps.", "ANA COSTA", "harbour master",
     "Kettleby Port", False),
    ("Ana Costa, harbour master, Kettleby Port: We have ordered new pumps.", "Ana Costa", "harbour master",
     "Kettleby Port", False),
    ("HOST: We have ordered new pumps.", "HOST", None, None, False),
    ("REPORTER (ANA COSTA): We have ordered new pumps.", "ANA COSTA", "reporter", None, False),
    ("QUESTION: We have ordered new pumps.", "QUESTION", None, None, True),
    ("QUESTION (ANA COSTA, KETTLEBY POST): We have ordered new pumps.", "ANA COSTA", None, "Kettleby Post", True),
    ("QUESTION (ANA COSTA): We have ordered new pumps.", "ANA COSTA", None, None, True),
    ("QUESTION (KETTLEBY POST): We have ordered new pumps.", "QUESTION", None, "Kettleby Post", True),
    ("QUESTION (KETTLEBY POST, TARNMOUTH): We have ordered new pumps.", "QUESTION", None, "Kettleby Post, Tarnmouth",
     True),
    ("Question (Ana Costa, Kettleby Post): We have ordered new pumps.", "Ana Costa", None, "Kettleby Post", True),
    ("[ANA COSTA] We have ordered new pumps.", "ANA COSTA", None, None, False),
    ("[00:12:31] ANA COSTA, HARBOUR MASTER: We have ordered new pumps.", "ANA COSTA", "harbour master", None, False),
    ("UNIDENTIFIED MALE: We have ordered new pumps.", "UNIDENTIFIED MALE", None, None, False),
])
def test_label_formats(line, name, role, org, question):
    """The name, role, body and question mark of a label in each style the batches use; a body's name
    in capitals after the role reads as a name ('Kettleby Port')."""
    text = line + "\n\nShe works at Kettleby Port, and the Kettleby Post asked her."
    label = speaker_label(text, 0, len(line), lexicon())
    assert label is not None and text[label.name[0]:label.name[1]] == name
    assert (label.role_words(text), label.org_words(text), label.question) == (role, org, question)
    assert text[label.words:len(line)] == "We have ordered new pumps."


# a blog quoting an exchange from a television interview, with its own comment between the turns
QUOTED_EXCHANGE = """Candidate dodges the debate question

A week before the primary, the Lisk campaign said it would not take part in another debate.

MARTA QUILL: Why not debate again?

OREN BALE: We have debated four times. The voters know where we stand.

That is a strange answer from a campaign that once asked for weekly debates.

QUILL: Will the senator change her mind?

BALE: No.
"""

# an opinion piece whose sections open with a candidate's name and the idea it weighs, in the case of names
SECTIONS = """Ideas the losing candidates left behind

Jonas Perrin: Free ferries Perrin wanted the island ferries to be free for residents.

It would cost the county about four million a year, a fraction of the road budget.

Anna Holtby: Quiet hours Holtby proposed a ban on night flights over the estuary.

Airlines would object, though several airports already live with such a ban.
"""


def test_a_writers_paragraph_between_turns_is_no_part_of_the_turn_before():
    """A paragraph after a turn, in the third person, is the writer's comment ('That is a strange
    answer ...'), not the speaker's; a paragraph speaking as 'we' carries the turn on (see PRESSER)."""
    transcript = read_transcript(QUOTED_EXCHANGE, blocks(QUOTED_EXCHANGE), lexicon())
    assert sorted(transcript.labels) == [2, 3, 5, 6] and transcript.turns == {}, transcript
    transcript = read_transcript(PRESSER, blocks(PRESSER), lexicon())
    assert transcript.turns == {3: 2}, transcript.turns


def test_sections_headed_by_a_name_in_its_own_case_carry_no_turn_on():
    """'Jonas Perrin: Free ferries ...' heads a section; the writer's paragraphs after it are not
    Perrin's words."""
    transcript = read_transcript(SECTIONS, blocks(SECTIONS), lexicon())
    assert sorted(transcript.labels) == [1, 3] and transcript.turns == {}, transcript
