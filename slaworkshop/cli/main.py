"""The ``slaworkshop`` command: argument parsing, dispatch, and the exit-code contract.

0 success, 1 a check failed, 2 bad input, a refused operation or usage. Errors go to
stderr as one sentence per line, never a traceback. Nothing here imports Qt; only
``slaworkshop gui`` (or no command) loads the window.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from slaworkshop import __version__

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_BAD_INPUT = 2
#: The largest version number the database can hold (a 32-bit integer column).
MAX_VERSION = 2**31 - 1


class UsageError(Exception):
    """The command line itself is wrong."""


class CheckFailed(Exception):
    """A check (``verify``) found a mismatch; each line of the message is one finding."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy database URL (default: $SLAWORKSHOP_DB, else an SQLite file in"
        " your data folder)",
    )
    return parent


def _format_parent(*choices: str) -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--format", choices=choices, default="text", help="output format")
    return parent


Handler = Callable[[argparse.Namespace], int]


def _lazy(target: str) -> Handler:
    """A handler named as ``module:function``, imported only when its command runs.

    Start-up time matters for every command; most need only a fraction of the code.
    """

    def run(args: argparse.Namespace) -> int:
        import importlib

        module, function = target.split(":")
        handler: Handler = getattr(importlib.import_module(f"slaworkshop.cli.{module}"), function)
        return handler(args)

    return run


def build_parser() -> argparse.ArgumentParser:
    db = _db_parent()
    listing = _format_parent("text", "json")
    parser = _Parser(
        prog="slaworkshop",
        description="Agree, write down, sign and version a sales–marketing SLA."
        " Without a command, opens the application.",
        parents=[db],
    )
    parser.add_argument("--version", action="version", version=f"slaworkshop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler | str, help_text: str,
                *parents: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[db, *parents])
        p.set_defaults(handler=_lazy(handler) if isinstance(handler, str) else handler)
        return p

    command("gui", _gui, "open the application window")

    p = command("import", "agreement_commands:cmd_import", "read a config (YAML or JSON) into the database")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--into", metavar="AGREEMENT", help="make it the new draft of this agreement")

    command("list", "list_command:cmd_list", "list the agreements", listing)

    p = command(
        "history", "agreement_commands:cmd_history", "list the saved versions of an agreement",
        listing,
    )
    p.add_argument("agreement", metavar="AGREEMENT")

    p = command("save", "agreement_commands:cmd_save", "freeze the draft as a new version")
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("--label", default="", help='e.g. "after Q2 summit"')

    p = command("propose", "signoff_commands:cmd_propose", "freeze a version for signature")
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("--version", dest="number", type=_number, metavar="N")

    p = command("sign", "signoff_commands:cmd_sign", "record a signature on the proposed version")
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("--version", dest="number", type=_number, metavar="N")
    p.add_argument("--stakeholder", required=True, metavar="KEY")
    p.add_argument("--name", metavar="NAME", help="the signer's full name as typed")

    p = command("export", "agreement_commands:cmd_export", "write a version as a PDF and/or a config file")
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("--version", dest="ref", type=version_ref, metavar="N|draft")
    p.add_argument("--pdf", metavar="FILE")
    p.add_argument("--config", metavar="FILE", help=".yaml, .yml or .json")

    p = command(
        "diff", "diff_command:cmd_diff", "compare two versions by section and item",
        _format_parent("text", "json", "html"),
    )
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("a", type=version_ref, metavar="A", help="a version number or draft")
    p.add_argument("b", type=version_ref, metavar="B", help="a version number or draft")

    p = command(
        "verify", "document_commands:cmd_verify",
        "check a PDF or config: content hash, signatures and the embedded config",
    )
    p.add_argument("file", metavar="FILE")

    command("schema", "agreement_commands:cmd_schema", "print the JSON Schema of the config format")

    p = command(
        "backup", "backup_commands:cmd_backup",
        "copy the SQLite database file (safe while it is in use)",
    )
    p.add_argument("--to", metavar="FILE", help="where to write it (default: the backup folder)")
    p = command(
        "restore", "backup_commands:cmd_restore",
        "put a backup of the SQLite database back, keeping a copy of the current one",
    )
    p.add_argument("file", metavar="FILE")
    return parser


def _number(text: str) -> int:
    from slaworkshop.safe_text import printable

    # ASCII digits only: int() also takes "١", "+2", " 2" and "1_0" (ten)
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"{printable(text, 40)!r} is not a version number")
    if len(text.lstrip("0")) > len(str(MAX_VERSION)):  # int() refuses 4,300 digits and more
        raise argparse.ArgumentTypeError(f"there is no version {printable(text, 40)}")
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("version numbers start at 1")
    if value > MAX_VERSION:
        # Beyond the database's integer column; SQLite's driver would overflow on it.
        raise argparse.ArgumentTypeError(f"there is no version {value}")
    return value


def version_ref(text: str) -> int | str:
    return "draft" if text == "draft" else _number(text)


def _gui(args: argparse.Namespace) -> int:
    if _no_display():
        raise UsageError(
            "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY"
            " is set); run slaworkshop in a desktop session, or use its commands"
        )
    from slaworkshop.ui.app import run_gui

    return run_gui(getattr(args, "db", None))


def _no_display() -> bool:
    """On Linux without a display Qt aborts with a misleading plugin message; say it plainly."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _error(line: str) -> None:
    from slaworkshop.safe_text import printable

    print(f"slaworkshop: {printable(line, limit=2000)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    from .output import tolerate_narrow_output

    tolerate_narrow_output()
    try:
        args = build_parser().parse_args(argv)
        _refuse_undecodable(args)
        if getattr(args, "db", None) == "":
            # Not a URL; taking it for "no --db" would quietly open another database.
            raise UsageError("--db is empty; give a database URL, or leave --db out to use"
                             " the default database")
        handler: Handler = getattr(args, "handler", _gui)
        if handler is not _gui and sys.stdout is None:
            # Started with its output closed (``slaworkshop schema >&-``): refused before
            # any work, so that an import is not made and then unreported.
            raise UsageError("standard output is closed: there is nowhere to write the result")
        return handler(args)
    except KeyboardInterrupt:
        _error("interrupted; nothing half-written was kept")
        return 130
    except BrokenPipeError:
        # The reader of the output went away (``slaworkshop list | head -1``): nothing to
        # tell it, and Python's own flush at exit would print a traceback.
        _silence_stdout()
        return EXIT_BAD_INPUT
    except Exception as exc:
        return _report(exc)


#: Arguments that name files: a file name may hold any bytes, so these are taken as given.
_FILE_ARGUMENTS = frozenset({"file", "pdf", "config", "to"})
_ARGUMENT_NAMES = {"agreement": "AGREEMENT", "a": "A", "b": "B"}


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """Refuse an id, URL, label or name typed as bytes that are not UTF-8: it can name
    nothing in the database and cannot be stored (it ended in an internal error)."""
    from slaworkshop.safe_text import has_undecodable_bytes

    for field, value in vars(args).items():
        if field in _FILE_ARGUMENTS or not isinstance(value, str):
            continue
        if has_undecodable_bytes(value):
            name = _ARGUMENT_NAMES.get(field, f"--{field}")
            raise UsageError(f"{name} is not valid text (it holds bytes that are not UTF-8)")


def _report(exc: Exception) -> int:
    """Map an error to its exit code and one sentence per problem on stderr."""
    # Imported here, not at the top: by the time one of these is raised its module is
    # loaded anyway, and commands that succeed never pay for importing the models.
    from slaworkshop.models import DocumentInvalid
    from slaworkshop.store import Refused, StoreError

    from .output import ResultNotWritten

    if isinstance(exc, ResultNotWritten):
        _error(f"error: {exc}")
        _silence_stdout()  # Python's own flush at exit would fail and print again
        return EXIT_BAD_INPUT
    if isinstance(exc, UsageError):
        for line in str(exc).splitlines() or [""]:
            _error(f"error: {line}")
        return EXIT_BAD_INPUT
    if isinstance(exc, DocumentInvalid):
        for problem in exc.problems:
            _error(f"error: {problem}")
        return EXIT_BAD_INPUT
    if isinstance(exc, CheckFailed):
        for line in str(exc).splitlines():
            _error(line)
        return EXIT_CHECK_FAILED
    if isinstance(exc, StoreError):
        _error(f"refused: {exc}" if isinstance(exc, Refused) else f"error: {exc}")
        for problem in getattr(exc, "problems", ()):
            _error(f"  - {problem}")
        return EXIT_BAD_INPUT
    if isinstance(exc, OSError):
        target = f" {exc.filename}" if exc.filename else ""
        _error(f"error: cannot use{target}: {exc.strerror or exc}")
        return EXIT_BAD_INPUT
    # The last line of defence: a sentence, not a traceback.
    if os.environ.get("SLAWORKSHOP_DEBUG"):
        raise exc
    _error(
        f"internal error ({type(exc).__name__}): {exc}. Nothing was changed; set"
        " SLAWORKSHOP_DEBUG=1 to see the details and please report it."
    )
    return EXIT_BAD_INPUT
