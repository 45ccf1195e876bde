"""The history views load nothing a page names, however large the page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from slaworkshop.ui.history.rich_text import page
from slaworkshop.ui.history.safe_browser import SafeTextBrowser


def _large(label: str, rows: int = 4000) -> str:
    body = "".join(f"<tr><td>{label} {i}</td><td>Definition {i}, agreed in the room.</td></tr>"
                   for i in range(rows))
    return page(f"<table>{body}</table>")


def _red_pixels(browser: SafeTextBrowser) -> int:
    image = browser.viewport().grab().toImage()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 60)


@pytest.mark.parametrize("large", [False, True], ids=["small-page", "large-page"])
def test_a_local_image_named_in_the_page_is_refused_and_never_drawn(
        qtbot: Any, tmp_path: Path, large: bool) -> None:
    # Answering "nothing" (None) was not enough: Qt's image handler then loaded the
    # file named in src itself, and drew it.
    from PIL import Image

    secret = tmp_path / "secret.png"  # a real image: were it loaded, it would show red
    Image.new("RGB", (60, 60), "red").save(secret)
    hostile = (f'<img src="{secret.as_uri()}"><img src="{secret}">'
               '<link rel="stylesheet" href="https://example.com/x.css">')
    html = (_large("Term").replace("<table>", hostile + "<table>", 1) if large
            else page(f"<p>Term</p>{hostile}"))
    browser = SafeTextBrowser("Version")
    qtbot.addWidget(browser)
    browser.resize(500, 400)
    browser.show()
    qtbot.waitExposed(browser)
    browser.setHtml(html)
    qtbot.wait(100)  # the layout asks for the images
    assert secret.as_uri() in browser.refused and str(secret) in browser.refused
    assert _red_pixels(browser) == 0
