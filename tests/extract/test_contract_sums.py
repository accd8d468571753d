"""A procurement record's contract sum under its form label (合计金额小写/大写, 中标价格, 成交金额, 合同总金额, 总费用) is the
service's one-off price (`rules.contract_sums`); a budget ceiling, an agency fee or a masked figure is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import extract_json, fee_facts, text_lines


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (  # a Hunan-form contract: the total in 小写 and in 大写 is one price
            text_lines(
                "服务类项目政府采购合同协议书",
                "采购人(甲方): 某市数据资源中心",
                "供应商(乙方): 某某信息技术有限公司",
                "| 序号 | 标的名称 | 政府采购品目 | 数量单位 | 数量 | 总价(元) |",
                "| 1 | 平台运维服务 | 软件运维服务 | 项 | 1 | 1140000 |",
                "合计金额小写: 1140000 元",
                "合计金额大写:壹佰壹拾肆万元整",
            ),
            "1140000 CNY",
        ),
        (  # the 小写 total masked, the 大写 one stated
            text_lines(
                "政府采购合同编号:WCCG-GK-202*****0045-1",
                "合计金额小写: ****** 元 合计金额大写:玖拾捌万叁仟捌佰元整",
                "3.1 履行期限: 2023-04-20 —— 2025-04-19",
            ),
            "983800 CNY",
        ),
        (  # an award notice in 万元, its agency fee beside it
            text_lines(
                "某单位信息化运维服务项目成交公告",
                "中标人:某某科技有限公司 中标价格:29.80万元",
                "中标成交金额:29.80万元",
                "本项目代理费总金额:0.447万元人民币",
            ),
            "298000 CNY",
        ),
        (  # the total written as 为人民币大写 … (¥ …)
            text_lines("3、合同总金额", "3.1合同总金额为人民币大写:叁佰捌拾伍万陆仟元整(¥3856000.0000)。"),
            "3856000 CNY",
        ),
        (  # Traditional script
            text_lines("政府採購契約", "合計金額小寫: 560000 元", "合計金額大寫:伍拾陸萬元整"),
            "560000 TWD",  # Traditional script with no mainland words: New Taiwan dollars
        ),
        (  # a development contract's total (session 28, zh294's wording): the project's price
            text_lines("软件开发总费用人民币100,000元，（大写：人民币拾万元整）。甲方按开发进度分四个阶段向乙方支付："),
            "100000 CNY",
        ),
        (text_lines("项目总价款为人民币 25.6 万元。"), "256000 CNY"),
    ],
)
def test_the_contract_sum_is_a_one_off_fee(tmp_path: Path, text: str, amount: str) -> None:
    assert fee_facts(tmp_path, text) == [("fee", amount, "one-off")]


@pytest.mark.parametrize(
    "text",
    [
        text_lines("采购预算金额:19000元", "项目名称:网盘系统维保服务"),  # a budget ceiling
        text_lines("合计金额小写: ****** 元 合计金额大写:点击查看>>万*仟*佰**元整"),  # masked
        text_lines("损失赔偿上限为合同金额的两倍。"),  # a share of the sum
        text_lines("期间购买技术运维服务均赠送合同金额等量(合同金额980元送980条)的短信。"),  # no label's colon
        text_lines("违约金按总费用的20%计算。"),  # a share of the total
    ],
)
def test_no_contract_sum(tmp_path: Path, text: str) -> None:
    assert fee_facts(tmp_path, text) == []


def test_a_recurring_fee_keeps_the_total_out(tmp_path: Path) -> None:
    text = text_lines("运维服务费:每年人民币50000元。", "合同总价:人民币150000元。")
    assert fee_facts(tmp_path, text) == [("fee", "50000 CNY", "year")]


def test_the_cli_gives_the_sum_with_its_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "record.txt"
    path.write_text(text_lines("政府采购合同", "合计金额小写: 1140000 元"), encoding="utf-8")
    found = extract_json(path, capsys)
    assert found["terms"]["fees"]["one_off"] == [{"name": "合计金额", "amount": "1140000.00 CNY"}]
    assert "合计金额小写" in found["evidence"]["fees.one_off[0].amount"]["quote"]
