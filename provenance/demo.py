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


def run(db: Database, seeds: Path, *, actor: str) -> DemoResult:
    """Ingest every seed article through the extractor, then split its claims by status."""
    articles = sorted(str(p) for p in seeds.glob("*.txt"))
    ingest(db, prepare(articles, options={}), actor=actor)
    result = DemoResult(articles=articles)
    with db.session() as session:
        result.supported = list(query.iter_claims(session, query.ClaimFilter(statuses=("confirmed", "corroborated"))))
        result.open_claims = list(query.iter_claims(session, query.ClaimFilter(statuses=("unconfirmed", "disputed"))))
        result.counts = query.status_counts(session)
    result.score = score_seeds(seeds)
    return result


def score_seeds(seeds: Path) -> dict[str, Any] | None:
    """The extractor's score against the reviewed claim sets beside the seed articles."""
    golds = sorted(seeds.glob("*.claims.json"))
    if not golds:
        return None
    from provenance.evaluation import evaluate

    return {gold.name: evaluate(claimset.load(gold)) for gold in golds}


