"""Speakers of a publisher's relays and leads (issue 13), in invented sentences: a pronoun's object form
after 'according to' is the person or body the text named before, never a speaker called 'him' nor no one."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _speakers(text: str) -> list[str | None]:
    cs = extract_claimset(text, slug="t", outlet="Coast Radio")
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    return [names.get(c["speaker"]) for c in cs["claims"]]


@pytest.mark.parametrize("text, speaker", [
    ("Mira Olsen, head of the port workers' union, said the cranes had been idle since May. "
     "According to her, the company had ignored three warnings.", "Mira Olsen"),
    ("Tomas Berg, the harbour master, said the cranes had been idle since May. "
     "According to him, the company had ignored three warnings.", "Tomas Berg"),
    ("The Dockers' Guild said the cranes had been idle since May. "
     "According to them, the company had ignored three warnings.", "Dockers' Guild"),
])
def test_according_to_an_object_pronoun_is_the_speaker_named_before(text, speaker):
    assert _speakers(text) == [speaker, speaker]


def _claims(text: str, publisher: str) -> list[tuple[str | None, str | None, str]]:
    cs = extract_claimset(text, slug="t", outlet=publisher)
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    return [(names.get(c["speaker"]), outlets.get(c["outlet"]), c["text"]) for c in cs["claims"]]


@pytest.mark.parametrize("text, publisher, outlet", [
    ("The ferry will resume on Friday, Transport Minister Ana Lind said at a briefing, a Tarn Agency correspondent "
     "reports.", "Tarn Agency", "Tarn Agency"),                      # an agency's lead in its own copy
    ("The ferry will resume on Friday, Ana Lind said, a Reuters correspondent reported.", "Coast Radio", "Reuters"),
    ("The ferry will resume on Friday, Ana Lind said, Reuters reported.", "Coast Radio", "Reuters"),
])
def test_a_statement_a_medium_reports_after_its_speaker_is_the_speakers(text, publisher, outlet):
    assert _claims(text, publisher) == [("Ana Lind", outlet, "The ferry will resume on Friday")]


def test_a_medium_reporting_that_someone_said_keeps_its_own_report():
    claims = _claims("Reuters reported that Ana Lind said the ferry will resume on Friday.", "Coast Radio")
    assert [c[:2] for c in claims] == [("Reuters", "Reuters"), ("Ana Lind", "Reuters")]
