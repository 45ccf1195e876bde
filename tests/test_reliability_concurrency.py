"""Concurrent writers (issue #5): no lost update, no duplicate version number.

Two services (threads) and several processes write the same agreement at once, on
SQLite and on PostgreSQL. A stale autosave gets ``Conflict`` and still holds what it
typed, so it can re-read and re-apply; concurrent saves number versions 1..n.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from agreements import READY
from reliability_support import check_whole

from slaworkshop.models import Content, validate_content
from slaworkshop.services import AgreementService
from slaworkshop.store import Conflict, Store, open_store

SAVERS = 4
SAVES_EACH = 15
EDITS_EACH = 40


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url, backup_every=None)
    yield opened
    opened.dispose()


def _typed(content: Content, who: str, n: int) -> Content:
    terms = list(content.terms)
    terms[0] = terms[0].model_copy(update={"notes": f"{content.terms[0].notes} {who}{n}".strip()})
    return content.model_copy(update={"terms": terms})


def test_the_loser_gets_conflict_keeps_its_text_and_reapplies(store: Store) -> None:
    ana, ben = AgreementService(store, actor="ana"), AgreementService(store, actor="ben")
    agreement = ana.create(validate_content(READY))
    base = ana.draft(agreement)
    ana.update_draft(agreement, base.content.model_copy(update={"title": "Ana's title"}),
                     base.revision)
    bens = base.content.model_copy(update={"organization": "Ben's org"})
    with pytest.raises(Conflict) as caught:
        ben.update_draft(agreement, bens, base.revision)
    assert bens.organization == "Ben's org"  # what Ben typed is still in his hands
    fresh = ben.draft(agreement)
    assert fresh.revision == caught.value.current_revision
    merged = fresh.content.model_copy(update={"organization": bens.organization})
    ben.update_draft(agreement, merged, fresh.revision)
    final = ana.draft(agreement).content
    assert (final.title, final.organization) == ("Ana's title", "Ben's org")


def test_two_services_in_threads_never_lose_an_update(store: Store) -> None:
    agreement = AgreementService(store).create(validate_content(READY))
    counts = {"written": 0, "conflicts": 0}
    lock = threading.Lock()
    errors: list[BaseException] = []

    def editor(who: str) -> None:
        service = AgreementService(store, actor=who)
        try:
            for n in range(EDITS_EACH):
                while True:  # what a window does on Conflict: re-read, re-apply, retry
                    draft = service.draft(agreement)
                    try:
                        service.update_draft(agreement, _typed(draft.content, who, n),
                                             draft.revision)
                        break
                    except Conflict:
                        with lock:
                            counts["conflicts"] += 1
                with lock:
                    counts["written"] += 1
        except BaseException as exc:  # reported below; a thread cannot fail the test itself
            errors.append(exc)

    threads = [threading.Thread(target=editor, args=(who,)) for who in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    draft = AgreementService(store).draft(agreement)
    notes = draft.content.terms[0].notes.split()
    # Every keystroke of both is in the draft, each once, in each editor's order.
    for who in ("a", "b"):
        assert [w for w in notes if w.startswith(who)] == [f"{who}{n}" for n in range(EDITS_EACH)]
    assert draft.revision == 1 + 2 * EDITS_EACH
    print(f"\nthreads: {counts['written']} autosaves, {counts['conflicts']} conflicts re-applied")


SAVER = r"""
import sys
from slaworkshop.services import AgreementService
from slaworkshop.store import Conflict, open_store
url, agreement, who, saves = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
service = AgreementService(open_store(url, backup_every=None), actor=who)
for n in range(saves):
    while True:
        draft = service.draft(agreement)
        changed = draft.content.model_copy(update={"title": f"{who} {n}"})
        try:
            service.update_draft(agreement, changed, draft.revision)
        except Conflict:
            print("conflict", flush=True)
            continue
        number, created = service.save_version(agreement, label=f"{who} {n}")
        print(f"saved {number} {int(created)}", flush=True)
        break
"""


def test_concurrent_saves_from_processes_number_versions_without_gaps(
    store: Store, db_url: str
) -> None:
    agreement = AgreementService(store).create(validate_content(READY))
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", SAVER, db_url, agreement, f"p{i}", str(SAVES_EACH)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for i in range(SAVERS)
    ]
    saved: list[int] = []
    conflicts = 0
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err[-3000:]
        for line in out.splitlines():
            if line == "conflict":
                conflicts += 1
            elif line.endswith(" 1"):
                saved.append(int(line.split()[1]))
    history = AgreementService(store).history(agreement)
    numbers = [v.number for v in history]
    assert numbers == list(range(1, len(numbers) + 1))
    assert sorted(saved) == sorted(set(saved)), "two processes were told the same number"
    assert set(saved) <= set(numbers)
    # Every process's every save either made a version or found its text already saved.
    assert len(numbers) >= SAVERS  # at least the last save of each is its own version
    assert check_whole(db_url).problems == []
    print(f"\n{SAVERS} processes x {SAVES_EACH} saves: {len(numbers)} versions,"
          f" {conflicts} conflicts re-applied")
