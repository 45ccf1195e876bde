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
            ReadinessProblem("stages", "stages", "Stages: no stage is marked as the handoff.")
        )
    for team in ("sales", "marketing"):
        if not any(s.signatory and s.team == team for s in content.stakeholders):
            problems.append(
                ReadinessProblem(
                    "stakeholders",
                    "stakeholders",
                    f"Stakeholders: nobody from {team} is marked to sign.",
                )
            )
    return problems
