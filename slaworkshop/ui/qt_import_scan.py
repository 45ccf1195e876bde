"""Spare Qt-free modules the source scan PySide6 runs on every new import.

Once PySide6 is imported it wraps ``__import__``: the first time any module is
imported after that, ``shibokensupport.feature`` reads the module's whole source
(``inspect.getsource``) to see whether it mentions PySide6, which only matters for
PySide's opt-in ``from __feature__ import snake_case``. Opening an agreement imports
some 400 modules after Qt (SQLAlchemy, pydantic, our own store and models), and that
reading was about 80 ms of a cold start.

For modules known to be Qt-free (the standard library, the libraries below, and our
layers that ``tests/test_layers.py`` keeps free of Qt) the answer is "no" without
reading them; every other module is still scanned as before. Nothing in slaworkshop
uses ``__feature__``. If a PySide6 release drops or renames the hook, this does nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

QT_FREE_PACKAGES = frozenset(sys.stdlib_module_names) | {
    "sqlalchemy", "greenlet", "pydantic", "pydantic_core", "typing_extensions",
    "typing_inspection", "annotated_types", "yaml", "ruamel", "jinja2", "markupsafe",
    "platformdirs", "psycopg", "psycopg_binary", "alembic", "mako", "rfc8785",
}
QT_FREE_LAYERS = ("slaworkshop.models", "slaworkshop.store", "slaworkshop.services",
                  "slaworkshop.export", "slaworkshop.diff", "slaworkshop.cli")

_MARK = "_slaworkshop_spares_qt_free"


def is_qt_free(name: str) -> bool:
    return (name.partition(".")[0] in QT_FREE_PACKAGES
            or any(name == layer or name.startswith(layer + ".") for layer in QT_FREE_LAYERS))


def spare_qt_free_modules() -> bool:
    """Install the shortcut if PySide6 is loaded and has the hook; True when installed."""
    feature = sys.modules.get("shibokensupport.feature")
    scan: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(scan) or getattr(scan, _MARK, False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        if is_qt_free(getattr(module, "__name__", "")):
            return False
        return scan(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
