"""Nested reports (issue 13 item 5): a report of Y's words inside X's ('X said Y had said C')
stays a claim of Y's, relayed by X; inside an interview's answer the answer's own 'I' and 'we'
are the interviewee's. Every text is invented."""

from __future__ import annotations

from claimsets import rule_claims


def _claims(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, mention) of the text's attributed claims, read by the rules."""
    return [c[:3] for c in rule_claims(text)]


def test_words_told_by_another_stay_the_speakers_claim():
    claims = _claims("Tarrow Gazette\n\nMs. Aldecott said that the depot would close and that Mr. Tresham had said "
                     "the council would pay for the move.\n")
    assert ("the council would pay for the move", "Tresham", "Mr. Tresham") in claims


def test_first_person_inside_an_interview_answer_is_the_interviewee():
    """'A: ... we believe C': the answer's 'I' and 'we' are the one answering (the person the
    introduction named), each such claim keeping the pronoun as its mention; someone else the
    answer reports stays that someone."""
    text = ("Tarrow Gazette\n\nMayor Ann Aldecott spoke to the Gazette about the port. Her chief of staff, "
            "Tom Quigley, sat in.\n\nQ: What will you do about the port?\n\nA: My staff have looked at it. "
            "I think the port needs a new crane, and we believe the council will pay for it.\n\n"
            "Q: Why close the depot?\n\nA: Tom Quigley said it would save money.\n")
    claims = _claims(text)
    assert ("the council will pay for it", "Ann Aldecott", "we") in claims
    assert ("the port needs a new crane", "Ann Aldecott", "I") in claims
    assert ("it would save money", "Tom Quigley", "Tom Quigley") in claims
