"""Issue 12 (session 28): a Chinese form contract fills its fields in 【】: "甲方收到发票后【15】日内向乙方支付本合同总价款的
【10】%，即人民币【35,000】元". termsmith read every 【…】 as a blank, so a filled-in schedule read as "not stated"; an empty
field or one holding the form's instruction or an example (【】, 【 】, 【例如:4】, 【填写】, 【客户名称】) stays a blank. And a
payment made against a VAT invoice ("开具税率为（6%）的服务增值税专用发票") was no payment: its tax word and rate put the whole
sentence out (zh308, batch 88: six milestones lost). The texts are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import terms_of

from termsmith.extract.normalize import BLANK, normalise

_SCHEDULE = (
    "第四条 付款方式\n"
    "（1）本合同生效后，乙方向甲方开具税率为（6%）的服务增值税专用发票，甲方收到发票后【15】日内向乙方支付本合同总价款的"
    "【30】%，即人民币【30,000】元；\n"
    "（2）系统经测试上线后，乙方开具增值税专用发票，甲方收到发票后【15】日内支付本合同总价款的【60】%；\n"
    "（3）本项目验收合格后，甲方收到发票后15日内支付本合同总价款的【10】%。\n"
)


def test_a_filled_in_schedule_is_read(tmp_path: Path) -> None:
    milestones = terms_of(tmp_path, _SCHEDULE)["payment"]["milestones"]
    assert [m["percent"] for m in milestones] == ["30%", "60%", "10%"]
    assert [m.get("trigger") for m in milestones][1:] == ["go-live", "acceptance"]


@pytest.mark.parametrize(
    ("field", "read"),
    [("【15】日内", "15日内"), ("人民币【35,000】元", "人民币35,000元"), ("【叁万伍仟】元整", "35000.00元")],
)
def test_a_filled_field_is_its_value(field: str, read: str) -> None:
    assert normalise(field) == read


@pytest.mark.parametrize(
    "field", ["【】个月", "【 】个月", "【例如:4】个月", "【填写】个月", "【客户名称】", "【XX科技有限公司】"]
)
def test_an_empty_or_instructing_field_is_a_blank(field: str) -> None:
    assert normalise(field).startswith(BLANK)
