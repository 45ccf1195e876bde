"""How long the diff of two large agreements takes, next to baselines from the same run.

    .venv/bin/python bench/bench_diff.py [--terms 2000] [--runs 15]

Two agreements of 2,000 terms (plus the other sections at sizes a big client might
reach) that differ in about 5 % of their terms: changed definitions, renames, added,
removed and moved terms. Prints the median time of ``diff_document`` and of bare
baselines measured on the same machine in the same process, so the ratio means
something on any machine. Goal: the diff under 100 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from slaworkshop.diff import diff_document, render_diff_html, render_diff_text
from slaworkshop.models import Content, full_form, validate_content

GOAL_MS = 100.0


def agreement(terms: int, rng: random.Random) -> dict[str, Any]:
    people = [
        {"key": f"person-{i}", "name": f"Person {i}", "team": ("sales", "marketing")[i % 2],
         "role": "Lead", "email": f"p{i}@example.com", "responsibilities": ["Reviews leads"],
         "signatory": i < 4}
        for i in range(40)
    ]
    stages = [
        {"key": f"stage-{i}", "name": f"Stage {i}", "owner": "marketing" if i < 10 else "sales",
         "entry_criteria": "Entered " * 10, "exit_criteria": "Left " * 10, "handoff": i == 10}
        for i in range(20)
    ]
    return {
        "title": "Sales and marketing SLA",
        "organization": "Example Corp",
        "facilitator": "A. Facilitator",
        "workshop_date": "2026-06-10",
        "business_hours": {"timezone": "Europe/Berlin", "days": ["mon", "tue", "wed", "thu"],
                           "start": "08:00", "end": "17:00", "holidays": ["2026-12-25"]},
        "terms": [
            {"key": f"term-{i}", "name": f"Term {i}", "status": "agreed",
             "aliases": [f"Alias {i}", f"Old name {i}"],
             "sales_view": f"What sales means by term {i}. " * 3,
             "marketing_view": f"What marketing means by term {i}. " * 3,
             "agreed_definition": f"The agreed definition of term {i}, "
             + " ".join(rng.choice(("lead", "form", "call", "score")) for _ in range(20))}
            for i in range(terms)
        ],
        "stages": stages,
        "personas": [
            {"key": f"persona-{i}", "name": f"Persona {i}", "industries": ["Logistics", "Retail"],
             "company_size": {"min": 10 * i, "max": 100 * i + 100}, "geographies": ["DE"],
             "buying_role": "influencer", "pains": "Too many tools"}
            for i in range(30)
        ],
        "titles": [
            {"key": f"title-{i}", "title": f"Title {i}", "priority": "target",
             "seniority": "director", "persona": f"persona-{i % 30}"}
            for i in range(200)
        ],
        "sla_windows": [
            {"key": f"window-{i}", "name": f"Window {i}", "owner": "sales", "within": "PT4H",
             "clock": "business", "from_stage": f"stage-{i % 20}",
             "to_stage": f"stage-{(i + 1) % 20}", "escalate_to": [f"person-{i % 40}"]}
            for i in range(50)
        ],
        "rejection_reasons": [
            {"key": f"reason-{i}", "label": f"Reason {i}", "outcome": "recycle"} for i in range(30)
        ],
        "stakeholders": people,
        "qualification": {
            "mql_threshold": 60,
            "rules": [{"key": f"rule-{i}", "criterion": f"Rule {i}", "kind": "fit", "points": i}
                      for i in range(100)],
            "handoff_fields": [{"key": f"field-{i}", "label": f"Field {i}"} for i in range(20)],
        },
        "cadences": [{"key": "review", "name": "Lead review", "every": "P2W",
                      "attendees": ["person-0", "person-1"]}],
    }


def edited(data: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """About 5 % of the terms touched: 2 % changed, 1 % each added, removed, moved."""
    new = json.loads(json.dumps(data))
    terms: list[dict[str, Any]] = new["terms"]
    count = len(terms)
    for term in rng.sample(terms, count // 50):
        term["agreed_definition"] += " (revised)"
        if rng.random() < 0.3:
            term["name"] += " (renamed)"
    for term in rng.sample(terms, count // 100):
        terms.remove(term)
    for _ in range(count // 100):
        terms.append(terms.pop(rng.randrange(len(terms))))  # a real move: to the end
    for i in range(count // 100):
        terms.insert(rng.randrange(len(terms)), {"key": f"new-{i}", "name": f"New {i}",
                                                  "status": "disputed"})
    new["business_hours"]["end"] = "18:00"
    new["sla_windows"][3]["within"] = "PT2H"
    return new


def bare_keyed_compare(old: dict[str, Any], new: dict[str, Any]) -> int:
    """The least a keyed diff must do: pair every list's items by key and compare them.

    (A plain ``old == new`` stops at the first difference, so it measures nothing.)
    """
    differing = 0
    for name, value in new.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            before = {item["key"]: item for item in old.get(name) or []}
            differing += sum(before.get(item["key"]) != item for item in value)
    return differing


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm caches (pydantic serializers, the Jinja template) outside the timing
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--terms", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    rng = random.Random(4)
    base = agreement(args.terms, rng)
    old: Content = validate_content(base)
    new: Content = validate_content(edited(base, rng))
    old_full, new_full = full_form(old), full_form(new)

    document = diff_document(1, 2, old, new)
    kinds: dict[str, int] = {}
    for change in document["changes"]:
        kinds[change["change"]] = kinds.get(change["change"], 0) + 1

    diff_ms = median_ms(lambda: diff_document(1, 2, old, new), args.runs)
    figures = {
        "full_form of both (model_dump)": median_ms(
            lambda: (full_form(old), full_form(new)), args.runs
        ),
        "json.dumps of both full forms": median_ms(
            lambda: (json.dumps(old_full), json.dumps(new_full)), args.runs
        ),
        "== of every list's items by key": median_ms(
            lambda: bare_keyed_compare(old_full, new_full), args.runs
        ),
    }
    text_ms = median_ms(lambda: render_diff_text(1, 2, old, new), args.runs)
    html_ms = median_ms(lambda: render_diff_html(1, 2, old, new), args.runs)

    print(f"{len(old.terms)} → {len(new.terms)} terms; changes: {kinds}")
    print(f"diff_document         {diff_ms:8.2f} ms  (median of {args.runs} runs,"
          f" goal < {GOAL_MS:.0f} ms)")
    for name, ms in figures.items():
        print(f"  baseline {name:32} {ms:8.2f} ms   diff is {diff_ms / ms:6.1f}×")
    print(f"render_diff_text      {text_ms:8.2f} ms")
    print(f"render_diff_html      {html_ms:8.2f} ms")
    print("OK" if diff_ms < GOAL_MS else "SLOWER THAN THE GOAL")


if __name__ == "__main__":
    main()
