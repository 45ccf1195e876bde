"""Which optional sections (Goals, Qualification, Cadences) an agreement uses.

A section with content is on. An empty one is on when the facilitator switched it on,
remembered per agreement in the settings. Switching off a section with content asks
first and then empties it (one undo step).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from slaworkshop.models import Content

from . import prompts
from .agreement_document import AgreementDocument
from .sections import OPTIONAL_KEYS, has_content, section
from .settings import app_settings


class OptionalSections(QObject):
    changed = Signal()

    def __init__(self, agreement_id: str, document: AgreementDocument,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._settings_key = f"agreements/{agreement_id}/sections_on"
        stored = app_settings().value(self._settings_key, [])
        names = stored if isinstance(stored, list) else [stored]
        self._switched: set[str] = {name for name in names if isinstance(name, str)}

    def is_on(self, key: str, content: Content | None = None) -> bool:
        content = content or self._document.content
        return key in self._switched or has_content(content, key)

    def switched_on(self) -> list[str]:
        return [k for k in OPTIONAL_KEYS if self.is_on(k)]

    def set_on(self, key: str, on: bool, parent: QWidget | None = None) -> bool:
        """Switch a section; returns whether it is now as asked."""
        content = self._document.content
        if not on and has_content(content, key):
            title = section(key).title
            if not prompts.confirm(
                parent, f"Switch off {title}?",
                f"{title} has content. Switching it off removes that content from the "
                "draft (Undo brings it back).", yes="Switch off and remove",
            ):
                return False

            def clear(data: dict[str, Any]) -> None:
                data[key] = None if key == "qualification" else []

            self._document.edit(f"Switch off {title.lower()}", clear)
        (self._switched.add if on else self._switched.discard)(key)
        app_settings().setValue(self._settings_key, sorted(self._switched))
        self.changed.emit()
        return True
