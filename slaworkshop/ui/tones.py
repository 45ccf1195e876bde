"""Coloured text that stays readable in presentation mode.

A label coloured with its own style sheet (``color: #52606d``) keeps that colour
whatever its window says: in presentation mode's black background the grey role of a
signer, "Waiting" in dark amber and "Signed" in dark green all but vanished. A toned
label is coloured through its palette instead, which the high-contrast style sheet
overrides by the ``tone`` property (see ``presentation.HIGH_CONTRAST``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

#: tone → (colour on the normal light background, colour on presentation's black)
TONES: dict[str, tuple[str, str]] = {
    "muted": ("#52606d", "#d6d6d6"),
    "good": ("#14532d", "#7ee08a"),
    "waiting": ("#5a4300", "#ffd400"),
    "error": ("#611a15", "#ff9e9e"),
}


def set_tone(widget: QWidget, tone: str) -> None:
    normal, _ = TONES[tone]
    widget.setProperty("tone", tone)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(normal))
    palette.setColor(QPalette.ColorRole.Text, QColor(normal))
    widget.setPalette(palette)


def high_contrast_rules() -> str:
    return "\n".join(f'QLabel[tone="{tone}"], QCheckBox[tone="{tone}"] {{ color: {dark}; }}'
                     for tone, (_, dark) in TONES.items())
