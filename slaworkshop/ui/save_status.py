"""The status bar of an agreement window: saved when, derived from which version,
how many readiness problems, which database."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QMainWindow, QToolButton, QWidget

from .eliding_label import ElidingLabel
from .message_bar import MessageBar
from .times import local_time
from .tooltips import plain_tip


def ago(when: datetime, now: datetime | None = None) -> str:
    seconds = max(0, int(((now or datetime.now(UTC)) - when).total_seconds()))
    if seconds < 60:
        return f"{seconds} s ago"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    return f"on {local_time(when)}"


class SaveStatus(QObject):
    def __init__(self, window: QMainWindow, database: str) -> None:
        bar = MessageBar()
        window.setStatusBar(bar)
        super().__init__(bar)
        self.saved = ElidingLabel()
        self.saved.setAccessibleName("Save state")
        self.based_on = ElidingLabel()
        self.based_on.setAccessibleName("Derived from version")
        self.problems = QToolButton()
        self.problems.setAccessibleName("Readiness problems")
        self.problems.setAutoRaise(True)
        # shrinks, cut in the middle, before the sign-off badge beside it is cut: with
        # larger text at 1024 pixels the badge read "0 of 3 signec" (tryout)
        self.database = ElidingLabel(mode=Qt.TextElideMode.ElideMiddle, widest_chars=32)
        self.database.setText(f"Database: {database}")
        self.database.setToolTip(plain_tip(database))
        self.database.setAccessibleName("Database in use")
        # a rule between the two: "Saved 21 s ago Not saved as a version yet" read as one
        # sentence (tryout)
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.VLine)
        self.rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.rule.hide()
        bar.addWidget(self.saved)
        bar.addWidget(self.rule)
        bar.addWidget(self.based_on)
        self._bar = bar
        for widget in (self.saved, self.rule, self.based_on):
            widget.installEventFilter(self)
        bar.addPermanentWidget(self.problems)
        bar.addPermanentWidget(self.database)
        self._saved_at: datetime | None = None
        self._problem_count = 0
        self._draft_in_signoff = False
        self._override = ""
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Keep the left-hand widgets hidden under a message ("Undone: …"). Qt lays the
        bar out anew when the text size changes, and its layout shows them again over
        the message: the two texts were drawn one over the other (tryout)."""
        if (event.type() == QEvent.Type.Show and self._bar.currentMessage()
                and isinstance(watched, QWidget)):
            watched.hide()
            # as the bar itself hides them: shown again when the message ends
            watched.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)
        return False

    def set_saved(self, when: datetime | None) -> None:
        self._saved_at = when.replace(tzinfo=UTC) if when and when.tzinfo is None else when
        self._override = ""
        self._tick()

    def set_message(self, text: str) -> None:
        """A state that outranks "Saved …": unsaved changes, a conflict, a failure."""
        self._override = text
        self._tick()

    def set_based_on(self, number: int | None, latest: int | None = None) -> None:
        """``number``: the version the draft derives from; ``latest``: the newest one."""
        if number is not None:
            text = f"Derived from version {number}"
        elif latest is not None:  # e.g. a file imported over the draft
            text = f"Not derived from a version (latest: version {latest})"
        else:
            text = "Not saved as a version yet"
        self.based_on.setText(text)

    def set_problem_count(self, count: int) -> None:
        self._problem_count = count
        self._show_problems()

    def set_draft_in_signoff(self, in_signoff: bool) -> None:
        """The draft is word for word the version proposed or signed: there is nothing to
        propose, and the sign-off badge beside says how far that version is."""
        self._draft_in_signoff = in_signoff
        self._show_problems()

    def _show_problems(self) -> None:
        count = self._problem_count
        if count:
            self.problems.setText(f"⚠ {count} problem{'s' if count != 1 else ''}")
        else:
            self.problems.setText("✓ No problems" if self._draft_in_signoff
                                  else "✓ Ready to propose")
        # what it says, not only what it is: a screen reader read "Readiness problems"
        # whatever the count (keyboard audit)
        self.problems.setAccessibleName(
            f"Readiness: {self.problems.text().lstrip('⚠✓ ')}")

    def _tick(self) -> None:
        if self._override:
            self.saved.setText(self._override)
        elif self._saved_at is not None:
            self.saved.setText(f"Saved {ago(self._saved_at)}")
        else:
            self.saved.setText("")
        self.rule.setVisible(bool(self.saved.text()))
