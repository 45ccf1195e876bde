"""Do the Workshop page's dates follow each other? Qt-free.

A review date on or before the date the agreement takes effect is not refused (the
format has no rule on it, and the room may be mid-way through changing both), but it
reached a signed PDF as "from 30 November 2026 until it is reviewed by 30 June 2026".
The page warns while it stands; nothing is blocked.
"""

from __future__ import annotations

from slaworkshop.models import Content


def date_order_warning(content: Content) -> str:
    start, review = content.effective_from, content.review_by
    if not start or not review or review > start:
        return ""
    when = "the same day as" if review == start else "before"
    return (f"Review by ({review}) is {when} Effective from ({start}): the agreement would "
            "be due for review before it has run a day.")
