"""A party's withdrawal of 'its lawyer's statement' takes back its own lawyer's account, never another
party's lawyer's (review of issue 12 item 5): 'Orrin Mills on Friday withdrew its lawyer's statement
that C' leaves a lawyer for Pell Bakeries, who said C too, where the sources left it. Invented articles
of this file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ingested

OWN = ("Ruth Sandvik, a lawyer for Orrin Mills, said on Monday that the flour stored at the Kessel "
       "warehouse was tested for mould every week.")
OTHER = ("Jonas Ekre, a lawyer for Pell Bakeries, said on Tuesday that the flour stored at the Kessel "
         "warehouse was tested for mould every week.")
WITHDRAWAL = ("Orrin Mills on Friday withdrew its lawyer's statement to the Courier that the flour stored at "
              "the Kessel warehouse was tested for mould every week.")


def _articles(lawyer: str, first: str) -> dict[str, tuple[str, str, str]]:
    told = {"courier-flour": ("The Vell Courier", "2026-10-05", lawyer)}
    taken = {"gazette-flour": ("The Vell Gazette", "2026-10-09", WITHDRAWAL)}
    return {**told, **taken} if first == "told" else {**taken, **told}


@pytest.mark.parametrize("first", ["told", "withdrawal"])
def test_another_partys_lawyer_keeps_the_statement(run, tmp_path, first):
    claims = ingested(run, tmp_path, _articles(OTHER, first))
    his = [c for c in _by_text(claims, "tested for mould") if c["speaker"] == "Jonas Ekre"]
    assert his and all("withdrawn" not in (c["reason"] or "") for c in his), [(c["speaker"], c["reason"]) for c in claims]


@pytest.mark.parametrize("first", ["told", "withdrawal"])
def test_the_partys_own_lawyer_is_taken_back(run, tmp_path, first):
    claims = ingested(run, tmp_path, _articles(OWN, first))
    hers = [c for c in _by_text(claims, "tested for mould") if c["speaker"] == "Ruth Sandvik"]
    assert hers and all("withdrawn" in (c["reason"] or "") for c in hers), claims
