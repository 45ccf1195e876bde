"""A window's remembered size and place, when they still fit the screen it opens on.

Geometry saved on a 1920×1080 screen and restored on a 1280×800 one came back scaled
down (the start window at 520×316, its columns cut; the agreement window at
853×533). A restored geometry is kept only when the window is on a screen, no larger
than that screen's free area and, when it was saved on a screen of another size, at
least ``SMALLEST`` of its default size there (on the same screen, a small window is
the user's choice); otherwise the window opens at its default size, centred.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QWidget

from .settings import app_settings

#: The smallest remembered size kept, as a share of the default size for the screen:
#: low enough that a window kept beside another on half of a 1920-pixel screen (960
#: of the agreement window's 1320) is remembered, high enough that the shrunken
#: windows above are not.
SMALLEST = 0.6

DefaultSize = Callable[[QSize], QSize]  # the screen's free area → the window's size


def first_run_size(wanted: QSize, available: QSize) -> QSize:
    """``wanted`` within a screen's free area ``available``, room left for the frame."""
    return wanted.boundedTo(available - QSize(16, 40))


def screen_text(window: QWidget) -> str:
    """The free area of the screen ``window`` is on, as saved beside its geometry."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    size = screen.availableGeometry().size()
    return f"{size.width()}x{size.height()}"


def fits(geometry: QRect, screen: QScreen | None, default: DefaultSize,
         same_screen: bool = False) -> bool:
    """Whether a window at ``geometry`` on ``screen`` (None: on no screen) is in sight,
    no larger than the screen's free area and, unless it was saved on a screen of this
    very size (``same_screen``: then its size was the user's choice), not much smaller
    than its default."""
    if screen is None:
        return False
    available = screen.availableGeometry()
    if geometry.width() > available.width() or geometry.height() > available.height():
        return False
    if same_screen:
        return True
    wanted = default(available.size())
    return (geometry.width() >= wanted.width() * SMALLEST
            and geometry.height() >= wanted.height() * SMALLEST)


def restore_or_default(window: QWidget, saved: object, default: DefaultSize,
                       saved_screen: object = None) -> None:
    """Restore ``saved`` (from ``saveGeometry``, made on a screen whose free area was
    ``saved_screen``, from :func:`screen_text`) if it fits the screen, else give
    ``window`` its default size (centred on the screen when the saved place was not
    kept; with nothing saved, the window manager places it)."""
    if not isinstance(saved, QByteArray) or not window.restoreGeometry(saved):
        screen = window.screen() or QGuiApplication.primaryScreen()
        window.resize(default(screen.availableGeometry().size()))
        return
    states = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    if window.windowState() & states:
        return  # the window manager fits it to the screen
    geometry = window.geometry()
    at = QGuiApplication.screenAt(geometry.center())
    free = at.availableGeometry().size() if at is not None else None
    same = free is not None and saved_screen == f"{free.width()}x{free.height()}"
    if fits(geometry, at, default, same_screen=same):
        return
    available = (at or QGuiApplication.primaryScreen()).availableGeometry()
    size = default(available.size())
    window.resize(size)
    place = QRect(QPoint(0, 0), size)
    place.moveCenter(available.center())
    window.move(max(place.left(), available.left()), max(place.top(), available.top()))


def restore_window(window: QWidget, key: str, default: DefaultSize) -> QSettings:
    """Give ``window`` the size, place (and, for a main window, the toolbars and docks)
    saved under ``key`` by :func:`save_window`, as far as they fit; the settings."""
    settings = app_settings()
    restore_or_default(window, settings.value(f"{key}/geometry"), default,
                       settings.value(f"{key}/screen"))
    state = settings.value(f"{key}/state")
    if isinstance(window, QMainWindow) and isinstance(state, QByteArray):
        window.restoreState(state)
    return settings


def save_window(window: QWidget, key: str) -> QSettings:
    """Remember ``window``'s size and place (and a main window's toolbars and docks)."""
    settings = app_settings()
    settings.setValue(f"{key}/geometry", window.saveGeometry())
    settings.setValue(f"{key}/screen", screen_text(window))
    if isinstance(window, QMainWindow):
        settings.setValue(f"{key}/state", window.saveState())
    return settings
