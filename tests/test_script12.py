"""Television news scripts whose parts are marked by production labels on lines of their own ('VO:',
'SOT: NAME, ROLE', 'STANDUP:', 'SUPER: NAME / ROLE', 'GFX: ...'), written for this test (invented people,
places and broadcaster, tests/fixtures/script12/): a label is never a speaker; a VO, standup, anchor or
tag's words are the broadcaster's reporting, read as prose; a soundbite's words after its label naming a
speaker are that speaker's; a caption states nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_status_shapes import ruled_claims

FIXTURES = Path(__file__).parent / "fixtures" / "script12"
OUTLET = "Valley News 7"
LABELS = {"vo", "v/o", "sot", "standup", "stand-up", "pkg", "anchor", "anchor intro", "anchor tag", "tag", "gfx", "cg",
          "super", "nat sound", "nats", "live", "bump"}


def _claims(name: str) -> list[dict]:
    return ruled_claims((FIXTURES / name).read_text(encoding="utf-8"), outlet=OUTLET)


def _speaker(claims: list[dict], words: str) -> set[str]:
    return {c["speaker_name"] for c in claims if words in c["text"]}


@pytest.mark.parametrize("name", ["water-outage.txt", "court.txt"])
def test_no_label_is_a_speaker_or_a_claim(name):
    claims = _claims(name)
    assert not [c for c in claims if (c["speaker_name"] or "").lower() in LABELS]
    assert not [c for c in claims if c["text"].strip(" .:").lower() in LABELS]


def test_a_soundbite_labelled_on_its_own_line_is_the_named_speaker_s():
    claims = _claims("water-outage.txt")
    assert _speaker(claims, "We have had no water for six days") == {"Odile Farrant"}
    assert _speaker(claims, "I have to drive my mother") == {"Odile Farrant"}


def test_a_super_after_a_bare_sot_names_the_speaker():
    claims = _claims("water-outage.txt")
    assert _speaker(claims, "Our crews are working through the night") == {"Bram Okonjo"}
    assert _speaker(claims, "We expect to restore pressure") == {"Bram Okonjo"}


def test_voice_over_and_standup_are_the_broadcaster_s_prose():
    claims = _claims("water-outage.txt")
    assert _speaker(claims, "queued for water from tankers") == {OUTLET}
    assert _speaker(claims, "supply will resume on Friday") == {"Kessby Water Authority"}
    assert _speaker(claims, "The outage began when a main burst") == {OUTLET}


def test_a_caption_states_nothing():
    assert not [c for c in _claims("water-outage.txt") if "WATER CUTS" in c["text"]]
    assert not [c for c in _claims("court.txt") if "PELLHAM COUNTY COURT" in c["text"]]


def test_two_soundbites_and_a_standup_in_a_court_story():
    claims = _claims("court.txt")
    assert _speaker(claims, "Not one pound of it reached the youth centre") == {"Cora Blackwood"}
    assert _speaker(claims, "My client followed every rule") == {"Desmond Arkwright"}
    assert _speaker(claims, "We will show that in this court") == {"Desmond Arkwright"}
    assert _speaker(claims, "The trial is expected to last three weeks") == {OUTLET}
    assert _speaker(claims, "moved grant money into a company") >= {"prosecutors"}


def test_a_soundbite_is_direct_speech():
    claims = _claims("court.txt")
    cora = [c for c in claims if c["speaker_name"] == "Cora Blackwood"]
    assert cora and all(c["form"] == "direct" for c in cora)


def test_an_article_with_one_label_like_word_is_no_script():
    text = ("Storm closes Tarnmouth port\n\nLive: the port of Tarnmouth closed on Monday, the harbour authority said.\n\n"
            "\"We will reopen when the wind drops,\" said harbour master Ivo Dran.\n")
    claims = ruled_claims(text, outlet=OUTLET)
    assert _speaker(claims, "We will reopen when the wind drops") == {"Ivo Dran"}


def test_labels_in_any_case_with_or_without_a_colon():
    text = ("Bridge closure snarls Corvey traffic\n\nAnchor:\nThe Corvey bridge will stay shut until March.\n\nV/O\n"
            "Drivers sat in queues for an hour on the ring road.\n\nNAT SOUND\n(car horns)\n\n"
            "sot: Hallam Voss, taxi driver\nI lose three fares a morning. Nobody tells us anything.\n\n(STANDUP)\n"
            "The county will run a shuttle bus from Monday.\n")
    claims = ruled_claims(text, outlet=OUTLET)
    assert _speaker(claims, "I lose three fares a morning") == {"Hallam Voss"}
    assert _speaker(claims, "Nobody tells us anything") == {"Hallam Voss"}
    assert _speaker(claims, "Drivers sat in queues") == {OUTLET}
    assert _speaker(claims, "shuttle bus") == {OUTLET}
    assert not [c for c in claims if "car horns" in c["text"]]
    assert not [c for c in claims if (c["speaker_name"] or "").lower() in LABELS]


def test_bracketed_labels_alone_on_their_lines_in_the_case_of_words():
    text = ("Ferry fares rise on the Skerra crossing\n\n[Anchor Lead]\n\nFares on the Skerra ferry rise by a fifth from "
            "May, the operator said on Monday.\n\n[Pkg]\n\nCommuters on the early crossing were angry.\n\n[Soundbite]\n"
            "Maren Tolle, commuter\nI pay for this boat twice a day. We were never asked.\n\n[Standup]\n\n"
            "The operator says fuel costs have doubled.\n")
    claims = ruled_claims(text, outlet=OUTLET)
    assert _speaker(claims, "I pay for this boat twice a day") == {"Maren Tolle"}
    assert _speaker(claims, "We were never asked") == {"Maren Tolle"}
    assert _speaker(claims, "Commuters on the early crossing were angry") == {OUTLET}
    assert not [c for c in claims if (c["speaker_name"] or "").lower() in LABELS | {"pkg", "standup", "soundbite"}]
