"""Imports of a large agreement (hundreds of terms), one new agreement each time.

Usage: python importer.py DB_URL CONFIG_FILE. Reads and validates the file as
``slaworkshop import`` does, then imports it in a loop; acknowledges ``ack AGREEMENT_ID``
after each import has committed.
"""

from __future__ import annotations

from pathlib import Path

from _common import Ack, run, script

from slaworkshop.export.config_file import read_config
from slaworkshop.services import AgreementService


def body(service: AgreementService, args: list[str], ack: Ack) -> None:
    (config,) = args
    path = Path(config)
    data = path.read_bytes()
    while True:
        document = read_config(data, path.name)
        ack(f"ack {service.import_file(document, source=path.name)}")


def forked(url: str, args: list[str], ack_path: str) -> None:
    run(body, "importer", url, args, ack_path)


if __name__ == "__main__":
    script(body, "importer")
