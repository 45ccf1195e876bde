"""Review and sign-off (issue #6, UI part): the live PDF preview, Propose, the
signatories with their Sign buttons, the signing dialog, and Export.

Everything plugs into the agreement window through ``install.install`` (registered in
``slaworkshop.ui.extensions``). The PDF package (WeasyPrint) is imported only inside
the render worker, never at window start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..agreement_window import AgreementWindow


def lazy_install(window: AgreementWindow) -> None:
    """The installer ``extensions`` registers; imports the widgets only when a window opens."""
    from .install import install

    install(window)
