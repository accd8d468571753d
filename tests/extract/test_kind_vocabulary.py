"""The kinds a level's time can be named by, closed over what a response or a resolution can be called (extract36),
read back through `extract_file` on texts of our own: a call back, a reaction time, a triage, an engineer assigned,
communication initiated, work begun, 回电 and 联络/聯絡 are responses; a repair, 修理 and a handling completed
(维修完成, 处理完成) are resolutions; a breach remedied within a cure period is no level's time."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import level_times, terms_of, text_lines


@pytest.mark.parametrize(
    "statement",
    [
        "we call back within {t}",
        "the reaction time is {t}",
        "tickets are triaged within {t}",
        "communication is initiated within {t}",
        "an engineer is assigned within {t}",
        "work begins within {t}",
    ],
)
def test_response_words(tmp_path: Path, statement: str) -> None:
    text = text_lines(
        "Support terms",
        f"Critical issues: {statement.format(t='4 hours')}.",
        f"Minor issues: {statement.format(t='2 days')}.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Critical": ("4h", None), "Minor": ("2 days", None)}


def test_repair_is_a_resolution(tmp_path: Path) -> None:
    text = text_lines(
        "Support terms",
        "Critical issues: the fault is repaired within 4 hours.",
        "Minor issues: the fault is repaired within 2 days.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Critical": (None, "4h"), "Minor": (None, "2 days")}


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        ("紧急故障:2小时内回电。", "一般故障:8小时内回电。", "response"),
        ("緊急故障:2小時內聯絡客戶。", "一般故障:8小時內聯絡客戶。", "response"),
        ("紧急故障:2小时内修理完毕。", "一般故障:8小时内修理完毕。", "resolution"),
        ("紧急故障:2小时内维修完成。", "一般故障:8小时内维修完成。", "resolution"),
        ("紧急故障:2小时内处理完成。", "一般故障:8小时内处理完成。", "resolution"),
    ],
)
def test_chinese_kind_words(tmp_path: Path, first: str, second: str, kind: str) -> None:
    times = level_times(terms_of(tmp_path, text_lines("售后服务", first, second)))
    pick = 0 if kind == "response" else 1
    assert {name: t[pick] for name, t in times.items()} == {first[:2]: "2h", "一般": "8h"}


def test_a_breach_remedied_is_no_level_time(tmp_path: Path) -> None:
    text = text_lines(
        "Support terms",
        "Critical issues: we respond within 4 hours.",
        "Either party may terminate if the other party breaches these terms and fails to remedy the breach "
        "within 28 days.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Critical": ("4h", None)}


def test_abbreviated_kinds_in_a_table(tmp_path: Path) -> None:
    text = text_lines(
        "| Severity | TTFR | TTR |",
        "|---|---|---|",
        "| Sev 1 | 30 minutes | 4 hours |",
        "| Sev 2 | 2 hours | 2 days |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Sev 1": ("30m", "4h"), "Sev 2": ("2h", "2 days")}


def test_abbreviated_labels_on_a_level_line(tmp_path: Path) -> None:
    text = text_lines("Support terms", "P1 - Resp: 1h / Res: 4h", "P2 - Resp: 4h / Res: 2d")
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("1h", "4h"), "P2": ("4h", "2 days")}


def test_troubleshooting_time_zh_is_a_resolution(tmp_path: Path) -> None:
    text = text_lines("服务承诺", "紧急故障:排障时间2小时。", "一般故障:排障时间8小时。")
    assert level_times(terms_of(tmp_path, text)) == {"紧急": (None, "2h"), "一般": (None, "8h")}


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("call back", 0),
        ("reaction time", 0),
        ("triage", 0),
        ("first contact", 0),
        ("workaround", 1),
        ("closure", 1),
    ],
)
def test_hyphenated_times_before_every_kind_noun(tmp_path: Path, noun: str, kind: int) -> None:
    # "a 15-minute call back": the hyphenated time is the deadline of the kind it stands before
    text = text_lines("Support terms", f"Critical: 15-minute {noun}.", f"Minor: 8-hour {noun}.")
    times = level_times(terms_of(tmp_path, text))
    assert {name: t[kind] for name, t in times.items()} == {"Critical": "15m", "Minor": "8h"}
    assert all(t[1 - kind] is None for t in times.values())


def test_a_hyphenated_time_before_a_service_is_no_deadline(tmp_path: Path) -> None:
    text = text_lines("Support terms", "Critical: 24-hour monitoring.", "Minor: 8-hour support.")
    assert level_times(terms_of(tmp_path, text)) == {}
