"""Review and signing on the projector: readable colours, nothing clipped."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel
from signoff_helpers import go_to_review, open_window


@pytest.fixture
def proposed(workspace: Any, ready_id: str) -> str:
    workspace.agreements.save_version(ready_id, "for the board")
    workspace.signoff.propose(ready_id)
    workspace.signoff.sign(ready_id, "priya")
    return ready_id


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ink(label: QLabel) -> QColor:
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_signer_roles_and_states_are_readable_in_presentation_mode(
        qtbot: Any, workspace: Any, proposed: str) -> None:
    # Grey roles, "Waiting" in dark amber and "Signed" in dark green were set by each
    # label's own style sheet, which beat the high-contrast one: near black on black.
    window = open_window(qtbot, workspace, proposed)
    window.window_actions.presentation.setChecked(True)
    go_to_review(qtbot, window)
    panel = window.signoff.signatories
    black = QColor("#000000")
    labels = [w for w in panel.findChildren(QLabel) if w.isVisible() and w.text()]
    assert any("Chief Revenue Officer" in w.text() for w in labels)  # the roles are there
    weak = {w.text(): round(contrast(ink(w), black), 1) for w in labels
            if contrast(ink(w), black) < 7}
    assert weak == {}
    signed, waiting = ink(panel.state_labels["priya"]), ink(panel.state_labels["jordan"])
    assert signed != waiting  # still told apart by colour as well as by words
    dialog = panel.open_sign_dialog(next(
        p for p in window.signoff.state.snapshot.signatories if p.key == "jordan"))
    qtbot.waitExposed(dialog)
    weak = {w.text(): round(contrast(ink(w), black), 1) for w in dialog.findChildren(QLabel)
            if w.isVisible() and w.text() and contrast(ink(w), black) < 7}
    assert weak == {}
    dialog.reject()
    window.window_actions.presentation.setChecked(False)
    assert contrast(ink(panel.state_labels["jordan"]), QColor("#ffffff")) >= 7  # light again




def test_the_signing_dialog_grows_with_large_type(qtbot: Any, workspace: Any,
                                                  proposed: str) -> None:
    # It kept the size it opened at: in presentation mode with bigger text the intro,
    # the "I agree" line and the content hash were cut off at the right and bottom.
    window = open_window(qtbot, workspace, proposed)
    window.window_actions.presentation.setChecked(True)
    window.window_actions.zoom_in.trigger()
    window.window_actions.zoom_in.trigger()
    go_to_review(qtbot, window)
    panel = window.signoff.signatories
    dialog = panel.open_sign_dialog(next(
        p for p in window.signoff.state.snapshot.signatories if p.key == "jordan"))
    qtbot.waitExposed(dialog)
    free = dialog.screen().availableGeometry()
    needed = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    frame = dialog.frameGeometry().size() - dialog.size()
    assert dialog.width() >= min(needed.width(), free.width() - frame.width())
    assert dialog.height() >= min(needed.height(), free.height() - frame.height())
    assert free.contains(dialog.frameGeometry())
    dialog.reject()
    window.window_actions.presentation.setChecked(False)
