"""Helpers the UI tests share (imported by name; tests/ui is on sys.path)."""

from __future__ import annotations

from typing import Any


def reread(db_url: str, agreement_id: str) -> Any:
    """The draft as a *second* connection to the same file sees it."""
    from slaworkshop.services import AgreementService
    from slaworkshop.store import open_store

    store = open_store(db_url)
    try:
        return AgreementService(store).draft(agreement_id)
    finally:
        store.dispose()


def wait_saved(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=3000)
