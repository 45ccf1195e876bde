"""The agreement as a PDF/A-3b document with its config attached (Jinja2 + WeasyPrint).

``render_pdf(request)`` renders; ``build_pdf_request(service, agreement_id, ref)``
collects a request from the services. Importing this package imports WeasyPrint
(about half a second): callers that only sometimes render should import it lazily.
"""

from .collect import build_pdf_request, config_bytes_for
from .render import PDF_VARIANT, RenderResult, attachment_name, render, render_html, render_pdf
from .request import ChangeRow, HistoryEntry, PdfRequest, PreviousVersion, ProgressCallback

__all__ = [
    "PDF_VARIANT",
    "ChangeRow",
    "HistoryEntry",
    "PdfRequest",
    "PreviousVersion",
    "ProgressCallback",
    "RenderResult",
    "attachment_name",
    "build_pdf_request",
    "config_bytes_for",
    "render",
    "render_html",
    "render_pdf",
]
