"""The document's templates compiled ahead of time, so a cold export does not compile them.

Jinja2 turns each template into Python source before it can render it; for our
seventeen templates that took 70 to 120 ms of every cold export and every first
preview. ``scripts/compile_templates.py`` writes that Python into ``templates/compiled/``
(shipped with the templates, so nothing is read that the application did not ship), with
a manifest: the SHA-256 of what the compiler was given (the Jinja2 version, the options
that shape the code, every template's name and squeezed source).

The compiled modules are used only while the manifest matches the templates on disk and
every module is there, so an edited template is compiled afresh from its source. A test
checks that the committed modules are exactly what the compiler writes today, which
also catches a change the manifest does not fingerprint.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import jinja2
from jinja2 import Environment, ModuleLoader

COMPILED = "compiled"
MANIFEST = "SOURCES.sha256"


def template_names(env: Environment) -> list[str]:
    """Every template of the document (the ``.html`` files), in a stable order."""
    return sorted(env.list_templates(filter_func=lambda name: name.endswith(".html")))


def _code_of(function: object) -> bytes:
    """The source file of one of our filters or globals: Jinja calls those with constant
    arguments while compiling, and writes the result into the code."""
    module = sys.modules.get(getattr(function, "__module__", "") or "")
    path = getattr(module, "__file__", None)
    if module is None or not module.__name__.startswith("slaworkshop") or path is None:
        return b""
    return Path(path).read_bytes()


def sources_digest(env: Environment) -> str:
    """The fingerprint of everything the compiled code depends on: the Jinja2 version,
    every option of the environment that shapes the code, the finalize function and our
    filters (their code, since constant expressions are evaluated at compile time), and
    every template's name, autoescaping and squeezed source."""
    assert env.loader is not None
    digest = hashlib.sha256()
    finalize = env.finalize
    options = (
        jinja2.__version__, env.block_start_string, env.block_end_string,
        env.variable_start_string, env.variable_end_string, env.comment_start_string,
        env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
        env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
        env.optimized, env.is_async, sorted(env.extensions),
        getattr(finalize, "__qualname__", repr(finalize)),
        getattr(finalize, "jinja_pass_arg", None), sorted(env.filters), sorted(env.globals),
    )
    digest.update(repr(options).encode("utf-8"))
    for source_file in sorted({_code_of(f) for f in (finalize, *env.filters.values(),
                                                      *env.globals.values())}):
        digest.update(hashlib.sha256(source_file).digest())
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
    """A loader of the compiled templates, or None when any is missing or stale: then
    the templates are compiled from their sources, as without a compiled copy."""
    folder = templates / COMPILED
    try:
        recorded = (folder / MANIFEST).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):  # no compiled copy to use (one is optional)
        return None
    if recorded != sources_digest(env):
        return None
    modules = (folder / (ModuleLoader.get_module_filename(n)) for n in template_names(env))
    if not all(module.is_file() for module in modules):
        return None
    return ModuleLoader(str(folder))
