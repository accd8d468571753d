"""A procurement record's service period stated by its forms (`rules.service_periods`), when no term clause gives
the term: two months joined in the project's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import terms_of, text_lines


@pytest.mark.parametrize(
    ("text", "length"),
    [
        (
            text_lines(
                "某市政务信息化运维服务项目202310-202409成交公告",
                "中标人:某某信息科技有限公司 中标价格:29.80万元",
            ),
            "12 months",
        ),
        (text_lines("某區資訊系統維護服務項目202401-202512決標公告"), "24 months"),
    ],
)
def test_the_months_a_project_name_spans(tmp_path: Path, text: str, length: str) -> None:
    assert terms_of(tmp_path, text)["term"]["length"] == length


@pytest.mark.parametrize(
    "text",
    [
        text_lines("招标编号:SDLC-JNHG-202310-202409"),  # a code's digits, no name
        text_lines("联系电话:202310-202409"),  # no project or service named before it
        text_lines("运维服务项目202313-202409公告"),  # no month 13
    ],
)
def test_no_span_no_term(tmp_path: Path, text: str) -> None:
    assert "term" not in terms_of(tmp_path, text)


def test_a_term_clause_wins(tmp_path: Path) -> None:
    text = text_lines("运维服务项目202310-202409成交公告", "服务期限:两年。")
    assert terms_of(tmp_path, text)["term"]["length"] == "2 years"
