"""The colours of a version status badge (fill, ink), shared by every place that draws one.

Kept apart from the item delegate so that the agreement window's status bar badge does
not load the delegate's Qt classes at start-up.
"""

from __future__ import annotations

BADGE_COLOURS: dict[str, tuple[str, str]] = {
    "draft": ("#e3e6ea", "#2b2f33"),
    "saved": ("#d6e6f7", "#0b3c6d"),
    "proposed": ("#fff0c2", "#5a4300"),
    "signed": ("#d5efd9", "#14532d"),
    "superseded": ("#ececec", "#5f5f5f"),
}
