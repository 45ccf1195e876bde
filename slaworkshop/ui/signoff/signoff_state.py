"""Who signs which version, read from the services, with one signal when it changes.

The version "in sign-off" is the proposed one; when none is proposed, the latest
signed one (to show who signed it); else there is none. The panels and the status
badge all draw from one :class:`SignOffSnapshot`, refreshed after Propose, Sign and
Save version, so they never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from slaworkshop.store.records import SignatureRecord, VersionRecord

if TYPE_CHECKING:
    from slaworkshop.services import SignResult

    from ..workspace import Workspace


@dataclass(frozen=True)
class Signatory:
    key: str
    name: str
    role: str
    team: str
    signature: SignatureRecord | None


@dataclass(frozen=True)
class SignOffSnapshot:
    version: VersionRecord | None  # proposed, else the latest signed, else None
    latest: VersionRecord | None  # the latest saved version, whatever its status
    signatories: tuple[Signatory, ...] = ()
    others: tuple[str, ...] = ()  # names of stakeholders who do not sign

    @property
    def signed_count(self) -> int:
        return sum(1 for s in self.signatories if s.signature is not None)

    @property
    def proposed(self) -> int | None:
        v = self.version
        return v.number if v is not None and v.status == "proposed" else None


class SignOffState(QObject):
    changed = Signal(object)  # SignOffSnapshot
    message = Signal(str)  # a sentence for the status bar

    def __init__(self, workspace: Workspace, agreement_id: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._id = agreement_id
        self.snapshot = SignOffSnapshot(None, None)

    def refresh(self) -> SignOffSnapshot:
        history = self._workspace.reader.history(self._id)
        latest = history[-1] if history else None
        current = next((v for v in reversed(history) if v.status == "proposed"), None)
        if current is None:
            current = next((v for v in reversed(history) if v.status == "signed"), None)
        if current is None:
            self.snapshot = SignOffSnapshot(None, latest)
        else:
            content = self._workspace.reader.content(self._id, current.number)
            by_key = {s.stakeholder: s for s in current.signatures}
            self.snapshot = SignOffSnapshot(
                current, latest,
                tuple(Signatory(p.key, p.name, p.role, p.team, by_key.get(p.key))
                      for p in content.stakeholders if p.signatory),
                tuple(p.name for p in content.stakeholders if not p.signatory),
            )
        self.changed.emit(self.snapshot)
        return self.snapshot

    def sign(self, stakeholder: str, name: str, drawing_png: bytes | None) -> SignResult:
        """Record the signature on the proposed version; the service's Refused propagates."""
        number = self.snapshot.proposed
        try:
            result = self._workspace.signoff.sign(self._id, stakeholder, number=number, name=name,
                                        drawing_png=drawing_png)
        finally:
            self.refresh()  # a refusal may mean the state moved on elsewhere
        if result.status == "signed":
            self.message.emit(f"Version {result.number} is signed by everyone.")
        else:
            waiting = len(result.waiting_for)
            self.message.emit(f"{name} signed version {result.number}; "
                              f"{waiting} signature{'s' if waiting != 1 else ''} to go.")
        return result
