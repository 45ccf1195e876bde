"""Autosave: every change reaches the draft in the database shortly after it is made.

Changes are debounced (``DELAY_MS``), then written by a worker thread, so a slow or
busy database never freezes the window. One write is in flight at a time; changes
made meanwhile are written right after it. A ``Conflict`` (the draft moved on in
another window or on another machine) is settled without a question when the two
changed different things (``merge_theirs``); otherwise it pauses autosaving until the
user decides. The content typed here stays in the document the whole time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from slaworkshop.models import Content
from slaworkshop.models.merge import merge_contents
from slaworkshop.store import Conflict, StoreError
from slaworkshop.store.records import DraftRecord

from .agreement_document import AgreementDocument
from .background_call import BackgroundCall

if TYPE_CHECKING:
    from slaworkshop.services import AgreementService

DELAY_MS = 400
RETRY_MS = 3000
#: Writes a flush tries when each meets a draft saved elsewhere since the last.
FLUSH_ROUNDS = 4


class _Conflicted(NamedTuple):
    """A write refused because the draft moved on, and that draft (None: unreadable)."""

    conflict: Conflict
    theirs: DraftRecord | None


class Autosaver(QObject):
    saved = Signal(object)  # DraftRecord
    failed = Signal(str)  # a sentence for the status bar
    conflicted = Signal(object)  # the Conflict
    #: Undo took this window back past "Load theirs": the loaded draft was kept as this
    #: version (None: it was in one already) before this window's content replaced it.
    kept_theirs = Signal(object)
    #: A conflict settled by merging: the draft saved elsewhere with this window's edits.
    merged = Signal()

    def __init__(
        self, service: Callable[[], AgreementService], draft: DraftRecord,
        document: AgreementDocument, parent: QObject | None = None,
    ) -> None:
        """``service`` hands out the service to write through when a write is due (the
        workspace opens its store then, if it has not yet: ``Workspace.agreements``)."""
        super().__init__(parent)
        self._service = service
        self._agreement_id = draft.agreement_id
        self._document = document
        self.revision = draft.revision
        self.saved_content: Content = draft.content
        self.last_saved_at: datetime | None = draft.updated_at
        self.based_on = draft.based_on
        self.paused = False
        self._keep_theirs = False  # see load_theirs
        self._latest_load: object | None = None
        #: Whether a merge may change the document now: not while a cell is open, whose
        #: Enter would write its old value back over the other side's (the window says).
        self.may_merge: Callable[[], bool] = lambda: True
        # One write at a time, on a worker: opening the store (a busy database waits up
        # to its timeout) and writing never hold up the window.
        self._writes = BackgroundCall(self)
        self._writes.done.connect(self._on_done)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._write)
        document.changed.connect(self._schedule)

    @property
    def pending(self) -> bool:
        """True while the document holds something the database does not."""
        return self._writes.busy or self._document.content != self.saved_content

    def _schedule(self, _content: object = None) -> None:
        self._timer.start(DELAY_MS)

    def _write(self) -> None:
        if self._writes.busy or self.paused:
            return
        content = self._document.content
        if content == self.saved_content or self._keep_theirs_first(retry=True):
            return
        agreement_id, revision, service = self._agreement_id, self.revision, self._service

        def write() -> DraftRecord | _Conflicted:
            # ``service`` is asked for on the worker: the workspace opens its store then.
            try:
                return service().update_draft(agreement_id, content, revision)
            except Conflict as conflict:  # theirs read here too: a merge needs it
                try:
                    return _Conflicted(conflict, service().draft(agreement_id))
                except StoreError:
                    return _Conflicted(conflict, None)

        self._writes.start(write)

    def _on_done(self, result: DraftRecord | _Conflicted | None,
                 error: BaseException | None) -> None:
        if isinstance(result, _Conflicted):
            if not self.merge_theirs(result.theirs):  # merged: written next, as an edit
                self.paused = True
                self.conflicted.emit(result.conflict)
            return
        if isinstance(error, StoreError):
            self._retry_later(error)
            return
        if error is not None:
            raise error
        assert result is not None
        self._accept(result)
        if self._document.content != self.saved_content:
            self._schedule()

    def _retry_later(self, error: StoreError) -> None:
        self.failed.emit(f"Not saved yet: {error}. Trying again…")
        self._timer.start(RETRY_MS)

    def _accept(self, record: DraftRecord) -> None:
        self.revision = record.revision
        self.saved_content = record.content
        self.last_saved_at = record.updated_at
        self.based_on = record.based_on
        self.saved.emit(record)

    def flush(self) -> None:
        """Write now and wait, e.g. before saving a version or closing the window."""
        self._timer.stop()
        # the finished write's result taken now, or the next write would conflict with
        # our own last one
        self._writes.wait()
        # A conflict settled at once (a merge here, or the question answered by the
        # handler of ``conflicted``) is written in the next round: "not paused" after a
        # flush means written (review). Drafts saved elsewhere at every round give up.
        for _round in range(FLUSH_ROUNDS):
            if (self.paused or self._document.content == self.saved_content
                    or self._keep_theirs_first(retry=False)):
                return
            try:
                record = self._service().update_draft(
                    self._agreement_id, self._document.content, self.revision
                )
            except Conflict as exc:
                if not self.merge_theirs():
                    self.paused = True
                    self.conflicted.emit(exc)
                continue
            self._accept(record)
            return
        self.paused = self.pending  # still not written: the caller asks what to keep

    # -- resolving a conflict ----------------------------------------------------------

    @property
    def may_follow(self) -> bool:
        """Whether the document may take the draft saved elsewhere and start its undo
        history again: not while that history holds this window's edits "Load theirs"
        put one Undo away (a merge, or the draft watcher, wiped them; review). Until the
        window closes, a conflict then asks, as before."""
        return self._latest_load is None

    def merge_theirs(self, theirs: DraftRecord | None = None) -> bool:
        """Settle a conflict without asking when this window and the draft saved
        elsewhere changed different things: the document becomes theirs with this
        window's edits on top, to be written as the next autosave. Its undo history
        starts again there, as after ``follow_theirs``. False (nothing changed) when
        they overlap, the draft cannot be read, or ``may_merge`` says not now."""
        if self._keep_theirs or not self.may_follow or not self.may_merge():
            return False
        if theirs is None:
            try:
                theirs = self._service().draft(self._agreement_id)
            except StoreError:
                return False  # the question, whose details say the draft could not be read
        record = theirs
        merged = merge_contents(self.saved_content, self._document.content, record.content)
        if merged is None:
            return False
        self.paused = False
        self._accept(record)
        self._document.start_over(merged)
        self.merged.emit()
        return True

    def keep_mine(self) -> int | None:
        """Make this window's content the draft; theirs is first kept as a version (its
        number is returned; None when theirs was in a version already)."""
        kept = self._service().replace_draft(
            self._agreement_id, self._document.content,
            label="kept when two windows disagreed", action="conflict_kept_mine",
            based_on=self.based_on,
        )
        self._keep_theirs = False  # only once theirs is kept: a failed write keeps asking
        self.paused = False
        self._accept(self._service().draft(self._agreement_id))
        return kept

    def load_theirs(self, *, keep_if_undone: bool = False,
                    step_text: str = "Load the changes made elsewhere") -> None:
        """Take the database's draft; this window's content stays one Undo away.

        ``keep_if_undone`` (the draft came from another window): undoing this step puts
        this window's content back, and its next write is then a Keep mine, so the other
        window's draft is kept as a version, not written over.
        """
        record = self._service().draft(self._agreement_id)
        self.paused = False
        self._accept(record)
        undone: Callable[[bool], None] | None = None
        if keep_if_undone:
            # Only the latest load decides: redoing an earlier one must not clear the
            # flag that protects the draft loaded after it.
            step = object()
            self._latest_load = step
            undone = lambda was_undone: self._loaded_step_undone(step, was_undone)  # noqa: E731
        self._document.replace(record.content, step_text, undone=undone)

    def follow_theirs(self) -> None:
        """Take the database's draft when this window has nothing unsaved (another window
        saved): not a step to undo, and no step before it can be undone either, or Undo
        would take the other window's work back (tryout: Ctrl+Z after such a load took a
        colleague's title back, in both windows)."""
        record = self._service().draft(self._agreement_id)
        self._accept(record)
        self._document.start_over(record.content)

    def _loaded_step_undone(self, step: object, undone: bool) -> None:
        if step is self._latest_load:
            self._keep_theirs = undone

    def _keep_theirs_first(self, *, retry: bool) -> bool:
        """Write as Keep mine when the loaded draft is about to be written over; True when
        that write was made or, with ``retry``, failed and will be tried again."""
        if not self._keep_theirs or self._document.content == self.saved_content:
            return False
        try:
            kept = self.keep_mine()
        except StoreError as exc:  # a busy database: as any write, try again soon
            if not retry:
                raise
            self._retry_later(exc)
            return True
        self.kept_theirs.emit(kept)
        return True
