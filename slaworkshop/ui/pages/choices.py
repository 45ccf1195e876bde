"""Labels for the enumerations of the config format, as the pages offer them."""

from __future__ import annotations

from ..keyed_list import Choice

TEAM: tuple[Choice, ...] = (("marketing", "Marketing"), ("sales", "Sales"), ("shared", "Shared"))
STAKEHOLDER_TEAM: tuple[Choice, ...] = (
    ("marketing", "Marketing"), ("sales", "Sales"), ("leadership", "Leadership"),
    ("other", "Other"),
)
TERM_STATUS: tuple[Choice, ...] = (
    ("agreed", "Agreed"), ("disputed", "Disputed"), ("sunset", "Sunset (retired)"),
)
BUYING_ROLE: tuple[Choice, ...] = (
    ("decision_maker", "Decision maker"), ("influencer", "Influencer"), ("user", "User"),
)
PRIORITY: tuple[Choice, ...] = (
    ("target", "Target"), ("acceptable", "Acceptable"), ("excluded", "Excluded"),
)
SENIORITY: tuple[Choice, ...] = (
    ("c_level", "C-level"), ("vp", "VP"), ("director", "Director"), ("manager", "Manager"),
    ("practitioner", "Practitioner"),
)
CLOCK: tuple[Choice, ...] = (("business", "Business hours"), ("calendar", "Calendar time"))
OUTCOME: tuple[Choice, ...] = (
    ("recycle", "Recycle into nurture"), ("disqualify", "Disqualify"),
    ("return_to_marketing", "Return to marketing"),
)
RULE_KIND: tuple[Choice, ...] = (("fit", "Fit"), ("behavior", "Behaviour"))

#: Owner colours shared by the funnel and the timeline (fill, text).
OWNER_COLOURS: dict[str, tuple[str, str]] = {
    "marketing": ("#2f6fb0", "#ffffff"),
    "sales": ("#c0582b", "#ffffff"),
    "shared": ("#6b7b3a", "#ffffff"),
}
