"""What a party says of every one (or none) of a kind against another source's finding about a part
of it (issue 12): 'every boiler was serviced on schedule' against an inspector's 'boilers that had not
been serviced', 'our pilots have never flown past their hours' against 'a third of the rostered pilots
flew past their limit'. The two share few words, so the matcher sees no conflict; the part answers the
whole, which it disputes, and the finding keeps its standing. The two must say one thing of the kind
(a word in common, one sense in other words, or a finding about the part): 'the hikers did not
panic' is no exception to 'all hikers were rescued'. Invented articles of this file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ingested

from provenance.opposites import exception, quantified

BOILERS = {
    "courier-boilers": ("The Vell Courier", "2026-04-02",
                        "The housing inspectorate's report found boilers that had not been serviced in three "
                        "tower blocks, inspector Lena Marsk said on Monday."),
    "gazette-boilers": ("The Vell Gazette", "2026-04-03",
                        "The landlord's director, Oskar Brandt, said every boiler was serviced on schedule."),
}

PILOTS = {
    "courier-pilots": ("The Vell Courier", "2026-05-02",
                       "The aviation authority's auditor, Ines Roaldsen, said a third of the rostered pilots had "
                       "flown past their duty limit in March."),
    "gazette-pilots": ("The Vell Gazette", "2026-05-03",
                       "The airline's chief executive, Tor Halden, said its pilots had never flown past their duty "
                       "limit."),
}

APART = {
    "courier-vans": ("The Vell Courier", "2026-06-02",
                     "The depot manager, Ana Lisk, said every van was washed on Friday."),
    "gazette-vans": ("The Vell Gazette", "2026-06-03",
                     "A union steward, Bo Kalm, said the vans will not be replaced this year, and the mayor, "
                     "Eli Varn, said every bus should be inspected before the winter."),
}


@pytest.mark.parametrize(("whole", "part", "kind"), [
    ("every boiler was serviced on schedule", "boilers that had not been serviced in three blocks", "boiler"),
    ("all of the flats passed the fire check", "only 12 of the flats were checked", "flat"),
    ("not one patient was turned away", "half of the registered patients were sent home", "patient"),
    ("our pilots have never flown past their duty limit", "a third of the rostered pilots flew past it", "pilot"),
    ("None of our trucks has ever been overloaded", "two of the trucks were overloaded", "truck"),
    # one sense in other words (corroboration.json opposites.quantifiers alike)
    ("all 12 lifts are in service", "two of the lifts were not in use", "lift"),
    ("every tenant was refunded", "tenants who have not been paid back their deposits", "tenant"),
    # a finding about a part answers the whole in words of its own
    ("none of our lifts has ever been unsafe", "the inspectors found faults in a third of the lifts", "lift"),
    ("every ticket was scanned at the gate", "the turnstile records list only 900 tickets", "ticket"),
    # a count or a 'some' word before the kind makes 'never' a part not so, not none of the kind
    ("all the kilns were relined in spring", "three kilns were never relined", "kiln"),
    ("each gate of the weir was greased", "some of the gates were never greased", "gate"),
    # a part that is not in a state, in a verb and at most an object of its own ('were', 'have' before
    # the negation): one thing said of the kind in other words
    ("every tram was in service on Monday", "four trams were not running", "tram"),
    ("all the cleaners were paid on time", "some cleaners have not received their wages", "cleaner"),
])
def test_a_part_of_a_kind_answers_what_is_said_of_all_or_none_of_it(whole, part, kind):
    found = exception(whole, part)
    assert found is not None and found[0] == kind and found[3] is True
    assert exception(part, whole)[3] is False


@pytest.mark.parametrize(("whole", "other"), [
    ("every boiler was serviced on schedule", "the boiler was serviced in May"),  # no part against it
    ("every window will be replaced by June", "windows that had not been replaced"),  # a plan, no finding
    ("no family should have to choose between rent and water", "half of the families paid late"),  # an opinion
    ("checks on all Thai durian shipments were stepped up", "durians don't wait"),  # another head noun
    ("one of the company's directors gave money", "the company has never paid a bribe"),  # directors, not the company
    # 'almost all' is a part, never all
    ("almost all ferries sailed on time", "two of the ferries did not sail on time"),
    ("nearly every boiler was serviced", "boilers that had not been serviced"),
    ("virtually all of the flats passed the fire check", "only 12 of the flats were checked"),
])
def test_no_exception_without_a_part_of_the_same_kind_against_it(whole, other):
    assert exception(whole, other) is None


@pytest.mark.parametrize(("whole", "other"), [
    ("all hikers were rescued", "the hikers did not panic"),
    ("each of the wardens was briefed", "two of the wardens did not attend the meeting"),
    ("the porters never complained", "some of the porters were late"),
    ("None of our trucks has ever been overloaded", "two of the trucks carried 40 tonnes"),
])
def test_no_exception_when_the_part_says_something_else_of_the_kind(whole, other):
    """The two must say one thing of the kind: a word in common, one sense in other words, or a
    finding ('the audit found') about the part."""
    assert exception(whole, other) is None


@pytest.mark.parametrize(("whole", "other"), [
    ("every tram was in service on Monday", "two of the trams did not stop at the depot"),  # an act of their own
    ("all the cleaners were paid on time", "some cleaners have not been trained on the new floor machines"),
])
def test_a_long_or_acted_negation_of_a_part_says_something_else(whole, other):
    assert exception(whole, other) is None


def test_a_count_before_never_takes_a_part():
    assert [(f, s) for f, s, _, _ in quantified("three kilns were never relined")] == [("every", -1)]
    assert [(f, s) for f, s, _, _ in quantified("our kilns were never relined")] == [("none", 1)]


def test_a_hedged_or_negated_universal_says_nothing_of_all():
    assert quantified("every window will be replaced by June") == ()
    assert [(f, s) for f, s, _, _ in quantified("not every flight left on time")] == [("every", -1)]


@pytest.mark.parametrize("article, whole, part", [
    (BOILERS, "every boiler was serviced on schedule", "boilers that had not been serviced"),
    # 'never' against a share of the same kind
    (PILOTS, "had never flown past their duty limit", "a third of the rostered pilots"),
])
def test_the_party_saying_every_one_is_disputed_and_the_finding_stands(run, tmp_path, article, whole, part):
    claims = ingested(run, tmp_path, article)
    said = _by_text(claims, whole)
    assert said and {c["status"] for c in said} == {"disputed"}, claims
    found = _by_text(claims, part)
    assert found and all(c["status"] != "disputed" for c in found), claims


HIKERS = {
    "courier-hikers": ("The Vell Courier", "2026-06-12",
                       "The rescue coordinator, Ana Lisk, said all hikers were rescued from the ridge on Sunday."),
    "gazette-hikers": ("The Vell Gazette", "2026-06-13",
                       "A mountain guide, Bo Kalm, said two of the hikers did not panic when the fog came down."),
}


def test_another_thing_said_of_part_of_the_kind_disputes_nothing(run, tmp_path):
    """'two of the hikers did not panic' is no exception to 'all hikers were rescued'."""
    claims = ingested(run, tmp_path, HIKERS)
    rescued = _by_text(claims, "rescued")
    assert rescued and all(c["status"] != "disputed" for c in rescued), claims


def test_other_kinds_plans_and_hedges_dispute_nothing(run, tmp_path):
    claims = ingested(run, tmp_path, APART)
    assert claims and all(c["status"] != "disputed" for c in claims), claims


GROWERS = {
    "courier-growers": ("The Vell Courier", "2026-07-02",
                        "Olav Rask, a grower from Lunde, said he delivered 1,400 kilogrammes of pears to the "
                        "cooperative in August and is still owed 9,000 crowns."),
    "gazette-growers": ("The Vell Gazette", "2026-07-04",
                        "\"I delivered 620 kilogrammes of pears to the cooperative in August and I have not been "
                        "paid,\" said Mette Vik, a grower from Storli."),
}

COUNTS = {
    "courier-counts": ("The Vell Courier", "2026-08-02",
                       "The fire chief, Olav Rask, said 1,400 people were evacuated from the Lunde estate on Sunday."),
    "gazette-counts": ("The Vell Gazette", "2026-08-03",
                       "The mayor, Mette Vik, said 620 people were evacuated from the Lunde estate on Sunday."),
}


def test_two_peoples_figures_of_their_own_doings_do_not_conflict(run, tmp_path):
    """Each grower tells of her own delivery: two deliveries, no disagreement."""
    claims = ingested(run, tmp_path, GROWERS)
    mine = _by_text(claims, "delivered")
    assert len(mine) == 2 and all(c["status"] != "disputed" for c in mine), claims


def test_two_peoples_figures_of_one_thing_still_conflict(run, tmp_path):
    """Two officials' counts of one evacuation disagree: each is disputed."""
    claims = ingested(run, tmp_path, COUNTS)
    counts = _by_text(claims, "people were evacuated")
    assert len(counts) == 2 and {c["status"] for c in counts} == {"disputed"}, claims


WITNESSES = {
    "courier-witness": ("The Vell Courier", "2026-08-12",
                        "Ana Roe, who saw Per Lund's van hit the barrier, said he was driving at 90 kilometres "
                        "an hour."),
    "gazette-witness": ("The Vell Gazette", "2026-08-13",
                        "Bo Kalm, who saw Per Lund's van hit the barrier, said he was driving at 50 kilometres "
                        "an hour."),
}


def test_two_witnesses_figures_of_a_third_persons_doing_still_conflict(run, tmp_path):
    """'he' is the driver both witnesses name, not either witness: one speed, two figures."""
    claims = ingested(run, tmp_path, WITNESSES)
    speeds = _by_text(claims, "was driving at")
    assert len(speeds) == 2 and {c["status"] for c in speeds} == {"disputed"}, claims


KILNS = {
    "courier-kilns": ("The Vell Courier", "2026-09-02",
                      "The brickworks owner, Ana Lisk, said all the kilns were relined in the spring."),
    "gazette-kilns": ("The Vell Gazette", "2026-09-03",
                      "A safety inspector, Bo Kalm, said three kilns were never relined."),
}


def test_a_count_before_never_disputes_what_is_said_of_all(run, tmp_path):
    """'three kilns were never relined' is a part of the kilns against 'all the kilns were relined',
    not a claim that none of them was."""
    claims = ingested(run, tmp_path, KILNS)
    said = _by_text(claims, "all the kilns were relined")
    assert said and {c["status"] for c in said} == {"disputed"}, claims
