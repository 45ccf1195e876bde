"""The readiness panel steps aside in a window too narrow for it and the page.

In a window narrower than about 1,000 px (half a laptop screen, a projector at a low
resolution) the panel kept its width and the page scrolled sideways, cutting off the
table's columns. Now, whenever the page on show no longer fits beside the panel (the
window narrowed or opened narrow, the text made larger, a wider page chosen), the panel
hides; its count stays in the status bar, where one click (or the Readiness panel
action) shows it again. When there is room for both again, a panel hidden this way
comes back. Only a panel docked beside the page steps aside: docked above or below it,
or floating, it takes no width from the page.

What the facilitator chose is kept: a panel shown by hand in a narrow window stays until
the window has room for it again, and a panel closed by hand is never shown by this. The
panel's own showing and hiding with the window (its first show, minimizing) is no choice.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea

#: Room for the splitter handle between the page and the panel, and a little to spare,
#: so that the panel does not come back at a width where it would hide again.
SEPARATOR = 12

_BESIDE = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
#: Events after which the page may no longer fit beside the panel, or fit again.
_WINDOW_EVENTS = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.WindowStateChange)


class NarrowRoom(QObject):
    def __init__(self, window: QMainWindow, panel: QDockWidget, page_area: QScrollArea,
                 paused: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.page_area = page_area
        self.paused = paused  # presentation mode makes its own room
        self.auto_hidden = False
        self._kept_by_hand = False
        #: the page's width when the panel was shown by hand: a wider window has room
        self._hand_width = 0
        self._changing = False
        # Between the window's own show or state change and the check after it, the
        # panel's visibility follows the window's: no choice of the facilitator's.
        self._settling = True
        self._check_soon = QTimer(self)
        self._check_soon.setSingleShot(True)
        self._check_soon.timeout.connect(self._settle)
        panel.visibilityChanged.connect(self._visibility_changed)
        window.installEventFilter(self)
        page = page_area.widget()
        if page is not None:  # a page switched, made larger or wider
            page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if watched is self.window and kind in _WINDOW_EVENTS:
            if kind != QEvent.Type.Resize:
                self._settling = True
            self._check_soon.start(0)  # once the window's layout has the new size
        elif watched is not self.window and kind == QEvent.Type.LayoutRequest:
            self._check_soon.start(0)
        return False

    def _settle(self) -> None:
        self._settling = False
        self.check()

    def _overflow(self) -> int:
        """How many pixels the page on show lacks in width (negative: to spare)."""
        page = self.page_area.widget()
        if page is None:
            return 0
        return page.minimumSizeHint().width() - self.page_area.viewport().width()

    def _beside(self) -> bool:
        return not self.panel.isFloating() and self.window.dockWidgetArea(self.panel) in _BESIDE

    def check(self) -> None:
        if self.paused() or not self.window.isVisible() or self.window.isMinimized():
            return
        if not self._beside():
            if self.auto_hidden:  # moved above or below the page while hidden
                self._set_shown(True)
                self.auto_hidden = False
            return
        overflow = self._overflow()
        if self.panel.isVisible():
            if overflow <= 0:
                if self.page_area.viewport().width() > self._hand_width:
                    # the window has room again: a later narrowing hides it again. Not
                    # a page that happens to fit at the same width: going on from it to
                    # a wider one hid a panel shown by hand a minute before (tryout).
                    self._kept_by_hand = False
            elif not self._kept_by_hand:
                self._set_shown(False)
                self.auto_hidden = True
        elif self.auto_hidden and -overflow >= self.panel.width() + SEPARATOR:
            self._set_shown(True)
            self.auto_hidden = False

    def _set_shown(self, shown: bool) -> None:
        self._changing = True
        try:
            self.panel.setVisible(shown)
        finally:
            self._changing = False

    def _visibility_changed(self, visible: bool) -> None:
        if not shiboken6.isValid(self.window):
            return  # the window being destroyed while shown hides its panel as it goes
        if self._changing or self._settling or self.paused():
            return
        if not self.window.isVisible() or self.window.isMinimized():
            return  # the window going away or being minimized, not a choice
        # shown or closed by hand: the facilitator's choice from now on
        self.auto_hidden = False
        self._kept_by_hand = visible
        self._hand_width = self.page_area.viewport().width()
        if visible:
            self._check_soon.start(0)  # with room for both, the next narrowing hides it
