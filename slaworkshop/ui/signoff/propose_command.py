"""Propose: freeze the latest saved version for signature.

Refused, with the readiness problems listed, while any remain. When the draft holds
changes that are in no version, the user chooses: save them as a new version (the
usual Save version dialog, with its label) and propose that, or propose the latest
version as it is when the services would accept it (only a ``saved`` one: a signed
version is never offered). When the draft is the latest saved version word for word,
the user confirms first: signatories will sign exactly that version. Nothing is written
before the user has chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from slaworkshop.models import Content, readiness_problems
from slaworkshop.services import NotReady
from slaworkshop.store import StoreError
from slaworkshop.store.records import VersionRecord

from .. import prompts
from .choice_prompt import choose
from .signoff_state import SignOffState

if TYPE_CHECKING:
    from ..agreement_window import AgreementWindow

SAVE_AND_PROPOSE = "Save as a new version and propose it"
PROPOSE_LATEST = "Propose version {} as it is"
PROPOSE_QUESTION = ("Propose version {0} for signature? The signatories then sign exactly "
                    "version {0}; later edits go into the draft and need a new version.")


class ProposeCommand:
    def __init__(self, window: AgreementWindow, state: SignOffState) -> None:
        self._window = window
        self._state = state

    def _flushed(self) -> bool:
        autosaver = self._window.autosaver
        autosaver.flush()
        if autosaver.paused:
            prompts.inform(self._window, "Not proposed",
                           "The draft changed elsewhere and the question of which to keep is "
                           "still open; choose before proposing.", warning=True)
            return False
        return True

    def _problems(self, problems: list[object], what: str) -> None:
        prompts.show_problems(self._window, "Not ready to propose",
                              f"Settle these in {what} before proposing it for signature:",
                              problems)

    def propose(self) -> int | None:
        if not self._flushed():
            return None
        window = self._window
        agreements = window.workspace.agreements
        try:
            draft = agreements.draft(window.agreement_id)
            latest = agreements.latest_number(window.agreement_id)
            record = agreements.version(window.agreement_id, latest) if latest is not None else None
        except StoreError as exc:
            prompts.refusal(window, "Not proposed", exc)
            return None
        latest_sha = record.content_sha256 if record is not None else None
        if record is not None and record.status == "signed" and draft.content_sha256 == latest_sha:
            prompts.inform(
                window, "Already signed",
                f"The draft is word for word version {record.number}, which everyone has "
                "signed. To propose a new version, change the draft first.")
            return None
        number = latest
        if draft.content_sha256 != latest_sha:
            number = self._save_first(draft.content, record)
            if number is None:
                return None
        elif record is not None and record.status == "saved" and not prompts.confirm(
                window, "Propose for signature", PROPOSE_QUESTION.format(record.number),
                yes="Propose"):
            return None
        assert number is not None
        try:
            window.workspace.signoff.propose(window.agreement_id, number)
        except NotReady as exc:
            self._problems(list(exc.problems), f"version {number}")
            return None
        except StoreError as exc:
            prompts.refusal(window, "Not proposed", exc)
            return None
        finally:
            self._state.refresh()
        window.statusBar().showMessage(
            f"Version {number} is proposed for signature; the signatories can sign it on "
            "the Review page.", 8000)
        return number

    def _save_first(self, content: Content, latest: VersionRecord | None) -> int | None:
        """The number of the version to propose after the user chose; None: stop.

        The latest version is offered as it is only when the services would propose it:
        a ``saved`` one (a signed version is final; a proposed one is already)."""
        problems = readiness_problems(content)
        proposable = latest.number if latest is not None and latest.status == "saved" else None
        if problems and proposable is None:  # neither the draft nor a version can go
            self._problems(list(problems), "the draft")
            return None
        options = [] if problems else [SAVE_AND_PROPOSE]
        if proposable is not None:
            options.append(PROPOSE_LATEST.format(proposable))
        text = ("No version of this agreement is saved yet." if latest is None
                else "The draft has changes that are in no saved version yet.")
        if latest is not None and latest.status == "proposed":
            text += (f" Version {latest.number} is proposed already; proposing a new version"
                     " returns it to saved and withdraws its signatures.")
        if problems:
            text += (f" The draft is not ready ({len(problems)} problem"
                     f"{'s' if len(problems) != 1 else ''} in the readiness list), "
                     f"but version {proposable} can be proposed as it is.")
        # Proposing withdraws a proposed version's signatures: Return answers Cancel, as
        # the simpler "Propose version 1?" does (tryout: Enter twice proposed).
        choice = choose(self._window, "Propose for signature", text, options, cautious=True)
        if choice is None:
            return None
        if choice == SAVE_AND_PROPOSE:
            return self._window.commands.save_version()
        return proposable
