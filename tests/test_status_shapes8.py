"""Shapes behind statuses on real news, round 8 (issue 12), each on text written for this test: an
unnamed office holder the text refers back to by a pronoun; a finding that states the opposite of
a party's claim in other words."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.opposites import opposite

WARD = """Minister orders review of Tarrow clinic rota

TARROW, May 3 (Valley Wire): The provincial health minister on Tuesday ordered a review of the night rota at Tarrow General Clinic.

The review will report within ten days, the minister said while visiting the clinic.

He said a second night ward would open at the clinic by June.

He said the clinic's budget for night staff would double next year.
"""


def test_a_pronoun_for_an_office_holder_keeps_them_on_the_record():
    """DESIGN.md: `confirmed` is on the record from a named speaker or an official body; 'the
    minister', the one holder of an office the text refers back to, is on the record as a name is,
    and so is every later statement the text gives them by a pronoun ('He said'): one person, one
    status, not a single anonymous source."""
    claims = [c for c in ruled_claims(WARD) if (c["speaker_name"] or "").casefold().endswith("minister")]
    assert len(claims) >= 3, [(c["text"], c["speaker_name"]) for c in ruled_claims(WARD)]
    assert {c["status"] for c in claims} == {"confirmed"}, [(c["text"], c["reason"]) for c in claims]


FOOTBRIDGE = """Inspectors find no slipway at Marrow Creek

Delvin Works chief executive Ossian Tarr said the slipway was completed in March.

Provincial inspector Halla Venn said her team found no trace of a slipway at the creek.

Delvin Works said the final instalment of its fee was never paid.

Council treasurer Ida Lorne said the final instalment was paid in April.

Harbour Board director Brann Olle said a second ramp would be completed by winter.
"""


@pytest.mark.parametrize("words, status", [
    ("the slipway was completed in March", "disputed"),       # the builder, answered by the inspectors' finding
    ("found no trace of a slipway", "confirmed"),              # the later answer, on the record
    ("of its fee was never paid", "disputed"),                 # the builder, answered by the council's treasurer
    ("the final instalment was paid in April", "confirmed"),
    ("a second ramp would be completed", "confirmed"),        # a plan: no finding either way
])
def test_a_finding_contradicts_the_claim_it_answers_in_other_words(words, status):
    """DESIGN.md: `disputed` is contradicted by another source. Inspectors who found no trace of a
    slipway contradict the builder who says it was completed, though the two share only the
    slipway: opposite sides of one fact about one thing (provenance.opposites), a `contradicts`
    link each way; a hedged side ('would be completed') states no finding."""
    claims = [c for c in ruled_claims(FOOTBRIDGE) if words in c["text"]]
    assert claims and {c["status"] for c in claims} == {status}, [(c["text"], c["reason"]) for c in ruled_claims(FOOTBRIDGE)]


@pytest.mark.parametrize("a, b, thing", [
    ("the slipway was completed in March", "her team found no trace of a slipway at the creek", "slipway"),
    ("the contractor was paid in full", "the contractor has never been paid", "contractor"),
    ("the slipway does not exist", "The slipway was there last spring", "slipway"),
    ("the slipway was completed", "the slipway would not be completed before June", None),   # hedged
    ("the slipway was completed", "no trace of a ramp was found", None),                         # another thing
    ("Support for the mayor rose in May", "support for the mayor fell in June", None),               # no such fact
    ("the depot, logged as completed, was never built", "the depot was built", None),               # both sides
])
def test_opposite_sides_of_one_fact(a, b, thing):
    found = opposite(a, b)
    assert (found[0] if found else None) == thing, found


LEVY = """Quay levy row reaches the council

Councillor Orla Fenwick said the harbour levy should not be used to punish ferry operators.

She said the levy had been approved by the harbour board in June, a claim the operators dispute.
"""


@pytest.mark.parametrize("words, status", [
    ("should not be used to punish", "confirmed"),   # said before, answered by nothing
    ("approved by the harbour board", "disputed"),   # the claim the operators dispute
])
def test_a_denial_in_the_sentence_it_answers_reaches_only_that_claim(words, status):
    """DESIGN.md: `disputed` is contradicted or denied by another source. 'P, a claim the operators
    dispute' denies P, in P's own sentence; the speaker's earlier statements are no part of what
    it answers (a denial of 'the report' in a sentence of its own still reaches the report)."""
    claims = [c for c in ruled_claims(LEVY) if words in c["text"] and c.get("stance", "asserts") == "asserts"]
    assert claims and {c["status"] for c in claims} == {status}, [(c["text"], c["reason"]) for c in ruled_claims(LEVY)]


LAWYERS = """Dockers' pay claim heads to tribunal

Employment lawyer Siobhan Marle, who has advised several unions, said such claims usually settle before a hearing.

Employment lawyer Teodor Vass, who is representing the dockers, said the union would not settle.
"""


@pytest.mark.parametrize("speaker, status", [
    ("Siobhan Marle", "unconfirmed"),   # a lawyer named by a field of law, commenting: an expert
    ("Teodor Vass", "confirmed"),       # the same trade acting for a side: that side's voice on the record
])
def test_a_lawyer_named_by_a_field_of_law_comments(speaker, status):
    """README of the held-out batches and DESIGN.md: experts are `unconfirmed`, a party on the
    record `confirmed`. A lawyer the text names by a field of law ('employment lawyer', 'election
    lawyer') and no client comments as an expert; one representing a side speaks for it."""
    claims = [c for c in ruled_claims(LAWYERS) if c["speaker_name"] == speaker]
    assert claims and {c["status"] for c in claims} == {status}, [(c["text"], c["reason"]) for c in claims]


FACT_CHECK = """Did the Orrin Vale council ignore four flood warnings?

Harbour Gazette Fact Check

The Statement

"The council was warned four times about the Orrin Vale levee and did nothing."
Councillor Petra Lund, Orrin Vale council meeting, 3 March 2026

The Verdict

Mostly false. The council received two warnings, not four, and repaired the levee after each.

The Analysis

Council engineer Ivo Brandt said the levee was repaired in 2024.
"""

TRUE_CHECK = FACT_CHECK.replace("Mostly false. The council", "True. The council")


# (the statement is its claimant's words, read from the line under it: a councillor on the record, `confirmed`
# when the rating disputes nothing)
@pytest.mark.parametrize("text, status", [(FACT_CHECK, "disputed"), (TRUE_CHECK, "confirmed")])
def test_the_claim_a_fact_check_sets_apart_takes_its_rating(text, status):
    """DESIGN.md: `disputed` is contradicted or denied by another source. A fact check that sets
    the claim it checks apart under a label of its own line ('The Statement') and rates it false
    under another ('The Verdict' / 'Mostly false.') disputes that claim, whoever it was read as
    said by; a rating that is no falsehood ('True.') disputes nothing."""
    claims = [c for c in ruled_claims(text) if "warned four times" in c["text"]]
    assert claims and {c["status"] for c in claims} == {status}, [(c["text"], c["reason"]) for c in claims]
    others = [c for c in ruled_claims(text) if "repaired in 2024" in c["text"]]
    assert others and all(c["status"] != "disputed" for c in others)


TWO_CHECKS = """Two claims about the Orrin Vale levee, checked

The Statement

"The levee was inspected every year since 2020."
Councillor Petra Lund, council meeting, 3 March 2026

The Verdict

True. Inspection records show a visit in each year.

The Statement

"The council was warned four times about the levee and did nothing."
Councillor Aksel Dunne, council meeting, 3 March 2026

The Verdict

Mostly false. The council received two warnings, not four.
"""


def test_a_page_of_several_checks_rates_each_by_its_own_verdict():
    """A page that checks two statements rates each by the verdict in its own part: the false one
    is disputed, the true one is not disputed by the other's rating."""
    claims = ruled_claims(TWO_CHECKS)
    true = [c for c in claims if "inspected every year" in c["text"]]
    false = [c for c in claims if "warned four times" in c["text"]]
    assert true and all(c["status"] != "disputed" for c in true), [(c["text"], c["reason"]) for c in true]
    assert false and {c["status"] for c in false} == {"disputed"}, [(c["text"], c["reason"]) for c in false]


DEPOT = """Tram depot repairs questioned

A KTA engineer in the Kellin 4th District Depot Office, who asked not to be named, said the roof beams had never been replaced.
"""


def test_a_source_unnamed_on_request_is_one_anonymous_source():
    """DESIGN.md: `unconfirmed` is a single anonymous source. A source the text describes as asking
    not to be named is anonymous, whatever words of a body its description holds ('in the Kellin
    North District Depot Office'), never the body on the record."""
    claims = [c for c in ruled_claims(DEPOT) if "never been replaced" in c["text"]]
    assert claims and {c["status"] for c in claims} == {"unconfirmed"}, \
        [(c["text"], c["speaker_name"], c["reason"]) for c in claims]
