"""Speed and memory of claim extraction, beside spaCy's blank English pipeline with a sentencizer.

The default corpus is generated news-like text: sentences built from templates covering the
attribution shapes the extractor reads (said / told / according to / quoted ... saying /
continuation quotes / unattributed statements), with names, outlets and dates drawn at random, plus
the seed articles. It is dense in attributions and has a small vocabulary, which favours spaCy
(its tokenizer caches every distinct word). `--texts` measures real articles instead: .txt/.md/.html
files, folders of them, or .jsonl files with a "text" field per line.

Both tools run on the same texts in the same process, one core, timed as CPU time of this process
(other load on the machine does not count), best of `--repeats` runs each, alternating, every run
from cold caches (the extractor's mention caches cleared, a fresh spaCy pipeline): the extractor
calls extract_claimset per article, spaCy runs nlp.pipe over all the articles and walks every
sentence. `--warm` keeps the caches of both across repeats instead (the same texts again, a best
case for both). The first run is reported beside the best: it also pays what a process does once
for text it has not met (the patterns compiled for the names in it, lazy imports), which the later
runs find in the regex module's cache. Peak memory (tracemalloc) is taken for runs over growing
numbers of articles: it should stay flat, since articles are processed one at a time and only
bounded caches persist.

    python benchmarks/extraction.py                    # 2 MB generated, memory at 50/200/800 articles
    python benchmarks/extraction.py --texts articles/ --json
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from provenance.extract import extract_claimset, read_article  # noqa: E402
from provenance.extract.model import shipped  # noqa: E402
from provenance.extract.speakers import clear_caches  # noqa: E402
from provenance.model_version import model_version  # noqa: E402

FIRST = ["Maria", "Tomas", "Petra", "Ahmed", "Lena", "Rosa", "Jonas", "Amara", "Kenji", "Sofia", "Omar", "Ines"]
LAST = ["Okafor", "Lindqvist", "Novak", "Haddad", "Varga", "Ibarra", "Berg", "Mensah", "Sato", "Rossi", "Farouk"]
ROLES = ["Energy Minister", "union leader", "Foreign Minister", "political analyst", "company spokeswoman",
         "police chief", "Defence Minister", "central bank governor"]
OUTLETS = ["the Valley Herald", "the Harbour Gazette", "Channel Nine", "the Morning Post", "Radio North"]
ANON = ["officials", "a senior official", "people familiar with the matter", "two diplomats", "sources close to the talks"]
TOPICS = ["the bridge would reopen in June", "prices had risen for a third month", "the talks had stalled",
          "the harbour would be dredged next year", "exports had doubled since the spring",
          "the plan was a mistake", "the government must cut taxes", "the strike would continue"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _sentence(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    role = rng.choice(ROLES)
    topic = rng.choice(TOPICS)
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, 20{rng.randint(15, 25)}"
    shapes = [
        f"{role.capitalize()} {name} said that {topic}.",
        f"{topic[0].upper()}{topic[1:]}, {rng.choice(ANON)} said on {rng.choice(['Monday', 'Friday'])}.",
        f"“{topic[0].upper()}{topic[1:]},” said {name}, a {role} in the capital.",
        f"According to {rng.choice(OUTLETS)}, {topic}.",
        f"{name} told {rng.choice(OUTLETS)} on {date} that {topic}, adding that more was to come.",
        f"{rng.choice(OUTLETS)[0].upper()}{rng.choice(OUTLETS)[1:]} quoted {rng.choice(ANON)} saying, “{topic}.”",
        f"She said the results were mixed. “We expected more,” {rng.choice(LAST)} added.",
        f"The U.S. envoy, Gen. {name}, met local leaders in the city on {date}.",
        f"On {date}, the river burst its banks and three villages were evacuated.",
    ]
    return rng.choice(shapes)


def corpus(megabytes: float, seed: int = 7) -> list[str]:
    """Articles of 20-60 sentences in 3-6 sentence paragraphs, plus the seed articles, up to the size."""
    rng = random.Random(seed)
    articles: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        articles.append(read_article(path.read_bytes(), filename=path.name)[1])
    size = sum(len(a.encode()) for a in articles)
    while size < megabytes * 1_000_000:
        paragraphs = []
        for _ in range(rng.randint(6, 14)):
            paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(3, 6))))
        text = "Headline of the day\n\n" + "\n\n".join(paragraphs) + "\n"
        articles.append(text)
        size += len(text.encode())
    return articles


def read_texts(paths: list[str]) -> list[str]:
    """Article texts from files, folders of files, or .jsonl files with a "text" field."""
    texts: list[str] = []
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                with file.open(encoding="utf-8") as lines:
                    texts.extend(json.loads(line)["text"] for line in lines if line.strip())
            elif file.suffix in (".txt", ".md", ".html", ".htm"):
                texts.append(read_article(file.read_bytes(), filename=file.name)[1])
    return texts


def time_extractor(articles: list[str], warm: bool = False) -> float:
    if not warm:
        clear_caches()  # every run starts cold, as on articles never seen
        shipped().forget()  # the attribution model's word forms too
    start = time.process_time()
    for i, text in enumerate(articles):
        extract_claimset(text, slug=f"a{i}", outlet="Valley Herald", published="2025-05-20")
    return time.process_time() - start


def spacy_pipeline():
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def time_spacy(articles: list[str], nlp=None) -> float:
    nlp = nlp or spacy_pipeline()  # a fresh pipeline: its tokenizer cache starts empty too
    nlp.max_length = max(len(a) for a in articles) + 1
    start = time.process_time()
    for doc in nlp.pipe(articles, batch_size=32):
        for _ in doc.sents:
            pass
    return time.process_time() - start


def peak_memory(articles: list[str], counts: list[int]) -> dict[int, float]:
    """Peak traced memory (MB) while extracting the first N articles, for each N."""
    extract_claimset(articles[0], slug="warm")  # load the word lists before measuring
    out = {}
    for n in counts:
        gc.collect()
        tracemalloc.start()
        for i in range(n):
            extract_claimset(articles[i % len(articles)], slug=f"a{i}")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out[n] = round(peak / 1e6, 2)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--megabytes", type=float, default=2.0, help="size of the generated corpus")
    ap.add_argument("--texts", nargs="+", metavar="PATH",
                    help="measure these articles (files, folders, .jsonl) instead of the generated corpus")
    ap.add_argument("--repeats", type=int, default=3, help="runs of each tool; the best counts")
    ap.add_argument("--warm", action="store_true",
                    help="keep both tools' caches across repeats (the same texts again: a best case for both)")
    ap.add_argument("--memory-counts", default="50,200,800", help="article counts for the memory runs")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    a = ap.parse_args()

    articles = read_texts(a.texts) if a.texts else corpus(a.megabytes)
    if not articles:
        ap.error("no article texts found in --texts")
    mb = sum(len(t.encode()) for t in articles) / 1e6
    words = sum(len(t.split()) for t in articles)
    start = time.process_time()
    shipped()  # the attribution model, loaded once per process
    model_load = time.process_time() - start
    extract_claimset(articles[0], slug="warm")  # word lists loaded once, as in a long run
    nlp = spacy_pipeline()
    ours_runs, theirs_runs = [], []
    for _ in range(max(1, a.repeats)):
        ours_runs.append(time_extractor(articles, warm=a.warm))
        if nlp is not None:
            theirs_runs.append(time_spacy(articles, nlp if a.warm else None))
    ours = min(ours_runs)
    theirs = min(theirs_runs) if theirs_runs else None
    memory = peak_memory(articles, [int(n) for n in a.memory_counts.split(",")])
    result = {
        "python": platform.python_version(),
        "corpus": "given texts" if a.texts else "generated",
        "articles": len(articles),
        "repeats": max(1, a.repeats),
        "caches": "warm" if a.warm else "cold",
        "megabytes": round(mb, 2),
        "words": words,
        "extractor": {"seconds": round(ours, 3), "MB_per_s": round(mb / ours, 3), "words_per_s": round(words / ours),
                      "first_run_seconds": round(ours_runs[0], 3)},
        "spacy_blank_en_sentencizer": None if theirs is None else {
            "seconds": round(theirs, 3), "MB_per_s": round(mb / theirs, 3), "words_per_s": round(words / theirs),
            "first_run_seconds": round(theirs_runs[0], 3)},
        "speed_ratio_extractor_over_spacy": None if theirs is None else round(theirs / ours, 3),
        "peak_memory_MB_by_articles": memory,
        "attribution_model": {"version": model_version(), "load_seconds": round(model_load, 3)},
    }
    if a.json:
        print(json.dumps(result))
        return 0
    print(f"corpus ({result['corpus']}): {result['articles']} articles, {result['megabytes']} MB, {words} words "
          f"(Python {result['python']}, CPU time, best of {result['repeats']}, {result['caches']} caches)")
    e = result["extractor"]
    print(f"extractor:                     {e['seconds']:>7.3f} s  {e['MB_per_s']:>6.3f} MB/s  {e['words_per_s']:>8} words/s"
          f"  (first run {e['first_run_seconds']:.3f} s)")
    s = result["spacy_blank_en_sentencizer"]
    if s:
        print(f"spaCy blank en + sentencizer:  {s['seconds']:>7.3f} s  {s['MB_per_s']:>6.3f} MB/s  {s['words_per_s']:>8} words/s"
              f"  (first run {s['first_run_seconds']:.3f} s)")
        print(f"ratio (extractor speed / spaCy speed): {result['speed_ratio_extractor_over_spacy']}")
    else:
        print("spaCy not installed (pip install spacy) - no comparison")
    print(f"attribution model {model_version()}: loaded in {model_load:.3f} s (once per process)")
    print("peak memory by number of articles: "
          + ", ".join(f"{n}: {m} MB" for n, m in result["peak_memory_MB_by_articles"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
