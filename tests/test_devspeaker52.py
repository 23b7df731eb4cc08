"""Speakers on PolNeAR-like prose (issue 13): a participle cue ('saying', 'adding') after a comma that closes a
clause of its own, opened by 'and' or 'but' with a new subject and a verb that is no cue, is that subject's,
not the previous report's speaker's ('Tenants say C, and the league has sued the city, saying D': the league
says D), and the previous report ends before the clause. Sentences and names invented."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _claims(text: str) -> list[tuple[str, str]]:
    cs = extract_claimset(text + "\n", slug="t", outlet="Coastal Tribune", published="2026-12-07")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(names.get(c["speaker"] or "", ""), c["text"]) for c in cs["claims"] if c.get("speaker_start") is not None]


@pytest.mark.parametrize(("sentence", "claims"), [
    ("Tenant groups say the rules are unfair, and the Civic Rights League has already sued the city, saying the "
     "rules violate the charter.",
     [("Tenant groups", "the rules are unfair"), ("Civic Rights League", "the rules violate the charter")]),
    ("Farmers said the water was running out, and the Delmont Valley Council sued the utility, saying it had "
     "broken the contract.",
     [("Farmers", "the water was running out"), ("Delmont Valley Council", "it had broken the contract")]),
    ("The union said the offer was too low, but the company walked out of the talks, adding that the offer was final.",
     [("union", "the offer was too low"), ("company", "the offer was final")]),
])
def test_a_participle_after_a_clause_of_its_own_is_its_subjects(sentence, claims):
    assert _claims(sentence) == claims


@pytest.mark.parametrize(("sentence", "claims"), [
    # no clause of its own between: the participle goes on from the report before it
    ("Ilse Varn said the plan would cost jobs, adding that the council had not listened.",
     [("Ilse Varn", "the plan would cost jobs"), ("Ilse Varn", "the council had not listened")]),
    # the words after 'and' are an object, not a clause: still the first speaker's
    ("Ilse Varn criticized the plan and the budget, saying both would cost jobs.",
     [("Ilse Varn", "both would cost jobs")]),
])
def test_a_participle_with_no_clause_between_stays_with_the_report_before(sentence, claims):
    got = _claims(sentence)
    assert all(c in got for c in claims)


def _all_claims(text: str) -> list[tuple[str, str]]:
    cs = extract_claimset(text, slug="t", outlet="Coastal Tribune", published="2026-12-07")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(names.get(c["speaker"] or "", ""), c["text"]) for c in cs["claims"]]


@pytest.mark.parametrize(("text", "claim"), [
    # a report in a subordinate clause after the quotation does not take the next quotation over
    ('Crowds filled the square.\n\n"We are going to win this county," Ilse Varn said at a rally in Delmont, two '
     'hours after local stations declared the count over. "You will be so proud."\n',
     ("Ilse Varn", "You will be so proud")),
    ('Crowds filled the square.\n\n"The contracts are binding," spokesman Orrin Tate told the Courier in July, '
     'after the mayor stated an interest in ending them. "They cannot be cancelled."\n',
     ("Orrin Tate", "They cannot be cancelled")),
    ('Crowds filled the square.\n\n"The contracts are binding," Orrin Tate said, before the council argued that '
     'they could be ended. "Nobody can cancel them."\n',
     ("Orrin Tate", "Nobody can cancel them")),
])
def test_a_quotation_after_a_subordinate_report_goes_on_from_the_quoted_speaker(text, claim):
    assert claim in _all_claims(text)


@pytest.mark.parametrize(("text", "claim"), [
    # a report of its own after the quotation (no subordinator) still takes the next quotation
    ('Crowds filled the square.\n\n"The contracts are binding," Orrin Tate said. The mayor said they could be '
     'ended. "Nobody is bound forever."\n',
     ("mayor", "Nobody is bound forever")),
])
def test_a_quotation_after_a_main_report_goes_on_from_it(text, claim):
    assert claim in _all_claims(text)
