"""A drawn signature is kept for good, so it must be one the PDF can always print.

``sign`` refuses what is not a decodable PNG and stores a clean re-encoding of what is;
a drawing already stored that cannot be read (an older database, an edited file) is
left out of the PDF with a note, and the rest of the document exports.
"""

from __future__ import annotations

import io
import sqlite3
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from slaworkshop.export.config_file import read_config_file
from slaworkshop.export.pdf import render_pdf
from slaworkshop.export.pdf.collect import build_pdf_request
from slaworkshop.models.drawing import drawing_problem
from slaworkshop.services import AgreementService, SignOffService
from slaworkshop.store import Refused, open_store
from slaworkshop.store.locations import plain_sqlite_path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "northwind-agreement.yaml"

# A 1x1 PNG that Pillow decodes, except when told to tolerate truncated files, as
# importing WeasyPrint tells it: it used to be stored as given, and then every PDF
# export of the version failed with "Truncated File Read".
ODD_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5d4a8f30000000049454e44ae426082"
)


def _png(size: tuple[int, int] = (300, 90), mode: str = "RGBA") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (0, 0, 40, 255) if mode == "RGBA" else 30000).save(out, "PNG")
    return out.getvalue()


def _image_data_halved(png: bytes) -> bytes:
    """``png`` with each IDAT chunk cut in half, every checksum made right again: what
    only a count of the image data can tell from a whole file."""
    out, offset = bytearray(png[:8]), 8
    while offset < len(png):
        length, kind = struct.unpack(">I4s", png[offset:offset + 8])
        body = png[offset + 8:offset + 8 + length]
        if kind == b"IDAT":
            body = body[:len(body) // 2]
        out += struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        offset += 12 + length
    return bytes(out)


def _noise() -> bytes:
    out = io.BytesIO()
    Image.effect_noise((300, 90), 60).convert("RGB").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def proposed(tmp_path: Path) -> Iterator[tuple[AgreementService, SignOffService, str, str]]:
    url = f"sqlite:///{tmp_path / 'sign.db'}"
    store = open_store(url, backup_every=None)
    agreements = AgreementService(store, actor="test")
    content = read_config_file(EXAMPLE).content
    terms = [t.model_copy(update={"status": "agreed", "agreed_definition": "Agreed."})
             for t in content.terms]
    agreement_id = agreements.create(content.model_copy(update={"terms": terms}))
    agreements.save_version(agreement_id, "for signature")
    signoff = SignOffService(agreements)
    signoff.propose(agreement_id)
    yield agreements, signoff, agreement_id, url
    store.dispose()


@pytest.mark.parametrize(
    ("drawing", "why"),
    [
        (b"GIF89a\x01\x00\x01\x00", "is not a PNG image"),
        (_png()[:60], "is not a readable PNG image (it is damaged or cut short)"),
        (_png((5000, 20)), "is 5000 × 20 pixels; at most 4000 a side can be printed"),
        (ODD_PNG, "is not a readable PNG image (it is damaged or cut short)"),
        # WeasyPrint, imported by this module, tells Pillow to decode such a file anyway
        (_image_data_halved(_noise()), "is not a readable PNG image (it is damaged or cut short)"),
        (b"\x89PNG\r\n\x1a\n" + bytes(2_000_000), "is 2.0 MB; a drawn signature may be at most 2 MB"),
    ],
    ids=["gif", "cut-short", "too-wide", "odd-end", "image-data-halved", "too-large"],
)
def test_a_drawing_the_pdf_could_not_print_is_refused_and_nothing_is_signed(
        proposed: tuple[AgreementService, SignOffService, str, str], drawing: bytes,
        why: str) -> None:
    agreements, signoff, agreement_id, _url = proposed
    audit_before = agreements.audit_log(agreement_id)
    with pytest.raises(Refused) as refused:
        signoff.sign(agreement_id, "priya", drawing_png=drawing)
    assert str(refused.value) == (f"the drawn signature {why}; nothing was signed. Draw it"
                                  " again, or sign with the typed name alone")
    assert agreements.version(agreement_id, 1).signatures == ()
    assert agreements.audit_log(agreement_id) == audit_before


def test_a_readable_drawing_is_stored_as_a_clean_png_that_prints(
        proposed: tuple[AgreementService, SignOffService, str, str]) -> None:
    from PIL.PngImagePlugin import PngInfo

    agreements, signoff, agreement_id, _url = proposed
    info = PngInfo()
    info.add_text("Comment", "made by some other program")
    given = io.BytesIO()
    Image.new("RGBA", (300, 90), (0, 0, 40, 255)).save(given, "PNG", pnginfo=info)
    signoff.sign(agreement_id, "priya", drawing_png=given.getvalue())
    stored = agreements.version(agreement_id, 1).signatures[0].drawing_png
    assert stored is not None and stored != given.getvalue()
    assert b"made by some other program" not in stored
    with Image.open(io.BytesIO(stored)) as image, Image.open(given) as original:
        assert image.size == (300, 90)
        assert image.tobytes() == original.tobytes()
    pdf = render_pdf(build_pdf_request(agreements, agreement_id, 1))
    assert len(PdfReader(io.BytesIO(pdf)).pages[-1].images) == 1


def test_an_unreadable_drawing_already_stored_prints_the_typed_name_with_a_note(
        proposed: tuple[AgreementService, SignOffService, str, str]) -> None:
    agreements, signoff, agreement_id, url = proposed
    signoff.sign(agreement_id, "priya", name="Priya N. Natarajan", drawing_png=_png())
    path = plain_sqlite_path(url)
    assert path is not None
    with sqlite3.connect(path) as conn:  # an older release, or an edit behind our back
        conn.execute("DROP TRIGGER signatures_immutable")
        conn.execute("UPDATE signatures SET drawing_png = ?", (_png()[:70],))
    pdf = render_pdf(build_pdf_request(agreements, agreement_id, 1))
    page = PdfReader(io.BytesIO(pdf)).pages[-1]
    text = " ".join(page.extract_text().split())
    assert ("The drawn signature stored with this signature cannot be read; the name typed"
            " when signing is printed instead.") in text
    assert "Priya N. Natarajan" in text
    assert len(page.images) == 0


def test_a_16_bit_grey_drawing_is_stored_as_rgba_and_an_old_one_prints_as_a_note(
        proposed: tuple[AgreementService, SignOffService, str, str]) -> None:
    # WeasyPrint writes a 16-bit greyscale image into the PDF as noise
    agreements, signoff, agreement_id, url = proposed
    grey16 = _png(mode="I;16")
    assert drawing_problem(grey16) == "is a PNG of a kind the PDF cannot print (Pillow mode I;16)"
    signoff.sign(agreement_id, "priya", drawing_png=grey16)
    stored = agreements.version(agreement_id, 1).signatures[0].drawing_png
    assert stored is not None
    with Image.open(io.BytesIO(stored)) as image:
        assert image.mode == "RGBA"
    assert drawing_problem(stored) is None
    path = plain_sqlite_path(url)
    assert path is not None
    with sqlite3.connect(path) as conn:  # one stored as it came, by an older release
        conn.execute("DROP TRIGGER signatures_immutable")
        conn.execute("UPDATE signatures SET drawing_png = ?", (grey16,))
    pdf = render_pdf(build_pdf_request(agreements, agreement_id, 1))
    page = PdfReader(io.BytesIO(pdf)).pages[-1]
    assert "cannot be read" in " ".join(page.extract_text().split())
    assert len(page.images) == 0
