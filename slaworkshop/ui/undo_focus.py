"""After Undo or Redo, the window shows what the step changed: its section, and in a
list the item, selected, with the keyboard on the list.

The window went to the section, but the focus stayed where it was (often in a field of
another page, now out of sight) and nothing showed which item had changed back (tryout:
after Ctrl+Z, "nothing shows where the focus went").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from slaworkshop.models import Content

from .content_paths import get_items
from .sections import changed_sections

if TYPE_CHECKING:
    from .agreement_window import AgreementWindow


def changed_key(before: Content, after: Content, path: str) -> str | None:
    """The key of the first item of the list at ``path`` that the step changed, brought
    back or moved; None when it only took items away (or left the list alone)."""
    old_items, new_items = get_items(before, path), get_items(after, path)
    old = {item.key: item for item in old_items}
    for item in new_items:
        if old.get(item.key) != item:
            return str(item.key)
    still = {item.key for item in new_items}
    kept = [item.key for item in old_items if item.key in still]
    for was, now in zip(kept, (item.key for item in new_items), strict=False):
        if was != now:  # the first place the order differs
            return str(now)
    return None


def show_change(window: AgreementWindow, before: Content, after: Content) -> None:
    """Go to the section the step changed; select its changed item and focus its list."""
    changed = changed_sections(before, after)
    if not changed:
        return
    if window.current_page_key() not in changed:
        window.go_to_section(changed[0])
    page = window.pages[window.current_page_key()]
    for editor in page.list_editors():
        key = changed_key(before, after, editor.spec.path)
        if key is not None:
            row = editor.current_row()
            if row >= 0 and editor.model.item(row).key == key:
                # already on show: the keyboard stays where it is (a field of its form)
                focus = QApplication.focusWidget()
                if focus is None or not editor.isAncestorOf(focus):
                    editor.view.setFocus()
                return
            editor.select_key(key)
            editor.view.setFocus()
            return
