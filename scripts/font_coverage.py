"""Write assets/fonts/coverage.txt and fallback/coverage.txt: what the bundled fonts draw.

Run after adding, removing or replacing a font in assets/fonts:
    .venv/bin/python scripts/font_coverage.py
"""

from __future__ import annotations

from slaworkshop.export.pdf.coverage import COVERAGE_FILES, as_ranges, font_coverage
from slaworkshop.resources import assets_dir


def main() -> int:
    for name in COVERAGE_FILES:
        target = assets_dir() / name
        target.write_text(as_ranges(font_coverage(target.parent)), encoding="ascii")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
