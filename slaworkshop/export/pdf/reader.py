"""Read back what a rendered agreement PDF carries: its attached files and the content
hash its footers print. Used by ``verify``; needs pypdf.

A PDF given to ``verify`` may be hostile: a file of a few kilobytes can name one stream
from thousands of pages or attachments, or inflate to gigabytes. pypdf bounds each
stream; this module bounds the whole: how many pages, how much drawing and font mapping
the text of the pages takes to read, how many attached files and bytes. The bounds are
counted, not timed, so a document verifies the same way on every machine.

The pages' bounds grow with the agreement the PDF carries: a config of 2,000 terms
makes a PDF of a few hundred pages, and one near the 20 MB limit makes thousands, all
of which must verify. Reading the pages is therefore a second step, after the caller
has found a valid config among the attachments and says how large it is; a PDF with
no valid config gets the base bounds, which a hostile file cannot raise.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader, apply_configuration
from pypdf.errors import DependencyError, PyPdfError
from pypdf.generic import DictionaryObject, StreamObject

#: The words before the hash in every page footer (see assets/document.css).
FOOTER_HASH_LABEL = "Content SHA-256"
_FOOTER_HASH = re.compile(re.escape(FOOTER_HASH_LABEL) + r"\s+([0-9a-f]{64})\b")

#: An agreement of 2,000 terms (the benchmarks' large one) renders to 292 pages that
#: hold 9 MB of drawing instructions (31 KB on the fullest page) and name 8 fonts with
#: 6 KB of maps per page: 11 MB of work by the count below, and 16 s to read its text on
#: a busy two-core machine. The bounds leave room for half as much again.
MAX_PAGES = 5_000
MAX_PAGE_BYTES = 1024 * 1024
MAX_TEXT_BYTES = 16 * 1024 * 1024
#: What each byte of the embedded config adds to those bounds. Our PDFs draw 10 to 20
#: bytes (and one page per 1.3 to 4 KB) for each byte of their config; the allowance
#: is twice that and more, so no PDF we render is ever refused. One page may hold all of
#: it: combining marks stack on one letter and take no room on the page (a name of one
#: letter and 19,999 accents drew 1.1 MB on one page, 22 bytes for each byte of config).
TEXT_BYTES_PER_CONFIG_BYTE = 40
CONFIG_BYTES_PER_PAGE = 500
#: What setting up one font costs pypdf, counted as bytes of drawing (0.8 ms).
FONT_COST = 512
#: An agreement PDF carries one attached file, its config (at most 20 MB).
MAX_ATTACHMENTS = 100
MAX_ATTACHED_BYTES = 64 * 1024 * 1024
MB = 1024 * 1024
ENCRYPTED = "the PDF is encrypted, so its contents cannot be checked"

#: A file's revisions, read from its bytes: each revision ends with ``startxref``, the
#: offset of its cross-reference section, and ``%%EOF``; the section is a classic table
#: (the keyword ``xref``) or a stream (``/Type /XRef``). WeasyPrint writes one of each.
#: An incremental update (pypdf's ``incremental=True``, a PDF editor's "save") appends
#: another revision that may replace any object, a page's drawing included. Our PDFs
#: compress every stream, so these words cannot stand in their text by accident.
_STARTXREF = re.compile(rb"(?<![A-Za-z])startxref\s+(\d+)")
_XREF_TABLE = re.compile(rb"(?<![A-Za-z])xref\s*[\r\n]")
_XREF_STREAM = re.compile(rb"/Type\s*/XRef(?![A-Za-z0-9#])")
_XREF_AT = re.compile(rb"\s*(?:xref(?![A-Za-z])|\d+\s+\d+\s+obj(?![A-Za-z]))")
#: How a revision ends: ``%%EOF`` and at most white space after it.
_EOF_AT_END = re.compile(rb"%%EOF[\x00\t\n\x0c\r ]*\Z")


#: What pypdf raises on a damaged or hostile file, besides its own errors: found by
#: mutating exported PDFs (an unknown filter name, "1 0 R" inside a content stream
#: trips an internal assertion) and by reading its parsers.
_PYPDF_TRIPS = (
    PyPdfError, DependencyError, ValueError, LookupError, TypeError, AttributeError,
    NotImplementedError, AssertionError, ArithmeticError, RecursionError, zlib.error,
    struct.error,
)


class UnreadablePdf(ValueError):
    """The bytes start like a PDF but pypdf cannot read them (``DamagedPdf``), or they
    are refused: encrypted, or reading them would take far more than any agreement PDF
    takes."""


class DamagedPdf(UnreadablePdf):
    """The bytes start like a PDF but pypdf cannot parse them: cut short, or damaged."""


@dataclass(frozen=True)
class OpenedPdf:
    """A PDF opened and its attachments read; its pages not yet."""

    reader: PdfReader
    attachments: dict[str, list[bytes]]  # file name → contents (a name may repeat)


def _stream_size(value: Any) -> int:
    if value is None:
        return 0
    stream = value.get_object()
    return len(stream.get_data()) if isinstance(stream, StreamObject) else 0


def _text_work(page: Any) -> tuple[int, int]:
    """Bytes pypdf parses to read a page's text: (its drawing, its drawing and fonts).

    pypdf maps every font a page names (its ToUnicode map) each time it reads the page,
    once per name, and reads a content stream again for every page that draws it.
    """
    content = page.get_contents()
    drawing = len(content.get_data()) if content is not None else 0
    fonts = 0
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    font_names = resources.get("/Font") if isinstance(resources, DictionaryObject) else None
    font_names = font_names.get_object() if font_names is not None else None
    if isinstance(font_names, DictionaryObject):
        for font in font_names.values():
            font = font.get_object()
            fonts += FONT_COST
            if isinstance(font, DictionaryObject):
                fonts += _stream_size(font.get("/ToUnicode"))
    return drawing, drawing + fonts


def _footer_hashes(reader: PdfReader, config_bytes: int) -> list[list[str]]:
    pages = len(reader.pages)
    max_pages = MAX_PAGES + config_bytes // CONFIG_BYTES_PER_PAGE
    max_text = MAX_TEXT_BYTES + config_bytes * TEXT_BYTES_PER_CONFIG_BYTE
    max_page = MAX_PAGE_BYTES + config_bytes * TEXT_BYTES_PER_CONFIG_BYTE
    if pages > max_pages:
        raise UnreadablePdf(
            f"the PDF has {pages:,} pages, more than the agreement it carries could fill"
            f" ({max_pages:,}), so it was not read"
        )
    total = 0
    for number, page in enumerate(reader.pages, start=1):
        drawing, work = _text_work(page)
        if drawing > max_page:
            raise UnreadablePdf(
                f"page {number} of the PDF holds {drawing / MB:.1f} MB of drawing"
                f" instructions, more than the agreement it carries could draw"
                f" (at most {max_page / MB:.1f} MB a page), so it was not read"
            )
        total += work
        if total > max_text:
            raise UnreadablePdf(
                f"the pages of the PDF hold more than {max_text / MB:.0f} MB of drawing"
                " instructions and font maps, more than the agreement it carries could"
                " fill, so they were not read"
            )
    # Form XObjects are left unread: the footer is drawn on the page itself, and a form
    # can be drawn thousands of times, each read again.
    with apply_configuration(xform_maximum_invocations_per_extraction=0):
        return [_FOOTER_HASH.findall(page.extract_text() or "") for page in reader.pages]


def later_revision(data: bytes) -> str | None:
    """Why the PDF is not as it was written in one go (the reason, worded to follow
    "the PDF was changed after it was written: "), or None.

    It is changed when it holds more than one revision (an update appended to it), when
    its one ``startxref`` does not lead to a cross-reference section (a reader then
    rebuilds the file's index from whatever objects it finds, appended ones included),
    or when it does not end with ``%%EOF`` (cut short, or bytes added after its end).
    A file rewritten whole into one new revision is not told apart from one we wrote.
    """
    starts = _STARTXREF.findall(data)
    sections = len(_XREF_TABLE.findall(data)) + len(_XREF_STREAM.findall(data))
    revisions = max(len(starts), sections)
    if revisions > 1:
        updates = revisions - 1
        return (f"it holds {revisions} revisions, the file as written and {updates}"
                f" update{'s' if updates > 1 else ''} appended to it")
    if not starts:
        return "it has no startxref, so a reader rebuilds its index from whatever it finds"
    offset = int(starts[-1])
    if offset >= len(data) or not _XREF_AT.match(data, offset):
        return ("its startxref does not lead to its cross-reference section, so a reader"
                " rebuilds its index from whatever it finds")
    if not _EOF_AT_END.search(data, max(0, len(data) - 1024)):
        return ("it does not end with %%EOF as a PDF does: it was cut short, or bytes were"
                " added after its end")
    return None


def _attachments(reader: PdfReader) -> dict[str, list[bytes]]:
    """Every attached file by its name, read one at a time within the bounds."""
    found: dict[str, list[bytes]] = {}
    total = 0
    for count, attached in enumerate(reader.attachment_list, start=1):
        if count > MAX_ATTACHMENTS:
            raise UnreadablePdf(
                f"the PDF has more than {MAX_ATTACHMENTS} attached files; an agreement PDF"
                " carries one, so it was not read"
            )
        body = attached.content
        total += len(body)
        if total > MAX_ATTACHED_BYTES:
            raise UnreadablePdf(
                f"the attached files of the PDF hold more than {MAX_ATTACHED_BYTES // MB} MB;"
                " an agreement PDF carries one config of at most 20 MB, so it was not read"
            )
        # One file specification may give its file two names (/F and /UF): one file.
        found.setdefault(attached.name, []).append(body)
    return found


def _open(data: bytes) -> OpenedPdf:
    try:
        reader = PdfReader(io.BytesIO(data))
    except DependencyError:
        # Opening an AES-256 PDF, pypdf tries the empty password, which needs the
        # cryptography package; opening reads nothing else that could need one.
        raise UnreadablePdf(ENCRYPTED) from None
    if reader.is_encrypted:
        raise UnreadablePdf(ENCRYPTED)
    return OpenedPdf(reader=reader, attachments=_attachments(reader))


def open_pdf(data: bytes) -> OpenedPdf:
    """The PDF with its attached files read, or ``UnreadablePdf`` (``DamagedPdf`` when
    pypdf cannot parse it)."""
    try:
        return _open(data)
    except UnreadablePdf:
        raise
    except _PYPDF_TRIPS as exc:
        raise _unreadable(exc) from exc


def footer_hashes(pdf: OpenedPdf, config_bytes: int = 0) -> list[list[str]]:
    """Per page, the content hashes its footer prints, or ``UnreadablePdf``.

    ``config_bytes`` is the size of the valid agreement config the PDF carries (0 if
    none): the pages may hold as much as such an agreement fills, and no more.
    """
    try:
        return _footer_hashes(pdf.reader, config_bytes)
    except UnreadablePdf:
        raise
    except _PYPDF_TRIPS as exc:
        raise _unreadable(exc) from exc


def _unreadable(exc: BaseException) -> DamagedPdf:
    # pypdf reports a damaged file through several exception types.
    return DamagedPdf(f"the PDF is damaged: it cannot be read ({type(exc).__name__}: {exc})")
