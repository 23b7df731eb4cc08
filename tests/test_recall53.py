"""A statement the rules read running on past 'but' into another speaker's report ('The union said the cranes were
unsafe but the managers dismissed the complaint'): the model reads that report at the content's tail, and the
content ends before the 'but' as it does before ', and' or ', while' (combine.ModelFrames.trailing); issue 14."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _claims(text: str) -> list[tuple[str | None, str]]:
    cs = extract_claimset(text, slug="t", outlet="Harbor Ledger", published="2026-11-20", use_model=True)
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(names.get(c["speaker"]), c["text"]) for c in cs["claims"]]


@pytest.mark.parametrize("text, speaker, content", [
    ("The dockers' union said the cranes were unsafe but the company's managers dismissed the complaint.",
     "dockers union", "the cranes were unsafe"),
    ("Ana Lind said the tender had been rigged but the board denied any wrongdoing.",
     "Ana Lind", "the tender had been rigged"),
    ("Critics say the bridge is too costly but the mayor has praised it as a landmark.",
     "critics", "the bridge is too costly"),
])
def test_content_ends_before_but_and_another_report(text, speaker, content):
    claims = _claims(text)
    assert claims[0] == (speaker, content)
    assert len(claims) == 2 and claims[1][0] != speaker


@pytest.mark.parametrize("text, content", [
    ("Ana Lind said the ferry was late but the crew was not to blame.", "the ferry was late but the crew was not to blame"),
    ("The mayor said the quay would reopen in May but only for small boats.",
     "the quay would reopen in May but only for small boats"),
])
def test_but_with_no_report_after_it_stays_in_the_content(text, content):
    assert [c for _, c in _claims(text)] == [content]
