"""The signatories of the version in sign-off, their state, and a Sign button each.

One row per signatory: who | state and the name typed when signing | Sign…. The rows
keep their geometry when someone signs (see ``signature_state``; every row is at least
as tall as a button), so a click aimed at the next Sign… button lands on it. Names are
user text, shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.store import StoreError

from .. import prompts
from ..tones import set_tone
from .sign_dialog import SignDialog
from .signature_state import SignatureState
from .signoff_state import Signatory, SignOffSnapshot, SignOffState


class SignatoriesPanel(QWidget):
    #: The rows and their Sign… buttons were made anew: new widgets join the window's
    #: Tab order at its end, so the window orders the page again (after one signature
    #: the next Sign… button came after the preview, Back, Next and the status bar).
    rows_changed = Signal()

    def __init__(self, state: SignOffState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.dialog: SignDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Sign-off summary")
        self.hash_line = QLabel()
        self.hash_line.setAccessibleName("Content hash of the version in sign-off")
        set_tone(self.hash_line, "muted")
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(16)
        self.rows.setVerticalSpacing(6)
        self.rows.setColumnStretch(3, 1)  # name | state | Sign… | room
        self.footnote = QLabel()
        self.footnote.setObjectName("pageIntro")
        self.footnote.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.hash_line)
        layout.addLayout(self.rows)
        layout.addWidget(self.footnote)
        self.sign_buttons: dict[str, QPushButton] = {}
        self.state_labels: dict[str, QLabel] = {}
        self.signed_names: dict[str, QLabel] = {}  # the name typed when signing
        state.changed.connect(self.show_snapshot)
        self.show_snapshot(state.snapshot)

    def show_snapshot(self, snapshot: SignOffSnapshot) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleting waits for the event loop
                widget.deleteLater()
        self.sign_buttons.clear()
        self.state_labels.clear()
        self.signed_names.clear()
        version = snapshot.version
        if version is None:
            self.summary.setText(
                "No version is proposed for signature yet. When the readiness list is "
                "empty, use Propose (Ctrl+Shift+P) to freeze the latest version for signature."
            )
            self.footnote.setText("")
            self.hash_line.hide()
            return
        total = len(snapshot.signatories)
        if version.status == "signed":
            text = (f"<b>Version {version.number} is signed</b> by all {total} signatories.")
        else:
            text = (f"<b>Version {version.number} is proposed for signature</b>: "
                    f"{snapshot.signed_count} of {total} signed.")
        self.summary.setText(text)
        self.summary.setToolTip(f"Content hash (SHA-256): {version.content_sha256}")
        self.hash_line.setText(f"Content hash <code>{version.content_sha256[:16]}…</code>")
        self.hash_line.setToolTip(self.summary.toolTip())
        self.hash_line.show()
        for row, person in enumerate(snapshot.signatories):
            self._add_row(row, person, can_sign=version.status == "proposed")
        self.rows_changed.emit()
        self.footnote.setText(
            "Not signing: " + ", ".join(snapshot.others) + "." if snapshot.others else ""
        )

    def _add_row(self, row: int, person: Signatory, *, can_sign: bool) -> None:
        who = QWidget()
        lines = QVBoxLayout(who)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(0)
        name = QLabel(person.name)
        name.setTextFormat(Qt.TextFormat.PlainText)  # user text
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        lines.addWidget(name)
        if _role(person):
            role = QLabel(_role(person))
            role.setTextFormat(Qt.TextFormat.PlainText)
            set_tone(role, "muted")
            lines.addWidget(role)
        state = SignatureState(person)
        button = QPushButton("Sign…")
        self.rows.setRowMinimumHeight(row, button.sizeHint().height())
        self.rows.addWidget(who, row, 0)
        self.rows.addWidget(state, row, 1)
        self.state_labels[person.key] = state.state
        if person.signature is not None:
            self.signed_names[person.key] = state.signed_name
        if can_sign and person.signature is None:
            button.setAccessibleName(f"Sign as {person.name}")
            button.clicked.connect(lambda _=False, p=person: self.open_sign_dialog(p))
            self.rows.addWidget(button, row, 2)
            self.sign_buttons[person.key] = button

    def open_sign_dialog(self, person: Signatory) -> SignDialog | None:
        version = self._state.snapshot.version
        if version is None:
            return None
        dialog = SignDialog(person, version.number, version.content_sha256, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._sign(dialog))
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()  # window-modal, does not block the event loop
        return dialog

    def _sign(self, dialog: SignDialog) -> None:
        try:
            self._state.sign(dialog.person.key, dialog.typed_name(), dialog.drawing_png())
        except StoreError as exc:
            prompts.refusal(self, "Not signed", exc, quoting=[dialog.person.name])


def _role(person: Signatory) -> str:
    return " · ".join(part for part in (person.role, person.team.capitalize()) if part)
