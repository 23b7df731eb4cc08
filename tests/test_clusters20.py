"""Copies of a story whose claims leave: a new version of a copy that drops a claim (or changes
its date) leaves, after ingest, the links and statuses a recompute of the whole database gives.
When the claim that left was the first of its kind of source among its copies (a hub, through
which a pair of groups past GROUP_PAIRS is linked), the next copy of that kind takes its place
and meets every claim it stood for; when its going takes the pair of groups back under the limit,
every pair is made again (`links.vacated`: `corroboration.unsettled` of the claims leaving)."""

from __future__ import annotations

import json
from functools import cache

import pytest
from sqlalchemy import select, text

from claimsets import make_claimset
from conftest import FIXTURES, SEEDS, on_backend

CORPUS = FIXTURES / "multi-outlet"
REPORT, DENIAL = "gazette-ferry-contract", "northwire-ferry-denial"
DENIED = ("The Brennmouth Port Authority has cancelled its contract with the ferry operator Lindqvist Lines, "
          "a senior port official told The Harbour Gazette on Sunday.")


@pytest.fixture(params=["scan", "index"])
def small_limits(request, monkeypatch):
    """A pair of groups past 9 pairs of claims is linked through hubs, at most two kinds of them;
    candidates read by scanning every claim, or from the claim search index."""
    from provenance import claim_index, corroboration, links, rules

    monkeypatch.setattr(links, "GROUP_PAIRS", 9)
    monkeypatch.setattr(rules, "GROUP_PAIRS", 9)
    monkeypatch.setattr(corroboration, "HUB_KINDS", 2)
    if request.param == "index":
        monkeypatch.setattr(claim_index, "SCAN_BELOW", {})


@cache
def _found(name: str) -> str:
    from provenance import ingest

    return json.dumps(ingest.extract(ingest.prepare([str(CORPUS / f"{name}.txt")], options={})[0]))


def _copy(name: str, slug: str) -> dict:
    data = json.loads(_found(name))
    data["document"]["slug"] = slug
    return data


def _version(slug: str, *, drop: str = "", published: str | None = None) -> dict:
    """A new version of the report's copy `slug`: the sentence `drop` taken out, or another date."""
    from provenance import ingest

    options = {"slug": slug} | ({"published": published} if published else {})
    article = ingest.prepare([str(CORPUS / f"{REPORT}.txt")], options=options)[0]
    assert drop in article.text
    article.text = article.text.replace(drop, "") if drop else article.text + "\n"
    return ingest.extract(article)


def _state(session) -> tuple[list, list]:
    from provenance.models import Claim, Document, Link, Version

    where = {cid: f"{slug}#{seq}" for cid, slug, seq in session.execute(
        select(Claim.id, Document.slug, Claim.seq).join(Version, Version.id == Claim.version_id)
        .join(Document, Document.id == Version.document_id))}
    found = sorted((where[lk.source_id], where[lk.target_id], lk.relation, lk.created_by)
                   for lk in session.execute(select(Link)).scalars())
    statuses = sorted((where[cid], status) for cid, status in session.execute(select(Claim.id, Claim.status)))
    return found, statuses


def _ingested(target: str, reports: int, denials: int, steps) -> tuple[tuple, list, list]:
    """Copies of the report and the denial, then `steps(db)`; what a recompute changes (added,
    removed, statuses), and the state before and after it."""
    from provenance import ingest, links
    from provenance.db import open_database

    db = open_database(target)
    try:
        for n in range(max(reports, denials)):
            for name, count in ((REPORT, reports), (DENIAL, denials)):
                if n < count:
                    ingest.save(db, _copy(name, f"{name}-{n}"), actor="test", action="ingest")
        steps(db)
        with db.session() as session:
            before = _state(session)
            done = links.recompute(session)
            session.commit()
            return (done.links_added, done.links_removed, done.statuses_changed), before, _state(session)
    finally:
        db.close()


def _run(url: str, tmp_path, reports: int, denials: int, steps) -> tuple[tuple, list, list]:
    return on_backend(url, tmp_path, lambda db: _ingested(db, reports, denials, steps))


def _save(db, data: dict) -> None:
    from provenance import ingest

    assert ingest.save(db, data, actor="test", action="ingest").created


URLS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.mark.slow
@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize(("reports", "slug", "change"), [
    (6, f"{REPORT}-0", {"drop": DENIED}),  # the hub drops the claim; its groups stay past the limit
    (4, f"{REPORT}-0", {"drop": DENIED}),  # 4 x 3 copies: its going takes them back to 9 pairs, all made
    (6, f"{REPORT}-0", {"published": "2026-03-09"}),  # the hub's new date puts it after the other copies
    (6, f"{REPORT}-5", {"drop": DENIED}),  # a copy that is no hub drops the claim
])
def test_a_copy_whose_new_version_drops_a_claim_leaves_the_links_of_recompute(small_limits, url, tmp_path,
                                                                               reports, slug, change):
    done, before, after = _run(url, tmp_path, reports, 3 if reports == 4 else 6,
                               lambda db: _save(db, _version(slug, **change)))
    assert done == (0, 0, 0), before
    assert after == before
    assert any(link[0].startswith(DENIAL) and link[1].startswith(f"{REPORT}-2#") for link in after[0])


def _unlink_a_hub_pair_then_drop(db) -> None:
    """A reviewer unlinks a denial's copy from the report's first copy; then that copy's new version
    drops the claim, and one more copy of each story arrives."""
    from provenance import review
    from provenance.models import Claim, Document, Link, Version

    with db.session() as session:
        def ids(slug: str) -> set[int]:
            return set(session.execute(select(Claim.id).join(Version, Version.id == Claim.version_id)
                                       .join(Document, Document.id == Version.document_id)
                                       .where(Document.slug == slug)).scalars())

        hub, denial = ids(f"{REPORT}-0"), ids(f"{DENIAL}-4")
        pair = session.execute(select(Link.source_id, Link.target_id).where(
            Link.source_id.in_(hub | denial), Link.target_id.in_(hub | denial))).first()
        assert pair is not None
        review.unlink_claims(session, pair[0], pair[1], by="reviewer")
        session.commit()
    _save(db, _version(f"{REPORT}-0", drop=DENIED))
    _save(db, _copy(REPORT, f"{REPORT}-9"))
    _save(db, _copy(DENIAL, f"{DENIAL}-9"))


@pytest.mark.slow
@pytest.mark.parametrize("url", URLS)
def test_a_pair_a_reviewer_unlinked_stays_unlinked_when_its_hub_leaves(small_limits, url, tmp_path):
    done, before, after = _run(url, tmp_path, 6, 6, _unlink_a_hub_pair_then_drop)
    assert done == (0, 0, 0), before
    assert after == before


def _execute(url: str, *statements: str) -> list:
    """Run SQL statements in one transaction; the rows of the first."""
    from provenance.db import make_engine, resolve_url

    engine = make_engine(resolve_url(url))
    try:
        with engine.begin() as conn:
            found = [conn.execute(text(s)) for s in statements]
            return list(found[0].all()) if found[0].returns_rows else []
    finally:
        engine.dispose()


def test_check_names_the_links_a_recompute_would_make_or_remove(run):
    """`provenance check` compares the stored rule links with those of a fresh recompute: a link
    the rules find that is not stored, and a stored rule link they no longer find."""
    for name in (REPORT, DENIAL, "courier-ferry-relay"):
        assert run("ingest", str(CORPUS / f"{name}.txt"), "--silent").exit_code == 0
    assert run("check").exit_code == 0
    [(gone, source, target, relation)] = _execute(
        run.db, "SELECT id, source_id, target_id, relation FROM link WHERE id = (SELECT MIN(id) FROM link)")
    [(last,)] = _execute(run.db, "SELECT MAX(id) FROM claim")  # the relay's, 3 the report's
    _execute(run.db, f"DELETE FROM link WHERE id = {gone}",
             "INSERT INTO link (source_id, target_id, relation, created_by, reason, created_at) "
             f"VALUES (3, {last}, 'contradicts', 'rule', 'made up', '2026-06-01 00:00:00')")
    rows = json.loads(run("check", "--format", "json").stdout)
    found = {r["where"]: r["problem"] for r in rows if r["check"] == "recompute" and not r["where"].startswith("claim ")}
    made_up = next(where for where in found if where.startswith("link "))
    assert found.pop(made_up).startswith(f"claim 3 contradicts claim {last}, but the rules no longer find it")
    assert found == {f"claims {source} and {target}": f"the rules find that claim {source} {relation} claim {target}, "
                     "which no stored link says: run `provenance recompute`"}
    assert run("recompute").exit_code == 0
    checked = run("check")
    assert checked.exit_code == 0, checked.output


def test_check_keeps_the_links_an_older_version_brought(run, tmp_path):
    """Links the extractor read in one text ('sources did not confirm it' contradicting the report it
    answers) stay with their version when a new version of the story comes in; a recompute leaves
    them as they are, so `check` finds them neither missing nor stale."""
    claimset = tmp_path / "bridge.json"
    claimset.write_text(json.dumps(make_claimset()), encoding="utf-8")
    assert run("import", str(claimset)).exit_code == 0
    assert run("ingest", str(SEEDS / "azerbaijan-mediation.txt"), "--silent").exit_code == 0
    assert run("ingest", str(FIXTURES / "azerbaijan-mediation-v2.txt"), "--slug", "azerbaijan-mediation",
               "--silent").exit_code == 0
    checked = run("check")
    assert checked.exit_code == 0, checked.output
    assert run("recompute").exit_code == 0
    assert run("check").exit_code == 0
