"""How long the History window takes to open over 1,000 versions, next to a baseline.

    .venv/bin/python bench/bench_history.py [--versions 1000] [--runs 7]

Creates an agreement with ``--versions`` saved versions through the services (every
100th proposed and signed, so the signatures column has work), then times opening the
History window until it is shown (construction, reading the history, first paint),
median of ``--runs``. The baseline, in the same process: a bare ``QTableView`` over a
trivial model with as many rows, shown. Goal: History under 300 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView, QWidget  # noqa: E402

from slaworkshop.export.config_file import read_config_file  # noqa: E402
from slaworkshop.models import validate_content  # noqa: E402
from slaworkshop.ui.workspace import Workspace  # noqa: E402

GOAL_MS = 300.0
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "northwind-agreement.yaml"


def make_history(workspace: Workspace, versions: int) -> str:
    agreements, signoff = workspace.agreements, workspace.signoff
    agreement_id = agreements.import_file(read_config_file(EXAMPLE))
    base = agreements.draft(agreement_id).content.model_dump(mode="json")
    for term in base["terms"]:
        term["status"] = "agreed"
        term["agreed_definition"] = term["agreed_definition"] or "Agreed."
    revision = agreements.draft(agreement_id).revision
    for number in range(1, versions + 1):
        base["facilitator"] = f"Facilitator {number}"
        revision = agreements.update_draft(agreement_id, validate_content(base), revision).revision
        agreements.save_version(agreement_id, f"round {number}")
        if number % 100 == 0:
            signoff.propose(agreement_id, number)
            for key in ("priya", "jordan", "sam"):
                signoff.sign(agreement_id, key)
    return agreement_id


class _Trivial(QAbstractTableModel):
    def __init__(self, rows: int) -> None:
        super().__init__()
        self._rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


def time_shown(build: Callable[[], QWidget], runs: int) -> list[float]:
    times = []
    for _ in range(runs + 1):  # the first run warms imports and caches; not counted
        start = time.perf_counter()
        widget = build()
        widget.show()
        QTest.qWaitForWindowExposed(widget)
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        widget.close()
        widget.deleteLater()
        QApplication.processEvents()
    return times[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--versions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = tempfile.mkdtemp(prefix="bench-history-")
    os.environ["SLAWORKSHOP_SETTINGS"] = f"{folder}/settings.ini"
    workspace = Workspace.open(f"sqlite:///{folder}/bench.db")
    start = time.perf_counter()
    agreement_id = make_history(workspace, args.versions)
    made_s = time.perf_counter() - start

    from slaworkshop.ui.history.compare_view import CompareView
    from slaworkshop.ui.history.history_window import HistoryWindow

    def history() -> QWidget:
        window = HistoryWindow(workspace, agreement_id)
        assert window.model.rowCount() == args.versions
        return window

    def compare() -> QWidget:
        return CompareView(workspace, agreement_id)

    def baseline() -> QWidget:
        view = QTableView()
        view.setModel(_Trivial(args.versions))
        view.resize(1100, 680)
        return view

    def read_only() -> None:
        workspace.agreements.history(agreement_id)

    history_ms = statistics.median(time_shown(history, args.runs))
    compare_ms = statistics.median(time_shown(compare, args.runs))
    baseline_ms = statistics.median(time_shown(baseline, args.runs))
    reads = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        read_only()
        reads.append((time.perf_counter() - t0) * 1000)
    read_ms = statistics.median(reads)
    print(f"{args.versions} versions created through the services in {made_s:.1f} s")
    print(f"History window shown      {history_ms:8.1f} ms  (median of {args.runs},"
          f" goal < {GOAL_MS:.0f} ms)")
    print(f"  of which history() read {read_ms:8.1f} ms")
    print(f"  baseline bare QTableView {baseline_ms:7.1f} ms   History is "
          f"{history_ms / baseline_ms:5.1f}×")
    print(f"Compare view shown        {compare_ms:8.1f} ms  (two versions of the 1,000,"
          " both combos filled)")
    ok = history_ms < GOAL_MS
    print("OK" if ok else "SLOWER THAN THE GOAL")
    workspace.close()
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
