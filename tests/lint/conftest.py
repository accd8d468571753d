"""Shared helpers: a clean spec (no structural finding) and a way to lint variants of it."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from termsmith.diagnostics import Diagnostic
from termsmith.lint.config import LintConfig
from termsmith.lint.runner import lint_file
from termsmith.yaml_loader import load_yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
DATA = Path(__file__).parent / "data"


def clean_spec_data() -> dict[str, Any]:
    """The bundled sample, with its after-sales fee set to 16% of the project value."""
    data = copy.deepcopy(load_yaml(SAMPLE).data)
    data["spec"]["fees"]["recurring"][0]["amount"] = "32000.00 CNY"
    # the term runs to 2028; New Year's Day is a statutory holiday every year, and listing a
    # year's dates is how a spec supplies data the installed calendar lacks (TK001)
    data["spec"]["calendars"][0]["extra_holidays"] = ["2027-01-01", "2028-01-01"]
    return data


def write_spec(tmp_path: Path, data: dict[str, Any], name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return path


@pytest.fixture
def lint_spec(tmp_path: Path) -> Callable[..., list[Diagnostic]]:
    def run(
        mutate: Callable[[dict[str, Any]], None] | None = None, config: LintConfig | None = None
    ) -> list[Diagnostic]:
        data = clean_spec_data()
        if mutate:
            mutate(data)
        return lint_file(write_spec(tmp_path, data), config or LintConfig()).diagnostics

    return run
