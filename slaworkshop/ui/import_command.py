"""New agreement from a config file, for the start window.

A file exported from an agreement of this database is asked about first: importing it
again made an identical twin with no word of where it came from (tryout).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from slaworkshop.store import StoreError

from . import prompts

if TYPE_CHECKING:
    from slaworkshop.models import AgreementFile
    from slaworkshop.store.records import AgreementSummary

    from .agreement_window import AgreementWindow
    from .start_window import StartWindow

OPEN_TWIN = "Open the agreement"
IMPORT_TWIN = "Import as a new agreement"


def import_config_file(window: StartWindow) -> AgreementWindow | None:
    """New ▸ From a config file: the file chosen, read and imported (or the agreement it
    was exported from opened), its refusal shown; None when nothing was opened."""
    path = prompts.choose_open_file(window, "New agreement from a config file",
                                    "Config files (*.yaml *.yml *.json);;All files (*)")
    if not path:
        return None
    window.workspace.settle()
    from slaworkshop.export.config_file import read_config_file
    from slaworkshop.models import DocumentInvalid
    from slaworkshop.problem_words import problem_words

    try:
        document = read_config_file(Path(path))
    except DocumentInvalid as exc:
        prompts.show_problems(
            window, "Not imported",
            f"{Path(path).name} cannot be imported; nothing was created. "
            + ("Fix this in the file and try again:" if len(exc.problems) == 1
               else f"Fix these {len(exc.problems)} problems in the file and try again:"),
            [problem_words(problem) for problem in exc.problems])
        return None
    twin = _exported_from_here(window, document.agreement_id)
    if twin is not None:
        from .signoff.choice_prompt import choose

        choice = choose(
            window, "Import a file exported from here?",
            f"{Path(path).name} was exported from “{twin.title}” ({twin.organization}),"
            f" which is in this database. {_compared_with_draft(window, twin.id, document)}"
            " Open that agreement, or import the file as a new agreement beside it?",
            [OPEN_TWIN, IMPORT_TWIN])
        if choice is None:
            return None
        if choice == OPEN_TWIN:
            return window.open_agreement(twin.id)
    try:
        agreement_id = window.workspace.agreements.import_file(
            document, source=Path(path).name)
    except StoreError as exc:
        prompts.refusal(window, "Not imported", exc)
        return None
    window.refresh()
    return window.open_agreement(agreement_id)


def _compared_with_draft(window: StartWindow, agreement_id: str,
                         document: AgreementFile) -> str:
    """Whether opening the agreement would leave out anything the file holds."""
    try:
        same = window.workspace.reader.draft(agreement_id).content == document.content
    except StoreError:
        return ""
    return ("The file holds what its draft holds." if same else
            "The file differs from its draft: opening the agreement leaves the file's"
            " changes out.")


def _exported_from_here(window: StartWindow,
                        agreement_id: str | None) -> AgreementSummary | None:
    """The agreement of this database a file was exported from, if any: importing
    it again made an identical twin with no word of where it came from (tryout)."""
    if not agreement_id:
        return None
    try:
        summaries = window.workspace.reader.list()
    except StoreError:
        return None  # the import says what is wrong with the database
    return next((s for s in summaries if s.id == agreement_id), None)
