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


_PER_PLAN = (
    "## Tier details",
    "### Essential (free)",
    "SLA Commitments:",
    "| Priority | First Response |",
    "|---|---|",
    "| Critical | 48 hours |",
    "| High | 72 hours |",
    "### Professional ($499/month)",
    "- Phone support during business hours",
    "SLA Commitments:",
    "| Priority | First Response | Resolution Target |",
    "|---|---|---|",
    "| Critical | 4 hours | 24 hours |",
    "| High | 8 hours | 48 hours |",
    "### Enterprise ($1,999/month)",
    "- Dedicated support engineer",
    "SLA Commitments:",
    "| Priority | First Response | Resolution Target |",
    "|---|---|---|",
    "| Critical | 1 hour | 8 hours |",
    "| High | 2 hours | 24 hours |",
)


def _check_per_plan(times: dict[str, tuple[str | None, str | None]]) -> None:
    want = [("48h", None), ("72h", None), ("4h", "24h"), ("8h", "48h"), ("1h", "8h"), ("2h", "24h")]
    assert sorted(times.values(), key=str) == sorted(want, key=str)
    assert any("Enterprise" in name for name in times)


def test_label_repeated_in_every_plans_section(tmp_path: Path) -> None:
    """Each plan's section repeats one label over its table ("SLA Commitments:"): once the label has named a group,
    the section's heading names the later tables' levels, rather than the third table being lost to the second's."""
    _check_per_plan(level_times(terms_of(tmp_path, text_lines(*_PER_PLAN))))


def test_label_repeated_in_every_plans_section_docx(tmp_path: Path) -> None:
    from extract_support import docx_paragraphs

    from termsmith.extract.api import extract_file

    _check_per_plan(level_times(extract_file(docx_paragraphs(tmp_path, _PER_PLAN))[1].terms))


def test_zh_label_repeated_in_every_packages_section(tmp_path: Path) -> None:
    text = text_lines(
        "## 套餐详情",
        "### 基础版",
        "服务承诺：",
        "| 优先级 | 首次响应 |",
        "|---|---|",
        "| 紧急 | 48 小时 |",
        "| 一般 | 72 小时 |",
        "### 专业版",
        "服务承诺：",
        "| 优先级 | 首次响应 | 解决时限 |",
        "|---|---|---|",
        "| 紧急 | 4 小时 | 24 小时 |",
        "| 一般 | 8 小时 | 48 小时 |",
        "### 企业版",
        "服务承诺：",
        "| 优先级 | 首次响应 | 解决时限 |",
        "|---|---|---|",
        "| 紧急 | 1 小时 | 8 小时 |",
        "| 一般 | 2 小时 | 24 小时 |",
    )
    times = level_times(terms_of(tmp_path, text))
    want = [("48h", None), ("72h", None), ("4h", "24h"), ("8h", "48h"), ("1h", "8h"), ("2h", "24h")]
    assert sorted(times.values(), key=str) == sorted(want, key=str)
    assert any("企业版" in name for name in times)
