"""More hostile files: PDFs given to ``verify`` and configs that are cheap to write and
dear to read. Each case here was found by hand to take minutes or gigabytes, or to
answer with a misleading message, before it was fixed.

The PDFs are written byte by byte (no renderer): small files whose streams inflate to
far more than an agreement PDF ever holds.
"""

from __future__ import annotations

import json
import os
import time
import zlib
from pathlib import Path
from typing import Any

import pytest

from slaworkshop.cli.main import main
from slaworkshop.export import yaml12
from slaworkshop.export.config_file import read_config
from slaworkshop.export.verify import verify_bytes
from slaworkshop.models import DocumentInvalid

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "northwind-agreement.yaml"
#: Refused inputs are refused in well under a second; this only catches minutes.
QUICK = 10.0

# -- PDFs built by hand ------------------------------------------------------------------


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 9)
    return (b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(packed), extra)
            + packed + b"\nendstream")


def _pdf(objects: dict[int, bytes]) -> bytes:
    """A PDF with the given numbered objects, object 1 its catalog, and a valid xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[number]) if number in offsets else (
            b"0000000000 00000 f \n")
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


#: A valid agreement config of a few bytes: the pages are read, within the base bounds.
SMALL_CONFIG = json.dumps({"format": "slaworkshop/agreement", "format_version": 1,
                           "content": {"title": "T", "organization": "O"}}).encode()


def _objects(*, pages: int = 1, content: bytes = b"", fonts: int = 1, cmap: bytes = b"",
             attachments: list[tuple[bytes, int]] | None = None,
             bodies: dict[int, bytes] | None = None) -> dict[int, bytes]:
    """Pages sharing one content stream and one font, and attachments (name, object of
    the embedded file's stream); ``bodies`` are those streams' contents by object number."""
    attachments = attachments or [(b"agreement.json", 100)]
    bodies = bodies or {100: SMALL_CONFIG}
    objects: dict[int, bytes] = {}
    names = b" ".join(b"(%s) %d 0 R" % (name, 1000 + i) for i, (name, _) in enumerate(attachments))
    objects[1] = (b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [%s] >> >>"
                  b" >>" % names)
    kids = b" ".join(b"%d 0 R" % (10_000 + i) for i in range(pages))
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)
    objects[3] = _stream(content)
    to_unicode = b" /ToUnicode 5 0 R" if cmap else b""
    objects[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica%s >>" % to_unicode
    if cmap:
        objects[5] = _stream(cmap)
    font_names = b" ".join(b"/F%d 4 0 R" % i for i in range(fonts))
    for i in range(pages):
        objects[10_000 + i] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R"
                               b" /Resources << /Font << %s >> >> >>" % font_names)
    for i, (name, body_object) in enumerate(attachments):
        objects[1000 + i] = (b"<< /Type /Filespec /F (%s) /UF (%s) /AFRelationship /Data"
                             b" /EF << /F %d 0 R >> >>" % (name, name, body_object))
    for number, body in bodies.items():
        objects[number] = _stream(body, b" /Type /EmbeddedFile")
    return objects


FOOTER = b"BT /F0 8 Tf 40 20 Td (Content SHA-256 " + b"0" * 64 + b") Tj ET\n"


def _refused(data: bytes, *expected: str) -> str:
    start = time.perf_counter()
    with pytest.raises(DocumentInvalid) as caught:
        verify_bytes(data, "hostile.pdf")
    elapsed = time.perf_counter() - start
    (problem,) = caught.value.problems
    message = str(problem)
    for words in expected:
        assert words in message, message
    assert "\n" not in message and elapsed < QUICK, (elapsed, message)
    return message


def test_a_page_with_megabytes_of_drawing_is_refused_before_its_text_is_read() -> None:
    """Small on disk, 2 MB of text operators on one page: pypdf took minutes to read it."""
    data = _pdf(_objects(content=FOOTER * 25_000))
    assert len(data) < 300_000
    _refused(data, "page 1", "more than the agreement it carries could draw")


def test_many_pages_sharing_one_heavy_stream_are_refused() -> None:
    """Every page draws the same 300 KB stream: each is read again, page after page."""
    _refused(_pdf(_objects(pages=200, content=FOOTER * 3_000)),
             "more than the agreement it carries could fill")


def test_pages_listing_one_big_font_map_many_times_are_refused() -> None:
    """Each font name is mapped again on every page: 20 names × 200 pages × 70 KB."""
    cmap = b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + b"".join(
        b"100 beginbfchar\n" + b"".join(b"<%04X> <0041>\n" % (k * 100 + j) for j in range(100))
        + b"endbfchar\n" for k in range(50))
    _refused(_pdf(_objects(pages=200, fonts=20, cmap=cmap, content=b"BT /F0 8 Tf (x) Tj ET")),
             "more than the agreement it carries could fill")


def test_more_pages_than_any_agreement_are_refused() -> None:
    from slaworkshop.export.pdf.reader import MAX_PAGES

    _refused(_pdf(_objects(pages=MAX_PAGES + 1)), f"{MAX_PAGES + 1:,} pages",
             "more than the agreement it carries could fill")


def test_a_pdf_without_a_valid_config_is_answered_without_reading_its_pages() -> None:
    """Nothing to check the pages against: their text is never read, however heavy."""
    claims = json.dumps({"format": "slaworkshop/agreement", "format_version": 1}).encode()
    data = _pdf(_objects(content=FOOTER * 25_000, bodies={100: claims}))
    start = time.perf_counter()
    report = verify_bytes(data, "heavy.pdf")
    assert time.perf_counter() - start < QUICK
    assert len(report.findings) == 1
    assert report.findings[0].startswith(
        "the embedded config agreement.json is not a valid agreement")


def test_the_bounds_grow_with_the_agreement_the_pdf_carries(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every PDF we render verifies, however large its agreement: the pages may hold what
    a config of that size fills. Shown on the example with the base bounds shrunk to
    nothing, so only the allowance of its config (12 KB) remains."""
    from slaworkshop.export.pdf import PdfRequest, config_bytes_for, reader, render_pdf

    document = read_config(EXAMPLE.read_bytes(), EXAMPLE.name)
    from slaworkshop.models import content_sha256

    document = document.model_copy(update={"content_sha256": content_sha256(document.content)})
    pdf = render_pdf(PdfRequest(document=document, config_json=config_bytes_for(document)))
    monkeypatch.setattr(reader, "MAX_PAGES", 0)
    monkeypatch.setattr(reader, "MAX_TEXT_BYTES", 0)
    report = verify_bytes(pdf, "example.pdf")
    assert report.ok, report.findings
    monkeypatch.setattr(reader, "TEXT_BYTES_PER_CONFIG_BYTE", 1)
    _refused(pdf, "more than the agreement it carries could fill")


def test_one_attachment_named_a_thousand_times_is_refused() -> None:
    """A 40 KB PDF whose name tree lists one 2 MB config 1,000 times: each was parsed."""
    body = json.dumps({"format": "slaworkshop/agreement", "x": "a" * 2_000_000}).encode()
    attachments = [(b"f%d.json" % i, 100) for i in range(1000)]
    _refused(_pdf(_objects(attachments=attachments, bodies={100: body})), "attached files")


def test_attachments_inflating_past_any_config_are_refused() -> None:
    """Twenty streams of 5 MB each (a few KB packed): all were held in memory at once."""
    attachments = [(b"a%d.json" % i, 100 + i) for i in range(20)]
    bodies = {100 + i: b'"' + b"a" * 5_000_000 + b'"' for i in range(20)}
    _refused(_pdf(_objects(attachments=attachments, bodies=bodies)), "attached files")


def test_an_attachment_larger_than_any_config_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 25 MB .json attachment was parsed whole (a 60 MB one took 1.7 GB) before its size
    was looked at; it is larger than any config, so it is no agreement config."""
    body = b'{"format": "slaworkshop/agreement", "x": [' + b"{}," * 8_000_000 + b"{}]}"
    data = _pdf(_objects(content=FOOTER, bodies={100: body}))
    parsed: list[int] = []
    real_loads = json.loads

    def loads(text: Any, **kwargs: Any) -> Any:
        parsed.append(len(text))
        return real_loads(text, **kwargs)

    monkeypatch.setattr("slaworkshop.export.verify.json.loads", loads)
    report = verify_bytes(data, "big.pdf")
    assert parsed == []
    assert report.findings == (
        "the PDF carries no embedded agreement config, so there is nothing to check",
    )


def test_an_attachment_named_twice_is_one_config() -> None:
    """A file specification's /F and /UF names differ: still one attached file."""
    config = EXAMPLE.read_bytes()
    objects = _objects(content=FOOTER, bodies={100: b"{}"})
    objects[1000] = (b"<< /Type /Filespec /F (old.json) /UF (agreement.json) /EF << /F 100 0 R >> >>")
    document = read_config(config, EXAMPLE.name)
    from slaworkshop.export.pdf import config_bytes_for

    objects[100] = _stream(config_bytes_for(document), b" /Type /EmbeddedFile")
    report = verify_bytes(_pdf(objects), "renamed.pdf")
    assert not any("agreement configs" in finding for finding in report.findings), report.findings


# -- the command line with files that are not what their name says -----------------------


@pytest.mark.parametrize("data", [b"", b"hello, I am not a PDF\n", b"\x89PNG\r\n\x1a\n\x00\x00",
                                  b"title: x\n"])
def test_verify_of_a_dot_pdf_that_is_no_pdf_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    path = tmp_path / "agreement.pdf"
    path.write_bytes(data)
    assert main(["verify", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == (
        "slaworkshop: error: agreement.pdf is not a PDF: it does not start with %PDF-\n"
    )


# -- configs that are cheap to write and dear to read ------------------------------------


def _no_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> Any:
        raise AssertionError("the YAML was built although the event pass could refuse it")

    monkeypatch.setattr(yaml12, "load_all", refuse)


def _config_problem(data: bytes, name: str) -> str:
    start = time.perf_counter()
    with pytest.raises(DocumentInvalid) as caught:
        read_config(data, name)
    assert time.perf_counter() - start < QUICK
    (problem,) = caught.value.problems
    return str(problem)


def test_a_yaml_flow_list_of_millions_of_entries_is_refused_before_it_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """19 MB of ``{},`` took 85 s and 3.3 GB: libyaml's nodes were built before counting."""
    _no_building(monkeypatch)
    data = b"format: slaworkshop/agreement\nformat_version: 1\nx: [" + b"{}," * 30_000 + b"{}]\n"
    assert _config_problem(data, "x.yaml") == (
        "x: has more than 10,000 entries; no list of an agreement has more"
    )


def test_a_yaml_mapping_of_thousands_of_keys_is_refused_before_it_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _no_building(monkeypatch)
    data = b"format: slaworkshop/agreement\ncontent: {" + b", ".join(
        b"k%d: 1" % i for i in range(500)) + b"}\n"
    assert _config_problem(data, "x.yaml") == (
        "content: has more than 200 keys; no part of an agreement has more"
    )


@pytest.mark.parametrize("name, wrap", [
    ("x.yaml", lambda rows: b"x: [" + b", ".join(rows) + b"]\n"),
    ("x.json", lambda rows: b'{"x": [' + b", ".join(rows) + b"]}"),
])
def test_nested_lists_of_small_values_beyond_any_agreement_are_refused(
    name: str, wrap: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each list within bounds, 600,000 values in all: YAML built them at 500 bytes each."""
    if name.endswith(".yaml"):
        _no_building(monkeypatch)
    rows = [b"[" + b",".join([b"{}"] * 6_000) + b"]"] * 100
    assert _config_problem(wrap(rows), name) == (
        "the file holds more than 500,000 values; no agreement holds as many"
    )


# -- files far larger than any agreement ---------------------------------------------------


@pytest.mark.parametrize("command, name, head, message", [
    ("import", "huge.yaml", b"format: slaworkshop/agreement\n", "the file is larger than 20 MB"),
    ("verify", "huge.yaml", b"format: slaworkshop/agreement\n", "the file is larger than 20 MB"),
    ("verify", "huge.pdf", b"%PDF-1.7\n", "the PDF is larger than 100 MB, far larger than any agreement PDF"),
])
def test_a_file_of_gigabytes_is_refused_without_reading_it_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_url: str,
    command: str, name: str, head: bytes, message: str,
) -> None:
    """A 3 GB file was read whole before its size was looked at: 3 GB of memory."""
    import tracemalloc

    path = tmp_path / name
    path.write_bytes(head)
    os.truncate(path, 3 * 1024**3)  # sparse: costs no disk
    args = [command, str(path)] + (["--db", sqlite_url] if command == "import" else [])
    tracemalloc.start()
    try:
        code = main(args)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert code == 2
    assert capsys.readouterr().err == f"slaworkshop: error: {message}\n"
    assert peak < 300 * 1024**2, f"{peak / 1024**2:.0f} MB"


def test_pages_naming_hundreds_of_fonts_are_refused() -> None:
    """Setting up a font costs pypdf almost a millisecond, for every name on every page."""
    _refused(_pdf(_objects(pages=1000, fonts=300, content=b"BT /F0 8 Tf (x) Tj ET")),
             "more than the agreement it carries could fill")


# -- control characters: C1 too, and the schema says what import refuses ------------------


@pytest.mark.parametrize(("title", "problem"), [
    ("CSI \x9b31m red", "contains a control character (U+009B)"),
    ("next line \x85 here", "contains a control character (U+0085)"),
    ("DEL \x7f", "contains a control character (U+007F)"),
    ("bell \x07", "contains a control character (U+0007)"),
    # Windows line ends written into JSON text: the message says what to write instead.
    ("one\r\ntwo", "contains a carriage return (U+000D); a line break is written as \\n alone"),
])
def test_import_refuses_every_control_character_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_url: str, title: str, problem: str
) -> None:
    """U+0080 to U+009F (C1: CSI starts a terminal escape, NEL breaks a line) passed where
    C0 controls were refused; ``list`` then printed them to the terminal as they were."""
    path = tmp_path / "c1.json"
    path.write_text(json.dumps({"format": "slaworkshop/agreement", "format_version": 1,
                                "content": {"title": title, "organization": "O"}}))
    assert main(["list", "--format", "json", "--db", sqlite_url]) == 0
    before = capsys.readouterr().out
    assert main(["import", str(path), "--db", sqlite_url]) == 2
    assert capsys.readouterr().err == f"slaworkshop: error: content.title: {problem}\n"
    assert main(["list", "--format", "json", "--db", sqlite_url]) == 0
    assert capsys.readouterr().out == before


def test_content_stored_with_a_c1_character_by_an_earlier_release_still_reads() -> None:
    import hashlib

    from slaworkshop.store.reads import decode

    text = json.dumps({"title": "Stored \x85 before", "organization": "O"})
    content = decode(text, hashlib.sha256(text.encode()).hexdigest(), "version 1")
    assert content.title == "Stored \x85 before"


def test_schema_refuses_the_control_characters_import_refuses() -> None:
    """The schema accepted a title with a bell or an escape that import refuses."""
    import re

    from slaworkshop.export.schema import config_schema

    defs = config_schema()["$defs"]
    for field in (defs["Term"]["properties"]["notes"], defs["Term"]["properties"]["name"],
                  defs["Term"]["properties"]["aliases"]["items"],
                  defs["Content"]["properties"]["title"]):
        pattern = re.compile(field["pattern"])
        for good in ("Zażółć 销售 😀", "two\nlines", "tab\there"):
            assert pattern.search(good), (field, good)
        for bad in ("\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\x9b", "\ufffe"):
            assert not pattern.search(f"a{bad}b"), (field, bad)


@pytest.mark.parametrize("character, shown", [("\x07", "U+0007"), ("\x1b", "U+001B"),
                                              ("\x9b", "U+009B"), ("\ufffe", "U+FFFE")])
def test_a_raw_control_character_in_yaml_is_named_with_its_place(character: str, shown: str) -> None:
    """libyaml's own words were echoed: '… not allowed\\x0a  in "<unicode string>", position 73'."""
    data = f"format: slaworkshop/agreement\nformat_version: 1\ncontent:\n  title: a{character}b\n"
    assert _config_problem(data.encode(), "x.yaml") == (
        f"the file is not valid YAML: it holds the character {shown}, which YAML does not allow"
        " (line 4, column 11)"
    )


def test_import_of_a_pdf_says_it_is_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         sqlite_url: str) -> None:
    """Import reads configs only; a PDF was called "binary data", or (a PDF without binary
    bytes) reported as a YAML document without the fields of a config."""
    for data in (_pdf(_objects()), b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"):
        path = tmp_path / "agreement.pdf"
        path.write_bytes(data)
        assert main(["import", str(path), "--db", sqlite_url]) == 2
        assert capsys.readouterr().err == (
            "slaworkshop: error: the file is a PDF, not a config (YAML or JSON); export the"
            " config with 'slaworkshop export --config'\n"
        )


@pytest.mark.parametrize("handler", [
    b"/V 2\n/R 3\n/Length 128",  # RC4, as pypdf writes it
    b"/V 4\n/R 4\n/Length 128 /CF << /StdCF << /CFM /AESV2 /Length 16 >> >> /StmF /StdCF /StrF /StdCF",
    b"/V 5\n/R 6\n/Length 256 /CF << /StdCF << /CFM /AESV3 /Length 32 >> >> /StmF /StdCF"
    b" /StrF /StdCF /OE <00> /UE <00> /Perms <00>",
])
def test_an_encrypted_pdf_is_bad_input_whatever_its_cipher(handler: bytes) -> None:
    """AES-256 made pypdf ask for the cryptography package while opening the file:
    "internal error (DependencyError)" where RC4 said the PDF is encrypted."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    assert b"/V 2\n/R 3\n/Length 128" in data
    _refused(data.replace(b"/V 2\n/R 3\n/Length 128", handler), "the PDF is encrypted")


def _unknown_filter() -> bytes:
    objects = _objects(content=FOOTER)
    objects[3] = objects[3].replace(b"/Filter /FlateDecode", b"/Filter /FlateDeco")
    return _pdf(objects)


@pytest.mark.parametrize("data", [
    pytest.param(_unknown_filter(), id="unknown-filter"),  # pypdf: NotImplementedError
    pytest.param(_pdf(_objects(content=b"BT /F0 8 Tf 1 0 R Tj ET")), id="reference-in-drawing"),
])
def test_pdfs_pypdf_trips_over_are_damaged(data: bytes) -> None:
    """Found by mutating an exported PDF: pypdf raised NotImplementedError for a filter it
    does not know and AssertionError for a reference inside a content stream; both
    reached the command line as "internal error". Such a file starts as a PDF does and
    cannot be parsed: a damaged PDF, a failed check (exit 1) in one sentence."""
    start = time.perf_counter()
    report = verify_bytes(data, "hostile.pdf")
    assert time.perf_counter() - start < QUICK
    assert not report.ok
    damaged = [f for f in report.findings if f.startswith("the PDF is damaged: it cannot be read")]
    assert len(damaged) == 1 and "\n" not in damaged[0], report.findings
