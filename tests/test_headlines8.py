"""Headlines over a body (issue 14), on text written for this test: a headline that gives its speaker
by a role or a label ('Harbour master says C', 'Mayor: "C"') is the claim of the source the body
names in that role, one source in one document, so it never corroborates the body's claim; a
headline that names someone else keeps its own speaker; a headline without a full stop stays a
heading, no claim (as the held-out batches judge headings and subheads), as does a subhead that ends
with a quotation holding no full stop ('Skipper: \u2018Not one more shift\u2019'); and a question in the
publisher's own voice (an explainer's 'Who decides the fares?') states nothing."""

from __future__ import annotations

import json

import pytest

from provenance.extract import extract_claimset

ROLE_HEADLINE = """Harbour master says ferry fleet is safe to sail.

The ferry fleet is safe to sail, harbour master Odile Varnsby said on Tuesday, after two vessels were withdrawn for checks.

"Every ferry passed its inspection," Varnsby told reporters at the quay in Port Elsmere.

Union leader Tam Grieve said crews had raised concerns about the older boats.
"""

COLON_HEADLINE = """Mayor: 'We were never warned about the dam.'

Mayor Ines Quardell said on Monday that the council had never been warned about cracks in the Lower Ottery dam.

"We were never warned about the dam," Quardell told the Ottery Courier.

Engineer Bo Tarrant said the cracks had been reported in March.
"""

OTHER_ROLE = """Engineer says the spillway gates were never tested.

The spillway gates were never tested, Mayor Ines Quardell said on Monday.

Engineer Bo Tarrant, who inspected the dam in March, said the gates had jammed twice.
"""

NO_FULL_STOP = """Police deny report of second suspect in Marlow Quay fire

Kessbury police on Friday denied a report in the Marlow Courier that a second suspect was being sought over the fire at Marlow Quay.

"There is one suspect and he is in custody," Superintendent Rhona Teale said.
"""

EXPLAINER = """Quenby ferry fares: what we know

Ferry fares on the Quenby crossing will rise by 12% in April, the operator said on Monday.

Who decides the fares?

The harbour board will vote on the rise on March 3, chair Wilma Ashwell said. Will the vote be close? Nobody on the board would say.

"Who will pay for the new boats?" asked councillor Brin Tamsey.
"""


def _headline_claims(text: str) -> list[dict]:
    cs = extract_claimset(text, slug="t", outlet="Harbour Gazette")
    speakers = {s["id"]: s["name"] for s in cs["speakers"]}
    first_line = text.index("\n")
    return [{**c, "speaker_name": speakers.get(c["speaker"] or "")} for c in cs["claims"]
            if c["start"] < first_line and c["form"] != "unattributed"]


@pytest.mark.parametrize("text, speaker", [(ROLE_HEADLINE, "Odile Varnsby"), (COLON_HEADLINE, "Ines Quardell")])
def test_a_headline_speaker_given_by_role_is_the_body_source_of_the_same_claim(text, speaker):
    """'Harbour master says C' over 'C, harbour master Odile Varnsby said': the headline's C is hers."""
    claims = _headline_claims(text)
    assert claims and {c["speaker_name"] for c in claims} == {speaker}, claims


def test_a_headline_role_the_body_gives_someone_else_keeps_its_speaker():
    """'Engineer says C' where the body's C is the mayor's: the engineer's words, not the mayor's."""
    claims = _headline_claims(OTHER_ROLE)
    assert claims and "Ines Quardell" not in {c["speaker_name"] for c in claims}, claims


def test_a_headline_without_a_full_stop_is_a_heading_and_no_claim():
    cs = extract_claimset(NO_FULL_STOP, slug="t", outlet="Harbour Gazette")
    first_line = NO_FULL_STOP.index("\n")
    assert not [c for c in cs["claims"] if c["start"] < first_line]
    assert any(c["stance"] == "denies" for c in cs["claims"])  # the body's denial is read


def test_a_headline_repeating_the_body_claim_does_not_corroborate_it(run, tmp_path):
    """Stored: the headline and the body's sentence are one source in one document, so no
    `corroborates` link joins them and neither is `corroborated`."""
    path = tmp_path / "harbour.txt"
    path.write_text(ROLE_HEADLINE, encoding="utf-8")
    assert run("ingest", str(path), "--silent").exit_code == 0
    claims = json.loads(run("claims", "--format", "json").stdout)
    safe = [c for c in claims if "safe to sail" in c["text"]]
    assert len(safe) == 2 and {c["speaker"] for c in safe} == {"Odile Varnsby"}, safe
    assert {c["status"] for c in safe} == {"confirmed"}, safe
    for c in safe:
        shown = json.loads(run("show", str(c["id"]), "--format", "json").stdout)
        assert [link for link in shown["links"] if link["relation"] == "corroborates"] == [], shown["links"]


def test_a_question_in_the_publishers_voice_is_no_claim():
    """'Who decides the fares?' over an answer, or asked in passing: a question asserts nothing; the
    statements around it stay."""
    texts = [c["text"] for c in extract_claimset(EXPLAINER, slug="t", outlet="Harbour Gazette")["claims"]]
    assert not [t for t in texts if t.endswith("?") and ("decides the fares" in t or "vote be close" in t)], texts
    assert any("will vote on the rise" in t for t in texts) and any("rise by 12%" in t for t in texts), texts


LIVE = """Quenby ferry strike: live updates

09:10 Crews walked off the first sailing of the day, the operator said.

Skipper: ‘Not one more shift’

“We have waited two years for this offer,” skipper Ilsa Pembro told reporters on the quay.

Operator “ready to talk”

The operator said it was ready to talk on Friday.
"""


def test_a_subhead_ending_with_a_quotation_without_a_full_stop_is_a_heading():
    """'Skipper: ‘Not one more shift’' and 'Operator “ready to talk”' head the entries below
    them; the quotations with their full stops in the entries stay claims."""
    texts = [c["text"] for c in extract_claimset(LIVE, slug="t", outlet="Harbour Gazette")["claims"]]
    assert not [t for t in texts if "one more shift" in t or t.rstrip("”").endswith("ready to talk")], texts
    assert any("waited two years" in t for t in texts) and any("ready to talk on Friday" in t for t in texts), texts


@pytest.mark.parametrize("line, dropped", [
    ("Welcome to our live coverage of the Quenby ferry strike.", True),
    ("Keep refreshing this page for the latest.", True),
    ("That\u2019s where we\u2019ll leave our live coverage for today.", True),
    ("This report by Harbour Press was first published Oct. 3, 2026.", True),
    ("Welcome to the new normal, the mayor said.", False),
    ("This report was first published by the council in 2019 and has been withdrawn since.", False),
])
def test_a_live_pages_housekeeping_and_a_wire_tagline_are_no_claims(line, dropped):
    from provenance.extract.page import is_boilerplate

    assert is_boilerplate(line) is dropped
