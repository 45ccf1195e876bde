"""Agreements nobody wrote by hand: every optional section on or off, empty lists, texts
at their longest, many scripts. Import, export (YAML and JSON) and import again must
give the same content and the same content hash, through the real store."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaworkshop.export.config_file import build_file, dump_json, dump_yaml, read_config
from slaworkshop.models import content_sha256, full_form
from slaworkshop.models.fields import MAX_TEXT
from slaworkshop.services import AgreementService
from slaworkshop.store import open_store

SCRIPTS = (
    "Zażółć gęślą jaźń ŁÓDŹ ", "Größe Straße Äpfel ", "Ελληνικά κείμενα Ωμέγα ",
    "销售与市场服务协议 株式会社 한국어 ", "اتفاقية مستوى الخدمة ", "עברית ", "🚀✅😀👍🏽🇩🇪 ",
    "e\u0301 \u00a0\u2009 ", "≥ → − … « » „“ ", "'quoted' \"double\" #hash: colon - dash ",
    "yes no on off null ~ true 0o17 1e5 08:00 2026-01-01 ",
)
#: What a text field takes: any character but the controls import refuses.
CHARACTERS = st.characters(
    codec="utf-8",
    exclude_categories=("Cs",),
    exclude_characters="".join(map(chr, [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0),
                                          0xFFFE, 0xFFFF])),
)
text = st.one_of(
    st.just(""),
    st.text(CHARACTERS, max_size=30),
    st.lists(st.sampled_from(SCRIPTS), min_size=1, max_size=4).map("".join),
    st.sampled_from(["a\nb\n", "  leading", "trailing  ", "\ttab", "line\n\nbreaks", "\u2028x",
                     "- list-like", "key: value", "{braces}", "[brackets]", "|", ">", "*star",
                     "&amp", "!bang", "%percent", "@at", "`tick`"]),
)
name = st.one_of(
    st.lists(st.sampled_from(SCRIPTS), min_size=1, max_size=3).map(lambda parts: "".join(parts).strip()),
    st.text(CHARACTERS, min_size=1, max_size=30).filter(lambda s: s.strip()),
)
key = st.from_regex(r"\A[a-z0-9][a-z0-9-]{0,15}\Z")
date = st.dates().filter(lambda d: d.year >= 1).map(lambda d: d.isoformat())
duration = st.sampled_from(["PT4H", "PT30M", "P2D", "P2W", "P6M", "P1Y", "PT1S", "P1DT12H", "PT0.5S"])
number = st.one_of(st.integers(-(2**53 - 1), 2**53 - 1),
                   st.floats(-1e15, 1e15, allow_nan=False, allow_infinity=False))


def keyed(item: Any, max_size: int = 4) -> Any:
    return st.lists(st.tuples(key, item), max_size=max_size, unique_by=lambda pair: pair[0]).map(
        lambda pairs: [{"key": k, **fields} for k, fields in pairs])


def optional(**fields: Any) -> Any:
    """A mapping in which each of ``fields`` may be left out."""
    return st.fixed_dictionaries({}, optional=fields)


@st.composite
def agreements(draw: st.DrawFn) -> dict[str, Any]:
    stakeholders = draw(keyed(optional(role=text, email=st.sampled_from(["", "dana@example.com",
                                                                       "zoë@exämple.de"]),
                                       responsibilities=st.lists(text, max_size=3),
                                       signatory=st.booleans()).flatmap(
        lambda rest: st.fixed_dictionaries({"name": name, "team": st.sampled_from(
            ["marketing", "sales", "leadership", "other"])}).map(lambda req: {**req, **rest}))))
    people = [s["key"] for s in stakeholders]
    person = st.sampled_from(people) if people else st.none()
    persons = st.lists(person, max_size=2, unique=True) if people else st.just([])
    stages = draw(keyed(st.fixed_dictionaries(
        {"name": name, "owner": st.sampled_from(["marketing", "sales", "shared"])},
        optional={"entry_criteria": text, "exit_criteria": text})))
    if stages and draw(st.booleans()):
        stages[draw(st.integers(0, len(stages) - 1))]["handoff"] = True
    stage = st.sampled_from([s["key"] for s in stages]) if stages else st.none()
    personas = draw(keyed(st.fixed_dictionaries({"name": name}, optional={
        "industries": st.lists(text, max_size=3), "geographies": st.lists(text, max_size=2),
        "departments": st.lists(text, max_size=2), "pains": text, "notes": text,
        "buying_role": st.sampled_from(["decision_maker", "influencer", "user"]),
        "company_size": st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)).map(
            lambda t: {"min": min(t), "max": max(t)})})))
    persona = st.sampled_from([p["key"] for p in personas]) if personas else st.none()
    content: dict[str, Any] = {
        "title": draw(name), "organization": draw(name),
        "stakeholders": stakeholders, "stages": stages, "personas": personas,
        "terms": draw(keyed(st.fixed_dictionaries(
            {"name": name, "status": st.sampled_from(["agreed", "disputed", "sunset"])},
            optional={"aliases": st.lists(text, max_size=3), "sales_view": text,
                      "marketing_view": text, "agreed_definition": text, "notes": text}))),
        "titles": draw(keyed(st.fixed_dictionaries(
            {"title": name, "priority": st.sampled_from(["target", "acceptable", "excluded"])},
            optional={"seniority": st.sampled_from(["c_level", "vp", "director", "manager",
                                                    "practitioner"]), "persona": persona}))),
        "sla_windows": draw(keyed(st.fixed_dictionaries(
            {"name": name, "owner": st.sampled_from(["marketing", "sales", "shared"]),
             "within": duration, "clock": st.sampled_from(["business", "calendar"])},
            optional={"start_event": text, "end_event": text, "from_stage": stage,
                      "to_stage": stage, "notes": text,
                      "escalate_to": persons}))),
        "rejection_reasons": draw(keyed(st.fixed_dictionaries(
            {"label": name, "outcome": st.sampled_from(["recycle", "disqualify",
                                                        "return_to_marketing"])},
            optional={"requires_note": st.booleans(), "description": text}))),
    }
    content.update(draw(optional(
        facilitator=text, workshop_date=date, effective_from=date, review_by=date,
        business_hours=st.fixed_dictionaries(
            {"timezone": st.sampled_from(["UTC", "Europe/Warsaw", "Asia/Tokyo", "America/Chicago",
                                          "Asia/Riyadh"]),
             "days": st.lists(st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
                              min_size=1, max_size=7, unique=True),
             "start": st.just("08:00"), "end": st.sampled_from(["17:00", "23:59"])},
            optional={"holidays": st.lists(date, max_size=3)}),
        parking_lot=keyed(st.fixed_dictionaries({"question": name},
                                                optional={"assignee": person})),
        goals=keyed(st.fixed_dictionaries({"statement": name}, optional={
            "metric": text, "target": number, "unit": text,
            "owner": st.sampled_from(["marketing", "sales", "shared"])})),
        qualification=optional(
            mql_threshold=number,
            rules=keyed(st.fixed_dictionaries({"criterion": name, "kind": st.sampled_from(
                ["fit", "behavior"]), "points": st.integers(-1000, 1000)})),
            handoff_fields=keyed(st.fixed_dictionaries({"label": name},
                                                       optional={"required": st.booleans()}))),
        cadences=keyed(st.fixed_dictionaries({"name": name, "every": duration}, optional={
            "attendees": persons, "agenda": text})),
    )))
    return {"format": "slaworkshop/agreement", "format_version": 1, "content": content}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Any:
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('rt') / 'db.sqlite'}", backup_every=None)
    yield AgreementService(store, actor="test")
    store.dispose()


def _round_trip(service: AgreementService, source: bytes, name: str) -> None:
    document = read_config(source, name)
    sha = content_sha256(document.content)
    agreement = service.import_file(document, source=name)
    stored = service.file(agreement, "draft")
    assert stored.content == document.content
    for dump, suffix in ((dump_yaml, ".yaml"), (dump_json, ".json")):
        exported = dump(build_file(stored.content, agreement_id=agreement, version=None))
        again = read_config(exported, f"x{suffix}")
        assert again.content == document.content, suffix
        assert again.content_sha256 == sha == content_sha256(again.content)
        assert full_form(again.content) == full_form(document.content)
        # Exporting what was read back gives the same bytes: nothing drifts.
        assert dump(build_file(again.content, agreement_id=agreement, version=None)) == exported


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(agreements(), st.sampled_from(["yaml", "json"]))
def test_generated_agreements_survive_import_export_import(
    service: AgreementService, data: dict[str, Any], syntax: str
) -> None:
    data = json.loads(json.dumps(data))  # no shared lists: YAML would write them as aliases
    source = dump_yaml(data) if syntax == "yaml" else json.dumps(data, ensure_ascii=False).encode()
    _round_trip(service, source, f"in.{syntax}")


def _longest() -> dict[str, Any]:
    """Every text at its limit, in scripts whose characters take 2 to 4 bytes."""
    long = ("Zażółć 销售 😀 ع " * MAX_TEXT)[:MAX_TEXT]
    return {"format": "slaworkshop/agreement", "format_version": 1, "content": {
        "title": long[:500], "organization": long[:500], "facilitator": long,
        "terms": [{"key": "t", "name": long[:500], "status": "agreed", "aliases": [long] * 3,
                   "sales_view": long, "marketing_view": long, "agreed_definition": long,
                   "notes": long}],
        "stages": [{"key": "s", "name": long[:500], "owner": "shared", "entry_criteria": long,
                    "exit_criteria": long, "handoff": True}],
    }}


def test_texts_at_their_longest_survive_the_round_trip(service: AgreementService) -> None:
    _round_trip(service, dump_yaml(_longest()), "long.yaml")


def test_an_agreement_in_many_scripts_renders_verifies_and_reads_back(tmp_path: Path) -> None:
    """One PDF (a render takes seconds): it verifies, every font is embedded, and the
    names come back out of its text."""
    from pypdf import PdfReader

    from slaworkshop.export.pdf import PdfRequest, config_bytes_for, render_pdf
    from slaworkshop.export.verify import verify_bytes

    names = {"title": "Umowa SLA — Größe — Ελληνικά — 销售与市场服务协议",
             "organization": "Müller & Łódź Sp. z o.o. 株式会社",
             "term": "Κριτήριο 潜在客户 MQL", "person": "Zoë Ñúñez 王芳"}
    data = {"format": "slaworkshop/agreement", "format_version": 1, "content": {
        "title": names["title"], "organization": names["organization"],
        "terms": [{"key": "mql", "name": names["term"], "status": "agreed",
                   "agreed_definition": "Lead mit ≥ 60 Punkten; عميل محتمل 😀"}],
        "stakeholders": [{"key": "z", "name": names["person"], "team": "sales",
                          "signatory": True}],
    }}
    document = read_config(json.dumps(data, ensure_ascii=False).encode(), "x.json")
    document = document.model_copy(update={"content_sha256": content_sha256(document.content)})
    pdf = render_pdf(PdfRequest(document=document, config_json=config_bytes_for(document)))
    report = verify_bytes(pdf, "intl.pdf")
    assert report.ok, report.findings
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    for value in names.values():
        assert value in flat, value
    path = tmp_path / "intl.pdf"
    path.write_bytes(pdf)
    try:
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                                 check=True).stdout.splitlines()[2:]
    except FileNotFoundError:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    assert listing and all(line.split()[-5] == "yes" for line in listing), listing
