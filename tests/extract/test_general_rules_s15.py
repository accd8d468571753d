"""Session 15 (issue 12, extract14), each on documents of our own (none is a corpus text), read back through
the real CLI:

- the evidence for a time read from a list inside a table cell of a text file (a documentation page's markup,
  "<ul><li><strong>Gold:</strong> 1 hour</li>…", "Severity 1: under 2 hours<br />…") quotes the item's own text
  between the tags, where it stands, never the raw markup of the whole cell;
- the last reading of a document whose levels no other reader found (`rules/level_fallback.py`): under a run of
  short lines naming kinds ("Response times", "Response / Resolution", "Acknowledge" / "Respond"), each line opening
  with a level, or naming its item in the vendor's own words before its time ("Production down – 1 hour",
  "系统瘫痪：30分钟"), takes the times that follow in the head's order; an acknowledge head beside a respond head
  is the receipt; it adds nothing where another reader found levels, nor for one stray item.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extract_support import docx_paragraphs, extract_json as _extract_json, text_lines as _lines


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
    assert [q["quote"] for q in quotes] == [
        "嚴重性 1：少於四小時",
        "嚴重性 2：少於八小時",
        "嚴重性 1：少於一小時",
        "嚴重性 2：少於兩小時",
    ]
    for q in quotes:
        assert _at(text, q) == q["quote"]


# --- the last reading: blocks under a head naming kinds, when no other reader found a level ----------------------


def _levels(found: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [
        (lv["name"], lv.get("response", {}).get("within"), lv.get("resolution", {}).get("within"))
        for lv in found["terms"].get("severity_levels", [])
    ]


def test_level_lines_pairing_two_times_under_a_two_kind_head(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _lines(
        "SLA", "Response / Resolution", "Blocker — 1 hour / 1 day", "Normal — 1 business day / 5 business days"
    )
    path = tmp_path / "pairs.txt"
    path.write_text(text, encoding="utf-8")
    found = _extract_json(path, capsys)
    assert _levels(found) == [("Blocker", "1h", "1 day"), ("Normal", "1 business day", "5 business days")]
    assert found["evidence"]["severity_levels[1].name"]["quote"] == "Normal — 1 business day / 5 business days"


def test_a_docx_list_under_a_label_with_an_acknowledge_and_a_respond_head(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = docx_paragraphs(
        tmp_path,
        ("Service targets", "Acknowledge", "Respond", "Outage: 15 minutes, 1 hour", "Slowness: 1 hour, 4 hours"),
        "targets.docx",
    )
    found = _extract_json(path, capsys)
    # of an acknowledge head beside a respond head, the respond one is the response (the acknowledgement is the
    # receipt of the request)
    assert _levels(found) == [("Outage", "1h", None), ("Slowness", "4h", None)]
    assert found["evidence"]["severity_levels[0].response"]["paragraph"] == 4


def test_items_named_in_the_vendors_own_words_under_a_kind_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = _lines(
        "How fast we answer",
        "Response times",
        "- Production down – 1 hour",
        "- Degraded service – 4 hours",
        "- Questions: within 2 business days",
    )
    chinese = _lines("服务承诺", "响应时间", "系统瘫痪：30分钟", "功能异常：2小时", "使用问题：1个工作日")
    for name, text in (("en.txt", english), ("zh.txt", chinese)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        found = _levels(_extract_json(path, capsys))
        assert [time for _, time, _ in found] == (
            ["1h", "4h", "2 business days"] if name == "en.txt" else ["30m", "2h", "1 business day"]
        )
        assert [lv[0] for lv in found] == (
            ["Production down", "Degraded service", "Questions"]
            if name == "en.txt"
            else ["系统瘫痪", "功能异常", "使用问题"]
        )


def test_the_last_reading_adds_nothing_where_another_reader_found_the_levels_or_to_a_stray_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table_and_list = _lines(
        "| Severity | Response | Resolution |",
        "| --- | --- | --- |",
        "| Sev 1 | 1 hour | 4 hours |",
        "| Sev 2 | 4 hours | 2 days |",
        "Resolution times for changes",
        "- Small change – 3 days",
        "- Large change – 10 days",
    )
    path = tmp_path / "table.txt"
    path.write_text(table_and_list, encoding="utf-8")
    assert _levels(_extract_json(path, capsys)) == [("Sev 1", "1h", "4h"), ("Sev 2", "4h", "2 days")]
    # one item under a head is a stray line, not a list: the head may be a heading over anything
    stray = _lines("Response times", "- Production down – 1 hour", "Billing is monthly.")
    path = tmp_path / "stray.txt"
    path.write_text(stray, encoding="utf-8")
    assert _levels(_extract_json(path, capsys)) == []
