"""Two shapes of news prose PolNeAR's training articles showed the extractor misreading (issue 14), in sentences
of our own: a record's maker named after 'by' is no longer run on into the participle that describes the record
('according to a study by the Tarn Institute based on census data, C': the institute speaks, not 'Tarn Institute
based'); and a closing noun phrase of the writer's that comments on a reported clause with a preposition ('C, a
swipe at the engineers', 'C, an apparent reference to the strike', 'C, a sign of ...') is no part of the content.
Each guard keeps what the shape must leave alone. Sentences and names invented."""

from __future__ import annotations

import pytest
from test_recall54 import _claims  # the same lead and reading of (speaker, content) pairs


@pytest.mark.parametrize(("sentence", "maker", "content"), [
    ("According to a study by the Tarn Institute based on census data, young renters now make up a larger share "
     "of the city.", "Tarn Institute", "young renters now make up a larger share of the city"),
    ("According to a report by the Orvel Housing Trust released on Monday, rents rose by a fifth in two years.",
     "Orvel Housing Trust", "rents rose by a fifth in two years"),
    ("According to a survey by the Kelby Polling Unit conducted in May, most tenants oppose the levy.",
     "Kelby Polling Unit", "most tenants oppose the levy"),
    ("Most tenants oppose the levy, according to a survey by the Kelby Polling Unit conducted in May.",
     "Kelby Polling Unit", "Most tenants oppose the levy"),
])
def test_a_participle_after_a_records_maker_is_no_part_of_its_name(sentence, maker, content):
    got = _claims(sentence)
    assert (maker, content) in got, got


@pytest.mark.parametrize(("sentence", "maker"), [
    ("According to a report by the Federal Reserve Bank of Tarn, rents rose by a fifth.",
     "Federal Reserve Bank of Tarn"),
    ("According to a report by the Varn Institute, rents rose by a fifth.", "Varn Institute"),
])
def test_a_makers_name_without_a_participle_stays_whole(sentence, maker):
    got = _claims(sentence)
    assert any(name == maker for name, _ in got), got


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    ("The senator, Ana Lind, said the dam would hold through the spring, a swipe at the engineers who had warned "
     "of cracks.", "Ana Lind", "the dam would hold through the spring"),
    ("Governor Tomas Berg said the plant would close next year, an apparent reference to the coal station at "
     "Varn.", "Tomas Berg", "the plant would close next year"),
    ("Mayor Carl Dunne said the vote showed the district was united, a sign of how far the feud had cooled.",
     "Carl Dunne", "the vote showed the district was united"),
    ("Kim Varga accused the council of hiding the audit, a reference to the report leaked last week.",
     "Kim Varga", "the council of hiding the audit"),
])
def test_a_writers_comment_after_a_reported_clause_is_no_part_of_it(sentence, speaker, content):
    got = _claims(sentence)
    assert (speaker, content) in got, got


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    ("Mayor Carl Dunne said the sign of the times was clear.", "Carl Dunne", "the sign of the times was clear"),
    ("Ana Lind said the rule was a reference to an older law.", "Ana Lind", "the rule was a reference to an older law"),
])
def test_a_comment_noun_inside_the_clause_stays(sentence, speaker, content):
    got = _claims(sentence)
    assert (speaker, content) in got, got
