"""One reusable editor for every keyed list of the agreement, configured by a spec."""

from .editor import KeyedListEditor, active_list_editor
from .spec import Choice, Field, ListSpec, RowMark

__all__ = ["Choice", "Field", "KeyedListEditor", "ListSpec", "RowMark", "active_list_editor"]
