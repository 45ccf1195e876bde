"""The audit log in sentences: who did what to which version ("Priya Natarajan signed
version 2"). Plain functions; an action this module does not know is still shown."""

from __future__ import annotations

from slaworkshop.store.records import AuditEntry


def describe(entry: AuditEntry) -> str:
    d = entry.detail
    version = f"version {entry.version_number}" if entry.version_number is not None else ""
    action = entry.action
    if action == "created":
        return "Created the agreement"
    if action == "imported":
        source = f" from {d['source']}" if d.get("source") else ""
        return f"Imported a config file{source} into the draft"
    if action == "version_saved":
        label = f" “{d['label']}”" if d.get("label") else ""
        return f"Saved {version}{label}"
    if action == "proposed":
        return f"Proposed {version} for signature"
    if action == "signed":
        drawn = " (with a drawn signature)" if d.get("drawn") else ""
        signed_for = f" for {d['signed_for']}" if d.get("signed_for") else ""
        who = d.get("name") or d.get("stakeholder", "Someone")
        return f"{who} signed {version}{signed_for}{drawn}"
    if action == "signed_by_all":
        return f"{version[:1].upper()}{version[1:]} is signed by every signatory"
    if action == "superseded":
        return f"{version[:1].upper()}{version[1:]} superseded by version {d.get('superseded_by')}"
    if action == "returned_to_saved":
        withdrawn = d.get("withdrawn_signatures") or []
        count = len(withdrawn) if isinstance(withdrawn, list) else 0
        note = f"; {count} signature{'s' if count != 1 else ''} withdrawn" if count else ""
        return (f"{version[:1].upper()}{version[1:]} returned to saved: version "
                f"{d.get('replaced_by')} was proposed instead{note}")
    if action == "draft_from_version":
        kept = d.get("kept_as_version")
        note = f"; the previous draft was saved as version {kept}" if kept else ""
        return f"Started a new draft from version {d.get('from_version')}{note}"
    if action == "conflict_kept_mine":
        kept = d.get("kept_as_version")
        note = f"; the other draft was saved as version {kept}" if kept else ""
        return f"Kept this window's draft when two windows disagreed{note}"
    words = action.replace("_", " ")
    return f"{words[:1].upper()}{words[1:]}" + (f" ({version})" if version else "")
