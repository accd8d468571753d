"""`validate` reports the TODO markers a draft spec carries (S300) — the marker `termsmith extract --format yaml`
writes, in capitals as a word of its own — and never a value that merely starts with the letters: a vendor named
"Todoist Ltd." or a party called "todo" had its spec rejected as unfinished."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.validation import validate_path

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "business-system-support.en.yaml"


def _with_vendor_name(tmp_path: Path, name: str) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    start = text.index("role: vendor")
    at = text.index("legal_name:", start)
    end = text.index("\n", at)
    path = tmp_path / "spec.yaml"
    path.write_text(text[:at] + f'legal_name: "{name}"' + text[end:], encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["TODO", "TODO: the vendor's registered name", "  TODO  ", "TODO-check"])
def test_a_todo_marker_is_reported(tmp_path: Path, name: str) -> None:
    result = validate_path(_with_vendor_name(tmp_path, name))
    assert not result.ok
    assert [d.code for d in result.diagnostics if d.code == "S300"] == ["S300"]


@pytest.mark.parametrize("name", ["Todoist Ltd.", "todo", "Todo Software GmbH", "TODOS Informática S.L."])
def test_a_name_that_starts_with_the_letters_is_a_value(tmp_path: Path, name: str) -> None:
    result = validate_path(_with_vendor_name(tmp_path, name))
    assert not [d for d in result.diagnostics if d.code == "S300"], result.diagnostics
