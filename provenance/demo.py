"""The main job on the embedded default: load the seed article into a fresh database and show
what is corroborated or confirmed against what is still unconfirmed or disputed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from provenance import claimset, query
from provenance.db import Database
from provenance.errors import InputError
from provenance.ingest import ingest, prepare

COLUMNS = ("id", "source", "stated", "status", "reason", "claim")
WRAP = {"source": 22, "reason": 30, "claim": 38}


def display_row(claim: dict[str, Any]) -> dict[str, Any]:
    """A claim as the demo shows it: who (via which outlet), when, status, why, what."""
    source = claim["speaker"] or "(no speaker)"
    if claim["outlet"] and claim["outlet"] != claim["speaker"]:
        source += f" via {claim['outlet']}"
    return {"id": claim["id"], "source": source, "stated": claim["stated_on"] or "", "status": claim["status"],
            "reason": claim["reason"], "claim": claim["text"]}


def find_seeds(path: str | None = None) -> Path:
    """The seeds folder: PATH, else ./seeds, else the one beside the installed package."""
    candidates = [Path(path)] if path else [Path("seeds"), Path(__file__).resolve().parent.parent / "seeds"]
    for candidate in candidates:
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    raise InputError("no seeds folder with articles found: run from the project folder or pass --seeds PATH")


@dataclass
class DemoResult:
    articles: list[str]
    supported: list[dict[str, Any]] = field(default_factory=list)
    open_claims: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    score: dict[str, Any] | None = None
    revision: Path | None = None
    diff: Any = None


def find_revision(seeds: Path, slug: str) -> Path | None:
    """The constructed second version of a seed article, kept with the test fixtures."""
    candidate = seeds.resolve().parent / "tests" / "fixtures" / f"{slug}-v2.txt"
    return candidate if candidate.is_file() else None


def run(db: Database, seeds: Path, *, actor: str) -> DemoResult:
    """Ingest every seed article through the extractor, split its claims by status, then ingest the
    constructed second version of the first seed (when present) and diff the two versions."""
    articles = sorted(str(p) for p in seeds.glob("*.txt"))
    prepared = prepare(articles, options={})
    ingest(db, prepared, actor=actor)
    result = DemoResult(articles=articles)
    with db.session() as session:
        result.supported = list(query.iter_claims(session, query.ClaimFilter(statuses=("confirmed", "corroborated"))))
        result.open_claims = list(query.iter_claims(session, query.ClaimFilter(statuses=("unconfirmed", "disputed"))))
        result.counts = query.status_counts(session)
    result.score = score_seeds(seeds)
    slug = prepared[0].meta["slug"]
    result.revision = find_revision(seeds, slug)
    if result.revision is not None:
        from provenance.diff import diff_versions

        ingest(db, prepare([str(result.revision)], options={"slug": slug}), actor=actor)
        result.diff = diff_versions(db, slug)
    return result


def score_seeds(seeds: Path) -> dict[str, Any] | None:
    """The extractor's score against the reviewed claim sets beside the seed articles."""
    golds = sorted(seeds.glob("*.claims.json"))
    if not golds:
        return None
    from provenance.evaluation import evaluate

    return {gold.name: evaluate(claimset.load(gold)) for gold in golds}


