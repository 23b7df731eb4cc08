"""An 'also' denial in the sentence of an accusation answers the accusation (issue 12): 'A said C, and
the company has also denied the claim' disputes C; only a rejection before it ('A told us there had
been no C, and B has also rejected the claim') is joined, not answered. Invented articles."""

from __future__ import annotations

from test_denial_answers48 import _one
from test_status_shapes import ingested

ACCUSED = {
    "tribune-quarry": ("The Ostra Tribune", "2026-11-04",
                       "Residents of Ostra have complained about dust for months.\n\n"
                       "Farmers' leader Jon Berrick said on Tuesday that the quarry had blasted at night without a "
                       "permit, and the company has also denied the claim."),
}

JOINED = {
    "tribune-ferry": ("The Ostra Tribune", "2026-11-06",
                      "Messages shared online claim the Ostra ferry will stop running in December.\n\n"
                      "The ferry company told the Tribune it hadn't changed the winter timetable, and the harbour "
                      "board has also rejected the claim."),
}


def test_an_also_denial_answers_the_accusation_of_its_sentence(run, tmp_path):
    claims = ingested(run, tmp_path, ACCUSED)
    accusation = [c for c in claims if c["stance"] == "asserts" and "blasted at night" in c["text"]]
    assert accusation and {c["status"] for c in accusation} == {"disputed"}, claims
    denial = [c for c in claims if c["stance"] == "denies"]
    # (the accusation's words run on over the denial's clause today; what is denied is the accusation)
    assert [c["text"].startswith("the quarry had blasted at night without a permit") for c in denial] == [True], claims


def test_an_also_rejection_joins_a_negative_statement_before_it(run, tmp_path):
    claims = ingested(run, tmp_path, JOINED)
    denial = [c for c in claims if c["stance"] == "denies"]
    assert [c["text"] for c in denial] == ["the Ostra ferry will stop running in December"], claims
    assert _one(claims, "changed the winter timetable")["status"] != "disputed", claims
