"""A person named with the firm that carries his surname (issue 13): the person speaks, the firm is
his affiliation, never the speaker; and a clip or a video the text has in view ('The clip says C')
speaks as the project's other documents do ('the report says C'), while a post spreading online
('A video circulating on X claims C') stays the post's claim; a headline's role before a surname
('Rower Quell banned') is no full name; a role in lower case after a title word opening a sentence
('District engineer Tavi Malu') is a role. Short texts written for this test, with invented names,
firms, places and outlets."""

from __future__ import annotations

from provenance.extract.document import extract_claimset
from provenance.extract.speakers import analyse


def _speakers(text: str, outlet: str | None = None) -> list[tuple[str | None, str]]:
    cs = extract_claimset(text, slug="t", outlet=outlet, use_model=False)
    by_id = {s["id"]: s for s in cs["speakers"]}
    return [((by_id.get(c["speaker"]) or {}).get("name"), c["text"])
            for c in cs["claims"] if c["form"] != "unattributed"]


def test_a_surname_after_the_firm_and_its_owner_is_the_owner():
    text = ("A photo shared by Brisa Tarrow Shipping president Tavi Tarrow shows the quay finished in May.\n\n"
            '"This is the quay," Tarrow said.')
    said = {name for name, text in _speakers(text) if text == "This is the quay"}
    assert said == {"Tavi Tarrow"}


def test_a_surname_is_the_person_met_before_not_a_firm_named_after_him():
    text = ("Police froze the accounts of Brisa Tarrow on Monday.\n\n"
            "Contractor Tavi Tarrow insisted the quay was built.\n\n"
            "Tarrow says the photographs were mislabelled.")
    assert {name for name, _ in _speakers(text)} == {"Tavi Tarrow"}


def test_a_trade_before_a_name_is_a_role():
    sp = analyse("Contractor Tavi Tarrow").speaker
    assert (sp.name, sp.role) == ("Tavi Tarrow", "Contractor")


def test_a_clip_in_view_speaks_as_a_document():
    text = ("The Kestrel Quay campaign released a new advertisement on Monday.\n\n"
            "The clip says the mayor voted twice against the harbour fund.")
    names = {name for name, _ in _speakers(text, outlet="Wenlo Courier")}
    assert "clip" not in {(n or "").casefold() for n in names}


def test_a_post_spreading_online_is_still_the_posts_claim():
    text = "A video circulating on TikTok this week claims that the quay collapsed in May."
    assert _speakers(text, outlet="Wenlo Courier") == [("video", "the quay collapsed in May")]


def test_a_headline_role_before_a_surname_is_no_full_name():
    text = ("Rower Quell banned after missed tests\n\n"
            "Olympic champion Dessa Quell has been banned for a year, the federation said.\n\n"
            'Quell said she would appeal. "I have done nothing wrong," she said.')
    assert {name for name, _ in _speakers(text) if name and "Quell" in name} == {"Dessa Quell"}


def test_a_role_in_lower_case_after_a_title_word_opening_a_sentence():
    for mention, name, role in [("District engineer Tavi Malu", "Tavi Malu", "District engineer"),
                                ("Suspended district engineer Tavi Malu", "Tavi Malu", "Suspended district engineer")]:
        sp = analyse(mention).speaker
        assert (sp.name, sp.role, sp.anonymous) == (name, role, False)
