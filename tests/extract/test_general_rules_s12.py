"""The general causes behind batch 11's misses (session 12), each on documents of our own in zh-Hans,
zh-Hant and English (none is a corpus text), read back through the real CLI or API:

- a statement that the times of a section are averages, estimates or figures for reference ("The below time
  lines are average", "以下时限为平均处理时间,仅供参考") makes the times it covers no commitments: the ones after it
  when it speaks of the times below, before it when of the times above;
- a range from nothing ("0-2 hours", 0~4小时) is bounded by its upper end; a list of times under a label line
  ("Response Time") whose items give the time first and their level after it ("Within 48 hours for issues
  classified as Medium") reads each item as that level's time of the label's kind;
- an English sentence opened by a clause number ("… the software. 1.2 The Services cover …", and a series
  2.1 … 2.2 run together without a full stop) is a sentence of its own, so evidence quotes the clause; an English
  fee is named by its noun phrase ("the cost of the Services" → Services, "After-hours support … will be billed at
  a rate of" → After-hours support), never by the verb before the amount or the payer;
- a column head or label that is only "Troubleshooting" (故障排查) beside an acknowledgment column is the
  resolution; in prose the word names no kind;
- a telephone number of three, three and four digits (866-326-8866, 086-322-5858, (415) 555-0100) is the phone,
  and a help desk given by its number ("Help Desk: 212-555-0199") is the phone, not a ticket desk;
- rows of a kind's column that name their own level ("Initial Response" / "Sev 1 30 minutes") belong to that
  level, not to the level heading defined above the label; a level id run into its time when a table was copied
  ("P14 business hours", two or more in a series) is read apart and quoted as written; a level id before a time
  ("Sev 2 - 4 hours") is no range's lower end;
- a monthly fee (月费/月費, like 年费) recurs, also in a row of plans as columns; a minimum contract term
  (最低签约期, 最低簽約期數, "Minimum contract term") is the term;
- answering questions by phone or mail (电话答疑, 答疑服务(邮件)) names those channels;
- a price table copied as lines of space- or tab-separated cells (a header of column heads, then rows of as
  many cells): a price under a head naming a service for a year (年度維護合約1年, "Annual support (1 year)")
  recurs yearly and is named by its row's first cell; a first-year column free in every row is a free year;
  the contract named before its length (维护合约服务契约1年) gives the term;
- levels as columns: under a level head ("Severity Level | Critical | Severe"), a row whose first cell names a
  kind ("Response Time") is read across, not taken for a level; a response defined as done in business hours
  ('"Response" refers to … acknowledgment during business hours', 响应时间系指…上班时间内) puts the times on the
  business clock;
- free of charge said otherwise ("support FOC", "at no extra cost"), a yearly plan or contract as the term, and
  a full stop typed before its space ("… FOC .If you want …") ending the sentence;
- a level named by a Chinese numeral before 优先权/优先级 or a colon (一级优先权:, 三级:) is a level;
- of several lengths in a free-period sentence, the one in the clause saying what is free; a fee named for a
  visit (到府檢測費, 到场检测费, "visit fee") is per visit; a surcharge named after its amount (需加收1,000元之
  移機與裝機費用) is a one-off with that name, and a fee's name starts after the verb charging it;
- a service period between two dates whose years are template blanks (服務時間:20XX年1月1日至20XX年12月31日)
  has the length its months and days give;
- the whole price paid at once on an event ("Full payment … upon signing", 验收合格后一次性付清) is one
  100% milestone with that trigger;
- two parties each named right before its role in quoted brackets anywhere in one sentence ('By purchasing …,
  NAME ("Client") … with NAME ("Service Provider")'), one client and one vendor, are the parties; a vendor
  named opposite "its customers" with a short name in brackets ('hereinafter referred to as "Optimibi"');
  a parties' line holding both labels (甲方:乙方:NAME with 甲方's blank left empty, 甲方:A 乙方:B) gives each
  label its own part;
- an online support system (在线支持系统, 線上支援系統) is the ticket channel, as "support system" is.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
import pytest
from extract_support import docx_table, extract_json as _extract_json, level_times, terms_of, text_lines as _lines

from termsmith.extract.api import extract_file
from termsmith.extract.readers import read_document
from termsmith.extract.sentences import split

# --- times a document calls averages or estimates ----------------------------------------------------


def test_times_below_a_statement_of_averages_are_no_commitments_docx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document()
    for line in [
        "Support targets",
        "The response times listed below are estimates only and some requests may take longer.",
        "Urgent",
        "Initial Response: 30 minutes",
        "Fix: 4 hours",
        "Normal",
        "Initial Response: 1 business day",
        "Fix: 5 business days",
        "You can reach us by e-mail at help@example.com.",
    ]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "targets.docx"))
    found = _extract_json(tmp_path / "targets.docx", capsys)
    assert "severity_levels" not in found["terms"]
    assert {c["kind"] for c in found["terms"]["support_channels"]} == {"email"}


def test_times_called_averages_in_chinese_are_no_commitments(tmp_path: Path) -> None:
    zh = _lines(
        "一级故障:响应时间30分钟,解决时间4小时",
        "二级故障:响应时间2小时,解决时间1个工作日",
        "上述时限为平均处理时间,仅供参考。",
    )
    assert "severity_levels" not in terms_of(tmp_path, zh, "zh.txt")
    tw = _lines("以下時限均為預估:", "緊急:2小時內回應", "一般:8小時內回應")
    assert "severity_levels" not in terms_of(tmp_path, tw, "tw.txt")


def test_a_statement_of_averages_covers_only_its_side(tmp_path: Path) -> None:
    """Averages said of the times above leave the committed times after the statement as they are."""
    text = _lines(
        "Last year our average response time was 20 minutes.",
        "The figures above are averages.",
        "Service levels",
        "Priority 1: response within 1 hour, resolution within 8 hours",
        "Priority 2: response within 4 hours, resolution within 3 business days",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Priority 1": ("1h", "8h"),
        "Priority 2": ("4h", "3 business days"),
    }


def test_targets_that_are_no_resolution_times_stay_responses(tmp_path: Path) -> None:
    """'These are response targets, not guaranteed resolution times' calls no time an average."""
    text = _lines(
        "Priority 1: first response within 2 business hours",
        "Priority 2: first response within 1 business day",
        "These are response targets, not guaranteed resolution times.",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Priority 1": ("2 business hours", None),
        "Priority 2": ("1 business day", None),
    }


# --- ranges from nothing, and a list of times each naming its level after it --------------------------


def test_a_range_from_zero_is_bounded_by_its_upper_end(tmp_path: Path) -> None:
    en = _lines("Severity 1: response 0-1 hours", "Severity 2: response 0 to 3 business days")
    assert level_times(terms_of(tmp_path, en)) == {"Severity 1": ("1h", None), "Severity 2": ("3 business days", None)}
    zh = _lines("一级故障:0~4小时内响应", "二级故障:2-8小时内响应")
    # a range from 2 gives its upper end too: a time the vendor must meet binds at its longest (session 15)
    assert level_times(terms_of(tmp_path, zh, "zh.txt")) == {"1级": ("4h", None), "2级": ("8h", None)}


def test_times_first_with_their_level_after_them_under_a_label_docx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document()
    for line in [
        "Resolution Time",
        "0-6 hours for tickets rated Critical",
        "Within 3 working days for tickets rated Minor",
    ]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "times.docx"))
    terms = _extract_json(tmp_path / "times.docx", capsys)["terms"]
    assert level_times(terms) == {"Critical": (None, "6h"), "Minor": (None, "3 business days")}


def test_a_time_first_line_with_two_levels_is_no_item(tmp_path: Path) -> None:
    """An item naming two levels after its time gives neither a time of its own (no guess which)."""
    text = _lines("Response Time", "Within 4 hours for High issues, escalated to Critical after a day")
    assert "severity_levels" not in terms_of(tmp_path, text)


# --- clause numbers run into one paragraph; English fee names -------------------------------------------


def test_a_clause_number_after_a_full_stop_opens_a_sentence_docx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document()
    document.add_paragraph(
        "3. Support 3.1 The Vendor maintains the booking system for the Customer. 3.2 The Vendor shall respond to "
        "every support request within 4 hours."
    )
    document.save(str(tmp_path / "clauses.docx"))
    found = _extract_json(tmp_path / "clauses.docx", capsys)
    assert found["evidence"]["severity_levels[0].response"]["quote"] == (
        "3.2 The Vendor shall respond to every support request within 4 hours."
    )


def test_numbered_clauses_of_one_series_split_without_a_full_stop(tmp_path: Path) -> None:
    """'… 6:00 PM CET 4.2 Weekend support …': the series 4.1, 4.2 splits even where no full stop ends the clause;
    a version number alone ('release 2.4 Beta') is no clause."""
    text = _lines(
        "4. Hours 4.1 Support is given on weekdays: 8:00 AM to 6:00 PM CET 4.2 Weekend support, when booked, "
        "is charged at a rate of EUR 120 per hour.",
        "We support release 2.4 Beta of the app.",
    )
    path = tmp_path / "hours.txt"
    path.write_text(text, encoding="utf-8")
    found = extract_file(path)[1]
    quote = found.evidence["fees.rate_card[0].price"].quote
    assert quote == "4.2 Weekend support, when booked, is charged at a rate of EUR 120 per hour."
    assert found.terms["fees"]["rate_card"][0]["name"] == "Weekend support"
    assert [s.text for s in split(read_document(path).paragraphs)][-1] == "We support release 2.4 Beta of the app."


def test_english_fee_names_are_the_noun_phrase(tmp_path: Path) -> None:
    text = _lines(
        "1.1 The price of the hosting plan is USD 45 per month.",
        "1.2 Emergency call-outs, outside office hours, are billed at USD 200 per hour.",
        "1.3 The Customer shall pay a one-time setup fee of USD 300.",
        "1.4 The Customer shall pay the Supplier USD 1,200 per year for maintenance.",
    )
    fees = terms_of(tmp_path, text)["fees"]
    # the payer is no name: the 1,200 a year is left unnamed
    assert [r.get("name") for r in fees["rate_card"]] == ["hosting plan", "Emergency call-outs", None]
    assert [r.get("name") for r in fees["one_off"]] == ["one-time setup fee"]


# --- a troubleshooting column; a help desk given by its number ------------------------------------------


def test_a_troubleshooting_column_beside_acknowledgement_is_the_resolution_docx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document()
    document.add_paragraph("Service levels")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("Severity", "Acknowledgement", "Troubleshooting"),
            ("Major", "Within 2 hours", "Within 2-4 days"),
            ("Minor", "Within 1 day", "Within 10 days"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(str(tmp_path / "levels.docx"))
    terms = _extract_json(tmp_path / "levels.docx", capsys)["terms"]
    # "Within 2-4 days" is 4 days: a time the vendor must meet gives its range's upper end (session 15)
    assert level_times(terms) == {"Major": ("2h", "4 days"), "Minor": ("1 day", "10 days")}


def test_a_troubleshooting_column_in_chinese_and_troubleshooting_in_prose(tmp_path: Path) -> None:
    zh = _lines("故障等级 | 响应时间 | 故障排查", "一级 | 1小时 | 8小时", "二级 | 4小时 | 3天")
    assert level_times(terms_of(tmp_path, zh, "zh.txt")) == {"1级": ("1h", "8h"), "2级": ("4h", "3 days")}
    en = _lines("Our engineers assist with troubleshooting problems 24 hours a day, 7 days a week.")
    assert "severity_levels" not in terms_of(tmp_path, en)


def test_a_help_desk_given_by_its_number_is_the_phone(tmp_path: Path) -> None:
    for line in (
        "Help Desk: 212-555-0199",
        "Service desk number (415) 555-0142",
        "For help, contact us at 866.555.0100.",
    ):
        kinds = [c["kind"] for c in terms_of(tmp_path, _lines("Support", line)).get("support_channels", [])]
        assert kinds == ["phone"], line
    zh = _lines("技术支持服务台电话:0755-12345678")
    assert [c["kind"] for c in terms_of(tmp_path, zh, "zh.txt")["support_channels"]] == ["phone"]


# --- rows of a kind's column that name their own level; a level id run into its time -------------------


def test_rows_under_a_kind_label_name_their_own_level_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The level headings defined above ("Sev 1 - Outage" … "Sev 3 - Question") do not take the rows of the
    response column below; each row names its own level."""
    document = docx.Document()
    for line in [
        "Severity definitions",
        "Sev 1 - Outage",
        "Sev 2 - Degraded",
        "Sev 3 - Question",
        "Severity Initial Response",
        "Sev 1 30 minutes",
        "Sev 2 - 4 hours",
        "Sev 3 2 business days",
    ]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "rows.docx"))
    terms = _extract_json(tmp_path / "rows.docx", capsys)["terms"]
    assert level_times(terms) == {"Sev 1": ("30m", None), "Sev 2": ("4h", None), "Sev 3": ("2 business days", None)}


def test_a_level_id_run_into_its_time_is_read_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _lines("Support targets", "PriorityInitial Response", "P130 minutes", "P24 hours", "P31 business day")
    (tmp_path / "glued.txt").write_text(text, encoding="utf-8")
    found = _extract_json(tmp_path / "glued.txt", capsys)
    assert level_times(found["terms"]) == {"P1": ("30m", None), "P2": ("4h", None), "P3": ("1 business day", None)}
    assert found["evidence"]["severity_levels[0].response"]["quote"] == "P130 minutes"  # quoted as written
    zh = _lines("优先级响应时间", "P130分钟", "P22小时")
    assert level_times(terms_of(tmp_path, zh, "zh.txt")) == {"P1": ("30m", None), "P2": ("2h", None)}


def test_a_lone_code_run_into_a_number_is_no_level(tmp_path: Path) -> None:
    """One such line is no series: 'S12 hours of training' stays a product's twelve hours."""
    assert "severity_levels" not in terms_of(tmp_path, _lines("Response", "S12 hours of training are included."))


# --- a price page with plans as columns: a monthly fee row and a minimum contract term -------------------


def _plan_table(tmp_path: Path, rows: Sequence[tuple[str, ...]], title: str) -> Path:
    return docx_table(tmp_path, title, tuple(rows))


def test_a_monthly_fee_row_of_plans_as_columns_recurs_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [("方案", "基础版", "专业版"), ("月费", "¥1,200", "¥3,600"), ("最低签约期", "无", "6个月")]
    terms = _extract_json(_plan_table(tmp_path, rows, "收费标准"), capsys)["terms"]
    assert [(r["amount"], r["period"]) for r in terms["fees"]["recurring"]] == [
        ("1200.00 CNY", "month"),
        ("3600.00 CNY", "month"),
    ]
    assert terms["term"]["length"] == "6 months"


def test_a_minimum_contract_term_in_english_and_traditional_script(tmp_path: Path) -> None:
    en = terms_of(tmp_path, _lines("Plans", "Monthly fee: USD 49", "Minimum contract term: 12 months"))
    assert en["term"]["length"] == "12 months"
    assert en["fees"]["recurring"] == [{"name": "Monthly fee", "amount": "49.00 USD", "period": "month"}]
    tw = terms_of(
        tmp_path, _lines("| 項目 | 內容 |", "| --- | --- |", "| 月費 | NT$990 |", "| 最低簽約期數 | 24個月 |"), "tw.txt"
    )
    assert tw["term"]["length"] == "24 months"
    assert [r["amount"] for r in tw["fees"]["recurring"]] == ["990.00 TWD"]


def test_questions_answered_by_phone_or_mail_are_channels(tmp_path: Path) -> None:
    """答疑 (answering the client's questions) by phone or by mail names those ways, as 报修 does."""
    zh = _lines("服务内容", "■软件免费升级", "■电话答疑", "■答疑服务(邮件、传真)")
    assert [c["kind"] for c in terms_of(tmp_path, zh, "zh.txt")["support_channels"]] == ["phone", "email"]
    tw = _lines("提供電話答疑與電子郵件答疑服務。")
    assert [c["kind"] for c in terms_of(tmp_path, tw, "tw.txt")["support_channels"]] == ["phone", "email"]


# --- a price table copied as lines of space-separated cells ---------------------------------------------


def test_a_price_table_by_band_with_a_free_first_year_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "維護合約價格",
        "產品定價 第一年 年度維護合約1年",
        "3萬元以下 免費 2400元",
        "6萬元以下 免費 4800元",
        "6萬元以上 免費 定價的10%",
        "服務內容:電話答疑",
    )
    terms = terms_of(tmp_path, text, "tw.txt")
    assert [(r["name"], r["amount"], r["period"]) for r in terms["fees"]["recurring"]] == [
        ("3萬元以下", "2400.00 TWD", "year"),
        ("6萬元以下", "4800.00 TWD", "year"),
    ]
    assert terms["free_maintenance"] == {"length": "1 year"}
    assert terms["term"] == {"length": "1 year"}


def test_a_price_table_right_under_a_run_of_spaced_lines_without_money_is_found(tmp_path: Path) -> None:
    # the lines above have three cells and no price: no table starts among them, and the search goes on below them
    text = _lines(
        "維護合約價格",
        "等級 回應 修復",
        "一級 2小時 8小時",
        "二級 4小時 24小時",
        "三級 8小時 72小時",
        "產品定價 第一年 年度維護合約1年 備註",
        "3萬元以下 免費 2400元 含稅",
        "6萬元以下 免費 4800元 含稅",
    )
    terms = terms_of(tmp_path, text, "tw.txt")
    assert [(r["name"], r["amount"], r["period"]) for r in terms["fees"]["recurring"]] == [
        ("3萬元以下", "2400.00 TWD", "year"),
        ("6萬元以下", "4800.00 TWD", "year"),
    ]


def test_a_price_table_with_tab_separated_cells_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = docx.Document()
    for line in [
        "Maintenance prices",
        "Licence price\tFirst year\tAnnual support (1 year)",
        "Up to $5,000\tIncluded\t$400",
        "Up to $20,000\tIncluded\t$1,500",
    ]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "bands.docx"))
    terms = _extract_json(tmp_path / "bands.docx", capsys)["terms"]
    assert [(r["name"], r["amount"], r["period"]) for r in terms["fees"]["recurring"]] == [
        ("Up to $5,000", "400.00 USD", "year"),
        ("Up to $20,000", "1500.00 USD", "year"),
    ]
    assert terms["free_maintenance"] == {"length": "1 year"}


def test_space_separated_lines_without_a_service_column_are_no_recurring_fees(tmp_path: Path) -> None:
    """Columns that name no service for a period (a price list of parts) give no recurring fee."""
    text = _lines("配件价格", "配件 型号 单价", "硬盘 A100 800元", "内存 B200 400元")
    assert "recurring" not in terms_of(tmp_path, text, "zh.txt").get("fees", {})


# --- levels as columns; a response defined as done in business hours -------------------------------------


def test_levels_as_columns_under_a_level_head_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _plan_table(
        tmp_path,
        [
            ("Priority Level", "Urgent", "Standard", "Low"),
            ("Meaning", "Site down", "Feature broken", "Question"),
            ("Reply Time", "2 hours", "1 business day", "5 business days"),
        ],
        "Support levels",
    )
    terms = _extract_json(path, capsys)["terms"]
    assert level_times(terms) == {
        "Urgent": ("2h", None),
        "Standard": ("1 business day", None),
        "Low": ("5 business days", None),
    }


def test_levels_as_columns_in_chinese_and_a_response_defined_in_business_hours(tmp_path: Path) -> None:
    zh = _lines("故障等级 | 紧急 | 一般 |", "---|---|---|", "响应时间 | 1小时 | 8小时 |", "解决时间 | 4小时 | 3天 |")
    assert level_times(terms_of(tmp_path, zh, "zh.txt")) == {"紧急": ("1h", "4h"), "一般": ("8h", "3 days")}
    en = _lines(
        "Severity | Sev 1 | Sev 2 |",
        "---|---|---|",
        "Response | 1 hour | 4 hours |",
        '"Response" means a first reply by an engineer within business hours.',
    )
    found = terms_of(tmp_path, en)["severity_levels"]
    assert [(lv["response"]["within"], lv["response"]["clock"]) for lv in found] == [
        ("1h", "business"),
        ("4h", "business"),
    ]
    tw = _lines("等級 | 緊急 | 一般 |", "---|---|---|", "響應 | 2小時 | 8小時 |", "響應時間係指於上班時間內回覆客戶。")
    assert {lv["response"]["clock"] for lv in terms_of(tmp_path, tw, "tw.txt")["severity_levels"]} == {"business"}


# --- free of charge abbreviated or said otherwise; a yearly plan; a full stop typed before its space ------


def test_free_maintenance_said_as_foc_or_at_no_cost_and_a_yearly_plan(tmp_path: Path) -> None:
    text = _lines("After go-live we give 6 months support FOC .After that we sign a yearly contract with you.")
    terms = terms_of(tmp_path, text)
    assert terms["free_maintenance"]["length"] == "6 months"
    assert terms["term"] == {"length": "1 year"}
    other = terms_of(tmp_path, _lines("Maintenance is provided at no extra cost for 90 days after delivery."))
    assert other["free_maintenance"]["length"] == "90 days"


def test_a_full_stop_before_its_space_ends_the_sentence(tmp_path: Path) -> None:
    text = _lines("We answer within 4 hours .Our office is open Monday to Friday, and .NET apps are covered.")
    path = tmp_path / "stops.txt"
    path.write_text(text, encoding="utf-8")
    assert [s.text for s in split(read_document(path).paragraphs)] == [
        "We answer within 4 hours .",
        "Our office is open Monday to Friday, and .NET apps are covered.",
    ]


def test_levels_named_as_priorities_with_chinese_numerals(tmp_path: Path) -> None:
    """一级优先权 / 二級優先級 / 三级: name the levels; two levels with the same time stay two."""
    zh = _lines("一级优先权:乙方在8小时内解决。", "二级优先权:乙方在8小时内解决。", "三级:乙方在3天内解决。")
    assert level_times(terms_of(tmp_path, zh, "zh.txt")) == {
        "1级": (None, "8h"),
        "2级": (None, "8h"),
        "3级": (None, "3 days"),
    }
    tw = _lines("一級優先級:2小時內回應", "二級優先級:2小時內回應")
    assert level_times(terms_of(tmp_path, tw, "tw.txt")) == {"1級": ("2h", None), "2級": ("2h", None)}


# --- the free length in the clause saying what is free; visit fees; a surcharge named after its amount ----


def test_the_free_length_is_the_one_in_the_free_clause(tmp_path: Path) -> None:
    zh = _lines("客户购买清洗服务后,应于两个月内预约,并自服务完成日起享有六个月保修。")
    assert terms_of(tmp_path, zh, "zh.txt")["free_maintenance"]["length"] == "6 months"
    en = _lines("Book the service within 3 months of purchase, and enjoy a free support period of 12 months from then.")
    assert terms_of(tmp_path, en)["free_maintenance"]["length"] == "12 months"


def test_fees_named_for_a_visit_and_a_surcharge_named_after_its_amount(tmp_path: Path) -> None:
    zh = _lines(
        "收费说明",
        "1.工程师到场后客户取消服务,需收取到场检测费300元。",
        "2.设备需拆装时,需加收500元之拆装费用。",
    )
    fees = terms_of(tmp_path, zh, "zh.txt")["fees"]
    assert fees["rate_card"] == [{"name": "到场检测费", "unit": "visit", "price": "300.00 CNY"}]
    assert fees["one_off"] == [{"name": "拆装费用", "amount": "500.00 CNY"}]
    en = terms_of(tmp_path, _lines("Fees", "If the customer cancels on site, the visit fee is $90."))
    assert en["fees"]["rate_card"][0]["unit"] == "visit"


def test_a_service_period_between_dates_with_blank_years(tmp_path: Path) -> None:
    zh = terms_of(tmp_path, _lines("服务费:12000元", "服务时间:20XX年7月1日至20XX年6月30日。"), "zh.txt")
    assert zh["term"]["length"] in ("12 months", "1 year")
    tw = terms_of(tmp_path, _lines("維護期限:20__年3月1日至20__年8月31日止。"), "tw.txt")
    assert tw["term"]["length"] == "6 months"
    hours = terms_of(tmp_path, _lines("服务时间:09:00至18:00。"), "zh.txt")
    assert "term" not in hours


def test_the_whole_price_paid_at_once_on_an_event_is_one_milestone(tmp_path: Path) -> None:
    en = terms_of(tmp_path, _lines("Payment", "Full payment is due upon signing of this agreement."))
    assert en["payment"] == {"milestones": [{"percent": "100%", "trigger": "signing"}]}
    zh = terms_of(tmp_path, _lines("付款方式", "甲方应在系统验收合格后一次性付清全部服务费。"), "zh.txt")
    assert zh["payment"] == {"milestones": [{"percent": "100%", "trigger": "acceptance"}]}
    none = terms_of(tmp_path, _lines("Full payment is appreciated."))
    assert "payment" not in none


def test_two_parties_each_named_before_its_role_anywhere_in_a_sentence_docx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document()
    document.add_paragraph(
        'By signing the order form, Harbour Bakery ("Customer") enters into this agreement with Jane Smith '
        '("Supplier") for the upkeep of its website.'
    )
    document.save(str(tmp_path / "preamble.docx"))
    found = _extract_json(tmp_path / "preamble.docx", capsys)
    assert {p["role"]: p["legal_name"] for p in found["terms"]["parties"]} == {
        "client": "Harbour Bakery",
        "vendor": "Jane Smith",
    }


def test_one_named_role_alone_is_no_pair(tmp_path: Path) -> None:
    text = _lines('Upon payment, Acme Hosting ("Provider") keeps the site online.')
    parties = terms_of(tmp_path, text).get("parties", [])
    assert all(p["role"] != "client" for p in parties)


def test_a_vendor_opposite_its_customers_with_a_short_name_in_brackets(tmp_path: Path) -> None:
    text = _lines(
        'This policy is agreed between Northwind Analytics (hereinafter referred to as "Northwind") and its '
        'customers (hereinafter referred to as "Customers").'
    )
    assert terms_of(tmp_path, text)["parties"] == [{"role": "vendor", "legal_name": "Northwind Analytics"}]
    client_named = _lines('This policy is agreed between Jo Lee (hereinafter called "Customer") and all customers.')
    assert all(p["role"] != "vendor" for p in terms_of(tmp_path, client_named).get("parties", []))


def test_a_parties_line_holding_both_labels(tmp_path: Path) -> None:
    blank = terms_of(
        tmp_path, _lines("软件维护协议", "甲方:乙方:深圳明远软件有限公司", "乙方为甲方提供维护服务。"), "zh.txt"
    )
    assert blank["parties"] == [{"role": "vendor", "legal_name": "深圳明远软件有限公司"}]
    both = terms_of(tmp_path, _lines("維護合約", "甲方:台北晨光貿易有限公司 乙方:新竹雲端系統股份有限公司"), "tw.txt")
    assert {p["role"]: p["legal_name"] for p in both["parties"]} == {
        "client": "台北晨光貿易有限公司",
        "vendor": "新竹雲端系統股份有限公司",
    }


def test_english_fee_names_in_lettered_rows_and_payer_clauses(tmp_path: Path) -> None:
    """A list letter opening a row ("B | …") names no fee; a payer's clause names the fee it pays; a remark
    before the amount ("Please note our rates are …") names none."""
    text = _lines(
        "Fees",
        "A | The Customer agrees to pay the annual support fee agreed in the order ($1,200 per year).",
        "B | Please note our rates are $95 per hour.",
    )
    fees = terms_of(tmp_path, text)["fees"]
    assert [r.get("name") for r in fees.get("recurring", []) + fees.get("rate_card", [])] == [
        "annual support fee",
        None,
    ]


def test_an_online_support_system_is_the_ticket_channel(tmp_path: Path) -> None:
    """在线支持系统 / 線上支援系統 are the Chinese of "support system", a ticket desk."""
    zh = _lines("服务方式", "在线服务支持:乙方通过在线支持系统接收、解答用户问题。")
    assert [c["kind"] for c in terms_of(tmp_path, zh, "zh.txt")["support_channels"]] == ["ticket"]
    tw = _lines("服務方式", "客戶可經由線上支援系統提出問題。")
    assert [c["kind"] for c in terms_of(tmp_path, tw, "tw.txt")["support_channels"]] == ["ticket"]


@pytest.mark.parametrize("level", ["级", "級"])
def test_a_level_named_p1_is_not_read_as_a_numbered_level(tmp_path: Path, level: str) -> None:
    """``P1级:`` names level P1: the rule that reads 一级/1级 before a colon as a level must not take the
    1 of P1 for it (batch 12's zh55: P0 and P1 collapsed into one level "1级")."""
    text = (
        f"1. P0{level}:紧急故障(24小时内修复)\n定义:\n核心功能完全中断的故障。\n我们的承诺:\n"
        "技术支持团队将全力确保在24小时内完成修复。\n"
        f"2. P1{level}:重要故障(3个工作日内解决)\n定义:\n影响部分业务流程的问题。\n我们的承诺:\n"
        "在问题确认后,承诺在3个工作日内提供解决方案。\n"
    )
    levels = terms_of(tmp_path, text)["severity_levels"]
    assert len(levels) == 2 and f"1{level}" not in [lv["name"] for lv in levels]
    assert levels[0]["resolution"]["within"] == "24h"
    assert levels[1]["resolution"]["within"] == "3 business days"
