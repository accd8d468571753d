"""Session 30 (issue 12, extract30): who owns the code a vendor writes, in three wordings the website-ownership reader
missed. The positive texts are real lines of corpus documents (en124, en132, en143), cut to the lines that matter;
the guards are texts of our own.

- "All code, design, and digital assets remain the property of PJH Web Services until the full term has been paid"
  (en124): the code is the first item of a list that is the clause's subject → client once paid;
- "Code developed specifically for Client under this Agreement becomes Client property upon full payment" (en132):
  code made for the client, its property named without a possessive's 's → client;
- "You'll own the website I design for you" (en143): an owner with a contracted "will" → client;
- a list that is no subject of the ownership, and code that is no work made ("a discount code"), name no owner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _owner(tmp_path: Path, *lines: str) -> Any:
    return terms_of(tmp_path, _lines(*lines)).get("intellectual_property", {}).get("source_code_owner")


def test_code_first_in_a_list_kept_until_paid(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    # en124
    path = tmp_path / "en124.txt"
    path.write_text(
        _lines(
            "Ownership",
            "All code, design, and digital assets remain the property of PJH Web Services until the full term has "
            "been paid. Full ownership transfers once all instalments are complete and the account is in good "
            "standing.",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert found["terms"]["intellectual_property"]["source_code_owner"] == "client"
    quote = found["evidence"]["intellectual_property.source_code_owner"]["quote"]
    assert "until the full term has been paid" in quote


def test_code_developed_for_the_client_becomes_client_property(tmp_path: Path) -> None:
    # en132, 7.2
    assert (
        _owner(
            tmp_path,
            "7.2 Code developed specifically for Client under this Agreement becomes Client property upon full "
            "payment.",
        )
        == "client"
    )


def test_youll_own_the_website(tmp_path: Path) -> None:
    # en143
    assert (
        _owner(tmp_path, "You'll own the website I design for you plus the visual elements that I create for it.")
        == "client"
    )


def test_no_owner_of_code_that_is_no_work(tmp_path: Path) -> None:
    assert _owner(tmp_path, "A discount code, a voucher, and gift cards remain our property.") is None
    assert (
        _owner(tmp_path, "Our office code and our staff rules, and the premises remain the property of Acme.") is None
    )
