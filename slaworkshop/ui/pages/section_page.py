"""What every wizard page has: a heading, a sentence of help, and a way to be pointed at
a problem (``focus_path``) by the readiness panel."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from slaworkshop.models import Content

from .. import tab_order
from ..agreement_document import AgreementDocument
from ..keyed_list import KeyedListEditor, ListSpec
from ..sections import section

_PATH = re.compile(r"^(?P<list>[a-z_.]+?)(?:\[(?P<row>\d+)\](?:\.(?P<field>[a-z_]+))?)?$")


class SectionPage(QWidget):
    switch_toggled = Signal(bool)  # optional sections: the user turned it on or off

    def __init__(self, key: str, document: AgreementDocument) -> None:
        super().__init__()
        self.section = section(key)
        self.document = document
        self.setObjectName(f"page-{key}")
        outer = QVBoxLayout(self)
        self._margins = outer.contentsMargins()
        self.heading = heading = QLabel(self.section.title)
        heading.setObjectName("pageHeading")
        heading.setAccessibleName(f"Section: {self.section.title}")
        outer.addWidget(heading)
        self.intro = intro = QLabel(self.section.intro)
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.switch: QCheckBox | None = None
        self.off_note: QLabel | None = None
        if self.section.optional:
            self.switch = QCheckBox(f"Include {self.section.title.lower()} in this agreement")
            self.switch.setAccessibleName(f"Include {self.section.title}")
            self.switch.clicked.connect(lambda: self.switch_toggled.emit(self.switch.isChecked()))
            outer.addWidget(self.switch)
            self.off_note = QLabel(
                "This section is switched off for this agreement. Tick the box above to "
                "use it."
            )
            self.off_note.setObjectName("offNote")
            outer.addWidget(self.off_note)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body, 1)
        # takes the room the body leaves when it is switched off, so the heading, the
        # switch and the note stay together at the top instead of spreading out
        outer.addStretch(0)
        self._filler = outer.count() - 1
        document.changed.connect(self.refresh)

    def set_switched_on(self, on: bool) -> None:
        if self.switch is None or self.off_note is None:
            return
        self.switch.setChecked(on)
        self.body.setVisible(on)
        self.off_note.setVisible(not on)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(self._filler, 0 if on else 1)

    def set_compact(self, on: bool) -> None:
        """Presentation mode: the navigation bar names the section, so the heading and
        the sentence of help give their lines to the content."""
        self.heading.setVisible(not on)
        self.intro.setVisible(not on)
        layout = self.layout()
        assert layout is not None  # the outer QVBoxLayout made in __init__
        if on:
            layout.setContentsMargins(4, 2, 4, 2)
        else:
            layout.setContentsMargins(self._margins)

    def refresh(self, content: Content) -> None:
        """Pages with views beyond their list editors redraw them here."""

    def tab_chain(self) -> list[QWidget]:
        """The page's inputs in reading order; pages with more than lists say their own."""
        editors = [w for editor in self.list_editors() for w in editor.tab_chain()]
        return [w for w in (self.switch, *editors) if w is not None]

    def apply_tab_order(self) -> list[QWidget]:
        return tab_order.chain(self.tab_chain())

    def list_editors(self) -> list[KeyedListEditor]:
        return self.findChildren(KeyedListEditor)

    def focus_path(self, path: str) -> None:
        """Select the item and field a readiness problem points at (``terms[2].status``)."""
        match = _PATH.match(path)
        if not match:
            return
        for editor in self.list_editors():
            if editor.spec.path != match["list"]:
                continue
            if match["row"] is not None:
                editor.select_row(int(match["row"]))
                editor.focus_field(match["field"] or editor.spec.name_field)
            else:
                editor.view.setFocus()
            return


class ListSectionPage(SectionPage):
    """A page that is one keyed list and nothing else."""

    def __init__(self, key: str, document: AgreementDocument, spec: ListSpec) -> None:
        super().__init__(key, document)
        self.editor = KeyedListEditor(spec, document)
        self.body_layout.addWidget(self.editor)
