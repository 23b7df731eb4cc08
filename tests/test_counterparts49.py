"""A counterpart holds the post of the one he meets (issue 13): 'Fisheries Minister Ana Lind met her Norwegian
counterpart, Admiral Tom Reyes ... the two ministers agreed' is the two of them, though his own title is another,
and so is 'his opposite number' or a counterpart named with no title at all. Every name and sentence is invented
for this test."""

from __future__ import annotations

import pytest

from conftest import cued_speakers


@pytest.mark.parametrize("text, names", [
    ("Fisheries Minister Ana Lind met her Norwegian counterpart, Admiral Tom Reyes, in Bergen on Monday. During the "
     "talks, the two ministers agreed that the herring quota would be cut by a tenth.", "Ana Lind and Tom Reyes"),
    ("Health Minister Ana Lind held talks with her Danish counterpart Ivo Brandt in Malmo. The two ministers said "
     "the border clinics would stay open through the winter.", "Ana Lind and Ivo Brandt"),
    ("Trade Minister Ana Lind met her opposite number, Ivo Brandt, in Oslo on Monday. Both ministers said the "
     "tariff on timber would be dropped by June.", "Ana Lind and Ivo Brandt"),
    ("Army chief General Tomas Berg met his Finnish counterpart, Admiral Lena Saari, at the border. The two "
     "generals said the joint drill would go ahead in spring.", "Tomas Berg and Lena Saari"),
])
def test_a_counterpart_is_counted_with_the_title_he_meets(text, names):
    assert cued_speakers(text) == [(names, False)]


@pytest.mark.parametrize("text", [
    # no counterpart: a judge met is no minister, and a counterpart alone holds no post to count
    "Health Minister Ana Lind met Judge Ivo Brandt in Malmo. The two ministers said the border clinics would stay "
    "open through the winter.",
    "Ana Lind met her Danish counterpart Ivo Brandt in Malmo. The two ministers said the border clinics would stay "
    "open through the winter.",
])
def test_no_counterpart_or_no_holder_counts_nobody(text):
    assert cued_speakers(text) == [("two ministers", True)]
