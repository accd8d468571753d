"""Session 19, second round (extract19F): who owns the code, in two English wordings the website-ownership reader
did not know. The texts are our own, in the layouts of a developer's terms page.

- the party handed the ownership as the verb's subject ("the client receives full ownership of the custom code",
  "the Customer obtains title to the source code") → that party;
- the code named as one whole, "the codebase", in an ownership list under "You own:" ("- The codebase — transferred
  to you upon final payment") → client;
- a party receiving the ownership of something that is not the code names no owner of the code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _owner(tmp_path: Path, *lines: str) -> Any:
    return terms_of(tmp_path, _lines(*lines)).get("intellectual_property", {}).get("source_code_owner")


def test_client_receives_ownership_of_the_code_on_payment(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(
        _lines(
            "5. Intellectual Property",
            "Once the final invoice is paid, the client receives full ownership of the custom code written for "
            "the project. We keep the right to reuse our internal libraries.",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert found["terms"]["intellectual_property"]["source_code_owner"] == "client"
    assert "receives full ownership" in found["evidence"]["intellectual_property.source_code_owner"]["quote"]


def test_customer_obtains_title_to_the_code(tmp_path: Path) -> None:
    assert _owner(tmp_path, "The Customer obtains title to the source code of every module delivered.") == "client"


def test_codebase_transferred_to_you_in_an_ownership_list(tmp_path: Path) -> None:
    assert (
        _owner(
            tmp_path,
            "Ownership",
            "You own:",
            "- The domain name and hosting account",
            "- The codebase — transferred to you upon final payment",
        )
        == "client"
    )


def test_ownership_of_other_things_names_no_code_owner(tmp_path: Path) -> None:
    assert _owner(tmp_path, "On delivery the client receives full ownership of the hardware supplied.") is None


def test_deliverables_said_to_be_the_clients_make_the_client_the_codes_owner(tmp_path: Path) -> None:
    # (session 30, extract30I) no sentence names the code; the deliverables are the client's
    assert (
        _owner(
            tmp_path,
            "Ownership Transfer. Upon full payment, Client shall own final deliverables created specifically for Client.",
            "Retained Rights. Company retains ownership of proprietary tools, templates, frameworks and code libraries.",
        )
        == "client"
    )
    assert (
        _owner(tmp_path, "Completed deliverables created during the subscription period belong to Client.") == "client"
    )


def test_deliverables_of_data_or_a_firms_own_tools_name_no_owner_of_the_code(tmp_path: Path) -> None:
    assert (
        _owner(
            tmp_path,
            "Client shall own all right, title and interest in specific data deliverables such as audit reports.",
        )
        is None
    )
    assert _owner(tmp_path, "Company retains ownership of proprietary frameworks and reusable components.") is None
