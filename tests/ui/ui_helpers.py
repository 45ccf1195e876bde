"""Helpers the UI tests share (imported by name; tests/ui is on sys.path)."""

from __future__ import annotations

from typing import Any


def reread(db_url: str, agreement_id: str) -> Any:
    """The draft as a *second* connection to the same file sees it."""
    from slaworkshop.services import AgreementService
    from slaworkshop.store import open_store

    store = open_store(db_url)
    try:
        return AgreementService(store).draft(agreement_id)
    finally:
        store.dispose()


def open_window(qtbot: Any, workspace: Any, agreement_id: str) -> Any:
    """The agreement window, shown; qtbot closes and deletes it at the end."""
    from PySide6.QtCore import Qt

    from slaworkshop.ui.agreement_window import AgreementWindow

    win = AgreementWindow(workspace, workspace.agreements.draft(agreement_id))
    # qtbot closes and deletes it at the end; deleting on close as well would be twice
    win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def settle_layout(qtbot: Any, window: Any) -> None:
    """Wait until the window's layout is final: the readiness panel's check after a
    resize (it may step aside or come back, ui/narrow_room.py) and the layout passes
    after it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: not window.narrow_room._check_soon.isActive())
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def wait_saved(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=3000)


def edit_with_delegate(editor: Any, row: int, field: str, value: Any) -> None:
    """Open the cell's editor in the table, set ``value`` as a user would, commit it."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from slaworkshop.ui.duration_editor import DurationEditor, split_duration
    from slaworkshop.ui.keyed_list.table_model import column_of

    index = editor.proxy.mapFromSource(editor.model.index(row, column_of(editor.spec, field)))
    view = editor.view
    view.setCurrentIndex(index)
    view.edit(index)
    widget = view.indexWidget(index)
    assert widget is not None, f"no editor opened for {field}"
    if isinstance(widget, QComboBox):
        found = widget.findData(value)
        assert found >= 0, f"{value!r} is not offered for {field}"
        widget.setCurrentIndex(found)
    elif isinstance(widget, DurationEditor):
        amount, unit = split_duration(value) or (0, 0)
        widget.unit.setCurrentIndex(unit)
        widget.amount.setValue(amount)
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    view.itemDelegate().setModelData(widget, editor.proxy, index)
    view.closePersistentEditor(index)
    view.setFocus()


def projector_size(qtbot: Any, window: Any, width: int = 1280, height: int = 800) -> None:
    """Make ``window`` ``width``×``height``, in presentation mode too: the offscreen
    screen is 800 px wide and a full-screen window takes its size, so a 1280×800
    projector is a window of that size with the full-screen state taken off."""
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height,
                    timeout=2000)


def focus_cell(qtbot: Any, window: Any, section: str, row: int, column: int) -> Any:
    """Go to ``section`` and put the keyboard on a cell of its (first) table, as a user
    who clicked it; returns the table's view."""
    window.activateWindow()
    window.go_to_section(section)
    view = window.pages[section].list_editors()[0].view
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.waitUntil(view.hasFocus)
    return view
