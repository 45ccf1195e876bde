"""Rendering never reads what the application did not ship: user text is escaped, and
the URL fetcher refuses everything outside the bundled assets."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from weasyprint import HTML

from slaworkshop.export.config_file import read_config
from slaworkshop.export.pdf import PdfRequest, config_bytes_for, render, render_html
from slaworkshop.export.pdf.fetcher import AssetFetcher, RefusedURL
from slaworkshop.models import AgreementFile, Signature, VersionInfo, content_sha256
from slaworkshop.resources import assets_dir

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "northwind-agreement.yaml"

PAYLOADS = (
    '<img src="file:///etc/passwd">',
    "<script>alert(1)</script>",
    "@import url(file:///etc/passwd);",
    '<iframe src="file:///etc/hostname"></iframe>',
    '<link rel=stylesheet href="file:///etc/passwd">',
    "url(http://127.0.0.1:1/x)",
)
HOSTILE = " ".join(PAYLOADS)

# Every free-text field of the content; keys, enumerations, dates, times, durations
# and references have formats that cannot carry markup.
TEXT_FIELDS = {
    "title", "organization", "facilitator", "question", "name", "sales_view",
    "marketing_view", "agreed_definition", "notes", "entry_criteria", "exit_criteria",
    "pains", "start_event", "end_event", "label", "description", "role", "statement",
    "metric", "unit", "criterion", "agenda",
}
TEXT_LISTS = {"aliases", "industries", "geographies", "departments", "responsibilities"}


def _poison(value: Any) -> Any:
    if isinstance(value, dict):
        out = {}
        for field, item in value.items():
            if field in TEXT_FIELDS and isinstance(item, str):
                out[field] = HOSTILE
            elif field in TEXT_LISTS:
                out[field] = [HOSTILE]
            elif field == "email" and item:
                out[field] = "<b>x</b>@evil.example"
            else:
                out[field] = _poison(item)
        return out
    if isinstance(value, list):
        return [_poison(item) for item in value]
    return value


class SpyFetcher(AssetFetcher):
    """Records what WeasyPrint asked for, before the real fetcher decides."""

    def __init__(self, root: Path, memory: dict[str, bytes]) -> None:
        super().__init__(root, memory)
        self.asked: list[str] = []

    def fetch(self, url: str, headers: object = None) -> Any:
        self.asked.append(url)
        return super().fetch(url, headers)


@dataclass
class Hostile:
    request: PdfRequest
    html: str
    text: str
    fetcher: SpyFetcher


@pytest.fixture(scope="module")
def hostile() -> Iterator[Hostile]:
    example = read_config(EXAMPLE.read_bytes(), EXAMPLE.name)
    data = _poison(example.content.model_dump(mode="json"))
    content = type(example.content).model_validate(data)
    sha = content_sha256(content)
    document = AgreementFile(
        format="slaworkshop/agreement",
        format_version=1,
        agreement_id="6d1f4c0e-3a52-4c55-9d0e-5b7f2d3e9a11",
        version=VersionInfo(number=1, status="proposed", label=HOSTILE,
                            created_at="2026-06-12T15:04:05Z"),
        content_sha256=sha,
        content=content,
        signatures=[Signature(stakeholder="priya", name=HOSTILE, role=HOSTILE,
                              signed_at="2026-06-12T16:00:00Z", content_sha256=sha)],
    )
    request = PdfRequest(document=document, config_json=config_bytes_for(document))
    fetcher = SpyFetcher(assets_dir(), {})
    result = render(request, fetcher=fetcher)
    pages = PdfReader(io.BytesIO(result.pdf)).pages
    yield Hostile(request, render_html(request), "".join(p.extract_text() for p in pages), fetcher)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_hostile_string_is_printed_as_literal_text(hostile: Hostile) -> None:
    text = _squash(hostile.text)
    for payload in PAYLOADS:
        # Printed many times: every field of every section carries it.
        assert text.count(_squash(payload)) >= 40, payload
    assert "<b>x</b>@evil.example" in hostile.text


def test_markup_reaches_the_html_escaped_only(hostile: Hostile) -> None:
    assert "<script>" not in hostile.html
    assert "<iframe" not in hostile.html
    assert '<img src="file:' not in hostile.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile.html


def test_rendering_asked_only_for_bundled_assets(hostile: Hostile) -> None:
    root = assets_dir().as_uri() + "/"
    assert hostile.fetcher.asked, "the stylesheet and fonts come through the fetcher"
    assert all(url.startswith(root) for url in hostile.fetcher.asked), hostile.fetcher.asked
    assert hostile.fetcher.refused == []


# -- the fetcher on its own ------------------------------------------------------------


def test_fetcher_serves_an_asset_and_refuses_the_rest(tmp_path: Path) -> None:
    fetcher = AssetFetcher(assets_dir(), {"dana": b"\x89PNG..."})
    css = fetcher.fetch((assets_dir() / "document.css").as_uri())
    assert b"@font-face" in css.read()
    assert css.content_type == "text/css"
    assert fetcher.fetch("drawing:dana").read() == b"\x89PNG..."
    outside = tmp_path / "secret.css"
    outside.write_text("body{}")
    refused = [
        "file:///etc/passwd",
        assets_dir().as_uri() + "/../pyproject.toml",
        assets_dir().as_uri() + "/fonts/../../pyproject.toml",
        outside.as_uri(),
        "file://otherhost" + (assets_dir() / "document.css").as_posix(),
        assets_dir().as_uri() + "/README.md",  # inside, but not a kind of asset we use
        "http://127.0.0.1:1/x",
        "https://example.com/font.ttf",
        "data:text/css,body{}",
        "ftp://example.com/x",
        "drawing:someone-else",
    ]
    for url in refused:
        with pytest.raises(RefusedURL):
            fetcher.fetch(url)
    assert fetcher.refused == refused


def test_fetcher_refuses_a_symlink_that_leads_out(tmp_path: Path) -> None:
    root = tmp_path / "assets"
    root.mkdir()
    secret = tmp_path / "secret.css"
    secret.write_text("body{}")
    (root / "style.css").symlink_to(secret)
    (root / "real.css").write_text("p{}")
    fetcher = AssetFetcher(root)
    assert fetcher.fetch((root / "real.css").as_uri()).read() == b"p{}"
    with pytest.raises(RefusedURL):
        fetcher.fetch((root / "style.css").as_uri())


def test_weasyprint_routes_every_fetch_through_the_fetcher() -> None:
    # Markup that tries to read: it must reach our fetcher and be refused there.
    fetcher = AssetFetcher(assets_dir())
    html = (
        '<link rel="stylesheet" href="file:///etc/passwd">'
        '<style>@import url("http://127.0.0.1:1/x.css");</style>'
        '<p>x</p><img src="file:///etc/hostname">'
    )
    HTML(string=html, base_url=assets_dir().as_uri() + "/", url_fetcher=fetcher).write_pdf()
    assert set(fetcher.refused) == {
        "file:///etc/passwd", "http://127.0.0.1:1/x.css", "file:///etc/hostname",
    }
