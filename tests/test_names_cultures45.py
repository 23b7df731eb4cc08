"""A person's name is read whole through the particles and links it keeps in many naming cultures, and the
honorifics before it stay titles (issue 13: no speaker cut to its last words): the Arabic and Malay links of
descent ('bin', 'bint', 'binti', 'ibn') with a family's 'Al', the Dutch, German and Romance particles ('van den',
'ter', 'von ... zu', 'dos', 'della'), a word after a particle that is also a title ('bin Sultan': a name, no
sultan), and honorifics of one or two words ('Sheikh', 'Sayyid', 'Haji', 'Datuk', 'Tan Sri'). Every name and
sentence is invented for this test."""

from __future__ import annotations

import pytest

from conftest import cued_speakers


@pytest.mark.parametrize("text, name", [
    # a word after 'bin' that is also a title is a name
    ("Sheikh Hamad bin Sultan Al Busaidi said the road would open in May.", "Hamad bin Sultan Al Busaidi"),
    ('"The road opens in May," said Hamad bin Sultan Al Busaidi.', "Hamad bin Sultan Al Busaidi"),
    ("Dr Reem bint Khalfan Al Saadi, director of water supply at the ministry, said the wells had run dry.",
     "Reem bint Khalfan Al Saadi"),
    # a long name with its particles set off by commas after a description
    ("The governor, Sheikh Tariq bin Sultan Al Habsi, said the road would open in May.",
     "Tariq bin Sultan Al Habsi"),
    ("The ministry's director general, Dr Reem bint Khalfan Al Saadi, said the wells had run dry.",
     "Reem bint Khalfan Al Saadi"),
    ("The mayor, Hendrik van den Broek, said the dike held.", "Hendrik van den Broek"),
    ("The mayor, Anke ter Beek, said the dike held.", "Anke ter Beek"),
    ("Hendrik van den Broek, the mayor, told reporters the dike held.", "Hendrik van den Broek"),
    # particles of Dutch, German and Malay names keep the name a name, on the record
    ("Jos ter Horst said the dike held.", "Jos ter Horst"),
    ("Friedrich von Ahlen zu Brandt said the castle was sold.", "Friedrich von Ahlen zu Brandt"),
    ("Siti Aminah binti Yusof said the school was full.", "Siti Aminah binti Yusof"),
    # honorifics of one or two words are titles, no part of the name
    ("Datuk Ahmad bin Ismail said the port would expand.", "Ahmad bin Ismail"),
    ("Tan Sri Rahim bin Osman said the port would expand.", "Rahim bin Osman"),
    ("Puan Sri Zarina binti Hashim said the school was full.", "Zarina binti Hashim"),
    ("Haji Salleh bin Omar said the mosque was full.", "Salleh bin Omar"),
    ("Sayyid Ali bin Hamoud said the mosque was full.", "Ali bin Hamoud"),
])
def test_a_persons_name_keeps_its_particles(text, name):
    assert cued_speakers(text) == [(name, False)]


@pytest.mark.parametrize("text, name", [
    ("Yusuf Abu Zeid said the harbour would be dredged.", "Yusuf Abu Zeid"),
    ("Talal ibn Nasser Al-Ghafri said the plan was flawed.", "Talal ibn Nasser Al-Ghafri"),
    ("Maria de la Fuente said the river had flooded.", "Maria de la Fuente"),
    ("Marco della Valle said the bridge was unsafe.", "Marco della Valle"),
    ("Siobhan O'Brien said the bridge was unsafe.", "Siobhan O'Brien"),
    ("Ewan MacLeod said the bridge was unsafe.", "Ewan MacLeod"),
])
def test_names_read_whole_already_stay_whole(text, name):
    assert cued_speakers(text) == [(name, False)]
