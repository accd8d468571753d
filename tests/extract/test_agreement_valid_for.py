"""A Chinese agreement valid for a length from its signing ("本协议…自签字之日起一年内有效") states its term
(`rules.term_wording`); a free period's validity or a notice does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import terms_of, text_lines


@pytest.mark.parametrize(
    ("text", "length"),
    [
        (
            text_lines(
                "软件服务协议",
                "一、甲方享受乙方提供的一年服务(电话咨询,远程协助)。",
                "三、本协议一式两份,传真件有效,双方各执一份,自签字之日起一年内有效。",
            ),
            "1 year",
        ),
        (text_lines("本合約一式二份,自雙方簽訂之日起二年內有效。"), "2 years"),
        (text_lines("本合同自双方盖章后6个月内有效。"), "6 months"),
    ],
)
def test_valid_for_a_length_from_signing(tmp_path: Path, text: str, length: str) -> None:
    assert terms_of(tmp_path, text)["term"]["length"] == length


@pytest.mark.parametrize(
    "text",
    [
        text_lines("传真件有效,本协议自签字之日起生效。"),  # no length
        text_lines("本协议项下免费保修自验收之日起一年内有效。"),  # the free period's
    ],
)
def test_no_term_from_validity(tmp_path: Path, text: str) -> None:
    assert "term" not in terms_of(tmp_path, text)
