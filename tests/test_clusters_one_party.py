"""One party under two names is one source (issue 12): corroboration counts independent origins,
and a body's acronym or the last words of its name ('FA' for the 'Tollan Football Association'),
its own spokesperson, official, director, lawyer or head, and a ministry's minister are the body
speaking, never a second source on its word. Two bodies that only share words ('Football
Association' and 'Football Federation') stay independent. Names and articles of this file's own
writing."""

from __future__ import annotations

import json

import pytest

from provenance.corroboration import ClaimRecord, origin_groups, same_origin, staff_body

from conftest import Run


def _record(key: int, speaker: str, role: str | None = None, kind: str = "person") -> ClaimRecord:
    return ClaimRecord(key=key, doc=f"doc{key}", text="the pier will close in May", speaker=speaker, role=role,
                       speaker_kind=kind)


def _body(key: int, name: str) -> ClaimRecord:
    return _record(key, name, kind="organization")


ONE_PARTY = [
    (_body(1, "Tollan Football Association"), _body(2, "FA")),
    (_body(1, "FA"), _body(2, "Football Association")),
    (_body(1, "Health Ministry"), _record(2, "Ana Roe", "Health Ministry spokeswoman")),
    (_body(1, "Health Ministry"), _record(2, "Ana Roe", "Health Minister")),
    (_body(1, "Ministry of Health"), _record(2, "Ana Roe", "minister of health")),
    (_body(1, "Marlow Freight"), _record(2, "Ed Vance", "Marlow Freight chief executive")),
    (_body(1, "Marlow Freight"), _record(2, "Ed Vance", "lawyer for Marlow Freight")),
    (_body(1, "Marlow Freight"), _record(2, "Ed Vance", "Marlow Freight's general manager")),
    (_body(1, "Harbour Board"), _record(2, "Ed Vance", "director of the Harbour Board")),
    (_body(1, "Harbour Board"), _record(2, "Ed Vance", "Harbour Board senior official")),
    (_record(1, "Ana Lind", "Harbour Board director"), _record(2, "Ed Vance", "official of the Harbour Board")),
    (_body(1, "Tollan Port Authority"), _record(2, "Ed Vance", "TPA director")),
]

TWO_PARTIES = [
    (_body(1, "Tollan Football Association"), _body(2, "Tollan Football Federation")),
    (_body(1, "Football Association"), _record(2, "Ed Vance", "Football Federation director")),
    (_body(1, "Health Ministry"), _record(2, "Ana Roe", "Finance Minister")),
    (_body(1, "Harbour Board"), _record(2, "Ed Vance", "Tollan Council official")),
    (_body(1, "Harbour Board"), _record(2, "Ed Vance", "its lawyer")),
    (_body(1, "Harbour Board"), _record(2, "Ed Vance", "a senior official")),
    (_body(1, "Marlow Freight"), _record(2, "Ed Vance", "Brellin Foods chief executive")),
    (_record(1, "Ana Lind", "Harbour Board director"), _record(2, "Ed Vance", "Tollan Council director")),
    (_body(1, "Tollan Port Authority"), _record(2, "Ed Vance", "PTA director")),
]


@pytest.mark.parametrize(("a", "b"), ONE_PARTY, ids=lambda r: f"{r.speaker}/{r.role}")
def test_one_party_under_two_names_is_one_origin(a, b):
    assert same_origin(a, b) and same_origin(b, a)
    groups = origin_groups([a, b])
    assert groups[1] == groups[2]


@pytest.mark.parametrize(("a", "b"), TWO_PARTIES, ids=lambda r: f"{r.speaker}/{r.role}")
def test_two_parties_sharing_words_stay_independent(a, b):
    assert not same_origin(a, b) and not same_origin(b, a)
    groups = origin_groups([a, b])
    assert groups[1] != groups[2]


@pytest.mark.parametrize(("role", "body"), [
    ("Harbour Board director", "Harbour Board"),
    ("spokeswoman for the Tollan Port Authority", "Tollan Port Authority"),
    ("Marlow Freight's lawyer", "Marlow Freight"),
    ("Health Minister", "Health Ministry"),
    ("director", None),
    ("a senior official", None),
    ("its chief executive", None),
    ("lawyer for the company", None),
])
def test_the_body_a_role_speaks_for(role, body):
    assert staff_body(_record(1, "Ed Vance", role)) == body


def test_a_private_person_or_anonymous_source_speaks_for_no_body():
    assert staff_body(ClaimRecord(key=1, doc="d", text="t", speaker="a Harbour Board official", role="Harbour Board official",
                                  anonymous=True)) is None
    assert staff_body(_record(1, "Tollan Port Authority", "Harbour Board director", kind="organization")) is None


BOARD = """Tollan harbour pier to close for repairs

The Tollan Harbour Board said on Monday that the Tollan Ferry Company had missed three safety checks on its boats last winter.
"""

DIRECTOR = """North pier repairs will take six weeks

Ed Vance, director of the Tollan Harbour Board, said on Monday that the Tollan Ferry Company had missed three safety checks on its boats last winter.
"""

RIVAL = """North pier repairs will take six weeks

The Tollan Sailors Union said on Monday that the Tollan Ferry Company had missed three safety checks on its boats last winter.
"""


def _pier_status(tmp_path, second: str) -> dict[str, str]:
    run = Run(str(tmp_path / "pier.db"))
    paths = []
    for slug, text in (("gazette-pier", BOARD), ("courier-pier", second)):
        path = tmp_path / f"{slug}.txt"
        path.write_text(text)
        paths.append(str(path))
    assert run("ingest", *paths, "--silent").exit_code == 0
    claims = json.loads(run("claims", "--format", "json").stdout)
    return {c["speaker"]: c["status"] for c in claims if "missed three safety checks" in c["text"]}


def test_a_body_and_its_own_director_do_not_corroborate_each_other(tmp_path):
    """The board's word told by the board to one paper and by its director to another is one
    source: confirmed (a party on the record), never corroborated."""
    statuses = _pier_status(tmp_path, DIRECTOR)
    assert len(statuses) == 2 and "corroborated" not in statuses.values(), statuses


def test_two_bodies_corroborate_each_other(tmp_path):
    """The same word from an independent body is corroboration (the case above can fail)."""
    statuses = _pier_status(tmp_path, RIVAL)
    assert set(statuses.values()) == {"corroborated"}, statuses
