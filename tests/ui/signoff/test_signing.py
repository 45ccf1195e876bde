"""Signing through the dialog: typed name, "I agree", a drawn signature."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from signoff_helpers import draw_stroke, go_to_review, open_window, second_store_history
from ui_helpers import projector_size


@pytest.fixture
def proposed(workspace: Any, ready_id: str) -> str:
    workspace.agreements.save_version(ready_id, "for the board")
    workspace.signoff.propose(ready_id)
    return ready_id


def _open_dialog(qtbot: Any, window: Any, key: str) -> Any:
    go_to_review(qtbot, window)
    panel = window.signoff.signatories
    qtbot.mouseClick(panel.sign_buttons[key], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_sign_with_typed_name_agreement_and_drawing(qtbot: Any, workspace: Any, proposed: str,
                                                    db_url: str) -> None:
    window = open_window(qtbot, workspace, proposed)
    dialog = _open_dialog(qtbot, window, "priya")
    assert dialog.name.text() == ""
    assert "version 1" in dialog.agree.text()
    version = workspace.agreements.version(proposed, 1)
    assert version.content_sha256[:12] in dialog.agree.text()
    assert dialog.hash_label.text().replace(" ", "") == f"SHA-256{version.content_sha256}"
    assert not dialog.sign_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Priya Natarajan")
    assert not dialog.sign_button.isEnabled()  # not without "I agree"
    dialog.agree.click()
    assert dialog.sign_button.isEnabled()
    assert not dialog.clear_button.isEnabled()
    draw_stroke(qtbot, dialog.pad)
    assert not dialog.pad.is_empty()
    assert dialog.clear_button.isEnabled()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    [stored] = second_store_history(db_url, proposed)
    [signature] = stored.signatures
    assert (signature.stakeholder, signature.name) == ("priya", "Priya Natarajan")
    assert signature.content_sha256 == version.content_sha256
    assert signature.drawing_png is not None and signature.drawing_png.startswith(b"\x89PNG")
    assert stored.status == "proposed"
    panel = window.signoff.signatories
    assert panel.state_labels["priya"].text().startswith("✓ Signed at")
    assert panel.state_labels["jordan"].text() == "Waiting"
    assert "priya" not in panel.sign_buttons
    assert "1 of 3 signed" in window.signoff.badge.text()


def test_the_dialog_opens_with_the_typing_in_the_name(qtbot: Any, workspace: Any,
                                                     proposed: str) -> None:
    """Cancel had the focus: the signer's typing went nowhere, and the first space
    closed the dialog."""
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, workspace, proposed)
    dialog = _open_dialog(qtbot, window, "priya")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is dialog.name
    qtbot.keyClicks(QApplication.focusWidget(), "Priya Natarajan")
    assert dialog.isVisible() and dialog.name.text() == "Priya Natarajan"
    draw_stroke(qtbot, dialog.pad)  # so that Clear takes the focus
    stops = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert stops[:2] == [dialog.clear_button, dialog.agree]
    assert dialog.buttons.isAncestorOf(stops[2])


def test_clear_removes_the_drawing(qtbot: Any, workspace: Any, proposed: str) -> None:
    window = open_window(qtbot, workspace, proposed)
    dialog = _open_dialog(qtbot, window, "jordan")
    draw_stroke(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.pad.is_empty() and dialog.drawing_png() is None
    dialog.reject()


def test_after_every_signatory_the_version_is_signed(qtbot: Any, workspace: Any, proposed: str,
                                                     db_url: str) -> None:
    workspace.signoff.sign(proposed, "priya")
    workspace.signoff.sign(proposed, "jordan")
    window = open_window(qtbot, workspace, proposed)
    dialog = _open_dialog(qtbot, window, "sam")
    qtbot.keyClicks(dialog.name, "Sam Whitfield")
    dialog.agree.click()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    [stored] = second_store_history(db_url, proposed)
    assert stored.status == "signed"
    assert {s.stakeholder for s in stored.signatures} == {"priya", "jordan", "sam"}
    assert stored.signatures[-1].drawing_png is None  # the drawing is optional
    panel = window.signoff.signatories
    assert not panel.sign_buttons
    assert "is signed" in panel.summary.text()
    assert window.signoff.badge.text() == "Version 1 · signed"
    assert window.signoff.badge.status == "signed"


def test_a_refused_signature_shows_the_services_reason(qtbot: Any, workspace: Any,
                                                       proposed: str, db_url: str,
                                                       answers: Any) -> None:
    window = open_window(qtbot, workspace, proposed)
    dialog = _open_dialog(qtbot, window, "jordan")
    workspace.signoff.sign(proposed, "jordan")  # meanwhile, in another window
    qtbot.keyClicks(dialog.name, "Jordan Okafor")
    dialog.agree.click()
    answers.add("inform", None)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    [shown] = answers.details("inform")
    assert shown["title"] == "Not signed" and shown["warning"]
    assert shown["text"] == "Jordan Okafor (jordan) has already signed version 1."
    [stored] = second_store_history(db_url, proposed)
    assert len(stored.signatures) == 1
    assert "jordan" not in window.signoff.signatories.sign_buttons  # the panel caught up


def test_no_sign_buttons_before_a_version_is_proposed(qtbot: Any, workspace: Any,
                                                      ready_id: str) -> None:
    window = open_window(qtbot, workspace, ready_id)
    go_to_review(qtbot, window)
    panel = window.signoff.signatories
    assert not panel.sign_buttons
    assert "No version is proposed" in panel.summary.text()


def test_the_sign_dialog_opens_in_presentation_type(qtbot: Any, workspace: Any,
                                                     proposed: str) -> None:
    window = open_window(qtbot, workspace, proposed)
    normal = window.font().pointSizeF()
    window.window_actions.presentation.setChecked(True)
    dialog = _open_dialog(qtbot, window, "jordan")
    assert dialog.font().pointSizeF() > normal * 1.5
    assert dialog.name.font().pointSizeF() > normal * 1.5  # what the signer types in
    assert "#000000" in dialog.styleSheet()
    dialog.reject()
    window.window_actions.presentation.setChecked(False)


def test_each_row_shows_the_name_typed_when_signing_as_plain_text(
        qtbot: Any, workspace: Any, proposed: str) -> None:
    workspace.signoff.sign(proposed, "priya", name="P. <b>N</b> <i>")
    workspace.signoff.sign(proposed, "jordan", name="Jordan " + "Okafor-" * 30 + "End")
    window = open_window(qtbot, workspace, proposed)
    projector_size(qtbot, window)  # room for the short name whatever the machine's type
    go_to_review(qtbot, window)
    panel = window.signoff.signatories
    shown = panel.signed_names["priya"]
    qtbot.waitUntil(lambda: "…" not in shown.text(), timeout=3000)  # laid out for the room
    assert shown.text() == "as “P. <b>N</b> <i>”"
    assert shown.textFormat() == Qt.TextFormat.PlainText and shown.isVisible()
    assert set(panel.signed_names) == {"priya", "jordan"}  # sam has not signed
    long = panel.signed_names["jordan"]  # elided to its column, whole in the tooltip
    assert long.text().startswith("as “Jordan") and long.text().endswith("End”")
    assert "…" in long.text() and "Okafor-" * 30 in long.toolTip()
    assert long.width() <= panel.state_labels["jordan"].width() + 4


def test_return_signs_only_a_complete_form_and_never_clears_the_drawing(
        qtbot: Any, workspace: Any, proposed: str, db_url: str) -> None:
    window = open_window(qtbot, workspace, proposed)
    dialog = _open_dialog(qtbot, window, "priya")
    draw_stroke(qtbot, dialog.pad)
    qtbot.keyClicks(dialog.name, "Priya Natarajan")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # "I agree" is not ticked yet
    assert dialog.isVisible() and not dialog.pad.is_empty()
    assert not second_store_history(db_url, proposed)[0].signatures
    dialog.agree.click()
    qtbot.keyClick(dialog.agree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.signoff.signatories.dialog is None, timeout=5000)
    [stored] = second_store_history(db_url, proposed)
    [signature] = stored.signatures
    assert signature.name == "Priya Natarajan" and signature.drawing_png is not None


def test_the_next_sign_button_stays_where_it_was(qtbot: Any, workspace: Any,
                                                 proposed: str) -> None:
    """A click aimed at the second Sign… button lands on it after the first signature."""
    window = open_window(qtbot, workspace, proposed)
    window.resize(1280, 960)  # room for the page: no scroll bar comes or goes
    dialog = _open_dialog(qtbot, window, "priya")
    panel = window.signoff.signatories
    panel.layout().activate()
    before = {key: (button.mapTo(panel, button.rect().topLeft()), button.size())
              for key, button in panel.sign_buttons.items()}
    qtbot.keyClicks(dialog.name, "Priya Natarajan")
    dialog.agree.click()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "priya" in panel.signed_names
                    and panel.sign_buttons["jordan"].isVisible(), timeout=5000)
    panel.layout().activate()
    after = {key: (button.mapTo(panel, button.rect().topLeft()), button.size())
             for key, button in panel.sign_buttons.items()}
    assert after == {key: before[key] for key in ("jordan", "sam")}
    # signed under her own name: no "as “Priya Natarajan”" under it (tryout)
    assert not panel.signed_names["priya"].isVisible()


def test_signing_under_a_name_that_is_not_the_signatory_asks_first(
        qtbot: Any, workspace: Any, proposed: str, db_url: str, answers: Any) -> None:
    window = open_window(qtbot, workspace, proposed)
    dialog = _open_dialog(qtbot, window, "sam")
    qtbot.keyClicks(dialog.name, "Mickey Mouse")
    dialog.agree.click()
    answers.add("confirm", False)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    [asked] = answers.details("confirm")
    assert asked["title"] == "Sign under another name?"
    assert asked["text"] == (
        "“Mickey Mouse” is not the name this agreement gives the signatory, Sam Whitfield. "
        "The PDF and the history will show “Mickey Mouse” as the person who signed for "
        "Sam Whitfield.\n\nSign as “Mickey Mouse”?")
    assert dialog.isVisible() and dialog.focusWidget() is dialog.name
    [version] = second_store_history(db_url, proposed)
    assert not version.signatures  # nothing recorded
    answers.add("confirm", True)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(second_store_history(db_url, proposed)[0].signatures))
    [signature] = second_store_history(db_url, proposed)[0].signatures
    assert (signature.stakeholder, signature.name) == ("sam", "Mickey Mouse")


def test_the_signatory_s_own_name_in_another_case_or_spacing_signs_at_once(
        qtbot: Any, workspace: Any, proposed: str, db_url: str, answers: Any) -> None:
    from slaworkshop.ui.signoff.sign_dialog import same_name

    assert same_name("  sam   WHITFIELD ", "Sam Whitfield")
    assert same_name("\u2067مريم\u2069 Haddad", "مريم Haddad")
    assert not same_name("Sam Whitfeld", "Sam Whitfield")
    # an honorific left out, or put in, is the same person (tryout)
    assert same_name("Anna Becker", "Dr. Anna Becker")
    assert same_name("Prof. Dr. Anna Becker", "anna becker")
    assert not same_name("Ms Anna Becker", "Dr. Anna Becker")  # two honorifics
    assert not same_name("Mr. Lee", "Mrs. Lee")  # two people (review)
    assert not same_name("Herr Müller", "Frau Müller")
    assert not same_name("Dr. Anna Becker", "Dr. Hanna Becker")
    assert not same_name("Dr.", "Anna Becker")  # a name of an honorific alone stays
    assert not same_name("M. Becker", "Becker")  # an initial is no honorific
    window = open_window(qtbot, workspace, proposed)
    dialog = _open_dialog(qtbot, window, "sam")
    qtbot.keyClicks(dialog.name, "sam whitfield")
    dialog.agree.click()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(second_store_history(db_url, proposed)[0].signatures))
    assert "confirm" not in answers.kinds()


def test_after_a_signature_the_next_sign_buttons_keep_their_place_in_the_tab_order(
        qtbot: Any, workspace: Any, proposed: str) -> None:
    """They came 8th, after the preview's buttons, Back, Next and the status bar."""
    window = open_window(qtbot, workspace, proposed)
    dialog = _open_dialog(qtbot, window, "priya")
    qtbot.keyClicks(dialog.name, "Priya Natarajan")
    dialog.agree.click()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    panel = window.signoff.signatories
    qtbot.waitUntil(lambda: "priya" in panel.signed_names
                    and panel.sign_buttons["jordan"].isVisible(), timeout=5000)
    stops, widget = [], window.sidebar
    while True:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is window.sidebar:
            break
    jordan = stops.index(panel.sign_buttons["jordan"])
    assert stops[jordan + 1] is panel.sign_buttons["sam"]
    preview = window.signoff.preview
    assert all(stops.index(w) > jordan + 1 for w in stops if preview.isAncestorOf(w))
    assert stops.index(window.back_button) > jordan + 1


def test_a_stray_click_in_the_pad_is_not_kept_as_the_drawing(
        qtbot: Any, workspace: Any, proposed: str, db_url: str) -> None:
    """One click in the pad left a dot, which was stored and printed as the signature's
    drawing (tryout). The dot shows, and can be cleared, but is not a drawing."""
    from PySide6.QtCore import QPoint

    window = open_window(qtbot, workspace, proposed)
    dialog = _open_dialog(qtbot, window, "jordan")
    qtbot.mouseClick(dialog.pad, Qt.MouseButton.LeftButton, pos=QPoint(120, 60))
    assert dialog.pad.has_ink() and dialog.clear_button.isEnabled()
    assert dialog.pad.is_empty() and dialog.drawing_png() is None
    qtbot.keyClicks(dialog.name, "Jordan Okafor")
    dialog.agree.click()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    [stored] = second_store_history(db_url, proposed)
    [signature] = stored.signatures
    assert signature.stakeholder == "jordan" and signature.drawing_png is None


def test_a_name_that_cannot_be_taken_is_said_beside_it_and_sign_waits(
        qtbot: Any, workspace: Any, proposed: str, db_url: str) -> None:
    """A text-direction override in the typed name ended in the crash dialog, the
    signature thrown away (tryout)."""
    window = open_window(qtbot, workspace, proposed)
    dialog = _open_dialog(qtbot, window, "priya")
    dialog.agree.click()
    dialog.name.insert("Priya \u202eNatarajan")  # pasted: QTest cannot type U+202E
    assert dialog.name_problem.isVisible()
    assert dialog.name_problem.text() == "⚠ The name contains a text-direction control character."
    assert not dialog.sign_button.isEnabled()
    qtbot.wait(20)  # laid out again with the line
    pad, clear = dialog.pad.geometry(), dialog.clear_button.geometry()
    assert clear.top() >= pad.bottom()  # the dialog grew: the button is not on the pad
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert not second_store_history(db_url, proposed)[0].signatures
    dialog.name.setText("Priya Natarajan")  # mended: the warning goes, Sign is back
    assert not dialog.name_problem.isVisible()
    assert dialog.sign_button.isEnabled()
    dialog.name.setText("\u200b\u2060")  # shows nothing: no name to sign with
    assert not dialog.sign_button.isEnabled()


def _review_on_a_small_screen(qtbot: Any, workspace: Any, agreement: str,
                              signed: tuple[str, ...] = ()) -> Any:
    """Version 1 proposed (and signed by ``signed``), its Review page on a 1024×600
    window three steps larger, with no sideways scrolling once the window has laid
    itself out for the room it has (the readiness panel steps aside a moment later)."""
    workspace.agreements.save_version(agreement, "v1")
    workspace.signoff.propose(agreement)
    for key in signed:
        workspace.signoff.sign(agreement, key)
    window = open_window(qtbot, workspace, agreement)
    window.resize(1024, 600)
    for _ in range(3):
        window.window_actions.zoom_in.trigger()
    go_to_review(qtbot, window)
    qtbot.waitUntil(lambda: window.page_area.horizontalScrollBar().maximum() == 0,
                    timeout=3000)
    return window


def test_the_sign_buttons_and_the_badge_fit_a_small_screen_with_larger_text(
        qtbot: Any, workspace: Any, ready_id: str) -> None:
    """At 1024×600 and three steps larger, the state column (fixed at the widest "Signed
    at …") pushed the Sign buttons out of the page, cut to "Si", and the database's
    path cut the badge to "0 of 3 signec" (tryout)."""
    window = _review_on_a_small_screen(qtbot, workspace, ready_id)
    buttons = window.signoff.signatories.sign_buttons
    assert len(buttons) == 3
    badge = window.signoff.badge
    assert badge.text() == "Version 1 · proposed · 0 of 3 signed"
    # the status bar is laid out again a moment after the page (larger type, the
    # readiness panel stepping aside): what counts is where it settles
    qtbot.waitUntil(lambda: badge.width() >= badge.sizeHint().width(), timeout=3000)
    for button in buttons.values():
        window.page_area.ensureWidgetVisible(button)  # below the fold on a short screen
        qtbot.waitUntil(lambda b=button: not b.visibleRegion().isEmpty(), timeout=3000)
        assert button.visibleRegion().boundingRect().width() == button.width()  # not cut
        assert button.width() >= button.sizeHint().width()


def test_the_whole_hash_shows_in_a_narrow_sign_dialog(qtbot: Any, workspace: Any,
                                                      proposed: str) -> None:
    """At 1024×600 with larger text the "SHA-256 …" line was cut at the dialog's edge,
    and it is what the signer agrees to (tryout)."""
    window = open_window(qtbot, workspace, proposed)
    for _ in range(3):
        window.window_actions.zoom_in.trigger()
    dialog = _open_dialog(qtbot, window, "priya")
    dialog.resize(420, dialog.height())
    qtbot.wait(50)
    label = dialog.hash_label
    assert label.geometry().right() <= dialog.contentsRect().right()
    assert label.heightForWidth(label.width()) <= label.height()  # every line shown
    version = workspace.agreements.version(proposed, 1)
    assert label.text().split()[1:] == [version.content_sha256[i:i + 16]
                                        for i in range(0, 64, 16)]


def test_a_signed_row_wraps_rather_than_push_the_page_sideways(
        qtbot: Any, workspace: Any, ready_id: str) -> None:
    """At 1024×600 and three steps larger, the first signature brought a sideways scroll
    bar that cut the page's left edge (tryout)."""
    window = _review_on_a_small_screen(qtbot, workspace, ready_id, signed=("priya",))
    state = window.signoff.signatories.state_labels["priya"]
    assert state.text().startswith("✓ Signed at ")
    qtbot.waitUntil(lambda: state.heightForWidth(state.width()) <= state.height(),
                    timeout=3000)  # all of it shown, once laid out
