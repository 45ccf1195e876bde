"""Asks for a new agreement's title and organization, and (optionally) a starter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from slaworkshop.starters import Starter

from . import prompts
from .one_line import keep_on_one_line


@dataclass(frozen=True)
class NewAgreement:
    title: str
    organization: str
    starter: str | None  # a starter's name, or None for a blank agreement


class NewAgreementDialog(QDialog):
    def __init__(self, starters: list[Starter], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New agreement from a starter" if starters else "New agreement")
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.starter = QComboBox()
        self.starter.setAccessibleName("Starter template")
        self.description = QLabel()
        self.description.setWordWrap(True)
        if starters:
            for starter in starters:
                self.starter.addItem(starter.title, starter.name)
                self.starter.setItemData(self.starter.count() - 1, starter.description,
                                         role=3)  # tooltip
            form.addRow("&Starter", self.starter)
            form.addRow("", self.description)
            self.starter.currentIndexChanged.connect(
                lambda i: self.description.setText(starters[i].description))
            self.description.setText(starters[0].description)
        self.title = keep_on_one_line(QLineEdit("Sales and marketing service-level agreement"))
        self.title.setAccessibleName("Title")
        self.organization = keep_on_one_line(QLineEdit())
        self.organization.setAccessibleName("Organization")
        self.organization.setPlaceholderText("The client, e.g. Northwind Clinical Supply")
        form.addRow("&Title", self.title)
        form.addRow("&Organization", self.organization)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._has_starters = bool(starters)
        for line in (self.title, self.organization):
            line.textChanged.connect(self._update_ok)
        self._update_ok()
        self.organization.setFocus()

    def _update_ok(self) -> None:
        ok = bool(self.title.text().strip() and self.organization.text().strip())
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)
        button.setToolTip("" if ok else "Both a title and an organization are needed")

    def result_value(self) -> NewAgreement:
        return NewAgreement(self.title.text().strip(), self.organization.text().strip(),
                            self.starter.currentData() if self._has_starters else None)


def ask_new_agreement(parent: QWidget | None, starters: list[Starter]) -> NewAgreement | None:
    kind = "new_from_starter" if starters else "new_blank"
    handled, value = prompts.answer(kind, starters=[s.name for s in starters])
    if handled:
        return value if isinstance(value, NewAgreement) or value is None else None
    dialog = NewAgreementDialog(starters, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_value()
