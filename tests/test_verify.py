"""``verify``: a config or an agreement PDF against the content hash it claims."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter

from slaworkshop.export.config_file import build_file, dump_json, dump_yaml, read_config
from slaworkshop.export.pdf import PdfRequest, config_bytes_for, render_pdf
from slaworkshop.export.verify import verify_bytes
from slaworkshop.models import (
    AgreementFile,
    DocumentInvalid,
    Signature,
    VersionInfo,
    content_sha256,
)

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "northwind-agreement.yaml"
AGREEMENT_ID = "6d1f4c0e-3a52-4c55-9d0e-5b7f2d3e9a11"


def _signed() -> AgreementFile:
    """The example as a signed version: every one of its three signatories signed."""
    content = read_config(EXAMPLE.read_bytes(), EXAMPLE.name).content
    sha = content_sha256(content)
    return AgreementFile(
        format="slaworkshop/agreement",
        format_version=1,
        agreement_id=AGREEMENT_ID,
        version=VersionInfo(number=3, status="signed", label="",
                            created_at="2026-06-12T15:04:05Z"),
        content_sha256=sha,
        content=content,
        signatures=[
            Signature(stakeholder=key, name=name, signed_at="2026-06-12T16:00:00Z",
                      content_sha256=sha)
            for key, name in (("priya", "Priya Natarajan"), ("jordan", "Jordan Okafor"),
                              ("sam", "Sam Whitfield"))
        ],
    )


def _config(document: AgreementFile) -> dict[str, Any]:
    return build_file(document.content, agreement_id=document.agreement_id,
                      version=document.version, signatures=document.signatures)


@pytest.fixture(scope="module")
def document() -> AgreementFile:
    return _signed()


@pytest.fixture(scope="module")
def pdf(document: AgreementFile) -> bytes:
    return render_pdf(PdfRequest(document=document, config_json=config_bytes_for(document)))


def _with_attachment(pdf: bytes, body: bytes) -> bytes:
    """The PDF with its embedded config's bytes replaced, as a tamperer would."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    (attached,) = list(writer.attachment_list)
    attached.content = body
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- configs ---------------------------------------------------------------------------


@pytest.mark.parametrize("dump, name", [(dump_json, "a.json"), (dump_yaml, "a.yaml")])
def test_an_untouched_export_verifies(document: AgreementFile, dump: Any, name: str) -> None:
    report = verify_bytes(dump(_config(document)), name)
    assert report.ok
    assert report.kind == "config"
    assert report.findings == ()
    assert report.content_sha256 == document.content_sha256
    assert report.checked == (
        f"the content hash recorded in the file matches its content"
        f" ({document.content_sha256[:12]}…)",  # type: ignore[index]
        "the signature of priya (Priya Natarajan) covers this content",
        "the signature of jordan (Jordan Okafor) covers this content",
        "the signature of sam (Sam Whitfield) covers this content",
        "the version is signed by every signatory of the agreement, once each, and by"
        " nobody else",
    )


def test_a_changed_value_breaks_the_hash_and_every_signature(document: AgreementFile) -> None:
    data = _config(document)
    data["content"]["sla_windows"][0]["within"] = "PT8H"
    report = verify_bytes(dump_json(data), "a.json")
    old = document.content_sha256 or ""
    new = report.content_sha256 or ""
    assert not report.ok
    assert new != old
    assert report.findings == (
        f"the content hash recorded in the file ({old[:12]}…) does not match its content"
        f" ({new[:12]}…)",
        f"the signature of priya covers content {old[:12]}…, not this content {new[:12]}…",
        f"the signature of jordan covers content {old[:12]}…, not this content {new[:12]}…",
        f"the signature of sam covers content {old[:12]}…, not this content {new[:12]}…",
    )


def test_a_signature_over_other_content_is_named(document: AgreementFile) -> None:
    data = _config(document)
    data["signatures"][1]["content_sha256"] = "f" * 64
    report = verify_bytes(dump_json(data), "a.json")
    sha = document.content_sha256 or ""
    assert not report.ok
    assert report.findings == (
        f"the signature of jordan covers content ffffffffffff…, not this content {sha[:12]}…",
    )


def test_a_file_with_nothing_recorded_fails(document: AgreementFile) -> None:
    # The example as written by hand: no hash, no signatures.
    report = verify_bytes(EXAMPLE.read_bytes(), EXAMPLE.name)
    assert not report.ok
    assert report.findings == (
        "the file records no content hash and no signatures, so there is nothing to check",
    )


def test_a_file_that_is_no_agreement_is_bad_input() -> None:
    with pytest.raises(DocumentInvalid) as caught:
        verify_bytes(b'{"format": "something/else"}', "x.json")
    assert "format" in str(caught.value)


# -- PDFs ------------------------------------------------------------------------------


def test_an_untouched_pdf_verifies(pdf: bytes, document: AgreementFile) -> None:
    report = verify_bytes(pdf, "agreement.pdf")
    assert report.ok, report.findings
    assert report.kind == "pdf"
    assert report.content_sha256 == document.content_sha256
    assert "the hash printed in the PDF equals the embedded config's" in report.checked


def test_a_pdf_whose_embedded_config_was_edited_fails(pdf: bytes, document: AgreementFile) -> None:
    data = _config(document)
    data["content"]["terms"][0]["agreed_definition"] = "Anyone at all."
    report = verify_bytes(_with_attachment(pdf, dump_json(data)), "agreement.pdf")
    old = document.content_sha256 or ""
    new = report.content_sha256 or ""
    assert not report.ok
    assert report.findings == (
        f"the content hash recorded in the embedded config ({old[:12]}…) does not match"
        f" its content ({new[:12]}…)",
        f"the signature of priya covers content {old[:12]}…, not this content {new[:12]}…",
        f"the signature of jordan covers content {old[:12]}…, not this content {new[:12]}…",
        f"the signature of sam covers content {old[:12]}…, not this content {new[:12]}…",
        f"the hash printed in the PDF ({old[:12]}…) differs from the embedded config's"
        f" content hash ({new[:12]}…)",
    )


def test_a_pdf_with_a_consistent_but_different_config_fails_on_the_printed_hash(
    pdf: bytes, document: AgreementFile
) -> None:
    # A careful tamperer recomputes the recorded hash, drops the signatures and calls the
    # version proposed: the pages still print the hash of what was rendered.
    other = document.content.model_copy(update={"title": "A different agreement"})
    proposed = document.version.model_copy(update={"status": "proposed"})  # type: ignore[union-attr]
    body = dump_json(build_file(other, agreement_id=AGREEMENT_ID, version=proposed))
    report = verify_bytes(_with_attachment(pdf, body), "agreement.pdf")
    printed = document.content_sha256 or ""
    new = content_sha256(other)
    assert report.findings == (
        f"the hash printed in the PDF ({printed[:12]}…) differs from the embedded config's"
        f" content hash ({new[:12]}…)",
    )


def test_a_pdf_whose_embedded_file_is_not_a_valid_agreement_fails(pdf: bytes) -> None:
    body = json.dumps({"format": "slaworkshop/agreement", "format_version": 1}).encode()
    report = verify_bytes(_with_attachment(pdf, body), "agreement.pdf")
    assert not report.ok
    (finding,) = report.findings
    assert finding.startswith("the embedded config agreement-6d1f4c0e-v3.json is not a valid")
    assert "content: is required" in finding


def test_a_pdf_that_is_no_agreement_has_nothing_to_check() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_attachment("notes.json", b'{"hello": "world"}')
    out = io.BytesIO()
    writer.write(out)
    report = verify_bytes(out.getvalue(), "other.pdf")
    assert not report.ok
    assert report.findings == (
        "the PDF carries no embedded agreement config, so there is nothing to check",
    )


def test_a_damaged_pdf_is_bad_input(pdf: bytes) -> None:
    with pytest.raises(DocumentInvalid) as caught:
        verify_bytes(pdf[: len(pdf) // 3], "broken.pdf")
    assert "PDF" in str(caught.value)


# -- PDFs changed after they were written ----------------------------------------------


def _painted_over(pdf: bytes) -> bytes:
    """An incremental update, as a PDF editor saves one: page 1 painted white and given
    new text. The attachment and every footer are left as they were."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject

    writer = PdfWriter(PdfReader(io.BytesIO(pdf)), incremental=True)
    page = writer.pages[0]

    def stream(data: bytes) -> Any:
        made = DecodedStreamObject()
        made.set_data(data)
        return writer._add_object(made)

    drawn = page["/Contents"]
    page[NameObject("/Contents")] = ArrayObject(
        [stream(b"q"), *(drawn if isinstance(drawn, ArrayObject) else [drawn]),
         stream(b"Q 1 1 1 rg 0 300 595 400 re f")]
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_updated_after_it_was_written_fails(pdf: bytes, document: AgreementFile) -> None:
    tampered = _painted_over(pdf)
    assert tampered.startswith(pdf)  # the signed file is still there, an update after it
    report = verify_bytes(tampered, "agreement.pdf")
    assert not report.ok
    assert report.findings == (
        "the PDF was changed after it was written: it holds 2 revisions, the file as written"
        " and 1 update appended to it; its pages may no longer show what was signed",
    )
    # The rest still holds: the update left the attachment and the footers alone.
    assert "the hash printed in the PDF equals the embedded config's" in report.checked
    assert report.content_sha256 == document.content_sha256


def test_an_untouched_pdf_says_it_holds_one_revision(pdf: bytes) -> None:
    assert verify_bytes(pdf, "agreement.pdf").checked[-1] == (
        "the PDF holds the one revision it was written in (no later update)"
    )


def test_a_pdf_whose_startxref_leads_nowhere_fails(pdf: bytes) -> None:
    # Objects appended without an index of their own, and the index's offset broken so
    # that a reader rebuilds it from every object it finds, the appended ones last.
    offset = pdf.rindex(b"startxref") + len(b"startxref\n")
    end = pdf.index(b"\n", offset)
    wrong = b"%0*d" % (end - offset, int(pdf[offset:end]) - 7)
    report = verify_bytes(pdf[:offset] + wrong + pdf[end:], "agreement.pdf")
    assert report.findings[0] == (
        "the PDF was changed after it was written: its startxref does not lead to its"
        " cross-reference section, so a reader rebuilds its index from whatever it finds;"
        " its pages may no longer show what was signed"
    )
    assert not report.ok


def test_verify_of_an_updated_pdf_exits_1_with_the_reason(
    pdf: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slaworkshop.cli.main import main

    path = tmp_path / "agreement.pdf"
    path.write_bytes(_painted_over(pdf))
    before = path.read_bytes()
    assert main(["verify", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "slaworkshop: verify failed: the PDF was changed after it was written: it holds 2"
        " revisions, the file as written and 1 update appended to it; its pages may no"
        " longer show what was signed\n"
    )
    assert path.read_bytes() == before


# -- signatures checked against the agreement they sign ----------------------------------


def _signature(key: str, name: str, sha: str) -> dict[str, Any]:
    return {"stakeholder": key, "name": name, "signed_at": "2026-06-12T17:00:00Z",
            "content_sha256": sha, "role": ""}


def _resigned(document: AgreementFile, case: str) -> dict[str, Any]:
    """The signed example's config with its signatures changed as ``case`` says."""
    data = _config(document)
    sha = document.content_sha256 or ""
    signatures = data["signatures"]
    if case == "non-signatory":
        signatures[1] = _signature("lee", "Lee Andersen", sha)  # in place of jordan
    elif case == "missing":
        del signatures[2]
    elif case == "twice":
        signatures.append(dict(signatures[0]))
    elif case == "unknown":
        signatures[1] = _signature("zed", "Zed Nobody", sha)
    elif case == "saved":
        data["version"]["status"] = "saved"
    return data


SIGNATURE_FINDINGS = {
    "non-signatory": (
        "the signature of lee (Lee Andersen) is by a stakeholder who is not a signatory of"
        " the agreement",
        "the version is signed, but the signature of jordan (Jordan Okafor), a signatory,"
        " is missing",
    ),
    "missing": (
        "the version is signed, but the signature of sam (Sam Whitfield), a signatory, is"
        " missing",
    ),
    "twice": ("the file holds 2 signatures of priya; a signatory signs a version once",),
    "unknown": (
        "the signature of zed names no stakeholder of the agreement",
        "the version is signed, but the signature of jordan (Jordan Okafor), a signatory,"
        " is missing",
    ),
    "saved": (
        "the version is saved, yet it carries 3 signatures; only a proposed, signed or"
        " superseded version carries signatures",
    ),
}


@pytest.mark.parametrize("case", sorted(SIGNATURE_FINDINGS))
def test_a_config_whose_signatures_do_not_fit_its_agreement_fails(
    document: AgreementFile, case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slaworkshop.cli.main import main

    body = dump_json(_resigned(document, case))
    report = verify_bytes(body, "a.json")
    assert not report.ok
    assert report.findings == SIGNATURE_FINDINGS[case]
    path = tmp_path / "a.json"
    path.write_bytes(body)
    assert main(["verify", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [f"slaworkshop: verify failed: {line}"
                                for line in SIGNATURE_FINDINGS[case]]


@pytest.mark.parametrize("case", ["non-signatory", "missing", "twice", "unknown"])
def test_a_pdf_whose_signatures_do_not_fit_its_agreement_fails(
    pdf: bytes, document: AgreementFile, case: str
) -> None:
    body = dump_json(_resigned(document, case))
    report = verify_bytes(_with_attachment(pdf, body), "agreement.pdf")
    assert report.findings == tuple(
        finding.replace("the file holds", "the embedded config holds")
        for finding in SIGNATURE_FINDINGS[case])


def test_a_proposed_version_may_lack_signatures(document: AgreementFile) -> None:
    data = _resigned(document, "missing")
    data["version"]["status"] = "proposed"
    report = verify_bytes(dump_json(data), "a.json")
    assert report.ok, report.findings
    assert report.checked[-1] == "every signature is by a signatory of the agreement, once each"


def test_a_signature_that_is_no_signature_is_still_bad_input(
    document: AgreementFile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slaworkshop.cli.main import main

    data = _config(document)
    del data["signatures"][0]["signed_at"]
    path = tmp_path / "a.json"
    path.write_bytes(dump_json(data))
    assert main(["verify", str(path)]) == 2
    assert capsys.readouterr().err == "slaworkshop: error: signatures[0].signed_at: is required\n"
