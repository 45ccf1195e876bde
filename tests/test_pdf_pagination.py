"""Long tables across pages, in the languages agreements are written in: headers
repeat, rows stay whole, and no letter falls outside the bundled fonts."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from slaworkshop.export.config_file import read_config
from slaworkshop.export.pdf import PdfRequest, config_bytes_for, render_pdf
from slaworkshop.models import AgreementFile, content_sha256

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "northwind-agreement.yaml"

PHRASES = {
    "de": "Die Größenordnung des Angebots übersteigt das Budget; Rückruf binnen vier Stunden.",
    "fr": "Le prospect a déjà reçu l’offre ; relance à l’œuvre après échéance.",
    "pl": "Zażółć gęślą jaźń: handlowiec oddzwania w ciągu czterech godzin.",
    "el": "Συμφωνία επιπέδου υπηρεσιών μεταξύ πωλήσεων και μάρκετινγκ.",
    "ru": "Соглашение об уровне обслуживания между продажами и маркетингом.",
}
TERMS = 70


@pytest.fixture(scope="module")
def pages() -> Iterator[tuple[list[str], PdfReader]]:
    example = read_config(EXAMPLE.read_bytes(), EXAMPLE.name).content
    languages = list(PHRASES.values())
    terms = [
        {
            "key": f"term-{i:03}",
            "name": f"Term {i:03}",
            "status": "agreed",
            "sales_view": languages[i % 5],
            "marketing_view": languages[(i + 1) % 5],
            "agreed_definition": f"Definition {i:03}: " + " ".join(languages[(i + 2) % 5:]),
        }
        for i in range(TERMS)
    ]
    data = example.model_dump(mode="json") | {"terms": terms, "title": PHRASES["el"]}
    content = type(example).model_validate(data)
    document = AgreementFile(format="slaworkshop/agreement", format_version=1,
                             content=content, content_sha256=content_sha256(content))
    pdf = render_pdf(PdfRequest(document=document, config_json=config_bytes_for(document)))
    reader = PdfReader(io.BytesIO(pdf))
    yield [p.extract_text() for p in reader.pages], reader


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_language_comes_out_as_the_same_text(pages: tuple[list[str], PdfReader]) -> None:
    text = _squash("".join(pages[0]))
    for language, phrase in PHRASES.items():
        assert _squash(phrase) in text, language


def test_every_glyph_comes_from_a_bundled_font(pages: tuple[list[str], PdfReader]) -> None:
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+", 1)[-1]
        for page in pages[1].pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all(name.startswith("SLA-") for name in fonts), fonts


def test_the_terms_table_spans_pages_with_its_header_on_each(
    pages: tuple[list[str], PdfReader],
) -> None:
    with_terms = [text for text in pages[0] if re.search(r"^Term \d{3}\b", text, re.MULTILINE)]
    assert len(with_terms) >= 4
    for text in with_terms:
        assert "TERM SALES’ WORDS MARKETING’S WORDS AGREED DEFINITION" in text


def test_no_row_is_split_across_pages(pages: tuple[list[str], PdfReader]) -> None:
    languages = list(PHRASES.values())
    squashed = [_squash(text) for text in pages[0]]
    for i in range(TERMS):
        (page,) = [n for n, text in enumerate(squashed) if _squash(f"Term {i:03}") in text]
        definition = f"Definition {i:03}: " + " ".join(languages[(i + 2) % 5:])
        # The row's first and last cell, whole, on one page.
        assert _squash(definition) in squashed[page], i
