"""Speakers and outlets on unseen copy (issue 13): shapes of batch 34's misses, with sentences and names invented.

- a body's office and its holder after the body's initials as a possessive ("HRA's Director General, Dr. Ana
  Lind, told a press conference") are no outlet's journalist: the body is no outlet, the claim the publisher's
  (titles.json's media_job_titles keep "Tarnwatch's Political Editor Ana Vos" a credit);
- people a participle of employment describes ('Two drivers employed by the company, who asked not to be named
  because ..., said') speak, not their employer; a relative clause after a place ('A source at the ministry's
  office in Kelvo who is not authorised to speak said') belongs to the person before the place;
- a company's name ending in a legal form's full stop before an appositive ('Harbour Grain Ltd., the operator of
  the silo at Port Vela, has withdrawn its statement that C') is the subject: its retraction;
- a participle's phrase set off after a document ('The inspection report, dated April 13, says') is no speaker;
  a verb and 'about' before a figure ('handles about a fifth of the exports') is no cue.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _claims(text: str, outlet: str = "Coastal Tribune") -> list[dict]:
    cs = extract_claimset(text, slug="t", outlet=outlet, published="2026-12-07")
    names = {s["id"]: s for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    return [{"speaker": names[c["speaker"]]["name"] if c["speaker"] else None,
             "anonymous": names[c["speaker"]]["anonymous"] if c["speaker"] else None,
             "outlet": outlets.get(c.get("outlet") or ""), "stance": c.get("stance"), "text": c["text"]}
            for c in cs["claims"]]


def _claim(text: str, content: str) -> dict:
    found = [c for c in _claims(text) if c["text"] == content]
    assert found, (content, _claims(text))
    return found[0]


_PRESS = ("Regulators suspended a bus operator's licence on Monday after a crash that killed nine people.\n\n"
          "{who}, told a press conference on Monday that the operator had ignored three warnings.\n\n"
          '"We told them twice. They did nothing," Lind said.\n\n'
          "She said the inspectors would return next week.\n")


@pytest.mark.parametrize("who", ["HRA's Director General, Dr. Ana Lind", "HRA's Chief Inspector, Ana Lind",
                                 "The HRA's Director General, Ana Lind"])
def test_a_bodys_head_is_no_outlets_journalist(who):
    text = _PRESS.format(who=who)
    for content in ("the operator had ignored three warnings", "We told them twice", "They did nothing",
                    "the inspectors would return next week"):
        claim = _claim(text, content)
        assert claim["speaker"] == "Ana Lind"
        assert claim["outlet"] is None, claim  # the publisher's, as any other source's


def test_a_journalists_title_keeps_the_credit():
    text = ("Regulators suspended a bus operator's licence on Monday.\n\n"
            "CNN's Chief Political Correspondent Ana Vos said the board had ignored three warnings.\n")
    assert _claim(text, "the board had ignored three warnings")["outlet"] == "CNN"


@pytest.mark.parametrize("sentence", [
    "Two drivers employed by the company, who asked not to be named because they were warned not to talk to "
    "journalists, said the brakes had failed twice in March.",
    "Two drivers employed by the company, who asked not to be named, said the brakes had failed twice in March.",
    "Two drivers employed by the company said the brakes had failed twice in March.",
    "A mechanic employed by the operator, who did not want to be quoted, said the brakes had failed twice in March.",
])
def test_people_a_participle_of_employment_describes_speak(sentence):
    claim = _claim(f"A bus crashed on Monday, killing nine people.\n\n{sentence}\n",
                   "the brakes had failed twice in March")
    assert claim["anonymous"] is True
    assert claim["speaker"].startswith(("two drivers", "mechanic")), claim


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A source at the ministry's regional office in Kelvo who is not authorised to speak to the press said the "
     "inspection had been skipped.", "source at the ministry's regional office in Kelvo"),
    ("A source at the Department of Roads' regional office in Kelvo who is not authorised to speak to the press "
     "said the inspection had been skipped.", "source at the Department of Roads' regional office in Kelvo"),
    ("An official in Kelvo who was not authorized to speak publicly said the inspection had been skipped.",
     "official in Kelvo"),
])
def test_a_relative_clause_after_a_place_is_the_persons(sentence, speaker):
    claim = _claim(f"A bus crashed on Monday.\n\n{sentence}\n", "the inspection had been skipped")
    assert (claim["speaker"], claim["anonymous"]) == (speaker, True)


@pytest.mark.parametrize(("company", "cue", "stance"), [
    ("Harbour Grain Ltd.", "has withdrawn its statement that", "retracts"),
    ("Harbour Grain S.A.", "said", "asserts"),
    ("Harbour Grain Inc.", "said", "asserts"),
])
def test_a_companys_legal_form_before_its_appositive(company, cue, stance):
    text = (f"A fire destroyed two silos at a grain terminal on Sunday.\n\n{company}, the operator of the silo at "
            f"Port Vela, {cue} the fire had been caused by lightning.\n")
    claim = _claim(text, "the fire had been caused by lightning")
    assert (claim["speaker"], claim["stance"]) == (company, stance)


@pytest.mark.parametrize("sentence", [
    "The inspection report, dated April 13, says the front brakes were defective.",
    "The inspection report, dated 13 April, lists the front brakes as defective.",
    "The audit, dated May 2, 2026, says the front brakes were defective.",
])
def test_a_documents_date_is_no_speaker(sentence):
    speakers = {c["speaker"] for c in _claims(f"A bus crashed on Monday.\n\n{sentence}\n")}
    assert not any(s and "dated" in s.lower() for s in speakers), speakers


@pytest.mark.parametrize("sentence", [
    "The terminal at Puerto Vela handles about a fifth of Chile's wheat exports.",
    "The terminal at Puerto Vela ships about half of Chile's wheat exports.",
])
def test_about_a_figure_is_no_cue(sentence):
    claims = _claims(f"A fire destroyed two silos at a grain terminal on Sunday.\n\n{sentence}\n")
    assert {c["speaker"] for c in claims} == {"Coastal Tribune"}, claims


_AGENCIES = ("The National Forest Agency has withdrawn its approval of a hotel built inside a protected park.\n\n"
             "{survey} showed that the hotel's walls stood 40 metres inside the boundary.\n\n"
             "In a statement issued on Tuesday, the agency said the earlier map had been wrong and that the permit "
             "was void.\n\n"
             '"We relied on a map that was out of date," the statement said.\n')


@pytest.mark.parametrize("survey", [
    "A survey published last month by the State Land Registry Agency",
    "A survey by the State Land Registry Agency, published on Monday,",
])
def test_the_agency_is_the_storys_not_a_documents_maker(survey):
    text = _AGENCIES.format(survey=survey)
    assert _claim(text, "the hotel's walls stood 40 metres inside the boundary")["speaker"] == \
        "State Land Registry Agency"
    assert _claim(text, "the earlier map had been wrong and that the permit was void")["speaker"] == \
        "National Forest Agency"
    assert _claim(text, "We relied on a map that was out of date")["speaker"] == "National Forest Agency"


def test_a_makers_agency_is_still_the_agency_when_no_other_spoke():
    text = ("Rivers were polluted.\n\nA report by the Environment Agency found that nitrate levels had doubled.\n\n"
            "The agency said farms were to blame.\n")
    assert _claim(text, "farms were to blame")["speaker"] == "Environment Agency"
