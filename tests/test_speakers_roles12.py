"""A person or body named earlier and referred to later by role, and named people introduced role-first
(issue 13, item 2), each on a short text written for this test with invented names, places and bodies:
a role before a name with a body's name and an occupation or a portfolio in lower case; the one holder
of a post in a named body, on the record though unnamed, and named when the text names her later; a
later description by an abbreviated title ('the MP', 'the chief executive') or by the word a title
stands for ('the judge' for 'Justice ...'); and a name given after the description, after a comma, at
the end of a sentence."""

from __future__ import annotations

from provenance.extract.document import extract_claimset
from provenance.extract.speakers import Registry, analyse


def _speakers(text: str) -> dict[str, tuple[str | None, bool | None]]:
    """Each attributed claim's text -> (speaker name, anonymous)."""
    cs = extract_claimset(text, slug="t", use_model=False)
    by_id = {s["id"]: s for s in cs["speakers"]}
    out = {}
    for claim in (c for c in cs["claims"] if c["form"] != "unattributed"):
        sp = by_id.get(claim["speaker"]) or {}
        out[claim["text"]] = (sp.get("name"), sp.get("anonymous"))
    return out


def test_a_body_and_an_occupation_before_a_name_are_her_role():
    sp = analyse("Kelby Rovers coach Ana Lindqvist").speaker
    assert (sp.name, sp.anonymous, sp.role, sp.affiliation) == ("Ana Lindqvist", False, "Kelby Rovers coach",
                                                                "Kelby Rovers")
    sp = analyse("Harlow Bank head of equity research Tomas Berg").speaker
    assert (sp.name, sp.anonymous, sp.role) == ("Tomas Berg", False, "Harlow Bank head of equity research")


def test_a_description_before_a_name_that_is_no_role_stays_as_it_was():
    # no title nor occupation before the name, or a phrase that is no role: nobody is named so
    assert analyse("Kelby Rovers fans Ana Lind").speaker.anonymous
    assert analyse("the number of people collecting Kelby Pensions").speaker.name != "Kelby Pensions"
    sp = analyse("rising interest in presumptive nominee Ana Lind").speaker
    assert sp.role != "rising interest in presumptive nominee"


def test_the_one_holder_of_a_post_in_a_named_body_is_on_the_record():
    for mention in ("Kelby Rail's chief executive", "its director", "Ana Lind's lawyer",
                    "the head of the Kelby Port Authority"):
        sp = analyse(mention).speaker
        assert (sp.kind, sp.anonymous) == ("person", False), mention


def test_a_post_one_of_several_hold_or_an_indefinite_one_stays_anonymous():
    for mention in ("a director", "a lawyer for the family", "the company's spokesman", "its senior vice president",
                    "one of the firm's directors"):
        assert analyse(mention).speaker.anonymous, mention


def test_the_holder_of_a_post_named_later_is_that_person_from_the_first_mention():
    text = ("Norvia Labs will cut 300 jobs, its chief executive told staff on Monday.\n\n"
            "In a memo, CEO Tomas Berg said the company had hired too fast.\n\n"
            "Kelby Rail's chief executive has insisted that no passenger data was lost.\n\n"
            "Kelby Rail CEO Ana Lindqvist said the breach was contained within an hour.")
    found = _speakers(text)
    assert found["Norvia Labs will cut 300 jobs"] == ("Tomas Berg", False)
    assert found["the company had hired too fast"] == ("Tomas Berg", False)
    assert found["no passenger data was lost"] == ("Ana Lindqvist", False)


def test_a_description_of_a_post_refers_back_to_the_person_named_in_it():
    text = ("Ana Lind, president of the Kelby Dock Workers, which has 4,000 members, said the strike would go on "
            "until Friday.\n\n"
            "The president of the Kelby Dock Workers said talks with the port had failed.")
    found = _speakers(text)
    assert found["talks with the port had failed"] == ("Ana Lind", False)


def test_an_abbreviated_title_refers_back_to_the_title_written_out():
    text = ("The Member of Parliament for Hallam West, Dr Pia Roos, has called on the police to investigate.\n\n"
            '"This was not an accident," the Labour MP said.')
    assert _speakers(text)["This was not an accident"] == ("Pia Roos", False)
    registry = Registry()
    ceo = registry.resolve("Chief executive Ana Lind")
    assert registry.resolve("the CEO") is ceo


def test_the_judge_is_the_justice_the_text_names():
    text = ("The court, presided over by Justice Ana Marlowe, held that the sale was void.\n\n"
            "In her ruling, the judge said the board had acted outside its mandate.")
    assert _speakers(text)["the board had acted outside its mandate"] == ("Ana Marlowe", False)


def test_a_name_after_a_description_at_the_end_of_the_sentence_is_the_speaker():
    text = ("The bridge was closed at noon for inspection, said the county's roads director, Ana Lindqvist.\n\n"
            "According to the director, Tom Reyes was told to leave.")
    found = _speakers(text)
    assert found["The bridge was closed at noon for inspection"] == ("Ana Lindqvist", False)
    # (a name that goes on into a clause is the content's subject, no appositive)
    assert found["Tom Reyes was told to leave"][0] == "Ana Lindqvist"


def test_a_role_in_a_body_with_the_before_a_name_is_her_role():
    sp = analyse("member of the regional council Tomas Berg").speaker
    assert (sp.name, sp.anonymous, sp.role) == ("Tomas Berg", False, "member of the regional council")


def test_the_politician_describes_again_the_person_just_named():
    text = ('Meanwhile, Tomas Berg urged the ministry to audit all the repair firms.\n\n'
            '"If one workshop can do it, others can," the Green politician said.')
    assert _speakers(text)["If one workshop can do it, others can"] == ("Tomas Berg", False)


def test_an_officers_office_and_a_party_named_by_a_capitalised_word_are_bodies_on_the_record():
    for mention, name in (("The Kelby Secretary of State's office", "Kelby Secretary of State's office"),
                          ("The opposition Green party", "opposition Green party")):
        sp = analyse(mention).speaker
        assert (sp.name, sp.kind, sp.anonymous) == (name, "institution", False)
    assert analyse("Opposition parties").speaker.anonymous  # (a sentence's capital: no name)
    assert analyse("a party official").speaker.anonymous
