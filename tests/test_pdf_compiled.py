"""The precompiled templates: current, used, and never used stale."""

from __future__ import annotations

import importlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from jinja2 import ModuleLoader

from slaworkshop.export.config_file import read_config
from slaworkshop.export.pdf import PdfRequest, config_bytes_for
from slaworkshop.export.pdf.compiled import COMPILED, MANIFEST, compile_into
from slaworkshop.resources import templates_dir

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "northwind-agreement.yaml"
render_module = importlib.import_module("slaworkshop.export.pdf.render")


def _request() -> PdfRequest:
    document = read_config(EXAMPLE.read_bytes(), EXAMPLE.name)
    return PdfRequest(document=document, config_json=config_bytes_for(document))


@pytest.fixture
def fresh_environment() -> Iterator[None]:
    render_module.environment.cache_clear()
    yield
    render_module.environment.cache_clear()


def test_the_shipped_compiled_templates_are_what_the_compiler_writes_today(
    tmp_path: Path,
) -> None:
    """Fails when a template changed without ``scripts/compile_templates.py`` being run."""
    compile_into(render_module.source_environment(), tmp_path)
    shipped = templates_dir() / COMPILED
    expected = sorted(p.name for p in tmp_path.iterdir())
    assert sorted(p.name for p in shipped.iterdir() if p.is_file()) == expected
    for name in expected:
        assert (shipped / name).read_bytes() == (tmp_path / name).read_bytes(), (
            f"templates/compiled/{name} is out of date: run scripts/compile_templates.py"
        )


def test_exports_use_the_compiled_templates_and_print_the_same_html(
    fresh_environment: None,
) -> None:
    request = _request()
    assert isinstance(render_module.environment().loader, ModuleLoader)
    from_compiled = render_module.render_html(request)
    from_sources = render_module.source_environment().get_template(
        render_module.TEMPLATE
    ).render(render_module.template_context(request))
    assert "Northwind Clinical Supply" in from_compiled
    assert from_compiled == from_sources


def test_an_edited_template_is_compiled_from_its_source_not_rendered_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_environment: None,
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(templates_dir(), templates)
    cover = templates / "cover.html"
    cover.write_text(
        cover.read_text(encoding="utf-8").replace("</h1>", "</h1><p>EDITED COVER</p>", 1),
        encoding="utf-8",
    )
    monkeypatch.setattr(render_module, "templates_dir", lambda: templates)
    html = render_module.render_html(_request())
    assert not isinstance(render_module.environment().loader, ModuleLoader)
    assert "EDITED COVER" in html


def test_a_missing_manifest_means_compiling_from_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_environment: None,
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(templates_dir(), templates)
    (templates / COMPILED / MANIFEST).unlink()
    monkeypatch.setattr(render_module, "templates_dir", lambda: templates)
    assert "Northwind Clinical Supply" in render_module.render_html(_request())
    assert not isinstance(render_module.environment().loader, ModuleLoader)


def test_a_missing_compiled_module_means_compiling_from_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_environment: None,
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(templates_dir(), templates)
    name = ModuleLoader.get_module_filename("sections/sla-windows.html")
    (templates / COMPILED / name).unlink()
    monkeypatch.setattr(render_module, "templates_dir", lambda: templates)
    assert "Northwind Clinical Supply" in render_module.render_html(_request())
    assert not isinstance(render_module.environment().loader, ModuleLoader)


def test_the_manifest_changes_with_what_shapes_the_compiled_code() -> None:
    from jinja2 import pass_context

    from slaworkshop.export.pdf.compiled import sources_digest

    base = sources_digest(render_module.source_environment())

    @pass_context
    def finalize_with_context(_context: object, value: object) -> object:
        return value

    changed = render_module.source_environment()
    changed.finalize = finalize_with_context
    assert sources_digest(changed) != base
    changed = render_module.source_environment()
    changed.variable_end_string = "}}}"
    assert sources_digest(changed) != base
    changed = render_module.source_environment()
    changed.add_extension("jinja2.ext.loopcontrols")
    assert sources_digest(changed) != base
    assert sources_digest(render_module.source_environment()) == base
