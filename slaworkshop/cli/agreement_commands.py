"""import, list, history, save, export, schema."""

from __future__ import annotations

import argparse
from pathlib import Path

from slaworkshop.export.atomic_file import write_all_atomically
from slaworkshop.safe_text import file_name_text, printable
from slaworkshop.store.records import iso

from .context import check_outputs, open_context, open_reading
from .main import EXIT_OK, UsageError
from .output import print_json, print_result, print_table, write_utf8


def cmd_import(args: argparse.Namespace) -> int:
    from slaworkshop.export.config_file import read_config_file

    path = Path(args.file)
    document = read_config_file(path)  # validate before touching the database
    source = file_name_text(path.name)  # recorded in the audit log, which holds text
    ctx = open_context(args)
    try:
        into = ctx.agreements.resolve(args.into) if args.into else None
        if into is None:
            agreement_id = ctx.agreements.import_file(document, source=source)
        else:
            kept = ctx.agreements.replace_draft(
                into, document.content, label="before import", action="imported",
                based_on=None, source=source,
            )
            if kept is not None:
                print(f"The draft's unsaved changes were kept as version {kept} (before import).")
            agreement_id = into
        print_result(agreement_id, f"the file was imported as agreement {agreement_id}")
    finally:
        ctx.close()
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    ctx = open_reading(args)
    try:
        agreement_id = ctx.agreements.resolve(args.agreement)
        versions = ctx.agreements.history(agreement_id)
    finally:
        ctx.close()
    if args.format == "json":
        print_json(
            [
                {
                    "number": v.number,
                    "status": v.status,
                    "label": v.label,
                    "created_at": iso(v.created_at),
                    "content_sha256": v.content_sha256,
                    "signatures": [
                        {"stakeholder": s.stakeholder, "name": s.name, "signed_at": iso(s.signed_at)}
                        for s in v.signatures
                    ],
                }
                for v in versions
            ]
        )
    elif not versions:
        print("No saved versions yet: the agreement has only its draft.")
    else:
        print_table(
            ("VERSION", "STATUS", "CREATED", "HASH", "LABEL", "SIGNED BY"),
            [
                (
                    str(v.number),
                    v.status,
                    iso(v.created_at),
                    v.content_sha256[:12],
                    v.label,
                    ", ".join(s.name for s in v.signatures),
                )
                for v in versions
            ],
        )
    return EXIT_OK


def cmd_save(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        agreement_id = ctx.agreements.resolve(args.agreement)
        number, _created = ctx.agreements.save_version(agreement_id, args.label)
    finally:
        ctx.close()
    print_result(str(number), f"version {number} was saved")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from slaworkshop.export.config_build import build_file, dump_config

    outputs = [(option, name) for option, name in (("--pdf", args.pdf), ("--config", args.config))
               if name is not None]
    check_outputs(args, outputs)
    config_path = Path(args.config) if args.config is not None else None
    if config_path is not None and config_path.suffix.lower() not in (".yaml", ".yml", ".json"):
        raise UsageError(f"--config {printable(args.config, limit=500)}: the file name must end"
                         " in .yaml, .yml or .json")
    if args.pdf is not None and Path(args.pdf).suffix.lower() in (".yaml", ".yml", ".json"):
        # Most likely --pdf and --config swapped: a PDF under a config's name would be
        # taken for a config by whatever reads files by their names.
        raise UsageError(f"--pdf {printable(args.pdf, limit=500)}: that is a config file's"
                         " name; a PDF's name ends in .pdf")
    ctx = open_reading(args)
    try:
        agreement_id = ctx.agreements.resolve(args.agreement)
        document = ctx.agreements.file(agreement_id, args.ref)
        data = build_file(
            document.content,
            agreement_id=agreement_id,
            version=document.version,
            signatures=document.signatures,
        )
        files: list[tuple[Path, bytes]] = []
        if args.pdf is not None:
            from .document_commands import render_pdf_bytes

            pdf = render_pdf_bytes(ctx.agreements, agreement_id, args.ref, document)
            files.append((Path(args.pdf), pdf))
        if config_path is not None:
            files.append((config_path, dump_config(data, config_path.suffix)))
        if files:
            # Both or neither: a config that cannot be written leaves no PDF behind.
            write_all_atomically(files)
        else:
            from slaworkshop.export.config_file import dump_yaml

            write_utf8(dump_yaml(data).decode("utf-8"))
    finally:
        ctx.close()
    return EXIT_OK


def cmd_schema(_args: argparse.Namespace) -> int:
    from slaworkshop.export.schema import config_schema

    print_json(config_schema())
    return EXIT_OK
