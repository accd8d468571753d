"""A price column whose header gives the currency ("单价(元/天)", "报价（万元）", "Price (USD)") holds bare numbers that
are amounts in it (issue 12; zh343 and zh344, two Chinese app quotations, and zh100)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.extract_support import fee_facts, pipe_table, text_lines


def test_a_day_rate_column_in_yuan(tmp_path: Path) -> None:
    table = pipe_table(
        [
            ["角色", "人数", "工时(人天)", "单价(元/天)", "小计(元)"],
            ["项目经理", "1", "10", "1,800", "18,000"],
            ["开发工程师", "2", "40", "1,300", "52,000"],
        ]
    )
    facts = fee_facts(tmp_path, text_lines("三、人员报价", *table))
    assert ("fee", "1800 CNY", "person-day") in facts and ("fee", "1300 CNY", "person-day") in facts, facts
    assert not any(f[1] in ("18000 CNY", "52000 CNY") for f in facts), facts  # the subtotals are not prices


def test_ten_thousands_in_a_quote_column(tmp_path: Path) -> None:
    table = pipe_table(
        [["实施范围", "工作量（人天）", "报价（万元）"], ["数据分析模块", "40", "2.4"], ["交易执行模块", "60", "3.5"]]
    )
    facts = fee_facts(tmp_path, text_lines("四、报价汇总", *table))
    assert ("fee", "24000 CNY", "one-off") in facts and ("fee", "35000 CNY", "one-off") in facts, facts


def test_a_dollar_header(tmp_path: Path) -> None:
    table = pipe_table([["Service", "Price (USD)"], ["Site migration", "450"], ["Theme setup", "300"]])
    facts = fee_facts(tmp_path, text_lines("Quotation", *table))
    assert ("fee", "450 USD", "one-off") in facts and ("fee", "300 USD", "one-off") in facts, facts


def test_a_cell_restating_the_written_sum_is_one_fee(tmp_path: Path) -> None:
    table = pipe_table([["序号", "标的名称", "数量", "总价(元)"], ["1", "网站运维服务", "1", "86000"]])
    text = text_lines("采购结果公告", *table, "合计金额小写: 86000 元")
    assert [f for f in fee_facts(tmp_path, text) if f[1] == "86000 CNY"] == [("fee", "86000 CNY", "one-off")]


def test_cells_that_are_no_bare_number_stay_unread(tmp_path: Path) -> None:
    table = pipe_table([["服务", "费用(元)"], ["安卓发布", "免费"], ["地图接口", "0-5,000 按调用量"]])
    assert fee_facts(tmp_path, text_lines("技术费用", *table)) == []
