"""Presentation mode's only bar: previous section, the section's title, next section,
every section, and the way out.

The menu bar, where shortcuts are shown, is hidden in presentation mode, so the
buttons name their keys themselves ("‹ Previous  Alt+Left"). On a 1280 px projector
with the text two steps larger, words and keys did not all fit and "Leave
presentation  F11" went into the bar's overflow menu. When the bar is too narrow for
the full wording, Previous and Next give up their keys, which stay in their tooltips
("‹ Previous": the room reads the bar too, and "‹ Alt+Left" said nothing to it), and
the way out keeps its key ("Leave  F11"). The choice is made for the longest section
title, so the buttons do not change their words from one section to the next. With
the text three steps larger even that did not fit beside "12. Review and sign-off", and
the way out went into the overflow menu again: the title then gives up its end
("12. Review and si…", whole in its tooltip) before any button goes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton

from .sections import SECTIONS
from .window_actions import WindowActions


def key_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


@dataclass(frozen=True)
class _Button:
    widget: QToolButton
    set_text: Callable[[str], None]
    full: str
    short: str
    tiny: str = ""  # when even the short wording leaves the title no room: keys go


class NavigationBar(QObject):
    """Fills ``bar`` and keeps every one of its buttons in view (see the module)."""

    def __init__(self, bar: QToolBar, actions: WindowActions,
                 go_to: Callable[[int], None]) -> None:
        super().__init__(bar)
        self.bar = bar
        self.presenting = False
        self.compact = False
        previous, following = actions.previous_section, actions.next_section
        leave = actions.presentation
        bar.addAction(previous)
        self.title = QLabel()
        self.title.setObjectName("pageHeading")
        self._title_text = ""
        self._titles = [_padded(f"{n + 1}. {s.title}") for n, s in enumerate(SECTIONS)]
        bar.addWidget(self.title)
        bar.addAction(following)
        # the sidebar is hidden in presentation mode; this menu reaches every section
        self.sections_button = QToolButton()
        sections_key = key_text(actions.sections_list)
        self.sections_button.setAccessibleName("Go to a section")
        self.sections_button.setToolTip(f"Go to any section ({sections_key})")
        self.sections_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.sections_button)
        # The section on show is ticked, and the keyboard starts on it: the menu opened
        # with nothing marked, and Down went to 1. Workshop (tryout).
        group = QActionGroup(menu)
        self._section_actions: list[QAction] = []
        for number, s in enumerate(SECTIONS):
            action = menu.addAction(f"{number + 1}. {s.title}")
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, n=number: go_to(n))
            self._section_actions.append(action)
        menu.aboutToShow.connect(self._mark_current)
        self.sections_button.setMenu(menu)
        bar.addWidget(self.sections_button)
        bar.addSeparator()
        bar.addAction(leave)
        self._leave_action = leave
        self._enter_tip = leave.toolTip()
        self._buttons = [
            self._for_action(previous, f"‹ Previous  {key_text(previous)}", "‹ Previous",
                             "‹"),
            self._for_action(following, f"Next ›  {key_text(following)}", "Next ›", "›"),
            _Button(self.sections_button, self.sections_button.setText,
                    f"Sections  {sections_key} ▾", f"Sections  {sections_key} ▾",
                    "Sections ▾"),
        ]
        self._leave = self._for_action(leave, f"Leave presentation  {key_text(leave)}",
                                       f"Leave  {key_text(leave)}", "Leave")
        for button in self._buttons:
            button.set_text(button.full)
        bar.installEventFilter(self)

    def _for_action(self, action: QAction, full: str, short: str, tiny: str) -> _Button:
        widget = self.bar.widgetForAction(action)
        assert isinstance(widget, QToolButton)
        return _Button(widget, action.setIconText, full, short, tiny)

    def set_section(self, index: int) -> None:
        """The section on show: its number and title, and its mark in the menu."""
        self._section_actions[index].setChecked(True)
        self.set_title(f"{index + 1}. {SECTIONS[index].title}")

    def _mark_current(self) -> None:
        menu = self.sections_button.menu()
        current = next((a for a in self._section_actions if a.isChecked()), None)
        if menu is not None and current is not None:
            menu.setActiveAction(current)

    def set_title(self, text: str) -> None:
        self._title_text = text
        self.title.setToolTip(text)
        self._show_title()

    def _show_title(self) -> None:
        """The title, cut at its end when the buttons leave it too little room."""
        text = _padded(self._title_text)
        if self.presenting:
            room = self._title_room()
            metrics = self.title.fontMetrics()
            if room < metrics.horizontalAdvance(text):
                text = _padded(metrics.elidedText(
                    self._title_text, Qt.TextElideMode.ElideRight,
                    max(room - metrics.horizontalAdvance(_padded("")), 0)))
        if self.title.text() != text:
            self.title.setText(text)

    def _others_width(self) -> int:
        """The bar's width without its title, every button as it reads now, and a little
        to spare."""
        spare = self.title.fontMetrics().averageCharWidth() * 2
        return self._width_as_shown() - self.title.sizeHint().width() + spare

    def _width_as_shown(self) -> int:
        """The bar's width as it reads now: its widgets, the gaps between them, margins."""
        layout = self.bar.layout()
        assert layout is not None  # a QToolBar makes its layout when it is constructed
        widgets = [w for w in (self.bar.widgetForAction(a) for a in self.bar.actions())
                   if w is not None]
        margins = layout.contentsMargins()
        return (sum(w.sizeHint().width() for w in widgets)
                + layout.spacing() * (len(widgets) - 1) + margins.left() + margins.right())

    def set_presenting(self, on: bool) -> None:
        """The presentation action reads "Leave presentation" on this bar while the mode
        is on; off, "" gives back its menu words for the normal toolbar."""
        self.presenting = on
        leave = self._leave_action
        leave.setToolTip(f"Leave presentation mode ({key_text(leave)})" if on
                         else self._enter_tip)
        if not on:
            self._leave.set_text("")
        self.fit()

    def fit(self) -> None:
        """Full wording when it fits the bar's width, else the short one."""
        if not self.presenting:
            return
        self.compact = self._needed() > self.bar.contentsRect().width()
        self._word_buttons("short" if self.compact else "full")
        if self.compact and self._title_room() < self._least_title():
            # Five steps larger the title was cut to "3. …" beside buttons that still
            # named their keys (tryout): the keys go first (they stay in the tooltips).
            self._word_buttons("tiny")
        self._show_title()

    def _word_buttons(self, wording: str) -> None:
        for button in [*self._buttons, self._leave]:
            text = getattr(button, wording)
            if button.widget.text() != text:
                button.set_text(text)

    def _title_room(self) -> int:
        return self.bar.contentsRect().width() - self._others_width()

    def _least_title(self) -> int:
        """Room for the longest section title cut after a dozen characters."""
        metrics = self.title.fontMetrics()
        return max(metrics.horizontalAdvance(_padded(f"{t.strip()[:12]}…"))
                   for t in self._titles)

    def _needed(self) -> int:
        """The bar's width with every button in its full wording and the longest section
        title, whatever it shows now."""
        width = self._width_as_shown()
        for button in [*self._buttons, self._leave]:
            metrics = button.widget.fontMetrics()
            width += (metrics.horizontalAdvance(button.full)
                      - metrics.horizontalAdvance(button.widget.text()))
        metrics = self.title.fontMetrics()
        return width + (max(metrics.horizontalAdvance(t) for t in self._titles)
                        - metrics.horizontalAdvance(self.title.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() in (QEvent.Type.Resize,
                                                    QEvent.Type.LayoutRequest):
            self.fit()  # a narrower window, larger type, a longer section title
        return False



def _padded(title: str) -> str:
    return f"  {title}  "
