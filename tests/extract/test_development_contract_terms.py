"""Issue 12 (session 30): the plain clauses of a Chinese software development contract (zh298's shape, written here
afresh): the total written "软件总开发费用为 … 元", a free period "提供一年免费的售后服务", the intellectual property of
what the contract develops given to a party, and a payment schedule written in amounts rather than percentages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.extract.extract_support import extract_json, text_lines

_PARTIES = ("甲方：某某物业管理有限公司", "乙方：某某网络科技有限公司")


def _terms(tmp_path: Path, capsys: pytest.CaptureFixture[str], *lines: str) -> dict[str, Any]:
    path = tmp_path / "contract.txt"
    path.write_text(text_lines(*_PARTIES, *lines), encoding="utf-8")
    terms: dict[str, Any] = extract_json(path, capsys)["terms"]
    return terms


def test_the_total_development_fee_is_the_one_off_price(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    terms = _terms(
        tmp_path, capsys, "四、开发费用", "软件总开发费用为 100000 元(人民币拾万圆整)，费用包括完整的软件交付成果。"
    )
    assert [f["amount"] for f in terms["fees"]["one_off"]] == ["100000.00 CNY"]


@pytest.mark.parametrize(
    "line",
    ["在验收合格后，乙方对所开发的应用系统提供一年免费的售后服务。", "系统验收合格后，乙方提供一年免費的維護服務。"],
)
def test_free_after_sales_service_with_de_is_the_free_period(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    terms = _terms(tmp_path, capsys, line)
    assert terms["free_maintenance"] == {"length": "1 year", "start_event": "acceptance"}


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("根据本合同产生的全部研究开发成果（包括软件产品和其他技术成果）的知识产权归甲方所有。", "client"),
        (
            "甲方拥有业务数据的所有权，系统二次开发部分的知识产权归甲方所有；未经同意乙方不得向第三方提供甲方数据。",
            "client",
        ),
        ("本项目委托开发的软件的著作权归乙方所有，甲方享有永久使用权。", "vendor"),
        ("本合同软件产品之著作权属于乙方所有，该权利不因许可使用而改变。", None),  # the vendor's licensed product
        ("乙方原有技术成果的知识产权归乙方所有。", None),  # held before the contract
    ],
)
def test_the_owner_of_the_developed_work_owns_its_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, owner: str | None
) -> None:
    terms = _terms(tmp_path, capsys, "六、知识产权", line)
    assert terms.get("intellectual_property", {}).get("source_code_owner") == owner


def test_a_schedule_in_amounts_is_read_as_shares_of_the_price(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    terms = _terms(
        tmp_path,
        capsys,
        "软件总开发费用为 100000 元(人民币拾万圆整)。",
        "五、付款方式",
        "1.在本合同签订后 7 个工作日内，甲方向乙方支付预付款：计人民币（￥：",  # a PDF line cut before its amount
        "50000 元）。",
        "2.在乙方完成软件开发并交付甲方后 15 个工作日内，甲方向乙方支付进度款：计人民币（￥：30000 元）。",
        "3.软件经甲方验收合格后 7 个工作日内，甲方向乙方支付余款：计人民币（￥：20000 元）。",
    )
    milestones = terms["payment"]["milestones"]
    assert [m["percent"] for m in milestones] == ["50%", "30%", "20%"]
    assert milestones[0]["trigger"] == "signing" and milestones[2]["trigger"] == "acceptance"


@pytest.mark.parametrize(
    "lines",
    [
        (  # charges listed before a surcharge that equals their sum: no schedule of it
            "1.工程師到府後，因顧客因素不做保養，現場需收取上門費400元。",
            "2.工程師到府拆機後，因顧客因素不做保養，現場需收取到府檢測費600元。",
            "若產品有堆疊，需加收1,000元之移機與裝機費用。",
        ),
        (  # payments that do not make the price
            "软件总开发费用为100000元。",
            "合同签订后甲方支付预付款50000元。",
            "验收合格后甲方支付余款30000元。",
        ),
    ],
)
def test_amounts_that_are_no_schedule_give_no_milestones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: tuple[str, ...]
) -> None:
    assert "payment" not in _terms(tmp_path, capsys, *lines)


def test_a_form_row_with_its_label_spread_out_names_the_party_and_the_sum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A procurement contract's cover table spreads its labels over the box ("甲 方（需方） | 重庆某大学")."""
    path = tmp_path / "form.txt"
    path.write_text(
        text_lines(
            "| 甲 方（需方） | 某某职业技术学院 |",
            "| 乙 方（供方） | 某某软件股份有限公司 |",
            "| 合 同 金 额 | ￥95800.00元 |",
        ),
        encoding="utf-8",
    )
    terms = extract_json(path, capsys)["terms"]
    assert terms["parties"] == [
        {"role": "client", "legal_name": "某某职业技术学院"},
        {"role": "vendor", "legal_name": "某某软件股份有限公司"},
    ]
    assert [f["amount"] for f in terms["fees"]["one_off"]] == ["95800.00 CNY"]


@pytest.mark.parametrize("number", ["2、", "2.", "(2)", ""])
def test_a_numbered_service_period_label_gives_the_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], number: str
) -> None:
    terms = _terms(tmp_path, capsys, "（五）其他要求", f"{number}服务周期：自合同签署日期起一年。")
    assert terms["term"] == {"length": "1 year"}
