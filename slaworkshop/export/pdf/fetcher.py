"""The only way rendering may read anything: bundled assets and in-memory drawings.

WeasyPrint's own documentation warns that HTML can make it read local files and
URLs. User text is escaped before it reaches the HTML, and this fetcher is the second
wall: it serves files inside ``assets_dir()`` (after resolving ``..`` and symlinks) and
the signature drawings handed to it, and refuses everything else, recording it.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse

#: Scheme of the in-memory resources (signature drawings): ``drawing:<name>``.
MEMORY_SCHEME = "drawing"

_MEDIA_TYPES = {
    ".css": "text/css",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}


class RefusedURL(ValueError):
    """Rendering asked for something outside the bundled assets."""


class AssetFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no type hints
    """Serves ``file:`` URLs inside ``root`` and ``drawing:`` URLs from memory only.

    ``requested`` lists every URL asked for, ``refused`` those that were refused, in
    order; both exist so tests and callers can see what rendering tried to read.
    """

    def __init__(self, root: Path, memory: Mapping[str, bytes] | None = None) -> None:
        # ``fetch`` is replaced whole: the parent's HTTP, FTP and file openers never run.
        super().__init__()
        self.root = root.resolve(strict=True)
        self.memory = dict(memory or {})
        self.requested: list[str] = []
        self.refused: list[str] = []
        self._lock = threading.Lock()

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        with self._lock:
            self.requested.append(url)
        try:
            return self._serve(url)
        except RefusedURL:
            with self._lock:
                self.refused.append(url)
            raise

    def _serve(self, url: str) -> URLFetcherResponse:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == MEMORY_SCHEME:
            name = parts.path
            if name not in self.memory:
                raise RefusedURL(f"no in-memory resource named {name!r:.60}")
            return URLFetcherResponse(url, self.memory[name], {"Content-Type": "image/png"})
        if scheme != "file" or parts.netloc not in ("", "localhost"):
            raise RefusedURL(f"only bundled assets may be read, not {url!r:.80}")
        path = self._inside_root(Path(url2pathname(unquote(parts.path))))
        media_type = _MEDIA_TYPES.get(path.suffix.lower())
        if media_type is None:
            raise RefusedURL(f"{path.name!r:.60} is not a kind of asset the PDF uses")
        return URLFetcherResponse(
            path.as_uri(), path.read_bytes(), {"Content-Type": media_type}
        )

    def _inside_root(self, path: Path) -> Path:
        if ".." in path.parts:
            raise RefusedURL("asset paths may not climb out with '..'")
        try:
            # strict: the file must exist; symlinks are followed before the check.
            resolved = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise RefusedURL(f"no bundled asset at {path.name!r:.60}") from None
        if not resolved.is_relative_to(self.root) or not resolved.is_file():
            raise RefusedURL(f"{path.name!r:.60} is not inside the bundled assets")
        return resolved
