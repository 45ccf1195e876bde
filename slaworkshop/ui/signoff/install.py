"""Plug review and sign-off into the agreement window (see ``slaworkshop.ui.extensions``).

Replaces the window's plain Propose and Export config with the sign-off versions
(asking before saving a version; latest version by default; atomic writes), enables
Export PDF, and adds the preview and the signatories to the Review page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .export_command import ExportCommand
from .pdf_preview import PdfPreviewPanel
from .propose_command import ProposeCommand
from .signatories_panel import SignatoriesPanel
from .signoff_state import SignOffState
from .version_badge import VersionBadge

if TYPE_CHECKING:
    from ..agreement_window import AgreementWindow


class SignOff(QObject):
    """What the installer built, kept on the window as ``window.signoff``."""

    def __init__(self, window: AgreementWindow) -> None:
        super().__init__(window)
        workspace = window.workspace
        self.state = SignOffState(workspace.agreements, workspace.signoff,
                                  window.agreement_id, self)
        self.propose = ProposeCommand(window, self.state)
        self.export = ExportCommand(window)
        self.preview = PdfPreviewPanel(workspace.agreements, window.agreement_id,
                                       window.document, self.state)
        self.signatories = SignatoriesPanel(self.state)
        self.badge = VersionBadge()


def install(window: AgreementWindow) -> None:
    signoff = SignOff(window)
    window.signoff = signoff  # type: ignore[attr-defined]
    review = window.pages["review"]
    review.add_panel("Signatures", signoff.signatories, 0)  # type: ignore[attr-defined]
    review.add_panel("Document preview", signoff.preview, 3)  # type: ignore[attr-defined]
    window.statusBar().addPermanentWidget(signoff.badge)

    actions = window.window_actions
    actions.propose.triggered.disconnect(window.commands.propose)
    actions.propose.triggered.connect(signoff.propose.propose)
    actions.export_config.triggered.disconnect(window.commands.export_config)
    actions.export_config.triggered.connect(signoff.export.export_config)
    actions.export_pdf.setEnabled(True)
    actions.export_pdf.setToolTip("Export the latest version as PDF (Ctrl+Shift+E)")
    actions.export_pdf.triggered.connect(signoff.export.export_pdf)

    signoff.state.changed.connect(signoff.badge.show_snapshot)
    signoff.state.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.commands.version_saved.connect(lambda _n: signoff.state.refresh())
    window.closed.connect(lambda _id: (signoff.preview.renderer.cancel(),
                                       signoff.export.renderer.cancel()))
    signoff.state.refresh()
