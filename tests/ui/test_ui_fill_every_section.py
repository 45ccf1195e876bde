"""From a blank agreement to a complete one, section by section, by typing and clicking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from ui_helpers import edit_with_delegate, reread, wait_saved

from slaworkshop.models import readiness_problems, validate_content
from slaworkshop.ui.agreement_window import AgreementWindow
from slaworkshop.ui.sections import State


def add(qtbot: Any, editor: Any, name: str) -> int:
    editor.new_name.clear()
    qtbot.keyClicks(editor.new_name, name)
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    return editor.current_row()


def type_detail(qtbot: Any, editor: Any, field: str, text: str) -> None:
    widget = editor.form.widgets[field].widget
    for number, line in enumerate(text.split("\n")):
        if number:  # QTest cannot type "\n"; Return starts the next line
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)
    editor.form.commit_pending()


def test_fill_every_section(qtbot: Any, workspace: Any, answers: Any, db_url: str) -> None:
    agreement_id = workspace.agreements.create(
        validate_content({"title": "Draft", "organization": "Contoso"}))
    window = AgreementWindow(workspace, workspace.agreements.draft(agreement_id))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    pages = window.pages

    # Workshop
    workshop = pages["workshop"]
    title = workshop.lines["title"]
    title.selectAll()
    qtbot.keyClicks(title, "Contoso sales and marketing SLA")
    qtbot.keyClicks(workshop.lines["facilitator"], "Morgan Reyes")
    workshop.commit_pending()
    workshop.dates["workshop_date"].edit.setDate(QDate(2026, 6, 10))
    workshop.dates["review_by"].edit.setDate(QDate(2027, 1, 15))
    workshop.dates["effective_from"].edit.setDate(QDate(2026, 7, 1))
    qtbot.mouseClick(workshop.dates["review_by"].clear_button, Qt.MouseButton.LeftButton)
    assert window.document.content.review_by is None
    workshop.dates["review_by"].edit.setDate(QDate(2027, 1, 15))
    hours = workshop.hours
    hours.setChecked(True)
    hours.zone.setCurrentText("Europe/Berlin")
    hours.zone.activated.emit(0)
    hours.days[5].setChecked(True)  # Saturday
    hours.start.setTime(QTime(8, 30))
    hours.holiday_date.setDate(QDate(2026, 12, 24))
    qtbot.mouseClick(hours.findChildren(type(workshop.parking_lot.add_button))[0],
                     Qt.MouseButton.LeftButton)
    hours.end.setTime(QTime(8, 0))  # before the start: refused with a message
    assert workshop.message.isVisible()
    assert workshop.message.text() == (
        "⚠ Not changed: Business hours end must be later than the start (08:30).")
    hours.end.setTime(QTime(17, 0))
    content = window.document.content
    assert content.business_hours is not None
    assert (content.business_hours.timezone, content.business_hours.days[-1],
            content.business_hours.start, content.business_hours.holidays) == (
        "Europe/Berlin", "sat", "08:30", ["2026-12-24"])

    # Stakeholders first, so that the references elsewhere have someone to name
    window.go_to_section("stakeholders")
    people = pages["stakeholders"].editor
    for name, team in (("Priya Natarajan", "marketing"), ("Jordan Okafor", "sales")):
        row = add(qtbot, people, name)
        edit_with_delegate(people, row, "team", team)
        people.model.setData(people.model.index(row, 4), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)
        edit_with_delegate(people, row, "role", f"Head of {team}")
        type_detail(qtbot, people, "responsibilities", "Owns the numbers\nSigns")
    assert window.document.content.stakeholders[1].responsibilities == ["Owns the numbers",
                                                                        "Signs"]

    # Parking lot with an assignee picked from the stakeholders
    window.go_to_section("workshop")
    lot = workshop.parking_lot
    row = add(qtbot, lot, "Do partner leads count?")
    edit_with_delegate(lot, row, "assignee", "priya-natarajan")

    # Terms
    window.go_to_section("terms")
    terms = pages["terms"].editor
    row = add(qtbot, terms, "Handraiser")
    edit_with_delegate(terms, row, "status", "agreed")
    type_detail(qtbot, terms, "agreed_definition", "Asked to talk to us.")
    type_detail(qtbot, terms, "aliases", "Hot lead\nLevel 1")

    # Stages with one handoff
    window.go_to_section("stages")
    stages = pages["stages"].editor
    for name, owner in (("Learner", "marketing"), ("MQL", "marketing"), ("SAL", "sales")):
        row = add(qtbot, stages, name)
        edit_with_delegate(stages, row, "owner", owner)
        type_detail(qtbot, stages, "entry_criteria", "Entry.")
        type_detail(qtbot, stages, "exit_criteria", "Exit.")
    stages.model.setData(stages.model.index(1, 2), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)

    # Personas and titles (the persona chosen from a list)
    window.go_to_section("personas")
    personas = pages["personas"].editor
    row = add(qtbot, personas, "Ops leader")
    edit_with_delegate(personas, row, "buying_role", "decision_maker")
    edit_with_delegate(personas, row, "company_size.min", "200")
    edit_with_delegate(personas, row, "company_size.max", "100")  # refused: min > max
    assert personas.banner.isVisible()
    # In the table's words, not the file's ("company size min … max").
    assert personas.banner.text() == (
        "⚠ Not changed: “Employees from” must not be greater than “Employees to”.")
    edit_with_delegate(personas, row, "company_size.max", "5000")
    type_detail(qtbot, personas, "pains", "No single view.")
    window.go_to_section("titles")
    titles = pages["titles"].editor
    row = add(qtbot, titles, "VP Operations")
    edit_with_delegate(titles, row, "seniority", "vp")
    edit_with_delegate(titles, row, "persona", "ops-leader")
    assert titles.model.index(row, 3).data() == "Ops leader"

    # SLA windows: duration, clock, stages and escalation all picked
    window.go_to_section("sla_windows")
    windows = pages["sla_windows"].editor
    row = add(qtbot, windows, "Route to a rep")
    edit_with_delegate(windows, row, "within", "P2D")
    edit_with_delegate(windows, row, "clock", "calendar")
    edit_with_delegate(windows, row, "from_stage", "learner")
    edit_with_delegate(windows, row, "to_stage", "mql")
    type_detail(qtbot, windows, "start_event", "Form submitted")
    type_detail(qtbot, windows, "end_event", "Rep assigned")
    escalate = windows.form.widgets["escalate_to"].box
    escalate.item(1).setCheckState(Qt.CheckState.Checked)
    sla = window.document.content.sla_windows[0]
    assert (sla.within, sla.clock, sla.from_stage, sla.to_stage, sla.escalate_to) == (
        "P2D", "calendar", "learner", "mql", ["jordan-okafor"])
    described = pages["sla_windows"].timeline.accessibleDescription()
    assert "Total: 2 calendar days" in described
    assert ": Sales · 2 calendar days." in described  # the clock named, as in the PDF

    # Rejection reasons
    window.go_to_section("rejection_reasons")
    reasons = pages["rejection_reasons"].editor
    row = add(qtbot, reasons, "No budget")
    edit_with_delegate(reasons, row, "outcome", "recycle")
    reasons.model.setData(reasons.model.index(row, 2), Qt.CheckState.Checked.value,
                          Qt.ItemDataRole.CheckStateRole)

    # Optional sections: switch on, fill; switch Goals off again (asks first)
    window.go_to_section("goals")
    goals_page = pages["goals"]
    assert window.sidebar.state_of(8) == "OFF"
    goals_page.switch.click()
    assert goals_page.body.isVisible() or goals_page.switch.isChecked()
    goals = goals_page.editor
    row = add(qtbot, goals, "120 MQLs a month")
    edit_with_delegate(goals, row, "target", "120")
    edit_with_delegate(goals, row, "owner", "marketing")
    answers.add("confirm", True)
    goals_page.switch.click()
    assert window.document.content.goals == []
    window.window_actions.undo.trigger()
    assert len(window.document.content.goals) == 1

    window.go_to_section("qualification")
    qualification = pages["qualification"]
    qualification.switch.click()
    qualification.threshold.setText("60")
    qualification.threshold.editingFinished.emit()
    row = add(qtbot, qualification.rules, "Uses a free e-mail address")
    edit_with_delegate(qualification.rules, row, "points", "-20")
    add(qtbot, qualification.fields, "Phone number")

    window.go_to_section("cadences")
    cadences_page = pages["cadences"]
    cadences_page.switch.click()
    cadences = cadences_page.editor
    row = add(qtbot, cadences, "Alignment summit")
    edit_with_delegate(cadences, row, "every", "P6M")
    assert window.document.content.cadences[0].every == "P6M"
    cadences.form.widgets["attendees"].box.item(0).setCheckState(Qt.CheckState.Checked)

    content = window.document.content
    assert readiness_problems(content) == []
    assert window.status.problems.text() == "✓ Ready to propose"
    states = {window.sidebar.item(i).text() for i in range(window.sidebar.count())}
    assert all(text.startswith(State.COMPLETE.mark) for text in states), states

    wait_saved(qtbot, window)
    stored = reread(db_url, agreement_id).content
    assert stored == content
    assert stored.qualification is not None
    assert stored.qualification.rules[0].points == -20
    assert stored.parking_lot[0].assignee == "priya-natarajan"
    assert stored.titles[0].persona == "ops-leader"
    assert stored.personas[0].company_size is not None
    assert stored.personas[0].company_size.max == 5000
