"""Templates and assets are found through the package, in a checkout and in an installed
wheel, whatever the working directory."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from slaworkshop.diff.durations import humanize_duration
from slaworkshop.resources import assets_dir, templates_dir

REPO = Path(__file__).resolve().parent.parent

SHIPPED_TEMPLATES = ("agreement.html", "cover.html", "sections/signatures.html")
SHIPPED_ASSETS = (
    "document.css",
    "fonts/NotoSans-Regular.ttf",
    "fonts/DejaVuSansMono.ttf",
    "fonts/LICENSE-Noto-OFL.txt",
    "fonts/LICENSE-DejaVu.txt",
    "fonts/coverage.txt",
    "fonts/fallback/DroidSansFallbackFull.ttf",
    "fonts/fallback/coverage.txt",
    "fonts/fallback/LICENSE-Apache-2.0.txt",
)


def test_a_checkout_finds_the_top_level_folders() -> None:
    assert templates_dir() == REPO / "templates"
    assert assets_dir() == REPO / "assets"
    for name in SHIPPED_TEMPLATES:
        assert (templates_dir() / name).is_file(), name
    for name in SHIPPED_ASSETS:
        assert (assets_dir() / name).is_file(), name


def test_every_font_the_stylesheet_names_is_shipped() -> None:
    css = (assets_dir() / "document.css").read_text()
    urls = re.findall(r"url\((fonts/[^)]+)\)", css)
    assert len(urls) >= 6
    for url in urls:
        assert (assets_dir() / url).is_file(), url


@pytest.mark.parametrize(
    "value, clock, words",
    [
        ("PT4H", "business", "4 business hours"),
        ("PT1H", "business", "1 business hour"),
        ("P2D", "business", "2 business days"),
        ("P2W", None, "2 weeks"),
        ("P6M", None, "6 months"),
        ("PT48H", "calendar", "48 hours"),
        ("P1DT4H", "business", "1 business day and 4 hours"),
        ("PT1H30M", None, "1 hour and 30 minutes"),
        ("P1Y2M3D", None, "1 year, 2 months and 3 days"),
    ],
)
def test_durations_read_as_words(value: str, clock: str | None, words: str) -> None:
    assert humanize_duration(value, clock) == words


CHECK_INSTALLED = """
import sys
from pathlib import Path
import slaworkshop
from slaworkshop.resources import assets_dir, templates_dir
from slaworkshop.export.config_file import read_config
from slaworkshop.export.pdf import PdfRequest, config_bytes_for, render_pdf
from slaworkshop.export.verify import verify_bytes
from slaworkshop.models import content_sha256

package = Path(slaworkshop.__file__).parent
assert templates_dir() == package / "templates", templates_dir()
assert assets_dir() == package / "assets", assets_dir()
for name in sys.argv[1].split(","):
    assert (templates_dir() / name).is_file(), name
for name in sys.argv[2].split(","):
    assert (assets_dir() / name).is_file(), name
document = read_config(Path(sys.argv[3]).read_bytes(), "example.yaml")
document = document.model_copy(update={"content_sha256": content_sha256(document.content)})
pdf = render_pdf(PdfRequest(document=document, config_json=config_bytes_for(document)))
report = verify_bytes(pdf, "example.pdf")
assert report.ok, report.findings
print("installed at", package)
"""


@pytest.mark.slow
def test_an_installed_wheel_carries_and_finds_them(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)],
        check=True, capture_output=True, timeout=180,
    )
    (wheel,) = dist.glob("slaworkshop-*.whl")
    # A fresh environment holding only the wheel; the dependencies come from this
    # environment's site-packages through a .pth line (which, unlike the site-packages
    # of a real site, does not run this checkout's editable-install hook).
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index",
         "--target", str(site), str(wheel)],
        check=True, capture_output=True, timeout=120,
    )
    (site / "dev_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    result = subprocess.run(
        [str(python), "-c", CHECK_INSTALLED, ",".join(SHIPPED_TEMPLATES),
         ",".join(SHIPPED_ASSETS), str(REPO / "examples" / "northwind-agreement.yaml")],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert f"installed at {site / 'slaworkshop'}" in result.stdout
