"""Issue 12 (session 27): a free period named as the first year, and an agreement's term said plainly.

Real lines: "Software upgrades and maintenance are free during the 1st year." (en744, a German software firm's
maintenance terms). The other lines are our own, in each language, with the guards that keep a possessive first year,
a priced annual contract and a product named "Annual Maintenance Contract" out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extract_support import terms_of, text_lines


def _terms(tmp_path: Path, *lines: str) -> dict[str, Any]:
    return terms_of(tmp_path, text_lines(*lines))


@pytest.mark.parametrize(
    ("line", "length"),
    [
        ("Software upgrades and maintenance are free during the 1st year.", "1 year"),  # en744
        ("Maintenance is free of charge for the first year after go-live.", "1 year"),
        ("The first 12 months of support are free.", "12 months"),
        ("Maintenance during the first year is included at no charge.", "1 year"),
        ("第一年免費保固。", "1 year"),
        ("第一年内免费维护，第二年起按合同金额的10%收取维护费。", "1 year"),
    ],
)
def test_the_first_year_free_is_a_free_year(tmp_path: Path, line: str, length: str) -> None:
    assert _terms(tmp_path, line)["free_maintenance"]["length"] == length


def test_the_start_of_a_free_first_year_is_kept(tmp_path: Path) -> None:
    found = _terms(tmp_path, "Maintenance is free of charge for the first year after go-live.")
    assert found["free_maintenance"] == {"length": "1 year", "start_event": "go-live"}


@pytest.mark.parametrize(
    "line",
    [
        "The software is free of viruses. Support is billed monthly.",
        # a possessive first year names what the first year buys, not a free length (en583's wording)
        "Most customers' first year's retainer is included in the development contract, under our warranty terms.",
        "Support for the first year costs 500 EUR.",
    ],
)
def test_no_free_year_where_none_is_given(tmp_path: Path, line: str) -> None:
    assert "free_maintenance" not in _terms(tmp_path, line)


@pytest.mark.parametrize(
    ("line", "length"),
    [
        ("The contract has a term of 12 months.", "12 months"),
        ("The agreement has an initial term of three years.", "3 years"),
        ("The maintenance agreement runs for one year and renews automatically.", "1 year"),
        ("This is an annual maintenance contract for the website.", None),  # a product's name alone sets no term
        ("本合同为年度维护合同。", "1 year"),
    ],
)
def test_a_term_said_plainly(tmp_path: Path, line: str, length: str | None) -> None:
    assert _terms(tmp_path, line).get("term", {}).get("length") == length


def test_a_priced_annual_contract_is_no_term(tmp_path: Path) -> None:
    assert "term" not in _terms(tmp_path, "The annual maintenance contract fee is 15% of the licence price.")


@pytest.mark.parametrize(
    ("line", "length"),
    [
        # en768 (an Australian web studio's terms): the free changes' window after a comma
        (
            "Such changes can be requested by the client free of charge, for a 2 month period after the agreed "
            "completion date for the website.",
            "2 months",
        ),
        ("Changes are free of charge for a period of 2 months after completion.", "2 months"),
        # en770 (a UK software house): maintenance the price of the work already covers
        ("We will normally offer 12 months software maintenance inside the development cost.", "12 months"),
        ("Six months of support are included in the project price.", "6 months"),
    ],
)
def test_free_work_for_a_period_and_maintenance_the_price_covers(tmp_path: Path, line: str, length: str) -> None:
    assert _terms(tmp_path, line)["free_maintenance"]["length"] == length


def test_support_priced_with_the_project_is_not_free(tmp_path: Path) -> None:
    assert "free_maintenance" not in _terms(tmp_path, "Support is billed at the project price of 500 EUR.")
