"""How long the SLA windows take end to end, if each step takes all the time it has.

Business-clock windows are counted in working hours (a business day is as long as the
agreement's business hours, eight hours without them; a month is 21 business days, a
year 250); calendar windows in clock hours. The two are summed apart and said apart:
"2 business days 6 h + 1 calendar day". The wizard's timeline and the PDF say the same.
"""

from __future__ import annotations

from slaworkshop.listing import and_list

from .agreement import Content
from .fields import parse_duration

_CALENDAR_HOURS = {"y": 24 * 365, "mo": 24 * 30, "w": 24 * 7, "d": 24, "h": 1, "mi": 1 / 60,
                   "s": 1 / 3600}


def business_day_hours(content: Content) -> float:
    hours = content.business_hours
    if hours is None:
        return 8.0
    start_h, start_m = (int(x) for x in hours.start.split(":"))
    end_h, end_m = (int(x) for x in hours.end.split(":"))
    return max((end_h * 60 + end_m - start_h * 60 - start_m) / 60, 0.25)


def window_hours(within: str, clock: str, day: float) -> float:
    parts = parse_duration(within) or {}
    if clock == "calendar":
        return sum(_CALENDAR_HOURS[k] * v for k, v in parts.items())
    scale = {"y": day * 250, "mo": day * 21, "w": day * 5, "d": day, "h": 1, "mi": 1 / 60,
             "s": 1 / 3600}
    return sum(scale[k] * v for k, v in parts.items())


def hours_text(hours: float, day: float, business: bool, *, long: bool = False) -> str:
    """``hours`` as days of ``day`` hours and the rest: "1 business day 4 h", or with
    ``long`` "1 business day and 4 hours" (a document mixed "h" with "business hours")."""
    days, rest = divmod(round(hours * 60), round(day * 60))
    words = []
    if days:
        kind = "business" if business else "calendar"
        words.append(f"{days} {kind} day{'s' if days != 1 else ''}")
    if rest or not days:
        h, m = divmod(rest, 60)
        if long:
            parts = [f"{h} hour{'s' if h != 1 else ''}"] if h or not m else []
            parts += [f"{m} minute{'s' if m != 1 else ''}"] if m else []
            words += parts
        else:
            # "4 business days 30 min", not "… 0 h 30 min" (tryout)
            words.append(" ".join([f"{h} h"] * bool(h or not m) + [f"{m} min"] * bool(m)))
    return and_list(words) if long else " ".join(words)


def total_words(content: Content, *, long: bool = False) -> str:
    """Every window's time added up, business and calendar apart; "" without windows."""
    windows = content.sla_windows
    if not windows:
        return ""
    day = business_day_hours(content)
    business = sum(window_hours(w.within, w.clock, day) for w in windows
                   if w.clock == "business")
    calendar = sum(window_hours(w.within, w.clock, day) for w in windows
                   if w.clock == "calendar")
    parts = []
    if business:
        parts.append(hours_text(business, day, True, long=long))
    if calendar:
        parts.append(hours_text(calendar, 24, False, long=long))
    return " + ".join(parts)


def counting_words(content: Content) -> str:
    """How the total counts, in a sentence: a month of business time is 21 business
    days, which nothing on screen said (tryout)."""
    day = business_day_hours(content)
    hours = f"{day:g} hours"
    source = "the business hours" if content.business_hours is not None else "no business hours set"
    return (f"The total adds every window's full time. A business day is {hours} ({source}); "
            "a business week is 5 business days, a month 21 and a year 250. Calendar time "
            "counts every hour of every day.")
