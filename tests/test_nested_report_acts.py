"""A report verb inside another speaker's content with only its object after it ('said a clerk had
reported the fault') tells of an act: the outer speaker's statement, never a claim of the clerk's."""

from __future__ import annotations

from provenance.extract import extract_claimset


def _claims(text: str) -> list[tuple[str | None, str]]:
    found = extract_claimset(text, slug="a", outlet="Valley Herald", published="2025-05-20")
    names = {s["id"]: s["name"] for s in found["speakers"]}
    return [(names.get(c["speaker"]), c["text"]) for c in found["claims"]]


def test_a_report_verb_with_only_its_object_inside_a_content_is_the_outer_speakers():
    claims = _claims("The storeman said a foreman had reported the leak to the regional office in March.")
    assert [name for name, _ in claims] == ["storeman"]
    assert claims[0][1] == "a foreman had reported the leak to the regional office in March"


def test_a_report_verb_with_its_object_and_next_deed_inside_a_content_is_the_outer_speakers():
    claims = _claims("Two drivers told the Harlow Echo a dispatcher had reported the fault on May 2 and was told to wait.")
    assert "dispatcher" not in {name for name, _ in claims}


def test_a_report_verb_with_a_clause_inside_a_content_stays_a_nested_claim():
    claims = _claims("The inspector said the clinic reported the outbreak had spread to two wards.")
    assert ("clinic", "the outbreak had spread to two wards") in claims
