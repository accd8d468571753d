"""A basis word after the end of an amount's clause belongs to the next clause (`fees._CLAUSE_END`): a contract
total followed by ", 系统软件每年的维护费…" is no yearly fee, and "a half yearly incurs a $50 fee, and monthly …" is
no monthly one; a basis inside the amount's own clause (and a cents dash, "€ 95,- per hour") still counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import docx_paragraphs, fee_facts, file_fee_facts, text_lines


@pytest.mark.parametrize(
    ("line", "facts"),
    [
        (
            "本合同总金额共计人民币叁万叁仟元整(¥33000元), 系统软件每年的维护费共计人民币叁仟元整(¥3000元/年)。",
            [("fee", "3000 CNY", "year"), ("fee", "33000 CNY", "one-off")],
        ),
        (
            "本合約總金額共計新臺幣33000元,系統軟體每年的維護費共計新臺幣3000元/年。",
            [("fee", "3000 TWD", "year"), ("fee", "33000 TWD", "one-off")],
        ),
    ],
)
def test_a_chinese_total_before_the_yearly_fee_clause(tmp_path: Path, line: str, facts: list[tuple[str, ...]]) -> None:
    assert fee_facts(tmp_path, text_lines("七、报价", line)) == facts


def test_an_english_fee_before_the_next_clauses_period(tmp_path: Path) -> None:
    text = text_lines(
        "Payment options",
        "The setup fee is $500, and annual support is $1,200 per year.",
    )
    assert fee_facts(tmp_path, text) == [("fee", "1200 USD", "year"), ("fee", "500 USD", "one-off")]


def test_a_docx_total_before_the_yearly_fee_clause(tmp_path: Path) -> None:
    lines = ["七、报价", "本合同总金额共计人民币¥33000元, 系统软件每年的维护费共计人民币¥3000元/年。"]
    path = docx_paragraphs(tmp_path, lines)
    assert file_fee_facts(path) == [("fee", "3000 CNY", "year"), ("fee", "33000 CNY", "one-off")]


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("If the hours are exceeded, we charge € 95,- net per hour.", ("fee", "95 EUR", "hour")),
        ("Support is $99 per month, billed in advance.", ("fee", "99 USD", "month")),
    ],
)
def test_a_basis_in_the_amounts_own_clause_still_counts(tmp_path: Path, line: str, fact: tuple[str, str, str]) -> None:
    assert fee_facts(tmp_path, text_lines("Support fees", line)) == [fact]
