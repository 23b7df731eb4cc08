"""Corroboration at scale: full recomputation over a synthetic corpus, and blocking recall.

    python benchmarks/corroboration.py                 # 100,000 claims in 10,000 documents
    python benchmarks/corroboration.py --claims 20000 --json

The corpus is made of documents of ten claims each, written from a Zipf-distributed vocabulary
with one to three countries per claim. Planted in it: paraphrases of a claim by an independent
source in another document (they should be linked `corroborates`), near-identical copies of a
claim by the same source through another outlet (`repeats`), paraphrases cued as denials, and
claims a source "did not confirm" in its sentence (both `contradicts`).

Measured in one run:
- the full recomputation in memory (canonical tokens, signatures, blocking and scoring, the
  relations, then every claim's status), on one core;
- how many planted pairs it links with the right relation;
- on a 5,000-claim sample holding planted pairs, the pairs an all-pairs rapidfuzz scan with the
  same scorer finds, against those blocking finds (the recall of blocking);
- a database-backed `recompute` at a smaller size (SQLite in a temporary folder);
- the time to ingest one article (its rules, storing it, and linking it to every other document)
  into databases of 10,000 and 100,000 claims, with the token cache emptied first as in a fresh
  `provenance ingest` process.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from provenance import corroboration as core  # noqa: E402
from provenance import links, rules  # noqa: E402
from provenance.claim_index import ClaimIndex  # noqa: E402
from provenance.datafiles import load_data  # noqa: E402

SYLLABLES = ("ka", "lo", "mi", "ra", "te", "su", "vo", "ne", "di", "pa", "go", "ri", "ba", "fe", "zu", "to",
             "an", "el", "or", "us", "in", "ma", "ke", "li")


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) + rng.choice("mnrtx"))
    return sorted(words)


class Corpus:
    """Synthetic claims with planted corroborating and repeated pairs."""

    def __init__(self, claims: int, *, per_doc: int = 10, planted: float = 0.05, seed: int = 7,
                 vocab: int = 30_000):
        rng = random.Random(seed)
        self.rng = rng
        self.words = vocabulary(vocab, rng)
        weights = [1 / (rank + 1) for rank in range(len(self.words))]
        self.cum = []
        total = 0.0
        for w in weights:
            total += w
            self.cum.append(total)
        self.countries = [e["name"] for e in load_data("countries.json")["countries"]]
        self.outlets = [f"Outlet {i}" for i in range(300)]
        self.records: list[core.ClaimRecord] = []
        self.corroborating: list[tuple[int, int]] = []
        self.repeating: list[tuple[int, int]] = []
        docs = claims // per_doc
        n_planted = int(claims * planted)
        base = claims - 2 * n_planted - 2 * (n_planted // 5)
        for i in range(base):
            self.records.append(self._record(i, f"d{i * docs // base}", self._text(), rng.randrange(20_000)))
        for _ in range(n_planted):
            a = rng.randrange(base)
            self.records.append(self._record(len(self.records), f"d{rng.randrange(docs)}",
                                             self._paraphrase(self.records[a].text), 20_000 + rng.randrange(20_000)))
            self.corroborating.append((a, len(self.records) - 1))
        self.contradicting: list[tuple[int, int]] = []
        for _ in range(n_planted // 5):
            # a paraphrase of a claim by another source, cued as a denial: "X denied that ..."
            a = rng.randrange(base)
            denial = self._record(len(self.records), f"d{rng.randrange(docs)}",
                                  self._paraphrase(self.records[a].text), 40_000 + rng.randrange(20_000))
            denial.cue = "denied"
            self.records.append(denial)
            self.contradicting.append((len(self.records) - 1, a))
        self.declined: list[tuple[int, int]] = []
        for _ in range(n_planted // 5):
            # "X said A, but did not confirm reports that B": B is denied in its sentence
            a = rng.randrange(base)
            x, y = self.records[a], self._record(len(self.records), self.records[a].doc, self._text(),
                                                 60_000 + rng.randrange(20_000))
            x.sentence = y.sentence = (a, a)
            y.start, y.lead = x.start + 1, ", but did not confirm reports that "
            self.records.append(y)
            self.declined.append((a, len(self.records) - 1))
        for _ in range(n_planted):
            a = rng.randrange(base)
            src = self.records[a]
            copy = self._record(len(self.records), f"d{rng.randrange(docs)}", self._restate(src.text), 0)
            copy.speaker, copy.anonymous, copy.affiliation = src.speaker, src.anonymous, src.affiliation
            copy.outlet = self.rng.choice([o for o in self.outlets if o != src.outlet])
            self.records.append(copy)
            self.repeating.append((a, len(self.records) - 1))

    def _word(self) -> str:
        import bisect

        return self.words[min(bisect.bisect(self.cum, self.rng.random() * self.cum[-1]), len(self.words) - 1)]

    def _text(self) -> str:
        rng = self.rng
        parts = [self._word() for _ in range(rng.randint(8, 18))]
        for name in rng.sample(self.countries, rng.randint(1, 3)):
            parts.insert(rng.randrange(len(parts) + 1), name)
        return " ".join(parts)

    def _paraphrase(self, text: str) -> str:
        """Another wording: about one word in seven replaced, one dropped, two swapped."""
        rng = self.rng
        parts = text.split()
        for i in range(len(parts)):
            if parts[i] not in self.countries and rng.random() < 0.14:
                parts[i] = self._word()
        if len(parts) > 6:
            del parts[rng.randrange(len(parts))]
        i = rng.randrange(len(parts) - 1)
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
        return " ".join(parts)

    def _restate(self, text: str) -> str:
        parts = text.split()
        parts[self.rng.randrange(len(parts))] = self._word()
        return " ".join(parts)

    def _record(self, i: int, doc: str, text: str, speaker: int) -> core.ClaimRecord:
        anonymous = speaker % 5 == 0
        affiliation = self.countries[speaker % len(self.countries)]
        return core.ClaimRecord(
            key=i, doc=doc, text=text, kind="fact", form="indirect", cue="said",
            speaker=(f"officials of side {speaker % 97}" if anonymous else f"Speaker Number{speaker}"),
            anonymous=anonymous, speaker_kind="person", affiliation=affiliation,
            outlet=self.rng.choice(self.outlets), stated_on=f"2025-0{1 + i % 9}-1{i % 10}", seq=i % 10,
        )


def full_recomputation(records: list[core.ClaimRecord], max_df: int | None = None) -> dict:
    """Everything `recompute` does in memory: tokens, blocking, scoring, relations, statuses."""
    t0 = time.perf_counter()
    signatures = core.Signatures([core.tokens(r.text) for r in records])
    t1 = time.perf_counter()
    pairs = list(core.similar_pairs(signatures, max_df=max_df))
    t2 = time.perf_counter()
    rels = core.relations(records, pairs, bags={r.key: b for r, b in zip(records, signatures.bags, strict=True)})
    t3 = time.perf_counter()
    by_key = {r.key: r for r in records}
    rows = [rules.LinkRow(r.source, r.target, r.relation) for r in rels]
    decided = rules.decide_all(by_key, rows, list(by_key))
    t4 = time.perf_counter()
    return {"seconds": t4 - t0, "tokens_s": t1 - t0, "pairs_s": t2 - t1, "relations_s": t3 - t2,
            "statuses_s": t4 - t3, "similar_pairs": len(pairs), "relations": rels, "statuses": decided,
            "pairs": {(records[i].key, records[j].key) for i, j, _ in pairs}}


def found(rels: list[core.Relation], planted: list[tuple[int, int]], relation: str) -> int:
    have = {frozenset((r.source, r.target)) for r in rels if r.relation == relation}
    return sum(frozenset(p) in have for p in planted)


def sample_recall(corpus: Corpus, size: int, full_pairs: set[tuple[int, int]]) -> dict:
    """Blocking as run on the whole corpus against an all-pairs scan with the same scorer, on a
    sample of claims holding planted pairs."""
    rng = random.Random(11)
    pairs = rng.sample(corpus.corroborating, min(len(corpus.corroborating), size // 5))
    chosen = {i for p in pairs for i in p}
    others = [i for i in range(len(corpus.records)) if i not in chosen]
    chosen |= set(rng.sample(others, size - len(chosen)))
    index = sorted(chosen)
    signatures = core.Signatures([core.tokens(corpus.records[k].text) for k in index])
    t0 = time.perf_counter()
    scan = {(index[i], index[j]) for i, j, _ in core.all_pairs(signatures)}
    scan_s = time.perf_counter() - t0
    blocked = {p for p in full_pairs if p[0] in chosen and p[1] in chosen}
    planted = {tuple(sorted(p)) for p in pairs}
    scan_planted = len(planted & scan)
    blocked_planted = len(planted & blocked)
    return {"sample_claims": len(index), "sample_planted": len(planted), "all_pairs_found": len(scan),
            "blocking_found": len(blocked & scan), "all_pairs_planted": scan_planted,
            "blocking_planted": blocked_planted,
            "recall_vs_all_pairs": blocked_planted / scan_planted if scan_planted else 1.0,
            "pair_recall_vs_all_pairs": len(scan & blocked) / len(scan) if scan else 1.0,
            "all_pairs_s": scan_s}


def database_run(claims: int) -> dict:
    """Store a smaller corpus in SQLite through claim sets, then time `recompute`."""
    from provenance.db import open_database
    from provenance.store import store_claimset

    corpus = Corpus(claims, seed=3)
    by_doc: dict[str, list[core.ClaimRecord]] = {}
    for r in corpus.records:
        by_doc.setdefault(r.doc, []).append(r)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "bench.db"))
        t0 = time.perf_counter()
        with db.session() as session:
            for slug, records in by_doc.items():
                store_claimset(session, _claimset(slug, records), actor="bench")
            session.commit()
        t1 = time.perf_counter()
        with db.session() as session:
            done = links.recompute(session)
            session.commit()
        t2 = time.perf_counter()
        with db.session() as session:
            again = links.recompute(session)
            session.commit()
        t3 = time.perf_counter()
        db.close()
    return {"db_claims": len(corpus.records), "db_documents": len(by_doc), "db_store_s": t1 - t0,
            "db_recompute_s": t2 - t1, "db_links_added": done.links_added,
            "db_statuses_changed": done.statuses_changed, "db_recompute_again_s": t3 - t2,
            "db_again_changes": again.links_added + again.links_removed + again.statuses_changed}


def _article(corpus: Corpus, slug: str, n: int) -> dict:
    """A new ten-claim article: paraphrases of stored claims by new sources, restatements of stored
    claims by their own source through another outlet, a denial, and fresh claims."""
    rng = corpus.rng
    base = len(corpus.records)
    records = []
    for k in range(10):
        key = base + n * 10 + k
        if k < 3:
            text = corpus._paraphrase(corpus.records[rng.randrange(base)].text)
            records.append(corpus._record(key, slug, text, 80_000 + rng.randrange(20_000)))
        elif k < 5:
            src = corpus.records[rng.randrange(base)]
            copy = corpus._record(key, slug, corpus._restate(src.text), 0)
            copy.speaker, copy.anonymous, copy.affiliation = src.speaker, src.anonymous, src.affiliation
            copy.outlet = rng.choice([o for o in corpus.outlets if o != src.outlet])
            records.append(copy)
        elif k == 5:
            denial = corpus._record(key, slug, corpus._paraphrase(corpus.records[rng.randrange(base)].text),
                                    80_000 + rng.randrange(20_000))
            denial.cue = "denied"
            records.append(denial)
        else:
            records.append(corpus._record(key, slug, corpus._text(), 80_000 + rng.randrange(20_000)))
    return _claimset(slug, records)


def ingest_run(sizes: list[int], articles: int = 10) -> dict:
    """Median time to ingest one article (rules, store, links to every other document) into
    SQLite databases of each size, after a full `recompute` of the stored corpus: candidates
    looked up in the claim search index, against a full scan of the database's claims (what
    ingest did before the index was used) on a copy of the same database. The links each way
    finds between the new articles and the stored ones are compared."""
    import shutil

    from provenance import ingest
    from provenance.db import open_database
    from provenance.store import store_claimset

    out: dict = {"ingest_article_s": {}, "ingest_article_scan_s": {}, "ingest_links": {},
                 "ingest_links_scan": {}, "ingest_links_vs_scan": {}, "ingest_db_build_s": {}}
    indexed = ClaimIndex.of
    for size in sizes:
        corpus = Corpus(size, seed=3)
        by_doc: dict[str, list[core.ClaimRecord]] = {}
        for r in corpus.records:
            by_doc.setdefault(r.doc, []).append(r)
        new = [_article(corpus, f"new-{n}", n) for n in range(articles)]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "ingest.db"
            db = open_database(str(path))
            t0 = time.perf_counter()
            with db.session() as session:
                for slug, records in by_doc.items():
                    store_claimset(session, _claimset(slug, records), actor="bench")
                session.commit()
            with db.session() as session:
                links.recompute(session)
                session.commit()
            db.close()
            out["ingest_db_build_s"][str(size)] = time.perf_counter() - t0
            shutil.copy(path, Path(tmp) / "scan.db")
            found = {}
            for name, lookup in (("index", indexed), ("scan", lambda session: None)):
                ClaimIndex.of = lookup  # type: ignore[method-assign]
                db = open_database(str(path if name == "index" else Path(tmp) / "scan.db"))
                times, crossing = [], set()
                try:
                    for data in new:
                        data = json.loads(json.dumps(data))
                        core._tokens.cache_clear()
                        t1 = time.perf_counter()
                        rules.apply_rules(data)
                        ingest.save(db, data, actor="bench", action="ingest")
                        times.append(time.perf_counter() - t1)
                    with db.session() as session:
                        crossing = _cross_links(session, [f"new-{n}" for n in range(articles)])
                finally:
                    ClaimIndex.of = indexed  # type: ignore[method-assign]
                    db.close()
                found[name] = crossing
                key = "ingest_article_s" if name == "index" else "ingest_article_scan_s"
                out[key][str(size)] = sorted(times)[len(times) // 2]
        out["ingest_links"][str(size)] = len(found["index"])
        out["ingest_links_scan"][str(size)] = len(found["scan"])
        out["ingest_links_vs_scan"][str(size)] = (len(found["index"] & found["scan"]) / len(found["scan"])
                                                  if found["scan"] else 1.0)
    return out


def _cross_links(session, slugs: list[str]) -> set[tuple[int, int, str]]:
    """Rule links between the claims of the documents `slugs` and other documents."""
    from sqlalchemy import bindparam, text

    query = text("SELECT link.source_id, link.target_id, link.relation FROM link "
                 "JOIN claim a ON a.id = link.source_id JOIN claim b ON b.id = link.target_id "
                 "JOIN version va ON va.id = a.version_id JOIN version vb ON vb.id = b.version_id "
                 "JOIN document da ON da.id = va.document_id JOIN document db ON db.id = vb.document_id "
                 "WHERE (da.slug IN :slugs OR db.slug IN :slugs) AND da.id != db.id"
                 ).bindparams(bindparam("slugs", expanding=True))
    return {tuple(row) for row in session.execute(query, {"slugs": slugs})}


def _claimset(slug: str, records: list[core.ClaimRecord]) -> dict:
    text, claims, speakers, outlets = "", [], {}, {}
    for n, r in enumerate(records, 1):
        start = len(text)
        text += r.text + ". "
        sid = speakers.setdefault((r.speaker, r.anonymous), {
            "id": f"s{len(speakers) + 1}", "name": r.speaker, "aliases": [], "kind": "person",
            "anonymous": r.anonymous, "role": None, "affiliation": r.affiliation})["id"]
        oid = outlets.setdefault(r.outlet, {"id": f"o{len(outlets) + 1}", "name": r.outlet, "aliases": [],
                                            "country": None})["id"]
        claims.append({"id": f"c{n}", "seq": n, "start": start, "end": start + len(r.text), "text": r.text,
                       "sentence_start": start, "sentence_end": start + len(r.text) + 1, "speaker": sid,
                       "outlet": oid, "cue": "said", "form": "indirect", "stated_on": r.stated_on,
                       "kind": "fact", "status": "unconfirmed", "reason": ""})
    return {"document": {"slug": slug, "title": slug, "outlet": None, "text": text},
            "speakers": list(speakers.values()), "outlets": list(outlets.values()), "claims": claims, "links": []}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=5_000)
    parser.add_argument("--db-claims", type=int, default=10_000)
    parser.add_argument("--max-df", type=int, default=None,
                        help="Block only on tokens of at most this many claims (0: no cap; default: the library's).")
    parser.add_argument("--ingest-sizes", default=None,
                        help="Database sizes (claims, comma-separated) to time one article's ingest at; '' to "
                             "skip (default: 10000,100000 when --claims is 100,000 or more, else --db-claims).")
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    corpus = Corpus(args.claims)
    build_s = time.perf_counter() - t0
    run = full_recomputation(corpus.records, args.max_df)
    rels, decided, pairs = run.pop("relations"), run.pop("statuses"), run.pop("pairs")
    counts: dict[str, int] = {}
    for st, _ in decided.values():
        counts[st] = counts.get(st, 0) + 1
    result = {
        "claims": len(corpus.records), "documents": len({r.doc for r in corpus.records}),
        "corpus_build_s": build_s, **run,
        "links": {rel: sum(r.relation == rel for r in rels) for rel in ("corroborates", "repeats", "contradicts")},
        "statuses": counts,
        "planted_corroborating": len(corpus.corroborating),
        "planted_corroborating_linked": found(rels, corpus.corroborating, "corroborates"),
        "planted_contradicting": len(corpus.contradicting),
        "planted_contradicting_linked": found(rels, corpus.contradicting, "contradicts"),
        "planted_declined": len(corpus.declined),
        "planted_declined_linked": found(rels, corpus.declined, "contradicts"),
        "planted_repeating": len(corpus.repeating),
        "planted_repeating_linked": found(rels, corpus.repeating, "repeats"),
        **sample_recall(corpus, args.sample, pairs),
    }
    if args.db_claims:
        result.update(database_run(args.db_claims))
    if args.ingest_sizes is None:
        args.ingest_sizes = "10000,100000" if args.claims >= 100_000 else str(args.db_claims)
    sizes = [int(n) for n in args.ingest_sizes.split(",") if n.strip() and int(n)]
    if sizes:
        result.update(ingest_run(sizes))
    if args.json:
        print(json.dumps(result, indent=None))
        return 0
    r = result
    print(f"corpus: {r['claims']:,} claims in {r['documents']:,} documents (built in {r['corpus_build_s']:.1f} s)")
    print(f"full recomputation in memory: {r['seconds']:.1f} s (limit 30 s, {r['seconds'] / 30:.2f} of it): "
          f"tokens {r['tokens_s']:.1f} s, blocking and scoring {r['pairs_s']:.1f} s, "
          f"relations {r['relations_s']:.1f} s, statuses {r['statuses_s']:.1f} s")
    print(f"similar pairs {r['similar_pairs']:,}; links {r['links']}; statuses {r['statuses']}")
    print(f"planted corroborating pairs linked: {r['planted_corroborating_linked']:,}/{r['planted_corroborating']:,} "
          f"({r['planted_corroborating_linked'] / max(1, r['planted_corroborating']):.3f}); planted repeats linked: "
          f"{r['planted_repeating_linked']:,}/{r['planted_repeating']:,} "
          f"({r['planted_repeating_linked'] / max(1, r['planted_repeating']):.3f}); planted denials linked: "
          f"{r['planted_contradicting_linked']:,}/{r['planted_contradicting']:,}; planted non-confirmations in a "
          f"sentence linked: {r['planted_declined_linked']:,}/{r['planted_declined']:,}")
    print(f"sample of {r['sample_claims']:,} claims with {r['sample_planted']:,} planted pairs: all-pairs scan finds "
          f"{r['all_pairs_planted']:,} of them in {r['all_pairs_s']:.1f} s, blocking on the whole corpus "
          f"{r['blocking_planted']:,}: recall {r['recall_vs_all_pairs']:.3f} of all-pairs (need 0.95); all similar "
          f"pairs in the sample {r['blocking_found']:,} of {r['all_pairs_found']:,} ({r['pair_recall_vs_all_pairs']:.3f})")
    if args.db_claims:
        print(f"database (SQLite): {r['db_claims']:,} claims in {r['db_documents']:,} documents stored in "
              f"{r['db_store_s']:.1f} s; recompute {r['db_recompute_s']:.1f} s ({r['db_links_added']:,} links, "
              f"{r['db_statuses_changed']:,} statuses); again {r['db_recompute_again_s']:.1f} s "
              f"({r['db_again_changes']} changes)")
    for size, seconds in r.get("ingest_article_s", {}).items():
        print(f"ingest of one ten-claim article into {int(size):,} claims (SQLite): {seconds:.2f} s with the claim "
              f"search index, {r['ingest_article_scan_s'][size]:.2f} s scanning every claim; links to other "
              f"documents over ten articles: {r['ingest_links'][size]} against {r['ingest_links_scan'][size]} "
              f"({r['ingest_links_vs_scan'][size]:.3f} of the scan's found); database built and recomputed in "
              f"{r['ingest_db_build_s'][size]:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
