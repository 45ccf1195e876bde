"""The wizard's sections in DESIGN.md's order and how complete each one is (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from slaworkshop.listing import and_list, first_and_more
from slaworkshop.models import Content, ReadinessProblem


@dataclass(frozen=True)
class Section:
    key: str  # also the Content field for list sections
    title: str
    optional: bool = False
    intro: str = ""


SECTIONS: tuple[Section, ...] = (
    Section("workshop", "Workshop", intro="Who, when, the client's business hours, and "
            "the questions the room parks for later."),
    Section("terms", "Terms", intro="One glossary for both teams: each side's words, "
            "then the definition everyone signs."),
    Section("stages", "Stages", intro="The single funnel, in order, and the one stage "
            "where marketing hands a lead to sales."),
    Section("personas", "Personas", intro="Who both teams agree to go after."),
    Section("titles", "Titles", intro="The job titles sales wants, accepts, or never wants "
            "to see."),
    Section("sla_windows", "SLA windows", intro="How long each side has for each step, "
            "and who hears about a breach."),
    Section("rejection_reasons", "Rejection reasons", intro="The picklist a rep uses to "
            "reject a lead, and what happens to the lead next."),
    Section("stakeholders", "Stakeholders", intro="The people accountable, and who signs."),
    Section("goals", "Goals", optional=True, intro="Measurable goals each team commits to."),
    Section("qualification", "Qualification", optional=True, intro="Lead scoring, the MQL "
            "threshold, and what a lead must carry at handoff."),
    Section("cadences", "Cadences", optional=True, intro="The meetings that keep the "
            "agreement alive."),
    Section("review", "Review and sign-off", intro="What still stands between this draft "
            "and signatures."),
)

#: What one item of each keyed list is called in messages ("the SLA window “…”").
ITEM_NAMES: dict[str, str] = {
    "parking_lot": "question", "terms": "term", "stages": "stage", "personas": "persona",
    "titles": "title", "sla_windows": "SLA window", "rejection_reasons": "rejection reason",
    "stakeholders": "stakeholder", "goals": "goal", "cadences": "meeting",
    "qualification.rules": "scoring rule", "qualification.handoff_fields": "handoff field",
}

SECTION_KEYS = tuple(s.key for s in SECTIONS)
OPTIONAL_KEYS = tuple(s.key for s in SECTIONS if s.optional)


def changed_sections(before: Content, after: Content) -> list[str]:
    """The sections whose content differs, in section order: a list's own section for
    each list, the Workshop page for the title, dates, hours and parking lot."""
    changed = set()
    for name in type(after).model_fields:
        old, new = getattr(before, name), getattr(after, name)
        if old is not new and old != new:  # an edit keeps what it left unchanged
            changed.add(name if name in SECTION_KEYS else "workshop")
    return [key for key in SECTION_KEYS if key in changed]


def section(key: str) -> Section:
    return next(s for s in SECTIONS if s.key == key)


#: Lists shown on a section page of another name.
_LIST_SECTIONS = {"parking_lot": "workshop"}


def section_title(path: str) -> str:
    """The title of the page a list is on ("qualification.rules" → Qualification,
    "parking_lot" → Workshop)."""
    key = path.split(".")[0]
    found = next((s for s in SECTIONS if s.key == _LIST_SECTIONS.get(key, key)), None)
    return found.title if found is not None else key.replace("_", " ")


class State(Enum):
    EMPTY = ("○", "empty")
    IN_PROGRESS = ("◐", "in progress")
    PROBLEM = ("⚠", "has problems")
    COMPLETE = ("✓", "complete")
    OFF = ("–", "switched off")

    @property
    def mark(self) -> str:
        return self.value[0]

    @property
    def words(self) -> str:
        return self.value[1]


def has_content(content: Content, key: str) -> bool:
    if key == "workshop":
        return True  # title and organization are always there
    if key == "review":
        return True
    value = getattr(content, key)
    return bool(value)


def _first_of(names: list[str], lack: str) -> str:
    """"“Nurture” has no exit criteria yet", and how many more do too."""
    if not names:
        return ""
    return f"{first_and_more(names)} {'has' if len(names) == 1 else 'have'} {lack} yet"


def unfinished_because(content: Content, key: str) -> str:
    """Why a filled section is still in progress: the fields a finished one usually has
    that are blank ("" when none). The sidebar said "Stages: in progress" with no
    reason, with readiness content and the agreement signed (tryout)."""
    if key == "workshop":
        missing = [words for words, value in (
            ("facilitator", content.facilitator), ("workshop date", content.workshop_date),
            ("effective date", content.effective_from), ("review date", content.review_by),
            ("business hours", content.business_hours)) if not value]
        if not missing:
            return ""
        return f"no {and_list(missing)} yet"
    if key == "stages":
        return _first_of([s.name for s in content.stages
                          if not (s.entry_criteria and s.exit_criteria)],
                         "no entry or exit criteria")
    if key == "sla_windows":
        return _first_of([w.name for w in content.sla_windows
                          if not (w.start_event and w.end_event)], "no start or end event")
    if key == "personas":
        return _first_of([p.name for p in content.personas if not p.pains], "no pains")
    if key == "stakeholders":
        return _first_of([s.name for s in content.stakeholders if not s.role], "no role")
    return ""


def section_reasons(content: Content, problems: Iterable[ReadinessProblem]) -> dict[str, str]:
    """Per section, what its mark in the sidebar stands for: the readiness problems of a
    section that has them ("Terms: has problems" named none; tryout), else what a
    section in progress lacks."""
    reasons = {s.key: unfinished_because(content, s.key) for s in SECTIONS}
    found: dict[str, list[str]] = {}
    for problem in problems:
        key = problem.section if problem.section in SECTION_KEYS else "workshop"
        found.setdefault(key, []).append(problem.message)
        found.setdefault("review", []).append(problem.message)
    reasons.update({key: "\n".join(messages) for key, messages in found.items()})
    return reasons


def _unfinished(content: Content, key: str) -> bool:
    """Filled but with the fields a finished section usually has still blank."""
    return bool(unfinished_because(content, key))


def section_states(
    content: Content, problems: Iterable[ReadinessProblem], switched_on: Iterable[str]
) -> dict[str, State]:
    with_problems = {p.section for p in problems}
    on = set(switched_on)
    states: dict[str, State] = {}
    for s in SECTIONS:
        if s.key == "review":
            states[s.key] = State.PROBLEM if with_problems else State.COMPLETE
        elif s.key in with_problems:
            states[s.key] = State.PROBLEM
        elif s.optional and s.key not in on and not has_content(content, s.key):
            states[s.key] = State.OFF
        elif not has_content(content, s.key):
            states[s.key] = State.EMPTY
        elif _unfinished(content, s.key):
            states[s.key] = State.IN_PROGRESS
        else:
            states[s.key] = State.COMPLETE
    return states
