"""What is being typed in a table cell reaches the model before the window acts.

A cell's editor holds its text until it closes: Ctrl+W on the Stakeholders page with
a cell being typed in closed the window, and the draft kept the old value. Closing,
saving a version, moving to another section and Undo call :func:`commit_open_editors`
first, as the forms under the tables commit what is typed in them. A cell whose text
was refused keeps it to be corrected (``FieldDelegate``); before the window closes,
:func:`refused_cells_settled` asks about any such text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QWidget

from . import prompts
from .keyed_list.delegates import FieldDelegate
from .pages.section_page import SectionPage


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


def being_edited(root: QWidget, pages: Iterable[SectionPage]) -> bool:
    """Whether anything under ``root`` is being edited: a table cell open, or typing in
    a form that waits for its pause to reach the document."""
    for view in root.findChildren(QAbstractItemView):
        if view.state() == QAbstractItemView.State.EditingState:
            return True
    for page in pages:
        if any(editor.form is not None and editor.form.typing_pending
               for editor in page.list_editors()):
            return True
        if getattr(page, "typing_pending", False):  # the Workshop page's own fields
            return True
    return False


def commit_pending(root: QWidget, pages: Iterable[SectionPage]) -> None:
    """Put what is being typed, and not yet committed, into the document: a table
    cell's open editor, a form's text waiting for a pause in the typing."""
    commit_open_editors(root)
    for page in pages:
        for editor in page.list_editors():
            if editor.form is not None:
                editor.form.commit_pending()
        commit = getattr(page, "commit_pending", None)
        if commit is not None:  # the Workshop page's own fields
            commit()


def _refused_cells(page: SectionPage) -> Iterator[tuple[FieldDelegate, str, str]]:
    """Each cell of ``page`` whose typing was refused and waits to be corrected: its
    delegate, what was typed (never blank: see ``_keep_typing``) and why it was refused."""
    for editor in page.list_editors():
        delegate = editor.view.itemDelegate()
        if isinstance(delegate, FieldDelegate) and delegate.waiting_text is not None:
            typed, why = delegate.waiting_text
            yield delegate, typed, why.removeprefix("Not changed: ").strip()


def refused_left_on(page: QWidget) -> str | None:
    """A sentence for the status bar when ``page``, being left, holds a refused cell:
    its banner went out of sight with the page, and the move looked like success
    (tryout: a half-typed e-mail left with Alt+Right)."""
    if not isinstance(page, SectionPage):
        return None
    own = getattr(page, "refused_left", None)  # a field of the page's own (the threshold)
    said = own() if own is not None else None
    if said:
        return f"⚠ Not changed on {page.section.title}: {said}"
    found = next(_refused_cells(page), None)
    if found is None:
        return None
    _delegate, typed, reason = found
    return (f"⚠ Not changed on {page.section.title}: “{typed}”. {reason} The cell opens again"
            " when you go back.")


def refused_cells_settled(pages: Iterable[SectionPage], parent: QWidget,
                          go_to_section: Callable[[str], None]) -> bool:
    """Before closing: a cell whose typing was refused (an e-mail without "@") holds
    text that is in no draft. Ask before it is lost; keeping it goes back to it (False:
    the window stays open)."""
    for page in pages:
        for delegate, typed, reason in _refused_cells(page):
            text = (f"A cell on the {page.section.title} page holds “{typed}”, which was "
                    f"not accepted{f': {reason}' if reason else '.'} It is in no draft.\n\n"
                    "Close the window and lose what was typed?")
            if prompts.confirm(parent, "Close the window?", text, yes="Close and lose it"):
                delegate.drop_waiting()
                continue
            go_to_section(page.section.key)  # the cell opens again there
            return False
    return True
