"""Small agreements for tests, built as plain data the way a config file holds them."""

from __future__ import annotations

import copy
from typing import Any

MINIMAL: dict[str, Any] = {"title": "Minimal agreement", "organization": "Acme"}

READY: dict[str, Any] = {
    "title": "Ready agreement",
    "organization": "Acme",
    "terms": [
        {"key": "mql", "name": "MQL", "status": "agreed", "agreed_definition": "Scored 60+."}
    ],
    "stages": [
        {"key": "learner", "name": "Learner", "owner": "marketing"},
        {"key": "mql", "name": "MQL", "owner": "marketing", "handoff": True},
        {"key": "sal", "name": "Accepted", "owner": "sales"},
    ],
    "personas": [{"key": "ops", "name": "Operations lead"}],
    "titles": [{"key": "vp-ops", "title": "VP Operations", "priority": "target", "persona": "ops"}],
    "sla_windows": [
        {
            "key": "route", "name": "Route", "owner": "marketing", "within": "PT4H",
            "clock": "business", "from_stage": "learner", "to_stage": "mql",
            "escalate_to": ["dana"],
        }
    ],
    "rejection_reasons": [{"key": "competitor", "label": "Competitor", "outcome": "disqualify"}],
    "stakeholders": [
        {"key": "dana", "name": "Dana Marketing", "team": "marketing", "signatory": True},
        {"key": "sam", "name": "Sam Sales", "team": "sales", "role": "VP Sales", "signatory": True},
        {"key": "lee", "name": "Lee Ops", "team": "other"},
    ],
}


def doc(content: dict[str, Any] | None = None, **envelope: Any) -> dict[str, Any]:
    """A whole config file around ``content`` (default: READY)."""
    return {
        "format": "slaworkshop/agreement",
        "format_version": 1,
        **envelope,
        "content": copy.deepcopy(READY if content is None else content),
    }


def ready(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(READY)
    data.update(changes)
    return data
