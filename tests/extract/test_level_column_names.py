"""A level table whose level column holds bare ids ("1", "2" under "Priority"; 1, 2 under 严重级别): each level is
named as the column names it ("Priority 1", 严重级别1), so a buyer reading the extract knows what the number ranks.
The id stays the bare id, and a long column header is not glued onto it. Own wording."""

from __future__ import annotations

from pathlib import Path

from extract_support import terms_of, text_lines


def _names(tmp_path: Path, *lines: str) -> list[tuple[str, str | None]]:
    terms = terms_of(tmp_path, text_lines(*lines))
    return [(lv["name"], lv.get("id")) for lv in terms.get("severity_levels", [])]


def test_a_bare_id_takes_its_columns_name(tmp_path: Path) -> None:
    assert _names(
        tmp_path,
        "| Priority | Description | Response Time | Resolution Time |",
        "|---|---|---|---|",
        "| 1 | The shop is down for every customer. | 1 hour | 4 hours |",
        "| 2 | Checkout fails for some customers. | 4 hours | 2 business days |",
    ) == [("Priority 1", "1"), ("Priority 2", "2")]


def test_a_chinese_column_name_joins_without_a_space(tmp_path: Path) -> None:
    assert _names(
        tmp_path,
        "| 严重级别 | 说明 | 响应时间 | 解决时间 |",
        "|---|---|---|---|",
        "| 1 | 系统全部不可用 | 30分钟 | 4小时 |",
        "| 2 | 部分功能不可用 | 2小时 | 1个工作日 |",
    ) == [("严重级别1", "1"), ("严重级别2", "2")]


def test_a_long_column_header_stays_out_of_the_name(tmp_path: Path) -> None:
    names = _names(
        tmp_path,
        "| Priority level assigned by the service desk | Response Time | Resolution Time |",
        "|---|---|---|",
        "| 1 | 1 hour | 4 hours |",
        "| 2 | 4 hours | 2 business days |",
    )
    assert [name for name, _ in names] == ["1", "2"]
