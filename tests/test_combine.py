"""How the statistical model's attributions become claims (extract/combine.py): who speaks when
the model found a cue but no source, which of its finds are admitted. The model is replaced by
fixed proposals here, so the tests say what combine does with a proposal, whatever the shipped
model proposes (it is retrained on its own schedule)."""

from __future__ import annotations

import pytest

from provenance.extract import combine, extract_claimset
from provenance.extract.model import Proposal


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _claims(monkeypatch, text: str, cue: str, content: str, source: str | None = None) -> list[dict]:
    """The attributed claims of text when the model proposes exactly (cue, source, content)."""
    prop = Proposal(_span(text, cue), _span(text, source) if source else None, [_span(text, content)])
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: [prop])
    cs = extract_claimset(text, slug="t")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [{**c, "speaker_name": names.get(c.get("speaker") or ""),
             "mention": text[c["speaker_start"]:c["speaker_end"]] if c.get("speaker_start") is not None else None}
            for c in cs["claims"] if c["form"] != "unattributed"]


@pytest.mark.parametrize("text, cue, content, mention", [
    # the subject just before the cue
    ("Aides to the mayor reckon the budget will pass in March.", "reckon", "the budget will pass in March",
     "Aides to the mayor"),
    # a subject with an age and an appositive before the cue
    ("Dana Birch, 41, a nurse from Lakeside, reckons the clinic will close next year.", "reckons",
     "the clinic will close next year", "Dana Birch, 41, a nurse from Lakeside"),
    # a participle after a comma: the sentence's subject
    ("Tom Greaves toured the depot on Monday, hinting that the council would drop it.", "hinting",
     "the council would drop it", "Tom Greaves"),
    # a participle after a preposition, past an opening adjunct
    ("By the end of the day, Tom Greaves had softened, before hinting that the levy would go.", "hinting",
     "the levy would go", "Tom Greaves"),
    # the content first, the speaker after the cue
    ("“The clinic will close next year,” reckoned Dana Birch, a nurse from Lakeside.", "reckoned",
     "The clinic will close next year", "Dana Birch, a nurse from Lakeside"),
])
def test_a_cue_without_a_source_speaks_for_its_subject(monkeypatch, text, cue, content, mention):
    claims = _claims(monkeypatch, text, cue, content)
    assert [(c["text"], c["mention"]) for c in claims] == [(content, mention)]


def test_a_participle_after_the_rules_frame_is_its_speakers(monkeypatch):
    """'"C," she said, hinting that D': D is hers too."""
    text = "Ana Costa spoke first. “The levy will go,” she said, hinting that a vote was near."
    claims = _claims(monkeypatch, text, "hinting", "a vote was near")
    assert [(c["text"], c["mention"], c["speaker_name"]) for c in claims] == [
        ("The levy will go", "she", "Ana Costa"), ("a vote was near", "she", "Ana Costa")]


UNNAMED, NONE = "a claim, its speaker unnamed", "no claim"


@pytest.mark.parametrize("text, cue, content, source, gives", [
    # 'X is expected to C', 'X seems to C', 'X reportedly did C': X is talked about; whoever expects,
    # judges or reports goes unnamed
    ("The mayor is expected to sign the budget on Friday.", "is expected", "to sign the budget on Friday", None,
     UNNAMED),
    ("The mayor is expected to sign the budget on Friday.", "is expected", "to sign the budget on Friday",
     "The mayor", UNNAMED),
    ("Councillors seem to favour the cheaper bridge design.", "seem", "to favour the cheaper bridge design", None,
     UNNAMED),
    # a contracted negation of 'be', an adverb before a verb of appearance: still no speaker
    ("The mayor isn’t expected to sign the budget on Friday.", "isn’t expected", "to sign the budget on Friday",
     "The mayor", UNNAMED),
    ("The mayor wasn't expected to sign the budget on Friday.", "wasn't expected", "to sign the budget on Friday",
     "The mayor", UNNAMED),
    ("Councillors often seem to favour the cheaper bridge design.", "often seem", "to favour the cheaper bridge design",
     "Councillors", UNNAMED),
    ("Councillors also appeared to favour the cheaper bridge design.", "also appeared",
     "to favour the cheaper bridge design", "Councillors", UNNAMED),
    # a verb of appearance after a form of 'do', negated or not: no speaker either
    ("The mayor does not seem to favour the cheaper bridge design.", "does not seem",
     "to favour the cheaper bridge design", "The mayor", UNNAMED),
    ("Councillors didn’t appear to favour the cheaper bridge design.", "didn’t appear",
     "to favour the cheaper bridge design", "Councillors", UNNAMED),
    ("Councillors don't really seem to favour the cheaper bridge design.", "don't really seem",
     "to favour the cheaper bridge design", "Councillors", UNNAMED),
    # a passive after an auxiliary or a modal, a verb of appearance after one, an adverb of hearsay,
    # a participle opening the sentence: the one talked about is no speaker
    ("The mayor has also been mentioned as a candidate for governor.", "has also been mentioned",
     "as a candidate for governor", "The mayor", UNNAMED),
    ("The levy must be seen as a tax on the poor.", "must be seen as", "a tax on the poor", None, UNNAMED),
    ("The mayor has seemed reluctant to sign the budget.", "has seemed", "reluctant to sign the budget", None,
     UNNAMED),
    ("Tom Greaves reportedly met the developers twice in May.", "reportedly", "met the developers twice in May",
     "Tom Greaves", UNNAMED),
    # a question put to a speaker is no one's statement (extract/noise.py, tests/test_noise55.py)
    ("Asked about the levy, the mayor shrugged and left the room.", "Asked", "about the levy", None, NONE),
    # no speaker to be found (an adverb, a clause, a possessive, a thing, nothing) makes no claim:
    # an adverb, a clause or a possessive is no speaker
    ("Instead, fixing the roads first reflects what the valley needs.", "reflects", "what the valley needs", None,
     NONE),
    ("It's common for councils to portray the levy as a success.", "to portray", "the levy as a success", None,
     NONE),
    # 'The pause in the strikes signaled progress': a judgement of the writer's, no one else's
    ("The pause in the strikes, coinciding with the talks, hinted at progress between the two sides.", "hinted at",
     "progress between the two sides", None, NONE),
    # a cue with no subject to find
    ("Hinting at a delay now would only anger the residents of the valley.", "Hinting at", "a delay now", None,
     NONE),
    ("Without a vote, hinting at a delay would only anger the residents.", "hinting at", "a delay", None, NONE),
])
def test_a_model_cue_whose_speaker_the_rules_cannot_name(monkeypatch, text, cue, content, source, gives):
    """What a model's cue gives when no speaker can be named: a claim whose speaker goes unnamed, or
    none at all."""
    claims = _claims(monkeypatch, text, cue, content, source)
    expected = [(content, None, None)] if gives == UNNAMED else []
    assert [(c["text"], c["speaker_name"], c["mention"]) for c in claims] == expected


def test_a_passive_cue_speaks_for_its_agent(monkeypatch):
    """'X is seen by many analysts as C': the analysts see, X is seen."""
    text = "The mayor is seen by many analysts as a safe pair of hands."
    claims = _claims(monkeypatch, text, "is seen", "as a safe pair of hands")
    assert [(c["text"], c["mention"]) for c in claims] == [("as a safe pair of hands", "many analysts")]


def test_the_models_source_is_kept_when_it_gave_one(monkeypatch):
    text = "In the valley, the residents' association reckons the bridge will cost twice as much."
    claims = _claims(monkeypatch, text, "reckons", "the bridge will cost twice as much", "the residents' association")
    assert [(c["text"], c["mention"]) for c in claims] == [("the bridge will cost twice as much",
                                                           "the residents' association")]


@pytest.mark.parametrize("text, cue, content", [
    ("City Hall did not respond to a request for comment.", "did not respond to", "a request for comment"),
    ("A spokesman for the port declined to comment.", "declined", "to comment"),
    ("The ministry did not reply to emails seeking comment.", "did not reply to", "emails seeking comment"),
])
def test_a_content_that_says_nothing_is_no_claim(monkeypatch, text, cue, content):
    assert _claims(monkeypatch, text, cue, content, text.split(" did")[0].split(" declined")[0]) == []


def test_a_quotation_without_a_cue_far_from_the_last_speaker_is_not_the_models(monkeypatch):
    """The model's quotation with no cue is the last speaker's in the same paragraph; three
    paragraphs on, whose it is cannot be told: the model adds no claim."""
    text = ("Ana Costa said the vote was close.\n\nThe council meets again on Monday. Its agenda is long.\n\n"
            "The ferry timetable changes in May.\n\n\"We will win the next one, and the one after.\"")
    content = "We will win the next one, and the one after."
    prop = Proposal(None, None, [_span(text, content)])
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: [prop])
    cs = extract_claimset(text, slug="t")
    assert [c["text"] for c in cs["claims"] if c["form"] != "unattributed"] == ["the vote was close"]


def test_a_scare_quote_makes_no_quotation_of_a_sentence_without_a_cue(monkeypatch):
    """'The valley is now seen as a "safe harbour" for ...': the writer's sentence with a quoted
    phrase in it, no one's quotation going on; it stays the publisher's statement."""
    text = "Ana Costa said the vote was close.\n\nThe valley is now seen as a “safe harbour” for small firms."
    content = "The valley is now seen as a “safe harbour” for small firms"
    prop = Proposal(None, None, [_span(text, content)])
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: [prop])
    cs = extract_claimset(text, slug="t")
    assert [c["form"] for c in cs["claims"] if c["text"] == content] == ["unattributed"]


def test_the_source_a_report_cites_is_no_claim(monkeypatch):
    text = "The ministry had called an emergency meeting, the Dispatch reported, citing a ministry spokesman."
    claims = _claims(monkeypatch, text, "citing", "a ministry spokesman", "the Dispatch")
    assert all(c["text"] != "a ministry spokesman" for c in claims)


def test_what_a_cue_of_citing_cites_is_a_claim_when_it_names_no_one(monkeypatch):
    """'X voted against the levy, citing rising repair costs': what is cited is told, no source."""
    text = "Mara Lind voted against the harbour levy on Monday, citing rising repair costs at the quay."
    claims = _claims(monkeypatch, text, "citing", "rising repair costs at the quay")
    assert [(c["text"], c["mention"]) for c in claims] == [("rising repair costs at the quay", "Mara Lind")]


@pytest.mark.parametrize("text, cue, content, source, mention, name", [
    # a conjunction is no source: the cue's subject speaks
    ("Mara Lind toured the plant on Monday and reckoned that the jobs would go by spring.", "reckoned",
     "the jobs would go by spring", "and", "Mara Lind", "Mara Lind"),
    # nor a word that opens no name
    ("Rather than wait, the union reckons the plant will shut in May.", "reckons", "the plant will shut in May",
     "Rather", "the union", "union"),
    # an adjective or an article with no subject to fall back on: the content is no one's
    ("An inquiry into the fire drew withering scorn for its failure to name the owners.", "scorn for",
     "its failure to name the owners", "withering", None, None),
    ("An appraisal of the council's record on housing, schools and roads since 2010.", "appraisal of",
     "the council's record on housing, schools and roads", "An", None, None),
    # a comma and a conjunction opening the source are no part of it
    ("The plan is cruel, and the union leaders reckon it will not pass.", "reckon", "it will not pass",
     ", and the union leaders", "the union leaders", "union leaders"),
    # a phrase opening with such a word may name someone
    ("Even the harbour master reckons the pier will not last.", "reckons", "the pier will not last",
     "Even the harbour master", "Even the harbour master", "harbour master"),
])
def test_a_source_that_names_no_one_is_not_the_models(monkeypatch, text, cue, content, source, mention, name):
    """The model's source span is checked like a speaker the rules read: one word that names no one
    ('and', 'Rather', 'withering', 'An') is dropped for the cue's subject, or for no one."""
    claims = _claims(monkeypatch, text, cue, content, source)
    assert [(c["text"], c["mention"], c["speaker_name"]) for c in claims] == [(content, mention, name)]


@pytest.mark.parametrize("text, cue, content, mention", [
    ("Ms. Lind is convinced that the levy will fail.", "is convinced", "the levy will fail", "Ms. Lind"),
    ("The board is deeply divided over the plan to close the pier.", "is deeply divided over",
     "the plan to close the pier", "The board"),
    ("With ten seats left, she is now assured of winning at least six.", "is now assured of",
     "winning at least six", "she"),
    # 'outspoken' ends like a participle ('spoken') but is the subject's stance
    ("The Kelby Courier has been outspoken in its criticism of the bridge plan.",
     "has been outspoken in its criticism of", "the bridge plan", "The Kelby Courier"),
])
def test_a_cue_naming_a_state_of_mind_speaks_for_its_subject(monkeypatch, text, cue, content, mention):
    """'X is convinced C' is X's, unlike a passive ('X is expected to C'), which names no one."""
    claims = _claims(monkeypatch, "Ana Lind spoke first. " + text, cue, content)
    assert [(c["text"], c["mention"]) for c in claims] == [(content, mention)]


@pytest.mark.parametrize("text, cue, content, source, contents", [
    # the model reads an attribution after a conjunction at the tail of the rules' content
    ("Residents said the water tasted of chlorine, and nearly half fear it is unsafe to drink.", "fear",
     "it is unsafe to drink", "nearly half", ["the water tasted of chlorine", "it is unsafe to drink"]),
    ("The coach said the team had played well, although fans argued that the referee had helped them.",
     "argued", "the referee had helped them", "fans", ["the team had played well", "the referee had helped them"]),
    # the rules read the tail's attribution too: the first content ends before it all the same
    ("The company said its profits rose 8 percent, while analysts warned that the figure masked weak sales.",
     "warned", "the figure masked weak sales", "analysts", ["its profits rose 8 percent", "the figure masked weak sales"]),
    # the tail's attribution makes no claim (one word): the first content keeps its tail
    ("The minister said the talks had stalled, and her deputy hinted soon.", "hinted", "soon", "her deputy",
     ["the talks had stalled, and her deputy hinted soon"]),
    # no comma or conjunction before it: no cut
    ("The minister said the talks had stalled with envoys hoping that a deal is near.", "hoping",
     "a deal is near", "envoys", ["the talks had stalled with envoys hoping that a deal is near"]),
])
def test_an_attribution_at_the_tail_of_a_content_ends_it(monkeypatch, text, cue, content, source, contents):
    assert [c["text"] for c in _claims(monkeypatch, text, cue, content, source)] == contents


def test_a_content_before_its_cue_keeps_what_it_tells(monkeypatch):
    text = "During the talks, the two ministers affirmed a close alliance between their peoples, the statement said."
    claims = _claims(monkeypatch, text, "affirmed", "a close alliance between their peoples", "the two ministers")
    assert claims[0]["text"].startswith("During the talks, the two ministers affirmed")


@pytest.mark.parametrize("text, cue, content, source, mention", [
    # a relative pronoun the model gives as source points back at the one named before it
    ("The levy was backed by Ana Lind, who conceded that the pier might close.", "conceded",
     "the pier might close", "who", "Ana Lind, who"),
    # the model's source is the pronoun opening a clause set off inside the subject
    ("Tom Greaves, who faces a primary in May, reckons the ward will close next spring.", "reckons",
     "the ward will close next spring", "who", "Tom Greaves"),
])
def test_a_relative_pronoun_the_model_gives_as_source_points_back(monkeypatch, text, cue, content, source, mention):
    claims = _claims(monkeypatch, text, cue, content, source)
    assert [(c["text"], c["mention"]) for c in claims] == [(content, mention)]


@pytest.mark.parametrize("text, cue, content", [
    ("A port official, who asked not to be named, said the cranes would stay idle.", "asked", "not to be named"),
    ("Two aides, who spoke on condition of anonymity, said the mayor would resign.", "spoke",
     "on condition of anonymity"),
    ("A clerk who was not authorized to speak publicly said the files were gone.", "was not authorized",
     "to speak publicly"),
])
def test_an_aside_about_a_speakers_anonymity_is_no_claim(monkeypatch, text, cue, content):
    """'who asked not to be named' says who may be quoted, nothing about the story."""
    claims = _claims(monkeypatch, text, cue, content, "who")
    assert claims, "the sentence's own attribution is kept"
    assert all(c["text"] != content for c in claims)


@pytest.mark.parametrize("text, cue, content, source", [
    # the writer's sentence read as the content of a cue in the sentence after it
    ("The ferry timetable changes in May. Most commuters favour an earlier boat.", "favour",
     "The ferry timetable changes in May", "Most commuters"),
    # a clause joined to the one with the cue
    ("The pier will close in June, and most commuters favour an earlier boat.", "favour",
     "The pier will close in June", "most commuters"),
])
def test_an_unquoted_content_before_the_models_cue_is_no_claim(monkeypatch, text, cue, content, source):
    """What the model reads before its cue, with no quotation mark, where the rules read no 'C, X
    said', is no one's claim: it stays the publisher's statement."""
    claims = _claims(monkeypatch, text, cue, content, source)
    assert all(c["text"] != content for c in claims)
    # the same proposal with its content after the cue is a claim: the drop is the position's
    after = text[text.index(cue) + len(cue):].strip(" .")
    assert [c["text"] for c in _claims(monkeypatch, text, cue, after, source)] == [after]


def test_the_subject_of_a_passive_cue_is_kept(monkeypatch):
    """'X is named in reports as Y': what is told is about X, its teller unnamed."""
    text = "At noon, one of the drivers is named in local reports as Tom Greaves."
    claims = _claims(monkeypatch, text, "is named in local reports as", "one of the drivers")
    assert [(c["text"], c["speaker_name"]) for c in claims] == [("one of the drivers", None)]


def test_a_content_with_a_quotation_before_the_models_cue_is_kept(monkeypatch):
    text = "The ferry runs “late every single day” this spring, the harbour master grumbled on Monday."
    content = "The ferry runs “late every single day” this spring"
    claims = _claims(monkeypatch, text, "grumbled", content, "the harbour master")
    assert [(c["text"], c["mention"]) for c in claims] == [(content, "the harbour master")]



def test_a_statement_the_models_lexicon_cue_tells_is_no_longer_the_publishers(monkeypatch):
    """'The harbour master fears the dam could fail': the belief is the harbour master's; the sentence is
    not also kept as the publisher's own statement (its content is less than half of it)."""
    text = "The harbour master fears the dam could fail."
    prop = Proposal(_span(text, "fears"), _span(text, "The harbour master"), [_span(text, "the dam could fail")])
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: [prop])
    claims = extract_claimset(text, slug="t")["claims"]
    assert [(c["form"], c["text"]) for c in claims] == [("indirect", "the dam could fail")]


def test_a_statement_with_a_cue_outside_the_lexicon_stays_the_publishers(monkeypatch):
    """'The council held talks with the port on the levy': the model's made-up cue ('held talks with')
    does not take the publisher's statement away."""
    text = "The harbour council held talks with the port owners on the new levy."
    prop = Proposal(_span(text, "held talks with"), _span(text, "The harbour council"),
                    [_span(text, "the port owners on the new levy")])
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: [prop])
    forms = [c["form"] for c in extract_claimset(text, slug="t")["claims"]]
    assert "unattributed" in forms


def test_the_writers_clause_after_a_models_content_ends_it(monkeypatch):
    text = "Dana Birch reckons the clinic will close next year, a prospect that worries the whole valley."
    found = _claims(monkeypatch, text, "reckons", "the clinic will close next year, a prospect that worries the whole valley",
                    "Dana Birch")
    assert [c["text"] for c in found] == ["the clinic will close next year"]


@pytest.mark.parametrize("text, content", [
    ("As the minister promised new funding for rural clinics, nurses in the north staged a walkout on Tuesday.",
     "new funding for rural clinics"),
    ("Even as the council insisted the budget was balanced, auditors found a gap of three million in the water fund.",
     "the budget was balanced"),
    ("If the senator said the vote was rigged, he has offered no proof of it to the committee.", "the vote was rigged"),
    # a thousands' comma is no end of the clause
    ("While the union warned 34,000 jobs were at risk, the mill owners spoke of a few hundred.", "34,000 jobs were at risk"),
])
def test_a_report_in_an_opening_subordinate_clause_ends_at_its_comma(monkeypatch, text, content):
    """'As the minister promised C, nurses staged D': the walkout is the writer's main clause, no part of
    what the minister promised (the rules' reading, the model proposing nothing)."""
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: [])
    claims = [c for c in extract_claimset(text, slug="t")["claims"] if c["form"] != "unattributed"]
    assert [c["text"] for c in claims] == [content]


def test_a_models_report_in_an_opening_subordinate_clause_ends_at_its_comma(monkeypatch):
    text = "Only when the harbour board conceded the pier was unsafe, the ferry company stopped selling tickets."
    found = _claims(monkeypatch, text, "conceded", "the pier was unsafe, the ferry company stopped selling tickets",
                    "the harbour board")
    assert [c["text"] for c in found] == ["the pier was unsafe"]


@pytest.mark.parametrize("text, cue, content, source", [
    # the comma comes before the content: the main clause is what was noted
    ("As the mayor noted, the bridge has been closed since the floods of the spring.", "noted",
     "the bridge has been closed since the floods of the spring", "the mayor"),
    # the sentence opens with no subordinate clause
    ("The mayor noted the bridge was closed, and the ferry would run twice a day instead.", "noted",
     "the bridge was closed, and the ferry would run twice a day instead", "The mayor"),
])
def test_a_report_outside_an_opening_subordinate_clause_keeps_its_end(monkeypatch, text, cue, content, source):
    found = _claims(monkeypatch, text, cue, content, source)
    assert [c["text"] for c in found] == [content]


def test_a_quotation_open_at_the_comma_is_not_cut():
    text = 'When the chief said the plan was "a start, and only that" the crowd cheered.'
    start = text.index("the plan")
    cue = (text.index("said"), text.index("said") + 4)
    assert combine.opening_clause_end(text, 0, cue, start, len(text) - 1) is None
    assert combine.opening_clause_end(text.replace('"', ""), 0, cue, start, len(text) - 3) == text.index(",") - 1


@pytest.mark.parametrize("text, cue, content, source, mention", [
    # a passive's agent, a description whose head a source has (data/source_heads.json) but no word list of the lexicon's
    ("The new levy was hailed by harbour pilots as a lifeline for the port.", "was hailed",
     "as a lifeline for the port", None, "harbour pilots"),
    # the subject of a cue whose source the model gave as a word naming no one ('and')
    ("The harbour pilots said the pier was a gift, and waxed lyrical about its lights.", "waxed lyrical about",
     "its lights", "and", "The harbour pilots"),
])
def test_a_kept_frame_speaks_for_a_subject_whose_head_a_source_has(monkeypatch, text, cue, content, source, mention):
    """A frame kept whether or not its subject speaks (a passive's, one whose model source names no one) names
    a subject whose head the table of source heads knows, where it named no one."""
    claims = _claims(monkeypatch, text, cue, content, source)
    assert [(c["text"], c["mention"]) for c in claims if c["cue"] == cue] == [(content, mention)]


def test_a_thing_the_table_does_not_know_is_still_no_agent(monkeypatch):
    """'was hailed by the new timetable': a thing's head, in no table, names no one."""
    text = "The new levy was hailed by the new timetable as a lifeline for the port."
    claims = _claims(monkeypatch, text, "was hailed", "as a lifeline for the port")
    assert [(c["text"], c["mention"]) for c in claims] == [("as a lifeline for the port", None)]


def _two_claims(monkeypatch, text: str, first: tuple[str, str, str], then: tuple[str, str, str]) -> list[tuple]:
    """(content, mention) of the claims of text when the model proposes two attributions, each (cue, source, content)."""
    props = [Proposal(_span(text, cue), _span(text, source), [_span(text, content)]) for cue, source, content in (first, then)]
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: props)
    cs = extract_claimset(text, slug="t")
    return [(c["text"], text[c["speaker_start"]:c["speaker_end"]] if c.get("speaker_start") is not None else None)
            for c in cs["claims"] if c["form"] != "unattributed"]


@pytest.mark.parametrize("text, first, then, expected", [
    # after 'and', a cue whose source the model gave as 'and', where the sentence's subject the rules read is no one's
    ("For that the mayor drew the union's ire - he hailed the pier as \"a gift\", and waxed lyrical about its lights.",
     ("hailed", "he", 'the pier as "a gift"'), ("waxed lyrical about", "and", "its lights"),
     [('the pier as "a gift', "he"), ("its lights", "he")]),
    # a subject the rules read for the cue after 'and' speaks as before (the antecedent of the model's 'who')
    ('In the end it was the pilots who hailed the pier as "a gift", and waxed lyrical about its lights.',
     ("hailed", "who", 'the pier as "a gift"'), ("waxed lyrical about", "and", "its lights"),
     [('the pier as "a gift', "the pilots who"), ("its lights", "the pilots who")]),
])
def test_a_cue_after_and_speaks_for_the_models_speaker_before_it(monkeypatch, text, first, then, expected):
    assert _two_claims(monkeypatch, text, first, then) == expected
