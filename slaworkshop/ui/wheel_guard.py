"""The mouse wheel scrolls the page; it changes a date, a time, a number or a choice only
in the field being edited.

Qt gives the wheel to whatever field is under the pointer, with or without the focus:
scrolling the Workshop page in front of the room stopped on "Effective from" and took
it back to 2012, one notch over "From" moved the business day's start an hour, and
each change was saved at once (tryout). A field without the focus now passes the wheel
on to the page, which scrolls; a field being edited still steps with it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_FIELDS = (QAbstractSpinBox, QComboBox)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, _FIELDS):
            if watched.hasFocus():
                return False
            # To the scroller around the field: Qt hands an event a widget leaves on to
            # its parent only when it came from the system itself.
            parent = watched.parentWidget()
            while parent is not None and not isinstance(parent, QAbstractScrollArea):
                parent = parent.parentWidget()
            if parent is not None:
                QApplication.sendEvent(parent.viewport(), event)
            return True
        if kind == QEvent.Type.Show and isinstance(watched, QWidget):
            guard_fields(watched)  # fields made since (a section's rows switched on)
        return False


_GUARD: _WheelGuard | None = None


def _guard() -> _WheelGuard:
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    return _GUARD


def guard_fields(root: QWidget) -> None:
    """Keep the wheel from the fields under ``root`` that do not have the focus."""
    guard = _guard()
    for field in root.findChildren(QWidget):
        if isinstance(field, _FIELDS):
            field.installEventFilter(guard)  # again: moved, not added twice
            if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus


def guard_page(page: QWidget) -> None:
    """Guard ``page``'s fields now and each time it is shown."""
    guard_fields(page)
    page.installEventFilter(_guard())
