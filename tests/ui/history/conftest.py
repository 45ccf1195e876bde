"""History and compare tests: the fixtures of ``tests/ui/conftest.py`` plus an agreement
with a history built through the services."""

from __future__ import annotations

import pytest
from history_scenario import build_history

from slaworkshop.ui.workspace import Workspace


@pytest.fixture
def agreement(workspace: Workspace, northwind: str) -> str:
    """Northwind with version 1 signed by all and version 2 proposed, signed by one."""
    build_history(workspace, northwind)
    return northwind


@pytest.fixture
def window_agreement(agreement: str) -> str:
    return agreement
