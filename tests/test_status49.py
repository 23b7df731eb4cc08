"""Statuses across documents (issue 12): a position, what its source wants done or thinks should be
('called on the state auditor to review the contract'), is nothing another can decline to confirm;
a fact another declines to confirm stays unconfirmed. Invented stories and names of this file's own
writing."""

from __future__ import annotations

import json


def _claims(run, tmp_path, stories: dict[str, str]) -> list[dict]:
    for name, text in stories.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    assert run("ingest", *(str(tmp_path / f"{name}.txt") for name in stories), "--silent").exit_code == 0
    return json.loads(run("claims", "--format", "json").stdout)


def _status(claims: list[dict], words: str) -> dict:
    return next(c for c in claims if words in c["text"])


CALL = """---
title: Opposition wants audit of Marrow ferry contract
outlet: Harbour Gazette
published: 2026-06-02
language: en
---
Opposition wants audit of Marrow ferry contract

Opposition transport critic Nils Varga called on the state auditor to review the ferry contract.

Councillor Ada Brunn said the council should suspend the contract until the auditor has reviewed it.

The ferry operator Marrow Lines said on Monday that the Marrow Lines boats had run on time all spring.
"""

AUDITOR = """---
title: Auditor silent on Marrow ferry contract
outlet: Coast Herald
published: 2026-06-03
language: en
---
Auditor silent on Marrow ferry contract

State auditor Petra Lund declined to say whether her office would review the ferry contract.

The port authority declined to confirm that the Marrow Lines boats had run on time all spring.
"""


def test_a_call_for_action_is_nothing_another_declines_to_confirm(run, tmp_path):
    claims = _claims(run, tmp_path, {"call": CALL, "auditor": AUDITOR})
    call = _status(claims, "the state auditor to review the ferry contract")
    wish = _status(claims, "should suspend the contract")
    assert call["status"] == "confirmed", call["reason"]  # the critic's own call, on the record
    assert wish["status"] == "confirmed", wish["reason"]
    fact = next(c for c in claims if c["doc"] == "call" and "boats had run on time" in c["text"])  # a fact another would not confirm
    assert fact["status"] == "unconfirmed", fact["reason"]
