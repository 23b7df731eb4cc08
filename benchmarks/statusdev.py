"""Status agreement on a multi-outlet development set of real news (PolNeAR, read by path).

    python benchmarks/statusdev.py --polnear-dir DEV_DIR --polnear-dir TRAIN_DIR [--json]
           [--decisions benchmarks/statusdev/decisions.json] [--provenance provenance]

Each --polnear-dir holds PolNeAR-format `*.jsonl` files (one article a line: doc_id, text,
publisher, date, title). The documents named in the decisions file are written to a temporary
directory, ingested one at a time in date order (outlet and date from the article) into a fresh
SQLite database with the `provenance` CLI, and each reviewed claim (doc_id plus the character
offsets of its content) is looked up among the extracted claims and its status compared with the
reviewed one. No article text is stored in the project: the decisions file holds ids, offsets,
statuses and one-line reasons only.
"""
import argparse
import glob
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DECISIONS = os.path.join(HERE, "statusdev", "decisions.json")
STATUSES = ("confirmed", "corroborated", "unconfirmed", "disputed", "retracted")


def load_articles(dirs, wanted):
    """The articles whose doc_id is in `wanted`, read from every *.jsonl under `dirs`."""
    found = {}
    for d in dirs:
        for path in sorted(glob.glob(os.path.join(d, "*.jsonl"))):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    art = json.loads(line)
                    if art["doc_id"] in wanted:
                        found[art["doc_id"]] = art
    missing = sorted(set(wanted) - set(found))
    if missing:
        sys.exit(f"Error: {len(missing)} documents not found under --polnear-dir: {missing[0]} ...")
    return found


def ingest(cmd, articles, workdir):
    """Ingest the articles in date order; return the claims as `claims --format json` gives them."""
    db = os.path.join(workdir, "statusdev.db")
    base = shlex.split(cmd) + ["--db", db]
    for art in sorted(articles.values(), key=lambda a: (a["date"], a["doc_id"])):
        path = os.path.join(workdir, art["doc_id"] + ".txt")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(art["text"])
        done = subprocess.run(base + ["ingest", path, "--slug", art["doc_id"], "--outlet",
                                      art["publisher"], "--published", art["date"],
                                      "--title", art["title"]], capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"Error: ingest of {art['doc_id']} failed: {done.stderr.strip()[-300:]}")
    out = subprocess.run(base + ["claims", "--format", "json", "--limit", "100000"], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def doc_key(doc):
    """A doc_id as the CLI's slug keeps it (no leading or trailing hyphens)."""
    return str(doc).strip("-").lower()


def index_claims(claims):
    """{(doc key, start, end): status} of the extracted claims that have offsets."""
    index = {}
    for cl in claims:
        if cl.get("start") is None or cl.get("end") is None:
            continue
        index[(doc_key(cl["doc"]), int(cl["start"]), int(cl["end"]))] = cl["status"]
    return index


def find_status(index, doc, start, end):
    """The status of the extracted claim with these offsets, else of the one overlapping most
    (at least half of the longer span), else None (the extractor no longer produces it)."""
    doc = doc_key(doc)
    exact = index.get((doc, start, end))
    if exact is not None:
        return exact
    best, best_overlap = None, 0
    for (d, s, e), status in index.items():
        if d != doc:
            continue
        ov = min(e, end) - max(s, start)
        if ov * 2 >= max(e - s, end - start) and ov > best_overlap:
            best, best_overlap = status, ov
    return best


def compare(decisions, index):
    """Agreement of the extracted statuses with the reviewed decisions, overall and per status."""
    per = {s: Counter() for s in STATUSES}
    rows, relayed_corroborated = [], 0
    for dec in decisions:
        got = find_status(index, dec["doc_id"], dec["start"], dec["end"])
        want = dec["status"]
        per[want]["n"] += 1
        per[want]["agree"] += got == want
        per[want]["missing"] += got is None
        if dec.get("relay") and got == "corroborated":
            relayed_corroborated += 1
        rows.append({**dec, "got": got})
    n = sum(c["n"] for c in per.values())
    agree = sum(c["agree"] for c in per.values())
    return {"claims": n, "agree": agree, "agreement": round(agree / n, 3) if n else None,
            "missing": sum(c["missing"] for c in per.values()),
            "per_status": {s: {"n": c["n"], "agree": c["agree"], "missing": c["missing"],
                               "agreement": round(c["agree"] / c["n"], 3) if c["n"] else None}
                           for s, c in per.items() if c["n"]},
            "relayed_single_origin_corroborated": relayed_corroborated,
            "disagreements": [r for r in rows if r["got"] != r["status"]]}


def print_text(result):
    print(f"claims reviewed: {result['claims']}   agreement: {result['agree']}/{result['claims']}"
          f" = {result['agreement']}   (not extracted any more: {result['missing']})")
    for status, c in result["per_status"].items():
        print(f"  {status:<13} {c['agree']:>3}/{c['n']:<3} = {c['agreement']}")
    print(f"relayed single-origin claims marked corroborated: "
          f"{result['relayed_single_origin_corroborated']}")
    for r in result["disagreements"]:
        print(f"  {r['doc_id']} {r['start']}-{r['end']}: reviewed {r['status']}, got {r['got']}"
              f" ({r['reason']})")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear-dir", action="append", required=True,
                    help="directory of PolNeAR *.jsonl files (repeat for dev and train)")
    ap.add_argument("--decisions", default=DEFAULT_DECISIONS)
    ap.add_argument("--provenance", default="provenance", help="command that runs the CLI")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    with open(a.decisions, encoding="utf-8") as f:
        data = json.load(f)
    wanted = {doc for ev in data["events"] for doc in ev["docs"]}
    articles = load_articles(a.polnear_dir, wanted)
    with tempfile.TemporaryDirectory() as tmp:
        claims = ingest(a.provenance, articles, tmp)
    result = compare(data["claims"], index_claims(claims))
    if a.json:
        print(json.dumps(result, indent=2))
    else:
        print_text(result)


if __name__ == "__main__":
    main()
