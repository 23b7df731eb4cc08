"""Speakers and outlets on unseen copy (issue 13): shapes of batch 35's misses and the review's leftovers, with
sentences, names, bodies and places invented.

- a firm's officer named in apposition after the firm's possessive, the firm's name holding a particle or ending in
  a plural's apostrophe, the officer's post 'owner' ("Vins du Lac's export manager, Odile Ferrand, said", "Marrow
  Haulers' owner, Piet Lagen, said"): the officer speaks, on the record, no outlet's;
- a name a relative clause credits with first reporting a story ('Kronika Orvel, which first broke the story of
  the spill, reported on Sunday that C'): a news outlet speaks C, and the credit is no claim; 'that fishermen'
  opens a clause, never a demonstrative (the plural in -men);
- the outlet an opening phrase names as the receiver of a reaction or reply ('In an emailed response to Kronika
  Orvel, the operator said C'; 'In a reply sent to the Gazette on Monday,'); a firm's legal form of several words
  ('Tarn Obras S. de R.L.') ends its name;
- no junk speaker: a participle that dates a record after its maker's name ('a review by the Tarn Audit Chamber
  released in May'), a body's name whose place its initials spell ('the Institute for Soil and Water in Ghana
  (ISWG)');
- a quotation closed by 'the letter said' or 'the note said' after a body's letter or note: the body's;
- review leftovers: people a body employs speak whatever their trade's noun ('Four stevedores employed by the port
  authority said'); a body's office whose title is the second word ("KRB's Operations Director Mira Salo") is no
  outlet's journalist; a named body keeps its description as its role ('Tidewatch, a conservation charity').
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset

_LEAD = "A barge spilled diesel into the Velm estuary near the town of Haskor on Thursday.\n\n"


def _claims(text: str, outlet: str = "Haskor Herald") -> tuple[list[dict], list[dict]]:
    cs = extract_claimset(text, slug="t", outlet=outlet, published="2026-12-07")
    names = {s["id"]: s for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    claims = [{"speaker": names[c["speaker"]]["name"] if c["speaker"] else None,
               "kind": names[c["speaker"]]["kind"] if c["speaker"] else None,
               "role": names[c["speaker"]].get("role") if c["speaker"] else None,
               "anonymous": names[c["speaker"]]["anonymous"] if c["speaker"] else None,
               "outlet": outlets.get(c.get("outlet") or ""), "text": c["text"]}
              for c in cs["claims"]]
    return claims, cs["speakers"]


def _claim(text: str, content: str, outlet: str = "Haskor Herald") -> dict:
    claims, _ = _claims(text, outlet)
    found = [c for c in claims if c["text"].startswith(content)]
    assert found, (content, claims)
    return found[0]


@pytest.mark.parametrize(("who", "speaker"), [
    ("Vins du Lac's export manager, Odile Ferrand,", "Odile Ferrand"),
    ("Marrow Haulers' owner, Piet Lagen,", "Piet Lagen"),
    ("Brask Fuels' logistics director, Hanne Voll,", "Hanne Voll"),
    ("Haskor Tugs's owner, Emil Brandt,", "Emil Brandt"),
])
def test_a_firms_officer_after_its_possessive_speaks(who, speaker):
    text = _LEAD + f"{who} said the barge had been refuelled on Wednesday night, but that no crew member had reported a leak.\n"
    claim = _claim(text, "the barge had been refuelled on Wednesday night")
    assert (claim["speaker"], claim["anonymous"], claim["outlet"]) == (speaker, False, None), claim


def test_a_credited_first_report_is_an_outlet_speaking():
    text = _LEAD + ("Kronika Orvel, which first broke the story of the spill, reported on Sunday that fishermen in "
                    "three villages downstream had stopped fishing.\n")
    claims, _ = _claims(text)
    claim = _claim(text, "fishermen in three villages downstream had stopped fishing")
    assert (claim["speaker"], claim["kind"], claim["outlet"]) == ("Kronika Orvel", "media", "Kronika Orvel"), claim
    assert not [c for c in claims if c["text"].startswith("the story")], claims  # the credit states nothing


@pytest.mark.parametrize("sentence", [
    "Kronika Orvel, which first revealed the spill, said on Sunday that the barge's pump had failed twice in May.",
    "The weekly Haskor Courier, which first reported the spill, said on Sunday that the barge's pump had failed "
    "twice in May.",
])
def test_the_credit_of_a_relative_clause_is_no_claim(sentence):
    claims, _ = _claims(_LEAD + sentence + "\n")
    assert [c["text"] for c in claims if "the spill" == c["text"]] == [], claims
    assert _claim(_LEAD + sentence + "\n", "the barge's pump had failed twice in May")["kind"] == "media"


def test_a_plural_in_men_after_that_opens_a_clause():
    text = _LEAD + "The harbour master told the council that fishermen in Haskor had seen the slick at dawn.\n"
    assert _claim(text, "fishermen in Haskor had seen the slick at dawn")["speaker"] == "harbour master"


@pytest.mark.parametrize(("opening", "outlet"), [
    ("In an emailed response to Kronika Orvel, the operator", "Kronika Orvel"),
    ("In a written reaction to Kronika Orvel, the operator", "Kronika Orvel"),
    ("In a reply sent to Kronika Orvel on Monday, the operator", "Kronika Orvel"),
])
def test_the_outlet_a_reaction_was_sent_to(opening, outlet):
    text = _LEAD + f"{opening} said the barge had passed its last inspection in March.\n"
    claim = _claim(text, "the barge had passed its last inspection in March", outlet="Kronika Orvel")
    assert claim["outlet"] == outlet, claim


def test_a_legal_form_of_several_words_ends_a_firms_name():
    text = _LEAD + ("The barge's owner, Tarn Obras S. de R.L., said in a statement sent to Kronika Orvel that the hull "
                    "had been certified \"without reservations\" and that the spill was contained.\n")
    claim = _claim(text, "the hull had been certified", outlet="Kronika Orvel")
    assert (claim["speaker"], claim["kind"], claim["outlet"]) == ("Tarn Obras S. de R.L.", "institution", "Kronika Orvel")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The barge had not been inspected since 2024, according to a review by the Tarn Audit Chamber released in May.",
     "Tarn Audit Chamber"),
    ("According to a study by the Velm Estuary Trust published last week, diesel spills had doubled since 2020.",
     "Velm Estuary Trust"),
])
def test_a_participle_dating_a_record_is_no_part_of_its_maker(sentence, speaker):
    claims, speakers = _claims(_LEAD + sentence + "\n")
    assert speaker in {s["name"] for s in speakers}, speakers
    assert not [s["name"] for s in speakers if s["name"].endswith(("released", "published"))], speakers


def test_a_place_the_initials_spell_is_part_of_the_bodys_name():
    text = _LEAD + ("The fishermen's cooperative said it had sent water samples to the Institute for Soil and Water in "
                    "Ghana (ISWG). The institute would not say when the results were due.\n")
    claim = _claim(text, "when the results were due")
    assert claim["speaker"] == "Institute for Soil and Water in Ghana", claim


@pytest.mark.parametrize("document", ["letter", "note", "email"])
def test_a_quotation_closed_by_a_message_noun_is_its_senders(document):
    text = _LEAD + (f"In a {document} to the barge's owner on Friday, the Velm Ports Directorate said the owner had "
                    "ignored two warnings.\n\n"
                    f'"The directorate expects the hull to be repaired before the barge sails again," the {document} said.\n')
    claim = _claim(text, "The directorate expects the hull to be repaired")
    assert (claim["speaker"], claim["outlet"]) == ("Velm Ports Directorate", None), claim


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Four stevedores employed by the port authority said the pump had been leaking for a month.", "group"),
    ("Two tug operators employed by the harbour, who asked not to be named, said the pump had been leaking for a "
     "month.", "group"),
    ("A docker employed by the port authority said the pump had been leaking for a month.", "person"),
])
def test_people_a_body_employs_speak_whatever_their_trade(sentence, kind):
    claim = _claim(_LEAD + sentence + "\n", "the pump had been leaking for a month")
    assert (claim["kind"], claim["anonymous"], claim["outlet"]) == (kind, True, None), claim


def test_a_bodys_title_in_its_second_word_is_no_journalist():
    text = _LEAD + "KRB's Operations Director Mira Salo said the barge had no permit to carry diesel.\n"
    claim = _claim(text, "the barge had no permit to carry diesel")
    assert (claim["speaker"], claim["outlet"]) == ("Mira Salo", None), claim


@pytest.mark.parametrize(("who", "role"), [
    ("Tidewatch, a conservation charity,", "conservation charity"),
    ("The Velm Estuary Trust, the main fishing association on the coast,", "main fishing association on the coast"),
])
def test_a_named_body_keeps_its_description_as_its_role(who, role):
    claim = _claim(_LEAD + f"{who} said the slick had reached the oyster beds.\n", "the slick had reached the oyster beds")
    assert (claim["kind"], claim["role"], claim["anonymous"]) == ("institution", role, False), claim
