"""Count the instructions a cold process executes (valgrind's callgrind), for figures
that do not move with the machine's load.

Wall and CPU time on a shared machine move by a third between two runs of the same
process; the count of executed instructions hardly does (two runs of the example's
export agreed to three digits, two of the window's start-up within 2%). It is not
time: cache misses, memory and I/O are not in it, and valgrind makes the process about
fifty times slower. Use it to compare our code with a bare baseline when the timed
figures are too noisy to tell.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

_TOTAL = re.compile(r"I\s+refs:\s+([\d,]+)")


def available() -> bool:
    return shutil.which("valgrind") is not None


def count(argv: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None) -> int:
    """Instructions executed by ``argv`` (user space, the whole process)."""
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        check=True,
    )
    match = _TOTAL.search(result.stderr)
    if match is None:
        raise RuntimeError("valgrind printed no instruction count:\n" + result.stderr[-2000:])
    return int(match.group(1).replace(",", ""))
