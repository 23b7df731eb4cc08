"""Timings for the linear-time checks: growth, not one run's seconds, is what they test."""

import time
from collections.abc import Callable, Sequence


def best_seconds(calls: Sequence[Callable[[], object]], rounds: int = 5) -> list[float]:
    """The best of `rounds` timings of each call, the calls interleaved in every round, so that a busy
    machine slows the short and the long input alike instead of only the one it happened to meet. The
    time is this process's processor time, which other processes on a loaded machine do not add to
    (wall-clock time did: a linear-time check failed once under a load of 15 on two cores)."""
    best = [float("inf")] * len(calls)
    for _ in range(rounds):
        for i, call in enumerate(calls):
            began = time.process_time()
            call()
            best[i] = min(best[i], time.process_time() - began)
    return best
