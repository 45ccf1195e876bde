"""diff: the structured comparison of two versions (or a version and the draft)."""

from __future__ import annotations

import argparse
import sys

from slaworkshop.diff import diff_document, render_diff_html, render_diff_text

from .context import open_reading
from .main import EXIT_OK
from .output import print_json, write_utf8


def cmd_diff(args: argparse.Namespace) -> int:
    ctx = open_reading(args)
    try:
        agreement_id = ctx.agreements.resolve(args.agreement)
        old = ctx.agreements.content(agreement_id, args.a)
        new = ctx.agreements.content(agreement_id, args.b)
    finally:
        ctx.close()
    if args.format == "json":
        print_json(diff_document(args.a, args.b, old, new))
    elif args.format == "html":
        write_utf8(render_diff_html(args.a, args.b, old, new))
    else:
        sys.stdout.write(render_diff_text(args.a, args.b, old, new))
    return EXIT_OK
