"""Histories built through the services, as the command line would build them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slaworkshop.models import Content, validate_content
from slaworkshop.ui.workspace import Workspace

HOSTILE = "<b>x</b><img src=file:///etc/passwd>"


def edit_draft(workspace: Workspace, agreement_id: str,
               mutate: Callable[[dict[str, Any]], None]) -> Content:
    draft = workspace.agreements.draft(agreement_id)
    data = draft.content.model_dump(mode="json")
    mutate(data)
    content = validate_content(data)
    workspace.agreements.update_draft(agreement_id, content, draft.revision)
    return content


def settle_terms(data: dict[str, Any]) -> None:
    for term in data["terms"]:
        term["status"] = "agreed"
        term["agreed_definition"] = term["agreed_definition"] or f"What {term['name']} means."


def faster_routing(data: dict[str, Any]) -> None:
    """Version 2's changes: route in 2 business hours, one reason added, one removed."""
    route = next(w for w in data["sla_windows"] if w["key"] == "route")
    route["within"] = "PT2H"
    reasons = data["rejection_reasons"]
    reasons[:] = [r for r in reasons if r["key"] != "no-response"]
    reasons.append({"key": "budget-frozen", "label": "Budget frozen", "outcome": "recycle",
                    "requires_note": True, "description": "Try again next quarter."})


def build_history(workspace: Workspace, agreement_id: str) -> None:
    """Version 1 "after Q2 summit" signed by all three signatories; version 2
    "after Q4 summit" (faster routing) proposed and signed by Priya only."""
    agreements, signoff = workspace.agreements, workspace.signoff
    edit_draft(workspace, agreement_id, settle_terms)
    agreements.save_version(agreement_id, "after Q2 summit")
    signoff.propose(agreement_id, 1)
    for key in ("priya", "jordan", "sam"):
        signoff.sign(agreement_id, key)
    edit_draft(workspace, agreement_id, faster_routing)
    agreements.save_version(agreement_id, "after Q4 summit")
    signoff.propose(agreement_id, 2)
    signoff.sign(agreement_id, "priya")
