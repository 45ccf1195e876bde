"""Starter agreements a facilitator can begin from, shipped as config files (no Qt).

Each starter is a YAML file in this package in the config format of DESIGN.md. They
are found through ``importlib.resources`` so an installed wheel works from anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from slaworkshop.models import AgreementFile


@dataclass(frozen=True)
class Starter:
    name: str  # file stem, e.g. "b2b-software"
    title: str  # what the chooser shows
    description: str


def _files() -> list[resources.abc.Traversable]:
    folder = resources.files(__name__)
    return sorted(
        (f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name
    )


def _header(text: str) -> tuple[str, str]:
    """The chooser's title and description come from the file's leading comments."""
    title, lines = "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if body.lower().startswith("starter:"):
            title = body.split(":", 1)[1].strip()
        elif body:
            lines.append(body)
    return title, " ".join(lines)


def list_starters() -> list[Starter]:
    starters = []
    for file in _files():
        title, description = _header(file.read_text(encoding="utf-8"))
        stem = file.name.removesuffix(".yaml")
        starters.append(Starter(stem, title or stem, description))
    return starters


def load_starter(name: str) -> AgreementFile:
    """The starter's config, validated; ``KeyError`` when there is no such starter."""
    from slaworkshop.export.config_file import read_config

    for file in _files():
        if file.name == f"{name}.yaml":
            return read_config(file.read_bytes(), file.name)
    raise KeyError(name)
