"""Every question the application asks the user goes through here.

Tests (and scripts) install a *responder* with :func:`set_responder`; it receives the
kind of question and its details and returns the answer, so no dialog ever blocks an
unattended run. Without a responder the real modal dialog is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from .busy import arrow_cursor
from .file_folders import in_folder, remember_folder, start_folder
from .sentences import as_sentence

Responder = Callable[[str, dict[str, Any]], Any]

_responder: Responder | None = None


def set_responder(responder: Responder | None) -> Responder | None:
    """Install ``responder`` (None: real dialogs again); returns the previous one."""
    global _responder
    previous, _responder = _responder, responder
    return previous


def answer(kind: str, **details: Any) -> tuple[bool, Any]:
    """(True, answer) when a responder is installed, else (False, None)."""
    if _responder is None:
        return False, None
    return True, _responder(kind, details)


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                parent: QWidget | None) -> QMessageBox:
    """A message box whose text is shown as typed: messages quote user text (a term's
    name, a file's), and Qt would take text that looks like HTML for rich text."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "Yes") -> bool:
    handled, value = answer("confirm", title=title, text=text)
    if handled:
        return bool(value)
    box = message_box(QMessageBox.Icon.Question, title, text, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    # Every question here is about something hard to take back (switch a section off,
    # sign under another name, propose, restore): Return and Space must not answer yes.
    # The yes button had the focus, so Return twice signed under a wrong name (audit).
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    with arrow_cursor():
        box.exec()
    return box.clickedButton() is yes_button


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """The text typed, or None when cancelled."""
    handled, value = answer("text", title=title, label=label, text=text)
    if handled:
        return None if value is None else str(value)
    with arrow_cursor():
        typed, ok = QInputDialog.getText(parent, title, label, text=text)
    return typed if ok else None


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    handled, _ = answer("inform", title=title, text=text, warning=warning)
    if handled:
        return
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    with arrow_cursor():
        message_box(icon, title, text, parent).exec()


def refusal(parent: QWidget | None, title: str, error: BaseException,
            quoting: Iterable[str] = ()) -> None:
    """A warning with the error of a service or the store, worded as a sentence (see
    ``sentences``); ``quoting``: user texts the message may start with, kept as typed."""
    inform(parent, title, as_sentence(str(error), quoting), warning=True)


def choose_open_file(parent: QWidget | None, title: str, filters: str,
                     kind: str = "config") -> str | None:
    """A file to read; the dialog opens where files of ``kind`` were last chosen."""
    folder = start_folder(kind)
    handled, value = answer("open_file", title=title, filters=filters, folder=folder)
    if not handled:
        from .file_dialogs import open_file_name

        value = open_file_name(parent, title, folder, filters)
    if value:
        remember_folder(kind, value)
    return value or None


def choose_save_file(
    parent: QWidget | None, title: str, suggested: str, filters: str, kind: str = "config"
) -> str | None:
    """A file to write, suggested by name in the folder last used for ``kind``."""
    folder = start_folder(kind)
    handled, value = answer("save_file", title=title, suggested=suggested, filters=filters,
                            folder=folder)
    if not handled:
        from .file_dialogs import save_file_name

        value = save_file_name(parent, title, in_folder(folder, suggested), filters)
    if value:
        remember_folder(kind, value)
    return value or None


def show_problems(
    parent: QWidget | None, title: str, intro: str, problems: Sequence[object]
) -> None:
    handled, _ = answer("problems", title=title, intro=intro, problems=[str(p) for p in problems])
    if handled:
        return
    from .problems_dialog import ProblemsDialog

    with arrow_cursor():
        ProblemsDialog(title, intro, [str(p) for p in problems], parent).exec()
