"""Where the application keeps window geometry and per-agreement view choices.

``SLAWORKSHOP_SETTINGS`` names an INI file to use instead of the platform's place;
the tests point it into their temporary folder.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ENV_VAR = "SLAWORKSHOP_SETTINGS"


def app_settings() -> QSettings:
    path = os.environ.get(ENV_VAR)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "slaworkshop", "slaworkshop"
    )
