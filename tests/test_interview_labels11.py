"""Interviews printed with labels other than 'Q:' and 'A:', each written for this test (invented people,
clubs and outlets): 'Q.'/'A.', 'Q)'/'A)', 'Q -'/'A -', 'Q \u2013'/'A \u2013' and a bold '**Q**'/'**A**'.
A question labelled so states nothing; every answer is the interviewee's, the person the introduction
says spoke to the outlet, never the publisher's and never a speaker made of the label ('A. the
council'). A sentence opening with an initial ('A. K. Varga said ...') is no label."""

from __future__ import annotations

import pytest

from provenance.extract.document import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.segment import blocks
from provenance.extract.transcript import read_interview

TURNS = [
    ("Q", "When did the board hear about the missing funds?"),
    ("A", "On Monday morning, when the auditors called our finance office. We learnt of it from the auditors, like everyone else."),
    ("Q", "The council says the club ignored two warnings."),
    ("A", "I have read that statement. The club never received a warning letter, and I will show the council our post book."),
    ("Q", "Will the treasurer resign?"),
    ("A", "We have suspended him on full pay. The city prosecutor has told us the inquiry will take three months."),
]

INTRO = """Rovena chair: 'We learnt of it from the auditors'

Marta Kessling, chair of the Rovena Rowing Club, spoke to the Lakeside Herald on Tuesday about the funds missing from the club's accounts.

"""


def _interview(q: str, a: str) -> str:
    return INTRO + "\n\n".join((q if kind == "Q" else a) + words for kind, words in TURNS) + "\n"


FORMS = {
    "period": ("Q. ", "A. "),
    "bracket": ("Q) ", "A) "),
    "hyphen": ("Q - ", "A - "),
    "dash": ("Q \u2013 ", "A \u2013 "),
    "bold": ("**Q** ", "**A** "),
    "bold-period": ("**Q.** ", "**A.** "),
}


def _claims(text: str) -> list[tuple[str, str | None]]:
    cs = extract_claimset(text, slug="t", use_model=False, outlet="Lakeside Herald")
    speakers = {s["id"]: s for s in cs["speakers"]}
    return [(c["text"], (speakers.get(c["speaker"]) or {}).get("name")) for c in cs["claims"]]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_answer_under_a_label_of_another_form_is_the_interviewees(form):
    claims = _claims(_interview(*FORMS[form]))
    answers = [(text, name) for text, name in claims if any(w in text for w in ("post book", "warning letter", "full pay", "auditors called"))]
    assert answers, claims
    assert {name for _, name in answers} == {"Marta Kessling"}, claims


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_label_is_never_part_of_a_claim_or_a_speaker(form):
    claims = _claims(_interview(*FORMS[form]))
    assert not any(text.lstrip("*_ ").startswith(("Q", "A.", "A)", "A -", "A \u2013")) for text, _ in claims), claims
    assert not any(name and name.split()[0].strip("*_.)").lower() in ("a", "q") for _, name in claims), claims
    assert not any("ignored two warnings" in text for text, _ in claims), claims  # a question states nothing


@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_reader_finds_the_labels_and_the_interviewee(form):
    text = _interview(*FORMS[form])
    found = read_interview(text, blocks(text), lexicon(), "Rovena chair: 'We learnt of it from the auditors'")
    assert sorted(kind for kind, _ in found.labels.values()) == ["A"] * 3 + ["Q"] * 3
    assert "Marta Kessling" in found.interviewees
    for _, start in found.labels.values():
        assert text[start] not in "*-\u2013.) "


# a report whose paragraphs open with a person's initials: no interview
INITIALS = """Harbour plan approved

The harbour board approved the new quay on Monday.

A. K. Varga said the quay would open in the spring.

Q. Lindqvist, the board's engineer, said the costs had been checked twice.

A. Varga said the fishermen had been consulted.

Q. Lindqvist said the work would start in March.
"""


def test_an_initial_opening_a_sentence_is_no_label():
    assert read_interview(INITIALS, blocks(INITIALS), lexicon()).labels == {}
    claims = _claims(INITIALS)
    quay = [name for text, name in claims if "open in the spring" in text]
    assert quay and quay[0] and "Varga" in quay[0], claims


@pytest.mark.parametrize("form", ["period", "bracket", "hyphen"])
def test_a_source_opening_an_answer_is_named_without_the_label(form):
    q, a = FORMS[form]
    text = INTRO + q + "What did the prosecutor say?\n\n" + a + "The city council told us the inquiry would take three months.\n\n" + \
        q + "And the members?\n\n" + a + "We wrote to every member on Friday.\n"
    names = [name for words, name in _claims(text) if "three months" in words]
    assert names and all(name and name.lower() == "city council" or name == "Marta Kessling" for name in names), names
    assert not any(name and name.lower().startswith(("a.", "a)", "a -")) for _, name in _claims(text))
