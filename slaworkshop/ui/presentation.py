"""Presentation mode and text size.

Presentation mode is for the projector: full screen, large type, high contrast, and
the toolbar reduced to section navigation. Text size (Ctrl+plus, Ctrl+minus, Ctrl+0)
works in both modes; presentation multiplies it.

The windows an agreement window opens (History, Compare, the signing dialog, any
message) are seen on the same projector: while the mode is on they get the same type
size and contrast, whether they were open already or open later.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QDir, QEvent, QObject
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget

from .tones import high_contrast_rules

PRESENTATION_FACTOR = 1.6
STEP = 1.15
#: Bigger text stops where this many lines no longer fit the screen's height: the
#: pages lay out a form and a table of a few rows in about that many.
LINES_ON_SCREEN = 28
LARGEST = "Text is at its largest for this screen (Ctrl+minus: smaller)."
HIGH_CONTRAST = """
QWidget { background: #000000; color: #ffffff; }
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit, QTimeEdit, QTableView, QListWidget {
    background: #101010; color: #ffffff; border: 2px solid #ffffff; }
QTableView { gridline-color: #777777; alternate-background-color: #1c1c1c;
    selection-background-color: #ffd400; selection-color: #000000; }
QListWidget::item:selected { background: #ffd400; color: #000000; }
QMenu::item { padding: 4px 16px; }
QMenu::item:selected { background: #ffd400; color: #000000; }
QHeaderView::section { background: #222222; color: #ffffff; border: 1px solid #777777; }
QPushButton, QToolButton { background: #222222; color: #ffffff; border: 2px solid #ffffff;
    padding: 4px 10px; }
QPushButton:disabled, QToolButton:disabled { color: #8a8a8a; border: 2px dashed #8a8a8a; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus,
QTableView:focus, QListWidget:focus { border: 3px solid #ffd400; }
QLabel#pageHeading { color: #ffd400; }
QToolButton::menu-indicator { image: none; width: 0px; }
QToolButton:checked { background: #222222; }
QCheckBox::indicator, QGroupBox::indicator, QTableView::indicator, QListView::indicator {
    width: 0.8em; height: 0.8em; background: #101010; border: 2px solid #ffffff; }
QCheckBox::indicator:checked, QGroupBox::indicator:checked, QTableView::indicator:checked,
QListView::indicator:checked { background: #ffd400; }
QTableView::indicator:selected, QListView::indicator:selected {
    background: #ffd400; border: 2px solid #000000; }
QTableView::indicator:checked:selected, QListView::indicator:checked:selected {
    background: #000000; }
"""
HIGH_CONTRAST += high_contrast_rules()


@cache
def _tick_rules() -> str:
    """A tick in a ticked box, black on the yellow fill and yellow on a selected row's
    black: a filled square alone did not read as ticked. Read from the shipped assets
    when presentation mode is first turned on: importlib.resources is not on the
    start-up path."""
    from slaworkshop.resources import assets_dir

    # By a search path, not the folder in the url(): an install path holding "'" or ")"
    # (C:\Users\O'Brien) made Qt drop the whole style sheet (review).
    QDir.addSearchPath("slawui", str(assets_dir() / "ui"))
    return (
        "QCheckBox::indicator:checked, QGroupBox::indicator:checked, "
        "QTableView::indicator:checked, QListView::indicator:checked "
        "{ image: url(slawui:tick-black.svg); }\n"
        "QTableView::indicator:checked:selected, QListView::indicator:checked:selected "
        "{ image: url(slawui:tick-yellow.svg); }\n"
    )


def _snapped(scale: float, before: float) -> float:
    """A step that reaches or crosses the default size lands on it: from the smallest
    size five steps up made 1.0057, over the default and so refused by a screen whose
    ceiling is the default (review)."""
    if min(scale, before) < 1.0 < max(scale, before) or abs(scale - 1.0) < 1e-9:
        return 1.0
    return scale


def high_contrast() -> str:
    """Presentation mode's style sheet."""
    return HIGH_CONTRAST + _tick_rules()
STYLED = "presentationStyled"  # property marking the other windows this mode restyled
SIZED = "textSized"  # property marking the other windows given a non-default text size


class Presentation(QObject):
    def __init__(self, window: QMainWindow, normal_bars: list[QToolBar],
                 navigation_bar: QToolBar) -> None:
        super().__init__(window)
        self._window = window
        self._normal_bars = normal_bars
        self._navigation = navigation_bar
        self._base_size = QApplication.font().pointSizeF()
        self.scale = 1.0
        self.active = False
        self._was_maximized = False
        self._watching = False
        navigation_bar.hide()

    def point_size(self, scale: float | None = None) -> float:
        """The text's size at ``scale`` (the current one by default)."""
        scale = self.scale if scale is None else scale
        return self._base_size * scale * (PRESENTATION_FACTOR if self.active else 1.0)

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        window = self._window
        if on:
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
        else:
            window.setStyleSheet("")
            if self._was_maximized:
                window.showMaximized()
            else:
                window.showNormal()
        for bar in self._normal_bars:
            bar.setVisible(not on)
        self._navigation.setVisible(on)
        self.apply_font()

    def zoom_in(self) -> None:
        scale = _snapped(min(self.scale * STEP, 4.0), self.scale)
        if scale > 1.0 and not self._fits_screen(self.point_size(scale)):
            # Five steps up on a 1024×768 projector scrolled the page sideways and left
            # the fields being edited a few pixels tall (tryout).
            self._window.statusBar().showMessage(LARGEST, 8000)
            return
        self.scale = scale
        self.apply_font()

    def _fits_screen(self, size: float) -> bool:
        """Whether :data:`LINES_ON_SCREEN` lines of text at ``size`` points fit in the
        height of the screen the window is on."""
        screen = self._window.screen()
        if screen is None:
            return True
        font = QFont(self._window.font())
        font.setPointSizeF(size)
        height = screen.availableGeometry().height()
        return QFontMetricsF(font).height() * LINES_ON_SCREEN <= height

    def zoom_out(self) -> None:
        self.scale = _snapped(max(self.scale / STEP, 0.5), self.scale)
        self.apply_font()

    def zoom_reset(self) -> None:
        self.scale = 1.0
        self.apply_font()

    def _watch_new_windows(self) -> None:
        """Style the windows this one opens as they are shown, while there is anything
        to give them (presentation mode, or a text size other than the default): a
        filter on every event of the application is not free."""
        wanted = self.active or self.scale != 1.0
        app = QApplication.instance()
        if app is None or wanted == self._watching:
            return
        (app.installEventFilter if wanted else app.removeEventFilter)(self)
        self._watching = wanted

    def apply_font(self) -> None:
        font = QFont(self._window.font())
        font.setPointSizeF(self.point_size())
        _size_text(self._window, font.pointSizeF())
        self._window.setFont(font)
        if self.active:
            # With a style sheet set, fonts no longer propagate to children: say it there.
            size = font.pointSizeF()
            self._window.setStyleSheet(
                high_contrast() + f"QWidget {{ font-size: {size:.1f}pt; }}\n"
                f"QLabel#pageHeading {{ font-size: {size * 1.5:.1f}pt; font-weight: bold; }}"
            )
        heading = QFont(font)
        heading.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setBold(True)
        for label in self._window.findChildren(QObject, "pageHeading"):
            label.setFont(heading)  # type: ignore[attr-defined]
        for other in self.owned_windows():
            self._style(other)
        self._watch_new_windows()

    def owned_windows(self) -> list[QWidget]:
        """The top-level windows and dialogs this agreement window opened (shown or not)."""
        return [w for w in QApplication.topLevelWidgets()
                if w is not self._window and self._owns(w)]

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False

    def _style(self, other: QWidget) -> None:
        if self.active:
            size = self.point_size()
            font = QFont(other.font())
            font.setPointSizeF(size)
            other.setFont(font)
            other.setStyleSheet(high_contrast() + f"QWidget {{ font-size: {size:.1f}pt; }}")
            other.setProperty(STYLED, True)
            _room_for_contents(other)
            return
        if other.property(STYLED):
            other.setStyleSheet("")
            other.setFont(QApplication.font(other))
            other.setProperty(STYLED, False)
        # Ctrl+plus outside presentation mode: History, Compare and dialogs take the
        # agreement window's text size too, and give it back on Ctrl+0.
        if self.scale != 1.0 or other.property(SIZED):
            size = self.point_size()
            font = QFont(other.font())
            font.setPointSizeF(size)
            other.setFont(font)
            _size_text(other, size)
            other.setProperty(SIZED, self.scale != 1.0)
            if self.scale > 1.0:
                _room_for_contents(other)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and watched is not self._window and self._owns(watched)):
            self._style(watched)
        return False


def _size_text(window: QWidget, size: float) -> None:
    """Give every widget of ``window`` (not the windows it opened) text of ``size``,
    keeping the rest of its font (bold, family).

    Setting the window's font is not enough outside presentation mode: a font does not
    reach a widget with a style sheet of its own (the refusal banner, the handoff note),
    nor the children of one that presentation's style sheet left marked as styled (the
    page scroll area's viewport, the readiness dock): tables, fields and the readiness
    panel kept their size once presentation mode had been on, and went on being
    measured for it (rows stayed tall after Ctrl+0). A label given its own font (bold)
    took a copy of the size it was made at.

    Children before their parents, as Qt itself does: a parent measuring its children
    when its font changes (the Review page's problem list) sees their new size."""
    for widget in reversed(window.findChildren(QWidget)):  # found parents first
        if widget.window() is not window:
            continue  # the dialogs and popups this window owns: see ``_style``
        font = QFont(widget.font())
        font.setPointSizeF(size)
        widget.setFont(font)


def _room_for_contents(window: QWidget) -> None:
    """Grow a restyled window to what its larger type needs, within the screen: the
    signing dialog kept the size it had opened at, so its text and the content hash
    were cut off at the right and the bottom."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    needed = window.sizeHint().expandedTo(window.minimumSizeHint())
    frame = window.frameGeometry().size() - window.size()  # title bar and borders
    target = window.size().expandedTo(needed).boundedTo(
        screen.availableGeometry().size() - frame)
    if target != window.size():
        window.resize(target)
        free = screen.availableGeometry()
        placed = window.frameGeometry()
        window.move(max(free.left(), min(placed.left(), free.right() - placed.width())),
                    max(free.top(), min(placed.top(), free.bottom() - placed.height())))
