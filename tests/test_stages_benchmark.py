"""benchmarks/stages.py: each stage's own time is counted while the stages are clocked, the
extraction's output is the same as unclocked, and the functions are put back afterwards."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import stages as bench  # noqa: E402

from provenance.extract import document  # noqa: E402

TEXT = ("KELBY - The harbour board said on Monday that the quay would reopen in June.\n\n"
        "\"We are ready,\" said Ana Costa, the board's chair. Traffic rose by a third.\n")


def test_every_stage_names_functions_that_exist_as_plain_functions():
    for functions in bench.STAGES.values():
        for owner, name in functions:
            assert callable(vars(owner)[name]) and not isinstance(vars(owner)[name], (staticmethod, classmethod))


def test_stages_are_clocked_with_the_same_output_and_put_back():
    before = {(owner, name): vars(owner)[name] for functions in bench.STAGES.values() for owner, name in functions}
    plain = document.extract_claimset(TEXT, slug="a", outlet="Valley Herald")
    whole, own = bench.stage_times([TEXT])
    with bench.clocked():
        clocked = document.extract_claimset(TEXT, slug="a", outlet="Valley Herald")
    assert clocked == plain
    assert {key: vars(key[0])[key[1]] for key in before} == before
    assert list(own) == list(bench.STAGES)
    assert own["rules' frames: tokens, cue gate, parser"] > 0 and own["speakers of the frames"] > 0
    assert own["model: features and CRF tagging of the whole text"] > 0
    # own times: no stage counts another's, so together they are no more than the pass
    assert sum(own.values()) <= whole
