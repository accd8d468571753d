"""docs/spec.md, the field reference generated from the models, is current and complete."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from termsmith.cli import main
from termsmith.spec.model import ServiceSpecDocument
from termsmith.spec.reference import _model_of, reference_markdown

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "spec.md"


def test_committed_reference_is_current() -> None:
    assert PAGE.read_text(encoding="utf-8") == reference_markdown(), (
        "docs/spec.md is stale: run 'termsmith schema --reference' and commit the result"
    )


def test_check_flag_reports_a_stale_reference(tmp_path: Path, capsys) -> None:
    stale = tmp_path / "spec.md"
    stale.write_text("# old\n", encoding="utf-8")
    assert main(["schema", "-o", str(ROOT / "schemas"), "--check", "--reference", str(stale)]) == 1
    assert "out of date" in capsys.readouterr().err
    assert main(["schema", "-o", str(tmp_path / "s"), "--reference", str(stale)]) == 0
    assert stale.read_text(encoding="utf-8") == PAGE.read_text(encoding="utf-8")


def _all_fields(model: type[BaseModel], seen: set[type]) -> list[tuple[type[BaseModel], str]]:
    if model in seen:
        return []
    seen.add(model)
    out = []
    for name, info in model.model_fields.items():
        out.append((model, info.alias or name))
        child = _model_of(info.annotation)
        if child is not None and child.__name__ != "TimeLimit":
            out += _all_fields(child, seen)
    return out


def test_every_field_of_every_section_has_a_row() -> None:
    page = PAGE.read_text(encoding="utf-8")
    sections = {m.group(1): m.group(2) for m in re.finditer(r"^\*(\w+)\*.*?\n\n(.*?)(?=\n## |\Z)", page, re.S | re.M)}
    for model, field in _all_fields(ServiceSpecDocument, set()):
        assert f"| `{field}` |" in sections[model.__name__], f"{model.__name__}.{field} is missing from docs/spec.md"


def test_rows_say_type_default_printing_allowed_values_and_example() -> None:
    page = PAGE.read_text(encoding="utf-8")
    row = next(line for line in page.splitlines() if line.startswith("| `quote_valid_days` |"))
    assert "whole number" in row and "`30` (printed)" in row and "≥ 1; ≤ 365" in row and "| `30` |" in row
    row = next(line for line in page.splitlines() if line.startswith("| `time_zone` |"))
    assert "`Asia/Shanghai` (not printed)" in row
    row = next(line for line in page.splitlines() if line.startswith("| `start_event` |"))
    assert "**required**" in row and "`signing`, `acceptance`, `go-live`, `date`" in row
    assert "| duration | A number and a unit" in page


def test_readme_links_the_reference_and_shows_a_deal() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/spec.md" in readme and "docs/offers.md" in readme
    assert "parties: …" not in readme and "offer: standard" in readme


def test_the_readme_deal_validates() -> None:
    from termsmith.validation import validate_text

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if "offer: standard" in b)
    result = validate_text(block, "README.md", path=ROOT / "README-deal.yaml")
    assert result.ok, result.diagnostics
    assert str(result.document.spec.severity_levels[0].response.within) == "15 minutes"
