"""The last-resort duration grid (rules/duration_grid.py): a block of rows that each hold a label and times, under a
header naming kinds, levels or plans, read by the header's axis whatever the layout — plans × levels under a header
broken over lines (a DOCX of paragraphs), levels × plans in a pipe table whose corner names the kind, kinds × levels
and levels × kinds in zh-Hans; and grids of prices, uptime credits, backups or update cadences read as no levels.
Own wording, in the shapes of en459.docx and en396.docx (development)."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_paragraphs, level_times, terms_of, text_lines

from termsmith.extract.api import extract_file


def test_plans_by_levels_under_a_header_broken_over_lines_in_a_docx(tmp_path: Path) -> None:
    path = docx_paragraphs(
        tmp_path,
        [
            "Support Targets",
            "The following are the response time targets of each subscription.",
            "Subscription Urgent",
            "(Severity 1)",
            "(Severity 2)",
            "(Severity 3)",
            "Gold 1 hour; 24x7 4 business hours 2 business days",
            "Silver 2 hours; 24x7 8 business hours 3 business days",
        ],
    )
    terms = extract_file(path)[1].terms
    times = level_times(terms)
    assert len(times) == 6
    assert sorted(v[0] for v in times.values()) == sorted(
        ["1h", "4 business hours", "2 business days", "2h", "8 business hours", "3 business days"]
    )
    clocks = {lv["response"]["within"]: lv["response"]["clock"] for lv in terms["severity_levels"]}
    assert clocks["1h"] == "24x7" and clocks["4 business hours"] == "business"


def test_levels_by_plans_in_a_pipe_table_whose_corner_names_the_kind(tmp_path: Path) -> None:
    text = text_lines(
        "| Issue class | Description |",
        "|---|---|",
        "| Blocker | Nothing works. |",
        "| Response times * | Basic Plan | Premier Plan |",
        "|---|---|---|",
        "| Critical | 1 business day | 2 hours |",
        "| High | 2 business days | 1 business day |",
        "| Low | 5 business days | 2 business days |",
    )
    times = level_times(terms_of(tmp_path, text))
    assert times["Critical (Basic Plan)"] == ("1 business day", None)
    assert times["Critical (Premier Plan)"] == ("2h", None)
    assert times["Low (Premier Plan)"] == ("2 business days", None)
    assert len(times) == 6


def test_zh_kinds_by_levels(tmp_path: Path) -> None:
    text = text_lines(
        "故障处理时限",
        "类别  一级  二级  三级",
        "响应  30分钟  2小时  4小时",
        "解决  4小时  8小时  24小时",
    )
    times = level_times(terms_of(tmp_path, text))
    assert sorted(times.values()) == [("2h", "8h"), ("30m", "4h"), ("4h", "24h")]


def test_zh_plans_by_levels_take_the_kind_of_the_title(tmp_path: Path) -> None:
    text = text_lines(
        "各服务套餐的响应时间如下",
        "套餐 一级故障 二级故障",
        "标准版 2小时 8小时",
        "高级版 30分钟 4小时",
    )
    times = level_times(terms_of(tmp_path, text))
    assert sorted(v[0] for v in times.values()) == ["2h", "30m", "4h", "8h"]
    assert all(v[1] is None for v in times.values())


def _no_levels(tmp_path: Path, *lines: str) -> None:
    assert "severity_levels" not in terms_of(tmp_path, text_lines(*lines))


def test_a_price_grid_is_no_levels(tmp_path: Path) -> None:
    _no_levels(
        tmp_path,
        "Plan | Severity 1 | Severity 2",
        "Gold | $200 per 4 hours | $100 per 8 hours",
        "Silver | $150 per 4 hours | $80 per 8 hours",
    )


def test_an_uptime_credit_grid_is_no_levels(tmp_path: Path) -> None:
    _no_levels(
        tmp_path,
        "Monthly uptime | Service credit",
        "Downtime over 4 hours | 10 days",
        "Downtime over 8 hours | 30 days",
    )


def test_a_backup_schedule_is_no_levels(tmp_path: Path) -> None:
    _no_levels(tmp_path, "Backup plan  Level 1  Level 2", "Snapshots  4 hours  24 hours", "Full copy  24 hours  7 days")


def test_a_status_update_cadence_is_no_levels(tmp_path: Path) -> None:
    _no_levels(
        tmp_path,
        "Status updates  P1  P2",
        "Standard  Every 4 hours  Every 8 hours",
        "Premium  Every 1 hour  Every 2 hours",
    )
