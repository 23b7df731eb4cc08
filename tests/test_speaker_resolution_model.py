"""Whose a claim is when the statistical model found its attribution (issue 13): a passive cue with
'for' or 'with' after its participle names no one ('X is known for C', 'X was charged with C'), and
a quotation with no cue after a quotation the model attributed goes on from that speaker. The model
is replaced by fixed proposals here, so the tests say what the extractor does with a proposal,
whatever the shipped model proposes. Every text is invented."""

from __future__ import annotations

import pytest

from provenance.extract import combine, extract_claimset
from provenance.extract.model import Proposal


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _claims(monkeypatch, text: str, props: list[Proposal]) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, mention) of each attributed claim when the model proposes `props`."""
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: props)
    cs = extract_claimset(text, slug="t")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(c["text"], names.get(c.get("speaker") or ""),
             text[c["speaker_start"]:c["speaker_end"]] if c.get("speaker_start") is not None else None)
            for c in cs["claims"] if c["form"] != "unattributed"]


@pytest.mark.parametrize("text, cue, content, source", [
    # what someone is known or remembered for is said of them by no one named
    ("Marta Quellen is best known for her work on the tidal barrage.", "is best known for",
     "her work on the tidal barrage", "Marta Quellen"),
    ("The Fennick group is known for its focus on rural clinics.", "is known for", "its focus on rural clinics",
     "The Fennick group"),
    ("Osric Dunmore will be remembered for his defence of the harbour.", "will be remembered for",
     "his defence of the harbour", "Osric Dunmore"),
    # a charge is laid by prosecutors the sentence does not name
    ("A 41-year-old man was charged with arson and criminal damage.", "was charged with",
     "arson and criminal damage", "A 41-year-old man"),
])
def test_a_passive_cue_with_a_complement_names_no_one(monkeypatch, text, cue, content, source):
    prop = Proposal(_span(text, cue), _span(text, source), [_span(text, content)])
    assert _claims(monkeypatch, text, [prop]) == [(content, None, None)]


def test_a_participle_that_speaks_keeps_its_speaker(monkeypatch):
    """'X was asked about C' stays a question put to X; an active cue after 'for' ('called for') is
    the subject's own."""
    text = "Councillor Ana Pryce called for a review of the ferry contract."
    prop = Proposal(_span(text, "called for"), _span(text, "Councillor Ana Pryce"),
                    [_span(text, "a review of the ferry contract")])
    assert _claims(monkeypatch, text, [prop]) == [
        ("a review of the ferry contract", "Ana Pryce", "Councillor Ana Pryce")]


def test_a_quotation_after_one_the_model_attributed_goes_on_from_its_speaker(monkeypatch):
    """'"A," said X, a long description. "B."': when only the model reads the attribution of A, the
    next quotation with no cue of its own is still X's, not that of a speaker paragraphs before."""
    text = ("\"The levy will not pass,\" Mayor Ines Berg said on Monday.\n\n"
            "The council meets again in May.\n\n"
            "\"We check every crossing twice a year,\" Tobias Wren, a senior engineer, reminisced. "
            "\"In bad weather we check them weekly.\"")
    quote = "We check every crossing twice a year,"
    source = "Tobias Wren, a senior engineer"
    prop = Proposal(_span(text, "reminisced"), _span(text, source), [_span(text, quote)])
    claims = _claims(monkeypatch, text, [prop])
    assert claims[-2:] == [("We check every crossing twice a year", "Tobias Wren", source),
                           ("In bad weather we check them weekly", "Tobias Wren", source)]


def test_a_lead_in_the_model_attributed_gives_the_next_paragraphs_quotation(monkeypatch):
    """'The Harrow Ledger confirmed it, reporting:' closing a paragraph before a quotation: when only
    the model reads that attribution, the quotation is the paper's, not the last speaker's before."""
    text = ("Senator Hal Brandt said the port deal was clean.\n\n"
            "The Harrow Ledger confirmed the account, reporting:\n\n"
            "\"As the firm took control of the port, a flow of cash went to the foundation. "
            "Those gifts were never disclosed.\"")
    prop = Proposal(_span(text, "confirmed"), _span(text, "The Harrow Ledger"), [_span(text, "the account")])
    claims = _claims(monkeypatch, text, [prop])
    assert [(content[:20], name, mention) for content, name, mention in claims[-2:]] == [
        ("As the firm took con", "Harrow Ledger", "The Harrow Ledger"),
        ("Those gifts were nev", "Harrow Ledger", "The Harrow Ledger")]
