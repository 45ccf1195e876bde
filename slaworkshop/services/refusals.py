"""Refusals the windows catch by type, importable without the store (no SQLAlchemy)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from slaworkshop.store.errors import Refused

if TYPE_CHECKING:
    from slaworkshop.models import ReadinessProblem


class NotReady(Refused):
    """Proposing was refused: the readiness problems say what to settle first."""

    def __init__(self, problems: list[ReadinessProblem]) -> None:
        super().__init__("the agreement is not ready to propose for signature; settle these first:")
        self.problems = problems
