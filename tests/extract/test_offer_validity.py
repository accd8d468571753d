"""How long a quotation or an offer stands ("本報價單之有效期為發出日後之三十天內", "This quotation is valid for 30 days")
is no term of the agreement (`periods._OFFER_VALIDITY`); the agreement's own term beside it is still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import terms_of, text_lines


@pytest.mark.parametrize(
    "text",
    [
        text_lines("一、系統維護費每年新台幣12,000元。", "二、本報價單之有效期為發出日後之三十天內。"),
        text_lines("一、系统维护费每年人民币12,000元。", "二、本报价有效期30天。"),
        text_lines(
            "Annual maintenance: USD 1,200 per year.", "This quotation is valid for 30 days from the date of issue."
        ),
    ],
)
def test_a_quotations_validity_is_no_term(tmp_path: Path, text: str) -> None:
    assert "term" not in terms_of(tmp_path, text)


def test_the_agreements_term_is_still_read(tmp_path: Path) -> None:
    text = text_lines("本報價單之有效期為發出日後之三十天內。", "合約期限:一年。")
    assert terms_of(tmp_path, text)["term"]["length"] == "1 year"
