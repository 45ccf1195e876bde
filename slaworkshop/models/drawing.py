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


#: Pillow modes WeasyPrint writes into a PDF as they are (a 16-bit greyscale image,
#: for one, came out as noise).
PRINTABLE_MODES = frozenset({"1", "L", "LA", "P", "RGB", "RGBA"})

#: Channels per PNG colour type (grey, RGB, palette, grey+alpha, RGBA).
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
#: The seven passes of Adam7 interlacing: (first column, first row, column step, row step).
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4),
          (1, 0, 2, 2), (0, 1, 1, 2))


def clean_drawing(data: bytes) -> bytes:
    """``data`` decoded and written again as a plain RGBA PNG: what ``sign`` stores, so
    that what is kept for good is a file any reader (WeasyPrint among them) decodes the
    same way. Raises DrawingError."""
    problem = _decode_problem(data)
    if problem is not None:
        raise DrawingError(problem)
    from PIL import Image

    with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
        image.load()
        rgba = image.convert("RGBA")
    out = io.BytesIO()
    rgba.save(out, format="PNG")
    return out.getvalue()


def drawing_problem(data: bytes) -> str | None:
    """Why ``data`` cannot be printed as a drawn signature, as words that follow "the
    drawn signature"; None when it can: every chunk is sound, its image data is whole,
    it decodes as WeasyPrint decodes it (alpha channel included) and its mode is one
    WeasyPrint prints."""
    problem = _decode_problem(data)
    if problem is not None:
        return problem
    from PIL import Image

    with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
        if image.mode not in PRINTABLE_MODES:
            return f"is a PNG of a kind the PDF cannot print (Pillow mode {image.mode})"
    return None


def _decode_problem(data: bytes) -> str | None:
    if len(data) > MAX_DRAWING_BYTES:
        return (f"is {len(data) / 1_000_000:.1f} MB; a drawn signature may be at most"
                f" {MAX_DRAWING_BYTES // 1_000_000} MB")
    if not data.startswith(PNG_SIGNATURE):
        return "is not a PNG image"
    from PIL import Image  # WeasyPrint's own image library: loaded only for a drawing

    damaged = "is not a readable PNG image (it is damaged or cut short)"
    try:
        # verify() checks every chunk's checksum; it leaves the image unusable, so the
        # decoding is done on a second opening.
        with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
            image.verify()
        with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
            width, height = image.size
            if width > MAX_DRAWING_SIDE or height > MAX_DRAWING_SIDE:
                return (f"is {width} × {height} pixels; at most {MAX_DRAWING_SIDE} a side"
                        " can be printed")
            if width == 0 or height == 0:
                return "is an empty image"
            # Pillow decodes a cut-short image without a word once WeasyPrint is
            # imported (it sets LOAD_TRUNCATED_IMAGES for the whole process): whether
            # the image data is whole is checked here, the same in every process.
            if not _image_data_whole(data):
                return damaged
            image.load()
            if image.mode in ("RGBA", "LA"):
                image.getchannel("A")
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        return damaged
    return None


def _image_data_whole(data: bytes) -> bool:
    """True when the IDAT chunks hold one complete zlib stream of at least the bytes
    the header's size, depth, colour type and interlacing call for."""
    import struct
    import zlib

    offset, header, chunks = len(PNG_SIGNATURE), b"", []
    while offset + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        elif kind == b"IEND":
            break
        offset += 12 + length
    if len(header) != 13 or not chunks:
        return False
    width, height, depth, colour, _c, _f, interlace = struct.unpack(">IIBBBBB", header)
    if colour not in _CHANNELS:
        return False
    bits = depth * _CHANNELS[colour]

    def raw(columns: int, rows: int) -> int:
        return rows * (1 + (columns * bits + 7) // 8) if columns and rows else 0

    if interlace:
        expected = sum(raw(-(-(width - x) // dx), -(-(height - y) // dy))
                       for x, y, dx, dy in _ADAM7)
    else:
        expected = raw(width, height)
    stream, produced = zlib.decompressobj(), 0
    try:
        for chunk in chunks:
            pending = chunk
            while pending:
                produced += len(stream.decompress(pending, 1 << 20))
                pending = stream.unconsumed_tail
        produced += len(stream.flush())
    except zlib.error:
        return False
    return stream.eof and produced >= expected
