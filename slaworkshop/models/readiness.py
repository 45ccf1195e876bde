"""Readiness: what must be settled before an agreement can be proposed for signature.

These never block saving a draft; they block ``propose``, and the wizard lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .agreement import Content

#: The seven sections every agreement must fill, in document order.
CORE_SECTIONS: tuple[tuple[str, str], ...] = (
    ("terms", "Terms"),
    ("stages", "Stages"),
    ("personas", "Personas"),
    ("titles", "Titles"),
    ("sla_windows", "SLA windows"),
    ("rejection_reasons", "Rejection reasons"),
    ("stakeholders", "Stakeholders"),
)


@dataclass(frozen=True)
class ReadinessProblem:
    section: str  # top-level field of Content
    path: str  # where to go to fix it, e.g. "terms[2].agreed_definition"
    message: str

    def __str__(self) -> str:
        return self.message


def readiness_problems(content: Content) -> list[ReadinessProblem]:
    problems: list[ReadinessProblem] = []
    for section, label in CORE_SECTIONS:
        if not getattr(content, section):
            problems.append(ReadinessProblem(section, section, f"{label}: the section is empty."))
    for i, term in enumerate(content.terms):
        if term.status == "disputed":
            problems.append(
                ReadinessProblem(
                    "terms", f"terms[{i}].status", f"Terms: “{term.name}” is still disputed."
                )
            )
        elif term.status == "agreed" and not term.agreed_definition.strip():
            problems.append(
                ReadinessProblem(
                    "terms",
                    f"terms[{i}].agreed_definition",
                    f"Terms: “{term.name}” is agreed but has no agreed definition.",
                )
            )
    if not any(s.handoff for s in content.stages):  # an empty funnel has none either
        problems.append(
            ReadinessProblem("stages", _likely_handoff(content),
                             "Stages: no stage is marked as the handoff.")
        )
    for team in ("sales", "marketing"):
        if not any(s.signatory and s.team == team for s in content.stakeholders):
            # Where to tick: the team's first person, or the list when it has nobody
            # (a click went to whichever row was selected, a marketing one; tryout).
            first = next((i for i, s in enumerate(content.stakeholders) if s.team == team), None)
            problems.append(
                ReadinessProblem(
                    "stakeholders",
                    "stakeholders" if first is None else f"stakeholders[{first}].signatory",
                    f"Stakeholders: nobody from {team} is marked to sign.",
                )
            )
    return problems


def _likely_handoff(content: Content) -> str:
    """Where to tick the handoff: the last stage marketing owns before one sales owns,
    else the first stage; the list when there is none."""
    stages = content.stages
    for i in range(len(stages) - 1):
        if stages[i].owner != "sales" and stages[i + 1].owner == "sales":
            return f"stages[{i}].handoff"
    return "stages[0].handoff" if stages else "stages"
