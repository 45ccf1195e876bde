"""Version saves: change the draft, then ``save_version``, again and again.

Usage: python versions.py DB_URL AGREEMENT_ID. Acknowledges ``ack NUMBER`` after each
saved version has committed.
"""

from __future__ import annotations

from _common import Ack, run, script

from slaworkshop.services import AgreementService


def body(service: AgreementService, args: list[str], ack: Ack) -> None:
    (agreement_id,) = args
    while True:
        draft = service.draft(agreement_id)
        latest = service.latest_number(agreement_id) or 0
        changed = draft.content.model_copy(update={"title": f"Saved {latest + 1}"})
        service.update_draft(agreement_id, changed, draft.revision)
        number, created = service.save_version(agreement_id, label=f"run {latest + 1}")
        if not created:
            raise RuntimeError(f"saving a changed draft created no version ({number})")
        ack(f"ack {number}")


def forked(url: str, args: list[str], ack_path: str) -> None:
    run(body, "versions", url, args, ack_path)


if __name__ == "__main__":
    script(body, "versions")
