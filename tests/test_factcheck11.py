"""Fact checks read as a format (issues 12 and 13), on fact checks written for this test in four house
styles (tests/fixtures/factcheck11/: invented towns, people, bodies, accounts and desks) and on
sentences of our own: the claims a fact check quotes are the posts' or their authors', never the
checker's; its rating disputes them; its own 'we' states its finding; the author it traces is named,
and taking the post down withdraws it; its sources' words reached the desk that publishes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import claims_of
from test_status_shapes import ruled_claims

from provenance.extract import extract_claimset
from provenance.extract.factcheck import checker_desk_of, claimant_line, is_fact_check
from provenance.extract.reader import read_article
from provenance.rules import apply_rules

from conftest import FIXTURES

HERE = FIXTURES / "factcheck11"


def checked(name: str) -> list[dict]:
    """The claims of a fixture fact check, with the statuses the rules give them, by speaker name."""
    meta, body = read_article((HERE / name).read_bytes(), filename=name)
    cs = apply_rules(extract_claimset(body, slug=Path(name).stem, use_model=False, title=meta.get("title"),
                                      outlet=meta.get("outlet"), published=meta.get("published")))
    speakers = {s["id"]: s for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    return [{**c, "speaker_name": speakers[c["speaker"]]["name"] if c["speaker"] else None,
             "outlet_name": outlets.get(c["outlet"] or "")} for c in cs["claims"]]


def one(claims: list[dict], text: str) -> dict:
    found = [c for c in claims if c["text"] == text and c["stance"] == "asserts"]
    assert len(found) == 1, [c["text"] for c in claims]
    return found[0]


@pytest.mark.parametrize("name", ["statement-box.txt", "narrative-posts.txt", "caption-verdict.txt",
                                  "described-author.txt"])
def test_each_house_style_is_read_as_a_fact_check(name):
    meta, body = read_article((HERE / name).read_bytes(), filename=name)
    assert is_fact_check(body, meta.get("title"), meta.get("outlet"))


@pytest.mark.parametrize("text, title, publisher", [
    ("Ferry fares rise\n\nThe operator said fares would rise.\n", None, "Harbour Gazette"),
    ("Mayor asks rival to fact check his own figures\n\nThe mayor said the figures were wrong.\n", None, "Kelby Post"),
    ("Court rules on quay\n\nThe verdict: the quay stays closed, the court said.\n", None, "Kelby Post"),
    # a publisher's name ending in the letters of 'check' inside a word is no fact-checking desk
    ("Ferry fares rise\n\nThe operator said fares would rise.\n", None, "Paycheck"),
    ("Ferry fares rise\n\nThe operator said fares would rise.\n", None, "The Healthcheck"),
])
def test_a_news_story_is_no_fact_check(text, title, publisher):
    assert not is_fact_check(text, title, publisher)


def test_a_statement_box_is_its_claimants_words_and_the_rating_disputes_them():
    got = checked("statement-box.txt")
    box = one(got, "The transit board has scrapped every night bus in Tarnwick without telling a single passenger")
    assert (box["speaker_name"], box["outlet_name"], box["form"], box["status"]) == (
        "Olwen Pritchard", None, "direct", "disputed")
    assert not any("Green councillor" in c["text"] for c in got)  # (the claimant's line states nothing)


@pytest.mark.parametrize("text, speaker, outlet", [
    ("a passengers' survey from 2025", "Pritchard's office", "Ledger FactCheck"),  # (the desk it pointed)
])
def test_asked_for_the_source_the_claimants_side_points_to_one(text, speaker, outlet):
    pointed = one(checked("statement-box.txt"), text)
    assert (pointed["speaker_name"], pointed["outlet_name"], pointed["cue"]) == (speaker, outlet, "pointed to")
    assert not any(c["text"].startswith("Asked for") for c in checked("statement-box.txt"))


def test_posts_forwarded_on_a_platform_are_the_source_and_the_verdict_line_disputes_them():
    got = checked("narrative-posts.txt")
    forwarded = one(got, "the water in Brannock has been declared unsafe to drink")
    assert (forwarded["speaker_name"], forwarded["outlet_name"], forwarded["status"]) == ("Telegram posts", None, "disputed")
    for text in ("URGENT: Brannock Water has found poison in the reservoir", "Do not drink from the tap until June"):
        post = one(got, text)  # ('One post, sent on May 9, reads: "C. D."': each sentence the post's)
        assert (post["speaker_name"], post["form"], post["status"]) == ("one post", "direct", "disputed")
    verdict, = [c for c in got if c["stance"] == "denies"]
    assert (verdict["speaker_name"], verdict["cue"]) == ("Shore Check", "False")


def test_the_checkers_we_is_the_publisher_and_the_traced_author_speaks_and_withdraws():
    got = checked("narrative-posts.txt")
    found = one(got, "We found no record of any such notice on the company's website or in the regulator's register")
    assert (found["speaker_name"], found["form"]) == ("Shore Check", "unattributed")
    copied = one(got, "she had copied it from a neighbourhood group")
    withdrawal, = [c for c in got if c["stance"] == "retracts"]
    assert copied["speaker_name"] == withdrawal["speaker_name"] == "Corin Vale"
    assert (withdrawal["text"], withdrawal["status"]) == ("she had since deleted the post", "retracted")


def test_a_caption_and_a_claim_posted_by_are_their_authors_and_a_label_alone_gives_the_verdict():
    got = checked("caption-verdict.txt")
    for text in ("The Marrow Dam has burst", "Leave the valley now"):
        caption = one(got, text)
        assert (caption["speaker_name"], caption["outlet_name"], caption["status"]) == ("@rivergauge", None, "disputed")
    posted = one(got, "engineers opened every gate at midnight without warning anyone")
    assert (posted["speaker_name"], posted["outlet_name"], posted["status"]) == ("local radio presenter", None, "disputed")
    assert not any(c["text"].startswith(("X user", "The claim, posted")) for c in got)
    verdict, = [c for c in got if c["stance"] == "denies"]
    assert (verdict["speaker_name"], verdict["cue"], verdict["text"]) == (
        "Northwire Fact Check", "False", "The Marrow Dam has burst")


def test_the_desks_sources_spoke_to_the_desk_and_a_named_author_withdraws():
    got = checked("described-author.txt")
    told = one(got, "the Sunday service would continue")
    assert (told["speaker_name"], told["outlet_name"]) == ("Pellan Sound Ferries", "Lanford Fact Check")
    shared = one(got, 'she had shared "what a passenger told me"')
    withdrawal, = [c for c in got if c["stance"] == "retracts"]
    assert shared["speaker_name"] == withdrawal["speaker_name"] == "Tessa Marlowe"
    assert shared["outlet_name"] == "Lanford Fact Check"  # ('told Lanford by Messenger': the desk, by an app)
    assert withdrawal["text"] == "she had since deleted the post"
    post = one(got, "the Pellan ferry will stop running on Sundays from August")
    assert (post["speaker_name"], post["status"]) == ("post", "disputed")


@pytest.mark.parametrize("name, publisher, desk", [
    ("Lanford", "Lanford Fact Check", True), ("Northwire", "Northwire FactCheck", True),
    ("Lanford", "Lanford Times", False), ("Lan", "Lanford Fact Check", False),
])
def test_a_desk_of_an_outlet(name, publisher, desk):
    assert checker_desk_of(name, publisher) is desk


def test_told_an_agency_in_its_fact_check_desks_story_is_the_desk():
    sentence = "A spokesperson told Reuters that the ferry would keep running."
    assert claims_of(sentence, outlet="Reuters Fact Check")[0]["outlet_name"] == "Reuters Fact Check"
    assert claims_of(sentence, outlet="Harbour Gazette")[0]["outlet_name"] == "Reuters"


@pytest.mark.parametrize("line, name", [
    ("Olwen Pritchard, Green councillor for Tarnwick East, March 4, 2026", "Olwen Pritchard"),
    ("Ciaran Doyle TD, Labour, Dáil Éireann, 2 May 2026", "Ciaran Doyle"),
    # the particles of a name in many naming cultures (titles.json person_name_particles)
    ("Ines dos Reis, deputy for Vale Norte, 9 June 2026", "Ines dos Reis"),
    ("Hamid bin Nasser, member of the municipal council, 2 May 2026", "Hamid bin Nasser"),
    ("The council said on Monday that the bridge was safe, and that repairs would start.", None),
])
def test_a_claimants_line(line, name):
    found = claimant_line(line, 0, len(line))
    assert (line[found[0]:found[1]] if found else None) == name


def test_outside_a_fact_check_a_caption_stays_the_publishers_sentence():
    text = ("Ferry crew honoured\n\nThe mayor posted a photo with the caption, \"Proud of our crew.\" "
            "The ceremony drew 200 people.\n")
    got = claims_of(text, outlet="Harbour Gazette")
    assert not any(c["cue"] == "caption" for c in got)


@pytest.mark.parametrize("sentence, speaker", [
    ("Telegram messages forwarded thousands of times claim the ferry will stop.", "messages"),
    ("WhatsApp posts shared hundreds of times claim the ferry will stop.", "WhatsApp posts"),
])
def test_a_platforms_posts_are_the_source_in_a_fact_check(sentence, speaker):
    got = ruled_claims(f"Fact check: ferry\n\n{sentence}\n\nVerdict: False\n", outlet="Coast Check")
    post = [c for c in got if c["stance"] == "asserts"][0]
    assert (post["speaker_name"], post["status"]) == (speaker, "disputed")
