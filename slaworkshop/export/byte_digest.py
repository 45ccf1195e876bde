"""A SHA-256 digest of an agreement PDF's own bytes, written into the PDF at export.

Export reserves a fixed-width entry, ``/SlaworkshopFileSHA256 (000…0)``, in a small
dictionary of its own that the catalog refers to (``/SlaworkshopFileDigest``) and that
is written as a plain object, out of the compressed object stream: the entry stands in
the file's bytes as written. Nothing else of the file stands there in plain bytes but
the structure WeasyPrint writes: the document information, which holds the agreement's
title and organization, stays compressed, so no text of the user's can pose as the
entry or as a second revision (``reader.later_revision``). Once the file is written,
the digest of all its bytes, taken with the entry's 64 digits as zeros, is written over
the zeros: same length, so no offset moves. ``verify`` finds the entry in the raw
bytes, zeros it again and recomputes, before it parses anything: any change to any
byte after export, bytes appended or cut off the end included, is a mismatch, however
the change would have parsed. (A file cut short before the entry, which comes near the
end, holds no digest any more; ``verify`` finds it damaged.) A PDF with the entry in
an uncompressed document information, as export first wrote it, is checked the same way.

A file whose entry's name was damaged is still told apart from a file that has none
(a PDF of an earlier release): the entry's value, 64 hex digits in parentheses, is
found instead, and the damaged name itself makes the digest differ.

What this cannot catch: whoever rewrites the file and recomputes the digest. Nothing
is signed with a key; the digest tells accidents and naive edits from the file as
exported, not a careful forger.

Plain bytes and hashlib only: ``verify`` uses it without pypdf or WeasyPrint loaded.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

#: The entry's key, in the dictionary that holds it alone.
KEY = "SlaworkshopFileSHA256"
#: The catalog's key that refers to that dictionary.
CATALOG_KEY = "SlaworkshopFileDigest"
DIGITS = 64
PLACEHOLDER = "0" * DIGITS
_ZEROS = PLACEHOLDER.encode()
#: The entry as pydyf writes it: the name, a space, a literal string of 64 characters.
#: The name is found alone and the value is taken at its fixed place, whatever those
#: bytes have become: a damaged parenthesis is a mismatch, not a missing digest.
_ENTRY = re.compile(rb"/" + KEY.encode() + rb"(?![A-Za-z0-9#])")
_OPEN = b" ("
#: The value alone, for a file whose entry's name was damaged. Our PDFs write no other
#: literal string of 64 hex digits outside a compressed stream (the user's text is all
#: inside one); inside one, the chance of these 66 bytes standing by accident is nil.
_VALUE = re.compile(rb"\(([0-9a-f]{64})\)")
_HEX = re.compile(rb"[0-9a-f]{64}")


@dataclass(frozen=True)
class DigestCheck:
    """What the bytes say about their digest: ``found`` False for a PDF without one
    (written by an earlier release, or by another program); otherwise ``problem`` is
    None when the digest matches, or why it does not (worded to follow "the PDF was
    changed after export: ")."""

    found: bool
    problem: str | None = None
    digest: str | None = None


def _digest(data: bytes, start: int) -> str:
    """SHA-256 of ``data`` with the 64 bytes at ``start`` taken as zeros."""
    hashed = hashlib.sha256()
    view = memoryview(data)
    hashed.update(view[:start])
    hashed.update(_ZEROS)
    hashed.update(view[start + DIGITS:])
    return hashed.hexdigest()


def _value_starts(data: bytes) -> list[int]:
    """Where the digest's 64 digits start: after each entry's name, or failing any
    name, at each value of the entry's shape."""
    starts = [m.end() + len(_OPEN) for m in _ENTRY.finditer(data)]
    if not starts:
        starts = [m.start(1) for m in _VALUE.finditer(data)]
    return starts


def seal(data: bytes) -> bytes:
    """``data`` (a PDF just written with the placeholder) with its digest in place."""
    placeholder = b"/%s (%s)" % (KEY.encode(), _ZEROS)
    if data.count(placeholder) != 1 or len(_ENTRY.findall(data)) != 1:
        raise ValueError(f"the PDF does not hold one {KEY} placeholder to fill")
    start = data.index(placeholder) + len(placeholder) - DIGITS - 1
    return data[:start] + _digest(data, start).encode() + data[start + DIGITS:]


def check(data: bytes) -> DigestCheck:
    """Recompute the digest of ``data`` and compare it with the one written into it."""
    starts = _value_starts(data)
    if not starts:
        return DigestCheck(found=False)
    if len(starts) > 1:
        return DigestCheck(
            found=True,
            problem=f"it holds {len(starts)} digests of its bytes where export writes one",
        )
    start = starts[0]
    actual = _digest(data, start)
    written = data[start:start + DIGITS]
    framed = data[start - 1:start] == b"(" and data[start + DIGITS:start + DIGITS + 1] == b")"
    if not (framed and _HEX.fullmatch(written)):
        return DigestCheck(found=True, problem="the digest of its bytes written into it is"
                           " damaged", digest=actual)
    if written.decode() != actual:
        return DigestCheck(found=True, problem="its bytes do not match the digest written"
                           " into it", digest=actual)
    return DigestCheck(found=True, digest=actual)
