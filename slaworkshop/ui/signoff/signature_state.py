"""One signatory's state in the signatories panel: "Waiting", or "✓ Signed at …" over
the name typed when signing (user text: plain text, elided to the cell, whole in the
tooltip). The cell asks to be as wide as its widest text and is two lines tall whatever
it shows, so the rows and buttons around it stay where they are when someone signs. In
a narrow window it gives up what its own text does not need: fixed at the widest, it
pushed the Sign buttons out of a 1024-pixel window with larger text, cut to "Si"
(tryout)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from slaworkshop.safe_text import same_name
from slaworkshop.store.records import iso

from ..times import WIDEST_ZONE, local_time
from ..tones import set_tone
from ..tooltips import plain_tip
from .signoff_state import Signatory

#: The widest state text (digits are equally wide in the fonts used, and 8 among the widest).
WIDEST_STATE = f"✓ Signed at 8888-88-88 88:88 {WIDEST_ZONE}"


def signed_at_text(person: Signatory) -> str:
    if person.signature is None:
        return "Waiting"
    return f"✓ Signed at {local_time(person.signature.signed_at)}"


class SignatureState(QWidget):
    def __init__(self, person: Signatory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QLabel(signed_at_text(person))
        self.state.setWordWrap(True)
        self.state.setAccessibleName(f"Signature state of {person.name}")
        self.signed_name = QLabel()
        self.signed_name.setTextFormat(Qt.TextFormat.PlainText)  # user text
        self.signed_name.setAccessibleName(f"Name {person.name} signed with")
        policy = self.signed_name.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # a waiting row is as tall as a signed one
        self.signed_name.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.state)
        layout.addWidget(self.signed_name)
        signature = person.signature
        if signature is None:
            set_tone(self.state, "waiting")
            self._typed = "as “”"  # hidden; keeps the line's height
            self.signed_name.hide()
        else:
            tip = plain_tip(f"Signed as “{signature.name}” at {iso(signature.signed_at)}")
            self.state.setToolTip(tip)
            self.signed_name.setToolTip(tip)
            self.state.setFont(_bold(self.state.font()))
            set_tone(self.state, "good")
            self._typed = f"as “{signature.name}”"
            if same_name(signature.name, person.name):
                # "as “Priya Natarajan”" under Priya Natarajan's own row said nothing
                # (tryout); the line keeps its room, so the rows stay where they are
                self.signed_name.hide()
        self._fit()

    def _fit(self) -> None:
        """Width for the widest state in the font shown, at least its own state's."""
        metrics = QFontMetrics(_bold(self.state.font()))
        self._widest = metrics.horizontalAdvance(WIDEST_STATE) + 4
        # short of room, "✓ Signed at …" wraps rather than push the page sideways
        # (tryout: a scroll bar came with the first signature at 1024 pixels)
        self.setMinimumWidth(max(metrics.horizontalAdvance(word)
                                 for word in self.state.text().split()) + 4)
        self.updateGeometry()
        self._elide()

    def _elide(self) -> None:
        """The typed name, elided to the width the cell has."""
        self.signed_name.setText(self.signed_name.fontMetrics().elidedText(
            self._typed, Qt.TextElideMode.ElideMiddle, max(self.width(), self.minimumWidth())))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._widest, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # in the panel; presentation mode
            self._fit()


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold
