"""diff: alignment, classification and rendering on small claim sets built here."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from provenance import claimset
from provenance import diff as d
from provenance.errors import InputError

SCHEMA = Path(__file__).resolve().parent.parent / "schema" / "diff.schema.json"

# (text, speaker, outlet, stated_on, status): each becomes one sentence and one claim
STORY = [
    ("The council approved the new budget for the harbour district", None, "Harbour Herald", None, "unconfirmed"),
    ("Repairs to the north pier will start before the winter storms", "a port official", "Harbour Herald",
     "2025-03-02", "unconfirmed"),
    ("The ferry company expects passenger numbers to double by next summer", "Mara Quist", "Coast Radio",
     "2025-03-03", "confirmed"),
    ("Fishermen complained that the consultation ignored their moorings", "fishermen", None, None, "unconfirmed"),
    ("The mayor promised a public meeting about the parking charges", "Olaf Brandt", None, "2025-03-04",
     "confirmed"),
    ("Engineers found cracks in three of the old concrete pillars", "a port official", "Harbour Herald",
     "2025-03-02", "unconfirmed"),
    ("Shop owners along the quay fear months of lost trade", "shop owners", "Coast Radio", None, "unconfirmed"),
    ("The regional government will pay half of the dredging costs", "Olaf Brandt", None, "2025-03-04",
     "confirmed"),
]
SPEAKERS = {"a port official": (True, ["the official"]), "Mara Quist": (False, ["Quist"]),
            "fishermen": (True, []), "Olaf Brandt": (False, ["Brandt", "the mayor"]), "shop owners": (True, []),
            "Ines Rove": (False, ["Rove"])}


def build(story: list[tuple], *, version: int = 1, reviewed_by: dict[int, str] | None = None) -> dict[str, Any]:
    """A valid claim set whose text is the story's sentences, one claim per sentence."""
    text, claims, speakers, outlets = "", [], {}, {}
    for seq, (content, speaker, outlet, stated_on, status) in enumerate(story, 1):
        start = len(text)
        text += content + ".\n"
        if speaker and speaker not in speakers:
            anonymous, aliases = SPEAKERS[speaker]
            speakers[speaker] = {"id": f"s{len(speakers) + 1}", "name": speaker, "aliases": aliases,
                                 "kind": "person", "anonymous": anonymous, "role": None, "affiliation": None}
        if outlet and outlet not in outlets:
            outlets[outlet] = {"id": f"o{len(outlets) + 1}", "name": outlet, "aliases": [], "country": None}
        claims.append({
            "id": f"c{seq}", "seq": seq, "start": start, "end": start + len(content), "text": content,
            "speaker": speakers[speaker]["id"] if speaker else None, "outlet": outlets[outlet]["id"] if outlet else None,
            "form": "indirect" if speaker else "unattributed", "stated_on": stated_on, "event_on": None,
            "kind": "fact", "status": status, "reason": "test", "reviewed_by": (reviewed_by or {}).get(seq),
        })
    data = {"format": "provenance-claimset", "format_version": 1,
            "document": {"slug": "harbour", "title": "Harbour works", "outlet": "Harbour Herald", "url": None,
                         "language": "en", "version": version, "published": None, "text": text},
            "speakers": list(speakers.values()), "outlets": list(outlets.values()), "claims": claims, "links": []}
    return claimset.validate(data)


def edited(**changes) -> list[tuple]:
    """STORY with some rows replaced: edited(r2=(...)) replaces row 2 (1-based)."""
    story = [list(row) for row in STORY]
    for key, value in changes.items():
        story[int(key[1:]) - 1] = list(value)
    return [tuple(row) for row in story]


def kinds_by_a(result: d.Diff) -> dict[int | None, list[str]]:
    return {(p.a["seq"] if p.a else None): p.kinds for p in result.pairs if p.kinds != ["unchanged"]}


def test_identical_sets_are_equal():
    result = d.compare(build(STORY), build(STORY))
    assert result.equal and not result.differs()
    assert result.summary() == {**dict.fromkeys(d.KINDS, 0), "unchanged": 8}
    assert [p.similarity for p in result.pairs] == [1.0] * 8


def test_punctuation_and_case_changes_are_not_rewording():
    story = edited(r1=("THE council approved the new budget, for the harbour district!", None, "Harbour Herald",
                       None, "unconfirmed"))
    assert d.compare(build(STORY), build(story)).equal


def test_reworded_with_inline_word_diff():
    story = edited(r3=("The ferry company expects passenger numbers to triple by next summer", "Mara Quist",
                       "Coast Radio", "2025-03-03", "confirmed"))
    result = d.compare(build(STORY), build(story))
    (pair,) = [p for p in result.pairs if p.kinds != ["unchanged"]]
    assert pair.kinds == ["reworded"]
    assert pair.inline == ("The ferry company expects passenger numbers to [-double-] {+triple+} by next summer")
    assert 0.6 <= pair.similarity < 1


def test_reattributed_anonymous_to_named():
    story = edited(r2=("Repairs to the north pier will start before the winter storms", "Ines Rove",
                       "Harbour Herald", "2025-03-02", "unconfirmed"))
    (pair,) = [p for p in d.compare(build(STORY), build(story)).pairs if p.kinds != ["unchanged"]]
    assert pair.kinds == ["reattributed"]
    assert pair.changes == {"speaker": ["a port official", "Ines Rove"], "anonymous": [True, False]}


def test_alias_is_the_same_speaker_and_outlet_change_is_reattribution():
    a, b = build(STORY), build(STORY)
    b["speakers"][1]["name"], b["speakers"][1]["aliases"] = "Quist", []
    b["claims"][3]["outlet"] = "o2"
    result = d.compare(a, b)
    assert kinds_by_a(result) == {4: ["reattributed"]}
    assert result.pairs[3].changes == {"outlet": [None, "Coast Radio"]}


def test_leading_articles_and_punctuation_do_not_make_another_speaker():
    a, b = build(STORY), build(STORY)
    b["speakers"][0]["name"] = "A port official."
    assert d.compare(a, b).equal
    b["speakers"][0]["anonymous"] = False
    assert kinds_by_a(d.compare(a, b)) == {2: ["reattributed"], 6: ["reattributed"]}


def test_redated_and_status_changed_with_reviewer():
    story = edited(r5=("The mayor promised a public meeting about the parking charges", "Olaf Brandt", None,
                       "2025-03-05", "confirmed"),
                   r7=("Shop owners along the quay fear months of lost trade", "shop owners", "Coast Radio", None,
                       "corroborated"))
    result = d.compare(build(STORY), build(story, reviewed_by={7: "ana"}))
    assert kinds_by_a(result) == {5: ["redated"], 7: ["status_changed"]}
    assert result.pairs[4].changes == {"stated_on": ["2025-03-04", "2025-03-05"]}
    assert result.pairs[6].changes == {"status": ["unconfirmed", "corroborated"], "reviewed_by": [None, "ana"]}


def test_reviewer_alone_is_a_status_change_between_reviewed_sets():
    result = d.compare(build(STORY, reviewed_by={2: "bo"}), build(STORY, reviewed_by={1: "ana", 2: "bo"}))
    assert kinds_by_a(result) == {1: ["status_changed"]}
    assert result.pairs[0].changes == {"reviewed_by": [None, "ana"]}


def test_a_draft_without_reviews_is_compared_on_status_only():
    assert d.compare(build(STORY), build(STORY, reviewed_by={1: "ana", 2: "bo"})).equal


def test_added_removed_and_moved():
    rows = list(STORY)
    moved = rows.pop(1)
    rows.insert(6, moved)  # row 2 now sits after row 7
    del rows[3]  # row 5 is cut
    rows.append(("A new bridge toll was announced for electric vehicles", "Olaf Brandt", None, None, "confirmed"))
    result = d.compare(build(STORY), build(rows))
    assert kinds_by_a(result) == {2: ["moved"], 5: ["removed"], None: ["added"]}
    assert result.summary() == {"unchanged": 6, "reworded": 0, "reattributed": 0, "redated": 0,
                                "status_changed": 0, "moved": 1, "added": 1, "removed": 1}
    # reading order of b; the removed claim follows where its predecessor went
    order = [(p.a["seq"] if p.a else None, p.b["seq"] if p.b else None) for p in result.pairs]
    assert order == [(1, 1), (3, 2), (4, 3), (5, None), (6, 4), (7, 5), (2, 6), (8, 7), (None, 8)]


def test_moved_and_reworded_is_found_by_the_global_pass():
    rows = [STORY[i] for i in (7, 1, 2, 3, 4, 5, 6)]  # the last claim first, row 1 gone
    rows[0] = ("The regional government will pay about half of all the dredging costs", "Olaf Brandt", None,
               "2025-03-04", "confirmed")
    rows = [(f"Filler sentence number {k} about nothing in particular", None, None, None, "unconfirmed")
            for k in range(40)] + rows  # push it far outside the window
    result = d.compare(build(STORY), build(rows))
    (pair,) = [p for p in result.pairs if p.a and p.a["seq"] == 8]
    assert pair.kinds == ["reworded", "moved"]


def test_threshold_decides_between_reworded_and_removed_plus_added():
    story = edited(r4=("Fishermen said the consultation ignored them", "fishermen", None, None, "unconfirmed"))
    loose = d.compare(build(STORY), build(story), threshold=0.5)
    strict = d.compare(build(STORY), build(story), threshold=0.9)
    assert kinds_by_a(loose) == {4: ["reworded"]}
    assert sorted(map(str, kinds_by_a(strict).values())) == ["['added']", "['removed']"]
    with pytest.raises(InputError):
        d.compare(build(STORY), build(story), threshold=1.5)


def test_duplicate_texts_pair_in_order():
    rows = STORY[:2] + [STORY[0]]
    result = d.compare(build(rows), build(rows))
    assert result.equal
    assert [(p.a["seq"], p.b["seq"]) for p in result.pairs] == [(1, 1), (2, 2), (3, 3)]


def test_empty_sides():
    empty = build([])
    assert d.compare(empty, empty).equal
    assert d.compare(empty, build(STORY)).summary()["added"] == 8
    assert d.compare(build(STORY), empty).summary()["removed"] == 8


def test_align_is_not_all_pairs_but_finds_what_matters():
    assert d.align([], ["x"]) == []
    assert d.align(["a b c", "x y z", "new words here"], ["x y z", "a b c d"], threshold=0.5) == [
        (0, 1, 0.845), (1, 0, 1.0)]


def test_parse_kinds_and_version_specs():
    assert d.parse_kinds(["reworded,moved", "status-changed", "moved"]) == ["reworded", "moved", "status_changed"]
    with pytest.raises(InputError, match="is not a kind"):
        d.parse_kinds(["renamed"])
    assert d.parse_version_spec("my-story@2") == ("my-story", 2)
    assert d.parse_version_spec("my-story") == ("my-story", None)
    assert d.parse_version_spec("my-story@latest") == ("my-story", None)
    for bad in ("my-story@0", "my-story@two", "@2"):
        with pytest.raises(InputError, match="DOC@N"):
            d.parse_version_spec(bad)


def test_json_matches_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    rows = list(STORY)
    rows[2] = ("The ferry company expects passenger numbers to triple by next summer", "Mara Quist",
               "Coast Radio", "2025-03-04", "corroborated")
    del rows[5]
    rows.append(("A new bridge toll was announced for electric vehicles", "Ines Rove", None, None, "confirmed"))
    result = d.compare(build(STORY), build(rows, version=2))
    doc = json.loads(json.dumps(result.to_json()))
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(doc)
    assert doc["a"] == {"source": "harbour@1", "doc": "harbour", "version": 1, "title": "Harbour works",
                        "claims": 8}
    assert doc["summary"]["reworded"] == 1 and doc["summary"]["removed"] == 1
    only = result.to_json(["removed"])
    assert [p["kinds"] for p in only["pairs"]] == [["removed"]] and only["only"] == ["removed"]


def test_sides_are_not_mutated():
    a, b = build(STORY), build(edited(r1=("Completely different words", None, None, None, "unconfirmed")))
    before = copy.deepcopy((a, b))
    d.compare(a, b)
    assert (a, b) == before
