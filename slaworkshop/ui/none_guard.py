"""Keep ``None`` alive under a Qt binding that drops references to it.

PySide6 6.12.0 (the only release with a ``PySide6-Pdf`` wheel to match) gives back one
reference to ``None`` too few whenever a Qt call returns nothing: ``focusProxy()``,
``parentWidget()`` of a window, ``buddy()``, an empty ``QVariant``… On Python 3.12 and
later ``None`` is immortal and nothing happens. On Python 3.11 its count falls by about
1,700 with each walk through the wizard's twelve pages (the tab order asks every widget
for its focus proxy), and after some 25 walks, an afternoon's workshop, the interpreter
aborts with "deallocating None".

:func:`keep_none_alive` gives ``None`` what 3.12 gives it: a reference count so large
that no number of lost references reaches zero. ``None`` is never freed in any case.
"""

from __future__ import annotations

import sys

#: Far more references than a process can lose (one per Qt call) in its lifetime.
PLENTY = 1 << 48


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # immortal there
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the object's first field
    if count.value < PLENTY:
        count.value += PLENTY
