"""General classes behind batch 6's word misses, each on sentences of our own in zh-Hans, zh-Hant and
English (none is a corpus text):

- kind words: completion (完工) and "solution" are resolutions; 反应, "reply" and a bare 联系 right
  after a time are responses; arriving and dispatching (派人抵达, 到位, 安排处理) are neither;
- a label naming the kind before a list ("修復時限:一般問題不超過8小時,嚴重問題不超過24小時");
- the vendor's notification ways are not support channels;
- a liability cap as a multiple of the fees (两倍, twice): 200%;
- clocks: a statement that all times count business hours, a row's own clock cell (8x5), and
  非工作时间 (outside business hours) is not business time; "1d" is a day."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines as _lines


def _clocks(terms: dict[str, object]) -> dict[str, tuple[object, object]]:
    levels = terms.get("severity_levels", [])
    assert isinstance(levels, list)
    return {lv["name"]: (lv.get("response", {}).get("clock"), lv.get("resolution", {}).get("clock")) for lv in levels}


# --- kind words ----------------------------------------------------------------------------------


def test_completion_and_solution_are_resolutions(tmp_path: Path) -> None:
    zh = "紧急故障:接到报修后30分钟内响应,4小时内完工。"
    assert level_times(terms_of(tmp_path, zh)) == {"紧急": ("30m", "4h")}
    en = _lines("Level", "Meaning", "Targets", "1", "The till is down.", "Reply: 2h", "Solution: 2d")
    assert level_times(terms_of(tmp_path, en)) == {"1": ("2h", "2 days")}


def test_fanying_and_a_bare_contact_after_a_time_are_responses(tmp_path: Path) -> None:
    assert level_times(terms_of(tmp_path, "我司接到客户报修后,在2小时内反应,8小时内解决。")) == {
        "所有故障": ("2h", "8h")
    }
    assert level_times(terms_of(tmp_path, "維修人員收到報修後30分鐘聯系,說明處理方式。")) == {"所有故障": ("30m", None)}
    # a contact line ("联系方式", "联系电话") names no time
    assert terms_of(tmp_path, "联系方式:电话 400-000-0000,工作日2小时内可接通。").get("severity_levels") is None


def test_arriving_and_dispatching_are_neither(tmp_path: Path) -> None:
    zh = "接到报修后1小时内响应,6小时内派人抵达现场,在抵达现场后,一般故障在4小时内修复。"
    assert level_times(terms_of(tmp_path, zh)) == {"一般": ("1h", "4h")}
    tw = "服務回應:30分鐘內回覆,8小時到位服務,2小時內安排處理。"
    assert level_times(terms_of(tmp_path, tw)) == {"所有故障": ("30m", None)}


def test_a_label_names_the_kind_of_the_list_after_it(tmp_path: Path) -> None:
    tw = "修復時限:一般故障不超過8小時,嚴重故障不超過24小時。"
    assert level_times(terms_of(tmp_path, tw)) == {"一般": (None, "8h"), "嚴重": (None, "24h")}
    en = "Resolution targets: minor issues 3 days, major issues 1 day."
    assert level_times(terms_of(tmp_path, en)) == {"minor": (None, "3 days"), "major": (None, "1 day")}


# --- notification ways, caps ---------------------------------------------------------------------


def test_notification_ways_are_not_support_channels(tmp_path: Path) -> None:
    notify = "重大故障发生时,通知方式:短信、电话、邮件同时通知相关人员。"
    assert terms_of(tmp_path, notify).get("support_channels") is None
    en = "We will notify you by e-mail and SMS when maintenance is planned."
    assert terms_of(tmp_path, en).get("support_channels") is None
    report = "客户可通过电话或邮件报修,我方收到通知后30分钟内响应。"
    assert [c["kind"] for c in terms_of(tmp_path, report)["support_channels"]] == ["phone", "email"]


def test_a_cap_as_a_multiple_of_the_fees(tmp_path: Path) -> None:
    assert terms_of(tmp_path, "乙方的赔偿责任总额以合同金额的两倍为上限。")["liability"] == {"cap": "200%"}
    assert terms_of(tmp_path, "乙方賠償責任最高不超過合同總價的1.5倍。")["liability"] == {"cap": "150%"}
    en = "The Vendor's total liability shall not exceed twice the total fees paid under this Agreement."
    assert terms_of(tmp_path, en)["liability"] == {"cap": "200%"}
    share = "The Vendor's total liability shall not exceed 50% of the total fees paid under this Agreement."
    assert terms_of(tmp_path, share)["liability"] == {"cap": "50%"}


# --- clocks --------------------------------------------------------------------------------------


def test_a_statement_that_all_times_count_business_hours(tmp_path: Path) -> None:
    en = _lines(
        "| Priority | Response | Resolution |",
        "| P1 | 1 hour | 4 hours |",
        "| P2 | 4 hours | 2 days |",
        "All of the above targets are measured during business hours (Mon-Fri 9:00-17:30).",
    )
    assert _clocks(terms_of(tmp_path, en)) == {"P1": ("business", "business"), "P2": ("business", "business")}
    zh = "紧急故障2小时内响应,8小时内解决;一般故障4小时内响应,3天内解决。以上时间均按工作时间计算。"
    assert _clocks(terms_of(tmp_path, zh)) == {"紧急": ("business", "business"), "一般": ("business", "business")}
    plain = en.replace(
        "All of the above targets are measured during business hours (Mon-Fri 9:00-17:30)", "Support staff work hard"
    )
    assert _clocks(terms_of(tmp_path, plain)) == {"P1": (None, None), "P2": (None, None)}


def test_outside_business_hours_is_not_business_time(tmp_path: Path) -> None:
    zh = "工作时间内紧急故障30分钟内响应;非工作时间一般故障4小时内响应。"
    assert _clocks(terms_of(tmp_path, zh)) == {"紧急": ("business", None), "一般": (None, None)}


def test_a_row_states_its_own_clock(tmp_path: Path) -> None:
    text = _lines(
        "| Priority | Response | Resolution | Coverage |",
        "| P1 | 1 hour | 4 hours | 24x7 |",
        "| P3 | 4 hours | 3 days | 8x5 |",
    )
    assert _clocks(terms_of(tmp_path, text)) == {"P1": ("24x7", "24x7"), "P3": ("business", "business")}


# --- labels over lists, pairs of times -----------------------------------------------------------


def test_a_label_line_names_the_kind_of_the_level_items_below(tmp_path: Path) -> None:
    en = _lines(
        "Response times",
        "• Critical: 1 hour",
        "• High: 4 hours",
        "Resolution times",
        "• Critical: 8 hours",
        "• High: 2 business days",
    )
    assert level_times(terms_of(tmp_path, en)) == {"Critical": ("1h", "8h"), "High": ("4h", "2 business days")}
    one_line = "Response Time: Critical – 1 hour; High – 4 hours; Medium – 1 business day.\n"
    assert level_times(terms_of(tmp_path, one_line)) == {
        "Critical": ("1h", None),
        "High": ("4h", None),
        "Medium": ("1 business day", None),
    }


def test_a_label_does_not_reach_prose_or_far_lines(tmp_path: Path) -> None:
    text = _lines(
        "Resolution",
        "Adaptation to each major platform release within 10 business days, after review.",
        *["Other terms apply."] * 9,
        "• Critical: 1 hour",
    )
    assert terms_of(tmp_path, text).get("severity_levels") is None


def test_times_paired_by_a_slash_take_the_labels_kinds_in_order(tmp_path: Path) -> None:
    zh = _lines("服务时限(响应/修复):", "紧急故障:30分钟/4小时", "一般故障:2小时/24小时")
    assert level_times(terms_of(tmp_path, zh)) == {"紧急": ("30m", "4h"), "一般": ("2h", "24h")}
    table = _lines("| Priority | Response / Resolution |", "|---|---|", "| P1 | 1 hour / 4 hours |")
    assert level_times(terms_of(tmp_path, table)) == {"P1": ("1h", "4h")}
    tw = _lines("| 等級 | 回應/修復 |", "| 緊急 | 1小時/8小時 |")
    assert level_times(terms_of(tmp_path, tw)) == {"緊急": ("1h", "8h")}


def test_short_units_in_cells(tmp_path: Path) -> None:
    """ "15m", "4h", "1d" are minutes, hours and days; "1m" or "3m" may be months, so they are not read."""
    text = _lines(
        "Severity\tResponse\tUpdate\tResolve", "S1\t15m\tevery 30m\t4h", "S2\t1h\tevery 2h\t1d", "S3\t1d\t-\t1m"
    )
    assert level_times(terms_of(tmp_path, text)) == {"S1": ("15m", "4h"), "S2": ("1h", "1 day"), "S3": ("1 day", None)}


def test_cases_and_tickets_name_levels(tmp_path: Path) -> None:
    tw = "本公司接獲報修後,緊急案件2小時內回應,一般案件於3個工作天內完成維修。"
    assert level_times(terms_of(tmp_path, tw)) == {"緊急": ("2h", None), "一般": (None, "3 business days")}
    # 一般情况下 ("usually") names no level
    zh = "一般情况下,乙方在2小时内响应。"
    assert level_times(terms_of(tmp_path, zh)) == {"所有故障": ("2h", None)}
