"""Speakers and outlets merged and split by a reviewer (issue 13): claims move, names become
aliases, each change is an event, statuses are recomputed, and bad ids change nothing."""

from __future__ import annotations

import json

import pytest

from conftest import dump_database

FIRST = ("---\ntitle: Depot\noutlet: Harbour Gazette\npublished: 2025-05-20\n---\n"
         "Thomas Lind, a professor at the Harbour Institute, said the depot would close in June.\n")
SECOND = ("---\ntitle: Depot again\noutlet: Valley Herald\npublished: 2025-05-21\n---\n"
          "The depot would close in June, said Lind.\n")


@pytest.fixture
def two_documents(run, tmp_path):
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run("ingest", str(tmp_path / "first.txt"), str(tmp_path / "second.txt")).exit_code == 0
    return {s["name"]: s["id"] for s in listing(run, "speakers")}


def listing(run, *args):
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def claims_by_speaker(run):
    return sorted((c["doc"], c["speaker"]) for c in listing(run, "claims"))


def test_merging_two_speakers_moves_claims_keeps_names_and_records_it(run, two_documents):
    result = run("speakers", "merge", str(two_documents["Thomas Lind"]), str(two_documents["Lind"]),
                 "--reason", "the same professor", "--by", "ana")
    assert result.exit_code == 0, result.output
    assert claims_by_speaker(run) == [("first", "Thomas Lind"), ("second", "Thomas Lind")]
    assert [s["name"] for s in listing(run, "speakers")] == ["Thomas Lind"]
    events = listing(run, "history", "--action", "speaker merge")
    assert [(e["actor"], e["reason"]) for e in events] == [("ana", "the same professor")]
    # one source twice is no corroboration: statuses were recomputed with the merged speaker
    assert {c["status"] for c in listing(run, "claims")} == {"unconfirmed"}


def test_splitting_claims_off_a_speaker(run, two_documents):
    keep, other = two_documents["Thomas Lind"], two_documents["Lind"]
    assert run("speakers", "merge", str(keep), str(other)).exit_code == 0
    second = next(c["id"] for c in listing(run, "claims") if c["doc"] == "second")
    result = run("speakers", "split", str(keep), "--claims", str(second), "--name", "Ruth Lind", "--by", "ana")
    assert result.exit_code == 0, result.output
    assert claims_by_speaker(run) == [("first", "Thomas Lind"), ("second", "Ruth Lind")]
    assert [e["action"] for e in listing(run, "history", "--by", "ana")] == ["speaker split"]


def test_merging_two_outlets_moves_their_documents(run, two_documents):
    outlets = {o["name"]: o["id"] for o in listing(run, "outlets")}
    result = run("outlets", "merge", str(outlets["Harbour Gazette"]), str(outlets["Valley Herald"]))
    assert result.exit_code == 0, result.output
    # it published one document and carried no claim of another's: never a bare '(0 claims)'
    assert result.stderr == (f"merged Valley Herald (outlet {outlets['Valley Herald']}) into Harbour Gazette "
                             f"(outlet {outlets['Harbour Gazette']}) (1 document it published, 0 claims it carried)\n")
    assert [o["name"] for o in listing(run, "outlets")] == ["Harbour Gazette"]
    assert {d["outlet"] for d in listing(run, "docs")} == {"Harbour Gazette"}
    assert [e["action"] for e in listing(run, "history", "--action", "outlet merge")] == ["outlet merge"]


@pytest.mark.parametrize("args, message", [
    (("speakers", "merge", "1", "1"), "one row already"),
    (("speakers", "merge", "1", "99"), "no speaker 99"),
    (("outlets", "merge", "1", "99"), "no outlet 99"),
    (("speakers", "split", "1", "--claims", "99", "--name", "X"), "are not speaker 1's"),
    (("speakers", "split", "1", "--claims", "a,b", "--name", "X"), "claim ids separated by commas"),
])
def test_bad_ids_change_nothing(run, two_documents, db_url, args, message):
    before = dump_database(db_url)
    result = run(*args)
    assert result.exit_code == 2 and message in result.output
    assert dump_database(db_url) == before


def ingest_texts(run, tmp_path, *texts):
    paths = []
    for n, text in enumerate(texts, start=1):
        paths.append(tmp_path / f"doc{n}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    result = run("ingest", *map(str, paths))
    assert result.exit_code == 0, result.output


def article(outlet, day, body):
    return f"---\ntitle: Depot {day}\noutlet: {outlet}\npublished: 2025-05-{day}\n---\n{body}\n"


@pytest.mark.parametrize("first, second, reason", [
    ("Thomas Lind, a professor at the Harbour Institute, said the depot would close in June.",
     "Professor Lind said the depot would close in June.", "the surname with the same role"),
    ("Rep. Peter Hale, R-N.Y., said the depot would close in June.",
     "The depot would close in June, said Hale, R-N.Y.",
     "the surname with the same affiliation"),
    ("José Alves said the depot would close in June.", "Jose Alves said the depot would close in June.",
     "the same full name"),
    # accents in the surname, and a capital SQLite's lower() leaves alone, whichever is stored first
    ("Ana Díaz said the depot would close in June.", "Ana Diaz said the depot would close in June.",
     "the same full name"),
    ("Ana Diaz said the depot would close in June.", "Ana Díaz said the depot would close in June.",
     "the same full name"),
    ("Ana Ölund said the depot would close in June.", "Ana Olund said the depot would close in June.",
     "the same full name"),
    ("Ana Olund said the depot would close in June.", "Ana ÖLUND said the depot would close in June.",
     "the same full name"),
    # letters beyond Latin Extended-B (Vietnamese), and one fold() makes two letters, on both backends
    ("Lan Nguyễn said the depot would close in June.", "Lan Nguyen said the depot would close in June.",
     "the same full name"),
    ("Karl Strauß said the depot would close in June.", "Karl Strauss said the depot would close in June.",
     "the same full name"),
])
def test_the_same_person_in_two_documents_is_merged_at_ingest(run, tmp_path, first, second, reason):
    ingest_texts(run, tmp_path, article("Harbour Gazette", 20, first), article("Valley Herald", 21, second))
    speakers = listing(run, "speakers")
    assert len(speakers) == 1, speakers
    assert {c["speaker"] for c in listing(run, "claims")} == {speakers[0]["name"]}
    events = listing(run, "history", "--action", "speaker merge")
    assert [(e["actor"], e["reason"]) for e in events] == [("rule", reason)]


@pytest.mark.parametrize("first, second", [
    # a surname alone with another role, or none, may be anyone of that name
    ("Thomas Lind, a professor at the Harbour Institute, said the depot would close in June.",
     "The depot would close in June, said Lind."),
    ("Thomas Lind, a professor at the Harbour Institute, said the depot would close in June.",
     "Ruth Lind, a professor at the Valley School, said the depot would close in June."),
])
def test_people_who_may_be_others_stay_apart(run, tmp_path, first, second):
    ingest_texts(run, tmp_path, article("Harbour Gazette", 20, first), article("Valley Herald", 21, second))
    assert len(listing(run, "speakers")) == 2
    assert listing(run, "history", "--action", "speaker merge") == []


def test_a_merge_made_at_ingest_is_undone_by_split(run, tmp_path):
    ingest_texts(run, tmp_path,
                 article("Harbour Gazette", 20, "Thomas Lind, a professor at the Harbour Institute, said the depot "
                                                "would close in June."),
                 article("Valley Herald", 21, "Professor Lind said the depot would close in June."))
    speaker, = listing(run, "speakers")
    second = next(c["id"] for c in listing(run, "claims") if c["doc"] == "doc2")
    result = run("speakers", "split", str(speaker["id"]), "--claims", str(second), "--name", "Lind")
    assert result.exit_code == 0, result.output
    assert claims_by_speaker(run) == [("doc1", "Thomas Lind"), ("doc2", "Lind")]


def test_an_outlet_under_its_alias_is_merged_at_ingest(run, tmp_path):
    ingest_texts(run, tmp_path, article("The Washington Post", 20, "The mayor said the depot would close."),
                 article("WaPo", 21, "The mayor said the depot would stay open."))
    assert [o["name"] for o in listing(run, "outlets")] == ["The Washington Post"]
    assert {d["outlet"] for d in listing(run, "docs")} == {"The Washington Post"}
    events = listing(run, "history", "--action", "outlet merge")
    assert [(e["actor"], e["reason"]) for e in events] == [("rule", "an alias of the same outlet")]


def test_an_unlisted_outlet_with_and_without_its_article_is_one_outlet(run, tmp_path):
    ingest_texts(run, tmp_path, article("The Daily Ledger", 20, "The mayor said the depot would close."),
                 article("Valley Herald", 21, "The Daily Ledger reported that the depot would close."))
    assert sorted(o["name"] for o in listing(run, "outlets")) == ["The Daily Ledger", "Valley Herald"]


def test_an_outlet_named_with_a_like_wildcard_is_merged_with_nothing(run, tmp_path):
    """'%' and '_' in a name are no LIKE wildcards ('"washington%"' would match the alias "Washington Post")."""
    ingest_texts(run, tmp_path, article("The Washington Post", 20, "The mayor said the depot would close."),
                 article("Washington%", 21, "The mayor said the depot would stay open."),
                 article("W_Po", 22, "The mayor said the depot would stay shut."))
    assert sorted(o["name"] for o in listing(run, "outlets")) == ["The Washington Post", "W_Po", "Washington%"]
    assert listing(run, "history", "--action", "outlet merge") == []


@pytest.mark.parametrize("option, value, speaker", [
    ("--speaker", "diaz", "Ana Díaz"), ("--speaker", "DÍAZ", "Ana Díaz"), ("--speaker", "strauss", "Karl Strauß"),
    ("--outlet", "diario", "Ana Díaz"),
])
def test_claims_are_found_by_a_name_written_without_its_accents(run, tmp_path, option, value, speaker):
    ingest_texts(run, tmp_path, article("Harbour Gazette", 20, "Ana Díaz told the Diário Herald that the depot "
                                                               "would close in June."),
                 article("Valley Herald", 21, "Karl Strauß said the ferry would stop in May."))
    assert [c["speaker"] for c in listing(run, "claims", option, value)] == [speaker]
    # one document's claims take the other path of the same filter (no lookup of ids first)
    doc = "doc1" if speaker == "Ana Díaz" else "doc2"
    assert [c["speaker"] for c in listing(run, "claims", "--doc", doc, option, value)] == [speaker]


def test_a_merge_reports_the_claims_it_moved_once_each(run, two_documents):
    # the kept speaker takes the other's role, so its own claims are read anew: they moved nowhere
    result = run("speakers", "merge", str(two_documents["Lind"]), str(two_documents["Thomas Lind"]))
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().endswith("(1 claim)"), result.output


def test_an_anonymous_source_merged_by_mistake_is_split_off_anonymous(run, tmp_path):
    """`speakers split --anonymous`: a reviewer who merged an anonymous official into a named speaker
    by mistake gets the anonymous source back (the split made a named 'council official' before)."""
    (tmp_path / "depot.txt").write_text(
        "---\ntitle: Depot\noutlet: Harbour Gazette\npublished: 2025-05-20\n---\n"
        "Mayor Ana Lind said the depot would close in June.\n\n"
        "A council official, speaking on condition of anonymity, said the land had been sold.\n", encoding="utf-8")
    assert run("ingest", str(tmp_path / "depot.txt")).exit_code == 0
    ids = {s["name"]: s["id"] for s in listing(run, "speakers")}
    hidden = [c["id"] for c in listing(run, "claims", "--anonymous")]
    assert len(hidden) == 1 and "Ana Lind" in ids, (ids, hidden)
    official = next(name for name in ids if name != "Ana Lind")
    assert run("speakers", "merge", str(ids["Ana Lind"]), str(ids[official]), "--force").exit_code == 0
    assert listing(run, "claims", "--anonymous") == []
    split = run("speakers", "split", str(ids["Ana Lind"]), "--claims", str(hidden[0]), "--name", official,
                "--anonymous")
    assert split.exit_code == 0, split.output
    assert [(c["id"], c["speaker"]) for c in listing(run, "claims", "--anonymous")] == [(hidden[0], official)]
    assert [s["anonymous"] for s in listing(run, "speakers") if s["name"] == official] == [True]


def test_splitting_an_outlet_undoes_a_wrong_merge(run, two_documents):
    """`outlets split`: the documents and claims a wrong merge gave outlet A go to the other outlet
    again, its name stops being one of A's (so `claims --outlet` keeps them apart), and it is an
    event; statuses were recomputed."""
    outlets = {o["name"]: o["id"] for o in listing(run, "outlets")}
    gazette = outlets["Harbour Gazette"]
    assert run("outlets", "merge", str(gazette), str(outlets["Valley Herald"])).exit_code == 0
    assert {d["outlet"] for d in listing(run, "docs")} == {"Harbour Gazette"}
    result = run("outlets", "split", str(gazette), "--docs", "second", "--name", "Valley Herald", "--by", "ana",
                 "--reason", "two papers")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("moved 1 document it published and 0 claims it carried from Harbour Gazette")
    assert sorted((d["doc"], d["outlet"]) for d in listing(run, "docs")) == [
        ("first", "Harbour Gazette"), ("second", "Valley Herald")]
    assert [c["doc"] for c in listing(run, "claims", "--outlet", "valley")] == ["second"]
    assert [c["doc"] for c in listing(run, "claims", "--outlet", "harbour gazette")] == ["first"]
    events = listing(run, "history", "--by", "ana")
    assert [(e["action"], e["reason"]) for e in events] == [("outlet split", "two papers; documents second")]


def test_splitting_carried_claims_off_an_outlet(run, tmp_path):
    ingest_texts(run, tmp_path, article("Harbour Gazette", 20,
                                        "Mayor Ana Lind told the Valley Herald that the depot would close in June."))
    outlets = {o["name"]: o["id"] for o in listing(run, "outlets")}
    assert run("outlets", "merge", str(outlets["Harbour Gazette"]), str(outlets["Valley Herald"])).exit_code == 0
    told = [c["id"] for c in listing(run, "claims") if c["outlet"] == "Harbour Gazette"]
    assert told, listing(run, "claims")
    result = run("outlets", "split", str(outlets["Harbour Gazette"]), "--claims", ",".join(map(str, told)),
                 "--name", "Valley Herald")
    assert result.exit_code == 0, result.output
    assert {c["outlet"] for c in listing(run, "claims") if c["id"] in told} == {"Valley Herald"}


@pytest.mark.parametrize("args, message", [
    (("outlets", "split", "1", "--name", "X"), "give the claims to split off"),
    (("outlets", "split", "99", "--docs", "first", "--name", "X"), "no outlet 99"),
    (("outlets", "split", "1", "--claims", "99", "--name", "X"), "are not outlet 1's"),
    (("outlets", "split", "1", "--docs", "first,nope", "--name", "X"), "nope are not published by outlet 1"),
    (("outlets", "split", "1", "--docs", "first", "--name", "Harbour Gazette"), "is called 'Harbour Gazette' already"),
    (("outlets", "split", "1", "--docs", "first", "--name", " "), "give the other outlet's name"),
])
def test_a_bad_outlet_split_changes_nothing(run, two_documents, db_url, args, message):
    before = dump_database(db_url)
    result = run(*args)
    assert result.exit_code == 2 and message in result.output, result.output
    assert dump_database(db_url) == before


@pytest.mark.parametrize("keep_named", [True, False], ids=["named-kept", "anonymous-kept"])
def test_merging_an_anonymous_source_and_a_named_speaker_needs_force(run, tmp_path, db_url, keep_named):
    """Either way round the merge names an anonymous source (in every listing and report, or as the
    alias `claims --speaker` finds): refused, nothing changed, unless --force."""
    (tmp_path / "depot.txt").write_text(
        "---\ntitle: Depot\noutlet: Harbour Gazette\npublished: 2025-05-20\n---\n"
        "Mayor Ana Lind said the depot would close in June.\n\n"
        "A council official, speaking on condition of anonymity, said the land had been sold.\n", encoding="utf-8")
    assert run("ingest", str(tmp_path / "depot.txt")).exit_code == 0
    named = next(s for s in listing(run, "speakers") if s["name"] == "Ana Lind")
    hidden = next(s for s in listing(run, "speakers") if s["anonymous"])
    pair = [str(named["id"]), str(hidden["id"])] if keep_named else [str(hidden["id"]), str(named["id"])]
    before = dump_database(db_url)
    result = run("speakers", "merge", *pair)
    assert result.exit_code == 2
    assert result.stderr == (f"Error: speaker {hidden['id']} ({hidden['name']}) is an anonymous source and speaker "
                             f"{named['id']} (Ana Lind) is named: merging would name the source; give --force if "
                             "they are one person\n")
    assert dump_database(db_url) == before
    result = run("speakers", "merge", *pair, "--force")
    assert result.exit_code == 0, result.output
    if keep_named:
        assert listing(run, "claims", "--anonymous") == []
