"""Fixtures for the rendering tests: realistic Documents in every language."""

from __future__ import annotations

import pytest
from render_documents import agreement, hostile_document

from termsmith.document.model import Document

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
