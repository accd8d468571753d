"""A contract's price as Taiwanese contracts and judgments name it, with the currency's name and its "(下同)" and no
colon ("以價金新臺幣(下同)757萬5,750元", "標的金額為新台幣 (下同)92 萬元整"), is the contract's one-off price
(`contract_sums`); a price still owed ("尚欠價金") or a label with a colon form keep their readings."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import docx_paragraphs, fee_facts, file_fee_facts, text_lines


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        (
            "被告與原告簽立軟體買賣合約書,以價金新臺幣(下同)757萬5,750元向原告購買軟體系統。",
            ("fee", "7575750 TWD", "one-off"),
        ),
        ("開發合約書標的金額為新台幣 (下同)92 萬元整。", ("fee", "920000 TWD", "one-off")),
        ("双方签订软件开发合同,约定价金人民币(下同)32万元。", ("fee", "320000 CNY", "one-off")),
    ],
)
def test_a_contract_price_named_with_its_currency(tmp_path: Path, line: str, fact: tuple[str, str, str]) -> None:
    assert fee_facts(tmp_path, text_lines("事實及理由", line)) == [fact]


def test_a_docx_judgment_price(tmp_path: Path) -> None:
    path = docx_paragraphs(tmp_path, ["事實及理由", "約定由被告給付價金新臺幣(下同)32萬元,並由原告依約完成委託內容。"])
    assert file_fee_facts(path) == [("fee", "320000 TWD", "one-off")]


def test_a_colon_label_still_reads_its_written_amount(tmp_path: Path) -> None:
    text = text_lines("3、合同总金额", "3.1合同总金额为人民币大写:3856000.00元(¥3856000.0000)。")
    assert fee_facts(tmp_path, text) == [("fee", "3856000 CNY", "one-off")]


def test_a_price_still_owed_is_no_contract_price(tmp_path: Path) -> None:
    text = text_lines("事實及理由", "被告尚欠價金新臺幣(下同)22萬4,000元未給付。")
    assert fee_facts(tmp_path, text) == []
