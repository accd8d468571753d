"""Support bought by the year or for a stated support period is the agreement's term when no term clause is there
(`rules.periods`, a term said without a term word): an annual maintenance contract or support policy, a 12-month
support period the pricing reflects, the term of this contract; not a product billed annually, nor a support period
given free with the work."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import terms_of, text_lines


@pytest.mark.parametrize(
    ("text", "length"),
    [
        (
            text_lines(
                "Product Support",
                "We provide unlimited product support as part of your annual Maintenance contracts.",
                "Severity 1 issues receive a response within 1 business hour.",
            ),
            "1 year",
        ),
        (
            text_lines(
                "Technical Support Policies",
                "These Support Policies apply to customers that purchase an annual support policy.",
            ),
            "1 year",
        ),
        (
            text_lines(
                "Support Period",
                "Unless otherwise stated in the order, support terms, including pricing, reflect a 12-month "
                "support period (the “support period”).",
            ),
            "12 months",
        ),
        (
            text_lines(
                "4. Term: Unless stated otherwise in the quote, the term of this contract is for 12 months from the "
                "date hereof and can be renewed upon mutual agreement."
            ),
            "12 months",
        ),
        (text_lines("售后服务", "客户签订年度维护合同后,我方提供电话支持。"), "1 year"),
        (text_lines("售後服務", "客戶簽訂年度維護合約後,本公司提供電話支援。"), "1 year"),
    ],
)
def test_support_bought_for_a_year(tmp_path: Path, text: str, length: str) -> None:
    assert terms_of(tmp_path, text)["term"]["length"] == length


@pytest.mark.parametrize(
    "text",
    [
        # a product billed by the year is no support term
        text_lines("Pricing", "Analytics Pro: $99 per user per month, billed annually."),
        # support given free with the work is the free period
        text_lines("We provide a free 12-month support period after delivery of the website."),
        # a contract another service requires is not the one this page sells
        text_lines("Additional technical support requires an AMC (Annual Maintenance Contract)."),
        # a yearly fee states no length of its own
        text_lines("The annual support fee is 20% of the licence fee."),
        text_lines("年度维护费为软件合同金额的15%。"),
    ],
)
def test_no_term_from_yearly_wording(tmp_path: Path, text: str) -> None:
    assert "term" not in terms_of(tmp_path, text)
