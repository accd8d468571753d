"""Shared access to the bundled clause library files (read as plain YAML, no engine)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
CLAUSES = ROOT / "clauses"
AGREEMENTS = ROOT / "agreements"
LANGS = ("zh-Hans", "zh-Hant", "en")
_JINJA = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)


def load(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def clause_files() -> list[Path]:
    return sorted(CLAUSES.glob("*.yaml"))


def prose(template: str) -> str:
    """The words a lawyer wrote: template text with every Jinja tag and expression removed."""
    return _JINJA.sub(" ", template)


@pytest.fixture(scope="session")
def clauses() -> dict[str, dict]:
    return {p.stem: load(p) for p in clause_files()}


@pytest.fixture(scope="session")
def templates() -> dict[str, dict]:
    return {p.stem: load(p) for p in sorted(AGREEMENTS.glob("*.yaml"))}
