"""Session 30 (issue 12, extract30): a liability cap worded as the fees the client paid, read back through the CLI and
the API. The positive texts are real lines of corpus documents (en153, en152, en56, tw44), cut to the lines that
matter (and zh71's 5.3); the guards are texts of our own and en50's template line.

- "NEITHER PARTY'S LIABILITY SHALL EXCEED THE FEES PAID IN THE TWELVE MONTHS PRECEDING THE CLAIM" (en153): a cap
  whose negation is in its subject ("neither"), not after "shall";
- "**Maximum Liability:** Total amount you paid in past 12 months" (en152): a labelled cap on the amount paid;
- "not to exceed the price of the maintenance and support services being provided for one (1) year" (en56): the
  price of the services bought is the fees;
- "將不超過…12 個月內，客戶根據本協議支付的總金額的 50%" (tw44): the total the client paid, at 50 %;
- "赔偿金的最高限额为有关LiveSupport一年服务期的服务费" (zh71): the cap is the service fee itself → 100 %;
- a cap on the fees of a period whose length is a template blank ("Total fees paid in {{MONTHS}} months", en50)
  states no cap yet; a sentence with no fees base states no share.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _liability(tmp_path: Path, *lines: str) -> Any:
    return terms_of(tmp_path, _lines(*lines)).get("liability")


def test_neither_partys_liability_shall_exceed_the_fees_paid(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    # en153
    path = tmp_path / "en153.txt"
    path.write_text(
        _lines(
            "8. LIMITATION OF LIABILITY",
            "EXCEPT FOR INDEMNIFICATION OBLIGATIONS, NEITHER PARTY'S LIABILITY SHALL EXCEED THE FEES PAID IN THE "
            "TWELVE MONTHS PRECEDING THE CLAIM.",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert found["terms"]["liability"] == {"cap": "100%"}
    assert "SHALL EXCEED THE FEES PAID" in found["evidence"]["liability.cap"]["quote"]


def test_a_labelled_maximum_liability_on_the_amount_paid(tmp_path: Path) -> None:
    # en152
    assert _liability(
        tmp_path, "**Maximum Liability:** Total amount you paid in past 12 months (even with SLA breach)."
    ) == {"cap": "100%"}


def test_the_price_of_the_services_bought(tmp_path: Path) -> None:
    # en56 (an OCR'd record)
    assert _liability(
        tmp_path,
        "In no event shall Seller's total liability be in excess of the amount recoverable under law, but not to "
        "exceed the price of the maintenance and support services being provided for one (1) year under this "
        "Agreement.",
    ) == {"cap": "100%"}


def test_a_share_of_the_total_the_client_paid(tmp_path: Path) -> None:
    # tw44 (Odoo's zh-Hant agreement, 7.3)
    assert _liability(
        tmp_path,
        "在法律允許的最大範圍內，每一方聯同其關聯公司就本協議產生或與本協議相關的總計責任，將不超過引起索賠事件日期前"
        "緊接的 12 個月內，客戶根據本協議支付的總金額的 50%。",
    ) == {"cap": "50%"}


def test_no_cap_on_a_blank_period_nor_without_a_fees_base(tmp_path: Path) -> None:
    # en50's template line: the months are a blank
    assert _liability(tmp_path, "Maximum liability: Total fees paid in {{MONTHS}} months prior to claim.") is None
    # a limit that names no fees, no amount
    assert _liability(tmp_path, "The vendor's liability will not exceed what the law allows.") is None


def test_the_cap_is_a_years_service_fee(tmp_path: Path) -> None:
    # zh71, 5.3
    assert _liability(
        tmp_path,
        "5.3. 在服务期内，如果客户主动无论因何种原因导致互动网络应当依法承担赔偿责任时，赔偿金的最高限额为有关"
        "LiveSupport一年服务期的服务费,以该LiveSupport申请注册时有效的价格为准。",
    ) == {"cap": "100%"}
    # an amount stated after the service fee is the cap, not the fee itself
    assert _liability(tmp_path, "乙方的赔偿责任最高不超过服务费5000元。") == {"cap_amount": "5000.00 CNY"}
