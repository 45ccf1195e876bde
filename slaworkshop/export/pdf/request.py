"""What a PDF is rendered from: one request object, built by the caller or by
``build_pdf_request`` from the services."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from slaworkshop.models import AgreementFile, Content

#: ``(done_fraction, message)``: done_fraction runs from 0.0 to 1.0.
ProgressCallback = Callable[[float, str], None]


def no_progress(_done: float, _message: str) -> None:
    """The default progress callback: nobody is watching."""


@dataclass(frozen=True)
class HistoryEntry:
    """One row of the "Version history" table."""

    number: int
    status: str
    label: str
    created_at: str  # ISO timestamp, as in the config's envelope
    content_sha256: str


@dataclass(frozen=True)
class ChangeRow:
    """One row of a change summary; filled from the diff engine once it exists.

    ``section`` and ``item`` name what changed in words a reader understands
    (``"SLA windows"``, ``"Route to a rep"``), ``change`` is ``added``, ``removed``,
    ``changed`` or ``moved``, ``old`` and ``new`` the values as text.
    """

    section: str
    item: str
    change: str
    old: str = ""
    new: str = ""


@dataclass(frozen=True)
class PreviousVersion:
    """The version signed before the one being rendered."""

    number: int
    content: Content


@dataclass(frozen=True)
class PdfRequest:
    """Everything the document shows, and the machine-readable twin it carries.

    ``config_json`` is embedded byte for byte: pass exactly what
    ``export --config F.json`` writes for this version (see ``config_bytes_for``).
    ``drawings`` maps a stakeholder key to the PNG of their drawn signature.
    ``changes`` is the hook for the change summary: None renders no summary, a list
    (even an empty one) renders the section "Changes since version N".
    """

    document: AgreementFile
    config_json: bytes
    drawings: Mapping[str, bytes] = field(default_factory=dict)
    history: Sequence[HistoryEntry] = ()
    previous_signed: PreviousVersion | None = None
    changes: Sequence[ChangeRow] | None = None
    progress: ProgressCallback = no_progress
