"""Withdrawals, corrections and walked-back accounts in more of the shapes news gives them (issue 12):
a source that 'no longer stands by' its figure, a figure 'revised down to' another, a speaker owning
that its own statement was wrong ('its earlier statement was wrong'), a guest's 'I withdraw that
remark' in a transcript, a presenter's correction that goes on to the right figure after a semicolon,
and a notice quoting an earlier version under an update label. What each withdraws is the speaker's
own earlier claim (the figure, for a figure); the correcting words, another's statement and the
story's standing lead stay as they were. Invented articles of this file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ingested, ruled_claims

from provenance.corroboration import ClaimRecord
from provenance.extract.lexicon import lexicon
from provenance.rules import mark_corrected


def _one(claims: list[dict], words: str, stance: str = "asserts") -> dict:
    found = [c for c in _by_text(claims, words) if c["stance"] == stance]
    assert len(found) == 1, (words, stance, claims)
    return found[0]


@pytest.mark.parametrize("withdrawal", [
    "The union said on Wednesday it no longer stands by that figure.",
    "\"We no longer stand by the figure,\" the union said on Wednesday.",
    "The union later revised the figure down to 1,200.",
    "The union said on Wednesday its first figure had been wrong.",
    "\"Our figure was wrong,\" the union said on Wednesday.",
])
def test_a_source_taking_back_its_figure_retracts_its_earlier_claim(withdrawal):
    """The union's 2,300 is taken back by the union, in any of these words; the employer's count
    beside it stays its own."""
    text = ("Dock strike enters second day\n\nThe Port Workers Union said 2,300 members had walked out on Monday.\n\n"
            "The Harbour Board, which runs the port, said 900 staff were on strike.\n\n" + withdrawal + "\n")
    claims = ruled_claims(text)
    union = _one(claims, "2,300 members had walked out")
    assert union["status"] == "retracted" and "Port Workers Union" in union["reason"], union
    assert any(c["stance"] == "retracts" and c["speaker_name"] == "Port Workers Union" for c in claims), claims
    board = _one(claims, "900 staff were on strike")
    assert board["status"] != "retracted", board


@pytest.mark.parametrize("said", [
    "The Kessel Paper Company said it no longer stands by the guild's figure.",
    "The Kessel Paper Company said on Tuesday it withdraws the guild's figure.",
    "The company said it had retracted the strikers' count.",
])
def test_a_source_dropping_another_partys_figure_takes_back_none_of_its_own(said):
    """'no longer stands by the guild's figure': another party's figure, which is no withdrawal of
    the company's own count of absent staff."""
    text = ("Paper mill stoppage spreads\n\nThe Mill Workers Guild said 1,400 members had stopped work on Monday.\n\n"
            "The Kessel Paper Company, which owns the mill, said 500 staff were absent.\n\n" + said + "\n")
    claims = ruled_claims(text)
    company = _one(claims, "500 staff were absent")
    assert company["status"] != "retracted", company
    assert not [c for c in _by_text(claims, "500 staff were absent") if c["stance"] == "retracts"], claims


@pytest.mark.parametrize("said", [
    "The inspector, Ana Holt, said the company's statement was wrong.",
    "Mayor Lisa Brandt said her deputy's statement was wrong.",
    "The company said its earlier statement was wrong and that three batches were affected.",
])
def test_a_statement_called_wrong_by_another_or_followed_by_its_fix_is_no_bare_withdrawal(said):
    """Another speaker calling the company's statement wrong, or a mayor her deputy's, withdraws
    nothing of theirs; 'its earlier statement was wrong and that D' goes on to state D, which is no
    withdrawal read here (its words stay a claim of the company)."""
    text = ("Yoghurt recall widens\n\nKelmar Foods said the recall covered only one batch of yoghurt.\n\n"
            + said + "\n")
    claims = ruled_claims(text)
    assert not [c for c in claims if c["stance"] == "retracts"], claims
    kelmar = _one(claims, "covered only one batch")
    assert kelmar["status"] != "retracted", kelmar


def test_a_possessive_of_another_in_an_owned_error_is_refused_other_apostrophes_pass():
    """The words before 'figure' in 'its ... figure was wrong' may hold an apostrophe ("its 'final'
    figure"), but no possessive of another party ("its partner's figure")."""
    owned = lexicon().owned_error
    assert owned.search("its 'final' figure was wrong")
    assert not owned.search("its partner's figure was wrong")
    assert not owned.search("her deputies' figure was wrong")


def test_a_company_owning_that_its_earlier_statement_was_wrong_withdraws_it():
    """'On Tuesday the company said its earlier statement was wrong': Kelmar Foods takes back its
    own Monday statement."""
    text = ("Yoghurt recall widens\n\nKelmar Foods said on Monday the recall covered only one batch of yoghurt.\n\n"
            "On Tuesday the company said its earlier statement was wrong.\n")
    claims = ruled_claims(text)
    kelmar = _one(claims, "covered only one batch")
    assert kelmar["status"] == "retracted" and "Kelmar Foods" in kelmar["reason"], kelmar


def test_a_guest_withdrawing_a_word_in_a_transcript_retracts():
    """'LINDQVIST: I take back those words, Presenter.': the guest's own withdrawal (stance
    retracts); what the guest goes on to say is still the guest's claim."""
    text = ("Morning programme transcript\n\nPRESENTER: Dr Lindqvist, you called the new bridge a death trap.\n\n"
            "LINDQVIST: I take back those words, Presenter. Yet the railings on the east span are too low.\n\n"
            "PRESENTER: We will leave it there.\n")
    claims = ruled_claims(text)
    withdrawal = _one(claims, "I take back those words", "retracts")
    assert withdrawal["status"] == "retracted", withdrawal
    railings = _one(claims, "the railings on the east span are too low")
    assert railings["status"] != "retracted", railings


@pytest.mark.parametrize(("said", "taken_back"), [
    ("earlier I said the grants came to $310 million", True),
    ("earlier I said the grants came to $310 million; the figure in the audit is $301 million", False),
    ("earlier I said the grants came to $310 million; sorry", True),
    ("earlier I said the grants came to $310 million; that figure was wrong", True),
    ("earlier I said the grants came to $310 million; I apologise for the error", True),
    ("earlier I said the grants came to $310 million; that was not right", True),
    ("earlier I said the grants came to $310 million; the $310 million figure was not correct", True),
])
def test_a_presenters_correction_that_goes_on_to_the_right_figure_is_not_taken_back(said, taken_back):
    """'One correction before we go. Earlier I said C; the figure in the audit is D' read as one
    statement of the publisher states D: the correction takes back the words up to the semicolon
    where they stand alone, not a statement giving the right figure."""
    text = f"KARA VOSS: One correction before we go. E{said[1:]}. Thank you for listening.\n"
    start = text.index("I said")
    record = ClaimRecord(key=1, doc="d", text=text[start:text.index(". Thank")], speaker="Coast Radio",
                         publisher="Coast Radio", sentence=(text.index("Earlier"), text.index(" Thank")),
                         start=start, end=text.index(". Thank"))
    mark_corrected([record], text)
    assert bool(record.corrected) is taken_back, record


def test_an_update_label_before_an_earlier_version_quoting_a_source_states_nothing_of_the_publisher():
    """'Update, May 3: An earlier version of this article quoted a grower, NAME, as saying that C':
    C is the grower's, withdrawn; the publisher's own reading of the notice, from its label on, is
    no claim of its own."""
    text = ("Berry exporter under investigation\n\nThe exporter filed for bankruptcy on Monday, the court said.\n\n"
            "Update, May 3: An earlier version of this article quoted a grower, Tomas Brekke, as saying that the "
            "owner had \"fled abroad\". Brekke has since told the Gazette that he was repeating a rumour and "
            "withdraws the claim.\n")
    claims = ruled_claims(text)
    assert not [c for c in claims if c["speaker_name"] == "Harbour Gazette" and c["stance"] == "asserts"
                and "fled abroad" in c["text"]], claims
    quoted = _one(claims, "fled abroad")
    assert (quoted["speaker_name"], quoted["status"]) == ("Tomas Brekke", "retracted"), quoted


STORM = {
    "gazette-storm": ("The Harbour Gazette", "2026-03-02",
                      "About 4,000 homes in Kelby were without power on Tuesday after the storm, the grid operator "
                      "Velta Energy said.\n\nThe Kelby Fire Service said 300 homes had been damaged.\n\n"
                      "The fire service later revised the figure down to 120.\n\n"
                      "Correction: An earlier version of this story misstated the number of homes without power."),
}


def test_a_correction_note_leaves_the_standing_lead_and_a_revision_takes_back_the_figure(run, tmp_path):
    """Stored: the correction note takes back only the earlier version's words, so the lead (the
    corrected text, standing) keeps its source's status; the fire service's 300, revised down by the
    fire service, is retracted."""
    claims = ingested(run, tmp_path, STORM)
    lead = _one(claims, "4,000 homes in Kelby were without power")
    assert lead["status"] == "confirmed", lead
    damaged = _one(claims, "300 homes had been damaged")
    assert damaged["status"] == "retracted" and "Kelby Fire Service" in damaged["reason"], damaged


@pytest.mark.parametrize("note", [
    "This article has been corrected. A previous version gave the wrong day on which Nordvik Lines cancelled "
    "its sailings.",
    "This story has been amended. An earlier version misstated the day Nordvik Lines cancelled its sailings.",
])
def test_a_note_that_the_story_was_corrected_opens_a_notice_and_the_lead_stands(note):
    """'This article has been corrected. A previous version gave the wrong day ...': the note opens a
    notice as a label would, so its earlier version is the publisher's own, withdrawn (stance
    retracts); the lead it corrected stands as the publisher's statement."""
    text = ("Ferry sailings cancelled\n\nFerry operator Nordvik Lines cancelled all sailings to Brekka on Friday.\n\n"
            "Passengers were offered refunds, the company said.\n\n" + note + "\n")
    claims = ruled_claims(text)
    withdrawn = [c for c in claims if "version" in c["text"]]
    assert withdrawn and all((c["stance"], c["status"]) == ("retracts", "retracted") for c in withdrawn), claims
    lead = _one(claims, "cancelled all sailings to Brekka on Friday")
    assert lead["status"] == "unconfirmed" and lead["reason"] == "unattributed statement of the publisher", lead
