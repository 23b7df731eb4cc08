"""`rules._described_in` scans a version's text once per named speaker with patterns compiled once
a name, and skips the scans when the quick tests say they cannot match (most names of a long
version's claims are not written out in full in it): the same descriptions as every scan run over
the whole text (`_every_scan`, the patterns written out as they were before the quick tests)."""

from __future__ import annotations

import re

import pytest

from provenance import rules

TEXTS = [
    "Let us bring in Dr Ines Marlow, a hydrologist at the Feldmark institute. Marlow said the river was low.",
    "I talked with a rancher, Ines Marlow, this morning. Our reporter Ines Marlow has spent a week there.",
    "Ines Marlow, 41, whose son fishes the lake, said so. Ines Marlow, associate professor of law at Dunmore, agreed.",
    "The council sat late. A rancher, INES MARLOW, spoke first.",  # the name in capitals
    "a shopkeeper on Quay Street, Mrs Ines Marlow, said the ferry was late.",
    "Voters elected Ines Marlow. Ines Marlow, the wife of Tomas Reeve, a builder, spoke first.",
    "No one here names the speaker at all, only talks about the weir and the levels.",
    "",
]
NAMES = ["Ines Marlow", "Tomas Reeve", "Marlow", "Orla Vane"]


def _every_scan(full: str, text: str) -> list[str]:
    if not text:
        return []
    name = r"(?<!\w)(?:" + rules._HONORIFIC + r"\s+)?" + full + r"(?!\w)"
    found = re.findall(name + r"(?:,\s+\d{1,3})?" + rules._APPOSITIVE, text)
    found += [w for w in re.findall(name + r"(?:,\s+\d{1,3})?" + rules._BARE_APPOSITIVE, text) if rules._role_at_head(w)]
    before = re.findall(r"(?<!\w)(?:an?|one|the)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+),\s+" + name, text, re.IGNORECASE)
    before += [m.strip() for m in re.findall(r"(?:^|[.!?:]\s+|\n\s*)((?:[A-Za-z-]+\s+){1,4})" + name, text)]
    return found + [w for w in before if rules._role_at_end(w)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("speaker", NAMES)
def test_the_same_descriptions_as_every_scan(speaker, text):
    full = r"\s+".join(re.escape(w) for w in speaker.split())
    assert rules._described_in(full, text) == _every_scan(full, text)


def test_the_texts_hold_each_shape():
    """The texts above are worth comparing on: descriptions after the name and before it, in
    capitals, after an honorific, and a name the text never writes."""
    full = r"Ines\s+Marlow"
    found = [rules._described_in(full, text) for text in TEXTS]
    assert any("a hydrologist at the Feldmark institute" in f for f in found)
    assert ["rancher"] in found  # found by the comma test: the name is not written as the speaker's
    assert rules._described_in(r"Orla\s+Vane", " ".join(TEXTS)) == []
    assert rules._name_patterns(full) is rules._name_patterns(full)
    assert rules._name_tests(full) is rules._name_tests(full)
