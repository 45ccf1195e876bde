"""The agreement window: sections at the left, the section's page in the middle, the
readiness panel at the right, autosave and undo underneath.

It composes parts that each live in their own module and knows none of their
internals: pages (``pages/``), the document and its undo stack, the autosaver, the
version commands, presentation mode. Extensions plug in through ``extensions``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.models import Content, ReadinessProblem, readiness_problems
from slaworkshop.store.records import DraftRecord

from . import extensions, tab_order
from .agreement_document import AgreementDocument
from .autosaver import Autosaver
from .conflict_dialog import ConflictResolver
from .draft_watcher import DraftWatcher
from .keyed_list import active_list_editor
from .narrow_room import NarrowRoom
from .navigation_bar import NavigationBar
from .open_editors import commit_pending, refused_cells_settled, refused_left_on
from .optional_sections import OptionalSections
from .page_stack import PageStack, scrolling, show_in_every_scroll_area
from .pages import Pages
from .pages.section_page import SectionPage
from .presentation import Presentation
from .quit_command import quit_application
from .readiness_panel import ReadinessPanel
from .save_status import SaveStatus
from .sections import SECTION_KEYS, SECTIONS, section_reasons, section_states
from .settings import keep_last_section, last_section
from .sidebar import SectionSidebar
from .toolbar_words import ToolbarWords
from .undo_focus import show_change
from .undo_keys import UndoKeys
from .version_commands import VersionCommands
from .window_actions import build_actions, build_menus, build_toolbars
from .window_geometry import first_run_size, restore_window, save_window
from .workspace import Workspace

DEFAULT_SIZE = QSize(1320, 860)


def default_size(available: QSize) -> QSize:
    """Roomy, within the screen's free area (a 1280×800 projector)."""
    return first_run_size(DEFAULT_SIZE, available).expandedTo(QSize(640, 480))


class AgreementWindow(QMainWindow):
    _readiness_shown = False  # the panel was on show when presentation mode began
    closed = Signal(str)  # agreement id
    #: The draft was replaced from the database (load theirs, keep mine, restore): what
    #: is derived from the services (versions, sign-off) must be read again.
    draft_reloaded = Signal()

    def __init__(self, workspace: Workspace, draft: DraftRecord) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.agreement_id = draft.agreement_id
        self._latest_version: int | None = None
        self.document = AgreementDocument(draft.content, self)
        self.autosaver = Autosaver(lambda: workspace.agreements, draft, self.document, self)
        self.optional = OptionalSections(self.agreement_id, self.document, self)
        self.commands = VersionCommands(workspace, self.agreement_id, self.autosaver, self,
                                        self.commit_pending_edits)
        stack = self.document.undo_stack
        self.window_actions = build_actions(self, stack.createUndoAction(self, "&Undo"),
                                     stack.createRedoAction(self, "&Redo"))
        build_menus(self, self.window_actions)
        self.undo_keys = UndoKeys(self, self.window_actions.undo, self.window_actions.redo)
        main_bar, self.navigation_bar = build_toolbars(self, self.window_actions)
        self.toolbar_words = ToolbarWords(main_bar, self.window_actions)
        self.pages = Pages(self.document)  # each page is built on its first visit
        self._build_centre()
        self.readiness = ReadinessPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.readiness)
        self.narrow_room = NarrowRoom(self, self.readiness, self.page_area,
                                      lambda: self.presentation.active)
        self.status = SaveStatus(self, workspace.display_url)
        self.presentation = Presentation(self, [main_bar], self.navigation_bar)
        self._build_navigation_bar()
        self.presentation.apply_font()
        self._connect()
        self.pages.when_built(self._page_built)
        self._content_changed(self.document.content)
        self.refresh_save_state()
        self.go_to_section(last_section(self.agreement_id, [s.key for s in SECTIONS]))
        self._restore_geometry()
        extensions.install_all(self)

    # -- construction -----------------------------------------------------------------------

    def _build_centre(self) -> None:
        self.sidebar = SectionSidebar()
        self.stack = PageStack()
        for _ in SECTIONS:  # stand-ins, swapped for the real page when it is built
            self.stack.addWidget(QWidget())
        self.back_button = QPushButton("← &Back")
        self.next_button = QPushButton("&Next →")
        self.position = QLabel()
        self.position.setAccessibleName("Position in the wizard")
        self.wizard_buttons = QWidget()
        buttons = QHBoxLayout(self.wizard_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        self.page_area = scrolling(self.stack)
        middle_layout.addWidget(self.page_area, 1)
        middle_layout.addWidget(self.wizard_buttons)
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(middle)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 900])
        self.setCentralWidget(splitter)

    def _build_navigation_bar(self) -> None:
        self.navigation = NavigationBar(self.navigation_bar, self.window_actions, self.go_to)
        self.navigation_title = self.navigation.title
        self.sections_button = self.navigation.sections_button

    def _connect(self) -> None:
        a = self.window_actions
        self.document.changed.connect(self._content_changed)
        self.sidebar.section_chosen.connect(self.go_to)
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        a.previous_section.triggered.connect(self.back_button.click)
        a.next_section.triggered.connect(self.next_button.click)
        a.sections_list.triggered.connect(self._go_to_sections)
        a.save_version.triggered.connect(self.commands.save_version)
        a.propose.triggered.connect(self.commands.propose)
        a.export_config.triggered.connect(self.commands.export_config)
        for action, redo in ((a.undo, False), (a.redo, True)):
            # in place of the stack's own connection: what is typed is committed first,
            # and the step is shown where it happened
            action.triggered.disconnect()
            action.triggered.connect(lambda _checked=False, r=redo: self.undo_step(redo=r))
        a.close.triggered.connect(self.close)
        a.quit.triggered.connect(quit_application)
        a.presentation.toggled.connect(self.presentation.set_active)
        a.presentation.toggled.connect(self._favour_content)
        a.zoom_in.triggered.connect(self.presentation.zoom_in)
        a.zoom_out.triggered.connect(self.presentation.zoom_out)
        a.zoom_reset.triggered.connect(self.presentation.zoom_reset)
        a.readiness.toggled.connect(self.readiness.setVisible)
        self.readiness.visibilityChanged.connect(a.readiness.setChecked)
        self.status.problems.clicked.connect(a.readiness.toggle)
        self.readiness.problem_chosen.connect(self.go_to_problem)
        a.add_item.triggered.connect(lambda: self._list_command("add_item"))
        a.duplicate_item.triggered.connect(lambda: self._list_command("duplicate_current"))
        a.remove_item.triggered.connect(lambda: self._list_command("remove_current"))
        a.move_up.triggered.connect(lambda: self._list_command("move_current", -1))
        a.move_down.triggered.connect(lambda: self._list_command("move_current", 1))
        self.optional.changed.connect(lambda: self._content_changed(self.document.content))
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self.status.set_message)
        self.workspace.events.failed.connect(self.status.set_message)
        if self.workspace.open_failure:  # the store failed to open before this window
            self.status.set_message(self.workspace.open_failure)
        self.conflicts = ConflictResolver(self)
        self.commands.settle_conflict = self.conflicts.settle
        self.draft_watcher = DraftWatcher(self)
        self.commands.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.commands.version_saved.connect(lambda _n: self.refresh_save_state())
        # after the autosaver's own slot, so ``pending`` already knows about this change
        self.document.changed.connect(lambda _c: self._show_pending())

    def undo_step(self, *, redo: bool = False) -> None:
        """Undo (or redo) one step once what is being typed is in the document, then go
        to the section it changed and say what it was in the status bar: Ctrl+Z on
        Goals could undo a stakeholder's rename with nothing to see."""
        self.commit_pending_edits()
        stack = self.document.undo_stack
        if not (stack.canRedo() if redo else stack.canUndo()):
            return
        text = stack.redoText() if redo else stack.undoText()
        before = self.document.content
        (stack.redo if redo else stack.undo)()
        show_change(self, before, self.document.content)
        self.statusBar().showMessage(f"{'Redone' if redo else 'Undone'}: {text}", 8000)

    def commit_pending_edits(self) -> None:
        """Put what is being typed, and not yet committed, into the document."""
        commit_pending(self, self.pages.built())

    def _page_built(self, page: SectionPage) -> None:
        key = page.section.key
        index = SECTION_KEYS.index(key)
        stand_in = self.stack.widget(index)
        assert stand_in is not None  # _build_centre put a stand-in at every section's index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        page.switch_toggled.connect(lambda on: self._switch_section(key, on))
        if page.section.optional:
            page.set_switched_on(self.optional.is_on(key))
        for editor in page.list_editors():
            remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), editor.view)
            remove.setContext(Qt.ShortcutContext.WidgetShortcut)
            remove.activated.connect(editor.remove_current)
        problem_activated = getattr(page, "problem_activated", None)
        if problem_activated is not None:  # the Review page's own readiness list
            problem_activated.connect(self.go_to_problem)
        page.set_compact(self.presentation.active)
        self.presentation.apply_font()  # the new page's heading takes the current size

    # -- navigation ---------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(SECTIONS):
            return
        self.commit_pending_edits()  # the page going out of view may hold an open cell
        page = self.pages[SECTIONS[index].key]  # built on its first visit
        left = self.stack.currentWidget()
        if left is not page:
            self.stack.setCurrentWidget(page)
            refused = refused_left_on(left) if left is not None else None
            if refused:
                self.statusBar().showMessage(refused, 10000)
            # A page opens at its top (heading, Add row), not at the scroll position
            # the page before it was left at.
            self.page_area.verticalScrollBar().setValue(0)
            self.page_area.horizontalScrollBar().setValue(0)
        self._order_tabs(page)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        title = SECTIONS[index].title
        self.position.setText(f"Section {index + 1} of {len(SECTIONS)}: {title}")
        self.navigation.set_section(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(SECTIONS) - 1)
        self._update_window_title()

    def _update_window_title(self) -> None:
        """Title, organization and section: renaming the agreement shows at once."""
        content = self.document.content
        section = SECTIONS[max(self.stack.currentIndex(), 0)].title
        self.setWindowTitle(f"{content.title} — {content.organization} — {section}")

    def order_tabs(self) -> None:
        """Order Tab on the page on show again, once it has made widgets anew."""
        page = self.stack.currentWidget()
        if isinstance(page, SectionPage):
            self._order_tabs(page)

    def _order_tabs(self, page: SectionPage) -> None:
        """Sections list, the page as it reads (then anything it added since), Back, Next,
        the readiness list: pages and their panels are built after the window."""
        explicit = tab_order.chain(page.tab_chain())
        rest = [w for w in tab_order.focus_stops(page) if w not in explicit]
        tab_order.chain([self.sidebar, *explicit, *rest, self.back_button, self.next_button,
                         self.readiness.list])

    def _go_to_sections(self) -> None:
        if self.sidebar.isVisible():
            self.sidebar.setFocus()
        else:
            self.sections_button.showMenu()

    def _favour_content(self, on: bool) -> None:
        """In presentation mode the page gets the room: the navigation bar names and
        moves between sections, so the sidebar, menu bar, Back/Next, page heading,
        readiness panel (its count stays in the status bar) and database step aside."""
        self.navigation.set_presenting(on)
        self.sidebar.setVisible(not on)
        self.menuBar().setVisible(not on)
        self.wizard_buttons.setVisible(not on)
        self.status.database.setVisible(not on)
        if on:
            self._readiness_shown = self.readiness.isVisible()
            self.readiness.hide()
        elif self._readiness_shown:
            self.readiness.show()
        for page in self.pages.built():
            page.set_compact(on)

    def go_to_section(self, key: str) -> None:
        self.go_to([s.key for s in SECTIONS].index(key))

    def go_to_problem(self, problem: ReadinessProblem) -> None:
        self.go_to_section(problem.section)
        self.pages[problem.section].focus_path(problem.path)
        QTimer.singleShot(0, self, self._show_focus)  # once the page is laid out

    def _show_focus(self) -> None:
        """Scroll the page so the field with the keyboard focus is in view."""
        focus = self.focusWidget()
        page = self.stack.currentWidget()
        if focus is not None and page is not None and page.isAncestorOf(focus):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            show_in_every_scroll_area(focus)

    def current_page_key(self) -> str:
        return SECTIONS[self.stack.currentIndex()].key

    def _list_command(self, name: str, *args: int) -> None:
        editor = active_list_editor(self.focusWidget(),
                                    self.pages[self.current_page_key()].list_editors())
        if editor is not None:
            getattr(editor, name)(*args)

    # -- state --------------------------------------------------------------------------------

    def _content_changed(self, content: Content) -> None:
        problems = readiness_problems(content)
        self.readiness.set_problems(problems)
        self.status.set_problem_count(len(problems))
        self.sidebar.set_states(section_states(content, problems, self.optional.switched_on()),
                                section_reasons(content, problems))
        self._update_window_title()
        for page in self.pages.built():
            if page.section.optional:
                page.set_switched_on(self.optional.is_on(page.section.key, content))

    def _switch_section(self, key: str, on: bool) -> None:
        self.optional.set_on(key, on, self)
        if self.pages.is_built(key):
            self.pages[key].set_switched_on(self.optional.is_on(key))  # also when cancelled

    def _saved(self, record: DraftRecord) -> None:
        self.status.set_saved(record.updated_at)
        self.status.set_based_on(record.based_on, self._latest_version)
        self._show_pending()

    def _show_pending(self) -> None:
        """"Saving…" while the document holds what the database does not, else when
        it was saved (an Undo back to the saved content, a reload, leave nothing to save)."""
        if self.autosaver.paused:
            return  # the conflict message stays until the user settles it
        if self.autosaver.pending:
            self.status.set_message("Saving…")
        else:
            self.status.set_saved(self.autosaver.last_saved_at)

    def refresh_save_state(self) -> None:
        """Read the versions again and show when the draft was saved and what it derives
        from; tell the parts that show versions (sign-off badge, history) to refresh."""
        self._latest_version = self.workspace.reader.latest_number(self.agreement_id)
        self.status.set_based_on(self.autosaver.based_on, self._latest_version)
        self._show_pending()
        self.draft_reloaded.emit()

    def reload_draft(self, step: str = "Load the draft as saved") -> None:
        """Show the draft as the database holds it now; ``step`` names it in Undo."""
        self.autosaver.load_theirs(step_text=step)
        self.refresh_save_state()

    # -- window life --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = restore_window(self, "agreement_window", default_size)
        if not self.readiness.isVisibleTo(self) and settings.value(
                "agreement_window/readiness_stepped_aside") == "true":
            self.narrow_room.auto_hidden = True  # back when the window has room for it

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The window is up on reads alone: the store opens now, off this thread.
        QTimer.singleShot(0, self.workspace.open_soon)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_pending_edits()
        if not refused_cells_settled(self.pages.built(), self, self.go_to_section):
            event.ignore()  # the refused text is still there to correct
            return
        self.autosaver.flush()
        if self.autosaver.paused and not self.conflicts.settle(
                "The window is closing with edits that are not saved."):
            event.ignore()  # an open conflict: closing must not drop these edits
            return
        if self.presentation.active:
            self.presentation.set_active(False)
        keep_last_section(self.agreement_id, self.current_page_key())
        settings = save_window(self, "agreement_window")
        settings.setValue("agreement_window/readiness_stepped_aside",
                          "true" if self.narrow_room.auto_hidden else "false")
        self.closed.emit(self.agreement_id)
        super().closeEvent(event)
