"""Columns of one kind told apart by a plan after a spaced dash ("Target response – Expert | Target response –
Ultimate", "目标响应时间 – 专家支持"): each column's times are the row's level under that plan, as with a plan in
brackets (rules/level_tables.py, `_bracket_plans`) — in a text pipe table, a DOCX table and zh-Hans; a dash naming
a clock ("Response – business hours | Response – 24/7") tells no plan. Own wording, in the shape of zh148
(development)."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_table, level_times, pipe_table, terms_of, text_lines

from termsmith.extract.api import extract_file

_ROWS = (
    ("Priority", "Definition", "Target response – Expert", "Target response – Ultimate"),
    ("P1", "Production down.", "1 hour", "15 minutes"),
    ("P2", "Major function impaired.", "2 hours", "30 minutes"),
    ("P3", "Question.", "1 business day", "4 hours"),
)


def _pipe(rows: tuple[tuple[str, ...], ...]) -> str:
    return text_lines("Support targets", *pipe_table(rows))


def _check(terms: dict[str, object]) -> None:
    times = level_times(terms)
    assert len(times) == 6
    assert sorted(v[0] for v in times.values() if v[0]) == sorted(["1h", "15m", "2h", "30m", "1 business day", "4h"])
    assert any("Ultimate" in name for name in times)


def test_text_table_plans_after_a_dash(tmp_path: Path) -> None:
    _check(terms_of(tmp_path, _pipe(_ROWS)))


def test_docx_table_plans_after_a_dash(tmp_path: Path) -> None:
    _check(extract_file(docx_table(tmp_path, "Support targets", _ROWS))[1].terms)


def test_zh_plans_after_a_dash(tmp_path: Path) -> None:
    rows = (
        ("优先级", "定义", "目标响应时间 – 专家支持", "目标响应时间 – 旗舰支持"),
        ("P1", "生产中断", "1 小时", "15 分钟"),
        ("P2", "主要功能受影响", "2 小时", "30 分钟"),
    )
    times = level_times(terms_of(tmp_path, _pipe(rows)))
    assert len(times) == 4
    assert sorted(v[0] for v in times.values() if v[0]) == sorted(["1h", "15m", "2h", "30m"])


def test_dash_naming_a_clock_tells_no_plan(tmp_path: Path) -> None:
    rows = (
        ("Priority", "Response – business hours", "Response – 24/7"),
        ("P1", "1 hour", "2 hours"),
        ("P2", "4 hours", "8 hours"),
    )
    names = list(level_times(terms_of(tmp_path, _pipe(rows))))
    assert not any("24/7" in n or "business hours" in n for n in names)
