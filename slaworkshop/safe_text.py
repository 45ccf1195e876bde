"""Echoing user-supplied text safely: one line, no control characters, bounded length."""

from __future__ import annotations

import unicodedata


def printable(value: object, limit: int = 60) -> str:
    """A user-supplied value made safe to echo in one line of a terminal or dialog."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return "".join(c if c.isprintable() else _escaped(c) for c in text)


#: What text for people writes as escapes: direction embeddings, overrides and isolates,
#: a zero-width space or no-break space (U+FEFF): a title holding U+202E listed
#: "Plan \u202eexe.fdp" as "Plan fdp.exe" (fuzzing). Joiners, no-break and narrow
#: spaces and the soft hyphen are ordinary typography (French, Persian, emoji), kept.
_HIDDEN = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\ufeff")


def visible(text: str) -> str:
    """``text`` for people, with each control character (line breaks and tabs apart; a
    lone carriage return would write over the line) and each character in ``_HIDDEN``
    written as its escape."""
    text = text.replace("\r\n", "\n")
    return "".join(_escaped(c) if c in _HIDDEN or (unicodedata.category(c) == "Cc"
                                                    and c not in "\n\t") else c
                   for c in text)


def quoted(value: str, limit: int = 60) -> str:
    """``value`` in quotes, shortened, each character that does not print escaped once
    (``'\\x1b[2Jops\\u202eevil'``), as Python writes text."""
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


def _escaped(character: str) -> str:
    code = _byte_of(character)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _byte_of(character: str) -> int:
    """The code of a character to write out; for a byte that was not UTF-8 (kept by
    Python as a lone surrogate, U+DC80 to U+DCFF), the byte itself, as recorded."""
    code = ord(character)
    return code - 0xDC00 if 0xDC80 <= code <= 0xDCFF else code


def has_undecodable_bytes(text: str) -> bool:
    """Whether ``text`` came from bytes that are not UTF-8 (a file name, an argument):
    Python keeps each such byte as a lone surrogate, which no database or file takes."""
    return any("\udc80" <= c <= "\udcff" for c in text)


def file_name_text(name: str) -> str:
    """A file name as text to record: each byte that is not UTF-8 written as ``\\xff``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


#: What a file name may not hold on Windows, macOS or Linux, and what would hide or
#: turn around its letters (format characters: zero-width, direction controls).
_NOT_IN_FILE_NAMES = set('<>:"/\\|?*')


def suggested_file_name(stem: str, suffix: str, *, fallback: str = "agreement") -> str:
    """A file name made from an agreement's own words ("Acme <b>Analytics</b>") that any
    system's save dialog takes: reserved characters become "-", spaces are kept single,
    and a name of nothing usable (or of dots alone) becomes ``fallback``."""
    kept = "".join(
        " " if c.isspace() else "-" if c in _NOT_IN_FILE_NAMES or unicodedata.category(c) == "Cc"
        else "" if unicodedata.category(c) == "Cf" else c
        for c in stem)
    kept = " ".join(kept.split()).strip(" .")[:150].strip(" .")
    return (kept or fallback) + suffix


#: Honorifics a signer may leave out of the name they type: "Anna Becker" signing for
#: "Dr. Anna Becker" is no other person (tryout). Compared without case and full stop.
HONORIFICS = frozenset({"dr", "prof", "mr", "mrs", "ms", "miss", "mx", "sir", "dame",
                        "herr", "frau", "mme", "mlle", "sra", "srta"})


def same_name(typed: str, name: str) -> bool:
    """Whether ``typed`` is ``name`` up to case, spacing, compatibility forms, invisible
    format characters (the isolates around a right-to-left name) and honorifics in
    front that one side leaves out ("Anna Becker" for "Dr. Anna Becker"). Two different
    honorifics are two people: "Mr. Lee" is not "Mrs. Lee" (review)."""
    def plain(text: str) -> list[str]:
        text = unicodedata.normalize("NFKC", text)
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
        return text.casefold().split()

    def core(words: list[str]) -> list[str]:
        rest = list(words)
        while len(rest) > 1 and rest[0].rstrip(".") in HONORIFICS:
            rest.pop(0)
        return rest

    ours, theirs = plain(typed), plain(name)
    if ours == theirs:
        return True
    # one side has no honorific: the other may drop its own
    return (core(ours) == ours or core(theirs) == theirs) and core(ours) == core(theirs)
