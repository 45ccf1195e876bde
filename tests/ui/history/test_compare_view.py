"""The compare view: changed fields with the old value struck and the new one beside it,
a summary line per section, added and removed items, the only-changes filter, and the
version-against-identical-draft case."""

from __future__ import annotations

from typing import Any

from browser_text import fragments, plain, struck
from history_scenario import HOSTILE, edit_draft
from PySide6.QtCore import Qt

from slaworkshop.diff import report_text
from slaworkshop.store.records import VersionRecord
from slaworkshop.ui.history.compare_view import DRAFT, CompareView, default_pair
from slaworkshop.ui.tooltips import plain_tip


def open_compare(qtbot: Any, workspace: Any, agreement_id: str, **kwargs: Any) -> CompareView:
    view = CompareView(workspace, agreement_id, **kwargs)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_defaults_to_previous_signed_against_latest(qtbot: Any, workspace: Any,
                                                    agreement: str) -> None:
    view = open_compare(qtbot, workspace, agreement)
    assert view.pair() == (1, 2)
    assert view.from_combo.currentText() == "Version 1 (signed) — after Q2 summit"
    assert view.to_combo.currentText() == "Version 2 (proposed) — after Q4 summit"


def test_changed_field_old_struck_new_beside(qtbot: Any, workspace: Any, agreement: str) -> None:
    view = open_compare(qtbot, workspace, agreement, pair=(1, 2))
    text = view.browser.toPlainText()
    assert "Changes from version 1 to version 2" in text
    assert "4 business hours" in struck(view.browser)
    assert "2 business hours" in plain(view.browser)
    assert "2 business hours" not in struck(view.browser)
    lines = text.splitlines()
    within = lines.index("Within")
    assert lines[within + 1: within + 3] == ["4 business hours", "2 business hours"]
    assert "Route to a rep" in text


def test_summary_line_per_section_and_added_removed(qtbot: Any, workspace: Any,
                                                    agreement: str) -> None:
    view = open_compare(qtbot, workspace, agreement, pair=(1, 2))
    lines = view.browser.toPlainText().splitlines()
    assert lines[lines.index("SLA windows") + 1] == "1 changed"
    assert lines[lines.index("Rejection reasons") + 1] == "1 added, 1 removed"
    assert any(line.strip() == "ADDED  Budget frozen" for line in lines)
    assert "Try again next quarter." in plain(view.browser)
    assert "No response after four attempts" in struck(view.browser)
    assert any(line.strip() == "REMOVED" for line in lines)
    assert view.summary.text().endswith("2 sections changed (SLA windows, Rejection reasons).")


def test_words_match_the_command_line_report(qtbot: Any, workspace: Any, agreement: str) -> None:
    view = open_compare(qtbot, workspace, agreement, pair=(1, 2))
    assert view.report is not None
    cli = report_text(view.report)
    shown = view.browser.toPlainText()
    for section in view.report.sections:
        assert section.heading in cli and section.heading in shown
        assert section.summary in cli and section.summary in shown


def test_only_changes_filter(qtbot: Any, workspace: Any, agreement: str) -> None:
    view = open_compare(qtbot, workspace, agreement, pair=(1, 2))
    assert view.only_changes.isChecked()
    assert "Stages" not in view.browser.toPlainText()
    view.only_changes.click()
    text = view.browser.toPlainText()
    assert "Stages — No changes" in text
    assert "Workshop — No changes" in text  # title, organization, dates: one section
    assert "Title — No changes" not in text
    assert "Acknowledge" in text  # an unchanged SLA window is named
    assert "4 business hours" in struck(view.browser)  # the changes are still there
    view.only_changes.click()
    assert "Stages" not in view.browser.toPlainText()


def test_version_against_identical_draft(qtbot: Any, workspace: Any, agreement: str) -> None:
    view = open_compare(qtbot, workspace, agreement, pair=(2, DRAFT))
    assert view.browser.toPlainText().splitlines()[1].startswith("No differences")
    assert view.summary.text() == "No differences."
    assert struck(view.browser) == []


def test_choosing_sides_with_the_combos_and_swap(qtbot: Any, workspace: Any,
                                                 agreement: str) -> None:
    view = open_compare(qtbot, workspace, agreement, pair=(1, 2))
    view.swap_button.click()
    assert view.pair() == (2, 1)
    assert "2 business hours" in struck(view.browser)
    view.to_combo.setCurrentIndex(view.to_combo.findData(DRAFT))
    assert view.pair() == (2, DRAFT)
    assert "Draft" in view.windowTitle()
    view.from_combo.setFocus()
    qtbot.keyClick(view.from_combo, Qt.Key.Key_Down)  # keyboard: the next (older) entry
    assert view.pair() == (1, DRAFT)
    assert "4 business hours" in struck(view.browser)


def test_hostile_text_in_a_term_name_shows_literally(qtbot: Any, workspace: Any,
                                                     agreement: str) -> None:
    def rename(data: dict[str, Any]) -> None:
        data["terms"][0]["name"] = HOSTILE

    edit_draft(workspace, agreement, rename)
    view = open_compare(qtbot, workspace, agreement, pair=(2, DRAFT))
    assert HOSTILE in plain(view.browser)
    assert "Lead" in struck(view.browser)
    assert view.browser.refused == []
    assert view.browser.document().toHtml().count("<img") == 0


def test_accessible_names(qtbot: Any, workspace: Any, agreement: str) -> None:
    view = open_compare(qtbot, workspace, agreement)
    assert view.from_combo.accessibleName() == "Compare from (old)"
    assert view.to_combo.accessibleName() == "Compare to (new)"
    assert view.browser.accessibleName() == "Changes, section by section"
    assert view.summary.accessibleName() == "Comparison summary"


def record(number: int, status: str) -> VersionRecord:
    from datetime import UTC, datetime

    return VersionRecord("a", number, status, "", datetime.now(UTC), "0" * 64, "", "", "")


def test_default_pair_rules() -> None:
    assert default_pair([]) == (DRAFT, DRAFT)
    assert default_pair([record(1, "saved")]) == (1, DRAFT)
    assert default_pair([record(1, "signed")]) == (1, DRAFT)
    assert default_pair([record(1, "superseded"), record(2, "signed"), record(3, "saved")]) \
        == (2, 3)
    assert default_pair([record(1, "signed"), record(2, "saved"), record(3, "proposed")]) \
        == (1, 3)


def test_moved_items_are_marked_with_positions(qtbot: Any, workspace: Any,
                                               agreement: str) -> None:
    def last_stage_first(data: dict[str, Any]) -> None:
        data["stages"].insert(0, data["stages"].pop())

    edit_draft(workspace, agreement, last_stage_first)
    view = open_compare(qtbot, workspace, agreement, pair=(2, DRAFT))
    lines = view.browser.toPlainText().splitlines()
    assert lines[lines.index("Stages") + 1] == "1 moved"
    assert any(line.strip() == "MOVED  Opportunity" for line in lines)
    position = lines.index("Position")
    assert lines[position + 1: position + 3] == ["4", "1"]
    assert "4" in struck(view.browser)


def _save_with_label(workspace: Any, agreement: str, label: str) -> int:
    def retitle(data: dict[str, Any]) -> None:
        data["title"] += " (revised)"

    edit_draft(workspace, agreement, retitle)
    number, _created = workspace.agreements.save_version(agreement, label)
    return number


def test_a_long_version_name_shows_in_full_where_there_is_room(qtbot: Any, workspace: Any,
                                                               agreement: str) -> None:
    # the "To:" box was as narrow as "From:" and cut a long name mid-word
    number = _save_with_label(workspace, agreement,
                              "after the Q4 summit with the regional sales directors")
    view = open_compare(qtbot, workspace, agreement, pair=(1, number))
    view.resize(1100, 760)
    qtbot.wait(10)
    to_box, from_box = view.to_combo, view.from_combo
    assert to_box.currentText().endswith("regional sales directors")
    assert to_box.displayed_text() == to_box.currentText()  # nothing cut
    assert from_box.displayed_text() == from_box.currentText()
    assert to_box.width() > from_box.width()  # sized to its own name, not half and half
    assert to_box.toolTip() == plain_tip(to_box.currentText())


def test_a_very_long_version_name_is_cut_with_an_ellipsis_and_a_tooltip(
        qtbot: Any, workspace: Any, agreement: str) -> None:
    label = "after the workshop " + "with every regional director and their deputies " * 5
    number = _save_with_label(workspace, agreement, label.strip())
    view = open_compare(qtbot, workspace, agreement, pair=(1, number))
    view.resize(1100, 760)
    qtbot.wait(10)
    to_box, from_box = view.to_combo, view.from_combo
    assert to_box.width() < view.width() * 0.6  # within reason: From keeps its room
    assert from_box.displayed_text() == from_box.currentText()
    assert to_box.displayed_text().endswith("…")
    assert to_box.toolTip() == plain_tip(to_box.currentText())
    assert to_box.currentText() == f"Version {number} (saved) — {label.strip()}"
    index = to_box.currentIndex()
    assert to_box.itemData(index, Qt.ItemDataRole.ToolTipRole) == plain_tip(to_box.currentText())
    view.swap()  # the tooltips follow the sides
    assert from_box.toolTip() == plain_tip(f"Version {number} (saved) — {label.strip()}")
    assert to_box.toolTip() == plain_tip(to_box.currentText())


def _window_rows(lines: list[str], name: str) -> list[str]:
    """The lines of one SLA window's entry: from its name to the next entry or section."""
    start = next(i for i, line in enumerate(lines) if line.strip().endswith(name))
    end = next((i for i in range(start + 1, len(lines))
                if lines[i].strip().startswith(("CHANGED", "ADDED", "REMOVED", "MOVED"))
                or lines[i] == "Rejection reasons"), len(lines))
    return lines[start:end]


def test_a_duration_and_its_clock_read_as_one_change(qtbot: Any, workspace: Any,
                                                     agreement: str) -> None:
    # "Clock: business" stood beside "2 business days": the clock was said twice.
    def slower_feedback(data: dict[str, Any]) -> None:
        reason = next(w for w in data["sla_windows"] if w["key"] == "feedback")
        reason["within"], reason["clock"] = "P3D", "calendar"
        data["sla_windows"].append({"key": "nurture", "name": "Back into nurture",
                                    "owner": "marketing", "within": "P1D",
                                    "clock": "business"})

    edit_draft(workspace, agreement, slower_feedback)
    view = open_compare(qtbot, workspace, agreement, pair=(2, DRAFT))
    lines = view.browser.toPlainText().splitlines()
    changed = _window_rows(lines, "Reason back to marketing")
    assert changed[1:] == ["Within", "2 business days", "3 calendar days"]
    assert "2 business days" in struck(view.browser)
    assert "3 calendar days" in plain(view.browser)
    added = _window_rows(lines, "Back into nurture")
    assert "Within" in added and added[added.index("Within") + 2] == "1 business day"
    assert "Clock" not in added


def test_a_long_text_edited_in_part_marks_the_words_that_changed(
        qtbot: Any, workspace: Any, agreement: str) -> None:
    """The whole old and new sentences side by side left "Often a student." appended
    hard to spot; an empty old value was a struck-through red "(none)" (tryout)."""
    from PySide6.QtGui import QFont

    before = workspace.agreements.draft(agreement).content.terms[0]
    sentence = "A person at a prospective customer whose contact details we hold."

    def edit(data: dict[str, Any]) -> None:
        data["terms"][0]["agreed_definition"] = sentence + " Often a student."
        data["terms"][0]["sales_view"] = "Anyone with a phone number"
        data["terms"][0]["notes"] = "New note."
        data["terms"][0]["marketing_view"] = ""

    edit_draft(workspace, agreement, lambda data: data["terms"][0].update(
        agreed_definition=sentence, notes="", marketing_view="Any contact."))
    workspace.agreements.save_version(agreement, "before")
    edit_draft(workspace, agreement, edit)
    number = workspace.agreements.latest_number(agreement)
    view = open_compare(qtbot, workspace, agreement, pair=(number, DRAFT))
    runs = [(text, fmt.fontWeight() >= QFont.Weight.Bold, fmt.fontStrikeOut())
            for text, fmt in fragments(view.browser)]
    assert ("Often a student.", True, False) in [(t.strip(), b, s) for t, b, s in runs]
    assert sentence.split(" whose")[0] not in "".join(struck(view.browser))  # kept words
    text = view.browser.toPlainText()
    assert "(none)" not in text  # the empty sides are a quiet dash
    assert before.name in text


def test_a_position_number_that_stayed_is_not_struck(qtbot: Any, workspace: Any,
                                                     agreement: str) -> None:
    """[a, b, c] → [x, a, c, b]: c moved before b and kept its number, which Compare
    showed struck through beside the same number (tryout)."""
    def reorder(data: dict[str, Any]) -> None:
        terms = data["terms"]
        terms[1], terms[2] = terms[2], terms[1]
        terms.insert(0, {"key": "zz-new", "name": "New term", "status": "agreed",
                         "agreed_definition": "New."})

    before = workspace.agreements.draft(agreement).content.terms
    workspace.agreements.save_version(agreement, "before")
    edit_draft(workspace, agreement, reorder)
    number = workspace.agreements.latest_number(agreement)
    view = open_compare(qtbot, workspace, agreement, pair=(number, DRAFT))
    text = view.browser.toPlainText()
    moved = before[2].name  # third before and after
    assert f"3, before “{before[1].name}”" in text, text
    assert "3" not in [t.strip() for t in struck(view.browser)]
    assert moved in text


def test_a_value_typed_as_none_in_brackets_is_text_not_an_empty_side(
        qtbot: Any, workspace: Any, agreement: str) -> None:
    """The diff words nothing as "(none)"; Compare showed a note typed as "(none)" as the
    quiet dash of an empty side, and the version viewer muted it."""
    from slaworkshop.ui.history.content_html import content_body

    edit_draft(workspace, agreement, lambda data: data["terms"][0].update(notes="Kept"))
    workspace.agreements.save_version(agreement, "before")
    edit_draft(workspace, agreement, lambda data: data["terms"][0].update(notes="(none)"))
    number = workspace.agreements.latest_number(agreement)
    view = open_compare(qtbot, workspace, agreement, pair=(number, DRAFT))
    assert "Kept" in struck(view.browser)
    assert "(none)" in plain(view.browser)  # the new side, as typed
    assert "—" not in [text.strip() for text in plain(view.browser)]
    html = content_body(workspace.agreements.draft(agreement).content)
    assert '<td style="">(none)</td>' in html
