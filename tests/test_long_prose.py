"""Long ordinary prose is read by the status rules in time linear in its length: a 1 MB article of
news prose took 4.5 times as long to ingest as half of it, since the rules searched the whole text
again for each claim of a named person (a title before the name, a group after it, each apposition
found once a claim)."""

from __future__ import annotations

from timing import best_seconds

_PARAGRAPH = ("Ana Roe, a retired teacher, said the wall would hold. "
              "Roe said the town must pay for it.\n\n")


def _claimset(paragraphs: int) -> dict:
    """A claim set of `paragraphs` copies of one paragraph, two claims of one named person in each."""
    text = _PARAGRAPH * paragraphs
    claims = []
    for i in range(paragraphs):
        at = i * len(_PARAGRAPH)
        for n, content in enumerate(("the wall would hold", "the town must pay for it")):
            start = text.index(content, at)
            sentence_start = at if n == 0 else text.index("Roe said", at)
            claims.append({"id": f"c{2 * i + n}", "text": content, "speaker": "s1", "start": start,
                           "end": start + len(content), "sentence_start": sentence_start,
                           "sentence_end": text.index(".", start) + 1, "seq": 2 * i + n, "cue": "said"})
    return {"document": {"slug": "long", "text": text}, "claims": claims,
            "speakers": [{"id": "s1", "name": "Ana Roe", "kind": "person", "anonymous": False}]}


def test_long_repeated_prose_is_read_by_the_rules_in_linear_time():
    from provenance import rules

    sets = [_claimset(n) for n in (100, 800)]
    records = rules.claimset_records(sets[0])
    assert {r.described for r in records.values()} == {"a retired teacher"}  # the rules read what the test times
    took = best_seconds([lambda s=s: rules.claimset_records(s) for s in sets], rounds=3)
    # eight times the text: about 8x the time when linear, 64x when quadratic; 24x leaves room for a busy machine
    assert took[1] < 24 * took[0], took


def _denied_reports(pairs: int) -> list:
    """`pairs` claims of one official, each denied by a company in the sentence after it."""
    from provenance.corroboration import ClaimRecord

    records = []
    for i in range(pairs):
        at = 100 * i
        records += [ClaimRecord(key=2 * i, doc="long", text=f"the dam leaked {i} times", speaker="Ana Roe",
                                speaker_kind="person", seq=2 * i, start=at, end=at + 30, sentence=(at, at + 50)),
                    ClaimRecord(key=2 * i + 1, doc="long", text=f"the dam leaked {i} times", speaker="Brellin Works",
                                speaker_kind="organization", stance="denies", seq=2 * i + 1, start=at, end=at + 30,
                                sentence=(at + 50, at + 90))]
    return records


def test_the_reports_denials_answer_are_found_in_linear_time():
    """(each denial looked at every claim of its text for the report's other claims before it: quadratic)"""
    from provenance.corroboration import answered_reports

    sets = [_denied_reports(n) for n in (250, 2000)]
    assert (1, 0, "deny") in answered_reports(sets[0])
    took = best_seconds([lambda s=s: answered_reports(s) for s in sets], rounds=3)
    # eight times the claims: about 8x the time when linear, 64x when quadratic; 24x leaves room for a busy machine
    assert took[1] < 24 * took[0], took
