"""Do the Workshop page's dates follow each other, and do its hours serve the SLA
windows? Qt-free.

A review date on or before the date the agreement takes effect is not refused (the
format has no rule on it, and the room may be mid-way through changing both), but it
reached a signed PDF as "from 30 November 2026 until it is reviewed by 30 June 2026".
The page warns while it stands; nothing is blocked.
"""

from __future__ import annotations

from slaworkshop.listing import first_and_more
from slaworkshop.models import Content


def date_order_warning(content: Content) -> str:
    start, review = content.effective_from, content.review_by
    if not start or not review or review > start:
        return ""
    when = "the same day as" if review == start else "before"
    return (f"Review by ({review}) is {when} Effective from ({start}): the agreement would "
            "be due for review before it has run a day.")


def hours_warning(content: Content) -> str:
    """SLA windows counted in business hours while the agreement sets none: switching
    the hours off said nothing, and the timeline and the PDF went on counting business
    days (tryout). Nothing is blocked: the room may be about to set them."""
    if content.business_hours is not None:
        return ""
    names = [w.name for w in content.sla_windows if w.clock == "business"]
    if not names:
        return ""
    one = len(names) == 1
    return (f"{first_and_more(names, 'SLA window', 'SLA windows')} "
            f"{'counts' if one else 'count'} business hours, but this agreement sets none:"
            f" tick Business hours, or give {'it' if one else 'them'} a calendar clock on"
            " the SLA windows page.")
