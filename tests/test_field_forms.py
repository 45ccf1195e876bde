"""Field forms read exactly as DESIGN.md writes them: a whole value, ASCII digits.

Python's ``$`` also matches before a final newline and ``\\d`` matches every script's
digits, so "lead\\n" passed as a key and "0٨:00" as a time until the patterns matched
whole values in 0-9. Content stored under the old rule still reads back.
"""

from __future__ import annotations

import pytest
from agreements import MINIMAL

from slaworkshop.models import Content
from slaworkshop.models.fields import STORED, parse_duration
from slaworkshop.models.validation import DocumentInvalid, validate_content, validate_file

WINDOW = {"key": "w", "name": "W", "owner": "sales", "clock": "business", "within": "PT4H"}
HOURS = {"timezone": "UTC", "days": ["mon"], "start": "08:00", "end": "17:00"}
PERSON = {"key": "d", "name": "D", "team": "sales"}


def problems(data: dict[str, object]) -> list[str]:
    with pytest.raises(DocumentInvalid) as caught:
        validate_content({**MINIMAL, **data})
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"terms": [{"key": "lead\n", "name": "L", "status": "agreed"}]},
         "content.terms[0].key: must be lowercase letters, digits and hyphens only"),
        ({"business_hours": HOURS | {"end": "17:00\n"}},
         "content.business_hours.end: must be a time written as HH:MM (00:00 to 23:59)"),
        ({"business_hours": HOURS | {"start": "0\u0668:00"}},
         "content.business_hours.start: must be a time written as HH:MM (00:00 to 23:59)"),
        ({"sla_windows": [WINDOW | {"within": "PT4H\n"}]},
         "content.sla_windows[0].within: must be an ISO 8601 duration such as PT4H, P2D or P2W"),
        ({"sla_windows": [WINDOW | {"within": "PT\u0664H"}]},
         "content.sla_windows[0].within: must be an ISO 8601 duration such as PT4H, P2D or P2W"),
        ({"stakeholders": [PERSON | {"email": "a@b.co\n"}]},
         "content.stakeholders[0].email: is not an e-mail address"),
        ({"workshop_date": "\u0662\u0660\u0662\u0666-01-15"},
         "content.workshop_date: must be a date written as YYYY-MM-DD"),
        ({"workshop_date": "2026-01-15\n"},
         "content.workshop_date: must be a date written as YYYY-MM-DD"),
    ],
    ids=["key-newline", "time-newline", "time-arabic-digit", "duration-newline",
         "duration-arabic-digit", "email-newline", "date-arabic-digits", "date-newline"],
)
def test_a_value_must_be_the_whole_form_in_ascii_digits(
    change: dict[str, object], expected: str
) -> None:
    assert problems(change) == [expected]


def test_a_signature_timestamp_takes_ascii_digits_only() -> None:
    signature = {"stakeholder": "d", "name": "D", "signed_at": "２０２６-06-12T16:00:00Z",
                 "content_sha256": "0" * 64}
    data = {"format": "slaworkshop/agreement", "format_version": 1,
            "content": {**MINIMAL, "stakeholders": [PERSON | {"signatory": True}]},
            "signatures": [signature]}
    with pytest.raises(DocumentInvalid) as caught:
        validate_file(data)
    assert [str(p) for p in caught.value.problems] == [
        "signatures[0].signed_at: must be a timestamp such as 2026-06-12T16:00:00Z"]


def test_durations_outside_validation_parse_whole_values_only() -> None:
    assert parse_duration("PT4H") == {"h": 4.0}
    assert parse_duration("PT4H\n") is None
    assert parse_duration("PT\u0664H") is None


def test_content_stored_under_the_old_rule_still_reads_back() -> None:
    # A version saved before this rule holds "lead\n" for good; it must stay readable.
    data = {**MINIMAL, "terms": [{"key": "lead\n", "name": "L", "status": "agreed"}],
            "sla_windows": [WINDOW | {"within": "PT\u0664H"}]}
    content = Content.model_validate(data, context=STORED)
    assert content.terms[0].key == "lead\n"
    assert content.sla_windows[0].within == "PT\u0664H"


@pytest.mark.parametrize("field", ["buying_role", "seniority", "owner"])
def test_an_empty_choice_means_none_as_absent_does(field: str) -> None:
    section, item = {
        "buying_role": ("personas", {"key": "p", "name": "P"}),
        "seniority": ("titles", {"key": "t", "title": "T", "priority": "target"}),
        "owner": ("goals", {"key": "g", "statement": "S"}),
    }[field]
    empty = validate_content({**MINIMAL, section: [item | {field: ""}]})
    absent = validate_content({**MINIMAL, section: [item]})
    assert getattr(getattr(empty, section)[0], field) is None
    assert empty == absent


def test_an_unknown_choice_is_still_refused() -> None:
    assert problems({"personas": [{"key": "p", "name": "P", "buying_role": "boss"}]}) == [
        "content.personas[0].buying_role: must be decision_maker, influencer or user, not 'boss'"
    ]


def test_business_hours_name_each_problem_at_its_field() -> None:
    assert problems({"business_hours": HOURS | {"days": ["mon", "tue", "mon"],
                                                "start": "17:00", "end": "17:00"}}) == [
        "content.business_hours.days: lists mon twice",
        "content.business_hours.end: must be later than the start (17:00)",
    ]


@pytest.mark.parametrize(
    ("name", "text"),
    [("a.json", b'{"format": "slaworkshop/agreement", "format_version": 1.0,'
                b' "content": {"title": "T", "organization": "O"}}'),
     ("a.yaml", b"format: slaworkshop/agreement\nformat_version: 1.0\n"
                b"content: {title: T, organization: O}\n")],
)
def test_format_version_written_as_1_0_is_version_1(name: str, text: bytes) -> None:
    # The published schema calls format_version an integer, which 1.0 is.
    from slaworkshop.export.config_file import read_config

    document = read_config(text, name)
    assert document.format_version == 1
    assert document.content.title == "T"


@pytest.mark.parametrize("zone", ["localtime", "Factory"])
def test_a_zone_file_that_names_no_place_is_still_read(zone: str) -> None:
    # Earlier releases accepted (and their picker offered) these; a signed file that
    # holds one must still import and verify. Only the picker leaves them out now.
    content = validate_content({**MINIMAL, "business_hours": HOURS | {"timezone": zone}})
    assert content.business_hours is not None and content.business_hours.timezone == zone


def test_the_zone_picker_offers_only_places() -> None:
    from slaworkshop.ui.pages.business_hours_editor import zone_names

    names = zone_names()
    assert "Europe/Berlin" in names and "UTC" in names
    assert "localtime" not in names and "Factory" not in names


def test_a_config_is_read_where_there_are_no_posix_open_flags(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows has neither O_NONBLOCK nor O_CLOEXEC (nor set_blocking before 3.12).
    import os
    from pathlib import Path

    from slaworkshop.export.config_file import read_bounded

    path = Path(str(tmp_path)) / "a.yaml"
    path.write_bytes(b"format: slaworkshop/agreement\n")
    monkeypatch.delattr(os, "O_NONBLOCK")
    monkeypatch.delattr(os, "O_CLOEXEC")
    assert read_bounded(path, 1000) == b"format: slaworkshop/agreement\n"
