"""Read back what a rendered agreement PDF carries: its attached files and the content
hash its footers print. Used by ``verify``; needs pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PyPdfError

#: The words before the hash in every page footer (see assets/document.css).
FOOTER_HASH_LABEL = "Content SHA-256"
_FOOTER_HASH = re.compile(re.escape(FOOTER_HASH_LABEL) + r"\s+([0-9a-f]{64})\b")


class UnreadablePdf(ValueError):
    """The bytes start like a PDF but pypdf cannot read them."""


@dataclass(frozen=True)
class PdfContents:
    attachments: dict[str, list[bytes]]  # file name → contents (a name may repeat)
    footer_hashes: list[list[str]]  # per page, the hashes printed after the label
    pages: int


def _read(data: bytes) -> PdfContents:
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise UnreadablePdf("the PDF is encrypted, so its contents cannot be checked")
    attachments = {name: list(contents) for name, contents in reader.attachments.items()}
    hashes = [_FOOTER_HASH.findall(page.extract_text() or "") for page in reader.pages]
    return PdfContents(attachments=attachments, footer_hashes=hashes, pages=len(hashes))


def read_pdf(data: bytes) -> PdfContents:
    """The attachments and printed footer hashes of a PDF, or ``UnreadablePdf``."""
    try:
        return _read(data)
    except UnreadablePdf:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        # pypdf reports a damaged file through several exception types.
        raise UnreadablePdf(f"the PDF cannot be read ({type(exc).__name__}: {exc})") from exc
