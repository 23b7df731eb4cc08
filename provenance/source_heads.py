"""Rebuild provenance/data/source_heads.json: the head nouns a description of a source may end on.

A source described in common words ('two officials', 'the campaign', 'a spokesman for the mayor')
ends its description on a head noun; the table counts the heads of PolNeAR's gold sources that are
no proper names, and adds the speaker words of titles.json and the gendered role words of given_names.json
(count 0 when train never shows them).
The extractor reads it in `extract/plausible.py`: a lower-case description whose head is in no row
names no source ('the wider puzzle', 'a small drone').

    python -m provenance.source_heads --train PATH/train.jsonl [--output provenance/data/source_heads.json]

Deterministic: the same corpus and titles.json give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from provenance.datafiles import load_data
from provenance.extract.lexicon import fold
from provenance.extract.plausible import description_head
from provenance.tuning import SELDOM_SOURCE_MENTIONS, SELDOM_SOURCE_SHARE

OUTPUT = Path(__file__).resolve().parent / "data" / "source_heads.json"
# titles.json's lists of words that describe a speaker (multi-word entries give their last word)
TITLE_LISTS = ("anonymous_heads", "group_heads", "institution_heads", "media_heads", "occupations",
               "person_descriptions", "body_heads", "company_heads", "private_body_heads", "generic_body_heads",
               "epithet_heads", "person_trades", "firm_descriptors", "sole_posts", "titles", "record_issuers",
               "family_descriptors", "police_services", "owned_media", "source_words")
GENDERED_WORDS = ("female_words", "male_words")  # given_names.json's role words for a woman or a man
# endings of words for people or groups of them, a head the table need not list ('skiers', 'teammate', 'keeper'); a
# thing ending so is kept too ('matter'): the table cannot tell it from a person
PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "man", "men", "ee", "ees",
                  "mate", "mates")
DESCRIPTION = ("Head nouns a description of a source may end on, with how often PolNeAR train's gold sources that "
               "are no proper names end on each (0: a speaker word of titles.json or a gendered role word of given_names.json train never shows). "
               "extract/plausible.py reads it: a lower-case description (no capitalised word) whose head is in "
               "no row names no source. Rebuilt by `python -m provenance.source_heads --train PATH`; never edit "
               "by hand. 'person_endings': endings of words for people, heads the table need not list. 'not_heads': "
               "words the corpus writes lower-case after an article or a possessive often (tuning.SELDOM_SOURCE_MENTIONS) "
               "and seldom as a source's head (under tuning.SELDOM_SOURCE_SHARE of those times, singular and plural "
               "together), no speaker word: a lower-case speaker ending on one names no source ('the matter').")
# a lower-case word after an article or a possessive: how the corpus writes a noun ('the matter', 'its decision')
_AFTER_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+([a-z]+)\b")


def train_heads(lines: Iterable[str]) -> Counter[str]:
    """How often each head ends a gold source that is no proper name nor a relative pronoun or a
    conjunction, over the corpus's JSON lines."""
    counts: Counter[str] = Counter()
    relatives = {fold(w) for w in load_data("grammar.json")["np_stop"]}  # ('who said': its antecedent speaks)
    for line in lines:
        for attribution in json.loads(line)["attributions"]:
            head = description_head(attribution.get("source") or "")
            if head and head not in relatives:
                counts[head] += 1
    return counts


def noun_mentions(texts: Iterable[str]) -> Counter[str]:
    """How often the texts write each lower-case word after an article or a possessive."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_AFTER_DETERMINER.findall(text))
    return counts


def _forms(word: str) -> set[str]:
    """The word and the forms its plural and its singular may take ('decision', 'decisions'; 'party',
    'parties'), by the endings alone: some are no word ('business' gives 'busines', 'series' 'sery'),
    harmless, for they are only looked up among real words."""
    forms = {word, word + "s", word[:-1] + "ies" if word.endswith("y") else word}
    return forms | ({word[:-1], word[:-3] + "y"} if word.endswith("ies") else {word[:-1]} if word.endswith("s") else set())


def not_heads(sources: Counter[str], mentions: Counter[str], speaker_words: set[str]) -> list[str]:
    """Words written as nouns at least SELDOM_SOURCE_MENTIONS times that end a gold source in under
    SELDOM_SOURCE_SHARE of them (any of their forms), none of them a form of a speaker word: sorted."""
    return sorted(w for w, n in mentions.items() if n >= SELDOM_SOURCE_MENTIONS and not _forms(w) & speaker_words
                  and sum(sources.get(f, 0) for f in _forms(w)) < SELDOM_SOURCE_SHARE * n)


def title_heads(titles: dict, names: dict) -> set[str]:
    """The last word of every entry of titles.json's speaker lists, and given_names.json's gendered role
    words ('niece', 'uncle'), folded."""
    entries = [entry for key in TITLE_LISTS for entry in titles.get(key, [])] + [
        word for key in GENDERED_WORDS for word in names.get(key, [])]
    return {fold(entry.split()[-1]) for entry in entries if entry.strip()}


def build(train: Path) -> dict:
    with train.open(encoding="utf-8") as f:
        lines = f.readlines()
    counts = train_heads(lines)
    mentions = noun_mentions(json.loads(line)["text"] for line in lines)
    speaker_words = title_heads(load_data("titles.json"), load_data("given_names.json"))
    heads = {w: counts.get(w, 0) for w in sorted(set(counts) | speaker_words)}
    return {"description": DESCRIPTION, "person_endings": list(PERSON_ENDINGS), "heads": heads,
            "not_heads": not_heads(counts, mentions, speaker_words)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, required=True, help="PolNeAR's train.jsonl")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        table = build(args.train)
    except (OSError, ValueError, KeyError) as exc:
        print(f"Error: cannot read {args.train}: {exc}", file=sys.stderr)
        return 2
    args.output.write_text(json.dumps(table, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(table['heads'])} heads written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
