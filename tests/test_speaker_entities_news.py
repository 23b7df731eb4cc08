"""Speakers and outlets as news copy names them (issue 13), on sentences written for this test:
titles with a portfolio, descriptions before a titled name, bodies whose names hold 'and' or a
plural's apostrophe, 'the company' and surnames that refer back, outlets named with a description."""

from __future__ import annotations

import pytest
from test_extract import attributed, claims_of

from provenance.extract import extract_claimset


def _speaker(claim: dict) -> tuple:
    sp = claim["speaker_obj"] or {}
    return sp.get("name"), sp.get("anonymous"), sp.get("role"), sp.get("kind")


@pytest.mark.parametrize("text, name, role", [
    # a title with 'for' or 'of' and a portfolio goes to the role, the name is the person
    ("Deputy Minister for Rural Transport Helena Varga said the new timetable would start in March.",
     "Helena Varga", "Deputy Minister for Rural Transport"),
    ("Assistant Minister for Consumer Affairs Tobin Marlowe said the recall was voluntary.",
     "Tobin Marlowe", "Assistant Minister for Consumer Affairs"),
    ("The recall was voluntary, said Minister of Coastal Affairs Tobin Marlowe.",
     "Tobin Marlowe", "Minister of Coastal Affairs"),
    # a description before a titled name is the role; the honorific is no part of the name
    ("The report's lead author, Dr Oskar Brandt, said the batteries had overheated in the test.",
     "Oskar Brandt", "report's lead author"),
    ("Her lawyer, Sam Ortiz, said she would appeal.", "Sam Ortiz", "Her lawyer"),
    ("The study's lead author, Professor Mina Castell, said the cells had failed.", "Mina Castell",
     "study's lead author"),
])
def test_a_title_or_description_goes_to_the_role(text, name, role):
    claim, = attributed(text)
    assert _speaker(claim) == (name, False, role, "person")


@pytest.mark.parametrize("text, name", [
    # 'and' and a plural's apostrophe stay inside a body's name
    ("Fire and Rescue Tasmania said two people had been taken to hospital.", "Fire and Rescue Tasmania"),
    ("The River and Canal Workers' Union said the strike would continue until Friday.",
     "River and Canal Workers' Union"),
    ("The Harbour Pilots’ Association said the ships would wait outside the port.", "Harbour Pilots’ Association"),
    # 'the union', 'the federation', 'the company' refer to the body named before, spoken or not
    ("The Dock and Harbour Workers' Union called the strike. “We will not go back,” the union said.",
     "Dock and Harbour Workers' Union"),
    ("Ships waited after the Carrow Port Operators' Federation locked the gates. The federation said the gates "
     "would stay shut.", "Carrow Port Operators' Federation"),
    ("Prices rose at Gullby Energy on Monday. Customers were angry. The company said the rise was needed.",
     "Gullby Energy"),
    ("Workers at the Marlow Freight terminal walked out. The company said the strike was unlawful.", "Marlow Freight"),
    ("The ferry's owner, Tarn Shipping, said in a statement that it was cooperating with investigators.",
     "Tarn Shipping"),
    # a company introduced by what it is, with one word for a name
    ("Battery maker Kestrel shipped the units. Owners were told to unplug them. The company said no one was hurt.",
     "Kestrel"),
    ("Kestrel, a battery company based in Perth, shipped the units. Owners were told to unplug them. The company "
     "said no one was hurt.", "Kestrel"),
    ("Ferry operator Gullby Marine said the crossing would resume.", "Gullby Marine"),
])
def test_a_body_keeps_its_whole_name(text, name):
    claim = attributed(text)[-1]
    assert _speaker(claim)[:2] == (name, False) and _speaker(claim)[3] == "institution"


@pytest.mark.parametrize("text", [
    # a surname after the full name, with or without a title or a known given name
    "Ravi Patel, a detective, led the search on Monday.\n\nPatel said the boat had been found.",
    "Detective Inspector Ravi Patel led the search. Patel said the boat had been found.",
    "Ravi Patel led the search. Later Patel said the boat had been found.",
    # a party noun before the name is no given name
    "Democrat Ravi Patel, who lost the count, spoke on Monday. “The boat has been found,” Patel said.",
])
def test_a_surname_resolves_to_the_full_name_given_before(text):
    claim = attributed(text)[-1]
    assert claim["speaker_name"] == "Ravi Patel"


@pytest.mark.parametrize("text, outlet", [
    # an outlet named with a description is the outlet, not a person with a role
    ("KMRT, a Halden radio station, reported that the dam had been opened.", "KMRT"),
    ("The Brixley Courier, a weekly newspaper, reported that the dam had been opened.", "Brixley Courier"),
])
def test_an_outlet_with_a_description_is_the_outlet(text, outlet):
    claim, = attributed(text)
    assert (claim["speaker_obj"]["kind"], claim["speaker_name"], claim["outlet_name"]) == ("media", outlet, outlet)


def test_an_earlier_version_of_the_story_is_no_speaker():
    claims = claims_of("An earlier version of this article said the mill had closed.")
    assert all(c["speaker_name"] is None or "version" not in c["speaker_name"] for c in claims)


@pytest.mark.parametrize("text, outlet", [
    # a programme is its broadcaster's
    ("“The queues are long,” Lena Marsh told Morning Edition.", "NPR"),
    ("Speaking to BBC Breakfast, Lena Marsh said the queues were long.", "BBC"),
    ("Lena Marsh told Fox News Sunday that the queues were long.", "Fox News"),
])
def test_a_programme_is_its_broadcasters(text, outlet):
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["outlet_name"]) == ("Lena Marsh", outlet)


@pytest.mark.parametrize("text, speaker", [
    # a definite description right after a named person of no known role is that person again
    ("Ruby Tallis posted the video on Monday. “The vote was rigged,” wrote the conservative commentator.",
     "Ruby Tallis"),
    # ... but not one that names someone beside them
    ("Ruby Tallis posted the video on Monday. “The vote was rigged,” the spokesman said.", "spokesman"),
    ("Jo Park said the vote had been rigged. “There is no evidence of that,” said the analyst.", "analyst"),
    ("Jo Park said the vote had been rigged. “There is no evidence of that,” said the doctor.", "doctor"),
])
def test_a_description_after_a_name_refers_back_to_that_person(text, speaker):
    claim = attributed(text)[-1]
    assert claim["speaker_name"] == speaker


@pytest.mark.parametrize("text", [
    # a place the text names as one is no speaker of what a verb that is no speech says of it
    "WRENBY, England (AP) — Ships queued outside the port on Monday.\n\nWrenby handles about a third of the "
    "country's grain. Dock workers walked out on Friday.",
    "Ships queued in Wrenby on Monday.\n\nWrenby handles about a third of the country's grain.",
    "The strike closed the Wrenby docks on Monday.\n\nWrenby handles about a third of the country's grain.",
])
def test_a_place_is_no_speaker(text):
    # (with the model, which proposes 'Wrenby handles about' as an attribution)
    cs = extract_claimset(text, slug="t")
    assert "Wrenby" not in {s["name"] for s in cs["speakers"]}


def test_a_trade_before_a_name_is_a_persons_role():
    claim, = attributed("Restaurant owner Tobin Marlowe said the road had been closed for weeks.")
    assert _speaker(claim) == ("Tobin Marlowe", False, "Restaurant owner", "person")


@pytest.mark.parametrize("text, name, kind", [
    # an occupation before two names is a person's role, not a company's description
    ("Crane operator Wiremu Tane said the berths were empty.", "Wiremu Tane", "person"),
    ("Forklift operator Siosaia Vake said the berths were empty.", "Siosaia Vake", "person"),
    # ... a company word or a single name after it is a company
    ("Ferry operator Gullby Marine said the crossings were cancelled.", "Gullby Marine", "institution"),
])
def test_an_occupation_before_two_names_is_a_person(text, name, kind):
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["speaker_obj"]["kind"]) == (name, kind)


def test_a_place_named_before_is_no_full_name_for_a_surname():
    claim, = attributed("Protesters gathered in Central Park on Monday. Park said the rally was peaceful.")
    assert claim["speaker_name"] == "Park"


def test_a_lower_case_role_of_a_body_is_no_title_before_a_name():
    claim, = attributed("The director of Public Health Wales said the clinics would reopen.")
    assert claim["speaker_name"] == "director of Public Health Wales"


@pytest.mark.parametrize("text, speakers", [
    # a woman named after 'Mr. Lind' is another Lind, not his full name
    ("Mr. Lind said the harbour would stay open.\n\n“It was a hard year,” he said.\n\n"
     "Barbara Lind, his mother, said the family was proud.",
     ["Lind", "Lind", "Barbara Lind"]),
    # ... and so is a man named after 'Ms. Lind', while a name of her own gender is hers
    ("Ms. Lind said the harbour would stay open. Tomas Lind, her son, said the family was proud.",
     ["Lind", "Tomas Lind"]),
    ("Ms. Lind said the harbour would stay open. Barbara Lind later said the family was proud.",
     ["Barbara Lind", "Barbara Lind"]),
])
def test_a_surname_met_before_is_no_one_of_another_gender(text, speakers):
    assert [c["speaker_name"] for c in attributed(text)] == speakers
