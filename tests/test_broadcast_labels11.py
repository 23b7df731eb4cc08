"""Broadcast scripts in the label styles of television and radio news, each written for this test
(invented people, places and broadcasters): a reporter's turns labelled 'REPORTER:' or
'CORRESPONDENT:' (or '[Reporter]' on a line of its own) are the broadcaster's reporting, read as prose:
'The ministry says C' is the ministry's, what the reporter states alone is the broadcaster's, and no
claim is the speaker 'reporter''s. A soundbite's label after its mark ('[Soundbite] Ana Costa, nurse:',
'SOT ANA COSTA, NURSE:') makes the words after it that person's, the words after the comma their role."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.extract.document import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.transcript import speaker_label

# a radio report whose only labels are the reporter's
RADIO = """Ferries return to Tarnmouth after the storm

REPORTER: The port of Tarnmouth reopened on Monday morning. The harbour authority says the storm wall held through the night. Two ferries were still moored at the east quay at noon.

REPORTER: Dockers say three of the cranes were damaged by the wind.
"""

# a television script: an anchor's lead, a correspondent's package, soundbites in capitals after 'SOT'
TV_CAPS = """Hospital in Vellmar closes its night clinic

ANCHOR: The regional hospital in Vellmar will close its night clinic from January. Our correspondent Oren Falk has the story.

CORRESPONDENT: The night clinic treated about forty patients a week. The health board says it cannot find enough doctors to staff it. The clinic's waiting room was empty on Tuesday evening.

SOT MIRELA DAWES, NIGHT NURSE: We were told on Friday. Nobody asked us what the patients would do.

CORRESPONDENT: The board will review the decision in the spring.
"""

# a script with its marks in brackets: a lead, the reporter on a line of his own, soundbites in the case of names
TV_BRACKETS = """Quarry blast rattles Hollin Vale

[Anchor Lead]

A blast at the Hollin Vale quarry cracked windows in two streets on Wednesday. The operator has halted work at the site.

[Reporter]

Residents of Fenwick Row were sweeping up glass on Thursday. The county's mining inspector says the charge was twice the permitted size.

[Soundbite] Ines Marlow, Fenwick Row resident: "The whole house jumped. My daughter was asleep by the window."

[Soundbite] Quarry worker (voice altered): "We were told to use the big charges to catch up."
"""


def _by_text(claims: list[dict], words: str) -> list[dict]:
    return [c for c in claims if words in c["text"]]


@pytest.mark.parametrize("script", [RADIO, TV_CAPS, TV_BRACKETS])
def test_no_claim_is_the_reporter_s(script):
    assert not [c for c in ruled_claims(script) if (c["speaker_name"] or "").lower() in ("reporter", "correspondent")]


@pytest.mark.parametrize("script, source, words", [
    (RADIO, "harbour authority", "the storm wall held through the night"),
    (RADIO, "Dockers", "three of the cranes were damaged"),
    (TV_CAPS, "health board", "it cannot find enough doctors"),
    (TV_BRACKETS, "mining inspector", "the charge was twice the permitted size"),
])
def test_a_source_in_a_reporter_s_turn_speaks_for_itself(script, source, words):
    found = _by_text(ruled_claims(script), words)
    assert found and all(source.lower() in (c["speaker_name"] or "").lower() for c in found)


@pytest.mark.parametrize("script, words", [
    (RADIO, "Two ferries were still moored"),
    (TV_CAPS, "The clinic's waiting room was empty"),
    (TV_BRACKETS, "Residents of Fenwick Row were sweeping up glass"),
])
def test_what_the_reporter_states_alone_is_the_broadcaster_s(script, words):
    found = _by_text(ruled_claims(script, outlet="Tarn Radio"), words)
    assert found and all(c["speaker_name"] == "Tarn Radio" for c in found)


@pytest.mark.parametrize("script, name, words", [
    (TV_CAPS, "Mirela Dawes", "Nobody asked us what the patients would do"),
    (TV_BRACKETS, "Ines Marlow", "The whole house jumped"),
])
def test_a_soundbite_is_its_speaker_s(script, name, words):
    found = _by_text(ruled_claims(script), words)
    assert found and all(name.lower() == (c["speaker_name"] or "").lower() for c in found)


def test_an_unnamed_soundbite_is_anonymous():
    cs = extract_claimset(TV_BRACKETS, slug="t", use_model=False, outlet="Tarn Radio")
    speakers = {s["id"]: s for s in cs["speakers"]}
    found = [speakers[c["speaker"]] for c in cs["claims"] if "use the big charges" in c["text"]]
    assert found and all(s["anonymous"] and "quarry worker" in s["name"].lower() for s in found)


@pytest.mark.parametrize("line, name, role", [
    ('[Soundbite] Ines Marlow, Fenwick Row resident: "The house jumped."', "Ines Marlow", "Fenwick Row resident"),
    ("SOT MIRELA DAWES, NIGHT NURSE: We were told on Friday.", "MIRELA DAWES", "NIGHT NURSE"),
    ("(Sound bite) Oren Falk: It was quiet.", "Oren Falk", None),
    ("[SOT] Quarry worker (voice altered): We were told.", "Quarry worker", None),
])
def test_a_soundbite_mark_opens_its_speaker_s_label(line, name, role):
    label = speaker_label(line, 0, len(line), lexicon())
    assert label is not None
    assert line[label.name[0]:label.name[1]] == name
    assert (line[label.role[0]:label.role[1]] if label.role else None) == role


@pytest.mark.parametrize("line", ["Soundbite of the week: a minister who forgot his lines.", "[SOUNDBITE]"])
def test_a_soundbite_mark_without_a_speaker_is_no_label(line):
    assert speaker_label(line, 0, len(line), lexicon()) is None


def test_told_an_outlet_then_a_body_s_possessive_opens_the_statement():
    text = ("Quarry owner charged\n\nA spokesman for Hollin Stone told the Courier its crews had stored the "
            "explosives in a locked magazine.\n")
    found = _by_text(ruled_claims(text), "its crews had stored the explosives")
    assert found and all("spokesman" in (c["speaker_name"] or "") for c in found)
