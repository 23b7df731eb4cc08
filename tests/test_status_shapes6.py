"""Shapes behind statuses on real news, round 6 (issue 12), each on text written for this test:
figures about different things that are no dispute, a correction on air by a named presenter, and
the police speaking of their own case."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.corroboration import ClaimRecord, verdict_of
from provenance.matching import numbers_about_one_thing, same_measure
from provenance.rules import decide_all


@pytest.mark.parametrize("a, b, about_one_thing", [
    # two sums spent by two bodies on two things: a scale ('million') and the currency fused to the
    # figure ('kr1' of 'Kr1.5') say nothing of what a figure is about
    ("The mayor's office spent Kr1.5 million on the parade", "The festival committee spent Kr1.2 million on fireworks",
     False),
    ("The council spent $2.5 billion on roads last year", "Households spent $1.8 billion on heating", False),
    # one measurement, told twice: the words near the figures are the same
    ("tests found lead at 14 times the national limit in the east end",
     "the water contained lead at four times the national limit", True),
])
def test_figures_about_different_things_are_no_conflict(a, b, about_one_thing):
    """DESIGN.md: a mismatch on numbers is a conflict signal only when the two figures are about the
    same thing; words any two sums share (the scale, the currency) do not make them so."""
    assert numbers_about_one_thing(a, b) is about_one_thing
    assert not same_measure(a, b) or about_one_thing


SPENDING = """Parade costs questioned

The mayor's office spent Kr1.5 million on the parade, its accounts show.

The festival committee spent Kr1.2 million on fireworks, the committee's treasurer Nils Orvik said.
"""


def test_two_sums_of_two_bodies_do_not_dispute_each_other():
    """The two statements give sums of different spenders for different things: neither is disputed."""
    claims = ruled_claims(SPENDING)
    spent = [c for c in claims if "spent" in c["text"]]
    assert len(spent) == 2 and all(c["status"] != "disputed" for c in spent), [(c["text"], c["reason"]) for c in spent]


ON_AIR = """Morning Call, Thursday

TESSA DRAKE (PRESENTER): The Tollen bridge, a 12-span crossing over the estuary, has been closed since Monday.

TESSA DRAKE: And a correction: earlier in the hour I said the bridge had 14 spans.
"""


def test_a_named_presenters_correction_retracts_and_disputes_nothing():
    """A speaker's correction in its own words ('And a correction: earlier I said C'), here a
    presenter named by a transcript label, takes C back: C is retracted, and a figure its own
    source took back contradicts no other claim (the bridge's 12 spans are not disputed)."""
    claims = ruled_claims(ON_AIR, outlet="Morning Call")
    corrected = [c for c in claims if "14 spans" in c["text"]]
    assert corrected and {c["status"] for c in corrected} == {"retracted"}, corrected
    assert "correction" in corrected[0]["reason"]
    others = [c for c in claims if "12-span" in c["text"]]
    assert others and all(c["status"] != "disputed" for c in others), [(c["text"], c["reason"]) for c in others]


POLICE = """Man dies in house fire

Police said a man in his 80s had died in a house fire in Orrin Vale on Tuesday.

Police confirmed two neighbours had been taken to hospital.

The fire started in the kitchen, authorities said.
"""


@pytest.mark.parametrize("words, status", [
    ("a man in his 80s had died", "confirmed"),     # 'Police said': the force in charge of the case
    ("two neighbours had been taken", "confirmed"),  # 'Police confirmed'
    ("started in the kitchen", "unconfirmed"),      # 'authorities said': names no office
])
def test_the_police_speaking_of_their_own_case_are_on_the_record(words, status):
    """'Police said' in news is the force in charge of the case the story reports (six of seven
    in PolNeAR train), speaking for itself: on the record, as a named body is. 'Authorities'
    names no office and stays one unnamed source."""
    found = [c for c in ruled_claims(POLICE) if words in c["text"]]
    assert found and {c["status"] for c in found} == {status}, [(c["text"], c["reason"]) for c in found]


def test_what_the_police_did_is_no_statement_of_theirs():
    """'Police repeat the driver's name over the radio': words the model read as a cue that report
    no statement (no reporting verb of cues.json) are the publisher's account of what the police
    did, not the police on the record."""
    did = ClaimRecord(key=1, doc="blog", text="the driver's name", speaker="Police", anonymous=False,
                      speaker_kind="institution", publisher="Orrin Vale Courier", seq=1, cue="repeat")
    said = ClaimRecord(key=2, doc="blog", text="the driver had been arrested", speaker="Police", anonymous=False,
                       speaker_kind="institution", publisher="Orrin Vale Courier", seq=2, cue="said")
    decided = decide_all({1: did, 2: said}, [], [1, 2], {})
    assert decided[1][0] == "unconfirmed" and "what Police did" in decided[1][1], decided
    assert decided[2][0] == "confirmed", decided


FACT_CHECK = """No, the Varn Food Agency has not banned Harlow yoghurt

Claim: The Varn Food Agency has banned the sale of Harlow Foods yoghurt and ordered every shop to destroy its stock.

Verdict: Mostly false

A post shared widely on Facebook since Monday claims that the Varn Food Agency has banned Harlow Foods yoghurt across the country.

A spokesperson for the Varn Food Agency said the agency had issued no ban on any Harlow product.

Harlow Foods recalled one batch of strawberry yoghurt last week after a labelling error, the company said.

The claim that the Varn Food Agency has banned Harlow Foods yoghurt is false.
"""


def test_a_fact_checks_rating_disputes_the_claim_it_checks():
    """A fact check states the claim it checks ('Claim: C') and rates it ('Verdict: Mostly false',
    'The claim that C is false'): C is disputed, the claim line being the claim checked rather than
    the fact check's own statement, and so is what says C (the post's claim); the true statements
    of the piece (the agency's, the company's recall) are not disputed by the false claim."""
    claims = ruled_claims(FACT_CHECK, outlet="VerityCheck")
    checked = [c for c in claims if c["text"].startswith("The Varn Food Agency has banned the sale")
               and c["stance"] == "asserts"]  # (the 'Claim:' line's words, its label its cue)
    assert checked and {c["status"] for c in checked} == {"disputed"}, checked
    post = [c for c in claims if c["text"].startswith("the Varn Food Agency has banned Harlow Foods yoghurt across")]
    assert post and {c["status"] for c in post} == {"disputed"}, [(c["text"], c["reason"]) for c in claims]
    true = [c for c in claims if "issued no ban" in c["text"] or "labelling error" in c["text"]]
    assert true and all(c["status"] == "confirmed" for c in true), [(c["text"], c["reason"]) for c in true]


@pytest.mark.parametrize("line, kind", [
    ("Verdict: FALSE", "rating"),
    ("Our ruling: Mostly false.", "rating"),
    ("Fact check : Misleading", "rating"),
    ("Verdict: True", None),                      # a rating of true disputes nothing
    ("The viral claim that the ferry sank is false.", "claim"),
    ("The claim that the ferry sank is accurate.", None),
    ("This is false.", "that"),
])
def test_what_a_fact_check_rates_false(line, kind):
    """The ratings and sentences by which a fact check calls a claim false (corroboration.json
    verdict_labels, rating_qualifiers; cues.json false words)."""
    r = ClaimRecord(key=1, doc="fc", text=line, speaker="VerityCheck", anonymous=False, speaker_kind="media",
                    publisher="VerityCheck", seq=1, form="unattributed")
    assert verdict_of(r) == kind


SPOKESPEOPLE = """Depot fire closes ring road

Harlow Freight said the depot would stay shut until Friday. A spokeswoman said no one had been hurt.

The firm has run the Harlow depot since 2019.

"The drivers were sent home at noon," a spokesman said.

The ring road reopened on Wednesday evening after crews cleared the debris.

A spokesman said the cause was still being investigated.
"""


@pytest.mark.parametrize("words, status", [
    ("no one had been hurt", "confirmed"),           # the body named in the sentence before
    ("drivers were sent home", "confirmed"),         # ... in the paragraph before
    ("still being investigated", "unconfirmed"),     # no body named in its sentence or the one before
])
def test_a_bare_spokesperson_speaks_for_the_body_named_beside_it(words, status):
    """DESIGN.md: confirmed is an official body speaking for itself. 'A spokeswoman said C' is the
    body's on-record statement when the text names the body in that sentence or the one before
    ('Harlow Freight said ... A spokeswoman said'), as news writes it; with no body named there,
    nobody is on the record: one unnamed source."""
    found = [c for c in ruled_claims(SPOKESPEOPLE) if words in c["text"]]
    assert found and {c["status"] for c in found} == {status}, [(c["text"], c["reason"]) for c in found]
