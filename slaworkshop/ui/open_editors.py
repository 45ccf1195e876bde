"""What is being typed in a table cell reaches the model before the window acts.

A cell's editor holds its text until it closes: Ctrl+W on the Stakeholders page with
a cell being typed in closed the window, and the draft kept the old value. Closing,
saving a version, moving to another section and Undo call :func:`commit_open_editors`
first, as the forms under the tables commit what is typed in them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QWidget


def commit_open_editors(root: QWidget) -> None:
    """Write the editor open in any item view under ``root`` to its model and close it,
    as Enter would; a delegate that refuses the text says so its usual way."""
    for view in root.findChildren(QAbstractItemView):
        if view.state() != QAbstractItemView.State.EditingState:
            continue
        index = view.currentIndex()  # editing starts on the current cell
        editor = view.indexWidget(index) if index.isValid() else None
        if editor is None or view.isPersistentEditorOpen(index):
            continue  # a widget shown in the cell for good is not an edit in progress
        delegate = view.itemDelegateForIndex(index)
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
