"""Members of a group speaking in turn (issue 13): 'Two officials said A. One said B, while another cautioned that C'.

A group named before speaking ('two officials', 'three people familiar with the matter', 'two Kestrel Mining
engineers') is often split into members that speak in turn: 'one', 'one of the
officials', 'another', 'another of them', 'the other', 'a second', 'some ... others', 'both', 'each', as the subject
of a clause of their own, also a second clause after the first member's content (', while another cautioned that',
', but another said', ', and the other said', ', whereas the other insisted that'). Each such member is the parser's
subject (grammar.json member_subjects and plural_members); the first content ends before the second member's
clause; the document gives a member named by those words alone the voice of the group that spoke just before, its
anonymity and its status reason with it (a single anonymous source, as the group's own claims), and no speaker when
no group spoke (people a reporter met, 'Both said'); a member with a noun of its own ('another
resident', 'one official') stays a person of its own, as before. 'Another' before a thing ('another report',
'another sign') and 'one' counting things ('one bill would') are no members. Sentences and names invented.
"""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.extract import extract_claimset


def _claims(text: str) -> list[dict]:
    cs = extract_claimset(text, slug="t", outlet="Coastal Tribune", published="2026-12-07")
    names = {s["id"]: s for s in cs["speakers"]}
    return [{"speaker": names[c["speaker"]]["name"] if c["speaker"] else None,
             "anonymous": names[c["speaker"]]["anonymous"] if c["speaker"] else None, "cue": c.get("cue"),
             "text": c["text"]} for c in cs["claims"]]


def _claim(text: str, content: str) -> dict:
    found = [c for c in _claims(text) if c["text"] == content]
    assert found, (content, _claims(text))
    return found[0]


_HEAD = "Port sale close, officials say\n\n"
# each group's lead sentence and its content: the group's speaker is the one the lead's claim has
_OFFICIALS = "Two officials at the port authority, who spoke on condition of anonymity, said the sale was close. "
_ENGINEERS = "Three engineers who inspected the bridge said it was unsafe. "
_DIPLOMATS = "Two diplomats briefed on the talks said the envoy would leave on Friday. "
_PEOPLE = "The talks have stalled, three people familiar with the matter said. "
_RESIDENTS = "Three residents of the estate said the water had turned brown in March. "
_LEADS = {_OFFICIALS: "the sale was close", _ENGINEERS: "it was unsafe", _DIPLOMATS: "the envoy would leave on Friday",
          _PEOPLE: "The talks have stalled", _RESIDENTS: "the water had turned brown in March"}


@pytest.mark.parametrize(("lead", "sentence", "first", "second", "group"), [
    (_OFFICIALS, "One of the officials said a decision could come within days, while another cautioned that no buyer "
     "had made a firm offer.", "a decision could come within days", "no buyer had made a firm offer", True),
    (_OFFICIALS, "One said a decision could come within days. Another cautioned that no buyer had made a firm offer.",
     "a decision could come within days", "no buyer had made a firm offer", True),
    (_PEOPLE, "One of the people said the buyer wanted a lower price, while another cautioned that the board had not "
     "met.", "the buyer wanted a lower price", "the board had not met", True),
    (_ENGINEERS, "Some said it should close at once; others argued that repairs could wait until spring.",
     "it should close at once", "repairs could wait until spring", True),
    (_DIPLOMATS, "One insisted that the envoy had overreached, and the other said he had no choice.",
     "the envoy had overreached", "he had no choice", True),
    (_RESIDENTS, "One said the smell had lasted a week, whereas another insisted that the taps had run clear.",
     "the smell had lasted a week", "the taps had run clear", True),
    (_DIPLOMATS, "One of them argued that the talks were over, but another of them disagreed, saying the envoy would "
     "return.", "the talks were over", "the envoy would return", False),
])
def test_members_speak_in_turn_with_the_groups_voice(lead, sentence, first, second, group):
    text = _HEAD + lead + sentence + "\n"
    one, other = _claim(text, first), _claim(text, second)  # (each content whole, the other's clause no part of it)
    assert one["anonymous"] and other["anonymous"], (one, other)
    if group:  # ('one of them', 'another of them': unnamed people of their own, as before)
        speaker = _claim(text, _LEADS[lead])["speaker"]
        assert (one["speaker"], other["speaker"]) == (speaker, speaker)
        assert other["cue"] in sentence and not other["text"].startswith("that "), other


def fold_name(name: str | None) -> str | None:
    return name.casefold() if name else name


def test_a_member_with_a_noun_of_its_own_keeps_it():
    text = _HEAD + _OFFICIALS + "One official said the talks were slow, but another said no buyer had made an offer.\n"
    assert _claim(text, "the talks were slow")["speaker"] == "one official"
    assert fold_name(_claim(text, "no buyer had made an offer")["speaker"]) == "two officials at the port authority"
    text = _HEAD + _RESIDENTS + "Another resident said the smell had lasted a week.\n"
    assert _claim(text, "the smell had lasted a week")["speaker"] == "another resident"


def test_members_of_people_no_one_gave_a_voice_keep_no_speaker():
    # (people the text never gave as a speaker, met by the reporter or counted after the group spoke, are read as
    # none: no group's voice, no junk name 'Both'; the contents still end where the other member's clause opens)
    text = _HEAD + ("A reporter spoke to two fishermen at the harbour on Sunday. Both said the catch had halved since "
                    "the spill, and one said he had sold his boat.\n")
    for content in ("the catch had halved since the spill", "he had sold his boat"):
        assert _claim(text, content)["speaker"] is None
    text = _HEAD + ("Two officials said the plan would cost 40 workers their jobs. One said the cuts would start in "
                    "May. A reporter later met three farmers near the port. One said the road had been closed for a "
                    "week.\n")
    assert _claim(text, "the cuts would start in May")["speaker"] == "two officials"
    assert _claim(text, "the road had been closed for a week")["speaker"] is None


def test_members_of_a_named_companys_group():
    text = _HEAD + ("Two Kestrel Mining engineers said on Monday that the dam was sound. One added that the spillway "
                    "had been rebuilt in May, whereas the other insisted that it had never been tested.\n")
    for content in ("the spillway had been rebuilt in May", "it had never been tested"):
        claim = _claim(text, content)
        assert (fold_name(claim["speaker"]), claim["anonymous"]) == ("two kestrel mining engineers", True), claim


@pytest.mark.parametrize(("sentence", "content"), [
    ("Another report, by the audit office, said the works were late.", "the works were late"),
    ("Another report said the works were late.", "the works were late"),
    ("Another sign of strain came when the ministry said it would cut 40 jobs.", "it would cut 40 jobs"),
    ("One bill would raise harbour dues, the minister said.", "One bill would raise harbour dues"),
])
def test_no_member_in_a_thing_or_a_count_of_things(sentence, content):
    text = _HEAD + _OFFICIALS + sentence + "\n"
    group = _claim(text, "the sale was close")["speaker"]
    assert _claim(text, content)["speaker"] != group


def test_each_member_stays_a_single_anonymous_source():
    text = _HEAD + _OFFICIALS + ("One said a decision could come within days, while another cautioned that no buyer "
                                 "had made a firm offer.\n")
    ruled = {c["text"]: c for c in ruled_claims(text)}
    for content in ("a decision could come within days", "no buyer had made a firm offer"):
        assert ruled[content]["status"] == "unconfirmed", ruled[content]
        assert ruled[content]["reason"].startswith("single anonymous source (two officials"), ruled[content]
