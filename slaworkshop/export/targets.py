"""May a file be written here? Asked of every file an export or a backup names, before
any work is done, so that a refused command writes nothing.

A write renames a new file into place (``atomic_file``), which would replace whatever
the name stands for: the database itself or one of SQLite's working files beside it, a
device such as ``/dev/full``, a named pipe. Those are refused, and so is a name whose
folder does not exist, and two outputs of one command with the same name.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from slaworkshop.store.locations import database_files

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in a user's words."""
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "a special file"


def _same(a: Path, b: Path) -> bool:
    """The same name once links are followed, or two names (hard links) of one file."""
    if os.path.realpath(a) == os.path.realpath(b):  # unlike resolve(), never raises on a loop
        return True
    try:
        first, second = a.stat(), b.stat()
    except OSError:  # one does not exist (yet), or cannot be followed: not one file
        return False
    return (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino)


def target_problem(path: Path, *, database_url: str | None = None) -> str | None:
    """Why ``path`` must not be written, in words that follow the name; None if it may be.

    ``database_url``: the database in use; its SQLite file and companions are refused.
    """
    path = path.expanduser()
    protected = database_files(database_url or "")
    for index, file in enumerate(protected):
        if _same(path, file):
            if index == 0:
                return "that is the database in use; choose another file name"
            return (f"that is a working file SQLite keeps beside the database {protected[0]};"
                    " choose another file name")
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):  # a new file, or its folder is wrong
        mode = None
    except OSError as exc:
        return f"it cannot be used: {exc.strerror or exc}"
    if mode is not None and not stat.S_ISREG(mode):
        return f"that is {file_kind(mode)}, not a regular file; choose a file name"
    parent = path.parent
    if not parent.is_dir():
        if parent.exists():
            return f"{parent} is not a folder; choose another one"
        return f"the folder {parent} does not exist; choose another one"
    return None


def check_targets(
    named: Sequence[tuple[str, str]], *, database_url: str | None = None
) -> list[str]:
    """One sentence per problem with the files ``named`` as (option, file name) pairs,
    e.g. ``("--pdf", "out.pdf")``; empty when all may be written."""
    problems = []
    for option, name in named:
        if not name:  # Path("") would mean the current folder
            problems.append(f"{option}: the file name is empty; name a file")
            continue
        problem = target_problem(Path(name), database_url=database_url)
        if problem is not None:
            problems.append(f"{option} {name}: {problem}")
    problems += _duplicates(named)
    return problems


def _duplicates(named: Iterable[tuple[str, str]]) -> list[str]:
    seen: list[tuple[str, str]] = []
    found = []
    for option, name in named:
        if not name:
            continue
        for earlier_option, earlier in seen:
            if _same(Path(earlier).expanduser(), Path(name).expanduser()):
                found.append(f"{earlier_option} {earlier} and {option} {name} name the same"
                             " file; choose two different names")
        seen.append((option, name))
    return found
