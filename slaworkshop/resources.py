"""Where the files the application ships live: PDF templates and assets.

An installed wheel carries them inside the package (``slaworkshop/templates``,
``slaworkshop/assets``, see pyproject's force-include); a development checkout keeps
them at the repository's top level, next to the package. Both are found from the
package itself, never from the working directory, and only when first asked for.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


class ResourceMissing(FileNotFoundError):
    """The installation lacks a folder it needs: a broken wheel or checkout."""


def _resource_dir(name: str) -> Path:
    packaged = files("slaworkshop") / name
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged.resolve()
    package_dir = Path(str(files("slaworkshop")))
    checkout = package_dir.parent / name
    if checkout.is_dir():
        return checkout.resolve()
    raise ResourceMissing(
        f"the {name} folder is missing: looked in {package_dir / name} and {checkout}"
    )


@cache
def templates_dir() -> Path:
    """The folder of the Jinja2 templates the PDF is rendered from."""
    return _resource_dir("templates")


@cache
def assets_dir() -> Path:
    """The folder of the styles, fonts and images the PDF may read (and nothing else)."""
    return _resource_dir("assets")
