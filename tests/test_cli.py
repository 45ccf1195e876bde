"""The command line contract: outputs, JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from agreements import doc, ready

from slaworkshop.cli.main import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "northwind-agreement.yaml"


class Cli:
    def __init__(self, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db_url = db_url
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main([*args, "--db", self.db_url])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert (code, err) == (0, ""), err
        return out

    def json(self, *args: str) -> object:
        return json.loads(self.ok(*args, "--format", "json"))


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_url, capsys)


def write(tmp_path: Path, data: dict[str, object], name: str = "a.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return str(path)


def test_import_list_save_history_export(cli: Cli, tmp_path: Path) -> None:
    out = cli.ok("import", str(EXAMPLE))
    agreement = out.strip().splitlines()[-1]
    assert cli.json("list") == [
        {
            "id": agreement,
            "title": "Sales and marketing service-level agreement",
            "organization": "Northwind Clinical Supply",
            "latest_version": None,
            "status": "draft",
        }
    ]
    assert cli.ok("save", agreement, "--label", "after Q2 summit").strip() == "1"
    assert cli.ok("save", agreement).strip() == "1"  # identical draft: no new version
    history = cli.json("history", agreement)
    assert isinstance(history, list) and len(history) == 1
    assert set(history[0]) == {"number", "status", "label", "created_at", "content_sha256",
                               "signatures"}
    assert (history[0]["number"], history[0]["status"], history[0]["label"]) == (
        1, "saved", "after Q2 summit"
    )
    exported = tmp_path / "out.json"
    cli.ok("export", agreement, "--config", str(exported))
    data = json.loads(exported.read_text())
    assert data["version"]["number"] == 1 and data["version"]["status"] == "saved"
    assert data["content_sha256"] == history[0]["content_sha256"]
    assert data["agreement_id"] == agreement
    # Re-import of the export: a new agreement, same content hash.
    second = cli.ok("import", str(exported)).strip().splitlines()[-1]
    assert second != agreement
    cli.ok("save", second)
    assert cli.json("history", second)[0]["content_sha256"] == data["content_sha256"]  # type: ignore[index]


def test_import_failure_changes_nothing_and_names_each_problem(cli: Cli, tmp_path: Path) -> None:
    bad = doc(ready(stages=[{"key": "a", "name": "A", "owner": "ops"}], titles="x"))
    code, out, err = cli("import", write(tmp_path, bad))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "slaworkshop: error: content.stages[0].owner: must be marketing, sales or shared, not 'ops'",
        "slaworkshop: error: content.titles: must be a list",
        # The windows still name the stages the file no longer has: problems too.
        "slaworkshop: error: content.sla_windows[0].from_stage: 'learner' is not the key of any stage",
        "slaworkshop: error: content.sla_windows[0].to_stage: 'mql' is not the key of any stage",
    ]
    assert cli.json("list") == []


def test_import_reports_structural_and_cross_item_problems_together(
    cli: Cli, tmp_path: Path
) -> None:
    # DESIGN.md: one message per problem. A wrong enum value must not hide a duplicate
    # key, a dangling reference or a second handoff stage elsewhere in the same file.
    content = ready(
        terms=[{"key": "mql", "name": "MQL", "status": "agreed", "agreed_definition": "x"},
               {"key": "mql", "name": "Again", "status": "agreed"}],
        titles=[{"key": "vp-ops", "title": "VP", "priority": "target", "persona": "nobody"}],
    )
    content["stages"][0].update(owner="ops", handoff=True)
    content["sla_windows"][0]["escalate_to"] = ["dana", "ghost"]
    bad = doc(content, signatures=[{"stakeholder": "zed", "name": "Z", "signed_at": "2026-06-12T16:00:00Z",
                                    "content_sha256": "0" * 64}])
    code, out, err = cli("import", write(tmp_path, bad))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "slaworkshop: error: content.stages[0].owner: must be marketing, sales or shared, not 'ops'",
        "slaworkshop: error: content.terms[1].key: 'mql' is already the key of content.terms[0]",
        "slaworkshop: error: content.titles[0].persona: 'nobody' is not the key of any persona",
        "slaworkshop: error: content.sla_windows[0].escalate_to[1]: 'ghost' is not the key of any"
        " stakeholder",
        "slaworkshop: error: content.stages[1].handoff: only one stage may be the handoff stage,"
        " and content.stages[0] already is",
        "slaworkshop: error: signatures[0].stakeholder: 'zed' is not the key of any stakeholder",
    ]
    assert cli.json("list") == []


def test_import_takes_every_text_and_list_up_to_the_documented_limits(
    cli: Cli, tmp_path: Path
) -> None:
    # README: text fields hold up to 20,000 characters, names and titles up to 500 (the
    # PDF's cover, headers and signature lines are laid out for that), lists up to 10,000
    # entries: aliases, holidays and references as much as the keyed sections.
    long = ("Zażółć 销售 😀 ع " * 20_000)[:20_000]
    content = ready(title=long[:500], organization=long[:500], facilitator=long)
    content["terms"][0].update(name=long[:500], agreed_definition=long,
                               aliases=[f"a{i}" for i in range(10_000)])
    content["stakeholders"][0]["name"] = long[:500]
    content["business_hours"] = {"timezone": "UTC", "days": ["mon"], "start": "08:00",
                                 "end": "17:00", "holidays": ["2026-12-25"] * 2_000}
    content["sla_windows"][0]["escalate_to"] = ["dana", "sam"] * 500
    agreement = cli.ok("import", write(tmp_path, doc(content))).strip()
    exported = tmp_path / "out.json"
    cli.ok("export", agreement, "--config", str(exported))
    again = json.loads(exported.read_text(encoding="utf-8"))["content"]
    assert again["title"] == again["terms"][0]["name"] == long[:500]
    assert again["facilitator"] == again["terms"][0]["agreed_definition"] == long
    assert len(again["terms"][0]["aliases"]) == 10_000
    assert len(again["business_hours"]["holidays"]) == 2_000
    assert len(again["sla_windows"][0]["escalate_to"]) == 1_000

    content["title"] = content["stakeholders"][0]["name"] = long[:501]
    content["facilitator"] = long + "x"
    code, out, err = cli("import", write(tmp_path, doc(content), "b.json"))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "slaworkshop: error: content.title: is too long (at most 500 characters)",
        "slaworkshop: error: content.facilitator: is too long (at most 20000 characters)",
        "slaworkshop: error: content.stakeholders[0].name: is too long (at most 500 characters)",
    ]
    content["title"] = content["stakeholders"][0]["name"] = long[:500]
    content["facilitator"] = long
    content["terms"][0]["aliases"].append("one too many")
    code, out, err = cli("import", write(tmp_path, doc(content), "c.json"))
    assert (code, out) == (2, "")
    assert err == ("slaworkshop: error: content.terms[0].aliases: has more than 10,000 entries;"
                   " no list of an agreement has more\n")
    assert len(cli.json("list")) == 1  # type: ignore[arg-type]


def test_iso_8601_durations_with_a_decimal_fraction_are_kept_as_written(
    cli: Cli, tmp_path: Path
) -> None:
    # ISO 8601 lets the smallest component carry a decimal fraction, with a point or a
    # comma: PT1.5H is an hour and a half. Kept exactly as written, like P6M.
    windows = [
        {"key": f"w{i}", "name": f"W{i}", "owner": "sales", "within": within, "clock": "business"}
        for i, within in enumerate(["PT1.5H", "P0,5D", "P1DT0.25H", "P2.5W", "PT4H"])
    ]
    content = ready(sla_windows=windows,
                    cadences=[{"key": "c", "name": "C", "every": "P0.5Y"}])
    agreement = cli.ok("import", write(tmp_path, doc(content))).strip()
    exported = tmp_path / "out.json"
    cli.ok("export", agreement, "--config", str(exported))
    again = json.loads(exported.read_text(encoding="utf-8"))["content"]
    assert [w["within"] for w in again["sla_windows"]] == ["PT1.5H", "P0,5D", "P1DT0.25H", "P2.5W",
                                                          "PT4H"]
    assert again["cadences"][0]["every"] == "P0.5Y"

    # Only the smallest component may have a fraction, and zero is still no duration.
    windows[0]["within"], windows[1]["within"] = "PT1.5H30M", "PT0.0S"
    code, out, err = cli("import", write(tmp_path, doc(ready(sla_windows=windows)), "b.json"))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "slaworkshop: error: content.sla_windows[0].within: must be an ISO 8601 duration such as"
        " PT4H, P2D or P2W",
        "slaworkshop: error: content.sla_windows[1].within: must be longer than zero",
    ]
    assert len(cli.json("list")) == 1  # type: ignore[arg-type]


def test_a_whole_number_written_with_an_exponent_or_a_point_is_a_whole_number(
    cli: Cli, tmp_path: Path
) -> None:
    # README: numbers are whole numbers within ±(2^53 − 1), or numbers with a fraction
    # within ±10^15. JSON's 2e15 and 60.0 have no fraction: they are whole numbers.
    content = ready(goals=[{"key": "g", "statement": "S", "target": 2e15}],
                    personas=[{"key": "ops", "name": "Ops", "company_size": {"min": 200.0, "max": 2e3}}],
                    qualification={"mql_threshold": 60.0, "rules": [
                        {"key": "r", "criterion": "C", "kind": "fit", "points": -2.0}]})
    agreement = cli.ok("import", write(tmp_path, doc(content))).strip()
    exported = tmp_path / "out.json"
    cli.ok("export", agreement, "--config", str(exported))
    text = exported.read_text(encoding="utf-8")
    assert '"target": 2000000000000000,' in text and '"mql_threshold": 60,' in text
    assert '"points": -2\n' in text
    assert '"min": 200,' in text and '"max": 2000\n' in text
    code, _out, err = cli("import", write(tmp_path, doc(ready(personas=[
        {"key": "ops", "name": "Ops", "company_size": {"min": 2.5}}])), "b.json"))
    assert (code, err) == (2, "slaworkshop: error: content.personas[0].company_size.min: must be a"
                              " whole number\n")


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_list_or_mapping_beyond_the_limits_is_named_by_its_path(
    cli: Cli, tmp_path: Path, suffix: str
) -> None:
    # DESIGN.md: every structural problem names its path; so do the README's size limits.
    content = ready()
    content["sla_windows"][0]["escalate_to"] = ["dana"] * 10_001
    content["stakeholders"][1] = {**content["stakeholders"][1], **{f"x{i}": 1 for i in range(201)}}
    path = tmp_path / f"big{suffix}"
    for data, expected in (
        (doc(ready(sla_windows=content["sla_windows"])),
         "content.sla_windows[0].escalate_to: has more than 10,000 entries; no list of an"
         " agreement has more"),
        (doc(ready(stakeholders=content["stakeholders"])),
         "content.stakeholders[1]: has more than 200 keys; no part of an agreement has more"),
    ):
        path.write_text(json.dumps(data) if suffix == ".json" else yaml.safe_dump(data))
        code, out, err = cli("import", str(path))
        assert (code, out, err) == (2, "", f"slaworkshop: error: {expected}\n")
    assert cli.json("list") == []


def test_a_yaml_value_far_beyond_any_field_is_refused_by_its_path(cli: Cli, tmp_path: Path) -> None:
    # README: a value of more than 40,000 characters is refused before parsing; the
    # message still names where it is, as every structural problem does.
    data = doc(ready())
    data["content"]["terms"][0]["aliases"] = ["ok", "x" * 40_001]
    path = tmp_path / "long.yaml"
    path.write_text(yaml.safe_dump(data))
    code, out, err = cli("import", str(path))
    assert (code, out) == (2, "")
    assert err == ("slaworkshop: error: content.terms[0].aliases[1]: holds 40,001 characters; no"
                   " field of an agreement takes more than 20,000\n")
    assert cli.json("list") == []


@pytest.mark.parametrize("name", ["a.yaml", "a.yml", "a.json", "a.config"])
def test_json_with_escaped_emoji_reads_the_same_whatever_the_file_is_called(
    cli: Cli, tmp_path: Path, name: str
) -> None:
    # JSON is YAML 1.2 ("YAML or JSON, the same structure"), and most JSON writers escape
    # an emoji as a surrogate pair (\ud83d\ude00), which libyaml refuses to read.
    data = doc(ready(title="Agreement 😀 اتفاقية"))
    path = tmp_path / name
    path.write_text(json.dumps(data))  # ensure_ascii: escapes everything beyond ASCII
    agreement = cli.ok("import", str(path)).strip()
    assert cli.json("list") == [{"id": agreement, "title": "Agreement 😀 اتفاقية",
                                 "organization": "Acme", "latest_version": None,
                                 "status": "draft"}]


def test_import_into_keeps_unsaved_changes(cli: Cli, tmp_path: Path) -> None:
    agreement = cli.ok("import", write(tmp_path, doc())).strip()
    out = cli.ok("import", write(tmp_path, doc(ready(title="Second")), "b.json"), "--into",
                 agreement[:8])
    assert out.splitlines() == [
        "The draft's unsaved changes were kept as version 1 (before import).", agreement
    ]
    assert [h["label"] for h in cli.json("history", agreement)] == ["before import"]  # type: ignore[union-attr]
    assert cli.json("list")[0]["title"] == "Second"  # type: ignore[index]


def test_propose_and_sign(cli: Cli, tmp_path: Path) -> None:
    agreement = cli.ok("import", write(tmp_path, doc())).strip()
    cli.ok("save", agreement)
    assert cli.ok("propose", agreement).strip() == "1"
    code, _out, err = cli("sign", agreement, "--stakeholder", "lee")
    assert (code, err) == (2, "slaworkshop: refused: Lee Ops (lee) is not a signatory of this "
                              "agreement; the signatories are dana, sam\n")
    code, _out, err = cli("sign", agreement, "--stakeholder", "danna")
    assert (code, err) == (2, "slaworkshop: error: 'danna' is not a stakeholder of version 1; "
                              "the signatories are dana, sam\n")
    assert cli.ok("sign", agreement, "--stakeholder", "dana") == (
        "Signed version 1; still waiting for: sam.\n"
    )
    assert cli.ok("sign", agreement, "--stakeholder", "sam", "--name", "Sam S.") == (
        "Version 1 is signed by every signatory.\n"
    )
    (version,) = cli.json("history", agreement)  # type: ignore[misc]
    assert version["status"] == "signed"
    assert [s["stakeholder"] for s in version["signatures"]] == ["dana", "sam"]
    assert version["signatures"][1]["name"] == "Sam S."


def test_a_signatory_signs_under_the_name_the_agreement_gives_whatever_it_holds(
        cli: Cli, tmp_path: Path) -> None:
    """A name with a right-to-left override or a line break is a valid stakeholder name,
    but not a valid typed one: signing without --name was refused for it."""
    data = doc()
    names = {"dana": "Dana \u202eelpmaxE", "sam": "Sam\nSeller"}
    for person in data["content"]["stakeholders"]:  # type: ignore[index]
        person["name"] = names.get(person["key"], person["name"])
    agreement = cli.ok("import", write(tmp_path, data)).strip()
    cli.ok("save", agreement)
    cli.ok("propose", agreement)
    cli.ok("sign", agreement, "--stakeholder", "dana")
    cli.ok("sign", agreement, "--stakeholder", "sam")
    (version,) = cli.json("history", agreement)  # type: ignore[misc]
    assert version["status"] == "signed"
    assert [s["name"] for s in version["signatures"]] == list(names.values())
    out = tmp_path / "signed.json"
    cli.ok("export", agreement, "--config", str(out))
    assert cli.ok("verify", str(out)).count("ok:") >= 2


def test_a_signed_export_imported_into_a_fresh_database_is_only_a_draft(
        cli: Cli, tmp_path: Path) -> None:
    """Signatures in a file are claims anyone can type: import takes the content as a
    draft and nothing of the version or its sign-off (DESIGN.md)."""
    source = Cli(f"sqlite:///{tmp_path / 'source.db'}", cli.capsys)
    signed = source.ok("import", write(tmp_path, doc())).strip()
    source.ok("save", signed)
    source.ok("propose", signed)
    source.ok("sign", signed, "--stakeholder", "dana")
    source.ok("sign", signed, "--stakeholder", "sam")
    exported = tmp_path / "signed.json"
    source.ok("export", signed, "--config", str(exported))
    envelope = json.loads(exported.read_text())
    assert envelope["version"]["status"] == "signed"
    assert [s["stakeholder"] for s in envelope["signatures"]] == ["dana", "sam"]

    agreement = cli.ok("import", str(exported)).strip().splitlines()[-1]
    assert cli.json("history", agreement) == []
    assert cli.json("list") == [{"id": agreement, "title": "Ready agreement",
                                 "organization": "Acme", "latest_version": None,
                                 "status": "draft"}]
    from slaworkshop.services import AgreementService
    from slaworkshop.store import open_store

    store = open_store(cli.db_url)
    try:
        actions = [entry.action for entry in AgreementService(store).audit_log(agreement)]
    finally:
        store.dispose()
    assert actions == ["imported"]
    assert "signed" not in actions


def test_propose_refused_lists_readiness_problems(cli: Cli, tmp_path: Path) -> None:
    data = doc(ready(terms=[{"key": "mql", "name": "MQL", "status": "disputed"}]))
    agreement = cli.ok("import", write(tmp_path, data)).strip()
    cli.ok("save", agreement)
    code, _out, err = cli("propose", agreement)
    assert code == 2
    assert err.splitlines() == [
        "slaworkshop: refused: the agreement is not ready to propose for signature; settle"
        " these first:",
        "slaworkshop:   - Terms: “MQL” is still disputed.",
    ]


def test_an_older_version_is_proposed_only_when_it_is_ready(cli: Cli, tmp_path: Path) -> None:
    """Readiness is of the version proposed, not of the latest (mutation audit: checking
    the latest let a version with a disputed term go for signature)."""
    disputed = doc(ready(terms=[{"key": "mql", "name": "MQL", "status": "disputed"}]))
    agreement = cli.ok("import", write(tmp_path, disputed)).strip()
    cli.ok("save", agreement)
    cli.ok("import", write(tmp_path, doc(ready()), "b.json"), "--into", agreement)
    cli.ok("save", agreement)
    code, _out, err = cli("propose", agreement, "--version", "1")
    assert code == 2
    assert err.splitlines()[1:] == ["slaworkshop:   - Terms: “MQL” is still disputed."]
    assert [(v["number"], v["status"]) for v in cli.json("history", agreement)] == [
        (1, "saved"), (2, "saved")]


def test_only_a_proposed_version_is_signed(cli: Cli, tmp_path: Path) -> None:
    """The services' own refusal, not the database's trigger (mutation audit)."""
    agreement = cli.ok("import", write(tmp_path, doc(ready()))).strip()
    cli.ok("save", agreement)
    code, out, err = cli("sign", agreement, "--stakeholder", "dana", "--version", "1")
    assert (code, out) == (2, "")
    assert err == ("slaworkshop: refused: version 1 is saved; only a proposed version can be"
                   " signed\n")
    assert cli.json("history", agreement)[0]["signatures"] == []


def test_diff_json_between_version_and_draft(cli: Cli, tmp_path: Path) -> None:
    agreement = cli.ok("import", write(tmp_path, doc())).strip()
    cli.ok("save", agreement)
    assert cli.json("diff", agreement, "1", "draft") == {"from": 1, "to": "draft", "changes": []}
    cli.ok("import", write(tmp_path, doc(ready(title="New")), "b.json"), "--into", agreement)
    assert cli.json("diff", agreement, "1", "draft") == {
        "from": 1,
        "to": "draft",
        "changes": [{"section": "title", "key": None, "change": "changed",
                     "fields": {"title": {"old": "Ready agreement", "new": "New"}}}],
    }


def _two_versions(cli: Cli, tmp_path: Path) -> str:
    """Version 1 is READY; version 2 has a new title, a shorter window and one more term."""
    agreement = cli.ok("import", write(tmp_path, doc())).strip()
    cli.ok("save", agreement)
    windows = [dict(doc()["content"]["sla_windows"][0], within="PT2H")]
    terms = [*doc()["content"]["terms"], {"key": "sql", "name": "SQL", "status": "disputed"}]
    second = doc(ready(title="Revenue SLA", sla_windows=windows, terms=terms))
    cli.ok("import", write(tmp_path, second, "b.json"), "--into", agreement)
    assert cli.ok("save", agreement).strip() == "2"
    return agreement


def test_diff_as_text_says_old_before_new_under_each_section(cli: Cli, tmp_path: Path) -> None:
    agreement = _two_versions(cli, tmp_path)
    assert cli.ok("diff", agreement, "1", "2", "--format", "text") == (
        "Changes from version 1 to version 2\n"
        "\n"
        "Workshop\n"
        "1 changed\n"
        "  Title: Ready agreement → Revenue SLA\n"
        "\n"
        "Terms\n"
        "1 added\n"
        "  Added “SQL”\n"
        "    Status: Disputed\n"
        "\n"
        "SLA windows\n"
        "1 changed\n"
        "  Changed “Route”\n"
        "    Within: 4 business hours → 2 business hours\n"
    )
    # the other way round, the same changes read backwards
    backwards = cli.ok("diff", agreement, "2", "1", "--format", "text")
    assert backwards.startswith("Changes from version 2 to version 1\n")
    assert "  Title: Revenue SLA → Ready agreement\n" in backwards
    assert "  Removed “SQL”\n" in backwards


def test_diff_as_html_strikes_the_old_value_and_inserts_the_new(cli: Cli, tmp_path: Path) -> None:
    agreement = _two_versions(cli, tmp_path)
    page = cli.ok("diff", agreement, "1", "2", "--format", "html")
    assert page.startswith("<!DOCTYPE html>")
    assert '<h1 dir="auto">Changes from version 1 to version 2</h1>' in page
    assert [line for line in page.splitlines() if line.startswith("<h2>")] == [
        "<h2>Workshop</h2>", "<h2>Terms</h2>", "<h2>SLA windows</h2>"]
    assert (
        '<tr><th scope="row">Title</th><td><del><bdi>Ready agreement</bdi></del>'
        ' <span class="arrow">→</span> <ins><bdi>Revenue SLA</bdi></ins></td></tr>'
    ) in page
    assert (
        '<tr><th scope="row">Within</th><td><del><bdi>4 business hours</bdi></del>'
        ' <span class="arrow">→</span> <ins><bdi>2 business hours</bdi></ins></td></tr>'
    ) in page
    assert '<h3><span class="badge">added</span><bdi>SQL</bdi></h3>' in page
    assert "removed" not in page.split("</style>")[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("history", "no-such-agreement"), "slaworkshop: error: no agreement with the id"),
        (("frobnicate",), "slaworkshop: error: argument COMMAND: invalid choice: 'frobnicate'"),
        (("save",), "slaworkshop: error: the following arguments are required: AGREEMENT"),
        (("export", "x", "--config", "out.txt"),
         "slaworkshop: error: --config out.txt: the file name must end in .yaml, .yml or .json"),
        # --pdf and --config swapped: a PDF under a config's name (known issue, day 6)
        (("export", "x", "--pdf", "out.yaml"),
         "slaworkshop: error: --pdf out.yaml: that is a config file's name; a PDF's name ends"
         " in .pdf"),
        (("import", "/nonexistent/file.yaml"),
         "slaworkshop: error: cannot read /nonexistent/file.yaml: No such file or directory"),
        (("diff", "x", "1", "latest"), "slaworkshop: error: argument B: 'latest' is not a version number"),
        (("export", "x", "--version", "99999999999999999999"),
         "slaworkshop: error: argument --version: there is no version 99999999999999999999"),
        (("diff", "x", "1", "2147483648"), "slaworkshop: error: argument B: there is no version 2147483648"),
        # int() reads these as 1, 2 and 10
        (("export", "x", "--version", "\u0661"), "slaworkshop: error: argument --version: '\u0661' is"
         " not a version number"),
        (("diff", "x", "1", "+2"), "slaworkshop: error: argument B: '+2' is not a version number"),
        (("diff", "x", "1", "1_0"), "slaworkshop: error: argument B: '1_0' is not a version number"),
        # beyond what int() reads: it said "invalid version_ref value" and echoed them all
        (("export", "x", "--version", "9" * 5000),
         "slaworkshop: error: argument --version: there is no version 999999"),
        # bytes that are not UTF-8, as Python hands them over (an internal error before)
        (("history", "\udcff\udcfe"),
         "slaworkshop: error: AGREEMENT is not valid text (it holds bytes that are not UTF-8)"),
        (("save", "x", "--label", "after Q2\udcff"),
         "slaworkshop: error: --label is not valid text (it holds bytes that are not UTF-8)"),
        (("export", "x", "--pdf", "/nonexistent/a\nerror: b/c.pdf"),
         "slaworkshop: error: --pdf /nonexistent/a\\x0aerror: b/c.pdf: the folder"),
    ],
)
def test_bad_input_exits_2_with_one_sentence(cli: Cli, args: tuple[str, ...], message: str) -> None:
    code, out, err = cli(*args)
    assert code == 2 and out == ""
    assert err.startswith(message), err
    assert "Traceback" not in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("query", ["?mode=ro", "?mode=ro&uri=true", "?foo=bar",
                                   "?isolation_level=x"])
def test_sqlite_url_options_it_would_ignore_are_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, query: str) -> None:
    """?mode=ro was ignored with a warning on stderr, and the import wrote the database;
    with uri=true the store wrote a file named 't.db?mode=ro' instead."""
    source = write(tmp_path, doc())
    url = f"sqlite:///{tmp_path}/t.db{query}"
    assert main(["import", source, "--db", url]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"slaworkshop: error: {url} asks for '")
    assert err.endswith("which slaworkshop does not take from an SQLite URL (give the file"
                        " alone, as sqlite:///FILE); nothing was opened\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


@pytest.mark.parametrize(("query", "message"), [
    ("?timeout=abc", "timeout must be a number of seconds from 0 to 3600; nothing was opened"),
    ("?timeout=nan", "timeout must be a number of seconds from 0 to 3600; nothing was opened"),
    ("?timeout=1&timeout=2", "gives timeout 2 times; give it once"),
])
def test_an_sqlite_timeout_sqlite_cannot_use_is_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, query: str, message: str) -> None:
    """It ended in an internal error (ValueError)."""
    assert main(["list", "--db", f"sqlite:///{tmp_path}/t.db{query}"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("slaworkshop: error: ") and err.rstrip().endswith(message), err
    assert list(tmp_path.iterdir()) == []


def test_a_database_url_that_is_not_utf8_is_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["list", "--db", f"sqlite:///{tmp_path}/\udcff.db"]) == 2
    assert capsys.readouterr().err == (
        "slaworkshop: error: --db is not valid text (it holds bytes that are not UTF-8)\n")
    monkeypatch.setenv("SLAWORKSHOP_DB", f"sqlite:///{tmp_path}/\udcff.db")
    assert main(["list"]) == 2
    assert capsys.readouterr().err == (
        "slaworkshop: error: SLAWORKSHOP_DB is not valid text (it holds bytes that are not"
        " UTF-8); set it to a database URL\n")
    assert list(tmp_path.iterdir()) == []


def test_a_file_whose_name_is_not_utf8_is_imported_and_its_name_recorded(
        cli: Cli, tmp_path: Path) -> None:
    import os

    name = os.fsdecode(b"northwind-\xff.yaml")  # a legal name on Linux
    path = tmp_path / name
    path.write_bytes(EXAMPLE.read_bytes())
    agreement = cli.ok("import", str(path)).strip().splitlines()[-1]
    from slaworkshop.services import AgreementService
    from slaworkshop.store import open_store

    store = open_store(cli.db_url)
    try:
        (entry,) = AgreementService(store).audit_log(agreement)
    finally:
        store.dispose()
    assert entry.detail["source"] == "northwind-\\xff.yaml"  # the byte, written out
    code, _out, err = cli("verify", str(tmp_path / os.fsdecode(b"missing-\xff.yaml")))
    assert code == 2 and "missing-\\xff.yaml" in err  # the same in a message, not \xdcff


def test_a_title_with_line_breaks_keeps_to_its_row_in_the_list(cli: Cli, tmp_path: Path) -> None:
    data = doc()
    data["content"]["title"] = "Service levels\n2027\tdraft"  # type: ignore[index]
    agreement = cli.ok("import", write(tmp_path, data)).strip()
    header, row = cli.ok("list").splitlines()
    assert row.startswith(agreement) and "Service levels 2027 draft" in row
    assert cli.json("list")[0]["title"] == "Service levels\n2027\tdraft"  # type: ignore[index]


def test_a_reader_that_stops_reading_gets_no_error_message(cli: Cli, tmp_path: Path) -> None:
    """``slaworkshop list | head -1``: the output's reader goes away, which is no
    problem of the user's (it printed "error: cannot use: Broken pipe")."""
    cli.ok("import", write(tmp_path, doc()))
    process = subprocess.Popen([sys.executable, "-m", "slaworkshop", "list", "--db", cli.db_url],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # long before the command prints its first line
    err = process.stderr.read()
    assert process.wait(timeout=120) == 2
    assert err == b""


def test_password_is_never_printed(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["list", "--db", "postgresql://user:hunter2@127.0.0.1:9/none"])
    err = capsys.readouterr().err
    assert code == 2
    assert "hunter2" not in err and "user:***@127.0.0.1:9" in err


def test_a_password_in_the_query_is_masked_too(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://bob@127.0.0.1:9/sla?password=QueryS3cret&sslpassword=Other5ecret"
    assert main(["list", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "QueryS3cret" not in err and "Other5ecret" not in err
    assert "postgresql://bob@127.0.0.1:9/sla?password=***&sslpassword=***" in err


def test_schema_is_json_schema_of_the_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["required"] == ["format", "format_version", "content"]
    assert "terms" in schema["$defs"]["Content"]["properties"]


def test_commands_without_a_window_never_import_qt(sqlite_url: str) -> None:
    code = (
        "import sys; from slaworkshop.cli.main import main;"
        f" rc = main(['list', '--db', {sqlite_url!r}]);"
        " assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported';"
        " assert 'weasyprint' not in sys.modules, 'weasyprint imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_python_dash_m_entry_point(sqlite_url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "slaworkshop", "list", "--format", "json", "--db", sqlite_url],
        capture_output=True, text=True,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "[]\n", "")


def test_outputs_survive_a_terminal_or_pipe_that_is_not_utf_8(tmp_path: Path) -> None:
    # Windows pipes, LANG=en_US.ISO-8859-1 …: a name in Arabic or an emoji must not turn
    # a successful command into "internal error". Machine output stays exact (JSON in
    # ASCII escapes, the YAML config as the UTF-8 bytes a config file is); people's
    # text shows what it cannot encode as escapes.
    import os

    db = f"sqlite:///{tmp_path / 'enc.db'}"
    data = doc(ready(title="اتفاقية 😀", organization="Zażółć"))
    source = write(tmp_path, data)
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        result = subprocess.run([sys.executable, "-m", "slaworkshop", *args, "--db", db],
                                capture_output=True, env=env)
        assert (result.returncode, result.stderr) == (0, b""), result.stderr
        return result

    agreement = run("import", source).stdout.decode("ascii").strip()
    assert json.loads(run("list", "--format", "json").stdout)[0]["title"] == "اتفاقية 😀"
    exported = yaml.safe_load(run("export", agreement).stdout.decode("utf-8"))
    assert exported["content"]["title"] == "اتفاقية 😀"
    assert "Za\\u017c" in run("list").stdout.decode("ascii")
    run("save", agreement)
    assert json.loads(run("diff", agreement, "1", "draft", "--format", "json").stdout)["changes"] == []


def test_db_comes_from_the_environment(tmp_path: Path) -> None:
    env_db = tmp_path / "env.db"
    import os

    env = {**os.environ, "SLAWORKSHOP_DB": f"sqlite:///{env_db}"}
    result = subprocess.run(
        [sys.executable, "-m", "slaworkshop", "import", str(EXAMPLE)],
        capture_output=True, text=True, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert env_db.exists()


def test_without_a_display_the_window_command_says_so(sqlite_url: str) -> None:
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "slaworkshop", "--db", sqlite_url],
        capture_output=True, text=True, env=env,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("slaworkshop: error: there is no display to open the window on")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("save", "{id}", "--label", "\x1b[2Jevil"),
         "slaworkshop: error: label: contains a control character (U+001B)"),
        (("save", "{id}", "--label", "x" * 501),
         "slaworkshop: error: label: is too long (at most 500 characters)"),
        (("sign", "{id}", "--stakeholder", "dana", "--name", "Dana\x07"),
         "slaworkshop: error: name: contains a control character (U+0007)"),
        (("save", "{id}", "--label", "two\nlines"),
         "slaworkshop: error: label: must be one line (it contains a line break)"),
        (("sign", "{id}", "--stakeholder", "dana", "--name", "Priya \u202eatajaraN\u202c"),
         "slaworkshop: error: name: contains a text-direction control character"),
        (("save", "{id}", "--label", "L\u202aabc"),
         "slaworkshop: error: label: contains a text-direction control character"),
        (("sign", "{id}", "--stakeholder", "dana", "--name", " \u200b\u2060 "),
         "slaworkshop: refused: a signature needs the signer's full name"),
    ],
)
def test_labels_and_typed_names_refuse_control_characters(
    cli: Cli, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    agreement = cli.ok("import", write(tmp_path, doc())).strip()
    cli.ok("save", agreement)
    cli.ok("propose", agreement)
    before = cli.json("history", agreement)
    code, _out, err = cli(*(a.format(id=agreement) for a in args))
    assert (code, err) == (2, message + "\n")
    assert cli.json("history", agreement) == before


def test_listing_loads_neither_the_orm_nor_the_models(sqlite_url: str) -> None:
    from slaworkshop.store import open_store

    open_store(sqlite_url).dispose()  # created and migrated: the usual case for `list`
    code = (
        "import sys; from slaworkshop.cli.main import main;"
        f" rc = main(['list', '--db', {sqlite_url!r}]);"
        " loaded = [m for m in ('sqlalchemy.orm', 'pydantic', 'slaworkshop.models') if m in sys.modules];"
        " assert rc == 0 and not loaded, loaded"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_listing_query_names_the_tables_columns() -> None:
    import re

    from slaworkshop.store.reads import LIST_SQL
    from slaworkshop.store.tables import drafts, versions

    sql = LIST_SQL
    for alias, table in (("d", drafts), ("v", versions)):
        for column in re.findall(rf"\b{alias}\.(\w+)", sql):
            assert column in table.c, f"{alias}.{column} is not a column of {table.name}"


def test_reading_and_writing_documents_never_loads_the_orm(sqlite_url: str, tmp_path: Path) -> None:
    """The store works on connections and Core tables only: ``sqlalchemy.orm`` is a
    tenth of a second of start-up that no command needs."""
    from slaworkshop.store import open_store

    open_store(sqlite_url).dispose()
    code = (
        "import sys; from slaworkshop.cli.main import main;"
        f" rc = main(['import', {str(EXAMPLE)!r}, '--db', {sqlite_url!r}]);"
        " assert rc == 0 and 'sqlalchemy.orm' not in sys.modules, 'ORM loaded'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    agreement = result.stdout.splitlines()[-1]
    code = (
        "import sys; from slaworkshop.cli.main import main;"
        f" rc = main(['save', {agreement!r}, '--db', {sqlite_url!r}]);"
        f" rc += main(['export', {agreement!r}, '--config', {str(tmp_path / 'a.json')!r},"
        f" '--db', {sqlite_url!r}]);"
        f" rc += main(['history', {agreement!r}, '--db', {sqlite_url!r}]);"
        " assert rc == 0 and 'sqlalchemy.orm' not in sys.modules, 'ORM loaded'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


HEAD = b"format: slaworkshop/agreement\nformat_version: 1\n"


@pytest.mark.parametrize(
    ("name", "data", "errors"),
    [
        pytest.param(
            "v.json", b'{"format": "slaworkshop/agreement", "format_version": 1.5, "content": {}}',
            ["format_version: 1.5 is not supported: this release reads format_version 1 (a whole number)"],
            id="format_version-fraction-json",
        ),
        pytest.param(
            "v.yaml", b"format: slaworkshop/agreement\nformat_version: 2.0\ncontent: {}\n",
            ["format_version: 2 is not supported: this release reads format_version 1 (a whole number)"],
            id="format_version-float-yaml",
        ),
        pytest.param(
            "n.yaml", HEAD + b"content: {title: T, organization: O, goals: [{key: g, statement: S,"
            b" target: .nan}, {key: h, statement: S, target: -.inf}, {key: i, statement: S,"
            b" target: 1e400}, {key: j, statement: S, target: 1000000000000000.5},"
            b" {key: k, statement: S, target: 2.5e16}, {key: l, statement: S, target: 2.5e15}]}\n",
            ["content.goals[0].target: must be a finite number",
             "content.goals[1].target: must be a finite number",
             "content.goals[2].target: must be a finite number",
             "content.goals[3].target: must be at most 1000000000000000",
             # 2.5e16 has no fraction: a whole number, beyond what JSON keeps exactly
             # (2.5e15 is one within it, and accepted).
             "content.goals[4].target: must be at most 9007199254740991"],
            id="numbers-not-finite-or-too-large",
        ),
        pytest.param(
            "k.yaml", HEAD + b"content: {title: T, organization: O, 1: x, true: z}\n",
            ["a field name must be text, not the number 1 (line 3, column 38)"],
            id="key-that-is-a-number",
        ),
        pytest.param(
            "k.yaml", HEAD + b"content:\n  title: T\n  ~: x\n", ["a field name must be text, not ~"
                                                              " (null) (line 5, column 3)"],
            id="key-that-is-null",
        ),
        pytest.param(
            "k.yaml", HEAD + b"content:\n  title: T\n  [a]: x\n",
            ["a field name must be text, not a list (line 5, column 3)"],
            id="key-that-is-a-list",
        ),
        pytest.param(
            "w.yaml", (HEAD + b"content: {title: T, organization: O}\n").decode().encode("utf-16"),
            ["the file is UTF-16 text; save it as UTF-8, the encoding of a config"],
            id="utf-16-with-bom",
        ),
        pytest.param(
            "w.json", b'{"format": 1}'.decode().encode("utf-32"),
            ["the file is UTF-32 text; save it as UTF-8, the encoding of a config"],
            id="utf-32-with-bom",
        ),
        pytest.param(
            "i.json", b'{"format": "slaworkshop/agreement", "format_version": 1, "content": {'
            b'"title": "T", "organization": "O", "goals": [{"key": "g", "statement": "S", "target": '
            + b"9" * 5000 + b"}]}}",
            ["the file holds a number of 5,000 digits; no number in an agreement has more than 100"
             " (line 1, column 156)"],
            id="integer-of-5000-digits-json",
        ),
        pytest.param(
            "i.yaml", HEAD + b"content: {title: T, organization: O, goals: [{key: g, statement: S,"
            b" target: -" + b"9" * 5000 + b"}]}\n",
            ["the file holds a number of 5,000 digits; no number in an agreement has more than 100"
             " (line 3, column 77)"],
            id="integer-of-5000-digits-yaml",
        ),
        pytest.param(
            "u.json", b'{"format": "slaworkshop/agreement", "format_version": 1, "content": {'
            b'"title": "T\\ud800", "organization": "O", "terms": [{"key": "a", "name": "A",'
            b' "status": "agreed", "aliases": ["\\udc00"]}]}}',
            ["content.title: is not valid Unicode text (it holds a lone surrogate)",
             "content.terms[0].aliases[0]: is not valid Unicode text (it holds a lone surrogate)"],
            id="lone-surrogates-in-json-text",
        ),
        pytest.param(
            "u.json", b'{"format": "slaworkshop/agreement", "format_version": 1, "content": {'
            b'"title": "T", "organization": "O", "\\ud800x": 1}}',
            ["a JSON object has the key '\\ud800x', which is not valid Unicode text (in the object"
             " that starts at line 1, column 69)"],
            id="lone-surrogate-in-a-json-key",
        ),
    ],
)
def test_hostile_file_exits_2_names_the_place_and_changes_nothing(
    cli: Cli, tmp_path: Path, name: str, data: bytes, errors: list[str]
) -> None:
    agreement = cli.ok("import", write(tmp_path, doc())).strip()
    before = (cli.json("list"), cli.json("history", agreement), cli.ok("export", agreement))
    path = tmp_path / name
    path.write_bytes(data)
    for args in (("import", str(path)), ("import", str(path), "--into", agreement)):
        code, out, err = cli(*args)
        assert (code, out) == (2, "")
        assert err.splitlines() == [f"slaworkshop: error: {line}" for line in errors]
    assert (cli.json("list"), cli.json("history", agreement), cli.ok("export", agreement)) == before


def test_a_stakeholder_named_with_direction_isolates_signs_by_default(
    cli: Cli, tmp_path: Path
) -> None:
    # Isolates are the safe way to set a right-to-left name in a line: allowed in the
    # agreement, and so in the signature that takes the stakeholder's name by default.
    people = [dict(p) for p in doc()["content"]["stakeholders"]]
    people[0]["name"] = "\u2067بريا\u2069 Natarajan"
    agreement = cli.ok("import", write(tmp_path, doc(ready(stakeholders=people)))).strip()
    cli.ok("save", agreement)
    cli.ok("propose", agreement)
    cli.ok("sign", agreement, "--stakeholder", "dana")
    (signature,) = cli.json("history", agreement)[0]["signatures"]
    assert signature["name"] == "\u2067بريا\u2069 Natarajan"


def test_a_command_started_with_its_output_closed_is_refused_before_any_work(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
        sqlite_url: str) -> None:
    """`schema >&-` ended in an internal error, and an import would have been made and
    then not reported (contract review)."""
    example = Path(__file__).resolve().parents[1] / "examples" / "northwind-agreement.yaml"
    monkeypatch.setattr(sys, "stdout", None)
    for args in (["schema"], ["import", str(example), "--db", sqlite_url]):
        assert main(args) == 2
        assert capsys.readouterr().err == (
            "slaworkshop: error: standard output is closed: there is nowhere to write the"
            " result\n")
    monkeypatch.undo()
    assert main(["list", "--format", "json", "--db", sqlite_url]) == 0
    assert capsys.readouterr().out == "[]\n"  # nothing was imported


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_an_import_whose_result_cannot_be_written_says_it_was_made(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`import … >/dev/full` imported and said only "No space left on device" (review)."""
    url = f"sqlite:///{tmp_path / 'full.db'}"
    example = Path(__file__).resolve().parents[1] / "examples" / "northwind-agreement.yaml"
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "slaworkshop", "import", str(example),
                                 "--db", url], stdout=full, stderr=subprocess.PIPE, text=True,
                                check=False)
    assert main(["list", "--format", "json", "--db", url]) == 0
    [imported] = json.loads(capsys.readouterr().out)
    assert result.returncode == 2
    assert result.stderr == (
        f"slaworkshop: error: the file was imported as agreement {imported['id']}, but writing"
        " that to standard output failed: No space left on device\n")


def test_text_for_people_shows_direction_overrides_and_zero_widths_as_escapes(
        cli: Cli, tmp_path: Path) -> None:
    """A title holding U+202E listed "Plan \\u202eexe.fdp" as "Plan fdp.exe", and the text
    diff turned values around the same way (fuzzing). JSON keeps the text exact."""
    content = {"title": "Plan \u202eexe.fdp", "organization": "Acme\u200b"}
    agreement = cli.ok("import", write(tmp_path, {
        "format": "slaworkshop/agreement", "format_version": 1,
        "content": content})).strip().splitlines()[-1]
    listed = cli.ok("list")
    assert "Plan \\u202eexe.fdp" in listed and "Acme\\u200b" in listed
    assert "\u202e" not in listed and "\u200b" not in listed
    assert cli.json("list")[0]["title"] == "Plan \u202eexe.fdp"  # type: ignore[index]
    cli.ok("save", agreement)
    cli.ok("import", write(tmp_path, {
        "format": "slaworkshop/agreement", "format_version": 1,
        "content": {**content, "facilitator": "safe\u202eevil"}}, "b.json"),
        "--into", agreement)
    shown = cli.ok("diff", agreement, "1", "draft")
    assert "safe\\u202eevil" in shown and "\u202e" not in shown
