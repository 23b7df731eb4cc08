"""A body's initials given after its name in the possessive ("the Sorbek Lottery Board's (SLB) spring draw") are
the body's, not its possessive: 'SLB records show' closing a later sentence is the board's (issue 13). Every
sentence is written for this test: invented bodies, places and outlets."""

from __future__ import annotations

from test_extract import claims_of

GULL = {"outlet": "The Morrow Gull"}


def test_initials_after_a_possessive_name_are_the_body_s():
    text = ("The top prize of the Sorbek Lottery Board's (SLB) spring draw was paid to a trader from Hallam.\n\n"
            "The trader collected a cheque at the board's office in Kelby on March 3, SLB records show.\n")
    got = [(c["speaker_name"], c["text"]) for c in claims_of(text, **GULL) if c["form"] != "unattributed"]
    assert got[-1] == ("Sorbek Lottery Board", "The trader collected a cheque at the board's office in Kelby on March 3")
