"""The start window: grouping, search, new blank / from starter / from a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import reread

from slaworkshop.starters import list_starters
from slaworkshop.ui.agreement_list_model import IdRole
from slaworkshop.ui.new_agreement_dialog import NewAgreement, NewAgreementDialog
from slaworkshop.ui.start_window import StartWindow


def start(qtbot: Any, workspace: Any) -> StartWindow:
    window = StartWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    return window


def test_lists_agreements_by_organization_and_searches(qtbot: Any, workspace: Any,
                                                       northwind: str) -> None:
    from slaworkshop.models import validate_content

    workspace.agreements.create(validate_content({"title": "Pilot SLA", "organization": "Acme"}))
    window = start(qtbot, workspace)
    model = window.proxy
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == ["Acme", "Northwind Clinical Supply"]
    northwind_group = model.index(1, 0)
    assert model.index(0, 0, northwind_group).data() == (
        "Sales and marketing service-level agreement")
    assert model.index(0, 2, northwind_group).data() == "draft"
    assert window.database.text() == f"Database: {workspace.display_url}"
    assert window.count.text() == "2 agreements"
    qtbot.keyClicks(window.search, "pilot")
    assert window.agreement_ids() == [next(
        s.id for s in workspace.agreements.list() if s.title == "Pilot SLA")]
    assert window.count.text() == "1 of 2 agreements"  # it said "2 agreements" (tryout)
    window.search.clear()
    assert window.count.text() == "2 agreements"
    qtbot.keyClicks(window.search, "draft")  # statuses are searched, as the box says
    assert sorted(window.agreement_ids()) == sorted(s.id for s in workspace.agreements.list())
    assert window.count.text() == "2 agreements"  # all of them match
    workspace.agreements.save_version(northwind, "v1")
    window.refresh()
    assert window.agreement_ids() != [northwind] and northwind not in window.agreement_ids()
    window.search.clear()
    qtbot.keyClicks(window.search, "saved")
    assert window.agreement_ids() == [northwind]
    window.search.clear()
    qtbot.keyClicks(window.search, "northwind")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert list(window.open_windows) == [northwind]


def test_new_blank_agreement(qtbot: Any, workspace: Any, answers: Any, db_url: str) -> None:
    window = start(qtbot, workspace)
    answers.add("new_blank", NewAgreement("Our SLA", "Contoso", None))
    opened = window.create_blank()
    assert opened is not None
    assert opened.document.content.organization == "Contoso"
    assert reread(db_url, opened.agreement_id).content.title == "Our SLA"
    assert window.agreement_ids() == [opened.agreement_id]
    assert opened.sidebar.item(1).text().startswith("⚠")  # empty Terms is a problem


def test_new_from_the_starter(qtbot: Any, workspace: Any, answers: Any, db_url: str) -> None:
    window = start(qtbot, workspace)
    answers.add("new_from_starter", NewAgreement("SLA 2026", "Fabrikam", "b2b-software"))
    opened = window.create_from_starter()
    assert opened is not None
    stored = reread(db_url, opened.agreement_id).content
    assert stored.organization == "Fabrikam"
    assert {"lead", "handraiser", "learner", "mql", "sales-accepted", "sales-rejected", "sql",
            "opportunity"} <= {t.key for t in stored.terms}
    assert [s.key for s in stored.stages if s.handoff] == ["mql"]
    assert opened.pages["sla_windows"].timeline.accessibleDescription().endswith(
        "Total: 3 business days 5 h")


def test_the_new_agreement_dialog_needs_both_names(qtbot: Any) -> None:
    dialog = NewAgreementDialog(list_starters())
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.organization, "Initech")
    assert ok.isEnabled()
    assert dialog.result_value() == NewAgreement(
        "Sales and marketing service-level agreement", "Initech", "b2b-software")


def test_an_invalid_file_shows_its_problems_and_creates_nothing(
        qtbot: Any, workspace: Any, answers: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: slaworkshop/agreement\nformat_version: 1\ncontent:\n"
                   "  title: T\n  organization: O\n  stages:\n"
                   "    - {key: a, name: A, owner: finance}\n")
    window = start(qtbot, workspace)
    answers.add("open_file", str(bad))
    answers.add("problems", None)
    assert window.create_from_file() is None
    kind, details = answers.asked[-1]
    assert kind == "problems"
    assert any("content.stages[0].owner" in p for p in details["problems"])
    assert workspace.agreements.list() == []


def test_a_valid_file_is_imported_and_opened(qtbot: Any, workspace: Any, answers: Any) -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "northwind-agreement.yaml"
    window = start(qtbot, workspace)
    answers.add("open_file", str(example))
    opened = window.create_from_file()
    assert opened is not None
    assert opened.document.content.organization == "Northwind Clinical Supply"


def test_a_search_that_matches_nothing_says_so_in_place_of_the_list(
        qtbot: Any, workspace: Any, northwind: str) -> None:
    window = start(qtbot, workspace)
    qtbot.keyClicks(window.search, "<b>zzz</b>")
    assert window.agreement_ids() == []
    assert window.no_match.isVisible() and not window.tree.isVisible()
    assert window.no_match.text() == "No agreement matches “<b>zzz</b>”."
    assert window.no_match.textFormat() == Qt.TextFormat.PlainText
    window.search.clear()
    assert window.tree.isVisible() and not window.no_match.isVisible()
    assert window.agreement_ids() == [northwind]


def test_no_search_hint_when_there_are_no_agreements_at_all(qtbot: Any, workspace: Any) -> None:
    window = start(qtbot, workspace)
    qtbot.keyClicks(window.search, "acme")
    assert window.empty_note.isVisible() and not window.no_match.isVisible()


def test_the_status_says_when_the_draft_changed_since_the_latest_version(
        qtbot: Any, workspace: Any, northwind: str, db_url: str) -> None:
    from slaworkshop.models import validate_content

    agreements = workspace.agreements
    unchanged = agreements.create(validate_content({"title": "Pilot", "organization": "Acme"}))
    agreements.save_version(unchanged, "")
    agreements.save_version(northwind, "")
    draft = agreements.draft(northwind)
    agreements.update_draft(northwind, draft.content.model_copy(update={"title": "Edited"}),
                            draft.revision)
    window = start(qtbot, workspace)
    shown = {}
    for group in range(window.proxy.rowCount()):
        parent = window.proxy.index(group, 0)
        for row in range(window.proxy.rowCount(parent)):
            status = window.proxy.index(row, 2, parent)
            shown[window.proxy.index(row, 0, parent).data()] = (
                status.data(), status.data(Qt.ItemDataRole.ToolTipRole))
    assert shown == {
        "Pilot": ("saved", None),
        "Edited": ("saved · draft changed",
                   "The draft has changes that are in no version since version 1 (saved)."),
    }


def test_search_matches_every_word_in_any_column_and_case(
        qtbot: Any, workspace: Any, northwind: str) -> None:
    from slaworkshop.models import validate_content

    agreements = workspace.agreements
    pilot = agreements.create(validate_content({"title": "Pilot", "organization": "Acme"}))
    agreements.save_version(northwind, "")
    draft = agreements.draft(northwind)
    agreements.update_draft(northwind, draft.content.model_copy(update={"title": "Edited"}),
                            draft.revision)  # its status reads "saved · draft changed"
    window = start(qtbot, workspace)
    for search, found in (("northwind draft", [northwind]), ("Draft  NORTHWIND", [northwind]),
                          ("edited changed northwind", [northwind]), ("acme draft", [pilot]),
                          ("draft", [pilot, northwind]), ("northwind signed", [])):
        window.search.clear()
        qtbot.keyClicks(window.search, search)
        assert window.agreement_ids() == found, search
    assert window.no_match.isVisible()
    assert window.no_match.text() == "No agreement matches “northwind signed”."
    window.search.clear()
    assert window.tree.isVisible() and len(window.agreement_ids()) == 2


def _status_of(window: StartWindow, agreement_id: str) -> str:
    for group in range(window.proxy.rowCount()):
        parent = window.proxy.index(group, 0)
        for row in range(window.proxy.rowCount(parent)):
            if window.proxy.index(row, 0, parent).data(IdRole) == agreement_id:
                return str(window.proxy.index(row, 2, parent).data())
    raise AssertionError(agreement_id)


def test_the_list_is_read_again_without_f5_keeping_the_chosen_agreement(
        qtbot: Any, workspace: Any, northwind: str, monkeypatch: Any) -> None:
    """It went stale: after a save, propose and sign elsewhere it still said "draft"."""
    from slaworkshop.models import validate_content

    workspace.agreements.create(validate_content({"title": "Pilot", "organization": "Acme"}))
    window = start(qtbot, workspace)
    window._select(northwind)
    assert _status_of(window, northwind) == "draft"

    workspace.agreements.save_version(northwind, "v1")  # as another window does
    window.statusBar().clearMessage()
    held = window.tree.currentIndex()  # as a slot running meanwhile may hold it
    window._tick.timeout.emit()  # the timer's tick, every TICK_MS
    qtbot.waitUntil(lambda: _status_of(window, northwind) == "saved")
    assert held.isValid() and held.data(IdRole) == northwind  # updated in place
    assert window.tree.currentIndex().data(IdRole) == northwind  # still the chosen one
    assert window.statusBar().currentMessage() == ""  # nothing to say

    workspace.agreements.save_version(northwind, "v2")  # unchanged: no new version
    window.store_state.setText("")
    monkeypatch.setattr(window.workspace.reader, "list", _failing)
    window._tick.timeout.emit()
    qtbot.waitUntil(lambda: window.store_state.text() == "The database is busy.")  # not asked


def test_a_slow_database_does_not_hold_up_the_window_while_the_list_is_read_again(
        qtbot: Any, workspace: Any, northwind: str, monkeypatch: Any) -> None:
    """The half-minute read ran on the UI thread: a PostgreSQL server across a slow
    network (or gone, until the driver's timeout) froze the window meanwhile."""
    import threading

    window = start(qtbot, workspace)
    assert workspace.is_open
    window._select(northwind)
    reads = workspace.reader.list
    answer = threading.Event()
    calls: list[int] = []

    def slow() -> Any:
        calls.append(1)
        answer.wait(10)
        return reads()

    monkeypatch.setattr(workspace.reader, "list", slow)
    workspace.agreements.save_version(northwind, "v1")  # as another window does
    window._tick.timeout.emit()  # returns at once: the read waits on another thread
    window._tick.timeout.emit()  # a second tick meanwhile starts no second read
    window.search.setText("north")  # the window still answers
    qtbot.wait(50)
    assert window.agreement_ids() == [northwind]
    assert _status_of(window, northwind) == "draft"
    assert len(calls) == 1  # one read at a time
    answer.set()
    qtbot.waitUntil(lambda: _status_of(window, northwind) == "saved")
    assert window.tree.currentIndex().data(IdRole) == northwind
    # the tick that came meanwhile is one read more, after the first, not beside it:
    # the first may have begun before what the tick was for
    qtbot.waitUntil(lambda: len(calls) == 2)
    qtbot.wait(50)
    assert len(calls) == 2


def test_a_quiet_read_older_than_the_list_shown_is_dropped(
        qtbot: Any, workspace: Any, northwind: str, monkeypatch: Any) -> None:
    """The quiet read took its snapshot, an import then refreshed the list on this
    thread, and the quiet read's older list arrived after it: the new agreement
    vanished for half a minute (review)."""
    import threading

    from slaworkshop.models import validate_content

    window = start(qtbot, workspace)
    reads = workspace.reader.list
    snapshot_taken, answer = threading.Event(), threading.Event()

    def stale() -> Any:
        found = reads()
        snapshot_taken.set()
        answer.wait(10)
        return found

    monkeypatch.setattr(workspace.reader, "list", stale)
    window._tick.timeout.emit()
    assert snapshot_taken.wait(10)
    monkeypatch.setattr(workspace.reader, "list", reads)
    pilot = workspace.agreements.create(validate_content({"title": "Pilot", "organization": "A"}))
    window.refresh()  # as after an import
    assert pilot in window.agreement_ids()
    answer.set()
    qtbot.waitUntil(lambda: not window._reads.busy)
    qtbot.wait(20)
    assert pilot in window.agreement_ids()


def _failing() -> Any:
    from slaworkshop.store import StoreError

    raise StoreError("the database is busy")


def test_a_file_exported_from_here_asks_before_making_a_twin(
        qtbot: Any, workspace: Any, answers: Any, northwind: str, tmp_path: Path) -> None:
    """It made an identical twin with no word of where it came from (tryout)."""
    from slaworkshop.export.config_file import build_file, dump_config
    from slaworkshop.ui.start_window import IMPORT_TWIN, OPEN_TWIN

    document = workspace.agreements.file(northwind, "draft")
    exported = tmp_path / "northwind.yaml"
    exported.write_bytes(dump_config(build_file(
        document.content, agreement_id=document.agreement_id, version=document.version,
        signatures=document.signatures), ".yaml"))
    window = start(qtbot, workspace)

    answers.add("open_file", str(exported))
    answers.add("choice", OPEN_TWIN)
    opened = window.create_from_file()
    [asked] = answers.details("choice")
    assert asked["text"] == (
        "northwind.yaml was exported from “Sales and marketing service-level agreement”"
        " (Northwind Clinical Supply), which is in this database. The file holds what its"
        " draft holds. Open that agreement, or import the file as a new agreement beside"
        " it?")
    assert opened is not None and opened.agreement_id == northwind
    assert [s.id for s in workspace.agreements.list()] == [northwind]

    draft = workspace.agreements.draft(northwind)  # the draft moves on after the export
    workspace.agreements.update_draft(
        northwind, draft.content.model_copy(update={"facilitator": "Someone else"}),
        draft.revision)
    answers.add("open_file", str(exported), str(exported))
    answers.add("choice", None, IMPORT_TWIN)
    assert window.create_from_file() is None  # cancelled: nothing made
    assert "The file differs from its draft: opening the agreement leaves the file's" \
        " changes out." in answers.details("choice")[-1]["text"]
    assert len(workspace.agreements.list()) == 1
    twin = window.create_from_file()
    assert twin is not None and twin.agreement_id != northwind
    assert len(workspace.agreements.list()) == 2


def test_the_status_bar_always_says_how_many_agreements(qtbot: Any, workspace: Any,
                                                        northwind: str) -> None:
    """"1 agreement" was a five-second message: after it the bar was empty, as if the
    database held none (tryout)."""
    from slaworkshop.models import validate_content

    window = start(qtbot, workspace)
    assert window.count.text() == "1 agreement" and window.count.isVisible()
    qtbot.wait(50)
    window.statusBar().showMessage("Opened", 10)  # a passing message comes and goes
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")
    assert window.count.isVisible() and window.count.text() == "1 agreement"
    workspace.agreements.create(validate_content({"title": "Pilot", "organization": "Acme"}))
    window.refresh(quiet=True)
    assert window.count.text() == "2 agreements"


def test_copies_with_the_same_title_show_the_start_of_their_ids(
        qtbot: Any, workspace: Any, northwind: str) -> None:
    """A file imported again as a new agreement made two identical rows (tryout)."""
    copy = workspace.agreements.create(workspace.agreements.draft(northwind).content)
    window = start(qtbot, workspace)
    group = window.proxy.index(0, 0)
    titles = sorted(window.proxy.index(row, 0, group).data()
                    for row in range(window.proxy.rowCount(group)))
    title = "Sales and marketing service-level agreement"
    assert titles == sorted([f"{title} · {northwind[:8]}", f"{title} · {copy[:8]}"])
    qtbot.keyClicks(window.search, copy[:8])  # and the search finds one by it
    assert window.agreement_ids() == [copy]


def test_a_tick_during_a_read_that_began_too_early_reads_again(
        qtbot: Any, workspace: Any, northwind: str, monkeypatch: Any) -> None:
    """A read under way had taken its list before a version was saved elsewhere; the
    tick asking meanwhile was dropped, and the list said "draft" until the next
    half-minute."""
    import threading

    window = start(qtbot, workspace)
    assert workspace.is_open
    reads = workspace.reader.list
    answer = threading.Event()

    def early() -> Any:
        found = reads()  # the snapshot, taken before the save below
        answer.wait(10)
        return found

    monkeypatch.setattr(workspace.reader, "list", early)
    window._tick.timeout.emit()
    qtbot.wait(50)
    workspace.agreements.save_version(northwind, "v1")  # as another window does
    window._tick.timeout.emit()  # while the early read is under way
    answer.set()
    qtbot.waitUntil(lambda: _status_of(window, northwind) == "saved")


def test_a_status_badge_fits_its_row(qtbot: Any, workspace: Any, northwind: str) -> None:
    """The badge was 4 px taller than the row: the next row cut the foot of its word,
    which read "siqned" (tryout)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from slaworkshop.ui.status_badge import badge_rect

    workspace.agreements.save_version(northwind, "")
    window = start(qtbot, workspace)
    group = window.proxy.index(0, 0)
    window.tree.expandAll()
    index = window.proxy.index(0, 2, group)
    assert index.data() == "saved"
    option = QStyleOptionViewItem()
    option.initFrom(window.tree)
    option.rect = window.tree.visualRect(index)
    badge = badge_rect(option, "saved")
    assert option.rect.top() <= badge.top() and badge.bottom() <= option.rect.bottom() + 1
