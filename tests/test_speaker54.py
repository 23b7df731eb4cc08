"""Speakers and outlets on unseen copy (issue 13): shapes of batch 34's misses, with sentences and names invented.

- a body's office and its holder after the body's initials as a possessive ("MSB's Director General, Dr. Ana
  Lind, told a press conference") are no outlet's journalist: the body is no outlet, the claim the publisher's
  (titles.json's media_job_titles keep "Tarnwatch's Political Editor Ana Vos" a credit);
- people a participle of employment describes ('Three mechanics employed by the depot, who asked not to be named
  because ..., said') speak, not their employer; a relative clause after a place ('An engineer at the ministry's
  branch in Brask who is not authorised to speak said') belongs to the person before the place;
- a company's name ending in a legal form's full stop before an appositive ('Harbour Grain Ltd., the operator of
  the silo at Port Vela, has withdrawn its statement that C') is the subject: its retraction;
- a participle's phrase set off after a document ("The tram's service log, dated March 9, says") is no speaker;
  a verb and 'about' before a figure ('processes about a fifth of the pine') is no cue.

The sentences are written in other words and another order than the batch's copy (session 55): they test the
shapes, not the batch's sentences.
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


_PRESS = ("A ferry company may lose its permit after a fire at sea last month.\n\n"
          "{who}, told a press conference on Friday that the company had missed two safety drills.\n\n"
          '"We wrote to them in May. Nothing changed," Lind said.\n\n'
          "She said her staff would board every ship by June.\n")


@pytest.mark.parametrize("who", ["MSB's Director General, Dr. Ana Lind", "MSB's Chief Inspector, Ana Lind",
                                 "The MSB's Director General, Ana Lind"])
def test_a_bodys_head_is_no_outlets_journalist(who):
    text = _PRESS.format(who=who)
    for content in ("the company had missed two safety drills", "We wrote to them in May", "Nothing changed",
                    "her staff would board every ship by June"):
        claim = _claim(text, content)
        assert claim["speaker"] == "Ana Lind"
        assert claim["outlet"] is None, claim  # the publisher's, as any other source's


def test_a_journalists_title_keeps_the_credit():
    text = ("Regulators suspended a bus operator's licence on Monday.\n\n"
            "CNN's Chief Political Correspondent Ana Vos said the board had ignored three warnings.\n")
    assert _claim(text, "the board had ignored three warnings")["outlet"] == "CNN"


@pytest.mark.parametrize("sentence", [
    "Three mechanics employed by the depot, who asked not to be named because their contracts bar them from "
    "speaking to reporters, said the steering had been faulty for weeks.",
    "Three mechanics employed by the depot, who asked not to be named, said the steering had been faulty for weeks.",
    "Three mechanics employed by the depot said the steering had been faulty for weeks.",
    "A cleaner employed by the ferry line, who did not want to be quoted, said the steering had been faulty for weeks.",
])
def test_people_a_participle_of_employment_describes_speak(sentence):
    claim = _claim(f"A tram left the rails on Friday, injuring four people.\n\n{sentence}\n",
                   "the steering had been faulty for weeks")
    assert claim["anonymous"] is True
    assert claim["speaker"].startswith(("three mechanics", "cleaner")), claim


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("An engineer at the transport ministry's district branch in Brask who is not authorised to speak publicly "
     "said nobody had checked the rails.", "engineer at the transport ministry's district branch in Brask"),
    ("A clerk at the Bureau of Highways' district branch in Brask who is not authorised to speak publicly said "
     "nobody had checked the rails.", "clerk at the Bureau of Highways' district branch in Brask"),
    ("An official in Brask who was not authorized to speak publicly said nobody had checked the rails.",
     "official in Brask"),
])
def test_a_relative_clause_after_a_place_is_the_persons(sentence, speaker):
    claim = _claim(f"A tram left the rails on Friday.\n\n{sentence}\n", "nobody had checked the rails")
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
    "The tram's service log, dated March 9, says its sanding gear was broken.",
    "The tram's service log, dated 9 March, shows its sanding gear had broken down.",
    "The checklist, dated June 1, 2026, says the sanding gear was broken.",
])
def test_a_documents_date_is_no_speaker(sentence):
    speakers = {c["speaker"] for c in _claims(f"A tram left the rails on Friday.\n\n{sentence}\n")}
    assert not any(s and "dated" in s.lower() for s in speakers), speakers


@pytest.mark.parametrize("sentence", [
    "The Brask sawmill processes about a fifth of the province's pine.",
    "The Brask sawmill processes about half of the province's pine.",
])
def test_about_a_figure_is_no_cue(sentence):
    claims = _claims(f"A fire gutted a timber yard near Brask on Friday.\n\n{sentence}\n")
    assert {c["speaker"] for c in claims} == {"Coastal Tribune"}, claims


_AGENCIES = ("The National Forest Agency has cancelled the building permit of a lodge erected in a nature reserve.\n\n"
             "{survey} showed that the lodge's car park lay 25 metres past the reserve's edge.\n\n"
             "The agency said on Friday that it had been misled by an old chart and that the permit "
             "no longer stood.\n\n"
             '"Our chart was twenty years old," the statement said.\n')


@pytest.mark.parametrize("survey", [
    "A boundary survey released last month by the Coastal Mapping Agency",
    "A boundary survey by the Coastal Mapping Agency, issued on Thursday,",
])
def test_the_agency_is_the_storys_not_a_documents_maker(survey):
    text = _AGENCIES.format(survey=survey)
    assert _claim(text, "the lodge's car park lay 25 metres past the reserve's edge")["speaker"] == \
        "Coastal Mapping Agency"
    assert _claim(text, "it had been misled by an old chart and that the permit no longer stood")["speaker"] == \
        "National Forest Agency"
    assert _claim(text, "Our chart was twenty years old")["speaker"] == "National Forest Agency"


def test_a_makers_agency_is_still_the_agency_when_no_other_spoke():
    text = ("Rivers were polluted.\n\nA report by the Environment Agency found that nitrate levels had doubled.\n\n"
            "The agency said farms were to blame.\n")
    assert _claim(text, "farms were to blame")["speaker"] == "Environment Agency"
