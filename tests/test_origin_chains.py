"""Origin chains (issue 12, part 1): every claim records how it reached the reader, speaker ->
each outlet it passed through -> the document. `outlet` is the outlet the speaker first spoke
through, `via` the outlets after it (before the publisher), `origin` the first source and the
outlet that first carried it (the publisher, or the wire it prints, for its own statements).

The articles in tests/fixtures/origin-chains are constructed (invented events and outlets): one
paper's anonymous source relayed by three outlets; a reporter's credit; "the paper reported" after
a named outlet; one outlet citing another.
"""

from __future__ import annotations

import pytest

from provenance.extract.document import extract_claimset
from provenance.extract.reader import read_article

from conftest import FIXTURES

CORPUS = FIXTURES / "origin-chains"


def chains(text: str, *, outlet: str | None = "KBN News", title=None, published="2026-04-15") -> list[tuple]:
    """(text, speaker, outlet, via, origin speaker, origin outlet) of each claim, by name."""
    cs = extract_claimset(text, slug="x", outlet=outlet, title=title, published=published, use_model=False)
    speakers = {s["id"]: s["name"] for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    out = []
    for c in cs["claims"]:
        origin = c["origin"] or {}
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


def test_a_wire_story_passes_through_the_wire():
    text = ("HARBOURTON, May 2 (Northwire) - The mayor said on Monday that the bridge would close.\n\n"
            "The bridge carries 9,000 cars a day.\n")
    said, own = chains(text, outlet="The Daily Ledger")
    assert said[1:] == ("mayor", None, ["Northwire"], "mayor", "Northwire")
    # the publisher prints the wire's own words: the wire is their origin
    assert own[1:] == ("The Daily Ledger", "The Daily Ledger", [], "Northwire", "Northwire")


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
