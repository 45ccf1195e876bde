"""propose and sign."""

from __future__ import annotations

import argparse

from .context import open_context
from .main import EXIT_OK


def cmd_propose(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        agreement_id = ctx.agreements.resolve(args.agreement)
        number = ctx.signoff.propose(agreement_id, args.number)
    finally:
        ctx.close()
    print(number)
    return EXIT_OK


def cmd_sign(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        agreement_id = ctx.agreements.resolve(args.agreement)
        result = ctx.signoff.sign(
            agreement_id, args.stakeholder, number=args.number, name=args.name
        )
    finally:
        ctx.close()
    if result.status == "signed":
        print(f"Version {result.number} is signed by every signatory.")
    else:
        print(
            f"Signed version {result.number}; still waiting for: {', '.join(result.waiting_for)}."
        )
    return EXIT_OK
