"""A plan comparison table's feature row that ticks plans off is no header, though its label names a kind:
"Prioritized issue resolution | | ●" used to replace the table's header (plan names), and the response rows below it
lost their plans."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import CaptureFixture

from tests.extract.extract_support import extract_json, text_lines


@pytest.mark.parametrize("tick", ["●", "✔️", "Yes"])
def test_a_ticked_feature_row_keeps_the_plan_header(tmp_path: Path, capsys: CaptureFixture[str], tick: str) -> None:
    path = tmp_path / "plans.md"
    path.write_text(
        text_lines(
            "We offer two support plans:",
            "| | Standard | Premium |",
            "| Contract Type | Annual subscription | Annual subscription |",
            f"| Prioritized issue resolution | | {tick} |",
            "| Response time on critical issues | Within 8 business hours | Within 4 hours |",
            "| Pricing | Contact us | Contact us |",
        ),
        encoding="utf-8",
    )
    levels = extract_json(path, capsys)["terms"]["severity_levels"]
    assert [(lv["name"], lv["response"]["within"]) for lv in levels] == [
        ("critical", "8 business hours"),
        ("critical (Premium)", "4h"),
    ]
