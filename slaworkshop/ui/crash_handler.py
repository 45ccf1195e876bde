"""The one exception hook: an unexpected error becomes a dialog the user can copy from.

With ``SLAWORKSHOP_PRINT_ERRORS=1`` (or ``install(print_only=True)``) the traceback is
printed to stderr instead, for scripts and debugging. Tests do not install this hook:
pytest-qt's own capture makes any such error fail the test instead of showing a dialog.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from types import TracebackType

from slaworkshop import __version__

ENV_VAR = "SLAWORKSHOP_PRINT_ERRORS"
_showing = False


def details(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    from PySide6 import __version__ as pyside_version

    header = (
        f"slaworkshop {__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, {platform.platform()}\n\n"
    )
    return header + "".join(traceback.format_exception(kind, error, tb))


def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    text = details(kind, error, tb)
    if os.environ.get(ENV_VAR) or _showing:
        print(text, file=sys.stderr)
        return
    from .error_dialog import ErrorDialog

    _showing = True  # an error inside the dialog must not open another one
    try:
        ErrorDialog(f"{kind.__name__}: {error}", text).exec()
    finally:
        _showing = False


def install(print_only: bool = False) -> None:
    if print_only:
        os.environ[ENV_VAR] = "1"
    sys.excepthook = handle
