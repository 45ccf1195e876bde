"""Which characters of a document the bundled fonts draw, and with which font.

The main fonts in ``assets/fonts`` cover Latin (German, French, Polish, Turkish,
Vietnamese…), Greek, Cyrillic, Hebrew and Arabic; the fallback font in
``assets/fonts/fallback`` adds Chinese and Japanese, and the fonts in
``assets/fonts/scripts`` Hindi and Marathi (Devanagari), Bengali, Gujarati, Tamil and
Thai. Each of those folders is given to WeasyPrint only for a document that needs it.
Anything else (Korean, emoji…) prints as an empty box:
the render uses no font the machine has installed (``bundled_fonts``). The document
then says so on its contents page, so that a box is never read as the text itself;
the text layer and the attached config keep every character."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
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


#: Chinese and Japanese: a large font (4 MB), given to WeasyPrint only for a document
#: that has characters the main fonts lack and it has, so other renders never load it.
FALLBACK_FONT = "fonts/fallback/DroidSansFallbackFull.ttf"
FALLBACK_COVERAGE_FILE = "fonts/fallback/coverage.txt"
FALLBACK_FACE = f'@font-face {{ font-family: "SLA Fallback"; src: url({FALLBACK_FONT}); }}\n'

#: Scripts of South and South-East Asia, each in a regular and a bold face (a Hindi
#: signatory's name printed as boxes on the signature page: PDF review).
SCRIPT_FONTS = ("Devanagari", "Bengali", "Gujarati", "Tamil", "Thai")
SCRIPTS_COVERAGE_FILE = "fonts/scripts/coverage.txt"
SCRIPTS_FACE = "".join(
    f'@font-face {{ font-family: "SLA {script}"; src: url(fonts/scripts/NotoSans{script}-'
    f'{style}.ttf); font-weight: {weight}; }}\n'
    for script in SCRIPT_FONTS for style, weight in (("Regular", 400), ("Bold", 700))
)

#: Every coverage file, the main fonts' first: ``scripts/font_coverage.py`` writes them.
COVERAGE_FILES = (COVERAGE_FILE, FALLBACK_COVERAGE_FILE, SCRIPTS_COVERAGE_FILE)


def _read_ranges(name: str) -> frozenset[int]:
    covered: set[int] = set()
    for line in (assets_dir() / name).read_text(encoding="ascii").split():
        first, last = line.split("-")
        covered.update(range(int(first, 16), int(last, 16) + 1))
    return frozenset(covered)


@cache
def bundled_coverage() -> frozenset[int]:
    """The code points some of the main bundled fonts has a glyph for."""
    return _read_ranges(COVERAGE_FILE)


@cache
def fallback_coverage() -> frozenset[int]:
    """The code points the fallback font has a glyph for."""
    return _read_ranges(FALLBACK_COVERAGE_FILE)


@cache
def scripts_coverage() -> frozenset[int]:
    """The code points the script fonts have glyphs for."""
    return _read_ranges(SCRIPTS_COVERAGE_FILE)


@dataclass(frozen=True)
class Coverage:
    """What a document needs beyond the main fonts."""

    fallback: bool  # some character is drawn by the fallback font only
    missing: tuple[str, ...]  # characters no bundled font draws, in code point order
    scripts: bool = False  # some character is drawn by a script font only

    @property
    def faces(self) -> str:
        """The ``@font-face`` rules of the extra fonts this document needs."""
        return (FALLBACK_FACE if self.fallback else "") + (SCRIPTS_FACE if self.scripts else "")


def coverage_of(text: str) -> Coverage:
    """Which extra fonts ``text`` needs, and what no bundled font draws."""
    characters = {c for c in set(text) if ord(c) not in ALWAYS_COVERED}
    if not characters:
        return Coverage(fallback=False, missing=())
    covered = bundled_coverage()
    beyond = [c for c in characters if ord(c) not in covered and not _invisible(c)]
    if not beyond:
        return Coverage(fallback=False, missing=())
    scripts = scripts_coverage()
    by_scripts = [c for c in beyond if ord(c) in scripts]
    rest = [c for c in beyond if ord(c) not in scripts]
    extra = fallback_coverage()
    missing = sorted((c for c in rest if ord(c) not in extra), key=ord)
    return Coverage(fallback=len(missing) < len(rest), missing=tuple(missing),
                    scripts=bool(by_scripts))


def describe(character: str) -> str:
    """``U+C601 HANGUL SYLLABLE YEONG``: a character named without drawing it."""
    name = unicodedata.name(character, "")
    code = f"U+{ord(character):04X}"
    return f"{code} {name}" if name else code
