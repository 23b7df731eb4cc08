"""Shapes tidied in session 45, in invented sentences: a claim the rules and the model both read is
stored once; a refusal to answer questions about something is the publisher's statement; one
recogniser of a source's request not to be named serves the extractor and the status rules."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset

_LEAD = "The harbour board met on Monday to set the new fees for the winter season.\n\n"


def _claims(sentence: str) -> tuple[list[dict], dict[str, str]]:
    cs = extract_claimset(_LEAD + sentence, slug="t", outlet="Valley Herald", published="2025-05-20")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [c for c in cs["claims"] if c["start"] >= len(_LEAD)], names


@pytest.mark.parametrize("sentence", [
    "The harbourmaster said the port is expecting a 12 percent rise in cargo, while the marina will likely see a 3 percent fall.",
    "The trader said Norland is expecting a 4.5 percent growth rate, while Vostria will likely see a 2 percent rate.",
])
def test_a_content_the_rules_and_the_model_both_read_is_one_claim(sentence):
    """The model's content ran on past ', while' and was cut there (the writer's clause) after it was
    checked against the rules' content: the same claim stored twice."""
    claims, _ = _claims(sentence)
    keys = [(c["speaker"], c["start"], c["end"]) for c in claims]
    assert len(keys) == len(set(keys)), claims


@pytest.mark.parametrize("sentence", [
    "Mayor Ana Lind did not respond to questions about the harbour fees.",
    "Mayor Ana Lind did not respond to requests for comment on the harbour fees.",
    "Mayor Ana Lind could not be reached for comment about the harbour fees.",
    "The Kelby Port Authority did not reply to questions regarding the dredging contract.",
    "Tom Roe, the depot manager, did not return calls seeking comment on the closure of the yard.",
    "Tom Roe did not return messages about the closure.",
    "A spokeswoman for the ferry company did not answer questions on the timetable cuts.",
    "The ministry has not responded to requests for comment about the new tariff.",
    "Ana Lind has not answered questions on whether the fees will rise.",
])
def test_a_silence_on_questions_about_something_is_the_publishers_statement(sentence):
    """What the party was asked about is no statement of the party's (it said nothing): the sentence
    whole is the publisher's observation, as 'X declined to comment' is."""
    claims, names = _claims(sentence)
    assert [(names[c["speaker"]], c["text"]) for c in claims] == [("Valley Herald", sentence.rstrip("."))]


@pytest.mark.parametrize("sentence, speaker, content", [
    # nothing asked: a refusal to comment on something keeps its reading (the party declines to confirm it)
    ("The board declined to comment on the sale.", "board", "the sale"),
    # no question: what the party did not respond to is a thing of its own
    ("Ana Lind did not respond to the mayor's letter about the fees.", "Ana Lind", "the mayor's letter about the fees"),
    # a report of the silence by someone else stays theirs
    ("Ana Lind did not respond to questions about the fees, her office said.", "her office",
     "Ana Lind did not respond to questions about the fees"),
])
def test_what_is_no_silence_on_questions_keeps_its_reading(sentence, speaker, content):
    claims, names = _claims(sentence)
    assert (speaker, content) in [(names[c["speaker"]], c["text"]) for c in claims]


@pytest.mark.parametrize("lead", [
    "A clerk at the depot, who asked not to be named, said ",
    "A clerk at the depot, who asked the Valley Herald not to use her name, said ",
    "A clerk at the depot, who asked that we not use his name, said ",
    "A clerk at the depot, who did not want to be quoted, said ",
    "A clerk at the depot, speaking on condition of anonymity, said ",
])
def test_the_status_rules_read_a_request_not_to_be_named_as_the_extractor_does(lead):
    from provenance.corroboration import ClaimRecord
    from provenance.extract.lexicon import anonymity_request
    from provenance.rules import unnamed_on_request

    record = ClaimRecord(key=1, doc="d", text="the roof beams were never replaced", speaker="clerk at the depot",
                         anonymous=True, lead=lead)
    assert unnamed_on_request(record) == anonymity_request(" ".join(lead.casefold().split())).group()


def test_a_named_speakers_surname_kept_out_of_print_is_no_anonymous_source():
    from provenance.corroboration import ClaimRecord
    from provenance.rules import unnamed_on_request

    record = ClaimRecord(key=1, doc="d", text="the ward was short of nurses", speaker="Rasa",
                         lead="Rasa, who asked that her surname not be used, said ")
    assert unnamed_on_request(record) is None


@pytest.mark.parametrize("request_words", ["asked that we not use his name", "asked the Valley Herald not to use his name",
                                           "asked not to be named"])
def test_he_after_a_source_who_asked_not_to_be_named_is_that_source(request_words):
    text = (f"A loader at the depot, who {request_words}, said the cranes were never inspected.\n\n"
            '"Nobody checked the cables," he said.')
    cs = extract_claimset(text, slug="t", outlet="Valley Herald", published="2025-05-20")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    said = {c["text"]: names.get(c["speaker"]) for c in cs["claims"]}
    assert said.get("Nobody checked the cables") == said.get("the cranes were never inspected") == "loader at the depot"


@pytest.mark.parametrize("sentence, cue", [
    ("The Courier has learned that the port authority delayed the dredging contract by two years.", "has learned"),
    ("The Courier has learnt that the committee did not meet at all between July and October.", "has learnt"),
])
def test_an_outlets_own_reporting_is_one_claim(sentence, cue):
    """'The Courier has learned that C': C is the outlet's claim once, not again as the rules' reading of the cue."""
    claims, names = _claims(sentence)
    assert [(names[c["speaker"]], c["cue"]) for c in claims] == [("The Courier", cue)]


@pytest.mark.parametrize(("sentence", "who"), [
    ("The nurse said the ward was short of staff.\n\n"
     "The mayor did not answer calls about the budget. He said on Friday that taxes would rise.", "mayor"),
    ("The union said the yard would close.\n\n"
     "The Kelby Port Authority did not reply to questions regarding the dredging contract. It said in May that "
     "fees would rise.", "Kelby Port Authority"),
])
def test_the_party_of_a_silence_is_the_one_a_pronoun_after_it_names(sentence, who):
    """The silence is the publisher's statement, but its party was named last: the 'he' or 'it' of
    the next sentence is that party, not the speaker before it."""
    claims, names = _claims(sentence)
    rise = [c for c in claims if "would rise" in c["text"]]
    assert rise and all(names[c["speaker"]] == who for c in rise), (claims, names)
