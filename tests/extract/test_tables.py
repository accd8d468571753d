"""One table-reconstruction step (`rules.tables.find_tables`) for the ways a severity table reaches us
as text, each on tables of our own in zh-Hans, zh-Hant and English (none is a corpus text):

- Markdown pipe rows; a pipe table broken one cell per line, each ending in "|", a cell running over
  several lines; cells one per line without separators; tab- or space-separated columns; cells run
  together in one line;
- a header naming only some columns (only the response column), completed from the lines above it;
- level names that are bare numbers, letters, "Level 1", "P1", "一级", "第二級";
- times without units under a header that gives the unit ("Response (hours)" / "4");
- every cell keeps its line and column (the evidence points at the cell)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import level_times, terms_of, text_lines as _lines

from termsmith.extract.api import extract_file
from termsmith.extract.readers import read_document
from termsmith.extract.rules.tables import Table, find_tables
from termsmith.extract.sentences import split


def _tables(tmp_path: Path, text: str) -> list[Table]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return find_tables(split(read_document(path).paragraphs))


def _grid(table: Table) -> list[list[str]]:
    return [[c.text for c in table.header], *[[c.text for c in row] for row in table.rows]]


# --- serialisations → rows × columns -------------------------------------------------------------


def test_markdown_pipe_rows_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "服务时限如下表。",
        "| 故障级别 | 故障现象 | 响应时间 | 修复时间 |",
        "| --- | --- | --- | --- |",
        "| 一级 | 收银台全部停用 | 30分钟 | 4小时 |",
        "| 二级 | 报表导出出错 | 2小时 | 2个工作日 |",
    )
    (table,) = _tables(tmp_path, text)
    assert _grid(table) == [
        ["故障级别", "故障现象", "响应时间", "修复时间"],
        ["一级", "收银台全部停用", "30分钟", "4小时"],
        ["二级", "报表导出出错", "2小时", "2个工作日"],
    ]
    assert table.aligned
    assert level_times(terms_of(tmp_path, text)) == {"1级": ("30m", "4h"), "2级": ("2h", "2 business days")}


def test_pipe_table_broken_one_cell_per_line_en(tmp_path: Path) -> None:
    text = _lines(
        "Targets by plan",
        "|",
        "Priority |",
        "What happens |",
        "First response |",
        "Fix |",
        "|---|---|---|---|",
        "|",
        "P1 |",
        "Checkout is down for everyone.",
        "Call us as well. |",
        "Within 30 minutes | Within 6 hours |",
        "|",
        "P2 |",
        "One report is wrong. |",
        "Within 4 hours |",
        "Within 3 business days |",
    )
    (table,) = _tables(tmp_path, text)
    assert _grid(table) == [
        ["Priority", "What happens", "First response", "Fix"],
        ["P1", "Checkout is down for everyone. Call us as well.", "Within 30 minutes", "Within 6 hours"],
        ["P2", "One report is wrong.", "Within 4 hours", "Within 3 business days"],
    ]
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("30m", "6h"), "P2": ("4h", "3 business days")}


def test_cells_one_per_line_without_separators_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "等級",
        "影響範圍",
        "回應時限",
        "修復時限",
        "第一級",
        "門市系統全部無法登入",
        "1小時",
        "8小時",
        "第二級",
        "單一報表數字有誤,其他功能照常",
        "4小時",
        "3個工作天",
    )
    (table,) = _tables(tmp_path, text)
    assert not table.aligned
    assert [[c.text for c in row] for row in table.rows][1] == [
        "第二級",
        "單一報表數字有誤,其他功能照常",
        "4小時",
        "3個工作天",
    ]
    assert level_times(terms_of(tmp_path, text)) == {"第一級": ("1h", "8h"), "第2級": ("4h", "3 business days")}


def test_tab_and_space_separated_columns(tmp_path: Path) -> None:
    tabs = _lines("嚴重程度\t說明\t回應\t修復", "緊急\t全部停擺\t30分鐘\t4小時", "一般\t個別異常\t4小時\t5個工作天")
    assert level_times(terms_of(tmp_path, tabs)) == {"緊急": ("30m", "4h"), "一般": ("4h", "5 business days")}
    spaces = _lines(
        "Severity     Example                 Response      Restore",
        "Critical     Nobody can log in       15 minutes    4 hours",
        "Minor        A label is misspelt     1 business day  10 business days",
    )
    (table,) = _tables(tmp_path, spaces)
    assert [c.text for c in table.rows[1]] == ["Minor", "A label is misspelt", "1 business day", "10 business days"]
    assert level_times(terms_of(tmp_path, spaces)) == {
        "Critical": ("15m", "4h"),
        "Minor": ("1 business day", "10 business days"),
    }


def test_cells_run_together_en(tmp_path: Path) -> None:
    text = _lines(
        "Tickets are sorted into three classes:",
        "PriorityFirst ResponseWhat it covers",
        "Blocker (P1)Within 2 hoursThe store cannot take orders",
        "• Orders stuck at payment",
        "Routine (P3)Within 3 business daysQuestions and small fixes",
    )
    (table,) = _tables(tmp_path, text)
    assert [c.text for c in table.header] == ["Priority", "First Response", "What it covers"]
    assert [c.text for c in table.rows[0]] == ["Blocker (P1)", "Within 2 hours", "The store cannot take orders"]
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("2h", None), "P3": ("3 business days", None)}


# --- headers naming only some columns ------------------------------------------------------------


def test_header_names_only_the_response_column_en(tmp_path: Path) -> None:
    text = _lines(
        "| Tier | Response time | Meaning |",
        "| Gold | 1 hour | Shop closed |",
        "| Bronze (P4) | 2 business days | Cosmetic |",
    )
    # a row under a Tier (or Plan) column is that plan's level, as the corpus keys plan rows (en147, en156)
    assert level_times(terms_of(tmp_path, text)) == {"Gold": ("1h", None), "P4": ("2 business days", None)}
    text = text.replace("| Tier |", "| Case |")
    assert level_times(terms_of(tmp_path, text)) == {"P4": ("2 business days", None)}  # Gold is no level name
    text = text.replace("Gold", "Urgent")
    assert level_times(terms_of(tmp_path, text)) == {"Urgent": ("1h", None), "P4": ("2 business days", None)}


def test_header_completed_from_the_lines_above_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "响应时限",
        "指从客户通过电话、邮件或工单系统报障起,到我方值班工程师首次联系客户确认故障现象为止的时间,按自然时间计算,节假日照常;客户在非工作时间报障的,同样自报障时起计算,不因夜间、周末或法定节假日而顺延,双方另有书面约定的除外。",
        "恢复时限",
        "指从值班工程师首次联系客户起,到客户业务恢复正常运行(含临时绕行方案)为止的时间,按自然时间计算,不含因客户未能及时提供远程访问权限、测试环境或必要资料而延误的时间,该等时间由双方在工单中共同确认后扣除。",
        "优先级",
        "响应时限(自然时间)",
        "P1",
        "全部门店停业",
        "30分钟",
        "4小时",
        "每2小时通报一次",
        "P2",
        "个别门店受影响",
        "2小时",
        "24小时",
    )
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("30m", "4h"), "P2": ("2h", "24h")}


# --- level names ---------------------------------------------------------------------------------


def test_bare_numbers_and_letters_name_levels_under_a_level_column(tmp_path: Path) -> None:
    numbers = _lines(
        "Level",
        "Meaning",
        "Targets",
        "1",
        "Everything is down for every user of the service.",
        "Response: 2h",
        "Fix: 1 day",
        "2",
        "One function is slow for some users.",
        "Response: 1 day",
        "Fix: 5 days",
    )
    assert level_times(terms_of(tmp_path, numbers)) == {"1": ("2h", "1 day"), "2": ("1 day", "5 days")}
    letters = _lines("| 级别 | 响应 | 解决 |", "| A | 30分钟 | 4小时 |", "| B | 2小时 | 1天 |")
    # named as the column names them (test_level_column_names.py)
    assert level_times(terms_of(tmp_path, letters)) == {"级别A": ("30m", "4h"), "级别B": ("2h", "1 day")}


def test_a_bare_number_out_of_sequence_or_without_a_level_column_is_no_level(tmp_path: Path) -> None:
    out_of_sequence = _lines("Level", "Meaning", "Targets", "1", "Down", "Response: 2h", "3", "Slow", "Response: 1 day")
    assert level_times(terms_of(tmp_path, out_of_sequence)) == {"1": ("2h", None)}
    no_level_column = _lines("Item", "Meaning", "Response time", "1", "Down", "2 hours", "2", "Slow", "1 day")
    assert level_times(terms_of(tmp_path, no_level_column)) == {}


def test_level_1_p1_and_ordinals_in_pipe_rows(tmp_path: Path) -> None:
    text = _lines(
        "| Severity | Response | Resolution |",
        "| Level 1 | 1 hour | 8 hours |",
        "| P2 | 4 hours | 2 business days |",
        "| 第三级 | 1个工作日 | 5个工作日 |",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Level 1": ("1h", "8h"),
        "P2": ("4h", "2 business days"),
        "第3级": ("1 business day", "5 business days"),
    }


# --- units in the header -------------------------------------------------------------------------


def test_units_in_the_header_apply_to_bare_numbers(tmp_path: Path) -> None:
    en = _lines("| Priority | Response (hours) | Resolution (business days) |", "| P1 | 1 | 2 |", "| P2 | 4 | 5 |")
    assert level_times(terms_of(tmp_path, en)) == {"P1": ("1h", "2 business days"), "P2": ("4h", "5 business days")}
    zh = _lines("故障等级\t响应时限（分钟）\t修复时限（小时）", "紧急\t30\t4", "一般\t120\t24")
    assert level_times(terms_of(tmp_path, zh)) == {"紧急": ("30m", "4h"), "一般": ("120m", "24h")}
    bare = _lines("| Priority | Response | Resolution |", "| P1 | 1 | 2 |")  # no unit: no time
    assert level_times(terms_of(tmp_path, bare)) == {}


# --- provenance ----------------------------------------------------------------------------------


def test_evidence_points_at_the_cell(tmp_path: Path) -> None:
    text = _lines("| Priority | Response | Resolution |", "| P1 | 1 hour | 8 hours |")
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    extraction: Any = extract_file(path)[1]
    evidence = extraction.evidence
    response, resolution, name = (
        evidence["severity_levels[0].response"],
        evidence["severity_levels[0].resolution"],
        evidence["severity_levels[0].name"],
    )
    line = text.splitlines()[1]
    assert (response.quote, response.location.line, response.location.column) == ("1 hour", 2, line.index("1 hour") + 1)
    assert (resolution.quote, resolution.location.column) == ("8 hours", line.index("8 hours") + 1)
    assert (name.quote, name.location.column) == ("P1", line.index("P1") + 1)


def test_under_a_level_column_the_first_cell_is_the_level(tmp_path: Path) -> None:
    text = _lines(
        "| Priority | Response | Resolution |",
        "| Gold | 1 hour | 4 hours |",
        "| Bronze (bronze) | 1 business day | 5 business days |",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Gold": ("1h", "4h"),
        "Bronze": ("1 business day", "5 business days"),
    }


def test_a_row_missing_a_cell_takes_the_kinds_in_order(tmp_path: Path) -> None:
    """A Word row with an empty cell: its times still sit under their headers (the row is written with every column
    in its place), and before that (when the reader dropped empty cells) they took the kinds in order."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    for r, values in enumerate(
        [
            ("优先级", "说明", "响应时限", "解决时限"),
            ("P1", "", "30分钟", "4小时"),
            ("P2", "报表错误", "2小时", "3个工作日"),
        ]
    ):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "table.docx"
    document.save(str(path))
    terms: Any = extract_file(path)[1].terms
    assert level_times(terms) == {"P1": ("30m", "4h"), "P2": ("2h", "3 business days")}


def test_rows_as_runs_of_text_zh_hans(tmp_path: Path) -> None:
    """A header line naming the level column and the kinds, then one line per row holding its times in
    the header's order (descriptions between; a labelled time keeps its label's kind)."""
    text = _lines(
        "故障等级 故障说明 响应时限 进展通报 修复时限",
        "一级故障 全部门店无法收银,没有临时办法 30分钟 每1小时 4小时",
        "二级故障 报表导出缓慢 修复:3个工作日 2小时",
    )
    (table,) = _tables(tmp_path, text)
    assert table.runs and table.rows[1][0].text == "二级"
    assert level_times(terms_of(tmp_path, text)) == {"1级": ("30m", "4h"), "2级": ("2h", "3 business days")}


def test_a_table_drawn_with_box_characters_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "┌──────┬──────┬──────┐",
        "│ 等級 │ 回應時間 │ 修復時間 │",
        "├──────┼──────┼──────┤",
        "│ 緊急 │ 30分鐘 │ 4小時 │",
        "├──────┼──────┼──────┤",
        "│ 一般 │ 4小時 │ 3個工作天 │",
        "└──────┴──────┴──────┘",
    )
    (table,) = _tables(tmp_path, text)
    assert _grid(table) == [
        ["等級", "回應時間", "修復時間"],
        ["緊急", "30分鐘", "4小時"],
        ["一般", "4小時", "3個工作天"],
    ]
    assert level_times(terms_of(tmp_path, text)) == {"緊急": ("30m", "4h"), "一般": ("4h", "3 business days")}
    full_width = _lines("｜级别｜响应｜修复｜", "｜紧急｜1小时｜8小时｜")
    assert level_times(terms_of(tmp_path, full_width)) == {"紧急": ("1h", "8h")}
    ascii_grid = _lines(
        "+----------+----------+------------+",
        "| Priority | Response | Resolution |",
        "+==========+==========+============+",
        "| P1       | 1 hour   | 4 hours    |",
        "+----------+----------+------------+",
    )
    assert level_times(terms_of(tmp_path, ascii_grid)) == {"P1": ("1h", "4h")}


def test_a_table_without_header_under_a_sentence_naming_its_kinds(tmp_path: Path) -> None:
    pipes = _lines(
        "下表列出响应时间和修复时间:",
        "| P1 | 收银中断 | 30分钟 | 4小时 |",
        "| P2 | 报表有误 | 2小时 | 2个工作日 |",
    )
    assert level_times(terms_of(tmp_path, pipes)) == {"P1": ("30m", "4h"), "P2": ("2h", "2 business days")}
    lines = _lines(
        "The following response and resolution targets apply:",
        "P1",
        "Checkout is down for every customer.",
        "1 hour",
        "4 hours",
        "P2",
        "One report shows wrong totals.",
        "4 hours",
        "2 business days",
    )
    assert level_times(terms_of(tmp_path, lines)) == {"P1": ("1h", "4h"), "P2": ("4h", "2 business days")}


def test_levels_as_columns_keep_their_level_keys(tmp_path: Path) -> None:
    text = _lines(
        "| | P1 | Priority 2 |",
        "|---|---|---|",
        "| Response | 1h | 4h |",
        "| Resolution | 4h | 1 business day |",
        "P2 issues are answered by e-mail.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("1h", "4h"), "Priority 2": ("4h", "1 business day")}


def test_cells_one_per_line_with_placeholders_and_a_long_description(tmp_path: Path) -> None:
    """ "Best effort" / "不适用" stand where a time would; a row with as many cells as the header sits in its
    columns, a longer one takes the kinds in order; the last row may run one line longer."""
    en = _lines(
        "Priority",
        "Description",
        "Response Target",
        "Resolution Target",
        "P1",
        "Outage for all users",
        "1 hour",
        "4 hours",
        "P3",
        "Cosmetic issue",
        "Only in reports",
        "Best effort",
        "10 business days",
    )
    assert level_times(terms_of(tmp_path, en)) == {"P1": ("1h", "4h"), "P3": (None, "10 business days")}
    zh = _lines(
        "级别",
        "说明",
        "响应时限",
        "修复时限",
        "一级",
        "全部中断",
        "30分钟",
        "4小时",
        "三级",
        "咨询类",
        "不适用",
        "5个工作日",
    )
    assert level_times(terms_of(tmp_path, zh)) == {"1级": ("30m", "4h"), "3级": (None, "5 business days")}
