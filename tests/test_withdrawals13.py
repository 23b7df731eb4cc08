"""A speaker withdrawing or correcting its own earlier statement, told in the story's prose (issue 12
item 3): 'Lind withdrew a statement he had made to police that C', 'Lind was made to withdraw his
claim that C', 'Lind corrected the figure he had given, telling the council that D'. The withdrawal is
Lind's own statement with the stance retracts, and Lind's earlier claim becomes retracted with a
reason naming Lind; the corrected figure stays Lind's assertion. A demand to withdraw, a withdrawal
from a race and another source's denial withdraw nothing. All text invented."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

LEAK = "the Tarnby weir had leaked for months"
CLAIM = f"Weir keeper Oskar Lind said on Monday that {LEAK}.\n\n"
COST = "the repair of the sluice would cost 2.4 million crowns"
FIGURE = f"Weir keeper Oskar Lind told the council on Monday that {COST}.\n\n"


def _lind(text: str) -> list[dict]:
    return [c for c in ruled_claims(text) if c["speaker_name"] == "Oskar Lind"]


@pytest.mark.parametrize("told", [
    "On Tuesday Lind withdrew a statement he had made to police that the weir had leaked for months.",
    "Under questioning by a lawyer, Tom Brekke, Lind withdrew the statement he gave to police that the weir had leaked.",
    "At a council meeting on Tuesday Lind was made to withdraw his claim that the weir had leaked for months.",
    "Lind later took back his claim that the weir had leaked for months.",
])
def test_a_withdrawal_told_in_prose_retracts_the_speakers_claim(told):
    """The prose's withdrawal is the speaker's own (stance retracts), not the publisher's assertion
    of the sentence, and it withdraws the speaker's earlier claim saying the same."""
    lind = _lind(CLAIM + told + "\n")
    assert any(c["stance"] == "retracts" for c in lind)
    claim = next(c for c in lind if c["stance"] == "asserts" and c["text"] == LEAK)
    assert claim["status"] == "retracted" and claim["reason"].startswith("withdrawn by Oskar Lind")


def test_a_figure_corrected_retracts_the_first_figure_and_asserts_the_second():
    """'corrected the figure he had given, telling the council that D': the earlier figure is
    retracted, D is the speaker's assertion on the record."""
    lind = _lind(FIGURE + "Later in the meeting, Lind corrected the figure he had given, telling the council that "
                 "the repair would cost 2.1 million crowns.\n")
    first = next(c for c in lind if c["text"] == COST)
    assert first["status"] == "retracted" and first["reason"].startswith("withdrawn by Oskar Lind")
    second = next(c for c in lind if "2.1 million" in c["text"])
    assert second["stance"] == "asserts" and second["status"] == "confirmed"
    assert any(c["stance"] == "retracts" and "corrected the figure" in c["text"] for c in lind)


def test_a_figure_corrected_with_saying_keeps_the_new_figure():
    lind = _lind(FIGURE + "On Tuesday Lind corrected the figure, saying the repair would cost 2.1 million crowns.\n")
    assert next(c for c in lind if c["text"] == COST)["status"] == "retracted"
    assert next(c for c in lind if c["text"] == "the repair would cost 2.1 million crowns")["stance"] == "asserts"


@pytest.mark.parametrize("told", [
    "On Tuesday Lind withdrew from the race for mayor.",
    "The mayor, Ana Holt, called on Lind to withdraw his claim that the weir had leaked for months.",
    "On Tuesday the council denied that the weir had leaked for months.",
    "A rival keeper, Ines Berg, withdrew her claim that the sluice gates had jammed.",
])
def test_no_withdrawal_by_the_speaker_retracts_nothing(told):
    """A withdrawal from a race, a demand that the speaker withdraw, another source's denial, or
    another source's withdrawal of its own claim leaves the speaker's claim unretracted."""
    got = ruled_claims(CLAIM + told + "\n")
    claim = next(c for c in got if c["speaker_name"] == "Oskar Lind" and c["text"] == LEAK)
    assert claim["status"] != "retracted"
    assert not any(c["stance"] == "retracts" and c["speaker_name"] == "Oskar Lind" for c in got)


@pytest.mark.parametrize("said", [
    '"On Tuesday I said the weir had leaked for months, and that was wrong," Lind said on Wednesday.',
    '"I said the weir had leaked for months. That was wrong," Lind said on Wednesday.',
    '"I withdraw the word, and I apologise," Lind said on Wednesday.',
])
def test_the_speakers_own_words_withdraw_what_it_said(said):
    """'I said C, and that was wrong', 'I said C. That was wrong', 'I withdraw the word': the
    speaker's quotation withdraws its own earlier claim (never a denial of it, nor an assertion)."""
    lind = _lind(CLAIM + said + "\n")
    assert any(c["stance"] == "retracts" for c in lind) and not any(c["stance"] == "denies" for c in lind)
    claim = next(c for c in lind if c["stance"] == "asserts" and c["text"] == LEAK)
    assert claim["status"] == "retracted" and claim["reason"].startswith("withdrawn by Oskar Lind")


@pytest.mark.parametrize("said", [
    '"I said the weir was sound, and that was true," Lind said on Wednesday.',
    '"Holt said the weir had leaked for months, and that was wrong," Lind said on Wednesday.',
])
def test_no_admission_of_the_speakers_own_words_is_no_withdrawal(said):
    """What the speaker said and stands by, or someone else's words called wrong, withdraws nothing
    of the speaker's."""
    lind = _lind(CLAIM + said + "\n")
    assert not any(c["stance"] == "retracts" for c in lind)
    assert next(c for c in lind if c["text"] == LEAK)["status"] != "retracted"
