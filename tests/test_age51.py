"""An age set off by commas after a name ('Piet Halloran, 54, said') is written as one in the role ('aged 54', 'aged
54, a fisherman'), never a role '54'; the status rules read it as they read the bare '54' before (a private person's
single source)."""

from __future__ import annotations

import json

import pytest

from provenance.extract import extract_claimset


def _speaker(sentence: str) -> dict:
    cs = extract_claimset(sentence + "\n", slug="t", outlet="Coastal Tribune", published="2026-11-30")
    speakers = {s["id"]: s for s in cs["speakers"]}
    return speakers[cs["claims"][0]["speaker"]]


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Piet Halloran, 54, said the catch had collapsed.", "Piet Halloran", "aged 54"),
    ("Piet Halloran, 54, a fisherman, said the catch had collapsed.", "Piet Halloran", "aged 54, a fisherman"),
    ("Anna Berg, 61, a farmer in Orvel, said the river had turned brown.", "Anna Berg", "aged 61, a farmer in Orvel"),
    ("Tomas Reed, 38, told the Coastal Tribune that the dredgers had stopped.", "Tomas Reed", "aged 38"),
    ("Ines Marr, 58, whose house was destroyed, said the water came at night.", "Ines Marr",
     "aged 58, whose house was destroyed"),
])
def test_an_age_is_no_role(sentence, name, role):
    sp = _speaker(sentence)
    assert (sp["name"], sp.get("role")) == (name, role)


def test_a_description_with_no_age_is_still_the_role():
    sp = _speaker("Anna Berg, the chief executive, said the river had turned brown.")
    assert (sp["name"], sp.get("role")) == ("Anna Berg", "chief executive")


def test_an_aged_person_stays_a_private_persons_single_source(run, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Title: Fish kill\nOutlet: Coastal Tribune\nPublished: 2026-11-30\n\n"
                     "Piet Halloran, 54, said he had never seen so many dead fish.\n")
    assert run("ingest", str(story)).exit_code == 0
    [claim] = json.loads(run("claims", "--format", "json").stdout)
    assert (claim["speaker_role"], claim["status"]) == ("aged 54", "unconfirmed")
    assert "Piet Halloran, aged 54 (private person" in claim["reason"]
