"""A price for one thing done once, said right beside the amount with words between ("£195 per extra Task ticket",
"Per each incident - $99", "$139/ticket") is a rate per incident (`fees._PER_THING`), whatever else the line or
the table around it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import docx_paragraphs, docx_table, fee_facts, file_fee_facts, text_lines


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("(£195 per extra Task ticket)", ("fee", "195 GBP", "incident")),
        ("Phone contact with Tech Support Per each incident - $99 USD", ("fee", "99 USD", "incident")),
        ("Ad-hoc help: $139/ticket", ("fee", "139 USD", "incident")),
        ("Additional help is $60 per support call.", ("fee", "60 USD", "incident")),
    ],
)
def test_an_english_price_per_thing_done_once(tmp_path: Path, line: str, fact: tuple[str, str, str]) -> None:
    text = text_lines("Support packages", "4 Task tickets", line)
    assert fee_facts(tmp_path, text) == [fact]


def test_a_package_card_keeps_its_monthly_price_beside_the_extra_ticket(tmp_path: Path) -> None:
    lines = ["Support packages", "Starter", "2 Task tickets", "£390 per month", "(£195 per extra Task ticket)"]
    path = docx_paragraphs(tmp_path, lines)
    assert file_fee_facts(path) == [("fee", "195 GBP", "incident"), ("fee", "390 GBP", "month")]


def test_a_docx_table_of_per_incident_prices(tmp_path: Path) -> None:
    path = docx_table(
        tmp_path,
        "Support options",
        [("Option", "Price"), ("Urgent request", "$139 per urgent request"), ("Normal request", "$99 per request")],
    )
    assert file_fee_facts(path) == [("fee", "139 USD", "incident"), ("fee", "99 USD", "incident")]


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        # a call-out is a visit, not an incident
        ("On-site attendance: $120 per call-out.", ("fee", "120 USD", "visit")),
        # a subscription next to a column word "Per-incident" stays the subscription's
        ("Annual subscription - $150 USD Per-incident", ("fee", "150 USD", "year")),
    ],
)
def test_other_bases_beside_an_incident_word(tmp_path: Path, line: str, fact: tuple[str, str, str]) -> None:
    assert fee_facts(tmp_path, text_lines("Support fees", line)) == [fact]


def test_chinese_per_time_prices_stay_incident(tmp_path: Path) -> None:
    text = text_lines("技术支持收费标准", "远程技术支持服务费：每次300元。")
    assert fee_facts(tmp_path, text) == [("fee", "300 CNY", "incident")]
