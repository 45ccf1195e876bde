"""The agreement window's actions, menus and toolbars, in one place.

Actions for features other modules provide (PDF export, History, Compare) start
disabled with a tooltip saying so; an extension enables them and connects
``triggered`` (see ``slaworkshop.ui.extensions``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

NOT_YET = "Available when the {} feature is installed"


@dataclass
class WindowActions:
    save_version: QAction
    propose: QAction
    export_config: QAction
    export_pdf: QAction
    close: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    add_item: QAction
    duplicate_item: QAction
    remove_item: QAction
    move_up: QAction
    move_down: QAction
    history: QAction
    compare: QAction
    presentation: QAction
    readiness: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    previous_section: QAction
    next_section: QAction
    sections_list: QAction


def _action(window: QMainWindow, text: str, *keys: QKeySequence | QKeySequence.StandardKey | str,
            tip: str = "", checkable: bool = False) -> QAction:
    action = QAction(text, window)
    if keys:
        # a standard key may be empty on some platforms, or the same as the next one
        unique: list[QKeySequence] = []
        for key in (QKeySequence(k) for k in keys):
            if not key.isEmpty() and key not in unique:
                unique.append(key)
        action.setShortcuts(unique)
    action.setCheckable(checkable)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip or text.replace('&', '').rstrip('…')}"
                      + (f" ({shortcut})" if shortcut else ""))
    window.addAction(action)
    return action


def _tip_with_shortcut(action: QAction, tip: str) -> None:
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shortcut})")


def _pending(action: QAction, feature: str) -> None:
    action.setEnabled(False)
    action.setToolTip(NOT_YET.format(feature))


def build_actions(window: QMainWindow, undo: QAction, redo: QAction) -> WindowActions:
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    # The menu shows what Undo and Redo would do ("Undo Change title"); the tooltip
    # stays general and shows the shortcut.
    _tip_with_shortcut(undo, "Undo the last change")
    _tip_with_shortcut(redo, "Redo what was undone")
    for action in (undo, redo):
        window.addAction(action)
    actions = WindowActions(
        save_version=_action(window, "&Save version…", QKeySequence.StandardKey.Save,
                             tip="Freeze the draft as a new version"),
        propose=_action(window, "&Propose for signature…", "Ctrl+Shift+P",
                        tip="Freeze the latest version for signature"),
        export_config=_action(window, "Export con&fig file…", "Ctrl+E"),
        export_pdf=_action(window, "Export P&DF…", "Ctrl+Shift+E"),
        close=_action(window, "&Close window", QKeySequence.StandardKey.Close),
        quit=_action(window, "&Quit", QKeySequence.StandardKey.Quit, "Ctrl+Q",
                     tip="Close every window, saving what was typed"),
        undo=undo,
        redo=redo,
        add_item=_action(window, "&Add item", "Ctrl+N"),
        duplicate_item=_action(window, "Dup&licate item", "Ctrl+D"),
        remove_item=_action(window, "Remo&ve item", "Ctrl+Del"),
        move_up=_action(window, "Move item u&p", "Ctrl+Shift+Up"),
        move_down=_action(window, "Move item do&wn", "Ctrl+Shift+Down"),
        history=_action(window, "&History…", "Ctrl+H"),
        compare=_action(window, "&Compare versions…", "Ctrl+Shift+C"),
        presentation=_action(window, "&Presentation mode", "F11", checkable=True),
        readiness=_action(window, "&Readiness panel", "F9", checkable=True),
        zoom_in=_action(window, "&Bigger text", QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
        zoom_out=_action(window, "&Smaller text", QKeySequence.StandardKey.ZoomOut),
        zoom_reset=_action(window, "&Normal text size", "Ctrl+0"),
        previous_section=_action(window, "&Previous section", "Alt+Left", "Ctrl+PgUp"),
        next_section=_action(window, "&Next section", "Alt+Right", "Ctrl+PgDown"),
        sections_list=_action(window, "Go to the &sections list", "Ctrl+L"),
    )
    _pending(actions.export_pdf, "PDF export")
    _pending(actions.history, "history")
    _pending(actions.compare, "compare")
    return actions


def build_menus(window: QMainWindow, a: WindowActions) -> None:
    bar = window.menuBar()
    menus: list[tuple[str, list[QAction | None]]] = [
        ("&File", [a.save_version, a.propose, None, a.export_config, a.export_pdf, None,
                   a.close, a.quit]),
        ("&Edit", [a.undo, a.redo, None, a.add_item, a.duplicate_item, a.remove_item,
                   a.move_up, a.move_down]),
        ("&View", [a.presentation, a.readiness, None, a.zoom_in, a.zoom_out, a.zoom_reset,
                   None, a.history, a.compare]),
        ("&Go", [a.previous_section, a.next_section, a.sections_list]),
    ]
    for title, items in menus:
        menu = QMenu(title, window)
        for item in items:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)
        bar.addMenu(menu)


def build_toolbars(window: QMainWindow, a: WindowActions) -> tuple[QToolBar, QToolBar]:
    main = QToolBar("Agreement", window)
    main.setObjectName("mainToolbar")
    main.setMovable(False)
    for action in (a.save_version, a.propose, a.export_config, a.export_pdf, a.history,
                   a.compare, a.presentation, a.readiness):
        main.addAction(action)
    window.addToolBar(main)
    navigation = QToolBar("Sections", window)
    navigation.setObjectName("navigationToolbar")
    navigation.setMovable(False)
    window.addToolBar(navigation)
    return main, navigation
