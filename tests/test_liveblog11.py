"""Live blogs, updates and corrections read as formats of a whole document (issues 12 and 13), on
three invented articles (tests/fixtures/liveblog11/): a storm's live blog, newest first, with the
publisher's correspondents; a court story with a correction at the bottom withdrawing a lawyer's
quotation; a wire's "UPDATE 2" with an editor's note in which a councillor withdraws her words."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.extract.document import extract_claimset
from provenance.extract.reader import read_article
from provenance.rules import apply_rules

FIXTURES = Path(__file__).parent / "fixtures" / "liveblog11"


def ruled(name: str) -> list[dict]:
    """The article's claims with their statuses, speakers (name, anonymous, role, affiliation) and outlet."""
    path = FIXTURES / name
    meta, text = read_article(path.read_bytes(), filename=path.name)
    cs = apply_rules(extract_claimset(text, slug=path.stem, use_model=False, outlet=meta["outlet"],
                                      published=meta["published"], title=meta.get("title")))
    speakers = {s["id"]: s for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    return [{**c, "who": speakers.get(c["speaker"] or "", {}), "outlet_name": outlets.get(c["outlet"] or "")}
            for c in cs["claims"]]


def having(claims: list[dict], words: str) -> list[dict]:
    return [c for c in claims if words in c["text"]]


@pytest.fixture(scope="module")
def storm() -> list[dict]:
    return ruled("storm-live.txt")


@pytest.fixture(scope="module")
def court() -> list[dict]:
    return ruled("court-correction.txt")


@pytest.fixture(scope="module")
def wire() -> list[dict]:
    return ruled("wire-update.txt")


# -- a live blog ---------------------------------------------------------------------------------
def test_an_unnamed_correspondent_is_the_publishers_journalist_not_an_anonymous_source(storm):
    (claim,) = having(storm, "the harbour wall has been breached")
    assert claim["who"]["name"] == "correspondent in Polwenna"
    assert claim["who"]["anonymous"] is False
    assert claim["who"]["affiliation"] == "Wexcombe Herald" and claim["outlet_name"] == "Wexcombe Herald"


def test_a_named_reporter_speaks_through_the_publisher(storm):
    (claim,) = having(storm, "waves are breaking over the promenade railings")
    assert claim["who"]["name"] == "Jory Penhale" and claim["who"]["role"] == "reporter"
    assert claim["outlet_name"] == "Wexcombe Herald"
    assert claim["status"] == "unconfirmed"  # the publisher's reporting, not a party on the record


def test_an_entry_dates_what_the_text_leaves_undated_and_the_clock_passes_midnight(storm):
    """Newest first: the top entry (00:20) is the day after the entries below it (23:45 ... 20:05),
    which are the page's publication day."""
    assert having(storm, "Power has been restored")[0]["stated_on"] == "2026-02-12"
    assert having(storm, "gusts of 94mph")[0]["stated_on"] == "2026-02-11"
    assert having(storm, "the harbour wall has been breached")[0]["stated_on"] == "2026-02-11"
    (slipway,) = having(storm, "The coastguard has closed the slipway")
    assert slipway["event_on"] == "2026-02-11"


def test_an_entrys_own_date_is_kept(storm):
    (tide,) = having(storm, "since 1990")
    assert tide["event_on"] == "1990" and tide["stated_on"] == "2026-02-11"


@pytest.mark.parametrize("words", ["All times GMT", "This post has been updated", "Last updated", "Key event",
                                   "00:20", "23:45"])
def test_a_live_pages_housekeeping_and_stamps_are_no_claims(storm, words):
    assert having(storm, words) == []


def test_entries_of_a_page_that_is_no_live_blog_are_not_dated():
    """A story with a time or two in its prose is no live blog: its undated statements stay undated."""
    text = "Ferry delayed\n\n09:40 The harbour master said the ferry would leave late.\n\nThe port said " \
           "the ramp was broken.\n"
    cs = extract_claimset(text, slug="t", use_model=False, outlet="Harbour Gazette", published="2026-04-02")
    assert [c["stated_on"] for c in cs["claims"] if c["form"] != "unattributed"] == [None, None]


def test_oldest_first_entries_past_midnight_take_the_next_day():
    text = "Flood live\n\n22:10\n\nThe river authority said the Tarn had burst its banks.\n\n23:50\n\n" \
           "Police said two roads were shut.\n\n00:35\n\nThe mayor said the shelters were full.\n"
    cs = extract_claimset(text, slug="t", use_model=False, outlet="Harbour Gazette", published="2026-04-02")
    assert [c["stated_on"] for c in cs["claims"]] == ["2026-04-02", "2026-04-02", "2026-04-03"]


# -- a correction at the bottom -----------------------------------------------------------------
def test_the_quotation_an_earlier_version_printed_is_its_speakers_and_retracted(court):
    quote = [c for c in having(court, "never once inspected the berth") if c["stance"] == "asserts"]
    assert [c["who"]["name"] for c in quote] == ["Piran Stowe"]
    assert quote[0]["status"] == "retracted"


def test_the_speakers_withdrawal_line_is_his_retraction_in_its_own_words(court):
    (withdrawal,) = having(court, "withdraws the claim")
    assert withdrawal["stance"] == "retracts" and withdrawal["who"]["name"] == "Piran Stowe"
    assert withdrawal["text"] == "withdraws the claim"


def test_repeating_what_he_was_told_is_his_statement_and_keeps_its_status(court):
    """'he was repeating what a client had told him' explains the withdrawal: his own statement, on
    the record, no retraction of itself."""
    (why,) = having(court, "he was repeating what a client had told him")
    assert why["stance"] == "asserts" and why["status"] == "confirmed"


def test_the_publishers_removal_line_is_its_retraction(court):
    (removed,) = having(court, "the passage has been removed")
    assert removed["stance"] == "retracts" and removed["who"]["name"] == "Kellow Courier"
    assert removed["text"] == "the passage has been removed"


def test_the_corrected_statement_is_the_publishers_in_its_words(court):
    (fixed,) = having(court, "the fine was £180,000, not £800,000")
    assert fixed["text"] == "the fine was £180,000, not £800,000"
    assert fixed["who"]["name"] == "Kellow Courier" and fixed["stance"] == "asserts"
    assert all(c["speaker"] is not None for c in court)


def test_a_withdrawal_retracts_only_its_speakers_words(court):
    """The lawyer's other statement stands, and so does another speaker saying much the same as the
    quotation he withdrew."""
    (other,) = having(court, "the company had since replaced every berth")
    assert other["status"] == "confirmed"
    (users,) = having(court, "the harbour authority had never inspected the berth")
    assert users["who"]["name"] == "Loveday Pascoe" and users["status"] != "retracted"


# -- a wire's update and an editor's note -------------------------------------------------------
def test_a_wires_update_line_is_no_claim(wire):
    assert having(wire, "Adds regulator") == []


def test_a_source_withdrawing_her_words_retracts_them_where_the_story_still_prints_them(wire):
    """The councillor's quotation in the body, the same words as the one the note names, is
    retracted by her own withdrawal."""
    (withdrawal,) = [c for c in having(wire, "withdrawn the remark") if c["stance"] == "retracts"]
    assert withdrawal["who"]["name"] == "Senara Vosper"
    quoted = [c for c in having(wire, "all the way to the sea") if c["stance"] == "asserts"]
    assert len(quoted) == 2 and all(c["status"] == "retracted" for c in quoted)
    assert all(c["who"]["name"] == "Senara Vosper" for c in quoted)


def test_a_removal_line_outside_a_notice_is_left_to_the_sentence():
    """'the quote has been removed' in the body of a story (a court's order about another paper)
    is no correction of the publisher's."""
    text = "Paper told to act\n\nThe judge said the quote has been removed from the Tarnby Star's website.\n"
    cs = extract_claimset(text, slug="t", use_model=False, outlet="Harbour Gazette")
    assert all(c["stance"] == "asserts" for c in cs["claims"])
