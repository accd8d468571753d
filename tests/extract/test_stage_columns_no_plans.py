"""Two columns of one kind told apart by a stage or a variant of the time, not by a plan ("Criticality | Temporary
Solution | Definitive Solution", 临时解决 / 永久解决): the definitive column is each level's resolution (the corpus
README, session-22 answers: the workaround is not keyed) and no column reads as a plan (rules/level_words.py,
`STAGE_OR_VARIANT`; the misfire extract22G's plan columns made on en569) — in text and DOCX tables, zh-Hans; plan
columns named before a kind ("Gold Response | Platinum Response") still read as plans. Own wording."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_table, level_times, pipe_table, terms_of, text_lines

from termsmith.extract.api import extract_file

_ROWS = (
    ("Criticality", "Temporary Solution", "Definitive Solution"),
    ("Critical", "Up to 2 hours", "Up to 12 hours"),
    ("High", "Up to 6 hours", "Up to 30 hours"),
    ("Low", "Up to 20 hours", "Up to 90 hours"),
)

_EXPECTED = {"Critical": (None, "12h"), "High": (None, "30h"), "Low": (None, "90h")}


def test_text_temporary_and_definitive_columns(tmp_path: Path) -> None:
    text = text_lines("Deadlines by criticality:", *pipe_table(_ROWS))
    assert level_times(terms_of(tmp_path, text)) == _EXPECTED


def test_docx_temporary_and_definitive_columns(tmp_path: Path) -> None:
    path = docx_table(tmp_path, "Deadlines by criticality:", _ROWS)
    assert level_times(extract_file(path)[1].terms) == _EXPECTED


def test_initial_and_final_response_columns_name_no_plan(tmp_path: Path) -> None:
    rows = (
        ("Priority", "Initial Response", "Final Response"),
        ("P1", "1 hour", "8 hours"),
        ("P2", "4 hours", "24 hours"),
    )
    names = level_times(terms_of(tmp_path, text_lines("Targets:", *pipe_table(rows))))
    assert names and not any("(" in name for name in names)


def test_zh_temporary_and_permanent_columns(tmp_path: Path) -> None:
    rows = (("故障级别", "临时解决时间", "永久解决时间"), ("一级", "4小时", "24小时"), ("二级", "8小时", "48小时"))
    times = level_times(terms_of(tmp_path, text_lines("故障处理时限：", *pipe_table(rows))))
    assert sorted(v[1] for v in times.values()) == ["24h", "48h"]
    assert not any("(" in name for name in times)


def test_plans_before_a_kind_still_read_as_plans(tmp_path: Path) -> None:
    rows = (
        ("Priority", "Gold Response", "Platinum Response"),
        ("P1", "2 hours", "1 hour"),
        ("P2", "8 hours", "4 hours"),
    )
    times = level_times(terms_of(tmp_path, text_lines("Support plans:", *pipe_table(rows))))
    assert sorted(v[0] for v in times.values()) == ["1h", "2h", "4h", "8h"]
    assert any("Platinum" in name for name in times)


def test_uptime_credit_table_reads_no_levels(tmp_path: Path) -> None:
    rows = (("Monthly uptime", "Temporary credit", "Definitive credit"), ("Below 99.9%", "5%", "10%"))
    assert not terms_of(tmp_path, text_lines("Service credits:", *pipe_table(rows))).get("severity_levels")
