"""The general causes behind batch 7's misses (session 8), each on tables and sentences of our own in
zh-Hans, zh-Hant and English (none is a corpus text):

- a clock stated once for a table's column by a second header row ("Business Hours | After-Hours"
  under "Response Time"): the business-hours column is the response, on the business clock; the
  after-hours column is not read as the next kind;
- a clock stated once for a list by a line of its own under the list's heading ("(during business
  hours)", "（工作时间内）"); a section "during non-business hours" is not business time;
- a header with both an acknowledge column and a respond column: the respond column is the response
  (an acknowledgement is a receipt, as the corpus keys record it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import level_times, terms_of, text_lines as _lines


def _clocks(terms: dict[str, Any], kind: str = "response") -> list[str | None]:
    return [lv[kind]["clock"] for lv in terms.get("severity_levels", []) if kind in lv]


# --- a second header row splitting a column by clock --------------------------------------------


def test_clock_subheader_splits_response_column_en(tmp_path: Path) -> None:
    text = _lines(
        "Support targets",
        "| Severity | Response Time | Fix Time | |",
        "|---|---|---|---|",
        "| Business Hours | Out of Hours | |",
        "| Sev 1 | 15 Minutes | 45 Minutes | 6 Hours |",
        "| Sev 2 | 2 Hours | 3 Hours | 12 Hours |",
    )
    terms = terms_of(tmp_path, text)
    assert level_times(terms) == {"Sev 1": ("15m", "6h"), "Sev 2": ("2h", "12h")}
    assert _clocks(terms) == ["business", "business"]


def test_clock_subheader_splits_response_column_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "| 故障等级 | 响应时间 | 修复时间 | |",
        "| --- | --- | --- | --- |",
        "| 工作时间 | 非工作时间 | |",
        "| 一级 | 20分钟 | 1小时 | 5小时 |",
        "| 二级 | 1小时 | 4小时 | 10小时 |",
    )
    terms = terms_of(tmp_path, text)
    assert level_times(terms) == {"1级": ("20m", "5h"), "2级": ("1h", "10h")}
    assert _clocks(terms) == ["business", "business"]


def test_clock_subheader_splits_response_column_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "| 等級 | 回應時間 | 修復時間 | |",
        "| --- | --- | --- | --- |",
        "| 上班時間 | 下班時間 | |",
        "| 第一級 | 10分鐘 | 40分鐘 | 3小時 |",
        "| 第二級 | 1小時 | 2小時 | 9小時 |",
    )
    terms = terms_of(tmp_path, text)
    assert sorted(level_times(terms).values()) == [("10m", "3h"), ("1h", "9h")]
    assert _clocks(terms) == ["business", "business"]


# --- a clock stated by a line of its own under the list's heading ---------------------------------


def test_clock_line_under_heading_en(tmp_path: Path) -> None:
    text = _lines(
        "Initial reply targets",
        "(Within standard office hours, local time)",
        "- Severity 1: 20 minutes",
        "- Severity 2: 3 hours",
    )
    terms = terms_of(tmp_path, text)
    assert level_times(terms) == {"Severity 1": ("20m", None), "Severity 2": ("3h", None)}
    assert _clocks(terms) == ["business", "business"]


def test_clock_line_under_heading_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "故障响应时限",
        "（工作时间内）",
        "一级故障：30分钟内响应",
        "二级故障：4小时内响应",
    )
    assert _clocks(terms_of(tmp_path, text)) == ["business", "business"]


def test_clock_line_under_heading_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "案件回應時限",
        "（上班時間內）",
        "第一級：30分鐘內回應",
        "第二級：4小時內回應",
    )
    assert _clocks(terms_of(tmp_path, text)) == ["business", "business"]


def test_non_business_hours_heading_is_not_business_time(tmp_path: Path) -> None:
    text = _lines(
        "Response time during non-business hours",
        "- Severity 1: response within 2 hours",
        "- Severity 2: response within 6 hours",
    )
    assert _clocks(terms_of(tmp_path, text)) == [None, None]


# --- acknowledge and respond columns -------------------------------------------------------------


def test_acknowledge_and_respond_columns_en(tmp_path: Path) -> None:
    text = _lines(
        "| Priority | Acknowledge | Respond | Notes |",
        "|---|---|---|---|",
        "| P1 | 10 min | 2 hours | phone first |",
        "| P2 | 30 min | 6 hours | |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("2h", None), "P2": ("6h", None)}


def test_acknowledge_and_respond_columns_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "| 级别 | 受理确认 | 响应处理 | 解决时限 |",
        "| --- | --- | --- | --- |",
        "| 一级 | 5分钟 | 1小时 | 8小时 |",
        "| 二级 | 15分钟 | 3小时 | 24小时 |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"1级": ("1h", "8h"), "2级": ("3h", "24h")}


def test_acknowledge_column_alone_is_the_response(tmp_path: Path) -> None:
    text = _lines(
        "| Priority | Acknowledge | Resolve |",
        "|---|---|---|",
        "| P1 | 15 min | 4 hours |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("15m", "4h")}


# --- a warranty is the free period, not the term; a contract signed after it ends has the term -----


def test_free_warranty_is_the_free_period_not_the_term_zh_hans(tmp_path: Path) -> None:
    terms = terms_of(tmp_path, "乙方为本系统提供叁年免费质保服务，维护期自系统验收合格之日起计算。\n")
    assert terms.get("free_maintenance") == {"length": "3 years", "start_event": "acceptance"}
    assert "term" not in terms


def test_period_provided_with_a_purchase_is_the_free_period_zh_hant(tmp_path: Path) -> None:
    text = "凡購買本公司門市系統即贈送90天維護服務期，服務期期滿後，客戶可自行決定是否續簽維護合約。\n"
    terms = terms_of(tmp_path, text)
    assert terms.get("free_maintenance", {}).get("length") == "90 days"
    assert "term" not in terms


def test_period_provided_with_a_purchase_is_the_free_period_zh_hans(tmp_path: Path) -> None:
    text = "客户新购本产品即提供6个月服务期，服务期满后可签订维护合同。\n"
    terms = terms_of(tmp_path, text)
    assert terms.get("free_maintenance", {}).get("length") == "6 months"
    assert "term" not in terms


def test_contract_signed_after_the_warranty_has_the_term_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "購買本系統之客戶均享有兩年免費保固。",
        "保固期滿後，客戶可與本公司簽訂一年期的維護合約。",
    )
    terms = terms_of(tmp_path, text)
    assert terms.get("free_maintenance") == {"length": "2 years"}
    assert terms.get("term", {}).get("length") == "1 year"


def test_contract_signed_after_the_warranty_has_the_term_en(tmp_path: Path) -> None:
    text = _lines(
        "All systems carry a free warranty of 18 months.",
        "After the warranty period expires, the customer may sign a 2-year maintenance contract.",
    )
    terms = terms_of(tmp_path, text)
    assert terms.get("free_maintenance") == {"length": "18 months"}
    assert terms.get("term", {}).get("length") == "2 years"


# --- one cell per line under a line that only names the kind; levels of the vendor's own names -----


def test_cell_per_line_under_a_kind_name_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "故障修复时限",
        "紧急",
        "全部门店无法收银",
        "4小时内",
        "一般",
        "单台设备打印异常",
        "2个工作日内",
        "低优先",
        "界面文字调整",
        "10个工作日内",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "紧急": (None, "4h"),
        "一般": (None, "2 business days"),
        "低优先": (None, "10 business days"),
    }


def test_cell_per_line_under_a_kind_name_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "回應時間",
        "緊急",
        "系統全面停擺",
        "1小時內",
        "重要",
        "部分功能無法使用",
        "8小時內",
        "例行",
        "操作詢問",
        "2個工作天內",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "緊急": ("1h", None),
        "重要": ("8h", None),
        "例行": ("2 business days", None),
    }


def test_cell_per_line_under_a_kind_name_en(tmp_path: Path) -> None:
    text = _lines(
        "Response times",
        "Critical",
        "Checkout is down for every store",
        "Within 1 hour",
        "Major",
        "Reports fail to export",
        "Within 6 hours",
        "Routine",
        "How-to questions",
        "Within 3 business days",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Critical": ("1h", None),
        "Major": ("6h", None),
        "Routine": ("3 business days", None),
    }


# --- a pipe table printed one cell per line without a rule: the level's period gives the width ------


def test_broken_pipe_table_without_rule_en(tmp_path: Path) -> None:
    text = _lines(
        "| Class |",
        "Acknowledge |",
        "Respond |",
        "Notes |",
        "Severity 1",
        "Payments cannot be taken |",
        "5 min |",
        "45 min |",
        "- phone the desk",
        "|",
        "Severity 2",
        "One till is slow |",
        "20 min |",
        "3 hours |",
        "- portal only",
        "|",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Severity 1": ("45m", None), "Severity 2": ("3h", None)}


def test_broken_pipe_table_without_rule_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "| 级别 |",
        "响应时间 |",
        "解决时间 |",
        "一级",
        "核心业务中断 |",
        "30分钟 |",
        "6小时 |",
        "二级",
        "部分功能异常 |",
        "2小时 |",
        "3个工作日 |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"1级": ("30m", "6h"), "2级": ("2h", "3 business days")}


def test_broken_pipe_table_without_rule_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "| 等級 |",
        "回應時間 |",
        "修復時間 |",
        "緊急",
        "全部門市停擺 |",
        "15分鐘 |",
        "4小時 |",
        "重要",
        "報表無法列印 |",
        "1小時 |",
        "2個工作天 |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"緊急": ("15m", "4h"), "重要": ("1h", "2 business days")}


# --- bare-number levels under a header naming the kind; remote and on-site times per row -----------


def test_bare_number_levels_under_a_kind_header_en(tmp_path: Path) -> None:
    text = _lines(
        "Targets",
        "Response time in office hours",
        "Mon-Fri 9:00-17:00",
        "1",
        "By phone within 20 min",
        "Engineer on site within 4 hours",
        "2",
        "By phone within 2 hours",
        "Engineer on site within 8 hours",
        "Response time out of hours",
        "1",
        "By phone within 1 hour",
        "Engineer on site within 6 hours",
    )
    terms = terms_of(tmp_path, text)
    assert level_times(terms) == {"1": ("20m", None), "2": ("2h", None)}
    assert _clocks(terms) == ["business", "business"]


def test_bare_number_levels_under_a_kind_header_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "服务标准",
        "工作时间内响应时间",
        "1",
        "远程30分钟内",
        "现场4小时内",
        "2",
        "远程2小时内",
        "现场1个工作日内",
    )
    terms = terms_of(tmp_path, text)
    assert level_times(terms) == {"1": ("30m", None), "2": ("2h", None)}
    assert _clocks(terms) == ["business", "business"]


def test_bare_number_levels_under_a_kind_header_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "服務標準",
        "回應時間",
        "1",
        "遠端20分鐘內",
        "到場3小時內",
        "2",
        "遠端1小時內",
        "到場8小時內",
        "3",
        "遠端4小時內",
        "到場2個工作天內",
    )
    assert level_times(terms_of(tmp_path, text)) == {"1": ("20m", None), "2": ("1h", None), "3": ("4h", None)}


# --- a price table flattened into lines under a contract / no-contract header ---------------------


def _rate_card(terms: dict[str, Any]) -> list[tuple[str, str]]:
    return [(item["unit"], item["price"]) for item in terms.get("fees", {}).get("rate_card", [])]


def test_flattened_price_columns_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "加值服務收費標準 合約期間內 非合約期間內",
        "資料庫修復 (遠端處理) 免費提供3次",
        "額外收費500-元",
        "收費1000-元",
        "工程師到府安裝",
        "1200-元 (市區)",
        "2000-元 (郊區)",
        "2500-元 (市區)",
        "3300-元 (郊區)",
        "印表機到府檢修 700-元 (市區)",
        "不提供",
    )
    assert _rate_card(terms_of(tmp_path, text)) == [
        ("incident", "500.00 TWD"),
        ("visit", "1200.00 TWD"),
        ("visit", "2000.00 TWD"),
        ("visit", "700.00 TWD"),
    ]


def test_flattened_price_columns_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "收费项目 保内 保外",
        "主板更换 (寄修)",
        "免费",
        "800元",
        "工程师上门维修",
        "150元",
        "300元",
    )
    assert _rate_card(terms_of(tmp_path, text)) == [("visit", "150.00 CNY")]


def test_flattened_price_columns_en(tmp_path: Path) -> None:
    text = _lines(
        "Service charges Under contract Without contract",
        "Remote reinstall",
        "USD 90",
        "USD 180",
        "On-site engineer visit",
        "USD 250 (metro)",
        "USD 400 (regional)",
        "USD 500 (metro)",
        "USD 700 (regional)",
    )
    assert _rate_card(terms_of(tmp_path, text)) == [
        ("incident", "90.00 USD"),
        ("visit", "250.00 USD"),
        ("visit", "400.00 USD"),
    ]


# --- ways of working named as included services; tickets the client enters -------------------------


def _channels(terms: dict[str, Any]) -> list[str]:
    return sorted(c["kind"] for c in terms.get("support_channels", []))


def test_included_on_site_and_remote_services_are_channels_zh_hant(tmp_path: Path) -> None:
    text = _lines("保固期內客戶享有下列權利：", "1. 免費到場維修", "2. 免費的遠地連線處理")
    assert _channels(terms_of(tmp_path, text)) == ["on-site", "remote"]


def test_included_on_site_and_remote_services_are_channels_zh_hans(tmp_path: Path) -> None:
    text = _lines("质保期内客户享有：", "1. 免费到场维修", "2. 远端连线处理")
    assert _channels(terms_of(tmp_path, text)) == ["on-site", "remote"]


def test_remote_on_site_support_and_tickets_are_channels_en(tmp_path: Path) -> None:
    text = _lines(
        "Remote support is included for every covered system.",
        "On-site support is arranged by the provider when needed.",
        "Urgent tickets must be logged before 3pm.",
    )
    assert _channels(terms_of(tmp_path, text)) == ["on-site", "remote", "ticket"]


def test_on_site_arrival_deadline_stays_a_commitment(tmp_path: Path) -> None:
    text = _lines("Critical incidents: engineer on-site visit within 4 hours.")
    assert "on-site" not in _channels(terms_of(tmp_path, text))


def test_outlying_areas_are_not_remote_support_zh_hant(tmp_path: Path) -> None:
    text = _lines("保固期內提供到府維修服務（偏遠地區除外）。")
    assert _channels(terms_of(tmp_path, text)) == ["on-site"]


def test_a_priced_on_site_service_is_not_a_channel_en(tmp_path: Path) -> None:
    text = _lines(
        "| Service | Unit | Price |",
        "|---|---|---|",
        "| On-site support | visit | USD 300.00 |",
        "| Remote support | hour | USD 80.00 |",
    )
    assert _channels(terms_of(tmp_path, text)) == []


# --- a promise said of every request holds for each group of untiered promises ---------------------


def test_promise_for_every_request_holds_for_each_group_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "1. 收到报修后，我们将在8小时内响应。",
        "2. 对于加急报修，我们将在1小时内响应。",
        "3. 所有报修均在72小时内解决。",
    )
    resolutions = [lv.get("resolution", {}).get("within") for lv in terms_of(tmp_path, text)["severity_levels"]]
    assert resolutions == ["72h", "72h"]


def test_promise_for_every_request_holds_for_each_group_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "1. 收到報修後，我們將在8小時內回應。",
        "2. 對於急件，我們將在1小時內回應。",
        "3. 無論大小，所有報修均在3個工作天內解決。",
    )
    resolutions = [lv.get("resolution", {}).get("within") for lv in terms_of(tmp_path, text)["severity_levels"]]
    assert resolutions == ["3 business days", "3 business days"]


def test_promise_for_every_request_holds_for_each_group_en(tmp_path: Path) -> None:
    text = _lines(
        "1. We reply to a request within 6 hours.",
        "2. Rush requests get a reply within 1 hour.",
        "3. All requests are resolved within 5 days.",
    )
    resolutions = [lv.get("resolution", {}).get("within") for lv in terms_of(tmp_path, text)["severity_levels"]]
    assert resolutions == ["5 days", "5 days"]
