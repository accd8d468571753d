"""The general causes behind batch 8's misses (session 9), each on tables and sentences of our own in
zh-Hans, zh-Hant and English (none is a corpus text):

- a line introducing the next table ("… as follows:") or lines above a header that a rule underlines end
  the table before them (they were read as a cell running on, and the two tables read as one);
- a table with column groups (one per plan or contract): the first header row names the level column and
  the groups, the second, one cell short under the row-spanning level column, names the kinds; only the
  first group is read, and a row that lost cells under a row-spanning column takes the time columns in
  order when it has as many times, else only its first time."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines as _lines

# --- an intro line between two tables ------------------------------------------------------------


def test_intro_line_ends_the_table_above_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "故障级别 | 说明 |",
        "---|---|",
        "一级 | 全部业务中断 |",
        "二级 | 部分功能不可用 |",
        "各级故障的响应标准如下:",
        "故障级别 | 响应时间 |",
        "一级 | 15分钟 |",
        "二级 | 1小时 |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"1级": ("15m", None), "2级": ("1h", None)}


def test_lines_above_an_underlined_header_end_the_table_en(tmp_path: Path) -> None:
    text = _lines(
        "| Priority | Meaning |",
        "|---|---|",
        "| Urgent | Production is down |",
        "| Normal | A feature misbehaves |",
        "For the Gold plan the targets are",
        "| Priority | Response Time |",
        "|---|---|",
        "| Urgent | 20 minutes |",
        "| Normal | 3 hours |",
    )
    times = level_times(terms_of(tmp_path, text))
    assert times == {"Urgent": ("20m", None), "Normal": ("3h", None)}


def test_intro_line_ends_the_table_above_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "| 等級 | 定義 | 備註 |",
        "|---|---|---|",
        "| 緊急 | 系統完全停止 | |",
        "| 一般 | 單一功能異常 | |",
        "服務回應時間如下：",
        "| 等級 | 回應時間 | 修復時間 |",
        "|---|---|---|",
        "| 緊急 | 30分鐘 | 4小時 |",
        "| 一般 | 4小時 | 3個工作天 |",
    )
    times = level_times(terms_of(tmp_path, text))
    assert times == {"緊急": ("30m", "4h"), "一般": ("4h", "3 business days")}


# --- column groups and rows losing cells under row-spanning columns -----------------------------


def test_column_groups_first_group_read_rows_losing_cells_en(tmp_path: Path) -> None:
    text = _lines(
        "| Severity | Basic Plan | Enterprise Plan | | | |",
        "|---|---|---|---|---|---|",
        "| Response Time | Resolution Time | Uptime | Response Time | Resolution Time | Uptime |",
        "| Sev 1 | 1 hour | 8 hour | 99% | 20 minutes | 2 hour | 99.9% |",
        "| Sev 2 | 4 hour | 2 day | 1 hour | 12 hour | | |",
        "| Sev 3 | 8 hour | 6 hour | 3 day | | | |",
    )
    times = level_times(terms_of(tmp_path, text))
    # Sev 3 holds three times under four time columns: which cell was lost is unknown, so only its
    # first time (the first group's response) is read
    assert times == {"Sev 1": ("1h", "8h"), "Sev 2": ("4h", "2 days"), "Sev 3": ("8h", None)}


def test_column_groups_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "| 优先级 | 标准服务 | 高级服务 | | | |",
        "|---|---|---|---|---|---|",
        "| 响应时间 | 解决时间 | 达成率 | 响应时间 | 解决时间 | 达成率 |",
        "| 紧急 | 1小时 | 12小时 | 90% | 15分钟 | 4小时 | 99% |",
        "| 重要 | 2小时 | 1天 | 1小时 | 12小时 | | |",
        "| 一般 | 4小时 | 4小时 | 2天 | | | |",
    )
    times = level_times(terms_of(tmp_path, text))
    assert times == {"紧急": ("1h", "12h"), "重要": ("2h", "1 day"), "一般": ("4h", None)}


def test_column_groups_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "| 優先級 | 基本方案 | 進階方案 | | |",
        "|---|---|---|---|---|",
        "| 回應時間 | 修復時間 | 回應時間 | 修復時間 |",
        "| 緊急 | 2小時 | 24小時 | 30分鐘 | 8小時 |",
        "| 一般 | 8小時 | 4小時 | 2天 | | |",
    )
    times = level_times(terms_of(tmp_path, text))
    assert times == {"緊急": ("2h", "24h"), "一般": ("8h", None)}


def test_one_header_row_with_one_group_unchanged(tmp_path: Path) -> None:
    """A plain header (no groups) over rows that lost a cell still takes the header's kinds in order."""
    text = _lines(
        "| Severity | Response Time | Resolution Time | Notes |",
        "|---|---|---|---|",
        "| Sev 1 | 1 hour | 8 hours |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Sev 1": ("1h", "8h")}


# --- an on-site "response" is an arrival; a response by a way of working names the channel ------------


def _channels(terms: dict[str, object]) -> list[str]:
    return [c["kind"] for c in terms.get("support_channels", [])]  # type: ignore[attr-defined, index]


def test_cell_pairing_phone_response_and_on_site_arrival_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "不同级别请求的服务标准:",
        "严重级别 | 响应时间 |",
        "1 | 15分钟电话响应,2小时现场响应 |",
        "2 | 30分钟电话响应,4小时现场响应 |",
    )
    terms = terms_of(tmp_path, text)
    assert level_times(terms) == {"严重级别1": ("15m", None), "严重级别2": ("30m", None)}
    assert _channels(terms) == ["phone", "on-site"]


def test_on_site_response_sentence_is_an_arrival_zh_hant(tmp_path: Path) -> None:
    text = _lines("保養期內,遠端支援響應時間不超過2小時,現場支援響應時間不超過6小時。")
    terms = terms_of(tmp_path, text)
    # the remote response is the response; the on-site one, an arrival, is not read as a second level
    assert level_times(terms) == {"所有故障": ("2h", None)}


def test_on_site_response_is_an_arrival_en(tmp_path: Path) -> None:
    text = _lines("Severity 1: phone response within 30 minutes, on-site response within 4 hours.")
    terms = terms_of(tmp_path, text)
    assert level_times(terms) == {"Severity 1": ("30m", None)}
    assert _channels(terms) == ["phone"]


# --- a sentence opening with the hours it holds in ----------------------------------------------------


def test_opening_clause_states_business_clock_zh_hant(tmp_path: Path) -> None:
    text = _lines("在每日工作時段內,技術人員回應時間不超過3小時。")
    levels = terms_of(tmp_path, text)["severity_levels"]
    assert [(lv["response"]["within"], lv["response"]["clock"]) for lv in levels] == [("3h", "business")]


def test_opening_clause_states_business_clock_zh_hans_and_en(tmp_path: Path) -> None:
    zh = terms_of(tmp_path, _lines("在工作时间内,接到报修后2小时内响应。"), "zh.txt")["severity_levels"]
    en = terms_of(tmp_path, _lines("During business hours, we respond within 2 hours."), "en.txt")["severity_levels"]
    assert [(lv["response"]["within"], lv["response"]["clock"]) for lv in zh + en] == [
        ("2h", "business"),
        ("2h", "business"),
    ]


def test_opening_clause_outside_business_hours_is_not_business(tmp_path: Path) -> None:
    text = _lines("在非工作时间内,接到报修后4小时内响应。")
    levels = terms_of(tmp_path, text)["severity_levels"]
    assert [lv["response"]["clock"] for lv in levels] == [None]


# --- a request held over to the next working day is deferred, not answered within one ---------------


def test_deferred_to_next_working_day_is_no_time_zh_hans(tmp_path: Path) -> None:
    text = _lines("在非工作时间,三级和四级问题将被顺延到下一个工作日由工程师响应。")
    assert "severity_levels" not in terms_of(tmp_path, text)


def test_deferred_to_next_working_day_is_no_time_zh_hant(tmp_path: Path) -> None:
    text = _lines("非上班時間提出的一般問題,將留至下一個工作天再由工程師回覆。")
    assert "severity_levels" not in terms_of(tmp_path, text)


def test_deferred_until_next_business_day_is_no_time_en(tmp_path: Path) -> None:
    text = _lines("Low priority requests received after hours are queued until the next business day for a response.")
    assert "severity_levels" not in terms_of(tmp_path, text)


def test_answer_by_next_business_day_is_still_one_business_day(tmp_path: Path) -> None:
    zh = terms_of(tmp_path, _lines("一般问题于下一个工作日内回复。"), "zh.txt")["severity_levels"]
    en = terms_of(tmp_path, _lines("Low priority requests receive a response by the next business day."), "en.txt")
    assert [lv["response"]["within"] for lv in zh + en["severity_levels"]] == ["1 business day", "1 business day"]


# --- a promise for questions beside fault levels is one more level ------------------------------------


def test_question_promise_beside_fault_levels_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "使用中的任何疑问均可免费咨询,问题响应时间2个工作日内。",
        "一级故障,1小时响应,8小时内解决;",
        "二级故障,4小时响应,3天内解决。",
    )
    times = level_times(terms_of(tmp_path, text))
    assert times == {"咨询": ("2 business days", None), "1级": ("1h", "8h"), "2级": ("4h", "3 days")}


def test_question_promise_beside_fault_levels_zh_hant_and_en(tmp_path: Path) -> None:
    zh = _lines(
        "系統操作上的疑問,於1個工作天內回覆。",
        "緊急故障:30分鐘內回應,4小時內修復。",
        "一般故障:4小時內回應,2天內修復。",
    )
    en = _lines(
        "Questions about using the product are answered within 2 business days.",
        "Critical issues: respond within 1 hour, resolve within 8 hours.",
        "Minor issues: respond within 8 hours, resolve within 5 days.",
    )
    assert level_times(terms_of(tmp_path, zh, "zh.txt"))["諮詢"] == ("1 business day", None)
    assert level_times(terms_of(tmp_path, en, "en.txt"))["consultation"] == ("2 business days", None)


def test_question_promise_same_as_levels_adds_nothing(tmp_path: Path) -> None:
    """The same time as the levels' (or a promise about faults) is no level of its own."""
    text = _lines(
        "Questions are answered within 1 hour.",
        "Critical issues: respond within 1 hour, resolve within 8 hours.",
        "Minor issues: respond within 1 hour, resolve within 5 days.",
    )
    assert "consultation" not in level_times(terms_of(tmp_path, text))


# --- two levels named together share a time; a range gives each one end -----------------------------


def test_two_levels_share_a_range_zh_hans(tmp_path: Path) -> None:
    text = _lines("P1:15 分钟响应,4 小时解决;P3/P4:4-12 小时响应。")
    times = level_times(terms_of(tmp_path, text))
    assert times == {"P1": ("15m", "4h"), "P3": ("4h", None), "P4": ("12h", None)}


def test_two_levels_share_one_time_zh_hant(tmp_path: Path) -> None:
    text = _lines("一級故障:30分鐘內回應;三級、四級故障:8小時內回應。")
    times = level_times(terms_of(tmp_path, text))
    assert times == {"1級": ("30m", None), "3級": ("8h", None), "4級": ("8h", None)}


def test_two_levels_share_a_range_en(tmp_path: Path) -> None:
    text = _lines("P2/P3: respond within 2-8 hours.")
    assert level_times(terms_of(tmp_path, text)) == {"P2": ("2h", None), "P3": ("8h", None)}


def test_clock_time_after_a_digit_is_still_no_length(tmp_path: Path) -> None:
    """ "9:30" stays a time of day; only a level's id before the colon ("P4:8") lets the number be a length."""
    text = _lines("工作日9:30-18:00受理报修,接到报修后2小时内响应。")
    assert level_times(terms_of(tmp_path, text)) == {"所有故障": ("2h", None)}


# --- fixing security vulnerabilities is not an incident's resolution ---------------------------------


def test_vulnerability_fix_is_no_resolution_zh_hans_table(tmp_path: Path) -> None:
    text = _lines(
        "| 服务模块 | 服务内容 | 服务标准 |",
        "|---|---|---|",
        "| 缺陷修复 | 补丁更新 | 一般缺陷修复率 100%;高危漏洞修复≤48 小时 |",
    )
    assert "severity_levels" not in terms_of(tmp_path, text)


def test_vulnerability_fix_is_no_resolution_zh_hant_and_en(tmp_path: Path) -> None:
    zh = _lines("系統維護:高風險安全漏洞於72小時內修復。")
    en = _lines("Maintenance: high-risk vulnerabilities are fixed within 72 hours of disclosure.")
    assert "severity_levels" not in terms_of(tmp_path, zh, "zh.txt")
    assert "severity_levels" not in terms_of(tmp_path, en, "en.txt")


def test_incident_fix_beside_a_vulnerability_fix_still_read(tmp_path: Path) -> None:
    text = _lines("緊急故障4小時內修復;重大安全漏洞於72小時內修復。")
    assert level_times(terms_of(tmp_path, text)) == {"緊急": (None, "4h")}


# --- a term said without a term word ---------------------------------------------------------------


def _term(tmp_path: Path, text: str, name: str = "doc.txt") -> object:
    return terms_of(tmp_path, _lines(text), name).get("term", {}).get("length")


def test_service_for_the_first_months_from_its_start(tmp_path: Path) -> None:
    assert _term(tmp_path, "本支援服務由合約開始日期起計算的首二十四個月內持續提供。", "tw.txt") == "24 months"
    assert _term(tmp_path, "技术支持服务自合同生效之日起,前6个月内持续提供。", "zh.txt") == "6 months"
    assert _term(tmp_path, "Support is provided for the first 12 months from the start date.", "en.txt") == "12 months"


def test_contract_signed_once_a_period_and_annual_plans(tmp_path: Path) -> None:
    assert _term(tmp_path, "维护合同每2年签订一次。", "zh.txt") == "2 years"
    assert _term(tmp_path, "本方案採年約制,按月扣款。", "tw.txt") == "1 year"
    assert _term(tmp_path, "The service is sold as an annual subscription billed monthly.", "en.txt") == "1 year"


def test_a_stated_term_wins_over_an_annual_plan(tmp_path: Path) -> None:
    text = "本服务为年缴方案。\n服务期限为两年,自合同签订之日起计算。"
    assert _term(tmp_path, text, "zh.txt") == "2 years"


# --- tickets the client raises; the way the vendor replies is no channel -----------------------------


def test_times_from_a_tickets_receipt_name_the_ticket_channel_en(tmp_path: Path) -> None:
    text = _lines("Urgent issues receive a first response within one (1) hour of receipt of ticket.")
    assert _channels(terms_of(tmp_path, text)) == ["ticket"]


def test_support_portal_names_the_ticket_channel_en(tmp_path: Path) -> None:
    text = _lines("Priorities are set in the Support Portal when the issue is logged.")
    assert _channels(terms_of(tmp_path, text)) == ["ticket"]


def test_ticket_received_zh_hans_and_zh_hant(tmp_path: Path) -> None:
    zh = terms_of(tmp_path, _lines("乙方收到客户工单后2小时内响应。"), "zh.txt")
    tw = terms_of(tmp_path, _lines("客戶可透過工單系統提出服務需求。"), "tw.txt")
    assert _channels(zh) == ["ticket"]
    assert _channels(tw) == ["ticket"]


def test_way_the_vendor_replies_is_no_channel(tmp_path: Path) -> None:
    en = _lines(
        "Response time runs from the moment the ticket is received until an engineer replies back by phone call."
    )
    zh = _lines("客户可通过工单系统报修,我们将通过电话回复客户。")
    assert _channels(terms_of(tmp_path, en, "en.txt")) == ["ticket"]
    assert _channels(terms_of(tmp_path, zh, "zh.txt")) == ["ticket"]


# --- a level's name on its own line governs the prose line under it ----------------------------------


def test_level_heading_with_description_governs_next_line_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "收到問題後,您會在2個工作天內獲得初步回覆。",
        "緊急",
        "(例:系統無法登入)",
        "將於工作天內2~4hr內回覆 每1個工作天內更新進度",
    )
    times = level_times(terms_of(tmp_path, text))
    # "2~4hr" is 4 hours: a time the vendor must meet gives its range's upper end (session 15)
    assert times == {"所有問題": ("2 business days", None), "緊急": ("4h", None)}


def test_level_heading_governs_next_line_zh_hans_and_en(tmp_path: Path) -> None:
    zh = _lines("紧急故障", "接到报修后30分钟内响应,4小时内解决")
    en = _lines("Critical", "(e.g. the site is down)", "We respond within 30min and resolve within 8 hours.")
    assert level_times(terms_of(tmp_path, zh, "zh.txt")) == {"紧急": ("30m", "4h")}
    assert level_times(terms_of(tmp_path, en, "en.txt")) == {"Critical": ("30m", "8h")}


def test_ascii_unit_before_a_cjk_letter(tmp_path: Path) -> None:
    text = _lines("接到报修后30min内响应,4hr内解决。")
    assert level_times(terms_of(tmp_path, text)) == {"所有故障": ("30m", "4h")}


# --- one untiered promise beside levels that state other times is one more level ----------------------


def test_untiered_promise_beside_levels_is_one_more_level_en(tmp_path: Path) -> None:
    text = _lines(
        "Every request receives a first reply within 1 business day.",
        "Critical",
        "We respond within 1 hour.",
    )
    times = level_times(terms_of(tmp_path, text))
    assert times == {"all issues": ("1 business day", None), "Critical": ("1h", None)}


# --- an average time is no commitment ----------------------------------------------------------------


def test_average_time_is_no_commitment(tmp_path: Path) -> None:
    en = _lines("Critical – response within 24 hours (average response time during business hours is under 2 hours).")
    zh = _lines("紧急故障:24小时内响应,平均响应时间为2小时。")
    tw = _lines("緊急故障:24小時內回應,平均回應時間約2小時。")
    assert level_times(terms_of(tmp_path, en, "en.txt")) == {"Critical": ("24h", None)}
    assert level_times(terms_of(tmp_path, zh, "zh.txt")) == {"紧急": ("24h", None)}
    assert level_times(terms_of(tmp_path, tw, "tw.txt")) == {"緊急": ("24h", None)}


# --- 简易故障 names a level; a remote or on-site response names the channels ---------------------------


def test_simple_fault_names_a_level_zh_hans_and_zh_hant(tmp_path: Path) -> None:
    zh = _lines("一是简易故障,在2小时内恢复;二是重大故障,在8小时内恢复。")
    tw = _lines("簡單問題:4小時內修復;緊急問題:1小時內修復。")
    assert level_times(terms_of(tmp_path, zh, "zh.txt")) == {"简易": (None, "2h"), "重大": (None, "8h")}
    assert level_times(terms_of(tmp_path, tw, "tw.txt")) == {"簡單": (None, "4h"), "緊急": (None, "1h")}


def test_remote_or_on_site_response_names_channels_en(tmp_path: Path) -> None:
    text = _lines("Severe weather may delay remote or on-site response.")
    assert _channels(terms_of(tmp_path, text)) == ["remote", "on-site"]


# --- a price on its own line under a title naming the fee and its period -----------------------------


def _recurring(terms: dict[str, object]) -> list[tuple[str, str]]:
    fees = terms.get("fees", {})
    return [(r["amount"], r["period"]) for r in fees.get("recurring", [])]  # type: ignore[attr-defined]


def test_price_under_a_title_naming_fee_and_period(tmp_path: Path) -> None:
    tw = _lines("企業雲端備份方案 – 每月 (服務費)", "NT$1,200", "說明")
    zh = _lines("网站托管维护 每年 (服务费)", "¥6,800", "服务内容")
    en = _lines("Premium Support Plan – monthly support fee", "USD 490", "What is included")
    assert _recurring(terms_of(tmp_path, tw, "tw.txt")) == [("1200.00 TWD", "month")]
    assert _recurring(terms_of(tmp_path, zh, "zh.txt")) == [("6800.00 CNY", "year")]
    assert _recurring(terms_of(tmp_path, en, "en.txt")) == [("490.00 USD", "month")]


def test_price_under_a_title_without_a_fee_word_is_not_recurring(tmp_path: Path) -> None:
    text = _lines("筆記型電腦 每月 新品", "NT$29,900")
    assert _recurring(terms_of(tmp_path, text)) == []


def test_typical_figure_in_a_table_cell_is_no_commitment(tmp_path: Path) -> None:
    en = _lines(
        "| Priority | Response Target | Resolution Goal |",
        "|---|---|---|",
        "| P1 – Critical | Within 1 hour | Restore service ASAP (usually under 4 hrs) |",
    )
    zh = _lines("| 级别 | 响应时间 | 解决时间 |", "|---|---|---|", "| 紧急 | 30分钟 | 尽快恢复(平均约4小时) |")
    assert level_times(terms_of(tmp_path, en, "en.txt")) == {"P1": ("1h", None)}
    assert level_times(terms_of(tmp_path, zh, "zh.txt")) == {"紧急": ("30m", None)}


# --- training given on site or remotely is not a support channel ------------------------------------


def test_on_site_or_remote_training_is_no_channel(tmp_path: Path) -> None:
    zh = _lines("我方安排技术支持人员提供现场培训,内容包括系统操作。")
    tw = _lines("技術支援團隊提供遠端教育訓練與操作說明。")
    en = _lines("Our technical support team delivers on-site training for administrators.")
    for text, name in ((zh, "zh.txt"), (tw, "tw.txt"), (en, "en.txt")):
        assert _channels(terms_of(tmp_path, text, name)) == []


def test_on_site_support_beside_training_is_still_a_channel(tmp_path: Path) -> None:
    text = _lines("技术支持方式:现场支持、远程支持;另提供现场培训。")
    assert sorted(_channels(terms_of(tmp_path, text))) == ["on-site", "remote"]


def test_ticket_opened_by_email_is_the_email_channel(tmp_path: Path) -> None:
    en = _lines("Tickets that are opened via an email are assigned a low priority.")
    zh = _lines("客户通过邮件提交的工单按一般问题处理。")
    tw = _lines("客戶透過電話開立的工單由值班人員受理。")
    assert _channels(terms_of(tmp_path, en, "en.txt")) == ["email"]
    assert _channels(terms_of(tmp_path, zh, "zh.txt")) == ["email"]
    assert _channels(terms_of(tmp_path, tw, "tw.txt")) == ["phone"]


# --- a numbered line naming a class of problems is the vendor's own level ----------------------------


def test_numbered_problem_classes_are_levels(tmp_path: Path) -> None:
    zh = _lines("(1)软件类问题反馈", "在1小时内响应,一个工作日内解决。", "(2)硬件类问题反馈", "在4小时内响应。")
    tw = _lines("1. 帳務問題:", "於2小時內回覆。", "2. 系統故障:", "於30分鐘內回應,4小時內修復。")
    en = _lines(
        "1. Billing questions",
        "We reply within 1 business day.",
        "2. Outage incidents",
        "We respond within 15 minutes.",
    )
    assert level_times(terms_of(tmp_path, zh, "zh.txt")) == {
        "软件类问题": ("1h", "1 business day"),
        "硬件类问题": ("4h", None),
    }
    assert level_times(terms_of(tmp_path, tw, "tw.txt")) == {"帳務問題": ("2h", None), "系統故障": ("30m", "4h")}
    assert level_times(terms_of(tmp_path, en, "en.txt")) == {
        "Billing questions": ("1 business day", None),
        "Outage incidents": ("15m", None),
    }


def test_support_via_the_web_is_the_ticket_channel(tmp_path: Path) -> None:
    en = _lines("Support is available 24 hours a day via web and email.")
    zh = _lines("客户可通过官网提交故障,也可拨打热线电话。")
    tw = _lines("客戶可透過線上表單或電子郵件報修。")
    assert _channels(terms_of(tmp_path, en, "en.txt")) == ["email", "ticket"]
    assert _channels(terms_of(tmp_path, zh, "zh.txt")) == ["phone", "ticket"]
    assert _channels(terms_of(tmp_path, tw, "tw.txt")) == ["email", "ticket"]


# --- the validity stated in a paragraph about a free service is the free period ----------------------


def _periods(terms: dict[str, object]) -> tuple[object, object]:
    free = terms.get("free_maintenance", {})
    term = terms.get("term", {})
    return free.get("length"), term.get("length")  # type: ignore[attr-defined]


def test_validity_in_a_free_service_paragraph_is_the_free_period(tmp_path: Path) -> None:
    zh = _lines("购买软件的用户可免费享受标准服务,包括热线支持和远程协助。有效期一年,期满后按年收费。")
    tw = _lines("新購用戶可免費享受基本維護服務,包括電話支援。有效期六個月。")
    en = _lines("New customers receive free support for the product, including phone support. Validity: 6 months.")
    assert _periods(terms_of(tmp_path, zh, "zh.txt")) == ("1 year", None)
    assert _periods(terms_of(tmp_path, tw, "tw.txt")) == ("6 months", None)
    assert _periods(terms_of(tmp_path, en, "en.txt")) == ("6 months", None)


def test_contract_validity_beside_a_free_service_stays_the_term(tmp_path: Path) -> None:
    text = _lines("乙方免费提供一次培训。本合同有效期为两年。")
    assert _periods(terms_of(tmp_path, text))[1] == "2 years"


def test_software_delivered_via_the_web_is_no_channel(tmp_path: Path) -> None:
    text = _lines("Software Support: entitles you to maintenance releases delivered via the web or as shipped media.")
    assert _channels(terms_of(tmp_path, text)) == []


def test_resident_engineer_hours_are_no_response(tmp_path: Path) -> None:
    zh = _lines("服务内容:7*24小时保持通信畅通,24小时驻场响应。")
    tw = _lines("服務內容:提供24小時駐場響應。")
    assert "severity_levels" not in terms_of(tmp_path, zh, "zh.txt")
    assert "severity_levels" not in terms_of(tmp_path, tw, "tw.txt")
