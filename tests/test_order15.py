"""Copies of a story linked through hubs (`corroboration.claim_pairs` past GROUP_PAIRS) leave, after
ingest one document at a time, the links a recompute of the whole database makes: a new copy that
takes a pair of groups past the limit, or that comes first of its kind of source, has the links of
the stored copies it changes redone (`corroboration.unsettled`); and a new copy meets the stored
ones only where the rules over all the claims would make it (never beyond the first claims of
HUB_KINDS kinds)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from conftest import FIXTURES, on_backend

CORPUS = FIXTURES / "multi-outlet"


def _copies(n: int, *, first: str = "report-000") -> tuple[list, list[int], list[int]]:
    """Records of n copies of a report and n of its denial, one document each (the report's copies
    named report-001 ..., after `first`, which names the first copy)."""
    from provenance.corroboration import ClaimRecord

    records, reports, denials = [], [], []
    for k in range(n):
        reports.append(len(records))
        records.append(ClaimRecord(key=len(records), doc=first if k == 0 else f"report-{k:03}",
                                   text="the harbour board sold the old pier", speaker="board official",
                                   anonymous=True, publisher="Tidewater Post", stated_on="2026-06-01"))
        denials.append(len(records))
        records.append(ClaimRecord(key=len(records), doc=f"denial-{k:03}", text="the harbour board sold the old pier",
                                   speaker="Ilse Varga", publisher="Fenwick Wire", stated_on="2026-06-02",
                                   stance="denies", cue="denied"))
    return records, reports, denials


def _unsettled(records: list, groups: list[list[int]], focus: set[int]) -> set[int]:
    from provenance.corroboration import Groups, unsettled

    return unsettled(Groups(groups, [(0, 1, 0.9)], frozenset(focus)), record_of=dict(enumerate(records)), limit=64)


def test_a_copy_taking_its_groups_past_the_limit_unsettles_every_stored_copy():
    records, reports, denials = _copies(9)  # 8 x 8 = 64 pairs stored (all of them), 81 with the new copy
    new = {reports[-1], denials[-1]}
    assert _unsettled(records, [reports, denials], new) == set(reports + denials) - new
    records, reports, denials = _copies(8)  # 64: not past the limit, every pair of the new copy is made
    assert _unsettled(records, [reports, denials], {reports[-1], denials[-1]}) == set()


def test_a_copy_coming_first_of_its_kind_unsettles_the_copy_it_replaces_as_hub():
    records, reports, denials = _copies(12)
    last = reports[-1]
    assert _unsettled(records, [reports, denials], {last}) == set()  # named after the others: no hub moves
    records[last] = replace(records[last], doc="report-", seq=0)  # named before every stored copy
    assert _unsettled(records, [reports, denials], {last}) == {reports[0]}
    records[last] = replace(records[last], stated_on="2026-06-03")  # a later date: the first stays first
    assert _unsettled(records, [reports, denials], {last}) == set()


def test_a_new_copy_of_a_kind_past_the_hubs_meets_what_it_would_meet_in_a_recompute():
    from provenance.corroboration import HUB_KINDS, Groups, claim_pairs

    records, reports, denials = _copies(30)
    for n, k in enumerate(reports[:HUB_KINDS + 1]):  # HUB_KINDS + 1 outlets carry the report
        records[k] = replace(records[k], publisher=f"Outlet {n}")
    new = reports[HUB_KINDS]  # the last kind in date and document order: no hub

    def pairs(focus: frozenset | None) -> set:
        groups = Groups([reports, denials], [(0, 1, 0.9)], focus)
        return {(i, j) for i, j, _ in claim_pairs(groups, record_of=dict(enumerate(records)), limit=64)}

    every = {p for p in pairs(None) if new in p}
    assert pairs(frozenset({new})) == every
    assert len(every) < len(denials)  # it meets the hubs of the denials, not every stored denial


def test_the_denied_copies_a_group_is_linked_through_do_not_depend_on_the_order_of_storing():
    """More copies denied in their sentence than HUB_KINDS: the first of them by date and document
    are hubs, whichever were stored first, so any order of ingest leaves the same links."""
    from provenance.corroboration import HUB_KINDS, Groups, claim_pairs

    records, reports, denials = _copies(3 * HUB_KINDS)

    def linked(order: list[int]) -> set:
        at = {key: n for n, key in enumerate(order)}  # storing order: index of each record
        stored = [records[key] for key in order]
        groups = Groups([sorted(at[k] for k in reports), sorted(at[k] for k in denials)], [(0, 1, 0.9)])
        pairs = claim_pairs(groups, record_of=dict(enumerate(stored)), limit=64,
                            hubs={at[k] for k in reports})  # every copy of the report denied in its sentence
        return {frozenset((stored[i].key, stored[j].key)) for i, j, _ in pairs}

    keys = list(range(len(records)))
    assert linked(keys) == linked(keys[::-1])


@pytest.fixture
def small_limits(monkeypatch):
    """A pair of groups past 9 pairs of claims is linked through hubs (64), and a group has at most
    two of them (HUB_KINDS, 8), so that a few copies stand for many."""
    from provenance import corroboration, links, rules

    monkeypatch.setattr(links, "GROUP_PAIRS", 9)
    monkeypatch.setattr(rules, "GROUP_PAIRS", 9)
    monkeypatch.setattr(corroboration, "HUB_KINDS", 2)


@pytest.mark.slow
@pytest.mark.parametrize("url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_copies_arriving_out_of_order_from_many_outlets_link_as_recompute_links_them(small_limits, url, tmp_path):
    """Copies of a report from three outlets and of its denial, stored last-named first (every copy
    comes first of its kind when it arrives): ingest leaves the links and statuses a recompute of
    the whole database gives, and every copy of the report disputed."""
    from provenance import ingest, links
    from provenance.db import open_database
    from provenance.models import Claim, Document, Link, Version

    found = {name: ingest.extract(ingest.prepare([str(CORPUS / f"{name}.txt")], options={})[0])
             for name in ("gazette-ferry-contract", "northwire-ferry-denial")}

    def state(session) -> tuple[list, list]:
        where = {cid: f"{slug}#{seq}" for cid, slug, seq in session.execute(
            select(Claim.id, Document.slug, Claim.seq).join(Version, Version.id == Claim.version_id)
            .join(Document, Document.id == Version.document_id))}
        found_links = sorted((where[lk.source_id], where[lk.target_id], lk.relation)
                             for lk in session.execute(select(Link)).scalars())
        statuses = sorted((where[cid], status) for cid, status in session.execute(select(Claim.id, Claim.status)))
        return found_links, statuses

    def ingested(target: str) -> None:
        db = open_database(target)
        try:
            for n in reversed(range(6)):
                for name, data in found.items():
                    copy = json.loads(json.dumps(data))
                    copy["document"]["slug"] = f"{name}-{n}"
                    if name.startswith("gazette"):  # three outlets carry the report
                        copy["document"]["outlet"] = copy["outlets"][0]["name"] = f"Harbour Outlet {n % 3}"
                    ingest.save(db, copy, actor="test", action="ingest")
            with db.session() as session:
                before = state(session)
                done = links.recompute(session)
                session.commit()
                assert (done.links_added, done.links_removed, done.statuses_changed) == (0, 0, 0)
                assert state(session) == before
            report = [status for where, status in before[1] if where.startswith("gazette") and where.endswith("#1")]
            assert report and set(report) == {"disputed"}
        finally:
            db.close()

    on_backend(url, tmp_path, ingested)
