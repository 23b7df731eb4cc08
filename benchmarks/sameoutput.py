"""Does a change to the extractor leave its output exactly as it was? Extract every article given
(files, folders of .txt/.md/.html files, .jsonl files with a "text" field per line, as
`extraction.py --texts` reads them) and write each article's claim set, one JSON line an article;
with `--against FILE` compare them with a file written before and list the articles that differ.

    python benchmarks/sameoutput.py --texts corpus.jsonl tests/fixtures --write before.jsonl
    (change the code)
    python benchmarks/sameoutput.py --texts corpus.jsonl tests/fixtures --against before.jsonl

Exit code 0 when every article's output is identical, 1 when one differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extraction import read_texts  # noqa: E402

from provenance.extract import extract_claimset  # noqa: E402


def outputs(texts: list[str]) -> list[str]:
    """Each article's claim set as one JSON line (keys sorted: the same output, the same line)."""
    lines = []
    for i, text in enumerate(texts):
        claims = extract_claimset(text, slug=f"a{i}", outlet="Valley Herald", published="2025-05-20")
        lines.append(json.dumps(claims, sort_keys=True, ensure_ascii=False, default=str))
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", nargs="+", required=True, metavar="PATH", help="articles: files, folders, .jsonl")
    ap.add_argument("--write", metavar="FILE", help="write the outputs here")
    ap.add_argument("--against", metavar="FILE", help="compare with the outputs written before")
    a = ap.parse_args()
    texts = read_texts(a.texts)
    if not texts:
        ap.error("no article texts found in --texts")
    lines = outputs(texts)
    if a.write:
        Path(a.write).write_text("\n".join(lines) + "\n", encoding="utf-8")
    if not a.against:
        print(f"{len(lines)} articles extracted")
        return 0
    before = Path(a.against).read_text(encoding="utf-8").splitlines()
    if len(before) != len(lines):
        print(f"{len(lines)} articles, {len(before)} before: not the same corpus")
        return 1
    differ = [i for i, (x, y) in enumerate(zip(before, lines, strict=True)) if x != y]
    for i in differ[:20]:
        print(f"article {i} differs: {texts[i][:60]!r}")
    print(f"{len(lines)} articles, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
