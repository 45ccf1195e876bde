"""History and compare (issue #4, GUI part): every version of an agreement, read-only
viewing, restoring an old version as the draft, and a side-by-side compare view.

Plugged into the agreement window by :func:`lazy_install`; every window here
also works on its own over a ``Workspace`` and an agreement id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..agreement_window import AgreementWindow


def lazy_install(window: AgreementWindow) -> None:
    """The extension installer; the windows' modules load on the first call, not before."""
    from .install import install_history

    install_history(window)
