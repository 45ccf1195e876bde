"""History and Compare inside the agreement window: the actions are enabled and open the
windows; restore-as-draft keeps unsaved work as a version, puts the old version in the
draft (as a second connection to the file sees it) and in the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from ui_helpers import reread, wait_saved

from slaworkshop.ui.history.compare_view import CompareView
from slaworkshop.ui.history.history_window import HistoryWindow


def feature(window: Any) -> Any:
    return window.findChild(object, "historyFeature")


def type_a_note(qtbot: Any, window: Any, text: str) -> None:
    window.go_to_section("terms")
    page = window.pages["terms"]
    page.editor.select_row(0)
    qtbot.keyClicks(page.editor.form.widgets["notes"].widget, text)
    page.editor.form.commit_pending()


def test_actions_are_enabled_with_shortcuts(window: Any) -> None:
    actions = window.window_actions
    assert actions.history.isEnabled() and actions.compare.isEnabled()
    assert actions.history.shortcut() == QKeySequence("Ctrl+H")
    assert actions.compare.shortcut() == QKeySequence("Ctrl+Shift+C")
    assert "Available when" not in actions.history.toolTip()


def test_history_action_opens_one_history_window(qtbot: Any, window: Any) -> None:
    window.window_actions.history.trigger()
    history = feature(window).history
    assert isinstance(history, HistoryWindow) and history.isVisible()
    window.window_actions.history.trigger()
    assert feature(window).history is history
    assert window.findChildren(HistoryWindow) == [history]


def test_compare_action_opens_the_compare_view(qtbot: Any, window: Any) -> None:
    window.window_actions.compare.trigger()
    view = feature(window).compare
    assert isinstance(view, CompareView) and view.isVisible()
    assert view.pair() == (1, 2)


def test_history_compares_two_selected_rows(qtbot: Any, window: Any) -> None:
    window.window_actions.history.trigger()
    history = feature(window).history
    history.select_numbers([2, 1])
    history.compare_action.trigger()
    assert [v.pair() for v in history.compare_views] == [(1, 2)]
    history.select_numbers([1])
    assert history.compare_action.text() == "&Compare with draft"
    history.compare_action.trigger()
    assert history.compare_views[-1].pair() == (1, "draft")


def test_a_saved_version_shows_up_in_the_open_history(qtbot: Any, window: Any, answers: Any,
                                                      workspace: Any) -> None:
    window.window_actions.history.trigger()
    history = feature(window).history
    type_a_note(qtbot, window, "Checked.")
    answers.add("text", "after legal review")
    window.window_actions.save_version.trigger()
    assert history.table.model().rowCount() == 3
    assert history.table.model().index(0, 2).data() == "after legal review"


def test_restore_keeps_unsaved_work_and_reloads_the_window(qtbot: Any, window: Any,
                                                           answers: Any, workspace: Any,
                                                           db_url: str) -> None:
    agreement = window.agreement_id
    version_1 = workspace.agreements.content(agreement, 1)
    type_a_note(qtbot, window, "Typed, never saved as a version.")
    window.window_actions.history.trigger()
    history = feature(window).history
    history.select_numbers([1])
    answers.add("confirm", True)
    history.restore_action.trigger()
    assert answers.kinds() == ["confirm"]
    assert "Restore version 1" in answers.asked[0][1]["title"]
    # the typing was flushed and kept as a safety version, before the draft was replaced
    records = workspace.agreements.history(agreement)
    assert [(r.number, r.label) for r in records][-1] == (3, "before restoring version 1")
    kept = workspace.agreements.content(agreement, 3)
    assert kept.terms[0].notes.endswith("Typed, never saved as a version.")
    # the draft equals version 1, as a second connection to the file sees it
    draft = reread(db_url, agreement)
    assert draft.content == version_1
    assert draft.based_on == 1
    # the window shows it, and the history lists the safety version
    assert window.document.content == version_1
    wait_saved(qtbot, window)
    assert window.status.based_on.text() == "Derived from version 1"
    assert history.table.model().rowCount() == 3
    assert "saved as version 3" in history.message.text()
    # nothing was overwritten
    assert workspace.agreements.content(agreement, 2).sla_windows[0].within == "PT2H"
    assert [r.status for r in records] == ["signed", "proposed", "saved"]


def test_restore_without_unsaved_changes_makes_no_extra_version(
        qtbot: Any, window: Any, answers: Any, workspace: Any, db_url: str) -> None:
    window.window_actions.history.trigger()
    history = feature(window).history
    history.select_numbers([1])
    answers.add("confirm", True)
    history.restore_action.trigger()
    assert [r.number for r in workspace.agreements.history(window.agreement_id)] == [1, 2]
    assert reread(db_url, window.agreement_id).content == \
        workspace.agreements.content(window.agreement_id, 1)
    assert history.message.text() == "The draft now starts from version 1."
    audit = workspace.agreements.audit_log(window.agreement_id)
    assert audit[-1].action == "draft_from_version"


def test_restore_cancelled_changes_nothing(qtbot: Any, window: Any, answers: Any,
                                           workspace: Any, db_url: str) -> None:
    before = reread(db_url, window.agreement_id)
    window.window_actions.history.trigger()
    history = feature(window).history
    history.select_numbers([1])
    answers.add("confirm", False)
    history.restore_action.trigger()
    after = reread(db_url, window.agreement_id)
    assert (after.revision, after.content) == (before.revision, before.content)
    assert window.document.content == before.content


def test_restore_from_the_viewer_undo_brings_back_the_window_content(
        qtbot: Any, window: Any, answers: Any, workspace: Any, db_url: str) -> None:
    shown = window.document.content
    window.window_actions.history.trigger()
    history = feature(window).history
    viewer = history.open_version(1)
    answers.add("confirm", True)
    viewer.restore_button.click()
    assert window.document.content == workspace.agreements.content(window.agreement_id, 1)
    # it read "Undo Load the changes made elsewhere" (tryout)
    assert window.window_actions.undo.text() == "&Undo Restore version 1 as the draft"
    window.document.undo_stack.undo()  # what the window showed is one Undo away
    assert window.document.content == shown
    wait_saved(qtbot, window)
    assert reread(db_url, window.agreement_id).content == shown


def test_compare_with_the_draft_follows_the_typing(qtbot: Any, window: Any) -> None:
    window.window_actions.compare.trigger()
    view = feature(window).compare
    view.set_pair(2, "draft")
    assert view.summary.text() == "No differences."
    type_a_note(qtbot, window, "Live.")
    qtbot.waitUntil(lambda: "Live." in view.browser.toPlainText(), timeout=3000)
    assert view.summary.text().endswith("1 section changed (Terms).")


def test_compare_takes_the_typed_draft_from_the_autosave_not_the_store(
        qtbot: Any, window: Any, db_url: str, monkeypatch: Any) -> None:
    window.window_actions.compare.trigger()
    view = feature(window).compare
    view.set_pair(2, "draft")
    agreements = window.workspace.agreements
    read = agreements.content
    drafts_read: list[object] = []

    def content(agreement_id: str, ref: object) -> Any:
        if ref == "draft":
            drafts_read.append(ref)
        return read(agreement_id, ref)

    monkeypatch.setattr(agreements, "content", content)
    type_a_note(qtbot, window, "Live.")
    qtbot.waitUntil(lambda: "Live." in view.browser.toPlainText(), timeout=3000)
    wait_saved(qtbot, window)
    assert view.summary.text().endswith("1 section changed (Terms).")
    assert reread(db_url, window.agreement_id).content.terms[0].notes == "Live."
    # the autosave hands over what it wrote: reading the whole draft back after every
    # autosave was most of the comparison's time on a 2,000-term agreement
    assert drafts_read == []


def test_presentation_mode_reaches_history_and_compare(qtbot: Any, window: Any) -> None:
    normal = window.font().pointSizeF()
    window.window_actions.compare.trigger()
    compare = feature(window).compare
    assert not compare.styleSheet()
    window.window_actions.presentation.setChecked(True)  # Compare was open already
    assert compare.font().pointSizeF() > normal * 1.5
    assert "#000000" in compare.styleSheet()
    window.window_actions.history.trigger()  # History opens while the mode is on
    history = feature(window).history
    assert history.font().pointSizeF() > normal * 1.5
    assert "#000000" in history.styleSheet()
    window.window_actions.presentation.setChecked(False)
    assert history.styleSheet() == "" and compare.styleSheet() == ""
    assert history.font().pointSizeF() == normal


def test_history_headers_and_times_are_whole_in_presentation_mode(qtbot: Any,
                                                                 window: Any) -> None:
    # The columns had fixed pixel widths: with presentation type "Version" lost its
    # last letters and the time of saving ended in "1…".
    window.window_actions.presentation.setChecked(True)
    window.window_actions.history.trigger()
    history = feature(window).history
    table = history.table
    qtbot.waitUntil(lambda: table.columnWidth(0) >= table.horizontalHeader()
                    .sectionSizeHint(0), timeout=1000)
    header = table.horizontalHeader()
    model = table.model()
    for column in range(model.columnCount() - 1):  # the last one stretches
        text = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), text
    for column in (0, 1, 3, 4):  # number, status, saved, author: short values, whole
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
    window.window_actions.presentation.setChecked(False)


def test_compare_notes_and_field_names_are_readable_in_presentation_mode(
        qtbot: Any, window: Any) -> None:
    # Grey (#57606a) notes and field names were 3:1 on presentation mode's black, and
    # the table heads a pale band across it.
    window.window_actions.compare.trigger()
    view = feature(window).compare
    assert "#57606a" in view.browser.toHtml()  # the light page keeps its greys
    window.window_actions.presentation.setChecked(True)
    qtbot.waitUntil(lambda: "#57606a" not in view.browser.toHtml(), timeout=1000)
    assert "#f6f8fa" not in view.browser.toHtml()
    assert "Route to a rep" in view.browser.toPlainText()
    window.window_actions.presentation.setChecked(False)
    qtbot.waitUntil(lambda: "#57606a" in view.browser.toHtml(), timeout=1000)


def test_history_exports_the_selected_version_not_the_latest(
        qtbot: Any, window: Any, answers: Any, workspace: Any, tmp_path: Any) -> None:
    """Export took the latest version alone: once version 2 was saved after the board
    signed version 1, the signed PDF was reachable from the command line only (tryout)."""
    from pathlib import Path

    import yaml

    from slaworkshop.export.verify import verify_bytes

    organization = workspace.reader.content(window.agreement_id, 1).organization
    window.document.edit("Rename", lambda data: data.update(organization="Renamed Ltd"))
    window.window_actions.history.trigger()
    history = feature(window).history
    assert history.export_pdf_action.isVisible()
    history.select_numbers([1])
    config = tmp_path / "v1.yaml"
    answers.add("save_file", str(config))
    history.export_config_action.trigger()
    asked = answers.details("save_file")[-1]
    assert asked["title"] == "Export version 1 as a config file"
    # named after the version exported, not the draft renamed since
    assert asked["suggested"] == f"{organization} agreement version 1.yaml"
    assert yaml.safe_load(config.read_text(encoding="utf-8"))["version"]["number"] == 1
    pdf = tmp_path / "v1.pdf"
    answers.add("save_file", str(pdf))
    with qtbot.waitSignal(window.signoff.export.exported, timeout=60_000):
        history.export_pdf_action.trigger()
        # History may close while the PDF renders: the render goes on, and writes it
        # (review: with the progress over History, the file was never written)
        progress = window.signoff.export.progress_dialog
        assert progress is not None and progress.parentWidget() is window
        history.close()
    assert answers.details("save_file")[-1]["title"] == "Export version 1 as PDF"
    report = verify_bytes(Path(pdf).read_bytes(), pdf.name)
    assert report.ok, report.findings
    versions = {v.number: v for v in workspace.agreements.history(window.agreement_id)}
    assert versions[1].content_sha256 != versions[2].content_sha256
    assert report.content_sha256 == versions[1].content_sha256  # version 1's content
    window.window_actions.history.trigger()  # History again, after closing
    history = feature(window).history
    history.select_numbers([1, 2])
    assert not history.export_pdf_action.isEnabled()


def test_history_on_its_own_offers_no_export(qtbot: Any, workspace: Any,
                                             agreement: str) -> None:
    history = HistoryWindow(workspace, agreement)
    qtbot.addWidget(history)
    assert not history.export_pdf_action.isVisible()
    assert not history.export_config_action.isVisible()


def test_history_s_export_buttons_answer_their_own_alt_keys(
        qtbot: Any, window: Any, answers: Any, tmp_path: Any) -> None:
    """Export con&fig and Re&fresh both said Alt+F, so Alt+F did neither."""
    window.window_actions.history.trigger()
    history = feature(window).history
    history.activateWindow()
    history.select_numbers([1])
    history.table.setFocus()
    qtbot.waitUntil(history.table.hasFocus)
    answers.add("save_file", "")  # cancelled: the question is what matters
    qtbot.keyClick(history.table, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: answers.kinds() == ["save_file"])
    assert answers.details("save_file")[0]["title"] == "Export version 1 as a config file"
