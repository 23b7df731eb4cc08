"""Statuses of withdrawals that point back ('the company withdrew that statement': the statement
just told, whoever gave it, not the withdrawer's own last claim). Invented articles of this file's
own writing."""

from __future__ import annotations

from test_status_shapes import _by_text, ruled_claims

PRESIDENT_WITHDRAWS = """Bakery chain recalls bread after mould complaints

Torvik Bakeries said on Friday that it would recall every loaf baked at its Hamnvik plant.

Its chief executive, Eli Norum, said the mould had been found after customers complained on Tuesday.

The company had said on Wednesday that only one batch of rye bread was affected. Norum withdrew that statement on Friday, saying tests had found mould in four kinds of bread.
"""


def test_that_statement_is_the_statement_just_told_not_the_withdrawers_own():
    """'The company had said C. Norum withdrew that statement': the company's C is retracted,
    withdrawn by Norum; Norum's own earlier claim stands."""
    claims = ruled_claims(PRESIDENT_WITHDRAWS)
    company, = [c for c in _by_text(claims, "only one batch of rye bread") if c["stance"] == "asserts"]
    assert company["status"] == "retracted", company
    assert "withdrawn by" in company["reason"] and "Norum" in company["reason"]
    own, = _by_text(claims, "the mould had been found after customers complained")
    assert own["status"] == "confirmed", own


SAME_SOURCE_WITHDRAWS = """Mill owner takes back denial

The mill's owner, Per Lunde, told the Courier on Monday that no river water had ever been used in the dye vats.

The county said it would test the river below the mill.

On Thursday Lunde withdrew that claim, saying he had not known what the night shift did.
"""


def test_that_claim_in_a_paragraph_of_its_own_is_the_withdrawers_last_claim():
    """'Lunde told C. // The county said D. // Lunde withdrew that claim': no statement before it in
    its paragraph, so the anaphor is Lunde's own last claim, C; the county's D stands."""
    claims = ruled_claims(SAME_SOURCE_WITHDRAWS)
    county, = [c for c in _by_text(claims, "test the river below the mill") if c["stance"] == "asserts"]
    assert county["status"] == "confirmed", county
    lunde, = [c for c in _by_text(claims, "no river water had ever been used") if c["stance"] == "asserts"]
    assert lunde["status"] == "retracted", lunde
