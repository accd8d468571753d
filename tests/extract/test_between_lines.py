"""A cover page's "Between:" and "And:" lines (issue 12, extract25): the two sides, each with the role its bracket
gives or the one the document gives its name elsewhere; a side of unknown role is the other party. Texts of our own,
in the style of freelance and small-firm agreements written in Markdown."""

from __future__ import annotations

from pathlib import Path

from extract_support import extract_json, terms_of, text_lines
from pytest import CaptureFixture


def _parties(tmp_path: Path, *lines: str) -> dict[str, str]:
    terms = terms_of(tmp_path, text_lines(*lines), "contract.md")
    return {p["role"]: p["legal_name"] for p in terms.get("parties", [])}


def test_the_client_defined_further_down(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "sla.md"
    path.write_text(
        text_lines(
            "# MANAGED IT SERVICE AGREEMENT",
            "",
            "**Between:** Harbour Tech Services (ABN: TBD)",
            "**And:** Blue Gum Pty Ltd",
            "",
            "## 1. Definitions",
            '**"Client"** means Blue Gum Pty Ltd and its authorised representatives.',
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    parties = {p["role"]: p["legal_name"] for p in found["terms"]["parties"]}
    assert parties == {"vendor": "Harbour Tech Services", "client": "Blue Gum Pty Ltd"}
    vendor_at = [p["role"] for p in found["terms"]["parties"]].index("vendor")
    assert found["evidence"][f"parties[{vendor_at}].legal_name"]["line"] == 3


def test_a_bracket_after_the_name_elsewhere(tmp_path: Path) -> None:
    assert _parties(
        tmp_path,
        "# Web Development Contract",
        "> **Between** Robin Hale",
        ">",
        "> **And** Example Widgets Inc.",
        'You (Example Widgets Inc.), located at 1 Main Street ("you", "client"), are hiring me (Robin Hale).',
    ) == {"vendor": "Robin Hale", "client": "Example Widgets Inc."}


def test_a_blank_client_leaves_the_vendor(tmp_path: Path) -> None:
    assert _parties(
        tmp_path,
        "# Website Contract",
        '**Between:** Sam Reed ("Designer")',
        '**And:** [CLIENT NAME] ("Client")',
    ) == {"vendor": "Sam Reed"}


def test_no_role_anywhere_reports_no_party(tmp_path: Path) -> None:
    # which of two names is the vendor is not said: nothing is guessed
    assert (
        _parties(
            tmp_path, "# Agreement", "**Between:** Harbour Tech Services", "**And:** Blue Gum Pty Ltd", "Terms follow."
        )
        == {}
    )
