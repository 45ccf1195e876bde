"""How History talks to an open agreement window without knowing its insides.

Restoring a version replaces the draft in the database. The window editing that draft
must first write what was typed (so the restore can keep it as a version), and afterwards
show the new draft. A ``DraftLink`` carries those two steps and the window's export; on
its own (no window open), History uses :data:`NO_WINDOW`: both steps are no-ops, and
History offers no export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class DraftLink:
    #: Write pending edits to the database; False when that cannot happen now (e.g. a
    #: conflict between two windows is still open), and nothing must replace the draft.
    flush: Callable[[], bool]
    #: Show the draft as the database now holds it; the text names the step in Undo.
    reload: Callable[[str], None]
    #: Export version N as "pdf" or "config" through the window's export (its progress,
    #: its checks of the target); None: History has no window to export through.
    export: Callable[[int, str], None] | None = None


NO_WINDOW = DraftLink(flush=lambda: True, reload=lambda _step: None)
