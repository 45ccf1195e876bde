"""Where the application keeps window geometry and per-agreement view choices.

``SLAWORKSHOP_SETTINGS`` names an INI file to use instead of the platform's place;
the tests point it into their temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QSettings

ENV_VAR = "SLAWORKSHOP_SETTINGS"


def app_settings() -> QSettings:
    path = os.environ.get(ENV_VAR)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "slaworkshop", "slaworkshop"
    )


def _section_key(agreement_id: str) -> str:
    return f"last_section/{agreement_id}"


def last_section(agreement_id: str, known: Sequence[str]) -> str:
    """The section an agreement's window was showing when it last closed, if it is one
    of ``known`` (a setting may come from another release); else the first of them."""
    value = app_settings().value(_section_key(agreement_id))
    return value if isinstance(value, str) and value in known else known[0]


def keep_last_section(agreement_id: str, section: str) -> None:
    """Remember ``section`` for the next window on the agreement: it always opened on
    Workshop, whatever the facilitator had been on (tryout)."""
    app_settings().setValue(_section_key(agreement_id), section)
