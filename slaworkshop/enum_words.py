"""The reader's words for the values of the config format's enumerations.

One list for the document, the change summary and ``diff``: the change summary said
"Outcome: recycle → disqualify" beside a document that says "Recycle into nurture".
(The pages offer their own wording of some, next to the value a config holds.)
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "team": {
        "marketing": "Marketing",
        "sales": "Sales",
        "shared": "Shared",
        "leadership": "Leadership",
        "other": "Other",
    },
    "term_status": {"agreed": "Agreed", "disputed": "Disputed", "sunset": "Retired"},
    "buying_role": {
        "decision_maker": "Decision maker",
        "influencer": "Influencer",
        "user": "User",
    },
    "priority": {"target": "Target", "acceptable": "Acceptable", "excluded": "Excluded"},
    "seniority": {
        "c_level": "C-level",
        "vp": "Vice president",
        "director": "Director",
        "manager": "Manager",
        "practitioner": "Practitioner",
    },
    "outcome": {
        "recycle": "Recycle into nurture",
        "disqualify": "Disqualify",
        "return_to_marketing": "Return to marketing",
    },
    "rule_kind": {"fit": "Fit", "behavior": "Behaviour"},
    "clock": {"business": "Business hours", "calendar": "Calendar time"},
    "version_status": {
        "draft": "Draft",
        "saved": "Saved",
        "proposed": "Proposed for signature",
        "signed": "Signed",
        "superseded": "Superseded",
    },
    "change": {"added": "Added", "removed": "Removed", "changed": "Changed", "moved": "Moved"},
}


def label(value: str | None, kind: str) -> str:
    """The reader's word for an enumeration value; unknown values as written."""
    if value is None:
        return ""
    return LABELS[kind].get(value, value)


__all__ = ["LABELS", "label"]
