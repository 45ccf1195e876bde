"""Autosave burst: ``update_draft`` in a tight loop, a counter in the title and a note.

Usage: python autosave.py DB_URL AGREEMENT_ID. Acknowledges ``ack REVISION COUNTER``
after each commit. Continues the counter where the draft stands, so runs can follow kills.
"""

from __future__ import annotations

from _common import Ack, run, script

from slaworkshop.services import AgreementService

PREFIX = "Autosave "


def body(service: AgreementService, args: list[str], ack: Ack) -> None:
    (agreement_id,) = args
    draft = service.draft(agreement_id)
    content, revision = draft.content, draft.revision
    counter = int(content.title[len(PREFIX):]) if content.title.startswith(PREFIX) else 0
    while True:
        counter += 1
        terms = list(content.terms)
        terms[0] = terms[0].model_copy(update={"notes": f"typed up to keystroke {counter}"})
        content = content.model_copy(update={"title": f"{PREFIX}{counter}", "terms": terms})
        revision = service.update_draft(agreement_id, content, revision).revision
        ack(f"ack {revision} {counter}")


def forked(url: str, args: list[str], ack_path: str) -> None:
    run(body, "autosave", url, args, ack_path)


if __name__ == "__main__":
    script(body, "autosave")
