"""export --pdf and verify through the command line: the signed document and its checks."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from agreements import doc, ready
from pypdf import PdfReader

from slaworkshop.cli.main import main


@pytest.fixture(scope="module")
def signed_twice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Version 1 signed by all, version 2 (one SLA window shorter) signed by all,
    exported as PDF and JSON config."""
    folder = tmp_path_factory.mktemp("docs")
    db = f"sqlite:///{folder / 'db.sqlite'}"
    first = folder / "v1.json"
    first.write_text(json.dumps(doc()))

    def run(*args: str) -> None:
        assert main([*args, "--db", db]) == 0

    run("import", str(first))
    agreement = json.loads(_capture(lambda: main(["list", "--format", "json", "--db", db])))[0]["id"]
    for _ in range(2):
        run("save", agreement)
        run("propose", agreement)
        run("sign", agreement, "--stakeholder", "dana")
        run("sign", agreement, "--stakeholder", "sam")
        windows = [dict(doc()["content"]["sla_windows"][0], within="PT2H")]
        second = folder / "v2.json"
        second.write_text(json.dumps(doc(ready(sla_windows=windows))))
        run("import", str(second), "--into", agreement)
    run("export", agreement, "--version", "2", "--pdf", str(folder / "v2.pdf"),
        "--config", str(folder / "v2.json"))
    return {"pdf": folder / "v2.pdf", "config": folder / "v2.json"}


def _capture(action) -> str:  # type: ignore[no-untyped-def]
    import contextlib

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        action()
    return buffer.getvalue()


def test_the_pdf_carries_the_change_summary_and_the_config(signed_twice: dict[str, Path]) -> None:
    reader = PdfReader(signed_twice["pdf"])
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Changes since version 1, the last signed version" in text
    assert "4 business hours" in text and "2 business hours" in text
    config = json.loads(signed_twice["config"].read_text())
    assert config["content_sha256"] in text.replace("\n", "")
    (attached,) = [data for name, data in reader.attachments.items() for data in data]
    assert attached == signed_twice["config"].read_bytes()


def test_verify_exit_codes(signed_twice: dict[str, Path], tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(signed_twice["pdf"])]) == 0
    assert main(["verify", str(signed_twice["config"])]) == 0
    capsys.readouterr()

    tampered = json.loads(signed_twice["config"].read_text())
    tampered["content"]["sla_windows"][0]["within"] = "PT8H"
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(tampered))
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("slaworkshop: verify failed: the content hash recorded in the file (")

    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(doc()))
    assert main(["verify", str(bare)]) == 1
    assert capsys.readouterr().err == (
        "slaworkshop: verify failed: the file records no content hash and no signatures, so there"
        " is nothing to check\n"
    )

    junk = tmp_path / "junk.yaml"
    junk.write_text("title: not an agreement\n")
    assert main(["verify", str(junk)]) == 2


def test_verify_of_an_exported_pdf_with_one_byte_changed_exits_1(
    signed_twice: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The reviewer's case: a byte changed in a page's drawing, in the embedded config's
    # compressed stream, in the index, in the header. Each is a failed check.
    data = signed_twice["pdf"].read_bytes()
    path = tmp_path / "changed.pdf"
    for position in (3, len(data) // 4, len(data) // 2, len(data) - 30):
        changed = bytearray(data)
        changed[position] ^= 0x10
        path.write_bytes(bytes(changed))
        assert main(["verify", str(path)]) == 1, position
        assert capsys.readouterr().err.splitlines()[0] == (
            "slaworkshop: verify failed: the PDF was changed after export: its bytes do not"
            " match the digest written into it"
        )


def test_verify_of_an_exported_config_with_a_signature_removed_exits_1(
    signed_twice: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = json.loads(signed_twice["config"].read_text())
    assert config["version"]["status"] == "signed"
    config["signatures"] = [s for s in config["signatures"] if s["stakeholder"] != "sam"]
    path = tmp_path / "unsigned.json"
    path.write_text(json.dumps(config))
    assert main(["verify", str(path)]) == 1
    assert capsys.readouterr().err == (
        "slaworkshop: verify failed: the version is signed, but the signature of sam"
        " (Sam Sales), a signatory, is missing\n"
    )


def test_one_export_writes_the_pdf_and_config_of_the_same_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The draft changes (another window autosaves) while ``export --version draft`` runs:
    the PDF and the config it writes still describe one and the same content."""
    from slaworkshop.models import Content
    from slaworkshop.services import AgreementService

    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc()))
    assert main(["import", str(source), "--db", db]) == 0
    agreement = json.loads(_capture(lambda: main(["list", "--format", "json", "--db", db])))[0]["id"]
    read_file = AgreementService.file

    def file_then_someone_edits(self: AgreementService, agreement_id: str, ref=None):  # type: ignore[no-untyped-def]
        document = read_file(self, agreement_id, ref)
        draft = self.draft(agreement_id)
        edited = Content.model_validate(ready(title="Edited in another window"))
        self.update_draft(agreement_id, edited, draft.revision)
        return document

    monkeypatch.setattr(AgreementService, "file", file_then_someone_edits)
    pdf, config = tmp_path / "draft.pdf", tmp_path / "draft.json"
    assert main(["export", agreement, "--version", "draft", "--pdf", str(pdf),
                 "--config", str(config), "--db", db]) == 0
    (attached,) = [data for name, data in PdfReader(pdf).attachments.items() for data in data]
    assert attached == config.read_bytes()
    assert json.loads(config.read_bytes())["content"]["title"] == doc()["content"]["title"]


def test_an_agreement_too_large_to_print_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 400 terms of 15,000 characters: an accepted import (6 MB, under the 20 MB a file
    # may be) that WeasyPrint would lay out for many minutes in gigabytes.
    terms = [{"key": f"t{i}", "name": f"Term {i}", "status": "agreed",
              "agreed_definition": "word " * 3000} for i in range(400)]
    source = tmp_path / "big.json"
    source.write_text(json.dumps(doc(ready(terms=terms))))
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    assert main(["import", str(source), "--db", db]) == 0
    agreement = capsys.readouterr().out.strip().splitlines()[-1]
    pdf, config = tmp_path / "big.pdf", tmp_path / "big.yaml"
    code = main(["export", agreement, "--version", "draft", "--pdf", str(pdf),
                 "--config", str(config), "--db", db])
    err = capsys.readouterr().err
    assert code == 2
    assert err == ("slaworkshop: error: content: is 6.1 MB of text; a PDF is made of at most"
                   " 5 MB (about 2,500 pages): export the config alone, or move long texts"
                   " out of the agreement\n")
    assert not pdf.exists() and not config.exists()
    # The config alone is still exported.
    assert main(["export", agreement, "--version", "draft", "--config", str(config),
                 "--db", db]) == 0
    assert config.stat().st_size > 5_000_000


def test_a_name_of_stacked_accents_exports_a_pdf_that_verifies(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One letter under 19,999 combining accents is a valid facilitator (20,000
    characters). The accents stack on one spot, so one page drew 1.1 MB, and verify
    refused the PDF its own export had written as too heavy to read."""
    data = doc()
    data["content"]["facilitator"] = "a" + "\u0300" * 19_999
    source = tmp_path / "accents.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    assert main(["import", str(source), "--db", db]) == 0
    agreement = capsys.readouterr().out.strip().splitlines()[-1]
    pdf = tmp_path / "accents.pdf"
    assert main(["export", agreement, "--version", "draft", "--pdf", str(pdf), "--db", db]) == 0
    capsys.readouterr()
    assert main(["verify", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "the hash printed in the PDF equals the embedded config's" in out


def test_a_draft_cover_says_when_it_last_changed_not_when_it_froze(
        signed_twice: dict[str, Path], tmp_path: Path) -> None:
    """A draft's cover said "Version frozen" (with the draft's last change): a draft is
    the one thing that is not frozen."""
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    source = tmp_path / "a.json"
    source.write_text(json.dumps(doc()))
    assert main(["import", str(source), "--db", db]) == 0
    agreement = json.loads(_capture(lambda: main(["list", "--format", "json", "--db", db])))[0]["id"]
    assert main(["export", agreement, "--version", "draft", "--pdf", str(tmp_path / "d.pdf"),
                 "--db", db]) == 0
    draft_cover = PdfReader(tmp_path / "d.pdf").pages[0].extract_text()
    assert "Draft last changed" in draft_cover and "frozen" not in draft_cover
    signed_cover = PdfReader(signed_twice["pdf"]).pages[0].extract_text()
    assert "Version frozen" in signed_cover and "last changed" not in signed_cover


def test_a_signature_under_another_name_says_whom_it_was_made_for(tmp_path: Path) -> None:
    """The sign dialog says the PDF will show the typed name "as the person who signed
    for" the stakeholder; the PDF named the typed name alone (tryout)."""
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    source = tmp_path / "a.json"
    source.write_text(json.dumps(doc()))

    def run(*args: str) -> None:
        assert main([*args, "--db", db]) == 0

    run("import", str(source))
    agreement = json.loads(_capture(lambda: main(["list", "--format", "json", "--db", db])))[0]["id"]
    run("save", agreement)
    run("propose", agreement)
    run("sign", agreement, "--stakeholder", "dana", "--name", "Priya Raman")
    run("sign", agreement, "--stakeholder", "sam", "--name", "SAM  sales")  # the same name
    run("export", agreement, "--pdf", str(tmp_path / "s.pdf"))
    reader = PdfReader(tmp_path / "s.pdf")
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Priya Raman for Dana Marketing" in last
    assert "for Sam Sales" not in last
