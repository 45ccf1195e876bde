"""The PDF is drawn with the bundled fonts only, whatever the machine has installed.

A font is installed for the test (a generated one with a single glyph, for a Korean
syllable no bundled font has), in a Fontconfig configuration of its own: WeasyPrint on
its own draws the syllable with it, our render must not.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from slaworkshop.export.config_file import read_config
from slaworkshop.export.pdf import PdfRequest, config_bytes_for, render_pdf

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "northwind-agreement.yaml"
SYLLABLE = "\uc601"  # 영: in none of the bundled fonts
PROBE = "ProbeInstalled"


def _probe_font(path: Path) -> None:
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", "probe"])
    builder.setupCharacterMap({ord(SYLLABLE): "probe"})
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((600, 700))
    pen.lineTo((600, 0))
    pen.closePath()
    builder.setupGlyf({".notdef": TTGlyphPen(None).glyph(), "probe": pen.glyph()})
    builder.setupHorizontalMetrics({".notdef": (500, 0), "probe": (700, 100)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": PROBE, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    builder.save(str(path))


@pytest.fixture
def installed_probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine whose only installed font is the probe."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    _probe_font(fonts / "probe.ttf")
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><dir>{fonts}</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))


def _font_names(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_weasyprint_alone_would_draw_with_the_installed_font(installed_probe: None) -> None:
    # The probe works: without our configuration, the installed font is used.
    from weasyprint import HTML

    pdf = HTML(string=f"<p>Kim {SYLLABLE}</p>").write_pdf()
    assert any(PROBE in name for name in _font_names(pdf))


def test_the_agreement_never_draws_with_an_installed_font(installed_probe: None) -> None:
    data = json.loads(config_bytes_for(read_config(EXAMPLE.read_bytes(), EXAMPLE.name)))
    content = data["content"]
    content["organization"] = f"Northwind {SYLLABLE} Clinical Supply"
    content["terms"][0]["agreed_definition"] = f"A person ({SYLLABLE}) we may contact."
    data.pop("content_sha256")
    document = read_config(json.dumps(data).encode(), "probe.json")
    pdf = render_pdf(PdfRequest(document=document, config_json=config_bytes_for(document)))
    names = _font_names(pdf)
    assert not [name for name in names if PROBE in name]
    assert {name.split("+", 1)[1] for name in names} <= {
        "SLA-Sans", "SLA-Sans-Bold", "SLA-Sans-Italic", "SLA-Serif", "SLA-Serif-Bold",
        "SLA-Symbols", "SLA-Symbols-Bold", "SLA-Mono",
    }


def test_the_coverage_files_list_what_the_bundled_fonts_draw() -> None:
    from slaworkshop.export.pdf.coverage import (
        COVERAGE_FILE,
        FALLBACK_COVERAGE_FILE,
        SCRIPTS_COVERAGE_FILE,
        as_ranges,
        bundled_coverage,
        fallback_coverage,
        font_coverage,
        scripts_coverage,
    )
    from slaworkshop.resources import assets_dir

    main = font_coverage(assets_dir() / "fonts")
    extra = font_coverage(assets_dir() / "fonts" / "fallback")
    scripts = font_coverage(assets_dir() / "fonts" / "scripts")
    message = "the fonts changed: run scripts/font_coverage.py"
    assert (assets_dir() / COVERAGE_FILE).read_text() == as_ranges(main), message
    assert (assets_dir() / FALLBACK_COVERAGE_FILE).read_text() == as_ranges(extra), message
    assert (assets_dir() / SCRIPTS_COVERAGE_FILE).read_text() == as_ranges(scripts), message
    assert bundled_coverage() == main and fallback_coverage() == extra
    assert scripts_coverage() == scripts
    assert ord("ł") in main and ord("Ω") in main and ord("→") in main
    assert ord("销") not in main and ord("销") in extra and ord("株") in extra
    for letter in "हবગதก":  # Devanagari, Bengali, Gujarati, Tamil, Thai
        assert ord(letter) not in main and ord(letter) in scripts, letter
    assert ord(SYLLABLE) not in main | extra | scripts


def _render(title: str, definition: str) -> tuple[bytes, list[str]]:
    from slaworkshop.export.pdf.render import render

    data = json.loads(config_bytes_for(read_config(EXAMPLE.read_bytes(), EXAMPLE.name)))
    data.pop("content_sha256")
    data["content"]["title"] = title
    data["content"]["terms"][0]["agreed_definition"] = definition
    document = read_config(json.dumps(data, ensure_ascii=False).encode(), "cjk.json")
    result = render(PdfRequest(document=document, config_json=config_bytes_for(document)))
    return result.pdf, result.fetcher.requested


def test_chinese_and_japanese_are_drawn_with_the_bundled_fallback_font() -> None:
    pdf, requested = _render("销售与市场服务协议", "株式会社: a lead we may contact")
    assert any(url.endswith("fallback/DroidSansFallbackFull.ttf") for url in requested)
    assert any(name.endswith("+SLA-Fallback") for name in _font_names(pdf))
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "销售与市场服务协议" in text and "株式会社: a lead we may contact" in text
    # Drawn, so not named as missing on the contents page.
    assert "fonts do not include" not in text


def test_a_document_without_such_characters_never_loads_the_fallback_font() -> None:
    pdf, requested = _render("Umowa SLA — Größe — Ελληνικά", "Ζ ż ß → fine")
    assert requested and not [url for url in requested if "fallback" in url]
    assert not [name for name in _font_names(pdf) if "Fallback" in name]


def test_hindi_and_thai_are_drawn_with_the_bundled_script_fonts_bold_where_bold() -> None:
    """A Hindi agreement printed as empty boxes everywhere, its signatories' names
    included (PDF review). The script fonts are read only for a document that needs
    them."""
    pdf, requested = _render("बिक्री और विपणन सेवा-स्तर समझौता", "ลูกค้าเป้าหมาย: a lead")
    assert any(url.endswith("scripts/NotoSansDevanagari-Bold.ttf") for url in requested)
    names = {name.split("+", 1)[1] for name in _font_names(pdf)}
    assert {"SLA-Devanagari-Bold", "SLA-Thai"} <= names  # the bold cover title, the text
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "fonts do not include" not in text  # drawn, so not named as missing
    _latin, requested = _render("Umowa SLA", "fine")
    assert not [url for url in requested if "scripts/" in url]
