"""What real web copy carries besides the story is never a claim, a speaker or an outlet (issue 13):
five invented articles as people copy them off news sites, each in a house style of its own, with
their furniture left in (tests/fixtures/furniture13/): a wire's sign-off and trust line, a
broadcaster's caption labels and promos, a newspaper's author note, print line and update notice, an
embedded social post's frame, a German page's credits and sign-off. Only the statements of the story
are stored, by their speakers."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.extract.document import extract_claimset
from provenance.extract.reader import read_article

FIXTURES = Path(__file__).parent / "fixtures" / "furniture13"

# each article's claims (the start of each statement) and its speakers, all of them
EXPECTED = {
    "wire-copy.txt": ({"Dockworkers at the port of Talvik walked off", "The strike would last until",
                       "We have waited eleven months", "it regretted the walkout"},
                      {"Talvik Dockers Union", "Mirek Sandor", "port authority"}),
    "broadcaster-copy.txt": ({"The flood barrier protecting Marrowby failed", "the sensor had been disabled",
                              "it would publish its own review"}, None),
    "newspaper-copy.txt": ({"Hollins County will close two rural health clinics", "We cannot staff them",
                            "The closures will leave residents", "the county had asked the state"},
                           {"Abigail Tarrow", "Marcus Ivey"}),
    "social-copy.txt": ({"he had never been told about the Kellmoor contract", "the allegations were",
                         "the committee was reviewing the matter"},
                        {"Halvard Vane", "spokesperson for the Senate ethics committee"}),
}
FURNITURE = ("Photo", "Reporting by", "Standards", "Licensing", "caption", "Image source", "Related", "Copyright",
             "is a health reporter", "Contact the author", "Follow Renata", "in print", "has been updated",
             "Advertisement", "post shared", "@SenVane", "Instagram", "wire reports", "Last modified", "originally",
             "Mariam Zuberi", "Hanna Veldt", "Material", "Bild", "Foto", "Rechte")


def extracted(name: str) -> dict:
    path = FIXTURES / name
    meta, text = read_article(path.read_bytes(), filename=path.name)
    return extract_claimset(text, slug=path.stem, use_model=False, outlet=meta["outlet"],
                            published=meta["published"], title=meta.get("title"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_only_the_storys_statements_are_claims(name):
    cs = extracted(name)
    starts, speakers = EXPECTED[name]
    texts = [c["text"] for c in cs["claims"]]
    assert len(texts) == len(starts), texts
    assert all(any(start in text for text in texts) for start in starts), texts
    if speakers is not None:
        by_id = {s["id"]: s["name"] for s in cs["speakers"]}
        assert {by_id[c["speaker"]] for c in cs["claims"]} == speakers


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_no_furniture_reaches_a_claim_a_speaker_or_an_outlet(name):
    cs = extracted(name)
    said = [c["text"] for c in cs["claims"]] + [s["name"] for s in cs["speakers"]]
    assert [(words, s) for s in said for words in FURNITURE if words.lower() in s.lower()] == []
    assert [o["name"] for o in cs["outlets"]] == [read_article((FIXTURES / name).read_bytes(), filename=name)[0]["outlet"]]
