"""Lines that state nothing anyone claims stay out of the claim set (issues 13 and 14: precision on news copy).

A fact-checker listing unconfirmed claims should not wade through a source's reason for not being named, a question
put to a speaker, the story a relative clause credits an outlet with ('which first reported the deaths'), what a
subject never told ('without telling X that C'), a schedule ('Final results are expected on Wednesday'), a subject and
its participle's aside read as an inverted report ('The book, published in 2019 by X, tells ...'), or a verb of action
read as a cue ('ran out of oxygen for about six hours'); and an offer or a claim of responsibility keeps the
publisher's sentence that tells it was made. The articles are invented for these tests; the model is the shipped one
unless a test fixes its proposals (as tests/test_combine.py does).
"""

from __future__ import annotations

import pytest

from provenance.extract import combine, extract_claimset
from provenance.extract.model import Proposal

PUBLISHER = "Tarn Valley Courier"


def _claims(text: str, **kwargs) -> list[tuple[str, str | None, str | None, str]]:
    """(text, speaker name, cue, stance) of every claim of the text."""
    cs = extract_claimset(text, slug="t", outlet=PUBLISHER, **kwargs)
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(c["text"], names.get(c["speaker"] or ""), c["cue"], c["stance"]) for c in cs["claims"]]


def _texts(text: str, **kwargs) -> list[str]:
    return [t for t, _, _, _ in _claims(text, **kwargs)]


def _proposed(monkeypatch, text: str, cue: str, content: str, source: str | None = None) -> list[str]:
    """The claims' texts when the model proposes exactly (cue, source, content)."""

    def span(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    prop = Proposal(span(cue), span(source) if source else None, [span(content)])
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: [prop])
    return _texts(text)


REASONS = [
    "All four requested anonymity because they feared losing their jobs at the terminal.",
    "He asked not to be named because he is not allowed to speak to reporters.",
    "They asked not to be named because they still work for the port authority.",
    "The official spoke on condition of anonymity for fear of reprisals from the ministry.",
    "Both spoke to the Courier on condition of anonymity because the inquiry is not public.",
    "She asked for anonymity to protect her family.",
]


@pytest.mark.parametrize("reason", REASONS)
def test_a_sources_reason_for_anonymity_is_no_claim(reason):
    text = f"Dock workers at the Tarnwick terminal said a crane had run without brakes for a week. {reason}"
    claims = _claims(text)
    assert [(t, who) for t, who, _, _ in claims] == [
        ("a crane had run without brakes for a week", "Dock workers at the Tarnwick terminal")]


def test_the_models_reading_of_a_reason_is_no_claim(monkeypatch):
    text = "Three pilots said the radar had failed twice. All three requested anonymity because they feared losing their licences."
    assert "losing their licences" not in _proposed(monkeypatch, text, "feared", "losing their licences", "they")


@pytest.mark.parametrize("text, kept", [
    # the request in a relative clause describes the speaker of the report after it
    ("A nurse who asked not to be named because she feared reprisals said the ward had run out of oxygen.",
     "the ward had run out of oxygen"),
    # a report after the reason is the source's
    ("He asked not to be named because he feared reprisals, but said the foreman had known since March.",
     "the foreman had known since March"),
    # an act told before the request, joined to it
    ("She sent screenshots of the messages to the Courier and spoke to the paper on condition of anonymity.",
     "She sent screenshots of the messages to the Courier"),
    # a report before the request
    ("Two engineers said the report was never filed, speaking on condition of anonymity because they feared reprisals.",
     "the report was never filed"),
])
def test_a_report_beside_a_request_for_anonymity_stays(text, kept):
    """(A guard: the reason's sentence is read out only when it is the request and its reason alone.)"""
    assert [t for t in _texts("The port closed on Monday. " + text) if kept in t]


@pytest.mark.parametrize("text, question", [
    ("Asked whether the owner of the winning firm, Piet Aalders, was her cousin, Lind said: \"My family has nothing "
     "to do with this contract.\"", "the owner of the winning firm"),
    ("Asked whether the port would close, the harbour master said the decision lay with the ministry.",
     "the port would close"),
    ("Asked if the crane had been inspected, Olsen said he did not know.", "the crane had been inspected"),
    ("Asked about the missing report, the spokeswoman said it had been sent to the ministry in May.",
     "the missing report"),
])
def test_a_question_put_to_a_speaker_is_no_claim(text, question):
    claims = _claims("The mayor of Tarnwick, Ana Lind, defended the contract on Monday. " + text)
    assert not [c for c in claims if question in c[0]]
    assert [c for c in claims if c[2] == "said"]  # (the answer stays its speaker's)


@pytest.mark.parametrize("text, credited, report", [
    ("The Harbour Ledger, which first reported the deaths, reported on Monday that two other clinics had also lost "
     "power this year.", "the deaths", "two other clinics had also lost power this year"),
    ("The Valley Post, which first reported the owner's family ties, said on Tuesday that the firm had no employees.",
     "the owner's family ties", "the firm had no employees"),
    ("Radio Tarn, which had first revealed the depth of the piles, reported that the supervising firm's contract had "
     "ended in May.", "the depth of the piles", "the supervising firm's contract had ended in May"),
])
def test_the_story_a_relative_clause_credits_is_no_claim(text, credited, report):
    claims = _claims("Nurses said three patients died during the power cut. " + text)
    assert credited not in [t for t, _, _, _ in claims]
    assert report in [t for t, _, _, _ in claims]


def test_the_models_reading_of_a_credited_story_is_no_claim(monkeypatch):
    text = "The Harbour Ledger, which first reported the spill, reported on Monday that two wells had closed."
    assert "the spill" not in _proposed(monkeypatch, text, "reported", "the spill", "which")


def test_a_relative_clause_reporting_a_clause_still_reports():
    text = "The Harbour Ledger, which first reported that the pier had cracked, said on Monday that it would close."
    assert "the pier had cracked" in _texts(text)


@pytest.mark.parametrize("text, never", [
    ("The company resumed drilling in June without telling inspectors that the wall had cracked.",
     "the wall had cracked"),
    ("Lind said the company resumed drilling without telling inspectors that the wall had cracked.",
     "the wall had cracked"),
    ("Ana Lind left the meeting without saying whether she would stand again.", "she would stand again"),
])
def test_what_a_subject_never_told_is_no_claim_of_theirs(text, never):
    claims = _claims(text)
    assert not [c for c in claims if c[0].strip('"') in (never, "that " + never, "whether " + never)]
    assert claims  # (the sentence stays the publisher's, or the speaker's who tells it)


@pytest.mark.parametrize("text", [
    "The book, published in 2019 by Harbour Press, tells the story of the strike at the docks.",
    "The film, released in 2021, tells the story of the strike.",
])
def test_a_subject_and_its_participles_aside_are_no_inverted_report(text):
    assert _claims(text) == [(text.rstrip("."), PUBLISHER, None, "asserts")]


def test_an_inverted_report_after_a_clause_stays():
    text = "The crane, built in 1974, was unsafe, said Ana Lind."
    assert _claims(text) == [("The crane, built in 1974, was unsafe", "Ana Lind", "said", "asserts")]


def test_a_schedule_is_no_ones_statement(monkeypatch):
    text = "Polls closed at 8 p.m. on Sunday. Final results are expected on Wednesday."
    texts = _proposed(monkeypatch, text, "are expected", "Final results")
    assert texts == ["Polls closed at 8 p.m. on Sunday", "Final results are expected on Wednesday"]


def test_what_is_expected_to_happen_is_still_read(monkeypatch):
    text = "The bridge is expected to reopen in May."
    assert "to reopen in May" in _proposed(monkeypatch, text, "is expected", "to reopen in May")


def test_about_a_number_after_a_preposition_is_no_cue(monkeypatch):
    text = ("The Tarnwick Clinic ran out of medical oxygen for about six hours on the night of March 3, and nurses "
            "ventilated patients by hand.")
    texts = _proposed(monkeypatch, text, "ran out of medical oxygen for about",
                      "six hours on the night of March 3, and nurses ventilated patients by hand", "The Tarnwick Clinic")
    assert texts == [text.rstrip(".")]


@pytest.mark.parametrize("text, own", [
    ("Three firms bid for the contract. One of them, Kessel Bouw, had offered to do the work for 2.1 million euros.",
     ("to do the work for 2.1 million euros", "Kessel Bouw")),
    ("A group calling itself the Valley Front claimed responsibility for the attack on the depot in a statement posted "
     "online.",
     ("responsibility for the attack on the depot in a statement posted online", "Valley Front")),
])
def test_an_offer_or_a_claim_of_responsibility_keeps_the_publishers_sentence(text, own):
    claims = [(t, who) for t, who, _, _ in _claims(text)]
    last = text.rsplit(". ", 1)[-1].rstrip(".")
    assert (last, PUBLISHER) in claims
    assert own in claims


def test_an_offer_told_by_a_speaker_stays_the_speakers():
    claims = [(t, who) for t, who, _, _ in _claims("Ana Lind said the port had offered to rebuild the quay.")]
    assert claims == [("the port had offered to rebuild the quay", "Ana Lind")]


def test_silences_and_refusals_keep_their_readings():
    """A non-response stays the publisher's observation of a silence (the judged batches count it), a refusal to
    comment on a thing or to say whether C declines to confirm (DESIGN.md's stances): none of them is dropped."""
    text = ("Workers said the crane had failed an inspection in April. The operator did not respond to requests for "
            "comment. The harbour master declined to comment on the inspection. The ministry would not say whether "
            "the terminal would close.")
    claims = _claims(text)
    assert ("The operator did not respond to requests for comment", PUBLISHER, None, "asserts") in claims
    assert ("the terminal would close", "ministry", "would not say whether", "declines_to_confirm") in claims
    assert [c for c in claims if c[1] == "harbour master" and c[3] == "declines_to_confirm"]
