"""A procurement agency's fee (采购代理服务费, 招标代理费: what the winning bidder pays the agency that ran the
tender, often as a table of rates by award band) is no fee of the service (issue 12; zh322, a telecom tender)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.extract_support import fee_facts, text_lines


def test_the_agency_fee_table_gives_no_fee(tmp_path: Path) -> None:
    text = text_lines(
        "| 9 | 采购代理服务费金额、交纳方式和时限 | 9.1采购代理服务费按成交金额计算： | 100万元以下 | 1.5% | 100～500万元 | 1.1% |",
        "招标代理费：成交供应商向代理机构交纳15000元。",
        "1.2.1采购预估金额：35万元（含税）。",
    )
    assert fee_facts(tmp_path, text) == []


def test_the_service_price_beside_it_is_still_read(tmp_path: Path) -> None:
    text = text_lines("运维服务费：每年48000元。", "采购代理服务费：4000元，由成交供应商支付。")
    assert fee_facts(tmp_path, text) == [("fee", "48000 CNY", "year")]
