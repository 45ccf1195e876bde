"""Explicit tab order: Tab follows the page as it reads, top to bottom, left to right.

Qt's default order is creation order, which drifts from the layout as soon as a widget
is added to a row built earlier (the Terms page's "Only disputed" box sits in the list
editor's tool row) or a page is built after the window around it (pages are built on
their first visit). Pages and editors therefore say their order; :func:`chain` applies it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

#: Widgets whose children are their own internals (an editable combo box's line edit, a
#: date edit's text field, a list's viewport): Tab stops at the widget, not inside it.
_WHOLE = (QAbstractSpinBox, QComboBox, QAbstractScrollArea)
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def focus_stops(widget: QWidget) -> list[QWidget]:
    """Where Tab stops inside ``widget``: itself when it takes focus, then its children's
    stops in creation order (a checkable group box, then what is in it)."""
    own = [widget] if _takes_tab(widget) and widget.focusProxy() is None else []
    if isinstance(widget, _WHOLE):
        proxy = widget.focusProxy()
        return own or ([proxy] if proxy is not None else [])
    # Only the child widgets: children() would wrap every layout, action and model too,
    # and PySide6 builds each new type's enums on first sight (60 ms at start-up).
    children = [c for c in widget.findChildren(QWidget, options=_DIRECT) if not c.isWindow()]
    return own + [stop for child in children for stop in focus_stops(child)]


def chain(widgets: Iterable[QWidget | None]) -> list[QWidget]:
    """Set the tab order to visit ``widgets`` (and the stops inside each) in this order."""
    stops: list[QWidget] = []
    for widget in widgets:
        if widget is not None:
            stops.extend(s for s in focus_stops(widget) if s not in stops)
    for first, second in zip(stops, stops[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return stops
