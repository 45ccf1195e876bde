"""A detail form's list of another list's items follows that list: the SLA window form's
"On a breach, alert" kept the stakeholders' old names until another row was selected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def _alert_list(window: Any) -> list[tuple[str, bool]]:
    box = window.pages["sla_windows"].editor.form.widgets["escalate_to"].box
    return [(box.item(i).text(), box.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(box.count())]


def test_a_renamed_stakeholder_shows_in_an_sla_windows_form(qtbot: Any, window: Any) -> None:
    window.go_to_section("sla_windows")
    editor = window.pages["sla_windows"].editor
    editor.select_row(0)  # alerts Priya
    assert ("Priya Natarajan", True) in _alert_list(window)
    window.go_to_section("stakeholders")
    stakeholders = window.pages["stakeholders"].editor
    stakeholders.model.set_value(stakeholders.model.row_of("priya"), "name", "Priya Raman")
    window.go_to_section("sla_windows")
    assert editor.current_row() == 0
    assert ("Priya Raman", True) in _alert_list(window)
    assert "Priya Natarajan" not in [name for name, _ in _alert_list(window)]


def test_a_new_stakeholder_is_offered_in_an_sla_windows_form(qtbot: Any, window: Any) -> None:
    window.go_to_section("sla_windows")
    window.pages["sla_windows"].editor.select_row(0)
    window.go_to_section("stakeholders")
    window.pages["stakeholders"].editor.model.add(0, "Sam Lee")
    window.go_to_section("sla_windows")
    assert ("Sam Lee", False) in _alert_list(window)
    window.window_actions.undo.trigger()  # and it goes again with Undo
    window.go_to_section("sla_windows")
    assert "Sam Lee" not in [name for name, _ in _alert_list(window)]
