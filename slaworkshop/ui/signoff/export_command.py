"""Export the PDF and the config file: the latest version by default, the draft when
none is saved. The PDF renders in the background with a progress dialog; both files
are written atomically, and a failure says what to do about it."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from slaworkshop.export.atomic_file import write_atomically, write_error_text
from slaworkshop.export.targets import target_problem
from slaworkshop.safe_text import suggested_file_name
from slaworkshop.store import StoreError

from .. import prompts
from ..sentences import as_sentence
from .pdf_sources import version_source
from .render_worker import PdfRenderer

if TYPE_CHECKING:
    from ..agreement_window import AgreementWindow


class ExportCommand(QObject):
    exported = Signal(str)  # the path written
    failed = Signal(str)  # the sentence shown

    def __init__(self, window: AgreementWindow) -> None:
        super().__init__(window)
        self._window = window
        self.renderer = PdfRenderer(self)
        self.renderer.progress.connect(self._progress)
        self.renderer.finished.connect(self._rendered)
        self.progress_dialog: QProgressDialog | None = None
        self._target: Path | None = None
        self._what = ""

    def _latest(self) -> tuple[int | None, str]:
        number = self._window.workspace.agreements.latest_number(self._window.agreement_id)
        return number, f"version {number}" if number is not None else "the draft"

    def _suggested(self, what: str, suffix: str, number: int | None) -> str:
        """A file name from the exported content's organization: History's export of
        version 1 was named after the draft, renamed since."""
        content = self._window.document.content
        if number is not None:
            # unreadable: the export itself says what is wrong; the name is a suggestion
            with suppress(StoreError):
                content = self._window.workspace.reader.content(self._window.agreement_id,
                                                                number)
        # "Northwind agreement draft.pdf", not "… agreement the draft.pdf"
        name = f"{content.organization or content.title} agreement {what.removeprefix('the ')}"
        return suggested_file_name(name, suffix)

    def _flush(self) -> None:
        self._window.autosaver.flush()  # "the draft" means what is on screen

    def _refused(self, path: Path, over: QWidget) -> bool:
        """Say why ``path`` must not be written (the database, a device…), if it must not."""
        problem = target_problem(path, database_url=self._window.workspace.url)
        if problem is not None:
            self._fail(f"Nothing was written to {path}: {problem}.", over)
        return problem is not None

    def _fail(self, text: str, over: QWidget | None = None) -> None:
        """``over``: the window the export was asked from, while it is sure to be open
        (a question it asked is being answered); later, as a render ends, the agreement
        window: History may have closed meanwhile (review)."""
        self.failed.emit(text)
        prompts.inform(over or self._window, "Not exported", text, warning=True)

    # -- config -----------------------------------------------------------------------------

    def _which(self, number: int | None, over: QWidget) -> tuple[int | None, str] | None:
        """The version to export and how to say it: ``number``, else the latest."""
        if number is not None:
            return number, f"version {number}"
        self._flush()
        try:
            return self._latest()
        except StoreError as exc:
            self._fail(as_sentence(str(exc)), over)
            return None

    def export_config(self, version: int | None = None, over: QWidget | None = None) -> None:
        """The latest version (else the draft) as a config file; ``version``: that one
        (History exports a signed version after later ones were saved), its questions
        over ``over`` (they opened behind History, over the agreement window)."""
        from slaworkshop.export.config_file import build_file, dump_config

        over = over or self._window
        which = self._which(version, over)
        if which is None:
            return
        number, what = which
        chosen = prompts.choose_save_file(
            over, f"Export {what} as a config file",
            self._suggested(what, ".yaml", number), "Config (*.yaml *.yml *.json)",
            kind="export")
        if not chosen:
            return
        path = Path(chosen)
        if self._refused(path, over):
            return
        try:
            document = self._window.workspace.agreements.file(
                self._window.agreement_id, number if number is not None else "draft")
            data = dump_config(build_file(document.content, agreement_id=document.agreement_id,
                                          version=document.version,
                                          signatures=document.signatures),
                               path.suffix or ".yaml")
            write_atomically(path, data)
        except OSError as exc:
            self._fail(write_error_text(path, exc), over)
            return
        except (ValueError, StoreError) as exc:
            self._fail(f"The config file was not written: {exc}.", over)
            return
        self._window.statusBar().showMessage(f"Exported {what} to {path}.", 8000)
        self.exported.emit(str(path))

    # -- PDF --------------------------------------------------------------------------------

    def export_pdf(self, version: int | None = None, over: QWidget | None = None) -> None:
        """As ``export_config``, as a PDF rendered off the UI thread. Its progress and
        what comes of it show over the agreement window, which outlives the render."""
        over = over or self._window
        if self.renderer.busy:
            prompts.inform(over, "Export running",
                           "A PDF is being exported already; wait for it to finish.")
            return
        which = self._which(version, over)
        if which is None:
            return
        number, what = which
        chosen = prompts.choose_save_file(over, f"Export {what} as PDF",
                                          self._suggested(what, ".pdf", number),
                                          "PDF (*.pdf)", kind="export")
        if not chosen:
            return
        if self._refused(Path(chosen), over):
            return
        self._target = Path(chosen)
        self._what = what
        dialog = QProgressDialog(f"Rendering {what} as PDF…", "Cancel", 0, 100, self._window)
        dialog.setWindowTitle("Export PDF")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel)
        self.progress_dialog = dialog
        ref: int | Literal["draft"] = number if number is not None else "draft"
        self.renderer.render(version_source(self._window.workspace.agreements,
                                            self._window.agreement_id, ref))

    def _progress(self, fraction: float, message: str) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        dialog.setLabelText(f"{message}…" if fraction < 1 else message)
        # last: a window-modal dialog processes events in setValue, so the render may
        # finish (and close this dialog) inside this call
        dialog.setValue(round(fraction * 100))

    def _cancel(self) -> None:
        self.renderer.cancel()
        self._close_progress()
        self._window.statusBar().showMessage("PDF export cancelled.", 5000)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self._cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _rendered(self, pdf: bytes | None, error: BaseException | None) -> None:
        self._close_progress()
        target, self._target = self._target, None
        if target is None:
            return
        if error is not None or pdf is None:
            self._fail(f"The PDF could not be rendered: {error}.")
            return
        try:
            write_atomically(target, pdf)
        except OSError as exc:
            self._fail(write_error_text(target, exc))
            return
        self._window.statusBar().showMessage(f"Exported {self._what} as PDF to {target}.", 8000)
        self.exported.emit(str(target))
