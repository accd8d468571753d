"""A party's role read from the rest of each side's names (`parties._CLIENT_WORDS`, `_VENDOR_WORDS`): 委托单位, 招标单位,
采购单位, 需求方, a subscriber or an end user for the client; 承接方, 维保单位, 中标单位, 供货方, 开发商, 集成商, 销售方, a
maintainer for the vendor — so a parties' block that gives 甲方 the vendor's role is read as it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import terms_of

_BODY = "紧急故障4小时内响应。\n"


def _parties(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return sorted((p["role"], p["legal_name"]) for p in terms_of(tmp_path, text).get("parties", []))


@pytest.mark.parametrize(
    ("vendor_word", "client_word"),
    [
        ("维保单位", "委托单位"),
        ("中标单位", "招标单位"),
        ("供货方", "采购单位"),
        ("承接方", "需求方"),
        ("集成商", "委託單位"),
    ],
)
def test_a_block_giving_party_a_the_vendors_role(tmp_path: Path, vendor_word: str, client_word: str) -> None:
    text = f"甲方({vendor_word}):杭州明远软件有限公司\n乙方({client_word}):宁波海川物流有限公司\n{_BODY}"
    assert _parties(tmp_path, text) == [("client", "宁波海川物流有限公司"), ("vendor", "杭州明远软件有限公司")]


def test_an_english_maintainer_and_end_user(tmp_path: Path) -> None:
    text = (
        'This agreement is between Harbor Freightways Inc. ("End User") and Brightline Systems LLC ("Maintainer").\n'
        "Critical issues receive a response within 4 hours.\n"
    )
    assert _parties(tmp_path, text) == [("client", "Harbor Freightways Inc."), ("vendor", "Brightline Systems LLC")]
