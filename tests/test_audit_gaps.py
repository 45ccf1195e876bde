"""Tests the second mutation audit asked for: each guards a plausible bug that the suite
let through (readiness rules, the audit log, id prefixes, company sizes, leftover backup
parts, multi-line text in the PDF)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from agreements import ready

from slaworkshop.models import readiness_problems, validate_content


@pytest.mark.parametrize("section,expected", [
    ("terms", ["Terms: the section is empty."]),
    ("stages", ["Stages: the section is empty.", "Stages: no stage is marked as the handoff."]),
    ("personas", ["Personas: the section is empty.", "Titles: the section is empty."]),
    ("titles", ["Titles: the section is empty."]),
    ("sla_windows", ["SLA windows: the section is empty."]),
    ("rejection_reasons", ["Rejection reasons: the section is empty."]),
    ("stakeholders", ["Stakeholders: the section is empty.",
                      "Stakeholders: nobody from sales is marked to sign.",
                      "Stakeholders: nobody from marketing is marked to sign."]),
])
def test_each_empty_core_section_is_a_readiness_problem(section: str,
                                                        expected: list[str]) -> None:
    data = ready(**{section: []})
    if section == "personas":
        data["titles"] = []  # titles name a persona
    if section == "stages":
        for window in data["sla_windows"]:
            window.pop("from_stage")
            window.pop("to_stage")
    if section == "stakeholders":
        for window in data["sla_windows"]:
            window["escalate_to"] = []
    assert [p.message for p in readiness_problems(validate_content(data))] == expected


def test_a_sunset_term_needs_no_agreed_definition() -> None:
    data = ready()
    data["terms"].append({"key": "old-lead", "name": "Old lead", "status": "sunset"})
    assert readiness_problems(validate_content(data)) == []


def test_a_company_size_may_be_one_number_but_not_run_backwards() -> None:
    from slaworkshop.models.validation import DocumentInvalid

    data = ready()
    data["personas"][0]["company_size"] = {"min": 500, "max": 500}
    assert validate_content(data).personas[0].company_size is not None
    data["personas"][0]["company_size"] = {"min": 501, "max": 500}
    with pytest.raises(DocumentInvalid, match="min must not be greater than max"):
        validate_content(data)


def test_superseding_is_recorded_on_the_older_version(db_url: str) -> None:
    from slaworkshop.services import AgreementService, SignOffService
    from slaworkshop.store import open_store

    store = open_store(db_url)
    try:
        service = AgreementService(store)
        signoff = SignOffService(service)
        agreement = service.create(validate_content(ready()))
        for label in ("v1", "v2"):
            draft = service.draft(agreement)
            service.update_draft(agreement, draft.content.model_copy(update={"title": label}),
                                 draft.revision)
            service.save_version(agreement, label)
            signoff.propose(agreement)
            signoff.sign(agreement, "dana")
            signoff.sign(agreement, "sam")
        entries = {(e.action, e.version_number): e for e in service.audit_log(agreement)}
        superseded = entries[("superseded", 1)]
        assert superseded.detail["superseded_by"] == 2
        assert ("signed_by_all", 2) in entries and ("proposed", 2) in entries
        signed = [e for e in service.audit_log(agreement)
                  if e.action == "signed" and e.version_number == 2]
        version = service.version(agreement, 2)
        assert {e.detail["stakeholder"] for e in signed} == {"dana", "sam"}
        assert all(e.detail["content_sha256"] == version.content_sha256 for e in signed)
    finally:
        store.dispose()


def test_an_ambiguous_id_prefix_is_refused_not_guessed(db_url: str, monkeypatch: Any,
                                                       capsys: Any) -> None:
    import uuid

    from slaworkshop.cli.main import main
    from slaworkshop.services import AgreementService
    from slaworkshop.store import open_store

    ids = iter([uuid.UUID("abcd1111-0000-4000-8000-000000000001"),
                uuid.UUID("abcd2222-0000-4000-8000-000000000002")])
    monkeypatch.setattr(uuid, "uuid4", lambda: next(ids))
    store = open_store(db_url)
    try:
        service = AgreementService(store)
        first = service.create(validate_content(ready()))
        second = service.create(validate_content(ready(title="Other")))
    finally:
        store.dispose()
    assert (first[:8], second[:8]) == ("abcd1111", "abcd2222")
    assert main(["history", "abcd", "--db", db_url]) == 2
    assert capsys.readouterr().err == (
        "slaworkshop: error: more than one agreement id starts with 'abcd'; give more of it\n")
    assert main(["history", "abcd1", "--db", db_url]) == 0


def test_a_backup_still_being_written_is_not_swept_away(tmp_path: Path) -> None:
    from slaworkshop.store.backups import backup_dir, prune_backups

    database = tmp_path / "agreements.db"
    database.write_bytes(b"")
    folder = backup_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    old, fresh = folder / ".agreements-x.db.1.part", folder / ".agreements-y.db.2.part"
    old.write_bytes(b"killed half-way")
    fresh.write_bytes(b"being written by another process")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    prune_backups(database, 30)
    assert not old.exists()
    assert fresh.exists()


@pytest.mark.parametrize("where", ["terms.0.sales_view", "stages.0.entry_criteria",
                                   "personas.0.pains", "sla_windows.0.notes"])
def test_multi_line_text_in_the_pdf_is_escaped_line_by_line(where: str) -> None:
    """The hostile-text tests had no line break, so the many-lines path of the PDF's text
    filter went untested: unescaped, an <img> in a second line became a request."""
    from test_pdf_shapes import _example, _request

    from slaworkshop.export.pdf.render import render_html

    content = _example()
    section, index, field = where.split(".")
    hostile = 'first line\n<img src="file:///etc/passwd">'
    item = content[section][int(index)]
    item[field] = hostile
    html = render_html(_request(content))
    assert '&lt;img src="file:///etc/passwd"&gt;' in html or \
        "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    assert '<img src="file:' not in html


def test_a_business_day_counts_its_minutes() -> None:
    """Every tested day was a whole number of hours: a day of 09:00–17:30 counted as 8
    hours went unseen."""
    from slaworkshop.models.window_time import total_words

    data = ready(business_hours={"timezone": "UTC", "days": ["mon", "tue"],
                                 "start": "09:00", "end": "17:30"})
    data["sla_windows"] = [
        {"key": f"w{n}", "name": f"W{n}", "owner": "sales", "within": within,
         "clock": "business"} for n, within in enumerate(["PT4H", "PT4H", "PT1H"])]
    assert total_words(validate_content(data)) == "1 business day 30 min"


def test_a_draft_already_in_an_older_version_is_not_saved_again(db_url: str) -> None:
    """Replacing a draft that is word for word an older version (not the latest) saved
    it again as a "safety" version (mutation audit)."""
    from slaworkshop.services import AgreementService
    from slaworkshop.store import open_store

    store = open_store(db_url)
    try:
        service = AgreementService(store)
        agreement = service.create(validate_content(ready()))
        service.save_version(agreement, "v1")
        draft = service.draft(agreement)
        service.update_draft(agreement, draft.content.model_copy(update={"title": "Two"}),
                             draft.revision)
        service.save_version(agreement, "v2")
        service.restore_version(agreement, 1)  # the draft is version 1's content again
        kept = service.replace_draft(agreement, validate_content(ready(title="Three")),
                                     label="before import", action="imported", based_on=None)
        assert kept is None
        assert [v.number for v in service.history(agreement)] == [1, 2]
        assert service.draft(agreement).content.title == "Three"
    finally:
        store.dispose()
