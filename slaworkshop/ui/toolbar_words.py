"""The agreement window's toolbar keeps every button in view as the text grows.

Two steps of larger text (Ctrl+plus) made the toolbar wider than the window, and
Qt moved the last buttons, the Readiness toggle among them, into the bar's "»"
overflow menu, where nobody looks for a toggle. When the full wording does not fit,
the buttons say it in a word ("Propose", "Readiness"); the menus keep the full
words, and each button's tooltip keeps them with the key. Presentation mode's
action is left alone: the navigation bar words it while the mode is on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from .window_actions import WindowActions


def short_words(a: WindowActions) -> dict[QAction, str]:
    return {
        a.save_version: "Save",
        a.propose: "Propose",
        a.export_config: "Config file",
        a.export_pdf: "PDF",
        a.compare: "Compare",
        a.readiness: "Readiness",
    }


class ToolbarWords(QObject):
    """Full words on ``bar``'s buttons when they fit its width, else short ones."""

    def __init__(self, bar: QToolBar, actions: WindowActions) -> None:
        super().__init__(bar)
        self.bar = bar
        self.short = short_words(actions)
        self.compact = False
        bar.installEventFilter(self)

    def fit(self) -> None:
        if not self.bar.isVisible():
            return  # hidden in presentation mode; measured again when it comes back
        compact = self._needed() > self.bar.contentsRect().width()
        if compact != self.compact:
            self.compact = compact
            for action, word in self.short.items():
                action.setIconText(word if compact else "")  # "": the menu's words

    def _needed(self) -> int:
        """The bar's width with every button in its full wording, whatever it shows."""
        layout = self.bar.layout()
        assert layout is not None  # a QToolBar makes its layout when it is constructed
        widgets = [w for w in (self.bar.widgetForAction(a) for a in self.bar.actions())
                   if w is not None]
        width = sum(w.sizeHint().width() for w in widgets)
        for action in self.short:
            button = self.bar.widgetForAction(action)
            if button is not None:
                metrics = button.fontMetrics()
                full = action.text().replace("&", "").rstrip("…")
                width += (metrics.horizontalAdvance(full)
                          - metrics.horizontalAdvance(action.iconText()))
        margins = layout.contentsMargins()
        return width + layout.spacing() * (len(widgets) - 1) + margins.left() + margins.right()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() in (QEvent.Type.Resize,
                                                    QEvent.Type.LayoutRequest,
                                                    QEvent.Type.Show):
            self.fit()  # a narrower window, larger type
        return False
