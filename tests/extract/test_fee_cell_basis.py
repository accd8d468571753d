"""A price in a table cell takes its basis from its own cell, or from its row's label — never from the next cell:
"| **$800** | $75/mo × 12 |" made the pay-in-full $800 a monthly fee (batch 32's en193), and "$37.50 every 2 weeks"
beside "$18.75/week" another."""

from __future__ import annotations

from pathlib import Path

from pytest import CaptureFixture

from tests.extract.extract_support import extract_json, text_lines


def _fees(path: Path, capsys: CaptureFixture[str]) -> list[tuple[str, str]]:
    fees = extract_json(path, capsys)["terms"].get("fees", {})
    listed = fees.get("recurring", []) + fees.get("one_off", []) + fees.get("rate_card", [])
    return [(f.get("price") or f.get("amount"), f.get("unit") or f.get("period")) for f in listed]


def test_a_neighbouring_cell_gives_no_basis(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "care-plan.md"
    path.write_text(
        text_lines(
            "**Payment Options:**",
            "| Pay in Full | Monthly | Bi-Weekly | Weekly |",
            "|-------------|---------|-----------|--------|",
            "| **$800** | $75/mo × 12 | $37.50 every 2 weeks × 26 | $18.75/week × 52 |",
        ),
        encoding="utf-8",
    )
    fees = _fees(path, capsys)
    assert ("75.00 USD", "month") in fees
    assert ("800.00 USD", "month") not in fees
    assert ("37.50 USD", "month") not in fees


def test_the_row_label_gives_its_cells_their_basis(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "plans.md"
    path.write_text(
        text_lines(
            "| Coverage | Basic | Plus | Pro |",
            "|---|---|---|---|",
            "| $ Per month | $ 250 | $ 500 | $ 1,000 |",
        ),
        encoding="utf-8",
    )
    assert _fees(path, capsys) == [("250.00 USD", "month"), ("500.00 USD", "month"), ("1000.00 USD", "month")]


def test_a_unit_cell_before_the_price_gives_its_basis_and_a_remark_after_it_none(
    tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    path = tmp_path / "rates.md"
    path.write_text(
        text_lines(
            "| 项目 | 单位 | 单价 | 备注 |",
            "|---|---|---|---|",
            "| 免费范围外的单次故障处理 | 次（每次故障） | ¥800.00 | — |",
            "| 额外灾备演练 | 场 | ¥1,500.00 | 超出年度要求的部分 |",
        ),
        encoding="utf-8",
    )
    fees = _fees(path, capsys)
    assert ("800.00 CNY", "incident") in fees
    assert not any(price == "1500.00 CNY" and unit == "year" for price, unit in fees)


# session 28: a column headed by its unit (batch 92's en843, a helpdesk's rate table); a Markdown table's rule under
# its header makes the row above a header even right under another table, and a framed row's first cell names its item
def test_a_column_headed_by_its_unit(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "rates.md"
    path.write_text(
        text_lines(
            "Help Desk Charges",
            "",
            "| Service | Charge/hr | Fixed Charge | Description |",
            "|---|---|---|---|",
            "| First Line Support | £15.00 | £60.00 | Basic support and setup |",
            "| Second Line Support | £22.00 | £150.00 | Complex support |",
            "",
            "| Service | Price per visit | Notes |",
            "|---|---|---|",
            "| On-site call-out | £95.00 | Within the M25 |",
        ),
        encoding="utf-8",
    )
    assert _fees(path, capsys) == [("15.00 GBP", "hour"), ("22.00 GBP", "hour"), ("95.00 GBP", "visit")]
    rates = extract_json(path, capsys)["terms"]["fees"]["rate_card"]
    assert [r["name"] for r in rates] == ["First Line Support", "Second Line Support", "On-site call-out"]
