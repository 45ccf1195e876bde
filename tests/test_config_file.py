"""Reading and writing config files: the import rules of DESIGN.md, message by message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from agreements import READY, doc, ready

from slaworkshop.export.config_file import build_file, dump_json, dump_yaml, read_config
from slaworkshop.models import DocumentInvalid, content_sha256, validate_content


def refused(data: bytes, name: str = "a.yaml") -> list[str]:
    with pytest.raises(DocumentInvalid) as caught:
        read_config(data, name)
    return [str(p) for p in caught.value.problems]


def test_yaml_1_2_keeps_times_and_no_as_text() -> None:
    # Under YAML 1.1, 17:30 would be the number 1050 and no would be false.
    yaml_text = (
        "format: slaworkshop/agreement\nformat_version: 1\ncontent:\n  title: T\n"
        "  organization: no\n  business_hours:\n    timezone: Europe/Berlin\n"
        "    days: [mon]\n    start: 08:00\n    end: 17:30\n"
    )
    document = read_config(yaml_text.encode())
    assert document.content.organization == "no"
    assert document.content.business_hours is not None
    assert document.content.business_hours.end == "17:30"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"format: slaworkshop/agreement\nformat: x\n",
         "the file is not valid YAML: a mapping has the same key twice (line 2, column 1)"),
        (b"a: &x 1\nb: &x 2\n",
         "an anchor is defined twice (line 2, column 4; first at line 1, column 4): give each"
         " anchor a name of its own"),
        (b"format: !!binary aGk=\n",
         "the YAML tag tag:yaml.org,2002:binary is not allowed in a config (line 1, column 9)"),
        # YAML 1.2 reads "! 60" as the text "60"; PyYAML and libyaml read the number 60
        (b"format: slaworkshop/agreement\nformat_version: ! 1\n",
         "the YAML tag ! is not allowed in a config (line 2, column 17); remove it"),
        (b"a: &x [[[[[[[[[[1]]]]]]]]]]\nb: [[[*x]]]\n",
         "the file is nested too deeply to be an agreement"),
        (b"format: !!python/object/apply:os.system [ls]\n",
         "the YAML tag tag:yaml.org,2002:python/object/apply:os.system is not allowed in a"
         " config (line 1, column 9)"),
        (b"- just\n- a list\n", "the file must hold a mapping of fields at the top"),
        # a text file of 5 MB was told no field takes more than 20,000 characters (tryout)
        (b"word " * 1_000_000, "the file must hold a mapping of fields at the top; it holds"
         " a single text of 4,999,999 characters"),
        (b"format: other\nformat_version: 1\ncontent: {}\n",
         "format: must be 'slaworkshop/agreement': this is not a slaworkshop agreement file"),
        (b"format: slaworkshop/agreement\nformat_version: 2\ncontent: {}\n",
         "format_version: 2 is not supported: this release reads format_version 1 (a whole number)"),
        (b"format: slaworkshop/agreement\nformat_version: 1\n", "content: is required"),
        (b"format: slaworkshop/agreement\nformat_version: 1\nextra: 1\n"
         b"content: {title: T, organization: O}\n",
         "extra: is not a known field"),
        (b"\x00\x01binary", "the file holds binary data, not YAML or JSON text"),
        (b"\xff\xfe\xfa", "the file is not UTF-8 text (byte 0xFF at line 1, column 1); save it"
                          " as UTF-8, the encoding of a config"),
        # where the stray byte is: a Windows curly quote in a long file (fuzzing); a
        # byte-order mark is no column (review)
        (b"\xef\xbb\xbf\x93format: x\n", "the file is not UTF-8 text (byte 0x93 at line 1,"
                                          " column 1)"),
        (b"\xef\xbb\xbf\x93format: x\n", "the file is not UTF-8 text (byte 0x93 at line 1, column 1)"),
        (b"\xef\xbb\xbfformat: x\nfacilitator: Mo \xc3\xa9 \x93Quote\x94\n",
         "the file is not UTF-8 text (byte 0x93 at line 2, column 19)"),
        (b"key: [unclosed\n", "the file is not valid YAML"),
        # found only at the end of the file; where the quote opened is what helps
        (b"format: slaworkshop/agreement\ncontent:\n  title: \"Unclosed\n  organization: X\n",
         "the file is not valid YAML: found unexpected end of stream (line 5, column 1) in"
         " the quoted text that starts at line 3, column 10"),
        (b"---\na: 1\n---\nb: 2\n", "the file must hold exactly one YAML document"),
        (b"  \n\n", "the file is empty: a config holds format, format_version and content"),
    ],
)
def test_unreadable_files_are_refused_with_one_message(data: bytes, expected: str) -> None:
    found = refused(data)
    assert any(line.startswith(expected) for line in found), found


def test_anchors_aliases_and_core_tags_are_read_as_yaml_1_2() -> None:
    """YAML 1.2 has anchors and aliases, and ``!!str`` to keep a value text; a safe loader
    reads them, and so does import (an alias counts as what it expands to)."""
    document = read_config(
        b"format: slaworkshop/agreement\nformat_version: 1\ncontent:\n"
        b"  title: !!str 2026\n  organization: &org Northwind\n  facilitator: *org\n"
        b"  terms:\n"
        b"    - {key: a, name: A, status: agreed, aliases: &both [Hot lead, Level 1]}\n"
        b"    - {key: b, name: B, status: agreed, aliases: *both}\n")
    content = document.content
    assert (content.title, content.organization, content.facilitator) == (
        "2026", "Northwind", "Northwind")
    assert content.terms[0].aliases == content.terms[1].aliases == ["Hot lead", "Level 1"]


def test_aliases_count_as_what_they_expand_to() -> None:
    """Ten aliases of ten aliases of … (the "billion laughs"): refused by the value
    limit while parsing, before anything is built."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 7):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    assert refused("\n".join(lines).encode()) == [
        "the file holds more than 500,000 values; no agreement holds as many"]


def test_aliases_count_as_the_text_they_stand_for() -> None:
    """A 60 KB file of aliases to one long note stood for gigabytes of text: import ran
    for minutes and ended out of memory. The text an alias stands for now counts."""
    lines = ["content:", "  notes: &note " + "x" * 19_000,
             "  a: &many [" + ", ".join(["*note"] * 2_000) + "]"]
    lines += [f"  b{i}: *many" for i in range(5)]
    assert refused("\n".join(lines).encode()) == [
        "the file's aliases stand for more than 20 MB of text; no agreement holds as much"]


@pytest.mark.parametrize("tagged", [b"!!float x", b"!!int 1.5", b"!!bool yes", b"!!null Dana",
                                    b"!!seq abc"])
def test_tags_other_than_str_are_refused(tagged: bytes) -> None:
    """A tag forces a type whatever the text says: ``!!bool yes`` was read as false and
    ``!!float x`` ended in an internal error. Only ``!!str`` is read."""
    found = refused(b"format: slaworkshop/agreement\nformat_version: 1\n"
                    b"content: {title: T, organization: O, facilitator: " + tagged + b"}\n")
    [line] = found
    assert line.startswith("the YAML tag tag:yaml.org,2002:") and line.endswith(
        "is not allowed in a config (line 3, column 51); remove it")


def test_json_duplicate_key_and_nan_are_refused_with_their_place() -> None:
    """Python's JSON reader gives its hooks no position, so these refusals named no line
    (every YAML refusal does); the place is now found by reading the file again."""
    assert refused(b'{"format": 1, "format": 2}', "a.json") == [
        "a JSON object has the key 'format' twice (in the object that starts at line 1,"
        " column 1)"
    ]
    assert refused(b'{"content": {\n  "terms": [{"key": "a", "b": {"c": 1}},\n'
                   b'    {"key": "a",\n     "key": "b"}]}}', "a.json") == [
        "a JSON object has the key 'key' twice (in the object that starts at line 3,"
        " column 5)"
    ]
    assert refused(b'{"a": NaN}', "a.json") == [
        "the file is not valid JSON: NaN is not a number (line 1, column 7)"]
    # Text that looks like a constant or a number is not one.
    assert refused(b'{"a": "NaN \\" Infinity 1234",\n "b": [1.5e3, -Infinity]}', "a.json") == [
        "the file is not valid JSON: -Infinity is not a number (line 2, column 15)"]
    assert refused(b'{"a": 1.' + b"9" * 150 + b',\n "b": ' + b"9" * 101 + b"}", "a.json") == [
        "the file holds a number of 101 digits; no number in an agreement has more than 100"
        " (line 2, column 7)"]


def test_deep_nesting_is_refused_without_recursion_error() -> None:
    assert refused(b"[" * 100_000, "a.json") == ["the file is nested too deeply to be an agreement"]
    assert refused(b"a:\n" + b"".join(b" " * i + b"- \n" for i in range(1, 40))) == [
        "the file is nested too deeply to be an agreement"
    ]


def test_a_recorded_hash_that_does_not_match_is_refused() -> None:
    data = doc()
    data["content_sha256"] = content_sha256(validate_content(READY))
    assert read_config(json.dumps(data).encode(), "a.json").content.title == "Ready agreement"
    data["content"]["title"] = "Edited after export"
    (message,) = refused(json.dumps(data).encode(), "a.json")
    assert message.startswith(
        "content_sha256: does not match the content: the file was changed after it was exported"
    )
    assert message.endswith("; to import the edited content, delete the content_sha256 line")


def _hash_off_by_its_last_digit() -> tuple[bytes, str, str]:
    """The READY export with its recorded hash changed in the 64th hex digit only."""
    actual = content_sha256(validate_content(READY))
    recorded = actual[:-1] + ("0" if actual[-1] != "0" else "1")
    data = doc()
    data["content_sha256"] = recorded
    return json.dumps(data).encode(), recorded, actual


def test_a_recorded_hash_wrong_only_in_its_last_digit_is_refused() -> None:
    # Every digit counts: the message shows only the first twelve of each hash, which
    # here are the same, but the file was still changed after it was exported.
    data, recorded, actual = _hash_off_by_its_last_digit()
    assert recorded != actual and recorded[:63] == actual[:63]
    assert refused(data, "a.json") == [
        "content_sha256: does not match the content: the file was changed after it was exported"
        f" (recorded {recorded[:12]}…, content has {actual[:12]}…); to import the edited"
        " content, delete the content_sha256 line"
    ]


def test_import_of_a_hash_wrong_only_in_its_last_digit_exits_2_and_changes_nothing(
        sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from slaworkshop.cli.main import main

    good = tmp_path / "good.json"
    good.write_text(json.dumps(doc()))
    assert main(["import", str(good), "--db", sqlite_url]) == 0
    capsys.readouterr()
    assert main(["list", "--format", "json", "--db", sqlite_url]) == 0
    listed = capsys.readouterr().out
    assert len(json.loads(listed)) == 1

    data, recorded, actual = _hash_off_by_its_last_digit()
    path = tmp_path / "edited.json"
    path.write_bytes(data)
    assert main(["import", str(path), "--db", sqlite_url]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "slaworkshop: error: content_sha256: does not match the content: the file was changed"
        f" after it was exported (recorded {recorded[:12]}…, content has {actual[:12]}…); to"
        " import the edited content, delete the content_sha256 line\n"
    )
    assert main(["list", "--format", "json", "--db", sqlite_url]) == 0
    assert capsys.readouterr().out == listed


def test_an_edited_export_imports_once_its_hash_line_is_deleted() -> None:
    """What the refusal tells the user to do is enough: the edit is then read as is."""
    data = doc()
    data["content_sha256"] = content_sha256(validate_content(READY))
    data["content"]["title"] = "Edited after export"
    del data["content_sha256"]
    assert read_config(json.dumps(data).encode(), "a.json").content.title == "Edited after export"


def test_signature_must_name_a_stakeholder() -> None:
    data = doc(
        signatures=[{"stakeholder": "ghost", "name": "G", "signed_at": "2026-06-12T16:00:00Z",
                     "content_sha256": "0" * 64}]
    )
    assert refused(json.dumps(data).encode(), "a.json") == [
        "signatures[0].stakeholder: 'ghost' is not the key of any stakeholder"
    ]


@pytest.mark.parametrize("dump", [dump_json, dump_yaml])
def test_export_then_import_gives_the_same_content_and_hash(dump, example_bytes: bytes) -> None:  # type: ignore[no-untyped-def]
    original = read_config(example_bytes, "example.yaml")
    written = dump(build_file(original.content, agreement_id=None, version=None))
    again = read_config(written, "again.yaml" if dump is dump_yaml else "again.json")
    assert again.content == original.content
    assert again.content_sha256 == content_sha256(original.content)


def test_yaml_export_quotes_what_a_yaml_1_1_reader_would_mistype(example_bytes: bytes) -> None:
    document = read_config(example_bytes, "example.yaml")
    written = dump_yaml(build_file(document.content, agreement_id=None, version=None))
    # PyYAML is a YAML 1.1 reader: times must stay text, dates must stay text.
    loaded = yaml.safe_load(written)
    assert loaded["content"]["business_hours"]["start"] == "08:00"
    assert loaded["content"]["workshop_date"] == "2026-06-10"


@pytest.mark.parametrize(
    ("envelope", "expected"),
    [
        ({"content_sha256": "ABC"},
         "content_sha256: must be a SHA-256 written as 64 lowercase hexadecimal characters"),
        ({"agreement_id": "not-a-uuid"},
         "agreement_id: must be a UUID such as 6d1f4c0e-3a52-4c55-9d0e-5b7f2d3e9a11"),
        ({"version": {"number": 1, "status": "final"}},
         "version.status: must be draft, saved, proposed, signed or superseded, not 'final'"),
        ({"signatures": [{"stakeholder": "dana", "name": "Dana", "signed_at": "yesterday",
                          "content_sha256": "0" * 64}]},
         "signatures[0].signed_at: must be a timestamp such as 2026-06-12T16:00:00Z"),
        ({"version": {"created_at": "2026-13-45T99:99:99Z"}},
         "version.created_at: is not a real date and time"),
        ({"signatures": [{"stakeholder": "dana", "name": "Dana", "signed_at": "2026-02-30T10:00:00Z",
                          "content_sha256": "0" * 64}]},
         "signatures[0].signed_at: is not a real date and time"),
        ({"format_version": "1"},
         "format_version: '1' is not supported: this release reads format_version 1 (a whole number)"),
        # as the file writes it, not as Python does ("True is not supported")
        ({"format_version": True},
         "format_version: true is not supported: this release reads format_version 1 (a whole number)"),
        ({"format_version": None}, "format_version: is required"),
    ],
)
def test_envelope_errors_name_their_path(envelope: dict[str, object], expected: str) -> None:
    assert refused(json.dumps(doc(**envelope)).encode(), "a.json") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    (b"title: !!str [a, b]\n",
     "the YAML tag !!str is for a single value, not a list or a mapping (line 4, column 10);"
     " remove it"),
    (b"terms: &x [*x]\n",
     "an alias stands for the list or mapping it is in, which would hold itself (line 4,"
     " column 10); no agreement holds itself"),
    (b"true: x\n", "a field name must be text, not true (line 4, column 3)"),
    (b"~: x\n", "a field name must be text, not ~ (null) (line 4, column 3)"),
    (b"1.5: x\n", "a field name must be text, not the number 1.5 (line 4, column 3)"),
])
def test_yaml_that_is_no_config_is_told_in_our_words(body: bytes, expected: str) -> None:
    """PyYAML's own wording ("found unconstructable recursive node") and Python's
    ("not '1'" for the number 1) reached the user (contract review)."""
    head = b"format: slaworkshop/agreement\nformat_version: 1\ncontent:\n  "
    assert refused(head + body) == [expected]


def test_a_file_of_format_alone_is_told_both_what_it_lacks() -> None:
    assert refused(b"format: slaworkshop/agreement\n") == [
        "format_version: is required", "content: is required"]


def test_plain_scalars_resolve_by_the_yaml_1_2_core_schema() -> None:
    from slaworkshop.export import yaml12

    (data,) = yaml12.load_all(
        "dec: 017\noct: 0o17\nhex: 0x1F\nexp: 1.5e3\nsay: yes\ndeny: no\nswitch: on\n"
        "tilde: ~\ntime: 17:30\nday: 2026-06-10\nflag: True\nempty: ''\nbare:\n"
    )
    assert data == {
        "dec": 17, "oct": 15, "hex": 31, "exp": 1500.0, "say": "yes", "deny": "no",
        "switch": "on", "tilde": None, "time": "17:30", "day": "2026-06-10", "flag": True,
        "empty": "", "bare": None,
    }


@pytest.mark.parametrize(
    "text", ["1e5", "1E+5", "-1e-5", ".5e3", "0o17", "0o7", "+12", "0x1F", "1.", ".inf", "-.Inf",
             ".NaN", "~", "Null", "TRUE", "False", "0", "-0", "017", "1_000"],
)
def test_text_that_yaml_1_2_reads_as_a_number_survives_a_yaml_round_trip(text: str) -> None:
    # PyYAML's emitter quotes by YAML 1.1 rules; "1e5" and "0o17" are numbers only in 1.2.
    content = validate_content(
        ready(title=text, terms=[{"key": "mql", "name": text, "status": "agreed",
                                  "aliases": [text], "agreed_definition": text}])
    )
    written = dump_yaml(build_file(content, agreement_id=None, version=None))
    again = read_config(written, "again.yaml")
    assert again.content == content
    assert again.content_sha256 == content_sha256(content)


def test_schema_states_the_key_date_time_and_duration_rules() -> None:
    import re

    from slaworkshop.export.schema import config_schema

    defs = config_schema()["$defs"]

    def matches(node: dict[str, object], value: str) -> bool:
        branches = node.get("anyOf", [node])
        return any(
            b.get("type") in ("string", ["string", "null"])  # type: ignore[union-attr]
            and re.search(str(b.get("pattern", "")), value)  # type: ignore[union-attr]
            for b in branches  # type: ignore[union-attr]
        )

    term_key = defs["Term"]["properties"]["key"]
    assert matches(term_key, "sales-accepted-2") and not matches(term_key, "Sales Accepted")
    persona_ref = defs["Title"]["properties"]["persona"]
    assert matches(persona_ref, "ops-lead") and matches(persona_ref, "")  # "" means no reference
    assert not matches(persona_ref, "Ops Lead")
    escalate = defs["SlaWindow"]["properties"]["escalate_to"]["items"]
    assert matches(escalate, "dana") and not matches(escalate, "Dana")
    workshop_date = defs["Content"]["properties"]["workshop_date"]
    assert matches(workshop_date, "2026-06-10") and matches(workshop_date, "")
    assert not matches(workshop_date, "10.06.2026")
    holiday = defs["BusinessHours"]["properties"]["holidays"]["items"]
    assert matches(holiday, "2026-12-25") and not matches(holiday, "")
    start = defs["BusinessHours"]["properties"]["start"]
    assert matches(start, "08:00") and matches(start, "23:59")
    assert not matches(start, "8:00") and not matches(start, "24:00")
    within = defs["SlaWindow"]["properties"]["within"]
    for duration in ("PT4H", "P2D", "P2W", "P6M", "P1Y2M3DT4H5M6.5S", "PT0.5S", "PT1.5H", "P0,5D"):
        assert matches(within, duration), duration
    for wrong in ("P", "PT", "P1DT", "4h", "pt4h", "P1H"):
        assert not matches(within, wrong), wrong
    title = defs["Content"]["properties"]["title"]
    assert matches(title, "SLA") and not matches(title, "  ")
    assert defs["BusinessHours"]["properties"]["days"]["uniqueItems"] is True
    email = defs["Stakeholder"]["properties"]["email"]
    assert matches(email, "dana@example.com") and matches(email, "")
    assert not matches(email, "dana at example")


def test_schema_states_bounds_in_json_schema_keywords() -> None:
    """Validators ignore keywords JSON Schema does not define: a bound written as "ge"
    let the schema accept company_size.min: -5, which import refuses."""
    from slaworkshop.export.schema import config_schema

    schema = config_schema()

    def keys(node: object) -> set[str]:
        if isinstance(node, dict):
            return set(node) | {k for value in node.values() for k in keys(value)}
        if isinstance(node, list):
            return {k for value in node for k in keys(value)}
        return set()

    assert not keys(schema) & {"ge", "gt", "le", "lt"}
    defs = schema["$defs"]
    for node in (defs["CompanySize"]["properties"]["min"],
                 defs["CompanySize"]["properties"]["max"],
                 defs["VersionInfo"]["properties"]["number"]):
        [integer] = [b for b in node["anyOf"] if b.get("type") == "integer"]
        assert integer["minimum"] == 0


def test_schema_allows_null_wherever_import_reads_it_as_the_empty_value() -> None:
    from slaworkshop.export.schema import config_schema

    schema = config_schema()
    nodes = {"": schema, **schema["$defs"]}
    for name, node in nodes.items():
        for field, prop in node["properties"].items():
            if field in node.get("required", []):
                continue
            types = [prop.get("type")] + [b.get("type") for b in prop.get("anyOf", [])]
            flat = [t for entry in types for t in (entry if isinstance(entry, list) else [entry])]
            assert "null" in flat, f"{name}.{field}"
    # Checked against the model: null in each of those places is accepted.
    data = doc(version={"label": None, "number": None}, signatures=None)
    data["content"].update(facilitator=None, parking_lot=None, goals=None)
    data["content"]["terms"][0].update(aliases=None, notes=None)
    data["content"]["stages"][0]["handoff"] = None
    assert read_config(json.dumps(data).encode(), "a.json").content.facilitator == ""


def test_a_large_json_file_is_not_read_twice_to_place_a_refused_key(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Placing the key meant reading the file again with Python's own JSON reader: 10 s
    more for a 20 MB file of tiny objects (review). Above a megabyte the refusal is
    said without its place."""
    from slaworkshop.export import config_json, json_places

    calls: list[int] = []
    monkeypatch.setattr(json_places, "refused_object", lambda *a, **k: calls.append(1))
    padding = '"' + "x" * (config_json.MAX_PLACED_JSON + 10) + '"'
    data = ('{"notes": ' + padding + ', "a": 1, "a": 2}').encode()
    assert refused(data, "a.json") == ["a JSON object has the key 'a' twice"]
    assert calls == []


def test_line_and_paragraph_separators_are_written_escaped_and_read_as_text() -> None:
    """PyYAML wrote U+2029 as it was and indented the text after it, as after a line
    break: YAML 1.2 readers got 'Para\\u2029    graph' and another hash (contract review)."""
    content = validate_content(ready(title="Para\u2029graph", organization="Line\u2028sep",
                                     facilitator="One\nTwo\u2028Three"))
    written = dump_yaml(build_file(content, agreement_id=None, version=None))
    text = written.decode("utf-8")
    assert "\u2028" not in text and "\u2029" not in text
    assert 'title: "Para\\Pgraph"' in text and 'organization: "Line\\Lsep"' in text
    again = read_config(written, "again.yaml")
    assert again.content == content
    assert again.content_sha256 == content_sha256(content)


def test_yaml_1_1_line_breaks_are_read_as_the_characters_yaml_1_2_says_they_are() -> None:
    head = b"format: slaworkshop/agreement\nformat_version: 1\ncontent:\n"
    # Plain U+2028 and U+2029 are text (libyaml refused them, at line 6 of 5 lines)...
    plain = read_config(head + "  title: Para\u2029graph\n  organization: Line\u2028sep\n"
                        .encode(), "plain.yaml")
    assert (plain.content.title, plain.content.organization) == ("Para\u2029graph", "Line\u2028sep")
    # ...and a NEL in quotes is the C1 control it is, not a space (libyaml folded it).
    assert refused(head + '  title: "C1\u0085x"\n  organization: B\n'.encode()) == [
        "content.title: contains a control character (U+0085)"]
    # A key holding one is quoted with it, not with what stood in for it.
    assert refused(head + "  title: T\n  organization: O\n  ti\u2028tle: x\n".encode()) == [
        "content['ti\\u2028tle']: is not a known field"]


def test_a_value_that_does_not_print_is_quoted_with_each_character_escaped_once() -> None:
    data = {"format": "slaworkshop/agreement", "format_version": 1,
            "content": {"title": "T", "organization": "O", "stages": [
                {"key": "a", "name": "A", "owner": "\x1b[2Jops\u202eevil"}]}}
    assert refused(json.dumps(data).encode()) == [
        "content.stages[0].owner: must be marketing, sales or shared,"
        " not '\\x1b[2Jops\\u202eevil'"]


def test_an_earlier_releases_export_with_a_paragraph_separator_still_reads() -> None:
    """Earlier releases wrote U+2029 as it was and indented after it, and read it back
    as a line break. Such a file, signed, must keep its hash: it is read that way when
    that alone makes the recorded hash hold."""
    content = validate_content(ready(title="Para\u2029graph"))
    earlier = (
        "format: slaworkshop/agreement\nformat_version: 1\n"
        f"content_sha256: {content_sha256(content)}\ncontent:\n"
        "  title: 'Para\u2029    graph'\n"
    ).encode() + dump_yaml(build_file(content, agreement_id=None, version=None)).split(
        b"content:\n", 1)[1].split(b"\n", 1)[1]  # the rest of the content as exported
    assert read_config(earlier, "earlier.yaml").content == content
    from slaworkshop.export.verify import verify_config

    report = verify_config(earlier, "earlier.yaml")
    assert report.ok and report.content_sha256 == content_sha256(content), report.findings
    # Not a way around the hash: other content is still refused.
    edited = earlier.replace(b"graph'", b"graph!'")
    assert refused(edited)[0].startswith("content_sha256: does not match the content")


@pytest.mark.parametrize("hours", [
    {}, {"timezone": None, "days": None, "start": None, "end": None},
    {"timezone": "", "days": [], "start": "", "end": "", "holidays": []},
])
def test_business_hours_of_empty_fields_mean_none_as_absent_does(hours: dict[str, object]) -> None:
    """`business_hours: {}` was refused with four "is required" lines, where an empty
    company size or qualification reads as none (contract review)."""
    data = doc()
    data["content"]["business_hours"] = hours
    read = read_config(json.dumps(data).encode(), "a.json").content
    del data["content"]["business_hours"]
    absent = read_config(json.dumps(data).encode(), "a.json").content
    assert read.business_hours is None and read == absent
    assert content_sha256(read) == content_sha256(absent)
    from slaworkshop.export.schema import config_schema

    node = config_schema()["$defs"]["Content"]["properties"]["business_hours"]
    empty = [b for b in node["anyOf"] if b.get("type") == "object"]
    assert len(empty) == 1 and set(empty[0]["properties"]) == {
        "timezone", "days", "start", "end", "holidays"}


def test_business_hours_with_anything_in_them_are_still_checked_whole() -> None:
    data = doc()
    data["content"]["business_hours"] = {"timezone": "UTC"}
    assert refused(json.dumps(data).encode(), "a.json") == [
        "content.business_hours.days: is required", "content.business_hours.start: is required",
        "content.business_hours.end: is required"]


def test_a_stand_in_never_turns_text_of_the_file_into_a_line_separator() -> None:
    """A file that names the stand-in by an escape kept it, changed: as .yaml a JSON
    file read "\ue000" as U+2028 (review). Stand-ins are characters the file does not
    hold or name."""
    from slaworkshop.export.config_parse import parse_config_bytes

    data = 'a: "x\u2028y"\nb: "\\ue000"\nc: "\\U00100000"\nd: "\U00100001"\n'.encode()
    assert parse_config_bytes(data, "f.yaml") == {
        "a": "x\u2028y", "b": "\ue000", "c": "\U00100000", "d": "\U00100001"}


def test_a_message_quoting_a_key_quotes_its_line_separator() -> None:
    head = "format: slaworkshop/agreement\nformat_version: 1\ncontent:\n  title: T\n"
    found = refused((head + "  no\u2028tes: " + "x" * 40_001 + "\n").encode())
    assert found[0].startswith("content['no\\u2028tes']: holds 40,001 characters"), found


def test_text_after_a_line_separator_is_not_taken_for_a_comment_to_match_a_hash() -> None:
    """YAML 1.1 reads "\u2028# …" on a line as a comment, YAML 1.2 as text: a file
    edited so would have verified by its old hash, its title longer (review)."""
    content = validate_content(ready(title="Plain title"))
    exported = dump_yaml(build_file(content, agreement_id=None, version=None)).decode()
    edited = exported.replace("title: Plain title",
                              "title: Plain title\u2028# and any list a vendor sells")
    assert edited != exported
    assert refused(edited.encode())[0].startswith("content_sha256: does not match the content")
    from slaworkshop.export.verify import verify_config

    assert not verify_config(edited.encode(), "edited.yaml").ok
