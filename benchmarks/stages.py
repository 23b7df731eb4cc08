"""Where a cold pass of extraction goes, stage by stage: each stage's own time (the time of its
functions less that of the stages they call), over the articles `extraction.py --texts` reads.

The stages are the reading's steps (STAGES): the document's setup, the model's tagging, the
paragraphs and their sentences, the rules' frames, the speakers of the frames, the model's frames,
the passes over the whole document after its sentences. Each stage's functions are wrapped for the
run and restored after it. Times are this process's processor time, as `extraction.py` takes them
(other load on the machine does not count); the wrapping costs some of its own (a clock read at each
end of some 40,000 calls a PolNeAR dev pass), so the whole is slower than `extraction.py` measures, and
a stage's share is the figure to read.

    python benchmarks/stages.py --texts dev.jsonl --repeats 3
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extraction import read_texts  # noqa: E402

from provenance.extract import document  # noqa: E402
from provenance.extract.combine import ModelFrames  # noqa: E402
from provenance.extract.model import shipped  # noqa: E402
from provenance.extract.speakers import clear_caches  # noqa: E402

_DOC = document._Document

# stage -> where its functions are: (module or class, attribute name); a function met inside another
# stage's counts for its own stage
STAGES: dict[str, list[tuple[object, str]]] = {
    "setup: the document's blocks, carried texts, outlets, people": [(document, "extract_claimset")],
    "setup: letters, transcripts, interviews": [
        (document, "_letters"), (document, "read_letter"), (document, "read_transcript"), (document, "read_interview")],
    "model: features and CRF tagging of the whole text": [(document, "ModelFrames")],
    "paragraphs: shapes and sentence splitting": [(_DOC, "_paragraph"), (_DOC, "_wire")],
    "sentences: the state machine's own work": [(_DOC, "read"), (_DOC, "_sentence")],
    "sentences: datelines and dates": [(_DOC, "_reading")],
    "rules' frames: tokens, cue gate, parser": [(_DOC, "_frames")],
    "claims of the frames (speakers apart)": [(_DOC, "_attributed_sentence")],
    "speakers of the frames": [(_DOC, "_frame_speaker")],
    "sentences without a frame": [
        (_DOC, "_unattributed_sentence"), (_DOC, "_block_quote"), (_DOC, "_lead_quote"), (_DOC, "_quoted_denials")],
    "model's frames: claims the model adds": [(_DOC, "_with_model")],
    "model's frames: reading them (combine.py)": [(ModelFrames, "frames")],
    "sentences: after their claims (own reporting, subjects)": [
        (_DOC, "_own_reporting"), (_DOC, "_subject_salient"), (_DOC, "_note_subject"), (_DOC, "_end_opening_clauses")],
    "document passes after the sentences": [
        (_DOC, "_carried_release"), (_DOC, "_carried_texts"), (_DOC, "_headline_sources"), (document, "is_fact_check"),
        (_DOC, "_fact_check_boxes"), (document, "read_formats"), (document, "_without_repeats")],
    "the claim set written out": [(document, "_claimset")],
}


class _Clock:
    """Own time by stage: a wrapped call's time less the wrapped calls inside it."""

    def __init__(self) -> None:
        self.own = dict.fromkeys(STAGES, 0.0)
        self.inner: list[float] = []

    def wrap(self, stage: str, func: Callable) -> Callable:
        def timed(*args, **kwargs):
            start = time.process_time()
            self.inner.append(0.0)
            try:
                return func(*args, **kwargs)
            finally:
                spent = time.process_time() - start
                self.own[stage] += spent - self.inner.pop()
                if self.inner:
                    self.inner[-1] += spent
        return timed


@contextmanager
def clocked() -> Iterator[_Clock]:
    """Every stage's functions timed while inside; put back as they were after."""
    clock = _Clock()
    # (as stored: a method and a module's function alike are plain functions, wrapped as they are)
    saved = [(owner, name, vars(owner)[name]) for functions in STAGES.values() for owner, name in functions]
    try:
        for stage, functions in STAGES.items():
            for owner, name in functions:
                setattr(owner, name, clock.wrap(stage, vars(owner)[name]))
        yield clock
    finally:
        for owner, name, func in saved:
            setattr(owner, name, func)


def stage_times(articles: list[str]) -> tuple[float, dict[str, float]]:
    """One cold pass over the articles: the whole time and each stage's own time (seconds)."""
    clear_caches()
    shipped().forget()
    with clocked() as clock:
        start = time.process_time()
        for i, text in enumerate(articles):
            document.extract_claimset(text, slug=f"a{i}", outlet="Valley Herald", published="2025-05-20")
        whole = time.process_time() - start
    return whole, clock.own


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", nargs="+", required=True, metavar="PATH", help="articles: files, folders, .jsonl")
    ap.add_argument("--repeats", type=int, default=3, help="cold passes; the fastest is reported")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    a = ap.parse_args()
    articles = read_texts(a.texts)
    if not articles:
        ap.error("no article texts found in --texts")
    document.extract_claimset(articles[0], slug="warm")  # word lists and the model loaded once, as in a long run
    whole, own = min((stage_times(articles) for _ in range(max(1, a.repeats))), key=lambda run: run[0])
    if a.json:
        print(json.dumps({"articles": len(articles), "seconds": round(whole, 3),
                          "stages": {stage: round(t, 4) for stage, t in own.items()}}))
        return 0
    print(f"{len(articles)} articles, one cold pass {whole:.3f} s of processor time (stages wrapped)")
    for stage, t in sorted(own.items(), key=lambda item: -item[1]):
        print(f"{t * 1000:9.1f} ms {100 * t / whole:5.1f}%  {stage}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
