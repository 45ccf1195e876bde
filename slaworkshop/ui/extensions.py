"""Where other features plug into the agreement window (PDF preview, signing, history).

An installer is a function taking the finished :class:`AgreementWindow`. It may:

- enable and connect a pending action: ``window.window_actions.history.setEnabled(True)``,
  ``window.window_actions.history.triggered.connect(...)`` (also ``compare``, ``export_pdf``);
- add a panel to the Review page: ``window.pages["review"].add_panel("Preview", widget)``;
- listen to ``window.document.changed`` (the current ``Content``) and
  ``window.commands.version_saved`` (a version number).

Services are at ``window.workspace`` and the agreement's id at ``window.agreement_id``.
Add an installer by appending to ``INSTALLERS`` (import it lazily inside a function, so
its dependencies stay off the start-up path).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .history import lazy_install as install_history
from .signoff import lazy_install as install_signoff

if TYPE_CHECKING:
    from .agreement_window import AgreementWindow

Installer = Callable[["AgreementWindow"], None]

#: Each feature package's installer imports its windows on first use, not before.
INSTALLERS: list[Installer] = [install_history, install_signoff]


def install_all(window: AgreementWindow) -> None:
    for installer in INSTALLERS:
        installer(window)
