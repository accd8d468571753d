"""A way of support listed under a lead naming what is not offered ("Excluded:", "7. EXCLUSIONS", "Services do not
include:", "以下情况不在服务范围内:") is not a channel (`rules/exclusion_lists.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import terms_of, text_lines


def _kinds(tmp_path: Path, text: str) -> list[str]:
    return [c["kind"] for c in terms_of(tmp_path, text).get("support_channels", [])]


@pytest.mark.parametrize(
    "text",
    [
        text_lines(
            "Included:",
            "- Email support during business hours",
            "",
            "Excluded:",
            "- Hardware repairs",
            "- On-site support unless explicitly agreed",
        ),
        text_lines(
            "Support is given by email to help@example.com.",
            "8. EXCLUSIONS",
            "------------------------------",
            "Services do not include:",
            "- Training or data migration",
            "- Onsite support unless separately contracted",
        ),
        text_lines("我们通过电子邮件提供技术支持。", "以下情况不在服务范围内:", "1、现场支持", "2、硬件维修"),
    ],
)
def test_an_excluded_way_is_no_channel(tmp_path: Path, text: str) -> None:
    assert _kinds(tmp_path, text) == ["email"]


def test_the_list_ends_at_the_next_heading(tmp_path: Path) -> None:
    text = text_lines(
        "Excluded:",
        "- Hardware repairs",
        "Support channels",
        "- On-site support for critical incidents",
        "- Email support",
    )
    assert sorted(_kinds(tmp_path, text)) == ["email", "on-site"]
