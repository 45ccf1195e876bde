"""The Workshop page warns when the review date is not after the effective date; the
dates are still saved (the format has no rule on them), and the warning goes once the
dates follow each other."""

from __future__ import annotations

from typing import Any

from ui_helpers import reread, wait_saved


def test_a_review_date_before_the_effective_date_is_warned_about(
        qtbot: Any, window: Any, db_url: str) -> None:
    window.resize(1320, 860)
    window.show()
    window.go_to_section("workshop")
    page = window.pages["workshop"]
    qtbot.waitExposed(window)
    assert not page.date_note.isVisible()
    page.dates["effective_from"].edited.emit("2026-11-30")
    page.dates["review_by"].edited.emit("2026-06-30")
    assert page.date_note.isVisible()
    assert page.date_note.text() == (
        "⚠ Review by (2026-06-30) is before Effective from (2026-11-30): the agreement "
        "would be due for review before it has run a day.")
    wait_saved(qtbot, window)
    stored = reread(db_url, window.agreement_id).content
    assert (stored.effective_from, stored.review_by) == ("2026-11-30", "2026-06-30")
    page.dates["review_by"].edited.emit("2026-11-30")
    assert "is the same day as" in page.date_note.text()
    page.dates["review_by"].edited.emit("2027-05-31")
    assert not page.date_note.isVisible()
    page.dates["effective_from"].edited.emit(None)  # no start: nothing to compare
    page.dates["review_by"].edited.emit("2020-01-01")
    assert not page.date_note.isVisible()
