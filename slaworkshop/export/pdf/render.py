"""Render an agreement to PDF/A-3b: Jinja2 templates, print CSS, WeasyPrint.

The config the PDF describes is embedded as an attached file, so the document carries
its own machine-readable twin; ``verify`` reads it back. The written file carries a
digest of its own bytes (``byte_digest``), which ``verify`` checks first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, partial
from typing import Any

import pydyf
from jinja2 import Environment, StrictUndefined, select_autoescape
from weasyprint import CSS, HTML, Attachment
from weasyprint.document import Document

from slaworkshop import enum_words
from slaworkshop.diff.durations import humanize_duration
from slaworkshop.diff.word_changes import word_runs
from slaworkshop.export import byte_digest
from slaworkshop.models import DocumentInvalid, Problem
from slaworkshop.models.window_time import total_words
from slaworkshop.resources import assets_dir, templates_dir

from . import coverage, layout_progress, roomy_stack, text_direction, wording
from .bundled_fonts import BundledFontConfiguration
from .compiled import compiled_loader
from .context import template_context
from .fetcher import AssetFetcher
from .request import PdfRequest
from .stylesheet import stylesheet_text
from .template_source import SqueezedLoader

PDF_VARIANT = "pdf/a-3b"
STYLESHEET = "document.css"
TEMPLATE = "agreement.html"


@cache
def environment() -> Environment:
    """The template environment; every template is autoescaped, whatever its name.

    The templates come precompiled (``compiled.py``) while those match the sources.
    """
    env = source_environment()
    precompiled = compiled_loader(env, templates_dir())
    if precompiled is not None:
        env.loader = precompiled
    return env


def source_environment() -> Environment:
    """The template environment reading and compiling the template sources."""
    env = Environment(
        loader=SqueezedLoader(templates_dir()),
        autoescape=select_autoescape(
            enabled_extensions=("html", "htm", "xml", "j2"),
            default_for_string=True,
            default=True,
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=wording.plain,
    )
    env.filters.update(
        label=enum_words.label,
        long_date=wording.long_date,
        timestamp=wording.timestamp,
        number=wording.number,
        signed_points=wording.signed_points,
        weekdays=wording.weekdays,
        lines=wording.lines,
        short_hash=wording.short_hash,
        duration=humanize_duration,
    )
    env.globals["company_size"] = wording.company_size
    env.globals["taller_than_page"] = wording.taller_than_page
    env.globals["sla_total"] = total_words
    # eight words either side of a change: the whole text is in the document's body
    env.globals["word_marks"] = partial(word_runs, context=8)
    return env


def attachment_name(request: PdfRequest) -> str:
    """``agreement-6d1f4c0e-v3.json``: the agreement and version at a glance."""
    document = request.document
    parts = ["agreement"]
    if document.agreement_id:
        parts.append(document.agreement_id[:8].lower())
    version = document.version
    if version is not None and version.number is not None:
        parts.append(f"v{version.number}")
    else:
        parts.append("draft")
    return "-".join(parts) + ".json"


def render_html(request: PdfRequest) -> str:
    """The document as HTML, exactly as WeasyPrint receives it."""
    return _document_html(request)[0]


def _document_html(request: PdfRequest) -> tuple[str, str]:
    """The HTML, and the ``@font-face`` rules of the extra fonts it needs.

    Text with characters no bundled font draws is rendered a second time, with a
    note on the contents page that names them.
    """
    template = environment().get_template(TEMPLATE)
    context = template_context(request)
    html_text = template.render(context)
    needs = coverage.coverage_of(html_text)
    if needs.missing:
        context["uncovered"] = [coverage.describe(c) for c in needs.missing]
        html_text = template.render(context)
    return html_text, needs.faces


def _created(request: PdfRequest) -> datetime:
    version = request.document.version
    if version is not None and version.created_at:
        return datetime.fromisoformat(version.created_at.replace("Z", "+00:00"))
    return datetime.now(UTC)


class _UncompressedDictionary(pydyf.Dictionary):  # type: ignore[misc]
    """A dictionary pydyf writes as a plain object, not inside the compressed object
    stream, so that its bytes can be found and filled in once the file is written."""

    compressible = False


def _reserve_byte_digest(_document: Document, pdf: pydyf.PDF) -> None:
    """WeasyPrint's finisher: the digest's placeholder, in a dictionary of its own that
    is written uncompressed and referenced from the catalog (``byte_digest``).

    Only that dictionary stays out of the compressed object stream: the document
    information (the agreement's title, organization…) stays in it, so no text of the
    user's stands in the file's bytes, where ``verify`` reads them before parsing. (The
    catalog and not the document information refers to it: every value of a key of
    its own in the document information shall be a text string, ISO 32000-1, 14.3.3.)
    """
    holder = _UncompressedDictionary(
        {byte_digest.KEY: pydyf.String(byte_digest.PLACEHOLDER)})
    pdf.add_object(holder)
    pdf.catalog[byte_digest.CATALOG_KEY] = holder.reference


@dataclass
class RenderResult:
    """The PDF and what rendering asked the fetcher for (for tests and diagnostics)."""

    pdf: bytes
    fetcher: AssetFetcher
    pages: int


def _sources(
    request: PdfRequest, fetcher: AssetFetcher
) -> tuple[HTML, CSS, BundledFontConfiguration, int]:
    """The document, its stylesheet and fonts, and the HTML's length (for progress)."""
    assets = assets_dir()
    html_text, extra_faces = _document_html(request)
    fonts = BundledFontConfiguration()
    css_text = stylesheet_text(assets / STYLESHEET)
    stylesheet = CSS(
        string=extra_faces + css_text,
        base_url=assets.as_uri() + "/",
        url_fetcher=fetcher,
        font_config=fonts,
    )
    html = HTML(string=html_text, base_url=assets.as_uri() + "/", url_fetcher=fetcher)
    text_direction.mark_right_to_left(html.etree_element)
    return html, stylesheet, fonts, len(html_text)


def lay_out(request: PdfRequest, fetcher: AssetFetcher | None = None) -> Document:
    """The laid-out pages, as ``render`` prints them (for tests that look at the boxes)."""
    if fetcher is None:
        fetcher = AssetFetcher(assets_dir(), request.drawings)
    html, stylesheet, fonts, _length = _sources(request, fetcher)
    return _pages(html, stylesheet, fonts)


def rows_split_by_force(document: Document) -> list[Any]:
    """The table rows (their elements) laid out across pages though the stylesheet
    keeps them whole: rows taller than a page that ``wording.taller_than_page`` did
    not see coming."""
    pages_of: dict[int, tuple[Any, int]] = {}
    for number, page in enumerate(document.pages):
        stack = [page._page_box]
        while stack:
            box = stack.pop()
            if getattr(box, "is_header", False) or getattr(box, "is_footer", False):
                continue  # a table's header row is repeated on every page it reaches
            if type(box).__name__ == "TableRowBox" and box.element is not None:
                element, first = pages_of.setdefault(id(box.element), (box.element, number))
                if first != number:
                    pages_of[id(box.element)] = (element, -1)  # on more than one page
                continue
            stack.extend(getattr(box, "children", ()))
    return [element for element, page in pages_of.values()
            if page == -1 and "row-split" not in (element.get("class") or "").split()]


def _pages(html: HTML, stylesheet: CSS, fonts: BundledFontConfiguration) -> Document:
    """The document laid out, again if a row had to be split by force.

    DESIGN: tables never split a row across pages, but a row taller than a page cannot
    be kept whole. Forced to split one it was not told of, WeasyPrint first moved it to
    a page of its own, leaving its section's heading alone at the foot of the page
    before and beginning the next page without the table's header (PDF review). Such a
    row is marked as one that may split, and the pages are laid out again: it then
    starts under the row before it, with the header on every page."""
    document = html.render(stylesheets=[stylesheet], font_config=fonts)
    forced = rows_split_by_force(document)
    if not forced:
        return document
    for element in forced:
        element.set("class", f"{element.get('class') or ''} row-split".strip())
    return html.render(stylesheets=[stylesheet], font_config=fonts)


#: The largest config (bytes of JSON) printed as a PDF. WeasyPrint holds every page in
#: memory: 1.5 MB of long definitions laid out 792 pages in 54 s and 400 MB, so this
#: is about 2,500 pages and 1.3 GB. Real agreements are well under 1 MB; the 2,000-term
#: bench agreement is 1.0 MB. Above it, an accepted import could run for an hour and
#: exhaust memory.
MAX_PRINTED_BYTES = 5_000_000


def size_problem(request: PdfRequest) -> DocumentInvalid | None:
    """Why ``request`` is too large to print, before any work is done; or None."""
    size = len(request.config_json)
    if size <= MAX_PRINTED_BYTES:
        return None
    return DocumentInvalid([Problem(
        "content",
        f"is {size / 1_000_000:.1f} MB of text; a PDF is made of at most"
        f" {MAX_PRINTED_BYTES // 1_000_000} MB (about 2,500 pages): export the config"
        " alone, or move long texts out of the agreement")])


def render(request: PdfRequest, fetcher: AssetFetcher | None = None) -> RenderResult:
    """Render ``request``; ``fetcher`` may be given to watch what is fetched. Raises
    ``DocumentInvalid`` for an agreement too large to print (``size_problem``)."""
    too_large = size_problem(request)
    if too_large is not None:
        raise too_large
    progress = request.progress
    progress(0.0, "Preparing the document")
    if fetcher is None:
        fetcher = AssetFetcher(assets_dir(), request.drawings)
    html, stylesheet, fonts, html_length = _sources(request, fetcher)
    progress(layout_progress.START, "Laying out the pages")
    created = _created(request)
    attachment = Attachment(
        string=request.config_json,
        name=attachment_name(request),
        description="The agreement as a slaworkshop config file (format_version 1)",
        created=created,
        modified=created,
        relationship="Data",
    )

    def lay_out_and_write() -> tuple[bytes, int]:
        with layout_progress.page_progress(progress, html_length):
            laid_out = _pages(html, stylesheet, fonts)
            pdf = laid_out.write_pdf(
                pdf_variant=PDF_VARIANT,
                attachments=[attachment],
                uncompressed_pdf=False,
                finisher=_reserve_byte_digest,
            )
        return byte_digest.seal(pdf), len(laid_out.pages)

    pdf, pages = roomy_stack.call(lay_out_and_write)
    progress(1.0, "Done")
    return RenderResult(pdf=pdf, fetcher=fetcher, pages=pages)


def render_pdf(request: PdfRequest) -> bytes:
    """The agreement as PDF/A-3b bytes, the config JSON attached."""
    return render(request).pdf
