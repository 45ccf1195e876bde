"""The layout runs on a thread whose frames never map new memory (CPython gh-142183)."""

from __future__ import annotations

import resource
import sys
import threading

import pytest

from slaworkshop.export.pdf import roomy_stack


def _down(depth: int) -> int:
    return 0 if depth == 0 else 1 + _down(depth - 1)


def _up_and_down() -> int:
    """Calls that go up and down across many depths, as a layout's recursion does."""
    total = 0
    for depth in range(1, 400, 3):
        for _ in range(40):
            total += _down(depth)
    return total


def _faults_of(work: object) -> int:
    before = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
    work()  # type: ignore[operator]
    return resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - before


def test_the_work_runs_on_its_own_thread_and_maps_no_memory_going_up_and_down() -> None:
    callers = threading.get_ident()
    seen: list[int] = []

    def work() -> int:
        seen.append(threading.get_ident())
        return _faults_of(_up_and_down)

    assert roomy_stack.call(work) < 50
    assert seen and seen[0] != callers


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="fixed in later 3.13 releases")
def test_without_it_the_same_calls_map_memory_again_and_again() -> None:
    """What the roomy thread avoids (it is why the test above can fail)."""
    faults: list[int] = []
    thread = threading.Thread(target=lambda: faults.append(_faults_of(_up_and_down)))
    thread.start()
    thread.join()
    assert faults[0] > 1000


def test_results_and_every_exception_come_back_to_the_caller() -> None:
    assert roomy_stack.call(lambda: "pdf bytes") == "pdf bytes"

    class Stale(Exception):
        pass

    def stale() -> None:
        raise Stale("the draft changed: render again")

    with pytest.raises(Stale, match="the draft changed: render again"):
        roomy_stack.call(stale)

    def interrupted() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        roomy_stack.call(interrupted)
