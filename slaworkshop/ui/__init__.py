"""The desktop application (PySide6). All Qt code of slaworkshop lives in this package.

Entry point: :func:`slaworkshop.ui.app.run_gui`. The one thing done at import time is
cheap and saves time: when PySide6 is already loaded, tell its per-import source scan
to skip modules known to be Qt-free (see ``qt_import_scan``).
"""

from .qt_import_scan import spare_qt_free_modules

spare_qt_free_modules()
