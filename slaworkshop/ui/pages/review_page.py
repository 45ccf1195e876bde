"""Review and sign-off: what still blocks signatures, and room for preview and signing.

This page is a seam. The readiness list is here now; the PDF preview and the
signatories with their Sign buttons are added by other modules through
:meth:`ReviewPage.add_panel` (see ``slaworkshop.ui.extensions``), so this module does
not need to know how a PDF is rendered or how a signature is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from slaworkshop.models import Content, readiness_problems

from ..agreement_document import AgreementDocument
from ..problem_list import ProblemList
from .section_page import SectionPage

#: Problems the readiness list shows without scrolling.
PROBLEM_ROWS = 5


def review_summary(problems: int, signoff: str = "", draft_is_version: bool = False) -> str:
    """The line over the readiness list. ``signoff`` says where sign-off stands ("✓ Version
    2 is signed by everyone."), "" while no version is proposed or signed;
    ``draft_is_version``: the draft is word for word that version, so there is nothing
    new to propose. The problems are the draft's content, whatever its sign-off."""
    settle = f"{problems} thing{'s' if problems != 1 else ''} to settle before proposing"
    if not signoff:
        return f"{settle}:" if problems else "✓ Ready to propose for signature."
    if draft_is_version:
        return f"{signoff} {settle}:" if problems else signoff
    if problems:
        return f"{signoff} The draft has changed since; {settle} it:"
    return f"{signoff} The draft has changed since and is ready to propose as a new version."


class ReviewPage(SectionPage):
    problem_activated = Signal(object)  # the ReadinessProblem to go to

    def __init__(self, document: AgreementDocument) -> None:
        super().__init__("review", document)
        self.summary = QLabel()
        self.summary.setObjectName("subHeading")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Review summary")
        self._signoff = ""
        self._draft_is_version = False
        self.problems = ProblemList()
        self.problems.chosen.connect(self.problem_activated)
        self.body_layout.addWidget(self.summary)
        # As tall as its problems (up to PROBLEM_ROWS, then it scrolls): the preview
        # and the signatures below get the rest of the page.
        self.body_layout.addWidget(self.problems)
        self.panels = QVBoxLayout()
        self.body_layout.addLayout(self.panels, 2)
        self.placeholder = QLabel(
            "The document preview and the signatures appear here once those features are "
            "installed. Until then: Save version (Ctrl+S), then Propose."
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("pageIntro")
        self.panels.addWidget(self.placeholder)
        self.refresh(document.content)

    def add_panel(self, title: str, widget: QWidget, stretch: int = 1) -> QGroupBox:
        """Extension point: a titled panel under the readiness list (PDF preview, signers)."""
        self.placeholder.hide()
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        self.panels.addWidget(box, stretch)
        return box

    def set_signoff(self, sentence: str, draft_is_version: bool) -> None:
        """Extension point: where sign-off stands, for the summary line (see
        :func:`review_summary`); the sign-off package calls this as it changes."""
        if (sentence, draft_is_version) == (self._signoff, self._draft_is_version):
            return  # most edits change neither; the list is not rebuilt twice per keystroke
        self._signoff = sentence
        self._draft_is_version = draft_is_version
        self.refresh(self.document.content)

    def refresh(self, content: Content) -> None:
        found = readiness_problems(content)
        self.summary.setText(review_summary(len(found), self._signoff, self._draft_is_version))
        if self.problems.show_problems(found):
            self.problems.setVisible(bool(found))
            self._fit_problem_list()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # text size, presentation mode
            self._fit_problem_list()

    def _fit_problem_list(self) -> None:
        rows = min(self.problems.count(), PROBLEM_ROWS)
        if rows:
            row = self.problems.sizeHintForRow(0)
            self.problems.setFixedHeight(rows * row + 2 * self.problems.frameWidth() + 2)

