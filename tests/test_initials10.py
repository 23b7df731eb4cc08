"""Initials a text gives a body are that body (issue 13), each on a short text written for this test
with invented names, places and bodies: 'the Kelby Harbour Board (KHB) said C ... KHB said D' (or
'the Kelby Harbour Board, known as KHB,') is one speaker, the body under its full name, the
initials its alias, so the status rules see one source; initials given a person's body leave the
person as she is, initials the text never defines stay as they are, an outlet's stay an outlet's;
across documents, a speaker called by the initials one stored body has as its alias is merged into it."""

from __future__ import annotations

import json

import pytest
from test_extract import attributed

from provenance.extract.document import _defined_initials
from provenance.extract.lexicon import lexicon

_BRACKETS = ("Catches fell in the Marrow Sea last year.\n\n"
             "The Kelby Harbour Board (KHB) said stocks of cod had dropped by a third.\n\n"
             "Skippers disputed the survey.\n\n"
             "KHB said it would publish a full survey in the spring.")
_KNOWN_AS = ("Fares will rise in May.\n\n"
             "The fuel bill had doubled, said the Western Ferry Operators Association, known as WFOA.\n\n"
             "\"We were not consulted about the timetable,\" said the WFOA.")


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return [(c["speaker_name"], c["mention"], c["speaker_obj"]["kind"]) for c in attributed(text)]


@pytest.mark.parametrize("text, body, letters", [
    (_BRACKETS, "Kelby Harbour Board", "KHB"),
    (_KNOWN_AS, "Western Ferry Operators Association", "WFOA"),
])
def test_initials_the_text_gives_a_body_are_that_body(text, body, letters):
    said = attributed(text)
    assert [c["speaker_name"] for c in said] == [body, body]
    assert len({c["speaker"] for c in said}) == 1
    assert letters in said[-1]["speaker_obj"]["aliases"]
    last = said[-1]  # the offsets of the words that named it: the initials
    assert text[last["speaker_start"]:last["speaker_end"]].endswith(letters)


def test_initials_given_a_persons_body_leave_the_person_as_she_is():
    text = ("Ana Costa, who chairs the Kelby Harbour Board (KHB), said the dredging would start in May.\n\n"
            "KHB said the cost was within budget.")
    assert [s[0] for s in _speakers(text)] == ["Ana Costa", "Kelby Harbour Board"]


def test_initials_the_text_never_defines_stay_as_they_are():
    text = "The Kelby Harbour Board said stocks had dropped.\n\nPDQ said the survey was wrong."
    assert [s[0] for s in _speakers(text)] == ["Kelby Harbour Board", "PDQ"]


def test_an_outlets_initials_are_no_body():
    text = "The Harbour Press Agency (HPA) reported that the port would close."
    assert _defined_initials(text, "HPA", lexicon()) is None


def test_a_name_defined_after_another_sentence_begins_with_its_sentence():
    text = "Fares rose in May. The Western Ferry Operators Association, known as WFOA, said so."
    assert _defined_initials(text, "WFOA", lexicon()) == "Western Ferry Operators Association"


def _ingest(run, tmp_path, name: str, text: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    assert run("ingest", str(path), "--outlet", "Kelby Courier").exit_code == 0


def test_initials_met_alone_in_another_document_are_the_body_given_them(run, tmp_path):
    _ingest(run, tmp_path, "first", _BRACKETS)
    _ingest(run, tmp_path, "second", "KHB said the harbour would reopen on Monday.")
    rows = json.loads(run("speakers", "--format", "json").output)
    names = {r["name"] for r in rows}
    assert "Kelby Harbour Board" in names and "KHB" not in names


def test_initials_two_bodies_were_given_merge_with_neither(run, tmp_path):
    _ingest(run, tmp_path, "first", _BRACKETS)
    _ingest(run, tmp_path, "second", "The Kestrel Hill Brigade (KHB) said the fire was out.")
    _ingest(run, tmp_path, "third", "KHB said the harbour would reopen on Monday.")
    names = {r["name"] for r in json.loads(run("speakers", "--format", "json").output)}
    assert {"Kelby Harbour Board", "Kestrel Hill Brigade", "KHB"} <= names
