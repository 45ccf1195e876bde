"""Left and Right move between the parts of a date or a time (year, month, day; hours,
minutes), each selected to type over, as a date field does on most desktops.

Qt moves the text cursor one character: from the selected year, Right stopped inside
it and Up changed the year again (tryout). Tab leaves the field (the fields' own
``focusNextPrevChild``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def step_to_part(edit: QDateTimeEdit, event: QKeyEvent) -> bool:
    """Select the part left or right of the current one for Left or Right; True when
    the key was used so. At the first or last part the key does what Qt does."""
    if event.key() not in (Qt.Key.Key_Left, Qt.Key.Key_Right) or event.modifiers() not in _PLAIN:
        return False
    index = edit.currentSectionIndex() + (1 if event.key() == Qt.Key.Key_Right else -1)
    if not 0 <= index < edit.sectionCount():
        return False
    edit.setCurrentSectionIndex(index)
    edit.setSelectedSection(edit.sectionAt(index))
    return True
