"""Severity × plan grids whose cells hold bare times and which nothing names a kind of (rules/level_tables.py,
`_bare_support_grid`): the corner cell names the severity axis, each other column a plan or service, and every
cell with a time ('<15 minutes', '≤ 2h', '<1 working day') is a response of its row's severity under that column's
plan — in a text pipe table, a DOCX table and a printed PDF, in en and zh-Hans; a grid of credits by uptime, or one
whose intro names the kind it holds, is not read this way. Own wording, in the shape of en534 (development)."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_table, level_times, pipe_table, terms_of, text_lines

from termsmith.extract.api import extract_file

_EN_ROWS = (
    ("Severity", "What it means", "Managed Plus", "Managed Lite", "Advisory"),
    ("Outage", "The live service is down for everyone.", "<15 minutes", "<30 minutes", "<2 hours"),
    ("Degraded", "A secondary node misbehaves; users barely notice.", "<1 hour", "<4 hours", "N/A"),
    ("Question", "How-to questions about the service.", "<2 working hours", "<1 working day", "<1 working day"),
)
_EN_WANT = {
    ("15m", None),
    ("30m", None),
    ("2h", None),
    ("1h", None),
    ("4h", None),
    ("2 business hours", None),
    ("1 business day", None),
}


def _check_en(terms: dict[str, object]) -> None:
    times = level_times(terms)
    assert len(times) == 8
    assert set(times.values()) == _EN_WANT
    names = [lv["name"] for lv in terms["severity_levels"]]  # type: ignore[index]
    assert any("Managed Lite" in n for n in names) and any("Advisory" in n for n in names)


def test_text_pipe_grid_of_plans_with_bare_times(tmp_path: Path) -> None:
    _check_en(terms_of(tmp_path, text_lines("What we promise", *pipe_table(_EN_ROWS))))


def test_docx_table_grid_of_plans_with_bare_times(tmp_path: Path) -> None:
    path = docx_table(tmp_path, "What we promise", _EN_ROWS)
    _check_en(extract_file(path)[1].terms)


def test_pdf_table_grid_of_plans_with_bare_times(tmp_path: Path) -> None:
    import weasyprint

    def row(cells: tuple[str, ...], tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{c.replace('<', '&lt;')}</{tag}>" for c in cells) + "</tr>"

    # short descriptions on a full-width table: no cell wraps (a wrapped header cell is another reader's matter)
    rows = [(r[0], r[0] if i else r[1], *r[2:]) for i, r in enumerate(_EN_ROWS)]
    body = row(rows[0], "th") + "".join(row(r, "td") for r in rows[1:])
    html = (
        '<html><head><meta charset="utf-8"><style>td, th { border: 1px solid #888; padding: 4pt; }'
        " table { border-collapse: collapse; width: 100%; } body { font-size: 8pt; }</style></head><body>"
        "<p>What we promise</p>"
        f"<table>{body}</table></body></html>"
    )
    path = tmp_path / "grid.pdf"
    weasyprint.HTML(string=html).write_pdf(str(path))
    _check_en(extract_file(path)[1].terms)


def test_zh_service_level_by_package_grid(tmp_path: Path) -> None:
    text = text_lines(
        "服务保障",
        "| 服务等级 | 说明 | 旗舰套餐 | 基础套餐 |",
        "|---|---|---|---|",
        "| 生产系统异常 | 主要业务系统受影响 | <15分钟 | <30分钟 |",
        "| 一般问题 | 一般咨询与使用问题 | <2工作小时 | <1个工作日 |",
    )
    times = level_times(terms_of(tmp_path, text))
    assert len(times) == 4
    assert sorted(v[0] for v in times.values() if v[0]) == sorted(["15m", "30m", "2 business hours", "1 business day"])


def test_credits_by_uptime_grid_is_no_level_table(tmp_path: Path) -> None:
    text = text_lines(
        "Service credits",
        "| Severity | Monthly uptime | Managed Plus | Managed Lite |",
        "|---|---|---|---|",
        "| Outage | below 99.9% | 10% credit after 4 hours | 5% credit after 8 hours |",
        "| Degraded | below 99.5% | 5% credit after 8 hours | 2% credit after 24 hours |",
    )
    assert not level_times(terms_of(tmp_path, text))


def test_grid_whose_intro_names_resolution_keeps_it(tmp_path: Path) -> None:
    text = text_lines(
        "Resolution targets by plan",
        *pipe_table(
            (
                ("Severity", "Managed Plus", "Managed Lite"),
                ("Outage", "<4 hours", "<8 hours"),
                ("Degraded", "<1 working day", "<2 working days"),
            )
        ),
    )
    times = level_times(terms_of(tmp_path, text))
    assert len(times) == 4
    assert all(v[0] is None and v[1] for v in times.values())
