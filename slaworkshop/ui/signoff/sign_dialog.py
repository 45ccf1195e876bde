"""The signing dialog: typed full name, "I agree" to exactly this content, an optional
drawn signature. Sign stays disabled until a name is typed and the box is ticked.

Return presses Sign, and only Sign: nothing while it is disabled. No other button is
the dialog's default, so Return can never clear the drawing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.models.fields import is_blank, short_text_problem
from slaworkshop.safe_text import same_name

from .. import prompts
from ..one_line import keep_on_one_line
from ..tones import set_tone
from .signature_pad import SignaturePad
from .signoff_state import Signatory


class SignDialog(QDialog):
    def __init__(self, person: Signatory, number: int, content_sha256: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.setWindowTitle(f"Sign version {number}")
        self.setMinimumWidth(600)

        heading = QLabel(f"Signing for {person.name}")
        heading.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        role = " · ".join(part for part in (person.role, person.team.capitalize()) if part)
        who = QLabel(role)
        set_tone(who, "muted")
        intro = QLabel("The signature is recorded with the time, and binds the signer to "
                       "exactly this content: any later change makes a new version that "
                       "needs signing again.")
        intro.setWordWrap(True)

        self.name = keep_on_one_line(QLineEdit())
        self.name.setPlaceholderText(f"e.g. {person.name}")
        self.name.setAccessibleName("Full name of the signer")
        self.name.setClearButtonEnabled(True)

        self.agree = QCheckBox(
            f"I &agree that this signature covers version {number} with content hash "
            f"{content_sha256[:12]}…"
        )
        self.agree.setAccessibleName("I agree to the content of this version")
        self.agree.setAccessibleDescription(
            f"Version {number}, content hash (SHA-256) {content_sha256}")
        # in groups of 16 that wrap: whole, the line ran off a narrow dialog with large
        # type, cut at the edge, and it is what the signer agrees to (tryout)
        groups = " ".join(content_sha256[i:i + 16] for i in range(0, len(content_sha256), 16))
        self.hash_label = QLabel(f"SHA-256 {groups}")
        self.hash_label.setWordWrap(True)
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_label.setStyleSheet("font-family: monospace;")
        set_tone(self.hash_label, "muted")
        self.hash_label.setToolTip("The content hash printed in the PDF footer and in the "
                                   "config file; the signature is bound to it")
        indent = QHBoxLayout()
        indent.setContentsMargins(24, 0, 0, 0)  # under the checkbox's text, not its box
        indent.addWidget(self.hash_label)

        self.pad = SignaturePad()
        self.clear_button = QPushButton("C&lear drawing")
        self.clear_button.setToolTip("Remove what is drawn on the pad")
        self.clear_button.setAutoDefault(False)  # Return must not clear the drawing
        self.clear_button.clicked.connect(self.pad.clear)
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addWidget(self.clear_button)

        # Why the typed name cannot be taken (a text-direction override, 501 characters):
        # said beside it while Sign waits, not left to the service to refuse.
        self.name_problem = QLabel()
        self.name_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.name_problem.setWordWrap(True)
        self.name_problem.setAccessibleName("Problem with the name")
        set_tone(self.name_problem, "error")
        self.name_problem.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Full &name:", self.name)
        form.addRow("", self.name_problem)

        # Parented now: setDefault reaches the dialog only through a button's parents, and
        # without it the dialog made the first auto-default button (Clear) its default.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = self.buttons.addButton("&Sign", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        if role:
            layout.addWidget(who)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(QLabel("Signature (optional) — draw with the mouse or a pen:"))
        layout.addWidget(self.pad)
        layout.addLayout(pad_row)
        layout.addSpacing(6)
        layout.addWidget(self.agree)
        layout.addLayout(indent)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

        # The buttons were made (and parented) first, so Cancel led the focus chain: the
        # signer's typing went nowhere and the first space pressed Cancel.
        QWidget.setTabOrder(self.name, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.agree)
        QWidget.setTabOrder(self.agree, self.buttons)
        self.name.setFocus()

        self.name.textChanged.connect(self._update)
        self.agree.toggled.connect(self._update)
        self.pad.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        problem = short_text_problem(self.typed_name())
        self.name_problem.setText(f"⚠ The name {problem}." if problem else "")
        if self.name_problem.isHidden() == (problem is not None):
            self.name_problem.setVisible(problem is not None)
            if self.isVisible() and self.sizeHint().height() > self.height():
                # grown by the line, not squeezed: "Clear drawing" sat on the pad (tryout)
                self.resize(self.width(), self.sizeHint().height())
        self.sign_button.setEnabled(not is_blank(self.typed_name()) and problem is None
                                    and self.agree.isChecked())
        self.clear_button.setEnabled(self.pad.has_ink())

    def typed_name(self) -> str:
        return self.name.text().strip()

    def accept(self) -> None:
        """Sign; a name that is not the signatory's asks first. "Mickey Mouse" typed for
        Marco Reyes was recorded as his signature without a word, and the PDF's signature
        block then named Mickey Mouse."""
        typed = self.typed_name()
        if not same_name(typed, self.person.name) and not prompts.confirm(
                self, "Sign under another name?",
                f"“{typed}” is not the name this agreement gives the signatory, "
                f"{self.person.name}. The PDF and the history will show “{typed}” as the "
                f"person who signed for {self.person.name}.\n\nSign as “{typed}”?",
                yes="Sign as typed"):
            self.name.setFocus()
            self.name.selectAll()
            return
        super().accept()

    def drawing_png(self) -> bytes | None:
        return self.pad.to_png()
