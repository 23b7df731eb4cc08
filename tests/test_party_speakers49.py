"""Statements a party makes that the publisher's own sentence must not swallow (issue 13): the speaker
named in a relative clause ('spoke with X, 71, who said', 'a beekeeper who said', 'whose owner, guide X,
confirmed'), a subject before a long insert about anonymity ('Meanwhile, an official, speaking on condition
of anonymity because ..., said', 'A civil servant at the port, who was not authorised to speak, told'), a
count of a group met before ('Seven of them said'), the view of a party named after an opening 'For' ('For
the union, C') and a subject with an adverb before its cue ('The minister nevertheless denied'). Every
sentence is written for this test: invented people, bodies and outlets."""

from __future__ import annotations

import pytest
from test_extract import claims_of

HERON = {"outlet": "The Lindqvist Heron"}


def attributed(text: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of every claim some source makes; the publisher's own sentences left out."""
    return [(c["speaker_name"], c["text"]) for c in claims_of(text, **HERON) if c["form"] != "unattributed"]


RELATIVE_SPEAKERS = {  # text: (speaker, content)
    "The Heron spoke with Tomas Ruel, 71, who said the ferry had been late every day for a month.":
        ("Tomas Ruel", "the ferry had been late every day for a month"),
    "The Heron also spoke to a beekeeper, who said she had lost half her hives to the spraying.":
        ("beekeeper", "she had lost half her hives to the spraying"),
    "Reporters met a beekeeper who said she had lost half her hives to the spraying.":
        ("beekeeper", "she had lost half her hives to the spraying"),
    "The trek was run by an outfitter based in Saldor, whose owner, guide Piet Maron, confirmed that the group "
    "had left without a permit.": ("Piet Maron", "the group had left without a permit"),
}


@pytest.mark.parametrize("text", sorted(RELATIVE_SPEAKERS))
def test_the_speaker_named_in_a_relative_clause(text):
    assert attributed(text) == [RELATIVE_SPEAKERS[text]]


def test_a_pronoun_after_the_relative_clause_is_the_person_it_named():
    text = ("The trek was run by an outfitter based in Saldor, whose owner, guide Piet Maron, confirmed that the "
            "group had left without a permit. He, however, insisted the route was safe.")
    assert attributed(text) == [("Piet Maron", "the group had left without a permit"),
                                ("Piet Maron", "the route was safe")]


INSERTS = {  # text: (speaker, content)
    "Meanwhile, a port authority official, speaking on condition of anonymity because he was not authorised "
    "to talk to the press, said the dredging tender would be cancelled.":
        ("port authority official", "the dredging tender would be cancelled"),
    "A civil servant at the town hall, who was not authorised to speak publicly about the tender, told the "
    "Heron that it would be cancelled.": ("civil servant at the town hall", "it would be cancelled"),
    "On Thursday, a port authority official, speaking on condition of anonymity, said the dredging tender "
    "would be cancelled.": ("port authority official", "the dredging tender would be cancelled"),
    "A port authority official, speaking on condition of anonymity because the talks, which began in May, are "
    "confidential, said the dredging tender would be cancelled.":
        ("port authority official", "the dredging tender would be cancelled"),
}


@pytest.mark.parametrize("text", sorted(INSERTS))
def test_a_long_insert_about_anonymity_between_subject_and_cue(text):
    assert attributed(text) == [INSERTS[text]]


@pytest.mark.parametrize("count", ["Seven", "Twelve"])
def test_a_count_of_the_group_met_before_speaks(count):
    text = f"Forty growers came to the hall in Saldor. {count} of them said their orchards had flooded twice."
    assert attributed(text) == [(f"{count.lower()} of them", "their orchards had flooded twice")]


@pytest.mark.parametrize("adverb", ["nevertheless", "nonetheless"])
def test_the_minister_named_before_speaks_past_an_adverb(adverb):
    text = (f"Ports Minister Ola Brandt toured the Saldor quay on Monday. The minister {adverb} denied that the "
            "works were behind schedule.")
    assert [(c["speaker_name"], c["text"], c["stance"]) for c in claims_of(text, **HERON)
            if c["form"] != "unattributed"] == [("Ola Brandt", "the works were behind schedule", "denies")]


VIEWS = {  # text: (speaker, content)
    "For the Saldor Orchard Growers' Union (SOGU), the levy \"is a tax on bad weather\".":
        ("Saldor Orchard Growers' Union", "the levy \"is a tax on bad weather\""),
    "For the minister, the delay at the quay is the fault of the contractor.":
        ("minister", "the delay at the quay is the fault of the contractor"),
    "For hydrologist Mira Okafor, of the Saldor Water Institute, the new gauges show that the river is rising.":
        ("Mira Okafor", "the new gauges show that the river is rising"),
}


@pytest.mark.parametrize("text", sorted(VIEWS))
def test_the_view_of_the_party_named_after_an_opening_for(text):
    assert attributed(text) == [VIEWS[text]]


NO_PARTY_AFTER_FOR = [
    "For years, the quay at Saldor has flooded every spring.",
    "For the first time, the Saldor council met in public.",
    "For residents of Saldor, the closure means a longer drive to the coast.",
    "For the families on the quay, none of this is yet the point.",
    "For its part, the Saldor council kept its own counsel.",
]


@pytest.mark.parametrize("text", NO_PARTY_AFTER_FOR)
def test_only_an_opening_for_with_a_party_gives_a_view(text):
    party = "For the minister, the delay at the quay is the fault of the contractor."
    assert attributed(f"{text} {party}") == [("minister", "the delay at the quay is the fault of the contractor")]
