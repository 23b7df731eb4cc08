"""Claim clusters: claims that state the same thing, across and within documents, one row a claim."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, Run

CORPUS = FIXTURES / "multi-outlet"


def claims(run: Run) -> dict[str, dict]:
    return {f"{c['doc']}#{c['seq']}": c for c in json.loads(run("claims", "--format", "json").stdout)}


def cluster_of(run: Run, claim_id: int) -> int | None:
    return json.loads(run("show", str(claim_id), "--format", "json").stdout)["cluster"]


@pytest.fixture
def corpus(db_url):
    run = Run(db_url)
    for path in sorted(CORPUS.glob("*.txt")):
        assert run("ingest", str(path), "--silent").exit_code == 0
    return run


def test_a_report_and_its_relays_form_one_cluster(corpus):
    found = claims(corpus)
    report = cluster_of(corpus, found["gazette-ferry-contract#1"]["id"])
    assert report is not None
    rows = json.loads(corpus("cluster", str(report), "--format", "json").stdout)
    assert sorted(f"{r['doc']}#{found_key(found, r['id'])}" for r in rows) == [
        "courier-ferry-relay#1", "daily-ferry-relay#1", "gazette-ferry-contract#1", "sentinel-ferry-relay#1"]
    assert {r["cluster"] for r in rows} == {report}
    # the denial answers the report: a contradicts link, not a member of its cluster
    denial = found["northwire-ferry-denial#1"]
    assert denial["cue"] == "denied" and cluster_of(corpus, denial["id"]) is None
    # listed by origin: each origin's claims together, the earliest first
    origins = [r["origin"] for r in rows]
    assert origins == sorted(origins, key=origins.index)


def found_key(found: dict[str, dict], claim_id: int) -> int:
    return next(c["seq"] for c in found.values() if c["id"] == claim_id)


def test_wire_copy_shares_a_cluster(corpus):
    found = claims(corpus)
    assert cluster_of(corpus, found["northwire-ferry-denial#3"]["id"]) == \
        cluster_of(corpus, found["ledger-ferry-wire#2"]["id"])


def test_show_names_the_cluster_and_unknown_clusters_are_one_line_errors(corpus):
    found = claims(corpus)
    claim_id = found["ledger-ferry-wire#2"]["id"]
    text = corpus("show", str(claim_id)).stdout
    assert f"Cluster:  {cluster_of(corpus, claim_id)} (`provenance cluster" in text
    bad = corpus("cluster", "987654")
    assert bad.exit_code == 2
    assert bad.stderr == "Error: no cluster with id 987654: `provenance show CLAIM` names a claim's cluster\n"


def test_a_new_version_moves_its_claims_in_the_clusters(corpus, tmp_path):
    """The claims of a replaced version leave their clusters; the new version's claims join."""
    found = claims(corpus)
    old_id = found["ledger-ferry-wire#2"]["id"]
    congressman = cluster_of(corpus, old_id)
    text = (CORPUS / "ledger-ferry-wire.txt").read_text(encoding="utf-8")
    changed = tmp_path / "ledger-ferry-wire.txt"
    changed.write_text(text.replace("Regional congressman Ted Okafor said on Monday that the ferry would keep "
                                    "running through the summer.", "Tickets went on sale on Monday."),
                       encoding="utf-8")
    assert corpus("ingest", str(changed), "--silent").exit_code == 0
    assert cluster_of(corpus, old_id) is None
    # the congressman's claim in the wire story had only the copy for company: no cluster is left
    rows = corpus("cluster", str(congressman))
    assert rows.exit_code == 2
    assert corpus("check").exit_code == 0


@pytest.mark.slow
def test_copies_add_one_membership_each(db_url, tmp_path):
    run = Run(db_url)
    story = CORPUS / "gazette-ferry-contract.txt"
    counts = []
    for n in range(1, 5):
        assert run("ingest", str(story), "--slug", f"copy-{n}", "--silent").exit_code == 0
        rows = json.loads(run("show", str(claims(run)[f"copy-{n}#1"]["id"]), "--format", "json").stdout)
        members = json.loads(run("cluster", str(rows["cluster"]), "--format", "json").stdout) if n > 1 else []
        counts.append(len(members))
    assert counts == [0, 2, 3, 4]


def test_listings_exports_and_reports_name_the_cluster(corpus):
    """Issue 13: `claims` has a cluster column and a --cluster filter; exports and reports carry the key."""
    found = claims(corpus)
    report = found["gazette-ferry-contract#1"]["cluster"]
    assert report is not None and found["gazette-ferry-contract#5"]["cluster"] is None
    members = json.loads(corpus("claims", "--cluster", str(report), "--format", "json").stdout)
    assert sorted(f"{c['doc']}#{c['seq']}" for c in members) == [
        "courier-ferry-relay#1", "daily-ferry-relay#1", "gazette-ferry-contract#1", "sentinel-ferry-relay#1"]
    # the same rows whichever way the listing is read (a plain page, or a planned filter)
    assert [c["cluster"] for c in json.loads(corpus("claims", "--doc", "gazette-ferry-contract", "--format",
                                                     "json").stdout)] == \
        [found[f"gazette-ferry-contract#{n}"]["cluster"] for n in range(1, 6)]
    assert corpus("claims", "--cluster", "987654").stdout == ""
    csv = corpus("export", "gazette-ferry-contract", "--format", "csv").stdout.splitlines()
    assert csv[0].split(",")[-1] == "cluster" and csv[1].split(",")[-1] == str(report)
    shown = json.loads(corpus("report", "gazette-ferry-contract", "--format", "json").stdout)
    assert report in {c["cluster"] for c in shown["disputed"] for c in [c["claim"]]}
    assert f"[cluster {report}]" in corpus("report", "gazette-ferry-contract").stdout


@pytest.mark.parametrize("value", ["0", "-3", "99999999999999999999"])
def test_a_cluster_filter_out_of_range_is_one_line(corpus, value):
    result = corpus("claims", "--cluster", value)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "--cluster" in result.stderr


def _copies(n: int) -> tuple[list, list[list[int]]]:
    """Records of n copies of a report and n copies of its denial (one of each a document), and
    the two groups of identical claims they make."""
    from provenance.corroboration import ClaimRecord

    records, reports, denials = [], [], []
    for k in range(n):
        reports.append(len(records))
        records.append(ClaimRecord(key=len(records), doc=f"report-{k:03}", text="the port cancelled the contract",
                                   speaker="port official", anonymous=True, publisher="Gazette",
                                   stated_on="2026-03-02"))
        denials.append(len(records))
        records.append(ClaimRecord(key=len(records), doc=f"denial-{k:03}", text="the port cancelled the contract",
                                   speaker="Marta Solberg", publisher="Northwire", stated_on="2026-03-03",
                                   stance="denies", cue="denied"))
    return records, [reports, denials]


def test_a_new_copy_of_a_report_and_its_denial_adds_pairs_that_do_not_grow_with_the_copies():
    from provenance.corroboration import Groups, claim_pairs

    def new_pairs(n: int) -> int:
        records, (reports, denials) = _copies(n)
        focus = frozenset({reports[-1], denials[-1]})  # the last copy arrives
        groups = Groups([reports, denials], [(0, 1, 0.9)], focus)
        return len(list(claim_pairs(groups, record_of=dict(enumerate(records)), limit=64)))

    small, large = new_pairs(20), new_pairs(80)
    assert large <= small + 2  # pairs of the new copy: a few hubs, not one pair per stored copy


def test_a_new_kind_of_source_still_meets_every_stored_copy():
    from dataclasses import replace

    from provenance.corroboration import Groups, claim_pairs

    records, (reports, denials) = _copies(30)
    last = denials[-1]
    records[last] = replace(records[last], speaker="Lindqvist Lines")  # a second denier
    groups = Groups([reports, denials], [(0, 1, 0.9)], frozenset({reports[-1], last}))
    pairs = claim_pairs(groups, record_of=dict(enumerate(records)), limit=64)
    met = {i + j - last for i, j, _ in pairs if last in (i, j)}
    assert set(reports) <= met


@pytest.fixture(params=["scan", "index"])
def few_copies_are_many(request, monkeypatch):
    """A token held by more than 4 texts is common (64 by default) and a pair of groups of more
    than 9 pairs of claims is linked through hubs (64), so that a few copies of a story stand for
    hundreds; candidates read by scanning every claim, or from the claim search index."""
    from provenance import claim_index, corroboration, links, rules

    monkeypatch.setattr(corroboration, "MIN_MAX_DF", 4)
    monkeypatch.setattr(claim_index, "MIN_MAX_DF", 4)
    monkeypatch.setattr(links, "GROUP_PAIRS", 9)
    monkeypatch.setattr(rules, "GROUP_PAIRS", 9)
    if request.param == "index":
        monkeypatch.setattr(claim_index, "SCAN_BELOW", {})
    return request.param


@pytest.mark.slow
@pytest.mark.parametrize("url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_copies_of_a_report_and_its_denial_stay_what_recompute_gives(few_copies_are_many, url, tmp_path):
    """Issue 12, point 5 at scale: copies of a report and of its denial, one document at a time,
    leave every status as a recompute of the whole database gives it (`provenance check`), the
    denial disputes every copy of the report, and links and memberships grow with the copies."""
    from sqlalchemy import func, select

    from provenance import ingest
    from provenance.check import _recomputed
    from provenance.db import open_database
    from provenance.models import Claim, ClusterMember, Link

    from conftest import on_backend

    found = [ingest.extract(ingest.prepare([str(CORPUS / f"{name}.txt")], options={})[0])
             for name in ("gazette-ferry-contract", "northwire-ferry-denial")]

    def rows(db) -> tuple[int, int]:
        with db.session() as session:
            return tuple(session.execute(select(func.count()).select_from(model)).scalar_one()
                         for model in (Link, ClusterMember))

    def ingested(target: str) -> list:
        db = open_database(target)
        try:
            counts = []
            for n in range(8):
                for k, data in enumerate(found):
                    copy = json.loads(json.dumps(data))
                    copy["document"]["slug"] = f"copy-{k}-{n:02}"
                    ingest.save(db, copy, actor="test", action="ingest")
                counts.append(rows(db))
            with db.session() as session:
                assert [p.where for p in _recomputed(session)] == []
                report = session.execute(select(Claim.status).where(Claim.text.like("%has cancelled its contract%"))
                                         ).scalars().all()
            assert report and set(report) == {"disputed"}
            return counts
        finally:
            db.close()

    counts = on_backend(url, tmp_path, ingested)
    # past the first few copies each copy adds the same number of rows
    growth = {(b[0] - a[0], b[1] - a[1]) for a, b in zip(counts[4:], counts[5:], strict=False)}
    assert len(growth) == 1


def test_copies_stored_in_any_order_are_decided_once_and_as_each_would_be(tmp_path):
    """Copies of the corpus stored out of the order of their slugs: `links.decide_twins` decides each
    set of twins once, giving every claim what `rules.decide_all` gives it alone, and what ingest
    stored is what a recompute of the whole database gives (status and reason)."""
    from sqlalchemy import select

    from provenance import clusters, ingest, links, rules
    from provenance.db import open_database
    from provenance.models import Claim, Link

    sets = [ingest.extract(ingest.prepare([str(path)], options={})[0]) for path in sorted(CORPUS.glob("*.txt"))]
    db = open_database(str(tmp_path / "twins.db"))
    for mark in ("pier-c", "pier-a", "pier-b"):
        for data in sets:
            copy = json.loads(json.dumps(data))
            copy["document"]["slug"] = f"{mark}-{data['document']['slug']}"
            ingest.save(db, copy, actor="test", action="ingest")
    with db.session() as session:
        fresh = links.fresh_state(session).statuses
        records = {k: r for k, r in links.load_records(session, leads=True).items() if k in fresh}
        rows = [rules.LinkRow(lk.source_id, lk.target_id, lk.relation, lk.created_by, lk.reason)
                for lk in session.execute(select(Link)).scalars()]
        member_of = clusters.memberships(session)
        keys = sorted(records)
        assert links.decide_twins(records, rows, keys, member_of) == rules.decide_all(records, rows, keys, member_of)
        twins = {(member_of.get(k), links.profile(records[k])) for k in keys}
        assert len(twins) <= len(keys) // 2  # three copies of each claim: most are someone's twin
        stored = {cid: (status, reason) for cid, status, reason in session.execute(
            select(Claim.id, Claim.status, Claim.reason)) if cid in fresh}
        assert stored == fresh
    db.close()


def test_a_stored_version_is_built_once_until_its_rows_change(tmp_path):
    """`links.load_records` keeps the records of the versions it built: a copy joining a cluster of
    hundreds reads the stored copies' rows, not their records again. A version whose rows changed
    (a speaker renamed) is built again, with its origin worked out again."""
    from sqlalchemy import select, update

    from provenance import ingest, links
    from provenance.corroboration import _origin
    from provenance.db import open_database
    from provenance.models import Claim, Speaker

    data = ingest.extract(ingest.prepare([str(CORPUS / "gazette-ferry-contract.txt")], options={})[0])
    db = open_database(str(tmp_path / "built.db"))
    ingest.save(db, data, actor="test", action="ingest")
    with db.session() as session:
        first = links.load_records(session, leads=True)
        again = links.load_records(session, leads=True)
        assert first and all(again[k] is r for k, r in first.items())  # not built again
        assert all(r.origin_key == _origin(r) for r in first.values())
        named = next(r for r in first.values() if r.speaker and not r.anonymous)
        speaker_id = session.execute(select(Claim.speaker_id).where(Claim.id == named.key)).scalar_one()
        session.execute(update(Speaker).where(Speaker.id == speaker_id).values(name="Ilse Varnholt"))
        renamed = links.load_records(session, leads=True)
        assert renamed[named.key] is not named and renamed[named.key].speaker == "Ilse Varnholt"
        assert renamed[named.key].origin_key == _origin(renamed[named.key]) == "named:ilse varnholt"
    db.close()


def test_a_kept_record_works_out_what_the_rules_read_of_it_once(tmp_path):
    """`corroboration.seal`: the records `links` keeps carry their origin, stance kind, what their
    source took back, kind of source and order, worked out when built; a sealed record gives what the same record unsealed
    works out each time, and a stance worked out once is what is read (denials, withdrawals,
    plain statements among them)."""
    import dataclasses

    from provenance import ingest, links
    from provenance.corroboration import _order_of, _source_kind, origin, seal, stance_kind, withdrawn_said
    from provenance.db import open_database

    db = open_database(str(tmp_path / "sealed.db"))
    own = tmp_path / "ferry-count.txt"  # constructed: a source's own error
    own.write_text("---\ntitle: Ferry count corrected\noutlet: The Orvel Courier\npublished: 2026-04-09\n---\n"
                   "Ferry count corrected\n\nThe harbour master, Lina Brandt, said on Thursday that she had been "
                   "wrong on Monday to say that nine ferries were idle. Ms Brandt said that four ferries were idle.\n",
                   encoding="utf-8")
    paths = [*sorted((FIXTURES / "stances").glob("*.txt")), FIXTURES / "articles" / "correction-notice.txt",
             *sorted((FIXTURES / "named-report").glob("*.txt")), own]
    for path in paths:
        ingest.save(db, ingest.extract(ingest.prepare([str(path)], options={})[0]), actor="test", action="ingest")
    with db.session() as session:
        records = list(links.load_records(session, leads=True).values())
    db.close()
    assert {stance_kind(r) for r in records} >= {None, "deny", "retract"}
    assert any(withdrawn_said(r) for r in records)
    for r in records:
        assert r.stance_key and r.withdrawn_key != "" and r.origin_key and r.kind_key and r.order_key  # sealed
        bare = dataclasses.replace(r, origin_key="", stance_key="", withdrawn_key="", kind_key=(), order_key=())
        assert (stance_kind(bare), withdrawn_said(bare), origin(bare), _source_kind(bare), _order_of(bare)) == (
            stance_kind(r), withdrawn_said(r), origin(r), _source_kind(r), _order_of(r))
        assert links.profile(bare) == links.profile(r)  # (what `decide_twins` compares leaves the memos out)
    told = dataclasses.replace(records[0], stance_key="retract")
    assert stance_kind(told) == "retract"  # read, not worked out again
    seal(told)
    assert told.stance_key == "retract"


def test_the_versions_kept_give_way_past_their_number_of_claims(tmp_path):
    """`links._BuiltVersions` keeps at most `size` claims' records (and one version, whatever its
    size), the versions used longest ago giving way, and gives what `build_records` gives."""
    from provenance import ingest, links, rules
    from provenance.db import open_database

    db = open_database(str(tmp_path / "kept.db"))
    for path in sorted(CORPUS.glob("*.txt"))[:3]:
        ingest.save(db, ingest.extract(ingest.prepare([str(path)], options={})[0]), actor="test", action="ingest")
    with db.session() as session:
        rows = list(session.execute(links.record_query()))
        versions = list(dict.fromkeys(row[1] for row in rows))  # in the order they are built
        sizes = {vid: sum(1 for row in rows if row[1] == vid) for vid in versions}
        kept = links._BuiltVersions(sizes[versions[-1]] + sizes[versions[-2]])
        built = kept.records(session, rows, leads=False)
        assert list(built) == [row[0] for row in rows]
        assert {k: r.text for k, r in built.items()} == {k: r.text for k, r in rules.build_records(rows, {}).items()}
        assert list(kept.built) == versions[-2:] and kept.claims == kept.size
        small = links._BuiltVersions(1)
        small.records(session, rows, leads=False)
        assert list(small.built) == versions[-1:] and small.claims == sizes[versions[-1]]
    db.close()


def test_what_the_rules_of_one_text_find_is_worked_out_a_document_at_a_time(tmp_path):
    """`corroboration.within_texts` gives what `text_rules` gives of claims of many documents (denials
    in sentences, answers to reports, the publisher's verdicts, figures against figures), in its
    order, whatever the order of the documents and of their claims; `links` keeps what it found in a
    kept version, so that the copies of a story stored already are not read again for each copy."""
    import dataclasses
    import random

    from provenance import ingest, links
    from provenance.corroboration import TEXT_RULES, text_rules, within_texts
    from provenance.db import open_database

    db = open_database(str(tmp_path / "texts.db"))
    for folder in ("multi-outlet", "denials-elsewhere", "named-report", "news-heldout-6", "news-heldout-15"):
        for path in sorted((FIXTURES / folder).glob("*.txt")):
            ingest.save(db, ingest.extract(ingest.prepare([str(path)], options={})[0]), actor="test", action="ingest")
    with db.session() as session:
        records = list(links.load_records(session, leads=True).values())
    found = text_rules(records)
    assert all(found[name] for name in TEXT_RULES)  # each rule finds something here
    shuffle = random.Random(12)
    for n in range(6):
        docs: dict[str, list] = {}
        for r in records:
            docs.setdefault(r.doc, []).append(r)
        blocks = list(docs.values())
        shuffle.shuffle(blocks)
        mixed = [r for block in blocks for r in block]
        if n % 2:
            shuffle.shuffle(mixed)  # a document's claims apart, and out of their order
        assert within_texts(mixed) == text_rules(mixed)
    kept = links._BuiltVersions(100_000)
    with db.session() as session:
        built = list(kept.records(session, list(session.execute(links.record_query())), leads=True).values())
    assert within_texts(built, kept.text_rules) == text_rules(built)
    claims = [r for r in built if r.version == built[0].version]
    assert kept.text_rules(claims) is kept.text_rules(claims)  # worked out once
    assert kept.text_rules(claims[::-1]) == text_rules(claims[::-1])  # another order, worked out for it
    other = [dataclasses.replace(r) for r in claims]  # records not kept: worked out each time
    assert kept.text_rules(other) is not kept.text_rules(other)
    db.close()


@pytest.mark.slow
@pytest.mark.parametrize("url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_copy_of_a_story_decides_itself_alone_and_as_recompute_would(few_copies_are_many, url, tmp_path,
                                                                        monkeypatch):
    """A new copy of a claim that changes nothing for the rest of its cluster (`links.copies_absorbed`)
    takes its twin's status and leaves the other claims' as stored: after copies of every article
    of the corpus (relays, wire copy, a denial) stored out of the order of their slugs, every
    status and reason, link and cluster is what a recompute of the whole database gives."""
    from sqlalchemy import select

    from provenance import clusters, ingest, links
    from provenance.check import _recomputed
    from provenance.db import open_database
    from provenance.models import Claim

    from conftest import on_backend

    absorbed: list[int] = []
    original = links.copies_absorbed

    def counted(*args, **kwargs):
        found = original(*args, **kwargs)
        absorbed.extend(found.copies)
        return found

    monkeypatch.setattr(links, "copies_absorbed", counted)
    sets = [ingest.extract(ingest.prepare([str(path)], options={})[0]) for path in sorted(CORPUS.glob("*.txt"))]

    def ingested(target: str) -> None:
        db = open_database(target)
        try:
            for n in (5, 2, 8, 0, 7, 1, 9, 3, 6, 4, 11, 10):
                for data in sets:
                    copy = json.loads(json.dumps(data))
                    copy["document"]["slug"] = f"{data['document']['slug']}-{n}"
                    if n in (3, 9):  # copies of the same texts whose sources are named: other twins
                        for speaker in copy["speakers"]:
                            speaker["anonymous"] = False
                    ingest.save(db, copy, actor="test", action="ingest")
                    with db.session() as session:  # (after every save: a later one may hide a miss)
                        assert [p.where for p in _recomputed(session)] == [], copy["document"]["slug"]
            with db.session() as session:
                fresh = links.fresh_state(session).statuses
                stored = {cid: (status, reason) for cid, status, reason in session.execute(
                    select(Claim.id, Claim.status, Claim.reason)) if cid in fresh}
                assert stored == fresh
                before = clusters.memberships(session)
            with db.session() as session:
                links.recompute(session)
                assert clusters.memberships(session) == before
        finally:
            db.close()

    on_backend(url, tmp_path, ingested)
    assert len(absorbed) > 30
