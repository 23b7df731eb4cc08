"""A withdrawal by a person takes back only that person's accounts (issue 12): another speaker
who shares the name but whom the documents describe with another role ('Transport Minister Lena
Falk', 'Lena Falk, a bus driver') keeps what they said; the same person named with the same office,
or with no description, is still taken back. Invented articles of this file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ingested

from provenance.corroboration import ClaimRecord, namesakes

SAID = "the night buses had been checked every week by the depot's mechanics"


def _articles(account: str, withdrawal: str) -> dict[str, tuple[str, str, str]]:
    return {
        "courier-buses": ("The Coast Courier", "2026-07-01", f"{account} said {SAID}."),
        "gazette-buses": ("The Harbour Gazette", "2026-07-03", f"{withdrawal} has withdrawn her claim that {SAID}."),
    }


def _account(claims: list[dict]) -> dict:
    found = [c for c in _by_text(claims, "checked every week") if c["stance"] == "asserts"]
    assert len(found) == 1, claims
    return found[0]


def test_a_namesakes_withdrawal_leaves_the_account_standing(run, tmp_path):
    claims = ingested(run, tmp_path, _articles("Lena Falk, a bus driver in Corvin,", "Transport Minister Lena Falk"))
    assert _account(claims)["status"] != "retracted", claims


@pytest.mark.parametrize(("account", "withdrawal"), [
    ("Transport Minister Lena Falk", "Lena Falk, the transport minister,"),
    ("Lena Falk", "Transport Minister Lena Falk"),
])
def test_the_same_persons_withdrawal_still_takes_the_account_back(run, tmp_path, account, withdrawal):
    claims = ingested(run, tmp_path, _articles(account, withdrawal))
    assert _account(claims)["status"] == "retracted", claims


def _person(described: str) -> ClaimRecord:
    return ClaimRecord(key=described, doc="d", text="C", speaker="Lena Falk", speaker_kind="person", described=described)


@pytest.mark.parametrize(("one", "other", "apart"), [
    ("Transport Minister", "a bus driver in Corvin", True),
    ("Transport Minister", "the transport minister", False),
    ("Dr", "a nurse at the clinic", True),
    ("Transport Minister", "", False),  # nothing to tell them apart
    ("Transport Minister", "who lives in Corvin", False),  # no role word: no telling
])
def test_namesakes_are_told_apart_only_by_roles_that_share_nothing(one, other, apart):
    assert namesakes(_person(one), _person(other)) is apart
    assert namesakes(_person(other), _person(one)) is apart


@pytest.mark.parametrize(("one", "other"), [
    (ClaimRecord(key="a", doc="d", text="C", speaker="Lena Falk", speaker_kind="person", described="Transport Minister"),
     ClaimRecord(key="b", doc="d", text="C", speaker="Ola Berg", speaker_kind="person", described="a bus driver")),
    (ClaimRecord(key="a", doc="d", text="C", speaker="Corvin Buses", speaker_kind="institution",
                 described="its chief executive"),
     ClaimRecord(key="b", doc="d", text="C", speaker="Corvin Buses", speaker_kind="institution",
                 described="a spokesperson for")),
])
def test_two_names_or_a_body_are_never_namesakes(one, other):
    """Two people of one party (its spokesperson, its chief executive) are told apart by name, not
    by role: only one name of two people is a namesake."""
    assert not namesakes(one, other)
    assert not namesakes(other, one)
