"""Review and sign-off tests: the fixtures of ``tests/ui/conftest.py`` plus agreements
that are, or are not, ready to propose."""

from __future__ import annotations

import pytest
from signoff_helpers import EXAMPLE, ready

from slaworkshop.export.config_file import read_config_file
from slaworkshop.ui.workspace import Workspace


@pytest.fixture
def ready_id(workspace: Workspace) -> str:
    return workspace.agreements.create(ready(read_config_file(EXAMPLE).content))
