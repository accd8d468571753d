"""A second table of the same levels under a section heading of its own and a sentence leading into it ("## Terms
for Managed Hosting" / "The targets below replace those above for hosted sites." / the table): its levels are the
heading's, kept apart from the first table's (rules/table_groups.py, `_title`), rather than lost to them — in text
(Markdown headings) and zh-Hans; two lead-in sentences, or a sentence under a plain line, name no group. Own
wording, in the shape of zh148 (development)."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def _doc(*between: str) -> str:
    return text_lines(
        "## Support targets",
        "| Priority | Definition | Target response |",
        "|---|---|---|",
        "| P1 | Production down. | 1 hour |",
        "| P2 | Major function impaired. | 4 hours |",
        *between,
        "| Priority | Definition | Target response |",
        "|---|---|---|",
        "| P1 | Production down. | 30 minutes |",
        "| P2 | Major function impaired. | 2 hours |",
    )


def test_second_table_under_heading_and_lead_in(tmp_path: Path) -> None:
    times = level_times(
        terms_of(tmp_path, _doc("## Terms for Managed Hosting", "The targets below replace those above for hosting."))
    )
    assert sorted(v[0] for v in times.values() if v[0]) == sorted(["1h", "4h", "30m", "2h"])
    assert any("Managed Hosting" in name for name in times)


def test_zh_second_table_under_heading_and_lead_in(tmp_path: Path) -> None:
    text = text_lines(
        "## 支持目标",
        "| 优先级 | 定义 | 目标响应时间 |",
        "|---|---|---|",
        "| P1 | 生产中断 | 1 小时 |",
        "| P2 | 主要功能受影响 | 4 小时 |",
        "## 托管服务的附加条款",
        "下表中的目标响应时间将取代上表中所示的时间。",
        "| 优先级 | 定义 | 目标响应时间 |",
        "|---|---|---|",
        "| P1 | 生产中断 | 30 分钟 |",
        "| P2 | 主要功能受影响 | 2 小时 |",
    )
    times = level_times(terms_of(tmp_path, text))
    assert sorted(v[0] for v in times.values() if v[0]) == sorted(["1h", "4h", "30m", "2h"])


def test_lead_in_under_a_plain_line_names_no_group(tmp_path: Path) -> None:
    times = level_times(terms_of(tmp_path, _doc("Other terms apply", "The targets below apply to hosting.")))
    assert sorted(v[0] for v in times.values() if v[0]) == sorted(["1h", "4h"])
