"""A price for one year named by its dates (`fee_spans`): a row of a yearly schedule ("7/1/2018 to 6/30/19 $203,940"),
"in the amount of $303,656.92 for the period of October 1, 2016 through September 30, 2017", "for FY 2022-23". A span
of another length names no yearly fee."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_table, fee_facts, file_fee_facts, text_lines


def test_a_schedule_of_yearly_amounts_by_their_dates(tmp_path: Path) -> None:
    text = text_lines(
        "2. Maintenance and Support Fees. Your maintenance and support fees will be billed as follows:",
        "Period Covered Amount Billing Date",
        "7/1/2017 to 6/30/18 $198,000 Upon execution",
        "7/1/2018 to 6/30/19 $203,940 7/1/2018",
    )
    assert fee_facts(tmp_path, text) == [("fee", "198000 USD", "year"), ("fee", "203940 USD", "year")]


def test_an_amount_for_a_period_of_written_dates_and_a_fiscal_year(tmp_path: Path) -> None:
    text = text_lines(
        "RESOLUTION NO. R2016-195",
        "The City Manager may renew a Software Maintenance Contract in the estimated amount of $303,656.92 for the "
        "period of October 1, 2016 through September 30, 2017.",
        "The renewal of the support agreement costs $170,782.20 for FY 2022-23.",
    )
    assert fee_facts(tmp_path, text) == [("fee", "170782.2 USD", "year"), ("fee", "303656.92 USD", "year")]


def test_a_span_of_three_years_is_no_yearly_fee(tmp_path: Path) -> None:
    text = text_lines("Support fees", "The support fee is $90,000 for the period 7/1/2017 to 6/30/2020.")
    assert ("fee", "90000 USD", "year") not in fee_facts(tmp_path, text)


def test_a_docx_schedule_table(tmp_path: Path) -> None:
    path = docx_table(
        tmp_path,
        "Maintenance fees are billed as follows:",
        [("Period Covered", "Amount"), ("1/1/2024 - 12/31/2024", "$12,000"), ("1/1/2025 - 12/31/2025", "$12,600")],
    )
    assert file_fee_facts(path) == [("fee", "12000 USD", "year"), ("fee", "12600 USD", "year")]
