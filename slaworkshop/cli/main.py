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


def build_parser() -> argparse.ArgumentParser:
    from . import agreement_commands as ac
    from . import diff_command as dc
    from . import signoff_commands as sc

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

    def command(name: str, handler: Handler, help_text: str, *parents: argparse.ArgumentParser
                ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[db, *parents])
        p.set_defaults(handler=handler)
        return p

    command("gui", _gui, "open the application window")

    p = command("import", ac.cmd_import, "read a config (YAML or JSON) into the database")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--into", metavar="AGREEMENT", help="make it the new draft of this agreement")

    command("list", ac.cmd_list, "list the agreements", listing)

    p = command("history", ac.cmd_history, "list the saved versions of an agreement", listing)
    p.add_argument("agreement", metavar="AGREEMENT")

    p = command("save", ac.cmd_save, "freeze the draft as a new version")
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("--label", default="", help='e.g. "after Q2 summit"')

    p = command("propose", sc.cmd_propose, "freeze a version for signature")
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("--version", dest="number", type=_number, metavar="N")

    p = command("sign", sc.cmd_sign, "record a signature on the proposed version")
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("--version", dest="number", type=_number, metavar="N")
    p.add_argument("--stakeholder", required=True, metavar="KEY")
    p.add_argument("--name", metavar="NAME", help="the signer's full name as typed")

    p = command("export", ac.cmd_export, "write a version as a PDF and/or a config file")
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("--version", dest="ref", type=version_ref, metavar="N|draft")
    p.add_argument("--pdf", metavar="FILE")
    p.add_argument("--config", metavar="FILE", help=".yaml, .yml or .json")

    p = command(
        "diff", dc.cmd_diff, "compare two versions by section and item",
        _format_parent("text", "json", "html"),
    )
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("a", type=version_ref, metavar="A", help="a version number or draft")
    p.add_argument("b", type=version_ref, metavar="B", help="a version number or draft")

    command("schema", ac.cmd_schema, "print the JSON Schema of the config format")
    from . import backup_commands

    backup_commands.register(command)
    return parser


def _number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a version number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("version numbers start at 1")
    return value


def version_ref(text: str) -> int | str:
    return "draft" if text == "draft" else _number(text)


def _gui(args: argparse.Namespace) -> int:
    from slaworkshop.ui.app import run_gui

    return run_gui(getattr(args, "db", None))


def _error(line: str) -> None:
    from slaworkshop.models import printable

    print(f"slaworkshop: {printable(line, limit=2000)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    from slaworkshop.models import DocumentInvalid
    from slaworkshop.store import Refused, StoreError

    try:
        args = build_parser().parse_args(argv)
        handler: Handler = getattr(args, "handler", _gui)
        return handler(args)
    except UsageError as exc:
        _error(f"error: {exc}")
        return EXIT_BAD_INPUT
    except DocumentInvalid as exc:
        for problem in exc.problems:
            _error(f"error: {problem}")
        return EXIT_BAD_INPUT
    except CheckFailed as exc:
        for line in str(exc).splitlines():
            _error(line)
        return EXIT_CHECK_FAILED
    except StoreError as exc:
        _error(f"refused: {exc}" if isinstance(exc, Refused) else f"error: {exc}")
        for problem in getattr(exc, "problems", ()):
            _error(f"  - {problem}")
        return EXIT_BAD_INPUT
    except OSError as exc:
        target = f" {exc.filename}" if exc.filename else ""
        _error(f"error: cannot use{target}: {exc.strerror or exc}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _error("interrupted; nothing half-written was kept")
        return 130
    except Exception as exc:  # the last line of defence: a sentence, not a traceback
        if os.environ.get("SLAWORKSHOP_DEBUG"):
            raise
        _error(
            f"internal error ({type(exc).__name__}): {exc}. Nothing was changed; set"
            " SLAWORKSHOP_DEBUG=1 to see the details and please report it."
        )
        return EXIT_BAD_INPUT
