"""WeasyPrint fetches nothing but termsmith's own theme files."""

from __future__ import annotations

import io

import pypdf
import pytest
from render_documents import agreement

from termsmith.rendering.fetcher import RefusedURL, ThemeOnlyFetcher
from termsmith.rendering.pdf_renderer import UnsafeResourceError, html_to_pdf
from termsmith.rendering.theme import theme_folder

pytestmark = pytest.mark.slow


@pytest.fixture
def fetcher() -> ThemeOnlyFetcher:
    return ThemeOnlyFetcher(theme_folder())


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://169.254.169.254/latest/meta-data/",
        "https://example.com/style.css",
        "ftp://example.com/x",
        "data:text/plain,hello",
        "file://evil.example/etc/passwd",
    ],
)
def test_refuses_urls_outside_the_theme(fetcher: ThemeOnlyFetcher, url: str) -> None:
    with pytest.raises(RefusedURL):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_refuses_path_traversal_out_of_the_theme(fetcher: ThemeOnlyFetcher) -> None:
    with pytest.raises(RefusedURL):
        fetcher.fetch(theme_folder().as_uri() + "/../pyproject.toml")


def test_serves_theme_files(fetcher: ThemeOnlyFetcher) -> None:
    response = fetcher.fetch((theme_folder() / "document.css").as_uri())
    assert b"@page" in response.read()
    assert response.content_type == "text/css"


def test_link_rel_attachment_to_etc_passwd_is_not_embedded() -> None:
    html = '<html><head><link rel="attachment" href="file:///etc/passwd"></head><body><p>x</p></body></html>'
    with pytest.raises(UnsafeResourceError, match="etc/passwd"):
        html_to_pdf(html, agreement("en"))


def test_remote_stylesheet_and_image_are_refused() -> None:
    html = (
        '<html><head><link rel="stylesheet" href="http://127.0.0.1:9/x.css"></head>'
        '<body><img src="https://example.com/a.png"></body></html>'
    )
    with pytest.raises(UnsafeResourceError):
        html_to_pdf(html, agreement("en"))


def test_what_weasyprint_would_embed_without_the_fetcher() -> None:
    """Guards the premise: WeasyPrint's default fetcher does embed local files."""
    import weasyprint

    html = '<html><head><link rel="attachment" href="file:///etc/hostname"></head><body>x</body></html>'
    data = weasyprint.HTML(string=html).write_pdf()
    assert "hostname" in pypdf.PdfReader(io.BytesIO(data)).attachments
