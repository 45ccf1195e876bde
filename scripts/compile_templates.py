"""Write templates/compiled/: the PDF templates compiled to Python, and their manifest.

Run after changing a template in templates/ (or upgrading Jinja2):
    .venv/bin/python scripts/compile_templates.py
Until then exports compile the changed templates from source (slower, same pages), and
tests/test_pdf_compiled.py fails to say the compiled copy is out of date.
"""

from __future__ import annotations

from slaworkshop.export.pdf.compiled import COMPILED, compile_into
from slaworkshop.export.pdf.render import source_environment
from slaworkshop.resources import templates_dir


def main() -> int:
    target = templates_dir() / COMPILED
    compile_into(source_environment(), target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
