"""What a PDF is rendered from: the draft as typed, or a saved version.

Each function returns a builder that runs in the render worker (reading the store and
collecting the history there too) and is handed the worker's progress callback.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Literal

from slaworkshop.models import Content, content_sha256

from .render_worker import RequestBuilder

if TYPE_CHECKING:
    from slaworkshop.export.pdf import PdfRequest, ProgressCallback
    from slaworkshop.services.reading import AgreementReader


def draft_source(service: AgreementReader, agreement_id: str, content: Content) -> RequestBuilder:
    """The draft exactly as it is on screen, even if autosave has not written it yet."""

    def build(progress: ProgressCallback) -> PdfRequest:
        from slaworkshop.export.pdf import build_pdf_request, config_bytes_for
        from slaworkshop.export.pdf.collect import change_rows

        request = build_pdf_request(service, agreement_id, "draft", progress=progress)
        document = request.document.model_copy(
            update={"content": content, "content_sha256": content_sha256(content)}
        )
        previous = request.previous_signed
        return dataclasses.replace(
            request,
            document=document,
            config_json=config_bytes_for(document),
            changes=None if previous is None else change_rows(previous, content),
        )

    return build


def version_source(service: AgreementReader, agreement_id: str,
                   ref: int | Literal["draft"] | None) -> RequestBuilder:
    """Version ``ref``; ``"draft"``: the saved draft; None: the latest version, or the
    draft when none is saved."""

    def build(progress: ProgressCallback) -> PdfRequest:
        from slaworkshop.export.pdf import build_pdf_request

        return build_pdf_request(service, agreement_id, ref, progress=progress)

    return build
