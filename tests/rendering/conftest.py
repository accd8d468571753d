"""Fixtures for the rendering tests: realistic Documents in every language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

try:  # a clone without `pip install -e .`: read the package from src/
    import termsmith  # noqa: F401
except ModuleNotFoundError:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from render_documents import agreement, hostile_document  # noqa: E402

from termsmith.document.model import Document  # noqa: E402

LANGS = ("zh-Hans", "zh-Hant", "en", "bilingual")


@pytest.fixture(params=LANGS)
def lang_doc(request: pytest.FixtureRequest) -> tuple[str, Document]:
    return request.param, agreement(request.param)


@pytest.fixture
def zh_doc() -> Document:
    return agreement("zh-Hans")


@pytest.fixture
def hostile_doc() -> Document:
    return hostile_document()
