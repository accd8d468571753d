"""A price stated for a named item with no period and no rate (a site, a tier, an add-on, a task) is a one-off fee
(`rules.item_prices`); a minimum, a deposit, a budget, a total, a block of hours, a charge for the client's
default or a change "from $X to $Y" is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import fee_facts, terms_of, text_lines


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (  # a price sheet: items with a dash, a colon and a starting price under its heading
            text_lines(
                "Studio Pricing",
                "• Landing Page – $800",
                "• Blog Setup: $350 each",
                "E-commerce Store",
                "Starting at: $4,200",
            ),
            ["800 USD", "350 USD", "4200 USD"],
        ),
        (  # tiers in brackets on one line, a range at its lower end
            text_lines(
                "Package: ☐ Essential ($900) ☐ Business ($1,800) ☐ Enterprise ($3,000+)",
                "Accessibility Audit (one-time): £1,200 – £2,000",
            ),
            ["900 USD", "1800 USD", "3000 USD", "1200 GBP"],
        ),
        (  # two items priced the same are two fees
            text_lines(
                "Add-ons",
                "• Newsletter Integration: $250",
                "• Booking Widget: $250",
            ),
            ["250 USD", "250 USD"],
        ),
        (  # a table row: the first cell names the item
            text_lines(
                "| Module | Description | Price |",
                "| Inventory | Stock, warehouses and transfers | $1,150 |",
                "| Payroll | Salaries and payslips | $2,300 |",
            ),
            ["1150 USD", "2300 USD"],
        ),
        (  # the same in Chinese
            text_lines(
                "增值服务报价",
                "小程序商城模板：3800元",
                "数据迁移：1500元",
            ),
            ["3800 CNY", "1500 CNY"],
        ),
        (  # "one-time … cost of" several words apart, and "One time" after a row's price
            text_lines(
                "The portal has a one-time implementation and training cost of $18,200.00, plus travel.",
                "Responsive Website 120 £5000 One time",
            ),
            ["18200 USD", "5000 GBP"],
        ),
    ],
)
def test_an_items_price_is_a_one_off_fee(tmp_path: Path, text: str, amounts: list[str]) -> None:
    facts = fee_facts(tmp_path, text)
    assert sorted(f for f in facts if f[2] == "one-off") == sorted(("fee", a, "one-off") for a in amounts)


@pytest.mark.parametrize(
    "text",
    [
        text_lines("Pricing", "• Minimum project size: $1,000", "• Deposit: $500"),
        text_lines("Fees", "Total: $5,400", "Budget: $20,000"),
        text_lines("Support blocks", "• 10 hours: £500", "• 30 minute increment: $49.50"),
        text_lines("Charges", "• Dishonoured Payment Fee – $22", "• Suspended Account Re-Activation – $22"),
        text_lines("The annual cost rises from $445,754.18 to $661,141.18 this year."),
        text_lines("| Item | Year 1 | Year 2 |", "| Hosting | £2,400 | £3,200 |"),
        text_lines("Travel", "0 - 20 Miles: $10", "21 - 30 Miles: $20"),
        text_lines("采购预算：60000元", "乙方逾期交付，每逾期一日：1000元。"),
        text_lines("For $900, you get six hours of consultation."),
    ],
)
def test_what_is_no_items_price_stays_out(tmp_path: Path, text: str) -> None:
    assert [f for f in fee_facts(tmp_path, text) if f[2] == "one-off"] == []


def test_a_price_restated_under_another_price_noun_is_one_fee(tmp_path: Path) -> None:
    text = text_lines("项目名称：官网改版", "中标价格：29.80万元", "成交金额：29.80万元")
    assert fee_facts(tmp_path, text) == [("fee", "298000 CNY", "one-off")]


def test_the_item_names_its_fee_in_the_report(tmp_path: Path) -> None:
    text = text_lines(
        "Add-ons",
        "• Booking Widget: $250",
        "Custom Dashboard",
        "Starting at $1,500",
        "Custom Web Applications (Next.js) Starting at: $3,500",
    )
    names = [item.get("name") for item in terms_of(tmp_path, text)["fees"]["one_off"]]
    assert names == ["Booking Widget", "Custom Dashboard", "Custom Web Applications (Next.js)"]


def test_a_fee_name_keeps_no_trailing_dash(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path, text_lines("Care Plans", "Monthly Maintenance – ₹1,000/month", "Speed Optimization – ₹999")
    )
    names = [item.get("name") for key in ("recurring", "one_off") for item in terms["fees"].get(key, [])]
    assert names == ["Monthly Maintenance", "Speed Optimization"]
