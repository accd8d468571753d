"""The general causes behind batch 9's misses (session 10), each on tables and sentences of our own in
zh-Hans, zh-Hant and English (none is a corpus text):

- a price table whose period column ("保修期限 | 1年", "Term | 12 months") says what each row's price buys:
  the price recurs per that period, and one length shared by every row is the term;
- a Traditional-script page written in the mainland's words (打印機, 網絡, 軟件) and none of Taiwan's is a
  converted mainland page: its bare 元 is renminbi."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import terms_of, text_lines as _lines


def _recurring(terms: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f["amount"], f["period"]) for f in terms.get("fees", {}).get("recurring", [])]


# --- a price table with a period column -------------------------------------------------------------


def test_period_column_makes_row_prices_recurring_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "设备 | 维修费 | 维修期限 |",
        "服务器 | 3000元 | 1年 |",
        "交换机 | 1500元 | 1年 |",
        "路由器 | 1500元 | 1年 |",
    )
    terms = terms_of(tmp_path, text)
    assert _recurring(terms) == [("3000.00 CNY", "year"), ("1500.00 CNY", "year"), ("1500.00 CNY", "year")]
    assert terms["term"] == {"length": "1 year"}


def test_period_column_of_months_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "方案 | 服務費 | 服務期間 |",
        "基本版 | 新台幣1,200元 | 1個月 |",
        "進階版 | 新台幣2,400元 | 1個月 |",
    )
    terms = terms_of(tmp_path, text)
    assert _recurring(terms) == [("1200.00 TWD", "month"), ("2400.00 TWD", "month")]
    assert terms["term"] == {"length": "1 month"}


def test_period_column_en(tmp_path: Path) -> None:
    text = _lines(
        "| Plan | Price | Term |",
        "|---|---|---|",
        "| Basic | $300 | 12 months |",
        "| Plus | $540 | 12 months |",
    )
    terms = terms_of(tmp_path, text)
    assert _recurring(terms) == [("300.00 USD", "year"), ("540.00 USD", "year")]
    assert terms["term"] == {"length": "12 months"}


def test_a_longer_period_is_no_yearly_fee_and_mixed_lengths_no_term(tmp_path: Path) -> None:
    text = _lines(
        "| Plan | Price | Term |",
        "|---|---|---|",
        "| Basic | $300 | 2 years |",
        "| Plus | $540 | 3 years |",
    )
    terms = terms_of(tmp_path, text)
    assert _recurring(terms) == []
    assert "term" not in terms


def test_a_delivery_time_column_is_no_period(tmp_path: Path) -> None:
    text = _lines(
        "项目 | 费用 | 交付时间 |",
        "接口开发 | 5000元 | 1个月 |",
    )
    terms = terms_of(tmp_path, text)
    assert _recurring(terms) == []
    assert "term" not in terms


# --- the currency of a bare 元 in Traditional script ------------------------------------------------


def _currency(terms: dict[str, Any]) -> str:
    return str(terms["fees"]["currency"])


def test_mainland_words_in_traditional_script_mean_renminbi(tmp_path: Path) -> None:
    text = _lines("打印機及網絡設備上門維修,上門服務費為每次100元。")
    assert _currency(terms_of(tmp_path, text)) == "CNY"


def test_taiwan_words_keep_new_taiwan_dollars(tmp_path: Path) -> None:
    text = _lines("印表機及網路設備到府維修,到府服務費為每次100元。")
    assert _currency(terms_of(tmp_path, text)) == "TWD"


def test_one_mainland_word_or_a_taiwan_marker_keeps_new_taiwan_dollars(tmp_path: Path) -> None:
    assert _currency(terms_of(tmp_path, _lines("網絡設備到府維修,服務費為每次100元。"))) == "TWD"
    text = _lines("本公司位於臺灣,打印機及網絡設備上門維修,上門服務費為每次100元。")
    assert _currency(terms_of(tmp_path, text)) == "TWD"
