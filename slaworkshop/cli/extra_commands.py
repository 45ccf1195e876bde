"""Registrars for commands that live in their own modules (diff, verify, backup).

Each registrar receives the ``command(name, handler, help, *parents)`` helper of
``build_parser`` and adds its subcommand; the list is the single place to wire one in.
"""

from __future__ import annotations

from collections.abc import Callable

REGISTRARS: list[Callable[..., None]] = []
