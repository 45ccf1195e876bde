"""verify, and the PDF half of export: the commands that read or write signed documents."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .main import EXIT_OK, CheckFailed, UsageError

if TYPE_CHECKING:
    from slaworkshop.models import AgreementFile
    from slaworkshop.services.reading import AgreementReader, VersionRef


def quiet_document_libraries() -> None:
    """pypdf and WeasyPrint log what they skip (a damaged trailer, a refused URL);
    we report what matters ourselves, one sentence per problem."""
    for name in ("pypdf", "weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def cmd_verify(args: argparse.Namespace) -> int:
    from slaworkshop.export.config_file import read_bounded
    from slaworkshop.export.verify import MAX_READ_BYTES, verify_bytes

    quiet_document_libraries()
    path = Path(args.file)
    try:
        data = read_bounded(path, MAX_READ_BYTES)  # a regular file only: a pipe would block
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    report = verify_bytes(data, path.name)
    # What could not be checked (a PDF of an earlier release has no byte digest) is
    # said either way, on stdout: it is no finding.
    for line in report.notes:
        print(f"note: {line}")
    if not report.ok:
        findings = report.findings or ("nothing recorded in the file to check against",)
        raise CheckFailed("\n".join(f"verify failed: {line}" for line in findings))
    for line in report.checked:
        print(f"ok: {line}")
    return EXIT_OK


def render_pdf_bytes(
    agreements: AgreementReader,
    agreement_id: str,
    ref: VersionRef,
    document: AgreementFile,
) -> bytes:
    """Render version ``ref`` as a PDF; progress on a terminal."""
    from slaworkshop.export.pdf import build_pdf_request, render_pdf

    quiet_document_libraries()

    def progress(done: float, message: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:4.0%} {message:<40}", end="", file=sys.stderr, flush=True)

    request = build_pdf_request(
        agreements, agreement_id, ref, document=document, progress=progress
    )
    pdf = render_pdf(request)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return pdf
