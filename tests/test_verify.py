"""``verify``: a config or an agreement PDF against the content hash it claims."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter

from slaworkshop.export import byte_digest
from slaworkshop.export.config_file import build_file, dump_json, dump_yaml, read_config
from slaworkshop.export.pdf import PdfRequest, config_bytes_for, render_pdf
from slaworkshop.export.verify import PAGES_NOT_READ, verify_bytes
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


def _resealed(pdf: bytes) -> bytes:
    """The PDF with the digest of its bytes computed again, as a careful tamperer would:
    nothing signs it with a key (the limit the README states)."""
    start = pdf.index(b"/SlaworkshopFileSHA256 (") + len(b"/SlaworkshopFileSHA256 (")
    return byte_digest.seal(pdf[:start] + b"0" * 64 + pdf[start + 64:])


def _without_digest(pdf: bytes) -> bytes:
    """The PDF as an earlier release wrote it: no digest entry (renamed, same length)."""
    start = pdf.index(b"/SlaworkshopFileSHA256 (")
    end = start + len(b"/SlaworkshopFileSHA256 (") + 64
    return pdf[:start] + b"/SlaworkshopOtherEntry (" + b"x" * 64 + pdf[end:]


def _with_attachment(pdf: bytes, body: bytes, *, reseal: bool = True) -> bytes:
    """The PDF with its embedded config's bytes replaced, as a tamperer would, and its
    byte digest recomputed (unless ``reseal`` is False): what the other checks see."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    (attached,) = list(writer.attachment_list)
    attached.content = body
    out = io.BytesIO()
    writer.write(out)
    return _resealed(out.getvalue()) if reseal else out.getvalue()


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


def test_a_superseded_version_is_said_to_have_been_signed(document: AgreementFile) -> None:
    assert document.version is not None
    version = document.version.model_copy(update={"status": "superseded"})
    data = _config(document.model_copy(update={"version": version}))
    report = verify_bytes(dump_json(data), "a.json")
    assert report.ok
    assert report.checked[-1] == (  # it read "the version is superseded by every signatory"
        "the version, now superseded, was signed by every signatory of the agreement, once"
        " each, and by nobody else")


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


@pytest.mark.parametrize("extra", ["evil.yaml", "notes.txt"])
def test_a_pdf_carrying_another_file_beside_its_config_fails(
        pdf: bytes, document: AgreementFile, extra: str) -> None:
    """A second config attached under a name that is not .json (or any other file) was
    not looked at: verify passed the PDF once its byte digest was recomputed."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    tampered = _config(document)
    tampered["content"]["title"] = "Another agreement"
    writer.add_attachment(extra, json.dumps(tampered).encode())
    out = io.BytesIO()
    writer.write(out)
    report = verify_bytes(_resealed(out.getvalue()), "agreement.pdf")
    assert not report.ok
    assert (f"the PDF carries 1 attached file besides its config ({extra}); an agreement PDF"
            " carries its config alone") in report.findings


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
    # A careful tamperer recomputes the recorded hash and the byte digest, drops the
    # signatures and calls the version proposed: the pages still print the hash of what
    # was rendered.
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


def test_a_damaged_pdf_is_a_failed_check(pdf: bytes) -> None:
    # It starts as a PDF does, so it is a PDF that is not as it was written (exit 1), not
    # bad input; cut before its byte digest, it has none left to say more.
    from slaworkshop.export.verify import NO_BYTE_DIGEST_DAMAGED

    report = verify_bytes(pdf[: len(pdf) // 3], "broken.pdf")
    assert not report.ok
    assert report.findings[0].startswith("the PDF is damaged: it cannot be read (")
    assert report.notes == (NO_BYTE_DIGEST_DAMAGED,)
    assert report.content_sha256 is None


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
        "the PDF was changed after export: its bytes do not match the digest written into it",
        "the PDF was changed after it was written: it holds 2 revisions, the file as written"
        " and 1 update appended to it; its pages may no longer show what was signed",
    )
    # The rest still holds: the update left the attachment alone.
    assert report.content_sha256 == document.content_sha256
    # Without the digest (a PDF of an earlier release) the revisions alone tell.
    report = verify_bytes(_painted_over(_without_digest(pdf)), "agreement.pdf")
    assert report.findings == (
        "the PDF was changed after it was written: it holds 2 revisions, the file as written"
        " and 1 update appended to it; its pages may no longer show what was signed",
    )
    assert "the hash printed in the PDF equals the embedded config's" in report.checked


def _footer_hash_taken_off(pdf: bytes, page_number: int) -> bytes:
    """The PDF with the footer line that prints the content hash taken off one page (the
    one text-drawing instruction whose removal takes the hash off it), written again as
    one revision and resealed: every other check still holds."""
    import re

    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    page = writer.pages[page_number - 1]
    drawn = page.get_contents().get_data()  # type: ignore[union-attr]
    stream = DecodedStreamObject()
    page[NameObject("/Contents")] = writer._add_object(stream)
    sha = re.compile(r"\b[0-9a-f]{64}\b")
    for shown in re.finditer(rb"\[[^\]]*\]\s*TJ", drawn):
        stream.set_data(drawn[:shown.start()] + drawn[shown.end():])
        if not sha.search(page.extract_text()):
            break
    else:
        raise AssertionError(f"no single line prints the hash on page {page_number}")
    out = io.BytesIO()
    writer.write(out)
    return _resealed(out.getvalue())


def test_a_pdf_with_the_hash_missing_from_one_page_s_footer_fails(
        pdf: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A page swapped for one printed from other content carries no footer hash of this
    # content: every page must print it, not just one.
    from slaworkshop.cli.main import main

    tampered = _footer_hash_taken_off(pdf, 2)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(tampered)).pages]
    assert len(pages) > 2
    assert [("Content SHA-256" in text) for text in pages[:3]] == [True, False, True]
    report = verify_bytes(tampered, "agreement.pdf")
    assert not report.ok
    assert report.findings == ("the content hash is missing from the footer of page 2",)
    # the rest holds: the byte digest (recomputed), the config, the other pages' hash
    assert "the hash printed in the PDF equals the embedded config's" in report.checked
    path = tmp_path / "agreement.pdf"
    path.write_bytes(tampered)
    assert main(["verify", str(path)]) == 1
    _out, err = capsys.readouterr()
    assert err == (
        "slaworkshop: verify failed: the content hash is missing from the footer of page 2\n")


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
    report = verify_bytes(_resealed(pdf[:offset] + wrong + pdf[end:]), "agreement.pdf")
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
    assert out == f"note: {PAGES_NOT_READ}\n"
    assert err == (
        "slaworkshop: verify failed: the PDF was changed after export: its bytes do not match"
        " the digest written into it\n"
        "slaworkshop: verify failed: the PDF was changed after it was written: it holds 2"
        " revisions, the file as written and 1 update appended to it; its pages may no"
        " longer show what was signed\n"
    )
    assert path.read_bytes() == before


# -- the digest of the PDF's own bytes -------------------------------------------------

FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: Exported by the release before the byte digest (see the fixture's commit).
EARLIER_PDF = FIXTURES / "signed-before-byte-digest.pdf"
ENTRY = b"/SlaworkshopFileSHA256 ("
CHANGED = "the PDF was changed after export: its bytes do not match the digest written into it"


def _ready_signed(**changes: Any) -> AgreementFile:
    """The small READY agreement (with ``changes``), version 1 signed by both its
    signatories."""
    from agreements import ready

    from slaworkshop.models import Content

    content = Content.model_validate(ready(**changes))
    sha = content_sha256(content)
    return AgreementFile(
        format="slaworkshop/agreement", format_version=1, agreement_id=AGREEMENT_ID,
        version=VersionInfo(number=1, status="signed", label="",
                            created_at="2026-06-12T15:04:05Z"),
        content_sha256=sha, content=content,
        signatures=[Signature(stakeholder=key, name=name, signed_at="2026-06-12T16:00:00Z",
                              content_sha256=sha)
                    for key, name in (("dana", "Dana Marketing"), ("sam", "Sam Sales"))],
    )


@pytest.fixture(scope="module")
def small_pdf() -> bytes:
    document = _ready_signed()
    return render_pdf(PdfRequest(document=document, config_json=config_bytes_for(document)))


def test_the_digest_stands_in_the_plain_bytes_and_in_the_document_information(
    small_pdf: bytes,
) -> None:
    # Written once, outside the compressed object stream, so that verify finds it in the
    # raw bytes; it is the SHA-256 of the file with its own 64 digits as zeros.
    import hashlib

    assert small_pdf.count(ENTRY) == 1
    start = small_pdf.index(ENTRY) + len(ENTRY)
    written = small_pdf[start:start + 64].decode()
    assert small_pdf[start + 64:start + 65] == b")"
    zeroed = small_pdf[:start] + b"0" * 64 + small_pdf[start + 64:]
    assert written == hashlib.sha256(zeroed).hexdigest()
    # In a dictionary of its own, which the catalog refers to; the document information
    # stays in the compressed object stream.
    reader = PdfReader(io.BytesIO(small_pdf))
    holder = reader.trailer["/Root"]["/SlaworkshopFileDigest"].get_object()
    assert dict(holder) == {"/SlaworkshopFileSHA256": written}
    assert reader.metadata is not None
    assert "/SlaworkshopFileSHA256" not in reader.metadata
    assert reader.metadata.title is not None
    assert reader.metadata.title.encode() not in small_pdf
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    report = verify_bytes(small_pdf, "agreement.pdf")
    assert report.ok, report.findings
    assert report.checked[0] == (
        f"the PDF's bytes match the digest written into it at export ({written[:12]}…)")
    assert report.notes == ()


#: Text a user may type that reads, in a PDF's plain bytes, as its structure: the words
#: of a revision's end, the digest's entry, its placeholder and a digest's shape.
LOOKALIKES = (
    "startxref 12",
    "/Type /XRef",
    "%%EOF",
    "/SlaworkshopFileSHA256",
    "(" + "0" * 64 + ")",
    "(" + "3f" * 32 + ")",
)


def _outside_streams(pdf: bytes) -> bytes:
    """The PDF's bytes with the body of every stream left out: what stands as written."""
    import re

    return re.sub(rb"stream\r?\n.*?endstream", b"stream endstream", pdf, flags=re.S)


@pytest.mark.parametrize("lookalike", LOOKALIKES)
def test_user_text_that_looks_like_pdf_structure_verifies(
    lookalike: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The title, organization and term names are the user's: none of them stands in
    the file's plain bytes, so none is taken for the digest's entry (export would fail)
    or for a second revision (verify would fail)."""
    from agreements import READY

    from slaworkshop.cli.main import main
    from slaworkshop.export.pdf.reader import later_revision

    title = f"Q3 {lookalike} review"
    organization = f"Acme {lookalike} Inc"
    terms = [dict(READY["terms"][0], name=f"MQL {lookalike}")]
    document = _ready_signed(title=title, organization=organization, terms=terms)
    data = render_pdf(PdfRequest(document=document, config_json=config_bytes_for(document)))
    for text in (title, organization, f"MQL {lookalike}"):
        assert text.encode() not in data
    plain = _outside_streams(data)
    assert lookalike.encode() not in plain.replace(ENTRY, b"").replace(
        b"\nstartxref\n", b"").replace(b"\n%%EOF\n", b"").replace(b"/Type /XRef/", b"")
    assert data.count(b"SlaworkshopFileSHA256") == 1
    assert later_revision(data) is None
    path = tmp_path / "agreement.pdf"
    path.write_bytes(data)
    assert main(["verify", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "ok: the PDF's bytes match the digest written into it at export" in out


@pytest.mark.slow
def test_every_single_byte_change_breaks_the_digest(small_pdf: bytes) -> None:
    """Every byte of the file, each changed in turn: the raw-bytes check, which verify
    runs first, finds the digest and says it does not match."""
    from slaworkshop.export import byte_digest

    assert byte_digest.check(small_pdf) == byte_digest.DigestCheck(
        found=True, digest=byte_digest.check(small_pdf).digest)
    changed = bytearray(small_pdf)
    for position in range(len(small_pdf)):
        original = changed[position]
        changed[position] = original ^ (1 << (position % 8))
        result = byte_digest.check(bytes(changed))
        changed[position] = original
        assert result.found and result.problem is not None, position


def _positions(size: int, start: int) -> list[int]:
    """A seeded sample of 300 over the whole file, and every byte of its first line, of the
    digest entry and around it, and of its end."""
    import random

    sample = set(random.Random(20260612).sample(range(size), 300))
    sample |= set(range(8)) | set(range(size - 12, size))
    sample |= set(range(start - len(ENTRY) - 2, start + 66, 3))
    return sorted(sample)


@pytest.mark.slow
def test_verify_exits_1_for_a_pdf_with_any_byte_changed(
    small_pdf: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The contract: a one-byte change is a failed check, never a pass and never bad
    input, however the changed file would parse. Through the command, on ~350 bytes."""
    from slaworkshop.cli.main import main

    start = small_pdf.index(ENTRY) + len(ENTRY)
    path = tmp_path / "agreement.pdf"
    outcomes: dict[int, tuple[int, str]] = {}
    for position in _positions(len(small_pdf), start):
        changed = bytearray(small_pdf)
        changed[position] ^= 1 << (position % 8)
        path.write_bytes(bytes(changed))
        code = main(["verify", str(path)])
        err = capsys.readouterr().err
        outcomes[position] = (code, err.splitlines()[0] if err else "")
    wrong = {p: o for p, o in outcomes.items() if o[0] != 1}
    assert wrong == {}
    firsts = {first for _code, first in outcomes.values()}
    assert firsts <= {
        f"slaworkshop: verify failed: {CHANGED}",
        "slaworkshop: verify failed: the PDF was changed after export: the digest of its bytes"
        " written into it is damaged",
    }, firsts


def test_a_pdf_cut_short_or_added_to_fails_on_its_digest(small_pdf: bytes) -> None:
    for changed in (small_pdf[:-1], small_pdf + b"\n", small_pdf + b"%% a comment\n"):
        report = verify_bytes(changed, "agreement.pdf")
        assert report.findings[0] == CHANGED


def test_a_changed_pdf_that_cannot_be_read_is_a_failed_check(small_pdf: bytes) -> None:
    # With a digest, a damaged PDF is first a file changed after export; why it cannot
    # be read says more. Cut off after the digest: the index at the end of the file is gone.
    cut = small_pdf.index(ENTRY) + 200
    report = verify_bytes(small_pdf[:cut], "broken.pdf")
    assert report.findings[0] == CHANGED
    assert report.findings[1].startswith("the PDF is damaged: it cannot be read ("), (
        report.findings)
    assert report.notes == ()


DAMAGED = "slaworkshop: verify failed: the PDF is damaged: it cannot be read ("


@pytest.mark.parametrize("which", ["exported", "earlier release"])
def test_verify_exits_1_for_a_pdf_cut_short_anywhere(
    which: str, small_pdf: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cut at every 1/50th of the file: before the digest (about 90% in) the file holds
    none any more, after it the digest differs; either way it is a failed check (exit
    1) that says so, never bad input (exit 2) and never a pass."""
    from slaworkshop.cli.main import main

    data = small_pdf if which == "exported" else EARLIER_PDF.read_bytes()
    path = tmp_path / "agreement.pdf"
    digest_at = data.find(ENTRY)
    outcomes: dict[int, tuple[int, str]] = {}
    for fiftieth in range(1, 50):
        cut = len(data) * fiftieth // 50
        path.write_bytes(data[:cut])
        code = main(["verify", str(path)])
        err = capsys.readouterr().err
        outcomes[cut] = (code, err.splitlines()[0] if err else "")
    assert {cut: outcome for cut, outcome in outcomes.items() if outcome[0] != 1} == {}
    entry_end = digest_at + len(ENTRY) + 65
    for cut, (_code, first) in outcomes.items():
        if digest_at >= 0 and cut >= entry_end:
            assert first == f"slaworkshop: verify failed: {CHANGED}", (cut, first)
        elif digest_at < 0 or cut <= digest_at:
            assert first.startswith(DAMAGED), (cut, first)
    if which == "exported":
        assert any(cut >= entry_end for cut in outcomes)


def test_a_pdf_without_a_digest_cut_at_its_end_or_added_to_fails() -> None:
    """Without a digest, the last bytes of an earlier release's PDF are still checked: it
    ends with ``%%EOF``, and only a line break after it may come or go."""
    data = EARLIER_PDF.read_bytes()
    assert data.endswith(b"\nstartxref\n48864\n%%EOF\n")
    for changed in [data[:-cut] for cut in range(2, 30)] + [data + b"junk", data + b"\n%%"]:
        report = verify_bytes(changed, "agreement.pdf")
        assert not report.ok and report.findings[0].startswith((
            "the PDF is damaged: it cannot be read (",
            "the PDF was changed after it was written: it does not end with %%EOF as a PDF"
            " does: it was cut short, or bytes were added after its end")), report.findings
    for same in (data[:-1], data + b"\r\n"):
        assert verify_bytes(same, "agreement.pdf").ok


def test_a_file_that_starts_as_a_pdf_and_is_none_is_a_failed_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slaworkshop.cli.main import main

    path = tmp_path / "agreement.pdf"
    path.write_bytes(b"%PDF-1.7\nnot a PDF after all\n")
    assert main(["verify", str(path)]) == 1
    assert capsys.readouterr().err.startswith(DAMAGED)


def test_bad_input_is_still_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is no PDF and no config, a missing file, a malformed config."""
    from slaworkshop.cli.main import main

    cases = {
        "no-pdf.pdf": b"PK\x03\x04 a zip, named .pdf",
        "malformed.yaml": b"title: [unclosed\n",
        "no-agreement.json": b'{"hello": "world"}',
    }
    for file_name, body in cases.items():
        (tmp_path / file_name).write_bytes(body)
        assert main(["verify", str(tmp_path / file_name)]) == 2, file_name
        err = capsys.readouterr().err
        assert err.startswith("slaworkshop: error: ") and "damaged" not in err, err
    assert main(["verify", str(tmp_path / "missing.pdf")]) == 2
    assert capsys.readouterr().err.startswith("slaworkshop: error: cannot read ")


def test_a_changed_first_line_is_still_read_as_our_pdf(
    small_pdf: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slaworkshop.cli.main import main

    path = tmp_path / "agreement.pdf"
    path.write_bytes(b"%PDX-" + small_pdf[5:])
    assert main(["verify", str(path)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == f"slaworkshop: verify failed: {CHANGED}"


def test_two_digests_are_a_mismatch(small_pdf: bytes) -> None:
    start = small_pdf.index(ENTRY)
    entry = small_pdf[start:start + len(ENTRY) + 65]
    # A second entry in another plain dictionary (the document information, where the
    # first release with a digest wrote it, is compressed now).
    assert small_pdf.count(b"/Type /Metadata/") == 1
    doubled = small_pdf.replace(b"/Type /Metadata/", b"/Type /Metadata" + entry + b"/", 1)
    report = verify_bytes(doubled, "agreement.pdf")
    assert report.findings[0] == (
        "the PDF was changed after export: it holds 2 digests of its bytes where export"
        " writes one")


def test_a_pdf_of_an_earlier_release_verifies_and_says_it_has_no_byte_digest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slaworkshop.cli.main import main
    from slaworkshop.export.verify import NO_BYTE_DIGEST

    data = EARLIER_PDF.read_bytes()
    assert b"SlaworkshopFileSHA256" not in data
    report = verify_bytes(data, EARLIER_PDF.name)
    assert report.ok, report.findings
    assert report.notes == (NO_BYTE_DIGEST,)
    assert report.checked == (
        f"the content hash recorded in the embedded config matches its content"
        f" ({report.content_sha256[:12]}…)",  # type: ignore[index]
        "the signature of dana (Dana Marketing) covers this content",
        "the signature of sam (Sam Sales) covers this content",
        "the version is signed by every signatory of the agreement, once each, and by"
        " nobody else",
        "the hash printed in the PDF equals the embedded config's",
        "the PDF holds the one revision it was written in (no later update)",
    )
    assert main(["verify", str(EARLIER_PDF)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines()[0] == f"note: {NO_BYTE_DIGEST}"
    assert out.splitlines()[1:] == [f"ok: {line}" for line in report.checked]
    # Changed after export, it still fails as before where a check sees the change.
    updated = tmp_path / "updated.pdf"
    updated.write_bytes(_painted_over(data))
    assert main(["verify", str(updated)]) == 1
    assert "it holds 2 revisions" in capsys.readouterr().err


def test_a_pdf_rewritten_without_recomputing_its_digest_fails_on_it(
    pdf: bytes, document: AgreementFile
) -> None:
    report = verify_bytes(_with_attachment(pdf, dump_json(_config(document)), reseal=False),
                          "agreement.pdf")
    assert report.findings == (CHANGED,)


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


def test_a_file_signed_under_an_earlier_rule_still_verifies(document: AgreementFile) -> None:
    """A title of U+FEFF alone was accepted when it was signed; the rule that now calls
    it blank made verify fail, which reads as tampering (review). Import still refuses
    it until it is corrected."""
    from slaworkshop.models import Content
    from slaworkshop.models.fields import STORED

    data = _config(document)
    data["content"]["title"] = "\ufeff"
    sha = content_sha256(Content.model_validate(data["content"], context=STORED))
    data["content_sha256"] = sha
    for signature in data["signatures"]:
        signature["content_sha256"] = sha
    body = json.dumps(data).encode()
    report = verify_bytes(body, "old.json")
    assert report.ok, report.findings
    with pytest.raises(DocumentInvalid):
        read_config(body, "old.json")
