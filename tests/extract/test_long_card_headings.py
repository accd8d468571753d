"""Cards of levels whose heading line runs long: a level id, a dash and a whole sentence of description ("P1 -
Severe operational problem that results in a significant loss of productivity for all users"), then an example line
and the labelled times ("First Response Time: Within 2 hours."). Short headings of the same cards were read, the long
ones lost, and their times went to a level named by the label. Read end to end through `termsmith extract`."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import extract_lines, level_times

CARDS_EN = [
    "Response times vary according to the severity of the issue.",
    "P1 - Severe operational problem that results in a significant loss of productivity for all users",
    "Example: The system going down.",
    "First Response Time: Within 2 hours.",
    "Resolution: As soon as possible.",
    "P2 - Moderate operational problem that results in a loss of productivity for all users, no workaround",
    "Examples: Intermittent system failure, the loss of some functionality.",
    "First Response Time: Within 4 hours.",
    "Resolution: As soon as possible.",
    "P3 - Non-critical issue",
    "Example: Documentation error.",
    "First Response: Within 48 hours.",
]

CARDS_ZH = [
    "响应时间根据问题的严重程度而定。",
    "P1 - 严重的运行问题，导致所有用户的工作效率大幅下降，系统无法继续使用，需要立即处理，并且会影响到客户的正常业务运营以及对外提供的全部在线服务和数据访问能力",
    "示例：系统宕机。",
    "首次响应时间：2小时内。",
    "解决：尽快。",
    "P2 - 中等的运行问题，导致部分用户的工作效率下降，部分功能无法使用，但有临时解决办法可以让业务继续运行，客户的主要生产业务仍然可以进行，影响范围相对有限",
    "示例：间歇性故障。",
    "首次响应时间：4小时内。",
    "解决：尽快。",
    "P3 - 非紧急问题",
    "示例：文档错误。",
    "首次响应：48小时内。",
]


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
@pytest.mark.parametrize("lines", [CARDS_EN, CARDS_ZH], ids=["en", "zh-Hans"])
def test_long_card_headings_name_their_levels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: list[str]
) -> None:
    found = extract_lines(tmp_path, capsys, lines, name)
    assert level_times(found["terms"]) == {"P1": ("2h", None), "P2": ("4h", None), "P3": ("48h", None)}


def test_a_long_line_with_its_own_time_is_no_heading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A level line that holds a time is a promise, read as prose, not a heading over the lines below."""
    lines = [
        "P1 - Severe operational problem for all users: we respond within 1 hour of the call, day or night",
        "Example: The system going down.",
        "Status updates: every 2 hours.",
    ]
    assert level_times(extract_lines(tmp_path, capsys, lines)["terms"]) == {"P1": ("1h", None)}
