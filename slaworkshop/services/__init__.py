"""Use cases over the store: no Qt, no SQL of their own."""

from .agreements import AgreementService, VersionRef, current_user
from .signoff import NotReady, SignOffService, SignResult

__all__ = [
    "AgreementService",
    "NotReady",
    "SignOffService",
    "SignResult",
    "VersionRef",
    "current_user",
]
