"""A long workshop: the window survives far more page changes than a day brings."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from slaworkshop.ui.sections import SECTIONS


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12 on")
def test_walking_the_wizard_all_afternoon_does_not_abort(qtbot: Any, window: Any) -> None:
    # PySide6 6.12 drops a reference to None on every Qt call that returns nothing; the
    # tab order asks each widget for its focus proxy at each page change. Unguarded,
    # None's count fell by ~1,700 a walk and Python aborted after about 25 walks.
    walks = 5
    window.go_to(0)
    before = sys.getrefcount(None)
    for _ in range(walks):
        for _ in SECTIONS[:-2]:  # up to Cadences; Review would render a PDF
            window.window_actions.next_section.trigger()
        window.go_to(0)
    lost_per_walk = max(before - sys.getrefcount(None), 0) / walks
    # a million walks to go, not twenty
    assert sys.getrefcount(None) > 1_000_000 * max(lost_per_walk, 1)
