"""Plug review and sign-off into the agreement window (see ``slaworkshop.ui.extensions``).

Replaces the window's plain Propose and Export config with the sign-off versions
(asking before saving a version; latest version by default; atomic writes), enables
Export PDF, and adds the preview and the signatories to the Review page.

At window start-up only the status bar badge and its state are made. The commands are
built on their first trigger, and the preview and signatories panels (QtPdf, the
render worker, the signing dialog) when the Review page is first built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .draft_signoff import DraftSignOff
from .signoff_state import SignOffState
from .version_badge import VersionBadge

if TYPE_CHECKING:
    from ..agreement_window import AgreementWindow
    from ..pages.section_page import SectionPage
    from .export_command import ExportCommand
    from .pdf_preview import PdfPreviewPanel
    from .propose_command import ProposeCommand
    from .signatories_panel import SignatoriesPanel


class SignOff(QObject):
    """What the installer built, kept on the window as ``window.signoff``; the heavier
    parts are made on first use."""

    def __init__(self, window: AgreementWindow) -> None:
        super().__init__(window)
        self._window = window
        workspace = window.workspace
        self.state = SignOffState(workspace,
                                  window.agreement_id, self)
        self.badge = VersionBadge()
        self.draft = DraftSignOff(window, self.state, self.badge)
        self._propose: ProposeCommand | None = None
        self._export: ExportCommand | None = None
        self._preview: PdfPreviewPanel | None = None
        self._signatories: SignatoriesPanel | None = None

    @property
    def propose(self) -> ProposeCommand:
        if self._propose is None:
            from .propose_command import ProposeCommand

            self._propose = ProposeCommand(self._window, self.state)
        return self._propose

    @property
    def export(self) -> ExportCommand:
        if self._export is None:
            from .export_command import ExportCommand

            self._export = ExportCommand(self._window)
        return self._export

    @property
    def preview(self) -> PdfPreviewPanel:
        self._window.pages["review"]  # noqa: B018 -- building the page adds the panels
        assert self._preview is not None
        return self._preview

    @property
    def signatories(self) -> SignatoriesPanel:
        self._window.pages["review"]  # noqa: B018 -- building the page adds the panels
        assert self._signatories is not None
        return self._signatories

    def add_panels(self, review: SectionPage) -> None:
        """Put the signatories and the document preview on the Review page (once)."""
        if self._preview is not None:
            return
        from .pdf_preview import PdfPreviewPanel
        from .signatories_panel import SignatoriesPanel

        window = self._window
        self._signatories = SignatoriesPanel(self.state)
        self._preview = PdfPreviewPanel(window.workspace.reader, window.agreement_id,
                                        window.document, self.state)
        self._signatories.rows_changed.connect(window.order_tabs)
        review.add_panel("Signatures", self._signatories, 0)  # type: ignore[attr-defined]
        review.add_panel("Document preview", self._preview, 3)  # type: ignore[attr-defined]
        self._preview.show_versions(self.state.snapshot)  # later ones come by signal

    def cancel_renders(self) -> None:
        if self._preview is not None:
            self._preview.renderer.cancel()
        if self._export is not None:
            self._export.renderer.cancel()


def install(window: AgreementWindow) -> None:
    signoff = SignOff(window)
    window.signoff = signoff  # type: ignore[attr-defined]
    window.statusBar().addPermanentWidget(signoff.badge)

    actions = window.window_actions
    actions.propose.triggered.disconnect(window.commands.propose)
    actions.propose.triggered.connect(lambda: signoff.propose.propose())
    actions.export_config.triggered.disconnect(window.commands.export_config)
    actions.export_config.triggered.connect(lambda: signoff.export.export_config())
    actions.export_pdf.setEnabled(True)
    actions.export_pdf.setToolTip("Export the latest version as PDF (Ctrl+Shift+E)")
    actions.export_pdf.triggered.connect(lambda: signoff.export.export_pdf())

    signoff.state.changed.connect(signoff.badge.show_snapshot)
    signoff.state.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.commands.version_saved.connect(lambda _n: signoff.state.refresh())
    window.draft_reloaded.connect(signoff.state.refresh)  # keep mine may add a version
    window.closed.connect(lambda _id: signoff.cancel_renders())
    window.pages.when_built(signoff.add_panels, "review")
    signoff.state.refresh()
