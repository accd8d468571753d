"""One cell, two times (issue 12, extract25): a column headed by response and resolution together
("Response / Resolution", "响应/恢复时间") whose cells read "1h / 4h" gives the level both times, on the clock
the column's header states; plans named under a header cell spanning them ("金 | 白金" under
"在支持的工作时间内响应/恢复时间") are a level each. Texts of our own, in the style of SLA pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import extract_json, level_times, terms_of, text_lines
from pytest import CaptureFixture


def _clocks(terms: dict[str, Any]) -> dict[str, tuple[str | None, str | None]]:
    return {
        lv["name"]: (lv.get("response", {}).get("clock"), lv.get("resolution", {}).get("clock"))
        for lv in terms["severity_levels"]
    }


def test_response_and_resolution_in_one_cell(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "# Support levels",
            "| Severity | Description | Response / Resolution |",
            "|---|---|---|",
            "| P1 | Production down | 30 min / 4 hrs |",
            "| P2 | Degraded service | 1h / 8h |",
        ),
        "levels.md",
    )
    assert level_times(terms) == {"P1": ("30m", "4h"), "P2": ("1h", "8h")}


def test_the_columns_clock_holds_for_both_times(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "## 服务级别",
            "| 级别 | 响应/恢复时间（工作时间内） |",
            "|---|---|",
            "| 一级 | 1小时/4小时 |",
            "| 二级 | 2小时/8小时 |",
        ),
        "levels.md",
    )
    assert level_times(terms) == {"1级": ("1h", "4h"), "2级": ("2h", "8h")}
    assert set(_clocks(terms).values()) == {("business", "business")}


def test_a_cells_own_clock_wins_over_its_columns(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "| Priority | Response / Resolution (business hours) |",
            "|---|---|",
            "| P1 | 1 hour / 4 hours (24x7) |",
            "| P2 | 4 hours / 2 days |",
        ),
        "levels.md",
    )
    assert _clocks(terms) == {"P1": ("24x7", "24x7"), "P2": ("business", "business")}


_PLANS = text_lines(
    "# 服务级别协议",
    "下表描述了典型的服务级别：",
    "<table>",
    "<tr>",
    "  <th>问题类型</th>",
    "  <th>影响</th>",
    '  <th colspan="2">在支持的工作时间内响应/恢复时间</th>',
    "</tr>",
    "<tr>",
    '  <td colspan="2"></td>',
    "  <td>标准</td>",
    "  <td>高级</td>",
    "</tr>",
    "<tr>",
    "  <td>P1</td>",
    "  <td>服务中断</td>",
    "  <td>2小时/8小时</td>",
    "  <td>1小时/4小时</td>",
    "</tr>",
    "<tr>",
    "  <td></td>",
    "  <td>服务不可用</td>",
    "  <td></td>",
    "  <td></td>",
    "</tr>",
    "<tr>",
    "  <td>P2</td>",
    "  <td>性能降低</td>",
    "  <td>4小时/24小时</td>",
    "  <td>2小时/12小时</td>",
    "</tr>",
    "</table>",
)


def test_plans_under_a_spanning_header_are_levels_each(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "plans.md"
    path.write_text(_PLANS, encoding="utf-8")
    found = extract_json(path, capsys)
    terms = found["terms"]
    assert level_times(terms) == {
        "P1": ("2h", "8h"),
        "P1 (高级)": ("1h", "4h"),
        "P2": ("4h", "24h"),
        "P2 (高级)": ("2h", "12h"),
    }
    assert set(_clocks(terms).values()) == {("business", "business")}  # "在支持的工作时间内" over both plans
    evidence = found["evidence"]["severity_levels[3].resolution"]
    assert evidence["quote"] == "2小时/12小时" and evidence["line"] == 30


def test_a_second_header_row_without_a_spanning_cell_is_no_plan_row(tmp_path: Path) -> None:
    # two kinds each over its own column, and a row of notes under them: no plans, the rows read as before
    terms = terms_of(
        tmp_path,
        text_lines(
            "| Severity | Response | Resolution |",
            "|---|---|---|",
            "| | acknowledged | fixed or worked around |",
            "| P1 | 1 hour | 4 hours |",
        ),
        "levels.md",
    )
    assert level_times(terms) == {"P1": ("1h", "4h")}


def test_columns_of_one_kind_told_apart_by_a_plan(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "| Severity | Response (Enterprise) | Response (Professional) | Resolution Target |",
            "|---|---|---|---|",
            "| P1 | 4 business hours | 1 business day | Hotfix within 5 business days |",
            "| P2 | 8 business hours | 2 business days | Next release |",
        ),
        "sla.md",
    )
    assert level_times(terms) == {
        "P1": ("4 business hours", "5 business days"),
        "P1 (Professional)": ("1 business day", None),
        "P2": ("8 business hours", None),
        "P2 (Professional)": ("2 business days", None),
    }


def test_columns_told_apart_by_a_clock_are_no_plans(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "| Severity | Response (business hours) | Response (after hours) |",
            "|---|---|---|",
            "| P1 | 1 hour | 2 hours |",
        ),
        "sla.md",
    )
    assert list(level_times(terms)) == ["P1"]
