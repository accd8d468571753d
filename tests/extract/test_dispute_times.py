"""A dispute clause's time is no level's resolution: "If unresolved within 30 days, submit to mediation" settles a
dispute between the parties, not an incident, and used to be shared out as every level's resolution."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import CaptureFixture

from tests.extract.extract_support import extract_json, text_lines


@pytest.mark.parametrize(
    "clause",
    [
        "2. **Mediation:** If unresolved within 30 days, submit to mediation",
        "Any dispute not resolved within 30 days shall be referred to arbitration.",
    ],
)
def test_a_dispute_clause_gives_no_resolution(tmp_path: Path, capsys: CaptureFixture[str], clause: str) -> None:
    path = tmp_path / "agreement.md"
    path.write_text(
        text_lines(
            "### 2.4 Support Response Times",
            "| Priority | Response Time |",
            "|---|---|",
            "| Critical | 4 hours |",
            "| High | 8 hours |",
            "",
            "## 10. Dispute Resolution",
            "1. **Negotiation:** Parties first attempt good-faith resolution",
            clause,
        ),
        encoding="utf-8",
    )
    levels = extract_json(path, capsys)["terms"]["severity_levels"]
    assert [(lv["name"], lv["response"]["within"], "resolution" in lv) for lv in levels] == [
        ("Critical", "4h", False),
        ("High", "8h", False),
    ]


def test_a_zh_dispute_clause_gives_no_resolution(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "合同.txt"
    path.write_text(
        text_lines(
            "一级故障：2小时内响应。",
            "二级故障：4小时内响应。",
            "因本合同引起的争议，双方协商30日内未能解决的，提交仲裁委员会仲裁。",
        ),
        encoding="utf-8",
    )
    levels = extract_json(path, capsys)["terms"]["severity_levels"]
    assert all("resolution" not in lv for lv in levels)
    assert [lv["response"]["within"] for lv in levels] == ["2h", "4h"]
