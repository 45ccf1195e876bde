"""Terms: the shared glossary, each team's words beside the agreed definition."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox

from slaworkshop.models import Content

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, KeyedListEditor, ListSpec, RowMark
from .choices import TERM_STATUS
from .section_page import SectionPage

DISPUTED = RowMark("⚠ disputed", "#fff1c2", "#5a4300")
SUNSET = RowMark("⌛ sunset", "#ececec", "#555555")
#: An agreed term without its definition blocks proposing as a disputed one does: it was
#: listed in the readiness panel but looked like any other row (tryout).
UNDEFINED = RowMark("⚠ no definition", "#fff1c2", "#5a4300")


def _mark(term: Any) -> RowMark | None:
    if term.status == "agreed" and not term.agreed_definition.strip():
        return UNDEFINED
    return {"disputed": DISPUTED, "sunset": SUNSET}.get(term.status)


SPEC = ListSpec(
    path="terms",
    item_name="term",
    name_field="name",
    columns=(
        Field("name", "Term", width=260),
        Field("status", "Status", "choice", TERM_STATUS, width=150),
        Field("agreed_definition", "Agreed definition"),
    ),
    detail=(
        (
            Field("sales_view", "Sales' words", "long_text", hint="How sales uses the term"),
            Field("marketing_view", "Marketing's words", "long_text",
                  hint="How marketing uses the term"),
            Field("agreed_definition", "Agreed definition", "long_text",
                  hint="The wording both teams sign"),
        ),
        (
            Field("aliases", "Former names (aliases)", "text_list"),
            Field("notes", "Notes", "long_text"),
        ),
    ),
    new_item=lambda: {"name": "New term", "status": "disputed"},
    row_mark=_mark,
)


class TermsPage(SectionPage):
    def __init__(self, document: AgreementDocument) -> None:
        super().__init__("terms", document)
        self.editor = KeyedListEditor(SPEC, document)
        self.disputed_only = QCheckBox()
        self.disputed_only.setAccessibleName("Show only disputed terms")
        self.disputed_only.toggled.connect(self._filter)
        self.editor.tools.addWidget(self.disputed_only)
        self.body_layout.addWidget(self.editor)
        self.refresh(document.content)

    def _filter(self, on: bool) -> None:
        self.editor.set_filter((lambda term: term.status == "disputed") if on else None)

    def refresh(self, content: Content) -> None:
        count = sum(1 for t in content.terms if t.status == "disputed")
        self.disputed_only.setText(f"Only &disputed ({count})")
        if self.editor.proxy.predicate is None and self.disputed_only.isChecked():
            self.disputed_only.setChecked(False)  # the editor cleared it to show an item
