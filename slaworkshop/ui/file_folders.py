"""Which folder a file dialog opens in: the user's Documents the first time, then the
folder last used for that kind of file (configs read; exports, PDF and config alike, so
the config lands beside the PDF saved a moment before), kept in the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from .settings import app_settings

KEY = "file_dialogs/{}/folder"


def documents_folder() -> str:
    """The user's Documents folder, or their home when there is none: a dialog given a
    folder that does not exist opened in the application's working directory."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


#: The folder of another kind that stands in until one of this kind is chosen: exports,
#: for the PDF folder an earlier release remembered apart; configs to read, for the
#: folder exports went to (a config exported a moment before is often the one to import:
#: the dialog opened in the home folder instead; tryout).
_STAND_IN = {"export": "pdf", "config": "export"}


def start_folder(kind: str) -> str:
    settings = app_settings()
    for key in (kind, _STAND_IN.get(kind)):
        remembered = settings.value(KEY.format(key)) if key else None
        if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
            return remembered
    return documents_folder()


def remember_folder(kind: str, chosen: str) -> None:
    """Remember the folder of ``chosen`` (a file path) for the next dialog of ``kind``."""
    app_settings().setValue(KEY.format(kind), str(Path(chosen).resolve().parent))


def in_folder(folder: str, suggested: str) -> str:
    """A suggested file name placed in ``folder`` (a full path is left as it is)."""
    return suggested if Path(suggested).is_absolute() else str(Path(folder) / suggested)
