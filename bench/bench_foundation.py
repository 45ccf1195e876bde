"""Foundation figures, each against a bare baseline measured in the same run.

1. `slaworkshop list` cold start vs a bare Python process that imports SQLAlchemy and
   reads one row from SQLite (goal: at most 1.5x).
2. import + config export of a 2,000-term agreement (goal: under 1 s), beside a bare
   json.loads + json.dumps of the same file.
3. saving a version when 1,000 exist vs the 10th save (goal: at most 1.2x, < 20 ms).
4. history of 1,000 versions (goal: under 100 ms), beside a bare SELECT of the rows.

Run: .venv/bin/python bench/bench_foundation.py
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from slaworkshop.export.config_file import build_file, dump_json, dump_yaml, read_config
from slaworkshop.models import validate_content
from slaworkshop.services import AgreementService
from slaworkshop.store import open_store


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold(command: list[str], runs: int = 7) -> float:
    return median_time(lambda: subprocess.run(command, check=True, capture_output=True), runs)


def big_agreement(terms: int) -> bytes:
    data = {
        "format": "slaworkshop/agreement",
        "format_version": 1,
        "content": {
            "title": "Large agreement",
            "organization": "Bench Co",
            "terms": [
                {
                    "key": f"term-{i}",
                    "name": f"Term {i}",
                    "status": "agreed",
                    "aliases": [f"T{i}"],
                    "sales_view": "How sales reads it " * 3,
                    "marketing_view": "How marketing reads it " * 3,
                    "agreed_definition": f"The agreed meaning of term {i}. " * 4,
                }
                for i in range(terms)
            ],
        },
    }
    return json.dumps(data).encode()


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="slaw-bench-"))
    db = folder / "bench.db"
    url = f"sqlite:///{db}"
    store = open_store(url)
    service = AgreementService(store, actor="bench")
    service.create(validate_content({"title": "One", "organization": "Bench"}))

    # 1. cold start
    bare = [
        sys.executable, "-c",
        "import sqlalchemy as sa; e = sa.create_engine(" + repr(url) + ");"
        " c = e.connect(); print(c.exec_driver_sql('SELECT title FROM drafts').first())",
    ]
    ours = [sys.executable, "-m", "slaworkshop", "list", "--db", url]
    cold(ours, 1)  # warm the OS file cache for both
    t_bare, t_ours = cold(bare), cold(ours)
    print(f"list cold start: {t_ours * 1000:.0f} ms vs bare SQLAlchemy read"
          f" {t_bare * 1000:.0f} ms = {t_ours / t_bare:.2f}x (goal <= 1.5x)")

    # 2. import + export of 2,000 terms
    raw = big_agreement(2000)

    def import_export() -> None:
        document = read_config(raw, "big.json")
        agreement = service.import_file(document)
        exported = service.file(agreement, "draft")
        dump_json(build_file(exported.content, agreement_id=agreement, version=exported.version))

    t_bare_json = median_time(lambda: json.dumps(json.loads(raw)), 5)
    t_io = median_time(import_export, 5)
    print(f"import + export, 2,000 terms as JSON ({len(raw) // 1024} KiB): {t_io * 1000:.0f} ms"
          f" (goal < 1000 ms); bare json.loads+dumps {t_bare_json * 1000:.1f} ms ="
          f" {t_io / t_bare_json:.0f}x")
    yaml_raw = dump_yaml(build_file(read_config(raw, "big.json").content, agreement_id=None,
                                    version=None))

    def import_export_yaml() -> None:
        agreement = service.import_file(read_config(yaml_raw, "big.yaml"))
        exported = service.file(agreement, "draft")
        dump_yaml(build_file(exported.content, agreement_id=agreement, version=exported.version))

    t_bare_yaml = median_time(lambda: yaml.load(yaml_raw, Loader=yaml.CSafeLoader), 3)
    t_yaml = median_time(import_export_yaml, 3)
    print(f"import + export, 2,000 terms as YAML ({len(yaml_raw) // 1024} KiB):"
          f" {t_yaml * 1000:.0f} ms (goal < 1000 ms); bare PyYAML C load"
          f" {t_bare_yaml * 1000:.0f} ms = {t_yaml / t_bare_yaml:.1f}x")

    # 3. save a version with 1,000 existing vs the 10th
    agreement = service.create(validate_content({"title": "v0", "organization": "Bench"}))

    def edit_and_save(i: int) -> float:
        draft = service.draft(agreement)
        service.update_draft(
            agreement, draft.content.model_copy(update={"title": f"v{i}"}), draft.revision
        )
        start = time.perf_counter()
        service.save_version(agreement, f"save {i}")
        return time.perf_counter() - start

    early = [edit_and_save(i) for i in range(1, 21)]
    for i in range(21, 1001):
        edit_and_save(i)
    late = [edit_and_save(i) for i in range(1001, 1021)]
    t_early, t_late = statistics.median(early[5:15]), statistics.median(late)
    print(f"save version: at 1,000+ versions {t_late * 1000:.1f} ms vs around the 10th"
          f" {t_early * 1000:.1f} ms = {t_late / t_early:.2f}x (goal <= 1.2x, < 20 ms)")

    # 4. history of 1,000+ versions
    def bare_select() -> None:
        with store.engine.connect() as conn:
            conn.exec_driver_sql(
                "SELECT number, status, label, created_at, content_sha256 FROM versions"
                " WHERE agreement_id = ?", (agreement,)
            ).all()

    t_hist = median_time(lambda: service.history(agreement), 9)
    t_select = median_time(bare_select, 9)
    print(f"history of {len(service.history(agreement))} versions: {t_hist * 1000:.1f} ms"
          f" (goal < 100 ms); bare SELECT {t_select * 1000:.1f} ms = {t_hist / t_select:.1f}x")
    store.dispose()
    if not os.environ.get("KEEP_BENCH"):
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
