"""The desktop application (PySide6). All Qt code of slaworkshop lives in this package.

Entry point: :func:`slaworkshop.ui.app.run_gui`. The one thing done at import time is
to keep ``None`` alive on Python 3.11 under PySide6 6.12 (see ``none_guard``), before
any Qt call can run: the app, the tests and the scripts all import this package first.
"""

from .none_guard import keep_none_alive

keep_none_alive()
