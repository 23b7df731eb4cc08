"""An outlet told at the start of a statement stays on its later clauses (issue 13): 'told OUTLET that C,
but cautioned against "D"' gives D to the outlet too, the second cue read by the statistical model in the
same sentence as the rules' first (the model's frames are read apart from the rules' claims of the
sentence). Each sentence invented for this test: invented people and places; the outlets are real names
from provenance/data/outlets.json."""

from __future__ import annotations

import pytest

from provenance.extract.document import extract_claimset


def outlets_by_speaker(text: str) -> list[tuple[str | None, str | None]]:
    cs = extract_claimset(text, slug="t", outlet="Kettleby Star")
    speakers = {s["id"]: s["name"] for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    return [(speakers.get(c["speaker"]), outlets.get(c["outlet"])) for c in cs["claims"]]


@pytest.mark.parametrize("text, speaker, outlet", [
    ("Mr Tunde Bako, the chairman of the Tanker Drivers Union, told Reuters that the ban should be a lesson to"
     " dealers, but cautioned against \u201csweeping claims\u201d about all of them.", "Tunde Bako", "Reuters"),
    ("Mr Sani Garba, a spokesman for the transport union, told the BBC that the strike would end on Monday, but"
     " cautioned against \u201cempty promises\u201d from the state.", "Sani Garba", "BBC"),
])
def test_a_second_cue_of_the_same_speaker_keeps_the_outlet_told(text, speaker, outlet):
    found = outlets_by_speaker(text)
    assert len(found) == 2
    assert found == [(speaker, outlet)] * 2


def outlet_told(text: str) -> list[str | None]:
    return [outlet for _, outlet in outlets_by_speaker(text)]


@pytest.mark.parametrize("text, outlet", [
    ("The ferry captain, Lutvo Hadrović, told the portal Alsumaria that the crossing would reopen in May.",
     "Alsumaria"),
    ("The ferry captain, Lutvo Hadrović, told the news portal Animal Político that the crossing would reopen"
     " in May.", "Animal Político"),
    ("The ferry captain, Lutvo Hadrović, told the minister Ana Lind that the crossing would reopen in May.", None),
])
def test_a_listed_outlet_told_after_words_describing_it(text, outlet):
    assert outlet_told(text) == [outlet]


@pytest.mark.parametrize("text, outlet", [
    ("The mill's manager, Dora Pflug, said in written answers to Reuters that the valves were replaced, and that"
     " no leak had been found.", "Reuters"),
    ("The mill's manager, Dora Pflug, said in emailed replies to the BBC that the valves were replaced.", "BBC"),
    ("The mill's manager, Dora Pflug, said in written answers to the council that the valves were replaced.", None),
])
def test_written_answers_to_an_outlet_name_it(text, outlet):
    assert outlet_told(text) == [outlet]


@pytest.mark.parametrize("text, outlet", [
    ("In a statement sent to Reuters' Arabic desk, the operator Velkor said the pipes were replaced.", "Reuters"),
    ("In a statement sent to the BBC's Welsh service, known locally as Cymru Fyw, the operator Velkor said the"
     " pipes were replaced and that heat would return on Monday.", "BBC"),
])
def test_a_statement_sent_to_a_desk_of_a_listed_outlet_names_the_outlet(text, outlet):
    assert set(outlet_told(text)) == {outlet}


@pytest.mark.parametrize("text, outlet", [
    # the outlet told, then where it was told: never an outlet called 'Reuters in Kano'
    ("The state governor, Ade Bello, told Reuters in Kano that inspectors would visit every station.", "Reuters"),
    ("A fuel trader told the BBC in Port Harcourt that prices had doubled since June.", "BBC"),
    ("The harbour master, Ivo Perić, told Al Jazeera at Split airport that the ferries would run.", "Al Jazeera"),
    # words that name no outlet known stay no outlet, place or not
    ("The ferry captain, Lutvo Hadrović, told the council in Bar that the crossing would reopen.", None),
])
def test_an_outlet_told_in_a_place_is_the_outlet(text, outlet):
    assert outlet_told(text) == [outlet]
    names = {o["name"] for o in extract_claimset(text, slug="t", outlet="Kettleby Star")["outlets"]}
    assert not any(" in " in n or " at " in n for n in names)
