"""Session 15 (issue 12, extract14), each on documents of our own (none is a corpus text), read back through
the real CLI:

- the evidence for a time read from a list inside a table cell of a text file (a documentation page's markup,
  "<ul><li><strong>Gold:</strong> 1 hour</li>…", "Severity 1: under 2 hours<br />…") quotes the item's own text
  between the tags, where it stands, never the raw markup of the whole cell.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from extract_support import text_lines as _lines

from termsmith.cli import main


def _extract_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The document's entry of `termsmith extract FILE --format json`, as a client runs it."""
    assert main(["extract", str(path), "--format", "json"]) == 0
    found: dict[str, Any] = json.loads(capsys.readouterr().out)["documents"][0]
    return found


def _at(text: str, evidence: dict[str, Any]) -> str:
    """The document's text where the evidence says its quote starts, as long as the quote."""
    line = text.split("\n")[evidence["line"] - 1]
    return line[evidence["column"] - 1 : evidence["column"] - 1 + len(evidence["quote"])]


def test_a_plan_list_cells_evidence_quotes_each_item_without_markup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _lines(
        "Support plans",
        "Initial response by plan",
        "| Severity | Impact | Initial response | Hours |",
        "| --- | --- | --- | --- |",
        "| Severity 1 | <strong>Outage.</strong> | <ul><li><strong>Gold:</strong> 1 hour</li>"
        "<li><strong>Silver:</strong> 1 hour</li><li><strong>Bronze:</strong> n/a</li></ul> "
        "| <ul><li><strong>Gold:</strong> 24x7</li><li><strong>Silver:</strong> business hours</li></ul> |",
        "| Severity 2 | Degraded. | <ul><li><strong>Gold:</strong> 2 hours</li>"
        "<li><strong>Silver:</strong> 4 hours</li></ul> "
        "| <ul><li><strong>Gold:</strong> business hours</li><li><strong>Silver:</strong> business hours</li></ul> |",
    )
    path = tmp_path / "plans.txt"
    path.write_text(text, encoding="utf-8")
    found = _extract_json(path, capsys)
    levels = found["terms"]["severity_levels"]
    times = [lv["response"]["within"] for lv in levels]
    assert times == ["1h", "1h", "2h", "4h"]
    quotes = [found["evidence"][f"severity_levels[{i}].response"] for i in range(len(levels))]
    assert [q["quote"] for q in quotes] == ["1 hour", "1 hour", "2 hours", "4 hours"]
    for q in quotes:
        assert "<" not in q["quote"] and ">" not in q["quote"]
        assert _at(text, q) == q["quote"]  # the quote is the document's own text at its position
    # the two equal "1 hour" items are two places: Gold's, then Silver's
    assert quotes[0]["column"] < quotes[1]["column"]
    assert text.split("\n")[quotes[1]["line"] - 1][: quotes[1]["column"] - 1].endswith("Silver:</strong> ")


def test_a_level_list_cells_evidence_quotes_the_levels_item(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _lines(
        "服務回應目標",
        "| 項目 | 標準方案 | 進階方案 |",
        "| --- | --- | --- |",
        "| 初始回應時間目標 | 嚴重性 1：少於四小時<br />嚴重性 2：少於八小時 | 嚴重性 1：少於一小時<br />嚴重性 2：少於兩小時 |",
    )
    path = tmp_path / "levels.txt"
    path.write_text(text, encoding="utf-8")
    found = _extract_json(path, capsys)
    levels = found["terms"]["severity_levels"]
    assert [lv["response"]["within"] for lv in levels] == ["4h", "8h", "1h", "2h"]
    quotes = [found["evidence"][f"severity_levels[{i}].response"] for i in range(len(levels))]
    assert [q["quote"] for q in quotes] == ["嚴重性 1：少於四小時", "嚴重性 2：少於八小時", "嚴重性 1：少於一小時", "嚴重性 2：少於兩小時"]
    for q in quotes:
        assert _at(text, q) == q["quote"]
