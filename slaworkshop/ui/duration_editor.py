"""A duration as a number and a unit, stored as ISO 8601 text (``PT4H``, ``P2D``).

A duration the number/unit pair cannot express (``PT1H30M``) is shown and kept exactly
as written until the user changes it; ``P6M`` stays ``P6M``, never days.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from slaworkshop.models.fields import parse_duration

#: (label, template, component of ``parse_duration``)
UNITS: tuple[tuple[str, str, str], ...] = (
    ("minutes", "PT{}M", "mi"),
    ("hours", "PT{}H", "h"),
    ("days", "P{}D", "d"),
    ("weeks", "P{}W", "w"),
    ("months", "P{}M", "mo"),
)


def split_duration(text: str) -> tuple[int, int] | None:
    """(amount, unit index) when ``text`` is one whole number of one unit."""
    parts = {k: v for k, v in (parse_duration(text or "") or {}).items() if v}
    if len(parts) != 1:
        return None
    (component, amount), = parts.items()
    for number, (_label, _template, code) in enumerate(UNITS):
        if code == component and float(amount).is_integer():
            return int(amount), number
    return None


def join_duration(amount: int, unit: int) -> str:
    return UNITS[unit][1].format(amount)


class DurationEditor(QWidget):
    edited = Signal(str)  # the new ISO text, after a change by the user

    def __init__(self, parent: QWidget | None = None, accessible_name: str = "Duration") -> None:
        super().__init__(parent)
        self._original = ""
        self._touched = False
        self._loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.amount = QSpinBox()
        self.amount.setRange(1, 100_000)
        self.amount.setAccessibleName(f"{accessible_name}: amount")
        self.unit = QComboBox()
        self.unit.setAccessibleName(f"{accessible_name}: unit")
        for label, _template, _code in UNITS:
            self.unit.addItem(label)
        # wide enough for five digits and the arrows, in whatever type size is in use
        digits = self.amount.fontMetrics().horizontalAdvance("00000")
        self.amount.setMinimumWidth(digits + 3 * self.amount.fontMetrics().height())
        layout.addWidget(self.amount, 2)
        layout.addWidget(self.unit, 3)
        self.setFocusProxy(self.amount)
        self.amount.valueChanged.connect(self._user_changed)
        self.unit.currentIndexChanged.connect(self._user_changed)

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
