"""A research body speaking for itself is a party, not an analyst (issue 12): a body whose name holds
'Institute' or 'Research' comments on others' affairs as an outside analyst, but the press release it
issued about its own work, carried whole by an outlet, is that body on the record."""

from __future__ import annotations

import json

RELEASE = ("---\ntitle: Institute withdraws eelgrass survey\noutlet: Coastline Weekly\npublished: 2026-03-04\n---\n"
           "Institute withdraws eelgrass survey\n\n"
           "The following press release was issued by the Marrow Bay Institute for Seagrass Research on Monday. "
           "Coastline Weekly carries it in full.\n\n"
           "PRESS RELEASE\n\n"
           "Marrow Bay, 2 March 2026 – The Marrow Bay Institute for Seagrass Research has withdrawn its 2024 "
           "survey of eelgrass cover in the northern inlets.\n\n"
           "A review by the institute found that the survey counted two of the inlets twice.\n\n"
           "ENDS\n")

COMMENT = ("---\ntitle: Ferry fares rise again\noutlet: Coastline Weekly\npublished: 2026-03-04\n---\n"
           "Ferry fares rise again\n\n"
           "The island ferry operator raised its fares by 9% on Monday. The Kestrel Institute for Transport "
           "Research said the rise would push commuters back onto the coast road.\n")


def _claims(run, tmp_path, name: str, text: str) -> list[dict]:
    article = tmp_path / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    assert run("ingest", str(article)).exit_code == 0
    return [c for c in json.loads(run("claims", "--format", "json").stdout) if c["doc"] == name]


def test_an_institutes_own_carried_release_is_the_institute_on_the_record(run, tmp_path):
    claims = _claims(run, tmp_path, "eelgrass-release", RELEASE)
    own = [c for c in claims if c["speaker"] == "Marrow Bay Institute for Seagrass Research"
           and c["outlet"] == "Marrow Bay Institute for Seagrass Research press release"]
    assert own, [(c["speaker"], c["outlet"], c["text"]) for c in claims]
    for claim in own:
        assert claim["status"] == "confirmed", claim
        assert "own press release" in claim["reason"] and "analyst" not in claim["reason"], claim


def test_an_institute_commenting_on_others_stays_an_analyst(run, tmp_path):
    claims = _claims(run, tmp_path, "ferry-fares", COMMENT)
    [comment] = [c for c in claims if c["speaker"] and "Transport Research" in c["speaker"]]
    assert comment["status"] == "unconfirmed", comment
    assert "analyst" in comment["reason"], comment
