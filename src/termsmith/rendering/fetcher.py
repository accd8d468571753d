"""A WeasyPrint URL fetcher that fetches nothing but termsmith's own theme files.

WeasyPrint's default ``URLFetcher`` opens http(s), ftp, data and file URLs, and
embeds whatever ``<link rel=attachment href=file:///etc/…>`` names. termsmith's
HTML never needs any of that: the stylesheet is inline and spec strings are
escaped. This fetcher (WeasyPrint ≥ 68: a ``URLFetcher`` subclass overriding
``fetch``) serves ``file:`` URLs that resolve inside the theme folder and
refuses everything else, recording what it refused.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse


class RefusedURL(ValueError):
    """A URL outside termsmith's theme was requested; it is not fetched."""


class ThemeOnlyFetcher(URLFetcher):  # type: ignore[misc]  # weasyprint ships no types: URLFetcher is Any
    """Serve files under ``root`` (the theme folder); refuse every other URL."""

    def __init__(self, root: Path) -> None:
        super().__init__(timeout=1, allowed_protocols=("file",), allow_redirects=False)
        self.root = root.resolve()
        self.refused: list[str] = []

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        path = self._theme_path(url)
        if path is None:
            self.refused.append(url)
            raise RefusedURL(f"termsmith fetches only its own theme files; refused {url[:200]!r}")
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime})

    def open(self, url: object, data: object = None, timeout: object = None) -> URLFetcherResponse:
        return self.fetch(str(getattr(url, "full_url", url)))

    def _theme_path(self, url: str) -> Path | None:
        parts = urlsplit(url)
        if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
            return None
        try:
            path = Path(unquote(parts.path)).resolve()
        except (OSError, ValueError):
            return None
        if not path.is_relative_to(self.root) or not path.is_file():
            return None
        return path
