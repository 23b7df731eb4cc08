"""A party's words known only through another party's account (issue 12, deliver 4: on the record
means said to the public or the outlet): 'The ruling found that Berg told a supplier he would pay'
stores Berg's 'he would pay', but Berg said it to the supplier; the reader has it only through the
court. Its status stays the account's (the court is on the record), and its reason says through whom,
never plain 'on the record from Berg'. Words said to the public stay plainly on the record."""

from __future__ import annotations

from test_status_shapes import ruled_claims

ACCOUNTS = """Former harbour master fined over pilot licences

A tribunal ruling published on Tuesday found that Oskar Brenn told a ship's agent he would "sort out" the licences for a fee.

Harbour Minister Edda Lunde said the fines were fair. "The rules apply to everyone," she told reporters.
"""


def _by_text(claims: list[dict], words: str) -> dict:
    found = [c for c in claims if c["text"].startswith(words)]
    assert found, [c["text"] for c in claims]
    return found[0]


def test_words_told_to_another_reach_the_record_only_through_the_account():
    claims = ruled_claims(ACCOUNTS)
    brenn = _by_text(claims, "he would")
    assert brenn["speaker_name"] == "Oskar Brenn"
    assert brenn["status"] == "confirmed"
    assert "only through the account of" in brenn["reason"]
    assert "ruling" in brenn["reason"]
    # the account's own claim stays the record's
    ruling = _by_text(claims, "Oskar Brenn told")
    assert ruling["status"] == "confirmed" and "only through" not in ruling["reason"]


def test_words_said_to_the_public_stay_plainly_on_the_record():
    claims = ruled_claims(ACCOUNTS)
    for words in ("the fines were fair", "The rules apply to everyone"):
        minister = _by_text(claims, words)
        assert minister["status"] == "confirmed"
        assert "only through" not in minister["reason"], minister
