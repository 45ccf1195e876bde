"""Write PNGs of the start window and of every page of a filled agreement.

    python scripts/screenshots.py [--out screenshots] [--readme docs/screenshot.png]

Uses a temporary database with examples/northwind-agreement.yaml imported, and the
offscreen platform unless a display is set explicitly with QT_QPA_PLATFORM.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "northwind-agreement.yaml"
SIZE = (1440, 900)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--readme", type=Path, default=ROOT / "docs" / "screenshot.png")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SLAWORKSHOP_SETTINGS"] = str(Path(folder) / "settings.ini")
        return shoot(Path(folder) / "shots.db", args.out, args.readme)


def _wait_for_preview(app: object, preview: object, seconds: float = 120) -> None:
    """Let the Review page's PDF preview finish, so its picture shows the document."""
    import time

    deadline = time.monotonic() + seconds
    while preview.renderer.busy or preview.pdf.pageCount() == 0:
        if time.monotonic() > deadline:
            raise SystemExit("the PDF preview did not finish rendering in time")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.05)
    # QPdfView draws a page once its own renderer has made the image: until then the
    # page is a white rectangle. Wait until something darker than paper is on it.
    while not _shows_ink(preview.view.viewport().grab().toImage()):  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            raise SystemExit("the PDF preview did not draw its page in time")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.05)


def _shows_ink(image: object) -> bool:
    """True when some pixel of ``image`` (a QImage) is dark: text is drawn."""
    width, height = image.width(), image.height()  # type: ignore[attr-defined]
    return any(image.pixelColor(x, y).lightness() < 128  # type: ignore[attr-defined]
               for y in range(0, height, 4) for x in range(0, width, 4))


def shoot(database: Path, out: Path, readme: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from slaworkshop.export.config_file import read_config_file
    from slaworkshop.models import validate_content
    from slaworkshop.ui.sections import SECTIONS
    from slaworkshop.ui.start_window import StartWindow
    from slaworkshop.ui.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    workspace = Workspace.open(f"sqlite:///{database}")
    agreements = workspace.agreements
    agreement_id = agreements.import_file(read_config_file(EXAMPLE))
    agreements.save_version(agreement_id, "after the June workshop")
    agreements.create(validate_content({"title": "Pilot agreement", "organization": "Contoso"}))
    start = StartWindow(workspace)
    start.resize(1100, 560)
    start.show()
    app.processEvents()
    start.grab().save(str(out / "00-start-window.png"))
    window = start.open_agreement(agreement_id)
    assert window is not None
    window.resize(*SIZE)
    for number, section in enumerate(SECTIONS, start=1):
        window.go_to(number - 1)
        app.processEvents()
        if section.key == "review":
            _wait_for_preview(app, window.signoff.preview)  # type: ignore[attr-defined]
        path = out / f"{number:02d}-{section.key}.png"
        window.grab().save(str(path))
        if section.key == "terms":
            readme.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(readme))
    window.go_to_section("stages")
    window.window_actions.presentation.setChecked(True)
    window.resize(*SIZE)
    app.processEvents()
    window.grab().save(str(out / "13-presentation-stages.png"))
    window.window_actions.presentation.setChecked(False)
    window.close()
    start.close()
    workspace.close()
    print(f"wrote {len(SECTIONS) + 2} screenshots to {out} and {readme}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
