"""The agreement PDF as a reader and a machine see it: one real agreement from a real
store (version 1 signed, version 2 proposed with two of three signatures, one drawn),
rendered once for the whole module."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from slaworkshop.export.config_file import build_file, dump_json, read_config
from slaworkshop.export.pdf import PdfRequest, build_pdf_request, render
from slaworkshop.models import content_sha256
from slaworkshop.services import AgreementService, SignOffService
from slaworkshop.store import open_store

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "northwind-agreement.yaml"


def _drawing() -> bytes:
    image = Image.new("RGBA", (480, 140), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(20, 110), (140, 30), (260, 110), (440, 40)], fill="navy", width=6)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@dataclass
class Rendered:
    request: PdfRequest
    pdf: bytes
    reader: PdfReader
    pages: list[str]
    progress: list[tuple[float, str]]
    fetched: list[str]
    refused: list[str]
    agreement_id: str
    config_json: bytes


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('db') / 'pdf.db'}")
    agreements = AgreementService(store, actor="test")
    signoff = SignOffService(agreements)
    document = read_config(EXAMPLE.read_bytes(), EXAMPLE.name)
    # Version 1: settle the disputed term so it can be proposed, and sign it.
    terms = [
        t.model_copy(update={"status": "agreed", "agreed_definition": "A qualified deal."})
        if t.status == "disputed" else t
        for t in document.content.terms
    ]
    first = document.content.model_copy(update={"terms": terms})
    agreement_id = agreements.create(first)
    agreements.save_version(agreement_id, label="first signed")
    signoff.propose(agreement_id)
    for key in ("priya", "jordan", "sam"):
        signoff.sign(agreement_id, key)
    # Version 2: shorter routing window, proposed, two of three signatures.
    windows = [
        w.model_copy(update={"within": "PT2H"}) if w.key == "route" else w
        for w in first.sla_windows
    ]
    second = first.model_copy(update={"sla_windows": windows})
    draft = agreements.draft(agreement_id)
    agreements.update_draft(agreement_id, second, draft.revision)
    agreements.save_version(agreement_id, label="after Q2 summit")
    signoff.propose(agreement_id)
    signoff.sign(agreement_id, "priya", drawing_png=_drawing())
    signoff.sign(agreement_id, "jordan")

    progress: list[tuple[float, str]] = []
    request = build_pdf_request(
        agreements, agreement_id, 2, progress=lambda f, m: progress.append((f, m))
    )
    expected_config = dump_json(
        build_file(
            second,
            agreement_id=agreement_id,
            version=agreements.file(agreement_id, 2).version,
            signatures=agreements.file(agreement_id, 2).signatures,
        )
    )
    result = render(request)
    reader = PdfReader(io.BytesIO(result.pdf))
    yield Rendered(
        request=request,
        pdf=result.pdf,
        reader=reader,
        pages=[p.extract_text() for p in reader.pages],
        progress=progress,
        fetched=list(result.fetcher.requested),
        refused=list(result.fetcher.refused),
        agreement_id=agreement_id,
        config_json=expected_config,
    )
    store.dispose()


def _page_of(rendered: Rendered, heading: str) -> int:
    """1-based number of the first page after the contents that starts a line with it."""
    for number, text in enumerate(rendered.pages, start=1):
        if number > 2 and re.search(rf"^{re.escape(heading)}$", text, re.MULTILINE):
            return number
    raise AssertionError(f"no page has the heading {heading!r}")


def test_cover_names_the_agreement_version_and_dates(rendered: Rendered) -> None:
    cover = rendered.pages[0]
    # The title may wrap after its hyphen.
    assert "Sales and marketing service-level agreement" in cover.replace("-\n", "-")
    assert "Northwind Clinical Supply" in cover
    assert "Version 2 · Proposed for signature — after Q2 summit" in cover
    assert "Effective from 1 July 2026" in cover
    assert "Review by 15 January 2027" in cover
    assert "Facilitator Morgan Reyes" in cover


def test_every_page_has_the_footer_with_page_count_version_and_full_hash(
    rendered: Rendered,
) -> None:
    sha = content_sha256(rendered.request.document.content)
    total = len(rendered.pages)
    assert total >= 8
    for number, text in enumerate(rendered.pages, start=1):
        assert f"Page {number} of {total}" in text
        assert f"Content SHA-256 {sha}" in text
        assert "Version 2 · Proposed for signature" in text


def test_contents_page_numbers_point_at_the_sections(rendered: Rendered) -> None:
    contents = rendered.pages[1]
    listed = [found for found in re.findall(r"^(\d+) (.+?) (\d+)$", contents, re.MULTILINE)
              if " since " not in found[1]]  # the pointer to the changes, tested apart
    titles = [title for _n, title, _p in listed]
    assert titles == [
        "Workshop details", "Terms", "Stages", "Personas", "Titles", "SLA windows",
        "Rejection reasons", "Stakeholders", "Goals", "Qualification", "Cadences",
        "Version history", "Signatures",
    ]
    for number, title, page in listed:
        assert _page_of(rendered, f"{number} {title}") == int(page), title


def _flat(rendered: Rendered) -> str:
    """All pages' text with line breaks as spaces: table cells wrap anywhere."""
    return re.sub(r"\s+", " ", "\n".join(rendered.pages))


def test_terms_show_both_teams_words_and_the_agreed_definition(rendered: Rendered) -> None:
    text = _flat(rendered)
    assert "SALES’ WORDS MARKETING’S WORDS AGREED DEFINITION" in text
    assert "Any name with a phone number." in text
    assert "Any contact we can legally e-mail." in text
    assert "Formerly: Hot lead, Level 1" in text


def test_sla_windows_read_as_business_time_and_cadences_as_intervals(
    rendered: Rendered,
) -> None:
    text = "\n".join(rendered.pages)
    assert "2 business hours" in text  # route, changed in version 2
    assert "4 business hours" in text
    assert "2 business days" in text
    assert re.search(r"Lead review 2 weeks", text)
    assert re.search(r"Alignment summit 6 months", text)
    assert "HANDOFF: MARKETING → SALES" in text


def test_version_history_lists_both_versions_and_the_last_signed_one(
    rendered: Rendered,
) -> None:
    text = _flat(rendered)
    assert re.search(r"\b1 Signed first signed \d+ \w+ \d{4}, \d\d:\d\d UTC [0-9a-f]{12}…", text)
    assert re.search(r"\b2 \(this\) Proposed for signature after Q2 summit \d+ \w+ \d{4}", text)
    assert "The last version signed before this one is version 1." in text
    assert rendered.request.previous_signed is not None
    assert rendered.request.previous_signed.number == 1


def test_signature_page_shows_who_signed_who_awaits_and_the_drawing(
    rendered: Rendered,
) -> None:
    number = _page_of(rendered, "13 Signatures")
    page = rendered.pages[number - 1]
    assert re.search(r"Priya Natarajan\nVP Marketing · Marketing\nSigned \d+ \w+ \d{4}", page)
    assert re.search(r"Jordan Okafor\nVP Sales · Sales\nSigned \d+ \w+ \d{4}", page)
    assert "Sam Whitfield\nChief Revenue Officer · Leadership\nAwaiting signature" in page
    assert content_sha256(rendered.request.document.content) in page
    images = rendered.reader.pages[number - 1].images
    assert len(images) == 1  # Priya's drawing; Jordan has a typed signature only


def test_config_is_attached_byte_for_byte_as_pdfa_data(rendered: Rendered) -> None:
    name = f"agreement-{rendered.agreement_id[:8]}-v2.json"
    assert rendered.request.config_json == rendered.config_json
    assert rendered.reader.attachments[name] == [rendered.config_json]
    (attached,) = list(rendered.reader.attachment_list)
    assert attached.subtype == "/application/json"
    assert attached.associated_file_relationship == "/Data"


def test_pdfa_3b_identification_and_document_metadata(rendered: Rendered) -> None:
    xmp = rendered.reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp
    assert 'pdfaid:conformance="B"' in xmp
    info = rendered.reader.metadata
    assert info is not None
    assert info.title == "Sales and marketing service-level agreement — Northwind Clinical Supply"
    assert info.author == "Northwind Clinical Supply"
    assert info.subject == (
        "Sales and marketing service-level agreement: version 2, proposed for signature"
    )
    assert info["/Keywords"] == "service-level agreement, sales, marketing, version 2"


def test_only_bundled_fonts_are_embedded_and_nothing_was_refused(rendered: Rendered) -> None:
    # WeasyPrint names an embedded font after its @font-face family; the "SLA …"
    # families exist only in assets/document.css, a system font would show its own name.
    fonts: set[str] = set()
    for page in rendered.reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    assert {"SLA-Sans", "SLA-Serif-Bold", "SLA-Mono", "SLA-Symbols"} <= fonts
    assert all(name.startswith("SLA-") for name in fonts), fonts
    assert any(url.endswith("/fonts/NotoSans-Regular.ttf") for url in rendered.fetched)
    assert rendered.refused == []


def test_progress_runs_from_start_to_done_through_the_stages(rendered: Rendered) -> None:
    fractions = [f for f, _m in rendered.progress]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    messages = [m for _f, m in rendered.progress]
    pages = len(rendered.pages)
    laid_out = [m for m in messages if m.startswith("Laying out page ")]
    assert laid_out == [f"Laying out page {n}" for n in range(1, pages + 1)]
    assert f"Checking page numbers (page {pages} of {pages})" in messages
    assert messages.index("Drawing the pages into the PDF") < messages.index(
        "Embedding the fonts and the config") < messages.index("Done")


def test_a_progress_callback_that_raises_stops_the_layout_at_that_page(
    rendered: Rendered,
) -> None:
    """A stale preview stops at the next page, not after the whole layout."""
    import dataclasses

    class Stale(Exception):
        pass

    seen: list[str] = []

    def progress(_fraction: float, message: str) -> None:
        seen.append(message)
        if message == "Laying out page 2":
            raise Stale

    with pytest.raises(Stale):
        render(dataclasses.replace(rendered.request, progress=progress))
    assert seen[-1] == "Laying out page 2"
    assert not any(m.startswith(("Laying out page 3", "Drawing")) for m in seen)


def test_renders_in_two_threads_each_hear_only_their_own_pages(rendered: Rendered) -> None:
    import dataclasses
    import threading

    short_content = read_config(EXAMPLE.read_bytes(), EXAMPLE.name).content.model_copy(
        update={"terms": [], "personas": [], "titles": [], "stages": [], "sla_windows": [],
                "rejection_reasons": [], "goals": [], "cadences": []})
    short_document = rendered.request.document.model_copy(update={"content": short_content})
    requests = {
        "long": rendered.request,
        "short": PdfRequest(document=short_document, config_json=b"{}"),
    }
    heard: dict[str, list[str]] = {name: [] for name in requests}
    pages: dict[str, int] = {}
    failures: list[BaseException] = []

    def run(name: str) -> None:
        try:
            request = dataclasses.replace(
                requests[name], progress=lambda _f, m: heard[name].append(m))
            pages[name] = render(request).pages
        except BaseException as exc:  # reported by the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(name,)) for name in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    assert pages["short"] < pages["long"]
    for name in requests:
        laid_out = [m for m in heard[name] if m.startswith("Laying out page ")]
        assert laid_out == [f"Laying out page {n}" for n in range(1, pages[name] + 1)], name


def _page_images(pdf: bytes, folder: Path) -> list[bytes]:
    import subprocess

    (folder / "doc.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(folder / "doc.pdf"), str(folder / "p")],
                   check=True)
    return [page.read_bytes() for page in sorted(folder.glob("p-*.png"))]


def test_preparing_our_sources_prints_exactly_the_same_pages(
    rendered: Rendered, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What rendering does to our own sources changes nothing on paper: the whitespace
    taken out of the templates was only ever collapsed away, and the stylesheet's
    colour names written out are the same colours. Every page of the full document
    (change summary, drawing, signatures) is pixel for pixel what the templates and
    the stylesheet as written print."""
    import importlib

    from slaworkshop.export.pdf import template_source

    render_module = importlib.import_module("slaworkshop.export.pdf.render")
    monkeypatch.setattr(template_source, "squeeze", lambda source: source)
    monkeypatch.setattr(render_module, "stylesheet_text",
                        lambda path: path.read_text(encoding="utf-8"))
    render_module.environment.cache_clear()
    try:
        indented = render(rendered.request).pdf
    finally:
        render_module.environment.cache_clear()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    squeezed_pages = _page_images(rendered.pdf, tmp_path / "a")
    indented_pages = _page_images(indented, tmp_path / "b")
    assert len(squeezed_pages) == len(indented_pages) == len(rendered.pages)
    for number, (ours, theirs) in enumerate(zip(squeezed_pages, indented_pages,
                                                strict=True), start=1):
        assert ours == theirs, f"page {number} differs"


def test_squeeze_drops_whitespace_beside_blocks_only() -> None:
    from slaworkshop.export.pdf.template_source import squeeze

    source = ('<tr class="x">\n  <td>\n    <strong>{{ name }}</strong> <span>{{ role }}</span>'
              "\n  </td>\n  <td>Formerly: {{ alias }}</td>\n</tr>\n<p>a <em>b</em>\n c</p>")
    assert squeeze(source) == (
        '<tr class="x"><td><strong>{{ name }}</strong> <span>{{ role }}</span></td>'
        "<td>Formerly: {{ alias }}</td></tr><p>a <em>b</em>\n c</p>"
    )


def test_user_text_keeps_its_own_whitespace(rendered: Rendered) -> None:
    from slaworkshop.export.pdf import render_html

    title = "Two  spaces\nand a line <td> break"
    content = rendered.request.document.content.model_copy(update={"title": title})
    document = rendered.request.document.model_copy(update={"content": content})
    html = render_html(PdfRequest(document=document, config_json=b"{}"))
    assert "Two  spaces\nand a line &lt;td&gt; break" in html


def test_the_stylesheet_colour_names_are_written_out() -> None:
    from slaworkshop.export.pdf.stylesheet import (
        StylesheetError,
        flatten_custom_properties,
        stylesheet_text,
    )
    from slaworkshop.resources import assets_dir

    css = ":root {\n  --ink: #1c2430;\n  --rule: #d5d9de;\n}\np { color: var(--ink); " \
          "border-bottom: 0.5pt solid var( --rule ); }"
    assert flatten_custom_properties(css).strip() == (
        "p { color: #1c2430; border-bottom: 0.5pt solid #d5d9de; }"
    )
    with pytest.raises(StylesheetError, match=r"var\(--alert\), which :root does not define"):
        flatten_custom_properties(":root { --ink: #000; }\np { color: var(--alert); }")
    shipped = stylesheet_text(assets_dir() / "document.css")
    assert "var(" not in shipped and ":root" not in shipped and "#1f3a5c" in shipped


def test_the_contents_list_the_change_summary_under_its_section_in_page_order(
    rendered: Rendered,
) -> None:
    """Listed after the sections, the summary's line read 25 after the signatures' 29
    (review): it now sits under the version history, and the page numbers go up."""
    lines = rendered.pages[1].split("Contents\n", 1)[1].splitlines()
    lines = lines[:next(n for n, line in enumerate(lines) if "Signatures" in line) + 1]
    pages = [int(line.rsplit(" ", 1)[1]) for line in lines]
    assert pages == sorted(pages), lines
    history = next(n for n, line in enumerate(lines) if "Version history" in line)
    assert "change since version 1" in lines[history + 1]
    assert "Signatures" in lines[history + 2]


def test_the_outline_names_each_section_with_its_number_and_a_space(
    rendered: Rendered,
) -> None:
    """The bookmarks read "1Workshop details", and a persona's carried its buying role
    ("Supply chain director Decision maker"; review)."""
    def titles(outline: list[object], depth: int = 0) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        for entry in outline:
            if isinstance(entry, list):
                found += titles(entry, depth + 1)
            else:
                found.append((depth, str(getattr(entry, "title", ""))))
        return found

    outline = titles(rendered.reader.outline)
    top = [title for depth, title in outline if depth == 0]
    assert top[1:3] == ["1 Workshop details", "2 Terms"]  # after the cover's title
    assert "12 Version history" in top
    personas = {title for depth, title in outline if depth == 1}
    assert {p.name for p in rendered.request.document.content.personas} <= personas


def test_the_contents_point_to_the_changes_since_the_last_signed_version(
    rendered: Rendered,
) -> None:
    """A signer of a new version looks for what changed first, and the summary sits in
    the version history near the end (tryout)."""
    contents = rendered.pages[1]
    found = re.search(r"^1 change since version 1, the last signed version ?(\d+)$", contents,
                      re.MULTILINE)
    assert found, contents
    assert int(found.group(1)) == _page_of(rendered, "Changes since version 1, the last signed"
                                           " version")


def test_a_copy_nobody_signs_says_so_on_every_page(tmp_path: Path) -> None:
    """A draft's pages could pass for the signed agreement once printed: its status was
    in the footer's small type, and its signature page showed "Awaiting signature"
    under lines nobody may sign (review). The proposed version has no such mark."""
    store = open_store(f"sqlite:///{tmp_path / 'draft.db'}")
    try:
        agreements = AgreementService(store, actor="test")
        agreement_id = agreements.create(read_config(EXAMPLE.read_bytes(), EXAMPLE.name).content)
        reader = PdfReader(io.BytesIO(render(build_pdf_request(agreements, agreement_id,
                                                               "draft")).pdf))
    finally:
        store.dispose()
    pages = [page.extract_text() for page in reader.pages]
    assert all(text.startswith("WORKING COPY\n") for text in pages)
    signatures = pages[-1]
    assert "Awaiting signature" not in signatures
    assert signatures.count("Not proposed for signature") == 3
    assert "A signature, once this content is proposed and signed, covers" in pages[0]


def test_the_proposed_version_has_no_working_copy_mark(rendered: Rendered) -> None:
    assert not any("WORKING COPY" in text for text in rendered.pages)



def test_a_superseded_version_names_the_signed_one(tmp_path: Path) -> None:
    """The cover said "Superseded by a later signed version." and left the reader to
    find which (review)."""
    store = open_store(f"sqlite:///{tmp_path / 'superseded.db'}")
    try:
        agreements = AgreementService(store, actor="test")
        signoff = SignOffService(agreements)
        content = read_config(EXAMPLE.read_bytes(), EXAMPLE.name).content
        terms = [t.model_copy(update={"status": "agreed", "agreed_definition": "Settled."})
                 for t in content.terms]
        content = content.model_copy(update={"terms": terms})
        agreement_id = agreements.create(content)
        for label in ("first", "second"):
            draft = agreements.draft(agreement_id)
            agreements.update_draft(agreement_id, draft.content.model_copy(
                update={"facilitator": label}), draft.revision)
            agreements.save_version(agreement_id, label=label)
            signoff.propose(agreement_id)
            for key in ("priya", "jordan", "sam"):
                signoff.sign(agreement_id, key)
        reader = PdfReader(io.BytesIO(render(build_pdf_request(agreements, agreement_id,
                                                               1)).pdf))
    finally:
        store.dispose()
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Superseded: when this PDF was made, version 2 was the signed agreement." in cover
