"""File dialogs that never open the files they list.

To show a file's type and icon, Qt's file dialog (and the completer under its name box)
guesses the type from the file's first bytes when its name does not settle it: it opens
``agreements.db-wal`` and ``agreements.db-shm`` and closes them again. On Linux and other
POSIX systems, closing *any* descriptor of a file drops every lock the process holds on
it, SQLite's included. Another program closing the same database then takes the
application for gone: it folds the write-ahead log into the database and deletes it,
while the application goes on writing into the deleted log. Every later autosave said
"Saved" and reached no one; when the application quit, its edits were lost.

So the dialogs here tell a file's type by its name alone, and are Qt's own dialog rather
than the desktop's (GTK's and KDE's read file contents for the same purpose, in this
process). Windows locks files per handle, and keeps the desktop's dialog.
"""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QFileInfo, QMimeDatabase, QSize
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QHeaderView, QTreeView, QWidget

from .settings import app_settings
from .window_geometry import first_run_size

#: Whether the desktop's own dialog is safe: only where a closed handle drops no lock.
NATIVE_IS_SAFE = sys.platform == "win32"
#: Qt's dialog opened at 632×412, its columns cut to "12....KiB" and "YAM...ent"
#: (tryout): roomier, within the screen, and at the size the user last gave it.
ROOMY = QSize(900, 560)
_SIZE_KEY = "file_dialog/size"


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names from the file's name and kind, never from its contents."""

    def __init__(self) -> None:
        super().__init__()
        self._types = QMimeDatabase()

    def icon(self, what: QFileInfo | QFileIconProvider.IconType) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            what = (QFileIconProvider.IconType.Folder if what.isDir()
                    else QFileIconProvider.IconType.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # noqa: A003 (Qt's name)
        if info.isDir():
            return "Folder"
        found = self._types.mimeTypeForFile(info.fileName(),
                                            QMimeDatabase.MatchMode.MatchExtension)
        return found.comment() or found.name()


def first_suffix(filters: str) -> str:
    """The first file name ending a filter offers: "PDF (*.pdf)" → "pdf"."""
    found = re.search(r"\*\.([A-Za-z0-9]+)", filters)
    return found.group(1) if found else ""


def _dialog(parent: QWidget | None, title: str, where: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, where, filters)
    if not NATIVE_IS_SAFE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        icons = NameOnlyIcons()
        dialog.setIconProvider(icons)
        dialog._icons = icons  # type: ignore[attr-defined]  # the dialog does not own it
        dialog.resize(_size(parent))
        _fit_columns(dialog)
        dialog.finished.connect(lambda _result: app_settings().setValue(
            _SIZE_KEY, f"{dialog.width()}x{dialog.height()}"))
    return dialog


def _fit_columns(dialog: QFileDialog) -> None:
    """Size, type and date as wide as what they say, the name taking the rest: they were
    cut to "YAM…ent" and "23 11 2…6 12:13" beside empty room (tryout)."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def _size(parent: QWidget | None) -> QSize:
    """The size the user last gave the dialog, else roomy; within the screen either way."""
    wanted = ROOMY
    saved = re.fullmatch(r"(\d{2,5})x(\d{2,5})", str(app_settings().value(_SIZE_KEY, "")))
    if saved:
        wanted = QSize(int(saved.group(1)), int(saved.group(2)))
    screen = (parent.screen() if parent is not None else None) or \
        QGuiApplication.primaryScreen()
    return first_run_size(wanted, screen.availableGeometry().size()) if screen else wanted


def _chosen(dialog: QFileDialog) -> str:
    """Run ``dialog``; the file chosen, or "" when cancelled. The dialog is deleted
    after it: each one left behind kept a file-system model watching its folder (the
    database's, often), re-read on every autosave."""
    try:
        chosen = dialog.selectedFiles() if dialog.exec() else []
    finally:
        dialog.deleteLater()
    return chosen[0] if chosen else ""


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """The file chosen to read, or "" when cancelled."""
    dialog = _dialog(parent, title, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def save_file_name(parent: QWidget | None, title: str, path: str, filters: str) -> str:
    """The file chosen to write (overwriting one asks first), or "" when cancelled."""
    dialog = _dialog(parent, title, path, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    suffix = first_suffix(filters)
    if suffix:
        dialog.setDefaultSuffix(suffix)  # "board pack" is saved as "board pack.pdf"
    return _chosen(dialog)
