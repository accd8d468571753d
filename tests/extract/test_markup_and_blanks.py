"""Markdown bold and template blanks: the words of a vendor's terms, never the markup or the blank."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.extract.extract_support import terms_of


def test_markdown_bold_is_not_part_of_a_value(tmp_path: Path) -> None:
    """Terms published as Markdown (or pasted from it) bold their names: the values are the
    words, and the CLI's evidence still quotes the line as written."""
    text = (
        "## Governing law\n"
        "This Agreement is governed by the laws of **England and Wales**.\n"
        "The courts of **England** have exclusive jurisdiction over any dispute.\n"
    )
    terms = terms_of(tmp_path, text)
    assert terms["disputes"]["governing_law"] == "England and Wales"
    assert "**" not in json.dumps(terms)
    vendor = tmp_path / "vendor-terms.md"
    vendor.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "termsmith", "extract", str(vendor), "--format", "json"], capture_output=True, text=True
    )
    (document,) = json.loads(done.stdout)["documents"]
    assert document["terms"]["disputes"]["governing_law"] == "England and Wales"
    assert "**England and Wales**" in document["evidence"]["disputes.governing_law"]["quote"]


@pytest.mark.parametrize(
    "text",
    [
        "甲方：********公司\n乙方：确定********公司\n",
        "**Company:** {{COMPANY_NAME}}\n**Client:** {{CLIENT_NAME}}\n",
    ],
)
def test_masked_names_and_template_placeholders_are_blanks(tmp_path: Path, text: str) -> None:
    """Asterisks standing for a name and a template's {{placeholder}} are not stated, never a party."""
    assert "parties" not in terms_of(tmp_path, text)


def test_asterisks_standing_for_digits_are_not_bold(tmp_path: Path) -> None:
    """ "20**年" (a year left blank) keeps its asterisks: removing them would read "20年", a 20-year term."""
    terms = terms_of(tmp_path, "第三条 服务期限\n本合同服务期限为期*年，自20**年**月**日起。\n")
    assert "term" not in terms
