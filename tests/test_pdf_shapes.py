"""Agreements of unusual shape, as the pages lay them out: every letter of every field
lands inside the page's text area (or inside its own header or footer box), nothing is
lost, and the cover stays one page, whatever the lengths the config format allows."""

from __future__ import annotations

import copy
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from slaworkshop.export.config_file import read_config
from slaworkshop.export.pdf import PdfRequest, config_bytes_for
from slaworkshop.export.pdf.render import lay_out

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "northwind-agreement.yaml"
TOLERANCE = 0.5  # CSS px


def _example() -> dict[str, Any]:
    content = read_config(EXAMPLE.read_bytes(), EXAMPLE.name).content
    return copy.deepcopy(content.model_dump(mode="json"))


def _request(content: dict[str, Any], **envelope: Any) -> PdfRequest:
    data = {"format": "slaworkshop/agreement", "format_version": 1, **envelope, "content": content}
    document = read_config(json.dumps(data).encode(), "shape.json")  # valid as import sees it
    return PdfRequest(document=document, config_json=config_bytes_for(document))


def _boxes(box: Any) -> Iterator[Any]:
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _text_boxes(box: Any) -> Iterator[Any]:
    return (b for b in _boxes(box) if type(b).__name__ == "TextBox")


def _outside(box: Any, left: float, top: float, right: float, bottom: float) -> bool:
    return bool(
        box.position_x < left - TOLERANCE
        or box.position_x + box.width > right + TOLERANCE
        or box.position_y < top - TOLERANCE
        or box.position_y + box.height > bottom + TOLERANCE
    )


def _clipped(box: Any) -> bool:
    """A box that cuts its own text with an ellipsis: its text is checked as the box."""
    style = getattr(box, "style", None)
    return bool(style is not None and style["overflow"] == "hidden"
                and style["text_overflow"] == "ellipsis")


def _stray_in(box: Any, edges: tuple[float, float, float, float]) -> Iterator[Any]:
    if type(box).__name__ == "TextBox" or _clipped(box):
        if _outside(box, *edges):
            yield box
        return
    for child in getattr(box, "children", ()):
        yield from _stray_in(child, edges)


def stray_text(document: Any) -> list[str]:
    """Text laid out beyond its page's text area, or beyond its header/footer box."""
    stray = []
    for number, page in enumerate(document.pages, start=1):
        page_box = page._page_box
        left, top = page_box.content_box_x(), page_box.content_box_y()
        edges = (left, top, left + page_box.width, top + page_box.height)
        for box in page_box.children:
            if type(box).__name__ == "MarginBox":
                edges_of_margin = (
                    box.position_x, box.position_y,
                    box.position_x + box.margin_width(), box.position_y + box.margin_height(),
                )
                stray += [f"page {number} {box.at_keyword}: {getattr(b, 'text', b)!r:.40}"
                          for b in _stray_in(box, edges_of_margin)]
            else:
                stray += [f"page {number}: {getattr(b, 'text', b)!r:.40}"
                          for b in _stray_in(box, edges)]
    return stray


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def laid_out_text(document: Any) -> str:
    """The text of every page in document order, cell by cell, without whitespace."""
    return _squash("".join(
        text.text
        for page in document.pages
        for box in page._page_box.children
        if type(box).__name__ != "MarginBox"
        for text in _text_boxes(box)
    ))


def _pdf_pages(document: Any) -> list[str]:
    reader = PdfReader(io.BytesIO(document.write_pdf()))
    return [page.extract_text() for page in reader.pages]


# ---- 1. Long unbroken strings, each at the longest the format allows ---------------

LONG_TERM = ("Lieferantenrahmenvertragsverhandlungsergebnisprotokoll" * 4)[:200]
LONG_KEY = "k" + "-x" * 29 + "9"  # 60 characters
LONG_EMAIL = ("priya.natarajan.procurement.lead." * 5)[:150] + "@" + "eu-west." * 19 + "example.com"
LONG_URL = "https://intranet.example.com/" + "sales-marketing-handbook/" * 12 + "index.html"


@pytest.fixture(scope="module")
def long_strings() -> Iterator[tuple[Any, dict[str, Any]]]:
    content = _example()
    content["title"] = ("Service-level-agreement-between-sales-and-marketing-" * 10)[:500]
    content["organization"] = ("NorthwindClinicalSupplyInternationalHoldings" * 12)[:500]
    content["facilitator"] = "Facilitator" + "F" * 1989
    terms = content["terms"]
    terms[0].update(key=LONG_KEY, name=LONG_TERM, aliases=["A" * 150, "B" * 150])
    terms[1]["sales_view"] = LONG_URL
    person = content["stakeholders"][0]
    person.update(email=LONG_EMAIL, name="Priya" + "N" * 495, role="R" * 300)
    content["stages"][0]["name"] = "S" * 200
    content["personas"][0].update(name="P" * 500, industries=["I" * 300], pains="Q" * 600)
    content["titles"][0]["title"] = "T" * 500
    content["sla_windows"][0].update(name="W" * 500, start_event="E" * 300)
    content["rejection_reasons"][0]["label"] = "L" * 500
    content["goals"][0].update(metric="m" * 200, unit="u" * 200, target=123456789012345)
    content["cadences"][0]["name"] = "C" * 500
    content["qualification"]["rules"][0].update(criterion="c" * 500, points=-9007199254740991)
    content["qualification"]["mql_threshold"] = 9007199254740991
    content["parking_lot"][0]["question"] = "Q" * 500
    version = {"number": 12, "status": "proposed", "label": "L" * 500,
               "created_at": "2026-06-12T15:04:05Z"}
    signatures = [{"stakeholder": "priya", "name": ("Priya Natarajan-Vasudevan " * 20)[:500].strip(),
                   "signed_at": "2026-06-12T16:00:00Z", "content_sha256": "0" * 64},
                  {"stakeholder": "jordan", "name": "J" * 500, "role": "R" * 500,
                   "signed_at": "2026-06-12T16:00:00Z", "content_sha256": "0" * 64}]
    yield lay_out(_request(content, version=version, signatures=signatures)), content


def test_long_unbroken_strings_stay_inside_the_pages(long_strings: tuple[Any, Any]) -> None:
    document, _content = long_strings
    assert stray_text(document) == []


def test_a_pdf_signed_with_the_longest_names_verifies() -> None:
    """Every PDF slaworkshop renders verifies: a typed signature too long for its line,
    cut with an ellipsis, must not make the pages' text unreadable."""
    from slaworkshop.export.pdf import render_pdf
    from slaworkshop.export.verify import verify_pdf
    from slaworkshop.models import content_sha256

    content = _example()
    sha = content_sha256(_request(content).document.content)
    signatures = [
        {"stakeholder": key, "name": name, "signed_at": "2026-06-12T16:00:00Z", "content_sha256": sha}
        for key, name in (("priya", ("Priya Natarajan-Vasudevan " * 20)[:500].strip()),
                          ("jordan", "J" * 500), ("sam", "Ŵ" * 500))
    ]
    pdf = render_pdf(_request(content, content_sha256=sha, signatures=signatures))
    report = verify_pdf(pdf)
    assert report.findings == (), report.findings


def test_long_unbroken_strings_are_printed_whole(long_strings: tuple[Any, Any]) -> None:
    document, content = long_strings
    text = laid_out_text(document)
    person = content["stakeholders"][0]
    for value in (LONG_TERM, LONG_URL, LONG_EMAIL, person["name"], person["role"],
                  content["facilitator"], content["organization"], content["title"],
                  content["personas"][0]["name"], "I" * 300, "L" * 500, "C" * 500):
        assert value in text, value[:30]


def test_a_cover_with_everything_at_its_longest_is_one_page(
    long_strings: tuple[Any, Any],
) -> None:
    document, _content = long_strings
    pages = _pdf_pages(document)
    assert pages[1].lstrip().startswith("Contents"), pages[1][:200]
    assert "CONTENT HASH (SHA-256)" in pages[0]  # its label is set in capitals


# ---- 3. Scripts: the bundled fonts draw these, and say which others they cannot -----

DRAWN = {
    "de": "Größenordnung der Übergabe, Straße, ẞ",
    "fr": "Œuvre déjà reçue à l’échéance « sans délai »",
    "pl": "Zażółć gęślą jaźń, ĄĘŁŻŹĆŃÓŚ",
    "el": "Συμφωνία επιπέδου υπηρεσιών, ΐΰ",
    "ru": "Соглашение об уровне обслуживания",
    "tr": "İstanbul ığdır şğüöç İŞĞ",
    "vi": "Thỏa thuận mức dịch vụ, tiếng Việt",
    "combining": "Ze\u0301ro na\u0308ive o\u0328",
    "he": "הסכם רמת שירות",
    "ar": "اتفاقية مستوى الخدمة",
    "invisible": "zero\u200bwidth\u200djoin\u00adsoft",
}
NOT_DRAWN = {"ko": "영업", "emoji": "Deal 🤝 done"}


def _terms_in(phrases: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {"key": f"t-{language}", "name": phrase[:30], "status": "agreed",
         "sales_view": phrase, "agreed_definition": phrase}
        for language, phrase in phrases.items()
    ]


def _fonts(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return {
        str(font.get_object()["/BaseFont"]).split("+", 1)[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }


def test_every_supported_script_is_drawn_by_a_bundled_font() -> None:
    content = _example()
    content["terms"] = _terms_in(DRAWN)
    content["organization"] = DRAWN["pl"]
    content["title"] = DRAWN["el"]
    document = lay_out(_request(content))
    pdf = document.write_pdf()
    assert all(name.startswith("SLA-") for name in _fonts(pdf)), _fonts(pdf)
    text = _squash("".join(PdfReader(io.BytesIO(pdf)).pages[n].extract_text() for n in range(4)))
    for language in ("de", "fr", "pl", "el", "ru", "tr"):
        assert _squash(DRAWN[language]) in text, language
    assert "fonts do not include" not in text


def _poppler_text(pdf: bytes, folder: Path) -> str:
    """The text layer as poppler reads it (pypdf misreads the encoding WeasyPrint
    writes for a font that lacks some of the document's glyphs)."""
    import subprocess

    (folder / "doc.pdf").write_bytes(pdf)
    return subprocess.run(["pdftotext", str(folder / "doc.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_characters_no_bundled_font_has_are_named_on_the_contents_page(
    tmp_path: Path,
) -> None:
    content = _example()
    content["terms"] = _terms_in(DRAWN | NOT_DRAWN)
    document = lay_out(_request(content))
    contents = " ".join(
        " ".join(t.text for t in _text_boxes(document.pages[1]._page_box)).split()
    )
    assert "the document’s fonts do not include" in contents
    assert "U+C601 HANGUL SYLLABLE YEONG" in contents
    assert "U+1F91D HANDSHAKE" in contents
    # Only what is missing is named: not the Polish, Greek or Hebrew letters, nor the
    # invisible zero-width characters.
    for drawn in ("LATIN", "GREEK", "HEBREW", "ARABIC", "ZERO WIDTH", "SOFT HYPHEN"):
        assert drawn not in contents
    # The text layer keeps the characters, drawn or not.
    assert "영업" in _poppler_text(document.write_pdf(), tmp_path)


def test_the_fast_path_characters_are_in_every_text_face() -> None:
    from fontTools.ttLib import TTFont

    from slaworkshop.export.pdf.coverage import ALWAYS_COVERED
    from slaworkshop.resources import assets_dir

    # The faces user text is set in; DejaVu fills in behind each of them.
    for path in sorted((assets_dir() / "fonts").glob("Noto*.ttf")):
        cmap = TTFont(path, lazy=True).getBestCmap()
        missing = [f"U+{c:04X}" for c in ALWAYS_COVERED if c not in cmap and chr(c).isprintable()]
        assert not missing, (path.name, missing)


# ---- 6. Text a person typed in several lines, and the separators Unicode has --------

def _lines_of(document: Any, *needles: str) -> list[float]:
    """The vertical position of the line box holding each needle (first match)."""
    found: dict[str, float] = {}
    for page in document.pages:
        for box in _boxes(page._page_box):
            if type(box).__name__ == "LineBox":
                text = "".join(t.text for t in _text_boxes(box))
                for needle in needles:
                    if needle in text and needle not in found:
                        found[needle] = box.position_y
    assert set(found) == set(needles), found
    return [found[n] for n in needles]


def test_a_definition_typed_in_lines_prints_in_lines() -> None:
    content = _example()
    content["terms"][0]["agreed_definition"] = (
        "A lead becomes an MQL when:\n- its score reaches 60,\n\n\n\n- it fits a persona."
    )
    content["stages"][0]["entry_criteria"] = "Downloaded a paper.\u2028Or attended a webinar."
    document = lay_out(_request(content))
    first, second, third = _lines_of(document, "MQL when:", "- its score", "- it fits")
    assert first < second < third
    # A run of blank lines is one blank line, not a hole in the table.
    assert third - second < 3 * (second - first)
    before, after = _lines_of(document, "Downloaded a paper.", "Or attended")
    assert before < after


@pytest.mark.parametrize("separator", ["\u2029", "\u2028"])
def test_unicode_line_and_paragraph_separators_between_spaces_render(separator: str) -> None:
    content = _example()
    text = f"Before {separator} after"
    content["title"] = content["organization"] = text
    content["terms"][0]["name"] = content["terms"][0]["agreed_definition"] = text
    content["stakeholders"][0]["name"] = text
    content["parking_lot"][0]["question"] = text
    document = lay_out(_request(content))
    assert "Before" in laid_out_text(document)


# ---- 4. A row taller than a page -----------------------------------------------------

def _paragraph(mark: str, length: int = 2000) -> str:
    sentence = ("Die Übergabe erfolgt, wenn alle Pflichtfelder gefüllt sind; le commercial "
                "rappelle sous quatre heures; handlowiec oddzwania; ο πωλητής καλεί πίσω. ")
    text = sentence * (length // len(sentence) + 1)
    return f"[{mark}-start] {text[:length - 24]} [{mark}-end]"


def _page_texts(document: Any) -> list[str]:
    return [" ".join(" ".join(t.text for t in _text_boxes(page._page_box)).split())
            for page in document.pages]


@pytest.fixture(scope="module")
def huge_row() -> Any:
    content = _example()
    huge = {"key": "huge", "name": "Huge term", "status": "agreed", "aliases": ["Alias"],
            "sales_view": _paragraph("sales"), "marketing_view": _paragraph("marketing"),
            "agreed_definition": _paragraph("agreed"), "notes": _paragraph("notes")}
    content["terms"].insert(2, huge)
    content["stages"][1]["entry_criteria"] = _paragraph("entry", 5000)
    content["personas"][0]["pains"] = _paragraph("pains", 8000)
    many = [f"Entry {i}: " + "Krankenhäuser und Kliniken mit mehr als 150 Betten " * 2 for i in range(14)]
    content["personas"][1].update(industries=many, geographies=many, departments=many)
    return lay_out(_request(content))


def test_a_row_taller_than_a_page_starts_right_after_the_row_before(huge_row: Any) -> None:
    pages = _page_texts(huge_row)
    (before,) = [n for n, text in enumerate(pages) if "Handraiser" in text and "TERM" in text]
    assert "[sales-start]" in pages[before]
    (stage_before,) = [n for n, text in enumerate(pages) if "Learner Marketing" in text]
    assert "[entry-start]" in pages[stage_before]
    (persona_page,) = [n for n, text in enumerate(pages) if "Supply chain director Decision" in text]
    assert "[pains-start]" in pages[persona_page]
    # A card of many long lists, taller than a page, follows the card before it.
    (pains_end,) = [n for n, text in enumerate(pages) if "[pains-end]" in text]
    assert "Clinical purchasing manager Influencer" in pages[pains_end]


def test_every_page_a_split_row_reaches_repeats_the_table_header(huge_row: Any) -> None:
    pages = _page_texts(huge_row)
    holding = [text for text in pages if "[sales" in text or "[marketing" in text
               or "[agreed" in text or "[notes" in text]
    assert len(holding) >= 2
    for text in holding:
        assert "SALES’ WORDS" in text, text[:200]


def test_a_split_row_loses_nothing_and_stays_on_the_page(huge_row: Any) -> None:
    text = laid_out_text(huge_row)
    for mark in ("sales", "marketing", "agreed", "notes", "entry", "pains"):
        assert f"[{mark}-start]" in text and f"[{mark}-end]" in text, mark
    assert stray_text(huge_row) == []


def test_a_direction_override_in_one_field_does_not_reverse_the_text_after_it(
    tmp_path: Path,
) -> None:
    """U+202E (right-to-left override) is allowed text, and right-to-left writers need
    such marks; left open in one value it must not turn the words printed after that
    value around (the next field, or the document's own words)."""
    content = _example()
    content["sla_windows"][0].update(start_event="Form \u202esubmitted",
                                     end_event="Routed to its owner")
    content["terms"][0].update(name="Lead \u202bopen embedding", status="disputed")
    content["organization"] = "Acme \u2067open isolate"
    text = _squash(_poppler_text(lay_out(_request(content)).write_pdf(), tmp_path))
    assert "Formdettimbus→Routedtoitsowner" in text  # the override ends with its value
    assert "DISPUTED" in text
    assert "Service-levelagreement" in text


@pytest.mark.parametrize("organization", ["W" * 500, "Wide " * 100, "Ŵ" * 90])
def test_a_long_organization_in_the_page_header_never_reaches_its_right_side(
    organization: str,
) -> None:
    content = _example()
    content["organization"] = organization
    document = lay_out(_request(content))
    assert stray_text(document) == []
    for page in document.pages[1:]:
        margins = {b.at_keyword: b for b in page._page_box.children
                   if type(b).__name__ == "MarginBox"}
        left, right = margins["@top-left"], margins["@top-right"]
        texts = list(_text_boxes(right))
        assert texts and "Service-level agreement" in " ".join(t.text for t in texts)
        right_start = min(t.position_x for t in texts)
        assert left.position_x + left.margin_width() <= right_start + TOLERANCE
        for text in _text_boxes(left):  # cut with an ellipsis, inside its own box
            assert text.text.endswith("…"), text.text


def test_a_right_to_left_paragraph_reads_from_the_right() -> None:
    """WeasyPrint has no ``dir="auto"``: an Arabic question with a Latin name in it was
    laid out left to right, drawn as [من يملك عملاء] [Salesforce] [الشركاء؟] from the
    left, so a reader starting at the right began with "partners?". A paragraph whose
    first strong letter is right-to-left is now laid out right to left (Pango orders its
    runs from that base direction) and aligned to the right; an English one is not."""
    content = _example()
    content["parking_lot"] = [
        {"key": "q1", "question": "من يملك عملاء Salesforce الشركاء؟"},
        {"key": "q2", "question": "2026: ¿Who owns Salesforce partner leads?"},
        {"key": "q3", "question": "2026: שאלה פתוחה"},  # digits are not strong
    ]
    document = lay_out(_request(content))
    boxes = {b.text: b for page in document.pages for b in _text_boxes(page._page_box)}
    arabic = boxes["من يملك عملاء Salesforce الشركاء؟"]
    english = boxes["2026: ¿Who owns Salesforce partner leads?"]
    hebrew = boxes["2026: שאלה פתוחה"]
    assert (arabic.style["direction"], hebrew.style["direction"]) == ("rtl", "rtl")
    assert english.style["direction"] == "ltr"
    # the column's right edge for the right-to-left ones, its left edge for English
    assert abs((arabic.position_x + arabic.width) - (hebrew.position_x + hebrew.width)) < 1
    assert english.position_x < arabic.position_x
    assert arabic.position_x + arabic.width > english.position_x + english.width


def test_a_row_nearly_a_page_tall_starts_under_its_heading_with_the_header_on_each_page(
) -> None:
    """An agenda of 60 short lines was not counted taller than a page, so its row was
    kept whole; it did not fit a page after all, and WeasyPrint, forced to split it,
    left "11 Cadences" alone on one page and began the next without the table's header
    (PDF review). A row taller than half a page may now split where it falls."""
    content = _example()
    agenda = "\n".join(f"Line {n}: short." for n in range(60))
    content["cadences"][0]["agenda"] = agenda
    pages = _page_texts(lay_out(_request(content)))
    [heading] = [n for n, text in enumerate(pages) if "Cadences" in text
                 and "The meetings that keep this agreement alive." in text]
    assert "Line 0: short." in pages[heading]  # the row starts under its heading
    spanned = [n for n, text in enumerate(pages) if "Line " in text and ": short." in text]
    assert len(spanned) >= 2
    for number in spanned:
        assert "AGENDA" in pages[number].upper().split("LINE ")[0], number  # header first


def test_a_row_that_fits_a_page_is_never_split() -> None:
    """DESIGN: tables never split a row across pages. A row of half a page is kept
    whole, wherever the page before it ends (only a row taller than a page splits)."""
    content = _example()
    for lines in (33, 45):
        content["cadences"][0]["agenda"] = "\n".join(f"Row {n}: short." for n in range(lines))
        document = lay_out(_request(content))
        pages = _page_texts(document)
        spanned = [n for n, text in enumerate(pages) if "Row " in text and ": short." in text]
        assert len(spanned) == 1, (lines, spanned)
        assert "Row 0: short." in pages[spanned[0]] and f"Row {lines - 1}: short." in pages[
            spanned[0]]


def test_an_english_note_inside_a_right_to_left_cell_stays_left_to_right() -> None:
    """A cell was given the direction of its first letter, and everything in it took
    that direction: an Arabic stakeholder's English role and responsibility came out
    right to left, "(weekly)." drawn as ".Owns lead scoring (weekly)" (review). Each
    paragraph inside takes its own."""
    content = _example()
    person = content["stakeholders"][0]
    person.update(name="دانا مثال", role="VP (Sales)",
                  responsibilities=["يملك تقييم العملاء", "Owns lead scoring (weekly)."])
    boxes = [b for page in lay_out(_request(content)).pages for b in _text_boxes(page._page_box)]
    direction = {b.text: b.style["direction"] for b in boxes}
    assert direction["VP (Sales)"] == "ltr"
    assert direction["Owns lead scoring (weekly)."] == "ltr"
    assert direction["يملك تقييم العملاء"] == "rtl"
    assert direction["دانا مثال"] == "rtl"


def test_an_agreement_whose_rows_all_fit_is_laid_out_once(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """The second layout is for a row taller than a page that the estimate missed. A
    table's header, repeated on each page it reaches, was taken for such a row: the
    example was laid out twice, and its export took a third longer."""
    from weasyprint import HTML

    renders: list[int] = []
    real = HTML.render

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        renders.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(HTML, "render", counted)
    lay_out(_request(_example()))
    assert len(renders) == 1
    content = _example()
    content["cadences"][0]["agenda"] = "\n".join(f"Line {n}: short." for n in range(60))
    renders.clear()
    lay_out(_request(content))
    assert len(renders) == 2
