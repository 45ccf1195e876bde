"""Helpers the sign-off tests share (imported by name; this folder is on sys.path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui_helpers import open_window as open_window

from slaworkshop.models import Content

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "northwind-agreement.yaml"

RENDER_TIMEOUT_MS = 60_000


def second_store_history(db_url: str, agreement_id: str) -> Any:
    """The versions as a *second* connection to the same file sees them."""
    from slaworkshop.services import AgreementService
    from slaworkshop.store import open_store

    store = open_store(db_url)
    try:
        return AgreementService(store).history(agreement_id)
    finally:
        store.dispose()


def sign_off(window: Any) -> Any:
    return window.signoff


def draw_stroke(qtbot: Any, pad: Any) -> None:
    """A short zig-zag with the left mouse button held down."""
    from PySide6.QtCore import QPoint, Qt

    points = [QPoint(40, 90), QPoint(80, 50), QPoint(120, 95), QPoint(170, 45), QPoint(220, 85)]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])


def go_to_review(qtbot: Any, window: Any) -> None:
    window.go_to_section("review")
    qtbot.waitUntil(lambda: window.signoff.preview.isVisible(), timeout=2000)


def ready(content: Content) -> Content:
    """Northwind with its one disputed term settled: ready to propose."""
    terms = [
        t if t.status != "disputed" else t.model_copy(
            update={"status": "agreed", "agreed_definition": "A qualified deal in the CRM."})
        for t in content.terms
    ]
    return content.model_copy(update={"terms": terms})
