"""Write a file so that nobody ever sees half of it, and say clearly why one failed."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` next to ``path`` under a temporary name, then rename it into place."""
    write_all_atomically([(path, data)])


def write_all_atomically(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write each file under a temporary name beside it, and only once all of them are
    written, rename them into place: a write that fails (a full disk, a read-only folder)
    leaves every target as it was."""
    written: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            path = path.expanduser()
            written.append((_write_temporary(path, data), path))
        for temp, path in written:
            os.replace(temp, path)
    except BaseException:
        for temp, _path in written:
            Path(temp).unlink(missing_ok=True)
        raise


def _write_temporary(path: Path, data: bytes) -> str:
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        # Name the file the user asked for, not our temporary one beside it.
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # mkstemp makes it private; an export is a normal file
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return temp


def write_error_text(path: Path, error: OSError) -> str:
    """A sentence a user can act on, e.g. for a read-only or missing folder."""
    reason = error.strerror or str(error)
    if isinstance(error, PermissionError):
        return (f"{path.name} could not be written to {path.parent}: {reason}. "
                "The folder may be read-only; choose another one.")
    if isinstance(error, FileNotFoundError):
        return f"The folder {path.parent} does not exist; choose another one."
    if isinstance(error, IsADirectoryError):
        return f"{path} is a folder; choose a file name."
    return f"{path.name} could not be written to {path.parent}: {reason}."
