"""The structured diff against DESIGN.md's ``diff`` contract (shapes, sections, keys, moves),
and the text and HTML reports built on it."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop.diff import (
    build_report,
    diff_contents,
    diff_document,
    diff_full_forms,
    render_diff_html,
    render_diff_text,
)
from slaworkshop.models import Content, full_form, validate_content


def base() -> dict[str, Any]:
    """A small agreement with every section filled in."""
    return {
        "title": "Sales and marketing SLA",
        "organization": "Example Corp",
        "facilitator": "A. Facilitator",
        "workshop_date": "2026-06-10",
        "effective_from": "2026-07-01",
        "review_by": "2027-01-15",
        "business_hours": {
            "timezone": "America/Chicago",
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "start": "08:00",
            "end": "17:00",
        },
        "parking_lot": [{"key": "icp-beds", "question": "Is 300 beds the cut-off?"}],
        "terms": [
            {"key": "lead", "name": "Lead", "status": "agreed", "agreed_definition": "Anyone"},
            {"key": "mql", "name": "MQL", "status": "agreed", "agreed_definition": "Scored"},
            {"key": "sql", "name": "SQL", "status": "agreed", "agreed_definition": "Accepted"},
            {"key": "opp", "name": "Opportunity", "status": "agreed", "agreed_definition": "Deal"},
        ],
        "stages": [
            {"key": "learner", "name": "Learner", "owner": "marketing"},
            {"key": "mql", "name": "Marketing-qualified lead", "owner": "marketing",
             "handoff": True},
            {"key": "sql", "name": "Sales-qualified lead", "owner": "sales"},
        ],
        "personas": [
            {"key": "ops-lead", "name": "Operations lead", "industries": ["Logistics"],
             "company_size": {"min": 200, "max": 2000}},
        ],
        "titles": [
            {"key": "vp-ops", "title": "VP of Operations", "priority": "target",
             "seniority": "vp", "persona": "ops-lead"},
        ],
        "sla_windows": [
            {"key": "route", "name": "Route to a rep", "owner": "marketing", "within": "PT4H",
             "clock": "business", "from_stage": "learner", "to_stage": "mql",
             "escalate_to": ["dana"]},
            {"key": "feedback", "name": "Feed back the reason", "owner": "sales",
             "within": "P2D", "clock": "business"},
        ],
        "rejection_reasons": [
            {"key": "competitor", "label": "Competitor", "outcome": "disqualify"},
        ],
        "stakeholders": [
            {"key": "dana", "name": "Dana Example", "team": "marketing", "signatory": True,
             "responsibilities": ["Owns lead scoring"]},
            {"key": "sam", "name": "Sam Seller", "team": "sales", "signatory": True},
        ],
        "goals": [{"key": "mql-volume", "statement": "120 MQLs a month", "target": 120}],
        "qualification": {
            "mql_threshold": 60,
            "rules": [
                {"key": "pricing", "criterion": "Viewed pricing", "kind": "behavior",
                 "points": 15},
                {"key": "student", "criterion": "Is a student", "kind": "fit", "points": -20},
            ],
            "handoff_fields": [{"key": "phone", "label": "Phone number", "required": True}],
        },
        "cadences": [
            {"key": "lead-review", "name": "Lead review", "every": "P2W",
             "attendees": ["dana", "sam"]},
        ],
    }


def content(data: dict[str, Any]) -> Content:
    return validate_content(data)


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[dict[str, Any]]:
    document = diff_document(1, 2, content(old), content(new))
    result: list[dict[str, Any]] = document["changes"]
    return result


def edited(**sections: Any) -> dict[str, Any]:
    data = base()
    data.update(copy.deepcopy(sections))
    return data


def term(key: str, name: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"key": key, "name": name or key.upper(), "status": "agreed", **fields}


def terms_doc(*keys: str) -> dict[str, Any]:
    return edited(terms=[term(k) for k in keys])


def full_term(key: str, name: str | None = None, **fields: Any) -> dict[str, Any]:
    return {
        "key": key,
        "name": name or key.upper(),
        "status": "agreed",
        "aliases": [],
        "sales_view": "",
        "marketing_view": "",
        "agreed_definition": "",
        "notes": "",
        **fields,
    }


# ------------------------------------------------------------------- the document itself


def test_identical_versions_have_no_changes() -> None:
    assert diff_document(3, "draft", content(base()), content(base())) == {
        "from": 3,
        "to": "draft",
        "changes": [],
    }


def test_from_and_to_echo_numbers_and_draft() -> None:
    doc = diff_document("draft", 7, content(base()), content(base()))
    assert (doc["from"], doc["to"]) == ("draft", 7)


@pytest.mark.parametrize("label", ["Draft", "3", True, None, 2.0])
def test_a_label_is_a_number_or_draft(label: Any) -> None:
    with pytest.raises(ValueError, match="version number or 'draft'"):
        diff_document(label, 1, content(base()), content(base()))


def test_absent_and_empty_are_the_same() -> None:
    old = base()
    new = base()
    new["terms"][0]["aliases"] = []
    new["terms"][0]["notes"] = ""
    new["stakeholders"][1]["responsibilities"] = []
    new["stages"][0]["handoff"] = False
    new["titles"][0]["persona"] = "ops-lead"
    new["parking_lot"][0]["assignee"] = None
    new["facilitator"] = "A. Facilitator"
    del old["qualification"]
    new["qualification"] = {}
    del old["goals"]
    new["goals"] = []
    assert changes(old, new) == []


def test_output_is_json_and_deterministic() -> None:
    old, new = base(), base()
    new["terms"].reverse()
    new["title"] = "New title"
    first = diff_document(1, 2, content(old), content(new))
    assert json.loads(json.dumps(first)) == first
    assert diff_document(1, 2, content(old), content(new)) == first


def test_results_are_copies_the_caller_may_change() -> None:
    old, new = base(), base()
    new["sla_windows"][0]["escalate_to"] = ["dana", "sam"]
    found = diff_contents(content(old), content(new))
    first = found[0].to_json()
    first["fields"]["escalate_to"]["new"].append("x")
    assert found[0].to_json()["fields"]["escalate_to"]["new"] == ["dana", "sam"]


def test_duplicate_keys_are_refused_not_mismatched() -> None:
    doc = full_form(content(base()))
    doubled = copy.deepcopy(doc)
    doubled["terms"].append(doubled["terms"][0])
    with pytest.raises(ValueError, match="terms: key 'lead' appears twice"):
        diff_full_forms(doc, doubled)


# ---------------------------------------------------------------- top-level sections


def test_title_names_itself_as_its_field() -> None:
    assert changes(base(), edited(title="Revenue SLA")) == [
        {
            "section": "title",
            "key": None,
            "change": "changed",
            "fields": {"title": {"old": "Sales and marketing SLA", "new": "Revenue SLA"}},
        }
    ]


@pytest.mark.parametrize(
    ("field", "old", "new"),
    [
        ("organization", "Example Corp", "Example Inc"),
        ("workshop_date", "2026-06-10", "2026-06-11"),
        ("effective_from", "2026-07-01", None),
        ("review_by", "2027-01-15", "2027-02-01"),
    ],
)
def test_each_top_level_field_is_a_section(field: str, old: Any, new: Any) -> None:
    assert changes(base(), edited(**{field: new})) == [
        {"section": field, "key": None, "change": "changed",
         "fields": {field: {"old": old, "new": new}}}
    ]


def test_facilitator_removed_compares_with_empty_text() -> None:
    new = base()
    del new["facilitator"]
    assert changes(base(), new) == [
        {"section": "facilitator", "key": None, "change": "changed",
         "fields": {"facilitator": {"old": "A. Facilitator", "new": ""}}}
    ]


def test_business_hours_fields_by_path_inside_the_section() -> None:
    new = base()
    new["business_hours"]["end"] = "18:00"
    new["business_hours"]["days"] = ["mon", "tue", "wed", "thu"]
    new["business_hours"]["holidays"] = ["2026-12-25"]
    assert changes(base(), new) == [
        {
            "section": "business_hours",
            "key": None,
            "change": "changed",
            "fields": {
                "days": {"old": ["mon", "tue", "wed", "thu", "fri"],
                         "new": ["mon", "tue", "wed", "thu"]},
                "end": {"old": "17:00", "new": "18:00"},
                "holidays": {"old": [], "new": ["2026-12-25"]},
            },
        }
    ]


def test_business_hours_added_lists_each_field_with_old_null() -> None:
    old = base()
    del old["business_hours"]
    # holidays is [] on both sides (an absent object's list is empty): not a change.
    assert changes(old, base()) == [
        {
            "section": "business_hours",
            "key": None,
            "change": "changed",
            "fields": {
                "timezone": {"old": None, "new": "America/Chicago"},
                "days": {"old": [], "new": ["mon", "tue", "wed", "thu", "fri"]},
                "start": {"old": None, "new": "08:00"},
                "end": {"old": None, "new": "17:00"},
            },
        }
    ]


def test_business_hours_removed_is_the_mirror_image() -> None:
    new = base()
    new["business_hours"] = None
    (entry,) = changes(base(), new)
    assert entry["fields"]["end"] == {"old": "17:00", "new": None}
    assert entry["fields"]["days"] == {"old": ["mon", "tue", "wed", "thu", "fri"], "new": []}


def test_mql_threshold_is_a_field_of_the_qualification_section() -> None:
    new = base()
    new["qualification"]["mql_threshold"] = 70
    assert changes(base(), new) == [
        {"section": "qualification", "key": None, "change": "changed",
         "fields": {"mql_threshold": {"old": 60, "new": 70}}}
    ]


def test_qualification_added_splits_into_its_own_fields_and_nested_sections() -> None:
    old = base()
    del old["qualification"]
    assert changes(old, base()) == [
        {"section": "qualification", "key": None, "change": "changed",
         "fields": {"mql_threshold": {"old": None, "new": 60}}},
        {"section": "qualification.rules", "key": "pricing", "change": "added",
         "item": {"key": "pricing", "criterion": "Viewed pricing", "kind": "behavior",
                  "points": 15}},
        {"section": "qualification.rules", "key": "student", "change": "added",
         "item": {"key": "student", "criterion": "Is a student", "kind": "fit",
                  "points": -20}},
        {"section": "qualification.handoff_fields", "key": "phone", "change": "added",
         "item": {"key": "phone", "label": "Phone number", "required": True}},
    ]


# --------------------------------------------------------------------- keyed sections


@pytest.mark.parametrize(
    ("section", "index", "field", "value"),
    [
        ("parking_lot", 0, "assignee", "dana"),
        ("terms", 1, "agreed_definition", "Scored over 60"),
        ("stages", 2, "exit_criteria", "Opportunity opened"),
        ("personas", 0, "pains", "Manual dispatch"),
        ("titles", 0, "priority", "acceptable"),
        ("sla_windows", 1, "clock", "calendar"),
        ("rejection_reasons", 0, "requires_note", True),
        ("stakeholders", 1, "email", "sam@example.com"),
        ("goals", 0, "target", 150),
        ("qualification.rules", 1, "points", -25),
        ("qualification.handoff_fields", 0, "required", False),
        ("cadences", 0, "agenda", "Rejected leads"),
    ],
)
def test_a_changed_field_in_every_keyed_section(
    section: str, index: int, field: str, value: Any
) -> None:
    old = base()
    new = base()
    parent = new["qualification"] if section.startswith("qualification.") else new
    item = parent[section.split(".")[-1]][index]
    before = full_form(content(old))
    for part in section.split("."):
        before = before[part]
    item[field] = value
    assert changes(old, new) == [
        {"section": section, "key": item["key"], "change": "changed",
         "fields": {field: {"old": before[index][field], "new": value}}}
    ]


def test_added_and_removed_carry_the_whole_item_in_full_form() -> None:
    old = base()
    new = base()
    new["rejection_reasons"] = [{"key": "no-budget", "label": "No budget", "outcome": "recycle"}]
    assert changes(old, new) == [
        {"section": "rejection_reasons", "key": "no-budget", "change": "added",
         "item": {"key": "no-budget", "label": "No budget", "outcome": "recycle",
                  "requires_note": False, "description": ""}},
        {"section": "rejection_reasons", "key": "competitor", "change": "removed",
         "item": {"key": "competitor", "label": "Competitor", "outcome": "disqualify",
                  "requires_note": False, "description": ""}},
    ]


def test_a_renamed_term_is_one_change() -> None:
    new = base()
    new["terms"][1]["name"] = "Marketing-qualified lead"
    new["terms"][1]["aliases"] = ["MQL"]
    assert changes(base(), new) == [
        {"section": "terms", "key": "mql", "change": "changed",
         "fields": {"name": {"old": "MQL", "new": "Marketing-qualified lead"},
                    "aliases": {"old": [], "new": ["MQL"]}}}
    ]


def test_fields_inside_an_item_are_dotted_down_to_a_scalar() -> None:
    new = base()
    new["personas"][0]["company_size"] = {"min": 200, "max": 5000}
    assert changes(base(), new) == [
        {"section": "personas", "key": "ops-lead", "change": "changed",
         "fields": {"company_size.max": {"old": 2000, "new": 5000}}}
    ]


def test_a_nested_object_set_for_the_first_time_lists_its_leaves() -> None:
    old = base()
    del old["personas"][0]["company_size"]
    new = base()
    new["personas"][0]["company_size"] = {"max": 500}
    assert changes(old, new) == [
        {"section": "personas", "key": "ops-lead", "change": "changed",
         "fields": {"company_size.max": {"old": None, "new": 500}}}
    ]


@pytest.mark.parametrize(
    ("section", "index", "field", "value"),
    [
        ("terms", 0, "aliases", ["Contact", "Name"]),
        ("personas", 0, "industries", ["Logistics", "Retail"]),
        ("sla_windows", 0, "escalate_to", ["sam", "dana"]),
        ("stakeholders", 0, "responsibilities", ["Owns lead scoring", "Runs nurture"]),
        ("cadences", 0, "attendees", ["sam", "dana"]),
    ],
)
def test_plain_lists_are_one_field_reported_whole(
    section: str, index: int, field: str, value: list[str]
) -> None:
    old = base()
    new = base()
    new[section][index][field] = value
    (entry,) = changes(old, new)
    assert entry["fields"] == {
        field: {"old": full_form(content(old))[section][index][field], "new": value}
    }


def test_sections_come_in_content_order() -> None:
    new = base()
    new["cadences"][0]["agenda"] = "x"
    new["qualification"]["rules"][0]["points"] = 5
    new["qualification"]["mql_threshold"] = 50
    new["goals"][0]["unit"] = "per month"
    new["terms"][0]["notes"] = "x"
    new["parking_lot"][0]["question"] = "Beds?"
    new["business_hours"]["start"] = "09:00"
    new["review_by"] = "2027-03-01"
    new["title"] = "x"
    assert [c["section"] for c in changes(base(), new)] == [
        "title",
        "review_by",
        "business_hours",
        "parking_lot",
        "terms",
        "goals",
        "qualification",
        "qualification.rules",
        "cadences",
    ]


# ------------------------------------------------------------------------------ moves


def moves(old_keys: str, new_keys: str) -> list[tuple[str, int, int]]:
    found = changes(terms_doc(*old_keys), terms_doc(*new_keys))
    return [(c["key"], c["from_index"], c["to_index"]) for c in found if c["change"] == "moved"]


def test_an_insertion_moves_nothing() -> None:
    assert moves("abcd", "xabcd") == []
    assert moves("abcd", "abxcd") == []


def test_a_removal_moves_nothing() -> None:
    assert moves("abcd", "bcd") == []
    assert moves("abcd", "abd") == []


def test_insertions_and_removals_together_move_nothing() -> None:
    assert moves("abcdef", "xbcyefz") == []


def test_a_swap_of_neighbours_is_one_move_of_the_one_that_went_up() -> None:
    assert changes(terms_doc(*"abcd"), terms_doc(*"acbd")) == [
        {"section": "terms", "key": "c", "change": "moved", "from_index": 2, "to_index": 1}
    ]


def test_only_the_minimal_set_moves() -> None:
    # The last item brought to the top: one move, not three items shifted down.
    assert moves("abcd", "dabc") == [("d", 3, 0)]
    # The first sent to the bottom: one move.
    assert moves("abcd", "bcda") == [("a", 0, 3)]
    # A full reversal of three keeps one item in place.
    assert len(moves("abc", "cba")) == 2


def test_move_indices_are_positions_in_the_whole_old_and_new_lists() -> None:
    # x is new and b is gone; d jumps to the front: from its old index 3 to new index 1.
    assert moves("abcd", "xdac") == [("d", 3, 1)]


def test_changed_and_moved_gives_two_entries_changed_first() -> None:
    old = terms_doc(*"abc")
    new = edited(terms=[term("c", "Sea"), term("a"), term("b")])
    assert changes(old, new) == [
        {"section": "terms", "key": "c", "change": "changed",
         "fields": {"name": {"old": "C", "new": "Sea"}}},
        {"section": "terms", "key": "c", "change": "moved", "from_index": 2, "to_index": 0},
    ]


def test_entries_follow_the_new_order_and_removed_items_come_last_in_old_order() -> None:
    old = edited(terms=[term("a"), term("b"), term("c"), term("d"), term("e")])
    new = edited(terms=[term("x"), term("e", "Eee"), term("c"), term("a", "Aaa")])
    assert changes(old, new) == [
        {"section": "terms", "key": "x", "change": "added", "item": full_term("x")},
        {"section": "terms", "key": "e", "change": "changed",
         "fields": {"name": {"old": "E", "new": "Eee"}}},
        {"section": "terms", "key": "e", "change": "moved", "from_index": 4, "to_index": 1},
        {"section": "terms", "key": "c", "change": "moved", "from_index": 2, "to_index": 2},
        {"section": "terms", "key": "a", "change": "changed",
         "fields": {"name": {"old": "A", "new": "Aaa"}}},
        {"section": "terms", "key": "b", "change": "removed", "item": full_term("b")},
        {"section": "terms", "key": "d", "change": "removed", "item": full_term("d")},
    ]


def test_moves_in_a_nested_keyed_list() -> None:
    new = base()
    new["qualification"]["rules"].reverse()
    assert changes(base(), new) == [
        {"section": "qualification.rules", "key": "student", "change": "moved",
         "from_index": 1, "to_index": 0}
    ]


@settings(max_examples=200, deadline=None)
@given(
    old=st.lists(st.integers(0, 30), unique=True, max_size=15),
    new=st.lists(st.integers(0, 30), unique=True, max_size=15),
)
def test_what_is_not_moved_keeps_its_order_and_is_as_long_as_possible(
    old: list[int], new: list[int]
) -> None:
    keys_old = [f"k{n}" for n in old]
    keys_new = [f"k{n}" for n in new]
    found = diff_document(
        1, 2, content(edited(terms=[term(k) for k in keys_old])),
        content(edited(terms=[term(k) for k in keys_new])),
    )["changes"]
    moved = {c["key"] for c in found if c["change"] == "moved"}
    common_old = [k for k in keys_old if k in keys_new]
    common_new = [k for k in keys_new if k in keys_old]
    assert [k for k in common_old if k not in moved] == [k for k in common_new if k not in moved]
    assert len(common_new) - len(moved) == _lcs_length(common_old, common_new)
    assert {c["key"] for c in found if c["change"] == "added"} == set(keys_new) - set(keys_old)
    assert [c["key"] for c in found if c["change"] == "removed"] == [
        k for k in keys_old if k not in keys_new
    ]


def _lcs_length(a: list[str], b: list[str]) -> int:
    # The textbook quadratic table: an independent check of the patience-sorting version.
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = table[i][j] + 1 if x == y else max(table[i][j + 1],
                                                                     table[i + 1][j])
    return table[len(a)][len(b)]


# ------------------------------------------------------------------------ text report


def text(old: dict[str, Any], new: dict[str, Any], a: Any = 1, b: Any = "draft") -> str:
    return render_diff_text(a, b, validate_content(old), validate_content(new))


def test_a_move_that_keeps_its_position_names_its_new_neighbour() -> None:
    """[a, b, c, d] → [e, a, c, b]: c went before b and stayed third. "Moved “C” from
    position 3 to 3" said nothing (contract review)."""
    assert moves("abcd", "eacb") == [("c", 2, 2)]
    report = text(terms_doc(*"abcd"), terms_doc(*"eacb"))
    assert "\n  Moved “C” before “B”, at position 3 in both versions\n" in report
    assert "Moved “C” from position" not in report
    # A move that changes the number says both numbers.
    assert moves("abc", "acb") == [("c", 2, 1)]
    assert "Moved “C” from position 3 to 2" in text(terms_doc(*"abc"), terms_doc(*"acb"))
    from slaworkshop.diff.diff_report import ReportEntry

    last = ReportEntry("moved", "B", from_position=3, to_position=3)
    assert (last.moved_words, last.position_now) == (
        "to the end, at position 3 in both versions", "3, last")


def test_text_report_of_identical_versions() -> None:
    assert text(base(), base(), 2, 3) == "Changes from version 2 to version 3\n\nNo changes.\n"


def test_text_report_whole() -> None:
    new = base()
    new["title"] = "Revenue SLA"
    new["review_by"] = "2027-03-31"
    new["business_hours"]["end"] = "18:00"
    new["terms"] = [
        term("opp", "Opportunity", agreed_definition="Deal"),
        term("lead", "Lead", agreed_definition="Anyone"),
        term("mql", "Marketing-qualified lead", agreed_definition="Scored",
             aliases=["MQL", "Hot lead"]),
        term("hand", "Handraiser", status="disputed", sales_view="Wants a call"),
    ]
    new["sla_windows"][0]["within"] = "PT2H"
    new["sla_windows"][0]["escalate_to"] = ["dana", "sam"]
    new["sla_windows"][1]["clock"] = "calendar"
    new["rejection_reasons"][0]["requires_note"] = True
    new["qualification"]["mql_threshold"] = None
    assert text(base(), new) == (
        "Changes from version 1 to the draft\n"
        "\n"
        "Workshop\n"  # the one-value fields together, as on the Workshop page
        "2 changed\n"
        "  Title: Sales and marketing SLA → Revenue SLA\n"
        "  Review by: 2027-01-15 → 2027-03-31\n"
        "\n"
        "Business hours\n"
        "1 changed\n"
        "  End: 17:00 → 18:00\n"
        "\n"
        "Terms\n"
        "1 changed, 1 added, 1 removed, 1 moved\n"
        "  Moved “Opportunity” from position 4 to 1\n"
        "  Changed “Marketing-qualified lead”\n"
        "    Name: MQL → Marketing-qualified lead\n"
        "    Aliases: (none) → MQL, Hot lead\n"
        "  Added “Handraiser”\n"
        "    Status: Disputed\n"
        "    Sales’ words: Wants a call\n"
        "  Removed “SQL”\n"
        "\n"
        "SLA windows\n"
        "2 changed\n"
        "  Changed “Route to a rep”\n"
        "    Within: 4 business hours → 2 business hours\n"
        "    Escalate to: Dana Example → Dana Example, Sam Seller\n"
        "  Changed “Feed back the reason”\n"
        "    Clock: Business hours → Calendar time\n"
        "\n"
        "Rejection reasons\n"
        "1 changed\n"
        "  Changed “Competitor”\n"
        "    Requires note: no → yes\n"
        "\n"
        "Qualification\n"
        "1 changed\n"
        "  MQL threshold: 60 → (none)\n"
    )


def test_text_words_a_duration_on_each_sides_own_clock_once() -> None:
    # "Clock: business → calendar" under "2 business days → 3 days" said the clock twice
    new = base()
    new["sla_windows"][1]["within"] = "P3D"
    new["sla_windows"][1]["clock"] = "calendar"
    assert text(base(), new).endswith(
        "  Changed “Feed back the reason”\n"
        "    Within: 2 business days → 3 calendar days\n"
    )
    # the structured diff still has both fields; the report's line says it covers both
    [change] = diff_contents(content(base()), content(new))
    assert change.to_json()["fields"] == {"within": {"old": "P2D", "new": "P3D"},
                                          "clock": {"old": "business", "new": "calendar"}}
    [section] = build_report(1, "draft", content(base()), content(new)).sections
    [line] = section.entries[0].values
    assert line.paths == ("within", "clock")


def test_a_clock_the_duration_does_not_name_keeps_its_line() -> None:
    new = base()
    new["sla_windows"][1]["within"] = "P1W"  # weeks are as long on either clock
    new["sla_windows"][1]["clock"] = "calendar"
    assert text(base(), new).endswith(
        "    Within: 2 business days → 1 week\n"
        "    Clock: Business hours → Calendar time\n"
    )


def test_an_added_window_says_its_clock_in_its_duration() -> None:
    new = base()
    new["sla_windows"] += [
        {"key": "nurture", "name": "Back into nurture", "owner": "marketing",
         "within": "P3D", "clock": "calendar"},
        {"key": "review", "name": "Review the reasons", "owner": "shared",
         "within": "P2W", "clock": "business"},
    ]
    assert text(base(), new).endswith(
        "  Added “Back into nurture”\n"
        "    Owner: Marketing\n"
        "    Within: 3 calendar days\n"
        "  Added “Review the reasons”\n"
        "    Owner: Shared\n"
        "    Within: 2 weeks\n"
        "    Clock: Business hours\n"
    )


def test_text_names_items_by_their_human_name_in_every_section() -> None:
    new = base()
    new["parking_lot"][0]["assignee"] = "sam"
    new["titles"][0]["persona"] = None
    new["goals"][0]["owner"] = "shared"
    new["qualification"]["rules"][0]["points"] = 0
    new["cadences"][0]["every"] = "P1M"
    report = text(base(), new)
    assert "  Changed “Is 300 beds the cut-off?”\n    Assignee: (none) → Sam Seller\n" in report
    assert "  Changed “VP of Operations”\n    Persona: Operations lead → (none)\n" in report
    assert "  Changed “120 MQLs a month”\n    Owner: (none) → Shared\n" in report
    assert "  Changed “Viewed pricing”\n    Points: 15 → 0\n" in report
    assert "  Changed “Lead review”\n    Every: 2 weeks → 1 month\n" in report
    assert "Qualification: scoring rules\n1 changed\n" in report


def test_text_nested_fields_and_added_details() -> None:
    new = base()
    new["personas"][0]["company_size"] = {"min": 200, "max": 5000}
    new["personas"].append(
        {"key": "cfo", "name": "Finance chief", "company_size": {"min": 50},
         "buying_role": "decision_maker"}
    )
    report = text(base(), new)
    assert (
        "Personas\n1 changed, 1 added\n"
        "  Changed “Operations lead”\n"
        "    Company size, max: 2000 → 5000\n"
        "  Added “Finance chief”\n"
        "    Company size, min: 50\n"
        "    Buying role: Decision maker\n"
    ) in report


def test_text_keeps_a_multi_line_value_inside_its_entry() -> None:
    new = base()
    new["terms"][0]["agreed_definition"] = "First line\nSecond line"
    assert "    Agreed definition: Anyone → First line\n      Second line\n" in text(base(), new)


def test_text_business_hours_added_reads_from_none() -> None:
    old = base()
    del old["business_hours"]
    assert text(old, base()).endswith(
        "Business hours\n1 changed\n"
        "  Timezone: (none) → America/Chicago\n"
        "  Days: (none) → Mon, Tue, Wed, Thu, Fri\n"
        "  Start: (none) → 08:00\n"
        "  End: (none) → 17:00\n"
    )


# ------------------------------------------------------------------------ HTML report

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def html(old: dict[str, Any], new: dict[str, Any]) -> str:
    return render_diff_html(1, 2, validate_content(old), validate_content(new))


class _Tags(HTMLParser):
    """Every start tag and its attributes, to check what the page would load or run."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_html_escapes_user_text_everywhere() -> None:
    old = base()
    old["terms"][0]["agreed_definition"] = HOSTILE
    new = base()
    new["title"] = HOSTILE
    new["terms"][0]["agreed_definition"] = "Fine & dandy"
    new["terms"].append(term("evil", HOSTILE, sales_view=HOSTILE))
    new["terms"].pop(1)
    page = html(old, new)
    assert "<script" not in page
    assert "<img" not in page
    assert {tag for tag, _ in tags(page)} <= {
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "section", "p",
        "div", "span", "table", "tr", "th", "td", "del", "ins", "bdi",
    }
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&#34;alert(2)&#34;&gt;"
    # The new title, the old definition, the added term's name and its sales view.
    assert page.count(escaped) == 4
    assert "<ins><bdi>Fine &amp; dandy</bdi></ins>" in page


def test_html_loads_nothing_from_outside() -> None:
    new = base()
    new["terms"].reverse()
    new["title"] = "x"
    page = html(base(), new)
    for _, attributes in tags(page):
        assert not {"src", "href", "srcset", "action", "data"} & set(attributes)
    assert not re.search(r"https?:|url\(|@import|@font-face|<link|<script", page)


def test_html_strikes_old_values_beside_new_ones_with_a_summary_per_section() -> None:
    new = base()
    new["sla_windows"][0]["within"] = "PT2H"
    new["sla_windows"].append(
        {"key": "accept", "name": "Accept or reject", "owner": "sales", "within": "PT4H",
         "clock": "business"}
    )
    new["sla_windows"][:2] = reversed(new["sla_windows"][:2])
    page = html(base(), new)
    assert '<h1 dir="auto">Changes from version 1 to version 2</h1>' in page
    assert '<h2>SLA windows</h2>\n<p class="summary">1 changed, 1 added, 1 moved</p>' in page
    assert (
        '<tr><th scope="row">Within</th><td><del><bdi>4 business hours</bdi></del>'
        ' <span class="arrow">→</span> <ins><bdi>2 business hours</bdi></ins></td></tr>'
    ) in page
    assert (
        '<h3><span class="badge">moved</span><bdi>Feed back the reason</bdi></h3>\n'
        "<p>Moved from position 2 to 1.</p>"
    ) in page


def test_html_removed_item_is_struck_through() -> None:
    new = base()
    new["rejection_reasons"] = []
    page = html(base(), new)
    assert '<h3><span class="badge">removed</span><del><bdi>Competitor</bdi></del></h3>' in page


def test_html_of_identical_versions_says_so() -> None:
    page = html(base(), base())
    assert '<p class="summary">No changes.</p>' in page
    assert "<section>" not in page


def test_reports_for_an_added_term_share_its_wording() -> None:
    new = edited(terms=[*base()["terms"], term("hand", "Handraiser", aliases=["Hot lead"])])
    assert "  Added “Handraiser”\n    Status: Agreed\n    Aliases: Hot lead\n" in text(base(), new)
    page = html(base(), new)
    assert '<tr><th scope="row">Aliases</th><td><ins><bdi>Hot lead</bdi></ins></td></tr>' in page


def test_the_diff_package_never_imports_qt() -> None:
    # The CLI and the PDF use it headless; a None entry makes any PySide6 import fail.
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import slaworkshop.diff, slaworkshop.diff.diff_html, slaworkshop.diff.diff_text\n"
        "assert not any(name.startswith('PySide6.') for name in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_reports_word_choices_as_the_document_does() -> None:
    """The change summary said "Outcome: recycle → disqualify" under a document that
    says "Recycle into nurture" (PDF review)."""
    new = base()
    outcome = new["rejection_reasons"][0]["outcome"]
    new["rejection_reasons"][0]["outcome"] = "disqualify" if outcome != "disqualify" else "recycle"
    words = {"recycle": "Recycle into nurture", "disqualify": "Disqualify",
             "return_to_marketing": "Return to marketing"}
    expected = f"Outcome: {words[outcome]} → {words[new['rejection_reasons'][0]['outcome']]}\n"
    assert expected in text(base(), new)


def test_html_marks_the_words_that_changed_in_a_long_text_edited_in_part() -> None:
    """Only Compare marked them; the HTML report struck the whole old sentence beside
    the whole new one."""
    sentence = "A person at a prospective customer whose contact details we hold."
    old = base()
    old["terms"][0]["agreed_definition"] = sentence
    new = base()
    new["terms"][0]["agreed_definition"] = sentence + " Often <b>a</b> student."
    page = html(old, new)
    assert (f"<td><bdi>{sentence}</bdi> <span class=\"arrow\">→</span> <bdi>{sentence}"
            "<ins> Often &lt;b&gt;a&lt;/b&gt; student.</ins></bdi></td>") in page, page
