"""Session 24 (lint24Q), Chinese in both scripts: a duty whose verb gives the client's side something to have, supply
or reach, graded with no measure (稳定的互联网, 相当的计算机基础知识, 可靠的重试逻辑, 安全之工作環境), is an unmeasured
quality; the grade with no duty before it, a comparison that names its reference and a condition are not. Through the
public API (``lint_text``); our own wording."""

from __future__ import annotations

import pytest
from lint_findings import terms_of


def quality(text: str) -> list[str]:
    return terms_of("VQ001", text)


@pytest.mark.parametrize(
    "text",
    [
        "用户的服务器必须连接到稳定的网络，以便完成远程巡检。",
        "要求甲方操作人员具有相当的数据库管理经验。",
        "客户端程序应实现一个可靠的断线重连机制。",
        "甲方需提供足够的资源配合乙方排查故障。",
        "您的電腦必須連接到穩定的互聯網以便完成備份。",
        "客戶需提供安全之工作環境予維修人員。",
        "甲方應具備相當的網路管理知識。",
    ],
)
def test_a_client_duty_graded_with_no_measure_is_flagged(text: str) -> None:
    assert quality(text), text


@pytest.mark.parametrize(
    "text",
    [
        "鉴于甲方拥有自主研发的服务器设备,而乙方具备充足的服务器托管需求,双方达成如下协议:",
        "如需更换零件,则用新的或与原件相当的零件。",
        "在您提供足够的信息以回答问题之前，响应不会开始。",
        "如需更換零件，則使用與原件相當的零件。",
        "本服務的網絡連接穩定的時候，備份速度可達每秒 10 MB。",
    ],
)
def test_a_grade_with_no_duty_or_a_stated_reference_is_not_flagged(text: str) -> None:
    assert quality(text) == []
