"""Level names closed over what a severity scale can call its steps (extract36), read back through `extract_file` on
texts of our own: 致命 at the top of a Chinese defect scale, and levels ranked as a category or a class ("Category 2"
is the same level wherever it is named so). A bug tracker's "Blocker", "Trivial" and "Cosmetic" are no names the
vocabulary knows: a table's level column reads them as they stand; as names they cut the line-shape reader short
("Blocker — 1 hour" / "Normal — 1 business day", `level_fallback`) and took a row's description ("P3" / "Cosmetic
issue") or a group ("Cosmetic faults") for the level."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines

from termsmith.extract.api import extract_file


def test_a_bug_tracker_scale_in_a_table(tmp_path: Path) -> None:
    text = text_lines(
        "Support terms",
        "| Severity | Response Time | Resolution Time |",
        "|---|---|---|",
        "| Blocker | 1 hour | 4 hours |",
        "| Major | 4 hours | 2 days |",
        "| Trivial | 2 days | 10 days |",
        "| Cosmetic | 5 days | 30 days |",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Blocker": ("1h", "4h"),
        "Major": ("4h", "2 days"),
        "Trivial": ("2 days", "10 days"),
        "Cosmetic": ("5 days", "30 days"),
    }


def test_fatal_tops_a_chinese_defect_scale(tmp_path: Path) -> None:
    text = text_lines("缺陷等级 响应时间 解决时间", "致命 1小时 4小时", "严重 2小时 8小时", "一般 4小时 2天")
    assert level_times(terms_of(tmp_path, text)) == {
        "致命": ("1h", "4h"),
        "严重": ("2h", "8h"),
        "一般": ("4h", "2 days"),
    }


def test_categories_rank_levels(tmp_path: Path) -> None:
    text = text_lines("Response times", "Category 1 - 2 hours", "Category 2 - 4 hours", "Category 3 - 8 hours")
    assert level_times(terms_of(tmp_path, text)) == {
        "Category 1": ("2h", None),
        "Category 2": ("4h", None),
        "Category 3": ("8h", None),
    }


def test_a_class_is_a_level_in_a_sentence(tmp_path: Path) -> None:
    text = text_lines(
        "Support terms",
        "Class 1: response within 2 hours, resolution within 1 day.",
        "Class 2: response within 8 hours, resolution within 5 days.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Class 1": ("2h", "1 day"), "Class 2": ("8h", "5 days")}


def test_two_names_joined_by_a_slash_are_one_level(tmp_path: Path) -> None:
    # "High/Urgent": one row's level named twice; the row is read under its first name
    text = text_lines(
        "Severity Response Resolution",
        "Critical 1 hour 4 hours",
        "High/Urgent 2 hours 8 hours",
        "Low 1 day 5 days",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Critical": ("1h", "4h"),
        "High": ("2h", "8h"),
        "Low": ("1 day", "5 days"),
    }


def test_extra_urgent_zh_is_a_level(tmp_path: Path) -> None:
    text = text_lines("服务承诺", "特急:2小时内响应,8小时内解决。", "一般:8小时内响应,3天内解决。")
    assert level_times(terms_of(tmp_path, text)) == {"特急": ("2h", "8h"), "一般": ("8h", "3 days")}


def test_l_ranks_are_levels_but_not_support_lines(tmp_path: Path) -> None:
    table = text_lines(
        "| Severity | Response | Resolution |",
        "|---|---|---|",
        "| L1 | 1 hour | 4 hours |",
        "| L2 | 4 hours | 2 days |",
    )
    assert level_times(terms_of(tmp_path, table)) == {"L1": ("1h", "4h"), "L2": ("4h", "2 days")}
    lines = text_lines(
        "Support terms",
        "L1 support answers calls within 2 hours.",
        "L2 engineers take over within 1 day.",
    )
    assert not {"L1", "L2"} & set(level_times(terms_of(tmp_path, lines, "lines.txt")))


def test_a_level_named_twice_is_quoted_whole_and_its_times_apart(tmp_path: Path) -> None:
    # the level's cell keeps its second name; the times' evidence starts at the times, not at "/Urgent"
    text = text_lines("Severity Response Resolution", "Critical 1 hour 4 hours", "High/Urgent 2 hours 8 hours")
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    evidence = extract_file(path)[1].evidence
    assert evidence["severity_levels[1].name"].quote == "High/Urgent"
    assert evidence["severity_levels[1].resolution"].quote == "2 hours 8 hours"
    assert evidence["severity_levels[1].resolution"].location.column == 13
