"""One story or two (issue 12): a database holds several unrelated stories whose statements share the
stock phrases of news ('the company said it would cooperate fully with investigators', 'the alarm
system was working'). Two statements agree, or disagree, only inside one story: the same test
(`corroboration.other_stories`) that keeps two stories' figures apart keeps their agreements and
their negations apart. Articles of one event from different outlets, days apart, in other words for
the event, stay one story; so do short texts that name no more than their speakers. Every article is
invented for this file: the towns, firms, people and outlets do not exist."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ingested

from provenance.corroboration import ClaimRecord, mark_story, other_stories

from conftest import Run

# Three unrelated stories, each told by two outlets, in one database.
STORIES = {
    "courier-depot-fire": ("The Coast Courier", "2026-03-02",
                           "A fire destroyed a warehouse of Tellwyn Logistics on the Brakmoor industrial estate "
                           "overnight, and about 40 workers were sent home.\n\n"
                           "The county fire officer, Maren Sollis, said no one was injured.\n\n"
                           "Sollis said the roof had collapsed within an hour.\n\n"
                           "The estate's manager, Ansel Pirrow, said the company had passed its last safety "
                           "inspection."),
    "gazette-depot-fire": ("The Harbour Gazette", "2026-03-05",
                           "Three days after the blaze that gutted the Tellwyn depot, its staff are still waiting "
                           "to hear where they will work.\n\n"
                           "A Tellwyn spokesman, Ivo Kerrick, said no one was injured.\n\n"
                           "Kerrick said the roof had collapsed within an hour of the first call."),
    "courier-acid-spill": ("The Coast Courier", "2026-04-11",
                           "Acid leaked from a tank at the Marrow Chemicals plant in Ostvik harbour on Tuesday, "
                           "and the harbour was closed to boats for six hours.\n\n"
                           "The harbour master, Pell Amundrin, said no one was injured.\n\n"
                           "The plant's safety officer, Runa Daskel, said the company had not passed its last "
                           "safety inspection."),
    "gazette-acid-spill": ("The Harbour Gazette", "2026-04-12",
                           "The leak from the Marrow plant had been stopped by noon, the Ostvik harbour master, "
                           "Pell Amundrin, said."),
    "courier-coach-crash": ("The Coast Courier", "2026-05-20",
                            "A coach of Dunlin Coaches left the road near Quellholm on Sunday and came to rest "
                            "in a field.\n\n"
                            "Police Inspector Hedda Vorn said no one was injured."),
    "gazette-coach-crash": ("The Harbour Gazette", "2026-05-22",
                            "Police in Quellholm said the driver of the Dunlin coach had not been drinking."),
}


def _said_by(claims: list[dict], words: str, speaker: str) -> dict:
    found = [c for c in _by_text(claims, words) if speaker in (c.get("speaker_name") or c.get("speaker") or "")]
    assert len(found) == 1, (words, speaker, claims)
    return found[0]


@pytest.fixture
def stories(run, tmp_path) -> list[dict]:
    return ingested(run, tmp_path, STORIES)


@pytest.mark.parametrize(("speaker", "backers"), [
    ("Pell Amundrin", []), ("Hedda Vorn", []), ("Maren Sollis", ["Ivo Kerrick"]), ("Ivo Kerrick", ["Maren Sollis"])])
def test_a_stock_phrase_of_another_story_corroborates_nothing(stories, speaker, backers):
    """'no one was injured' at the depot fire, the acid leak and the coach crash: the harbour
    master's and the police inspector's stand alone, on the record; the fire officer's and the firm's
    spokesman's, both of the depot fire, back each other."""
    claim = _said_by(stories, "no one was injured", speaker)
    assert claim["status"] == ("corroborated" if backers else "confirmed"), claim
    for other in {"Pell Amundrin", "Hedda Vorn", "Maren Sollis", "Ivo Kerrick"} - {speaker}:
        assert (other in claim["reason"]) == (other in backers), claim


def test_a_negation_in_another_story_disputes_nothing(stories):
    """'the company had passed its last safety inspection' at the depot and 'the company had not
    passed its last safety inspection' at the plant are two companies: neither disputes the other."""
    for speaker in ("Ansel Pirrow", "Runa Daskel"):
        claim = _said_by(stories, "passed its last safety inspection", speaker)
        assert claim["status"] == "confirmed", claim


def test_one_event_told_by_two_outlets_in_other_words_is_one_story(stories):
    """The depot fire, told three days apart ('A fire destroyed a warehouse of Tellwyn Logistics',
    'the blaze that gutted the Tellwyn depot'): the fire officer's and the firm's 'the roof had
    collapsed within an hour' back each other."""
    officer = _said_by(stories, "roof had collapsed within an hour", "Maren Sollis")
    assert officer["status"] == "corroborated" and "Ivo Kerrick" in officer["reason"], officer


def _marked(doc: str, content: str, text: str) -> ClaimRecord:
    r = ClaimRecord(key=doc, doc=doc, text=content, speaker="S")
    mark_story([r], text)
    return r


def test_a_text_naming_no_more_than_its_speakers_tells_no_story_apart():
    """'Ana Lind said the bridge was closed' against 'Tom Berg said the bridge was closed' in another
    outlet: neither says which bridge, so they may be one story; two that name two towns in what
    they state are two, and two that name one town are one."""
    lind = _marked("a", "the bridge was closed", "Ana Lind said the bridge was closed.")
    berg = _marked("b", "the bridge was closed", "Tom Berg said the bridge was closed.")
    assert not other_stories(lind, berg)
    orvale = _marked("a", "the bridge at Orvale was closed", "Ana Lind said the bridge at Orvale was closed.")
    assert not other_stories(orvale, berg)
    skarn = _marked("b", "the bridge at Skarn was closed", "Tom Berg said the bridge at Skarn was closed.")
    assert other_stories(orvale, skarn)
    assert not other_stories(orvale, _marked("b", "the bridge was closed",
                                             "Tom Berg said the bridge at Orvale was closed. Orvale Bridge was shut."))


def test_an_outlet_named_in_two_stories_makes_them_no_one_story():
    """'told the Vell Courier' in two texts of two towns: the paper is no name of either story."""
    orvale = ClaimRecord(key=1, doc="a", text="the bridge at Orvale was closed", speaker="Ana Lind", outlet="The Vell Courier")
    skarn = ClaimRecord(key=2, doc="b", text="the bridge at Skarn was closed", speaker="Tom Berg", outlet="The Vell Courier")
    mark_story([orvale], "Ana Lind told the Vell Courier the bridge at Orvale was closed.")
    mark_story([skarn], "Tom Berg told the Vell Courier the bridge at Skarn was closed.")
    assert other_stories(orvale, skarn)


def test_the_stories_stored_in_another_order_get_the_same_statuses(run, tmp_path, stories):
    """Ingest in the reverse order: every claim's status and reason as before, and `check` finds
    nothing that `recompute` would change."""
    other = Run(str(tmp_path / "reversed.db"))
    (tmp_path / "reversed").mkdir()
    again = ingested(other, tmp_path / "reversed", dict(reversed(STORIES.items())))
    assert sorted((c["doc"], c["text"], c["status"], c["reason"]) for c in again) == \
        sorted((c["doc"], c["text"], c["status"], c["reason"]) for c in stories)
    for db in (run, other):
        result = db("check")
        assert result.exit_code == 0 and "no problems" in result.stderr, result.stderr
