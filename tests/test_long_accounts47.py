"""A long article whose statements name hundreds of people still ingests: its accounts' words are
asked of the claim search index in parts, and a look-up too large for one SQLite statement is
answered by reading the claims instead. Before, the look-up of stored withdrawals that might take
back one of its speakers (`parties._reported_withdrawals_of`) put every word of every speaker's
name in one statement, and SQLite refused it ('Expression tree is too large (maximum depth 1000)'):
an article of some 400 KB could not be ingested at all. Invented articles of this file's own writing."""

from __future__ import annotations

import pytest
from sqlmodel import Session
from test_status_shapes import _by_text, ingested
from test_withdrawn_lawyers46 import OWN, WITHDRAWAL

from provenance import claim_index
from provenance.claim_index import ClaimIndex
from provenance.corroboration import withdrawal_hints
from provenance.db import open_database

GIVEN = ("Arvo", "Berit", "Caspar", "Dagny", "Emil", "Frida", "Gunnar", "Hedda", "Ivar", "Jorunn")
# 180 surnames no two residents share: the accounts' words, some 190, are more than one statement holds
FAMILY = tuple(f"{first}{last}" for first in ("Aal", "Brek", "Cor", "Dyr", "Eik", "Foss", "Gren", "Holm", "Jern",
                                                 "Kol")
               for last in ("berg", "dal", "nes", "vik", "stad", "lund", "rud", "heim", "seth", "mo", "by", "sand",
                            "gard", "strand", "voll", "aker", "li", "hus"))
THINGS = ("bakery", "pharmacy", "library", "playground", "post office", "school gate", "bridge", "quay", "market",
          "chapel")
SAID = ("had reopened after the storm", "needed a new roof", "was painted green in spring", "closed early on Sundays",
        "flooded every winter", "lost its sign in the wind", "had a new owner", "was the oldest in town",
        "drew tourists in July", "was loud at night", "had moved twice", "smelled of tar", "sold local honey",
        "kept a visitors' book", "was built by fishermen", "had no ramp for wheelchairs", "was lit by gas lamps",
        "hosted a choir", "faced the harbour", "was for sale")


def _many_residents() -> str:
    """A paragraph a resident, 180 of them, each with a surname no other has."""
    return "\n\n".join(f"{GIVEN[n % len(GIVEN)]} {family}, who lives in the old town, said the {THINGS[n % 10]} "
                       f"{SAID[n // 10]}." for n, family in enumerate(FAMILY))


@pytest.fixture
def indexed(monkeypatch):
    monkeypatch.setattr(claim_index, "SCAN_BELOW", {})  # the search index answers even a small database


@pytest.mark.slow  # (some 15 s: 180 statements through the status rules)
def test_an_article_naming_hundreds_of_people_ingests(run, tmp_path, indexed):
    claims = ingested(run, tmp_path, {
        "gazette-flour": ("The Vell Gazette", "2026-10-09", WITHDRAWAL),
        "courier-ferry": ("The Vell Courier", "2026-10-10", OWN + "\n\n" + _many_residents())})
    told = {c["speaker"] for c in claims if c["speaker"] and c["speaker"].split()[-1] in FAMILY}
    assert len(told) == len(FAMILY)
    # the withdrawal stored first still takes back the lawyer's account among them
    hers = [c for c in _by_text(claims, "tested for mould") if c["speaker"] == "Ruth Sandvik"]
    assert hers and all("withdrawn" in (c["reason"] or "") for c in hers), hers


def test_a_look_up_too_large_for_one_statement_is_not_asked(run, tmp_path, indexed):
    ingested(run, tmp_path, {"gazette-flour": ("The Vell Gazette", "2026-10-09", WITHDRAWAL)})
    db = open_database(run.db)
    try:
        with Session(db.engine) as session:
            index = ClaimIndex.of(session)
            assert index is not None
            words = [family.casefold() for family in FAMILY]
            # SQLite: not asked, the caller reads the claims; PostgreSQL: one regular expression, asked
            assert index.claims([withdrawal_hints(), words], 100) == (None if index.sqlite else [])
            assert index.claims([withdrawal_hints(), words[:40]], 100) == []  # asked: none holds them
    finally:
        db.close()
