"""Speakers on unseen copy (issue 13): shapes of batch 33's misses, with sentences and names invented.

- a company's whole name, the country it is registered in between brackets and two legal forms after it
  ('Silver Thread Apparel (Vietnam) Co., Ltd.'), never the forms alone ('Co. Ltd.'); 'Pte. Ltd.' and 'Sdn. Bhd.'
  end no sentence;
- a participle after a report whose content holds another report ('would not confirm whether supervisors had told
  drivers to keep working, saying D') goes on from the outer report's speaker, not from the one inside it;
- a quotation closed by 'the statement said' after a sentence in which a body said something in a statement is the
  body's, not that of a person whose act its content tells of;
- a name with no title that reports as a medium does ('Tidemark reported on Friday that C') is an outlet the list
  does not know: it speaks C and carries it.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _claims(text: str, outlet: str = "Coastal Tribune") -> list[tuple[str, str, str | None]]:
    cs = extract_claimset(text, slug="t", outlet=outlet, published="2026-12-07")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    return [(names.get(c["speaker"] or "", ""), c["text"], outlets.get(c.get("outlet") or ""))
            for c in cs["claims"]]


def _speaker_of(text: str, content: str, outlet: str = "Coastal Tribune") -> str:
    found = [sp for sp, t, _ in _claims(text, outlet) if t == content]
    assert found, (content, _claims(text, outlet))
    return found[0]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Silver Thread Apparel (Vietnam) Co., Ltd. has retracted its statement that the workers had eaten bad food.",
     "Silver Thread Apparel (Vietnam) Co., Ltd."),
    ("Harbin Vale (Thailand) Ltd. said the plant was closed.", "Harbin Vale (Thailand) Ltd."),
    ("Marlow Foods Pte. Ltd. said the plant was closed.", "Marlow Foods Pte. Ltd."),
    ("Marlow Foods Sdn. Bhd. said the plant was closed.", "Marlow Foods Sdn. Bhd."),
    ("Ferrano Industrial S.A. de C.V. said the plant was closed.", "Ferrano Industrial S.A. de C.V."),
    ("Keltrix GmbH said the plant was closed.", "Keltrix GmbH"),
])
def test_a_company_keeps_its_whole_name(sentence, speaker):
    text = f"Workers at a factory fell ill last week.\n\n{sentence}\n"
    content = sentence.split(" that ", 1)[1] if " that " in sentence else "the plant was closed"
    assert _speaker_of(text, content.rstrip(".")) == speaker


@pytest.mark.parametrize("sentence", [
    "The depot's manager, Orla Vance, would not confirm whether supervisors had told drivers to keep working, saying "
    "the inquiry was still under way.",
    "Orla Vance, the depot's manager, did not confirm whether supervisors had told drivers to keep working, saying "
    "the inquiry was still under way.",
])
def test_a_participle_goes_on_from_the_outer_report(sentence):
    text = f"Staff at the depot walked out on Monday.\n\n{sentence}\n"
    assert _speaker_of(text, "the inquiry was still under way") == "Orla Vance"


@pytest.mark.parametrize("act", [
    "declared her interest in the company",
    "told the board that she owned shares in the company",
])
def test_the_statement_is_the_bodys_not_the_persons_its_content_names(act):
    text = ("The Ministry of Fisheries on Thursday withdrew its statement on the harbour licences.\n\n"
            "The ministry said in a statement that the licences had been issued before Permanent Secretary Dalia "
            f"Moreno-Quist {act}.\n\n"
            '"The ministry\'s earlier response did not reflect the record. It was wrong, and we correct it," the '
            "statement said.\n")
    assert _speaker_of(text, "The ministry's earlier response did not reflect the record") == "Ministry of Fisheries"
    assert _speaker_of(text, "It was wrong, and we correct it") == "Ministry of Fisheries"



@pytest.mark.parametrize(("sentence", "content"), [
    ("Tidemark reported on Friday that the office had been told to speed up the transfers.",
     "the office had been told to speed up the transfers"),
    ("Tidemark, which first reported the transfers, wrote on Friday that the director had signed every form.",
     "the director had signed every form"),
])
def test_a_name_that_reports_as_a_medium_is_an_outlet(sentence, content):
    text = f"The election office moved dozens of voters last month.\n\n{sentence}\n"
    found = [(sp, o) for sp, t, o in _claims(text, "Marsh Gazette") if t == content]
    assert found == [("Tidemark", "Tidemark")]


@pytest.mark.parametrize(("sentence", "content", "speaker"), [
    # a person's name, a place, a body: no medium
    ("Ilse Varn reported on Friday that the office had been told to speed up.", "the office had been told to speed up",
     "Ilse Varn"),
    ("The Harbour Board reported on Friday that the office had been told to speed up.",
     "the office had been told to speed up", "Harbour Board"),
])
def test_a_person_or_body_that_reports_stays_itself(sentence, content, speaker):
    text = f"The election office moved dozens of voters last month.\n\n{sentence}\n"
    found = [(sp, o) for sp, t, o in _claims(text, "Marsh Gazette") if t == content]
    assert found and found[0][0] == speaker and found[0][1] != speaker


def test_a_surname_named_before_that_reports_stays_the_person():
    text = ("The election office moved dozens of voters last month.\n\nThe auditor, Ilse Varn, looked at the lists.\n\n"
            "Varn reported on Friday that the office had been told to speed up.\n")
    found = [(sp, o) for sp, t, o in _claims(text, "Marsh Gazette") if t == "the office had been told to speed up"]
    assert found and found[0][0] == "Ilse Varn" and found[0][1] != "Varn"


_TRANSCRIPT = ("Voters moved without notice, residents say\n\n"
               "Dozens of voters were moved into the Eastshore constituency in six weeks, the election office "
               "confirmed on Monday.\n\n"
               "{question}\n\n{answer}\n\n"
               "She denied that the office had been told to speed up the transfers, saying the numbers were normal "
               "for an election year.\n")


@pytest.mark.parametrize(("question", "answer"), [
    ("Lorne Baptiste, Reporting: Were the transfers approved by the director himself?",
     "Celia Marrow, Chief Elections Officer: Every transfer followed the law. We checked each form."),
    ("Lorne Baptiste, Reporting: Were the transfers approved by the director himself?",
     'Celia Marrow, Chief Elections Officer: "Every transfer followed the law. We checked each form."'),
    ("Lorne Baptiste (Reporter): Were the transfers approved by the director himself?",
     'Celia Marrow (Chief Elections Officer): "Every transfer followed the law. We checked each form."'),
])
def test_a_transcripts_labels_name_who_speaks(question, answer):
    got = [(sp, t) for sp, t, _ in _claims(_TRANSCRIPT.format(question=question, answer=answer), "Channel Nine News")]
    for content in ("Every transfer followed the law", "We checked each form",
                    "the office had been told to speed up the transfers", "the numbers were normal for an election year"):
        assert ("Celia Marrow", content) in got, got
    assert not any("?" in t for _, t in got)  # a question is no claim
    assert not any("Celia Marrow," in t or "Celia Marrow (" in t for _, t in got)  # nor the label's line


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("At six other homes, the people living there said they had never heard of the voters.", "people living there"),
    ("Residents living near the depot said they had never heard of the voters.", "residents living near the depot"),
])
def test_people_a_participle_describes_are_a_source(sentence, speaker):
    text = f"The election office moved dozens of voters last month.\n\n{sentence}\n"
    assert _speaker_of(text, "they had never heard of the voters") == speaker


def test_a_name_that_reports_a_figure_is_no_medium():
    text = ("The election office moved dozens of voters last month.\n\n"
            "Dunvale, which holds the county's printing contract, reported a net loss of $4 million last year.\n")
    assert all(o != "Dunvale" for _, _, o in _claims(text, "Marsh Gazette"))


def test_prose_after_a_turn_keeps_no_medium_of_the_turn():
    text = _TRANSCRIPT.format(question="Lorne Baptiste, Reporting: Were the transfers approved by the director himself?",
                              answer="Celia Marrow, Chief Elections Officer: Every transfer followed the law.")
    got = {t: o for _, t, o in _claims(text, "Channel Nine News")}
    assert got["Every transfer followed the law"] == "Channel Nine News"
    assert got["the office had been told to speed up the transfers"] is None


def test_the_release_that_is_the_document_speaks_for_the_person_it_tells_of():
    text = ("Nine people died in a crush at the temple on Sunday.\n\n"
            "Chief Minister Orin Vale expressed grief over the incident and announced a payment of 5,000 to each "
            "family, an official release said.\n\n"
            "He also ordered an inquiry by the district officer, to be completed within 30 days, the release said.\n")
    assert _speaker_of(text, "He also ordered an inquiry by the district officer, to be completed within 30 days") \
        == "Orin Vale"


def test_initials_that_report_stay_a_name():
    text = "The election office moved dozens of voters last month.\n\nKTR reported on Friday that the office had been told.\n"
    assert all(o != "KTR" for _, _, o in _claims(text, "Marsh Gazette"))
