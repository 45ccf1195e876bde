"""Fonts for the PDF come from ``assets/fonts`` and nowhere else.

WeasyPrint's own font configuration starts from the machine's (every font installed
on it), and a character the bundled fonts lack is then drawn from whichever system
font has it. A signed document would look different depending on the computer that
made it, and rendering would read font files the application did not ship. Here the
configuration WeasyPrint draws with is an empty Fontconfig configuration to which
only the stylesheet's ``@font-face`` fonts (all bundled, served by the asset fetcher)
are added. A character none of them has prints as an empty box; the contents page
names such characters (``coverage``), and the text layer and the attached config keep
them whole.
"""

from __future__ import annotations

import ctypes.util
from functools import cache
from typing import Any

from cffi import FFI
from weasyprint.text import ffi as weasyprint_ffi
from weasyprint.text.fonts import FontConfiguration


@cache
def _fontconfig() -> Any:
    """``FcConfigCreate`` from the Fontconfig library WeasyPrint already loaded (its own
    bindings do not declare it)."""
    ffi = FFI()
    ffi.cdef("typedef struct _FcConfig FcConfig; FcConfig *FcConfigCreate(void);")
    # The same shared library WeasyPrint opened: the loader hands out the loaded one.
    return ffi, ffi.dlopen(ctypes.util.find_library("fontconfig") or "libfontconfig.so.1")


class BundledFontConfiguration(FontConfiguration):  # type: ignore[misc]
    """A WeasyPrint font configuration that knows no font but the ``@font-face`` ones."""

    def __init__(self) -> None:
        super().__init__()
        ffi, library = _fontconfig()
        empty = library.FcConfigCreate()
        if empty == ffi.NULL:
            raise MemoryError("Fontconfig could not create a font configuration")
        wffi = weasyprint_ffi.ffi
        config = wffi.cast("FcConfig *", int(ffi.cast("uintptr_t", empty)))
        # The font map takes a reference to the configuration and drops the machine's.
        weasyprint_ffi.pangoft2.pango_fc_font_map_set_config(
            wffi.cast("PangoFcFontMap *", self.font_map), config
        )
        weasyprint_ffi.fontconfig.FcConfigDestroy(config)
        self._config = config  # where add_font_face puts the @font-face fonts
