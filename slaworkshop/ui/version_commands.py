"""Save version, Propose and Export config: the window's commands over the services."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from slaworkshop.models.fields import short_text_problem, without_refused_characters
from slaworkshop.safe_text import suggested_file_name
from slaworkshop.services import NotReady
from slaworkshop.store import StoreError

from . import prompts
from .autosaver import Autosaver
from .sentences import as_sentence
from .workspace import Workspace


class VersionCommands(QObject):
    version_saved = Signal(int)  # number
    message = Signal(str)  # a sentence for the status bar

    def __init__(self, workspace: Workspace, agreement_id: str, autosaver: Autosaver,
                 parent: QWidget, commit_pending: Callable[[], None]) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._id = agreement_id
        self._autosaver = autosaver
        self._parent = parent
        self._commit_pending = commit_pending  # what is still in an open editor
        #: Asks which draft to keep after "Decide later" (``ConflictResolver.settle``).
        self.settle_conflict: Callable[[str], bool] | None = None

    def _flushed(self) -> bool:
        """Everything typed is in the database; False (and said why) when it is not."""
        self._commit_pending()
        self._autosaver.flush()
        if self._autosaver.paused and self.settle_conflict is not None:
            # "Decide later" said Save version asks again: it does (it only said to choose).
            return self.settle_conflict("A version is made from one draft: choose which to keep.")
        if self._autosaver.paused:
            prompts.inform(self._parent, "Not saved",
                           "The draft changed elsewhere and the question of which to keep is "
                           "still open; choose before saving a version.", warning=True)
            return False
        return True

    def save_version(self) -> int | None:
        if not self._flushed():
            return None
        label = self._ask_label()
        if label is None:
            return None
        try:
            number, created = self._workspace.agreements.save_version(self._id, label)
        except StoreError as exc:
            prompts.refusal(self._parent, "Version not saved", exc)
            return None
        self._autosaver.based_on = number
        self.message.emit(f"Saved as version {number}." if created else
                          f"Nothing changed since version {number}; no new version made.")
        self.version_saved.emit(number)
        return number

    def _ask_label(self, typed: str = "") -> str | None:
        """The label typed, asked again with what was typed when it cannot be taken (a
        text-direction override ended in the crash dialog, the label thrown away)."""
        while True:
            label = prompts.ask_text(self._parent, "Save version",
                                     "Label for this version (optional), e.g. “after Q2 summit”:",
                                     text=typed)
            if label is None:
                return None
            problem = short_text_problem(label.strip())
            if problem is None:
                return label.strip()
            hint = ("" if problem.startswith("is too long") else
                    " It does not show on screen and usually comes in with pasted text;"
                    " it is left out of the label offered again.")
            prompts.inform(self._parent, "Label not taken", f"The label {problem}.{hint}",
                           warning=True)
            typed = without_refused_characters(label)

    def propose(self) -> None:
        if not self._flushed():
            return
        agreements = self._workspace.agreements
        try:
            number, _created = agreements.save_version(self._id, "")
            self._workspace.signoff.propose(self._id, number)
        except NotReady as exc:
            prompts.show_problems(self._parent, "Not ready to propose",
                                  "Settle these before proposing the agreement for signature:",
                                  exc.problems)
            return
        except StoreError as exc:
            prompts.refusal(self._parent, "Not proposed", exc)
            return
        self._autosaver.based_on = number
        self.message.emit(f"Version {number} is proposed for signature.")
        self.version_saved.emit(number)

    def export_config(self) -> None:
        from slaworkshop.export.atomic_file import write_atomically, write_error_text
        from slaworkshop.export.config_file import build_file, dump_config
        from slaworkshop.export.targets import target_problem

        if not self._flushed():
            return
        content = self._workspace.agreements.content(self._id, "draft")
        suggested = suggested_file_name(f"{content.organization} agreement", ".yaml")
        path = prompts.choose_save_file(self._parent, "Export config file", suggested,
                                        "Config (*.yaml *.yml *.json)", kind="export")
        if not path:
            return
        problem = target_problem(Path(path), database_url=self._workspace.url)
        if problem is not None:
            prompts.inform(self._parent, "Not exported",
                           f"Nothing was written to {path}: {problem}.", warning=True)
            return
        try:
            document = self._workspace.agreements.file(self._id, "draft")
            data = build_file(document.content, agreement_id=self._id,
                              version=document.version, signatures=document.signatures)
            write_atomically(Path(path), dump_config(data, Path(path).suffix or ".yaml"))
        except OSError as exc:
            prompts.inform(self._parent, "Not exported",
                           as_sentence(write_error_text(Path(path), exc)), warning=True)
            return
        except (ValueError, StoreError) as exc:
            prompts.refusal(self._parent, "Not exported", exc)
            return
        self.message.emit(f"Exported the draft to {path}.")
