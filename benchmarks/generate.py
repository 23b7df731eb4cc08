"""A synthetic news corpus for the benchmarks: articles whose claims are known, at any size.

Every article is a list of sentences in the attribution shapes news prose uses (`X said ...`,
`..., X said.`, `X told OUTLET on DATE that ...`, quotations, `According to X, ...`,
`OUTLET quoted X as saying ...`, the publisher's own statements, `He added that ...`,
non-confirmations, denials, relays by another outlet). Speakers are named people, institutions and
anonymous sources; outlets, titles, countries and reporting verbs come from the project's data
files; person and place names are made of syllables, so they name nobody. Stories are shared by
several documents, so the same facts come back reworded (near-duplicates) and the same anonymous
source is relayed by more than one outlet (repeats). About one document in ten gets a revised
second version.

The same seed always gives the same corpus. Four ways out:

- `Corpus(seed).articles(n_docs)`: article files (metadata header + text) for extraction and ingest;
- `Corpus(seed).claimsets(n_claims)`: claim-set dicts (schema/claimset.schema.json) whose offsets
  point into the text, for `store_claimset` and `import`;
- `large_claimset(n)`: one version of n plain claims, for size tests and the restore benchmark;
- `load(url, n_claims)` / `RowBuilder`: the same claim sets as table rows with database ids, written
  through SQLAlchemy Core executemany in large batches, to fill a database with a million claims.

    python benchmarks/generate.py articles OUT_DIR --docs 100
    python benchmarks/generate.py claimsets OUT_DIR --claims 5000
    python benchmarks/generate.py load --db bench.db --claims 1000000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from provenance.folding import fingerprint  # noqa: E402
from provenance.ingest import slugify  # noqa: E402

DATA = ROOT / "provenance" / "data"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# Syllables for made-up names; a few carry diacritics so non-ASCII text is exercised everywhere.
SYLLABLES = ("ka", "ren", "dor", "vel", "mi", "sa", "lo", "tan", "bri", "zo", "el", "ar", "ne", "vi", "os",
             "ta", "mar", "lin", "ko", "ra", "de", "su", "hal", "ber", "ny", "ga", "ri", "fen", "tor", "ul",
             "ise", "quo", "pa", "jen", "wi", "ca", "gö", "şe", "lé", "ña", "brü", "ço")
PLACE_ENDINGS = ("ia", "or", "stan", "ville", "a", "en", "ovo", "grad", "burg", "port")
ANONYMOUS_HEADS = ("official", "source", "diplomat", "security source", "negotiator", "aide", "insider")
ANONYMOUS_SHAPES = ("a senior {d} {h}", "an {d} {h}", "{d} {hs}", "a {d} {h} familiar with the matter",
                    "{hs} close to the {d} government", "a {d} {h} who asked not to be named")
INSTITUTION_HEADS = ("ministry", "government", "council", "commission", "parliament", "army", "embassy",
                     "central bank", "presidency", "foreign office")
NAMED_TITLES = ("president", "prime minister", "foreign minister", "defence minister", "finance minister",
                "interior minister", "ambassador", "spokesperson", "governor", "mayor", "general",
                "senator", "chief negotiator", "energy minister", "trade minister")

ACTORS = ("the government", "the {d} delegation", "the two countries", "the coalition", "the central bank",
          "the ministry", "both sides", "the council", "the opposition", "the army", "the regional authorities",
          "the {d} side", "the mediators", "the border agency", "the port authority", "the {d} cabinet")
TOPICS = ("trade", "energy prices", "the border", "water rights", "grain exports", "the budget",
          "refugee returns", "air traffic", "the pipeline", "fishing quotas", "the elections", "port fees",
          "a prisoner exchange", "vaccine supplies", "customs checks", "the railway", "tariffs",
          "the mining licence", "the power grid", "fuel subsidies", "the wage deal", "visa rules",
          "the dam project", "rail freight", "the peace plan", "the aid convoy", "the fishing ban")
FACT_VERBS = (("resumed", "talks on {t}"), ("suspended", "talks on {t}"), ("signed", "an agreement on {t}"),
              ("rejected", "the proposal on {t}"), ("postponed", "the vote on {t}"),
              ("approved", "new rules on {t}"), ("held", "a meeting on {t} in {p}"),
              ("withdrew", "troops from the frontier near {p}"), ("reopened", "the crossing at {p}"),
              ("closed", "the road to {p}"), ("announced", "a review of {t}"), ("cut", "spending on {t}"),
              ("opened", "an inquiry into {t}"), ("agreed", "to share data on {t}"))
FUTURE_VERBS = (("resume", "talks on {t}"), ("sign", "a deal on {t}"), ("raise", "{t} at the summit in {p}"),
                ("send", "a delegation to {p}"), ("lift", "the restrictions on {t}"),
                ("announce", "a decision on {t}"), ("reopen", "the crossing at {p}"))
POSITION_VERBS = (("stop", "interfering in {t}"), ("respect", "the agreement on {t}"),
                  ("reconsider", "its position on {t}"), ("return", "to the table in {p}"),
                  ("pay", "compensation for {t}"))
OPINIONS = ("the deal on {t} is a mistake", "the talks in {p} were a success", "the plan for {t} is unrealistic",
            "the decision on {t} was long overdue", "the crisis over {t} is far from over",
            "the new rules on {t} are unfair")
REWORDINGS = {"talks": "negotiations", "agreement": "accord", "resumed": "restarted", "suspended": "halted",
              "troops": "forces", "frontier": "border", "road": "highway", "meeting": "session",
              "proposal": "offer", "review": "audit", "inquiry": "investigation", "deal": "pact",
              "rejected": "turned down", "postponed": "delayed", "approved": "adopted"}
SHAPES = (("said", 20), ("trailing", 14), ("told", 10), ("quote_after", 8), ("quote_colon", 6),
          ("according", 9), ("quoted", 5), ("publisher", 12), ("dated_event", 5), ("added", 6),
          ("not_confirm", 2), ("denied", 2), ("relayed", 2), ("backed", 3))


def _load_json(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@dataclass
class Lexicon:
    """What the generator borrows from the project's data files."""

    outlets: list[dict[str, Any]]
    countries: list[tuple[str, str]]  # (country, demonym)
    said_forms: list[str]
    non_confirmations: list[str]
    denials: list[str]

    @classmethod
    def from_data(cls) -> Lexicon:
        outlets = [o for o in _load_json("outlets.json")["outlets"] if o.get("kind") != "press_release"]
        countries = [(c["name"], c["demonyms"][0]) for c in _load_json("countries.json")["countries"]
                     if c.get("demonyms")]
        cues = _load_json("cues.json")
        verbs = {v["lemma"]: v["forms"] for v in cues["verbs"]}
        said = [verbs[lemma][2] for lemma in ("say", "state", "add", "note", "explain", "stress", "announce")
                if lemma in verbs and len(verbs[lemma]) > 2] or ["said"]
        negations = [f for group in cues["negations"] for f in group["forms"]
                     if f.endswith("confirm") and "'" not in f] or ["did not confirm"]
        denials = [f for f in verbs.get("deny", []) if f.endswith("ied")] or ["denied"]
        return cls(outlets=outlets, countries=countries, said_forms=said, non_confirmations=negations,
                   denials=denials)


@dataclass
class SpeakerInfo:
    name: str
    kind: str
    anonymous: bool
    role: str | None
    affiliation: str | None
    mention: str  # how the text first names the speaker
    short: str  # how the text names the speaker again

    def as_claimset(self, sid: str) -> dict[str, Any]:
        return {"id": sid, "name": self.name, "aliases": [], "kind": self.kind, "anonymous": self.anonymous,
                "role": self.role, "affiliation": self.affiliation}


@dataclass
class Sentence:
    """One sentence: its pieces and, when it carries a claim, what the claim is."""

    pieces: list[tuple[str, str | None]]  # (text, role): role is speaker, cue, content or None
    speaker: int | None = None  # index into the document's speakers
    outlet: str | None = None
    cue: str | None = None
    form: str = "indirect"
    kind: str = "fact"
    stated_on: str | None = None
    event_on: str | None = None
    link: tuple[str, int] | None = None  # (relation, index of the sentence this one points at)

    @property
    def content(self) -> str:
        return next(text for text, role in self.pieces if role == "content").rstrip(".")


@dataclass
class Story:
    place: str
    topic: str
    facts: list[tuple[str, str]]  # (clause, kind)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Corpus:
    """A deterministic synthetic corpus; see the module docstring."""

    def __init__(self, seed: int = 1, *, claims_per_doc: tuple[int, int] = (20, 60), revised_share: float = 0.1,
                 lexicon: Lexicon | None = None):
        self.seed = seed
        self.claims_per_doc = claims_per_doc
        self.revised_share = revised_share
        self.lexicon = lexicon or Lexicon.from_data()
        rng = random.Random(f"pool-{seed}")
        self._rng_pool = rng
        self.places = self._unique(rng, self._place_name, 4000)
        self.people = self._unique(rng, self._person_name, 6000)
        self.stories: list[Story] = []

    # -- names ---------------------------------------------------------------------------------
    @staticmethod
    def _unique(rng: random.Random, make: Callable[[random.Random], str], n: int) -> list[str]:
        seen: dict[str, None] = {}
        while len(seen) < n:
            seen.setdefault(make(rng))
        return list(seen)

    @staticmethod
    def _place_name(rng: random.Random) -> str:
        return _cap("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) + rng.choice(PLACE_ENDINGS))

    @staticmethod
    def _person_name(rng: random.Random) -> str:
        first = _cap("".join(rng.choice(SYLLABLES) for _ in range(2)))
        last = _cap("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))))
        return f"{first} {last}"

    def _story(self, index: int) -> Story:
        while len(self.stories) <= index:
            rng = random.Random(f"story-{self.seed}-{len(self.stories)}")
            place = self.places[len(self.stories) % len(self.places)]
            topic = rng.choice(TOPICS)
            facts = [self._clause(rng, place=place, topic=topic) for _ in range(rng.randint(5, 9))]
            self.stories.append(Story(place=place, topic=topic, facts=facts))
        return self.stories[index]

    # -- clauses -------------------------------------------------------------------------------
    def _actor(self, rng: random.Random) -> str:
        return rng.choice(ACTORS).format(d=rng.choice(self.lexicon.countries)[1])

    def _clause(self, rng: random.Random, *, place: str, topic: str) -> tuple[str, str]:
        """A claim's content (lower-case start, no final stop) and its kind."""
        roll = rng.random()
        t = topic if rng.random() < 0.7 else rng.choice(TOPICS)
        p = place if rng.random() < 0.7 else rng.choice(self.places)
        if roll < 0.55:
            verb, obj = rng.choice(FACT_VERBS)
            when = rng.choice(("", "", " last week", " on Monday", " after months of delay", " overnight"))
            return f"{self._actor(rng)} {verb} {obj.format(t=t, p=p)}{when}", "fact"
        if roll < 0.75:
            verb, obj = rng.choice(FUTURE_VERBS)
            when = rng.choice(("", " next month", " before the end of the year", " within days"))
            return f"{self._actor(rng)} will {verb} {obj.format(t=t, p=p)}{when}", "prediction"
        if roll < 0.9:
            verb, obj = rng.choice(POSITION_VERBS)
            return f"{self._actor(rng)} must {verb} {obj.format(t=t, p=p)}", "position"
        return rng.choice(OPINIONS).format(t=t, p=p), "opinion"

    @staticmethod
    def _reword(rng: random.Random, clause: str) -> str:
        words = clause.split(" ")
        return " ".join(REWORDINGS.get(w, w) if rng.random() < 0.5 else w for w in words)

    # -- speakers ------------------------------------------------------------------------------
    def _speaker(self, rng: random.Random) -> SpeakerInfo:
        country, demonym = rng.choice(self.lexicon.countries)
        roll = rng.random()
        if roll < 0.5:
            name = rng.choice(self.people)
            title = rng.choice(NAMED_TITLES)
            role = f"{demonym} {title}".title() if title != "general" else "General"
            return SpeakerInfo(name=name, kind="person", anonymous=False, role=role, affiliation=country,
                               mention=f"{demonym} {title.title()} {name}", short=name.split(" ")[-1])
        if roll < 0.65:
            head = rng.choice(INSTITUTION_HEADS)
            name = f"{demonym} {head}".title().replace("'S", "'s")
            return SpeakerInfo(name=name, kind="institution", anonymous=False, role=None, affiliation=country,
                               mention=f"the {name}", short=f"the {head}")
        head = rng.choice(ANONYMOUS_HEADS)
        shape = rng.choice(ANONYMOUS_SHAPES)
        article_d = demonym
        name = shape.format(d=article_d, h=head, hs=head + "s")
        if name.startswith("an ") and article_d[:1].lower() not in "aeiou":
            name = "a " + name[3:]
        if name.startswith("a ") and article_d[:1].lower() in "aeiou" and shape.startswith("a {d}"):
            name = "an " + name[2:]
        return SpeakerInfo(name=name, kind="group" if name.split(" ")[0] not in ("a", "an") else "person",
                           anonymous=True, role=None, affiliation=country, mention=name, short=name)

    # -- documents -----------------------------------------------------------------------------
    def _sentences(self, rng: random.Random, story: Story, n: int, publisher: str,
                   published: date) -> tuple[list[Sentence], list[SpeakerInfo]]:
        speakers = [self._speaker(rng) for _ in range(rng.randint(3, 12))]
        outlets = [o["name"] for o in rng.sample(self.lexicon.outlets, 4)]
        shapes, weights = zip(*SHAPES, strict=True)
        sentences: list[Sentence] = []
        mentioned: set[int] = set()
        last_named: int | None = None
        for _ in range(n):
            shape = rng.choices(shapes, weights)[0]
            if rng.random() < 0.4:
                clause, kind = story.facts[rng.randrange(len(story.facts))]
                clause = self._reword(rng, clause)
            else:
                clause, kind = self._clause(rng, place=story.place, topic=story.topic)
            anonymous_before = [i for i, s in enumerate(sentences)
                                if s.speaker is not None and speakers[s.speaker].anonymous and s.link is None]
            if shape in ("not_confirm", "denied", "relayed") and not anonymous_before:
                shape = "said"
            if shape in ("added", "backed") and (last_named is None or not sentences):
                shape = "trailing"
            sentence = self._sentence(rng, shape, clause, kind, speakers, mentioned, outlets, publisher,
                                      published, sentences, anonymous_before, last_named)
            if sentence.speaker is not None:
                mentioned.add(sentence.speaker)
                if not speakers[sentence.speaker].anonymous:
                    last_named = sentence.speaker
            sentences.append(sentence)
        return sentences, speakers

    def _sentence(self, rng, shape, clause, kind, speakers, mentioned, outlets, publisher, published,
                  before, anonymous_before, last_named) -> Sentence:
        k = rng.randrange(len(speakers))
        sp = speakers[k]
        who = sp.short if k in mentioned else sp.mention
        who_cap = _cap(who)
        said = rng.choice(self.lexicon.said_forms)
        day = published - timedelta(days=rng.randint(0, 6))
        stated = day.isoformat() if rng.random() < 0.35 else None
        if shape == "said":
            return Sentence([(who_cap, "speaker"), (" ", None), (said, "cue"), (" ", None), (clause, "content"),
                             (".", None)], speaker=k, outlet=publisher, cue=said, kind=kind, stated_on=stated)
        if shape == "trailing":
            return Sentence([(_cap(clause), "content"), (", ", None), (who, "speaker"), (" ", None),
                             (said, "cue"), (".", None)], speaker=k, outlet=publisher, cue=said, kind=kind,
                            stated_on=stated)
        if shape == "told":
            outlet = rng.choice(outlets)
            when = f"{MONTHS[day.month - 1]} {day.day}"
            return Sentence([(who_cap, "speaker"), (" ", None), ("told", "cue"), (f" {outlet} on {when} that ", None),
                             (clause, "content"), (".", None)], speaker=k, outlet=outlet, cue="told", kind=kind,
                            stated_on=day.isoformat())
        if shape == "quote_after":
            return Sentence([("“", None), (_cap(clause), "content"), (",” ", None), (who, "speaker"),
                             (" ", None), (said, "cue"), (".", None)], speaker=k, outlet=publisher, cue=said,
                            form="direct", kind=kind, stated_on=stated)
        if shape == "quote_colon":
            return Sentence([(who_cap, "speaker"), (" ", None), (said, "cue"), (": “", None),
                             (_cap(clause) + ".", "content"), ("”", None)], speaker=k, outlet=publisher,
                            cue=said, form="direct", kind=kind, stated_on=stated)
        if shape == "according":
            return Sentence([("According to", "cue"), (" ", None), (who, "speaker"), (", ", None),
                             (clause, "content"), (".", None)], speaker=k, outlet=publisher, cue="according to",
                            kind=kind, stated_on=stated)
        if shape == "quoted":
            outlet = rng.choice(outlets)
            return Sentence([(f"{outlet} ", None), ("quoted", "cue"), (" ", None), (who, "speaker"),
                             (" as saying ", None), (clause, "content"), (".", None)], speaker=k, outlet=outlet,
                            cue="quoted ... saying", kind=kind, stated_on=stated)
        if shape == "publisher":
            return Sentence([(_cap(clause), "content"), (".", None)], speaker=None, outlet=publisher, cue=None,
                            form="unattributed", kind=kind, stated_on=published.isoformat())
        if shape == "dated_event":
            event = published - timedelta(days=rng.randint(1, 120))
            if rng.random() < 0.5:
                lead, event_on = f"In {MONTHS[event.month - 1]} {event.year}, ", f"{event.year}-{event.month:02d}"
            else:
                lead, event_on = (f"On {MONTHS[event.month - 1]} {event.day}, {event.year}, ", event.isoformat())
            return Sentence([(lead, None), (clause, "content"), (".", None)], speaker=None, outlet=publisher,
                            form="unattributed", kind=kind, stated_on=published.isoformat(), event_on=event_on)
        if shape == "added":
            pronoun = rng.choice(("He", "She"))
            return Sentence([(pronoun, "speaker"), (" ", None), ("added", "cue"), (" that ", None),
                             (clause, "content"), (".", None)], speaker=last_named, outlet=publisher,
                            cue="added", kind=kind, stated_on=stated)
        target = rng.choice(anonymous_before) if anonymous_before else len(before) - 1
        target_clause = before[target].content
        if shape == "not_confirm":
            cue = rng.choice(self.lexicon.non_confirmations)
            return Sentence([(who_cap, "speaker"), (" ", None), (cue, "cue"), (" that ", None),
                             (target_clause, "content"), (".", None)], speaker=k, outlet=publisher, cue=cue,
                            kind="fact", stated_on=stated, link=("contradicts", target))
        if shape == "denied":
            cue = rng.choice(self.lexicon.denials)
            return Sentence([(who_cap, "speaker"), (" ", None), (cue, "cue"), (" that ", None),
                             (target_clause, "content"), (".", None)], speaker=k, outlet=publisher, cue=cue,
                            kind="fact", stated_on=stated, link=("contradicts", target))
        if shape == "relayed":
            source = before[target].speaker
            assert source is not None
            outlet = rng.choice(outlets)
            return Sentence([(f"{outlet}, ", None), ("citing", "cue"), (" ", None),
                             (speakers[source].short, "speaker"), (", reported that ", None),
                             (self._reword(rng, target_clause), "content"), (".", None)], speaker=source,
                            outlet=outlet, cue="citing", kind=before[target].kind, stated_on=stated,
                            link=("repeats", target))
        # backed: a named speaker says the same thing as an earlier claim, independently
        return Sentence([(who_cap, "speaker"), (" ", None), ("confirmed", "cue"), (" that ", None),
                         (self._reword(rng, target_clause), "content"), (".", None)], speaker=k, outlet=publisher,
                        cue="confirmed", kind=before[target].kind, stated_on=stated, link=("corroborates", target))

    def _render(self, sentences: list[Sentence], speakers: list[SpeakerInfo], *, slug: str, title: str,
                publisher: str, published: date, version: int) -> dict[str, Any]:
        """Join sentences into paragraphs and build the claim set with exact offsets."""
        parts: list[str] = [title, "\n\n"]
        pos = len(title) + 2
        speaker_ids: dict[int, str] = {}
        outlet_ids: dict[str, str] = {publisher: "o1"}
        claims: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        claim_of: dict[int, str] = {}
        for i, s in enumerate(sentences):
            if i and i % 4 == 0:
                parts.append("\n\n")
                pos += 2
            elif i:
                parts.append(" ")
                pos += 1
            sentence_start = pos
            spans: dict[str, tuple[int, int]] = {}
            content = ""
            for text, role in s.pieces:
                if role:
                    spans[role] = (pos, pos + len(text))
                    if role == "content":
                        content = text
                parts.append(text)
                pos += len(text)
            seq = len(claims) + 1
            cid = f"c{seq}"
            claim_of[i] = cid
            sid = None
            if s.speaker is not None:
                sid = speaker_ids.setdefault(s.speaker, f"s{len(speaker_ids) + 1}")
            oid = outlet_ids.setdefault(s.outlet, f"o{len(outlet_ids) + 1}") if s.outlet else None
            start, end = spans["content"]
            sp_span = spans.get("speaker", (None, None))
            cue_span = spans.get("cue", (None, None))
            claims.append({
                "id": cid, "seq": seq, "start": start, "end": end, "text": content,
                "sentence_start": sentence_start, "sentence_end": pos, "speaker": sid,
                "speaker_start": sp_span[0], "speaker_end": sp_span[1], "outlet": oid, "cue": s.cue,
                "cue_start": cue_span[0], "cue_end": cue_span[1], "form": s.form, "stated_on": s.stated_on,
                "event_on": s.event_on, "kind": s.kind, "status": "unconfirmed", "reason": "", "reviewed_by": None,
            })
            if s.link is not None and s.link[1] in claim_of:
                links.append({"source": cid, "target": claim_of[s.link[1]], "relation": s.link[0], "by": "rule",
                              "reason": None})
        parts.append("\n")
        text = "".join(parts)
        by_local = {v: speakers[k] for k, v in speaker_ids.items()}
        _apply_statuses(claims, links, by_local, {v: k for k, v in outlet_ids.items()})
        return {
            "format": "provenance-claimset", "format_version": 1,
            "document": {"slug": slug, "title": title, "outlet": publisher, "url": f"https://news.invalid/{slug}",
                         "language": "en", "version": version, "published": published.isoformat(), "text": text},
            "speakers": [speakers[k].as_claimset(v) for k, v in speaker_ids.items()],
            "outlets": [{"id": v, "name": k, "aliases": [], "country": None} for k, v in outlet_ids.items()],
            "claims": claims,
            "links": links,
        }

    def documents(self) -> Iterator[list[dict[str, Any]]]:
        """Every document in turn, as the claim sets of its versions (oldest first)."""
        index = 0
        while True:
            rng = random.Random(f"doc-{self.seed}-{index}")
            story = self._story(index // 4 + rng.randrange(3) if index >= 8 else index // 4)
            publisher_entry = rng.choice(self.lexicon.outlets)
            publisher = publisher_entry["name"]
            published = date(2019, 1, 1) + timedelta(days=rng.randrange(7 * 365))
            n = rng.randint(*self.claims_per_doc)
            sentences, speakers = self._sentences(rng, story, n, publisher, published)
            ascii_place = unicodedata.normalize("NFKD", story.place).encode("ascii", "ignore").decode()
            slug = slugify(f"{ascii_place}-{story.topic.split()[-1]}-{index:07d}")
            title = f"{story.place}: {_cap(story.facts[0][0])}"
            versions = [self._render(sentences, speakers, slug=slug, title=title, publisher=publisher,
                                     published=published, version=1)]
            if rng.random() < self.revised_share:
                revised = list(sentences)
                for _ in range(rng.randint(1, 3)):
                    j = rng.randrange(len(revised))
                    old = revised[j]
                    if old.link is None:
                        pieces = [(self._reword(rng, t) if role == "content" else t, role) for t, role in old.pieces]
                        revised[j] = Sentence(pieces, **{k: getattr(old, k) for k in (
                            "speaker", "outlet", "cue", "form", "kind", "stated_on", "event_on")})
                if len(revised) > 2 and revised[-1].link is None:
                    revised.pop()
                clause, kind = self._clause(rng, place=story.place, topic=story.topic)
                revised.append(Sentence([(_cap(clause), "content"), (".", None)], outlet=publisher, form="unattributed",
                                        kind=kind, stated_on=(published + timedelta(days=1)).isoformat()))
                versions.append(self._render(revised, speakers, slug=slug, title=title, publisher=publisher,
                                             published=published + timedelta(days=1), version=2))
            yield versions
            index += 1

    def claimsets(self, n_claims: int) -> Iterator[dict[str, Any]]:
        """Claim sets (every version of every document) until at least `n_claims` claims were given."""
        total = 0
        for versions in self.documents():
            for data in versions:
                yield data
                total += len(data["claims"])
            if total >= n_claims:
                return

    def articles(self, n_docs: int) -> Iterator[tuple[str, str]]:
        """(file name, file text) of the first version of `n_docs` articles, with a metadata header."""
        for i, versions in enumerate(self.documents()):
            if i >= n_docs:
                return
            doc = versions[0]["document"]
            header = (f"---\ntitle: {doc['title']}\noutlet: {doc['outlet']}\npublished: {doc['published']}\n"
                      f"url: {doc['url']}\nlanguage: en\n---\n")
            yield f"{doc['slug']}.txt", header + doc["text"]


def _apply_statuses(claims: list[dict[str, Any]], links: list[dict[str, Any]], speakers: dict[str, SpeakerInfo],
                    outlets: dict[str, str]) -> None:
    """The generator's own simple status rules (independent of provenance.rules, so the corpus is fixed)."""
    by_id = {c["id"]: c for c in claims}
    incoming: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for link in links:
        incoming.setdefault(link["target"], []).append((link["relation"], by_id[link["source"]]))
    for c in claims:
        sp = speakers.get(c["speaker"]) if c["speaker"] else None
        relations = incoming.get(c["id"], [])
        contradicted = [o for r, o in relations if r == "contradicts"]
        backed = [o for r, o in relations if r == "corroborates"]
        if contradicted:
            other = contradicted[0]
            who = speakers[other["speaker"]].name if other["speaker"] else "another source"
            if "confirm" in (other["cue"] or ""):
                c["status"], c["reason"] = "unconfirmed", f"{who} did not confirm"
            else:
                c["status"], c["reason"] = "disputed", f"contradicted by {who}"
        elif backed:
            who = speakers[backed[0]["speaker"]].name if backed[0]["speaker"] else "another source"
            c["status"], c["reason"] = "corroborated", f"corroborated by {who}"
        elif sp is None:
            c["status"], c["reason"] = "unconfirmed", "unattributed statement of the publisher"
        elif sp.anonymous:
            via = outlets.get(c["outlet"] or "", "")
            c["status"], c["reason"] = "unconfirmed", f"single anonymous source ({sp.name}{', via ' + via if via else ''})"
        else:
            c["status"], c["reason"] = "confirmed", f"on the record from {sp.name}"


# -- rows for a database -------------------------------------------------------------------------

TABLE_ORDER = ("outlet", "speaker", "document", "version", "claim", "link", "event")


@dataclass
class RowBuilder:
    """Claim sets -> table rows with database ids; speakers and outlets stay unique across documents.

    Rows are plain dicts keyed by column name (datetimes as `datetime`, booleans as `bool`), the
    shape SQLAlchemy Core `insert(table)` takes for executemany.
    """

    next_id: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLE_ORDER, 1))
    outlets: dict[str, int] = field(default_factory=dict)
    speakers: dict[tuple[str, bool], int] = field(default_factory=dict)
    documents: dict[str, tuple[int, int]] = field(default_factory=dict)  # slug -> (id, last version)
    clock: datetime = field(default_factory=lambda: datetime(2025, 6, 1, tzinfo=UTC))

    def _id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def _outlet(self, name: str, rows: dict[str, list[dict[str, Any]]]) -> int:
        if name not in self.outlets:
            self.outlets[name] = oid = self._id("outlet")
            rows["outlet"].append({"id": oid, "name": name, "aliases": "[]", "country": None})
        return self.outlets[name]

    def rows(self, data: dict[str, Any], rows: dict[str, list[dict[str, Any]]] | None = None
             ) -> dict[str, list[dict[str, Any]]]:
        """Append the rows of one claim set to `rows` (a dict of lists per table) and return it."""
        from hashlib import sha256

        rows = rows if rows is not None else {t: [] for t in TABLE_ORDER}
        doc = data["document"]
        publisher = self._outlet(doc["outlet"], rows) if doc.get("outlet") else None
        self.clock += timedelta(seconds=1)
        if doc["slug"] in self.documents:
            doc_id, number = self.documents[doc["slug"]]
            number += 1
        else:
            doc_id, number = self._id("document"), 1
            rows["document"].append({"id": doc_id, "slug": doc["slug"], "title": doc["title"], "outlet_id": publisher,
                                     "url": doc["url"], "language": doc["language"], "created_at": self.clock})
        self.documents[doc["slug"]] = (doc_id, number)
        version_id = self._id("version")
        rows["version"].append({"id": version_id, "document_id": doc_id, "number": number,
                                "sha256": sha256(doc["text"].encode("utf-8")).hexdigest(), "text": doc["text"],
                                "published": doc["published"], "ingested_at": self.clock})
        outlet_ids = {o["id"]: self._outlet(o["name"], rows) for o in data["outlets"]}
        speaker_ids = {}
        for s in data["speakers"]:
            key = (s["name"], bool(s["anonymous"]))
            if key not in self.speakers:
                self.speakers[key] = self._id("speaker")
                rows["speaker"].append({"id": self.speakers[key], "name": s["name"], "aliases": "[]", "kind": s["kind"],
                                        "anonymous": bool(s["anonymous"]), "role": s.get("role"),
                                        "affiliation": s.get("affiliation")})
            speaker_ids[s["id"]] = self.speakers[key]
        claim_ids = {}
        for c in data["claims"]:
            claim_ids[c["id"]] = cid = self._id("claim")
            rows["claim"].append({
                "id": cid, "version_id": version_id, "seq": c["seq"], "char_start": c["start"], "char_end": c["end"],
                "text": c["text"], "sentence_start": c["sentence_start"], "sentence_end": c["sentence_end"],
                "speaker_id": speaker_ids.get(c["speaker"]) if c["speaker"] else None,
                "speaker_start": c["speaker_start"], "speaker_end": c["speaker_end"],
                "outlet_id": outlet_ids.get(c["outlet"]) if c["outlet"] else None, "cue": c["cue"],
                "cue_start": c["cue_start"], "cue_end": c["cue_end"], "form": c["form"], "stated_on": c["stated_on"],
                "event_on": c["event_on"], "kind": c["kind"], "status": c["status"], "reason": c["reason"],
                "reviewed_by": c["reviewed_by"], "fingerprint": fingerprint(c["text"]),
            })
        for lk in data["links"]:
            rows["link"].append({"id": self._id("link"), "source_id": claim_ids[lk["source"]],
                                 "target_id": claim_ids[lk["target"]], "relation": lk["relation"],
                                 "created_by": lk.get("by") or "rule", "reason": lk.get("reason"),
                                 "created_at": self.clock})
        rows["event"].append({"id": self._id("event"), "at": self.clock, "actor": "generator", "action": "import",
                              "document_id": doc_id, "claim_id": None, "old": None, "new": f"version {number}",
                              "reason": f"{len(data['claims'])} claims, {len(data['links'])} links"})
        return rows


def large_claimset(n: int, *, version: int = 1, slug: str = "huge", title: str = "A long list",
                   speakers: int | None = None, links: int = 1000, reviewed_every: int | None = None) -> dict[str, Any]:
    """One version of `n` one-sentence claims of six rare words each (the rules find few similar claims).

    Claim i is by speaker `i % speakers` (one speaker a claim by default); every other claim from the
    second repeats the one before it, `links` links at most; with `reviewed_every`, every such claim from
    the first is reviewed by "ana". Version 2 rewords every sentence (it ends in "too"). The same
    arguments give the same claim set: for size tests and benchmarks that need one large version.
    """
    rng = random.Random(n)
    words = [f"w{k:x}" for k in range(50_000)]
    end = "." if version == 1 else " too."
    sentences = [" ".join(rng.choices(words, k=6)) + end for _ in range(n)]
    n_speakers = max(1, n if speakers is None else speakers)
    claims, start = [], 0
    for i, sentence in enumerate(sentences):
        reviewed = reviewed_every is not None and i % reviewed_every == 0
        claims.append({"id": f"c{i + 1}", "seq": i + 1, "start": start, "end": start + len(sentence) - 1,
                       "text": sentence[:-1], "sentence_start": start, "sentence_end": start + len(sentence),
                       "speaker": f"s{i % n_speakers + 1}", "outlet": "o1", "cue": "said", "form": "indirect",
                       "stated_on": None, "event_on": None, "kind": "fact", "status": "unconfirmed",
                       "reason": "single source", "reviewed_by": "ana" if reviewed else None})
        start += len(sentence) + 1
    return {
        "format": "provenance-claimset", "format_version": 1,
        "document": {"slug": slug, "title": title, "outlet": "Example Gazette", "url": None, "language": "en",
                     "version": version, "published": "2025-03-04", "text": " ".join(sentences)},
        "speakers": [{"id": f"s{i + 1}", "name": f"Speaker {i}", "aliases": [], "kind": "person",
                      "anonymous": False, "role": None, "affiliation": None} for i in range(n_speakers)],
        "outlets": [{"id": "o1", "name": "Example Gazette", "aliases": [], "country": None}],
        "claims": claims,
        "links": [{"source": f"c{i + 2}", "target": f"c{i + 1}", "relation": "repeats", "by": "rule",
                   "reason": "same"} for i in range(0, min(links * 2, n - 1), 2)],
    }


def load(url: str, n_claims: int, *, seed: int = 1, batch_claims: int = 50_000,
         progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Fill the database at `url` (migrated on open) with about `n_claims` generated claims.

    Rows go through SQLAlchemy Core executemany, one transaction per batch of about
    `batch_claims` claims. Returns the number of rows written per table.
    """
    from sqlalchemy import insert
    from sqlmodel import SQLModel

    from provenance.db import open_database

    db = open_database(url)
    tables = SQLModel.metadata.tables
    builder = RowBuilder()
    counts = dict.fromkeys(TABLE_ORDER, 0)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLE_ORDER}

    def flush() -> None:
        with db.engine.begin() as conn:
            for table in TABLE_ORDER:
                if rows[table]:
                    conn.execute(insert(tables[table]), rows[table])
                    counts[table] += len(rows[table])
                    rows[table].clear()
        if progress is not None:
            progress(counts["claim"])

    try:
        for data in Corpus(seed).claimsets(n_claims):
            builder.rows(data, rows)
            if len(rows["claim"]) >= batch_claims:
                flush()
        flush()
        # SQLite keeps no statistics unless someone runs ANALYZE, and the project never does: the
        # benchmark database is left the same way, so the plans measured are the plans users get.
        # PostgreSQL's autovacuum analyses tables on its own; doing it now makes timing independent of it.
        if not db.is_sqlite:
            with db.engine.begin() as conn:
                for table in TABLE_ORDER:
                    conn.exec_driver_sql(f"ANALYZE {table}")
                # ids were given explicitly: move the sequences past them
                for table in TABLE_ORDER:
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)")
    finally:
        db.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("articles", help="write article files (.txt with a metadata header)")
    a.add_argument("out", type=Path)
    a.add_argument("--docs", type=int, default=100)
    c = sub.add_parser("claimsets", help="write claim-set files (.claims.json)")
    c.add_argument("out", type=Path)
    c.add_argument("--claims", type=int, default=5000)
    ld = sub.add_parser("load", help="fill a database with generated claims through Core executemany")
    ld.add_argument("--db", required=True, help="SQLite path or postgresql+psycopg:// URL")
    ld.add_argument("--claims", type=int, default=100_000)
    for p in (a, c, ld):
        p.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    corpus = Corpus(args.seed)
    if args.command == "articles":
        args.out.mkdir(parents=True, exist_ok=True)
        for name, text in corpus.articles(args.docs):
            (args.out / name).write_text(text, encoding="utf-8")
        print(f"wrote {args.docs} articles to {args.out}", file=sys.stderr)
    elif args.command == "claimsets":
        from provenance import claimset

        args.out.mkdir(parents=True, exist_ok=True)
        n = 0
        for data in corpus.claimsets(args.claims):
            name = f"{data['document']['slug']}.v{data['document']['version']}.claims.json"
            (args.out / name).write_text(claimset.dump(data), encoding="utf-8")
            n += 1
        print(f"wrote {n} claim sets to {args.out}", file=sys.stderr)
    else:
        started = time.perf_counter()
        counts = load(args.db, args.claims, seed=args.seed,
                      progress=lambda n: print(f"\r{n} claims", end="", file=sys.stderr))
        print(f"\nloaded {counts} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
