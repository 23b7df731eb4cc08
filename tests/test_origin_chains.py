"""Origin chains (issue 12, part 1): every claim records how it reached the reader, speaker ->
each outlet it passed through -> the document. `outlet` is the outlet the speaker first spoke
through, `via` the outlets after it (before the publisher), `origin` the first source and the
outlet that first carried it (the publisher, or the wire it prints, for its own statements).

The articles in tests/fixtures/origin-chains are constructed (invented events and outlets): one
paper's anonymous source relayed by three outlets; a reporter's credit; "the paper reported" after
a named outlet; one outlet citing another.
"""

from __future__ import annotations

import json

import pytest

from provenance import diff
from provenance.extract.chains import Credit, credit
from provenance.extract.document import extract_claimset
from provenance.extract.reader import read_article

from conftest import FIXTURES, Run

CORPUS = FIXTURES / "origin-chains"


def chains(text: str, *, outlet: str | None = "KBN News", title=None, published="2026-04-15",
           use_model: bool = False) -> list[tuple]:
    """(text, speaker, outlet, via, origin speaker, origin outlet) of each claim, by name."""
    cs = extract_claimset(text, slug="x", outlet=outlet, title=title, published=published, use_model=use_model)
    speakers = {s["id"]: s["name"] for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    out = []
    publisher = next((o["id"] for o in cs["outlets"] if o["name"] == outlet), None)
    for c in cs["claims"]:
        # written where it says more than the speaker, the outlet and the publisher
        origin = c.get("origin", {"speaker": c["speaker"], "outlet": c["outlet"] or publisher}) or {}
        c.setdefault("via", [])
        out.append((c["text"], speakers.get(c["speaker"]), outlets.get(c["outlet"]), [outlets[o] for o in c["via"]],
                    speakers.get(origin.get("speaker")), outlets.get(origin.get("outlet"))))
    return out


def article(name: str) -> list[tuple]:
    meta, body = read_article((CORPUS / name).read_bytes(), filename=name)
    return chains(body, outlet=meta["outlet"], title=meta["title"], published=meta["published"])


@pytest.mark.parametrize("text, speaker, outlet, via, origin", [
    # 'told the Post' after the paper was named: the paper carried the anonymous source's words
    ("The bridge will close, according to a report in The Capital Post. The bridge was unsafe, "
     "a city engineer told the Post.",
     "city engineer", "Capital Post", [], ("city engineer", "Capital Post")),
    # 'a new report says': the report of the outlet the text names (here after it)
    ("The bridge will close, a new report says. The Capital Post said the city had known for months.",
     "Capital Post", "Capital Post", [], ("Capital Post", "Capital Post")),
    # 'the paper reported' after a named outlet: that outlet
    ("The Capital Post first reported the closure on Monday. The paper reported that the bridge was unsafe.",
     "Capital Post", "Capital Post", [], ("Capital Post", "Capital Post")),
    # a reporter's credit: the outlet's journalist, never a party on the record
    ("KBN News' Dana Whitfield reported that the bridge would close.",
     "Dana Whitfield", "KBN News", [], ("Dana Whitfield", "KBN News")),
    # an outlet citing another: the cited outlet first, the citing one a relay
    ("The Meridian Dispatch reported, citing The Capital Post, that the bridge would close.",
     "Capital Post", "Capital Post", ["Meridian Dispatch"], ("Capital Post", "Capital Post")),
    ("According to The Meridian Dispatch, which cited a Capital Post report, the bridge would close.",
     "Capital Post", "Capital Post", ["Meridian Dispatch"], ("Capital Post", "Capital Post")),
    # an outlet citing a source: the source spoke through the outlet
    ("The bridge will close, The Meridian Dispatch reported on Monday, citing a city engineer.",
     "city engineer", "Meridian Dispatch", [], ("city engineer", "Meridian Dispatch")),
    # an outlet's source
    ("The Capital Post first reported the closure. The Post's source said the bridge was unsafe.",
     "source", "Capital Post", [], ("source", "Capital Post")),
    # a source with no outlet named: the publisher carried it first
    ("The bridge will close next week, the mayor's spokesman said.",
     "mayor's spokesman", None, [], ("mayor's spokesman", "KBN News")),
])
def test_the_chain_of_a_claim(text, speaker, outlet, via, origin):
    last = chains(text)[-1]
    assert last[1:] == (speaker, outlet, via, *origin)


@pytest.mark.parametrize("text", [
    "The bridge was unsafe, the engineer told the paper.",
    "The bridge was unsafe, the engineer told the network.",
])
def test_the_paper_is_no_outlet_of_its_own(text):
    """'told the paper' with no outlet named before is the publisher, or no outlet: never an
    outlet called 'The Paper'."""
    assert chains(text)[-1][2] in ("KBN News", None)
    assert chains(text, outlet=None)[-1][2] is None


@pytest.mark.parametrize("text, content, speaker, outlet", [
    # what an outlet obtained that is no record of its own: the outlet's report (the name ends at a comma)
    ("According to information obtained by the Harbour Gazette, the builder warned the council in May.",
     "the builder warned the council in May", "Harbour Gazette", "Harbour Gazette"),
    # a name the noun after it says is a medium: that outlet speaks, through itself
    ("The council opened an inquiry a day after the Tarnwick Courier newspaper reported that the roof was weak.",
     "the roof was weak", "Tarnwick Courier", "Tarnwick Courier"),
    # one day's edition of an outlet: the outlet, never one so spelt
    ("This morning's Harbour Gazette quoted a council engineer as saying the roof was weak.",
     "the roof was weak", "council engineer", "Harbour Gazette"),
    ("Sunday's Tarnwick Courier reported that the roof was weak.",
     "the roof was weak", "Tarnwick Courier", "Tarnwick Courier"),
    # people an outlet polled speak, through it (also where a reader takes the outlet for the speaker)
    ("Analysts surveyed by the Harbour Gazette expect the port to lose money.",
     "the port to lose money", "analysts", "Harbour Gazette"),
    ("The river rose. Three residents interviewed by the Harbour Gazette in Marlow said they had no warning.",
     "they had no warning", "three residents", "Harbour Gazette"),
    # any plural polled is people, after a clause's comma and its 'and' too; sources close to what they know
    ("Wool buyers contacted by the Harbour Gazette said the mill would close.", "the mill would close",
     "Wool buyers", "Harbour Gazette"),
    ("The court halted the dredging, and pilots and hydrologists consulted by the Harbour Gazette expect it to last.",
     "it to last", "pilots and hydrologists", "Harbour Gazette"),
    ("The mill will close, according to people close to the owners interviewed by the Harbour Gazette.",
     "The mill will close", "people close to the owners", "Harbour Gazette"),
    # 'told OUTLET' with a phrase before the quoted content, in a frame the model reads from its quotation
    ("The builder's owner, the Kessing investor Tom Wade, told the Harbour Gazette in a phone interview that "
     "he had \"seen nothing wrong\" with the roof.", "seen nothing wrong", "Tom Wade", "Harbour Gazette"),
    # the outlet told ends before the time said after it (an outlet the list does not know)
    ("The mayor, Ana Velde, told the Harbour Gazette last week that the roof was weak.",
     "the roof was weak", "Ana Velde", "Harbour Gazette"),
    ("Ana Velde told the Harbour Gazette then that the roof was weak.", "the roof was weak", "Ana Velde",
     "Harbour Gazette"),
    # an outlet named earlier, called again without its medium's word ('Tarn' for Tarn News)
    ("Tarn News first reported the closure. The port's director, Ana Velde, told Tarn that the berth was unsafe.",
     "the berth was unsafe", "Ana Velde", "Tarn News"),
])
def test_the_outlet_a_relay_names(text, content, speaker, outlet):
    found = chains(text, use_model=True)
    claim = min((c for c in found if content in c[0]), key=lambda c: len(c[0]))
    assert claim[1:3] == (speaker, outlet)
    assert all(c[2] in (outlet, "KBN News", None) for c in found)


@pytest.mark.parametrize("mention, expected", [
    ("information obtained by the Harbour Gazette, the developer", Credit("report", "the Harbour Gazette")),
    ("details seen by Tarnwire", Credit("report", "Tarnwire")),
    ("the Tarnwick Courier news agency", Credit("report", "Tarnwick Courier")),
    ("This morning's Tarnwick Courier", Credit("report", "Tarnwick Courier")),
    ("economists polled by Tarnwire", Credit("source", "Tarnwire", "economists")),
    ("three residents interviewed by the Tarnwick Courier in Marlow", Credit("source", "the Tarnwick Courier",
                                                                             "three residents")),
    ("pilots close to the ferry board consulted by this paper", Credit("source", "this paper",
                                                                     "pilots close to the ferry board")),
    ("the river rose, and wool buyers contacted by Tarnwire", Credit("source", "Tarnwire", "wool buyers")),
    ("drivers interviewed by eKelby.cz", Credit("source", "eKelby.cz", "drivers")),
    # where the words stop at 'by' the reader sees what follows; evidence titles.json never counts among
    # anonymous heads is no people polled
    ("two officials consulted by", Credit("source", "", "two officials")),
    ("invoices consulted by Tarnwire", None),
    # a plural polled that opens the words is a described group, its sentence's capital no name's; a name set
    # off by its comma before the verb is no people polled
    ("Businesses contacted by Tarnwire", Credit("source", "Tarnwire", "businesses")),
    ("Ana Lind, interviewed by the Courier", None),
    # the outlet's name ends before the time or place said after it, and keeps its joining words
    ("a report in the Harbour Gazette on Monday", Credit("report", "the Harbour Gazette")),
    ("a story published by Tarnwire last week", Credit("report", "Tarnwire")),
    ("an article in the Times of Ossa, a weekly", Credit("report", "the Times of Ossa")),
    ("the report in The Marlow & District Echo in March", Credit("report", "The Marlow & District Echo")),
    # a body whose name holds the noun, a medium's noun with no name, a day's event: no outlet credited
    ("the Harbour Agency", None),
    ("the newspaper", None),
    ("Sunday's vote", None),
])
def test_the_words_that_credit_an_outlet(mention, expected):
    assert credit(mention) == expected


def test_a_wire_story_passes_through_the_wire():
    text = ("HARBOURTON, May 2 (Northwire) - The mayor said on Monday that the bridge would close.\n\n"
            "The bridge carries 9,000 cars a day.\n")
    said, own = chains(text, outlet="The Daily Ledger")
    assert said[1:] == ("mayor", None, ["Northwire"], "mayor", "Northwire")
    # the publisher prints the wire's own words: the wire is their origin
    assert own[1:] == ("The Daily Ledger", "The Daily Ledger", [], "Northwire", "Northwire")


@pytest.mark.parametrize("dateline, wire", [
    ("Harbourton (ANTARA) - ", "Antara"),  # a house style: the place in lower case, the wire in capitals
    ("Harbourton, May 2 (Reuters) - ", "Reuters"),
    ("May 2 (Reuters) - ", "Reuters"),  # the date alone
    ("Harbourton (Northwire) - ", None),  # in lower case, only a wire outlets.json lists is read as one
    ("Sen. Ana Costa (D-Kessing) - ", None),
])
def test_a_house_style_dateline_credits_a_listed_wire(dateline, wire):
    said = chains(dateline + "The mayor said on Monday that the bridge would close.\n", outlet="The Daily Ledger")[-1]
    assert said[1:4] == ("mayor", None, [wire] if wire else [])


def test_one_papers_anonymous_source_relayed_by_three_outlets_has_one_origin():
    origin = ("government official with knowledge of the meeting", "The Capital Post")
    own = article("capital-post-audit.txt")
    assert [c[4:] for c in own[:2]] == [origin, origin]
    relay = article("kbn-audit-relay.txt")
    assert relay[1][1:] == (origin[0], "Capital Post", [], origin[0], "Capital Post")
    # the report itself: the paper speaks, through itself
    assert relay[0][1:] == ("Capital Post", "Capital Post", [], "Capital Post", "Capital Post")
    # the relay's own reporter is a credit of the relay, not a source
    assert relay[2][1:] == ("Dana Whitfield", "KBN News", [], "Dana Whitfield", "KBN News")
    meridian = article("meridian-audit-relay.txt")
    assert [c[1:] for c in meridian] == [("Capital Post", "Capital Post", [], "Capital Post", "Capital Post")] * 3
    chain = article("lakeside-audit-chain.txt")
    assert [c[1:] for c in chain[:2]] == [("Capital Post", "Capital Post", ["Meridian Dispatch"], "Capital Post",
                                           "Capital Post")] * 2
    assert chain[2][1:] == ("ministry spokesman", "Meridian Dispatch", [], "ministry spokesman", "Meridian Dispatch")
    assert chain[3][1:] == ("Runa Dahl", None, [], "Runa Dahl", "The Lakeside Herald")


# --- stored, exported, diffed, backed up -----------------------------------------------------------

@pytest.fixture
def stored(run):
    for path in sorted(CORPUS.glob("*.txt")):
        assert run("ingest", str(path), "--silent").exit_code == 0
    return run


def claims_of(run, doc: str) -> list[dict]:
    return [c for c in json.loads(run("claims", "--format", "json").stdout) if c["doc"] == doc]


def test_the_chain_is_stored_listed_and_shown(stored):
    chain = claims_of(stored, "lakeside-audit-chain")
    assert [(c["outlet"], c["via"], c["origin"]) for c in chain[:3]] == [
        ("The Capital Post", "The Meridian Dispatch", "Capital Post (The Capital Post)"),
        ("The Capital Post", "The Meridian Dispatch", "Capital Post (The Capital Post)"),
        ("The Meridian Dispatch", None, "ministry spokesman (The Meridian Dispatch)")]
    relayed = claims_of(stored, "kbn-audit-relay")[1]
    assert relayed["origin"] == "government official with knowledge of the meeting (The Capital Post)"
    shown = " ".join(stored("show", str(chain[0]["id"])).stdout.split())  # lines wrap to the terminal
    assert "Source: Capital Post -> The Capital Post -> The Meridian Dispatch -> lakeside-audit-chain@1 [The Lakeside Herald]" \
        in shown
    assert "Origin: Capital Post (The Capital Post)" in shown
    csv = stored("export", "lakeside-audit-chain", "--format", "csv").stdout
    assert csv.splitlines()[0].split(",")[13:16] == ["outlet", "via", "origin"]


def test_the_claim_set_round_trip_keeps_the_chain(stored, tmp_path):
    exported = json.loads(stored("export", "lakeside-audit-chain", "--format", "claimset").stdout)
    assert exported["format_version"] == 2
    outlets = {o["id"]: o["name"] for o in exported["outlets"]}
    speakers = {s["id"]: s["name"] for s in exported["speakers"]}
    first = exported["claims"][0]
    assert [outlets[o] for o in first["via"]] == ["The Meridian Dispatch"]
    # the outlet a document was published under and the same outlet named in another are one outlet
    assert (speakers[first["origin"]["speaker"]], outlets[first["origin"]["outlet"]]) == ("Capital Post",
                                                                                         "The Capital Post")
    path = tmp_path / "set.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    other = Run(str(tmp_path / "other.db"))
    assert other("import", str(path)).exit_code == 0
    assert json.loads(other("export", "lakeside-audit-chain", "--format", "claimset").stdout)["claims"] \
        == exported["claims"]


def test_a_format_1_claim_set_still_imports(run, tmp_path):
    data = extract_claimset("The bridge will close, the mayor said.", slug="old", outlet="KBN News", use_model=False)
    data["format_version"] = 1
    for c in data["claims"]:
        c.pop("via", None), c.pop("origin", None)
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert run("import", str(path)).exit_code == 0
    claim, = json.loads(run("claims", "--format", "json").stdout)
    assert (claim["via"], claim["origin"]) == (None, "mayor (KBN News)")


def test_a_changed_origin_is_a_change_in_the_diff():
    before = extract_claimset("The bridge will close, a city engineer told the Capital Post.", slug="d",
                              outlet="KBN News", use_model=False)
    after = extract_claimset("The bridge will close, The Meridian Dispatch reported, citing the Capital Post.",
                             slug="d", outlet="KBN News", use_model=False)
    pair, = diff.compare(before, after).pairs
    assert "reattributed" in pair.kinds
    assert pair.changes["origin"] == ["city engineer (Capital Post)", "Capital Post (Capital Post)"]
    assert pair.changes["via"] == [None, "Meridian Dispatch"]


def test_backup_and_restore_carry_the_chain(stored, tmp_path):
    before = claims_of(stored, "lakeside-audit-chain")
    assert stored("backup", str(tmp_path / "b.jsonl")).exit_code == 0
    fresh = Run(str(tmp_path / "fresh.db"))
    assert fresh("restore", str(tmp_path / "b.jsonl")).exit_code == 0
    assert [(c["via"], c["origin"]) for c in claims_of(fresh, "lakeside-audit-chain")] \
        == [(c["via"], c["origin"]) for c in before]


def test_prov_json_has_the_derivation_chain(stored):
    doc = json.loads(stored("export", "lakeside-audit-chain", "--format", "prov-json").stdout)
    derived = {(r["prov:generatedEntity"], r["prov:usedEntity"]) for r in doc["wasDerivedFrom"].values()}
    first = claims_of(stored, "lakeside-audit-chain")[0]["id"]
    claim, hop = f"claim:{first}", f"hop:{first}"
    assert {(f"{hop}/via1", f"{hop}/origin"), (claim, f"{hop}/via1")} <= derived


def test_the_rules_origin_is_the_stored_origin():
    """corroboration.origin reads the stored origin: the publisher's own words in a wire story come
    from the wire, so two papers printing one wire story are one origin; a paper's own are its own."""
    from provenance.corroboration import origin
    from provenance.rules import claimset_records

    wire = "HARBOURTON, May 2 (Northwire) - The bridge carries 9,000 cars a day.\n"
    keys = [origin(r) for paper in ("The Daily Ledger", "The Coastal Sentinel")
            for r in claimset_records(extract_claimset(wire, slug=paper.lower().replace(" ", "-"), outlet=paper,
                                                       use_model=False)).values()]
    assert keys == ["outlet:northwire", "outlet:northwire"]
    own = claimset_records(extract_claimset("The bridge carries 9,000 cars a day.\n", slug="ledger",
                                            outlet="The Daily Ledger", use_model=False))
    assert [origin(r) for r in own.values()] == ["publisher:ledger"]


# 'according to the report' after a relayed report: the report's source, through its outlet,
# never the relaying publisher as the speaker; with no outlet's report before it, no chain is made up
@pytest.mark.parametrize("text, expected", [
    ("The Harbour Gazette reported, citing three people familiar with the plans, that the plant would close. "
     "According to the report, 3,000 jobs would go.",
     ("3,000 jobs would go", "three people familiar with the plans", "Harbour Gazette", [],
      "three people familiar with the plans", "Harbour Gazette")),
    ("The Harbour Gazette reported that the plant would close. The report said 3,000 jobs would go.",
     ("3,000 jobs would go", "Harbour Gazette", "Harbour Gazette", [], "Harbour Gazette", "Harbour Gazette")),
])
def test_the_report_refers_back_to_the_relayed_report(text, expected):
    assert chains(text)[-1] == expected


def test_the_report_with_no_outlets_report_before_is_no_relay():
    found = chains("The council published its audit of the bridge on Monday. According to the report, "
                   "repairs were delayed.")
    assert found[-1][0] == "repairs were delayed" and found[-1][2] in (None, "KBN News")


def test_a_partys_answer_to_the_outlet_is_no_part_of_the_report():
    found = chains("The Harbour Gazette reported, citing three people familiar with the plans, that Kestrel Motors "
                   "would close its plant. Kestrel told the Gazette it would not comment. According to the report, "
                   "3,000 jobs would be cut.")
    assert found[-1][:3] == ("3,000 jobs would be cut", "three people familiar with the plans", "Harbour Gazette")


# a broadcaster's call letters in its own story name the publisher, never a new outlet
@pytest.mark.parametrize("letters, name, expected", [
    ("MTPR", "Montana Public Radio", True), ("NPR", "National Public Radio", True),
    ("BBC", "The British Broadcasting Corporation", True), ("MPR", "Montana Public Radio", True),
    ("CNN", "Montana Public Radio", False), ("MTR", "Montana Public Radio", False), ("NPR", "NPR", False),
])
def test_call_letters(letters, name, expected):
    from provenance.extract.document import _letters_of

    assert _letters_of(letters, name) is expected


def test_told_the_publishers_call_letters_is_told_the_publisher():
    found = chains("The Tarn Valley Water Agency told TVR on Monday that the intake would stay shut.",
                   outlet="Tarn Valley Radio")
    assert found[0][2] == "Tarn Valley Radio"
