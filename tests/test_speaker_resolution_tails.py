"""A quotation closed after its '?' or '!' keeps the attribution that follows it, whatever marks
close it (issue 13 item 5): two apostrophes ("''Can we win?'' Ms. Dorn asked.") and a single
closing mark ('Can we win?\u2019 she asked.') are quotation marks as much as '\u201d' is, so the
tail is no sentence of its own and the quotation is not taken for the previous speaker's
continuation. Every text is invented."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset

_BEFORE = "The council opened a depot in Tarrow on Tuesday, its manager Rick Pallo said.\n\n"


def _claims(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, mention) of the text's attributed claims, read by the rules."""
    cs = extract_claimset(text, slug="t", use_model=False)
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(c["text"], names.get(c.get("speaker") or ""),
             text[c["speaker_start"]:c["speaker_end"]] if c.get("speaker_start") is not None else None)
            for c in cs["claims"] if c["form"] != "unattributed"]


@pytest.mark.parametrize("quote, tail, content, name, mention", [
    ("''Can we win Ostwick?''", "Mr. Dorn asked.", "Can we win Ostwick?", "Dorn", "Mr. Dorn"),
    ("''The levy is wrong!''", "Ms. Quill wrote on Twitter on Monday.", "The levy is wrong!", "Quill", "Ms. Quill"),
    ("\u2018Who will pay for the depot?\u2019", "Ms. Quill asked.", "Who will pay for the depot?", "Quill",
     "Ms. Quill"),
    ("\u201cWho will pay for the depot?\u201d", "Ms. Quill asked.", "Who will pay for the depot?", "Quill",
     "Ms. Quill"),
])
def test_the_attribution_after_a_closed_question_or_exclamation_is_the_quotations(quote, tail, content, name,
                                                                                   mention):
    claims = _claims(_BEFORE + quote + " " + tail + "\n")
    assert (content, name, mention) in claims
    assert all(n != "Rick Pallo" for c, n, _ in claims if c == content)


def test_a_new_sentence_after_a_closed_question_stays_its_own():
    """'... ?'' The depot opened in May.': no reporting verb follows, the sentence is the writer's."""
    text = _BEFORE + "''Who will pay for the depot?'' The depot opened in May, the council said.\n"
    claims = _claims(text)
    assert ("The depot opened in May", "council", "the council") in claims
