"""Stored times as the app shows them: the reader's local clock, and which zone that is.

Everything is stored in UTC and the PDF says so; the windows show local time, and
"Signed at 2026-11-22 22:52" did not say whose 22:52. Every time the app shows comes
from ``local_time``, so all of them name the zone the same way: its abbreviation when
the system has a real one ("CET", "EDT", "UTC"), else its offset ("UTC+05:30"). No Qt.
"""

from __future__ import annotations

from datetime import datetime

from slaworkshop.store.records import utc

#: As wide as a zone name gets in ``zone_name`` (for cells sized to their widest text).
WIDEST_ZONE = "UTC+88:88"


def zone_name(local: datetime) -> str:
    """``local``'s zone: "CET", or "UTC+05:30" when the system's name is only numbers."""
    name = local.tzname() or ""
    if name.isalpha() and name.isupper():
        return name
    offset = local.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def local_time(when: datetime) -> str:
    """A stored UTC time on the reader's local clock, zone named: ``2026-06-12 10:04 CEST``."""
    local = utc(when).astimezone()
    return f"{local.strftime('%Y-%m-%d %H:%M')} {zone_name(local)}".rstrip()
