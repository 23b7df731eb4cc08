"""The subject of a cue read back past what is set off between it and its verb (issue 13, point 5: the
speaker of a claim, not a word of an aside): a description after a possessive written with its apostrophe
alone ('Tom Keller, Burgess' campaign manager, said') or after an honorific ("Ms. Vogel's spokesman, Emil
Vogt, said"), an aside between dashes or spaced hyphens ('Mr. Okafor - in a remark aimed at the mayor -
declared'), and a place with its own description inside a participle's phrase ('Sen. Paul Brandt, facing a
race in Ohio, a swing state, said'). Every name and sentence is invented for this test."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _claims(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker's name, the words naming the speaker, content) of each claim with a cue."""
    cs = extract_claimset(text, slug="t", use_model=False)
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    return [(names.get(c["speaker"] or ""),
             text[c["speaker_start"]:c["speaker_end"]] if c.get("speaker_start") is not None else None, c["text"])
            for c in cs["claims"] if c["cue"]]


@pytest.mark.parametrize("text, name, content", [
    # a possessive of a name ending in s, z or x with its apostrophe alone opens a description set off by commas
    ("Tom Keller, Burgess\u2019 campaign manager, said the path was clear.", "Tom Keller", "the path was clear"),
    ("Dana Reyes, Ruiz\u2019 senior adviser, told reporters the count was over.", "Dana Reyes", "the count was over"),
    ("\u201cOur path runs through the state capitals,\u201d Tom Keller, Burgess\u2019 campaign manager, said in a"
     " statement.", "Tom Keller", "Our path runs through the state capitals"),
    ("\"Our path is clear,\" Tom Keller, Burgess' campaign manager, said.", "Tom Keller", "Our path is clear"),
    # a name before an aside between dashes: the aside's last words are no subject
    ("Mr. Okafor - in a remark aimed squarely at the mayor - declared that the city must change.", "Okafor",
     "the city must change"),
    ("Mr. Okafor -- in a remark aimed squarely at the mayor -- declared that the city must change.", "Okafor",
     "the city must change"),
    ("Ines Marlow \u2014 in a letter to the harbour board \u2014 wrote that the fees were unlawful.", "Ines Marlow",
     "the fees were unlawful"),
    ("Dana Whitlow \u2014 who worked at the ministry for ten years \u2014 states that the audit was flawed.",
     "Dana Whitlow", "the audit was flawed"),
    # a possessive after an honorific with its full stop, then the name set off by commas
    ("Gov. Vogel's spokesman, Emil Vogt, said the plan was fine.", "Emil Vogt", "the plan was fine"),
    ("''The vile raids draw us together: solidarity with the victims,'' Ms. Vogel's spokesman, Emil Vogt, wrote"
     " on Twitter.", "Emil Vogt", "The vile raids draw us together: solidarity with the victims"),
    ("Dr. Ana Vogel's lawyer, Emil Vogt, told reporters the plan was fine.", "Emil Vogt", "the plan was fine"),
    # a place after a preposition inside a participle's phrase, then the place's description
    ("Sen. Paul Brandt, facing a tough challenge in Ohio, a swing state, said he would welcome the bill.",
     "Paul Brandt", "he would welcome the bill"),
    ("Sen. Paul Brandt, who faces a tough race in Ohio, a swing state, said he would welcome the bill.",
     "Paul Brandt", "he would welcome the bill"),
])
def test_the_subject_before_what_is_set_off(text: str, name: str, content: str) -> None:
    claims = _claims(text)
    assert [(n, c) for n, _m, c in claims] == [(name, content)], claims


@pytest.mark.parametrize("text, name", [
    # a hyphen inside words, or a description of people in a place, is no aside
    ("Officials in Ohio, a swing state, said the count was over.", "officials in Ohio"),
    ("A farmer in Ohio, Dana Reyes, said the count was over.", "Dana Reyes"),
    ("Mr. Okafor, a well-known trade-union leader, said the city must change.", "Okafor"),
])
def test_no_aside_where_none_is_set_off(text: str, name: str) -> None:
    claims = _claims(text)
    assert len(claims) == 1 and (claims[0][0] or "").casefold() == name.casefold(), claims
