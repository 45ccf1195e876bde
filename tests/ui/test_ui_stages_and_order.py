"""Stages: one handoff, reordering by buttons, keyboard and drag and drop, undo/redo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import reread, wait_saved


def stages(window: Any) -> Any:
    window.go_to_section("stages")
    return window.pages["stages"].editor


def keys(editor: Any) -> list[str]:
    return [editor.model.item(r).key for r in range(editor.model.rowCount())]


def test_choosing_a_handoff_clears_the_other(qtbot: Any, window: Any, db_url: str) -> None:
    editor = stages(window)
    model = editor.model
    sal = model.index(model.row_of("sal"), 2)
    rect = editor.view.visualRect(editor.proxy.mapFromSource(sal))
    # a click on the check box of the "Sales accepted lead" row
    editor.view.setCurrentIndex(editor.proxy.mapFromSource(sal))
    assert model.setData(sal, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert rect.isValid()
    handoffs = [s.key for s in window.document.content.stages if s.handoff]
    assert handoffs == ["sal"]
    assert model.index(model.row_of("mql"), 2).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked)
    assert "Sales accepted lead (sales, handoff)" in window.pages["stages"].funnel \
        .accessibleDescription()
    wait_saved(qtbot, window)
    assert [s.key for s in reread(db_url, window.agreement_id).content.stages if s.handoff] == [
        "sal"]


def test_reorder_with_buttons_keyboard_and_drag(qtbot: Any, window: Any) -> None:
    editor = stages(window)
    editor.select_key("opportunity")
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert keys(editor) == ["learner", "mql", "opportunity", "sal"]
    assert editor.model.item(editor.current_row()).key == "opportunity"
    # keyboard: the window's Edit menu shortcut acts on the list that has focus
    window.activateWindow()
    editor.view.setFocus()
    qtbot.waitUntil(editor.view.hasFocus)
    qtbot.keyClick(editor.view, Qt.Key.Key_Up,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert keys(editor) == ["learner", "opportunity", "mql", "sal"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Down,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert keys(editor) == ["learner", "mql", "opportunity", "sal"]
    # drag "learner" below "sal"
    model = editor.model
    data = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, model.index(-1, -1))
    assert keys(editor) == ["mql", "opportunity", "sal", "learner"]
    # undo and redo the drag, then everything back to the start
    window.window_actions.undo.trigger()
    assert keys(editor) == ["learner", "mql", "opportunity", "sal"]
    window.window_actions.redo.trigger()
    assert keys(editor) == ["mql", "opportunity", "sal", "learner"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert keys(editor) == ["learner", "opportunity", "mql", "sal"]  # drag, then Down undone
    qtbot.keyClick(editor.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert keys(editor) == ["learner", "mql", "opportunity", "sal"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert keys(editor) == ["mql", "opportunity", "sal", "learner"]
    assert window.window_actions.undo.text().startswith("&Undo Move stage")


def test_add_duplicate_remove_with_shortcuts(qtbot: Any, window: Any) -> None:
    editor = stages(window)
    window.activateWindow()
    editor.view.setFocus()
    qtbot.waitUntil(editor.view.hasFocus)
    editor.select_key("mql")
    qtbot.keyClick(editor.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert keys(editor)[2] == "mql-copy"
    assert [s.key for s in window.document.content.stages if s.handoff] == ["mql"]
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert "mql-copy" not in keys(editor)
    qtbot.keyClicks(editor.new_name, "Customer")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    assert "customer" in keys(editor)


def test_removing_a_referenced_stage_is_refused(qtbot: Any, window: Any) -> None:
    editor = stages(window)
    editor.select_key("learner")
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "learner" in keys(editor)
    assert editor.banner.isVisible()
    assert editor.banner.text().startswith(
        "⚠ Not changed: The SLA window “Route to a rep” (SLA windows) refers to this stage in"
        " its “from stage”: change that first.")


def test_the_funnel_legend_is_as_wide_as_its_words_in_large_type(qtbot: Any,
                                                                  window: Any) -> None:
    """Three steps larger in presentation mode it read "Marketing owr" (tryout)."""
    window.window_actions.presentation.setChecked(True)
    for _ in range(3):
        window.window_actions.zoom_in.trigger()
    window.go_to_section("stages")
    funnel = window.pages["stages"].funnel
    metrics = funnel.fontMetrics()
    places = funnel.legend_places(0)
    assert [label for _owner, label, _swatch, _box in places] == [
        "Marketing owns", "Sales owns", "Shared owns"]
    for _owner, label, _swatch, box in places:
        assert box.width() >= metrics.horizontalAdvance(label), label
    for (_o, _l, _s, left), (_o2, _l2, swatch, _b) in zip(places, places[1:], strict=False):
        assert left.right() < swatch.left()  # no entry drawn over the next
    window.window_actions.presentation.setChecked(False)
    window.window_actions.zoom_reset.trigger()


def test_the_list_keeps_the_focus_when_a_focused_button_goes_grey(qtbot: Any,
                                                                  window: Any) -> None:
    """Space on Move up until the row reached the top: Qt handed the focus to Move
    down, so the next Space moved it back down (keyboard audit)."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    editor = stages(window)
    editor.select_row(1)
    editor.up_button.setFocus()
    qtbot.waitUntil(editor.up_button.hasFocus)
    qtbot.keyClick(editor.up_button, Qt.Key.Key_Space)
    assert editor.current_row() == 0 and not editor.up_button.isEnabled()
    assert QApplication.focusWidget() is editor.view


def test_removing_a_row_says_so_and_how_to_bring_it_back(qtbot: Any, window: Any) -> None:
    editor = stages(window)
    editor.select_key("opportunity")
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert "opportunity" not in keys(editor)
    assert window.statusBar().currentMessage() == (
        "Removed stage “Opportunity”. Undo (Ctrl+Z) brings it back.")


def test_stage_names_fit_their_boxes_in_large_type(qtbot: Any, window: Any) -> None:
    """In presentation mode's large type the boxes showed ".earner", "arketir / ualifie /
    lead" (tryout): a name that does not fit is set smaller."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QFontMetricsF

    from slaworkshop.ui.pages.funnel_view import fitted_font

    window.window_actions.presentation.setChecked(True)
    for _ in range(5):
        window.window_actions.zoom_in.trigger()
    window.go_to_section("stages")
    funnel = window.pages["stages"].funnel
    bold = QFont(funnel.font())
    bold.setBold(True)
    for box, (name, _owner, _handoff) in zip(funnel._boxes(), funnel._stages, strict=True):
        inner = box.adjusted(8, 4, -8, -4)
        font = fitted_font(bold, name, inner)
        metrics = QFontMetricsF(font)
        wrapped = metrics.boundingRect(inner, Qt.AlignmentFlag.AlignCenter
                                       | Qt.TextFlag.TextWordWrap, name)
        assert wrapped.height() <= inner.height(), name
        assert wrapped.width() <= inner.width(), name
    small = fitted_font(bold, "Marketing-qualified lead", QRectF(0, 0, 40, 30))
    assert small.pointSizeF() < bold.pointSizeF()
    window.window_actions.presentation.setChecked(False)
    window.window_actions.zoom_reset.trigger()


def test_ticking_a_box_makes_its_row_the_current_one(qtbot: Any, window: Any) -> None:
    """Ticking Handoff on row 3 left the current row, its frame and the form on row 1:
    Ctrl+D or Delete then acted on another row than the one just changed (tryout)."""
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

    from slaworkshop.ui.keyed_list.table_model import column_of

    window.show()
    window.go_to_section("stages")
    editor = window.pages["stages"].editor
    editor.select_row(0)
    column = column_of(editor.spec, "handoff")
    last = editor.model.rowCount() - 1
    index = editor.proxy.index(last, column)
    view = editor.view
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = QApplication.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                              option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert window.document.content.stages[last].handoff  # ticked
    assert editor.current_row() == last
    assert editor.form.key_label.text().startswith(f"Key: {window.document.content.stages[last].key}")


def test_only_the_table_with_the_focus_shows_its_selection_in_full(qtbot: Any,
                                                                   window: Any) -> None:
    """Qualification's two tables both showed a blue row: which would Ctrl+N act on?"""
    from PySide6.QtGui import QColor, QPalette

    window.show()
    window.activateWindow()
    window.go_to_section("qualification")
    rules, fields = window.pages["qualification"].list_editors()[:2]
    for editor in (rules, fields):
        editor.select_row(0)
    blue = rules.view.palette().color(QPalette.ColorRole.Highlight).name()

    def shown(editor: Any) -> str:
        """The colour of the selected row's first cell, beside its text."""
        view = editor.view
        rect = view.visualRect(editor.proxy.index(0, 0))
        image = view.viewport().grab(rect).toImage()
        return QColor(image.pixel(rect.width() - 8, rect.height() // 2)).name()

    def near(one: str, other: str) -> bool:
        return all(abs(QColor(one).getRgb()[i] - QColor(other).getRgb()[i]) < 8 for i in range(3))

    rules.view.setFocus()
    qtbot.waitUntil(rules.view.hasFocus)
    assert near(shown(rules), blue) and not near(shown(fields), blue)
    fields.view.setFocus()
    qtbot.waitUntil(fields.view.hasFocus)
    assert near(shown(fields), blue) and not near(shown(rules), blue)


def test_a_selected_marked_row_still_shows_it_is_selected_without_the_focus(
        qtbot: Any, window: Any) -> None:
    """The tint went under a disputed term's own colour: selected and unselected looked
    the same while the detail form was being typed in (review). A table with a cell
    open keeps its row in full."""
    from PySide6.QtGui import QColor, QPalette

    window.show()
    window.activateWindow()
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    disputed = next(i for i, t in enumerate(window.document.content.terms)
                    if t.status == "disputed")
    view = editor.view

    def colour(row: int) -> str:
        rect = view.visualRect(editor.proxy.index(row, 0))
        return QColor(view.viewport().grab(rect).toImage().pixel(rect.width() - 8,
                                                                 rect.height() // 2)).name()

    other = 0 if disputed != 0 else 1
    editor.select_row(other)
    unselected = colour(disputed)
    editor.select_row(disputed)
    editor.form.widgets["notes"].widget.setFocus()  # typing in the form, not the table
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert colour(disputed) != unselected
    view.setFocus()
    view.edit(editor.proxy.index(disputed, 1))  # a cell open: the table is being typed in
    blue = view.palette().color(QPalette.ColorRole.Highlight).name()
    assert colour(disputed) == blue or abs(QColor(colour(disputed)).blue() - QColor(blue).blue()) < 8


def test_the_sidebar_says_why_a_section_is_in_progress(qtbot: Any, window: Any) -> None:
    """"Stages: in progress" gave no reason, with readiness content (tryout). The reason
    quotes a name as typed, never as markup (review: an <img> in a stage's name)."""
    from PySide6.QtGui import QTextDocument

    from slaworkshop.ui.sections import SECTION_KEYS

    def shown(tip: str) -> str:
        document = QTextDocument()
        document.setHtml(tip)
        return document.toPlainText()

    row = SECTION_KEYS.index("stages")
    window.document.edit("Add", lambda data: data["stages"].append(
        {"key": "sql", "name": "Sales-qualified <img src='file:///etc/x.png'> lead",
         "owner": "sales"}))
    assert window.sidebar.state_of(row) == "IN_PROGRESS"
    assert shown(window.sidebar.item(row).toolTip()) == (
        "Stages: in progress: “Sales-qualified <img src='file:///etc/x.png'> lead” has no"
        " entry or exit criteria yet")
    window.document.undo_stack.undo()
    assert shown(window.sidebar.item(row).toolTip()) == "Stages: complete"
    terms = SECTION_KEYS.index("terms")  # a section with problems names them
    assert shown(window.sidebar.item(terms).toolTip()) == (
        "Terms: has problems\nTerms: “Opportunity” is still disputed.")


def test_stage_names_share_one_size_and_break_after_a_hyphen(window: Any) -> None:
    """The handoff stage's long name was set smaller than the rest, at every size: each
    name was fitted alone, and "Marketing-qualified" was measured as one unbreakable
    word (tryout)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QFontMetricsF

    from slaworkshop.ui.pages.funnel_view import fitted_font, one_size

    bold = QFont(window.font())
    bold.setBold(True)
    metrics = QFontMetricsF(bold)
    room = QRectF(0, 0, metrics.horizontalAdvance("Marketing-") + 4, metrics.height() * 3.2)
    assert fitted_font(bold, "Marketing-qualified lead", room).pointSizeF() == (
        bold.pointSizeF())  # three lines, not smaller type
    narrow = QRectF(0, 0, metrics.horizontalAdvance("Learner") + 4, room.height())
    fonts = [fitted_font(bold, name, narrow) for name in ("Learner", "Marketing-qualified lead")]
    assert fonts[1].pointSizeF() < fonts[0].pointSizeF()
    shared = one_size(bold, [("Learner", narrow), ("Marketing-qualified lead", narrow)])
    assert fonts[1].pointSizeF() >= bold.pointSizeF() * 0.7
    assert [f.pointSizeF() for f in shared] == [fonts[1].pointSizeF()] * 2  # one size
    # but one name that needs tiny type does not take the others below 70% with it
    # (tryout: large type in a narrow window set every name at 8 pixels)
    large = QFont(bold)
    large.setPointSizeF(20)
    wide = QFontMetricsF(large).horizontalAdvance("Learner") + 4
    tall = QFontMetricsF(large).height() * 3.2
    sizes = [f.pointSizeF() for f in one_size(large, [
        ("Learner", QRectF(0, 0, wide, tall)),
        ("Marketing-qualified lead", QRectF(0, 0, wide * 0.6, tall))])]
    assert sizes[0] == 14.0 and sizes[1] < 14.0
