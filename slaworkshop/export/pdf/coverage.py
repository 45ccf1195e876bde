"""Which characters of a document the bundled fonts cannot draw.

The fonts in ``assets/fonts`` cover Latin (German, French, Polish, Turkish,
Vietnamese…), Greek, Cyrillic, Hebrew and Arabic. Anything else (Chinese, Japanese,
Korean, emoji…) prints as an empty box: the render uses no font the machine has
installed (``bundled_fonts``). The document then says so on its contents page, so that
a box is never read as the text itself; the text layer and the attached config keep
every character.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from slaworkshop.resources import assets_dir

#: Every face user text is set in has these (a test checks it): text made only of
#: them needs no font file read. Basic Latin to Latin Extended-B.
ALWAYS_COVERED = range(0x20, 0x250)

#: Characters that are never drawn as a glyph of their own: controls, format
#: characters (zero-width space and joiner, direction marks, soft hyphen), line and
#: paragraph separators and variation selectors.
_INVISIBLE_CATEGORIES = ("Cc", "Cf", "Zl", "Zp")


def _invisible(character: str) -> bool:
    code = ord(character)
    return (
        unicodedata.category(character) in _INVISIBLE_CATEGORIES
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


#: The code points the bundled fonts draw, as ranges, one per line: read at each render
#: instead of the fonts' character maps (parsing those took 70 ms, a twentieth of an
#: export). ``scripts/font_coverage.py`` writes it; a test checks it against the fonts.
COVERAGE_FILE = "fonts/coverage.txt"


def font_coverage(fonts: Path) -> frozenset[int]:
    """The code points some ``*.ttf`` font in ``fonts`` has a glyph for."""
    from fontTools.ttLib import TTFont

    covered: set[int] = set()
    for path in sorted(fonts.glob("*.ttf")):
        font = TTFont(path, lazy=True)
        try:
            covered.update(font.getBestCmap())
        finally:
            font.close()
    return frozenset(covered)


def as_ranges(points: frozenset[int]) -> str:
    """``0020-007E`` lines: the file form of a set of code points."""
    lines: list[str] = []
    ordered = sorted(points)
    start = previous = ordered[0]
    for point in [*ordered[1:], -1]:
        if point != previous + 1:
            lines.append(f"{start:04X}-{previous:04X}")
            start = point
        previous = point
    return "\n".join(lines) + "\n"


@cache
def bundled_coverage() -> frozenset[int]:
    """The code points some bundled font has a glyph for."""
    covered: set[int] = set()
    for line in (assets_dir() / COVERAGE_FILE).read_text(encoding="ascii").split():
        first, last = line.split("-")
        covered.update(range(int(first, 16), int(last, 16) + 1))
    return frozenset(covered)


def uncovered(text: str) -> list[str]:
    """The characters of ``text`` no bundled font draws, in code point order."""
    characters = {c for c in set(text) if ord(c) not in ALWAYS_COVERED}
    if not characters:
        return []
    covered = bundled_coverage()
    return sorted(
        (c for c in characters if ord(c) not in covered and not _invisible(c)), key=ord
    )


def describe(character: str) -> str:
    """``U+C601 HANGUL SYLLABLE YEONG``: a character named without drawing it."""
    name = unicodedata.name(character, "")
    code = f"U+{ord(character):04X}"
    return f"{code} {name}" if name else code

