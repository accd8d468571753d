"""A made-to-order job's deliverables or codebase whose ownership the text hands over to a party: that party owns
the code (`legal._TRANSFERRED_TO`); deliverables moved somewhere with no ownership named stay no owner."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import extract_lines


@pytest.mark.parametrize(
    ("lines", "owner"),
    [
        (
            (
                "1. INTELLECTUAL PROPERTY: Upon receipt of final payment, the Studio transfers all ownership rights "
                "of the custom-developed codebase and associated digital assets to the Client.",
            ),
            "client",
        ),
        (("知識產權", "- 在客戶付清所有相關費用後,本公司將向客戶轉讓交付物的所有權利、所有權和權益。"), "client"),
        (
            ("五、知识产权", "乙方在甲方付清全部款项后,将本项目交付物的全部所有权转让给甲方。", "甲方:某某医院"),
            "client",
        ),
        (("Delivery", "The deliverables will be transferred to the Client's server after acceptance."), None),
    ],
)
def test_a_transfer_of_the_deliverables_ownership(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: tuple[str, ...], owner: str | None
) -> None:
    ip = extract_lines(tmp_path, capsys, lines)["terms"].get("intellectual_property", {})
    assert ip.get("source_code_owner") == owner
