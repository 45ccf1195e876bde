"""The live preview of the PDF on the Review page.

It shows the draft as typed, or a saved version (the proposed one by default once
there is one); the combo box says which. Rendering happens in the background
(``render_worker``) with a progress bar; the draft is re-rendered 1.5 s after the
last edit, and only while the preview is on screen, so typing elsewhere never
competes with WeasyPrint for the interpreter. A failed render says why in the panel.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.services.reading import AgreementReader

from ..agreement_document import AgreementDocument
from .pdf_sources import draft_source, version_source
from .render_worker import PdfRenderer
from .signoff_state import SignOffSnapshot, SignOffState

DEBOUNCE_MS = 1500
DRAFT = "draft"
log = logging.getLogger(__name__)


class PdfPreviewPanel(QWidget):
    def __init__(self, agreements: AgreementReader, agreement_id: str,
                 document: AgreementDocument, state: SignOffState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._agreements = agreements
        self._id = agreement_id
        self._document = document
        self._stale = True
        self._shown_proposed: int | None = None
        self.renderer = PdfRenderer(self)

        self.choice = QComboBox()
        self.choice.setAccessibleName("What the preview shows")
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.addItem("Draft (as typed)", DRAFT)
        self.zoom = QComboBox()
        self.zoom.setAccessibleName("Preview zoom")
        self.zoom.addItem("Fit width", QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem("Whole page", QPdfView.ZoomMode.FitInView)
        self.refresh_button = QPushButton("&Refresh")
        self.refresh_button.setToolTip("Render the preview again now")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName("Rendering progress")
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.message.setAccessibleName("Preview state")
        self.message.setWordWrap(True)  # a long state must not widen the page (1280×800)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: #9b1c1c; background: #fdecec; padding: 6px;"
                                 " border-radius: 4px;")
        self.error.setAccessibleName("Preview error")
        self.error.hide()

        self.pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self._fit_preview_floor()
        self.view.setAccessibleName("PDF preview")

        top = QHBoxLayout()
        choice_label = QLabel("&Preview:")
        choice_label.setBuddy(self.choice)
        top.addWidget(choice_label)
        top.addWidget(self.choice)
        top.addStretch(1)
        top.addWidget(self.zoom)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        # under the controls, the whole width: squeezed between them at 1024×768 it
        # wrapped to "Draft (as / typed): 10 / pages" (tryout)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        self.choice.currentIndexChanged.connect(lambda _i: self.render_now())
        self.refresh_button.clicked.connect(self.render_now)
        self.zoom.currentIndexChanged.connect(
            lambda _i: self.view.setZoomMode(self.zoom.currentData()))
        document.changed.connect(self._draft_changed)
        state.changed.connect(self.show_versions)
        self.renderer.started.connect(self._started)
        self.renderer.progress.connect(self._progress)
        self.renderer.finished.connect(self._finished)
        self._idle("")

    # -- room ---------------------------------------------------------------------------

    #: The preview never asks for more than this many lines of the current text: it
    #: takes what the page leaves, so signatures and the preview fit a 1280×800
    #: projector in presentation mode instead of pushing the window off the screen.
    FLOOR_LINES = 6

    def _fit_preview_floor(self) -> None:
        self.view.setMinimumHeight(self.FLOOR_LINES * self.fontMetrics().lineSpacing())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_preview_floor()

    # -- what to show ---------------------------------------------------------------------

    def source(self) -> int | str:
        data = self.choice.currentData()
        return data if isinstance(data, int) else DRAFT

    def show_versions(self, snapshot: SignOffSnapshot) -> None:
        """Offer the draft, the version in sign-off and the latest; a newly proposed
        version becomes what the preview shows."""
        current = self.source()
        items: list[tuple[str, int | str]] = [("Draft (as typed)", DRAFT)]
        seen: set[int] = set()
        for version in (snapshot.version, snapshot.latest):
            if version is not None and version.number not in seen:
                seen.add(version.number)
                items.append((f"Version {version.number} ({version.status})", version.number))
        proposed = snapshot.proposed
        if proposed is not None and proposed != self._shown_proposed:
            current = proposed
        self._shown_proposed = proposed
        self.choice.blockSignals(True)
        self.choice.clear()
        for text, data in items:
            self.choice.addItem(text, data)
        found = self.choice.findData(current)
        self.choice.setCurrentIndex(max(found, 0))
        self.choice.blockSignals(False)
        self._stale = True
        self._schedule(0)

    def _draft_changed(self, _content: object) -> None:
        if self.source() == DRAFT:
            self._stale = True
            self._schedule(DEBOUNCE_MS)

    def _schedule(self, delay: int) -> None:
        if self.isVisible():
            self._timer.start(delay)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start(0)

    def render_now(self) -> None:
        self._timer.stop()
        self._stale = False
        source = self.source()
        if source == DRAFT:
            build = draft_source(self._agreements, self._id, self._document.content)
        else:
            build = version_source(self._agreements, self._id, int(source))
        self.renderer.render(build)

    # -- reports from the worker ----------------------------------------------------------

    def _idle(self, text: str) -> None:
        self.progress.hide()
        self.message.setText(text)

    def _started(self) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.message.setText("Rendering the preview…")

    def _progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(fraction * 100))
        self.message.setText(f"{message}…" if fraction < 1 else message)

    def _finished(self, pdf: bytes | None, error: BaseException | None) -> None:
        if error is not None or pdf is None:
            log.error("The PDF preview could not be rendered", exc_info=error)
            self._idle("")
            self.error.setText(f"The preview could not be rendered: {error}"
                               if str(error) else
                               f"The preview could not be rendered ({type(error).__name__}).")
            self.error.show()
            return
        self.error.hide()
        self._load(pdf)
        what = self.choice.currentText()
        pages = self.pdf.pageCount()
        self._idle(f"{what}: {pages} page{'s' if pages != 1 else ''}")

    def _load(self, pdf: bytes) -> None:
        previous = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.close()
        self.pdf.load(buffer)
        self._buffer = buffer  # the document reads from it for as long as it is shown
        if previous is not None:
            previous.close()
            previous.deleteLater()
        if self.pdf.status() == QPdfDocument.Status.Error:
            self.error.setText(f"The rendered PDF could not be shown: {self.pdf.error().name}")
            self.error.show()
