"""Qt stays in slaworkshop/ui: the other layers import with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys

NON_UI = [
    "slaworkshop.models",
    "slaworkshop.store",
    "slaworkshop.services",
    "slaworkshop.export.config_file",
    "slaworkshop.export.schema",
    "slaworkshop.diff",
    "slaworkshop.cli.main",
]


def test_non_ui_layers_never_import_qt() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is not allowed here: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        + "".join(f"import {module}\n" for module in NON_UI)
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
