"""A lay trade's word with the body its bearer works at or for named after it is that body's staff,
never a private person (review of db9fdac): 'an architect for the Tarn council', 'a nurse at Tarn
General Hospital'. With no body named, or a place, the trade stays a private person's. Invented
descriptions of this file's own writing."""

from __future__ import annotations

import pytest

from provenance.standing import standing


@pytest.mark.parametrize("role", [
    "an architect for the Tarn council",
    "a clerk at the county court",
    "an accountant at Orrin Freight",
    "a nurse at Tarn General Hospital",
])
def test_a_trade_at_a_named_body_is_its_staff(role):
    assert standing([role]) is None


@pytest.mark.parametrize("role", ["a teacher at a local school", "a farmer at Lunde", "a nurse",
                                  "owner of a bakery"])
def test_a_trade_with_no_body_named_stays_a_private_persons(role):
    assert standing([role]) == "private person"
