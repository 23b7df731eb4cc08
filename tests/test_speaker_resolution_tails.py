"""A quotation closed after its '?' or '!' keeps the attribution that follows it, whatever marks
close it (issue 13 item 5): two apostrophes ("''Can we win?'' Ms. Dorn asked.") and a single
closing mark ('Can we win?\u2019 she asked.') are quotation marks as much as '\u201d' is, and the
verb may be followed by what or when it was said of ('said of the plan', 'asks as the crowd
laughs'), so the tail is no sentence of its own and the quotation is not taken for the previous
speaker's continuation. Every text is invented."""

from __future__ import annotations

import pytest

from claimsets import rule_claims

_BEFORE = "The council opened a depot in Tarrow on Tuesday, its manager Rick Pallo said.\n\n"


def _claims(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, mention) of the text's attributed claims, read by the rules."""
    return [c[:3] for c in rule_claims(text)]


@pytest.mark.parametrize("quote, tail, content, name, mention", [
    ("''Can we win Ostwick?''", "Mr. Dorn asked.", "Can we win Ostwick?", "Dorn", "Mr. Dorn"),
    ("''The levy is wrong!''", "Ms. Brannagh wrote on Twitter on Monday.", "The levy is wrong!", "Brannagh", "Ms. Brannagh"),
    ("\u2018Who will pay for the depot?\u2019", "Ms. Brannagh asked.", "Who will pay for the depot?", "Brannagh",
     "Ms. Brannagh"),
    ("\u201cWho will pay for the depot?\u201d", "Ms. Brannagh asked.", "Who will pay for the depot?", "Brannagh",
     "Ms. Brannagh"),
    # what or when it was said of, after the verb
    ("\u201cWho do they think they are?\u201d", "Ms. Brannagh said of the depot's owners on Monday.",
     "Who do they think they are?", "Brannagh", "Ms. Brannagh"),
    ("\u201cIs it two? Three?\u201d", "Ms. Brannagh asks as the crowd laughs.", "Three?", "Brannagh", "Ms. Brannagh"),
    ("\"Why court the old guard?\"", "Ms. Brannagh said about the mayor's visit to Kelsowe.",
     "Why court the old guard?", "Brannagh", "Ms. Brannagh"),
    ("\u201cToo late?\u201d", "Ms. Brannagh wrote when the depot closed.", "Too late?", "Brannagh", "Ms. Brannagh"),
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


@pytest.mark.parametrize("lead", ["Historian Tom Wexley agreed.", "Mayor Ilse Dorn disagreed with her."])
def test_a_short_sentence_naming_its_subject_leads_the_quotation_after_it(lead):
    """'Historian Tom Wexley agreed. "C"': four words, three of them capitalised, are no headline
    when the verb is in lower case; the quotation after the sentence is its subject's, not the
    previous speaker's."""
    text = _BEFORE + lead + " \u201cHe speaks his mind, and that is what the town needs.\u201d\n"
    claims = _claims(text)
    content = "He speaks his mind, and that is what the town needs"
    assert [n for c, n, _ in claims if c == content] in (["Tom Wexley"], ["Ilse Dorn"])
