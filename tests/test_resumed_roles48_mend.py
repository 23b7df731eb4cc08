"""The resumed-role mechanisms kept to what they can know (issues 12, 13): a region's minister is not
another region's, a count of ministers counts ministers, a deputy or former holder is not the one the plain
title resumes, and a title's holder named in an appositive does not depend on the order of a set. Each case
is a short text written for this test with invented names."""

from __future__ import annotations

import os
import subprocess
import sys

from provenance.extract.document import extract_claimset


def _said(text: str) -> dict[str, tuple[str | None, bool | None]]:
    cs = extract_claimset(text, slug="t", use_model=False)
    by_id = {s["id"]: s for s in cs["speakers"]}
    return {c["text"]: ((by_id.get(c["speaker"]) or {}).get("name"), (by_id.get(c["speaker"]) or {}).get("anonymous"))
            for c in cs["claims"] if c["form"] != "unattributed"}


TWO_REGIONS = ("Ontario's health minister said the Wenlo clinic would stay open through the winter.\n\n"
               "Quebec's Health Minister Ana Lind said the border ward would take no new patients.")


def test_a_region_named_in_both_descriptions_keeps_two_ministers_apart():
    said = _said(TWO_REGIONS)
    assert said["the border ward would take no new patients"] == ("Ana Lind", False)
    assert said["the Wenlo clinic would stay open through the winter"][0] != "Ana Lind"


NOT_TWO_MINISTERS = ("Finance Minister Ana Lind met Judge Bo Dahl at the Wenlo courthouse on Monday.\n\n"
                     "After the meeting, the two ministers said the court budget would rise by a tenth.")


def test_a_count_of_ministers_counts_only_people_titled_so():
    speaker = _said(NOT_TWO_MINISTERS)["the court budget would rise by a tenth"]
    assert speaker != ("Ana Lind and Bo Dahl", False)


DEPUTY = ("Deputy mayor Ana Lind opened the Wenlo ferry terminal on Saturday.\n\n"
          "The mayor said the fares would be frozen until spring.")
FORMER = ("Former mayor Ana Lind opened the Wenlo ferry terminal on Saturday.\n\n"
          "The mayor said the fares would be frozen until spring.")


def test_a_deputy_or_former_holder_is_not_the_one_the_plain_title_resumes():
    for text in (DEPUTY, FORMER):
        assert _said(text)["the fares would be frozen until spring"][0] != "Ana Lind", text


NESTED = ("Mayor Ana Costa and Senator Ana Costa Lind toured the dock. The Minister of Harbours, Dr Ana Costa Lind, "
          "spoke first.\n\nAsked about the fees, the minister said they would not rise.")


def test_the_appositive_holder_does_not_depend_on_the_hash_seed():
    script = ("from provenance.extract.document import _People\nfrom provenance.extract.lexicon import lexicon\n"
              "import sys\np = _People(sys.stdin.read(), lexicon())\nprint(p.holder('minister'))")
    seen = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        out = subprocess.run([sys.executable, "-c", script], input=NESTED, capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        seen.add(out.stdout.strip())
    assert seen == {"Dr Ana Costa Lind"}
