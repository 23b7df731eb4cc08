"""One count of an outlet's claims (issue 12): `provenance outlets`, `claims --outlet` and the
report's own reporting agree on a publisher's own story, its statements and the sources it reached
itself with no other outlet between."""

from __future__ import annotations

import json


def test_outlets_counts_what_claims_outlet_lists(run, tmp_path):
    article = tmp_path / "ferry.txt"
    article.write_text("---\ntitle: Ferry halted\noutlet: Orrin Sentinel\n---\n"
                       "The island ferry was halted on Monday after an engine fault. Harbour master Ilse Varnow said "
                       "the ferry would sail again on Friday. The operator told the Quay Herald that passengers "
                       "would be refunded.\n", encoding="utf-8")
    assert run("ingest", str(article)).exit_code == 0
    counts = {o["name"]: o["claims"] for o in json.loads(run("outlets", "--format", "json").stdout)}
    for name in counts:
        listed = json.loads(run("claims", "--outlet", name, "--format", "json").stdout)
        assert counts[name] == len(listed), (name, counts[name], [c["text"] for c in listed])
    own = json.loads(run("report", "ferry", "--format", "json").stdout)["headline"]["own_reporting"]
    assert own == [{"name": "Orrin Sentinel", "claims": counts["Orrin Sentinel"]}] and counts["Orrin Sentinel"] >= 2
