"""A duration as a number and a unit, stored as ISO 8601 text (``PT4H``, ``P2D``).

The number may have a decimal fraction (``PT1.5H``: ISO 8601 allows one on the smallest
component), typed after a point or a comma. A duration the number/unit pair cannot
express (``PT1H30M``) is shown and kept exactly as written until the user changes it;
``P6M`` stays ``P6M``, never days.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QListView,
    QWidget,
)

from slaworkshop.models.fields import parse_duration

#: (label, template, component of ``parse_duration``)
UNITS: tuple[tuple[str, str, str], ...] = (
    ("minutes", "PT{}M", "mi"),
    ("hours", "PT{}H", "h"),
    ("days", "P{}D", "d"),
    ("weeks", "P{}W", "w"),
    ("months", "P{}M", "mo"),
)


#: Decimal places the amount takes: enough for a quarter hour, and no more, so that a
#: third one typed is refused rather than rounded away.
DECIMALS = 2
MAXIMUM = 100_000
#: Digits, then a fraction after a point or a comma; no signs, exponents or grouping.
_AMOUNT = re.compile(r"([0-9]*)(?:[.,]([0-9]*))?")


def amount_text(amount: float) -> str:
    """``1.5`` → ``1.5``, ``4.0`` → ``4``: no needless zeros, a point in any locale."""
    return f"{amount:.{DECIMALS}f}".rstrip("0").rstrip(".")


def split_duration(text: str) -> tuple[float, int] | None:
    """(amount, unit index) when ``text`` is one amount of one unit that the editor can
    show exactly (at most :data:`DECIMALS` places, at most :data:`MAXIMUM`)."""
    parts = {k: v for k, v in (parse_duration(text or "") or {}).items() if v}
    if len(parts) != 1:
        return None
    (component, amount), = parts.items()
    if amount > MAXIMUM or float(amount_text(amount)) != amount:
        return None
    for number, (_label, _template, code) in enumerate(UNITS):
        if code == component:
            return amount, number
    return None


def join_duration(amount: float, unit: int) -> str:
    return UNITS[unit][1].format(amount_text(amount))


class AmountBox(QDoubleSpinBox):
    """A positive amount with up to :data:`DECIMALS` places, read the same in any locale.

    Qt's own box reads the text by the locale (in English "1,5" is fifteen, grouped) and
    rounds extra places away; this one refuses, as they are typed, the characters it
    cannot take, so the number on screen is always the one that will be stored.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(DECIMALS)
        self.setRange(10 ** -DECIMALS, MAXIMUM)

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt's name)
        return amount_text(value)

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt's name)
        return float(text.replace(",", ".").rstrip("."))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        match = _AMOUNT.fullmatch(text)
        if match is None or len(match.group(2) or "") > DECIMALS:
            return QValidator.State.Invalid, text, pos
        if not any(character.isdigit() for character in text):
            return QValidator.State.Intermediate, text, pos  # empty, or a lone point
        value = self.valueFromText(text)
        if value > self.maximum():
            return QValidator.State.Invalid, text, pos
        if value < self.minimum() or text[-1] in ".,":
            return QValidator.State.Intermediate, text, pos  # 0, or 1. before its 5
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return text.rstrip(".,")

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 (Qt's name)
        # one step down from 1 would be clamped to 0.01: a number nobody chose
        enabled = super().stepEnabled()
        if self.value() - self.singleStep() < self.minimum():
            enabled &= ~QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return enabled


class TypedSearch:
    """Letters typed within the keyboard interval, and the item they choose: the first
    that begins with them, from the top; one letter typed again steps through the
    items that begin with it ("m" minutes, "mm" months, "mo" months)."""

    def __init__(self) -> None:
        self._typed = ""
        self._typed_at = QElapsedTimer()

    def find(self, texts: list[str], key: str) -> int | None:
        if not self._typed_at.isValid() \
                or self._typed_at.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._typed_at.restart()
        self._typed += key.casefold()
        folded = [text.casefold() for text in texts]
        if len(set(self._typed)) == 1:  # the same letter again: the next with it
            matches = [i for i, text in enumerate(folded) if text.startswith(self._typed[0])]
            return matches[(len(self._typed) - 1) % len(matches)] if matches else None
        return next((i for i, text in enumerate(folded) if text.startswith(self._typed)), None)


def _is_letter_key(event: QKeyEvent) -> bool:
    held = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                 | Qt.KeyboardModifier.KeypadModifier)
    return held == Qt.KeyboardModifier.NoModifier and event.text().isalpha()


class _UnitList(QListView):
    """The open list of units, searched as the closed box is."""

    def __init__(self, search: TypedSearch) -> None:
        super().__init__()
        self._search = search

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt's name)
        model = self.model()
        texts = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
        found = self._search.find(texts, search[-1:]) if search else None
        if found is not None:
            self.setCurrentIndex(model.index(found, 0))


class UnitBox(QComboBox):
    """The unit list, where typed letters choose the first unit they begin, from the
    top, whether the list is open or not: Qt's own search starts after the current
    unit, so "m" typed on "hours" chose months, and four minutes became four months
    without a word (:class:`TypedSearch`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = TypedSearch()
        self.setView(_UnitList(self._search))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if not _is_letter_key(event):
            super().keyPressEvent(event)  # arrows, Home/End, F4, shortcuts
            return
        found = self._search.find([self.itemText(i) for i in range(self.count())],
                                  event.text())
        if found is not None:
            self.setCurrentIndex(found)
        event.accept()


class DurationEditor(QWidget):
    edited = Signal(str)  # the new ISO text, after a change by the user

    def __init__(self, parent: QWidget | None = None, accessible_name: str = "Duration") -> None:
        super().__init__(parent)
        self._original = ""
        self._touched = False
        self._loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.amount = AmountBox()
        self.amount.setAccessibleName(f"{accessible_name}: amount")
        self.unit = UnitBox()
        self.unit.setAccessibleName(f"{accessible_name}: unit")
        for label, _template, _code in UNITS:
            self.unit.addItem(label)
        # wide enough for five digits and the arrows, in whatever type size is in use
        digits = self.amount.fontMetrics().horizontalAdvance("00000")
        self.amount.setMinimumWidth(digits + 3 * self.amount.fontMetrics().height())
        layout.addWidget(self.amount, 2)
        layout.addWidget(self.unit, 3)
        self.setFocusProxy(self.amount)
        self.amount.installEventFilter(self)
        self.amount.valueChanged.connect(self._user_changed)
        self.unit.currentIndexChanged.connect(self._user_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Alt+Down (or F4) in the number opens the list of units, as it opens every
        other list: it stepped the number down instead, 4 hours to 3 (tryout)."""
        if watched is self.amount and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_F4 or (
                    alt and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
                self.unit.setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.unit.showPopup()
                return True
        return False

    def set_value(self, text: str) -> None:
        self._loading = True
        self._original, self._touched = text or "", False
        while self.unit.count() > len(UNITS):
            self.unit.removeItem(len(UNITS))
        split = split_duration(self._original)
        if split is not None:
            self.amount.setValue(split[0])
            self.unit.setCurrentIndex(split[1])
        elif self._original:
            self.unit.addItem(f"as written: {self._original}")
            self.unit.setCurrentIndex(len(UNITS))
        else:
            self.amount.setValue(4)
            self.unit.setCurrentIndex(1)
        self._loading = False

    def value(self) -> str:
        if not self._touched and self._original:
            return self._original
        unit = self.unit.currentIndex()
        return join_duration(self.amount.value(), unit if unit < len(UNITS) else 1)

    def _user_changed(self) -> None:
        if self._loading:
            return
        self._touched = True
        self.edited.emit(self.value())
