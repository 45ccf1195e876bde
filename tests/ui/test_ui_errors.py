"""The exception hook: a copyable dialog, or printing when asked to."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from slaworkshop.ui import crash_handler
from slaworkshop.ui.error_dialog import ErrorDialog


def test_error_dialog_copies_the_details(qtbot: Any) -> None:
    dialog = ErrorDialog("ValueError: boom", "Traceback (most recent call last):\n  boom")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("Traceback")
    assert dialog.details.isReadOnly()


def test_print_mode_prints_instead_of_a_dialog(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(crash_handler.ENV_VAR, "1")
    try:
        raise ValueError("boom")
    except ValueError:
        kind, error, tb = sys.exc_info()
    assert kind is not None and error is not None
    crash_handler.handle(kind, error, tb)
    printed = capsys.readouterr().err
    assert "ValueError: boom" in printed and "slaworkshop" in printed


def test_install_sets_the_one_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.delenv(crash_handler.ENV_VAR, raising=False)
    crash_handler.install(print_only=True)
    assert sys.excepthook is crash_handler.handle
    import os

    assert os.environ[crash_handler.ENV_VAR] == "1"
    monkeypatch.delenv(crash_handler.ENV_VAR)
