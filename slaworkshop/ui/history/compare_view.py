"""The compare view: pick two versions (or a version and the draft) and see, per section,
what changed: old value struck through, new value beside it.

Opened from the agreement window's Compare action or from History with two rows chosen;
it also works on its own over a ``Workspace`` and an agreement id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.diff import DiffReport, VersionLabel, build_report
from slaworkshop.models import Content
from slaworkshop.store import StoreError
from slaworkshop.store.records import VersionRecord

from .. import prompts
from ..tooltips import plain_tip
from ..workspace import Workspace
from .compare_html import compare_body
from .rich_text import page
from .safe_browser import SafeTextBrowser

DRAFT: Final = "draft"


def default_pair(records: Sequence[VersionRecord]) -> tuple[VersionLabel, VersionLabel]:
    """What people usually want to see: the previous signed version against the latest,
    or, when no signed version precedes the latest, the latest against the draft."""
    if not records:
        return DRAFT, DRAFT
    ordered = sorted(records, key=lambda r: r.number)
    latest = ordered[-1]
    signed = [r for r in ordered[:-1] if r.status in ("signed", "superseded")]
    if signed:
        return signed[-1].number, latest.number
    return latest.number, DRAFT


def ref_title(ref: VersionLabel, records: Sequence[VersionRecord] = ()) -> str:
    """"Version 3 (signed)" or "Draft": how a column and a combo entry name a side."""
    if ref == DRAFT:
        return "Draft"
    status = next((r.status for r in records if r.number == ref), "")
    return f"Version {ref}" + (f" ({status})" if status else "")


class VersionCombo(QComboBox):
    """One side of the comparison: as wide as the chosen entry's name, within reason
    (the other side and the buttons keep their room); a name longer than the box ends
    in "…", and the tooltip always has it in full. A fixed 24 characters cut "Version 2
    (proposed) — after the Q4 summit with…" mid-word with nothing to show it."""

    MIN_CHARS = 24
    MAX_CHARS = 80  # a 73-character name in DejaVu Sans was cut at 72 average widths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(self.MIN_CHARS)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(self._current_changed)

    def _width_for(self, text_width: int) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        contents = QSize(text_width, self.fontMetrics().height())
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, contents, self).width()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        text = min(metrics.horizontalAdvance(self.currentText()),
                   metrics.averageCharWidth() * self.MAX_CHARS)
        return QSize(max(hint.width(), self._width_for(text)), hint.height())

    def _text_room(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField,
                                           self).width()

    def displayed_text(self) -> str:
        """The entry's name as the box shows it: whole, or cut with "…" at the end."""
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight,
                                             self._text_room())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.displayed_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        # the list shows every name in full, within the screen
        metrics = self.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                     default=0)
        screen = self.screen().availableGeometry().width() if self.screen() else widest
        self.view().setMinimumWidth(min(widest + 4 * metrics.averageCharWidth(), screen))
        super().showPopup()

    def _current_changed(self, _index: int) -> None:
        self.setToolTip(plain_tip(self.currentText()))
        self.updateGeometry()


class CompareView(QWidget):
    def __init__(self, workspace: Workspace, agreement_id: str, *,
                 records: Sequence[VersionRecord] | None = None,
                 pair: tuple[VersionLabel, VersionLabel] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName("Compare versions")
        self._workspace = workspace
        self._agreement_id = agreement_id
        self._records: list[VersionRecord] = []
        self._versions: dict[int, Content] = {}  # versions never change: read once
        self.report: DiffReport | None = None
        self._build()
        self.reload(records)
        self.set_pair(*(pair or default_pair(self._records)))
        self.resize(1100, 760)

    def _build(self) -> None:
        self.from_combo = VersionCombo()
        self.from_combo.setAccessibleName("Compare from (old)")
        self.to_combo = VersionCombo()
        self.to_combo.setAccessibleName("Compare to (new)")
        for combo in (self.from_combo, self.to_combo):
            combo.currentIndexChanged.connect(self._compare)
        from_label = QLabel("&From:")
        from_label.setBuddy(self.from_combo)
        to_label = QLabel("&To:")
        to_label.setBuddy(self.to_combo)
        self.swap_button = QPushButton("S&wap")
        self.swap_button.setToolTip("Swap the two sides")
        self.swap_button.clicked.connect(self.swap)
        self.only_changes = QCheckBox("&Only changes")
        self.only_changes.setToolTip("Off: list every section and the items that did not change")
        self.only_changes.setChecked(True)
        self.only_changes.toggled.connect(self._compare)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.summary.setAccessibleName("Comparison summary")
        self.summary.setWordWrap(True)
        self.browser = SafeTextBrowser("Changes, section by section")
        close = QPushButton("&Close")
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(from_label)
        # no stretch factors: each side starts from its name's width, then they share
        top.addWidget(self.from_combo)
        top.addWidget(self.swap_button)
        top.addWidget(to_label)
        top.addWidget(self.to_combo)
        top.addSpacing(12)
        top.addWidget(self.only_changes)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, lambda: self.reload())
        self.setTabOrder(self.from_combo, self.swap_button)
        self.setTabOrder(self.swap_button, self.to_combo)
        self.setTabOrder(self.to_combo, self.only_changes)
        self.setTabOrder(self.only_changes, self.browser)

    # -- choosing the sides --------------------------------------------------------------

    def reload(self, records: Sequence[VersionRecord] | None = None) -> None:
        """Re-read the versions (or take ``records``) and the draft; keep the chosen pair."""
        if records is None:
            try:
                records = self._workspace.agreements.history(self._agreement_id)
            except StoreError as exc:
                prompts.refusal(self, "Cannot read the versions", exc)
                records = []
        self._records = sorted(records, key=lambda r: r.number)
        kept = self.pair() if self.from_combo.count() else None
        refs: list[VersionLabel] = [DRAFT, *(r.number for r in reversed(self._records))]
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
            for ref in refs:
                text = self._entry_text(ref)
                combo.addItem(text, ref)
                combo.setItemData(combo.count() - 1, plain_tip(text),
                                  Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        if kept is not None:
            self.set_pair(*kept)

    def _entry_text(self, ref: VersionLabel) -> str:
        if ref == DRAFT:
            return "Draft (current, unsaved work included)"
        record = next(r for r in self._records if r.number == ref)
        return ref_title(ref, self._records) + (f" — {record.label}" if record.label else "")

    def pair(self) -> tuple[VersionLabel, VersionLabel]:
        return self.from_combo.currentData(), self.to_combo.currentData()

    def set_pair(self, old: VersionLabel, new: VersionLabel) -> None:
        for combo, ref in ((self.from_combo, old), (self.to_combo, new)):
            index = combo.findData(ref)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            combo.setToolTip(plain_tip(combo.currentText()))  # its own signal was blocked
            combo.updateGeometry()
        self._compare()

    def swap(self) -> None:
        old, new = self.pair()
        self.set_pair(new, old)

    # -- comparing ---------------------------------------------------------------------------

    def _content(self, ref: VersionLabel, draft: Content | None = None) -> Content:
        if ref == DRAFT:
            if draft is not None:
                return draft
            return self._workspace.agreements.content(self._agreement_id, DRAFT)
        if ref not in self._versions:
            self._versions[ref] = self._workspace.agreements.content(self._agreement_id, ref)
        return self._versions[ref]

    def refresh(self, draft: Content | None = None) -> None:
        """Compare again, reading the draft anew (it changes as people type). ``draft``:
        the draft the database holds, when the caller has it already (an autosave's
        record); reading 2,000 terms back after every autosave took longer than the
        comparison itself."""
        self._compare_with(draft)

    def _compare(self) -> None:  # a slot: takes no argument of the signals it serves
        self._compare_with(None)

    def _compare_with(self, draft: Content | None) -> None:
        old_ref, new_ref = self.pair()
        if old_ref is None or new_ref is None:
            return
        try:
            old, new = self._content(old_ref, draft), self._content(new_ref, draft)
        except StoreError as exc:
            self.summary.setText(f"⚠ Cannot read the versions: {exc}")
            self.browser.clear()
            return
        old_title, new_title = ref_title(old_ref, self._records), ref_title(new_ref, self._records)
        self.report = build_report(old_ref, new_ref, old, new)
        self.setWindowTitle(f"Compare — {old_title} → {new_title} — {new.title}")
        self.browser.setHtml(page(compare_body(
            self.report, old, new, old_title, new_title,
            only_changes=self.only_changes.isChecked())))
        self.summary.setText(self._summary_text(self.report))

    @staticmethod
    def _summary_text(report: DiffReport) -> str:
        if not report.sections:
            return "No differences."
        count = len(report.sections)
        return (f"{report.title}: {count} section{'s' if count != 1 else ''} changed "
                f"({', '.join(s.heading for s in report.sections)}).")
