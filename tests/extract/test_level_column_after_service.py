"""Level tables whose level column is not the first ("Service Description | Priority | Response Time | Fix Time",
a service or channel column before it), one table per plan under the plan's heading and a line stating its hours
("VIP SLA" / "Available between 8:30am & 6pm, Mon-Fri." / the table): each row is the level its priority cell names
(rules/level_tables.py, `_later_level_column`), each later table's levels are its plan's (rules/table_groups.py,
`_title` past the hours line when the line above names an offer), and a table captioned by weekday hours counts
them (rules/section_clock.py, `_hours_caption`) — in text, DOCX and zh-Hans; price and credit tables of the same
shape read no levels. Own wording, in the shape of en576 (development)."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_table, level_clocks, pipe_table, terms_of, text_lines

from termsmith.extract.api import extract_file

_HEAD = ("Service Description", "Priority", "Response Time", "Fix Time")


def _plan(name: str, hours: str, *times: tuple[str, str]) -> list[str]:
    rows = [_HEAD, *(("Phone / Email help", str(i), r, f) for i, (r, f) in enumerate(times, 1))]
    return [name, hours, *pipe_table(rows)]


def test_text_three_plan_tables_with_a_service_column_first(tmp_path: Path) -> None:
    text = text_lines(
        *_plan(
            "Gold SLA",
            "Available between 8:30am & 6pm GMT, Mon- Fri.",
            ("10 minutes", "2 hours"),
            ("20 minutes", "6 hours"),
        ),
        *_plan(
            "Silver SLA",
            "Available between 8:30am & 6pm GMT, Mon- Fri.",
            ("40 minutes", "5 hours"),
            ("90 minutes", "10 hours"),
        ),
        *_plan(
            "Premier SLA",
            "Around the clock support, 365 days a year.",
            ("45 minutes", "5 hours"),
            ("2 hours", "10 hours"),
        ),
    )
    clocks = level_clocks(terms_of(tmp_path, text))
    assert clocks["Priority 1"] == ("10m", "business", "2h", "business")
    assert clocks["Priority 2 (Silver SLA)"] == ("90m", "business", "10h", "business")
    assert clocks["Priority 1 (Premier SLA)"] == ("45m", None, "5h", None)
    assert len(clocks) == 6


def test_docx_table_with_a_service_column_first(tmp_path: Path) -> None:
    rows = (_HEAD, ("Remote help", "1", "15 minutes", "4 hours"), ("Remote help", "2", "1 hour", "8 hours"))
    path = docx_table(tmp_path, ["Gold SLA", "Available between 9:00 - 17:30, Monday to Friday."], rows)
    clocks = level_clocks(extract_file(path)[1].terms)
    assert sorted((v[0], v[2]) for v in clocks.values()) == [("15m", "4h"), ("1h", "8h")]


def test_zh_table_with_a_service_column_first(tmp_path: Path) -> None:
    rows = (
        ("服务内容", "优先级", "响应时间", "解决时间"),
        ("远程支持", "1", "30 分钟", "4 小时"),
        ("远程支持", "2", "2 小时", "1 天"),
    )
    times = level_clocks(terms_of(tmp_path, text_lines("服务承诺：", *pipe_table(rows))))
    assert sorted((v[0], v[2]) for v in times.values()) == [("2h", "1 day"), ("30m", "4h")]


def test_price_table_with_a_service_column_first_reads_no_levels(tmp_path: Path) -> None:
    rows = (("Service", "Plan", "Monthly price"), ("Remote help", "Gold", "$400"), ("Remote help", "Silver", "$250"))
    assert not terms_of(tmp_path, text_lines("Prices:", *pipe_table(rows))).get("severity_levels")


def test_credit_table_with_a_service_column_first_reads_no_levels(tmp_path: Path) -> None:
    rows = (
        ("Service", "Priority", "Uptime", "Credit"),
        ("Hosting", "1", "99.9%", "10%"),
        ("Hosting", "2", "99.5%", "5%"),
    )
    assert not terms_of(tmp_path, text_lines("Service credits:", *pipe_table(rows))).get("severity_levels")
