"""Fixtures for assembly tests: the fixture library of tests/library and spec loaders."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "library" / "fixtures"
GOOD = FIXTURES / "good"
REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "samples").glob("*.yaml"))


def load(path: Path):
    from termsmith.validation import validate_path

    result = validate_path(path)
    assert result.ok, result.diagnostics
    return result.document
