"""Whether the bytes of a drawn signature can be printed: a PNG Pillow decodes whole.

A signature's drawing is stored beside the signature and never changes. One that cannot
be decoded used to surface only when the PDF was written ("Truncated File Read"), so
the signed version could never be exported. ``sign`` now refuses such a drawing, and the
PDF prints the typed name, with a note, for one already stored (an older database, or a
file edited behind the application's back).
"""

from __future__ import annotations

import io

#: A pen drawing the signature pad makes is a few kilobytes; this is far above it.
MAX_DRAWING_BYTES = 2_000_000
#: Pixels a side: the pad is a few hundred wide. It also bounds decoding memory.
MAX_DRAWING_SIDE = 4000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class DrawingError(ValueError):
    """The bytes are not a drawing the PDF can print; the message follows "the drawn
    signature"."""


def clean_drawing(data: bytes) -> bytes:
    """``data`` decoded and written again as a plain PNG: what ``sign`` stores, so that
    what is kept for good is a file any reader (WeasyPrint among them) decodes the same
    way. Raises DrawingError."""
    problem = drawing_problem(data)
    if problem is not None:
        raise DrawingError(problem)
    from PIL import Image

    with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
        image.load()
        out = io.BytesIO()
        image.save(out, format="PNG")
    return out.getvalue()


def drawing_problem(data: bytes) -> str | None:
    """Why ``data`` cannot be printed as a drawn signature, as words that follow "the
    drawn signature"; None when it can: every chunk is sound, and it decodes as
    WeasyPrint decodes it when it writes the PDF, alpha channel included."""
    if len(data) > MAX_DRAWING_BYTES:
        return (f"is {len(data) / 1_000_000:.1f} MB; a drawn signature may be at most"
                f" {MAX_DRAWING_BYTES // 1_000_000} MB")
    if not data.startswith(PNG_SIGNATURE):
        return "is not a PNG image"
    from PIL import Image  # WeasyPrint's own image library: loaded only for a drawing

    try:
        # verify() checks every chunk and checksum, whatever Pillow is told to tolerate
        # (importing WeasyPrint tells it to accept truncated files); it leaves the image
        # unusable, so the decoding is done on a second opening.
        with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
            image.verify()
        with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
            width, height = image.size
            if width > MAX_DRAWING_SIDE or height > MAX_DRAWING_SIDE:
                return (f"is {width} × {height} pixels; at most {MAX_DRAWING_SIDE} a side"
                        " can be printed")
            if width == 0 or height == 0:
                return "is an empty image"
            image.load()
            if image.mode in ("RGBA", "LA"):
                image.getchannel("A")
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        return "is not a readable PNG image (it is damaged or cut short)"
    return None
