"""benchmarks/clusters.py --phases: the time of each step of a save is counted during the saves
only, and the steps' functions are put back afterwards."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import clusters as bench  # noqa: E402

from provenance import links, rules  # noqa: E402


def test_phases_time_each_step_of_the_saves_and_put_the_functions_back():
    propose, origin_groups = links.propose, rules.origin_groups
    results = bench.run([2], bench.ARTICLES, window=1, phases=True)
    assert links.propose is propose and rules.origin_groups is origin_groups
    assert [r["check_differences"] + r["link_differences"] for r in results] == [0]
    for r in results:
        steps = r["phases"]
        assert list(steps) == [label for _, _, label in bench.PHASES]
        # each copy proposes, decides and groups, and a step holds the steps it calls
        assert steps["propose links (rules over the candidates)"] > 0
        assert steps["statuses of the clusters met"] >= steps["  decide_twins"] >= steps["    decide_all"] > 0
        # the check after the saves is not counted: the steps take no more than the copy
        assert steps["propose links (rules over the candidates)"] <= r["cpu_per_copy"]
