"""Shapes behind statuses on real news, round 5 (issue 12), each on text written for this test: a
named person the article gives no title, office, party or body anywhere (a witness, a patient, a
former worker on air) against officials, candidates and trades named with what they are."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.corroboration import ClaimRecord
from provenance.rules import decide_all

UNTITLED = """Tram derails near Quayside market

"The tram just tipped over, I saw it happen," Orla Brennick told the Gazette. Brennick was waiting at a stop across the road when the tram left the rails.

Tobias Arkwright, 61, from Hollin Vale, spent the night in hospital. "I have never been so frightened," he told the Gazette.

Transport Minister Ilse Varnow said the line would stay closed until Monday.

Republican Dane Corliss, a two-term county supervisor, said the county would pay for repairs.

Depot manager Kasia Lindqvist said the tram had been serviced in May.

"We will publish every maintenance record," said Pavel Oduya of the Quayside Tram Company.
"""


@pytest.mark.parametrize("speaker, status", [
    ("Orla Brennick", "unconfirmed"),    # a witness, named only: 'Brennick was waiting at a stop'
    ("Tobias Arkwright", "unconfirmed"),  # an age and a home town, no office
    ("Ilse Varnow", "confirmed"),        # a title before the name
    ("Dane Corliss", "confirmed"),       # a party before the name, an office after it
    ("Kasia Lindqvist", "confirmed"),    # a trade before the name
    ("Pavel Oduya", "confirmed"),        # a body after the name
])
def test_a_named_person_the_article_gives_no_title_anywhere_is_one_private_source(speaker, status):
    """DESIGN.md: confirmed needs a party on the record; news names an official, a candidate or a
    company's officer with what they are, and a witness or a patient by name alone (an age, a home
    town, what they were doing). Such a person, named in a passage of the article with no title,
    office, party or body anywhere, is one named private source: unconfirmed, saying why."""
    theirs = [c for c in ruled_claims(UNTITLED) if speaker in (c["speaker_name"] or "")]
    assert theirs and {c["status"] for c in theirs} == {status}, [(c["text"], c["reason"]) for c in theirs]
    if status == "unconfirmed":
        assert all("private person" in c["reason"] and "None" not in c["reason"] for c in theirs), theirs


TRANSCRIPT = """Evening Desk: the Hollin Vale stables inquiry

NOLAN: Let me bring in Ferris Quill, who worked at the yard for five years. Ferris, are you surprised?

FERRIS QUILL (FORMER GROOM): I am, Ann. I never saw a horse mistreated there.

NOLAN: And the regulator's chief executive, Maud Ellery, joins us.

MAUD ELLERY: We will publish the full findings on Friday.
"""


def test_a_guest_on_air_named_with_no_office_is_one_private_source():
    """A transcript's guest introduced by name and what they once did ('who worked at the yard'),
    their label naming no office, is a private source; one introduced with an office ('the
    regulator's chief executive, NAME') speaks on the record."""
    claims = ruled_claims(TRANSCRIPT)
    quill = [c for c in claims if c["speaker_name"] == "Ferris Quill"]
    ellery = [c for c in claims if c["speaker_name"] == "Maud Ellery"]
    assert quill and {c["status"] for c in quill} == {"unconfirmed"}, quill
    assert ellery and {c["status"] for c in ellery} == {"confirmed"}, ellery


PUBLIC = """Council vote delayed again

Mayor Elena Brask said the vote would be held next week. Brask said the delay was regrettable. Brask added that the budget was sound, and Brask later told reporters the council would meet on Tuesday.
"""


def test_a_figure_the_article_names_throughout_is_no_private_person():
    """A person named in many places is the article's subject, not a passer-by quoted in a passage:
    the rule leaves them as the rest of the rules have them."""
    claims = [c for c in ruled_claims(PUBLIC) if c["speaker_name"] == "Elena Brask"]
    assert claims and all("private person" not in c["reason"] for c in claims), claims


OFFICIAL = """Ferry fares frozen after storm

Premier Lotte Harjan announced free ferry passes for the islands' residents, an official release said.

The Harbour Safety Board suspended the ferry operator's licence on Monday. The suspension will last until the hulls are inspected, the regulator said in a statement on Tuesday.

The ferry had sailed with a cracked hull, police said.

The Harbour Safety Board has not yet confirmed the cause of the crack.

The crew had been warned about the weather, authorities said.
"""


@pytest.mark.parametrize("words, status", [
    ("free ferry passes", "confirmed"),           # 'an official release said': the body's own release
    ("until the hulls are inspected", "confirmed"),  # 'the regulator said': the body named before
    ("sailed with a cracked hull", "confirmed"),     # 'police said': the force in charge of the case
    ("warned about the weather", "unconfirmed"),     # 'authorities said': a collective naming no office
])
def test_an_official_release_and_a_body_referred_back_to_are_on_the_record(words, status):
    """DESIGN.md: an official body speaking for itself (a ministry's press release) is on the
    record. An official release or a government statement is that body's own, whatever the
    extractor made of its issuer; 'the regulator said' after the text named the regulator is that
    body, as 'the minister said' is the minister. 'Police said' is the force in charge of the case
    the story reports, speaking of it on the record (six of seven in PolNeAR train); 'authorities',
    which name no office, stay one unnamed source."""
    found = [c for c in ruled_claims(OFFICIAL) if words in c["text"]]
    assert found and {c["status"] for c in found} == {status}, [(c["text"], c["reason"]) for c in found]


def test_the_publishers_account_of_a_body_not_confirming_is_not_the_body_on_the_record():
    """'The Harbour Safety Board has not yet confirmed C': the publisher tells that the body has
    not confirmed, which is no statement of the body's own on the record (a non-confirmation is no
    confirmation), whatever stance the extractor gave the body's words."""
    told = [c for c in ruled_claims(OFFICIAL) if c["text"].startswith("The Harbour Safety Board has not yet")]
    assert told and {c["status"] for c in told} == {"unconfirmed"}, told


ON_AIR = """Evening Desk, Tuesday

The tram line reopened this afternoon after a week of repairs.

And a correction before we go to the break: earlier in the programme I said four trams had been damaged.
"""


def test_an_on_air_correction_in_its_own_sentence_retracts_what_the_presenter_said():
    """A presenter's correction whose label opens the same sentence before a colon ('And a
    correction before the break: earlier I said C') takes C back: retracted, the notice its
    reason; the programme's other statements stand."""
    claims = ruled_claims(ON_AIR, outlet="Evening Desk")
    corrected = [c for c in claims if "four trams" in c["text"]]
    assert corrected and {c["status"] for c in corrected} == {"retracted"}, corrected
    assert "correction" in corrected[0]["reason"]
    assert all(c["status"] != "retracted" for c in claims if "reopened" in c["text"])


def _said(key: int, doc: str, speaker: str, *, anonymous: bool, kind: str = "institution",
          outlet: str | None = None) -> ClaimRecord:
    return ClaimRecord(key=key, doc=doc, text="the cold store was serviced on March 3 and passed its check",
                       speaker=speaker, anonymous=anonymous, speaker_kind=kind, outlet=outlet, publisher=doc, seq=1)


@pytest.mark.parametrize("first, second, status", [
    # the company and its own spokeswoman, told to two outlets: one origin
    (("Harlow Foods", False), ("a Harlow Foods spokeswoman", True), "confirmed"),
    # a spokesman for a body named after the word, and the body
    (("Harlow Foods", False), ("a spokesman for Harlow Foods", True), "confirmed"),
    # a spokeswoman of no body named in one outlet, 'a spokeswoman' in another: one voice
    (("company spokeswoman", True), ("spokeswoman", True), "confirmed"),
    # two bodies: independent
    (("Harlow Foods", False), ("Varn Food Standards Agency", False), "corroborated"),
])
def test_a_body_and_its_spokespeople_across_outlets_are_one_origin(first, second, status):
    """A company's account told to one outlet by the company and to another by its spokeswoman,
    or by two spokespeople neither outlet ties to another body, is one origin: never corroborated
    by its own copy (DESIGN.md: corroboration needs independent sources); a spokesperson speaks
    for the body on the record."""
    a = _said(1, "wire", first[0], anonymous=first[1], outlet="Wire Service")
    b = _said(2, "paper", second[0], anonymous=second[1], outlet="Harbour Gazette")
    decided = decide_all({1: a, 2: b}, [], [1, 2], {1: 7, 2: 7})
    assert decided[1][0] == decided[2][0] == status, decided


FAMILY = """Ring road closed after landslip

Dad-of-two Emrys Talbot said the detour had added an hour to his drive.

Mum-of-five Wren Okafor said she had not left her flat since Monday.

Roads Minister Ilse Varnow said the road would reopen within a fortnight.
"""


@pytest.mark.parametrize("speaker, status", [
    ("Emrys Talbot", "unconfirmed"),  # 'Dad-of-two NAME'
    ("Wren Okafor", "unconfirmed"),   # 'Mum-of-five NAME'
    ("Ilse Varnow", "confirmed"),
])
def test_a_person_news_copy_describes_by_family_is_one_private_source(speaker, status):
    """The hyphenated family descriptions news copy puts before a name ('Mum-of-three', 'father-of-
    two': titles.json family_descriptors) describe a private person, not an office: one source."""
    theirs = [c for c in ruled_claims(FAMILY) if speaker in (c["speaker_name"] or "")]
    assert theirs and {c["status"] for c in theirs} == {status}, [(c["text"], c["reason"]) for c in theirs]
