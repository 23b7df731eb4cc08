"""The comparison logic of benchmarks/statusdev.py on a claim set of our own writing (the
development set itself reads PolNeAR by path and is not run here)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import statusdev  # noqa: E402

EXTRACTED = [
    {"doc": "wire-a", "start": 0, "end": 40, "status": "confirmed"},
    {"doc": "wire-a", "start": 50, "end": 90, "status": "corroborated"},
    {"doc": "relay-b-", "start": 10, "end": 60, "status": "corroborated"},
    {"doc": "relay-b-", "start": None, "end": None, "status": "unconfirmed"},
]
DECISIONS = [
    {"doc_id": "wire-a", "start": 0, "end": 40, "status": "confirmed", "reason": "minister on record"},
    {"doc_id": "wire-a", "start": 52, "end": 90, "status": "unconfirmed", "reason": "one source"},
    {"doc_id": "relay-b-", "start": 10, "end": 60, "status": "unconfirmed", "reason": "relay",
     "relay": True},
    {"doc_id": "relay-b-", "start": 100, "end": 140, "status": "disputed", "reason": "denied"},
]


def test_compare_counts_agreement_per_status_and_relays():
    result = statusdev.compare(DECISIONS, statusdev.index_claims(EXTRACTED))
    assert (result["claims"], result["agree"], result["missing"]) == (4, 1, 1)
    assert result["per_status"]["confirmed"] == {"n": 1, "agree": 1, "missing": 0, "agreement": 1.0}
    assert result["per_status"]["unconfirmed"]["agree"] == 0
    assert result["per_status"]["disputed"]["missing"] == 1
    assert result["relayed_single_origin_corroborated"] == 1
    assert [d["got"] for d in result["disagreements"]] == ["corroborated", "corroborated", None]


def test_overlap_fallback_needs_half_of_the_longer_span():
    index = statusdev.index_claims(EXTRACTED)
    assert statusdev.find_status(index, "wire-a", 45, 90) == "corroborated"
    assert statusdev.find_status(index, "wire-a", 80, 200) is None


def test_shipped_decisions_hold_ids_offsets_and_reasons_only():
    path = Path(statusdev.DEFAULT_DECISIONS)
    data = json.loads(path.read_text(encoding="utf-8"))
    docs = {d for ev in data["events"] for d in ev["docs"]}
    assert len(data["events"]) >= 6
    assert all(len({d.split("_")[0] for d in ev["docs"]}) >= 3 for ev in data["events"])
    for claim in data["claims"]:
        assert set(claim) <= {"doc_id", "start", "end", "status", "reason", "relay"}
        assert claim["doc_id"] in docs and claim["start"] < claim["end"]
        assert claim["status"] in statusdev.STATUSES
        assert "\u201c" not in claim["reason"] and '"' not in claim["reason"]
