"""A cleft ('it was not the pump that failed', 'it is not the mayor who decides') names what did not
do something; it denies nothing of the thing itself, so another source stating it is no disagreement
(issue 12). A plain negation of the same words still is. Invented articles of this file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ingested

from provenance.corroboration import _clefts_only, negated_phrase

FERRY = {
    "courier-ferry": ("The Coast Courier", "2026-03-02",
                      "The harbour engineer, Mira Tolan, said crews stored diesel fuel from the east depot at the "
                      "Selvo ferry terminal on Sunday."),
    "gazette-ferry": ("The Harbour Gazette", "2026-03-04",
                      "The port director, Jens Aavik, said it was not diesel fuel from the east depot that started "
                      "the fire at the Selvo ferry terminal on Sunday."),
}

DENIED = {
    "courier-ferry": FERRY["courier-ferry"],
    "gazette-ferry": ("The Harbour Gazette", "2026-03-04",
                      "The port director, Jens Aavik, said crews had not stored diesel fuel from the east depot at "
                      "the Selvo ferry terminal on Sunday."),
}


@pytest.mark.parametrize(("cleft", "stating"), [
    ("it was not the old canal lock that flooded the north quay", "boats used the old canal lock every night"),
    ("It is not the harbour board who decides the fares", "the harbour board raised the fares in May"),
    ("it wasn't diesel fuel from the depot that started the fire", "the depot stored diesel fuel in open drums"),
    ("It's not school buses which block the bridge", "school buses cross the bridge twice a day"),
    ("it had been not winter storms that closed the road, the council said", "winter storms hit the coast"),
])
def test_a_cleft_is_no_negated_phrase(cleft, stating):
    """'it was not X that ...' says X did not do something, not that X was not there."""
    assert negated_phrase(cleft, stating) is None
    assert negated_phrase(stating, cleft) is None


@pytest.mark.parametrize(("text", "only"), [
    ("it was not the old canal lock that flooded the north quay", True),
    ("It is not the harbour board who decides the fares", True),
    ("it was not the old canal lock", False),  # no relative after it: a plain denial
    ("the lock was not old, and it was not the lock that flooded the quay", False),
    ("the boats used the old canal lock", False),  # no negation at all
])
def test_only_a_text_whose_every_negation_is_a_clefts_is_read_as_a_cleft(text, only):
    assert _clefts_only(text) is only


def test_a_plain_negation_of_the_phrase_still_denies():
    """Without the cleft's relative clause the same words are a denial."""
    assert negated_phrase("it was not diesel fuel from the depot", "the depot stored diesel fuel in open drums") is not None


def test_a_cleft_leaves_another_sources_account_undisputed(run, tmp_path):
    """The director's cleft names what did not start the fire; the engineer's account that crews
    stored the fuel stands, and the cleft is no dispute of it either."""
    claims = ingested(run, tmp_path, FERRY)
    for words in ("stored diesel fuel", "not diesel fuel from the east depot that started"):
        for c in _by_text(claims, words):
            assert c["status"] != "disputed", claims


def test_a_denial_of_the_same_account_still_disputes_it(run, tmp_path):
    """'crews had not stored diesel fuel' against the engineer's 'crews stored diesel fuel' is a
    disagreement: each is disputed."""
    claims = ingested(run, tmp_path, DENIED)
    assert {c["status"] for c in _by_text(claims, "diesel fuel from the east depot")} == {"disputed"}, claims
