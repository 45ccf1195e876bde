"""The document's templates compiled ahead of time, so a cold export does not compile them.

Jinja2 turns each template into Python source before it can render it; for our
seventeen templates that took 70 to 120 ms of every cold export and every first
preview. ``scripts/compile_templates.py`` writes that Python into ``templates/compiled/``
(shipped with the templates, so nothing is read that the application did not ship), with
a manifest: the SHA-256 of what the compiler was given (the Jinja2 version, the options
that shape the code, every template's name and squeezed source).

The compiled modules are used only while the manifest matches the templates on disk, so
an edited template is compiled afresh from its source, never rendered stale. A test
checks that the committed modules are exactly what the compiler writes today.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import jinja2
from jinja2 import Environment, ModuleLoader

COMPILED = "compiled"
MANIFEST = "SOURCES.sha256"


def template_names(env: Environment) -> list[str]:
    """Every template of the document (the ``.html`` files), in a stable order."""
    return sorted(env.list_templates(filter_func=lambda name: name.endswith(".html")))


def sources_digest(env: Environment) -> str:
    """The fingerprint of everything the compiled code depends on."""
    assert env.loader is not None
    digest = hashlib.sha256()
    options = (
        jinja2.__version__, env.trim_blocks, env.lstrip_blocks, env.keep_trailing_newline,
        env.newline_sequence, env.finalize is not None, env.block_start_string,
        env.variable_start_string, env.comment_start_string, env.line_statement_prefix,
    )
    digest.update(repr(options).encode("utf-8"))
    for name in template_names(env):
        source = env.loader.get_source(env, name)[0]
        digest.update(repr((name, env.autoescape(name) if callable(env.autoescape)
                            else env.autoescape, source)).encode("utf-8"))
    return digest.hexdigest()


def compile_into(env: Environment, folder: Path) -> None:
    """Write the compiled templates and their manifest into ``folder`` (emptied first)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("tmpl_*.py"):
        old.unlink()
    env.compile_templates(
        str(folder), zip=None, filter_func=lambda name: name.endswith(".html"),
        ignore_errors=False,
    )
    (folder / MANIFEST).write_text(sources_digest(env) + "\n", encoding="ascii")


def compiled_loader(env: Environment, templates: Path) -> ModuleLoader | None:
    """A loader of the compiled templates, or None when they are missing or stale."""
    folder = templates / COMPILED
    try:
        recorded = (folder / MANIFEST).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    if recorded != sources_digest(env):
        return None
    return ModuleLoader(str(folder))
