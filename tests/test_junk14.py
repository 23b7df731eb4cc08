"""A body's or a person's name is cut where it ends, not at an 'and' or a word inside it (issue 13: no junk
speaker): 'the lakes and rivers ministry' is one body, 'the Ministry of Ports and Water' keeps its last words
when 'the ministry' refers back to it, and a three-part name after a body's name keeps its first word. Two
names stay two ('the Bank of Kelby and KBC')."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.speakers import analyse


def _speakers(text: str) -> list[str | None]:
    cs = extract_claimset(text, slug="t")
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    return [names.get(c["speaker"]) for c in cs["claims"] if c["cue"]]


@pytest.mark.parametrize("text, speakers", [
    # an 'and' between two bare nouns before a body's head noun joins them inside its name
    ("A spokesperson for the lakes and rivers ministry said a team had reached the dam on Monday.",
     ["spokesperson for the lakes and rivers ministry"]),
    ("The ferries and harbours department said the quay would reopen.", ["ferries and harbours department"]),
    # a body's 'X of Y and Z' is the body 'the ministry' refers back to, and so is a list before the 'and'
    ("Kelp Marine asked the Ministry of Ports and Water to pay for the repairs. The ministry rejected that bill"
     " in August.", ["Kelp Marine", "Ministry of Ports and Water"]),
    ("Kelp Marine wrote to the Ministry of Farms, Fish and Forests. The ministry said the boats were safe.",
     ["Ministry of Farms, Fish and Forests"]),
    # two bodies, or a body and a person, stay two
    ("Tarn Freight sued the Bank of Kelby and KBC in May. The bank said the loan was legal.", ["Bank of Kelby"]),
    ("Tarn Freight met the Ministry of Ports and Ana Costa in May. The ministry said the loan was legal.",
     ["Ministry of Ports"]),
    # two words after the 'and' of a body's name are its own, unless they open with a given name
    ("Kelp Marine wrote to the Ministry of Farms and Inland Fisheries. The ministry said the boats were safe.",
     ["Ministry of Farms and Inland Fisheries"]),
    # a particle inside a name before a description set off by commas stays in it
    ("Maria van der Berg, a farmer, said the river had turned grey.", ["Maria van der Berg"]),
    ("Jose da Silva, a farmer, said the river had turned grey.", ["Jose da Silva"]),
    ("Residents of Santa Rita de Valvo, a hill village, said the wells had run dry.",
     ["residents of Santa Rita de Valvo"]),
    # the places listed after a body's 'in' are all its own, its name no longer cut at the first comma
    ("The heaters started seven blazes, according to health boards in Dorrow, Pell and Ashmoor.",
     ["health boards in Dorrow, Pell and Ashmoor"]),
    ("The plan will fail, according to Ana Costa, Ben Lind and Tom Reyes.", ["Ana Costa"]),
    # a verb of belief in a relative clause on the subject, with no verb before it, reports nothing: the clause
    # after it holds the sentence's own verb
    ("Residents who know the area will be hired.", []),
    ("Officials who know the mayor say she will run again.", ["officials"]),
])
def test_a_bodys_name_is_cut_where_it_ends(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("mention, name", [
    # after a body's last word, the three words before the cue are one person's name
    ("Director of the Song Lam Cement Joint Stock Company Do Quang Vinh", "Do Quang Vinh"),
    ("Chairman of the Pelling Harbour Authority Le Thi Mai", "Le Thi Mai"),
    # but a title or an honorific there is the role's, and two words stay the name
    ("Speaker of the Kelby Assembly Rep. Ana Costa", "Ana Costa"),
    ("Director of the Song Lam Cement Company Quang Vinh", "Quang Vinh"),
])
def test_a_three_part_name_after_a_bodys_name_keeps_its_first_word(mention, name):
    sp = analyse(mention).speaker
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("text, source, cue, name, cue_after", [
    # the model's source stops before its head noun, which it read into the cue: the head is the source's
    ("Vostria's coastal watchdog warned the trawlers.", "Vostria's coastal", "watchdog warned",
     "Vostria's coastal watchdog", "warned"),
    ("The regional health authority says so.", "The regional health", "authority says",
     "The regional health authority", "says"),
    # a possessive before a noun that is no cue verb, or a head noun after no description, is left as it is
    ("Tom Reyes and his campaign platform of tax cuts.", "Tom Reyes and his", "campaign platform",
     "Tom Reyes and his", "campaign platform"),
    ("The board's regulator ordered a halt.", "The board's", "regulator ordered", "The board's", "regulator ordered"),
])
def test_a_source_the_model_cut_before_its_head_noun_keeps_it(text, source, cue, name, cue_after):
    from provenance.extract.attribution import Frame
    from provenance.extract.combine import _head_before_cue

    s, c = text.index(source), text.index(cue)
    frame = Frame(None, cue, c, c + len(cue), (s, s + len(source)))
    end = _head_before_cue(text, s, s + len(source), frame)
    assert (text[s:end], text[frame.cue_start:frame.cue_end]) == (name, cue_after)
