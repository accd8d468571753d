"""General readers for SLA layouts without table cells, each on layouts of our own in zh-Hans,
zh-Hant and English (none is a corpus text):

- label line / value line: a card per level ("P1" / "First response" / "15 minutes"), a kind label
  over level/value pairs ("回應時間" / "緊急" / "30分鐘"), "kind: value" lines under a level heading;
- column header → cell: a table flattened to one cell per line, its header lines naming the columns
  (possibly with other headers between), each row read column by column;
- times in prose bullets inside a level's table cell."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines as _lines

# --- label line / value line ---------------------------------------------------------------------


def test_card_per_level_en(tmp_path: Path) -> None:
    text = _lines(
        "Support targets",
        "Every ticket gets a priority when it is logged.",
        "- P1",
        "Outage",
        "The shop is closed to every customer and nothing can be sold.",
        "First response",
        "30 minutes",
        "Resolution target",
        "6 hours",
        "- P2",
        "Degraded",
        "Checkout is slow for some customers but orders still go through.",
        "First response",
        "2 business hours",
        "Resolution target",
        "3 business days",
    )
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("30m", "6h"), "P2": ("2 business hours", "3 business days")}


def test_card_per_level_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "服务级别",
        "紧急故障",
        "全部门店无法收银",
        "响应时间",
        "15分钟",
        "解决时间",
        "4小时",
        "一般故障",
        "个别报表显示错误",
        "响应时间",
        "2小时",
        "解决时间",
        "3个工作日",
    )
    assert level_times(terms_of(tmp_path, text)) == {"紧急": ("15m", "4h"), "一般": ("2h", "3 business days")}


def test_kind_label_over_level_value_pairs_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "服務水準",
        "回應時間",
        "緊急",
        "30分鐘",
        "一般",
        "4小時",
        "修復時間",
        "緊急",
        "8小時",
        "一般",
        "3個工作天",
    )
    assert level_times(terms_of(tmp_path, text)) == {"緊急": ("30m", "8h"), "一般": ("4h", "3 business days")}


def test_kind_value_lines_under_a_level_heading_en(tmp_path: Path) -> None:
    text = _lines(
        "Severity 1",
        "The service is unavailable.",
        "Response: 1 hour",
        "Resolution: 1 business day",
        "Severity 2",
        "A feature misbehaves.",
        "Response: 4 hours",
        "Resolution: 5 business days",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Severity 1": ("1h", "1 business day"),
        "Severity 2": ("4h", "5 business days"),
    }


def test_a_value_away_from_its_label_or_without_a_level_is_not_read(tmp_path: Path) -> None:
    text = _lines(
        "Response",
        "We answer the phone ourselves.",
        "2 hours",
        "P1",
        "First response",
        "Someone from the team looks at the report.",
        "20 minutes",
    )
    assert level_times(terms_of(tmp_path, text)) == {}


# --- column header → cell ------------------------------------------------------------------------


def test_table_one_cell_per_line_en(tmp_path: Path) -> None:
    text = _lines(
        "Priority",
        "Description",
        "Response time",
        "Resolution time",
        "P1",
        "Payments fail for every customer.",
        "1 hour",
        "8 hours",
        "P2",
        "Search returns stale results for some shoppers, which annoys them but does not stop them.",
        "4 hours",
        "3 business days",
    )
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("1h", "8h"), "P2": ("4h", "3 business days")}


def test_table_one_cell_per_line_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "故障等级",
        "故障描述",
        "响应时限",
        "修复时限",
        "一级",
        "全部业务中断",
        "30分钟",
        "4小时",
        "二级",
        "部分功能不可用",
        "2小时",
        "24小时",
    )
    # level names are reported as normalised (一级 → 1级), like every other extracted level name
    assert level_times(terms_of(tmp_path, text)) == {"1级": ("30m", "4h"), "2级": ("2h", "24h")}


def test_table_one_cell_per_line_zh_hant_with_other_headers_between(tmp_path: Path) -> None:
    text = _lines(
        "嚴重等級",
        "說明",
        "回應時間",
        "備註",
        "修復時間",
        "緊急",
        "系統停擺,所有分店無法作業",
        "1小時",
        "由專人處理",
        "8小時",
        "輕微",
        "畫面文字錯誤",
        "1個工作天",
        "由專人處理",
        "5個工作天",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "緊急": ("1h", "8h"),
        "輕微": ("1 business day", "5 business days"),
    }


def test_header_kinds_far_above_and_cadence_cells_en(tmp_path: Path) -> None:
    text = _lines(
        "Support levels",
        "Severity",
        "Initial response",
        "(24x7 for severity 1)",
        "Status updates",
        "Severity Level 1",
        "Production is down and no workaround exists. " * 4,
        "1 hour (24x7)",
        "Every 2 hours",
        "Severity Level 2",
        "A major function is impaired. " * 4,
        "4 business hours",
        "Every business day",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Level 1": ("1h", None), "Level 2": ("4 business hours", None)}


def test_tab_separated_table(tmp_path: Path) -> None:
    text = _lines(
        "Priority\tResponse\tResolution",
        "P1\t15 minutes\t4 hours",
        "P3\t1 business day\t10 business days",
    )
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("15m", "4h"), "P3": ("1 business day", "10 business days")}


# --- prose bullets inside a level's table cell ----------------------------------------------------


def test_prose_bullets_in_a_cell_en(tmp_path: Path) -> None:
    text = _lines(
        "Level | What it means | What we do",
        "Urgent | The site is down | - We will respond within one (1) hour of the ticket. - We will deploy a fix or"
        " a workaround, within twelve (12) hours. |",
        "Minor | A typo on a page | - We will respond within one (1) business day. - We will correct it in the next"
        " release. |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Urgent": ("1h", "12h"), "Minor": ("1 business day", None)}


def test_prose_bullets_in_a_cell_zh(tmp_path: Path) -> None:
    text = _lines(
        "级别 | 说明 | 服务承诺",
        "紧急 | 系统瘫痪 | • 接到报修后30分钟内响应 • 工程师须在6小时内修复 |",
        "一般 | 个别功能异常 | • 接到报修后2小时内响应 • 工程师须在2个工作日内修复 |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"紧急": ("30m", "6h"), "一般": ("2h", "2 business days")}
