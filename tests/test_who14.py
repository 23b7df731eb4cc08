"""Who speaks when a statement's subject is a long one or points back (issue 13): 'the company' right after a
body's own statement is that body, however short its name, not a company the text named longer ago.

Constructed sentences with invented names, places and outlets."""

from __future__ import annotations

from provenance.extract import extract_claimset

_HEAD = "Harbour Gazette\n\nFerry tender in doubt\n\nBy Jo Brell\n\n"


def _speakers(text: str) -> dict[str, str | None]:
    """Each attributed claim's first words -> its speaker's name."""
    cs = extract_claimset(_HEAD + text, slug="t")
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    return {c["text"][:30]: names.get(c["speaker"]) for c in cs["claims"] if c["cue"]}


def test_the_company_after_its_own_denial_is_the_body_of_one_word():
    # 'Quorvane' is a one-word name; the ferry operator named two paragraphs before is another company
    text = ("Port officials plan to scrap a dredging deal awarded to a venture headed by Quorvane, two officials "
            "said.\n\nAn invoice from ferry operator Dunmore Lines listed repairs Quorvane had not made, an "
            "official said.\n\nQuorvane denied that its tender held forged papers. \"Each permit we handed in "
            "is valid,\" the company said by email on Friday. It said it would appeal.")
    got = _speakers(text)
    assert got["Each permit we handed in is va"] == "Quorvane"
    assert got["it would appeal"] == "Quorvane"


def test_the_company_after_a_body_of_two_words_that_spoke():
    text = ("Ferry operator Dunmore Lines said on Monday that it had cut two routes.\n\nOrsk Marine denied that "
            "its yard had delayed the new ferries. \"Both hulls left on time,\" the company said.")
    assert _speakers(text)["Both hulls left on time"] == "Orsk Marine"


def test_the_company_is_not_a_person_who_spoke_before():
    # a person (a given name shows it) who spoke just before is never 'the company'
    text = ("Ferry operator Dunmore Lines said on Monday that it had cut two routes.\n\nAna Lind, a deckhand, "
            "said the crews had not been told. \"We regret the short notice,\" the company said.")
    assert _speakers(text)["We regret the short notice"] == "Dunmore Lines"


def test_the_company_long_after_a_body_spoke_is_not_it():
    # three sentences on, 'the company' is no longer the body that spoke: the company the text named
    text = ("Ferry operator Dunmore Lines runs the Tarn crossing. Kelvex said that its software had failed. "
            "The harbour board met on Monday. The crossing was closed for a day. Passengers waited for hours. "
            "\"We regret the delays,\" the company said. Kelvex writes the booking software.")
    assert _speakers(text)["We regret the delays"] == "Dunmore Lines"


def test_it_after_a_statement_of_a_body_of_one_word_is_that_body():
    # 'Kelvex' is read as a name of no known kind; 'it' right after its statement is Kelvex, not the ministry
    text = ("The harbour board is set to cancel a contract won by Kelvex, two people briefed on the talks said.\n\n"
            "The Transport Ministry said on Monday that it would review the tender.\n\n"
            "Kelvex said the tender was fair. It added that it would appeal any decision.")
    assert _speakers(text)["it would appeal any decision"] == "Kelvex"


def test_it_after_a_person_known_by_her_surname_is_not_her():
    # a surname the text gave a given name to is a person's: 'it' goes on to the body
    text = ("The Transport Ministry said on Monday that it would review the tender.\n\n"
            "Ana Lind, a ferry captain, said the tender was fair. It added that a decision would come in May.")
    assert _speakers(text)["a decision would come in May"] == "Transport Ministry"
