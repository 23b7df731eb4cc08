"""The shipped attribution model: it loads, it is versioned, and extraction with it is deterministic."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance.claimset import canonical, dump, validate
from provenance.cli import cli
from provenance.extract import extract_claimset
from provenance.extract import model as crf

TEXT = (
    "Most voters believe the economy is getting worse, a new poll shows.\n\n"
    "The senator wants to cut taxes for small firms. Her aides expect the bill to pass in March.\n\n"
    "\u201cWe will not back down,\u201d the governor told reporters on Monday, adding that the state "
    "would appeal. Critics argue the ruling changes little."
)


def test_shipped_model_loads_and_is_versioned():
    model = crf.shipped()
    raw = json.loads(resources.files("provenance").joinpath("data", crf.VERSION_NAME).read_text())
    assert raw["version"] == crf.version() == model.meta.version
    assert crf.version().startswith("crf-2.")
    assert set(model.labels) == {"O", "B-C", "I-C", "B-Q", "I-Q", "B-S", "I-S"}


def _shipped_raw() -> dict:
    return json.loads(resources.files("provenance").joinpath("data", crf.MODEL_NAME).read_text(encoding="utf-8"))


def test_shipped_version_is_the_digest_of_its_content():
    from provenance import train

    raw = _shipped_raw()
    assert raw["version"] == train.version_of({k: v for k, v in raw.items() if k != "version"})


def test_shipped_model_carries_the_frozen_word_classes_training_reads():
    """A refresh of the frozen classes without retraining (or a model trained from other classes)
    fails here: the model's classes, and the cue words they give, are what `make train` reads."""
    from provenance import train

    raw = _shipped_raw()
    frozen = train.read_classes()
    assert raw["classes"] == frozen
    assert {w for c in ("cue", "mental", "phrase") for w in frozen[c]} <= set(raw["cues"])
    words = [w for ws in frozen.values() for w in ws]
    assert len(words) == len(set(words)) and all(w == w.lower() and " " not in w for w in words)
    assert crf.shipped().features.classes == {w: c for c, ws in frozen.items() for w in ws}


def test_the_features_read_the_models_own_classes():
    """The word classes come with the model, not from today's lexicon: a model whose classes say
    'forecaster' is a cue word sees it as one, whatever titles.json says."""
    raw = _shipped_raw()
    raw["classes"] = {**raw["classes"], "cue": sorted({*raw["classes"]["cue"], "forecaster"})}
    raw["classes"]["title"] = [w for w in raw["classes"]["title"] if w != "forecaster"]
    own = crf.Model(raw).features.sequence(["The", "forecaster", "said"])[1]
    assert "l=cue" in own and "l=title" not in own


def test_version_option_names_the_model():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert f"attribution model {crf.version()}" in result.output


def test_proposals_are_spans_of_the_text():
    props = crf.propose(TEXT)
    assert props
    for p in props:
        for a, b in [*p.content, *(s for s in (p.cue, p.source) if s)]:
            assert 0 <= a < b <= len(TEXT)


def test_extraction_is_deterministic_across_fresh_models():
    first = extract_claimset(TEXT, slug="t")
    crf.shipped.cache_clear()  # a cold model: no word forms met yet
    second = extract_claimset(TEXT, slug="t")
    assert first == second
    assert first["extractor"] == {"model": crf.version()}


def test_rules_alone_on_request():
    cs = extract_claimset(TEXT, slug="t", use_model=False)
    assert cs["extractor"] == {"model": None}
    with_model = extract_claimset(TEXT, slug="t")
    assert len(with_model["claims"]) >= len(cs["claims"])


def test_claim_set_with_extractor_key_is_valid():
    seed = json.loads((Path(__file__).parent.parent / "seeds" / "azerbaijan-mediation.claims.json").read_text())
    seed["extractor"] = extract_claimset(TEXT, slug="t")["extractor"]
    assert validate(json.loads(dump(seed)))["extractor"]["model"] == crf.version()
    assert "extractor" not in canonical({k: v for k, v in seed.items() if k != "extractor"})


@pytest.mark.parametrize("text", ["", "\n\n", "said", "\u201c", "x" * 5, "A.\n\nB said C."])
def test_odd_texts(text):
    for p in crf.propose(text):
        assert all(0 <= a < b <= len(text) for a, b in p.content)


def _toy_corpus() -> list[dict]:
    """Articles written for this test, annotated the PolNeAR way (character offsets)."""
    docs = []
    for i, (who, cue, what) in enumerate([("The mayor", "said", "the bridge would reopen"),
                                          ("Officials", "believe", "the dam is safe"),
                                          ("A new poll", "shows", "most voters want change"),
                                          ("The senator", "told reporters", "taxes would fall"),
                                          ("Ana Costa", "argued", "the plan was too costly"),
                                          ("The union", "warned", "a strike could follow")]):
        text = f"{who} {cue} {what}.\n\nThe weather was mild on day {i}."
        c = text.index(cue)
        w = text.index(what)
        docs.append({"text": text, "attributions": [{
            "has_source": True, "source": who, "source_frags": [[0, len(who)]], "source_span": [0, len(who)],
            "cue": cue, "cue_frags": [[c, c + len(cue)]], "cue_span": [c, c + len(cue)],
            "content": what, "content_frags": [[w, w + len(what)]], "content_span": [w, w + len(what)]}]})
    return docs


def test_training_gives_the_same_files_from_the_same_data(tmp_path):
    pytest.importorskip("pycrfsuite")
    from provenance import train

    docs = _toy_corpus()
    for out in ("a", "b"):
        train.train(docs, str(tmp_path / out), {"max_iterations": 20})
    for name in (crf.MODEL_NAME, crf.VERSION_NAME):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    toy = crf.Model(json.loads((tmp_path / "a" / crf.MODEL_NAME).read_text()))
    assert toy.propose(docs[0]["text"]) == toy.propose(docs[0]["text"])


def test_a_fold_holds_out_every_nth_article_from_the_one_named():
    from provenance import train

    docs = [{"text": str(i)} for i in range(12)]
    rest, held = train.fold(docs, 5, 2)
    assert [d["text"] for d in held] == ["2", "7"]
    assert len(rest) == 10 and not {d["text"] for d in rest} & {"2", "7"}
    assert [d["text"] for d in train.fold(docs, 5)[1]] == ["0", "5", "10"]
    with pytest.raises(ValueError):
        train.fold(docs, 5, 5)


def test_holdout_training_scores_the_fold_and_leaves_the_shipped_model_alone(tmp_path, capsys):
    pytest.importorskip("pycrfsuite")
    from provenance import train

    corpus = tmp_path / "train.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in _toy_corpus()), encoding="utf-8")
    shipped = resources.files("provenance").joinpath("data", crf.MODEL_NAME).read_bytes()
    assert train.main(["--train", str(corpus), "--holdout", "3", "--holdout-at", "1",
                       "--param", "max_iterations=5"]) == 0
    assert resources.files("provenance").joinpath("data", crf.MODEL_NAME).read_bytes() == shipped
    assert "rules+model" in capsys.readouterr().out
    for bad in (["--holdout", "3", "--holdout-at", "3"], ["--holdout-at", "1"], ["--holdout", "1"]):
        with pytest.raises(SystemExit) as exit_:
            train.main(["--train", str(corpus), *bad])
        assert exit_.value.code == 2


def test_score_only_decodes_with_the_bias_given(tmp_path, capsys):
    """--score-only --bias scores the stored model with that decoding bias instead of its own: a bias
    against every role leaves the model nothing to propose."""
    pytest.importorskip("pycrfsuite")
    from provenance import train

    corpus = tmp_path / "train.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in _toy_corpus()), encoding="utf-8")
    out = str(tmp_path / "m")
    assert train.main(["--train", str(corpus), "--output", out, "--param", "max_iterations=30"]) == 0
    score = ["--score-only", "--dev", str(corpus), "--output", out]
    capsys.readouterr()
    assert train.main(score) == 0
    assert "model only   content P/R/F1 0.0000/0.0000" not in capsys.readouterr().out
    assert train.main([*score, "--bias", "O=100"]) == 0
    assert "model only   content P/R/F1 0.0000/0.0000" in capsys.readouterr().out
    assert json.loads((tmp_path / "m" / crf.MODEL_NAME).read_text())["bias"] == train.DECODE_BIAS


def test_training_reads_the_frozen_classes_not_the_lexicon(tmp_path):
    pytest.importorskip("pycrfsuite")
    from provenance import train

    docs = _toy_corpus()
    classes = {"cue": ["zorbled"], "title": ["mayor"]}
    path = tmp_path / "classes.json"
    train.write_classes(classes, path)
    assert train.read_classes(path) == classes
    train.train(docs, str(tmp_path / "m"), {"max_iterations": 5}, classes=train.read_classes(path))
    raw = json.loads((tmp_path / "m" / crf.MODEL_NAME).read_text())
    assert raw["classes"] == classes and "zorbled" in raw["cues"]
    assert crf.Model(raw).features.classes == {"zorbled": "cue", "mayor": "title"}


def test_refreshed_classes_come_from_the_lexicon():
    from provenance import train
    from provenance.extract.lexicon import lexicon

    today = train.lexicon_classes()
    assert "said" in today["cue"] and today["mental"] and today["given"]
    assert all(ws == sorted(ws) for ws in today.values())
    assert set(today["title"]) <= {w for w in lexicon().titles}
    # a word that only opens a longer cue is no cue word of its own, nor does it take an auxiliary's class
    by_first = lexicon().cues_by_first
    for word in today.get("cue-part", []):
        assert all(len(c.words) > 1 and not c.phrase for c in by_first[word])
    assert all(any(len(c.words) == 1 for c in by_first[w]) for w in today["cue"])
    assert "not" not in today["cue"] and "will" not in today["cue"]


ODD = (TEXT + "\n\nIt's O'Brien’s 5-to-4 “vote” — Zzqxv-Plorb reportedly said (again) 3.5% [sic]...\n"
       "next line joins\n\n\u00abQuoted\u00bb, écrit-il; 東京 \"straight\" 'single' A.B.C. x")


def test_document_tokens_are_the_paragraphs_tokens():
    import numpy as np

    for text in (ODD, "", "  \n\n x", "w " * 900):
        words, starts, ends, first = crf.document_tokens(np, text)
        runs = [toks[i:i + crf._RUN] for toks in (crf.tokens(text, a, b) for a, b in crf.paragraphs(text))
                for i in range(0, len(toks), crf._RUN)]
        assert list(zip(starts, ends, strict=True)) == [t for run in runs for t in run]
        assert words == [text[a:b] for a, b in zip(starts, ends, strict=True)]
        assert np.flatnonzero(first).tolist() == np.cumsum([0] + [len(r) for r in runs[:-1]]).tolist()[:len(runs)]


def test_emissions_are_the_sums_of_the_training_features():
    """The tables the model sums a word's features from give what the trainer's feature strings do."""
    import numpy as np

    model = crf.shipped()
    model.forget()
    words, _, _, first = crf.document_tokens(np, ODD)
    got = model.emissions(words, first)
    starts = np.flatnonzero(first).tolist() + [len(words)]
    expected = []
    for a, b in zip(starts, starts[1:], strict=False):
        for feats in model.features.sequence(words[a:b]):
            expected.append(sum(model.weights[model.index.get(f, 0)] for f in feats))
    expected = np.array(expected)
    expected += model.bias
    assert np.allclose(got, expected)


def test_the_models_claim_replaces_the_publishers_statement():
    text = ("The port reopened on Monday after a week-long strike.\n\n"
            "Shipping analysts estimate the strike cost exporters about 40 million euros.")
    claims = extract_claimset(text, slug="t")["claims"]
    estimate = [c for c in claims if "40 million" in c["text"]]
    assert len(estimate) == 1 and estimate[0]["form"] == "indirect"
    assert estimate[0]["text"] == "the strike cost exporters about 40 million euros"
    assert [c["form"] for c in claims if "reopened" in c["text"]] == ["unattributed"]


def test_a_short_attributed_phrase_leaves_the_publishers_statement():
    from types import SimpleNamespace as Claim

    from provenance.extract.combine import without_replaced

    own = Claim(form="unattributed", start=0, end=100)
    quoted = Claim(form="direct", start=10, end=90)
    assert without_replaced([own, quoted], [Claim(form="indirect", start=50, end=100)]) == [quoted]
    assert without_replaced([own], [Claim(form="indirect", start=70, end=100)]) == [own]
    assert without_replaced([own], [Claim(form="indirect", start=0, end=30), Claim(form="indirect", start=40, end=60)]) \
        == []


def test_only_a_cue_the_lexicon_knows_replaces_the_publishers_statement():
    """A statement half covered by an added claim is that claim's speaker's when its cue is one of the
    lexicon's (after auxiliaries and adverbs), or a quotation going on; a cue the model guessed
    ('timetables focused on', 'is widely regarded by') leaves the statement beside it."""
    from types import SimpleNamespace as Claim

    from provenance.extract.combine import without_replaced

    own = Claim(form="unattributed", start=0, end=100)
    for cue in ("said", "has also warned", "told reporters", "reads:", None):
        assert without_replaced([own], [Claim(form="indirect", start=40, end=100, cue=cue)]) == [], cue
    for cue in ("timetables focused on", "is widely regarded by", ":"):
        assert without_replaced([own], [Claim(form="indirect", start=40, end=100, cue=cue)]) == [own], cue


def test_export_gives_the_extractor_the_version_was_read_with(run, tmp_path):
    """A claim set exported from the database names the model that extracted it, as at ingest;
    one imported without an extractor record comes back without one; a backup keeps it."""
    article = tmp_path / "budget.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert run("ingest", str(article)).exit_code == 0
    exported = json.loads(run("export", "budget", "--format", "claimset").stdout)
    assert exported["extractor"] == {"model": crf.version()}

    seed = Path(__file__).parent.parent / "seeds" / "azerbaijan-mediation.claims.json"
    assert run("import", str(seed)).exit_code == 0
    slug = json.loads(seed.read_text())["document"]["slug"]
    assert "extractor" not in json.loads(run("export", slug, "--format", "claimset").stdout)

    backup = tmp_path / "all.backup"
    assert run("backup", str(backup)).exit_code == 0
    fresh = tmp_path / "fresh.db"
    fresh.touch()
    assert run("restore", str(backup), db=str(fresh)).exit_code == 0
    again = json.loads(run("export", "budget", "--format", "claimset", db=str(fresh)).stdout)
    assert again["extractor"] == {"model": crf.version()}


def test_a_full_word_table_starts_again_without_losing_the_documents_words(monkeypatch):
    """When a document's new words overflow the table, the table restarts from all of this document's
    words, not only the new ones (it lost the known ones, a KeyError after a few hundred articles)."""
    import numpy as np

    model = crf.shipped()
    expected = model.propose(ODD)
    monkeypatch.setattr(crf, "_WORD_ROWS", 40)
    model.forget()
    try:
        for text in (TEXT, ODD, "w " * 900 + TEXT, ODD):
            model.propose(text)
        assert len(model.words) <= max(40, len(set(crf.document_tokens(np, ODD)[0])))
        assert model.propose(ODD) == expected
    finally:
        monkeypatch.undo()
        model.forget()


def test_a_cue_without_a_source_takes_the_source_of_the_cue_just_before():
    """'Trump told reporters the plan was dead, adding that ...': the tagger labels the source once;
    the second cue shares it when close enough, never one far before it."""
    text = "Trump told reporters the plan was dead, adding that talks would go on."
    toks = crf.tokens(text, 0, len(text))
    starts, ends = [a for a, _ in toks], [b for _, b in toks]
    words = [text[a:b] for a, b in toks]
    at = words.index
    spans = [("S", 0, 1), ("Q", 1, 2), ("C", at("the"), at(",")), ("Q", at("adding"), at("adding") + 1),
             ("C", at("that"), len(words) - 1)]
    first, second = crf.group(spans, starts, ends)
    assert first.source == second.source == (0, 5)
    far = crf.group([("S", 0, 1), ("Q", 1, 2), ("C", 2, 3)] + [("Q", len(words) - 3, len(words) - 2),
                                                            ("C", len(words) - 2, len(words) - 1)],
                    [s * 40 for s in starts], [e * 40 for e in ends])
    assert far[1].source is None


def _cluster_corpus() -> list[dict]:
    """Invented articles in which two families of words fill two different slots."""
    verbs = ["zorbled", "plimmed", "quanted", "trasked", "vembled", "dornished"]
    nouns = ["gadrow", "pelnick", "sorvane", "talbery", "munchet", "ferlow"]
    docs = []
    for i in range(12):
        paras = [f"The {nouns[(i + j) % 6]} {verbs[(i + 2 * j) % 6]} that the {nouns[(i + j + 1) % 6]} was late."
                 for j in range(6)]
        docs.append({"text": "\n\n".join(paras), "attributions": []})
    return docs


def test_word_clusters_put_words_of_one_slot_together(monkeypatch):
    from provenance import train

    monkeypatch.setattr(train, "CLUSTER_MIN", 2)
    monkeypatch.setattr(train, "CLUSTER_SIZES", (2, 3))
    monkeypatch.setattr(train, "CLUSTER_DIMS", 4)
    docs = _cluster_corpus()
    vocab = train.word_lists(docs, {})["vocab"]
    clusters = train.word_clusters(docs, vocab)
    assert set(clusters) <= set(vocab) and clusters == train.word_clusters(docs, vocab)
    verbs = {tuple(clusters[w]) for w in ("zorbled", "plimmed", "quanted", "trasked", "vembled", "dornished")}
    nouns = {tuple(clusters[w]) for w in ("gadrow", "pelnick", "sorvane", "talbery", "munchet", "ferlow")}
    assert len(verbs) == len(nouns) == 1 and verbs != nouns
    assert {c[0] for c in verbs} != {c[0] for c in nouns}  # apart at the coarsest granularity too


def test_a_model_with_word_clusters_sums_its_tables_as_training_features_say(tmp_path, monkeypatch):
    """A model trained with distributional classes: its tables give what the trainer's features say, and a
    word of a class reads that class's features for itself and its neighbours."""
    pytest.importorskip("pycrfsuite")
    import numpy as np

    from provenance import train

    monkeypatch.setattr(train, "CLUSTER_MIN", 2)
    monkeypatch.setattr(train, "CLUSTER_SIZES", (2, 3, 4))
    monkeypatch.setattr(train, "CLUSTER_DIMS", 4)
    docs = _cluster_corpus() + _toy_corpus()
    assert not train.train(docs, str(tmp_path / "plain"), {"max_iterations": 2}).meta.clusters
    model = train.train(docs, str(tmp_path / "m"), {"max_iterations": 10}, clusters=True)
    assert model.meta.clusters and set(model.meta.clusters) <= model.meta.vocab
    feats = model.features.sequence(["The", "gadrow", "zorbled", "that"])
    ks = model.meta.clusters["zorbled"]
    assert f"k2={ks[2]}" in feats[2] and f"-1k0={ks[0]}" in feats[3] and f"+1k1={ks[1]}" in feats[1]
    text = docs[0]["text"] + "\n\n" + ODD + "\n\nAccording to the gadrow, \u201cthe pelnick zorbled,\u201d it said."
    words, _, _, first = crf.document_tokens(np, text)
    got = model.emissions(words, first)
    starts = np.flatnonzero(first).tolist() + [len(words)]
    expected = [sum(model.weights[model.index.get(f, 0)] for f in fs)
                for a, b in zip(starts, starts[1:], strict=False) for fs in model.features.sequence(words[a:b])]
    assert np.allclose(got, np.array(expected) + model.bias)
