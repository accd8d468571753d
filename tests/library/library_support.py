"""Fixtures for the clause-library tests: the fixture libraries and spec loaders."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOOD = FIXTURES / "good"
REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "samples").glob("*.yaml"))


def load_spec(path: Path | str, **replace: object):
    from termsmith.validation import validate_path

    result = validate_path(path)
    assert result.ok, result.diagnostics
    return result.document


def spec_from_text(text: str):
    from termsmith.validation import validate_text

    result = validate_text(text, file="inline.yaml")
    assert result.ok, result.diagnostics
    return result.document


@pytest.fixture
def minimal_text() -> str:
    return (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")


@pytest.fixture
def overlay(tmp_path: Path):
    """Write clause files (flat layout) into a fresh folder laid over the good library."""

    def make(files: dict[str, str]) -> Path:
        folder = tmp_path / "overlay"
        folder.mkdir(exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        return folder

    return make
